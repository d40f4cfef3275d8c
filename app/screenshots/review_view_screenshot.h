#pragma once
// `tagscope-screenshots DATASET --review-view-screenshot VIEW:FILE --review-embeddings EMB.npy [--review-scores
// SCORES.npy] [--select-tag NAME]`: once the dataset is shown, one of the review page's views (grid, pairs,
// outliers, next) in a window of the main window's size, fed with the embeddings (rows named by EMB.images.npy)
// and scores; saved as FILE when its computation and thumbnails are done, then quits. The grid shows the tag's
// missing-label candidates (the tag named by --select-tag, else the one with the most).
#include <QObject>
#include <QString>

class QCommandLineParser;
class QWidget;

namespace tagscope::gui {

class MainWindow;
class ReviewTask;

class ReviewViewScreenshot : public QObject {
    Q_OBJECT
public:
    static void addOptions(QCommandLineParser& parser);
    static void startIfRequested(const QCommandLineParser& parser, MainWindow* window);

private:
    ReviewViewScreenshot(MainWindow* window, const QCommandLineParser& parser);
    void build();
    void capture(QWidget* view);
    void fail(const QString& message);

    MainWindow* window_;
    QString view_, file_, embeddings_, scores_, tag_;
};

} // namespace tagscope::gui
