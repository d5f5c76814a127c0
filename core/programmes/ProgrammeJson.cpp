#include "programmes/ProgrammeJson.h"

#include "programmes/DoseValidator.h"

namespace gradus {
namespace {

Error jsonError(const QString& path, const QString& message)
{
    return Error{QStringLiteral("template.invalid"), QStringLiteral("%1: %2").arg(path, message)};
}

QJsonValue optionalText(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QString()) : QJsonValue(text);
}

} // namespace

QJsonObject ProgrammeJson::doseToJson(const Dose& d)
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), enumName(d.type));
    o.insert(QStringLiteral("sets"), d.sets);
    switch (d.type) {
    case DoseType::Repetitions:
        o.insert(QStringLiteral("reps"), d.reps);
        break;
    case DoseType::Hold:
        o.insert(QStringLiteral("reps"), d.reps);
        o.insert(QStringLiteral("hold_seconds"), d.holdSeconds);
        break;
    case DoseType::Duration:
        o.insert(QStringLiteral("minutes"), d.minutes);
        break;
    case DoseType::Distance:
        o.insert(QStringLiteral("metres"), d.metres);
        break;
    }
    if (d.perSide)
        o.insert(QStringLiteral("per_side"), true);
    o.insert(QStringLiteral("per_day"), d.timesPerDay);
    o.insert(QStringLiteral("days_per_week"), d.daysPerWeek);
    return o;
}

Result<Dose> ProgrammeJson::doseFromJson(const QJsonObject& json, const QString& path)
{
    static const QStringList known = {
        QStringLiteral("type"),         QStringLiteral("sets"),    QStringLiteral("reps"),
        QStringLiteral("hold_seconds"), QStringLiteral("minutes"), QStringLiteral("metres"),
        QStringLiteral("per_side"),     QStringLiteral("per_day"), QStringLiteral("days_per_week")};
    for (const QString& key : json.keys())
        if (!known.contains(key))
            return jsonError(path, tr("unknown key \"%1\"").arg(key));
    const auto type = enumFromName<DoseType>(json.value(QStringLiteral("type")).toString());
    if (!type)
        return jsonError(path + QStringLiteral(".type"),
                         tr("must be \"reps\", \"hold\", \"time\" or \"distance\""));
    auto integer = [&](const char* key, int fallback) -> Result<int> {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()))
            return jsonError(path + QLatin1Char('.') + QLatin1String(key),
                             tr("must be a whole number"));
        return v.toInt();
    };
    Dose d;
    d.type = *type;
    for (const auto& [key, field, fallback] :
         {std::tuple{"sets", &d.sets, 1}, std::tuple{"reps", &d.reps, 0},
          std::tuple{"hold_seconds", &d.holdSeconds, 0}, std::tuple{"minutes", &d.minutes, 0},
          std::tuple{"metres", &d.metres, 0}, std::tuple{"per_day", &d.timesPerDay, 1},
          std::tuple{"days_per_week", &d.daysPerWeek, 7}}) {
        auto value = integer(key, fallback);
        if (!value)
            return value.error();
        *field = *value;
    }
    d.perSide = json.value(QStringLiteral("per_side")).toBool(false);
    if (auto st = DoseValidator::check(d); !st)
        return Error{st.error().code, QStringLiteral("%1: %2").arg(path, st.error().message)};
    return d;
}

QJsonArray ProgrammeJson::sectionsToJson(const QList<ProgrammeSection>& sections,
                                         const QHash<qint64, ExerciseRef>& exercises)
{
    QJsonArray out;
    for (const ProgrammeSection& section : sections) {
        QJsonArray items;
        for (const Prescription& p : section.prescriptions) {
            const ExerciseRef ref = exercises.value(p.exerciseId);
            QJsonObject item;
            item.insert(QStringLiteral("exercise"), ref.stableId);
            item.insert(QStringLiteral("exercise_id"), p.exerciseId);
            item.insert(QStringLiteral("exercise_name"), ref.name);
            item.insert(QStringLiteral("dose"), doseToJson(p.dose));
            item.insert(QStringLiteral("dose_text"), describeDose(p.dose));
            item.insert(QStringLiteral("rest_seconds"), p.restSeconds);
            item.insert(QStringLiteral("side"), sideName(p.side));
            item.insert(QStringLiteral("load"), optionalText(p.load));
            item.insert(QStringLiteral("tempo"), optionalText(p.tempo));
            item.insert(QStringLiteral("note"), optionalText(p.patientNote));
            items.append(item);
        }
        out.append(
            QJsonObject{{QStringLiteral("name"), section.name}, {QStringLiteral("items"), items}});
    }
    return out;
}

Result<QList<ProgrammeSection>>
ProgrammeJson::sectionsFromJson(const QJsonArray& json, const QHash<QString, qint64>& idsByStableId)
{
    QList<ProgrammeSection> sections;
    for (qsizetype s = 0; s < json.size(); ++s) {
        const QString spath = QStringLiteral("sections[%1]").arg(s);
        const QJsonObject so = json.at(s).toObject();
        ProgrammeSection section;
        section.name = so.value(QStringLiteral("name")).toString().trimmed();
        if (section.name.isEmpty())
            return jsonError(spath + QStringLiteral(".name"), tr("must not be empty"));
        const QJsonArray items = so.value(QStringLiteral("items")).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString ipath = spath + QStringLiteral(".items[%1]").arg(i);
            const QJsonObject io = items.at(i).toObject();
            const QString stableId = io.value(QStringLiteral("exercise")).toString();
            if (!idsByStableId.contains(stableId))
                return Error{QStringLiteral("template.unknown_exercise"),
                             tr("%1.exercise: there is no exercise \"%2\" in the library")
                                 .arg(ipath, stableId)};
            Prescription p;
            p.exerciseId = idsByStableId.value(stableId);
            auto dose = doseFromJson(io.value(QStringLiteral("dose")).toObject(),
                                     ipath + QStringLiteral(".dose"));
            if (!dose)
                return dose.error();
            p.dose = *dose;
            p.restSeconds = io.value(QStringLiteral("rest_seconds")).toInt(0);
            const QString side =
                io.value(QStringLiteral("side")).toString(QStringLiteral("not_applicable"));
            const auto parsedSide = sideFromName(side);
            if (!parsedSide)
                return jsonError(ipath + QStringLiteral(".side"),
                                 tr("must be not_applicable, left, right, both or alternate"));
            p.side = *parsedSide;
            p.load = io.value(QStringLiteral("load")).toString();
            p.tempo = io.value(QStringLiteral("tempo")).toString();
            p.patientNote = io.value(QStringLiteral("note")).toString();
            if (auto st = DoseValidator::check(p); !st)
                return Error{st.error().code,
                             QStringLiteral("%1: %2").arg(ipath, st.error().message)};
            section.prescriptions.append(p);
        }
        sections.append(section);
    }
    return sections;
}

QJsonObject ProgrammeJson::programmeToJson(const Programme& p,
                                           const QHash<qint64, ExerciseRef>& exercises)
{
    auto date = [](const QDate& d) {
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
    };
    auto stamp = [](const QDateTime& t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
    };
    QJsonObject o;
    o.insert(QStringLiteral("id"), p.id);
    o.insert(QStringLiteral("patient_id"), p.patientId);
    o.insert(QStringLiteral("episode_id"), p.episodeId);
    o.insert(QStringLiteral("name"), p.name);
    o.insert(QStringLiteral("goal"), p.goal);
    o.insert(QStringLiteral("start_date"), date(p.startDate));
    o.insert(QStringLiteral("review_date"), date(p.reviewDate));
    o.insert(QStringLiteral("status"), statusName(p.status));
    o.insert(QStringLiteral("version"), p.version);
    // The edit count of this version's record, for --if-version.
    o.insert(QStringLiteral("row_version"), p.rowVersion);
    o.insert(QStringLiteral("previous_version_id"),
             p.previousVersionId > 0 ? QJsonValue(p.previousVersionId) : QJsonValue());
    o.insert(QStringLiteral("created_at"), stamp(p.createdAt));
    o.insert(QStringLiteral("activated_at"), stamp(p.activatedAt));
    o.insert(QStringLiteral("superseded_at"), stamp(p.supersededAt));
    // A stored version names each prescription's record id, which `pacing plan` takes; the
    // section layout alone (sectionsToJson) is shared with templates, which have no records.
    QJsonArray sections = sectionsToJson(p.sections, exercises);
    for (qsizetype s = 0; s < sections.size() && s < p.sections.size(); ++s) {
        QJsonObject section = sections.at(s).toObject();
        QJsonArray items = section.value(QStringLiteral("items")).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items.at(i).toObject();
            item.insert(QStringLiteral("id"), p.sections.at(s).prescriptions.at(i).id);
            items.replace(i, item);
        }
        section.insert(QStringLiteral("items"), items);
        sections.replace(s, section);
    }
    o.insert(QStringLiteral("sections"), sections);
    return o;
}

} // namespace gradus
