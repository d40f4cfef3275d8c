// tagscope-screenshots: the Tagscope window driven to a given state and saved as a picture, headless under
// xvfb. resources/screenshots/make_screenshots.sh runs it for every picture of the README. Not installed: the
// shipped `tagscope` has none of these options.
#include "dialog_screenshot.h"
#include "embedding_screenshot.h"
#include "neighbour_screenshot.h"
#include "review_screenshot.h"
#include "screenshot_session.h"
#include "training_screenshot.h"

#include "dataset/band_rule.h"

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
    const QCommandLineOption filter(QStringLiteral("filter"),
                                    QStringLiteral("Filter the grid by this expression after loading (for any of the pictures)."),
                                    QStringLiteral("expression"));
    const QCommandLineOption windowSize(QStringLiteral("window-size"),
                                        QStringLiteral("The window's size for any of the pictures, e.g. 1280x800 (default: each picture's own)."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption showPage(QStringLiteral("show-page"),
                                      QStringLiteral("Once the dataset is shown, put this page in front: map or training."), QStringLiteral("name"));
    const QCommandLineOption bands(QStringLiteral("bands"),
                                   QStringLiteral("The analysis tab's band rule, as `tagscope-cli info --bands` takes it (e.g. thirds)."),
                                   QStringLiteral("rule"));
    parser.addOptions({screenshot, selectTag, showTab, filter, windowSize, showPage, bands});
    tagscope::gui::TrainingScreenshotSession::addOptions(parser);
    tagscope::gui::EmbeddingScreenshotSession::addOptions(parser);
    tagscope::gui::NeighbourScreenshotSession::addOptions(parser);
    tagscope::gui::ReviewScreenshotSession::addOptions(parser);
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
    tagscope::gui::ReviewScreenshotSession::startIfRequested(parser, &window);
    tagscope::gui::DialogScreenshot::startIfRequested(parser, &window);
    if (parser.isSet(showPage))
        QObject::connect(
            &window, &tagscope::gui::MainWindow::datasetShown, &window,
            [&window, page = parser.value(showPage)] {
                if (page == QLatin1String("map"))
                    window.showEmbeddingMap(true);
                else if (page == QLatin1String("training"))
                    window.showTraining(true);
            },
            Qt::SingleShotConnection);
    if (parser.isSet(filter) && !parser.isSet(screenshot)) // the other pictures show the filter where they show it
        QObject::connect(
            &window, &tagscope::gui::MainWindow::datasetShown, &window,
            [&window, expression = parser.value(filter)] { window.setFilterExpression(expression); }, Qt::SingleShotConnection);
    if (parser.isSet(windowSize)) {
        const QStringList sides = parser.value(windowSize).split(QLatin1Char('x'));
        const QSize size = sides.size() == 2 ? QSize(sides[0].toInt(), sides[1].toInt()) : QSize();
        if (size.width() <= 0 || size.height() <= 0) {
            qCritical("tagscope-screenshots: --window-size wants WIDTHxHEIGHT, e.g. 1280x800");
            return 1;
        }
        window.resize(size);
    }
    if (parser.isSet(bands)) {
        std::string error;
        const std::optional<tagscope::BandRule> rule = tagscope::parseBandRule(parser.value(bands).toStdString(), &error);
        if (!rule) {
            qCritical("tagscope-screenshots: %s", error.c_str());
            return 1;
        }
        window.setBandRule(*rule);
    }
    const QStringList positional = parser.positionalArguments();
    window.show();
    window.openAtStartup(positional.isEmpty() ? QString() : positional.first());
    return QApplication::exec();
}
