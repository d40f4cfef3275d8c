#pragma once
// Small helpers for tests that write their own input files.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QtTest>

inline QString writeTestFile(const QDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}
