#include "safety/SafetyAssumption.h"

#include "util/EnumTable.h"

namespace gradus {
namespace {

using Missing = SafetyAssumption::Missing;

struct MissingRow
{
    Missing value;
    const char* key;
    // Placeholders in capitals, as in each command's --help; %1 is the record's id.
    const char* command;
};

constexpr MissingRow kMissing[] = {
    {Missing::ConditionOnset, "condition_onset", "gradus-cli condition edit %1 --onset YYYY-MM-DD"},
    {Missing::EpisodeOnset, "episode_onset", "gradus-cli episode edit %1 --onset YYYY-MM-DD"},
    {Missing::NoEpisode, "no_episode", "gradus-cli condition add %1 CODE --onset YYYY-MM-DD"},
    {Missing::ConditionAmount, "condition_amount", "gradus-cli condition edit %1 --amount N"},
    {Missing::LegSymptoms, "leg_symptoms",
     "gradus-cli visit add %1 --date YYYY-MM-DD --pain N --legs "
     "none|centralising|stable|peripheralising"},
};

} // namespace

QString SafetyAssumption::code() const
{
    return enumTable::key(kMissing, missing);
}

QString SafetyAssumption::command() const
{
    const MissingRow* row = enumTable::find(kMissing, missing);
    if (!row)
        return {};
    // Ids are the real ones where the profile came from the store.
    const QString id = recordId > 0 ? QString::number(recordId) : QStringLiteral("ID");
    return QString::fromLatin1(row->command).arg(id);
}

} // namespace gradus
