#include "WelcomeView.h"

#include "services/StoreSummary.h"
#include "util/Version.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace gradus {

WelcomeView::WelcomeView(const StoreSummary& store, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("WelcomeView"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);

    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("welcomeCard"));
    card->setFrameShape(QFrame::StyledPanel);
    // A fixed width lets the wrapped labels compute their height correctly.
    card->setFixedWidth(600);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(12);

    auto* logo = new QLabel(card);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/gradus.svg")).pixmap(72, 72));
    logo->setFixedSize(72, 72);
    layout->addWidget(logo, 0, Qt::AlignHCenter);

    auto* title = new QLabel(tr("Welcome to Gradus"), card);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title, 0, Qt::AlignHCenter);

    auto* tagline = new QLabel(
        tr("Build graded exercise programmes that respect each patient's conditions and pace, "
           "print clear handouts, and follow pain, activity and outcome scores over visits."),
        card);
    tagline->setWordWrap(true);
    tagline->setAlignment(Qt::AlignHCenter);
    layout->addWidget(tagline);

    auto* line = new QFrame(card);
    line->setFrameShape(QFrame::HLine);
    layout->addWidget(line);

    auto* where = new QLabel(card);
    where->setObjectName(QStringLiteral("welcomeDatabase"));
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setText(tr("Your data is kept in %1 (schema version %2). Nothing leaves this "
                      "computer unless you export or print it.")
                       .arg(store.where)
                       .arg(store.schemaVersion));
    layout->addWidget(where);

    // Stretches rather than alignment flags, so the card gets its height-for-width.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
}

} // namespace gradus
