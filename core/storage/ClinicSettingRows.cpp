#include "storage/ClinicSettingRows.h"

#include "storage/Database.h"

namespace gradus {

QString ClinicSettingRows::text(const QString& name) const
{
    auto q = m_db.exec(QStringLiteral("SELECT value FROM clinic_setting WHERE key = ?"), {name});
    if (!q || !q->next())
        return {};
    return q->value(0).toString();
}

bool ClinicSettingRows::hasText(const QString& name) const
{
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM clinic_setting WHERE key = ? AND value <> ''"),
                       {name});
    return q && q->next();
}

QHash<QString, QString> ClinicSettingRows::all() const
{
    QHash<QString, QString> texts;
    auto q = m_db.exec(QStringLiteral("SELECT key, value FROM clinic_setting WHERE value <> ''"));
    if (!q)
        return texts;
    while (q->next())
        texts.insert(q->value(0).toString(), q->value(1).toString());
    return texts;
}

int ClinicSettingRows::version() const
{
    auto q = m_db.exec(QStringLiteral("SELECT coalesce(max(row_version), 1) FROM clinic_setting"));
    if (!q || !q->next())
        return 1;
    return q->value(0).toInt();
}

Status ClinicSettingRows::store(const QString& name, const QString& text, int version,
                                const QString& now)
{
    // value is NOT NULL: an empty text is stored as '' (a null QString would bind as NULL).
    const QString stored = text.isNull() ? QString(QLatin1String("")) : text;
    auto updated = m_db.exec(QStringLiteral("UPDATE clinic_setting SET value = ?, updated_at = ?, "
                                            "row_version = ? WHERE key = ?"),
                             {stored, now, version, name});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() > 0)
        return {};
    if (auto r = m_db.exec(QStringLiteral("INSERT INTO clinic_setting (key, value, updated_at, "
                                          "row_version) VALUES (?, ?, ?, ?)"),
                           {name, stored, now, version});
        !r)
        return r.error();
    return {};
}

Status ClinicSettingRows::lockForWrite()
{
    if (m_db.backend() != SqlBackend::Postgres)
        return {};
    return m_db.runStatement(
        QStringLiteral("LOCK TABLE clinic_setting IN SHARE ROW EXCLUSIVE MODE"));
}

} // namespace gradus
