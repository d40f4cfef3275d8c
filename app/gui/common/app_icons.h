#pragma once
// The application's own icons (SVG in resources/tagscope.qrc), with the style's standard icons as a
// fallback where Qt's SVG plugin is not installed.
#include <QIcon>
#include <QStyle>

namespace tagscope::gui {

void initResources(); // the resources live in a static library: register them before first use
QIcon applicationIcon();
QIcon actionIcon(const QString& name, QStyle::StandardPixmap fallback);

} // namespace tagscope::gui
