#include "exercises/ExerciseDetailPane.h"

#include "exercises/ExercisePictureWidget.h"
#include "style/Tones.h"

#include <QLabel>
#include <QTextDocument>
#include <QVBoxLayout>

namespace gradus {
namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

template <typename E> QString labels(const QList<E>& values)
{
    QStringList out;
    for (E v : values)
        out << enumLabel(v);
    return out.join(QStringLiteral(", "));
}

QString list(const QStringList& items, const char* tag)
{
    QString html = QStringLiteral("<%1 style=\"margin-top:2px;\">").arg(QLatin1String(tag));
    for (const QString& item : items)
        html += QStringLiteral("<li>%1</li>").arg(escaped(item));
    return html + QStringLiteral("</%1>").arg(QLatin1String(tag));
}

} // namespace

ExerciseDetailPane::ExerciseDetailPane(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("exerciseDetail"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("exerciseTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);

    m_badges = new QLabel(this);
    m_badges->setObjectName(QStringLiteral("exerciseBadges"));
    m_badges->setWordWrap(true);
    layout->addWidget(m_badges);

    m_picture = new ExercisePictureWidget(this);
    layout->addWidget(m_picture);

    m_body = new QLabel(this);
    m_body->setObjectName(QStringLiteral("exerciseBody"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_body->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_body->setOpenExternalLinks(false);
    connect(m_body, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("exercise:")))
            emit exerciseLinkActivated(link.mid(9));
    });
    layout->addWidget(m_body);
    layout->addStretch(1);
    clear();
}

void ExerciseDetailPane::clear()
{
    m_id = 0;
    m_title->setText(tr("No exercise chosen"));
    m_badges->clear();
    m_picture->clear();
    m_body->setText(tr("Choose an exercise on the left to see its picture, instructions and "
                       "properties."));
}

void ExerciseDetailPane::showExercise(const Exercise& e, const QHash<QString, QString>& names)
{
    m_id = e.id;
    m_title->setText(e.name);
    QStringList badges{enumLabel(e.category)};
    if (e.retired)
        badges << tr("Retired: not offered for new programmes");
    if (!e.isBuiltIn())
        badges << (e.basedOn.isEmpty()
                       ? tr("Clinic's own")
                       : tr("Clinic's own, based on %1").arg(names.value(e.basedOn, e.basedOn)));
    else if (e.edited)
        badges << tr("Built-in, edited by the clinic");
    else
        badges << tr("Built-in");
    if (e.hasImage())
        badges << tr("Clinic's picture");
    m_badges->setText(badges.join(QStringLiteral("  ·  ")));
    m_picture->setExercise(e);

    const ExerciseProperties& p = e.properties;
    const QString muted = tones::css(tones::Tone::Muted, palette());
    auto row = [&muted](const QString& label, const QString& value) {
        return QStringLiteral(
                   "<tr><td style=\"color:%3; padding-right:12px;\">%1</td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped(), muted);
    };
    QString html;
    if (!e.summary.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(e.summary));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    html += row(tr("Default dose"), describeDose(e.dose));
    html += row(tr("Position"), enumLabel(p.position));
    html += row(tr("Equipment"), p.equipment.isEmpty() ? tr("None") : labels(p.equipment));
    html += row(tr("Spinal movement"),
                labels(p.spinalMovements) + (p.endRange ? tr(", to the end of range") : QString()));
    html += row(tr("Spinal load"), enumLabel(p.spinalLoad));
    html += row(tr("Impact"), enumLabel(p.impact));
    QStringList demands;
    if (p.loaded)
        demands << tr("external load");
    if (p.overhead)
        demands << tr("overhead");
    if (p.liftFromFloor)
        demands << tr("lift from the floor");
    html += row(tr("Load and lifting"),
                demands.isEmpty() ? tr("Body weight only") : demands.join(QStringLiteral(", ")));
    html += row(tr("Balance demand"), enumLabel(p.balance));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h4>%1</h4>").arg(tr("Instructions"));
    html += list(e.instructions, "ol");
    if (!e.feel.isEmpty())
        html += QStringLiteral("<h4>%1</h4>").arg(tr("You should feel")) + list(e.feel, "ul");
    if (!e.stopIf.isEmpty())
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Stop and tell your physiotherapist if")) +
                list(e.stopIf, "ul");

    auto links = [&](const QStringList& ids) {
        QStringList out;
        for (const QString& id : ids)
            out << QStringLiteral("<a href=\"exercise:%1\">%2</a>")
                       .arg(id, escaped(names.value(id, id)));
        return out.join(QStringLiteral(", "));
    };
    if (!e.regressions.isEmpty() || !e.progressions.isEmpty()) {
        html += QStringLiteral("<p>");
        if (!e.regressions.isEmpty())
            html += tr("Easier: %1").arg(links(e.regressions)) + QStringLiteral("<br>");
        if (!e.progressions.isEmpty())
            html += tr("Harder: %1").arg(links(e.progressions));
        html += QStringLiteral("</p>");
    }
    if (e.libraryUpdateAvailable())
        html += QStringLiteral("<p style=\"color:%1;\">%2</p>")
                    .arg(tones::css(tones::Tone::Warning, palette()),
                         tr("A newer library version of this exercise exists; your clinic's edit "
                            "is kept."));
    if (!e.source.isEmpty())
        html += QStringLiteral("<p style=\"color:%1; font-size:small;\">%2</p>")
                    .arg(muted, tr("Source: %1").arg(escaped(e.source)));
    m_body->setText(html);
}

QString ExerciseDetailPane::text() const
{
    QTextDocument doc;
    doc.setHtml(m_body->text());
    return m_title->text() + u'\n' + m_badges->text() + u'\n' + doc.toPlainText();
}

} // namespace gradus
