#include "exercises/ExerciseJson.h"

#include "illustration/IllustrationSpec.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace gradus {
namespace {

Error fieldError(const QString& field, const QString& problem)
{
    return Error{QStringLiteral("exercise.invalid"),
                 ExerciseJson::tr("field '%1' %2").arg(field, problem)};
}

QString shown(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString().left(40) + QLatin1Char('"');
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return ExerciseJson::tr("a list");
    case QJsonValue::Object:
        return ExerciseJson::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return ExerciseJson::tr("nothing");
}

// Reads fields of one JSON object, stopping at the first problem; every error names the
// field by its full path.
class Reader
{
public:
    Reader(const QJsonObject& object, QString path) : m_object(object), m_path(std::move(path)) {}

    QString field(const QString& key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    bool failed() const { return m_error.has_value(); }
    const Error& error() const { return *m_error; }
    void fail(const QString& key, const QString& problem)
    {
        if (!m_error)
            m_error = fieldError(field(key), problem);
    }
    bool has(const QString& key) const { return m_object.contains(key); }

    // True when `key` is not in the object; a required one is then a problem.
    bool absent(const QString& key, bool required)
    {
        if (has(key))
            return false;
        if (required)
            fail(key, ExerciseJson::tr("is missing"));
        return true;
    }

    void checkKeys(const QStringList& known)
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!known.contains(it.key()))
                fail(it.key(), ExerciseJson::tr("is not a known field (expected one of: %1)")
                                   .arg(known.join(QStringLiteral(", "))));
    }

    QString text(const QString& key, bool required, int maxLength)
    {
        if (absent(key, required))
            return {};
        const QJsonValue v = m_object.value(key);
        if (!v.isString()) {
            fail(key, ExerciseJson::tr("must be text, found %1").arg(shown(v)));
            return {};
        }
        QString s = v.toString().trimmed();
        if (required && s.isEmpty())
            fail(key, ExerciseJson::tr("must not be empty"));
        else if (s.size() > maxLength)
            fail(key, ExerciseJson::tr("is longer than %1 characters").arg(maxLength));
        return s;
    }

    QStringList textList(const QString& key, bool required, int maxItems, int maxLength)
    {
        if (absent(key, required))
            return {};
        const QJsonValue v = m_object.value(key);
        if (!v.isArray()) {
            fail(key, ExerciseJson::tr("must be a list of texts, found %1").arg(shown(v)));
            return {};
        }
        const QJsonArray a = v.toArray();
        if (required && a.isEmpty())
            fail(key, ExerciseJson::tr("must have at least one entry"));
        if (a.size() > maxItems)
            fail(key, ExerciseJson::tr("has more than %1 entries").arg(maxItems));
        QStringList out;
        for (int i = 0; i < a.size(); ++i) {
            const QString item = QStringLiteral("%1[%2]").arg(key).arg(i);
            if (!a.at(i).isString() || a.at(i).toString().trimmed().isEmpty()) {
                fail(item,
                     ExerciseJson::tr("must be non-empty text, found %1").arg(shown(a.at(i))));
                continue;
            }
            if (a.at(i).toString().size() > maxLength)
                fail(item, ExerciseJson::tr("is longer than %1 characters").arg(maxLength));
            out << a.at(i).toString().trimmed();
        }
        return out;
    }

    bool boolean(const QString& key, bool required, bool fallback = false)
    {
        if (absent(key, required))
            return fallback;
        const QJsonValue v = m_object.value(key);
        if (!v.isBool()) {
            fail(key, ExerciseJson::tr("must be true or false, found %1").arg(shown(v)));
            return fallback;
        }
        return v.toBool();
    }

    int integer(const QString& key, bool required, int min, int max, int fallback)
    {
        if (absent(key, required))
            return fallback;
        const QJsonValue v = m_object.value(key);
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::floor(d) || d < min || d > max) {
            fail(key, ExerciseJson::tr("must be a whole number from %1 to %2, found %3")
                          .arg(min)
                          .arg(max)
                          .arg(shown(v)));
            return fallback;
        }
        return int(d);
    }

    template <typename E> E choice(const QString& key, bool required, E fallback)
    {
        if (!has(key)) {
            if (required)
                fail(key, ExerciseJson::tr("is missing (one of: %1)")
                              .arg(enumNames<E>().join(QStringLiteral(", "))));
            return fallback;
        }
        const QJsonValue v = m_object.value(key);
        if (auto e = enumFromName<E>(v.toString()); v.isString() && e)
            return *e;
        fail(key, ExerciseJson::tr("must be one of %1, found %2")
                      .arg(enumNames<E>().join(QStringLiteral(", ")), shown(v)));
        return fallback;
    }

    template <typename E> QList<E> choices(const QString& key, bool required)
    {
        if (absent(key, required))
            return {};
        const QJsonValue v = m_object.value(key);
        if (!v.isArray()) {
            fail(key, ExerciseJson::tr("must be a list of: %1")
                          .arg(enumNames<E>().join(QStringLiteral(", "))));
            return {};
        }
        QList<E> out;
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const auto e = enumFromName<E>(a.at(i).toString());
            if (!a.at(i).isString() || !e) {
                fail(QStringLiteral("%1[%2]").arg(key).arg(i),
                     ExerciseJson::tr("must be one of %1, found %2")
                         .arg(enumNames<E>().join(QStringLiteral(", ")), shown(a.at(i))));
                continue;
            }
            if (out.contains(*e))
                fail(QStringLiteral("%1[%2]").arg(key).arg(i),
                     ExerciseJson::tr("repeats %1").arg(shown(a.at(i))));
            out << *e;
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    QJsonObject object(const QString& key, bool required)
    {
        if (absent(key, required))
            return {};
        if (!m_object.value(key).isObject()) {
            fail(key,
                 ExerciseJson::tr("must be an object, found %1").arg(shown(m_object.value(key))));
            return {};
        }
        return m_object.value(key).toObject();
    }

    // Adopts the first error of a nested reader.
    void adopt(const Reader& inner)
    {
        if (inner.failed() && !m_error)
            m_error = inner.error();
    }

private:
    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
};

ExerciseProperties readProperties(Reader& parent, const QJsonObject& json)
{
    Reader r(json, parent.field(QStringLiteral("properties")));
    r.checkKeys({QStringLiteral("position"), QStringLiteral("spinal_movement"),
                 QStringLiteral("end_range"), QStringLiteral("spinal_load"),
                 QStringLiteral("impact"), QStringLiteral("loaded"), QStringLiteral("overhead"),
                 QStringLiteral("lift_from_floor"), QStringLiteral("balance"),
                 QStringLiteral("equipment")});
    ExerciseProperties p;
    p.position = r.choice<BodyPosition>(QStringLiteral("position"), true, BodyPosition::Standing);
    p.spinalMovements = r.choices<SpinalMovement>(QStringLiteral("spinal_movement"), true);
    p.endRange = r.boolean(QStringLiteral("end_range"), false);
    p.spinalLoad = r.choice<SpinalLoad>(QStringLiteral("spinal_load"), true, SpinalLoad::Low);
    p.impact = r.choice<Impact>(QStringLiteral("impact"), true, Impact::None);
    p.loaded = r.boolean(QStringLiteral("loaded"), true);
    p.overhead = r.boolean(QStringLiteral("overhead"), false);
    p.liftFromFloor = r.boolean(QStringLiteral("lift_from_floor"), false);
    p.balance = r.choice<BalanceDemand>(QStringLiteral("balance"), false, BalanceDemand::Low);
    p.equipment = r.choices<Equipment>(QStringLiteral("equipment"), false);
    parent.adopt(r);
    return p;
}

Dose readDose(Reader& parent, const QJsonObject& json)
{
    Reader r(json, parent.field(QStringLiteral("dose")));
    r.checkKeys({QStringLiteral("type"), QStringLiteral("sets"), QStringLiteral("reps"),
                 QStringLiteral("hold_seconds"), QStringLiteral("minutes"),
                 QStringLiteral("metres"), QStringLiteral("per_side"), QStringLiteral("per_day"),
                 QStringLiteral("days_per_week")});
    Dose d;
    d.type = r.choice<DoseType>(QStringLiteral("type"), true, DoseType::Repetitions);
    const bool counted = isCounted(d.type);
    // A count that does not belong to the type is an error, not silently ignored: it is
    // almost always a mistake in the file.
    auto only = [&](const char* key, bool allowed, const QString& types) {
        if (!allowed && r.has(QString::fromLatin1(key)))
            r.fail(QString::fromLatin1(key),
                   ExerciseJson::tr("is only used when type is %1").arg(types));
    };
    only("sets", counted, QStringLiteral("\"reps\" or \"hold\""));
    only("reps", counted, QStringLiteral("\"reps\" or \"hold\""));
    only("hold_seconds", d.type == DoseType::Hold, QStringLiteral("\"hold\""));
    only("minutes", d.type == DoseType::Duration, QStringLiteral("\"time\""));
    only("metres", d.type == DoseType::Distance, QStringLiteral("\"distance\""));
    d.sets = counted ? r.integer(QStringLiteral("sets"), false, 1, 10, 1) : 0;
    d.reps = counted ? r.integer(QStringLiteral("reps"), true, 1,
                                 d.type == DoseType::Hold ? 30 : 100, 10)
                     : 0;
    d.holdSeconds =
        d.type == DoseType::Hold ? r.integer(QStringLiteral("hold_seconds"), true, 1, 300, 10) : 0;
    d.minutes =
        d.type == DoseType::Duration ? r.integer(QStringLiteral("minutes"), true, 1, 180, 10) : 0;
    d.metres =
        d.type == DoseType::Distance ? r.integer(QStringLiteral("metres"), true, 1, 50000, 100) : 0;
    d.perSide = r.boolean(QStringLiteral("per_side"), false);
    d.timesPerDay = r.integer(QStringLiteral("per_day"), false, 1, 12, 1);
    d.daysPerWeek = r.integer(QStringLiteral("days_per_week"), false, 1, 7, 7);
    parent.adopt(r);
    return d;
}

QJsonArray texts(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

template <typename E> QJsonArray names(const QList<E>& values)
{
    QJsonArray a;
    for (E v : values)
        a.append(enumName(v));
    return a;
}

} // namespace

const QRegularExpression& ExerciseJson::stableIdPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{1,62}$"));
    return pattern;
}

Result<Exercise> ExerciseJson::fromJson(const QJsonObject& json, Mode mode)
{
    const bool library = mode == Mode::Library;
    Reader r(json, QString());
    QStringList known{
        QStringLiteral("id"),         QStringLiteral("name"),        QStringLiteral("summary"),
        QStringLiteral("category"),   QStringLiteral("properties"),  QStringLiteral("instructions"),
        QStringLiteral("feel"),       QStringLiteral("stop_if"),     QStringLiteral("dose"),
        QStringLiteral("dose_types"), QStringLiteral("regressions"), QStringLiteral("progressions"),
        QStringLiteral("source"),     QStringLiteral("illustration")};
    if (!library)
        known << QStringLiteral("origin") << QStringLiteral("based_on") << QStringLiteral("retired")
              << QStringLiteral("image") << QStringLiteral("record_id");
    r.checkKeys(known);

    Exercise e;
    e.origin = library ? ExerciseOrigin::BuiltIn : ExerciseOrigin::Clinic;
    e.stableId = r.text(QStringLiteral("id"), true, 63);
    if (!r.failed() && !stableIdPattern().match(e.stableId).hasMatch())
        r.fail(QStringLiteral("id"), tr("must be lower-case letters, digits and _ (starting with "
                                        "a letter, 2-63 characters), found \"%1\"")
                                         .arg(e.stableId));
    e.name = r.text(QStringLiteral("name"), true, kMaxNameLength);
    e.summary = r.text(QStringLiteral("summary"), library, kMaxTextLength);
    e.category =
        r.choice<ExerciseCategory>(QStringLiteral("category"), true, ExerciseCategory::Mobility);
    e.properties = readProperties(r, r.object(QStringLiteral("properties"), true));
    e.instructions = r.textList(QStringLiteral("instructions"), true, kMaxSteps, kMaxTextLength);
    e.feel = r.textList(QStringLiteral("feel"), library, kMaxSteps, kMaxTextLength);
    e.stopIf = r.textList(QStringLiteral("stop_if"), library, kMaxSteps, kMaxTextLength);
    e.dose = readDose(r, r.object(QStringLiteral("dose"), true));
    e.doseTypes = r.choices<DoseType>(QStringLiteral("dose_types"), library);
    e.regressions = r.textList(QStringLiteral("regressions"), false, 10, 63);
    e.progressions = r.textList(QStringLiteral("progressions"), false, 10, 63);
    e.source = r.text(QStringLiteral("source"), false, kMaxTextLength);
    e.illustration = r.object(QStringLiteral("illustration"), library);
    if (!library) {
        if (r.has(QStringLiteral("origin")))
            e.origin =
                r.choice<ExerciseOrigin>(QStringLiteral("origin"), false, ExerciseOrigin::Clinic);
        e.basedOn = r.text(QStringLiteral("based_on"), false, 63);
        e.retired = r.boolean(QStringLiteral("retired"), false);
        if (r.has(QStringLiteral("record_id")) &&
            !json.value(QStringLiteral("record_id")).isDouble())
            r.fail(QStringLiteral("record_id"), tr("must be a number"));
        const QJsonObject image = r.object(QStringLiteral("image"), false);
        if (!image.isEmpty()) {
            Reader ir(image, QStringLiteral("image"));
            ir.checkKeys({QStringLiteral("type"), QStringLiteral("data")});
            e.imageType = ir.text(QStringLiteral("type"), true, 40);
            const QString data = ir.text(QStringLiteral("data"), true, 40 * 1024 * 1024);
            const auto decoded = QByteArray::fromBase64Encoding(
                data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!ir.failed() && (!decoded || decoded.decoded.isEmpty()))
                ir.fail(QStringLiteral("data"), tr("must be the picture in base64"));
            if (!ir.failed() && !e.imageType.startsWith(QLatin1String("image/")))
                ir.fail(QStringLiteral("type"), tr("must be an image type such as image/png"));
            e.image = decoded.decoded;
            r.adopt(ir);
        }
    }
    if (r.failed())
        return r.error();
    if (auto st = validate(e, mode); !st)
        return st.error();
    return e;
}

Status ExerciseJson::validate(const Exercise& e, Mode mode)
{
    if (!stableIdPattern().match(e.stableId).hasMatch())
        return fieldError(QStringLiteral("id"), tr("must be lower-case letters, digits and _ "
                                                   "(starting with a letter), found \"%1\"")
                                                    .arg(e.stableId));
    if (e.name.trimmed().isEmpty())
        return fieldError(QStringLiteral("name"), tr("must not be empty"));
    if (e.name.size() > kMaxNameLength)
        return fieldError(QStringLiteral("name"),
                          tr("is longer than %1 characters").arg(kMaxNameLength));
    if (e.instructions.isEmpty())
        return fieldError(QStringLiteral("instructions"), tr("must have at least one step"));
    const ExerciseProperties& p = e.properties;
    if (p.spinalMovements.isEmpty())
        return fieldError(
            QStringLiteral("properties.spinal_movement"),
            tr("must name at least one movement (\"neutral\" when the spine is held still)"));
    if (p.moves(SpinalMovement::Neutral) && p.spinalMovements.size() > 1)
        return fieldError(QStringLiteral("properties.spinal_movement"),
                          tr("cannot combine \"neutral\" with a movement"));
    if (p.moves(SpinalMovement::Neutral) && p.endRange)
        return fieldError(QStringLiteral("properties.end_range"),
                          tr("must be false when the spine is held neutral"));
    const Dose& d = e.dose;
    const bool counted = isCounted(d.type);
    if (counted && (d.sets < 1 || d.sets > 10))
        return fieldError(QStringLiteral("dose.sets"), tr("must be from 1 to 10"));
    if (counted && (d.reps < 1 || d.reps > 100))
        return fieldError(QStringLiteral("dose.reps"), tr("must be from 1 to 100"));
    if (d.type == DoseType::Hold && (d.holdSeconds < 1 || d.holdSeconds > 300))
        return fieldError(QStringLiteral("dose.hold_seconds"), tr("must be from 1 to 300"));
    if (d.type == DoseType::Duration && (d.minutes < 1 || d.minutes > 180))
        return fieldError(QStringLiteral("dose.minutes"), tr("must be from 1 to 180"));
    if (d.type == DoseType::Distance && (d.metres < 1 || d.metres > 50000))
        return fieldError(QStringLiteral("dose.metres"), tr("must be from 1 to 50000"));
    if (d.timesPerDay < 1 || d.timesPerDay > 12)
        return fieldError(QStringLiteral("dose.per_day"), tr("must be from 1 to 12"));
    if (d.daysPerWeek < 1 || d.daysPerWeek > 7)
        return fieldError(QStringLiteral("dose.days_per_week"), tr("must be from 1 to 7"));
    if (mode == Mode::Library && e.doseTypes.isEmpty())
        return fieldError(QStringLiteral("dose_types"), tr("must name at least one dose type"));
    if (!e.doseTypes.isEmpty() && !e.doseTypes.contains(d.type))
        return fieldError(QStringLiteral("dose_types"),
                          tr("must include the default dose's type \"%1\"").arg(enumName(d.type)));
    for (const auto& [key, links] : {std::pair{QStringLiteral("regressions"), &e.regressions},
                                     std::pair{QStringLiteral("progressions"), &e.progressions}}) {
        for (int i = 0; i < links->size(); ++i) {
            const QString& link = links->at(i);
            const QString field = QStringLiteral("%1[%2]").arg(key).arg(i);
            if (!stableIdPattern().match(link).hasMatch())
                return fieldError(field,
                                  tr("must be the id of an exercise, found \"%1\"").arg(link));
            if (link == e.stableId)
                return fieldError(field, tr("links the exercise to itself"));
            if (links->indexOf(link) != i)
                return fieldError(field, tr("repeats \"%1\"").arg(link));
        }
    }
    for (const QString& link : e.regressions)
        if (e.progressions.contains(link))
            return fieldError(QStringLiteral("progressions"),
                              tr("lists \"%1\" as both easier and harder").arg(link));
    if (mode == Mode::Library && e.illustration.isEmpty())
        return fieldError(QStringLiteral("illustration"), tr("is missing"));
    if (!e.illustration.isEmpty()) {
        if (auto spec = illustration::IllustrationSpec::fromJson(e.illustration); !spec)
            return Error{QStringLiteral("exercise.invalid"), spec.error().message};
    }
    return {};
}

QJsonObject ExerciseJson::toJson(const Exercise& e, bool withClinicFields)
{
    const ExerciseProperties& p = e.properties;
    QJsonObject props{
        {QStringLiteral("position"), enumName(p.position)},
        {QStringLiteral("spinal_movement"), names(p.spinalMovements)},
        {QStringLiteral("end_range"), p.endRange},
        {QStringLiteral("spinal_load"), enumName(p.spinalLoad)},
        {QStringLiteral("impact"), enumName(p.impact)},
        {QStringLiteral("loaded"), p.loaded},
        {QStringLiteral("overhead"), p.overhead},
        {QStringLiteral("lift_from_floor"), p.liftFromFloor},
        {QStringLiteral("balance"), enumName(p.balance)},
        {QStringLiteral("equipment"), names(p.equipment)},
    };
    const Dose& d = e.dose;
    QJsonObject dose{{QStringLiteral("type"), enumName(d.type)},
                     {QStringLiteral("per_day"), d.timesPerDay},
                     {QStringLiteral("days_per_week"), d.daysPerWeek}};
    if (isCounted(d.type)) {
        dose.insert(QStringLiteral("sets"), d.sets);
        dose.insert(QStringLiteral("reps"), d.reps);
    }
    if (d.type == DoseType::Hold)
        dose.insert(QStringLiteral("hold_seconds"), d.holdSeconds);
    if (d.type == DoseType::Duration)
        dose.insert(QStringLiteral("minutes"), d.minutes);
    if (d.type == DoseType::Distance)
        dose.insert(QStringLiteral("metres"), d.metres);
    if (d.perSide)
        dose.insert(QStringLiteral("per_side"), true);

    QJsonObject json{
        {QStringLiteral("id"), e.stableId},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("summary"), e.summary},
        {QStringLiteral("category"), enumName(e.category)},
        {QStringLiteral("properties"), props},
        {QStringLiteral("instructions"), texts(e.instructions)},
        {QStringLiteral("feel"), texts(e.feel)},
        {QStringLiteral("stop_if"), texts(e.stopIf)},
        {QStringLiteral("dose"), dose},
        {QStringLiteral("regressions"), texts(e.regressions)},
        {QStringLiteral("progressions"), texts(e.progressions)},
    };
    if (!e.doseTypes.isEmpty())
        json.insert(QStringLiteral("dose_types"), names(e.doseTypes));
    if (!e.source.isEmpty())
        json.insert(QStringLiteral("source"), e.source);
    if (!e.illustration.isEmpty())
        json.insert(QStringLiteral("illustration"), e.illustration);
    if (withClinicFields) {
        json.insert(QStringLiteral("origin"), enumName(e.origin));
        if (!e.basedOn.isEmpty())
            json.insert(QStringLiteral("based_on"), e.basedOn);
        json.insert(QStringLiteral("retired"), e.retired);
        if (!e.image.isEmpty())
            json.insert(
                QStringLiteral("image"),
                QJsonObject{{QStringLiteral("type"), e.imageType},
                            {QStringLiteral("data"), QString::fromLatin1(e.image.toBase64())}});
    }
    return json;
}

QString ExerciseJson::contentHash(const Exercise& exercise)
{
    // QJsonObject keeps its keys sorted, so the compact text is canonical.
    const QByteArray canonical =
        QJsonDocument(toJson(exercise, false)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

} // namespace gradus
