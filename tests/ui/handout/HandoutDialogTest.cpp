// The handout dialog with real widgets: printing to a real QPrinter (PDF output, read back
// with poppler), saving, the paper choice, and a gate that refuses.
#include "handout/HandoutDialog.h"
#include "Workspace.h"
#include "demo/DemoHandout.h"
#include "exercises/ExerciseLibrary.h"
#include "services/HandoutAssembly.h"
#include "settings/ClinicSettings.h"
#include "support/TestStore.h"
#include "support/VisitFixtures.h"

#include <gtest/gtest.h>

#include <QFileInfo>
#include <QLabel>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>

using namespace gradus;

namespace {

QString tool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

class HandoutDialogTest : public testing::Test
{
protected:
    void SetUp() override
    {
        auto db = m_store.open();
        ASSERT_TRUE(db);
        m_workspace = std::make_unique<Workspace>(std::move(db), m_clock);
        ASSERT_TRUE(ExerciseLibrary::ensureLoaded(*m_workspace));
        ASSERT_TRUE(m_workspace->settings().setValue(ClinicSettings::Key::PaperSize,
                                                     QStringLiteral("letter")));
        m_patient = test::insertPatient(m_workspace->db(), QStringLiteral("Cal"),
                                        QStringLiteral("Printwell"));
        auto programme = demoHandoutProgramme(*m_workspace, m_patient);
        ASSERT_TRUE(programme);
        auto content = HandoutAssembly::assemble(*m_workspace, *programme, {});
        ASSERT_TRUE(content);
        m_content = *content;
    }
    QString path(const QString& name) const { return m_store.dir() + QLatin1Char('/') + name; }

    test::TestStore m_store;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_patient = 0;
    HandoutContent m_content;
};

// A gate as the safety work will have it, counting how often it was asked.
struct CountingGate
{
    bool refuse = false;
    std::shared_ptr<int> calls = std::make_shared<int>(0);
    Status operator()(Workspace&, qint64) const
    {
        ++*calls;
        if (refuse)
            return Error{QStringLiteral("redflag.unresolved"),
                         QStringLiteral("Record a decision on the red flag first.")};
        return {};
    }
};

} // namespace

TEST_F(HandoutDialogTest, PrintsAndSavesTheCoreDocument)
{
    CountingGate gate;
    HandoutDialog dialog(*m_workspace, m_content, gate);
    EXPECT_EQ(dialog.pageSize().id(), QPageSize::Letter); // from the clinic setting
    EXPECT_TRUE(dialog.refusal().isEmpty());
    EXPECT_TRUE(dialog.printButton()->isEnabled());

    // Print to a real printer writing PDF: the same document as the core writes.
    dialog.setPageSize(QPageSize(QPageSize::A4));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path(QStringLiteral("printed.pdf")));
    printer.setPageLayout(QPageLayout(dialog.pageSize(), QPageLayout::Portrait,
                                      QMarginsF(16, 14, 16, 10), QPageLayout::Millimeter));
    ASSERT_TRUE(dialog.printTo(printer));
    const QString printed = tool(QStringLiteral("pdftotext"),
                                 {path(QStringLiteral("printed.pdf")), QStringLiteral("-")});
    EXPECT_TRUE(printed.contains(QStringLiteral("Cal Printwell")));
    EXPECT_TRUE(printed.contains(QStringLiteral("Stop and seek help urgently if")));
    EXPECT_TRUE(printed.contains(QStringLiteral("8. ")));
    EXPECT_TRUE(tool(QStringLiteral("pdfinfo"), {path(QStringLiteral("printed.pdf"))})
                    .contains(QStringLiteral("(A4)")));

    dialog.setPageSize(QPageSize(QPageSize::Letter));
    ASSERT_TRUE(dialog.savePdf(path(QStringLiteral("saved.pdf"))));
    EXPECT_TRUE(tool(QStringLiteral("pdfinfo"), {path(QStringLiteral("saved.pdf"))})
                    .contains(QStringLiteral("612 x 792 pts")));
    EXPECT_GE(*gate.calls, 3); // on opening and before each output
}

TEST_F(HandoutDialogTest, RefusingGateDisablesOutputAndWritesNothing)
{
    CountingGate gate;
    gate.refuse = true;
    HandoutDialog dialog(*m_workspace, m_content, gate);
    EXPECT_EQ(dialog.refusal(), QStringLiteral("Record a decision on the red flag first."));
    EXPECT_FALSE(dialog.previewButton()->isEnabled());
    EXPECT_FALSE(dialog.printButton()->isEnabled());
    EXPECT_FALSE(dialog.saveButton()->isEnabled());
    bool shown = false;
    for (QLabel* label : dialog.findChildren<QLabel*>())
        shown = shown || label->text().contains(QStringLiteral("red flag"));
    EXPECT_TRUE(shown);

    auto saved = dialog.savePdf(path(QStringLiteral("refused.pdf")));
    ASSERT_FALSE(saved);
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("refused.pdf"))));
    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path(QStringLiteral("refused-print.pdf")));
    EXPECT_FALSE(dialog.printTo(printer));
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("refused-print.pdf"))));

    // Once the decision is recorded, the same dialog lets the handout through.
    gate.refuse = false;
    HandoutDialog later(*m_workspace, m_content, gate);
    EXPECT_TRUE(later.saveButton()->isEnabled());
}
