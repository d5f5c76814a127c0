#include "SignInDialog.h"

#include "Workspace.h"
#include "services/StoreOpening.h"
#include "style/DialogParts.h"
#include "style/Tones.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShowEvent>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gradus {
namespace {

// Remembered per desk, never with the password.
const QString kGroup = QStringLiteral("SignIn");

struct TlsMode
{
    const char* code;
    const char* label;
};

const TlsMode kTlsModes[] = {
    {"prefer", QT_TRANSLATE_NOOP("gradus::SignInDialog", "When the server offers it")},
    {"require", QT_TRANSLATE_NOOP("gradus::SignInDialog", "Always (encrypted)")},
    {"verify-full",
     QT_TRANSLATE_NOOP("gradus::SignInDialog", "Always, and check the server's certificate")},
    {"disable", QT_TRANSLATE_NOOP("gradus::SignInDialog", "Never (only on a trusted network)")},
};

} // namespace

SignInDialog::SignInDialog(const DatabaseLocation& server, Clock& clock, QWidget* parent)
    : QDialog(parent), m_base(server), m_clock(clock)
{
    setWindowTitle(tr("Sign In to the Clinic Server"));
    setObjectName(QStringLiteral("signInDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Sign in with your own account on the clinic's database server. "
                                "Everything you record is kept under this name."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setPlaceholderText(tr("clinic-server"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setMaximumWidth(m_port->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 40);
    m_databaseName = new QLineEdit(this);
    m_databaseName->setObjectName(QStringLiteral("database"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_tls = new QComboBox(this);
    m_tls->setObjectName(QStringLiteral("tls"));
    for (const TlsMode& mode : kTlsModes)
        m_tls->addItem(tr(mode.label), QString::fromLatin1(mode.code));
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_databaseName);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Secure connection (&TLS):"), m_tls);
    layout->addLayout(form);

    auto* hint = new QLabel(tr("Your password is not stored on this computer."), this);
    hint->setWordWrap(true);
    tones::setTextTone(hint, tones::Tone::Muted);
    layout->addWidget(hint);

    m_problem = dialogParts::addProblemLine(layout, this);
    m_detail = dialogParts::plainLabel(QStringLiteral("detail"), dialogParts::Wrap::Yes, this);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tones::setTextTone(m_detail, tones::Tone::Muted);
    m_detail->hide();
    layout->addWidget(m_detail);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("Sign In"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    layout->addWidget(buttons);
    connect(m_signIn, &QPushButton::clicked, this, [this] { (void)signIn(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // What the address says, else what this desk used last time.
    QSettings settings;
    settings.beginGroup(kGroup);
    const auto pick = [&](const QString& given, const char* key) {
        return given.isEmpty() ? settings.value(QLatin1String(key)).toString() : given;
    };
    m_server->setText(pick(server.host, "server"));
    m_port->setValue(server.port > 0 ? server.port
                                     : settings.value(QStringLiteral("port"), 5432).toInt());
    m_databaseName->setText(pick(server.databaseName, "database"));
    m_user->setText(pick(server.user, "user"));
    const QString tls = pick(server.sslMode, "tls");
    const int tlsIndex = m_tls->findData(tls.isEmpty() ? QStringLiteral("prefer") : tls);
    m_tls->setCurrentIndex(tlsIndex >= 0 ? tlsIndex : 0);
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
    setMinimumWidth(460);
}

SignInDialog::~SignInDialog() = default;

std::unique_ptr<Workspace> SignInDialog::takeStore()
{
    return std::move(m_store);
}

DatabaseLocation SignInDialog::location() const
{
    DatabaseLocation where = m_base;
    where.backend = SqlBackend::Postgres;
    where.filePath.clear();
    where.host = m_server->text().trimmed();
    where.port = m_port->value();
    where.databaseName = m_databaseName->text().trimmed();
    where.user = m_user->text().trimmed();
    where.password = m_password->text();
    where.sslMode = m_tls->currentData().toString();
    return where;
}

QString SignInDialog::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void SignInDialog::showFailure(const Error& error)
{
    const DatabaseLocation where = location();
    QString problem;
    QWidget* field = nullptr;
    switch (error.kind()) {
    case ErrorKind::Authentication:
        if (error.message.contains(QLatin1String("not permitted to log in"))) {
            problem =
                tr("The account %1 is disabled. Ask the clinic's administrator.").arg(where.user);
            field = m_user;
        } else {
            problem = tr("The user name or password is not right. Check both and try again "
                         "(is Caps Lock on?).");
            field = m_password;
        }
        break;
    case ErrorKind::Unreachable:
        problem = tr("The server %1 (port %2) cannot be reached. Check the server's name and "
                     "port, and that this computer is on the clinic's network.")
                      .arg(where.host)
                      .arg(where.port);
        field = m_server;
        break;
    case ErrorKind::NoDatabase:
        problem = tr("The server has no database named %1. Check the name with the clinic's "
                     "administrator.")
                      .arg(where.databaseName);
        field = m_databaseName;
        break;
    case ErrorKind::NewerSchema:
        problem = tr("The clinic's database was last set up by a newer version of Gradus. "
                     "Install that version on this computer to sign in; nothing was changed.");
        break;
    case ErrorKind::TlsRequired:
        problem = tr("A secure (TLS) connection to the server could not be made. Choose another "
                     "setting for the secure connection, or ask the clinic's administrator.");
        field = m_tls;
        break;
    case ErrorKind::Permission:
    case ErrorKind::NeedsAdmin:
        problem = tr("The account %1 may not use this database. Ask the clinic's administrator "
                     "to give it a Gradus role.")
                      .arg(where.user);
        field = m_user;
        break;
    default:
        problem = tr("Could not sign in.");
        break;
    }
    m_problem->setText(problem);
    m_problem->show();
    // The taxonomy's own message, for the administrator the clinician will call when the
    // server or the connection is the trouble; a wrong password needs no more than the above.
    const bool forIt =
        field != m_password && field != m_databaseName && error.kind() != ErrorKind::NewerSchema;
    m_detail->setText(error.message);
    m_detail->setVisible(forIt);
    for (QWidget* w : {static_cast<QWidget*>(m_server), static_cast<QWidget*>(m_databaseName),
                       static_cast<QWidget*>(m_user), static_cast<QWidget*>(m_password),
                       static_cast<QWidget*>(m_tls)})
        tones::setInvalid(w, w == field);
    if (field) {
        field->setFocus();
        if (field == m_password)
            m_password->selectAll();
    }
    fitMessages();
}

void SignInDialog::fitMessages()
{
    // A shown dialog does not grow by itself for wrapped labels that appear in it.
    if (isVisible())
        resize(width(), std::max(height(), sizeHint().height()));
}

void SignInDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // The first field still to fill: the password, unless the address named no user.
    if (!m_problem->isVisible())
        (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
    fitMessages();
}

Status SignInDialog::signIn()
{
    QString missing;
    QLineEdit* empty = nullptr;
    if (m_server->text().trimmed().isEmpty()) {
        missing = tr("Give the server's name or address.");
        empty = m_server;
    } else if (m_databaseName->text().trimmed().isEmpty()) {
        missing = tr("Give the database's name.");
        empty = m_databaseName;
    } else if (m_user->text().trimmed().isEmpty()) {
        missing = tr("Give your user name.");
        empty = m_user;
    }
    if (empty) {
        const Error error{QStringLiteral("signin.missing"), missing, ErrorKind::Invalid};
        m_problem->setText(missing);
        m_problem->show();
        m_detail->hide();
        tones::setInvalid(empty, true);
        empty->setFocus();
        fitMessages();
        return error;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = StoreOpening::forDesk(location(), m_clock);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        showFailure(opened.error());
        return opened.error();
    }
    m_store = std::move(*opened);
    m_password->clear();
    remember();
    accept();
    return {};
}

void SignInDialog::remember() const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("server"), m_server->text().trimmed());
    settings.setValue(QStringLiteral("port"), m_port->value());
    settings.setValue(QStringLiteral("database"), m_databaseName->text().trimmed());
    settings.setValue(QStringLiteral("user"), m_user->text().trimmed());
    settings.setValue(QStringLiteral("tls"), m_tls->currentData().toString());
}

Result<std::unique_ptr<Workspace>> SignInDialog::openOrSignIn(const DatabaseLocation& location,
                                                              Clock& clock, QWidget* parent)
{
    auto opened = StoreOpening::forDesk(location, clock);
    if (opened || location.backend != SqlBackend::Postgres ||
        opened.error().kind() != ErrorKind::Authentication)
        return opened;
    SignInDialog dialog(location, clock, parent);
    // A password the address gave and the server refused is worth saying; an account that
    // simply needs one is asked without a complaint.
    if (!location.password.isEmpty() ||
        opened.error().message.contains(QLatin1String("not permitted to log in")))
        dialog.showFailure(opened.error());
    if (dialog.exec() != QDialog::Accepted)
        return opened.error();
    return dialog.takeStore();
}

} // namespace gradus
