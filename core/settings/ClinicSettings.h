#pragma once

#include "util/Result.h"

#include <QObject>
#include <QString>
#include <QVariant>

namespace gradus {

class Database;

// Clinic-wide settings, stored in the database so that every desk sharing a server agrees.
// Each key has a type, a default and a valid range in one table (ClinicSettings.cpp); the
// clinical defaults come from ../shared/CLINICAL.md and are conventions a clinic may change.
class ClinicSettings : public QObject
{
    Q_OBJECT

public:
    enum class Key
    {
        ClinicName,
        ClinicAddress,
        ClinicPhone,
        PaperSize,             // "a4" or "letter"
        RedFlagAgeUnder,       // years; new pain below this age is a flag
        RedFlagAgeOver,        // years; new pain above this age is a flag
        PacingBaselinePercent, // baseline = this % of mean tolerance
        PacingWeeklyPercent,   // weekly increase as % of baseline
        PainAcceptableMax,     // highest acceptable pain during exercise (0-10)
        PainSafeMax,           // highest "safe" pain during exercise (0-10)
        PacingRegressBadDays,  // bad days in a row that call for a regression
        PacingRegressPercent,  // how far a regression steps back without a tolerated step
        ClinicLogoPath,        // image file printed at the top of handouts; empty = none
        BackupsToKeep,         // automatic daily backups kept beside the database; 0 = off
    };
    Q_ENUM(Key)

    struct Definition
    {
        Key key;
        const char* name; // stable storage name
        QMetaType::Type type;
        QVariant defaultValue;
        QVariant minimum; // for numbers; invalid when unbounded
        QVariant maximum;
    };

    explicit ClinicSettings(Database& db, QObject* parent = nullptr);

    static const QList<Definition>& definitions();
    static const Definition& definition(Key key);
    static std::optional<Key> keyFromName(const QString& name);

    QVariant value(Key key) const;
    int intValue(Key key) const { return value(key).toInt(); }
    QString stringValue(Key key) const { return value(key).toString(); }

    // Validates against the key's type and range; writes nothing when invalid.
    Status setValue(Key key, const QVariant& value);
    // Removes the stored value so the default applies again.
    Status reset(Key key);

signals:
    void changed(gradus::ClinicSettings::Key key);

private:
    Database& m_db;
};

} // namespace gradus
