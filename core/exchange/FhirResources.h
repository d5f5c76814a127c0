#pragma once

#include "exchange/FhirBundle.h"

#include <QJsonObject>
#include <QList>

namespace gradus::fhir {

// What the resource builders of one export share: the input, and the ids and references of
// the patient's resources.
struct ExportContext
{
    const FhirExportInput& input;

    QString id(const QString& kind, qint64 key) const
    {
        return FhirBundle::resourceId(input.patient, kind, QString::number(key));
    }
    QString ref(const QString& kind, qint64 key) const
    {
        return FhirBundle::reference(id(kind, key));
    }
    // A text of the record (context FhirBundle) in the record's language.
    QString text(const char* source) const
    {
        return input.language.translate("FhirBundle", source);
    }

    QJsonObject subject() const
    {
        return {{QStringLiteral("reference"), ref(QStringLiteral("Patient"), input.patient.id)}};
    }
};

// {"display": name}: a person Gradus knows by name only.
QJsonObject byName(const QString& name);

// The Observations of one visit: NPRS (now, with best/worst/exercise/next-morning
// components), activity minutes, steps. Empty for a visit entered in error.
QList<QJsonObject> visitObservations(const ExportContext& context, const Visit& visit);
// A questionnaire's QuestionnaireResponse (answers by item number) and its score Observation.
QList<QJsonObject> measureResources(const ExportContext& context, const Measure& measure);

} // namespace gradus::fhir
