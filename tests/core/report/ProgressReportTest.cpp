// The progress report written as a real PDF and read back with poppler (pdftotext, pdffonts,
// pdfinfo); and the demo data it is usually made from.
#include "report/ProgressReport.h"
#include "Workspace.h"
#include "demo/DemoVisits.h"
#include "exercises/ExerciseLibrary.h"
#include "storage/ExerciseRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/VisitRepository.h"
#include "support/TestStore.h"
#include "support/VisitFixtures.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFontDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace gradus;
using gradus::test::TestStore;

namespace {

QString runTool(const QString& tool, const QStringList& args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

class ProgressReportTest : public testing::Test
{
protected:
    void SetUp() override
    {
        auto db = m_store.open();
        ASSERT_TRUE(db);
        m_workspace = std::make_unique<Workspace>(std::move(db), m_clock);
        m_patient = test::insertPatient(m_workspace->db(), QStringLiteral("Ada"),
                                        QStringLiteral("Testperson"), QDate(1971, 3, 9));
        test::insertEpisode(m_workspace->db(), m_patient,
                            QStringLiteral("Low back pain with "
                                           "left-sided sciatica"),
                            QDate(2026, 8, 20));
    }
    QString pdfPath() const { return m_store.dir() + QStringLiteral("/report.pdf"); }

    TestStore m_store;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_patient = 0;
};

} // namespace

TEST_F(ProgressReportTest, DemoVisitsArePlausibleAndRepeatable)
{
    QSignalSpy reset(&m_workspace->notifier(), &StoreNotifier::reset);
    QSignalSpy added(&m_workspace->notifier(), &StoreNotifier::added);
    ASSERT_TRUE(addDemoVisits(*m_workspace, m_patient, 7));
    EXPECT_EQ(reset.count(), 2);
    EXPECT_EQ(added.count(), 0); // one reset per kind, not a signal per record

    auto visits = VisitRepository(*m_workspace).listForPatient(m_patient);
    ASSERT_TRUE(visits);
    ASSERT_EQ(visits->size(), 8);
    EXPECT_EQ(visits->last().record.date, QDate(2026, 11, 20));
    EXPECT_GT(visits->first().record.painNow, visits->last().record.painNow);
    EXPECT_LT(*visits->first().record.activityMinutes, *visits->last().record.activityMinutes);
    ASSERT_TRUE(visits->first().episodeId.has_value());

    auto measures = MeasureRepository(*m_workspace).listForPatient(m_patient);
    ASSERT_TRUE(measures);
    EXPECT_EQ(measures->size(), 14); // 5 instruments at start and end, 4 half way
    auto odi = MeasureRepository(*m_workspace).listForPatient(m_patient, Instrument::Odi);
    ASSERT_EQ(odi->size(), 3);
    EXPECT_GT(odi->first().score.score, odi->last().score.score);

    // The same seed on another patient gives the same trajectory.
    const qint64 twin = test::insertPatient(m_workspace->db(), QStringLiteral("Twin"),
                                            QStringLiteral("Testperson"));
    test::insertEpisode(m_workspace->db(), twin);
    ASSERT_TRUE(addDemoVisits(*m_workspace, twin, 7));
    auto twinVisits = VisitRepository(*m_workspace).listForPatient(twin);
    ASSERT_EQ(twinVisits->size(), visits->size());
    for (int i = 0; i < visits->size(); ++i)
        EXPECT_EQ(twinVisits->at(i).record, visits->at(i).record) << i;

    // A long series for benchmarks still ends yesterday.
    const qint64 many =
        test::insertPatient(m_workspace->db(), QStringLiteral("Many"), QStringLiteral("Visits"));
    ASSERT_TRUE(addDemoVisits(*m_workspace, many, 3, 200));
    auto long200 = VisitRepository(*m_workspace).listForPatient(many);
    ASSERT_EQ(long200->size(), 200);
    EXPECT_EQ(long200->last().record.date, QDate(2026, 11, 20));
    // Its report lists the newest visits and says so; the charts carry all 200.
    auto report = ProgressReport::load(*m_workspace, many, QString());
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->html().contains(QStringLiteral("The last 30 of 200 visits")));
    EXPECT_EQ(report->charts().first().points.size(), 200);
}

TEST_F(ProgressReportTest, PdfHasTheChangeTableFontsAndPageNumbers)
{
    ASSERT_TRUE(QFontDatabase::families().contains(QStringLiteral("DejaVu Sans")))
        << "fonts-dejavu-core is needed, or the PDF prints boxes (TOOLCHAIN.md pitfall 4)";
    ASSERT_TRUE(m_workspace->settings().setValue(ClinicSettings::Key::ClinicName,
                                                 QStringLiteral("Riverside Physiotherapy")));
    ASSERT_TRUE(addDemoVisits(*m_workspace, m_patient, 11));
    // One amended visit, so the report's footnote is exercised.
    VisitRepository visits(*m_workspace);
    const Visit first = visits.listForPatient(m_patient)->first();
    VisitRecord corrected = first.record;
    corrected.notes = QStringLiteral("Corrected note.");
    ASSERT_TRUE(visits.amend(first.id, corrected, QStringLiteral("Jo Example"),
                             QStringLiteral("note belonged to another visit")));

    auto st =
        ProgressReport::writePdf(*m_workspace, m_patient, QStringLiteral("Jo Example"), pdfPath());
    ASSERT_TRUE(st) << st.error().message.toStdString();
    // For people: GRADUS_TEST_KEEP_PDF=/tmp/report.pdf keeps a copy to look at.
    if (const QString keep = qEnvironmentVariable("GRADUS_TEST_KEEP_PDF"); !keep.isEmpty()) {
        QFile::remove(keep);
        QFile::copy(pdfPath(), keep);
    }

    // Reading order, with ligatures undone and white space folded: table cells wrap.
    QString raw = runTool(QStringLiteral("pdftotext"), {pdfPath(), QStringLiteral("-")});
    ASSERT_FALSE(raw.isEmpty()) << "pdftotext (poppler-utils) could not read the report";
    raw.replace(QChar(0xfb01), QStringLiteral("fi")).replace(QChar(0xfb02), QStringLiteral("fl"));
    const QString text = QString(raw).replace(u'\f', u' ').simplified();
    for (const char* expected : {"Progress report",
                                 "Riverside Physiotherapy",
                                 "Ada Testperson",
                                 "9 Mar 1971",
                                 "Low back pain with left-sided sciatica",
                                 "Change since the first visit",
                                 "Pain now (NPRS)",
                                 "ODI",
                                 "RMDQ",
                                 "STarT Back",
                                 "PSFS: Lifting the laundry basket",
                                 "TSK-17",
                                 "10 points or 30%",
                                 "Important improvement",
                                 "Charts",
                                 "lower is better",
                                 "Visits",
                                 "Corrected after it was first saved",
                                 "No exercise programme is active",
                                 "Ostelo 2008",
                                 "Prepared by",
                                 "Jo Example"}) {
        EXPECT_TRUE(text.contains(QLatin1String(expected))) << expected;
    }
    // Every page carries "Page N of M" with the right M.
    const QStringList pages = raw.split(u'\f', Qt::SkipEmptyParts);
    ASSERT_GE(pages.size(), 2);
    const int count = int(pages.size());
    for (int i = 0; i < count; ++i)
        EXPECT_TRUE(pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(count))) << i;

    // Fonts are embedded (a PDF that prints boxes elsewhere is worse than none).
    const QString fonts = runTool(QStringLiteral("pdffonts"), {pdfPath()});
    ASSERT_TRUE(fonts.contains(QStringLiteral("DejaVuSans"))) << fonts.toStdString();
    const QStringList fontLines = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
    for (const QString& line : fontLines) {
        const QStringList cols =
            line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        ASSERT_GE(cols.size(), 5);
        // columns: name type [encoding] emb sub uni object ID; emb is the 5th from the end.
        EXPECT_EQ(cols.at(cols.size() - 5), QStringLiteral("yes")) << line.toStdString();
    }

    // True size on A4: 595 x 842 points, and the body text is not scaled (pitfall 5).
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdfPath()});
    EXPECT_TRUE(info.contains(QStringLiteral("595 x 842 pts (A4)"))) << info.toStdString();
    const QString bbox =
        runTool(QStringLiteral("pdftotext"),
                {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"),
                 QStringLiteral("-l"), QStringLiteral("1"), pdfPath(), QStringLiteral("-")});
    // The word "Patient" in the 9.5 pt body text: a line box of about 11 pt, not 15.
    const QRegularExpression word(
        QStringLiteral("yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\">Patient<"));
    const auto match = word.match(bbox);
    ASSERT_TRUE(match.hasMatch()) << bbox.left(2000).toStdString();
    const double height = match.captured(2).toDouble() - match.captured(1).toDouble();
    EXPECT_GT(height, 7.0);
    EXPECT_LT(height, 13.0);
}

TEST_F(ProgressReportTest, ReportForAPatientWithoutVisitsSaysSo)
{
    auto report = ProgressReport::load(*m_workspace, m_patient, QStringLiteral("Jo Example"));
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->charts().isEmpty());
    const QString html = report->html();
    EXPECT_TRUE(html.contains(QStringLiteral("Nothing has been measured yet.")));
    EXPECT_TRUE(html.contains(QStringLiteral("No visits have been recorded yet.")));
    ASSERT_TRUE(report->writePdf(pdfPath(), QPageSize(QPageSize::Letter)));
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdfPath()});
    EXPECT_TRUE(info.contains(QStringLiteral("612 x 792 pts (letter)"))) << info.toStdString();

    EXPECT_FALSE(ProgressReport::load(*m_workspace, m_patient + 10, QString()));
    EXPECT_FALSE(ProgressReport::writePdf(*m_workspace, m_patient, QString(),
                                          m_store.dir() + QStringLiteral("/no/such/dir/r.pdf")));
}

TEST_F(ProgressReportTest, NamesAreEscapedInTheHtml)
{
    const qint64 odd = test::insertPatient(m_workspace->db(), QStringLiteral("<b>Bold</b>"),
                                           QStringLiteral("O'Brien & Sons"));
    auto report = ProgressReport::load(*m_workspace, odd, QString());
    ASSERT_TRUE(report);
    EXPECT_TRUE(
        report->html().contains(QStringLiteral("&lt;b&gt;Bold&lt;/b&gt; O'Brien &amp; Sons")));
}

TEST_F(ProgressReportTest, ListsTheProgrammeActiveOnTheReportDate)
{
    ASSERT_TRUE(ExerciseLibrary::ensureLoaded(*m_workspace));
    auto none = ProgressReport::load(*m_workspace, m_patient, QString());
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->html().contains(QStringLiteral("No exercise programme is active.")));

    auto walking = ExerciseRepository(*m_workspace).find(QStringLiteral("walking"));
    ASSERT_TRUE(walking);
    Programme programme;
    programme.patientId = m_patient;
    programme.name = QStringLiteral("Walking back");
    programme.startDate = m_clock.today();
    Prescription walk;
    walk.exerciseId = walking->id;
    walk.dose.type = DoseType::Duration;
    walk.dose.sets = 1;
    walk.dose.reps = 0;
    walk.dose.minutes = 15;
    walk.dose.timesPerDay = 2;
    programme.sections = {ProgrammeSection{QStringLiteral("Aerobic"), {walk}}};
    ProgrammeRepository programmes(*m_workspace);
    auto id = programmes.create(programme);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    // A draft is not what the patient was given.
    EXPECT_TRUE(ProgressReport::load(*m_workspace, m_patient, QString())
                    ->html()
                    .contains(QStringLiteral("No exercise programme is active.")));
    ASSERT_TRUE(programmes.activate(*id));
    auto report = ProgressReport::load(*m_workspace, m_patient, QString());
    ASSERT_TRUE(report);
    const QString html = report->html();
    EXPECT_TRUE(html.contains(QStringLiteral("Walking back")));
    EXPECT_TRUE(html.contains(QStringLiteral("15 minutes, twice a day"))) << html.toStdString();
}
