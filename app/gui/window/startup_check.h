#pragma once
// `tagscope --quit-after-start [dataset]`: starts as usual, waits until the dataset (if one is given) is on
// screen, prints one line about it and quits: 0 when everything opened, 1 when the dataset did not. For
// checking an installed application (packaging, CI) without a person at the screen.
#include <QObject>

class QCommandLineParser;

namespace tagscope::gui {

class MainWindow;

class StartupCheck : public QObject {
    Q_OBJECT
public:
    static void addOptions(QCommandLineParser& parser);
    // Starts the check when the command line asks for it; the window is the parent.
    static void startIfRequested(const QCommandLineParser& parser, MainWindow* window, bool datasetGiven);

private:
    StartupCheck(MainWindow* window, bool datasetGiven);
    void report(bool ok, const QString& detail);

    MainWindow* window_;
};

} // namespace tagscope::gui
