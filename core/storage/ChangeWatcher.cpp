#include "storage/ChangeWatcher.h"

#include "Workspace.h"
#include "log/Logging.h"
#include "storage/AuditTrail.h"

#include <QSqlDriver>

#include <optional>

namespace gradus {
namespace {

const auto log = &logging::module<"store">;

// Past this many changes at once (an import on another desk), views reload per kind.
constexpr int kResetAfter = 200;
// On a server the NOTIFY does the work; the poll only covers a lost connection's gap.
constexpr int kServerPollFactor = 10;

struct Target
{
    StoreNotifier::Kind kind;
    // The column holding the id the views know, for a child table ("" = the record's id).
    const char* idColumn;
};

std::optional<Target> targetOf(const QString& table)
{
    using K = StoreNotifier::Kind;
    static const QHash<QString, Target> targets{
        {QStringLiteral("patient"), {K::Patient, ""}},
        {QStringLiteral("episode"), {K::Episode, ""}},
        {QStringLiteral("episode_condition"), {K::Condition, ""}},
        {QStringLiteral("exercise"), {K::Exercise, ""}},
        {QStringLiteral("programme"), {K::Programme, ""}},
        {QStringLiteral("programme_section"), {K::Programme, "programme_id"}},
        {QStringLiteral("safety_override"), {K::Programme, "programme_id"}},
        {QStringLiteral("prescription"), {K::Prescription, ""}},
        {QStringLiteral("visit"), {K::Visit, ""}},
        {QStringLiteral("visit_revision"), {K::Visit, "visit_id"}},
        {QStringLiteral("measure"), {K::Measure, ""}},
        {QStringLiteral("measure_revision"), {K::Measure, "measure_id"}},
        {QStringLiteral("psfs_activity"), {K::Measure, ""}},
        {QStringLiteral("red_flag_screen"), {K::Screen, ""}},
        {QStringLiteral("red_flag_screen_flag"), {K::Screen, "screen_id"}},
        {QStringLiteral("clinic_setting"), {K::Setting, ""}},
    };
    auto it = targets.constFind(table);
    if (it == targets.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace

ChangeWatcher::ChangeWatcher(Workspace& workspace, QObject* parent)
    : QObject(parent), m_workspace(workspace)
{
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::onTimer);
}

ChangeWatcher::~ChangeWatcher()
{
    stop();
}

void ChangeWatcher::start(int pollMs)
{
    Database& db = m_workspace.db();
    if (auto last = AuditTrail(db).lastId())
        m_lastSeen = *last;
    if (db.backend() == SqlBackend::Postgres) {
        QSqlDriver* driver = db.connection().driver();
        m_listening = driver && driver->subscribeToNotification(
                                    QString::fromLatin1(AuditTrail::kNotifyChannel));
        if (m_listening)
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString&) { checkNow(); });
        m_timer.start(m_listening ? pollMs * kServerPollFactor : pollMs);
    } else {
        auto q = db.exec(QStringLiteral("PRAGMA data_version"));
        if (q && q->next())
            m_dataVersion = q->value(0).toLongLong();
        m_timer.start(pollMs);
    }
    log()->info("watching for changes from other desks ({})",
                m_listening ? "server notifications" : "polling");
}

void ChangeWatcher::stop()
{
    m_timer.stop();
    if (m_listening) {
        if (QSqlDriver* driver = m_workspace.db().connection().driver())
            driver->unsubscribeFromNotification(QString::fromLatin1(AuditTrail::kNotifyChannel));
        m_listening = false;
    }
}

void ChangeWatcher::onTimer()
{
    Database& db = m_workspace.db();
    if (db.backend() == SqlBackend::Sqlite) {
        // Inside this desk's own unit of work the trail is not another desk's news yet.
        if (db.inUnitOfWork())
            return;
        auto q = db.exec(QStringLiteral("PRAGMA data_version"));
        if (!q || !q->next())
            return;
        const qint64 version = q->value(0).toLongLong();
        if (version == m_dataVersion)
            return;
        m_dataVersion = version;
    }
    checkNow();
}

int ChangeWatcher::checkNow()
{
    Database& db = m_workspace.db();
    if (db.inUnitOfWork())
        return 0;
    auto entries = AuditTrail(db).since(m_lastSeen, kResetAfter + 1);
    if (!entries || entries->isEmpty())
        return 0;
    QList<AuditEntry> batch = *entries;
    if (batch.size() > kResetAfter) {
        // Too many to name one by one: jump to the end of the trail and reload per kind.
        if (auto last = AuditTrail(db).lastId())
            m_lastSeen = *last;
    } else {
        m_lastSeen = batch.last().id;
    }
    const QList<StoreNotice> notices = noticesFor(batch);
    log()->info("{} change(s) from elsewhere", batch.size());
    emitNotices(m_workspace.notifier(), notices);
    emit changesArrived(static_cast<int>(batch.size()));
    return static_cast<int>(batch.size());
}

QList<StoreNotice> ChangeWatcher::noticesFor(const QList<AuditEntry>& entries)
{
    QList<StoreNotice> notices;
    auto append = [&notices](const StoreNotice& n) {
        if (!notices.contains(n))
            notices.append(n);
    };
    const bool many = entries.size() > kResetAfter;
    for (const AuditEntry& e : entries) {
        const auto target = targetOf(e.table);
        if (!target)
            continue;
        // A bulk entry (AuditTrail::recordBulk) names no record: reload the kind.
        const bool bulk = e.recordId <= 0 && e.newValues.contains(QLatin1String("bulk"));
        if (many || bulk || target->kind == StoreNotifier::Kind::Setting) {
            append(StoreNotice::reset(target->kind));
            continue;
        }
        const QString idColumn = QString::fromLatin1(target->idColumn);
        if (!idColumn.isEmpty()) {
            const QJsonObject& row = e.newValues.isEmpty() ? e.oldValues : e.newValues;
            const qint64 parent = row.value(idColumn).toInteger();
            append(parent ? StoreNotice::changed(target->kind, parent)
                          : StoreNotice::reset(target->kind));
            continue;
        }
        if (e.action == QLatin1String("insert"))
            append(StoreNotice::added(target->kind, e.recordId));
        else if (e.action == QLatin1String("delete"))
            append(StoreNotice::removed(target->kind, e.recordId));
        else
            append(StoreNotice::changed(target->kind, e.recordId));
    }
    return notices;
}

} // namespace gradus
