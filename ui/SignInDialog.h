#pragma once

#include "connection/DatabaseLocation.h"
#include "util/Result.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace gradus {

class Clock;
class Workspace;

// Signing in to the clinic's database server: server, port, database, user name, password and
// how the connection is secured (TLS). Shown when a server refuses the account without a
// password (none in the address, ~/.pgpass or PGPASSWORD). Signing in opens the database
// there and then; a wrong password, a server out of reach, a missing database or a schema newer
// than this program each get their own message, and the dialog stays open for another try.
// The password is never stored; the other fields are remembered for this desk.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(const DatabaseLocation& server, Clock& clock, QWidget* parent = nullptr);
    ~SignInDialog() override;

    // Opens `location`; when the server refuses the account, asks with this dialog and opens
    // what the clinician signs in to. Returns the first error when they cancel.
    static Result<std::unique_ptr<Workspace>> openOrSignIn(const DatabaseLocation& location,
                                                           Clock& clock, QWidget* parent = nullptr);

    // Shows why the last attempt failed (before the dialog opens, or after signIn()).
    void showFailure(const Error& error);
    // Opens the database with the fields as filled in; accepts the dialog when it opened.
    Status signIn();

    std::unique_ptr<Workspace> takeStore();
    DatabaseLocation location() const;

    QLineEdit* serverField() const { return m_server; }
    QSpinBox* portField() const { return m_port; }
    QLineEdit* databaseField() const { return m_databaseName; }
    QLineEdit* userField() const { return m_user; }
    QLineEdit* passwordField() const { return m_password; }
    QComboBox* tlsField() const { return m_tls; }
    QString problemText() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void remember() const;
    void fitMessages();

    DatabaseLocation m_base;
    Clock& m_clock;
    QLineEdit* m_server = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_databaseName = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QComboBox* m_tls = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_detail = nullptr;
    QPushButton* m_signIn = nullptr;
    std::unique_ptr<Workspace> m_store;
};

} // namespace gradus
