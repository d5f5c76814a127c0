#include "exercises/ExerciseLibraryView.h"
#include "PlainMessageBox.h"

#include "ConflictDialog.h"
#include "Workspace.h"
#include "exercises/ExerciseCommands.h"
#include "exercises/ExerciseDetailPane.h"
#include "exercises/ExerciseEditorDialog.h"
#include "exercises/ExerciseFilterModel.h"
#include "exercises/ExerciseListModel.h"
#include "exercises/ExerciseMerge.h"
#include "exercises/LibraryProblemLine.h"
#include "i18n/DataTexts.h"
#include "services/ExerciseRecords.h"
#include "undo/StoreUndoStack.h"

#include <QAction>
#include <QActionGroup>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace gradus {
namespace {

// Photos are kept at a size that prints well on a handout without bloating the database.
constexpr int kMaxPictureSide = 1600;

template <typename E> void addChoices(QComboBox* combo, const QString& any)
{
    combo->addItem(any, -1);
    for (E value : enumValues<E>())
        combo->addItem(enumLabel(value), int(value));
}

template <typename E> std::optional<E> chosen(const QComboBox* combo)
{
    const int v = combo->currentData().toInt();
    return v < 0 ? std::nullopt : std::optional<E>(E(v));
}

} // namespace

ExerciseLibraryView::ExerciseLibraryView(Workspace& workspace, StoreUndoStack* undoStack,
                                         QWidget* parent)
    : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("ExerciseLibraryView"));
    m_editing = new ExerciseEditing(workspace, undoStack, this);
    m_model = new ExerciseListModel(workspace, this);
    m_filter = new ExerciseFilterModel(this);
    m_filter->setSourceModel(m_model);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(createFilterBar());
    addLibraryProblemLine(layout, this, m_model);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("exerciseSplitter"));
    m_views = new QStackedWidget(splitter);

    m_grid = new QListView(m_views);
    m_grid->setObjectName(QStringLiteral("exerciseGrid"));
    m_grid->setAccessibleName(tr("Exercises"));
    m_grid->setModel(m_filter);
    m_grid->setModelColumn(ExerciseListModel::Name);
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setIconSize(ExerciseListModel::thumbnailSize());
    // Room for names of two lines under each picture.
    m_grid->setGridSize(ExerciseListModel::thumbnailSize() + QSize(12, 50));
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setWordWrap(true);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setDragEnabled(true);
    m_grid->setDragDropMode(QAbstractItemView::DragOnly);
    m_grid->setDefaultDropAction(Qt::CopyAction);
    m_views->addWidget(m_grid);

    m_table = new QTableView(m_views);
    m_table->setObjectName(QStringLiteral("exerciseTable"));
    m_table->setAccessibleName(tr("Exercises"));
    m_table->setModel(m_filter);
    QItemSelectionModel* tableSelection = m_table->selectionModel();
    m_table->setSelectionModel(m_grid->selectionModel()); // one selection for both views
    delete tableSelection;
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ExerciseListModel::Name, Qt::AscendingOrder);
    m_table->setIconSize(QSize(48, 36));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(42);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The name matters most: it gets a fixed, generous width; the rest fit their contents.
    m_table->horizontalHeader()->setSectionResizeMode(ExerciseListModel::Name,
                                                      QHeaderView::Interactive);
    m_table->setColumnWidth(ExerciseListModel::Name, 250);
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_views->addWidget(m_table);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(createActionBar());
    auto* scroll = new QScrollArea(right);
    scroll->setObjectName(QStringLiteral("exerciseDetailScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    m_detail = new ExerciseDetailPane(scroll);
    scroll->setWidget(m_detail);
    rightLayout->addWidget(scroll);
    splitter->addWidget(m_views);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 460});
    layout->addWidget(splitter, 1);

    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { showCurrent(); });
    connect(m_detail, &ExerciseDetailPane::exerciseLinkActivated, this, [this](const QString& id) {
        if (!selectExercise(id)) {
            // The linked exercise may be filtered out; show everything and try again.
            m_search->clear();
            for (QComboBox* combo : {m_category, m_position, m_equipment, m_load, m_impact})
                combo->setCurrentIndex(0);
            selectExercise(id);
        }
    });
    // Keep the detail pane in step with undo, redo and other desks' changes.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& from, const QModelIndex& to) {
                const int row = m_model->rowOf(m_detail->exerciseId());
                if (row >= from.row() && row <= to.row())
                    showCurrent();
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showCurrent(); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { showCurrent(); });
    showCurrent();
}

QWidget* ExerciseLibraryView::createFilterBar()
{
    // Two rows, so the page still fits a small laptop screen: search and view on top, the
    // property filters below.
    auto* bar = new QWidget(this);
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(4);
    auto* top = new QHBoxLayout;
    auto* filters = new QHBoxLayout;
    rows->addLayout(top);
    rows->addLayout(filters);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("exerciseSearch"));
    m_search->setAccessibleName(tr("Search exercises"));
    m_search->setPlaceholderText(tr("Search exercises"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(m_search, 1);
    m_showRetired = new QCheckBox(tr("Show retired"), bar);
    m_showRetired->setObjectName(QStringLiteral("showRetired"));
    top->addWidget(m_showRetired);

    auto* group = new QActionGroup(this);
    m_gridAction = new QAction(tr("Pictures"), this);
    m_gridAction->setObjectName(QStringLiteral("actionExerciseGrid"));
    m_gridAction->setToolTip(tr("Show the exercises as pictures"));
    m_tableAction = new QAction(tr("Table"), this);
    m_tableAction->setObjectName(QStringLiteral("actionExerciseTable"));
    m_tableAction->setToolTip(tr("Show the exercises as a table of their properties"));
    for (QAction* a : {m_gridAction, m_tableAction}) {
        a->setCheckable(true);
        group->addAction(a);
        auto* button = new QToolButton(bar);
        button->setDefaultAction(a);
        button->setAutoRaise(true);
        top->addWidget(button);
    }
    m_gridAction->setChecked(true);
    connect(m_tableAction, &QAction::toggled, this, &ExerciseLibraryView::setTableMode);

    m_category = new QComboBox(bar);
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->setAccessibleName(tr("Category"));
    addChoices<ExerciseCategory>(m_category, tr("All categories"));
    m_position = new QComboBox(bar);
    m_position->setObjectName(QStringLiteral("positionFilter"));
    m_position->setAccessibleName(tr("Position"));
    addChoices<BodyPosition>(m_position, tr("Any position"));
    m_equipment = new QComboBox(bar);
    m_equipment->setObjectName(QStringLiteral("equipmentFilter"));
    m_equipment->setAccessibleName(tr("Equipment"));
    m_equipment->addItem(tr("Any equipment"), -1);
    m_equipment->addItem(tr("Nothing needed"), -2);
    for (Equipment item : enumValues<Equipment>())
        m_equipment->addItem(tr("Uses: %1").arg(enumLabel(item)), int(item));
    m_load = new QComboBox(bar);
    m_load->setObjectName(QStringLiteral("loadFilter"));
    m_load->setAccessibleName(tr("Load"));
    m_load->addItem(tr("Any spinal load"), -1);
    m_load->addItem(tr("Low spinal load"), int(SpinalLoad::Low));
    m_load->addItem(tr("Low or moderate load"), int(SpinalLoad::Moderate));
    m_impact = new QComboBox(bar);
    m_impact->setObjectName(QStringLiteral("impactFilter"));
    m_impact->setAccessibleName(tr("Impact"));
    m_impact->addItem(tr("Any impact"), -1);
    m_impact->addItem(tr("No impact"), int(Impact::None));
    m_impact->addItem(tr("No or low impact"), int(Impact::Low));
    for (QComboBox* combo : {m_category, m_position, m_equipment, m_load, m_impact}) {
        // Let long choices shrink; the popup shows them whole.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
        filters->addWidget(combo, 1);
        connect(combo, &QComboBox::currentIndexChanged, this, &ExerciseLibraryView::applyFilters);
    }
    connect(m_search, &QLineEdit::textChanged, this, &ExerciseLibraryView::applyFilters);
    connect(m_showRetired, &QCheckBox::toggled, this, &ExerciseLibraryView::applyFilters);
    return bar;
}

QWidget* ExerciseLibraryView::createActionBar()
{
    auto* bar = new QToolBar(tr("Exercise actions"), this);
    bar->setObjectName(QStringLiteral("exerciseActions"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto add = [&](const QString& name, const QString& text, const QString& tip,
                   void (ExerciseLibraryView::*slot)()) {
        QAction* action = bar->addAction(text, this, slot);
        action->setObjectName(name);
        action->setToolTip(tip);
        return action;
    };
    m_newAction = add(QStringLiteral("actionNewExercise"), tr("New…"),
                      tr("Make a new exercise of your own"), &ExerciseLibraryView::newExercise);
    m_duplicateAction = add(QStringLiteral("actionDuplicateExercise"), tr("Duplicate…"),
                            tr("Make your own copy of this exercise and change it"),
                            &ExerciseLibraryView::duplicateAndEdit);
    m_editAction = add(QStringLiteral("actionEditExercise"), tr("Edit…"),
                       tr("Change this exercise"), &ExerciseLibraryView::editExercise);
    m_pictureAction = add(QStringLiteral("actionExercisePicture"), tr("Picture…"),
                          tr("Use your own photo or picture for this exercise"),
                          &ExerciseLibraryView::choosePicture);
    m_removePictureAction = add(QStringLiteral("actionRemoveExercisePicture"), tr("Remove Picture"),
                                tr("Go back to the drawing"), &ExerciseLibraryView::removePicture);
    m_retireAction = add(QStringLiteral("actionRetireExercise"), tr("Retire"),
                         tr("Hide from new programmes; programmes that use it keep it"),
                         &ExerciseLibraryView::toggleRetired);
    return bar;
}

void ExerciseLibraryView::setTableMode(bool table)
{
    m_views->setCurrentWidget(table ? static_cast<QWidget*>(m_table) : m_grid);
    m_tableAction->setChecked(table);
    m_gridAction->setChecked(!table);
}

void ExerciseLibraryView::applyFilters()
{
    m_filter->setSearchText(m_search->text());
    m_filter->setCategory(chosen<ExerciseCategory>(m_category));
    m_filter->setPosition(chosen<BodyPosition>(m_position));
    const int equipment = m_equipment->currentData().toInt();
    m_filter->setNothingNeeded(equipment == -2);
    m_filter->setEquipment(equipment >= 0 ? std::optional<Equipment>(Equipment(equipment))
                                          : std::nullopt);
    m_filter->setMaxSpinalLoad(chosen<SpinalLoad>(m_load));
    m_filter->setMaxImpact(chosen<Impact>(m_impact));
    m_filter->setShowRetired(m_showRetired->isChecked());
    if (!m_grid->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_grid->setCurrentIndex(m_filter->index(0, 0));
    showCurrent();
}

bool ExerciseLibraryView::selectExercise(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_grid->setCurrentIndex(index);
    m_grid->scrollTo(index);
    m_table->scrollTo(index);
    showCurrent();
    return true;
}

bool ExerciseLibraryView::selectExercise(const QString& stableId)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->exerciseAt(row)->stableId == stableId)
            return selectExercise(m_model->exerciseAt(row)->id);
    return false;
}

qint64 ExerciseLibraryView::currentExerciseId() const
{
    const QModelIndex index = m_grid->currentIndex();
    return index.isValid() ? index.data(ExerciseListModel::IdRole).toLongLong() : 0;
}

Exercise ExerciseLibraryView::currentExercise() const
{
    const qint64 id = currentExerciseId();
    if (id == 0)
        return {};
    // In the UI language: what the clinician reads is what a duplicate or an edit starts from.
    auto e = ExerciseRecords(m_workspace).byId(id);
    return e ? DataTexts::display().exercise(*e) : Exercise{};
}

void ExerciseLibraryView::showCurrent()
{
    const Exercise e = currentExercise();
    if (e.id == 0) {
        m_detail->clear();
    } else {
        QHash<QString, QString> names;
        for (int row = 0; row < m_model->rowCount(); ++row)
            names.insert(m_model->exerciseAt(row)->stableId, m_model->exerciseAt(row)->name);
        m_detail->showExercise(e, names);
    }
    updateActions();
}

void ExerciseLibraryView::updateActions()
{
    const QModelIndex index = m_grid->currentIndex();
    const bool has = index.isValid();
    const bool retired = has && index.data(ExerciseListModel::RetiredRole).toBool();
    m_duplicateAction->setEnabled(has);
    m_editAction->setEnabled(has);
    m_pictureAction->setEnabled(has);
    bool hasPicture = false;
    if (has)
        if (const Exercise* e = m_model->exerciseAt(m_filter->mapToSource(index).row()))
            hasPicture = e->hasImage();
    m_removePictureAction->setEnabled(hasPicture);
    m_retireAction->setEnabled(has);
    m_retireAction->setText(retired ? tr("Restore") : tr("Retire"));
}

void ExerciseLibraryView::openEditor(const Exercise& exercise,
                                     const std::function<Status(const Exercise&)>& save)
{
    ExerciseEditorDialog dialog(exercise, save, this);
    dialog.exec();
}

void ExerciseLibraryView::newExercise()
{
    Exercise blank;
    blank.name = tr("New exercise");
    blank.category = ExerciseCategory::Mobility;
    blank.properties.position = BodyPosition::Standing;
    blank.dose.type = DoseType::Repetitions;
    blank.dose.sets = 1;
    blank.dose.reps = 10;
    openEditor(blank, [this](const Exercise& e) -> Status {
        auto id = m_editing->create(e, tr("New exercise \"%1\"").arg(e.name));
        if (!id)
            return id.error();
        selectExercise(*id);
        return {};
    });
}

void ExerciseLibraryView::duplicateAndEdit()
{
    const Exercise source = currentExercise();
    if (source.id == 0)
        return;
    Exercise copy = source;
    copy.id = 0;
    copy.stableId.clear();
    copy.origin = ExerciseOrigin::Clinic;
    copy.basedOn = source.stableId;
    copy.name = tr("%1 (copy)").arg(source.name);
    copy.retired = false;
    copy.edited = false;
    openEditor(copy, [this, source](const Exercise& e) -> Status {
        auto id = m_editing->create(e, tr("Duplicate \"%1\"").arg(source.name));
        if (!id)
            return id.error();
        selectExercise(*id);
        return {};
    });
}

void ExerciseLibraryView::editExercise()
{
    const Exercise current = currentExercise();
    if (current.id == 0)
        return;
    openEditor(current, [this, current](const Exercise& e) { return saveEdit(current, e); });
}

Status ExerciseLibraryView::saveEdit(const Exercise& base, const Exercise& mine)
{
    Status saved = m_editing->edit(mine);
    if (saved || saved.error().kind() != ErrorKind::Conflict)
        return saved;
    // Another desk saved this exercise after the editor was opened: show both sides and let
    // the clinician put their own changes on top of the stored one, never over it unseen.
    auto stored = ExerciseRecords(m_workspace).byId(base.id);
    if (!stored)
        return saved;
    const Exercise theirs = DataTexts::display().exercise(*stored);
    ConflictDialog conflict(saved.error().message, ExerciseMerge::rows(base, mine, theirs), this);
    if (conflict.exec() != QDialog::Accepted)
        return Error{QStringLiteral("exercise.conflict"),
                     tr("Your changes were not saved; the exercise keeps the other desk's "
                        "version. Cancel to close this window."),
                     ErrorKind::Conflict};
    return m_editing->edit(ExerciseMerge::rebase(base, mine, theirs));
}

void ExerciseLibraryView::choosePicture()
{
    const qint64 id = currentExerciseId();
    if (id == 0)
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a Picture"), QString(),
                                     tr("Pictures (*.png *.jpg *.jpeg *.webp *.bmp *.gif)"));
    if (path.isEmpty())
        return;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        showError(tr("%1 could not be read as a picture: %2").arg(path, reader.errorString()));
        return;
    }
    if (std::max(image.width(), image.height()) > kMaxPictureSide)
        image = image.scaled(kMaxPictureSide, kMaxPictureSide, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // Drawings with transparency stay PNG; photographs are smaller as JPEG.
    const bool png =
        image.hasAlphaChannel() || path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive);
    image.save(&buffer, png ? "PNG" : "JPEG", png ? -1 : 88);
    if (auto st = m_editing->setPicture(
            id, bytes, png ? QStringLiteral("image/png") : QStringLiteral("image/jpeg"));
        !st)
        showError(st.error().message);
}

void ExerciseLibraryView::removePicture()
{
    const qint64 id = currentExerciseId();
    if (id == 0)
        return;
    if (auto st = m_editing->setPicture(id, {}, {}); !st)
        showError(st.error().message);
}

void ExerciseLibraryView::toggleRetired()
{
    const QModelIndex index = m_grid->currentIndex();
    if (!index.isValid())
        return;
    const qint64 id = index.data(ExerciseListModel::IdRole).toLongLong();
    const bool retired = index.data(ExerciseListModel::RetiredRole).toBool();
    if (auto st = m_editing->setRetired(id, !retired); !st)
        showError(st.error().message);
    // A retired exercise may now be filtered out; the selection moves on.
    if (!m_grid->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_grid->setCurrentIndex(m_filter->index(0, 0));
    showCurrent();
}

void ExerciseLibraryView::showError(const QString& message)
{
    PlainMessageBox::warning(this, tr("Exercise library"), message);
}

} // namespace gradus
