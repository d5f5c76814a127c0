#include "services/HandoutGate.h"

#include "i18n/DataTexts.h"
#include "log/Logging.h"
#include "safety/RedFlagCatalog.h"
#include "storage/RedFlagRepository.h"

#include <algorithm>

namespace gradus {
namespace {

// Position of a flag's tier in the catalogue's order of urgency; unknown codes first, so a
// flag the catalogue no longer knows is never hidden at the end.
int urgency(const QString& code)
{
    const auto& catalog = RedFlagCatalog::builtIn();
    const auto* flag = catalog.find(code);
    if (!flag)
        return -1;
    for (int i = 0; i < catalog.tiers().size(); ++i)
        if (catalog.tiers().at(i).id == flag->tier)
            return i;
    return -1;
}

} // namespace

Result<QList<UndecidedRedFlag>> HandoutGate::undecided(Workspace& workspace, qint64 patientId)
{
    auto screens = RedFlagRepository(workspace).forPatient(patientId); // oldest first
    if (!screens)
        return screens.error();
    return undecidedIn(*screens);
}

QList<UndecidedRedFlag> HandoutGate::undecidedIn(const QList<RedFlagScreen>& screens)
{
    QList<UndecidedRedFlag> open;
    for (const auto& screen : screens)
        for (const QString& code : screen.undecidedFlags())
            open.append({screen.id, screen.date, code});
    std::stable_sort(open.begin(), open.end(),
                     [](const UndecidedRedFlag& a, const UndecidedRedFlag& b) {
                         return urgency(a.code) < urgency(b.code);
                     });
    return open;
}

Status HandoutGate::check(Workspace& workspace, qint64 patientId)
{
    auto open = undecided(workspace, patientId);
    if (!open)
        return open.error();
    if (open->isEmpty())
        return {};
    const auto& catalog = DataTexts::display().redFlagCatalog();
    QStringList lines;
    QStringList actions;
    QList<qint64> screens;
    for (const auto& f : *open) {
        const auto* flag = catalog.find(f.code);
        const auto* tier = flag ? catalog.tier(flag->tier) : nullptr;
        lines.append(tr("- %1 (%2), screen of %3")
                         .arg(flag ? flag->label : f.code, tier ? tier->label : f.code,
                              f.screenDate.toString(Qt::ISODate)));
        if (tier && !actions.contains(tier->action))
            actions.append(tier->action);
        if (!screens.contains(f.screenId))
            screens.append(f.screenId);
    }
    logging::get("safety")->info("handout refused for patient {}: {} undecided flag(s) on {} "
                                 "screen(s)",
                                 patientId, open->size(), screens.size());
    Error refused{
        QStringLiteral("handout.red_flags"),
        tr("No handout for this patient yet: %n red flag(s) have no recorded decision:\n%1\n"
           "Suggested: %2\nRecord the decision on each flag (referred, discussed or not "
           "applicable) with a note, then print again. A later screen does not decide an "
           "earlier flag.",
           nullptr, int(open->size()))
            .arg(lines.join(u'\n'), actions.join(u' '))};
    refused.explicitKind = ErrorKind::Refused;
    return refused;
}

} // namespace gradus
