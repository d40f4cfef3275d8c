#include "preferences_apply.h"

#include "dataset/band_rule.h"
#include "engine_bridge/build_info.h"
#include "engine_bridge/training_engine.h"
#include "preferences_dialog.h"
#include "theme.h"
#include "thumbnail_cache_trim.h"
#include "training/training_form.h"
#include "training/training_panel.h"
#include "window/main_window.h"

#include "forms/parameter_form.h"
#include "thumbnails/thumbnail_disk_cache.h"
#include "thumbnails/thumbnail_grid_model.h"
#include "thumbnails/thumbnail_loader.h"

#include <QtConcurrent/QtConcurrentRun>

namespace tagscope::gui {

QVector<DeviceChoice> namedComputeDevices()
{
    QVector<DeviceChoice> devices = computeDevices();
    const QStringList names = cudaDeviceNames();
    for (DeviceChoice& device : devices) {
        bool ok = false;
        const int gpu = device.id.startsWith(QLatin1String("cuda:")) ? device.id.mid(5).toInt(&ok) : -1;
        if (ok && gpu >= 0 && gpu < names.size())
            device.label = names[gpu];
    }
    return devices;
}

void applyThumbnailPreferences(ui::ThumbnailLoader* loader, const AppSettings& settings)
{
    const QString folder = settings.thumbnailCacheFolder();
    const auto current = loader->diskCache();
    if (!current || current->directory() != folder)
        loader->setDiskCache(std::make_shared<ui::ThumbnailDiskCache>(folder));
    loader->setCacheLimit(qint64(settings.thumbnailMemoryCacheMB()) * 1024 * 1024);
    const qint64 diskLimit = qint64(settings.thumbnailDiskCacheMB()) * 1024 * 1024;
    (void)QtConcurrent::run(trimThumbnailCache, folder, diskLimit);
}

void applyComputeDefaults(TrainingForm* form, const AppSettings& settings)
{
    const std::pair<QString, QVariant> defaults[] = {{QStringLiteral("device"), settings.defaultDevice()},
                                                     {QStringLiteral("threads"), settings.threads()},
                                                     {QStringLiteral("bands"), settings.defaultBandRule()},
                                                     {QStringLiteral("cache_budget_gb"), double(settings.imageCacheBudgetGB())}};
    for (const auto& [key, value] : defaults) {
        QString field;
        if (ui::ParameterForm* section = form->sectionOf(key, &field))
            section->setValue(field, value);
    }
}

void applyPreferences(MainWindow* window, const AppSettings& settings)
{
    applyThumbnailPreferences(window->gridModel()->loader(), settings);
    TrainingPanel* panel = window->trainingPanel();
    if (panel->runsFolder() != settings.workspaceFolder())
        panel->setRunsFolder(settings.workspaceFolder());
    if (!panel->controller()->isActive()) // a run in progress keeps its form as it started
        applyComputeDefaults(panel->form(), settings);
    applyTheme(settings.theme());
}

void showPreferencesDialog(MainWindow* window)
{
    auto* dialog = new PreferencesDialog(namedComputeDevices(), window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString bandRuleBefore = AppSettings().defaultBandRule();
    QObject::connect(dialog, &QDialog::accepted, window, [window, bandRuleBefore] {
        const AppSettings settings;
        applyPreferences(window, settings);
        // A new default band rule is shown at once; otherwise the analysis tab keeps the rule chosen there.
        if (settings.defaultBandRule() != bandRuleBefore)
            window->setBandRule(*parseBandRule(settings.defaultBandRule().toStdString(), nullptr));
    });
    dialog->open();
}

} // namespace tagscope::gui
