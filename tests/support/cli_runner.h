#pragma once
// Runs tagscope-cli (TAGSCOPE_CLI_PATH, defined for every suite by tests/CMakeLists.txt) and keeps what it said.
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QtGlobal>

struct CliRun {
    int exitCode = -1; // -1: the process crashed
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

inline CliRun runCli(const QStringList& arguments, int timeoutMs = 300000)
{
    QProcess process;
    process.start(QStringLiteral(TAGSCOPE_CLI_PATH), arguments);
    if (!process.waitForFinished(timeoutMs))
        qFatal("tagscope-cli did not finish in time");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}
