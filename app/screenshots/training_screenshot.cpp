#include "training_screenshot.h"

#include "training/run_history_panel.h"
#include "training/training_form.h"
#include "training/training_panel.h"
#include "window/main_window.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPixmap>
#include <QTextStream>

#include <algorithm>

namespace tagscope::gui {

namespace {
constexpr int kPollMs = 200;
constexpr int kGiveUpMs = 600000;
constexpr int kSettleMs = 600; // the curves replot at 25 Hz; a few frames later the picture is final

const QString kShot = QStringLiteral("training-screenshot");
const QString kConfig = QStringLiteral("train-config");
const QString kAfterEpochs = QStringLiteral("after-epochs");
const QString kOpenRun = QStringLiteral("open-run");
const QString kCompareRun = QStringLiteral("compare-run");
const QString kTab = QStringLiteral("training-tab");
} // namespace

void TrainingScreenshotSession::addOptions(QCommandLineParser& parser)
{
    const QList<QCommandLineOption> options = {
        {kShot, QStringLiteral("Save a picture of the window with the training panel, then quit."), QStringLiteral("file")},
        {kConfig, QStringLiteral("Train with this config (JSON) and take the picture during the run."), QStringLiteral("file")},
        {kAfterEpochs, QStringLiteral("Epochs to wait for before the picture (default 2)."), QStringLiteral("n")},
        {kOpenRun, QStringLiteral("Show this run directory instead of training."), QStringLiteral("dir")},
        {kCompareRun, QStringLiteral("Overlay this run directory."), QStringLiteral("dir")},
        {kTab, QStringLiteral("Training tab to show: curves, long-tail, runs or comparison."), QStringLiteral("name")},
    };
    parser.addOptions(options);
}

void TrainingScreenshotSession::startIfRequested(const QCommandLineParser& parser, MainWindow* window)
{
    if (!parser.isSet(kShot))
        return;
    window->resize(1440, 900); // the same picture whatever the saved geometry
    new TrainingScreenshotSession(window, parser);
}

TrainingScreenshotSession::TrainingScreenshotSession(MainWindow* window, const QCommandLineParser& parser)
    : QObject(window), window_(window), file_(parser.value(kShot)), config_(parser.value(kConfig)), openRun_(parser.value(kOpenRun)),
      compareRun_(parser.value(kCompareRun)), tab_(parser.value(kTab))
{
    if (parser.isSet(kAfterEpochs))
        afterEpochs_ = std::max(1, parser.value(kAfterEpochs).toInt());
    poll_.setInterval(kPollMs);
    connect(&poll_, &QTimer::timeout, this, &TrainingScreenshotSession::poll);
    connect(window_, &MainWindow::datasetShown, this, &TrainingScreenshotSession::datasetShown, Qt::SingleShotConnection);
}

void TrainingScreenshotSession::datasetShown()
{
    window_->showTraining(true);
    TrainingPanel* panel = window_->trainingPanel();
    if (!config_.isEmpty()) {
        QFile file(config_);
        if (!file.open(QIODevice::ReadOnly)) {
            QTextStream(stderr) << "tagscope: cannot read " << config_ << '\n';
            QCoreApplication::exit(1);
            return;
        }
        QJsonObject config = QJsonDocument::fromJson(file.readAll()).object();
        config.insert(QStringLiteral("dataset"), window_->dataset()->path);
        panel->form()->setConfigJson(QJsonDocument(config).toJson());
        connect(panel->controller(), &TrainingController::epochFinished, this, &TrainingScreenshotSession::epochDone);
        connect(panel->controller(), &TrainingController::finished, this, [this](TrainingController::Outcome, const QString& message) {
            if (epochs_ < afterEpochs_) {
                QTextStream(stderr) << "tagscope: the run ended before the picture: " << message << '\n';
                save();
                QCoreApplication::exit(1);
            }
        });
        if (!panel->start()) {
            QTextStream(stderr) << "tagscope: the training config is not valid: " << panel->form()->generalError() << '\n';
            save();
            QCoreApplication::exit(1);
        }
        if (!compareRun_.isEmpty())
            panel->compareWith(compareRun_);
        return;
    }
    if (!openRun_.isEmpty())
        panel->openRun(openRun_);
    if (!compareRun_.isEmpty())
        panel->compareWith(compareRun_);
    if (!tab_.isEmpty())
        panel->showTab(tab_);
    poll_.start();
}

void TrainingScreenshotSession::epochDone()
{
    if (++epochs_ != afterEpochs_)
        return;
    QTimer::singleShot(kSettleMs, this, [this] {
        save();
        TrainingPanel* panel = window_->trainingPanel();
        panel->controller()->stop();
        connect(panel->controller(), &TrainingController::finished, this, [] { QCoreApplication::exit(0); });
    });
}

void TrainingScreenshotSession::poll()
{
    waitedMs_ += kPollMs;
    TrainingPanel* panel = window_->trainingPanel();
    if ((panel->isLoading() || panel->history()->isScanning() || waitedMs_ < kSettleMs) && waitedMs_ < kGiveUpMs)
        return;
    poll_.stop();
    QTimer::singleShot(kSettleMs, this, [this] {
        save();
        QCoreApplication::exit(0);
    });
}

void TrainingScreenshotSession::save()
{
    const QPixmap picture = window_->grab();
    if (!picture.save(file_, nullptr, 0)) // quality 0: the smallest PNG, screenshots go into the repository
        QTextStream(stderr) << "tagscope: cannot write " << file_ << '\n';
}

} // namespace tagscope::gui
