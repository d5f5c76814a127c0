// The programme builder on a real SQLite store with the shipped exercise library: the table
// model under QAbstractItemModelTester, adding from the library (Enter, double-click, drop),
// removing, reordering (buttons and row drags) and editing a dose, each undone and redone and
// checked against what ProgrammeRepository has stored; editing an active programme makes a new
// draft version in the same undo step (programme-level undo: ProgrammeBuilderUndoTest).
#include "programmes/ProgrammeBuilderView.h"

#include "exercises/ExerciseLibrary.h"
#include "exercises/ExerciseListModel.h"
#include "handout/HandoutDialog.h"
#include "programmes/DoseDialog.h"
#include "programmes/ProgrammeActionsBar.h"
#include "programmes/ProgrammeTableModel.h"
#include "programmes/SafetyFindingsModel.h"
#include "storage/ConditionRepository.h"
#include "storage/EpisodeRepository.h"
#include "storage/ExerciseRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/ProgrammeTemplateRepository.h"
#include "support/PatientUiFixture.h"
#include "support/TableAway.h"
#include "ui/programmes/ProgrammeBuilderFixture.h"

#include "undo/StoreUndoStack.h"
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace gradus;
using ProgrammeBuilderViewTest = test::ProgrammeBuilderFixture;
using test::kBirdDog;
using test::kWalking;
using test::sectionNames;

TEST_F(ProgrammeBuilderViewTest, AddsFromTheLibraryWithUndoAndRedo)
{
    EXPECT_EQ(m_view->programmeId(), 0);
    EXPECT_EQ(m_view->findingsModel()->rowCount(), 0);
    addWithEnter(kBirdDog);
    const qint64 id = m_view->programmeId();
    ASSERT_NE(id, 0) << "adding to a patient without a programme starts a draft";
    EXPECT_EQ(storedExercises(id), QList<qint64>{exerciseId(kBirdDog)});
    EXPECT_EQ(m_view->tableModel()->rowCount(), 1);
    EXPECT_FALSE(m_view->tableModel()
                     ->index(0, ProgrammeTableModel::DoseColumn)
                     .data()
                     .toString()
                     .isEmpty());

    // Double-click adds too.
    m_view->searchField()->setText(kWalking);
    QListView* list = m_view->libraryList();
    QModelIndex walk;
    for (int r = 0; r < list->model()->rowCount(); ++r)
        if (list->model()->index(r, 0).data(ExerciseListModel::StableIdRole) == kWalking)
            walk = list->model()->index(r, ExerciseListModel::Name);
    ASSERT_TRUE(walk.isValid());
    list->setCurrentIndex(walk);
    emit list->doubleClicked(walk);
    EXPECT_EQ(storedExercises(id), (QList<qint64>{exerciseId(kBirdDog), exerciseId(kWalking)}));

    m_undo.undo();
    EXPECT_EQ(storedExercises(id), QList<qint64>{exerciseId(kBirdDog)});
    EXPECT_EQ(m_view->tableModel()->rowCount(), 1);
    m_undo.redo();
    EXPECT_EQ(storedExercises(id), (QList<qint64>{exerciseId(kBirdDog), exerciseId(kWalking)}));
    EXPECT_EQ(m_view->tableModel()->rowCount(), 2);
}

TEST_F(ProgrammeBuilderViewTest, DropOnTheTableInsertsBeforeTheRow)
{
    ASSERT_TRUE(m_view->addExercises({exerciseId(kBirdDog)}));
    QMimeData mime;
    mime.setData(ExerciseListModel::mimeType(), QByteArray::number(exerciseId(kWalking)));
    ProgrammeTableModel* model = m_view->tableModel();
    EXPECT_FALSE(model->dropMimeData(&mime, Qt::CopyAction, -1, -1, model->index(0, 0)));
    EXPECT_EQ(storedExercises(m_view->programmeId()),
              (QList<qint64>{exerciseId(kWalking), exerciseId(kBirdDog)}));
}

TEST_F(ProgrammeBuilderViewTest, RemovesAndReordersWithUndoAndRedo)
{
    const qint64 a = exerciseId(kBirdDog), b = exerciseId(kWalking);
    ASSERT_TRUE(m_view->addExercises({a, b}));
    const qint64 id = m_view->programmeId();
    m_undo.clear();

    m_view->table()->selectRow(0);
    QTest::keyClick(m_view->table(), Qt::Key_Delete);
    EXPECT_EQ(storedExercises(id), QList<qint64>{b});
    m_undo.undo();
    EXPECT_EQ(storedExercises(id), (QList<qint64>{a, b}));
    m_undo.redo();
    EXPECT_EQ(storedExercises(id), QList<qint64>{b});
    m_undo.undo();

    ASSERT_TRUE(m_view->moveRow(0, 1));
    EXPECT_EQ(storedExercises(id), (QList<qint64>{b, a}));
    EXPECT_EQ(m_view->tableModel()->prescriptionAt(0)->exerciseId, b);
    m_undo.undo();
    EXPECT_EQ(storedExercises(id), (QList<qint64>{a, b}));
    m_undo.redo();
    EXPECT_EQ(storedExercises(id), (QList<qint64>{b, a}));
    EXPECT_FALSE(m_view->moveRow(1, 1)) << "the last row cannot move down";
}

TEST_F(ProgrammeBuilderViewTest, EditsADoseWithUndoAndRedoAndRefusesAnInvalidOne)
{
    ASSERT_TRUE(m_view->addExercises({exerciseId(kBirdDog)}));
    const qint64 id = m_view->programmeId();
    const Prescription original = *m_view->tableModel()->prescriptionAt(0);

    DoseDialog dialog(QStringLiteral("Bird dog"), original);
    dialog.setsField()->setValue(11);
    EXPECT_TRUE(dialog.problem().contains(QStringLiteral("10"))) << dialog.problem().toStdString();
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted) << "an invalid dose is not accepted";
    dialog.setsField()->setValue(3);
    EXPECT_TRUE(dialog.problem().isEmpty()) << dialog.problem().toStdString();

    Prescription changed = dialog.prescription();
    changed.patientNote = QStringLiteral("Keep the back level");
    ASSERT_TRUE(m_view->setPrescription(0, changed));
    auto stored = [&] {
        return ProgrammeRepository(*m_workspace).get(id)->sections[0].prescriptions[0];
    };
    EXPECT_EQ(stored().dose.sets, 3);
    EXPECT_EQ(stored().patientNote, QStringLiteral("Keep the back level"));
    EXPECT_EQ(m_view->tableModel()->index(0, ProgrammeTableModel::NoteColumn).data().toString(),
              QStringLiteral("Keep the back level"));
    m_undo.undo();
    EXPECT_EQ(stored().dose, original.dose);
    EXPECT_TRUE(stored().patientNote.isEmpty());
    m_undo.redo();
    EXPECT_EQ(stored().dose.sets, 3);

    Prescription bad = changed;
    bad.dose.sets = 0;
    EXPECT_FALSE(m_view->setPrescription(0, bad));
    EXPECT_FALSE(m_view->statusText().isEmpty());
    EXPECT_EQ(stored().dose.sets, 3) << "nothing stored";
}

TEST_F(ProgrammeBuilderViewTest, VersionsThatCannotBeReadAreNeverShownAsNone)
{
    ASSERT_TRUE(m_view->addExercises({exerciseId(kBirdDog)}));
    const Programme shown = m_view->programme();
    {
        test::TableAway programmes(m_workspace->db(), QStringLiteral("programme"));
        ASSERT_TRUE(programmes.away());
        m_view->actionsBar()->setProgramme(m_patient, shown, true);
    }
    QComboBox* versions = m_view->versionCombo();
    ASSERT_EQ(versions->count(), 1);
    EXPECT_TRUE(versions->itemText(0).contains(QStringLiteral("could not be read")))
        << versions->itemText(0).toStdString();
    EXPECT_EQ(versions->itemData(0).toLongLong(), shown.id);
    EXPECT_FALSE(versions->itemData(0, Qt::ToolTipRole).toString().isEmpty());

    m_view->actionsBar()->setProgramme(m_patient, shown, true);
    ASSERT_EQ(versions->count(), 1);
    EXPECT_FALSE(versions->itemText(0).contains(QStringLiteral("could not be read")));
}

TEST_F(ProgrammeBuilderViewTest, EditingAnActiveProgrammeMakesANewDraftVersion)
{
    ASSERT_TRUE(m_view->addExercises({exerciseId(kBirdDog)}));
    const qint64 first = m_view->programmeId();
    ASSERT_TRUE(m_view->activate());
    EXPECT_EQ(m_view->programme().status, ProgrammeStatus::Active);

    ASSERT_TRUE(m_view->addExercises({exerciseId(kWalking)})) << m_view->statusText().toStdString();
    const qint64 draft = m_view->programmeId();
    EXPECT_NE(draft, first);
    EXPECT_EQ(m_view->programme().version, 2);
    EXPECT_EQ(m_view->programme().status, ProgrammeStatus::Draft);
    EXPECT_TRUE(m_view->statusText().contains(QStringLiteral("version 2")))
        << m_view->statusText().toStdString();
    EXPECT_EQ(storedExercises(first), QList<qint64>{exerciseId(kBirdDog)})
        << "the active version is unchanged";
    EXPECT_EQ(storedExercises(draft), (QList<qint64>{exerciseId(kBirdDog), exerciseId(kWalking)}));
    EXPECT_EQ(m_view->versionCombo()->count(), 2);

    // The new draft and the first change are one undo step: undo leaves only the active
    // version, and shows it.
    m_undo.undo();
    EXPECT_FALSE(ProgrammeRepository(*m_workspace).get(draft)) << "the draft is gone";
    EXPECT_EQ(ProgrammeRepository(*m_workspace).versions(first)->size(), 1);
    EXPECT_EQ(m_view->programmeId(), first);
    EXPECT_EQ(m_view->programme().status, ProgrammeStatus::Active);
    EXPECT_EQ(m_view->versionCombo()->count(), 1);
    EXPECT_EQ(storedExercises(first), QList<qint64>{exerciseId(kBirdDog)});

    // Redo puts the same draft back, with its id, so later steps naming it still apply.
    m_undo.redo();
    EXPECT_EQ(m_view->programmeId(), draft);
    EXPECT_EQ(storedExercises(draft), (QList<qint64>{exerciseId(kBirdDog), exerciseId(kWalking)}));
    ASSERT_TRUE(m_view->addExercises({exerciseId(QStringLiteral("dead_bug"))}));
    m_undo.undo();
    m_undo.undo();
    EXPECT_FALSE(ProgrammeRepository(*m_workspace).get(draft));
    m_undo.redo();
    m_undo.redo();
    EXPECT_EQ(storedExercises(draft), (QList<qint64>{exerciseId(kBirdDog), exerciseId(kWalking),
                                                     exerciseId(QStringLiteral("dead_bug"))}));

    // Activating version 2 supersedes version 1, which is then read-only.
    ASSERT_TRUE(m_view->activate());
    m_view->showVersion(first);
    EXPECT_EQ(m_view->programme().status, ProgrammeStatus::Superseded);
    EXPECT_FALSE(m_view->removeRow(0));
    EXPECT_EQ(storedExercises(first), QList<qint64>{exerciseId(kBirdDog)});
}

TEST_F(ProgrammeBuilderViewTest, NewFromTemplateShowsItsPrescriptions)
{
    auto templates = ProgrammeTemplateRepository(*m_workspace).list();
    ASSERT_TRUE(templates);
    ASSERT_FALSE(templates->isEmpty()) << "the view adds the built-in templates";
    ASSERT_TRUE(m_view->newFromTemplate(templates->first().id));
    EXPECT_GT(m_view->tableModel()->rowCount(), 0);
    EXPECT_EQ(m_view->programme().status, ProgrammeStatus::Draft);
}

TEST_F(ProgrammeBuilderViewTest, SafetyPanelFlagsAnExerciseTheProfileRulesOut)
{
    // A disc herniation rules out end-range loaded flexion such as sit-ups (CLINICAL.md 4).
    auto episode = EpisodeRepository(*m_workspace).ensureOpenEpisode(m_patient);
    ASSERT_TRUE(episode) << episode.error().message.toStdString();
    Condition disc;
    disc.episodeId = episode->id;
    disc.code = QStringLiteral("disc_herniation");
    ASSERT_TRUE(ConditionRepository(*m_workspace).add(disc));

    ASSERT_TRUE(m_view->addExercises({exerciseId(QStringLiteral("walking"))}));
    for (const PanelFinding& f : m_view->findingsModel()->findings())
        EXPECT_NE(f.severity, PanelFinding::Severity::Avoid);

    ASSERT_TRUE(m_view->addExercises({exerciseId(QStringLiteral("sit_up"))}));
    bool avoid = false;
    for (const PanelFinding& f : m_view->findingsModel()->findings()) {
        EXPECT_FALSE(f.source.isEmpty());
        avoid = avoid || (f.severity == PanelFinding::Severity::Avoid && f.prescriptionIndex == 1);
    }
    EXPECT_TRUE(avoid);

    // Undoing the addition clears the finding with it.
    m_undo.undo();
    for (const PanelFinding& f : m_view->findingsModel()->findings())
        EXPECT_NE(f.severity, PanelFinding::Severity::Avoid);
}

TEST_F(ProgrammeBuilderViewTest, HandoutButtonOpensTheHandoutDialog)
{
    auto* button = m_view->findChild<QPushButton*>(QStringLiteral("handoutButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_FALSE(button->isEnabled()); // nothing to hand out yet
    ASSERT_TRUE(m_view->addExercises({exerciseId(QStringLiteral("walking"))}));
    EXPECT_TRUE(button->isEnabled());

    bool opened = false;
    QTimer::singleShot(0, [&opened] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<HandoutDialog*>(w); dialog && dialog->isVisible()) {
                opened = true;
                dialog->reject();
            }
        }
    });
    button->click();
    EXPECT_TRUE(opened);
}

TEST_F(ProgrammeBuilderViewTest, ReplacesAnExerciseKeepingItsDoseUndoably)
{
    ASSERT_TRUE(m_view->addExercises({exerciseId(kWalking), exerciseId(kBirdDog)}));
    const qint64 id = m_view->programmeId();
    Prescription dosed = *m_view->tableModel()->prescriptionAt(1);
    dosed.patientNote = QStringLiteral("Slowly");
    ASSERT_TRUE(m_view->setPrescription(1, dosed));

    const qint64 deadBug = exerciseId(QStringLiteral("dead_bug"));
    ASSERT_TRUE(m_view->replaceExercise(1, deadBug));
    EXPECT_EQ(storedExercises(id), (QList<qint64>{exerciseId(kWalking), deadBug}));
    EXPECT_EQ(m_view->tableModel()->prescriptionAt(1)->patientNote, QStringLiteral("Slowly"));
    EXPECT_FALSE(m_view->replaceExercise(1, deadBug)) << "the same exercise is no change";
    EXPECT_FALSE(m_view->replaceExercise(5, deadBug)) << "no such row";

    m_undo.undo();
    EXPECT_EQ(storedExercises(id), (QList<qint64>{exerciseId(kWalking), exerciseId(kBirdDog)}));
    m_undo.redo();
    EXPECT_EQ(storedExercises(id), (QList<qint64>{exerciseId(kWalking), deadBug}));
}

namespace {

// A drag of the table's own rows, as the table view would start it.
std::unique_ptr<QMimeData> dragRow(ProgrammeTableModel* model, int row)
{
    return std::unique_ptr<QMimeData>(model->mimeData({model->index(row, 0)}));
}

} // namespace

TEST_F(ProgrammeBuilderViewTest, DraggingARowReordersItAsOneUndoableEdit)
{
    const qint64 a = exerciseId(kBirdDog), b = exerciseId(kWalking),
                 c = exerciseId(QStringLiteral("dead_bug"));
    ASSERT_TRUE(m_view->addExercises({a, b, c}));
    const qint64 id = m_view->programmeId();
    ProgrammeTableModel* model = m_view->tableModel();
    const int steps = m_undo.count();

    auto mime = dragRow(model, 2);
    ASSERT_NE(mime, nullptr);
    EXPECT_TRUE(mime->hasFormat(ProgrammeTableModel::rowsMimeType()));
    EXPECT_TRUE(model->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    // The model never changes by itself on a drop (returns false); the builder stores it.
    EXPECT_FALSE(model->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    EXPECT_EQ(storedExercises(id), (QList<qint64>{c, a, b}));
    EXPECT_EQ(model->prescriptionAt(0)->exerciseId, c);
    EXPECT_EQ(m_undo.count(), steps + 1) << "one undo step";

    // To the end (dropped below the last row).
    mime = dragRow(model, 0);
    model->dropMimeData(mime.get(), Qt::MoveAction, model->rowCount(), 0, {});
    EXPECT_EQ(storedExercises(id), (QList<qint64>{a, b, c}));

    m_undo.undo();
    EXPECT_EQ(storedExercises(id), (QList<qint64>{c, a, b}));
    m_undo.undo();
    EXPECT_EQ(storedExercises(id), (QList<qint64>{a, b, c}));
    m_undo.redo();
    EXPECT_EQ(storedExercises(id), (QList<qint64>{c, a, b}));
    EXPECT_EQ(model->prescriptionAt(0)->exerciseId, c);

    // Dropped back onto its own place: no change, no undo step.
    const int before = m_undo.count();
    mime = dragRow(model, 1);
    model->dropMimeData(mime.get(), Qt::MoveAction, 1, 0, {});
    model->dropMimeData(mime.get(), Qt::MoveAction, 2, 0, {});
    EXPECT_EQ(m_undo.count(), before);
    EXPECT_EQ(storedExercises(id), (QList<qint64>{c, a, b}));

    // Rows dragged from another programme are not taken for this one's.
    ASSERT_TRUE(m_view->newProgramme());
    ASSERT_TRUE(m_view->addExercises({a, b}));
    EXPECT_FALSE(model->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
}

TEST_F(ProgrammeBuilderViewTest, DraggingIntoAnotherSectionsPlaceMovesItThere)
{
    qint64 templateId = 0;
    const auto templates = ProgrammeTemplateRepository(*m_workspace).list();
    ASSERT_TRUE(templates);
    for (const auto& t : *templates)
        if (t.stableId == QLatin1String("subacute_mobility_core"))
            templateId = t.id;
    ASSERT_TRUE(m_view->newFromTemplate(templateId));
    const qint64 id = m_view->programmeId();
    const Programme original = *ProgrammeRepository(*m_workspace).get(id);
    ASSERT_GE(original.sections.size(), 2);
    ASSERT_FALSE(original.sections[0].prescriptions.isEmpty());
    ASSERT_FALSE(original.sections.last().prescriptions.isEmpty());
    ProgrammeTableModel* model = m_view->tableModel();
    const qint64 moved = original.sections[0].prescriptions[0].exerciseId;
    // The first row of the last section.
    const int lastStart = model->rowCount() - int(original.sections.last().prescriptions.size());

    auto mime = dragRow(model, 0);
    model->dropMimeData(mime.get(), Qt::MoveAction, lastStart, 0, {});
    Programme stored = *ProgrammeRepository(*m_workspace).get(id);
    EXPECT_EQ(sectionNames(stored), sectionNames(original)) << "the sections stay";
    EXPECT_EQ(stored.sections[0].prescriptions.size(),
              original.sections[0].prescriptions.size() - 1);
    ASSERT_EQ(stored.sections.last().prescriptions.size(),
              original.sections.last().prescriptions.size() + 1);
    EXPECT_EQ(stored.sections.last().prescriptions[0].exerciseId, moved);
    EXPECT_EQ(stored.sections.last().prescriptions[0].dose,
              original.sections[0].prescriptions[0].dose)
        << "the dose goes with it";
    EXPECT_EQ(model->index(lastStart - 1, ProgrammeTableModel::SectionColumn).data().toString(),
              original.sections.last().name);

    m_undo.undo();
    stored = *ProgrammeRepository(*m_workspace).get(id);
    EXPECT_EQ(stored.sections[0].prescriptions[0].exerciseId, moved);
    EXPECT_EQ(stored.sections.last().prescriptions.size(),
              original.sections.last().prescriptions.size());
    m_undo.redo();
    stored = *ProgrammeRepository(*m_workspace).get(id);
    EXPECT_EQ(stored.sections.last().prescriptions[0].exerciseId, moved);
}

TEST_F(ProgrammeBuilderViewTest, ARowDroppedOnTheTableLandsWhereItWasDropped)
{
    // Through the table itself: Qt's drop handling picks the row from the position, the model
    // passes it on, the builder stores the new order.
    const qint64 a = exerciseId(kBirdDog), b = exerciseId(kWalking),
                 c = exerciseId(QStringLiteral("dead_bug"));
    ASSERT_TRUE(m_view->addExercises({a, b, c}));
    m_view->resize(1100, 700);
    m_view->show();
    QApplication::processEvents();
    QTableView* table = m_view->table();
    auto mime = dragRow(m_view->tableModel(), 2);
    const QRect first = table->visualRect(m_view->tableModel()->index(0, 1));
    ASSERT_TRUE(first.isValid());
    const QPointF at(first.center().x(), first.top() + 2); // the upper half of row 0
    // As a real drag: Qt delivers the drop to the widget that accepted the drag's entry.
    QDragEnterEvent enter(at.toPoint(), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(table->viewport(), &enter);
    ASSERT_TRUE(enter.isAccepted()) << "the table takes its own rows";
    QDropEvent drop(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(table->viewport(), &drop);
    EXPECT_EQ(storedExercises(m_view->programmeId()), (QList<qint64>{c, a, b}));
    EXPECT_EQ(m_view->tableModel()->prescriptionAt(0)->exerciseId, c);
    m_undo.undo();
    EXPECT_EQ(storedExercises(m_view->programmeId()), (QList<qint64>{a, b, c}));
}
