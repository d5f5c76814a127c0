#pragma once

#include "exchange/ProgrammeExchange.h"
#include "safety/SafetyCheck.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace gradus {

class Workspace;

// What an import did.
struct ProgrammeImportReport
{
    qint64 programmeId = 0; // the new draft (programme imports)
    qint64 templateId = 0;  // the new clinic template (template imports)
    QString name;
    int items = 0;
    QStringList exercisesAdded;    // clinic exercises new to this store, from the file
    QStringList exercisesKept;     // carried in the file but already here: this store's kept
    QList<SafetyFinding> findings; // the safety check of the new draft, run at once
};

// Brings a programme or template file (ProgrammeExchange) into the store. Everything is
// checked first (format, every field, dose limits, exercises known here or carried, the
// patient); then one transaction writes the clinic exercises new to this store and the
// programme or template. When anything is wrong nothing is written and the error (kind
// Invalid, or NotFound for the patient) names the file, the entry and the field.
class ProgrammeImportService
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeImportService)

public:
    explicit ProgrammeImportService(Workspace& workspace);

    // Parses and checks the file against this store without writing: for previews.
    Result<ProgrammeDocument> check(const QByteArray& bytes, const QString& fileName);

    // A new draft programme for the patient (in their open episode, opened when none is),
    // starting today; a review date keeps its distance from the start. The safety check runs
    // on the stored draft and its findings are in the report. The clinician activates it.
    Result<ProgrammeImportReport> importForPatient(const QByteArray& bytes, const QString& fileName,
                                                   qint64 patientId);
    // A new clinic template (a programme file's dates are dropped).
    Result<ProgrammeImportReport> importTemplate(const QByteArray& bytes, const QString& fileName);

private:
    Result<ProgrammeImportReport> write(const ProgrammeDocument& document, qint64 patientId);

    Workspace& m_workspace;
};

} // namespace gradus
