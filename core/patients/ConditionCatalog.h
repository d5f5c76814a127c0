#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gradus {

// What one condition code means and what it carries, as read from resources/conditions.json.
struct ConditionDefinition
{
    struct Amount
    {
        QString name; // "Weeks of pregnancy"
        QString unit; // "weeks"
        int minimum = 0;
        int maximum = 0;
    };

    // What the condition's onset date means for the phase of care (resources/safety/SCHEMA.md).
    enum class Phase
    {
        Complaint, // when the symptoms began: the condition's own onset, else the episode's
        OwnOnset,  // the date of an event (an operation): the condition's own onset only
        None,      // no phase of care: the onset is not used by the rules
    };

    QString code; // stable snake_case; the safety rules key on it
    QString name;
    QString description;
    QString source;
    bool takesSide = false;
    std::optional<Amount> amount;
    Phase phase = Phase::Complaint;
    QString onsetName; // what the onset is called, e.g. "Date of surgery"; empty = "Onset"
};

// The coded conditions and findings a clinical profile may hold. The list is data
// (resources/conditions.json), so adding a code needs no C++ change.
//
// Public API for other features:
//   ConditionCatalog::builtIn().definitions()   every code with its name, in display order
//   ConditionCatalog::builtIn().find(code)      one definition, or nullptr
//   ConditionCatalog::builtIn().displayName(c)  the name, or the code itself when unknown
class ConditionCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ConditionCatalog)

public:
    // The list embedded in this build (":/conditions.json"), read once.
    static const ConditionCatalog& builtIn();
    // Parses a list in the conditions.json format; refuses duplicates and malformed entries.
    static Result<ConditionCatalog> fromJson(const QByteArray& json);

    const QList<ConditionDefinition>& definitions() const { return m_definitions; }
    const ConditionDefinition* find(const QString& code) const;
    QStringList codes() const;
    QString displayName(const QString& code) const;

private:
    QList<ConditionDefinition> m_definitions;
};

} // namespace gradus
