#include "history/RecordHistoryModel.h"

#include "ColumnTitles.h"
#include <QLocale>

namespace gradus {

QString RecordHistoryModel::recordLabel(const AuditEntry& e)
{
    // Child rows (a visit's revisions, a programme's exercises) are named after what the
    // clinician sees: the visit, the programme.
    static const QHash<QString, const char*> labels{
        {QStringLiteral("patient"), QT_TR_NOOP("Patient details")},
        {QStringLiteral("episode"), QT_TR_NOOP("Episode")},
        {QStringLiteral("episode_condition"), QT_TR_NOOP("Condition")},
        {QStringLiteral("visit"), QT_TR_NOOP("Visit")},
        {QStringLiteral("visit_revision"), QT_TR_NOOP("Visit entry")},
        {QStringLiteral("measure"), QT_TR_NOOP("Outcome measure")},
        {QStringLiteral("measure_revision"), QT_TR_NOOP("Outcome measure entry")},
        {QStringLiteral("psfs_activity"), QT_TR_NOOP("PSFS activity")},
        {QStringLiteral("programme"), QT_TR_NOOP("Programme")},
        {QStringLiteral("programme_section"), QT_TR_NOOP("Programme section")},
        {QStringLiteral("prescription"), QT_TR_NOOP("Prescribed exercise")},
        {QStringLiteral("safety_override"), QT_TR_NOOP("Safety override")},
        {QStringLiteral("red_flag_screen"), QT_TR_NOOP("Red-flag screen")},
        {QStringLiteral("red_flag_screen_flag"), QT_TR_NOOP("Red flag")},
        {QStringLiteral("pacing_plan"), QT_TR_NOOP("Pacing plan")},
        {QStringLiteral("pacing_decision"), QT_TR_NOOP("Pacing decision")},
    };
    const char* label = labels.value(e.table, nullptr);
    const QString name = label ? tr(label) : e.table;
    return e.recordId ? tr("%1 %2").arg(name).arg(e.recordId) : name;
}

QString RecordHistoryModel::changeLabel(const AuditEntry& e)
{
    if (e.action == QLatin1String("insert"))
        return tr("Added");
    if (e.action == QLatin1String("delete"))
        return tr("Deleted");
    QStringList fields = e.changedColumns();
    for (QString& f : fields)
        f.replace(u'_', u' ');
    return fields.isEmpty() ? tr("Changed")
                            : tr("Changed %1").arg(fields.join(QStringLiteral(", ")));
}

QVariant RecordHistoryModel::data(const QModelIndex& index, int role) const
{
    const AuditEntry* record = recordAt(index);
    if (!record)
        return {};
    const AuditEntry& e = *record;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case When:
            return QLocale().toString(e.changedAt.toLocalTime(), QLocale::ShortFormat);
        case Who:
            return e.author;
        case Record:
            return recordLabel(e);
        case Change:
            return changeLabel(e);
        default:
            return {};
        }
    }
    return {};
}

QVariant RecordHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle({tr("When"), tr("Who"), tr("Record"), tr("Change")}, section, orientation,
                       role);
}

} // namespace gradus
