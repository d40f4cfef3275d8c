#include "training_dock.h"

#include "common/app_icons.h"
#include "training_panel.h"

#include <QAction>

namespace tagscope::gui {

TrainingDock::TrainingDock(QWidget* parent) : QDockWidget(tr("Training"), parent), panel_(new TrainingPanel)
{
    setObjectName(QStringLiteral("trainingDock"));
    setWidget(panel_);
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    QAction* toggle = toggleViewAction();
    toggle->setIcon(actionIcon(QStringLiteral("train"), QStyle::SP_MediaPlay));
    toggle->setShortcut(Qt::CTRL | Qt::Key_3);
    toggle->setToolTip(tr("Show or hide the training panel: settings, live curves, the long-tail view and the run history"));
    toggle->setPriority(QAction::LowPriority);
}

} // namespace tagscope::gui
