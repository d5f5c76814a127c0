#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace gradus {

// The questionnaires Gradus scores (CLINICAL.md section 2). NPRS pain is not here: it is part
// of every visit record rather than a separate questionnaire.
enum class Instrument
{
    Odi,       // Oswestry Disability Index v2.1a
    Rmdq,      // Roland-Morris Disability Questionnaire, 24 items
    StartBack, // Keele STarT Back Screening Tool, 9 items
    Psfs,      // Patient-Specific Functional Scale
    Tsk,       // Tampa Scale for Kinesiophobia, 17 items
};

// Names, item counts and licence facts about each instrument, in one place so that the CLI,
// the forms and the report agree.
class Instruments
{
    Q_DECLARE_TR_FUNCTIONS(Instruments)

public:
    static QList<Instrument> all();
    // Stable code used in storage, the CLI and exports: odi, rmdq, startback, psfs, tsk.
    static QString code(Instrument instrument);
    static std::optional<Instrument> fromCode(const QString& code);
    // "ODI", "RMDQ", ... for table headers and chart titles.
    static QString shortName(Instrument instrument);
    // "Oswestry Disability Index (v2.1a)", ...
    static QString longName(Instrument instrument);
    // Number of items (sections) on the form; 0 for PSFS, which has 3 to 5 patient-named
    // activities.
    static int itemCount(Instrument instrument);
    // Lowest and highest answer an item accepts (ODI 0-5, RMDQ 0/1, PSFS 0-10, TSK 1-4; for
    // STarT Back items 1-8 are 0/1 and item 9 is 1-5, see itemRange()).
    static std::pair<int, int> itemRange(Instrument instrument, int itemNumber);
    // The score's range, for chart axes: ODI 0-100, RMDQ 0-24, STarT 0-9, PSFS 0-10, TSK 17-68.
    static std::pair<double, double> scoreRange(Instrument instrument);
    // True when a lower score means less disability, pain or fear (all but PSFS).
    static bool lowerIsBetter(Instrument instrument);
    // Whether Gradus may ship the item wording (CLINICAL.md section 2, licence column). Only
    // RMDQ is reproducible in its published form; the others are recorded by item number.
    static bool wordingShipped(Instrument instrument);
    // Citation shown beside the form and in the report.
    static QString citation(Instrument instrument);
};

} // namespace gradus
