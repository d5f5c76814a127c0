// Edit → Preferences…: loads the clinic's settings and this desk's name, writes them in one
// go, and names a refused value at its field without writing anything.
#include "settings/PreferencesDialog.h"
#include "Workspace.h"
#include "settings/ClinicSettings.h"
#include "settings/DeskSettings.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace gradus;
using Key = ClinicSettings::Key;

namespace {

class PreferencesDialogTest : public testing::Test
{
protected:
    void SetUp() override
    {
        auto db = m_store.open();
        ASSERT_TRUE(db);
        m_workspace = std::make_unique<Workspace>(std::move(db), m_clock);
    }
    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    test::TestStore m_store;
    SystemClock m_clock;
    std::unique_ptr<Workspace> m_workspace;
    QTemporaryDir m_dir;
    DeskSettings m_desk{m_dir.filePath(QStringLiteral("desk.conf"))};
};

} // namespace

TEST_F(PreferencesDialogTest, ShowsTheStoredSettings)
{
    ClinicSettings& s = m_workspace->settings();
    ASSERT_TRUE(s.setValues({{Key::ClinicName, QStringLiteral("Riverside Physiotherapy")},
                             {Key::ClinicAddress, QStringLiteral("12 Mill Lane\nExampleton")},
                             {Key::PaperSize, QStringLiteral("letter")},
                             {Key::HandoutLanguage, QStringLiteral("de")},
                             {Key::PacingWeeklyPercent, 15}}));
    m_desk.setClinicianName(QStringLiteral("Sam Okafor"));
    PreferencesDialog dialog(*m_workspace, m_desk);
    EXPECT_EQ(dialog.textField(Key::ClinicName)->text(), QStringLiteral("Riverside Physiotherapy"));
    EXPECT_EQ(dialog.addressField()->toPlainText(), QStringLiteral("12 Mill Lane\nExampleton"));
    EXPECT_EQ(dialog.paperField()->currentData().toString(), QStringLiteral("letter"));
    EXPECT_EQ(dialog.languageField()->currentData().toString(), QStringLiteral("de"));
    EXPECT_TRUE(dialog.languageField()->currentText().startsWith(QStringLiteral("Deutsch")));
    EXPECT_EQ(dialog.numberField(Key::PacingWeeklyPercent)->value(), 15);
    EXPECT_EQ(dialog.numberField(Key::PacingWeeklyPercent)->maximum(), 20);
    EXPECT_EQ(dialog.clinicianField()->text(), QStringLiteral("Sam Okafor"));
    EXPECT_EQ(dialog.tabs()->count(), 4);
}

TEST_F(PreferencesDialogTest, SavesEverythingAndTheDeskNameSeparately)
{
    PreferencesDialog dialog(*m_workspace, m_desk);
    dialog.textField(Key::ClinicName)->setText(QStringLiteral("Riverside Physiotherapy"));
    dialog.addressField()->setPlainText(QStringLiteral("12 Mill Lane\nExampleton EX1 2AB"));
    dialog.textField(Key::ClinicPhone)->setText(QStringLiteral("01234 567890"));
    dialog.textField(Key::ClinicEmail)->setText(QStringLiteral("desk@riverside.example"));
    dialog.textField(Key::ClinicWebsite)->setText(QStringLiteral("www.riverside.example"));
    dialog.paperField()->setCurrentIndex(dialog.paperField()->findData(QStringLiteral("letter")));
    dialog.languageField()->setCurrentIndex(dialog.languageField()->findData(QStringLiteral("fr")));
    dialog.numberField(Key::PainAcceptableMax)->setValue(6);
    dialog.clinicianField()->setText(QStringLiteral("Sam Okafor"));
    ASSERT_TRUE(dialog.chooseLogoFile(
        writeFile(QStringLiteral("logo.svg"),
                  "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 100\">"
                  "<rect width=\"200\" height=\"100\" fill=\"#1f6f78\"/></svg>")));
    EXPECT_FALSE(dialog.logoPreview()->pixmap().isNull());
    ASSERT_TRUE(dialog.save());

    const ClinicSettings& s = m_workspace->settings();
    EXPECT_EQ(s.stringValue(Key::ClinicName), QStringLiteral("Riverside Physiotherapy"));
    EXPECT_EQ(s.stringValue(Key::ClinicAddress),
              QStringLiteral("12 Mill Lane\nExampleton EX1 2AB"));
    EXPECT_EQ(s.stringValue(Key::ClinicEmail), QStringLiteral("desk@riverside.example"));
    EXPECT_EQ(s.stringValue(Key::PaperSize), QStringLiteral("letter"));
    EXPECT_EQ(s.stringValue(Key::HandoutLanguage), QStringLiteral("fr"));
    EXPECT_EQ(s.intValue(Key::PainAcceptableMax), 6);
    EXPECT_EQ(s.logo().format(), ClinicLogo::Format::Svg);
    EXPECT_EQ(m_desk.clinicianName(), QStringLiteral("Sam Okafor"));
    // The desk's name is not a clinic setting.
    EXPECT_NE(s.stringValue(Key::ClinicName), QStringLiteral("Sam Okafor"));

    PreferencesDialog again(*m_workspace, m_desk);
    again.removeLogo();
    ASSERT_TRUE(again.save());
    EXPECT_TRUE(s.logo().isNull());
}

TEST_F(PreferencesDialogTest, ARefusedValueIsNamedAtItsFieldAndNothingIsWritten)
{
    PreferencesDialog dialog(*m_workspace, m_desk);
    dialog.show();
    dialog.textField(Key::ClinicName)->setText(QStringLiteral("Riverside Physiotherapy"));
    dialog.textField(Key::ClinicEmail)->setText(QStringLiteral("desk at riverside"));
    dialog.tabs()->setCurrentIndex(2);
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.problemLabel()->isVisible());
    EXPECT_TRUE(dialog.problemLabel()->text().contains(QStringLiteral("desk at riverside")));
    EXPECT_EQ(dialog.tabs()->currentIndex(), 0); // back on the tab of the field
    EXPECT_TRUE(dialog.textField(Key::ClinicEmail)->property("gradusInvalid").toBool());
    EXPECT_TRUE(m_workspace->settings().stringValue(Key::ClinicName).isEmpty());

    // The safe pain level above the acceptable one is refused as a pair.
    dialog.textField(Key::ClinicEmail)->setText(QStringLiteral("desk@riverside.example"));
    dialog.numberField(Key::PainSafeMax)->setValue(8);
    dialog.numberField(Key::PainAcceptableMax)->setValue(5);
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(dialog.problemLabel()->text().contains(QStringLiteral("safe pain")));
    EXPECT_EQ(dialog.tabs()->currentIndex(), 2);
    EXPECT_FALSE(dialog.textField(Key::ClinicEmail)->property("gradusInvalid").toBool());
    EXPECT_EQ(m_workspace->settings().intValue(Key::PainSafeMax), 2);

    // A file that is not an image is refused before anything is stored.
    EXPECT_FALSE(dialog.chooseLogoFile(writeFile(QStringLiteral("logo.png"), "not a picture")));
    EXPECT_TRUE(dialog.problemLabel()->text().contains(QStringLiteral("PNG or SVG")));
}
