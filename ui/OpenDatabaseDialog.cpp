#include "OpenDatabaseDialog.h"

#include "style/DialogParts.h"
#include "style/Tones.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace gradus {

OpenDatabaseDialog::OpenDatabaseDialog(const DatabaseLocation& current, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open Database"));
    setObjectName(QStringLiteral("openDatabaseDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* grid = new QGridLayout;
    m_file = new QRadioButton(tr("A database &file on this computer"), this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("databasePath"));
    m_path->setAccessibleName(tr("Database file"));
    m_path->setPlaceholderText(tr("/home/…/clinic.sqlite"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_server = new QRadioButton(tr("The clinic's &server"), this);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("databaseUrl"));
    m_url->setAccessibleName(tr("Server address"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/gradus"));
    auto* serverHint =
        new QLabel(tr("A password can be part of the address or in ~/.pgpass; recent databases are "
                      "remembered without it."),
                   this);
    serverHint->setWordWrap(true);
    tones::setTextTone(serverHint, tones::Tone::Muted);
    grid->addWidget(m_file, 0, 0, 1, 2);
    grid->addWidget(m_path, 1, 0);
    grid->addWidget(m_browse, 1, 1);
    grid->addWidget(m_server, 2, 0, 1, 2);
    grid->addWidget(m_url, 3, 0, 1, 2);
    grid->addWidget(serverHint, 4, 0, 1, 2);
    grid->setColumnMinimumWidth(0, 380);
    layout->addLayout(grid);
    m_problem = dialogParts::addProblemLine(layout, this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);

    if (current.backend == SqlBackend::Postgres) {
        m_server->setChecked(true);
        m_url->setText(current.displayName());
        m_path->setText(QString());
    } else {
        m_file->setChecked(true);
        m_path->setText(current.filePath);
    }
    connect(m_browse, &QPushButton::clicked, this, &OpenDatabaseDialog::browse);
    connect(m_file, &QRadioButton::toggled, this, &OpenDatabaseDialog::updateEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenDatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateEnabled();
}

void OpenDatabaseDialog::updateEnabled()
{
    const bool file = m_file->isChecked();
    m_path->setEnabled(file);
    m_browse->setEnabled(file);
    m_url->setEnabled(!file);
    (file ? m_path : m_url)->setFocus();
}

void OpenDatabaseDialog::browse()
{
    const QString start = m_path->text().isEmpty() ? QDir::homePath() : m_path->text();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), start, tr("Gradus database (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void OpenDatabaseDialog::accept()
{
    const bool file = m_file->isChecked();
    const QString text = (file ? m_path : m_url)->text().trimmed();
    QString problem;
    if (text.isEmpty()) {
        problem = file ? tr("Give the database file.") : tr("Give the server's address.");
    } else if (file && !QFileInfo(text).isFile()) {
        problem = tr("There is no file at %1.").arg(text);
    } else if (!file && !text.startsWith(QLatin1String("postgresql://"))) {
        problem = tr("A server address starts with postgresql://, for example "
                     "postgresql://gradus@clinic-server:5432/gradus.");
    } else {
        auto parsed = DatabaseLocation::parse(text);
        if (parsed)
            m_location = *parsed;
        else
            problem = parsed.error().message;
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    tones::setInvalid(file ? m_path : m_url, !problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace gradus
