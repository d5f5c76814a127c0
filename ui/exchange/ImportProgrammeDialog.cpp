#include "exchange/ImportProgrammeDialog.h"

#include "BackgroundTask.h"
#include "Workspace.h"
#include "programmes/DoseValidator.h"
#include "safety/FindingPresentation.h"
#include "services/PatientRecords.h"
#include "style/DialogParts.h"
#include "style/Tones.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace gradus {

ImportProgrammeDialog::ImportProgrammeDialog(Workspace& workspace, qint64 patientId,
                                             QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_patientId(patientId)
{
    setObjectName(QStringLiteral("ImportProgrammeDialog"));
    setWindowTitle(tr("Import Programme"));
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);
    dialogParts::addIntro(
        layout,
        tr("A programme file from another clinic or desk (exported with Gradus). The whole file "
           "is checked before anything is saved."),
        this);

    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("Choose a programme file"));
    m_file->setAccessibleName(tr("Programme file"));
    auto* browse = new QPushButton(tr("&Choose File…"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);

    m_problem = dialogParts::plainLabel(QStringLiteral("importProblem"));
    tones::setTextTone(m_problem, tones::Tone::Error);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    layout->addWidget(m_problem);
    m_preview = new QPlainTextEdit;
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setReadOnly(true);
    m_preview->setMinimumSize(540, 200);
    layout->addWidget(m_preview, 1);

    auto* target = new QGroupBox(tr("Import as"));
    auto* targetLayout = new QVBoxLayout(target);
    QString patientName;
    if (patientId > 0)
        if (auto p = PatientRecords(workspace).get(patientId))
            patientName = p->fullName();
    m_forPatient = new QRadioButton(
        patientName.isEmpty() ? tr("A draft programme for a patient (open a patient first)")
                              : tr("A draft programme for %1").arg(patientName));
    m_forPatient->setObjectName(QStringLiteral("importForPatient"));
    m_forPatient->setEnabled(!patientName.isEmpty());
    m_asTemplate = new QRadioButton(tr("A clinic template"));
    m_asTemplate->setObjectName(QStringLiteral("importAsTemplate"));
    (patientName.isEmpty() ? m_asTemplate : m_forPatient)->setChecked(true);
    targetLayout->addWidget(m_forPatient);
    targetLayout->addWidget(m_asTemplate);
    layout->addWidget(target);

    m_result = dialogParts::plainLabel(QStringLiteral("importResult"));
    m_result->hide();
    layout->addWidget(m_result);
    m_findings = new QListWidget;
    m_findings->setObjectName(QStringLiteral("importFindings"));
    m_findings->setWordWrap(true);
    m_findings->hide();
    layout->addWidget(m_findings);

    m_import =
        dialogParts::addCloseAndAction(layout, this, tr("&Import"), QStringLiteral("importButton"));
    m_import->setEnabled(false);
    connect(browse, &QPushButton::clicked, this, &ImportProgrammeDialog::browse);
    connect(m_import, &QPushButton::clicked, this, [this] { importNow(); });
}

void ImportProgrammeDialog::setAsTemplate(bool asTemplate)
{
    (asTemplate ? m_asTemplate : m_forPatient)->setChecked(true);
}

void ImportProgrammeDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Programme"), m_path, tr("Gradus programme (*.json);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportProgrammeDialog::setFile(const QString& path)
{
    m_path = path;
    m_file->setText(path);
    m_report.reset();
    m_result->hide();
    m_findings->hide();
    m_preview->clear();
    m_exerciseNames.clear();
    m_import->setEnabled(false);
    m_forPatient->parentWidget()->setEnabled(true);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem->setText(tr("Could not read %1: %2").arg(path, file.errorString()));
        m_problem->show();
        m_preview->hide();
        return;
    }
    m_bytes = file.readAll();
    auto document = ProgrammeImportService(m_workspace).check(m_bytes, QFileInfo(path).fileName());
    if (!document) {
        m_problem->setText(document.error().message);
        m_problem->show();
        m_preview->hide();
        return;
    }
    m_problem->hide();
    m_preview->show();
    QStringList lines;
    lines << (document->kind == ProgrammeDocument::Kind::Template ? tr("Template: %1")
                                                                  : tr("Programme: %1"))
                 .arg(document->name);
    if (!document->goal.isEmpty())
        lines << tr("Goal: %1").arg(document->goal);
    if (!document->generator.isEmpty() && document->exportedAt.isValid())
        lines << tr("Written by %1 on %2")
                     .arg(document->generator,
                          QLocale().toString(document->exportedAt.toLocalTime().date(),
                                             QLocale::ShortFormat));
    for (const ExchangeSection& s : document->sections) {
        lines << QString() << s.name;
        for (const ExchangeItem& item : s.items) {
            QString line = QStringLiteral("  %1: %2")
                               .arg(item.exerciseName.isEmpty() ? item.exercise : item.exerciseName,
                                    describeDose(item.prescription.dose));
            if (!item.prescription.patientNote.isEmpty())
                line += QStringLiteral(" — ") + item.prescription.patientNote;
            lines << line;
        }
    }
    if (!document->exercises.isEmpty()) {
        QStringList names;
        for (const Exercise& e : document->exercises) {
            names << e.name;
            m_exerciseNames.insert(e.stableId, e.name);
        }
        lines << QString()
              << tr("The clinic's own exercises in the file (added if this clinic does not have "
                    "them): %1")
                     .arg(names.join(QStringLiteral(", ")));
    }
    m_preview->setPlainText(lines.join(u'\n'));
    m_import->setEnabled(true);
}

bool ImportProgrammeDialog::importNow()
{
    if (m_bytes.isEmpty() || !m_import->isEnabled())
        return false;
    const QString name = QFileInfo(m_path).fileName();
    auto report = BackgroundTask::computeOnStore<ProgrammeImportReport>(
        this, m_workspace, tr("Importing %1…").arg(name),
        [bytes = m_bytes, name, patientId = m_patientId,
         forPatient = m_forPatient->isChecked()](Workspace& store, TaskProgress&) {
            ProgrammeImportService service(store);
            return forPatient ? service.importForPatient(bytes, name, patientId)
                              : service.importTemplate(bytes, name);
        });
    if (!report && BackgroundTask::wasCancelled(report.error()))
        return false;
    if (!report) {
        m_problem->setText(report.error().message);
        m_problem->show();
        return false;
    }
    m_report = *report;
    m_import->setEnabled(false);
    m_forPatient->parentWidget()->setEnabled(false);
    showResult();
    if (report->programmeId > 0)
        emit programmeImported(m_patientId, report->programmeId);
    return true;
}

void ImportProgrammeDialog::showResult()
{
    const ProgrammeImportReport& r = *m_report;
    auto names = [this](const QStringList& ids) {
        QStringList list;
        for (const QString& id : ids)
            list << m_exerciseNames.value(id, id);
        return list.join(QStringLiteral(", "));
    };
    QStringList lines;
    if (r.programmeId > 0)
        lines << (r.items == 1
                      ? tr("Imported as a draft programme with one exercise.")
                      : tr("Imported as a draft programme with %1 exercises.").arg(r.items))
              << tr("Check it in the Programme tab, then activate it to give it to the patient.");
    else
        lines << tr("Imported as the clinic template \"%1\".").arg(r.name);
    if (!r.exercisesAdded.isEmpty())
        lines << tr("Added to your exercise library: %1").arg(names(r.exercisesAdded));
    if (!r.exercisesKept.isEmpty())
        lines << tr("Already in your library (yours is kept): %1").arg(names(r.exercisesKept));
    int concerns = 0;
    for (const SafetyFinding& f : r.findings)
        concerns += f.severity == Severity::Prefer ? 0 : 1;
    if (r.programmeId > 0)
        lines << (concerns == 0 ? tr("Safety check for this patient: nothing to avoid or to "
                                     "use with caution.")
                  : concerns == 1
                      ? tr("Safety check for this patient: one exercise to avoid or use with "
                           "caution (below).")
                      : tr("Safety check for this patient: %1 exercises to avoid or use with "
                           "caution (below).")
                            .arg(concerns));
    m_result->setText(lines.join(u'\n'));
    m_result->show();
    m_findings->clear();
    // Avoid first, then caution, then what suits the patient.
    QList<SafetyFinding> ordered = r.findings;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const SafetyFinding& a, const SafetyFinding& b) {
                         return int(a.severity) < int(b.severity);
                     });
    for (const SafetyFinding& f : std::as_const(ordered)) {
        auto* item = new QListWidgetItem(
            FindingPresentation::icon(f.severity),
            QStringLiteral("%1 — %2: %3")
                .arg(FindingPresentation::label(f.severity), f.exerciseName, f.reason));
        item->setForeground(FindingPresentation::colour(f.severity));
        item->setToolTip(FindingPresentation::tooltip(f));
        m_findings->addItem(item);
    }
    m_findings->setVisible(!r.findings.isEmpty());
}

} // namespace gradus
