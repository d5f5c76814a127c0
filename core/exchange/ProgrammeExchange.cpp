#include "exchange/ProgrammeExchange.h"

#include "exercises/ExerciseJson.h"
#include "programmes/DoseValidator.h"
#include "programmes/ProgrammeJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace gradus {
namespace {

using PE = ProgrammeExchange;

// A JSON number that is a whole number. Casting first would be undefined for a number beyond
// the integer types (a file may hold 1e300).
bool isWholeNumber(const QJsonValue& v)
{
    return v.isDouble() && std::isfinite(v.toDouble()) && std::trunc(v.toDouble()) == v.toDouble();
}

QJsonValue dateValue(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

// Reads one JSON object strictly; the first problem wins and names the field.
class Fields
{
public:
    Fields(const QJsonObject& object, QString file, QString entry, QString prefix = {})
        : m_object(object), m_file(std::move(file)), m_entry(std::move(entry)),
          m_prefix(std::move(prefix))
    {
    }

    bool failed() const { return m_error.has_value(); }
    Error error() const { return *m_error; }
    void fail(const QString& key, const QString& problem)
    {
        if (!m_error)
            m_error = PE::importError(m_file, m_entry, m_prefix + key, problem);
    }

    void onlyKeys(const QStringList& known)
    {
        for (const QString& key : m_object.keys())
            if (!known.contains(key))
                fail(key, PE::tr("is not a known field (expected one of: %1)")
                              .arg(known.join(QStringLiteral(", "))));
    }

    QString text(const QString& key, bool required, int maxLength)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, PE::tr("is missing"));
            return {};
        }
        if (!v.isString()) {
            fail(key, PE::tr("must be text"));
            return {};
        }
        const QString s = v.toString();
        if (required && s.trimmed().isEmpty())
            fail(key, PE::tr("must not be empty"));
        else if (s.size() > maxLength)
            fail(key,
                 PE::tr("must be at most %1 characters (found %2)").arg(maxLength).arg(s.size()));
        return s;
    }

    std::optional<int> integer(const QString& key, int low, int high)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!isWholeNumber(v)) {
            fail(key, PE::tr("must be a whole number"));
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (d < low || d > high) {
            fail(key, PE::tr("must be from %1 to %2 (found %3)").arg(low).arg(high).arg(d));
            return std::nullopt;
        }
        return int(d);
    }

    QDate date(const QString& key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        const QDate d = v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
        if (!d.isValid())
            fail(key, PE::tr("must be a date written yyyy-MM-dd, or null"));
        return d;
    }

    QJsonArray array(const QString& key, bool required)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isArray())
            fail(key, v.isUndefined() ? PE::tr("is missing") : PE::tr("must be a list"));
        return v.toArray();
    }

    QJsonObject object(const QString& key)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isObject())
            fail(key, v.isUndefined() ? PE::tr("is missing") : PE::tr("must be an object"));
        return v.toObject();
    }

private:
    QJsonObject m_object;
    QString m_file;
    QString m_entry;
    QString m_prefix;
    std::optional<Error> m_error;
};

QString itemEntry(qsizetype section, const QString& sectionName, qsizetype item,
                  const QString& exercise)
{
    QString entry = sectionName.isEmpty()
                        ? PE::tr("section %1").arg(section + 1)
                        : PE::tr("section %1 \"%2\"").arg(section + 1).arg(sectionName);
    if (item >= 0)
        entry += exercise.isEmpty() ? PE::tr(", item %1").arg(item + 1)
                                    : PE::tr(", item %1 \"%2\"").arg(item + 1).arg(exercise);
    return entry;
}

Result<ExchangeItem> readItem(const QJsonValue& value, const QString& file, const QString& entry)
{
    if (!value.isObject())
        return PE::importError(file, entry, {}, PE::tr("must be an object"));
    const QJsonObject o = value.toObject();
    Fields f(o, file, entry);
    f.onlyKeys({QStringLiteral("exercise"), QStringLiteral("exercise_name"), QStringLiteral("dose"),
                QStringLiteral("dose_text"), QStringLiteral("rest_seconds"), QStringLiteral("side"),
                QStringLiteral("load"), QStringLiteral("tempo"), QStringLiteral("note")});
    ExchangeItem item;
    item.exercise = f.text(QStringLiteral("exercise"), true, ExerciseJson::kMaxNameLength);
    if (!f.failed() && !ExerciseJson::stableIdPattern().match(item.exercise).hasMatch())
        f.fail(QStringLiteral("exercise"),
               PE::tr("\"%1\" is not an exercise id (lower-case letters, digits and _)")
                   .arg(item.exercise.left(40)));
    item.exerciseName = f.text(QStringLiteral("exercise_name"), false, 200);
    (void)f.text(QStringLiteral("dose_text"), false, 500);
    const QJsonObject doseJson = f.object(QStringLiteral("dose"));
    Prescription& p = item.prescription;
    p.restSeconds =
        f.integer(QStringLiteral("rest_seconds"), 0, DoseValidator::kMaxRestSeconds).value_or(0);
    const QString side = f.text(QStringLiteral("side"), false, 40);
    if (!side.isEmpty()) {
        if (auto parsed = sideFromName(side))
            p.side = *parsed;
        else
            f.fail(QStringLiteral("side"),
                   PE::tr("must be not_applicable, left, right, both or alternate"));
    }
    p.load = f.text(QStringLiteral("load"), false, DoseValidator::kMaxTextLength);
    p.tempo = f.text(QStringLiteral("tempo"), false, DoseValidator::kMaxTextLength);
    p.patientNote = f.text(QStringLiteral("note"), false, DoseValidator::kMaxTextLength);
    if (f.failed())
        return f.error();
    auto dose = ProgrammeJson::doseFromJson(doseJson, QStringLiteral("dose"));
    if (!dose) {
        // "dose.reps: must be a whole number" or "dose: Repetitions must be from 1 to 100".
        const QString message = dose.error().message;
        const qsizetype colon = message.indexOf(QStringLiteral(": "));
        return PE::importError(file, entry,
                               colon > 0 ? message.left(colon) : QStringLiteral("dose"),
                               colon > 0 ? message.mid(colon + 2) : message);
    }
    p.dose = *dose;
    return item;
}

} // namespace

Error ProgrammeExchange::importError(const QString& fileName, const QString& entry,
                                     const QString& field, const QString& problem)
{
    QString where = entry;
    if (!field.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + tr("field '%1'").arg(field);
    QString text = problem.trimmed();
    if (text.endsWith(u'.'))
        text.chop(1);
    const QString message =
        where.isEmpty() ? tr("%1: %2. Nothing was imported.").arg(fileName, text)
                        : tr("%1: %2: %3. Nothing was imported.").arg(fileName, where, text);
    return Error{QStringLiteral("import.invalid"), message, ErrorKind::Invalid};
}

QByteArray ProgrammeExchange::write(const ProgrammeDocument& d)
{
    QJsonArray sections;
    for (const ExchangeSection& s : d.sections) {
        QJsonArray items;
        for (const ExchangeItem& item : s.items) {
            const Prescription& p = item.prescription;
            items.append(QJsonObject{{QStringLiteral("exercise"), item.exercise},
                                     {QStringLiteral("exercise_name"), item.exerciseName},
                                     {QStringLiteral("dose"), ProgrammeJson::doseToJson(p.dose)},
                                     {QStringLiteral("dose_text"), describeDose(p.dose)},
                                     {QStringLiteral("rest_seconds"), p.restSeconds},
                                     {QStringLiteral("side"), sideName(p.side)},
                                     {QStringLiteral("load"), p.load},
                                     {QStringLiteral("tempo"), p.tempo},
                                     {QStringLiteral("note"), p.patientNote}});
        }
        sections.append(
            QJsonObject{{QStringLiteral("name"), s.name}, {QStringLiteral("items"), items}});
    }
    const bool programme = d.kind == ProgrammeDocument::Kind::Programme;
    QJsonObject body{{QStringLiteral("name"), d.name},
                     {QStringLiteral("goal"), d.goal},
                     {QStringLiteral("sections"), sections}};
    if (programme) {
        body.insert(QStringLiteral("start_date"), dateValue(d.startDate));
        body.insert(QStringLiteral("review_date"), dateValue(d.reviewDate));
    }
    QJsonArray exercises;
    for (const Exercise& e : d.exercises)
        exercises.append(ExerciseJson::toJson(e, true));
    const QJsonObject top{
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("kind"),
         programme ? QStringLiteral("programme") : QStringLiteral("template")},
        {QStringLiteral("exported_at"), d.exportedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("generator"), d.generator},
        {QStringLiteral("programme"), body},
        {QStringLiteral("exercises"), exercises},
    };
    return QJsonDocument(top).toJson(QJsonDocument::Indented);
}

Result<ProgrammeDocument> ProgrammeExchange::parse(const QByteArray& bytes, const QString& file)
{
    if (bytes.trimmed().isEmpty())
        return importError(file, {}, {}, tr("the file is empty"));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const bool atEnd = parseError.offset >= bytes.trimmed().size() - 1 ||
                           parseError.error == QJsonParseError::UnterminatedObject ||
                           parseError.error == QJsonParseError::UnterminatedArray ||
                           parseError.error == QJsonParseError::UnterminatedString;
        return importError(file, {}, {},
                           atEnd ? tr("the file ends too early, so it was probably cut short "
                                      "while being copied (%1 at byte %2)")
                                       .arg(parseError.errorString())
                                       .arg(parseError.offset)
                                 : tr("the file is not valid JSON (%1 at byte %2)")
                                       .arg(parseError.errorString())
                                       .arg(parseError.offset));
    }
    if (!json.isObject())
        return importError(file, {}, {}, tr("this is not a Gradus programme file"));
    const QJsonObject top = json.object();
    Fields f(top, file, {});
    const QString format = top.value(QStringLiteral("format")).toString();
    if (format != QLatin1String(kFormat)) {
        f.fail(QStringLiteral("format"),
               format == QLatin1String("gradus-exercises")
                   ? tr("this is an exercise export; import it with the exercise import")
                   : tr("must be \"%1\" (this is not a Gradus programme file)")
                         .arg(QLatin1String(kFormat)));
        return f.error();
    }
    const QJsonValue version = top.value(QStringLiteral("format_version"));
    if (!isWholeNumber(version) || version.toDouble() < 1) {
        f.fail(QStringLiteral("format_version"), tr("must be a whole number from 1"));
        return f.error();
    }
    if (version.toDouble() > kFormatVersion) {
        f.fail(QStringLiteral("format_version"),
               tr("the file was written by a newer Gradus (format version %1; this Gradus "
                  "reads up to %2). Update Gradus to import it")
                   .arg(version.toDouble())
                   .arg(kFormatVersion));
        return f.error();
    }
    f.onlyKeys({QStringLiteral("format"), QStringLiteral("format_version"), QStringLiteral("kind"),
                QStringLiteral("exported_at"), QStringLiteral("generator"),
                QStringLiteral("programme"), QStringLiteral("exercises")});
    ProgrammeDocument d;
    const QString kind = f.text(QStringLiteral("kind"), true, 20);
    if (kind == QLatin1String("template"))
        d.kind = ProgrammeDocument::Kind::Template;
    else if (!f.failed() && kind != QLatin1String("programme"))
        f.fail(QStringLiteral("kind"), tr("must be \"programme\" or \"template\""));
    const QString exportedAt = f.text(QStringLiteral("exported_at"), false, 40);
    d.exportedAt = QDateTime::fromString(exportedAt, Qt::ISODate);
    d.generator = f.text(QStringLiteral("generator"), false, 200);
    const QJsonObject body = f.object(QStringLiteral("programme"));
    const QJsonArray exercises = f.array(QStringLiteral("exercises"), false);
    if (f.failed())
        return f.error();

    Fields b(body, file, {}, QStringLiteral("programme."));
    b.onlyKeys({QStringLiteral("name"), QStringLiteral("goal"), QStringLiteral("start_date"),
                QStringLiteral("review_date"), QStringLiteral("sections")});
    d.name = b.text(QStringLiteral("name"), true, 200).trimmed();
    d.goal = b.text(QStringLiteral("goal"), false, 2000);
    d.startDate = b.date(QStringLiteral("start_date"));
    d.reviewDate = b.date(QStringLiteral("review_date"));
    if (!b.failed() && d.kind == ProgrammeDocument::Kind::Template &&
        (d.startDate.isValid() || d.reviewDate.isValid()))
        b.fail(QStringLiteral("start_date"), tr("a template has no dates; use null"));
    if (!b.failed() && d.startDate.isValid() && d.reviewDate.isValid() &&
        d.reviewDate < d.startDate)
        b.fail(QStringLiteral("review_date"), tr("must not be before the start date"));
    const QJsonArray sections = b.array(QStringLiteral("sections"), true);
    if (b.failed())
        return b.error();

    for (qsizetype s = 0; s < sections.size(); ++s) {
        if (!sections.at(s).isObject())
            return importError(file, itemEntry(s, {}, -1, {}), {}, tr("must be an object"));
        const QJsonObject so = sections.at(s).toObject();
        const QString rawName = so.value(QStringLiteral("name")).toString();
        Fields sf(so, file, itemEntry(s, rawName.left(40), -1, {}));
        sf.onlyKeys({QStringLiteral("name"), QStringLiteral("items")});
        ExchangeSection section;
        section.name = sf.text(QStringLiteral("name"), true, 200).trimmed();
        const QJsonArray items = sf.array(QStringLiteral("items"), true);
        if (sf.failed())
            return sf.error();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString exercise =
                items.at(i).toObject().value(QStringLiteral("exercise")).toString().left(40);
            auto item = readItem(items.at(i), file, itemEntry(s, section.name, i, exercise));
            if (!item)
                return item.error();
            section.items.append(*item);
        }
        d.sections.append(section);
    }
    for (qsizetype i = 0; i < exercises.size(); ++i) {
        const QJsonObject eo = exercises.at(i).toObject();
        const QString id = eo.value(QStringLiteral("id")).toString().left(40);
        const QString entry = id.isEmpty() ? tr("exercise %1").arg(i + 1)
                                           : tr("exercise %1 \"%2\"").arg(i + 1).arg(id);
        if (!exercises.at(i).isObject())
            return importError(file, entry, {}, tr("must be an object"));
        auto e = ExerciseJson::fromJson(eo, ExerciseJson::Mode::Import);
        if (!e) // ExerciseJson names the field itself ("field 'dose.reps' must be ...")
            return importError(file, entry, {}, e.error().message);
        d.exercises.append(*e);
    }
    return d;
}

Status ProgrammeExchange::checkExercises(const ProgrammeDocument& d, const QSet<QString>& library,
                                         const QString& file)
{
    QSet<QString> carried;
    for (qsizetype i = 0; i < d.exercises.size(); ++i) {
        const Exercise& e = d.exercises.at(i);
        const QString entry = tr("exercise %1 \"%2\"").arg(i + 1).arg(e.stableId);
        if (!e.stableId.startsWith(clinicStableIdPrefix()))
            return importError(file, entry, QStringLiteral("id"),
                               tr("only a clinic's own exercises (ids starting with \"%1\") "
                                  "travel in the file; built-in ones are named by id only")
                                   .arg(clinicStableIdPrefix()));
        if (carried.contains(e.stableId))
            return importError(file, entry, QStringLiteral("id"), tr("appears twice in the file"));
        carried.insert(e.stableId);
    }
    for (qsizetype s = 0; s < d.sections.size(); ++s) {
        const ExchangeSection& section = d.sections.at(s);
        for (qsizetype i = 0; i < section.items.size(); ++i) {
            const QString& id = section.items.at(i).exercise;
            if (!library.contains(id) && !carried.contains(id))
                return importError(file, itemEntry(s, section.name, i, id),
                                   QStringLiteral("exercise"),
                                   tr("there is no exercise \"%1\" in this library, and the file "
                                      "does not carry it")
                                       .arg(id));
        }
    }
    for (qsizetype i = 0; i < d.exercises.size(); ++i) {
        const Exercise& e = d.exercises.at(i);
        const QString entry = tr("exercise %1 \"%2\"").arg(i + 1).arg(e.stableId);
        for (const auto& [key, links] :
             {std::pair{QStringLiteral("regressions"), &e.regressions},
              std::pair{QStringLiteral("progressions"), &e.progressions}})
            for (const QString& link : *links)
                if (!library.contains(link) && !carried.contains(link))
                    return importError(file, entry, key,
                                       tr("links to \"%1\", which is neither in the file nor in "
                                          "this library")
                                           .arg(link));
    }
    return {};
}

} // namespace gradus
