// The programme builder on a real SQLite store with the shipped exercise library: the table
// model under QAbstractItemModelTester, adding from the library (Enter, double-click, drop),
// removing, reordering and editing a dose, each undone and redone and checked against what
// ProgrammeRepository has stored; editing an active programme makes a new draft version.
#include "programmes/ProgrammeBuilderView.h"

#include "PatientUiFixture.h"
#include "exercises/ExerciseLibrary.h"
#include "exercises/ExerciseListModel.h"
#include "handout/HandoutDialog.h"
#include "programmes/DoseDialog.h"
#include "programmes/ProgrammeTableModel.h"
#include "programmes/SafetyFindingsModel.h"
#include "storage/ConditionRepository.h"
#include "storage/EpisodeRepository.h"
#include "storage/ExerciseRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/ProgrammeTemplateRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPushButton>
#include <QTimer>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace gradus;

namespace {

class ProgrammeBuilderViewTest : public test::PatientUiTest
{
protected:
    void SetUp() override
    {
        PatientUiTest::SetUp();
        ASSERT_TRUE(ExerciseLibrary::ensureLoaded(*m_workspace));
        m_patient =
            addPatient(QStringLiteral("Alex"), QStringLiteral("Fictional"), QDate(1980, 5, 1));
        m_view = std::make_unique<ProgrammeBuilderView>(*m_workspace, &m_undo);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_view->tableModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_view->setPatient(m_patient);
    }

    // The ids of the stored version's prescriptions in reading order.
    QList<qint64> storedExercises(qint64 programmeId)
    {
        QList<qint64> ids;
        auto p = ProgrammeRepository(*m_workspace).get(programmeId);
        EXPECT_TRUE(p);
        for (const auto& s : p->sections)
            for (const auto& pr : s.prescriptions)
                ids << pr.exerciseId;
        return ids;
    }

    qint64 exerciseId(const QString& stableId)
    {
        return ExerciseRepository(*m_workspace).byStableId(stableId)->id;
    }

    // Selects the exercise in the library list and presses Enter there.
    void addWithEnter(const QString& stableId)
    {
        QListView* list = m_view->libraryList();
        m_view->searchField()->setText(stableId);
        ASSERT_GE(list->model()->rowCount(), 1);
        for (int r = 0; r < list->model()->rowCount(); ++r) {
            const QModelIndex i = list->model()->index(r, ExerciseListModel::Name);
            if (i.data(ExerciseListModel::StableIdRole).toString() == stableId) {
                list->setCurrentIndex(i);
                QTest::keyClick(list, Qt::Key_Return);
                return;
            }
        }
        FAIL() << "not in the library list: " << stableId.toStdString();
    }

    qint64 m_patient = 0;
    QUndoStack m_undo;
    std::unique_ptr<ProgrammeBuilderView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

const QString kBirdDog = QStringLiteral("bird_dog");
const QString kWalking = QStringLiteral("walking");

} // namespace

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

    m_undo.undo();
    EXPECT_EQ(storedExercises(draft), QList<qint64>{exerciseId(kBirdDog)});

    // Activating version 2 supersedes version 1, which is then read-only.
    m_undo.redo();
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
