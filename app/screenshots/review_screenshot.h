#pragma once
// For `tagscope-screenshots --review-screenshot FILE [--review-scores SCORES.npy] [--review-tag NAME]
// [--review-answers N] [--review-mode cards|grid|pairs|outliers|next] [--review-queue missing|wrong-positive|
// wrong-negative] [--review-embeddings EMB.npy]`: once the
// dataset is on screen, shows the Review page, opens the scores (without them, the page's empty state) and the
// embeddings, optionally shows one tag's queue and answers N cards (yes and no in turn), shows the mode, waits for
// its images and saves a picture of the window. For the documentation, headless.
#include <QObject>
#include <QString>
#include <QTimer>

class QCommandLineParser;

namespace tagscope::gui {

class MainWindow;

class ReviewScreenshotSession : public QObject {
    Q_OBJECT
public:
    static void addOptions(QCommandLineParser& parser);
    static void startIfRequested(const QCommandLineParser& parser, MainWindow* window);

private:
    ReviewScreenshotSession(MainWindow* window, const QCommandLineParser& parser);
    void datasetShown();
    void poll();
    void fail(const QString& message);

    MainWindow* window_;
    QString file_, scores_, tag_, mode_, queue_, embeddings_;
    int answers_ = 0;
    bool answered_ = false;
    QTimer poll_;
    int waitedMs_ = 0;
    int quietPolls_ = 0;
};

} // namespace tagscope::gui
