#include "patients/PatientListModel.h"

#include "ColumnTitles.h"
#include "Workspace.h"
#include "i18n/LocaleFormat.h"
#include "log/Logging.h"
#include "services/PatientRecords.h"
#include "services/StoreOpening.h"
#include "util/Clock.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace gradus {

PatientListModel::PatientListModel(Workspace& workspace, QObject* parent, Loading loading)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    StoreNotifier* notifier = &workspace.notifier();
    connect(notifier, &StoreNotifier::added, this, &PatientListModel::onAdded);
    connect(notifier, &StoreNotifier::changed, this, &PatientListModel::onChanged);
    connect(notifier, &StoreNotifier::removed, this, &PatientListModel::onRemoved);
    connect(notifier, &StoreNotifier::reset, this, &PatientListModel::onReset);
    if (loading == Loading::InBackground) {
        auto count = PatientRecords(workspace).count(true);
        if (count && *count >= kBackgroundFrom) {
            m_loading = true;
            showSearchResults(QString());
            startBackgroundLoad();
            return;
        }
    }
    (void)reload();
}

PatientListModel::~PatientListModel()
{
    if (m_thread) {
        m_thread->requestInterruption();
        m_thread->wait();
    }
}

PatientListModel::Prepared PatientListModel::prepare(const QList<Patient>& patients)
{
    Prepared prepared;
    prepared.index.assign(patients);
    QHash<qint64, const Patient*> byId;
    byId.reserve(patients.size());
    for (const Patient& p : patients)
        byId.insert(p.id, &p);
    prepared.rows.reserve(prepared.index.size());
    for (int i = 0; i < prepared.index.size(); ++i)
        prepared.rows.append(makeRow(*byId.value(prepared.index.idAt(i))));
    return prepared;
}

void PatientListModel::adopt(Prepared prepared)
{
    beginResetModel();
    m_rows = std::move(prepared.rows);
    m_index = std::move(prepared.index);
    endResetModel();
}

void PatientListModel::startBackgroundLoad()
{
    m_loading = true;
    m_staleLoad = false;
    const DatabaseLocation location = m_workspace.db().location();
    auto result = std::make_shared<Result<Prepared>>(Prepared{});
    // A connection of its own: Qt's connections belong to the thread that made them. It
    // opens the store as it is (no upgrade, no new file) and only reads.
    m_thread.reset(QThread::create([location, result] {
        SystemClock clock;
        auto store = StoreOpening::forWorker(location, QString(), clock);
        if (!store) {
            *result = store.error();
            return;
        }
        auto patients = PatientRecords(**store).list(true);
        if (!patients) {
            *result = patients.error();
            return;
        }
        if (QThread::currentThread()->isInterruptionRequested())
            return;
        *result = prepare(*patients);
    }));
    connect(m_thread.get(), &QThread::finished, this,
            [this, result] { finishBackgroundLoad(result); });
    m_thread->start(QThread::LowPriority);
}

void PatientListModel::finishBackgroundLoad(const std::shared_ptr<Result<Prepared>>& result)
{
    m_thread->wait(); // "finished" comes just before the thread ends
    m_thread.reset();
    if (!*result) {
        // The first screenful stays; the list is read the ordinary way instead.
        logging::get("patients")
            ->warn("background patient list failed: {}", result->error().code.toStdString());
        m_loading = false;
        (void)reload();
        emit loaded();
        return;
    }
    adopt(std::move(**result));
#ifdef __GLIBC__
    // The thread's allocator arena still holds the pages of the full patient records it read
    // and let go; give them back, or a big clinic's list costs twice its size in memory.
    malloc_trim(0);
#endif
    if (m_staleLoad) {
        // Patients changed while the snapshot was read: read again rather than guess.
        startBackgroundLoad();
        return;
    }
    m_loading = false;
    emit loaded();
}

void PatientListModel::showSearchResults(const QString& text)
{
    if (!m_loading)
        return;
    PatientRecords patients(m_workspace);
    auto found = text.trimmed().isEmpty() ? patients.firstInListOrder(kFirstScreenful)
                                          : patients.search(text, true);
    if (!found) {
        emit loadFailed(found.error());
        return;
    }
    adopt(prepare(*found));
}

PatientListModel::Row PatientListModel::makeRow(const Patient& p)
{
    return Row{p.id, p.listName(), p.dateOfBirth, p.clinicNumber, p.archived};
}

Status PatientListModel::reload()
{
    auto patients = PatientRecords(m_workspace).list(true);
    if (!patients) {
        emit loadFailed(patients.error());
        return patients.error();
    }
    setPatients(*patients);
    return {};
}

void PatientListModel::setPatients(const QList<Patient>& patients)
{
    adopt(prepare(patients));
}

int PatientListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PatientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const int age = Patient::age(row.dateOfBirth, m_workspace.clock().today());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return row.archived ? tr("%1 (archived)").arg(row.listName) : row.listName;
        case DateOfBirth:
            return LocaleFormat::date(row.dateOfBirth);
        case Age:
            return age >= 0 ? QVariant(age) : QVariant();
        case ClinicNumber:
            return row.clinicNumber;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Name:
            // The rows are in name order already; their position is the key (one sort key
            // string fewer per patient: about 10 MB in a 100,000-patient clinic).
            return index.row();
        case DateOfBirth:
            return row.dateOfBirth;
        case Age:
            return age;
        case ClinicNumber:
            return row.clinicNumber;
        }
        break;
    case IdRole:
        return row.id;
    case ArchivedRole:
        return row.archived;
    case Qt::ForegroundRole:
        if (row.archived)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (row.archived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Age)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (row.archived)
            return tr("Archived: hidden from the list unless \"Show archived\" is ticked.");
        break;
    default:
        break;
    }
    return {};
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle({tr("Name"), tr("Born"), tr("Age"), tr("Clinic no.")}, section, orientation,
                       role);
}

void PatientListModel::upsert(const Patient& patient)
{
    const int old = m_index.indexOf(patient.id);
    const int target = m_index.positionFor(patient);
    if (old < 0) {
        beginInsertRows({}, target, target);
        m_index.upsert(patient);
        m_rows.insert(target, makeRow(patient));
        endInsertRows();
        return;
    }
    if (old != target) {
        // beginMoveRows wants the destination as a row number before the move.
        beginMoveRows({}, old, old, {}, target > old ? target + 1 : target);
        m_index.upsert(patient);
        m_rows.move(old, target);
        m_rows[target] = makeRow(patient);
        endMoveRows();
    } else {
        m_index.upsert(patient);
        m_rows[target] = makeRow(patient);
    }
    emit dataChanged(index(target, 0), index(target, ColumnCount - 1));
}

void PatientListModel::onAdded(StoreNotifier::Kind kind, qint64 id)
{
    onChanged(kind, id);
}

void PatientListModel::onChanged(StoreNotifier::Kind kind, qint64 id)
{
    if (kind != StoreNotifier::Kind::Patient)
        return;
    m_staleLoad = m_loading;
    auto patient = PatientRecords(m_workspace).get(id);
    if (!patient) {
        emit loadFailed(patient.error());
        return;
    }
    upsert(*patient);
}

void PatientListModel::onRemoved(StoreNotifier::Kind kind, qint64 id)
{
    if (kind != StoreNotifier::Kind::Patient)
        return;
    m_staleLoad = m_loading;
    const int row = m_index.indexOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_index.remove(id);
    m_rows.removeAt(row);
    endRemoveRows();
}

void PatientListModel::onReset(StoreNotifier::Kind kind)
{
    if (kind != StoreNotifier::Kind::Patient)
        return;
    if (m_loading)
        m_staleLoad = true;
    else
        (void)reload();
}

} // namespace gradus
