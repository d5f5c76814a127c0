#pragma once

#include "model/Measure.h"
#include "model/Visit.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gradus {

// One patient's outcome data as the store holds it, for the outcomes table.
struct OutcomePatient
{
    qint64 patientId = 0;
    QDate dateOfBirth;
    QString sex; // Sex code, or empty
    QList<Visit> visits;
    QList<Measure> measures;
    // PSFS activity names by episode id (0 for activities named without an episode), in
    // form order.
    QHash<qint64, QStringList> psfsActivities;
};

// One value of the long outcomes table.
struct OutcomeRow
{
    qint64 patientId = 0;
    std::optional<qint64> episodeId;
    std::optional<qint64> visitId;
    std::optional<qint64> measureId;
    QDate date;
    QString measure; // nprs_now ... steps, or an instrument code
    QString value;
    QString band;
    QString subscale;
    QString answers;        // by item number, "x" for unanswered
    QStringList activities; // PSFS only: the activity names, in the order of the answers
    int revision = 1;
};

// The long outcomes table (one row per value) that `gradus-cli export outcomes` writes: pain,
// activity and outcome scores of every patient with record ids, dates, codes and numbers, no
// names or notes. PSFS activity names (the patient's own words) have their own column. Pure:
// built from values, written as RFC 4180 CSV.
class OutcomesTable
{
public:
    static QStringList header();
    // Visits first (oldest first), then measures, as the store lists them.
    static QList<OutcomeRow> rows(const OutcomePatient& patient);
    static QStringList fields(const OutcomeRow& row);
    static QByteArray csv(const QList<OutcomePatient>& patients);
    // "35.6", "4": the C locale always, so the file does not change with the desk's language.
    static QString number(double value);
};

} // namespace gradus
