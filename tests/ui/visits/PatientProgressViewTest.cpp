// The patient progress view with real widgets, a real store and the real undo stack: models
// checked by QAbstractItemModelTester, the dialogs' field validation, undo that never deletes,
// and the charts.
#include "visits/PatientProgressView.h"
#include "Workspace.h"
#include "demo/DemoVisits.h"
#include "services/ProgressLoader.h"
#include "services/VisitRecords.h"
#include "storage/MeasureRepository.h"
#include "storage/VisitRepository.h"
#include "support/TableAway.h"
#include "support/TestStore.h"
#include "support/VisitFixtures.h"
#include "visits/ChangeTableModel.h"
#include "visits/MeasureDialog.h"
#include "visits/MeasureForm.h"
#include "visits/MeasureTableModel.h"
#include "visits/ProgressChartsWidget.h"
#include "visits/VisitDialog.h"
#include "visits/VisitTableModel.h"

#include <gtest/gtest.h>

#include "undo/StoreUndoStack.h"
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>

using namespace gradus;

namespace {

class PatientProgressViewTest : public testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        auto db = m_store.open();
        ASSERT_TRUE(db);
        m_workspace = std::make_unique<Workspace>(std::move(db), m_clock);
        m_patient = test::insertPatient(m_workspace->db(), QStringLiteral("Ada"),
                                        QStringLiteral("Testperson"));
        m_episode = test::insertEpisode(m_workspace->db(), m_patient);
    }

    VisitRecord record(const QDate& date, int pain) const
    {
        VisitRecord r;
        r.date = date;
        r.time = QTime(9, 0);
        r.clinician = QStringLiteral("Pat Clinician");
        r.painNow = pain;
        return r;
    }

    // An RMDQ of 20 November with every statement unticked.
    static MeasureInput rmdqInput()
    {
        MeasureInput rmdq;
        rmdq.instrument = Instrument::Rmdq;
        rmdq.takenOn = QDate(2026, 11, 20);
        rmdq.answers = MeasureAnswers(24, 0);
        return rmdq;
    }

    test::TestStore m_store;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    std::unique_ptr<Workspace> m_workspace;
    StoreUndoStack m_undo;
    qint64 m_patient = 0;
    qint64 m_episode = 0;
};

} // namespace

TEST_F(PatientProgressViewTest, ModelsPassTheModelTester)
{
    ASSERT_TRUE(addDemoVisits(*m_workspace, m_patient, 5));
    VisitTableModel visits;
    MeasureTableModel measures;
    ChangeTableModel changes;
    QAbstractItemModelTester t1(&visits, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&measures, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(&changes, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto data = ProgressLoader::load(*m_workspace, m_patient);
    ASSERT_TRUE(data);
    visits.setRecords(data->visits);
    measures.setRecords(data->measures);
    changes.setRecords(data->changes);
    EXPECT_EQ(visits.rowCount(), 8);
    EXPECT_EQ(measures.rowCount(), 14);
    EXPECT_GE(changes.rowCount(), 8);
    // Raw values sort numerically; the display is for people.
    EXPECT_EQ(visits.data(visits.index(0, VisitTableModel::PainNow), VisitTableModel::SortRole),
              QVariant(data->visits.first().record.painNow));
    EXPECT_EQ(measures.data(measures.index(0, MeasureTableModel::Instrument)).toString(),
              QStringLiteral("ODI"));
    EXPECT_EQ(changes.data(changes.index(0, ChangeTableModel::Measure)).toString(),
              QStringLiteral("Pain now (NPRS)"));
    visits.setRecords({});
    measures.setRecords({});
    changes.setRecords({});
    EXPECT_EQ(visits.rowCount(), 0);
}

TEST_F(PatientProgressViewTest, EveryColumnHasItsOwnTitleInColumnOrder)
{
    VisitTableModel visits;
    MeasureTableModel measures;
    ChangeTableModel changes;
    for (const QAbstractItemModel* model :
         {static_cast<QAbstractItemModel*>(&visits), static_cast<QAbstractItemModel*>(&measures),
          static_cast<QAbstractItemModel*>(&changes)}) {
        QStringList titles;
        for (int c = 0; c < model->columnCount(); ++c)
            titles.append(model->headerData(c, Qt::Horizontal).toString());
        EXPECT_FALSE(titles.contains(QString())) << titles.join(u'|').toStdString();
        EXPECT_EQ(QSet<QString>(titles.begin(), titles.end()).size(), titles.size())
            << titles.join(u'|').toStdString();
        EXPECT_FALSE(model->headerData(model->columnCount(), Qt::Horizontal).isValid());
        EXPECT_FALSE(model->headerData(0, Qt::Vertical).isValid());
    }
    // The visit table's columns are not in the order of the form; each title names its column.
    EXPECT_EQ(visits.headerData(VisitTableModel::Record, Qt::Horizontal).toString(),
              QStringLiteral("Status"));
    EXPECT_EQ(visits.headerData(VisitTableModel::PainNow, Qt::Horizontal).toString(),
              QStringLiteral("Pain"));
    EXPECT_EQ(visits.headerData(VisitTableModel::Clinician, Qt::Horizontal).toString(),
              QStringLiteral("Clinician"));
    EXPECT_EQ(changes.headerData(ChangeTableModel::Threshold, Qt::Horizontal).toString(),
              QStringLiteral("Important change"));
    // Tooltips stay the visit table's own.
    EXPECT_FALSE(
        visits.headerData(VisitTableModel::Adherence, Qt::Horizontal, Qt::ToolTipRole).isNull());
}

TEST_F(PatientProgressViewTest, VisitsThatCannotBeReadAreNeverShownAsNone)
{
    ASSERT_TRUE(addDemoVisits(*m_workspace, m_patient, 5));
    PatientProgressView view(*m_workspace, &m_undo);
    auto* summary = view.findChild<QLabel*>(QStringLiteral("summaryLabel"));
    ASSERT_NE(summary, nullptr);
    {
        test::TableAway visits(m_workspace->db(), QStringLiteral("visit"));
        ASSERT_TRUE(visits.away());
        view.setPatient(m_patient);
        EXPECT_EQ(view.visitModel()->rowCount(), 0);
        EXPECT_TRUE(summary->text().contains(QStringLiteral("could not be read")))
            << summary->text().toStdString();
        EXPECT_FALSE(summary->text().contains(QStringLiteral("No visits recorded yet")));
        const auto* charts = view.findChild<QLabel*>(QStringLiteral("chartsEmptyLabel"));
        ASSERT_NE(charts, nullptr);
        EXPECT_TRUE(charts->text().contains(QStringLiteral("could not be read")))
            << charts->text().toStdString();
        if (const QString shots = qEnvironmentVariable("GRADUS_SCREENSHOT_DIR"); !shots.isEmpty()) {
            view.resize(1100, 700);
            view.grab().save(shots + QStringLiteral("/visits-unreadable.png"));
        }
    }
    view.setPatient(0);
    view.setPatient(m_patient);
    EXPECT_EQ(view.visitModel()->rowCount(), 8);
    EXPECT_FALSE(summary->text().contains(QStringLiteral("could not be read")));
}

TEST_F(PatientProgressViewTest, ShowsVisitsChangesAndChartsOfTheDemoPatient)
{
    ASSERT_TRUE(addDemoVisits(*m_workspace, m_patient, 5));
    PatientProgressView view(*m_workspace, &m_undo);
    view.setPatient(m_patient);
    EXPECT_EQ(view.visitModel()->rowCount(), 8);
    EXPECT_EQ(view.measureModel()->rowCount(), 14);
    EXPECT_EQ(view.changeModel()->rowCount(), view.progress().changes.size());
    // Pain, activity and the five questionnaires.
    const auto charts = view.charts()->chartViews();
    ASSERT_EQ(charts.size(), 7);
    EXPECT_EQ(charts.first()->objectName(), QStringLiteral("chart_pain"));

    // The pain chart: a best-to-worst band, the important-change line at the level the
    // rule gives for the baseline, and pain now.
    QChart* pain = charts.first()->chart();
    const double baseline = view.progress().pain.points.first().value;
    const double level =
        *ChangeInterpretation::importantLevel(ChangeInterpretation::nprsRule(), baseline, 0, 10);
    bool band = false;
    bool threshold = false;
    for (QAbstractSeries* series : pain->series()) {
        if (qobject_cast<QAreaSeries*>(series))
            band = true;
        if (auto* line = qobject_cast<QLineSeries*>(series);
            line && line->name().startsWith(QStringLiteral("Important change"))) {
            threshold = true;
            ASSERT_EQ(line->count(), 2);
            EXPECT_DOUBLE_EQ(line->at(0).y(), level);
        }
    }
    EXPECT_TRUE(band);
    EXPECT_TRUE(threshold);
}

TEST_F(PatientProgressViewTest, AVisitIsNotFiledUnderNoEpisodeWhenTheEpisodeCannotBeRead)
{
    PatientProgressView view(*m_workspace, &m_undo);
    view.setPatient(m_patient);
    {
        test::TableAway episodes(m_workspace->db(), QStringLiteral("episode"));
        ASSERT_TRUE(episodes.away());
        EXPECT_FALSE(view.recordVisit(record(QDate(2026, 11, 20), 6)));
    }
    EXPECT_EQ(m_undo.count(), 0);
    auto stored = VisitRepository(*m_workspace).listForPatient(m_patient, true);
    ASSERT_TRUE(stored);
    EXPECT_TRUE(stored->isEmpty()) << "nothing was saved";
}

TEST_F(PatientProgressViewTest, RecordUndoAndRedoKeepEveryRevision)
{
    PatientProgressView view(*m_workspace, &m_undo);
    view.setPatient(m_patient);
    ASSERT_TRUE(view.recordVisit(record(QDate(2026, 11, 20), 6)));
    EXPECT_EQ(m_undo.count(), 1);
    ASSERT_EQ(view.visitModel()->rowCount(), 1);
    const qint64 id = view.visitModel()->records().first().id;
    EXPECT_EQ(view.visitModel()->records().first().episodeId, m_episode);

    m_undo.undo();
    EXPECT_EQ(view.visitModel()->rowCount(), 0);
    auto withdrawn = VisitRepository(*m_workspace).find(id);
    ASSERT_TRUE(withdrawn);
    EXPECT_TRUE(withdrawn->enteredInError);

    // Shown struck through on request, never silently gone.
    view.findChild<QCheckBox*>(QStringLiteral("showWithdrawnCheck"))->setChecked(true);
    ASSERT_EQ(view.visitModel()->rowCount(), 1);
    EXPECT_EQ(
        view.visitModel()->data(view.visitModel()->index(0, VisitTableModel::Record)).toString(),
        QStringLiteral("Entered in error"));
    view.findChild<QCheckBox*>(QStringLiteral("showWithdrawnCheck"))->setChecked(false);

    m_undo.redo();
    EXPECT_EQ(view.visitModel()->rowCount(), 1);
    EXPECT_EQ(test::countRows(m_workspace->db(), QStringLiteral("visit_revision")), 3);
}

TEST_F(PatientProgressViewTest, AmendmentShowsInTheHistoryAndUndoAddsARevision)
{
    VisitRepository repo(*m_workspace);
    auto id = repo.add(m_patient, m_episode, record(QDate(2026, 11, 18), 6), QStringLiteral("Pat"));
    ASSERT_TRUE(id);
    PatientProgressView view(*m_workspace, &m_undo);
    view.setPatient(m_patient);
    VisitRecord corrected = record(QDate(2026, 11, 18), 4);
    ASSERT_TRUE(view.amendVisit(*repo.find(*id), corrected, QStringLiteral("Sam Second"),
                                QStringLiteral("typed 6 for 4")));
    EXPECT_EQ(view.visitModel()->records().first().record.painNow, 4);
    view.selectVisit(*id);
    const QString history = view.historyText();
    EXPECT_TRUE(history.contains(QStringLiteral("Recorded"))) << history.toStdString();
    EXPECT_TRUE(history.contains(QStringLiteral("Amended")));
    EXPECT_TRUE(history.contains(QStringLiteral("Sam Second")));
    EXPECT_TRUE(history.contains(QStringLiteral("typed 6 for 4")));
    EXPECT_TRUE(history.contains(QStringLiteral("Pain now: 6 \u2192 4")));

    m_undo.undo();
    EXPECT_EQ(repo.find(*id)->record.painNow, 6);
    auto revisions = repo.history(*id);
    ASSERT_EQ(revisions->size(), 3);
    EXPECT_EQ(revisions->at(1).record.painNow, 4);
    EXPECT_TRUE(revisions->at(2).reason.startsWith(QStringLiteral("Undo:")));
}

TEST_F(PatientProgressViewTest, InvalidEditsAreRefusedAndLeaveNoUndoStep)
{
    PatientProgressView view(*m_workspace, &m_undo);
    view.setPatient(m_patient);
    auto future = view.recordVisit(record(QDate(2026, 12, 1), 5));
    ASSERT_FALSE(future);
    EXPECT_TRUE(future.error().message.contains(QStringLiteral("future")));
    EXPECT_EQ(m_undo.count(), 0);
    EXPECT_EQ(test::countRows(m_workspace->db(), QStringLiteral("visit")), 0);

    MeasureInput psfs;
    psfs.instrument = Instrument::Psfs;
    psfs.takenOn = QDate(2026, 11, 20);
    psfs.answers = {3, 4, 5};
    auto unnamed = view.recordMeasure(psfs, QStringLiteral("Pat"));
    ASSERT_FALSE(unnamed);
    EXPECT_EQ(m_undo.count(), 0);
}

TEST_F(PatientProgressViewTest, VisitDialogShowsProblemsAtTheField)
{
    VisitDialog dialog(VisitDialog::Mode::Record, m_clock);
    VisitRecord r = record(QDate(2026, 11, 21), 4);
    dialog.setRecord(r);
    EXPECT_TRUE(dialog.canAccept());

    dialog.findChild<QSpinBox*>(QStringLiteral("painBestSpin"))->setValue(6);
    dialog.findChild<QSpinBox*>(QStringLiteral("painWorstSpin"))->setValue(3);
    EXPECT_FALSE(dialog.canAccept());
    EXPECT_TRUE(dialog.fieldError(VisitField::PainWorst).contains(QStringLiteral("lower than")));
    EXPECT_TRUE(dialog.fieldError(VisitField::PainNow).isEmpty());
    dialog.findChild<QSpinBox*>(QStringLiteral("painWorstSpin"))->setValue(8);
    EXPECT_TRUE(dialog.canAccept());
    EXPECT_TRUE(dialog.fieldError(VisitField::PainWorst).isEmpty());

    dialog.findChild<QSpinBox*>(QStringLiteral("sessionsDoneSpin"))->setValue(4);
    EXPECT_FALSE(dialog.canAccept());
    EXPECT_TRUE(dialog.fieldError(VisitField::Adherence).contains(QStringLiteral("or neither")));
    dialog.findChild<QSpinBox*>(QStringLiteral("sessionsPlannedSpin"))->setValue(3);
    EXPECT_TRUE(
        dialog.fieldError(VisitField::Adherence).contains(QStringLiteral("more than the 3")));
    dialog.findChild<QSpinBox*>(QStringLiteral("sessionsPlannedSpin"))->setValue(5);
    EXPECT_TRUE(dialog.canAccept());

    dialog.findChild<QDateEdit*>(QStringLiteral("dateEdit"))->setDate(QDate(2026, 11, 22));
    EXPECT_TRUE(dialog.fieldError(VisitField::Date).contains(QStringLiteral("in the future")));
    EXPECT_FALSE(dialog.canAccept());
    dialog.findChild<QDateEdit*>(QStringLiteral("dateEdit"))->setDate(QDate(2026, 11, 20));
    dialog.findChild<QLineEdit*>(QStringLiteral("clinicianEdit"))->clear();
    EXPECT_FALSE(dialog.fieldError(VisitField::Clinician).isEmpty());
    EXPECT_FALSE(dialog.canAccept());

    const VisitRecord out = dialog.record();
    EXPECT_EQ(out.painBest, 6);
    EXPECT_EQ(out.painWorst, 8);
    EXPECT_EQ(out.sessionsDone, 4);
    EXPECT_EQ(out.sessionsPlanned, 5);
    EXPECT_FALSE(out.painExercise.has_value()); // "–" is not 0
}

TEST_F(PatientProgressViewTest, AmendDialogNeedsAChangeAndAReason)
{
    VisitDialog dialog(VisitDialog::Mode::Amend, m_clock);
    dialog.setRecord(record(QDate(2026, 11, 18), 6));
    dialog.setAmendedBy(QStringLiteral("Sam"));
    EXPECT_FALSE(dialog.canAccept()); // nothing changed
    dialog.findChild<QSpinBox*>(QStringLiteral("painNowSpin"))->setValue(5);
    EXPECT_FALSE(dialog.canAccept()); // no reason yet
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("changesLabel"))
                    ->text()
                    .contains(QStringLiteral("Pain now: 6 \u2192 5")));
    dialog.findChild<QLineEdit*>(QStringLiteral("reasonEdit"))->setText(QStringLiteral("misheard"));
    EXPECT_TRUE(dialog.canAccept());
    EXPECT_EQ(dialog.reason(), QStringLiteral("misheard"));
}

TEST_F(PatientProgressViewTest, MeasureDialogScoresAsAnswersAreEntered)
{
    MeasureDialog dialog(MeasureDialog::Mode::Record, m_clock, {},
                         [](std::optional<qint64>) { return QList<PsfsActivity>(); });
    dialog.setClinician(QStringLiteral("Pat"));
    dialog.setInstrument(Instrument::Odi);
    EXPECT_FALSE(dialog.canAccept());
    EXPECT_TRUE(dialog.problemText().contains(QStringLiteral("No ODI section")));
    dialog.form()->setAnswers({3, 2, 2, 1, 2, 1, 2, std::nullopt, 2, 1});
    EXPECT_TRUE(dialog.canAccept());
    EXPECT_EQ(dialog.scoreText(), QStringLiteral("ODI: 35.6% \u2013 moderate disability"));
    // Three sections missing: a warning, still savable.
    dialog.form()->setAnswers({3, 2, std::nullopt, std::nullopt, 2, 1, 2, std::nullopt, 2, 1});
    EXPECT_TRUE(dialog.canAccept());
    EXPECT_TRUE(dialog.problemText().contains(QStringLiteral("3 of 10")));

    dialog.setInstrument(Instrument::StartBack);
    EXPECT_FALSE(dialog.canAccept()); // item 9 not answered yet
    dialog.form()->setAnswers({1, 1, 0, 1, 1, 1, 1, 0, 4});
    EXPECT_TRUE(dialog.canAccept());
    EXPECT_TRUE(dialog.scoreText().contains(QStringLiteral("high risk")));
    EXPECT_EQ(dialog.input().answers, (MeasureAnswers{1, 1, 0, 1, 1, 1, 1, 0, 4}));

    // PSFS named for the first time: ratings and names both needed.
    dialog.setInstrument(Instrument::Psfs);
    dialog.form()->setAnswers({2, 3, 4});
    EXPECT_FALSE(dialog.canAccept());
    for (int i = 1; i <= 3; ++i)
        dialog.form()
            ->findChild<QLineEdit*>(QStringLiteral("activity%1").arg(i))
            ->setText(QStringLiteral("Fictional activity %1").arg(i));
    EXPECT_TRUE(dialog.canAccept());
    EXPECT_EQ(dialog.input().psfsActivities.size(), 3);
    EXPECT_EQ(dialog.scoreText(), QStringLiteral("PSFS: 3.0"));

    dialog.findChild<QDateEdit*>(QStringLiteral("dateEdit"))->setDate(QDate(2026, 11, 25));
    EXPECT_FALSE(dialog.canAccept());
}

TEST_F(PatientProgressViewTest, RecordVisitButtonOpensTheDialogAndSaves)
{
    PatientProgressView view(*m_workspace, &m_undo);
    view.setClinicianName(QStringLiteral("Desk Clinician"));
    view.setPatient(m_patient);
    view.show();
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<VisitDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        seen = true;
        EXPECT_EQ(dialog->record().clinician, QStringLiteral("Desk Clinician"));
        EXPECT_EQ(dialog->record().date, QDate(2026, 11, 21));
        dialog->findChild<QSpinBox*>(QStringLiteral("painNowSpin"))->setValue(7);
        dialog->findChild<QSpinBox*>(QStringLiteral("activityMinutesSpin"))->setValue(20);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    view.findChild<QPushButton*>(QStringLiteral("recordVisitButton"))->click();
    ASSERT_TRUE(seen);
    ASSERT_EQ(view.visitModel()->rowCount(), 1);
    const VisitRecord saved = view.visitModel()->records().first().record;
    EXPECT_EQ(saved.painNow, 7);
    EXPECT_EQ(saved.activityMinutes, 20);
    EXPECT_EQ(saved.activityLabel, QStringLiteral("walking"));
    EXPECT_EQ(saved.clinician, QStringLiteral("Desk Clinician"));
    EXPECT_EQ(m_undo.count(), 1);
}

TEST_F(PatientProgressViewTest, SavesTheProgressReport)
{
    ASSERT_TRUE(addDemoVisits(*m_workspace, m_patient, 9));
    PatientProgressView view(*m_workspace, &m_undo);
    view.setPatient(m_patient);
    const QString path = m_store.dir() + QStringLiteral("/progress.pdf");
    ASSERT_TRUE(view.saveReport(path));
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF"));
    EXPECT_GT(pdf.size(), 10000);
}

TEST_F(PatientProgressViewTest, ChartsAreUpdatedInPlaceWhenAnotherPatientOpens)
{
    ASSERT_TRUE(addDemoVisits(*m_workspace, m_patient, 5));
    const qint64 other =
        test::insertPatient(m_workspace->db(), QStringLiteral("Bo"), QStringLiteral("Other"));
    ASSERT_TRUE(addDemoVisits(*m_workspace, other, 6, 12));
    const qint64 fewer =
        test::insertPatient(m_workspace->db(), QStringLiteral("Cy"), QStringLiteral("Visitsonly"));
    VisitRepository repo(*m_workspace);
    ASSERT_TRUE(
        repo.add(fewer, std::nullopt, record(QDate(2026, 11, 1), 5), QStringLiteral("Pat")));

    PatientProgressView view(*m_workspace, &m_undo);
    view.setPatient(m_patient);
    const QList<QChartView*> before = view.charts()->chartViews();
    ASSERT_EQ(before.size(), 7);
    view.setPatient(other);
    const QList<QChartView*> after = view.charts()->chartViews();
    ASSERT_EQ(after.size(), 7);
    EXPECT_EQ(after.first(), before.first()); // same chart, new data
    QLineSeries* pain = nullptr;
    for (QAbstractSeries* series : after.first()->chart()->series())
        if (series->name() == QStringLiteral("Pain now"))
            pain = qobject_cast<QLineSeries*>(series);
    ASSERT_NE(pain, nullptr);
    EXPECT_EQ(pain->count(), 12);
    EXPECT_EQ(pain->at(11).y(), view.progress().pain.points.last().value);

    // A patient with one visit and no measures: the pain chart only.
    view.setPatient(fewer);
    ASSERT_EQ(view.charts()->chartViews().size(), 1);
    EXPECT_EQ(view.changeModel()->rowCount(), 1);
    view.setPatient(0);
    EXPECT_TRUE(view.charts()->chartViews().isEmpty());
    EXPECT_EQ(view.visitModel()->rowCount(), 0);
}

TEST_F(PatientProgressViewTest, UndoingAnAmendmentNeverRevertsACorrectionMadeSinceAtAnotherDesk)
{
    VisitRepository repo(*m_workspace);
    auto id = repo.add(m_patient, m_episode, record(QDate(2026, 11, 18), 6), QStringLiteral("Pat"));
    ASSERT_TRUE(id);
    PatientProgressView view(*m_workspace, &m_undo);
    view.setPatient(m_patient);
    ASSERT_TRUE(view.amendVisit(*repo.find(*id), record(QDate(2026, 11, 18), 4),
                                QStringLiteral("Sam Second"), QStringLiteral("typed 6 for 4")));
    // Another desk corrects the same visit again (without this desk's history).
    ASSERT_TRUE(VisitEdits(*m_workspace)
                    .amendVisit(*id, record(QDate(2026, 11, 18), 5), QStringLiteral("Other desk"),
                                QStringLiteral("patient said 5")));

    QSignalSpy failed(&m_undo, &StoreUndoStack::failed);
    m_undo.undo();
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed[0][1].value<Error>().code, QStringLiteral("visit.conflict"));
    EXPECT_EQ(repo.find(*id)->record.painNow, 5);
    EXPECT_EQ(repo.history(*id)->size(), 3);
}

TEST_F(PatientProgressViewTest, AnAmendmentMadeFromAVisitChangedSinceItWasShownIsRefused)
{
    VisitRepository repo(*m_workspace);
    auto id = repo.add(m_patient, m_episode, record(QDate(2026, 11, 18), 6), QStringLiteral("Pat"));
    ASSERT_TRUE(id);
    PatientProgressView view(*m_workspace, &m_undo);
    view.setPatient(m_patient);
    const Visit shown = *repo.find(*id);
    ASSERT_TRUE(VisitEdits(*m_workspace)
                    .amendVisit(*id, record(QDate(2026, 11, 18), 5), QStringLiteral("Other desk"),
                                QStringLiteral("patient said 5")));
    const int before = m_undo.count();
    auto amended = view.amendVisit(shown, record(QDate(2026, 11, 18), 4), QStringLiteral("Sam"),
                                   QStringLiteral("typed 6 for 4"));
    ASSERT_FALSE(amended);
    EXPECT_EQ(amended.error().kind(), ErrorKind::Conflict);
    EXPECT_EQ(m_undo.count(), before);
    EXPECT_EQ(repo.find(*id)->record.painNow, 5);
}

TEST_F(PatientProgressViewTest, UndoingARecordedMeasureAnotherDeskHasCorrectedIsRefused)
{
    PatientProgressView view(*m_workspace, &m_undo);
    view.setPatient(m_patient);
    MeasureInput rmdq = rmdqInput();
    ASSERT_TRUE(view.recordMeasure(rmdq, QStringLiteral("Pat")));
    const qint64 id = view.measureModel()->records().first().id;
    MeasureAnswers corrected = rmdq.answers;
    corrected[3] = 1;
    ASSERT_TRUE(VisitEdits(*m_workspace)
                    .amendMeasure(id, rmdq.takenOn, corrected, QStringLiteral("Other desk"),
                                  QStringLiteral("item 4 missed")));

    QSignalSpy failed(&m_undo, &StoreUndoStack::failed);
    m_undo.undo();
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed[0][1].value<Error>().code, QStringLiteral("measure.conflict"));
    auto stored = MeasureRepository(*m_workspace).find(id);
    ASSERT_TRUE(stored);
    EXPECT_FALSE(stored->enteredInError);
    EXPECT_DOUBLE_EQ(stored->score.score, 1);
}

TEST_F(PatientProgressViewTest, MeasureAmendmentGoesThroughTheUndoStack)
{
    PatientProgressView view(*m_workspace, &m_undo);
    view.setPatient(m_patient);
    MeasureInput rmdq = rmdqInput();
    rmdq.answers[0] = 1;
    ASSERT_TRUE(view.recordMeasure(rmdq, QStringLiteral("Pat")));
    ASSERT_EQ(view.measureModel()->rowCount(), 1);
    const Measure shown = view.measureModel()->records().first();
    const qint64 id = shown.id;
    MeasureAnswers corrected = rmdq.answers;
    corrected[1] = 1;
    ASSERT_TRUE(view.amendMeasure(shown, rmdq.takenOn, corrected, QStringLiteral("Sam"),
                                  QStringLiteral("item 2 missed")));
    EXPECT_DOUBLE_EQ(view.measureModel()->records().first().score.score, 2);
    EXPECT_EQ(view.measureModel()
                  ->data(view.measureModel()->index(0, MeasureTableModel::Record))
                  .toString(),
              QStringLiteral("Amended"));
    m_undo.undo();
    EXPECT_DOUBLE_EQ(view.measureModel()->records().first().score.score, 1);
    m_undo.undo();
    EXPECT_EQ(view.measureModel()->rowCount(), 0);
    EXPECT_EQ(MeasureRepository(*m_workspace).history(id)->size(), 4);
}
