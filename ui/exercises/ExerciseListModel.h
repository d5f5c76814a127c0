#pragma once

#include "model/Exercise.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPixmap>

namespace gradus {

class Workspace;

// Every exercise of the store as a table (without picture bytes), kept current through the
// StoreNotifier. Drags carry MIME type application/x-gradus-exercise: the database ids of
// the dragged exercises, one per line, as decimal text.
class ExerciseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Category,
        Position,
        Equipment,
        SpinalLoad,
        Impact,
        Status,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        IdRole = Qt::UserRole + 1, // qint64 database id
        StableIdRole,              // QString
        SortRole,                  // the raw value the column sorts by
        SearchTextRole,            // lower-case name, summary, steps and id, for text search
        CategoryRole,              // int(ExerciseCategory)
        PositionRole,              // int(BodyPosition)
        EquipmentRole,             // QVariantList of int(Equipment)
        SpinalLoadRole,            // int(SpinalLoad)
        ImpactRole,                // int(Impact)
        RetiredRole,               // bool
        BuiltInRole,               // bool
        ThumbnailRole,             // QPixmap of the picture
    };

    static QString mimeType() { return QStringLiteral("application/x-gradus-exercise"); }
    static QSize thumbnailSize() { return {148, 111}; }

    explicit ExerciseListModel(Workspace& workspace, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

    // The row of an exercise, or -1.
    int rowOf(qint64 id) const;
    const Exercise* exerciseAt(int row) const;
    // Reads everything again from the store.
    void reload();
    // Why the library could not be read at the last reload, as a sentence for the user; empty
    // when it was read. An empty list is then not an empty library.
    const QString& unreadable() const { return m_unreadable; }
    // Decodes a drag's ids (the inverse of mimeData).
    static QList<qint64> idsFromMime(const QMimeData* mime);

private:
    void reloadOne(qint64 id);
    void removeOne(qint64 id);
    QPixmap thumbnail(const Exercise& exercise) const;

    Workspace& m_workspace;
    QList<Exercise> m_rows;
    QString m_unreadable;
    mutable QHash<qint64, QPixmap> m_thumbnails;
};

} // namespace gradus
