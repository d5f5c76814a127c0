#pragma once

#include "util/Result.h"

#include <QHash>
#include <QString>

namespace gradus {

class Database;

// The rows of clinic_setting: one per setting, its value as text ('' = no value, the default
// applies), and the version all the settings share. ClinicSettings (core/settings) holds what
// the settings mean and how they are checked; this holds the SQL.
class ClinicSettingRows
{
public:
    explicit ClinicSettingRows(Database& db) : m_db(db) {}

    // The stored text of `name`; empty when none is stored, or when it cannot be read.
    QString text(const QString& name) const;
    bool hasText(const QString& name) const;
    // Every stored text by name, in one statement (ClinicSettingsSnapshot); empty when it
    // cannot be read, so that every setting falls back to its default.
    QHash<QString, QString> all() const;
    // The settings' shared version (1 before any change).
    int version() const;
    // Stores `text` under `name` at `version`, updating its row or adding one. Rows are kept
    // rather than deleted, so the version never goes back.
    Status store(const QString& name, const QString& text, int version, const QString& now);
    // Makes two desks changing settings take turns until the unit of work ends: a table lock
    // on a server (readers are not held up); SQLite's write unit already holds the write lock.
    Status lockForWrite();

private:
    Database& m_db;
};

} // namespace gradus
