#include "style/DialogParts.h"

#include "style/Tones.h"

#include <QBoxLayout>
#include <QLabel>
#include <QStyle>

namespace gradus::dialogParts {

QLabel* addProblemLine(QBoxLayout* layout, QWidget* parent)
{
    auto* problem = new QLabel(parent);
    problem->setObjectName(QStringLiteral("problem"));
    problem->setWordWrap(true);
    problem->setTextFormat(Qt::PlainText);
    tones::setTextTone(problem, tones::Tone::Error, true);
    problem->hide();
    layout->addWidget(problem);
    return problem;
}

QLabel* addIntro(QBoxLayout* layout, const QString& text, QWidget* parent, Qt::TextFormat format)
{
    auto* intro = new QLabel(text, parent);
    intro->setObjectName(QStringLiteral("intro"));
    intro->setTextFormat(format);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    return intro;
}

QLabel* addWarningSign(QBoxLayout* row, QWidget* parent)
{
    auto* sign = new QLabel(parent);
    sign->setPixmap(parent->style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    sign->setAlignment(Qt::AlignTop);
    row->addWidget(sign);
    return sign;
}

} // namespace gradus::dialogParts
