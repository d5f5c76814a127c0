#include "storage/RedFlagRepository.h"

#include "Workspace.h"
#include "log/Logging.h"
#include "notify/StoreNotifier.h"
#include "safety/RedFlagCatalog.h"
#include "storage/FirstRow.h"
#include "storage/RecordValues.h"

#include <QHash>

namespace gradus {
namespace {

namespace V = RecordValues;

const auto log = &logging::module<"safety">;

} // namespace

RedFlagRepository::RedFlagRepository(Workspace& workspace) : m_workspace(workspace) {}

Result<qint64> RedFlagRepository::record(const RedFlagScreen& input)
{
    RedFlagScreen screen = input;
    if (!screen.date.isValid())
        screen.date = m_workspace.clock().today();
    if (screen.clinician.trimmed().isEmpty())
        return Error{QStringLiteral("screen.clinician"),
                     tr("Name the clinician who did the red-flag screen.")};
    if (screen.date > m_workspace.clock().today())
        return Error{
            QStringLiteral("screen.date"),
            tr("The screen date %1 is in the future.").arg(screen.date.toString(Qt::ISODate))};
    screen.flags.removeDuplicates();
    for (const auto& code : screen.flags)
        if (!RedFlagCatalog::builtIn().find(code))
            return Error{QStringLiteral("screen.flag"),
                         tr("\"%1\" is not a red-flag code; 'gradus-cli screen codes' lists them.")
                             .arg(code)};
    if (screen.decision && !screen.positive())
        return Error{QStringLiteral("screen.decision"),
                     tr("A decision is recorded only when a red flag is present.")};
    if (screen.decision && screen.note.trimmed().isEmpty())
        return Error{QStringLiteral("screen.note"),
                     tr("Add a note saying what was decided about the red flags.")};

    Database& db = m_workspace.db();
    auto added = db.write<qint64>([&]() -> Result<qint64> {
        const QString now = V::stamp(m_workspace.clock().now());
        auto id = db.insert(
            QStringLiteral(
                "INSERT INTO red_flag_screen (patient_id, screen_date, clinician, decision, "
                "note, decided_at, decided_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {screen.patientId, V::date(screen.date), screen.clinician.trimmed(),
             screen.decision ? QVariant(redFlagDecisionCode(*screen.decision)) : V::text({}),
             V::text(screen.note.trimmed()), screen.decision ? QVariant(now) : V::text({}),
             screen.decision ? QVariant(screen.clinician.trimmed()) : V::text({}), now});
        if (!id)
            return Error{id.error().code,
                         tr("Could not save the red-flag screen for patient %1: %2")
                             .arg(screen.patientId)
                             .arg(id.error().message),
                         id.error().kind()};
        for (const auto& code : screen.flags) {
            auto flag = db.insert(
                QStringLiteral("INSERT INTO red_flag_screen_flag (screen_id, code, decision, note, "
                               "decided_at, decided_by) VALUES (?, ?, ?, ?, ?, ?)"),
                {*id, code,
                 screen.decision ? QVariant(redFlagDecisionCode(*screen.decision)) : V::text({}),
                 screen.decision ? QVariant(screen.note.trimmed()) : V::text({}),
                 screen.decision ? QVariant(now) : V::text({}),
                 screen.decision ? QVariant(screen.clinician.trimmed()) : V::text({})});
            if (!flag)
                return flag.error();
        }
        return *id;
    });
    if (!added)
        return added.error();
    log()->info("red-flag screen {} for patient {}: {} flag(s), decision {}", *added,
                screen.patientId, screen.flags.size(),
                screen.decision ? redFlagDecisionCode(*screen.decision).toStdString() : "none");
    m_workspace.db().notify(StoreNotice::added(StoreNotifier::Kind::Screen, *added));
    return *added;
}

Status RedFlagRepository::decide(qint64 screenId, RedFlagDecision decision, const QString& note,
                                 const QString& who)
{
    auto screen = get(screenId);
    if (!screen)
        return screen.error();
    if (!screen->positive())
        return Error{QStringLiteral("screen.decision"),
                     tr("Screen %1 found no red flags; there is nothing to decide.").arg(screenId)};
    const QStringList open = screen->undecidedFlags();
    if (open.isEmpty())
        return Error{QStringLiteral("screen.decided"),
                     tr("Every flag of screen %1 already has a decision; record a new screen "
                        "instead.")
                         .arg(screenId)};
    QList<FlagRef> flags;
    for (const QString& code : open)
        flags.append({screenId, code});
    Status written = m_workspace.db().write([&]() -> Status {
        if (auto st = writeDecisions(flags, decision, note, who); !st)
            return st;
        // Decided as a whole: the screen's own record says so too (when nothing was decided
        // before).
        if (open.size() == screen->flags.size()) {
            auto q = m_workspace.db().exec(
                QStringLiteral("UPDATE red_flag_screen SET decision = ?, note = ?, decided_at = ?, "
                               "decided_by = ? WHERE id = ? AND decision IS NULL"),
                {redFlagDecisionCode(decision), note.trimmed(), V::stamp(m_workspace.clock().now()),
                 who.trimmed(), screenId});
            if (!q)
                return q.error();
        }
        return {};
    });
    if (!written)
        return written;
    log()->info("red-flag screen {}: decision {} on {} flag(s)", screenId,
                redFlagDecisionCode(decision).toStdString(), flags.size());
    m_workspace.db().notify(StoreNotice::changed(StoreNotifier::Kind::Screen, screenId));
    return {};
}

Status RedFlagRepository::decideFlags(const QList<FlagRef>& flags, RedFlagDecision decision,
                                      const QString& note, const QString& who)
{
    if (flags.isEmpty())
        return Error{QStringLiteral("screen.flag"), tr("Choose at least one red flag to decide.")};
    Status written =
        m_workspace.db().write([&] { return writeDecisions(flags, decision, note, who); });
    if (!written)
        return written;
    QList<qint64> screens;
    for (const FlagRef& f : flags)
        if (!screens.contains(f.screenId))
            screens.append(f.screenId);
    log()->info("red flags: decision {} on {} flag(s) of {} screen(s)",
                redFlagDecisionCode(decision).toStdString(), flags.size(), screens.size());
    for (qint64 id : screens)
        m_workspace.db().notify(StoreNotice::changed(StoreNotifier::Kind::Screen, id));
    return {};
}

Status RedFlagRepository::writeDecisions(const QList<FlagRef>& flags, RedFlagDecision decision,
                                         const QString& note, const QString& who)
{
    if (note.trimmed().isEmpty())
        return Error{QStringLiteral("screen.note"),
                     tr("Add a note saying what was decided about the red flags.")};
    if (who.trimmed().isEmpty())
        return Error{QStringLiteral("screen.clinician"), tr("Name the clinician who decided.")};
    qint64 patientId = 0;
    const QString now = V::stamp(m_workspace.clock().now());
    for (const FlagRef& f : flags) {
        auto screen = get(f.screenId);
        if (!screen)
            return screen.error();
        if (patientId != 0 && screen->patientId != patientId)
            return Error{QStringLiteral("screen.flag"),
                         tr("The red flags to decide belong to different patients.")};
        patientId = screen->patientId;
        if (auto st = m_workspace.db().lockRow(QStringLiteral("red_flag_screen"), f.screenId); !st)
            return st.error();
        if (!screen->flags.contains(f.code))
            return Error{
                QStringLiteral("screen.flag"),
                tr("Screen %1 did not find the red flag \"%2\".").arg(f.screenId).arg(f.code)};
        // "decision IS NULL" guards against a concurrent decision: a decision is never
        // overwritten, and one already there refuses the whole set.
        auto q = m_workspace.db().exec(
            QStringLiteral("UPDATE red_flag_screen_flag SET decision = ?, note = ?, "
                           "decided_at = ?, decided_by = ? WHERE screen_id = ? AND code = ? AND "
                           "decision IS NULL"),
            {redFlagDecisionCode(decision), note.trimmed(), now, who.trimmed(), f.screenId,
             f.code});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return Error{QStringLiteral("screen.decided"),
                         tr("The red flag \"%1\" of screen %2 already has a decision.")
                             .arg(f.code)
                             .arg(f.screenId)};
    }
    return {};
}

Result<QList<RedFlagScreen>> RedFlagRepository::select(const QString& where,
                                                       const QVariantList& binds)
{
    auto q = m_workspace.db().exec(
        QStringLiteral("SELECT s.id, s.patient_id, s.screen_date, s.clinician, s.decision, s.note, "
                       "s.decided_at, s.decided_by, s.created_at FROM red_flag_screen s %1 "
                       "ORDER BY s.screen_date, s.id")
            .arg(where),
        binds);
    if (!q)
        return q.error();
    QList<RedFlagScreen> list;
    while (q->next()) {
        RedFlagScreen s;
        s.id = q->value(0).toLongLong();
        s.patientId = q->value(1).toLongLong();
        s.date = V::toDate(q->value(2));
        s.clinician = q->value(3).toString();
        s.decision = redFlagDecisionFromCode(q->value(4).toString());
        s.note = q->value(5).toString();
        s.decidedAt = V::toStamp(q->value(6));
        s.decidedBy = q->value(7).toString();
        s.createdAt = V::toStamp(q->value(8));
        list.append(s);
    }
    if (list.isEmpty())
        return list;
    // The flags of every screen read in one statement, not one per screen: each statement is
    // a round trip on a clinic server, and a patient seen for years has many screens.
    QHash<qint64, qsizetype> rowOf;
    for (qsizetype i = 0; i < list.size(); ++i)
        rowOf.insert(list.at(i).id, i);
    auto flags = m_workspace.db().exec(
        QStringLiteral("SELECT f.screen_id, f.code, f.decision, f.note, f.decided_at, "
                       "f.decided_by FROM red_flag_screen_flag f "
                       "JOIN red_flag_screen s ON s.id = f.screen_id %1 ORDER BY f.id")
            .arg(where),
        binds);
    if (!flags)
        return flags.error();
    while (flags->next()) {
        const auto row = rowOf.constFind(flags->value(0).toLongLong());
        if (row == rowOf.cend())
            continue;
        RedFlagScreen& screen = list[*row];
        const QString code = flags->value(1).toString();
        screen.flags.append(code);
        if (const auto d = redFlagDecisionFromCode(flags->value(2).toString()))
            screen.flagDecisions.insert(code,
                                        {*d, flags->value(3).toString(),
                                         V::toStamp(flags->value(4)), flags->value(5).toString()});
    }
    return list;
}

Result<RedFlagScreen> RedFlagRepository::get(qint64 id)
{
    return firstRow(select(QStringLiteral("WHERE s.id = ?"), {id}), [id] {
        return Error{QStringLiteral("screen.not_found"),
                     tr("There is no red-flag screen with id %1.").arg(id)};
    });
}

Result<QList<RedFlagScreen>> RedFlagRepository::forPatient(qint64 patientId)
{
    return select(QStringLiteral("WHERE s.patient_id = ?"), {patientId});
}

Result<std::optional<RedFlagScreen>> RedFlagRepository::latest(qint64 patientId)
{
    auto list = forPatient(patientId);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<RedFlagScreen>{};
    return std::optional<RedFlagScreen>(list->last());
}

} // namespace gradus
