#pragma once
// Settings, caches and data of a test process in a folder of its own, removed when the process ends. Qt Test's
// test mode (QStandardPaths::setTestModeEnabled) would put them in ~/.qttest, one folder for every run on the
// machine: two runs of a suite at once (from two checkouts, say) would then read and overwrite each other's
// settings. Call it first in initTestCase, before anything reads a setting; it returns the folder.
#include <QByteArray>
#include <QDir>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>

inline QString usePrivateSettings()
{
    static QTemporaryDir home(QDir::temp().filePath(QStringLiteral("tagscope-test-XXXXXX")));
    if (!home.isValid())
        qFatal("cannot make a settings folder in %s", qPrintable(QDir::tempPath()));
    const std::pair<const char*, QString> folders[] = {
        {"XDG_CONFIG_HOME", home.filePath("config")}, {"XDG_CACHE_HOME", home.filePath("cache")}, {"XDG_DATA_HOME", home.filePath("data")}};
    for (const auto& [variable, folder] : folders) {
        QDir().mkpath(folder);
        qputenv(variable, QFile::encodeName(folder)); // also for the tagscope-cli processes the suite starts
    }
    // QSettings keeps the folder it found first: set it explicitly in case something read a setting already.
    for (QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, home.filePath("config"));
    return home.path();
}
