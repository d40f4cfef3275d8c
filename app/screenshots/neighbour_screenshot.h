#pragma once
// For `tagscope-screenshots --neighbour-screenshot FILE --neighbour-embeddings EMB.npy [--neighbour-model PATH]
// [--neighbour-query NAME | --neighbour-file IMAGE] [--neighbour-k K] [--neighbour-window]`: once the dataset is on screen, loads the
// embeddings, queries the named image (default: the first image with a row) in the Similar Images dock, waits for
// the thumbnails and saves a picture of the gallery (or of the whole window). For the documentation, headless.
#include <QObject>
#include <QString>
#include <QTimer>

class QCommandLineParser;

namespace tagscope::gui {

class MainWindow;

class NeighbourScreenshotSession : public QObject {
    Q_OBJECT
public:
    static void addOptions(QCommandLineParser& parser);
    static void startIfRequested(const QCommandLineParser& parser, MainWindow* window);

private:
    NeighbourScreenshotSession(MainWindow* window, const QCommandLineParser& parser);
    void datasetShown();
    void poll();
    void fail(const QString& message);

    MainWindow* window_;
    QString file_, embeddings_, model_, query_;
    int k_ = 18;
    int image_ = -1;
    bool wholeWindow_ = false;
    QString queryFile_;
    QTimer poll_;
    int waitedMs_ = 0;
    int quietPolls_ = 0;
};

} // namespace tagscope::gui
