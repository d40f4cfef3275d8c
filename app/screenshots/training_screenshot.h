#pragma once
// For `tagscope-screenshots --training-screenshot FILE ...`: pictures of the training panel for the documentation, taken
// headless (xvfb or the offscreen platform). Either trains with a config until some epochs are done and
// pictures the run in progress, or opens an existing run (optionally compared with another) and pictures a tab.
#include <QObject>
#include <QString>
#include <QTimer>

class QCommandLineParser;

namespace tagscope::gui {

class MainWindow;

class TrainingScreenshotSession : public QObject {
    Q_OBJECT
public:
    static void addOptions(QCommandLineParser& parser);
    // Starts a session when the command line asks for one; the window is the parent.
    static void startIfRequested(const QCommandLineParser& parser, MainWindow* window);

private:
    TrainingScreenshotSession(MainWindow* window, const QCommandLineParser& parser);
    void datasetShown();
    void epochDone();
    void poll();
    void save();

    MainWindow* window_;
    QString file_, config_, openRun_, compareRun_, tab_;
    int afterEpochs_ = 2;
    int epochs_ = 0;
    QTimer poll_;
    int waitedMs_ = 0;
};

} // namespace tagscope::gui
