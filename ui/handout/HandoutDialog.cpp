#include "handout/HandoutDialog.h"
#include "BackgroundTask.h"
#include "PlainMessageBox.h"

#include "Workspace.h"
#include "handout/HandoutBuilder.h"
#include "i18n/Languages.h"
#include "report/PdfReportWriter.h"
#include "settings/ClinicSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace gradus {

HandoutDialog::HandoutDialog(Workspace& workspace, HandoutContent content, HandoutCheck check,
                             QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_content(std::move(content)),
      m_check(std::move(check))
{
    setWindowTitle(tr("Handout for %1").arg(m_content.patientName));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Patient:"), new QLabel(m_content.patientName.toHtmlEscaped(), this));
    form->addRow(tr("Exercises:"), new QLabel(QString::number(m_content.items.size()), this));
    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4"), QStringLiteral("a4"));
    m_paper->addItem(tr("US Letter"), QStringLiteral("letter"));
    const bool letter = PdfReportWriter::pageSizeFromSetting(
                            workspace.settings().stringValue(ClinicSettings::Key::PaperSize))
                            .id() == QPageSize::Letter;
    m_paper->setCurrentIndex(letter ? 1 : 0);
    form->addRow(tr("Paper:"), m_paper);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("handoutLanguage"));
    for (const QString& code : Languages::codes())
        m_language->addItem(Languages::choiceLabel(code), code);
    m_language->setToolTip(tr("The language the patient reads: the patient's preferred language "
                              "unless you choose another. Exercises your clinic wrote or "
                              "edited are printed as written."));
    form->addRow(tr("Language:"), m_language);
    layout->addLayout(form);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(this);
    m_preview = buttons->addButton(tr("Preview\u2026"), QDialogButtonBox::ActionRole);
    m_print = buttons->addButton(tr("Print\u2026"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("Save as PDF\u2026"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(m_preview, &QPushButton::clicked, this, &HandoutDialog::preview);
    connect(m_print, &QPushButton::clicked, this, &HandoutDialog::print);
    connect(m_save, &QPushButton::clicked, this, &HandoutDialog::saveAsPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const int current = m_language->findData(Languages::fromUserText(m_content.language));
    m_language->setCurrentIndex(current >= 0 ? current : 0);
    if (current >= 0)
        m_content.language = m_language->currentData().toString();
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_content.language = m_language->currentData().toString();
        if (checkAllowed())
            showLanguageNote();
    });
    if (checkAllowed())
        showLanguageNote();
}

void HandoutDialog::setLanguage(const QString& code)
{
    const int index = m_language->findData(Languages::fromUserText(code));
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

void HandoutDialog::showLanguageNote()
{
    m_status->setText(HandoutLanguage::load(m_content.language).note());
}

QPageSize HandoutDialog::pageSize() const
{
    return PdfReportWriter::pageSizeFromSetting(m_paper->currentData().toString());
}

void HandoutDialog::setPageSize(const QPageSize& size)
{
    m_paper->setCurrentIndex(size.id() == QPageSize::Letter ? 1 : 0);
}

Status HandoutDialog::checkAllowed()
{
    Status allowed = m_check ? m_check(m_workspace, m_content.patientId)
                             : Status(Error{QStringLiteral("handout.gate"),
                                            tr("The handout cannot be checked for safety.")});
    m_refusal = allowed ? QString() : allowed.error().message;
    for (QPushButton* button : {m_preview, m_print, m_save})
        button->setEnabled(static_cast<bool>(allowed));
    if (!allowed)
        m_status->setText(tr("This handout cannot be printed: %1").arg(m_refusal));
    return allowed;
}

void HandoutDialog::configure(QPrinter& printer) const
{
    printer.setPageLayout(QPageLayout(pageSize(), QPageLayout::Portrait,
                                      HandoutBuilder::marginsMm(), QPageLayout::Millimeter));
    printer.setDocName(tr("Handout %1").arg(m_content.patientName));
}

Status HandoutDialog::savePdf(const QString& path)
{
    if (auto allowed = checkAllowed(); !allowed)
        return allowed;
    // Pictures and text laid out for print: on a worker, so the window keeps answering.
    return BackgroundTask::run(this, tr("Saving the handout…"),
                               [content = m_content, size = pageSize(), path](TaskProgress&) {
                                   return HandoutBuilder(content).writePdf(path, size);
                               });
}

Status HandoutDialog::printTo(QPrinter& printer)
{
    if (auto allowed = checkAllowed(); !allowed)
        return allowed;
    return HandoutBuilder(m_content).render(printer);
}

void HandoutDialog::preview()
{
    if (!checkAllowed())
        return;
    QPrinter printer(QPrinter::HighResolution);
    configure(printer);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(windowTitle());
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* p) {
        if (auto st = printTo(*p); !st)
            showError(st.error().message);
    });
    dialog.exec();
}

void HandoutDialog::print()
{
    if (!checkAllowed())
        return;
    QPrinter printer(QPrinter::HighResolution);
    configure(printer);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto st = printTo(printer); !st)
        showError(st.error().message);
}

void HandoutDialog::saveAsPdf()
{
    if (!checkAllowed())
        return;
    const QString suggested = QDir::home().filePath(
        tr("Handout %1 %2.pdf").arg(m_content.patientName, m_content.date.toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save handout as PDF"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto st = savePdf(path); !st) {
        if (!BackgroundTask::wasCancelled(st))
            showError(st.error().message);
    } else
        m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void HandoutDialog::showError(const QString& message)
{
    PlainMessageBox::warning(this, windowTitle(), message);
}

} // namespace gradus
