#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

namespace gradus::test {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

// Runs the real gradus-cli with its data folder (logs) in `dataHome`, no $GRADUS_DATABASE,
// and any extra environment (LD_PRELOAD for the fault shims).
inline CliResult runCli(const QStringList& args, const QString& dataHome,
                        const QProcessEnvironment& extra = {}, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    env.remove(QStringLiteral("GRADUS_DATABASE"));
    for (const QString& key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GRADUS_CLI_PATH), args);
    EXPECT_TRUE(process.waitForFinished(timeoutMs)) << args.join(u' ').toStdString();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace gradus::test
