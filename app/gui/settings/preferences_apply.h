#pragma once
// Puts the preferences to work in a running application: the thumbnail caches, the runs folder, the compute
// defaults of the training form and the theme. Called at start and after the preferences dialog's OK.
#include "app_settings.h"

#include <QVector>

namespace tagscope::ui {
class ThumbnailLoader;
}

namespace tagscope::gui {

class MainWindow;
class TrainingForm;
struct DeviceChoice;

// The compute devices with each GPU's name as its label, for the preferences dialog.
QVector<DeviceChoice> namedComputeDevices();
// The cache folder and the memory limit; the disk cache is trimmed to its limit on a worker thread.
void applyThumbnailPreferences(ui::ThumbnailLoader* loader, const AppSettings& settings);
// The device, thread, band and image cache budget fields of the training form take the preferred defaults.
void applyComputeDefaults(TrainingForm* form, const AppSettings& settings);
// All of the above for the window's loader and training panel, the runs folder, and the theme.
void applyPreferences(MainWindow* window, const AppSettings& settings);
// Opens the preferences dialog over the window (not modal to the event loop); OK applies them, and a changed
// default band rule to the analysis tab.
void showPreferencesDialog(MainWindow* window);

} // namespace tagscope::gui
