#pragma once

#include "model/Condition.h"
#include "outcomes/Instrument.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace gradus::FhirCodes {

// Code systems Gradus's FHIR export uses. Codes of the published terminologies were checked
// against independent published uses before being listed here; where no verified code exists
// the export uses text, or a Gradus code system (docs/EXCHANGE.md lists every code).
inline const QString kLoinc = QStringLiteral("http://loinc.org");
inline const QString kSnomed = QStringLiteral("http://snomed.info/sct");
inline const QString kUcum = QStringLiteral("http://unitsofmeasure.org");
inline const QString kObservationCategory =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category");
inline const QString kConditionClinical =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-clinical");
inline const QString kConditionCategory =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-category");
inline const QString kIdentifierType =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0203");
inline const QString kProvenanceParticipant =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/provenance-participant-type");

// Gradus's own systems. Stable: never rename a code, only add.
inline const QString kGradusBase = QStringLiteral("https://gradus.github.io/fhir/");
inline const QString kOutcomeMeasure = kGradusBase + QStringLiteral("CodeSystem/outcome-measure");
inline const QString kPainContext = kGradusBase + QStringLiteral("CodeSystem/pain-context");
inline const QString kScoreBand = kGradusBase + QStringLiteral("CodeSystem/score-band");
inline const QString kScoreComponent = kGradusBase + QStringLiteral("CodeSystem/score-component");
inline const QString kExercise = kGradusBase + QStringLiteral("CodeSystem/exercise");
inline const QString kCondition = kGradusBase + QStringLiteral("CodeSystem/condition");
inline const QString kClinicNumber = kGradusBase + QStringLiteral("sid/clinic-number");
inline const QString kPatientRecord = kGradusBase + QStringLiteral("sid/patient-record");
inline const QString kQuestionnaire = kGradusBase + QStringLiteral("Questionnaire/");

struct Coding
{
    QString system;
    QString code;
    QString display;
};

QJsonObject coding(const Coding& c);
// {"coding": [...], "text": text}; no coding array when `codings` is empty.
QJsonObject codeable(const QList<Coding>& codings, const QString& text);

// SNOMED CT for a Gradus condition code, when a well-known code was verified; else none.
std::optional<Coding> snomedCondition(const QString& conditionCode);
// The affected leg of sciatica as SNOMED CT body structures (both legs: two).
QList<Coding> snomedLegs(Condition::Side side);

// NPRS 0-10 (LOINC 72514-3), activity minutes (LOINC 55411-3 exercise duration), steps per day
// (LOINC 41950-7).
Coding nprs();
Coding exerciseDuration();
Coding stepsPerDay();
// The Gradus code of each questionnaire (odi, rmdq, startback, psfs, tsk): always sent, as it
// names the exact version scored.
Coding outcomeMeasure(Instrument instrument);
// The LOINC code of a questionnaire's score where one was verified on loinc.org: ODI 97909-6
// (Oswestry disability index score, a percent). None was found for RMDQ, STarT Back, PSFS or
// TSK, so none is claimed.
std::optional<Coding> loincScore(Instrument instrument);

} // namespace gradus::FhirCodes
