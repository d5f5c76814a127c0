#include "style/DialogParts.h"

#include "style/Tones.h"

#include <QBoxLayout>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace gradus::dialogParts {

QLabel* plainLabel(const QString& objectName, Wrap wrap, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(wrap == Wrap::Yes);
    return label;
}

QLabel* addProblemLine(QBoxLayout* layout, QWidget* parent)
{
    auto* problem = plainLabel(QStringLiteral("problem"), Wrap::Yes, parent);
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

QLabel* addStatusLine(QBoxLayout* layout, const QString& objectName, QWidget* parent)
{
    auto* status = plainLabel(objectName, Wrap::Yes, parent);
    status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(status);
    return status;
}

QPushButton* addCloseAndAction(QBoxLayout* layout, QDialog* dialog, const QString& action,
                               const QString& objectName)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton* button = buttons->addButton(action, QDialogButtonBox::AcceptRole);
    button->setObjectName(objectName);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return button;
}

} // namespace gradus::dialogParts
