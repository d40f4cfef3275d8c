#pragma once
// Light and dark: the theme preference applied to the whole application, at once. "Follow system" keeps the
// platform's palette and, with Qt 6.5 or later, turns dark or light when the system's colour scheme changes.
// Light and Dark use the Fusion style, whose palette every platform honours.
#include "app_settings.h"

#include <QPalette>

namespace tagscope::gui {

void applyTheme(AppSettings::Theme theme);
bool isDark(const QPalette& palette); // the window background darker than its text
QPalette darkPalette();
QPalette lightPalette();

} // namespace tagscope::gui
