#include "exercises/ExerciseListModel.h"

#include "ColumnTitles.h"
#include "PlainText.h"
#include "Workspace.h"
#include "i18n/DataTexts.h"
#include "illustration/ExercisePicture.h"
#include "log/Logging.h"
#include "services/ExerciseRecords.h"
#include "style/Tones.h"

#include <QGuiApplication>
#include <QIcon>
#include <QMimeData>
#include <QPainter>

namespace gradus {

ExerciseListModel::ExerciseListModel(Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    StoreNotifier* notifier = &workspace.notifier();
    connect(notifier, &StoreNotifier::reset, this, [this](StoreNotifier::Kind kind) {
        if (kind == StoreNotifier::Kind::Exercise)
            reload();
    });
    connect(notifier, &StoreNotifier::added, this, [this](StoreNotifier::Kind kind, qint64 id) {
        if (kind == StoreNotifier::Kind::Exercise)
            reloadOne(id);
    });
    connect(notifier, &StoreNotifier::changed, this, [this](StoreNotifier::Kind kind, qint64 id) {
        if (kind == StoreNotifier::Kind::Exercise)
            reloadOne(id);
    });
    connect(notifier, &StoreNotifier::removed, this, [this](StoreNotifier::Kind kind, qint64 id) {
        if (kind == StoreNotifier::Kind::Exercise)
            removeOne(id);
    });
    reload();
}

void ExerciseListModel::reload()
{
    ExerciseRecords repository(m_workspace);
    auto all = repository.list();
    beginResetModel();
    m_thumbnails.clear();
    // Built-in exercises in the UI language; the clinic's own as written.
    m_rows = all ? DataTexts::display().exercises(*all) : QList<Exercise>();
    m_unreadable = all ? QString()
                       : tr("The exercise library could not be read, so no exercises are "
                            "listed. Cause: %1")
                             .arg(all.error().message);
    endResetModel();
    if (!all)
        logging::get("ui")->error("could not read the exercises: {}",
                                  all.error().code.toStdString());
}

void ExerciseListModel::reloadOne(qint64 id)
{
    ExerciseRecords repository(m_workspace);
    auto e = repository.byId(id);
    if (!e) {
        removeOne(id);
        return;
    }
    Exercise row = DataTexts::display().exercise(*e);
    row.image.clear(); // the thumbnail keeps what the list needs
    m_thumbnails.remove(id);
    const int at = rowOf(id);
    if (at >= 0) {
        m_rows[at] = row;
        emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(row);
    endInsertRows();
}

void ExerciseListModel::removeOne(qint64 id)
{
    const int at = rowOf(id);
    if (at < 0)
        return;
    beginRemoveRows({}, at, at);
    m_rows.removeAt(at);
    m_thumbnails.remove(id);
    endRemoveRows();
}

int ExerciseListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

const Exercise* ExerciseListModel::exerciseAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ExerciseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExerciseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QPixmap ExerciseListModel::thumbnail(const Exercise& exercise) const
{
    if (auto cached = m_thumbnails.constFind(exercise.id); cached != m_thumbnails.constEnd())
        return *cached;
    const qreal ratio = qApp ? qApp->devicePixelRatio() : 1.0;
    QPixmap pixmap(thumbnailSize() * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::white);
    QPainter painter(&pixmap);
    Exercise withPicture = exercise;
    if (exercise.hasImage()) {
        // The list leaves picture bytes out; fetch them once for the thumbnail.
        ExerciseRecords repository(m_workspace);
        if (auto full = repository.byId(exercise.id))
            withPicture.image = full->image;
    }
    ExercisePicture::paint(painter, withPicture, QRectF(QPointF(0, 0), QSizeF(thumbnailSize())));
    painter.end();
    m_thumbnails.insert(exercise.id, pixmap);
    return pixmap;
}

QVariant ExerciseListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Exercise& e = m_rows.at(index.row());
    const ExerciseProperties& p = e.properties;
    switch (role) {
    case IdRole:
        return e.id;
    case StableIdRole:
        return e.stableId;
    case SearchTextRole:
        return QStringList({e.name, e.summary, e.stableId, e.instructions.join(u' ')})
            .join(u' ')
            .toLower();
    case CategoryRole:
        return int(e.category);
    case PositionRole:
        return int(p.position);
    case EquipmentRole: {
        QVariantList items;
        for (gradus::Equipment item : p.equipment)
            items << int(item);
        return items;
    }
    case SpinalLoadRole:
        return int(p.spinalLoad);
    case ImpactRole:
        return int(p.impact);
    case RetiredRole:
        return e.retired;
    case BuiltInRole:
        return e.isBuiltIn();
    case ThumbnailRole:
        return thumbnail(e);
    default:
        break;
    }
    const auto column = Column(index.column());
    // An icon, so each view draws it at its own icon size (large in the grid, small in the
    // table).
    if (role == Qt::DecorationRole && column == Name)
        return QIcon(thumbnail(e));
    if (role == Qt::ToolTipRole && column == Name)
        return plainToolTip(e.summary.isEmpty() ? e.name : e.summary);
    if (role == Qt::ForegroundRole && e.retired)
        return tones::text(tones::Tone::Muted);
    if (role == SortRole) {
        switch (column) {
        case Name:
            return e.name.toLower();
        case Category:
            return int(e.category);
        case Position:
            return int(p.position);
        case Equipment:
            return p.equipment.size();
        case SpinalLoad:
            return int(p.spinalLoad);
        case Impact:
            return int(p.impact);
        case Status:
            return int(e.retired) * 2 + int(!e.isBuiltIn());
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name:
        return e.name;
    case Category:
        return enumLabel(e.category);
    case Position:
        return enumLabel(p.position);
    case Equipment: {
        QStringList names;
        for (gradus::Equipment item : p.equipment)
            names << enumLabel(item);
        return names.isEmpty() ? tr("None") : names.join(QStringLiteral(", "));
    }
    case SpinalLoad:
        return enumLabel(p.spinalLoad);
    case Impact:
        return enumLabel(p.impact);
    case Status:
        if (e.retired)
            return tr("Retired");
        if (!e.isBuiltIn())
            return tr("Clinic's own");
        return e.edited ? tr("Built-in, edited") : tr("Built-in");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ExerciseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle({tr("Exercise"), tr("Category"), tr("Position"), tr("Equipment"),
                        tr("Spinal load"), tr("Impact"), tr("Status")},
                       section, orientation, role);
}

Qt::ItemFlags ExerciseListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    // Retired exercises are kept for old programmes but are not put into new ones.
    if (!m_rows.at(index.row()).retired)
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList ExerciseListModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData* ExerciseListModel::mimeData(const QModelIndexList& indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex& index : indexes) {
        if (!index.isValid() || m_rows.at(index.row()).retired)
            continue;
        const qint64 id = m_rows.at(index.row()).id;
        if (!ids.contains(id))
            ids << id;
    }
    if (ids.isEmpty())
        return nullptr;
    QByteArray payload;
    for (qint64 id : ids)
        payload += QByteArray::number(id) + '\n';
    auto* mime = new QMimeData;
    mime->setData(mimeType(), payload);
    return mime;
}

QList<qint64> ExerciseListModel::idsFromMime(const QMimeData* mime)
{
    QList<qint64> ids;
    if (!mime || !mime->hasFormat(mimeType()))
        return ids;
    for (const QByteArray& line : mime->data(mimeType()).split('\n')) {
        bool ok = false;
        const qint64 id = line.trimmed().toLongLong(&ok);
        if (ok)
            ids << id;
    }
    return ids;
}

} // namespace gradus
