#include "CliContext.h"

#include "CliCommand.h"

#include "exercises/ExerciseLibrary.h"
#include "util/AppPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace gradus::cli {

CliContext::CliContext(QString databaseArgument, Clock& clock)
    : m_databaseArgument(std::move(databaseArgument)), m_clock(clock), m_outDevice(stdout),
      m_errDevice(stderr), m_out(&m_outDevice), m_err(&m_errDevice)
{
}

CliContext::~CliContext()
{
    m_out.flush();
    m_err.flush();
}

Result<DatabaseLocation> CliContext::location() const
{
    return DatabaseLocation::parse(m_databaseArgument.isEmpty() ? AppPaths::defaultDatabasePath()
                                                                : m_databaseArgument);
}

bool CliContext::startsStore(const QStringList& args)
{
    const QString command = args.value(0);
    const QString sub = args.value(1);
    return command == QLatin1String("demo") ||
           (command == QLatin1String("patient") && sub == QLatin1String("add")) ||
           (command == QLatin1String("clinic") && sub == QLatin1String("set")) ||
           (command == QLatin1String("exercise") && sub == QLatin1String("import"));
}

Result<Workspace*> CliContext::workspace()
{
    if (m_workspace)
        return m_workspace.get();
    auto location = this->location();
    if (!location)
        return location.error();
    OpenOptions options;
    options.createIfMissing = m_mayCreateStore;
    auto db = Database::open(*location, options);
    if (!db) {
        Error error = db.error();
        if (error.kind() == ErrorKind::NoDatabase && location->backend == SqlBackend::Sqlite)
            error.message += u' ' + CliCommand::tr("Start one with 'gradus-cli db create', "
                                                   "'patient add' or 'demo'.");
        return error;
    }
    m_workspace = std::make_unique<Workspace>(std::move(*db), m_clock);
    // The built-in exercise library goes in on first use and is merged after an upgrade.
    if (m_workspace->db().isReadOnly())
        return m_workspace.get();
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

int CliContext::fail(const Error& error, std::optional<int> code)
{
    m_out.flush();
    m_err << "gradus-cli: " << error.message << Qt::endl;
    const int byKind = exitCodeForKind(error.kind());
    if (byKind >= 3 || !code)
        return byKind;
    return *code;
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
