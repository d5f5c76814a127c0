#include "ProgrammeTableModel.h"

#include "exercises/ExerciseListModel.h"
#include "programmes/DoseValidator.h"

#include <QMimeData>

namespace gradus {

ProgrammeTableModel::ProgrammeTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProgrammeTableModel::setProgramme(const Programme& programme)
{
    beginResetModel();
    m_programme = programme;
    m_rows.clear();
    for (int s = 0; s < m_programme.sections.size(); ++s)
        for (int i = 0; i < m_programme.sections[s].prescriptions.size(); ++i)
            m_rows.append({s, i});
    endResetModel();
}

void ProgrammeTableModel::setExerciseNames(const QHash<qint64, QString>& names)
{
    m_names = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ExerciseColumn), index(rowCount() - 1, ExerciseColumn));
}

QPair<int, int> ProgrammeTableModel::locate(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row] : QPair<int, int>{-1, -1};
}

const Prescription* ProgrammeTableModel::prescriptionAt(int row) const
{
    const auto [s, i] = locate(row);
    return s < 0 ? nullptr : &m_programme.sections[s].prescriptions[i];
}

int ProgrammeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProgrammeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgrammeTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto [s, i] = m_rows[index.row()];
    const Prescription& p = m_programme.sections[s].prescriptions[i];
    if (role == ExerciseIdRole)
        return p.exerciseId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case SectionColumn:
        if (role == SortRole)
            return index.row();
        return m_programme.sections[s].name;
    case ExerciseColumn:
        return m_names.value(p.exerciseId, tr("Exercise %1").arg(p.exerciseId));
    case DoseColumn: {
        QString text = describeDose(p.dose);
        if (!p.load.isEmpty())
            text += QStringLiteral(" · ") + p.load;
        return text;
    }
    case SideColumn:
        return p.side == PrescribedSide::NotApplicable ? QString() : sideLabel(p.side);
    case NoteColumn:
        return p.patientNote;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ProgrammeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (Column(section)) {
    case SectionColumn:
        return tr("Section");
    case ExerciseColumn:
        return tr("Exercise");
    case DoseColumn:
        return tr("Dose");
    case SideColumn:
        return tr("Side");
    case NoteColumn:
        return tr("Note for the patient");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags ProgrammeTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    return index.isValid() ? f : f | Qt::ItemIsDropEnabled;
}

QStringList ProgrammeTableModel::mimeTypes() const
{
    return {ExerciseListModel::mimeType()};
}

Qt::DropActions ProgrammeTableModel::supportedDropActions() const
{
    return Qt::CopyAction;
}

bool ProgrammeTableModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int,
                                          const QModelIndex&) const
{
    return data && data->hasFormat(ExerciseListModel::mimeType());
}

bool ProgrammeTableModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row,
                                       int column, const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<qint64> ids = ExerciseListModel::idsFromMime(data);
    if (ids.isEmpty())
        return false;
    // Dropped onto a row: insert before it; onto empty space: at the end.
    const int at = parent.isValid() ? parent.row() : (row < 0 ? rowCount() : row);
    emit exercisesDropped(ids, at);
    // The view stores the change and resets the model; nothing to insert here.
    return false;
}

} // namespace gradus
