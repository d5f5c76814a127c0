// The patient handout: dose wording, the content gathered from a programme, and the real PDF
// read back with poppler (pdftotext, pdffonts, pdfinfo): content, page numbers and the
// patient's name on every page, paper sizes, exercises never split, golden text, the gate.
#include "Workspace.h"
#include "demo/DemoHandout.h"
#include "exercises/ExerciseLibrary.h"
#include "handout/DoseWording.h"
#include "handout/HandoutBuilder.h"
#include "services/HandoutAssembly.h"
#include "services/HandoutExport.h"
#include "services/ProgrammeSource.h"
#include "settings/ClinicSettings.h"
#include "storage/PatientRepository.h"
#include "storage/ProgrammeRepository.h"
#include "support/TestStore.h"
#include "support/VisitFixtures.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

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

QStringList pdfPages(const QString& path)
{
    QStringList pages =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")})
            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// Whitespace runs collapsed and empty lines dropped: what the golden file compares.
QString normalised(const QStringList& pages)
{
    QStringList lines;
    for (int i = 0; i < pages.size(); ++i) {
        lines << QStringLiteral("=== page %1").arg(i + 1);
        for (const QString& line : pages.at(i).split(QLatin1Char('\n'))) {
            const QString simple = line.simplified();
            if (!simple.isEmpty())
                lines << simple;
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

class HandoutTest : public testing::Test
{
protected:
    void SetUp() override
    {
        auto db = m_store.open();
        ASSERT_TRUE(db);
        m_workspace = std::make_unique<Workspace>(std::move(db), m_clock);
        ASSERT_TRUE(ExerciseLibrary::ensureLoaded(*m_workspace));
        m_patient = test::insertPatient(m_workspace->db(), QStringLiteral("Ada"),
                                        QStringLiteral("Testperson"), QDate(1971, 3, 9));
        auto& s = m_workspace->settings();
        ASSERT_TRUE(
            s.setValue(ClinicSettings::Key::ClinicName, QStringLiteral("Riverside Physiotherapy")));
        ASSERT_TRUE(s.setValue(ClinicSettings::Key::ClinicAddress,
                               QStringLiteral("12 Mill Lane, Exampleton")));
        ASSERT_TRUE(s.setValue(ClinicSettings::Key::ClinicPhone, QStringLiteral("01234 567890")));
    }

    HandoutContent demoContent(bool withPacing = true)
    {
        auto programme = demoHandoutProgramme(*m_workspace, m_patient);
        EXPECT_TRUE(programme);
        programme->reviewDate = QDate(2026, 12, 12);
        HandoutContent::Options options;
        options.clinician = QStringLiteral("Sam Physio");
        if (withPacing)
            options.pacing = *demoHandoutPacing(QDate(2026, 11, 23));
        auto content = HandoutAssembly::assemble(*m_workspace, *programme, options);
        EXPECT_TRUE(content) << content.error().message.toStdString();
        return *content;
    }
    QString path(const QString& name = QStringLiteral("handout.pdf")) const
    {
        return m_store.dir() + QLatin1Char('/') + name;
    }

    TestStore m_store;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_patient = 0;
};

// A gate as the safety work will have it: it reads the real patient record and refuses while
// an unresolved red flag is noted there.
Status refuseWhenFlagged(Workspace& workspace, qint64 patientId)
{
    auto patient = PatientRepository(workspace).get(patientId);
    if (!patient)
        return patient.error();
    if (patient->notes.contains(QLatin1String("UNRESOLVED RED FLAG")))
        return Error{QStringLiteral("redflag.unresolved"),
                     QStringLiteral("A red flag for this patient has no recorded decision.")};
    return {};
}

} // namespace

TEST(DoseWordingTest, SaysTheDoseInPlainWords)
{
    Dose hold;
    hold.type = DoseType::Hold;
    hold.sets = 3;
    hold.reps = 10;
    hold.holdSeconds = 5;
    hold.timesPerDay = 2;
    EXPECT_EQ(DoseWording::dose(hold, PrescribedSide::NotApplicable, QStringLiteral("bird_dog")),
              QStringLiteral("3 sets of 10, hold 5 seconds, twice a day, every day"));
    EXPECT_EQ(DoseWording::dose(hold, PrescribedSide::Both, QStringLiteral("bird_dog")),
              QStringLiteral("3 sets of 10, hold 5 seconds, on each side, twice a day, every day"));
    EXPECT_EQ(DoseWording::dose(hold, PrescribedSide::Left, QString()),
              QStringLiteral("3 sets of 10, hold 5 seconds, left side only, twice a day, every "
                             "day"));

    Dose walk;
    walk.type = DoseType::Duration;
    walk.minutes = 10;
    walk.timesPerDay = 3;
    walk.daysPerWeek = 5;
    EXPECT_EQ(DoseWording::dose(walk, PrescribedSide::NotApplicable, QStringLiteral("walking")),
              QStringLiteral("Walk for 10 minutes, 3 times a day, on 5 days a week"));
    walk.minutes = 1;
    walk.timesPerDay = 1;
    walk.daysPerWeek = 1;
    EXPECT_EQ(DoseWording::dose(walk, PrescribedSide::NotApplicable, QStringLiteral("other")),
              QStringLiteral("Keep going for 1 minute, once a day, on 1 day a week"));

    Dose once;
    once.sets = 1;
    once.reps = 1;
    once.perSide = true;
    EXPECT_EQ(DoseWording::dose(once, PrescribedSide::NotApplicable, QString()),
              QStringLiteral("1 time, on each side, once a day, every day"));

    Prescription p;
    p.dose.sets = 3;
    p.restSeconds = 90;
    p.load = QStringLiteral("red band");
    p.tempo = QStringLiteral("slowly");
    EXPECT_EQ(DoseWording::details(p), (QStringList{QStringLiteral("Rest 90 seconds between sets."),
                                                    QStringLiteral("Resistance: red band"),
                                                    QStringLiteral("Speed: slowly")}));
    p.restSeconds = 150;
    EXPECT_EQ(DoseWording::details(p).first(),
              QStringLiteral("Rest 2 minutes 30 seconds between sets."));
    p.dose.sets = 1; // no rest between sets when there is one set
    EXPECT_EQ(DoseWording::details(p).size(), 2);
}

TEST_F(HandoutTest, AssemblesFromProgrammePatientExercisesAndSettings)
{
    const HandoutContent c = demoContent();
    EXPECT_EQ(c.patientId, m_patient);
    EXPECT_EQ(c.patientName, QStringLiteral("Ada Testperson"));
    EXPECT_EQ(c.clinicName, QStringLiteral("Riverside Physiotherapy"));
    EXPECT_EQ(c.date, QDate(2026, 11, 21)); // from the workspace clock
    ASSERT_EQ(c.items.size(), 8);
    EXPECT_EQ(c.items.first().exercise.stableId, QStringLiteral("walking"));
    EXPECT_EQ(c.items.first().section, QStringLiteral("Warm-up"));
    EXPECT_EQ(c.diaryWeeks(), 3); // 21 days to the review

    Programme missing;
    missing.patientId = m_patient;
    missing.sections.append({QStringLiteral("x"), {Prescription{}}});
    missing.sections[0].prescriptions[0].exerciseId = 999999;
    auto bad = HandoutAssembly::assemble(*m_workspace, missing, {});
    ASSERT_FALSE(bad);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("999999")));

    Programme empty;
    empty.patientId = m_patient;
    auto none = HandoutAssembly::assemble(*m_workspace, empty, {});
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, QStringLiteral("handout.empty"));

    empty.patientId = 424242;
    EXPECT_FALSE(HandoutAssembly::assemble(*m_workspace, empty, {}));
}

TEST_F(HandoutTest, PdfCarriesEveryPartWithNameAndPageNumbersOnEveryPage)
{
    HandoutBuilder builder(demoContent());
    ASSERT_TRUE(builder.writePdf(path(), QPageSize(QPageSize::A4)));
    const QStringList pages = pdfPages(path());
    ASSERT_GE(pages.size(), 3);
    for (int i = 0; i < pages.size(); ++i) {
        EXPECT_TRUE(pages.at(i).contains(QStringLiteral("Ada Testperson"))) << i;
        EXPECT_TRUE(
            pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())))
            << i;
    }
    const QString all = pages.join(QLatin1Char('\n'));
    const QString flat = all.simplified();
    for (const char* expected : {"Riverside Physiotherapy",
                                 "12 Mill Lane, Exampleton",
                                 "01234 567890",
                                 "Sam Physio",
                                 "21 November 2026",
                                 "Back to walking and gardening",
                                 "Stop and seek help urgently if",
                                 "lose control of your bladder or bowels",
                                 "Walk for 10 minutes, 3 times a day, every day",
                                 "3 sets of 10, once a day, every day",
                                 "Rest 1 minute between sets.",
                                 "hold 30 seconds, left side only",
                                 "left and right in turn",
                                 "on each side",
                                 "slowly, 2 seconds each way",
                                 "Keep your ribs down",
                                 "You should feel:",
                                 "Stop if:",
                                 "How to exercise with back pain",
                                 "Little and often",
                                 "Soreness is normal",
                                 "Your activity plan: Walking",
                                 "Your diary",
                                 "Pain 0–10",
                                 "Week 3",
                                 "Bring this diary to your next visit",
                                 "does not replace medical advice",
                                 "Sessions"})
        EXPECT_TRUE(flat.contains(QString::fromUtf8(expected))) << expected;
    EXPECT_FALSE(flat.contains(QStringLiteral("Week 4 "))); // diary runs to the review date
    EXPECT_FALSE(all.contains(QStringLiteral("[[")));       // every marker became a picture

    // Fonts embedded (TOOLCHAIN.md pitfall 4): every font line says "yes" for emb.
    const QStringList fonts =
        runTool(QStringLiteral("pdffonts"), {path()}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GE(fonts.size(), 3) << "no fonts in the PDF";
    for (int i = 2; i < fonts.size(); ++i) {
        const QStringList cols = fonts.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(cols.size(), 5);
        EXPECT_EQ(cols.at(cols.size() - 5), QStringLiteral("yes")) << fonts.at(i).toStdString();
    }
}

TEST_F(HandoutTest, PaperSizeA4OrLetter)
{
    HandoutBuilder builder(demoContent(false));
    ASSERT_TRUE(builder.writePdf(path(QStringLiteral("a4.pdf")), QPageSize(QPageSize::A4)));
    ASSERT_TRUE(builder.writePdf(path(QStringLiteral("letter.pdf")), QPageSize(QPageSize::Letter)));
    const QString a4 = runTool(QStringLiteral("pdfinfo"), {path(QStringLiteral("a4.pdf"))});
    const QString letter = runTool(QStringLiteral("pdfinfo"), {path(QStringLiteral("letter.pdf"))});
    EXPECT_TRUE(a4.contains(QStringLiteral("(A4)"))) << a4.toStdString();
    EXPECT_TRUE(letter.contains(QStringLiteral("612 x 792 pts"))) << letter.toStdString();
    const auto pagesOf = [](const QString& info) {
        return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
            .match(info)
            .captured(1)
            .toInt();
    };
    EXPECT_GE(pagesOf(a4), 3);
    EXPECT_EQ(pagesOf(a4), pdfPages(path(QStringLiteral("a4.pdf"))).size());
    EXPECT_GE(pagesOf(letter), 3);
}

TEST_F(HandoutTest, NoExerciseIsSplitAcrossPages)
{
    const HandoutContent content = demoContent();
    for (const QPageSize& size : {QPageSize(QPageSize::A4), QPageSize(QPageSize::Letter)}) {
        ASSERT_TRUE(HandoutBuilder(content).writePdf(path(), size));
        const QStringList pages = pdfPages(path());
        int found = 0;
        for (int i = 0; i < content.items.size(); ++i) {
            const HandoutItem& item = content.items.at(i);
            ASSERT_FALSE(item.exercise.stopIf.isEmpty());
            // The block's heading and its last line ("Stop if: ...") on the same page.
            const QString heading = QStringLiteral("%1. %2").arg(i + 1).arg(item.exercise.name);
            const QString stopWords = item.exercise.stopIf.last()
                                          .simplified()
                                          .split(QLatin1Char(' '))
                                          .mid(0, 3)
                                          .join(QLatin1Char(' '));
            for (const QString& page : pages) {
                const QString flat = page.simplified();
                if (flat.contains(heading)) {
                    ++found;
                    EXPECT_TRUE(flat.contains(stopWords))
                        << heading.toStdString() << " split from " << stopWords.toStdString();
                }
            }
        }
        EXPECT_EQ(found, 8);
    }
}

TEST_F(HandoutTest, GoldenTextOfTheDemoProgramme)
{
    ASSERT_TRUE(HandoutBuilder(demoContent()).writePdf(path(), QPageSize(QPageSize::A4)));
    const QString actual = normalised(pdfPages(path()));
    // GRADUS_HANDOUT_PDF=FILE keeps a copy to look at (pdftoppm -png -r 70 FILE page).
    if (const QString keep = qEnvironmentVariable("GRADUS_HANDOUT_PDF"); !keep.isEmpty()) {
        QFile::remove(keep);
        QFile::copy(path(), keep);
    }
    const QString golden = QStringLiteral(GRADUS_TEST_DATA_DIR "/handout_demo_a4.txt");
    if (qEnvironmentVariableIsSet("GRADUS_UPDATE_GOLDEN")) {
        QFile out(golden);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.toUtf8());
    }
    QFile in(golden);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly))
        << "missing " << golden.toStdString() << " (GRADUS_UPDATE_GOLDEN=1 writes it)";
    EXPECT_EQ(actual.toStdString(), QString::fromUtf8(in.readAll()).toStdString());
}

TEST_F(HandoutTest, GateRefusalWritesNoFile)
{
    const HandoutContent content = demoContent(false);
    ASSERT_TRUE(m_workspace->db().exec(QStringLiteral("UPDATE patient SET notes = ? WHERE id = ?"),
                                       {QStringLiteral("UNRESOLVED RED FLAG"), m_patient}));
    auto refused = HandoutExport::writePdf(*m_workspace, content, refuseWhenFlagged, path(),
                                           QPageSize(QPageSize::A4));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QStringLiteral("redflag.unresolved"));
    EXPECT_FALSE(QFileInfo::exists(path()));

    ASSERT_TRUE(m_workspace->db().exec(QStringLiteral("UPDATE patient SET notes = '' WHERE id = ?"),
                                       {m_patient}));
    auto written = HandoutExport::writePdf(*m_workspace, content, refuseWhenFlagged, path(),
                                           QPageSize(QPageSize::A4));
    ASSERT_TRUE(written) << written.error().message.toStdString();
    EXPECT_EQ(written->exercises, 8);
    EXPECT_TRUE(QFileInfo::exists(path()));
    // The application's check lets a handout through without red flags or exercises to avoid.
    EXPECT_TRUE(applicationHandoutCheck(Programme{})(*m_workspace, m_patient));
    EXPECT_FALSE(HandoutExport::writePdf(*m_workspace, content, HandoutCheck(), path(),
                                         QPageSize(QPageSize::A4)));
}

TEST_F(HandoutTest, UntranslatedLanguageFallsBackToEnglishWithANote)
{
    HandoutContent content = demoContent(false);
    content.language = QStringLiteral("xx");
    auto written =
        HandoutExport::writePdf(*m_workspace, content, applicationHandoutCheck(Programme{}), path(),
                                QPageSize(QPageSize::A4));
    ASSERT_TRUE(written);
    EXPECT_TRUE(written->languageNote.contains(QStringLiteral("xx")));
    EXPECT_TRUE(pdfPages(path()).join(QString()).contains(QStringLiteral("Your exercises")));

    content.language = QStringLiteral("en");
    EXPECT_TRUE(HandoutBuilder(content).language().note().isEmpty());
    EXPECT_EQ(HandoutLanguage::load(QStringLiteral("xx"))
                  .text(QT_TRANSLATE_NOOP("HandoutText", "%n time(s)"), 2),
              QStringLiteral("2 times"));
}

TEST_F(HandoutTest, ReadsTheStoredProgramme)
{
    auto missing = loadProgramme(*m_workspace, 987654);
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("987654")));

    auto programme = demoHandoutProgramme(*m_workspace, m_patient);
    ASSERT_TRUE(programme) << programme.error().message.toStdString();
    auto id = ProgrammeRepository(*m_workspace).create(*programme);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    auto stored = loadProgramme(*m_workspace, *id);
    ASSERT_TRUE(stored) << stored.error().message.toStdString();
    EXPECT_EQ(stored->patientId, m_patient);
    int prescriptions = 0;
    for (const ProgrammeSection& section : stored->sections)
        prescriptions += int(section.prescriptions.size());
    EXPECT_EQ(prescriptions, 8);
}
