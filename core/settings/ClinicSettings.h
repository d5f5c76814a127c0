#pragma once

#include "settings/ClinicLogo.h"
#include "util/Result.h"

#include <optional>

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace gradus {

class Database;

// Clinic-wide settings, stored in the database so that every desk sharing a server agrees.
// Each key has a type, a default and a valid range in one table (ClinicSettings.cpp); the
// clinical defaults come from ../shared/CLINICAL.md and are conventions a clinic may change.
// Preferences of one desk (the clinician's name, recent databases) are DeskSettings.
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
        ClinicLogoPath,        // older stores: an image file for handouts; see ClinicLogo
        ClinicEmail,
        ClinicWebsite,
        ClinicLogo,      // the logo itself (ClinicLogo::toDataUri()); empty = none
        HandoutLanguage, // the handout's language when the patient's is not given
        BackupsToKeep,   // automatic daily backups kept beside the database; 0 = off
    };
    Q_ENUM(Key)

    enum class Group
    {
        Clinic,
        Handout,
        Pacing,
        RedFlags,
    };

    struct Definition
    {
        Key key;
        const char* name; // stable storage name
        QMetaType::Type type;
        QVariant defaultValue;
        QVariant minimum; // for numbers; invalid when unbounded
        QVariant maximum;
        const char* option = nullptr; // gradus-cli clinic set --OPTION; null = not offered
        const char* label = nullptr;  // QT_TRANSLATE_NOOP("ClinicSettings", ...)
        Group group = Group::Clinic;
        int maxLength = 0; // for text; 0 = no limit
    };

    explicit ClinicSettings(Database& db, QObject* parent = nullptr);

    static const QList<Definition>& definitions();
    static const Definition& definition(Key key);
    static std::optional<Key> keyFromName(const QString& name);
    // The translated label ("Weekly increase (%)").
    static QString label(Key key);
    // The handout languages a clinic can choose as its default ("en", "de", "fr", "es").
    static QStringList handoutLanguages();

    QVariant value(Key key) const;
    int intValue(Key key) const { return value(key).toInt(); }
    QString stringValue(Key key) const { return value(key).toString(); }
    // True when the clinic chose a value (a row is stored), false while the default applies.
    bool isStored(Key key) const;

    // The value `value` would be stored as, or the reason it cannot be (type, range, format).
    static Result<QVariant> validate(Key key, const QVariant& value);

    // Validates against the key's type and range; writes nothing when invalid.
    Status setValue(Key key, const QVariant& value);
    // Several values at once, as one transaction: all are checked first (each on its own, and
    // together: the safe pain level not above the acceptable one), and nothing is written
    // when one is refused. Emits changed() for each key whose value changed, after the commit.
    // With `ifVersion`, nothing is written (kind Conflict, naming who changed what) unless the
    // clinic's settings are still at that version().
    Status setValues(const QList<QPair<Key, QVariant>>& values,
                     std::optional<int> ifVersion = std::nullopt);
    // Removes the stored value so the default applies again.
    Status reset(Key key);

    // The clinic's settings are one record for versioning: every change of any of them
    // raises this by one (shown by `clinic show --json`, checked by `clinic set --if-version`).
    int version() const;

    // The logo printed on handouts: the stored one, else (older stores) the file named by
    // ClinicLogoPath when it can still be read; null when there is none.
    gradus::ClinicLogo logo() const;
    Status setLogo(const gradus::ClinicLogo& logo);
    Status clearLogo();

signals:
    void changed(gradus::ClinicSettings::Key key);

private:
    Status write(const QList<QPair<Key, QVariant>>& values, QList<Key>& changedKeys,
                 std::optional<int> ifVersion = std::nullopt);
    // Stores `text` under `name` as the next version; an empty text means "no value" (the
    // default applies). Rows are kept rather than deleted, so the version never goes back.
    Status store(const QString& name, const QString& text, int version, const QString& now);

    Database& m_db;
};

} // namespace gradus
