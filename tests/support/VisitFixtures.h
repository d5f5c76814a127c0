#pragma once

#include "storage/Database.h"

#include <QDate>
#include <QString>

#include <optional>

namespace gradus::test {

// The visits work has no PatientRepository to call (that is the patients work), so its tests
// insert patient and episode rows directly. Names are fictional.
qint64 insertPatient(Database& db, const QString& given = QStringLiteral("Ada"),
                     const QString& family = QStringLiteral("Testperson"),
                     const QDate& dateOfBirth = QDate(1970, 5, 17));
qint64 insertEpisode(Database& db, qint64 patientId,
                     const QString& complaint = QStringLiteral("Low back pain"),
                     const QDate& openedOn = QDate(2026, 9, 1));
qint64 countRows(Database& db, const QString& table);

} // namespace gradus::test
