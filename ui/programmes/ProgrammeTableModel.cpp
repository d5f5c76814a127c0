#include "ProgrammeTableModel.h"

#include "ColumnTitles.h"
#include "PlainText.h"

#include "exercises/ExerciseListModel.h"
#include "programmes/DoseValidator.h"

#include <QMimeData>

#include <algorithm>

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
    if (role == Qt::ToolTipRole) // the same text as shown, never read as markup
        return plainToolTip(data(index, Qt::DisplayRole).toString());
    const auto [s, i] = m_rows[index.row()];
    const Prescription& p = m_programme.sections[s].prescriptions[i];
    if (role == ExerciseIdRole)
        return p.exerciseId;
    if (role == DoseTypesRole) {
        QList<int> types;
        for (DoseType t : m_doseTypes.value(p.exerciseId))
            types.append(int(t));
        return QVariant::fromValue(types);
    }
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
    if (role == Qt::ToolTipRole && orientation == Qt::Horizontal && section == NoteColumn)
        return tr("Note for the patient, printed on the handout");
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return columnTitle({tr("Section"), tr("Exercise"), tr("Dose"), tr("Side"), tr("Note")}, section,
                       orientation, role);
}

Qt::ItemFlags ProgrammeTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    // Rows are dragged but not dropped onto: a drop lands between rows (before `row`).
    if (!index.isValid())
        return f | Qt::ItemIsDropEnabled;
    if (m_cellsEditable && (index.column() == DoseColumn || index.column() == SideColumn ||
                            index.column() == NoteColumn))
        f |= Qt::ItemIsEditable;
    return m_rowsMovable ? f | Qt::ItemIsDragEnabled : f;
}

bool ProgrammeTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !(flags(index) & Qt::ItemIsEditable) || !value.canConvert<Prescription>())
        return false;
    const Prescription* current = prescriptionAt(index.row());
    const Prescription edited = value.value<Prescription>();
    // Only the fields a cell edits: the row stays the same exercise and stored prescription.
    if (!current || edited.id != current->id || edited.exerciseId != current->exerciseId)
        return false;
    if (edited.dose == current->dose && edited.side == current->side &&
        edited.patientNote == current->patientNote && edited.load == current->load &&
        edited.tempo == current->tempo && edited.restSeconds == current->restSeconds)
        return false; // nothing changed: no empty undo step
    emit prescriptionEdited(index.row(), edited);
    return false;
}

QStringList ProgrammeTableModel::mimeTypes() const
{
    return {ExerciseListModel::mimeType(), rowsMimeType()};
}

QMimeData* ProgrammeTableModel::mimeData(const QModelIndexList& indexes) const
{
    QList<int> rows;
    for (const QModelIndex& index : indexes)
        if (index.isValid() && index.row() < rowCount() && !rows.contains(index.row()))
            rows << index.row();
    if (rows.isEmpty() || !m_rowsMovable)
        return nullptr;
    std::sort(rows.begin(), rows.end());
    // "programme id" then one row per line; the id keeps a drag from another window or
    // another version from being taken for this one's rows.
    QByteArray payload = QByteArray::number(m_programme.id);
    for (int row : rows)
        payload += '\n' + QByteArray::number(row);
    auto* mime = new QMimeData;
    mime->setData(rowsMimeType(), payload);
    return mime;
}

Qt::DropActions ProgrammeTableModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

Qt::DropActions ProgrammeTableModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

namespace {

// The rows of a rows drag, or nothing when it is not from `programmeId`.
QList<int> rowsFromMime(const QMimeData* data, qint64 programmeId, int rowCount)
{
    if (!data || !data->hasFormat(ProgrammeTableModel::rowsMimeType()))
        return {};
    const QList<QByteArray> lines = data->data(ProgrammeTableModel::rowsMimeType()).split('\n');
    bool ok = false;
    if (lines.isEmpty() || lines.first().toLongLong(&ok) != programmeId || !ok)
        return {};
    QList<int> rows;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const int row = lines[i].trimmed().toInt(&ok);
        if (!ok || row < 0 || row >= rowCount)
            return {};
        rows << row;
    }
    return rows;
}

} // namespace

bool ProgrammeTableModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int,
                                          const QModelIndex&) const
{
    if (!data)
        return false;
    if (data->hasFormat(ExerciseListModel::mimeType()))
        return true;
    return m_rowsMovable && !rowsFromMime(data, m_programme.id, rowCount()).isEmpty();
}

bool ProgrammeTableModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row,
                                       int column, const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Dropped onto a row: before it; onto empty space: at the end.
    const int before = parent.isValid() ? parent.row() : (row < 0 ? rowCount() : row);
    if (!data->hasFormat(ExerciseListModel::mimeType())) {
        emit rowsDropped(rowsFromMime(data, m_programme.id, rowCount()), before);
        // Returning false keeps the view from removing the dragged rows itself after a move:
        // the builder stores the new order and resets the model.
        return false;
    }
    const QList<qint64> ids = ExerciseListModel::idsFromMime(data);
    if (ids.isEmpty())
        return false;
    emit exercisesDropped(ids, before);
    // The view stores the change and resets the model; nothing to insert here.
    return false;
}

} // namespace gradus
