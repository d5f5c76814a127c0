#include "safety/RedFlagBanner.h"

#include "i18n/DataTexts.h"
#include "safety/RedFlagCatalog.h"
#include "services/HandoutGate.h"
#include "style/Tones.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace gradus {

RedFlagBanner::RedFlagBanner(QWidget* parent) : QFrame(parent)
{
    setObjectName(u"redFlagBanner"_qs);
    // A tinted band with a frame, in the palette's error colours (readable in a dark palette).
    setFrameShape(QFrame::Box);
    setLineWidth(2);
    tones::setSurfaceTone(this, tones::Tone::Error);
    auto* layout = new QHBoxLayout(this);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    layout->addWidget(m_label, 1);
    setVisible(false);
}

QString RedFlagBanner::text() const
{
    return isVisibleTo(parentWidget()) ? m_label->text() : QString();
}

void RedFlagBanner::showUnreadable(const QString& cause)
{
    m_label->setText(tr("<b>The red-flag screens could not be read.</b> Treat this patient as "
                        "having red flags without a decision until they can: handouts are held "
                        "back. Cause: %1")
                         .arg(cause.toHtmlEscaped()));
    setVisible(true);
}

void RedFlagBanner::showScreens(const QList<RedFlagScreen>& screens)
{
    // The same list the handout gate refuses on: every flag of every screen without a decision.
    show(HandoutGate::undecidedIn(screens));
}

void RedFlagBanner::show(const QList<UndecidedRedFlag>& open)
{
    if (open.isEmpty()) {
        setVisible(false);
        return;
    }
    const auto& catalog = DataTexts::display().redFlagCatalog();
    QStringList items;
    QStringList actions;
    for (const auto& f : open) {
        const auto* flag = catalog.find(f.code);
        const auto* tier = flag ? catalog.tier(flag->tier) : nullptr;
        items.append(QStringLiteral("<li>%1 <i>(%2, %3)</i></li>")
                         .arg((flag ? flag->label : f.code).toHtmlEscaped(),
                              (tier ? tier->label : QString()).toHtmlEscaped(),
                              tr("screen of %1")
                                  .arg(QLocale().toString(f.screenDate, QLocale::ShortFormat))
                                  .toHtmlEscaped()));
        if (tier && !actions.contains(tier->action))
            actions.append(tier->action);
    }
    m_label->setText(
        tr("<b>Red flags without a decision.</b> Handouts are held back until you record a "
           "decision on each; a later screen does not decide an earlier flag."
           "<ul style=\"margin:2px\">%1</ul><b>Suggested:</b> %2")
            .arg(items.join(QString()), actions.join(u' ').toHtmlEscaped()));
    setVisible(true);
}

} // namespace gradus
