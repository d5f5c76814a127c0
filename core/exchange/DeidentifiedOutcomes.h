#pragma once

#include "exchange/OutcomesTable.h"

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace gradus {

// The outcomes table for research (README "Research export"). Each patient gets a study id
// (S001, S002, ... handed out in random order) and a random date shift; rows carry no names,
// clinic numbers, notes, record ids, birth dates or PSFS activity names (the patient's own
// words can name people and places). Age is an age band at the patient's first row, sex is
// kept, episodes are numbered 1, 2, ... per patient. Every date of a patient moves by the
// same number of days (so intervals stay true), drawn from -kMaxShiftDays..kMaxShiftDays,
// never 0; the shifts and the study ids exist only while the file is written.
class DeidentifiedOutcomes
{
public:
    static constexpr int kMaxShiftDays = 182;

    static QStringList header();
    // `random` decides study ids and shifts: QRandomGenerator::system() in use, a seeded
    // generator in tests.
    static QByteArray csv(const QList<OutcomePatient>& patients, QRandomGenerator& random);
    // "18-29", "30-39", ... "80-89", "90+", "under 18", or "unknown" for a negative age.
    static QString ageBand(int years);
};

} // namespace gradus
