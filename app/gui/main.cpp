// Tagscope desktop application: parses the command line, loads translations and shows the main window.
#include "app_icons.h"
#include "app_settings.h"
#include "dialog_screenshot.h"
#include "language.h"
#include "main_window.h"
#include "neighbour_screenshot.h"
#include "embedding_screenshot.h"
#include "screenshot_session.h"
#include "startup_check.h"
#include "theme.h"
#include "training_screenshot.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tagscope"));
    QApplication::setApplicationName(QStringLiteral("Tagscope"));
    QApplication::setApplicationVersion(QStringLiteral(TAGSCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("tagscope"));
    const tagscope::gui::AppSettings preferences;
    tagscope::gui::installTranslations(app, preferences.language()); // the system's language unless one is chosen
    tagscope::gui::applyTheme(preferences.theme());
    tagscope::gui::initResources();
    QApplication::setWindowIcon(tagscope::gui::applicationIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Browse and analyse imbalanced multilabel image datasets."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("dataset"), QApplication::translate("main", "Dataset folder to open."),
                                 QStringLiteral("[dataset]"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Save a picture of the window once loaded, then quit."),
                                  QStringLiteral("file"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption selectTag(QStringLiteral("select-tag"), QStringLiteral("Select this tag (display name) after loading."),
                                 QStringLiteral("name"));
    selectTag.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption showTab(QStringLiteral("show-tab"), QStringLiteral("Show this analysis tab: frequency, summary or cooccurrence."),
                               QStringLiteral("name"));
    showTab.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption filter(QStringLiteral("filter"), QStringLiteral("Filter the grid by this expression after loading."),
                              QStringLiteral("expression"));
    filter.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(filter);
    parser.addOption(screenshot);
    parser.addOption(selectTag);
    parser.addOption(showTab);
    tagscope::gui::TrainingScreenshotSession::addOptions(parser);
    tagscope::gui::EmbeddingScreenshotSession::addOptions(parser);
    tagscope::gui::NeighbourScreenshotSession::addOptions(parser);
    tagscope::gui::StartupCheck::addOptions(parser);
    tagscope::gui::DialogScreenshot::addOptions(parser);
    parser.process(app);

    tagscope::gui::MainWindow window;
    if (parser.isSet(screenshot)) {
        window.resize(1440, 900); // the same picture whatever the saved geometry
        auto* session = new tagscope::gui::ScreenshotSession(&window, parser.value(screenshot), parser.value(selectTag));
        session->setAnalysisTab(parser.value(showTab));
        session->setFilterExpression(parser.value(filter));
    }
    tagscope::gui::TrainingScreenshotSession::startIfRequested(parser, &window);
    tagscope::gui::EmbeddingScreenshotSession::startIfRequested(parser, &window);
    tagscope::gui::NeighbourScreenshotSession::startIfRequested(parser, &window);
    const QStringList positional = parser.positionalArguments();
    tagscope::gui::StartupCheck::startIfRequested(parser, &window, !positional.isEmpty());
    tagscope::gui::DialogScreenshot::startIfRequested(parser, &window);
    window.show();
    window.openAtStartup(positional.isEmpty() ? QString() : positional.first());
    return QApplication::exec();
}
