#include "exchange/ExportFileDialog.h"

#include "BackgroundTask.h"
#include "i18n/Languages.h"
#include "services/ExportService.h"
#include "style/DialogParts.h"
#include "style/Tones.h"
#include "util/PrivateFile.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace gradus {

ExportFileDialog::ExportFileDialog(Workspace& workspace, const QString& title,
                                   const QString& fileFilter, const QString& intro, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_filter(fileFilter)
{
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    m_body = new QVBoxLayout;
    layout->addLayout(m_body);
    dialogParts::addIntro(m_body, intro, this);

    auto* fileRow = new QHBoxLayout;
    auto* fileLabel = new QLabel(tr("Save &to:"));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setMinimumWidth(380);
    fileLabel->setBuddy(m_path);
    auto* browse = new QPushButton(tr("&Browse…"));
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);

    m_status = dialogParts::addStatusLine(layout, QStringLiteral("exportStatus"), this);
    m_export =
        dialogParts::addCloseAndAction(layout, this, tr("&Export"), QStringLiteral("exportButton"));
    m_export->setDefault(true);

    connect(browse, &QPushButton::clicked, this, &ExportFileDialog::browse);
    connect(m_export, &QPushButton::clicked, this, [this] { exportNow(); });
    connect(m_path, &QLineEdit::textChanged, this,
            [this] { m_export->setEnabled(m_ready && !m_path->text().trimmed().isEmpty()); });
}

void ExportFileDialog::suggestFileName(const QString& fileName)
{
    // The folder the user chose last in this dialog, else the documents folder.
    QString folder = m_path->text().isEmpty()
                         ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                         : QFileInfo(m_path->text()).absolutePath();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    m_path->setText(QDir(folder).filePath(fileName));
}

void ExportFileDialog::setReady(bool ready, const QString& problem)
{
    m_ready = ready;
    m_export->setEnabled(ready && !m_path->text().trimmed().isEmpty());
    showStatus(problem, !ready);
}

void ExportFileDialog::browse()
{
    const QString chosen =
        QFileDialog::getSaveFileName(this, windowTitle(), m_path->text(), m_filter);
    if (chosen.isEmpty())
        return;
    m_path->setText(chosen);
    m_approvedReplace = chosen; // the save dialog has asked before replacing
}

void ExportFileDialog::showStatus(const QString& text, bool problem)
{
    tones::clearTextTone(m_status);
    if (problem)
        tones::setTextTone(m_status, tones::Tone::Error);
    m_status->setText(text);
}

bool ExportFileDialog::exportNow()
{
    const QString path = m_path->text().trimmed();
    if (!m_ready || path.isEmpty())
        return false;
    if (QFileInfo::exists(path) && path != m_approvedReplace) {
        showStatus(tr("%1 already exists. Choose another name, or choose it with Browse… to "
                      "replace it.")
                       .arg(path),
                   true);
        return false;
    }
    const Producer produce = producer();
    const Status written = BackgroundTask::runOnStore(
        this, m_workspace, tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)),
        [&](Workspace& store, TaskProgress& progress) -> Status {
            ExportService service(store);
            auto bytes = produce(service);
            if (!bytes)
                return bytes.error();
            if (progress.cancelled())
                return Error{QStringLiteral("export.cancelled"), tr("Cancelled.")};
            return PrivateFile::write(path, *bytes, PrivateFile::Existing::Replace);
        });
    if (BackgroundTask::wasCancelled(written)) {
        showStatus(tr("Export cancelled; no file was written."), false);
        return false;
    }
    if (!written) {
        showStatus(written.error().message, true);
        return false;
    }
    m_approvedReplace = path; // exporting again replaces what was just written
    showStatus(tr("Saved to %1. The file holds patient data: keep it safe.").arg(path), false);
    emit exported(path);
    return true;
}

QString ExportFileDialog::writtenIn(const HandoutLanguage& language, const QString& patientLanguage)
{
    QString name = Languages::choiceLabel(language.code());
    if (language.fellBack())
        return tr("%1: there is no translation for \"%2\" yet").arg(name, language.requested());
    if (patientLanguage.isEmpty())
        return tr("%1: the patient has no preferred language recorded").arg(name);
    if (Languages::fromUserText(patientLanguage) == language.code())
        return tr("%1, the patient's preferred language").arg(name);
    return name;
}

} // namespace gradus
