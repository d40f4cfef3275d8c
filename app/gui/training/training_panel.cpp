#include "training_panel.h"

#include "run_comparison_view.h"
#include "run_history_panel.h"
#include "run_plot_data.h"
#include "settings/app_settings.h"
#include "settings/preferences_apply.h"
#include "training_form.h"

#include "common/number_format.h"
#include "plots/long_tail_plot.h"
#include "plots/training_curves.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTime>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>
#include <limits>

namespace tagscope::gui {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

QString clockText(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return QStringLiteral("–");
    const qint64 s = std::llround(seconds);
    return s >= 3600 ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QByteArray readConfig(const QString& directory, QString* error)
{
    QFile file(directory + QStringLiteral("/config.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("TrainingPanel", "%1: cannot read (%2)").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return {};
    }
    return file.readAll();
}

} // namespace

TrainingPanel::TrainingPanel(QWidget* parent)
    : QWidget(parent), controller_(new TrainingController(this)), form_(new TrainingForm), history_(new RunHistoryPanel),
      comparison_(new RunComparisonView), curves_(new ui::TrainingCurves), longTail_(new ui::LongTailPlot), log_(new QPlainTextEdit),
      tabs_(new QTabWidget), compareCombo_(new QComboBox), title_(new QLabel), status_(new QLabel), longTailCaption_(new QLabel),
      progress_(new QProgressBar), start_(new QPushButton), pause_(new QPushButton), stop_(new QPushButton)
{
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("trainingSplitter"));
    splitter->addWidget(createControls());
    splitter->addWidget(createRunView());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({380, 1000});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(controller_, &TrainingController::started, this, &TrainingPanel::controllerStarted);
    connect(controller_, &TrainingController::stateChanged, this, &TrainingPanel::controllerStateChanged);
    connect(controller_, &TrainingController::statusChanged, this, &TrainingPanel::statusChanged);
    connect(controller_, &TrainingController::stepsAdded, this, &TrainingPanel::stepsAdded);
    connect(controller_, &TrainingController::epochFinished, this, &TrainingPanel::epochFinished);
    connect(controller_, &TrainingController::validated, this, &TrainingPanel::validated);
    connect(controller_, &TrainingController::message, this, &TrainingPanel::logLine);
    connect(controller_, &TrainingController::finished, this, &TrainingPanel::runFinished);

    connect(history_, &RunHistoryPanel::openRequested, this, [this](const QString& directory) {
        openRun(directory);
        showTab(QStringLiteral("curves"));
    });
    connect(history_, &RunHistoryPanel::compareRequested, this, [this](const QString& first, const QString& second) {
        openRun(first);
        compareWith(second);
        showTab(QStringLiteral("comparison"));
    });
    connect(history_, &RunHistoryPanel::resumeRequested, this, &TrainingPanel::resumeRun);
    connect(history_, &RunHistoryPanel::exportRequested, this, [this](const QString& directory) { exportModel(directory); });
    connect(history_, &RunHistoryPanel::settingsRequested, this, &TrainingPanel::useSettingsOf);
    connect(history_, &RunHistoryPanel::trainAgainRequested, this, &TrainingPanel::trainAgain);
    connect(history_, &RunHistoryPanel::reviewRequested, this, &TrainingPanel::reviewLabelsRequested);
    connect(history_, &RunHistoryPanel::listChanged, this, &TrainingPanel::updateComparisonChoices);
    connect(compareCombo_, &QComboBox::activated, this, [this](int index) { compareWith(compareCombo_->itemData(index).toString()); });
    connect(longTail_, qOverload<const QString&>(&ui::LongTailPlot::tagClicked), this, &TrainingPanel::longTailClicked);
    connect(&runLoader_, &QFutureWatcher<LoadedRun>::finished, this, &TrainingPanel::runLoaded);
    connect(&pairLoader_, &QFutureWatcher<LoadedPair>::finished, this, &TrainingPanel::pairLoaded);
    followTimer_.setInterval(kFollowIntervalMs);
    connect(&followTimer_, &QTimer::timeout, this, &TrainingPanel::follow);

    QSettings settings;
    const QByteArray lastConfig = settings.value(QStringLiteral("training/lastConfig")).toByteArray();
    if (!lastConfig.isEmpty())
        form_->setConfigJson(lastConfig);
    else
        applyComputeDefaults(form_, AppSettings()); // a first run starts on the preferred device
    setRunsFolder(AppSettings().workspaceFolder());
    updateTitle();
    updateButtons();
}

TrainingPanel::~TrainingPanel()
{
    controller_->stopAndWait();
    runLoader_.waitForFinished();
    pairLoader_.waitForFinished();
}

QWidget* TrainingPanel::createControls()
{
    auto* scroll = new QScrollArea;
    scroll->setWidget(form_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    form_->setContentsMargins(6, 6, 10, 6);

    start_->setText(tr("&Start"));
    start_->setObjectName(QStringLiteral("startTraining"));
    start_->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    start_->setToolTip(tr("Check the settings and train in a new run directory"));
    start_->setDefault(true);
    pause_->setText(tr("&Pause"));
    pause_->setObjectName(QStringLiteral("pauseTraining"));
    pause_->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    pause_->setToolTip(tr("Hold the run between two batches; Resume carries on"));
    stop_->setText(tr("S&top"));
    stop_->setObjectName(QStringLiteral("stopTraining"));
    stop_->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    stop_->setToolTip(tr("Stop after the current batch and write a checkpoint; the run can be resumed from the Runs tab"));
    connect(start_, &QPushButton::clicked, this, &TrainingPanel::start);
    connect(pause_, &QPushButton::clicked, this, [this] {
        if (controller_->state() == TrainingController::State::Paused)
            controller_->resume();
        else
            controller_->pause();
    });
    connect(stop_, &QPushButton::clicked, controller_, &TrainingController::stop);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(6, 4, 10, 4);
    buttons->addWidget(start_, 1);
    buttons->addWidget(pause_, 1);
    buttons->addWidget(stop_, 1);
    auto* controls = new QWidget;
    auto* layout = new QVBoxLayout(controls);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    controls->setMinimumWidth(330);
    return controls;
}

QWidget* TrainingPanel::createRunView()
{
    title_->setObjectName(QStringLiteral("trainingTitle"));
    title_->setTextFormat(Qt::RichText);
    compareCombo_->setObjectName(QStringLiteral("compareCombo"));
    compareCombo_->setToolTip(tr("Draw another run under this one: dashed curves, hollow points in the long-tail view"));
    compareCombo_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* header = new QHBoxLayout;
    header->addWidget(title_, 1);
    auto* compareLabel = new QLabel(tr("Compare &with:"));
    compareLabel->setBuddy(compareCombo_);
    header->addWidget(compareLabel);
    header->addWidget(compareCombo_);

    progress_->setObjectName(QStringLiteral("trainingProgress"));
    progress_->setRange(0, 1);
    progress_->setValue(0);
    progress_->setTextVisible(true);
    status_->setObjectName(QStringLiteral("trainingStatus"));
    status_->setTextFormat(Qt::PlainText);
    status_->setText(tr("No run yet: choose the settings on the left and press Start, or open a run from the Runs tab."));

    log_->setObjectName(QStringLiteral("trainingLog"));
    log_->setReadOnly(true);
    log_->setMaximumBlockCount(5000);
    log_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    log_->setPlaceholderText(tr("Messages of the run appear here."));
    auto* curvesSplit = new QSplitter(Qt::Vertical);
    curvesSplit->addWidget(curves_);
    curvesSplit->addWidget(log_);
    curvesSplit->setStretchFactor(0, 4);
    curvesSplit->setStretchFactor(1, 1);
    curvesSplit->setSizes({400, 90});
    curvesSplit->setChildrenCollapsible(false);
    log_->setMinimumHeight(48);

    auto* longTailPage = new QWidget;
    auto* longTailLayout = new QVBoxLayout(longTailPage);
    longTailLayout->setContentsMargins(4, 4, 4, 4);
    longTailCaption_->setWordWrap(true);
    longTailCaption_->setObjectName(QStringLiteral("longTailCaption"));
    longTailLayout->addWidget(longTailCaption_);
    longTailLayout->addWidget(longTail_, 1);

    tabs_->setObjectName(QStringLiteral("trainingTabs"));
    tabs_->setDocumentMode(true);
    tabs_->addTab(curvesSplit, tr("Curves"));
    tabs_->addTab(longTailPage, tr("Long Tail"));
    tabs_->addTab(history_, tr("Runs"));
    tabs_->addTab(comparison_, tr("Comparison"));

    auto* view = new QWidget;
    auto* layout = new QVBoxLayout(view);
    layout->setContentsMargins(8, 6, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    layout->addWidget(tabs_, 1);
    return view;
}

bool TrainingPanel::showTab(const QString& name)
{
    const QStringList names = {QStringLiteral("curves"), QStringLiteral("long-tail"), QStringLiteral("runs"), QStringLiteral("comparison")};
    const int index = names.indexOf(name);
    if (index < 0)
        return false;
    tabs_->setCurrentIndex(index);
    return true;
}

void TrainingPanel::setDataset(std::shared_ptr<const LoadedDataset> data)
{
    data_ = std::move(data);
    if (data_)
        form_->setDatasetPath(data_->path);
}

void TrainingPanel::setRunsFolder(const QString& folder)
{
    history_->setFolder(folder);
    AppSettings().setWorkspaceFolder(folder);
}

void TrainingPanel::setBandRule(const BandRule& rule)
{
    if (rule == bandRule_)
        return;
    bandRule_ = rule;
    updateLongTail();
}

QString TrainingPanel::runsFolder() const
{
    return history_->folder();
}

bool TrainingPanel::isLoading() const
{
    return runLoader_.isRunning() || pairLoader_.isRunning();
}

// ---- Starting, resuming, closing ----

bool TrainingPanel::start()
{
    if (controller_->isActive())
        return false;
    if (!form_->validate()) {
        Q_EMIT statusMessage(tr("Some settings need fixing before training can start (see the messages under the fields)"), 8000);
        return false;
    }
    const QByteArray config = form_->configJson();
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = QStringLiteral("%1/%2-%3").arg(runsFolder(), stamp, form_->lossName());
    QString directory = base;
    for (int n = 2; QFileInfo::exists(directory); ++n)
        directory = QStringLiteral("%1-%2").arg(base).arg(n);
    const QString problem = controller_->start(config, directory);
    if (!problem.isEmpty()) {
        logLine(problem);
        Q_EMIT statusMessage(problem, 10000);
        return false;
    }
    QSettings().setValue(QStringLiteral("training/lastConfig"), config);
    return true;
}

void TrainingPanel::resumeRun(const QString& directory)
{
    if (controller_->isActive())
        return;
    QString error;
    const QByteArray config = readConfig(directory, &error);
    const QString problem = error.isEmpty() ? controller_->start(config, directory) : error;
    if (!problem.isEmpty()) {
        logLine(tr("Cannot resume %1: %2").arg(runName(directory), problem));
        Q_EMIT statusMessage(tr("Cannot resume %1: %2").arg(runName(directory), problem), 10000);
        return;
    }
    form_->setConfigJson(config);
    logLine(tr("Resuming %1 from its checkpoint").arg(runName(directory)));
}

void TrainingPanel::useSettingsOf(const QString& directory)
{
    QString error;
    const QByteArray config = readConfig(directory, &error);
    if (!error.isEmpty()) {
        Q_EMIT statusMessage(error, 8000);
        return;
    }
    form_->setConfigJson(config);
    Q_EMIT statusMessage(tr("The form holds the settings of %1").arg(runName(directory)), 5000);
}

QString TrainingPanel::trainAgain(const QString& directory)
{
    if (controller_->isActive()) {
        Q_EMIT statusMessage(tr("A run is in progress: Train Again starts when it has ended"), 8000);
        return {};
    }
    QString error;
    const QByteArray config = readConfig(directory, &error);
    const QString base = QStringLiteral("%1/%2-after-review").arg(runsFolder(), runName(directory));
    QString target = base;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1-%2").arg(base).arg(n);
    const QString problem = error.isEmpty() ? controller_->start(config, target) : error;
    if (!problem.isEmpty()) {
        logLine(tr("Cannot train %1 again: %2").arg(runName(directory), problem));
        Q_EMIT statusMessage(tr("Cannot train %1 again: %2").arg(runName(directory), problem), 10000);
        return {};
    }
    form_->setConfigJson(config);
    logLine(tr("Training again with the settings of %1").arg(runName(directory)));
    compareWith(directory); // the run before the review, overlaid on this one
    return target;
}

bool TrainingPanel::confirmClose()
{
    if (!controller_->isActive())
        return true;
    if (closeWhenStopped_)
        return false; // already stopping; the window closes when the checkpoint is written
    QMessageBox box(QMessageBox::Question, tr("Training in Progress"), tr("A training run is in progress. Stop it and close Tagscope?"),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("stopTrainingBox"));
    box.setInformativeText(tr("The run stops after the current batch and writes a checkpoint, so it can be resumed later from the Runs tab."));
    QPushButton* stop = box.addButton(tr("Stop and Close"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(stop);
    box.exec();
    if (box.clickedButton() != stop)
        return false;
    closeWhenStopped_ = true;
    logLine(tr("Stopping the run before closing: writing the checkpoint"));
    controller_->stop();
    return false;
}

void TrainingPanel::exportModel(const QString& directory, const QString& target)
{
    const QString model = directory + QStringLiteral("/model.pt");
    if (!QFileInfo(model).isFile()) {
        QMessageBox::information(this, tr("No Model Yet"),
                                 tr("%1 has no TorchScript model: it is written when a run finishes its last epoch. "
                                    "Resume the run to finish it.")
                                     .arg(runName(directory)));
        return;
    }
    QString file = target;
    if (file.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        file = QFileDialog::getSaveFileName(this, tr("Export TorchScript Model"), folder + QLatin1Char('/') + runName(directory) + QStringLiteral(".pt"),
                                            tr("TorchScript (*.pt)"));
        if (file.isEmpty())
            return;
    }
    // Models reach hundreds of MB: copied in the background.
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, file] {
        const QString error = watcher->result();
        watcher->deleteLater();
        const QString text = error.isEmpty() ? tr("Exported the model to %1").arg(QDir::toNativeSeparators(file)) : error;
        logLine(text);
        Q_EMIT statusMessage(text, 8000);
    });
    watcher->setFuture(QtConcurrent::run([model, file] {
        const QString temporary = file + QStringLiteral(".part");
        QFile::remove(temporary);
        if (!QFile::copy(model, temporary))
            return QCoreApplication::translate("TrainingPanel", "Cannot write %1").arg(QDir::toNativeSeparators(file));
        QFile::remove(file);
        if (!QFile::rename(temporary, file))
            return QCoreApplication::translate("TrainingPanel", "Cannot write %1").arg(QDir::toNativeSeparators(file));
        return QString();
    }));
}

// ---- The worker's reports ----

void TrainingPanel::controllerStarted(const QString& directory)
{
    closeWhenStopped_ = false;
    log_->clear();
    logLine(tr("Training in %1").arg(QDir::toNativeSeparators(directory)));
    history_->setActiveRun(directory, tr("training"));
    history_->refresh();
    showRun(directory, true);
    showTab(QStringLiteral("curves"));
    progress_->setRange(0, 0);
    status_->setText(tr("Starting…"));
}

void TrainingPanel::controllerStateChanged(TrainingController::State state)
{
    updateButtons();
    updateTitle();
    if (state == TrainingController::State::Paused) {
        history_->setActiveRun(controller_->runDirectory(), tr("paused"));
        logLine(tr("Paused"));
        statusChanged(controller_->lastStatus()); // says so at once, though no progress comes while paused
    } else if (state == TrainingController::State::Running && controller_->lastStatus().step > 0) {
        history_->setActiveRun(controller_->runDirectory(), tr("training"));
        logLine(tr("Resumed"));
        statusChanged(controller_->lastStatus());
    } else if (state == TrainingController::State::Stopping) {
        history_->setActiveRun(controller_->runDirectory(), tr("stopping"));
        status_->setText(tr("Stopping: the checkpoint is written after the current batch…"));
    }
}

void TrainingPanel::statusChanged(const TrainingStatus& s)
{
    const bool paused = controller_->state() == TrainingController::State::Paused;
    if (s.phase != QLatin1String("Training") && s.totalSteps > 0) { // evaluating or exporting: the bar keeps the steps done
        status_->setText(tr("Epoch %1/%2 · %3…").arg(s.epoch).arg(s.epochs).arg(s.phase));
        return;
    }
    if (s.phase != QLatin1String("Training")) {
        if (s.total > 0) {
            progress_->setRange(0, 1000);
            progress_->setValue(static_cast<int>(1000.0 * double(s.done) / double(s.total)));
            progress_->setFormat(QStringLiteral("%1 %p%").arg(s.phase));
        } else {
            progress_->setRange(0, 0);
        }
        status_->setText(s.phase + QStringLiteral("…"));
        return;
    }
    if (shownLive_) {
        curves_->setPlannedEpochs(s.epochs);
        if (curves_->validationBySteps())
            curves_->setValidationBySteps(true, s.totalSteps);
    }
    const qint64 total = std::max<qint64>(1, s.totalSteps);
    const int scale = total > 1000000 ? 1000 : 1; // QProgressBar is int-based
    progress_->setRange(0, static_cast<int>(total / scale));
    progress_->setValue(static_cast<int>(s.step / scale));
    progress_->setFormat(controller_->countsSteps() ? tr("Step %1 / %2 · %p%").arg(s.step).arg(s.totalSteps) : tr("Epoch %1 / %2 · %p%").arg(s.epoch).arg(s.epochs));
    const QString text = tr("Epoch %1/%2 · batch %3/%4 · step %5/%6 · %7 images/s · ETA %8 · loss %9 (smoothed %10) · learning rate %11")
                             .arg(s.epoch)
                             .arg(s.epochs)
                             .arg(s.batch)
                             .arg(s.batchesPerEpoch)
                             .arg(s.step)
                             .arg(s.totalSteps)
                             .arg(ui::decimalText(s.imagesPerSecond, 0), clockText(s.etaSeconds), ui::decimalText(s.loss, 4),
                                  ui::decimalText(s.smoothedLoss, 4), QLocale().toString(s.learningRate, 'g', 3));
    status_->setText(paused ? tr("Paused · %1").arg(text) : text);
}

void TrainingPanel::stepsAdded(const QVector<TrainingStep>& steps)
{
    if (!shownLive_ || shownRun_ != QDir::cleanPath(controller_->runDirectory()))
        return;
    QVector<ui::LossSample> samples;
    samples.reserve(steps.size());
    for (const TrainingStep& s : steps)
        samples.push_back({double(s.step), s.loss, s.smoothedLoss, s.learningRate});
    while (!shownSteps_.isEmpty() && shownSteps_.back().step >= samples.front().step)
        shownSteps_.pop_back();
    shownSteps_ += samples;
    curves_->addSteps(samples);
}

void TrainingPanel::epochFinished(const RunEpochPoint& epoch)
{
    logLine(tr("Epoch %1: training loss %2").arg(epoch.epoch).arg(ui::decimalText(epoch.trainLoss, 4)) + validationText(epoch));
    if (!shownLive_ || shownRun_ != QDir::cleanPath(controller_->runDirectory()))
        return;
    RunMetricsUpdate update;
    update.epochs.push_back(epoch);
    appendMetrics(update);
}

void TrainingPanel::validated(const RunEpochPoint& validation)
{
    logLine(tr("Step %1: training loss %2").arg(validation.step).arg(ui::decimalText(validation.trainLoss, 4)) + validationText(validation));
    if (!shownLive_ || shownRun_ != QDir::cleanPath(controller_->runDirectory()))
        return;
    RunMetricsUpdate update;
    update.validations.push_back(validation);
    appendMetrics(update);
}

QString TrainingPanel::validationText(const RunEpochPoint& epoch)
{
    const QString metric = fromStd(metricDisplayName(primaryMetric({epoch})));
    const double value = metricValue(epoch, primaryMetric({epoch}));
    QString line;
    if (std::isfinite(value))
        line += tr(", validation %1 %2").arg(metric, ui::decimalText(value, 2));
    QStringList bands; // a band without validated tags has no mAP: it is left out rather than written "nan"
    if (std::isfinite(epoch.mapHead))
        bands << tr("head %1").arg(ui::decimalText(epoch.mapHead, 1));
    if (std::isfinite(epoch.mapMedium))
        bands << tr("medium %1").arg(ui::decimalText(epoch.mapMedium, 1));
    if (std::isfinite(epoch.mapTail))
        bands << tr("tail %1").arg(ui::decimalText(epoch.mapTail, 1));
    if (!bands.isEmpty())
        line += QStringLiteral(" (%1)").arg(bands.join(QStringLiteral(", ")));
    line += tr(" in %1 s%2").arg(ui::decimalText(epoch.seconds, 1), epoch.best ? tr(", best so far") : QString());
    return line;
}

void TrainingPanel::runFinished(TrainingController::Outcome outcome, const QString& message)
{
    const QString run = runName(controller_->runDirectory());
    QString text;
    switch (outcome) {
    case TrainingController::Outcome::Finished: { // the engine's message ("finished N epochs") would repeat "finished"
        const int epochs = controller_->lastStatus().epochs;
        const qint64 steps = controller_->lastStatus().step;
        if (controller_->countsSteps() && steps > 0)
            text = tr("%1 finished %n step(s)", nullptr, int(std::min<qint64>(steps, std::numeric_limits<int>::max()))).arg(run);
        else
            text = epochs > 0 ? tr("%1 finished %n epoch(s)", nullptr, epochs).arg(run) : tr("%1: %2").arg(run, message);
        break;
    }
    case TrainingController::Outcome::Stopped: text = tr("%1: %2").arg(run, message); break; // "stopped at epoch 3, ..."
    case TrainingController::Outcome::Failed: text = tr("%1 failed: %2").arg(run, message); break;
    }
    logLine(text);
    Q_EMIT statusMessage(text, 10000);
    status_->setText(text);
    if (outcome == TrainingController::Outcome::Finished) {
        progress_->setRange(0, 1);
        progress_->setValue(1);
        progress_->setFormat(tr("Finished"));
    } else if (progress_->maximum() == 0) {
        progress_->setRange(0, 1);
        progress_->setValue(0);
    }
    history_->setRunEnded(controller_->runDirectory());
    history_->setActiveRun(QString());
    history_->refresh();
    updateButtons();
    updateTitle();
    if (closeWhenStopped_) {
        closeWhenStopped_ = false;
        if (QWidget* top = window())
            QTimer::singleShot(0, top, &QWidget::close);
    }
}

void TrainingPanel::longTailClicked(const QString& labelName)
{
    if (data_) {
        const std::string wanted = labelName.toStdString();
        for (std::size_t t = 0; t < data_->dataset.tagCount(); ++t)
            if (data_->dataset.tag(t).labelName == wanted) {
                Q_EMIT tagRequested(static_cast<int>(t));
                return;
            }
    }
    Q_EMIT statusMessage(tr("The tag %1 is not in the open dataset").arg(labelName), 6000);
}

void TrainingPanel::updateButtons()
{
    const TrainingController::State state = controller_->state();
    start_->setEnabled(state == TrainingController::State::Idle);
    pause_->setEnabled(state == TrainingController::State::Running || state == TrainingController::State::Paused);
    stop_->setEnabled(state == TrainingController::State::Running || state == TrainingController::State::Paused);
    const bool paused = state == TrainingController::State::Paused;
    pause_->setText(paused ? tr("&Resume") : tr("&Pause"));
    pause_->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    form_->setLocked(state != TrainingController::State::Idle);
}

void TrainingPanel::logLine(const QString& text)
{
    log_->appendPlainText(QStringLiteral("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), text));
}

} // namespace tagscope::gui
