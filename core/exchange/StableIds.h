#pragma once

#include <QString>
#include <QUuid>

namespace gradus::StableIds {

// Name-based UUIDs (RFC 4122 version 5) in Gradus's own namespace: the same name always gives
// the same id, so exporting the same record twice gives the same FHIR resource ids and the
// same calendar UIDs (a re-imported calendar then updates its events instead of doubling them).
QUuid uuid(const QString& name);
// The UUID as 36 lower-case characters without braces (a valid FHIR id).
QString text(const QString& name);

} // namespace gradus::StableIds
