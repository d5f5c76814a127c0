#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace gradus {

QList<Migration> embeddedMigrations()
{
    static const QList<Migration> migrations = [] {
        QList<Migration> list;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
        const QDir dir(QStringLiteral(":/sql"));
        const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString& file : files) {
            const auto match = pattern.match(file);
            if (!match.hasMatch())
                continue;
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            list.append(
                {match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
        }
        return list;
    }();
    return migrations;
}

} // namespace gradus
