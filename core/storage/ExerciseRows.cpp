#include "storage/ExerciseRows.h"

#include "exercises/ExerciseJson.h"
#include "storage/RecordValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace gradus::ExerciseRows {
namespace {

QString jsonList(const QStringList& list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonList(const QString& text)
{
    QStringList out;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array())
        out << v.toString();
    return out;
}

template <typename E> QString nameList(const QList<E>& values)
{
    QStringList names;
    for (E v : values)
        names << enumName(v);
    return names.join(u',');
}

template <typename E> QList<E> fromNameList(const QString& text)
{
    QList<E> out;
    for (const QString& name : text.split(u',', Qt::SkipEmptyParts))
        if (auto v = enumFromName<E>(name))
            out << *v;
    return out;
}

// Qt binds a null QString as SQL NULL; NOT NULL text columns get a real empty string.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

QString timestamp(const QDateTime& when)
{
    return when.toUTC().toString(Qt::ISODate);
}

// Every column but the id and the image bytes, in the order binds() writes them.
const QStringList& columns()
{
    static const QStringList list{QStringLiteral("stable_id"),
                                  QStringLiteral("origin"),
                                  QStringLiteral("based_on"),
                                  QStringLiteral("name"),
                                  QStringLiteral("summary"),
                                  QStringLiteral("category"),
                                  QStringLiteral("position"),
                                  QStringLiteral("spinal_movement"),
                                  QStringLiteral("end_range"),
                                  QStringLiteral("spinal_load"),
                                  QStringLiteral("impact"),
                                  QStringLiteral("loaded"),
                                  QStringLiteral("overhead"),
                                  QStringLiteral("lift_from_floor"),
                                  QStringLiteral("balance"),
                                  QStringLiteral("equipment"),
                                  QStringLiteral("instructions"),
                                  QStringLiteral("feel"),
                                  QStringLiteral("stop_if"),
                                  QStringLiteral("dose_type"),
                                  QStringLiteral("dose_sets"),
                                  QStringLiteral("dose_reps"),
                                  QStringLiteral("dose_hold_seconds"),
                                  QStringLiteral("dose_minutes"),
                                  QStringLiteral("dose_metres"),
                                  QStringLiteral("dose_per_side"),
                                  QStringLiteral("dose_per_day"),
                                  QStringLiteral("dose_days_per_week"),
                                  QStringLiteral("dose_types"),
                                  QStringLiteral("regressions"),
                                  QStringLiteral("progressions"),
                                  QStringLiteral("source"),
                                  QStringLiteral("illustration"),
                                  QStringLiteral("image_type"),
                                  QStringLiteral("retired"),
                                  QStringLiteral("edited"),
                                  QStringLiteral("library_version"),
                                  QStringLiteral("library_hash"),
                                  QStringLiteral("shipped_hash"),
                                  QStringLiteral("created_at"),
                                  QStringLiteral("updated_at")};
    return list;
}

QVariantList binds(const Exercise& e)
{
    const ExerciseProperties& p = e.properties;
    const Dose& d = e.dose;
    return {e.stableId,
            enumName(e.origin),
            RecordValues::text(e.basedOn),
            notNull(e.name),
            notNull(e.summary),
            enumName(e.category),
            enumName(p.position),
            notNull(nameList(p.spinalMovements)),
            int(p.endRange),
            enumName(p.spinalLoad),
            enumName(p.impact),
            int(p.loaded),
            int(p.overhead),
            int(p.liftFromFloor),
            enumName(p.balance),
            notNull(nameList(p.equipment)),
            jsonList(e.instructions),
            jsonList(e.feel),
            jsonList(e.stopIf),
            enumName(d.type),
            d.sets,
            d.reps,
            d.holdSeconds,
            d.minutes,
            d.metres,
            int(d.perSide),
            d.timesPerDay,
            d.daysPerWeek,
            notNull(nameList(e.doseTypes)),
            notNull(e.regressions.join(u',')),
            notNull(e.progressions.join(u',')),
            RecordValues::text(e.source),
            e.illustration.isEmpty()
                ? QVariant(QMetaType::fromType<QString>())
                : QVariant(QString::fromUtf8(
                      QJsonDocument(e.illustration).toJson(QJsonDocument::Compact))),
            RecordValues::text(e.imageType),
            int(e.retired),
            int(e.edited),
            e.libraryVersion,
            RecordValues::text(e.libraryHash),
            RecordValues::text(e.shippedHash),
            timestamp(e.createdAt),
            timestamp(e.updatedAt)};
}

Exercise fromRecord(const QSqlQuery& q, bool withImage)
{
    const QSqlRecord r = q.record();
    auto text = [&](const char* column) {
        return q.value(r.indexOf(QLatin1String(column))).toString();
    };
    auto number = [&](const char* column) {
        return q.value(r.indexOf(QLatin1String(column))).toInt();
    };
    Exercise e;
    e.id = q.value(r.indexOf(QStringLiteral("id"))).toLongLong();
    e.stableId = text("stable_id");
    e.origin = enumFromName<ExerciseOrigin>(text("origin")).value_or(ExerciseOrigin::Clinic);
    e.basedOn = text("based_on");
    e.name = text("name");
    e.summary = text("summary");
    e.category =
        enumFromName<ExerciseCategory>(text("category")).value_or(ExerciseCategory::Mobility);
    ExerciseProperties& p = e.properties;
    p.position = enumFromName<BodyPosition>(text("position")).value_or(BodyPosition::Standing);
    p.spinalMovements = fromNameList<SpinalMovement>(text("spinal_movement"));
    p.endRange = number("end_range") != 0;
    p.spinalLoad = enumFromName<SpinalLoad>(text("spinal_load")).value_or(SpinalLoad::Low);
    p.impact = enumFromName<Impact>(text("impact")).value_or(Impact::None);
    p.loaded = number("loaded") != 0;
    p.overhead = number("overhead") != 0;
    p.liftFromFloor = number("lift_from_floor") != 0;
    p.balance = enumFromName<BalanceDemand>(text("balance")).value_or(BalanceDemand::Low);
    p.equipment = fromNameList<Equipment>(text("equipment"));
    e.instructions = fromJsonList(text("instructions"));
    e.feel = fromJsonList(text("feel"));
    e.stopIf = fromJsonList(text("stop_if"));
    Dose& d = e.dose;
    d.type = enumFromName<DoseType>(text("dose_type")).value_or(DoseType::Repetitions);
    d.sets = number("dose_sets");
    d.reps = number("dose_reps");
    d.holdSeconds = number("dose_hold_seconds");
    d.minutes = number("dose_minutes");
    d.metres = number("dose_metres");
    d.perSide = number("dose_per_side") != 0;
    d.timesPerDay = number("dose_per_day");
    d.daysPerWeek = number("dose_days_per_week");
    e.doseTypes = fromNameList<DoseType>(text("dose_types"));
    e.regressions = text("regressions").split(u',', Qt::SkipEmptyParts);
    e.progressions = text("progressions").split(u',', Qt::SkipEmptyParts);
    e.source = text("source");
    e.illustration = QJsonDocument::fromJson(text("illustration").toUtf8()).object();
    e.imageType = text("image_type");
    if (withImage)
        e.image = q.value(r.indexOf(QStringLiteral("image"))).toByteArray();
    e.retired = number("retired") != 0;
    e.edited = number("edited") != 0;
    e.libraryVersion = number("library_version");
    e.libraryHash = text("library_hash");
    e.shippedHash = text("shipped_hash");
    e.createdAt = QDateTime::fromString(text("created_at"), Qt::ISODate);
    e.updatedAt = QDateTime::fromString(text("updated_at"), Qt::ISODate);
    e.version = number("row_version");
    return e;
}

QString selectColumns(bool withImage)
{
    return QStringLiteral("id, ") + columns().join(QStringLiteral(", ")) +
           QStringLiteral(", row_version") + (withImage ? QStringLiteral(", image") : QString());
}

} // namespace gradus::ExerciseRows
