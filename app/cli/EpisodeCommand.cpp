#include "Commands.h"

#include "CliArguments.h"
#include "PatientJson.h"
#include "patients/CarePhase.h"
#include "storage/EpisodeRepository.h"
#include "storage/PatientRepository.h"

#include <QJsonArray>

namespace gradus::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EpisodeCommand)
};

int failure(CliContext& ctx, const Error& error)
{
    return ctx.fail(error, PatientArgs::exitCodeFor(error));
}

int list(CliContext& ctx, const QStringList& args)
{
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("episode list"),
         .description = Tr::tr("List a patient's episodes of care, newest first, with the "
                               "phase of care their onset gives today.\nJSON: an array of "
                               "objects with id, patient_id, complaint, onset, opened, "
                               "closed, open and phase (acute, subacute, chronic; null "
                               "when the onset is not recorded)."),
         .positionals = {{QStringLiteral("PATIENT_ID"), Tr::tr("The patient's id."),
                          Tr::tr("patient")}},
         .json = true,
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    const qint64 patientId = a.id(0);
    if (auto patient = PatientRepository(a.workspace()).get(patientId); !patient)
        return failure(ctx, patient.error());
    auto episodes = EpisodeRepository(a.workspace()).forPatient(patientId);
    if (!episodes)
        return ctx.fail(episodes.error());
    if (a.json()) {
        QJsonArray array;
        for (const Episode& e : *episodes)
            array.append(PatientJson::episode(e, ctx.clock()));
        ctx.printJson(array);
        return ExitOk;
    }
    if (episodes->isEmpty())
        ctx.out() << Tr::tr("No episode of care recorded.") << "\n";
    for (const Episode& e : *episodes) {
        const QString onset = e.onsetDate.isValid() ? e.onsetDate.toString(Qt::ISODate)
                                                    : Tr::tr("onset not recorded");
        ctx.out() << QString::number(e.id).rightJustified(6) << "  "
                  << (e.isOpen() ? Tr::tr("open").leftJustified(7)
                                 : Tr::tr("closed").leftJustified(7))
                  << onset.leftJustified(20)
                  << CarePhase::displayName(CarePhase::of(e, ctx.clock())).leftJustified(16)
                  << e.complaint << "\n";
    }
    return ExitOk;
}

int edit(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption onset(QStringLiteral("onset"),
                                   Tr::tr("Onset date, YYYY-MM-DD, or none."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption complaint(QStringLiteral("complaint"),
                                       Tr::tr("The presenting complaint."), QStringLiteral("TEXT"));
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("episode edit"),
         .description = Tr::tr("Change an episode of care: only the options given change. "
                               "The onset is when the complaint began; the phase of care, "
                               "and with it the safety check, follows from it ('none' "
                               "clears it). Prints the episode's id (with --json, the "
                               "episode)."),
         .positionals = {{QStringLiteral("ID"), Tr::tr("The episode's id (see 'episode list')."),
                          Tr::tr("episode")}},
         .options = {onset, complaint},
         .json = true,
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    const qint64 id = a.id(0);
    if (!a.isSet(onset) && !a.isSet(complaint))
        return ctx.usage(Tr::tr("episode edit needs --onset or --complaint."));
    QDate onsetDate;
    const QString onsetText = a.value(onset).trimmed();
    if (a.isSet(onset) && onsetText.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0) {
        onsetDate = PatientArgs::parseDate(onsetText);
        if (!onsetDate.isValid())
            return ctx.usage(Tr::tr("--onset must be a date written YYYY-MM-DD or none (not '%1').")
                                 .arg(a.value(onset)));
    }
    EpisodeRepository episodes(a.workspace());
    auto stored = episodes.get(id);
    if (!stored)
        return failure(ctx, stored.error());
    // The copy as read carries its updatedAt, so a change made meanwhile is not overwritten.
    Episode changed = *stored;
    if (a.isSet(onset))
        changed.onsetDate = onsetDate;
    if (a.isSet(complaint))
        changed.complaint = a.value(complaint);
    auto updated = episodes.update(changed);
    if (!updated)
        return failure(ctx, updated.error());
    if (a.json())
        ctx.printJson(PatientJson::episode(*updated, ctx.clock()));
    else
        ctx.out() << updated->id << Qt::endl;
    return ExitOk;
}

} // namespace

// `gradus-cli episode list|edit`: a patient's episodes of care, and the onset that dates the
// phase of care (acute, subacute, chronic) the safety check works from.
CliCommand episodeCommand()
{
    return CliCommand(
        QStringLiteral("episode"),
        Tr::tr("List a patient's episodes of care; set an episode's onset or complaint"),
        {
            {QStringLiteral("list"), Tr::tr("List a patient's episodes, newest first"), list},
            {QStringLiteral("edit"), Tr::tr("Change an episode's onset or complaint"), edit},
        });
}

} // namespace gradus::cli
