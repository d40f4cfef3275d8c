#pragma once
// Edit > Preferences: the workspace folder, the thumbnail caches, the default device and threads, the language,
// the theme and session restore. Reads AppSettings when opened; OK writes them back (apply()), and the main window
// puts them to work (preferences_apply.h). Every control has an object name, for tests.
#include "app_settings.h"
#include "thumbnail_cache_trim.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tagscope::gui {

class BandRuleBar;

struct DeviceChoice;

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    // `devices`: the compute devices LibTorch sees, offered besides Automatic; a GPU's label is its name.
    explicit PreferencesDialog(const QVector<DeviceChoice>& devices, QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    void load(const AppSettings& settings); // the controls show these preferences
    void apply(AppSettings& settings) const; // the controls' values become the preferences
    void restoreDefaults();                  // the controls show the defaults (saved only by OK)

    QLineEdit* workspaceEdit() const { return workspace_; }
    QLineEdit* thumbnailFolderEdit() const { return thumbnailFolder_; }
    QSpinBox* diskCacheSpin() const { return diskCache_; }
    QSpinBox* memoryCacheSpin() const { return memoryCache_; }
    QComboBox* deviceCombo() const { return device_; }
    QSpinBox* threadsSpin() const { return threads_; }
    BandRuleBar* bandRuleBar() const { return bandRule_; }
    QSpinBox* imageCacheSpin() const { return imageCache_; }
    QComboBox* languageCombo() const { return language_; }
    QComboBox* themeCombo() const { return theme_; }
    QCheckBox* restoreSessionCheck() const { return restoreSession_; }
    QLabel* cacheUsageLabel() const { return cacheUsage_; }

    void accept() override;

private:
    QWidget* createWorkspaceGroup();
    QWidget* createAppearanceGroup();
    QWidget* createThumbnailGroup();
    QWidget* createComputeGroup();
    void browse(QLineEdit* edit, const QString& title);
    void measureCache();
    void showCacheUsage();

    QLineEdit* workspace_ = nullptr;
    QCheckBox* restoreSession_ = nullptr;
    QComboBox* language_ = nullptr;
    QComboBox* theme_ = nullptr;
    QLineEdit* thumbnailFolder_ = nullptr;
    QSpinBox* diskCache_ = nullptr;
    QSpinBox* memoryCache_ = nullptr;
    QLabel* cacheUsage_ = nullptr;
    QComboBox* device_ = nullptr;
    QSpinBox* threads_ = nullptr;
    BandRuleBar* bandRule_ = nullptr;
    QSpinBox* imageCache_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
    QFutureWatcher<ThumbnailCacheUsage>* usageWatcher_ = nullptr;
};

} // namespace tagscope::gui
