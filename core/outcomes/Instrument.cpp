#include "outcomes/Instrument.h"

namespace gradus {

QList<Instrument> Instruments::all()
{
    return {Instrument::Odi, Instrument::Rmdq, Instrument::StartBack, Instrument::Psfs,
            Instrument::Tsk};
}

QString Instruments::code(Instrument instrument)
{
    switch (instrument) {
    case Instrument::Odi:
        return QStringLiteral("odi");
    case Instrument::Rmdq:
        return QStringLiteral("rmdq");
    case Instrument::StartBack:
        return QStringLiteral("startback");
    case Instrument::Psfs:
        return QStringLiteral("psfs");
    case Instrument::Tsk:
        return QStringLiteral("tsk");
    }
    Q_UNREACHABLE();
}

std::optional<Instrument> Instruments::fromCode(const QString& code)
{
    const QString wanted = code.trimmed().toLower();
    for (Instrument instrument : all())
        if (Instruments::code(instrument) == wanted)
            return instrument;
    return std::nullopt;
}

QString Instruments::shortName(Instrument instrument)
{
    switch (instrument) {
    case Instrument::Odi:
        return tr("ODI");
    case Instrument::Rmdq:
        return tr("RMDQ");
    case Instrument::StartBack:
        return tr("STarT Back");
    case Instrument::Psfs:
        return tr("PSFS");
    case Instrument::Tsk:
        return tr("TSK-17");
    }
    Q_UNREACHABLE();
}

QString Instruments::longName(Instrument instrument)
{
    switch (instrument) {
    case Instrument::Odi:
        return tr("Oswestry Disability Index (v2.1a)");
    case Instrument::Rmdq:
        return tr("Roland-Morris Disability Questionnaire (24 items)");
    case Instrument::StartBack:
        return tr("Keele STarT Back Screening Tool");
    case Instrument::Psfs:
        return tr("Patient-Specific Functional Scale");
    case Instrument::Tsk:
        return tr("Tampa Scale for Kinesiophobia (17 items)");
    }
    Q_UNREACHABLE();
}

int Instruments::itemCount(Instrument instrument)
{
    switch (instrument) {
    case Instrument::Odi:
        return 10;
    case Instrument::Rmdq:
        return 24;
    case Instrument::StartBack:
        return 9;
    case Instrument::Psfs:
        return 0;
    case Instrument::Tsk:
        return 17;
    }
    Q_UNREACHABLE();
}

std::pair<int, int> Instruments::itemRange(Instrument instrument, int itemNumber)
{
    switch (instrument) {
    case Instrument::Odi:
        return {0, 5};
    case Instrument::Rmdq:
        return {0, 1};
    case Instrument::StartBack:
        // Item 9 (bothersomeness) is answered on a five-point scale from "not at all" (1)
        // to "extremely" (5); the others are disagree (0) / agree (1).
        return itemNumber == 9 ? std::pair{1, 5} : std::pair{0, 1};
    case Instrument::Psfs:
        return {0, 10};
    case Instrument::Tsk:
        return {1, 4};
    }
    Q_UNREACHABLE();
}

std::pair<double, double> Instruments::scoreRange(Instrument instrument)
{
    switch (instrument) {
    case Instrument::Odi:
        return {0, 100};
    case Instrument::Rmdq:
        return {0, 24};
    case Instrument::StartBack:
        return {0, 9};
    case Instrument::Psfs:
        return {0, 10};
    case Instrument::Tsk:
        return {17, 68};
    }
    Q_UNREACHABLE();
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
    switch (instrument) {
    case Instrument::Odi:
        return tr("Fairbank JCT, Pynsent PB. The Oswestry Disability Index. Spine "
                  "2000;25:2940-53. Questionnaire \u00a9 Fairbank / Mapi Research Trust: "
                  "Gradus records section scores only.");
    case Instrument::Rmdq:
        return tr("Roland M, Fairbank J. The Roland-Morris Disability Questionnaire and the "
                  "Oswestry Disability Questionnaire. Spine 2000;25:3115-24.");
    case Instrument::StartBack:
        return tr("Hill JC et al. A primary care back pain screening tool. Arthritis Rheum "
                  "2008;59:632-41. \u00a9 Keele University, free for non-commercial use: Gradus "
                  "records answers by item number.");
    case Instrument::Psfs:
        return tr("Stratford P et al. Physiotherapy Canada 1995;47:258-63; clinically "
                  "important differences from Abbott JH, Schmitt JS. JOSPT 2014;44:560-4.");
    case Instrument::Tsk:
        return tr("Miller RP, Kori SH, Todd DD. The Tampa Scale. 1991; Vlaeyen JWS et al. Pain "
                  "1995;62:363-72. Licence unclear: Gradus records answers by item number.");
    }
    Q_UNREACHABLE();
}

} // namespace gradus
