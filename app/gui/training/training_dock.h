#pragma once
// The training panel as a dock of the main window (View > Training, Ctrl+3): docked under the browser by
// default, so that a click in the long-tail view filters the grid in sight; it can be floated onto a second
// screen.
#include <QDockWidget>

namespace tagscope::gui {

class TrainingPanel;

class TrainingDock : public QDockWidget {
    Q_OBJECT
public:
    explicit TrainingDock(QWidget* parent = nullptr);
    TrainingPanel* panel() const { return panel_; }

private:
    TrainingPanel* panel_;
};

} // namespace tagscope::gui
