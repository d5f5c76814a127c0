#include "exchange/FhirCodes.h"

#include <QJsonArray>

namespace gradus::FhirCodes {

QJsonObject coding(const Coding& c)
{
    QJsonObject o{{QStringLiteral("system"), c.system}, {QStringLiteral("code"), c.code}};
    if (!c.display.isEmpty())
        o.insert(QStringLiteral("display"), c.display);
    return o;
}

QJsonObject codeable(const QList<Coding>& codings, const QString& text)
{
    QJsonObject o;
    if (!codings.isEmpty()) {
        QJsonArray list;
        for (const Coding& c : codings)
            list.append(coding(c));
        o.insert(QStringLiteral("coding"), list);
    }
    if (!text.isEmpty())
        o.insert(QStringLiteral("text"), text);
    return o;
}

std::optional<Coding> snomedCondition(const QString& code)
{
    // Only codes whose meaning and number agree across independent published uses. Disc
    // herniation, lumbar spinal stenosis, recent surgery, hypermobility, vertebral fracture history
    // and cardiovascular precautions go as text: no code for exactly that meaning was verified.
    struct Entry
    {
        const char* gradus;
        const char* sct;
        const char* display;
    };
    static const Entry entries[] = {
        {"acute_nonspecific_lbp", "279039007", "Low back pain"},
        {"chronic_nonspecific_lbp", "278860009", "Chronic low back pain"},
        {"sciatica", "23056005", "Sciatica"},
        {"spondylolisthesis", "274152003", "Spondylolisthesis"},
        {"osteoporosis", "64859006", "Osteoporosis"},
        {"pregnancy", "77386006", "Pregnancy"},
    };
    for (const Entry& e : entries)
        if (code == QLatin1String(e.gradus))
            return Coding{kSnomed, QLatin1String(e.sct), QLatin1String(e.display)};
    return std::nullopt;
}

QList<Coding> snomedLegs(Condition::Side side)
{
    const Coding left{kSnomed, QStringLiteral("32153003"),
                      QStringLiteral("Structure of left lower limb")};
    const Coding right{kSnomed, QStringLiteral("62175007"),
                       QStringLiteral("Structure of right lower limb")};
    switch (side) {
    case Condition::Side::Left:
        return {left};
    case Condition::Side::Right:
        return {right};
    case Condition::Side::Both:
        return {left, right};
    case Condition::Side::None:
        break;
    }
    return {};
}

Coding nprs()
{
    return {kLoinc, QStringLiteral("72514-3"),
            QStringLiteral("Pain severity - 0-10 verbal numeric rating [Score] - Reported")};
}

Coding exerciseDuration()
{
    return {kLoinc, QStringLiteral("55411-3"), QStringLiteral("Exercise duration")};
}

Coding stepsPerDay()
{
    return {kLoinc, QStringLiteral("41950-7"),
            QStringLiteral("Number of steps in 24 hour Measured")};
}

Coding outcomeMeasure(Instrument instrument)
{
    return {kOutcomeMeasure, Instruments::code(instrument), Instruments::longName(instrument)};
}

std::optional<Coding> loincScore(Instrument instrument)
{
    if (instrument == Instrument::Odi)
        return Coding{kLoinc, QStringLiteral("97909-6"),
                      QStringLiteral("Oswestry disability index score ODI")};
    return std::nullopt;
}

} // namespace gradus::FhirCodes
