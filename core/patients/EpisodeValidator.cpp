#include "patients/EpisodeValidator.h"

namespace gradus {

Episode EpisodeValidator::normalized(Episode episode)
{
    episode.complaint = episode.complaint.simplified();
    return episode;
}

FieldIssues EpisodeValidator::check(const Episode& e, const QDate& today)
{
    FieldIssues issues;
    if (e.complaint.isEmpty())
        issues.append({QStringLiteral("complaint"), tr("The presenting complaint is required.")});
    else if (e.complaint.size() > kMaximumComplaintLength)
        issues.append({QStringLiteral("complaint"),
                       tr("The presenting complaint is too long (at most %1 characters).")
                           .arg(kMaximumComplaintLength)});

    const QString iso = QStringLiteral("yyyy-MM-dd");
    if (!e.openedOn.isValid())
        issues.append(
            {QStringLiteral("opened"), tr("The date the episode was opened is required.")});
    else if (e.openedOn > today)
        issues.append(
            {QStringLiteral("opened"),
             tr("The episode cannot be opened in the future (%1).").arg(e.openedOn.toString(iso))});

    if (e.onsetDate.isValid()) {
        if (e.onsetDate > today)
            issues.append(
                {QStringLiteral("onset"),
                 tr("The onset date %1 is in the future.").arg(e.onsetDate.toString(iso))});
        else if (e.openedOn.isValid() && e.onsetDate > e.openedOn)
            issues.append({QStringLiteral("onset"),
                           tr("The onset date %1 is after the episode was opened (%2).")
                               .arg(e.onsetDate.toString(iso), e.openedOn.toString(iso))});
    }

    if (e.closedOn.isValid()) {
        if (e.closedOn > today)
            issues.append(
                {QStringLiteral("closed"), tr("The episode cannot be closed in the future (%1).")
                                               .arg(e.closedOn.toString(iso))});
        else if (e.openedOn.isValid() && e.closedOn < e.openedOn)
            issues.append({QStringLiteral("closed"),
                           tr("The episode cannot be closed (%1) before it was opened (%2).")
                               .arg(e.closedOn.toString(iso), e.openedOn.toString(iso))});
    }
    return issues;
}

Condition EpisodeValidator::normalized(Condition condition)
{
    condition.code = condition.code.trimmed();
    condition.note = condition.note.trimmed();
    return condition;
}

FieldIssues EpisodeValidator::check(const Condition& c, const ConditionCatalog& catalog,
                                    const QDate& today)
{
    FieldIssues issues;
    const ConditionDefinition* def = catalog.find(c.code);
    if (!def) {
        issues.append({QStringLiteral("code"),
                       tr("'%1' is not a known condition code (see 'gradus-cli condition codes').")
                           .arg(c.code)});
        return issues;
    }
    if (c.side != Condition::Side::None && !def->takesSide)
        issues.append(
            {QStringLiteral("side"), tr("%1 has no side; leave the side empty.").arg(def->name)});
    if (c.amount.has_value()) {
        if (!def->amount)
            issues.append({QStringLiteral("amount"),
                           tr("%1 takes no number; leave it empty.").arg(def->name)});
        else if (*c.amount < def->amount->minimum || *c.amount > def->amount->maximum)
            issues.append({QStringLiteral("amount"), tr("%1 must be between %2 and %3 (not %4).")
                                                         .arg(def->amount->name)
                                                         .arg(def->amount->minimum)
                                                         .arg(def->amount->maximum)
                                                         .arg(*c.amount)});
    }
    if (c.onsetDate.isValid() && c.onsetDate > today)
        issues.append({QStringLiteral("onset"),
                       tr("The onset date %1 is in the future.")
                           .arg(c.onsetDate.toString(QStringLiteral("yyyy-MM-dd")))});
    return issues;
}

} // namespace gradus
