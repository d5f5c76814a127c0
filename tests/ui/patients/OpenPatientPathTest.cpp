// What opening a patient costs the store, on the real main window with every tab: how many
// statements it sends (each a round trip on a clinic server), and a query plan for each that
// never reads a whole visit, measure or audit table (issue: a 2,000,000-visit clinic).
#include "MainWindow.h"
#include "Workspace.h"
#include "demo/DemoClinic.h"
#include "demo/DemoHandout.h"
#include "demo/DemoVisits.h"
#include "exercises/ExerciseLibrary.h"
#include "handout/HandoutDialog.h"
#include "history/RecordHistoryModel.h"
#include "history/RecordHistoryTab.h"
#include "patients/PatientView.h"
#include "patients/PatientsPage.h"
#include "programmes/ProgrammeBuilderView.h"
#include "services/HandoutAssembly.h"
#include "services/HandoutCheck.h"
#include "services/ProgrammeSafety.h"
#include "storage/Database.h"
#include "storage/EpisodeRepository.h"
#include "storage/PatientRepository.h"
#include "support/TestStore.h"
#include "visits/PatientProgressView.h"
#include "visits/VisitTableModel.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlRecord>
#include <QTabWidget>

#include <cstdio>
#include <functional>

using namespace gradus;

namespace {

struct Statement
{
    QString sql;
    QVariantList values;
};

// "FROM visit_revision r" and "JOIN visit v": the alias a plan line names, to its table.
QHash<QString, QString> aliases(const QString& sql)
{
    QHash<QString, QString> map;
    static const QRegularExpression from(
        QStringLiteral("\\b(?:FROM|JOIN)\\s+(\\w+)(?:\\s+(?:AS\\s+)?(\\w+))?"),
        QRegularExpression::CaseInsensitiveOption);
    static const QSet<QString> keywords{
        QStringLiteral("where"), QStringLiteral("join"),  QStringLiteral("left"),
        QStringLiteral("on"),    QStringLiteral("order"), QStringLiteral("group"),
        QStringLiteral("limit"), QStringLiteral("inner"), QStringLiteral("union")};
    for (auto it = from.globalMatch(sql); it.hasNext();) {
        const auto m = it.next();
        map.insert(m.captured(1), m.captured(1));
        if (!m.captured(2).isEmpty() && !keywords.contains(m.captured(2).toLower()))
            map.insert(m.captured(2), m.captured(1));
    }
    return map;
}

} // namespace

TEST(OpenPatientPathTest, OpeningAPatientWith200VisitsReadsNoWholeTableAndFewStatements)
{
    QSettings().clear();
    test::TestStore store;
    auto db = store.open();
    ASSERT_TRUE(db);
    SystemClock clock;
    Workspace ws(std::move(db), clock);
    ASSERT_TRUE(ExerciseLibrary::ensureLoaded(ws));
    DemoClinic::Options options;
    options.patients = 300;
    options.visits = 6000;
    ASSERT_TRUE(DemoClinic::create(ws, options));
    qint64 patient = 0;
    const auto patients = PatientRepository(ws).list(false); // kept alive for the loop
    ASSERT_TRUE(patients);
    for (const Patient& p : *patients) {
        auto open = EpisodeRepository(ws).openEpisode(p.id);
        if (open && open->has_value()) {
            patient = p.id;
            break;
        }
    }
    ASSERT_GT(patient, 0);
    ASSERT_TRUE(addDemoVisits(ws, patient, 7, 200));
    // The planner's statistics, as a clinic's store gathers them over time.
    ASSERT_TRUE(ws.db().runStatement(QStringLiteral("ANALYZE")));

    MainWindow window(ws);
    window.resize(1400, 900);
    window.show();
    QApplication::processEvents();
    // As a few turns after the first paint: the tabs that wait for it are built.
    window.buildDeferred();
    auto* page = window.findChild<PatientsPage*>();
    ASSERT_NE(page, nullptr);

    // Every reading statement's plan: a SEARCH through an index, never a SCAN of a big table.
    static const QSet<QString> big{
        QStringLiteral("visit"),          QStringLiteral("visit_revision"),
        QStringLiteral("measure"),        QStringLiteral("measure_revision"),
        QStringLiteral("audit_log"),      QStringLiteral("patient"),
        QStringLiteral("episode"),        QStringLiteral("episode_condition"),
        QStringLiteral("psfs_activity"),  QStringLiteral("programme"),
        QStringLiteral("red_flag_screen")};
    static const QRegularExpression scan(QStringLiteral("^SCAN (\\w+)"));
    // One user action: the statements it sends, each plan checked, the count printed.
    const auto action = [&ws](const char* name, const std::function<void()>& run, int most = 10) {
        QList<Statement> seen;
        ws.db().setStatementObserver([&seen](const QString& sql, const QVariantList& values) {
            seen.append({sql, values});
        });
        run();
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        ws.db().setStatementObserver({});
        int selects = 0;
        QStringList problems;
        for (const Statement& s : std::as_const(seen)) {
            if (!s.sql.trimmed().startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive))
                continue;
            ++selects;
            auto plan = ws.db().exec(QStringLiteral("EXPLAIN QUERY PLAN ") + s.sql, s.values);
            EXPECT_TRUE(plan) << s.sql.toStdString();
            if (!plan)
                continue;
            const auto names = aliases(s.sql);
            while (plan->next()) {
                const QString detail = plan->value(3).toString();
                const auto m = scan.match(detail);
                if (m.hasMatch() && big.contains(names.value(m.captured(1), m.captured(1))))
                    problems << detail + QStringLiteral("  <-  ") + s.sql;
            }
        }
        EXPECT_TRUE(problems.isEmpty()) << name << ":\n" << problems.join(u'\n').toStdString();
        std::printf("%s: %d statements (%d reading)\n", name, int(seen.size()), selects);
        if (qEnvironmentVariableIsSet("GRADUS_TEST_PRINT_STATEMENTS"))
            for (const Statement& st : std::as_const(seen))
                std::printf("  %s\n", qPrintable(st.sql.simplified().left(160)));
        // At most 10 round trips per action on a clinic server, and no statement per row.
        EXPECT_LE(seen.size(), most) << name;
        return selects;
    };
    EXPECT_GT(action("opening a patient with 200 visits", [&] { page->showPatient(patient); }), 2);
    // Then each tab that loads when it is turned to.
    QTabWidget* tabs = page->patientView()->tabs();
    for (int i = 1; i < tabs->count(); ++i) {
        const QByteArray name =
            QStringLiteral("turning to the %1 tab").arg(tabs->tabText(i).remove(u'&')).toUtf8();
        const int reads = action(name.constData(), [&] { tabs->setCurrentIndex(i); });
        // The red flags tab loads with the patient, for the alert beside the name.
        if (tabs->widget(i)->inherits("gradus::RedFlagTab"))
            EXPECT_EQ(reads, 0);
        else
            EXPECT_GT(reads, 0) << name.data();
    }

    // The other actions repeated all day, with the window's views refreshing after each. A
    // visit is saved on the Visits tab; the tabs behind it reload only when turned to.
    auto* visits = page->patientView()->findChild<PatientProgressView*>();
    ASSERT_NE(visits, nullptr);
    page->patientView()->showTab(visits);
    QApplication::processEvents();
    VisitRecord visit;
    visit.date = clock.today();
    visit.painNow = 4;
    visit.clinician = QStringLiteral("Desk");
    const int visitsBefore = visits->visitModel()->rowCount();
    action("saving a visit", [&] { ASSERT_TRUE(visits->recordVisit(visit)); });
    EXPECT_EQ(visits->visitModel()->rowCount(), visitsBefore + 1) << "the tab shows the visit";
    // The History tab, behind, catches up when turned to.
    auto* history = page->patientView()->findChild<RecordHistoryTab*>();
    ASSERT_NE(history, nullptr);
    const int entriesBefore = history->model()->rowCount();
    action("turning back to the History tab", [&] { page->patientView()->showTab(history); });
    EXPECT_GT(history->model()->rowCount(), entriesBefore) << "the new visit is in the trail";
    auto programme = demoHandoutProgramme(ws, patient);
    ASSERT_TRUE(programme) << programme.error().message.toStdString();
    action("checking a programme's safety", [&] { ASSERT_TRUE(checkProgramme(ws, *programme)); });
    // The clinic's letterhead, pain thresholds and language are one read of the settings, and
    // the exercises one read, not one statement per setting or per exercise (26 statements
    // once; docs/BENCHMARKS.md, "Server round trips").
    action("making a handout (content and safety gate)", [&] {
        auto content = HandoutAssembly::assemble(ws, *programme, {});
        ASSERT_TRUE(content);
        HandoutDialog dialog(ws, *content, applicationHandoutCheck(*programme));
        EXPECT_TRUE(dialog.refusal().isEmpty()) << dialog.refusal().toStdString();
    });
}
