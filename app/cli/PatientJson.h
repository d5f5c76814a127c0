#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <optional>

#include "model/Condition.h"
#include "model/Episode.h"
#include "model/Patient.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace gradus::cli {

// JSON shapes of `gradus-cli patient` and `condition` (documented in their --help):
// scripts depend on these field names.
namespace PatientJson {
// id, given, family, dob, preferred, clinic_number, archived.
QJsonObject summary(const Patient& patient);
// summary plus sex, phone, email, address, referral_source, notes, age, created_at,
// updated_at.
QJsonObject full(const Patient& patient, const QDate& today);
// id, patient_id, complaint, onset, opened, closed, open, phase.
QJsonObject episode(const Episode& episode, const Clock& clock);
// id, episode_id, code, name, side, amount, onset, status, note.
QJsonObject condition(const Condition& condition);
} // namespace PatientJson

// Helpers shared by the patient, condition and demo commands.
namespace PatientArgs {
// A date given as YYYY-MM-DD; an invalid QDate when `text` is not one.
QDate parseDate(const QString& text);
// A positive record id; 0 when `text` is not one.
qint64 parseId(const QString& text);
// Exit code for an error from the core: 2 when the input was at fault (invalid, unknown
// id, duplicate), 1 otherwise.
int exitCodeFor(const Error& error);
// --if-version N: the record version an edit is based on (refused as a conflict when the
// record has moved on since).
QCommandLineOption ifVersionOption();
// The option's value: nullopt when not given; an error naming the bad value otherwise.
Result<std::optional<int>> parseIfVersion(const QCommandLineParser& parser,
                                          const QCommandLineOption& option);
} // namespace PatientArgs

} // namespace gradus::cli
