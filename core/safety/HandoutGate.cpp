#include "safety/HandoutGate.h"

#include "i18n/DataTexts.h"
#include "log/Logging.h"
#include "safety/RedFlagCatalog.h"
#include "storage/RedFlagRepository.h"

namespace gradus {

Status HandoutGate::check(Workspace& workspace, qint64 patientId)
{
    auto latest = RedFlagRepository(workspace).latest(patientId);
    if (!latest)
        return latest.error();
    if (!latest->has_value() || !(*latest)->unresolved())
        return {};
    const RedFlagScreen& screen = **latest;
    const auto& catalog = DataTexts::display().redFlagCatalog();
    QStringList lines;
    QStringList actions;
    for (const auto& code : screen.flags) {
        const auto* flag = catalog.find(code);
        const auto* tier = flag ? catalog.tier(flag->tier) : nullptr;
        lines.append(tr("- %1 (%2)").arg(flag ? flag->label : code, tier ? tier->label : code));
        if (tier && !actions.contains(tier->action))
            actions.append(tier->action);
    }
    logging::get("safety")->info("handout refused for patient {}: screen {} unresolved", patientId,
                                 screen.id);
    return Error{
        QStringLiteral("handout.red_flags"),
        tr("No handout for this patient yet: the red-flag screen of %1 found %n flag(s) without "
           "a recorded decision:\n%2\nSuggested: %3\nRecord the decision (referred, discussed or "
           "not applicable) with a note, then print again.",
           nullptr, int(screen.flags.size()))
            .arg(screen.date.toString(Qt::ISODate), lines.join(u'\n'), actions.join(u' '))};
}

} // namespace gradus
