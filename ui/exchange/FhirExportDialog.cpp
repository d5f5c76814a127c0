#include "exchange/FhirExportDialog.h"

#include "Workspace.h"
#include "services/ExportService.h"
#include "settings/DeskSettings.h"
#include "style/DialogParts.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace gradus {

FhirExportDialog::FhirExportDialog(Workspace& workspace, qint64 patientId, QWidget* parent)
    : ExportFileDialog(
          workspace, tr("Export Patient Record (FHIR)"), tr("FHIR JSON (*.json)"),
          tr("A FHIR R4 file (JSON) that GP and hospital systems can read: the patient's details, "
             "conditions, pain and activity at each visit, questionnaire scores with answers by "
             "item number, and the active exercise programme."),
          parent),
      m_patientId(patientId)
{
    setObjectName(QStringLiteral("FhirExportDialog"));

    auto* form = new QFormLayout;
    auto* patient = dialogParts::plainLabel(QStringLiteral("fhirPatient"), dialogParts::Wrap::No);
    auto* contents = dialogParts::plainLabel(QStringLiteral("fhirContents"));
    // The same "who" as on visits and handouts: this desk's clinician (Preferences).
    m_author = new QLineEdit(DeskSettings().clinicianName());
    m_author->setObjectName(QStringLiteral("fhirAuthor"));
    m_author->setToolTip(tr("Named as the author of the record in the file"));
    form->addRow(tr("Patient:"), patient);
    form->addRow(tr("Contents:"), contents);
    auto* language = dialogParts::plainLabel(QStringLiteral("fhirLanguage"), dialogParts::Wrap::No);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("Texts in:"), language);
    body()->addLayout(form);

    auto in = ExportService(workspace).fhirInput(patientId, QString());
    if (!in) {
        setReady(false, in.error().message);
        return;
    }
    const Patient& p = in->patient;
    language->setText(writtenIn(in->language, p.language));
    patient->setText(
        p.clinicNumber.isEmpty()
            ? tr("%1, born %2")
                  .arg(p.fullName(), QLocale().toString(p.dateOfBirth, QLocale::ShortFormat))
            : tr("%1, born %2, clinic no. %3")
                  .arg(p.fullName(), QLocale().toString(p.dateOfBirth, QLocale::ShortFormat),
                       p.clinicNumber));
    int measures = 0;
    for (const Measure& m : in->measures)
        measures += m.enteredInError ? 0 : 1;
    contents->setText(tr("Conditions: %1   Visits: %2   Questionnaires: %3   Active programmes: %4")
                          .arg(in->conditions.size())
                          .arg(in->visits.size())
                          .arg(measures)
                          .arg(in->activeProgrammes.size()));
    QString name = p.familyName + u'-' + p.givenName;
    name.replace(QRegularExpression(QStringLiteral("[^\\w-]+")), QStringLiteral("-"));
    suggestFileName(QStringLiteral("%1-fhir-%2.json")
                        .arg(name, workspace.clock().today().toString(Qt::ISODate)));
    setReady(true);
}

ExportFileDialog::Producer FhirExportDialog::producer()
{
    return [patientId = m_patientId, author = m_author->text().trimmed()](ExportService& service) {
        return service.fhirBundle(patientId, author);
    };
}

} // namespace gradus
