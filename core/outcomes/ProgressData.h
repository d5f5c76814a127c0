#pragma once

#include "model/Measure.h"
#include "model/Visit.h"
#include "outcomes/ChangeInterpretation.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace gradus {

struct SeriesPoint
{
    QDate date;
    double value = 0;
};

// A horizontal line on a chart: the clinically important level, or a published cut-off.
struct ReferenceLine
{
    enum class Kind
    {
        ImportantChange,
        CutOff
    };
    Kind kind = Kind::ImportantChange;
    double value = 0;
    QString label;
};

// One chart's worth of data, independent of how it is drawn: Qt Charts on screen
// (ui/visits) and the core painter in the PDF report draw the same series.
struct ProgressSeries
{
    QString key;        // "pain", "activity", or an instrument code
    QString title;      // "Pain (NPRS 0-10)"
    QString valueLabel; // legend of the main line: "Pain now"
    QList<SeriesPoint> points;
    // A shaded band around the main line (pain: best to worst in the last 24 h); empty
    // when not recorded.
    QString bandLabel;
    QList<SeriesPoint> bandLow;
    QList<SeriesPoint> bandHigh;
    // A second line (STarT Back psychosocial subscale), empty when none.
    QString secondaryLabel;
    QList<SeriesPoint> secondary;
    double axisMin = 0;
    double axisMax = 10;
    bool lowerIsBetter = true;
    QList<ReferenceLine> references;
};

// Everything the progress views and the report show for one patient: visits, measures,
// chart series and the baseline-to-latest changes. Built by one function so the screen and
// the printed report cannot disagree.
class ProgressData
{
    Q_DECLARE_TR_FUNCTIONS(ProgressData)

public:
    QList<Visit> visits;     // current, oldest first, entered-in-error left out
    QList<Measure> measures; // current, oldest first, entered-in-error left out
    QList<PsfsActivity> psfsActivities;

    ProgressSeries pain;
    ProgressSeries activity;
    QList<ProgressSeries> measureSeries; // one per instrument recorded, in Instruments::all() order
    QList<Change> changes;

    // ProgressLoader (core/services) reads them from the store and calls build().
    static ProgressData build(QList<Visit> visits, QList<Measure> measures,
                              QList<PsfsActivity> psfsActivities);

    bool isEmpty() const { return visits.isEmpty() && measures.isEmpty(); }
    // Formats a value of the measure a change is about ("7", "42.0%", "5.3", "35 min").
    static QString formatChangeValue(const Change& change, double value);
    // The band or risk group next to a value, translated; empty when none.
    static QString bandText(const Change& change, bool latest);
};

} // namespace gradus
