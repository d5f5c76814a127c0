#pragma once

#include "model/Exercise.h"
#include "model/Prescription.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace gradus {

// One prescription of an exchange file: the exercise by stable id, and the dose and how-to
// (Prescription with exerciseId 0: ids mean nothing in another clinic's database).
struct ExchangeItem
{
    QString exercise;     // stable id
    QString exerciseName; // for people reading the file; ignored on import
    Prescription prescription;
};

struct ExchangeSection
{
    QString name;
    QList<ExchangeItem> items;
};

// A programme or a template as it travels between clinics (format "gradus-programme",
// docs/EXCHANGE.md, schema resources/exchange/programme.schema.json).
struct ProgrammeDocument
{
    enum class Kind
    {
        Programme,
        Template,
    };
    Kind kind = Kind::Programme;
    QString name;
    QString goal;
    QDate startDate;  // programmes only; may be invalid
    QDate reviewDate; // programmes only; may be invalid
    QList<ExchangeSection> sections;
    // The clinic's own exercises the programme uses (and those they link to), pictures
    // included; built-in exercises travel by stable id only.
    QList<Exercise> exercises;
    QDateTime exportedAt;
    QString generator; // "Gradus 0.1.0"
};

// Writes and reads the exchange format. Reading is strict and pure (bytes in, a document or
// the first problem out): every key must be known, every value of the right type and within
// the dose limits of DoseValidator. Messages name the file, the entry and the field and end
// with "Nothing was imported."; errors have code "import.invalid" and kind Invalid.
class ProgrammeExchange
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeExchange)

public:
    static constexpr int kFormatVersion = 1;
    static constexpr const char* kFormat = "gradus-programme";

    static QByteArray write(const ProgrammeDocument& document);
    static Result<ProgrammeDocument> parse(const QByteArray& bytes, const QString& fileName);

    // Every item's exercise is in `library` (stable ids of this store) or carried in the file,
    // carried exercises are clinic exercises ("clinic_" ids) not carried twice, and their
    // regression and progression links resolve. Pure.
    static Status checkExercises(const ProgrammeDocument& document, const QSet<QString>& library,
                                 const QString& fileName);

    // "FILE: ENTRY, field 'FIELD': PROBLEM. Nothing was imported." (ENTRY may be empty).
    static Error importError(const QString& fileName, const QString& entry, const QString& field,
                             const QString& problem);
};

} // namespace gradus
