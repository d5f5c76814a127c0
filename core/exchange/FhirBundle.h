#pragma once

#include "handout/HandoutLanguage.h"
#include "model/Condition.h"
#include "model/Episode.h"
#include "model/Measure.h"
#include "model/Patient.h"
#include "model/Prescription.h"
#include "model/Visit.h"
#include "programmes/ProgrammeJson.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace gradus {

// Everything one patient's FHIR export holds, read from the store by ExportService.
struct FhirExportInput
{
    Patient patient;
    QList<Episode> episodes;
    QList<Condition> conditions; // of every episode
    QList<Visit> visits;         // as they stand now; entered-in-error ones are left out
    QList<Measure> measures;
    // PSFS activity names by episode id (0: named without an episode), in form order.
    QHash<qint64, QStringList> psfsActivities;
    QList<Programme> activeProgrammes; // with sections
    QHash<qint64, ExerciseRef> exercises;
    QString author;     // who exported (the Provenance agent)
    QString clinicName; // may be empty
    QDateTime exportedAt;
    // The language of the record's texts (the patient's, unless asked otherwise); codes keep
    // their systems' English displays.
    HandoutLanguage language;
};

// Builds a FHIR R4 Bundle (type "collection") for one patient: Patient, Condition,
// Observation (NPRS with best/worst/exercise/next-morning components, activity minutes,
// steps, questionnaire scores), QuestionnaireResponse (answers by item number, never the
// wording), CarePlan for each active programme and one Provenance naming the author. Ids are
// name-based UUIDs of the record ids (StableIds), so the same record always gets the same id.
// Pure: values in, JSON out. docs/EXCHANGE.md describes the mapping.
class FhirBundle
{
    Q_DECLARE_TR_FUNCTIONS(FhirBundle)

public:
    static QJsonObject build(const FhirExportInput& input);
    static QByteArray toJson(const FhirExportInput& input);

    // The id a record of `kind` ("Patient", "Condition", "nprs", ...) with this key gets in
    // the export of `patient`: stable across exports, distinct across clinics (it includes the
    // moment the patient record was created).
    static QString resourceId(const Patient& patient, const QString& kind, const QString& key);
    static QString reference(const QString& id) { return QStringLiteral("urn:uuid:") + id; }

    // FHIR "instant" and "dateTime" spellings.
    static QString instant(const QDateTime& t);
    static QString dateTime(const QDate& date, const std::optional<QTime>& time);
};

} // namespace gradus
