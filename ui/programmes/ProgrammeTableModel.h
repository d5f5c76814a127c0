#pragma once

#include "model/Prescription.h"

#include <QAbstractTableModel>
#include <QHash>

namespace gradus {

// The prescriptions of one programme version in reading order, one row each, with the
// section they belong to. The builder edits copies of programme() and stores them; the model
// only shows what setProgramme() gave it. Drops are passed on as signals (exercises from the
// library, or the table's own rows dragged to another place) for the builder to store as one
// undoable edit; the model itself never changes on a drop.
class ProgrammeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SectionColumn,
        ExerciseColumn,
        DoseColumn,
        SideColumn,
        NoteColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int ExerciseIdRole = Qt::UserRole + 2;
    // QList<int> (DoseType values) of the dose types that fit the row's exercise; empty: any.
    static constexpr int DoseTypesRole = Qt::UserRole + 3;

    explicit ProgrammeTableModel(QObject* parent = nullptr);

    void setProgramme(const Programme& programme);
    const Programme& programme() const { return m_programme; }
    void setExerciseNames(const QHash<qint64, QString>& names);
    // The dose types that fit each exercise (DoseValidator::allowedTypes), by exercise id.
    void setDoseTypes(const QHash<qint64, QList<DoseType>>& types) { m_doseTypes = types; }

    // Row -> (section index, position in section); {-1, -1} when out of range.
    QPair<int, int> locate(int row) const;
    const Prescription* prescriptionAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Takes a whole Prescription (QVariant::fromValue) for a Dose, Side or Note cell and hands
    // it on as prescriptionEdited() when it differs; the model itself does not change (the
    // builder stores it and shows the stored version), so this returns false.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    // The drag format of the table's own rows: the programme version and its row numbers.
    static QString rowsMimeType() { return QStringLiteral("application/x-gradus-programme-rows"); }
    // Rows may be dragged (off while a read-only version is shown).
    void setRowsMovable(bool movable) { m_rowsMovable = movable; }
    // Dose, side and note may be edited in place (off while a read-only version is shown).
    void setCellsEditable(bool editable) { m_cellsEditable = editable; }

signals:
    // Exercises were dropped on the table before `row` (rowCount() = at the end).
    void exercisesDropped(const QList<qint64>& exerciseIds, int row);
    // The table's own rows were dragged to before `row` (rowCount() = at the end).
    void rowsDropped(const QList<int>& rows, int row);
    // A cell of `row` was edited in place: the row's prescription as it should now be.
    void prescriptionEdited(int row, const Prescription& prescription);

public:
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

private:
    Programme m_programme;
    QList<QPair<int, int>> m_rows;
    QHash<qint64, QString> m_names;
    QHash<qint64, QList<DoseType>> m_doseTypes;
    bool m_rowsMovable = true;
    bool m_cellsEditable = false;
};

} // namespace gradus
