#include "safety/FindingPresentation.h"

#include "style/Tones.h"

#include <QApplication>
#include <QStyle>

namespace gradus {

QIcon FindingPresentation::icon(Severity severity)
{
    QStyle* style = QApplication::style();
    switch (severity) {
    case Severity::Avoid:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Caution:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Prefer:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    }
    return {};
}

namespace {

tones::Tone toneOf(Severity severity)
{
    switch (severity) {
    case Severity::Avoid:
        return tones::Tone::Error;
    case Severity::Caution:
        return tones::Tone::Warning;
    case Severity::Prefer:
        return tones::Tone::Success;
    }
    return tones::Tone::Muted;
}

} // namespace

QColor FindingPresentation::colour(Severity severity)
{
    return tones::text(toneOf(severity), QPalette::Base);
}

QColor FindingPresentation::background(Severity severity)
{
    return tones::surface(toneOf(severity), QApplication::palette(), QPalette::Base);
}

QColor FindingPresentation::rowForeground(Severity severity)
{
    return tones::textOnSurface(toneOf(severity), QApplication::palette(), QPalette::Base);
}

QString FindingPresentation::label(Severity severity)
{
    switch (severity) {
    case Severity::Avoid:
        return tr("Avoid");
    case Severity::Caution:
        return tr("Caution");
    case Severity::Prefer:
        return tr("Suits this patient");
    }
    return {};
}

QString FindingPresentation::keptText(const SafetyOverride& kept)
{
    return tr("Kept by %1 on %2: %3")
        .arg(kept.recordedBy, QLocale().toString(kept.recordedAt.date(), QLocale::ShortFormat),
             kept.reason);
}

QString FindingPresentation::tooltip(const SafetyFinding& f, const QStringList& alternativeNames)
{
    const QStringList alternatives = alternativeNames.isEmpty() ? f.alternatives : alternativeNames;
    QString html =
        QStringLiteral("<b style=\"color:%1\">%2</b>: %3<br><i>%4</i>")
            .arg(colour(f.severity).name(), label(f.severity).toHtmlEscaped(),
                 f.reason.toHtmlEscaped(), tr("Source: %1").arg(f.source).toHtmlEscaped());
    if (!alternatives.isEmpty())
        html += QStringLiteral("<br>") +
                tr("Try instead: %1").arg(alternatives.join(u", ")).toHtmlEscaped();
    for (const SafetyAssumption& a : f.assumptions)
        html += QStringLiteral("<br>") + a.text.toHtmlEscaped();
    if (f.override)
        html += QStringLiteral("<br>") + keptText(*f.override).toHtmlEscaped();
    return html;
}

QString FindingPresentation::details(const SafetyFinding& f, const QStringList& alternativeNames)
{
    const QStringList alternatives = alternativeNames.isEmpty() ? f.alternatives : alternativeNames;
    QString html = QStringLiteral("<p><b style=\"color:%1\">%2</b> — <b>%3</b></p><p>%4</p>")
                       .arg(colour(f.severity).name(), label(f.severity).toHtmlEscaped(),
                            f.exerciseName.toHtmlEscaped(), f.reason.toHtmlEscaped());
    // Missing data is never "safe": the clinician reads what was assumed, and that recording
    // it may change the finding, before the source.
    for (const SafetyAssumption& a : f.assumptions)
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Not recorded:").toHtmlEscaped(), a.text.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Source:").toHtmlEscaped(), f.source.toHtmlEscaped());
    if (!alternatives.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Safer alternatives:").toHtmlEscaped(),
                         alternatives.join(u", ").toHtmlEscaped());
    if (f.override)
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(colour(f.severity).name(), keptText(*f.override).toHtmlEscaped());
    return html;
}

} // namespace gradus
