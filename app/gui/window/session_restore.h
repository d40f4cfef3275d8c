#pragma once
// Reopens a saved session in a window: the training page and its runs at once, the dataset in the background, and
// once it is on screen its filter expression or selected tag and its embeddings (read back from their .npy, the
// cache they were computed into), and the Review page's scores. A dataset that is gone, or no longer opens, gets a message naming it; the window
// then starts without a dataset. Embeddings whose file is gone are left out. Deletes itself when done.
#include "session_state.h"

#include <QObject>

class QMessageBox;

namespace tagscope::gui {

class SessionRestorer : public QObject {
    Q_OBJECT
public:
    SessionRestorer(MainWindow* window, SessionState state);

    // False when the state holds no dataset to open (the runs, if any, are restored all the same).
    bool start();

Q_SIGNALS:
    void finished(bool datasetRestored);

private:
    void restoreRuns();
    void datasetShown();
    void datasetFailed(const QString& message);
    void finish(bool restored);

    MainWindow* window_;
    SessionState state_;
};

} // namespace tagscope::gui
