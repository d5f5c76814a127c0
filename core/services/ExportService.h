#pragma once

#include "exchange/FhirBundle.h"
#include "exchange/ProgrammeCalendar.h"
#include "exchange/ProgrammeExchange.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QRandomGenerator>

namespace gradus {

class Workspace;

// Data out of Gradus: reads the store and hands plain values to the builders of
// core/exchange (FhirBundle, ProgrammeCalendar, ProgrammeExchange, OutcomesTable,
// DeidentifiedOutcomes). Returns bytes; writing them is PrivateFile's job (or stdout's).
// Used by `gradus-cli export ...` and the app's File > Export dialogs alike.
class ExportService
{
    Q_DECLARE_TR_FUNCTIONS(ExportService)

public:
    explicit ExportService(Workspace& workspace);

    // The record and the reminders are written in `language` when given, else in the
    // patient's preferred language (HandoutLanguage::choose).

    // One patient's record as a FHIR R4 Bundle; `author` goes into its Provenance. Errors:
    // "patient.not_found".
    Result<FhirExportInput> fhirInput(qint64 patientId, const QString& author,
                                      const QString& language = {});
    Result<QByteArray> fhirBundle(qint64 patientId, const QString& author,
                                  const QString& language = {});

    // A programme version's reminders as an iCalendar file. Errors: "programme.not_found",
    // "export.empty" (no exercises to remind of).
    Result<ProgrammeCalendarInput> calendarInput(qint64 programmeId,
                                                 const CalendarOptions& options = {},
                                                 const QString& language = {});
    Result<QByteArray> calendar(qint64 programmeId, const CalendarOptions& options = {},
                                const QString& language = {});

    // A programme version, or a template, in the exchange format, with the clinic's own
    // exercises it uses. Errors: "programme.not_found", "template.not_found".
    Result<ProgrammeDocument> programmeDocument(qint64 programmeId);
    Result<ProgrammeDocument> templateDocument(qint64 templateId);
    Result<QByteArray> programmeJson(qint64 programmeId);
    Result<QByteArray> templateJson(qint64 templateId);

    // Every patient's pain, activity and outcome scores, one row per value (RFC 4180 CSV).
    // De-identified: study ids, age bands and shifted dates (DeidentifiedOutcomes), drawn from
    // QRandomGenerator::system() unless a generator is given.
    Result<QByteArray> outcomesCsv(bool deidentify);
    Result<QByteArray> outcomesCsv(bool deidentify, QRandomGenerator& random);

private:
    HandoutLanguage documentLanguage(const QString& asked, const Patient& patient) const;

    Result<QList<Exercise>> carriedExercises(const QList<ProgrammeSection>& sections);
    Result<QList<ExchangeSection>> exchangeSections(const QList<ProgrammeSection>& sections);
    // The sections, the clinic's own exercises they use, and when and by what it was written.
    Status fillContent(ProgrammeDocument& document, const QList<ProgrammeSection>& sections);

    Workspace& m_workspace;
};

} // namespace gradus
