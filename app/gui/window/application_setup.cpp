#include "application_setup.h"

#include "common/app_icons.h"
#include "common/focused_wheel_filter.h"
#include "settings/app_settings.h"
#include "settings/language.h"
#include "settings/theme.h"

#include <QApplication>

namespace tagscope::gui {

void setUpApplication(QApplication& app)
{
    QApplication::setOrganizationName(QStringLiteral("Tagscope"));
    QApplication::setApplicationName(QStringLiteral("Tagscope"));
    QApplication::setApplicationVersion(QStringLiteral(TAGSCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("tagscope"));
    const AppSettings preferences;
    installTranslations(app, preferences.language()); // the system's language unless one is chosen
    applyTheme(preferences.theme());
    initResources();
    QApplication::setWindowIcon(applicationIcon());
    FocusedWheelFilter::install(app);
}

} // namespace tagscope::gui
