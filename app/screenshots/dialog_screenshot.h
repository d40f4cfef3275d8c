#pragma once
// `tagscope-screenshots --dialog-screenshot NAME:FILE`: opens the Preferences ("preferences"), About ("about"), Keyboard
// Shortcuts ("shortcuts") or Compute Embeddings ("compute-embeddings") dialog over the window, saves a picture of it
// as FILE and quits. For the documentation's pictures, taken under xvfb.
#include <QObject>
#include <QString>

class QCommandLineParser;
class QDialog;

namespace tagscope::gui {

class MainWindow;

class DialogScreenshot : public QObject {
    Q_OBJECT
public:
    static void addOptions(QCommandLineParser& parser);
    static void startIfRequested(const QCommandLineParser& parser, MainWindow* window);
    static QDialog* createDialog(const QString& name, MainWindow* window); // null for an unknown name

private:
    DialogScreenshot(MainWindow* window, QString name, QString file);
    void capture();

    MainWindow* window_;
    QString name_, file_;
};

} // namespace tagscope::gui
