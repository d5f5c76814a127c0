#include "safety/FindingPresentation.h"

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

QColor FindingPresentation::colour(Severity severity)
{
    switch (severity) {
    case Severity::Avoid:
        return QColor(0xb0, 0x1e, 0x1e);
    case Severity::Caution:
        return QColor(0x9a, 0x5b, 0x00);
    case Severity::Prefer:
        return QColor(0x1e, 0x6e, 0x32);
    }
    return {};
}

QColor FindingPresentation::background(Severity severity)
{
    switch (severity) {
    case Severity::Avoid:
        return QColor(0xfd, 0xe8, 0xe8);
    case Severity::Caution:
        return QColor(0xff, 0xf4, 0xd6);
    case Severity::Prefer:
        return QColor(0xe6, 0xf4, 0xe9);
    }
    return {};
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

QString FindingPresentation::tooltip(const SafetyFinding& f)
{
    QString html =
        QStringLiteral("<b style=\"color:%1\">%2</b>: %3<br><i>%4</i>")
            .arg(colour(f.severity).name(), label(f.severity).toHtmlEscaped(),
                 f.reason.toHtmlEscaped(), tr("Source: %1").arg(f.source).toHtmlEscaped());
    if (!f.alternatives.isEmpty())
        html += QStringLiteral("<br>") +
                tr("Try instead: %1").arg(f.alternatives.join(u", ")).toHtmlEscaped();
    if (f.override)
        html += QStringLiteral("<br>") +
                tr("Kept by %1 on %2: %3")
                    .arg(f.override->recordedBy,
                         QLocale().toString(f.override->recordedAt.date(), QLocale::ShortFormat),
                         f.override->reason)
                    .toHtmlEscaped();
    return html;
}

} // namespace gradus
