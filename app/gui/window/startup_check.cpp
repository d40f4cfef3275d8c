#include "startup_check.h"

#include "main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

namespace tagscope::gui {

namespace {
const QString kOption = QStringLiteral("quit-after-start");
}

void StartupCheck::addOptions(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(kOption, QApplication::translate("main", "Quit once started and the dataset is open; "
                                                                                 "exit status 1 when it could not be opened.")));
}

void StartupCheck::startIfRequested(const QCommandLineParser& parser, MainWindow* window, bool datasetGiven)
{
    if (parser.isSet(kOption))
        new StartupCheck(window, datasetGiven);
}

StartupCheck::StartupCheck(MainWindow* window, bool datasetGiven) : QObject(window), window_(window)
{
    if (datasetGiven) {
        connect(window, &MainWindow::datasetShown, this, [this] {
            const auto data = window_->dataset();
            report(true, QStringLiteral("%1 images, %2 tags").arg(data->dataset.imageCount()).arg(data->dataset.tagCount()));
        });
        connect(window, &MainWindow::openFailed, this, [this](const QString& message) { report(false, message); });
    } else {
        QTimer::singleShot(0, this, [this] { report(true, QStringLiteral("no dataset")); }); // once the event loop runs
    }
}

void StartupCheck::report(bool ok, const QString& detail)
{
    std::fprintf(ok ? stdout : stderr, "tagscope %s %s: %s\n", TAGSCOPE_VERSION, ok ? "started" : "failed",
                 detail.toLocal8Bit().constData());
    std::fflush(ok ? stdout : stderr);
    QCoreApplication::exit(ok ? 0 : 1);
}

} // namespace tagscope::gui
