#include "exercises/ExerciseMerge.h"

#include "exercises/ExerciseJson.h"

#include <QJsonArray>

namespace gradus {
namespace {

using Merge = FieldMerge<Exercise>;

// A value of the exercise's JSON form as one line of text: lists joined, objects as
// "key: value" pairs. Equal text means equal value, which is all the comparison needs.
QString describe(const QJsonValue& value)
{
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items << describe(item);
        return items.join(QStringLiteral("; "));
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QStringList pairs;
        for (auto it = object.begin(); it != object.end(); ++it)
            pairs << it.key() + QStringLiteral(": ") + describe(it.value());
        return pairs.join(QStringLiteral("; "));
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toString();
}

// A field shown through its key in the JSON form, copied through its member.
template <typename Member>
Merge::Field jsonField(const QString& label, const QString& key, Member member)
{
    return Merge::member(label, member, [key](const Exercise& e) {
        return describe(ExerciseJson::toJson(e, false).value(key));
    });
}

} // namespace

const QList<ExerciseMerge::Field>& ExerciseMerge::fields()
{
    static const QList<Field> list{
        Merge::member(tr("Name"), &Exercise::name),
        Merge::member(tr("Summary"), &Exercise::summary),
        jsonField(tr("Category"), QStringLiteral("category"), &Exercise::category),
        jsonField(tr("Properties"), QStringLiteral("properties"), &Exercise::properties),
        // As the clinician reads it elsewhere: "2 × 10 each side, once a day, 5 days a week".
        Merge::member(tr("Dose"), &Exercise::dose,
                      [](const Exercise& e) { return describeDose(e.dose); }),
        jsonField(tr("Doses that fit"), QStringLiteral("dose_types"), &Exercise::doseTypes),
        jsonField(tr("Steps"), QStringLiteral("instructions"), &Exercise::instructions),
        jsonField(tr("You should feel"), QStringLiteral("feel"), &Exercise::feel),
        jsonField(tr("Stop if"), QStringLiteral("stop_if"), &Exercise::stopIf),
        jsonField(tr("Easier"), QStringLiteral("regressions"), &Exercise::regressions),
        jsonField(tr("Harder"), QStringLiteral("progressions"), &Exercise::progressions),
        Merge::member(tr("Source"), &Exercise::source),
    };
    return list;
}

QList<MergeRow> ExerciseMerge::rows(const Exercise& base, const Exercise& mine,
                                    const Exercise& theirs)
{
    return Merge::rows(fields(), base, mine, theirs);
}

Exercise ExerciseMerge::rebase(const Exercise& base, const Exercise& mine, const Exercise& theirs)
{
    return Merge::rebase(fields(), base, mine, theirs);
}

} // namespace gradus
