#pragma once
// The user's preferences with their defaults, typed. The only place that knows their QSettings keys: the rest
// of the application asks AppSettings, so a key is spelt once and a missing value always reads as its default.
#include <QString>
#include <QtGlobal>

namespace tagscope::gui {

class AppSettings {
public:
    enum class Theme { System, Light, Dark };

    static constexpr int kDefaultThumbnailDiskCacheMB = 1024;
    static constexpr int kDefaultThumbnailMemoryCacheMB = 256;
    static constexpr int kMinimumCacheMB = 16;
    static constexpr int kMaximumDiskCacheMB = 1024 * 1024;
    static constexpr int kMaximumMemoryCacheMB = 64 * 1024;
    static constexpr int kMaximumThreads = 1024;
    static constexpr int kMaximumImageCacheGB = 1000000;

    // Where training runs (and what is made from them) are written.
    QString workspaceFolder() const;
    void setWorkspaceFolder(const QString& folder);
    static QString defaultWorkspaceFolder();

    QString thumbnailCacheFolder() const;
    void setThumbnailCacheFolder(const QString& folder);
    static QString defaultThumbnailCacheFolder();
    int thumbnailDiskCacheMB() const;
    void setThumbnailDiskCacheMB(int megabytes);
    int thumbnailMemoryCacheMB() const;
    void setThumbnailMemoryCacheMB(int megabytes);

    // "auto" (the first CUDA GPU, else the CPU), "cpu" or "cuda:N": the device a new training or embedding
    // starts with. Threads: CPU threads for the computation, 0 for one per core.
    QString defaultDevice() const;
    void setDefaultDevice(const QString& device);
    int threads() const;
    // The band rule (dataset/band_rule.h text) the analysis tab and new training runs start with.
    QString defaultBandRule() const;
    void setDefaultBandRule(const QString& rule);
    void setThreads(int threads);
    // Disk space a training run's packed image cache may take, in GB; 0: the engine's default (a quarter of the
    // free space, at most 50 GB). New runs start with it (the form's cache budget).
    int imageCacheBudgetGB() const;
    void setImageCacheBudgetGB(int gigabytes);

    // "" follows the system's language, else "en", "de", "es"; read once at start.
    QString language() const;
    void setLanguage(const QString& language);
    Theme theme() const;
    void setTheme(Theme theme);
    static QString themeName(Theme theme); // "system", "light", "dark": how it is stored
    static Theme themeFromName(const QString& name);

    // Reopen the last dataset, its filter, the selected tag and tab, and the shown runs at the next start.
    bool restoreSession() const;
    void setRestoreSession(bool restore);

    void resetToDefaults(); // every preference above back to its default (the session itself stays)
};

} // namespace tagscope::gui
