#include "app_settings.h"

#include "dataset/band_rule.h"
#include "training/run_history.h"

#include "thumbnails/thumbnail_disk_cache.h"

#include <QFile>
#include <QSettings>
#include <QStringList>

#include <algorithm>

namespace tagscope::gui {

namespace {

// The keys, spelt once. "training/runsFolder" predates the preferences: the training panel's folder choice.
const QString kWorkspace = QStringLiteral("training/runsFolder");
const QString kThumbnailFolder = QStringLiteral("cache/thumbnailFolder");
const QString kThumbnailDiskMB = QStringLiteral("cache/thumbnailDiskMB");
const QString kThumbnailMemoryMB = QStringLiteral("cache/thumbnailMemoryMB");
const QString kDevice = QStringLiteral("compute/defaultDevice");
const QString kThreads = QStringLiteral("compute/threads");
const QString kBandRule = QStringLiteral("analysis/bandRule");
const QString kImageCacheGB = QStringLiteral("compute/imageCacheBudgetGB");
const QString kLanguage = QStringLiteral("appearance/language");
const QString kTheme = QStringLiteral("appearance/theme");
const QString kRestoreSession = QStringLiteral("session/restore");

QString nonEmpty(const QVariant& value, const QString& fallback)
{
    const QString text = value.toString().trimmed();
    return text.isEmpty() ? fallback : text;
}

int clampedInt(const QVariant& value, int fallback, int low, int high)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    return ok ? std::clamp(number, low, high) : fallback;
}

bool isDeviceName(const QString& device)
{
    if (device == QLatin1String("auto") || device == QLatin1String("cpu"))
        return true;
    if (!device.startsWith(QLatin1String("cuda:")))
        return false;
    bool ok = false;
    return device.mid(5).toInt(&ok) >= 0 && ok;
}

} // namespace

QString AppSettings::workspaceFolder() const
{
    return nonEmpty(QSettings().value(kWorkspace), defaultWorkspaceFolder());
}

void AppSettings::setWorkspaceFolder(const QString& folder)
{
    QSettings().setValue(kWorkspace, folder.trimmed());
}

QString AppSettings::defaultWorkspaceFolder()
{
    return QFile::decodeName(QByteArray::fromStdString(defaultRunsFolder()));
}

QString AppSettings::thumbnailCacheFolder() const
{
    return nonEmpty(QSettings().value(kThumbnailFolder), defaultThumbnailCacheFolder());
}

void AppSettings::setThumbnailCacheFolder(const QString& folder)
{
    QSettings().setValue(kThumbnailFolder, folder.trimmed());
}

QString AppSettings::defaultThumbnailCacheFolder()
{
    return ui::ThumbnailDiskCache::defaultDirectory();
}

int AppSettings::thumbnailDiskCacheMB() const
{
    return clampedInt(QSettings().value(kThumbnailDiskMB), kDefaultThumbnailDiskCacheMB, kMinimumCacheMB, kMaximumDiskCacheMB);
}

void AppSettings::setThumbnailDiskCacheMB(int megabytes)
{
    QSettings().setValue(kThumbnailDiskMB, std::clamp(megabytes, kMinimumCacheMB, kMaximumDiskCacheMB));
}

int AppSettings::thumbnailMemoryCacheMB() const
{
    return clampedInt(QSettings().value(kThumbnailMemoryMB), kDefaultThumbnailMemoryCacheMB, kMinimumCacheMB, kMaximumMemoryCacheMB);
}

void AppSettings::setThumbnailMemoryCacheMB(int megabytes)
{
    QSettings().setValue(kThumbnailMemoryMB, std::clamp(megabytes, kMinimumCacheMB, kMaximumMemoryCacheMB));
}

QString AppSettings::defaultDevice() const
{
    const QString device = QSettings().value(kDevice).toString();
    return isDeviceName(device) ? device : QStringLiteral("auto");
}

void AppSettings::setDefaultDevice(const QString& device)
{
    QSettings().setValue(kDevice, isDeviceName(device) ? device : QStringLiteral("auto"));
}

QString AppSettings::defaultBandRule() const
{
    // A rule that no longer parses (edited by hand) falls back to the default thresholds.
    const std::optional<BandRule> rule = parseBandRule(QSettings().value(kBandRule).toString().toStdString(), nullptr);
    return QString::fromStdString(formatBandRule(rule.value_or(BandRule{})));
}

void AppSettings::setDefaultBandRule(const QString& rule)
{
    QSettings().setValue(kBandRule, rule);
}

int AppSettings::threads() const
{
    return clampedInt(QSettings().value(kThreads), 0, 0, kMaximumThreads);
}

void AppSettings::setThreads(int threads)
{
    QSettings().setValue(kThreads, std::clamp(threads, 0, kMaximumThreads));
}

int AppSettings::imageCacheBudgetGB() const
{
    return clampedInt(QSettings().value(kImageCacheGB), 0, 0, kMaximumImageCacheGB);
}

void AppSettings::setImageCacheBudgetGB(int gigabytes)
{
    QSettings().setValue(kImageCacheGB, std::clamp(gigabytes, 0, kMaximumImageCacheGB));
}

QString AppSettings::language() const
{
    const QString language = QSettings().value(kLanguage).toString();
    static const QStringList known = {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")};
    return known.contains(language) ? language : QString();
}

void AppSettings::setLanguage(const QString& language)
{
    QSettings().setValue(kLanguage, language);
}

AppSettings::Theme AppSettings::theme() const
{
    return themeFromName(QSettings().value(kTheme).toString());
}

void AppSettings::setTheme(Theme theme)
{
    QSettings().setValue(kTheme, themeName(theme));
}

QString AppSettings::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::System: break;
    }
    return QStringLiteral("system");
}

AppSettings::Theme AppSettings::themeFromName(const QString& name)
{
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

bool AppSettings::restoreSession() const
{
    return QSettings().value(kRestoreSession, true).toBool();
}

void AppSettings::setRestoreSession(bool restore)
{
    QSettings().setValue(kRestoreSession, restore);
}

void AppSettings::resetToDefaults()
{
    QSettings settings;
    for (const QString& key : {kWorkspace, kThumbnailFolder, kThumbnailDiskMB, kThumbnailMemoryMB, kDevice, kThreads, kBandRule, kImageCacheGB,
                               kLanguage, kTheme,
                               kRestoreSession})
        settings.remove(key);
}

} // namespace tagscope::gui
