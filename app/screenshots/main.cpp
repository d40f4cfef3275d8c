// tagscope-screenshots: the Tagscope window driven to a given state and saved as a picture, headless under
// xvfb. resources/screenshots/make_screenshots.sh runs it for every picture of the README. Not installed: the
// shipped `tagscope` has none of these options.
#include "dialog_screenshot.h"
#include "embedding_screenshot.h"
#include "neighbour_screenshot.h"
#include "screenshot_session.h"
#include "training_screenshot.h"

#include "window/application_setup.h"
#include "window/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    tagscope::gui::setUpApplication(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Opens a dataset in the Tagscope window, brings it to a state and saves a picture."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("dataset"), QStringLiteral("Dataset folder to open."), QStringLiteral("[dataset]"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a picture of the window once loaded, then quit."), QStringLiteral("file"));
    const QCommandLineOption selectTag(QStringLiteral("select-tag"), QStringLiteral("Select this tag (display name) after loading."),
                                       QStringLiteral("name"));
    const QCommandLineOption showTab(QStringLiteral("show-tab"),
                                     QStringLiteral("Show this analysis tab: frequency, summary or cooccurrence."), QStringLiteral("name"));
    const QCommandLineOption filter(QStringLiteral("filter"), QStringLiteral("Filter the grid by this expression after loading."),
                                    QStringLiteral("expression"));
    const QCommandLineOption windowSize(QStringLiteral("window-size"),
                                        QStringLiteral("Resize the window to WIDTHxHEIGHT (e.g. 1280x800) for any picture."), QStringLiteral("size"));
    parser.addOptions({screenshot, selectTag, showTab, filter, windowSize});
    tagscope::gui::TrainingScreenshotSession::addOptions(parser);
    tagscope::gui::EmbeddingScreenshotSession::addOptions(parser);
    tagscope::gui::NeighbourScreenshotSession::addOptions(parser);
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
    tagscope::gui::DialogScreenshot::startIfRequested(parser, &window);
    if (parser.isSet(windowSize)) { // after the sessions, which size the window for their own pictures
        const QStringList size = parser.value(windowSize).split(QLatin1Char('x'));
        if (size.size() != 2 || size[0].toInt() <= 0 || size[1].toInt() <= 0) {
            QTextStream(stderr) << "tagscope-screenshots: --window-size takes WIDTHxHEIGHT, e.g. 1280x800, not " << parser.value(windowSize) << '\n';
            return 2;
        }
        window.resize(size[0].toInt(), size[1].toInt());
    }
    const QStringList positional = parser.positionalArguments();
    window.show();
    window.openAtStartup(positional.isEmpty() ? QString() : positional.first());
    return QApplication::exec();
}
