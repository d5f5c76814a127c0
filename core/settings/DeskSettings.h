#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;

namespace gradus {

// The preferences of this desk (this account on this computer), as opposed to the clinic's
// settings in the database (ClinicSettings). One typed table of keys with their defaults,
// a version with migrate(), and a changed(key) signal, after KeePassXC's Config.
//
// The file is QSettings' default for the application (~/.config/io.github.gradus/Gradus.conf
// on Linux); tests pass their own file. The first time a file of this version is opened, the
// preferences of the old location (~/.config/Gradus/Gradus.conf, before the reverse-DNS
// identity) are copied over; the old file is left as it was.
class DeskSettings : public QObject
{
    Q_OBJECT

public:
    enum class Key
    {
        ClinicianName,      // who records at this desk; empty = the account's name
        RecentDatabases,    // SQLite files and server URLs, most recent first
        LastDatabase,       // opened on start when no --database is given; empty = default
        MainWindowGeometry, // QMainWindow::saveGeometry()
        MainWindowState,    // QMainWindow::saveState()
        DemoOfferedStores,  // stores for which the demo clinic has been offered once
    };
    Q_ENUM(Key)

    struct Definition
    {
        Key key;
        const char* name; // stable name in the file
        QMetaType::Type type;
        QVariant defaultValue;
    };

    static constexpr int kVersion = 1;
    static constexpr int kMaxRecent = 8;

    // The application's own file (QSettings defaults), migrated from the old location.
    explicit DeskSettings(QObject* parent = nullptr);
    // A file of the caller's choosing (tests); `legacyFile` is migrated from when given.
    explicit DeskSettings(const QString& file, const QString& legacyFile = {},
                          QObject* parent = nullptr);
    ~DeskSettings() override;

    static const QList<Definition>& definitions();
    static const Definition& definition(Key key);
    // Where the application's preferences were kept before io.github.gradus.
    static QString legacyFilePath();

    QString fileName() const;
    int version() const;

    QVariant value(Key key) const;
    // Stores `value` converted to the key's type; the default when it cannot be converted.
    void setValue(Key key, const QVariant& value);
    void reset(Key key);

    // Typed accessors for the keys that need more than a value.
    QString clinicianName() const; // the stored name, else the account's name
    void setClinicianName(const QString& name);
    QStringList recentDatabases() const;
    // Puts `location` first (once), keeping at most kMaxRecent.
    void addRecentDatabase(const QString& location);
    void removeRecentDatabase(const QString& location);

    // Brings a file written by an older version (or none) up to kVersion. Runs on
    // construction; public so that tests can run it again.
    void migrate();

signals:
    void changed(gradus::DeskSettings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
    QString m_legacyFile;
};

} // namespace gradus
