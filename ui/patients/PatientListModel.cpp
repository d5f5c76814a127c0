#include "patients/PatientListModel.h"

#include "Workspace.h"
#include "i18n/LocaleFormat.h"
#include "storage/PatientRepository.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace gradus {

PatientListModel::PatientListModel(Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    StoreNotifier* notifier = &workspace.notifier();
    connect(notifier, &StoreNotifier::added, this, &PatientListModel::onAdded);
    connect(notifier, &StoreNotifier::changed, this, &PatientListModel::onChanged);
    connect(notifier, &StoreNotifier::removed, this, &PatientListModel::onRemoved);
    connect(notifier, &StoreNotifier::reset, this, &PatientListModel::onReset);
    (void)reload();
}

PatientListModel::Row PatientListModel::makeRow(const Patient& p)
{
    return Row{p.id,          p.listName(),   PatientSearchIndex::sortKey(p),
               p.dateOfBirth, p.clinicNumber, p.archived};
}

Status PatientListModel::reload()
{
    auto patients = PatientRepository(m_workspace).list(true);
    if (!patients) {
        emit loadFailed(patients.error());
        return patients.error();
    }
    setPatients(*patients);
    return {};
}

void PatientListModel::setPatients(const QList<Patient>& patients)
{
    beginResetModel();
    m_index.assign(patients);
    QHash<qint64, const Patient*> byId;
    byId.reserve(patients.size());
    for (const Patient& p : patients)
        byId.insert(p.id, &p);
    m_rows.clear();
    m_rows.reserve(m_index.size());
    for (int i = 0; i < m_index.size(); ++i)
        m_rows.append(makeRow(*byId.value(m_index.idAt(i))));
    endResetModel();
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
            return row.sortKey;
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
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case DateOfBirth:
        return tr("Born");
    case Age:
        return tr("Age");
    case ClinicNumber:
        return tr("Clinic no.");
    default:
        return {};
    }
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
    auto patient = PatientRepository(m_workspace).get(id);
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
    if (kind == StoreNotifier::Kind::Patient)
        (void)reload();
}

} // namespace gradus
