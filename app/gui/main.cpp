// Tagscope desktop application: parses the command line, loads translations and shows the main window.
#include "window/application_setup.h"
#include "window/main_window.h"
#include "window/startup_check.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    tagscope::gui::setUpApplication(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Browse and analyse imbalanced multilabel image datasets."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("dataset"), QApplication::translate("main", "Dataset folder to open."),
                                 QStringLiteral("[dataset]"));
    tagscope::gui::StartupCheck::addOptions(parser);
    parser.process(app);

    tagscope::gui::MainWindow window;
    const QStringList positional = parser.positionalArguments();
    tagscope::gui::StartupCheck::startIfRequested(parser, &window, !positional.isEmpty());
    window.show();
    window.openAtStartup(positional.isEmpty() ? QString() : positional.first());
    return QApplication::exec();
}
