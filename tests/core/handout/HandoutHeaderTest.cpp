// The clinic's header on the handout: name, address, phone, e-mail, website and logo, read
// back from the real PDF (pdftotext for the text; pdftoppm and pdfimages for the logo).
#include "Workspace.h"
#include "demo/DemoHandout.h"
#include "exercises/ExerciseLibrary.h"
#include "handout/HandoutBuilder.h"
#include "services/HandoutAssembly.h"
#include "settings/ClinicSettings.h"
#include "support/TestStore.h"
#include "support/VisitFixtures.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace gradus;
using Key = ClinicSettings::Key;

namespace {

QString runTool(const QString& tool, const QStringList& args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

const QColor kLogoColour(0xff, 0x00, 0xff);

// How many pixels of the logo's colour the top fifth of page 1 holds, rendered at 50 dpi.
int logoPixelsOnFirstPage(const QString& pdf, const QString& dir)
{
    const QString prefix = dir + QStringLiteral("/page");
    runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-f"), QStringLiteral("1"),
             QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-png"), pdf, prefix});
    const QStringList pngs = QDir(dir).entryList({QStringLiteral("page*.png")});
    if (pngs.isEmpty())
        return -1;
    const QImage page(dir + u'/' + pngs.first());
    int count = 0;
    for (int y = 0; y < page.height() / 5; ++y)
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            if (c.red() > 230 && c.green() < 30 && c.blue() > 230)
                ++count;
        }
    return count;
}

class HandoutHeaderTest : public testing::Test
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
        ASSERT_TRUE(m_workspace->settings().setValues({
            {Key::ClinicName, QStringLiteral("Riverside Physiotherapy")},
            {Key::ClinicAddress, QStringLiteral("12 Mill Lane\nExampleton EX1 2AB")},
            {Key::ClinicPhone, QStringLiteral("01234 567890")},
            {Key::ClinicEmail, QStringLiteral("desk@riverside.example")},
            {Key::ClinicWebsite, QStringLiteral("www.riverside.example")},
        }));
    }

    QString writeHandout()
    {
        auto programme = demoHandoutProgramme(*m_workspace, m_patient);
        EXPECT_TRUE(programme);
        auto content = HandoutAssembly::assemble(*m_workspace, *programme, {});
        EXPECT_TRUE(content) << content.error().message.toStdString();
        const QString pdf = m_store.dir() + QStringLiteral("/header.pdf");
        EXPECT_TRUE(HandoutBuilder(*content).writePdf(pdf, QPageSize(QPageSize::A4)));
        return pdf;
    }

    test::TestStore m_store;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_patient = 0;
};

} // namespace

TEST_F(HandoutHeaderTest, ShowsEveryContactDetailOnTheFirstPage)
{
    const QString pdf = writeHandout();
    const QString firstPage =
        runTool(QStringLiteral("pdftotext"),
                {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                 QStringLiteral("1"), QStringLiteral("-layout"), pdf, QStringLiteral("-")})
            .simplified();
    for (const char* expected :
         {"Riverside Physiotherapy", "12 Mill Lane, Exampleton EX1 2AB", "Phone: 01234 567890",
          "E-mail: desk@riverside.example", "Web: www.riverside.example"})
        EXPECT_TRUE(firstPage.contains(QString::fromUtf8(expected)))
            << expected << "\n"
            << firstPage.left(600).toStdString();
    // Without a logo nothing of its colour is drawn (the check below can fail).
    QTemporaryDir pages;
    EXPECT_EQ(logoPixelsOnFirstPage(pdf, pages.path()), 0);
}

TEST_F(HandoutHeaderTest, DrawsAnSvgLogoAsVectorGraphics)
{
    auto logo = ClinicLogo::fromData(
        QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 100\">"
                          "<rect width=\"200\" height=\"100\" fill=\"#ff00ff\"/></svg>"));
    ASSERT_TRUE(logo);
    ASSERT_TRUE(m_workspace->settings().setLogo(*logo));
    const QString pdf = writeHandout();
    QTemporaryDir pages;
    // 45 mm x 22.5 mm at 50 dpi is about 88 x 44 pixels; allow for anti-aliased edges.
    EXPECT_GT(logoPixelsOnFirstPage(pdf, pages.path()), 2500);
    // Vector: no raster image in the PDF for it.
    const QString images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    EXPECT_FALSE(images.contains(QStringLiteral(" 200   100 "))) << images.toStdString();
    EXPECT_TRUE(runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                    .contains(QStringLiteral("Riverside Physiotherapy")));
}

TEST_F(HandoutHeaderTest, DrawsAPngLogoAtItsProportions)
{
    QImage image(160, 40, QImage::Format_RGB32);
    image.fill(kLogoColour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    ASSERT_TRUE(m_workspace->settings().setLogo(*ClinicLogo::fromData(bytes)));
    const QString pdf = writeHandout();
    QTemporaryDir pages;
    // 4:1 inside a 45 x 22 mm box: 45 x 11.25 mm, about 88 x 22 pixels at 50 dpi.
    const int pixels = logoPixelsOnFirstPage(pdf, pages.path());
    EXPECT_GT(pixels, 1400);
    EXPECT_LT(pixels, 2600);
    const QString images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    EXPECT_TRUE(images.contains(QRegularExpression(QStringLiteral("\\s160\\s+40\\s"))))
        << images.toStdString();
}
