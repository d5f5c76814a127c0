#include "exchange/ProgrammeExportDialog.h"

#include "Workspace.h"
#include "programmes/DoseValidator.h"
#include "services/ExportService.h"
#include "services/ProgrammeRecords.h"
#include "style/DialogParts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace gradus {
namespace {

// Item data: a programme id, or minus a template id.
constexpr int kIdRole = Qt::UserRole;

} // namespace

ProgrammeExportDialog::ProgrammeExportDialog(Workspace& workspace, qint64 patientId,
                                             qint64 programmeId, QWidget* parent)
    : ExportFileDialog(
          workspace, tr("Export Programme"), tr("Gradus programme (*.json)"),
          tr("A programme file another clinic (or another desk) can import with Gradus: the "
             "sections, exercises, doses and notes, and your clinic's own exercises with their "
             "pictures. It holds no patient details."),
          parent),
      m_workspace(workspace)
{
    setObjectName(QStringLiteral("ProgrammeExportDialog"));
    m_source = new QComboBox;
    m_source->setObjectName(QStringLiteral("programmeSource"));
    m_source->setMinimumContentsLength(40);
    auto* form = new QFormLayout;
    form->addRow(tr("&Programme:"), m_source);
    body()->addLayout(form);
    m_preview = new QPlainTextEdit;
    m_preview->setObjectName(QStringLiteral("programmePreview"));
    m_preview->setReadOnly(true);
    m_preview->setMinimumSize(540, 280);
    body()->addWidget(m_preview, 1);

    ProgrammeRecords programmes(workspace);
    if (patientId > 0) {
        auto lineages = programmes.forPatient(patientId);
        for (const Programme& newest : lineages ? *lineages : QList<Programme>()) {
            auto versions = programmes.versions(newest.id);
            for (const Programme& v : versions ? *versions : QList<Programme>()) {
                if (v.status == ProgrammeStatus::Superseded)
                    continue;
                m_source->addItem(tr("%1 — version %2 (%3)")
                                      .arg(v.name)
                                      .arg(v.version)
                                      .arg(gradus::statusLabel(v.status).toLower()),
                                  v.id);
            }
        }
    }
    (void)programmes.ensureBuiltInTemplates();
    auto all = programmes.templates();
    if (all && !all->isEmpty()) {
        if (m_source->count() > 0)
            m_source->insertSeparator(m_source->count());
        for (const ProgrammeTemplate& t : *all)
            m_source->addItem(t.builtIn ? tr("Template: %1 (built in)").arg(t.name)
                                        : tr("Template: %1").arg(t.name),
                              -t.id);
    }
    if (programmeId > 0 && m_source->findData(programmeId) >= 0)
        m_source->setCurrentIndex(m_source->findData(programmeId));
    connect(m_source, &QComboBox::currentIndexChanged, this, &ProgrammeExportDialog::showChoice);
    showChoice();
}

void ProgrammeExportDialog::showChoice()
{
    const qint64 id = m_source->currentData(kIdRole).toLongLong();
    if (id == 0) {
        m_preview->clear();
        setReady(false, tr("There is no programme or template to export."));
        return;
    }
    ExportService service(m_workspace);
    auto document = id > 0 ? service.programmeDocument(id) : service.templateDocument(-id);
    if (!document) {
        m_preview->clear();
        setReady(false, document.error().message);
        return;
    }
    QStringList lines{document->name};
    if (!document->goal.isEmpty())
        lines << tr("Goal: %1").arg(document->goal);
    for (const ExchangeSection& s : document->sections) {
        lines << QString() << s.name;
        for (const ExchangeItem& item : s.items) {
            QString line = QStringLiteral("  %1: %2")
                               .arg(item.exerciseName, describeDose(item.prescription.dose));
            if (!item.prescription.patientNote.isEmpty())
                line += QStringLiteral(" — ") + item.prescription.patientNote;
            lines << line;
        }
    }
    if (!document->exercises.isEmpty()) {
        QStringList names;
        for (const Exercise& e : document->exercises)
            names << (e.hasImage() ? tr("%1 (with its picture)").arg(e.name) : e.name);
        lines << QString()
              << tr("Your clinic's own exercises, included: %1")
                     .arg(names.join(QStringLiteral(", ")));
    }
    m_preview->setPlainText(lines.join(u'\n'));
    QString name = document->name;
    name.replace(QRegularExpression(QStringLiteral("[^\\w-]+")), QStringLiteral("-"));
    suggestFileName(QStringLiteral("%1.json").arg(name));
    setReady(true);
}

ExportFileDialog::Producer ProgrammeExportDialog::producer()
{
    return [id = m_source->currentData(kIdRole).toLongLong()](ExportService& service) {
        return id > 0 ? service.programmeJson(id) : service.templateJson(-id);
    };
}

} // namespace gradus
