#include "CliContext.h"

#include "exercises/ExerciseLibrary.h"
#include "util/AppPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace gradus::cli {

CliContext::CliContext(QString databaseArgument, Clock& clock)
    : m_databaseArgument(std::move(databaseArgument)), m_clock(clock), m_out(stdout), m_err(stderr)
{
}

CliContext::~CliContext()
{
    m_out.flush();
    m_err.flush();
}

Result<Workspace*> CliContext::workspace()
{
    if (m_workspace)
        return m_workspace.get();
    const QString where =
        m_databaseArgument.isEmpty() ? AppPaths::defaultDatabasePath() : m_databaseArgument;
    auto location = DatabaseLocation::parse(where);
    if (!location)
        return location.error();
    auto db = Database::open(*location);
    if (!db)
        return db.error();
    m_workspace = std::make_unique<Workspace>(std::move(*db), m_clock);
    // The built-in exercise library goes in on first use and is merged after an upgrade.
    if (auto library = ExerciseLibrary::ensureLoaded(*m_workspace); !library)
        m_err << "gradus-cli: " << library.error().message << Qt::endl;
    return m_workspace.get();
}

bool CliContext::storeAvailable() const
{
    if (m_workspace)
        return true;
    if (!m_databaseArgument.isEmpty()) {
        auto location = DatabaseLocation::parse(m_databaseArgument);
        return location &&
               (location->backend != SqlBackend::Sqlite || QFile::exists(location->filePath));
    }
    return QFile::exists(AppPaths::defaultDatabasePath());
}

QString CliContext::databaseFilePath() const
{
    const QString where =
        m_databaseArgument.isEmpty() ? AppPaths::defaultDatabasePath() : m_databaseArgument;
    auto location = DatabaseLocation::parse(where);
    return location && location->backend == SqlBackend::Sqlite ? location->filePath : QString();
}

int CliContext::fail(const Error& error, int code)
{
    m_out.flush();
    m_err << "gradus-cli: " << error.message << Qt::endl;
    return code;
}

int CliContext::usage(const QString& message)
{
    return fail(Error{QStringLiteral("usage"), message}, ExitUsage);
}

void CliContext::printJson(const QJsonValue& value)
{
    QJsonDocument doc;
    if (value.isArray())
        doc.setArray(value.toArray());
    else
        doc.setObject(value.toObject());
    m_out << doc.toJson(QJsonDocument::Indented);
    m_out.flush();
}

} // namespace gradus::cli
