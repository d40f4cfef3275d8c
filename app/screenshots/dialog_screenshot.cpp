#include "dialog_screenshot.h"

#include "embeddings/compute_embeddings_dialog.h"
#include "settings/preferences_apply.h"
#include "settings/preferences_dialog.h"
#include "training/review_run_dialog.h"
#include "training/training_panel.h"
#include "window/about_dialog.h"
#include "window/main_window.h"
#include "window/shortcuts_dialog.h"

#include "engine_bridge/training_engine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QTimer>

#include <cstdio>

namespace tagscope::gui {

namespace {
const QString kOption = QStringLiteral("dialog-screenshot");
}

void DialogScreenshot::addOptions(QCommandLineParser& parser)
{
    const QCommandLineOption option(kOption, QStringLiteral("Save a picture of a dialog (preferences, about, shortcuts, compute-embeddings, review-run) as FILE, then quit."),
                              QStringLiteral("name:file"));
    parser.addOption(option);
}

void DialogScreenshot::startIfRequested(const QCommandLineParser& parser, MainWindow* window)
{
    if (!parser.isSet(kOption))
        return;
    const QString value = parser.value(kOption);
    const int colon = value.indexOf(QLatin1Char(':'));
    new DialogScreenshot(window, value.left(colon), colon < 0 ? QString() : value.mid(colon + 1));
}

QDialog* DialogScreenshot::createDialog(const QString& name, MainWindow* window)
{
    if (name == QLatin1String("preferences"))
        return new PreferencesDialog(namedComputeDevices(), window);
    if (name == QLatin1String("about"))
        return new AboutDialog(window);
    if (name == QLatin1String("shortcuts"))
        return new ShortcutsDialog(window, window);
    if (name == QLatin1String("compute-embeddings")) // the runs of the runs folder, newest first
        return new ComputeEmbeddingsDialog(window->dataset() ? window->dataset()->path : QString(), window->trainingPanel()->runsFolder(),
                                           QString(), window);
    if (name == QLatin1String("review-run")) { // Predict on the run's own training split: the in-sample warning shows
        auto* dialog = new ReviewRunDialog(window->trainingPanel()->runsFolder() + QStringLiteral("/20260101-120000-asl"),
                                           QStringLiteral("train"), window);
        dialog->setSplit(QStringLiteral("train"));
        return dialog;
    }
    return nullptr;
}

DialogScreenshot::DialogScreenshot(MainWindow* window, QString name, QString file)
    : QObject(window), window_(window), name_(std::move(name)), file_(std::move(file))
{
    QTimer::singleShot(300, this, &DialogScreenshot::capture); // after the window's first paint
}

void DialogScreenshot::capture()
{
    QDialog* dialog = createDialog(name_, window_);
    if (!dialog || file_.isEmpty()) {
        std::fprintf(stderr, "tagscope: --dialog-screenshot takes preferences, about, shortcuts, compute-embeddings or review-run, a colon and a file name\n");
        QCoreApplication::exit(2);
        return;
    }
    dialog->show();
    QTimer::singleShot(500, this, [this, dialog] { // the cache usage is measured on a worker meanwhile
        const bool saved = dialog->grab().save(file_);
        if (!saved)
            std::fprintf(stderr, "tagscope: could not write %s\n", file_.toLocal8Bit().constData());
        dialog->close();
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace tagscope::gui
