#pragma once
// For `tagscope-screenshots --screenshot FILE`: once the dataset is on screen and its visible thumbnails have arrived,
// saves a picture of the window and quits. Used to check the layout headless (xvfb, CI, documentation).
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

namespace tagscope::gui {

class MainWindow;

class ScreenshotSession : public QObject {
    Q_OBJECT
public:
    ScreenshotSession(MainWindow* window, QString file, QString tagName);
    void setAnalysisTab(const QString& name) { tab_ = name; } // "frequency", "summary" or "cooccurrence"
    void setFilterExpression(const QString& expression) { expression_ = expression; }

private:
    void datasetShown();
    void poll();
    void save();

    MainWindow* window_;
    QString file_;
    QString tagName_;
    QString tab_;
    QString expression_;
    QTimer poll_;
    QElapsedTimer sinceShown_;
    int quietPolls_ = 0;
};

} // namespace tagscope::gui
