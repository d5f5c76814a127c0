#pragma once

// Runs the real gradus-cli binary against one store, alone or many at once, for the CLI tests.

#include "support/TestStore.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <list>
#include <memory>

namespace gradus::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class CliRunner
{
public:
    // `database` is a file path or a postgresql:// URL.
    explicit CliRunner(QString database) : m_database(std::move(database)) {}

    static QString argumentFor(const DatabaseLocation& location)
    {
        if (location.backend == SqlBackend::Sqlite)
            return location.filePath;
        return QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(location.user, location.host)
            .arg(location.port)
            .arg(location.databaseName);
    }

    CliRun run(const QStringList& args) const
    {
        QProcess process;
        start(process, args);
        process.waitForFinished(120000);
        return collect(process);
    }

    // Starts every command at once and waits for all of them; results in the same order.
    QList<CliRun> runConcurrently(const QList<QStringList>& commands) const
    {
        std::list<QProcess> processes;
        for (const QStringList& args : commands)
            start(processes.emplace_back(), args);
        QList<CliRun> results;
        for (QProcess& p : processes) {
            p.waitForFinished(120000);
            results.append(collect(p));
        }
        return results;
    }

private:
    void start(QProcess& process, QStringList args) const
    {
        args.prepend(m_database);
        args.prepend(QStringLiteral("--database"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("GRADUS_DATABASE"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GRADUS_CLI_PATH), args);
    }

    static CliRun collect(QProcess& process)
    {
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString m_database;
    QTemporaryDir m_home;
};

} // namespace gradus::test
