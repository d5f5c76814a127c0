#pragma once

#include "safety/SafetyCheck.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace gradus {

// How a safety finding looks wherever it is shown (the builder's list, side panel, CLI-free
// reports): one icon and colour per severity, and a tooltip with the reason and the source.
class FindingPresentation
{
    Q_DECLARE_TR_FUNCTIONS(FindingPresentation)

public:
    static QIcon icon(Severity severity);
    // Colours from the application's palette (readable in a dark one too, style/Tones.h).
    static QColor colour(Severity severity);        // text on the palette's base
    static QColor background(Severity severity);    // a tint for rows
    static QColor rowForeground(Severity severity); // text on a background() row
    static QString label(Severity severity);        // "Avoid", "Caution", "Suits"
    // Rich-text tooltip: severity, reason, source, suggested alternatives, what was assumed
    // for want of a record, any override.
    // `alternativeNames` are shown in place of the alternatives' stable ids when given.
    static QString tooltip(const SafetyFinding& finding, const QStringList& alternativeNames = {});
    // The same, laid out for a side panel: the exercise and severity as a heading, then the
    // reason, what was assumed for want of a record, the source in full, the alternatives and
    // who kept it, when and why.
    static QString details(const SafetyFinding& finding, const QStringList& alternativeNames = {});
    // "Kept by J. Physio on 15/03/2026: reason".
    static QString keptText(const SafetyOverride& kept);
};

} // namespace gradus
