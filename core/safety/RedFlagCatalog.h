#pragma once

// The red-flag screen's vocabulary (resources/safety/redflags.json, CLINICAL.md section 1):
// tiers in order of urgency, each with the action the app suggests and its source, and the
// flag codes with plain-language labels.

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace gradus {

class ClinicSettings;

struct RedFlagTier
{
    QString id; // emergency, urgent, fracture, malignancy, infection, other
    QString label;
    QString action;
    QString source;
};

struct RedFlagDefinition
{
    QString code;
    QString tier;
    QString label;
    // The flag is about the patient's age against the clinic's thresholds (settings
    // RedFlagAgeUnder / RedFlagAgeOver); the screen suggests it from the date of birth.
    bool ageRule = false;
};

class RedFlagCatalog
{
    Q_DECLARE_TR_FUNCTIONS(RedFlagCatalog)

public:
    static Result<RedFlagCatalog> parse(const QByteArray& json, const QString& fileName);
    static const RedFlagCatalog& builtIn();

    int version() const { return m_version; }
    const QList<RedFlagTier>& tiers() const { return m_tiers; }
    const QList<RedFlagDefinition>& flags() const { return m_flags; }
    const RedFlagDefinition* find(const QString& code) const;
    const RedFlagTier* tier(const QString& id) const;
    QList<RedFlagDefinition> flagsOfTier(const QString& tierId) const;

    // True when an age (years) is under RedFlagAgeUnder or over RedFlagAgeOver.
    static bool ageOutsideThresholds(int age, const ClinicSettings& settings);
    // Codes to pre-tick for a patient of this age (-1 = unknown): the age-rule flags.
    QStringList suggestedForAge(int age, const ClinicSettings& settings) const;

private:
    int m_version = 0;
    QList<RedFlagTier> m_tiers;
    QList<RedFlagDefinition> m_flags;
};

} // namespace gradus
