#include "outcomes/Instrument.h"

#include "util/EnumTable.h"

namespace gradus {
namespace {

// Everything an instrument is, in one row. Names and citations are translated in the context
// "Instruments".
struct InstrumentRow
{
    Instrument value;
    int itemCount;   // 0: the patient names the items (PSFS)
    const char* key; // stable code for files and the command line
    const char* shortName;
    const char* longName;
    std::pair<int, int> item; // the range of an item's answer
    std::pair<double, double> score;
    const char* citation;
};

constexpr InstrumentRow kInstruments[] = {
    {Instrument::Odi,
     10,
     "odi",
     QT_TRANSLATE_NOOP("Instruments", "ODI"),
     QT_TRANSLATE_NOOP("Instruments", "Oswestry Disability Index (v2.1a)"),
     {0, 5},
     {0, 100},
     QT_TRANSLATE_NOOP("Instruments",
                       "Fairbank JCT, Pynsent PB. The Oswestry Disability Index. Spine "
                       "2000;25:2940-53. Questionnaire \u00a9 Fairbank / Mapi Research Trust: "
                       "Gradus records section scores only.")},
    {Instrument::Rmdq,
     24,
     "rmdq",
     QT_TRANSLATE_NOOP("Instruments", "RMDQ"),
     QT_TRANSLATE_NOOP("Instruments", "Roland-Morris Disability Questionnaire (24 items)"),
     {0, 1},
     {0, 24},
     QT_TRANSLATE_NOOP("Instruments",
                       "Roland M, Fairbank J. The Roland-Morris Disability Questionnaire and the "
                       "Oswestry Disability Questionnaire. Spine 2000;25:3115-24.")},
    // Item 9 (bothersomeness) is answered on a five-point scale from "not at all" (1) to
    // "extremely" (5); the others are disagree (0) / agree (1): see itemRange().
    {Instrument::StartBack,
     9,
     "startback",
     QT_TRANSLATE_NOOP("Instruments", "STarT Back"),
     QT_TRANSLATE_NOOP("Instruments", "Keele STarT Back Screening Tool"),
     {0, 1},
     {0, 9},
     QT_TRANSLATE_NOOP("Instruments",
                       "Hill JC et al. A primary care back pain screening tool. Arthritis Rheum "
                       "2008;59:632-41. \u00a9 Keele University, free for non-commercial use: "
                       "Gradus records answers by item number.")},
    {Instrument::Psfs,
     0,
     "psfs",
     QT_TRANSLATE_NOOP("Instruments", "PSFS"),
     QT_TRANSLATE_NOOP("Instruments", "Patient-Specific Functional Scale"),
     {0, 10},
     {0, 10},
     QT_TRANSLATE_NOOP("Instruments",
                       "Stratford P et al. Physiotherapy Canada 1995;47:258-63; clinically "
                       "important differences from Abbott JH, Schmitt JS. JOSPT 2014;44:560-4.")},
    {Instrument::Tsk,
     17,
     "tsk",
     QT_TRANSLATE_NOOP("Instruments", "TSK-17"),
     QT_TRANSLATE_NOOP("Instruments", "Tampa Scale for Kinesiophobia (17 items)"),
     {1, 4},
     {17, 68},
     QT_TRANSLATE_NOOP("Instruments",
                       "Miller RP, Kori SH, Todd DD. The Tampa Scale. 1991; Vlaeyen JWS et al. "
                       "Pain 1995;62:363-72. Licence unclear: Gradus records answers by item "
                       "number.")},
};

const InstrumentRow& row(Instrument instrument)
{
    const InstrumentRow* found = enumTable::find(kInstruments, instrument);
    Q_ASSERT(found);
    return *found;
}

} // namespace

QList<Instrument> Instruments::all()
{
    QList<Instrument> values;
    for (const InstrumentRow& r : kInstruments)
        values << r.value;
    return values;
}

QString Instruments::code(Instrument instrument)
{
    return QString::fromLatin1(row(instrument).key);
}

std::optional<Instrument> Instruments::fromCode(const QString& code)
{
    return enumTable::fromKey(kInstruments, code.trimmed().toLower());
}

QString Instruments::shortName(Instrument instrument)
{
    return tr(row(instrument).shortName);
}

QString Instruments::longName(Instrument instrument)
{
    return tr(row(instrument).longName);
}

int Instruments::itemCount(Instrument instrument)
{
    return row(instrument).itemCount;
}

std::pair<int, int> Instruments::itemRange(Instrument instrument, int itemNumber)
{
    if (instrument == Instrument::StartBack && itemNumber == 9)
        return {1, 5};
    return row(instrument).item;
}

std::pair<double, double> Instruments::scoreRange(Instrument instrument)
{
    return row(instrument).score;
}

bool Instruments::lowerIsBetter(Instrument instrument)
{
    return instrument != Instrument::Psfs;
}

bool Instruments::wordingShipped(Instrument instrument)
{
    // PSFS has no fixed wording (the patient names the activities), so nothing is withheld.
    return instrument == Instrument::Rmdq || instrument == Instrument::Psfs;
}

QString Instruments::citation(Instrument instrument)
{
    return tr(row(instrument).citation);
}

} // namespace gradus
