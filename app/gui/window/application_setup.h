#pragma once
// What every Tagscope window process does before its first window: names, translations, theme, icons.
// Shared by the `tagscope` executable and the screenshot tool, so both look the same.
class QApplication;

namespace tagscope::gui {

void setUpApplication(QApplication& app);

} // namespace tagscope::gui
