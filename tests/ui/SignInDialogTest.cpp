// The sign-in dialog against the real test server: a clinician's account made by
// ServerAccounts, filled in as a clinician would, with each failure its own message and the
// password never stored.
#include "SignInDialog.h"
#include "Workspace.h"
#include "storage/Database.h"
#include "storage/ServerAccounts.h"
#include "support/ServerAccountFixture.h"
#include "support/TestStore.h"
#include "util/Clock.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

using namespace gradus;
using gradus::test::DropRoles;
using gradus::test::TestStore;

namespace {

const QString kPassword = QStringLiteral("signing in 2026");

class SignInDialogTest : public testing::Test
{
protected:
    SystemClock m_clock;
    void SetUp() override
    {
        m_store = std::make_unique<TestStore>(SqlBackend::Postgres);
        GRADUS_REQUIRE_STORE(*m_store);
        m_drop = std::make_unique<DropRoles>(m_store->location());
        auto owner = m_store->open();
        ASSERT_TRUE(owner);
        m_clinician = test::freshAccountName("c");
        m_drop->add(m_clinician);
        auto added =
            ServerAccounts(*owner).add(m_clinician, ServerAccounts::Role::Clinician, kPassword);
        ASSERT_TRUE(added) << added.error().message.toStdString();
        m_server = m_store->location();
        m_server.user = m_clinician;
        m_server.password.clear();
    }

    static void type(QLineEdit* field, const QString& text)
    {
        field->clear();
        QTest::keyClicks(field, text);
    }

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<DropRoles> m_drop;
    QString m_clinician;
    DatabaseLocation m_server;
};

} // namespace

TEST_F(SignInDialogTest, AnAccountWithoutAPasswordIsAskedAndSignsIn)
{
    // What the app meets first: the server wants a password nobody gave.
    auto first = Database::open(m_server);
    ASSERT_FALSE(first);
    EXPECT_EQ(first.error().kind(), ErrorKind::Authentication)
        << first.error().message.toStdString();

    SignInDialog dialog(m_server, m_clock);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_EQ(dialog.serverField()->text(), m_server.host);
    EXPECT_EQ(dialog.portField()->value(), m_server.port);
    EXPECT_EQ(dialog.databaseField()->text(), m_server.databaseName);
    EXPECT_EQ(dialog.userField()->text(), m_clinician);
    EXPECT_EQ(dialog.passwordField()->echoMode(), QLineEdit::Password);
    EXPECT_EQ(dialog.focusWidget(), dialog.passwordField()) << "the one field left to fill";
    QStringList modes;
    for (int i = 0; i < dialog.tlsField()->count(); ++i)
        modes << dialog.tlsField()->itemData(i).toString();
    EXPECT_EQ(modes, (QStringList{u"prefer"_qs, u"require"_qs, u"verify-full"_qs, u"disable"_qs}));
    dialog.tlsField()->setCurrentIndex(dialog.tlsField()->findData(u"disable"_qs));

    const QString shots = qEnvironmentVariable("GRADUS_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        dialog.grab().save(QDir(shots).filePath(QStringLiteral("sign-in-dialog-empty.png")));

    type(dialog.passwordField(), u"not my password"_qs);
    auto* signIn = dialog.findChild<QPushButton*>(u"signIn"_qs);
    ASSERT_NE(signIn, nullptr);
    QTest::mouseClick(signIn, Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible()) << "a wrong password keeps the dialog open";
    EXPECT_TRUE(dialog.problemText().contains(u"user name or password is not right"_qs))
        << dialog.problemText().toStdString();
    EXPECT_FALSE(dialog.takeStore());
    if (!shots.isEmpty())
        dialog.grab().save(QDir(shots).filePath(QStringLiteral("sign-in-dialog.png")));

    type(dialog.passwordField(), kPassword);
    QTest::keyClick(dialog.passwordField(), Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    auto store = dialog.takeStore();
    ASSERT_TRUE(store);
    Database* db = &store->db();
    auto who = db->exec(u"SELECT session_user"_qs);
    ASSERT_TRUE(who && who->next());
    EXPECT_EQ(who->value(0).toString(), m_clinician);
    EXPECT_EQ(db->location().sslMode, u"disable"_qs);
    EXPECT_TRUE(dialog.passwordField()->text().isEmpty());

    // Remembered for next time, all but the password.
    QSettings settings;
    settings.beginGroup(u"SignIn"_qs);
    EXPECT_EQ(settings.value(u"user"_qs).toString(), m_clinician);
    EXPECT_EQ(settings.value(u"tls"_qs).toString(), u"disable"_qs);
    for (const QString& key : settings.allKeys())
        EXPECT_FALSE(settings.value(key).toString().contains(kPassword)) << key.toStdString();
    SignInDialog next(DatabaseLocation{}, m_clock);
    EXPECT_EQ(next.userField()->text(), m_clinician);
    EXPECT_EQ(next.serverField()->text(), m_server.host);
    EXPECT_TRUE(next.passwordField()->text().isEmpty());
}

TEST_F(SignInDialogTest, EachFailureHasItsOwnMessage)
{
    SignInDialog dialog(m_server, m_clock);
    dialog.show();
    type(dialog.passwordField(), kPassword);

    type(dialog.databaseField(), u"no_such_clinic"_qs);
    EXPECT_FALSE(dialog.signIn());
    EXPECT_TRUE(dialog.problemText().contains(u"no database named no_such_clinic"_qs))
        << dialog.problemText().toStdString();

    type(dialog.databaseField(), m_server.databaseName);
    dialog.portField()->setValue(1); // nothing listens there
    EXPECT_FALSE(dialog.signIn());
    EXPECT_TRUE(dialog.problemText().contains(u"cannot be reached"_qs))
        << dialog.problemText().toStdString();
    dialog.portField()->setValue(m_server.port);

    dialog.tlsField()->setCurrentIndex(dialog.tlsField()->findData(u"require"_qs));
    EXPECT_FALSE(dialog.signIn()) << "the test server has no TLS";
    EXPECT_TRUE(dialog.problemText().contains(u"secure (TLS) connection"_qs))
        << dialog.problemText().toStdString();
    dialog.tlsField()->setCurrentIndex(dialog.tlsField()->findData(u"disable"_qs));

    type(dialog.serverField(), QString());
    EXPECT_FALSE(dialog.signIn());
    EXPECT_TRUE(dialog.problemText().contains(u"server's name"_qs));
    type(dialog.serverField(), m_server.host);

    // A clinic database that a newer Gradus has upgraded.
    {
        auto owner = m_store->open();
        ASSERT_TRUE(owner);
        ASSERT_TRUE(owner->exec(u"UPDATE schema_meta SET value = ? WHERE key = 'schema_version'"_qs,
                                {QString::number(Database::latestSchemaVersion() + 1)}));
    }
    EXPECT_FALSE(dialog.signIn());
    EXPECT_TRUE(dialog.problemText().contains(u"newer version of Gradus"_qs))
        << dialog.problemText().toStdString();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
}
