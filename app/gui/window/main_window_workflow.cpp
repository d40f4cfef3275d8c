// The main window's actions for everyday work at the keyboard: focusing the filter, stepping through images,
// starting and stopping training, the preferences and the Help menu's shortcut list and About box.
#include "main_window.h"

#include "about_dialog.h"
#include "common/app_icons.h"
#include "settings/preferences_apply.h"
#include "shortcuts_dialog.h"
#include "training/training_panel.h"

#include "tags/image_filter_bar.h"
#include "thumbnails/thumbnail_grid_model.h"
#include "thumbnails/virtual_thumbnail_grid.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace tagscope::gui {

void MainWindow::createWorkflowActions()
{
    filterFocusAction_ = new QAction(actionIcon(QStringLiteral("filter"), QStyle::SP_FileDialogContentsView), tr("Filte&r Images…"), this);
    filterFocusAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    filterFocusAction_->setToolTip(tr("Type a filter expression for the grid"));
    connect(filterFocusAction_, &QAction::triggered, this, [this] {
        QLineEdit* edit = filterBar_->expressionEdit();
        edit->setFocus(Qt::ShortcutFocusReason);
        edit->selectAll();
    });

    nextImageAction_ = new QAction(tr("&Next Image"), this);
    nextImageAction_->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    connect(nextImageAction_, &QAction::triggered, this, [this] { stepImage(+1); });
    previousImageAction_ = new QAction(tr("&Previous Image"), this);
    previousImageAction_->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    connect(previousImageAction_, &QAction::triggered, this, [this] { stepImage(-1); });

    startTrainingAction_ = new QAction(actionIcon(QStringLiteral("train"), QStyle::SP_MediaPlay), tr("&Start Training"), this);
    startTrainingAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    startTrainingAction_->setToolTip(tr("Train with the settings of the training panel in a new run"));
    connect(startTrainingAction_, &QAction::triggered, this, [this] {
        showTraining(true);
        trainingPanel_->start();
    });
    stopTrainingAction_ = new QAction(actionIcon(QStringLiteral("stop"), QStyle::SP_MediaStop), tr("S&top Training"), this);
    stopTrainingAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    stopTrainingAction_->setToolTip(tr("Stop after the current batch and write a checkpoint"));
    connect(stopTrainingAction_, &QAction::triggered, this, [this] { trainingPanel_->stopButton()->click(); });

    preferencesAction_ = new QAction(actionIcon(QStringLiteral("preferences"), QStyle::SP_FileDialogDetailedView), tr("&Preferences…"), this);
    preferencesAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferencesAction_->setMenuRole(QAction::PreferencesRole);
    connect(preferencesAction_, &QAction::triggered, this, &MainWindow::showPreferences);

    shortcutsAction_ = new QAction(actionIcon(QStringLiteral("keyboard"), QStyle::SP_DialogHelpButton), tr("&Keyboard Shortcuts"), this);
    shortcutsAction_->setShortcut(QKeySequence(Qt::Key_F1));
    connect(shortcutsAction_, &QAction::triggered, this, &MainWindow::showKeyboardShortcuts);
}

void MainWindow::updateTrainingActions()
{
    const bool active = trainingPanel_->controller()->isActive();
    startTrainingAction_->setEnabled(!active);
    stopTrainingAction_->setEnabled(active);
}

void MainWindow::stepImage(int delta)
{
    const int rows = gridModel_->rowCount();
    if (rows == 0)
        return;
    const int row = gridView_->currentRow() < 0 ? 0 : gridView_->currentRow() + delta;
    gridView_->setCurrentRow(std::clamp(row, 0, rows - 1));
}

void MainWindow::showPreferences()
{
    showPreferencesDialog(this);
}

void MainWindow::showKeyboardShortcuts()
{
    auto* dialog = new ShortcutsDialog(this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::about()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace tagscope::gui
