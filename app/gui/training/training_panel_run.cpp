// TrainingPanel's shown run: opening a run's files (live while it is written), its curves, long tail and
// progress, and the run it is compared with.
#include "training_panel.h"

#include "run_comparison_view.h"
#include "run_history_panel.h"
#include "run_plot_data.h"
#include "training_form.h"

#include "plots/long_tail_plot.h"
#include "plots/training_curves.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QtConcurrent>

namespace tagscope::gui {

void TrainingPanel::openRun(const QString& directory)
{
    const bool live = controller_->isActive() && QDir::cleanPath(directory) == QDir::cleanPath(controller_->runDirectory());
    showRun(directory, live);
}

void TrainingPanel::showRun(const QString& directory, bool live)
{
    shownRun_ = QDir::cleanPath(directory);
    shownLive_ = live;
    follower_.reset();
    followTimer_.stop();
    shownMetrics_ = {};
    shownTags_.clear();
    shownSteps_.clear();
    if (comparisonRun_ == shownRun_)
        compareWith(QString());
    curves_->setRunName(runName(shownRun_));
    redrawCurves();
    updateLongTail();
    updateTitle();
    updateComparisonChoices();
    const std::string path = QFile::encodeName(shownRun_).toStdString();
    runLoader_.setFuture(QtConcurrent::run([path, live] {
        LoadedRun loaded;
        auto follower = std::make_shared<RunMetricsFollower>(path + "/metrics.jsonl");
        try {
            loaded.record = readRun(path, follower.get());
        } catch (const std::exception& error) {
            loaded.error = QString::fromStdString(error.what());
        }
        if (!live)
            loaded.follower = follower;
        return loaded;
    }));
    if (!comparisonRun_.isEmpty())
        compareWith(comparisonRun_); // the side-by-side table now pairs the new run with the comparison
}

void TrainingPanel::runLoaded()
{
    LoadedRun loaded = runLoader_.result();
    if (QDir::cleanPath(QFile::decodeName(QByteArray::fromStdString(loaded.record.directory))) != shownRun_ && loaded.error.isEmpty())
        return;
    if (!loaded.error.isEmpty()) {
        logLine(loaded.error);
        return;
    }
    const RunRecord& record = loaded.record;
    shownConfig_ = record.config;
    for (const std::string& problem : record.problems)
        logLine(QString::fromStdString(problem));
    if (shownTags_.empty())
        shownTags_ = record.tags;
    // A live run may already have reported steps: the file supplies what came before them.
    const double firstLiveStep = shownSteps_.isEmpty() ? std::numeric_limits<double>::infinity() : shownSteps_.front().step;
    std::vector<RunStepPoint> earlier;
    for (const RunStepPoint& s : record.metrics.steps)
        if (double(s.step) < firstLiveStep)
            earlier.push_back(s);
    QVector<ui::LossSample> steps = smoothedSamples(earlier, nullptr);
    steps += shownSteps_;
    shownSteps_ = steps;
    const int firstLiveEpoch = shownMetrics_.epochs.empty() ? std::numeric_limits<int>::max() : shownMetrics_.epochs.front().epoch;
    RunMetricsUpdate merged;
    for (const RunEpochPoint& e : record.metrics.epochs)
        if (e.epoch < firstLiveEpoch)
            merged.epochs.push_back(e);
    mergeMetrics(merged, shownMetrics_);
    merged.errors = record.metrics.errors;
    shownMetrics_ = merged;
    for (const RunError& error : record.metrics.errors)
        logLine(tr("Stopped at step %1: %2").arg(error.step).arg(QString::fromStdString(error.message)));
    redrawCurves();
    updateLongTail();
    updateTitle();
    showRecordedProgress();
    if (loaded.follower) {
        follower_ = loaded.follower;
        followTimer_.start();
    }
}

void TrainingPanel::follow()
{
    if (!follower_)
        return;
    const RunMetricsUpdate update = follower_->poll();
    if (!update.empty())
        appendMetrics(update);
}

void TrainingPanel::appendMetrics(const RunMetricsUpdate& update)
{
    if (shownTags_.empty() && !update.epochs.empty())
        shownTags_ = readRunTags(QFile::encodeName(shownRun_).toStdString());
    const QVector<ui::LossSample> steps = smoothedSamples(update.steps, shownSteps_.isEmpty() ? nullptr : &shownSteps_.back());
    if (!steps.isEmpty()) {
        while (!shownSteps_.isEmpty() && shownSteps_.back().step >= steps.front().step)
            shownSteps_.pop_back();
        shownSteps_ += steps;
        curves_->addSteps(steps);
    }
    if (!update.epochs.empty()) {
        const std::string before = primaryMetric(shownMetrics_.epochs);
        mergeMetrics(shownMetrics_, update);
        if (primaryMetric(shownMetrics_.epochs) != before || shownMetrics_.epochs.size() == update.epochs.size()) {
            redrawCurves();
        } else {
            QVector<ui::EpochSample> epochs;
            for (const RunEpochPoint& e : update.epochs)
                epochs.push_back(epochSample(e, before));
            curves_->addEpochs(epochs);
        }
        updateLongTail();
    } else {
        mergeMetrics(shownMetrics_, update);
    }
    for (const RunError& error : update.errors)
        logLine(tr("The run stopped: %1").arg(QString::fromStdString(error.message)));
    for (const std::string& problem : update.problems)
        logLine(QString::fromStdString(problem));
    if (!update.epochs.empty() || !update.errors.empty()) {
        updateTitle();
        showRecordedProgress();
    }
}

void TrainingPanel::showRecordedProgress()
{
    if (shownLive_ || shownRun_.isEmpty())
        return; // the worker's reports drive the bar
    RunRecord record;
    record.directory = QFile::encodeName(shownRun_).toStdString();
    record.config = shownConfig_;
    record.metrics = shownMetrics_;
    const RunSummary s = summarizeRun(record);
    progress_->setRange(0, std::max(1, s.epochsPlanned));
    progress_->setValue(std::min(s.epochsDone, std::max(1, s.epochsPlanned)));
    progress_->setFormat(tr("%1 of %n epoch(s)", nullptr, s.epochsPlanned).arg(s.epochsDone));
    QString text = tr("%1: %2 of %n epoch(s) in %3, device %4", nullptr, s.epochsPlanned)
                       .arg(RunHistoryPanel::stateText(s.state))
                       .arg(s.epochsDone)
                       .arg(RunHistoryPanel::durationText(s.durationSeconds), QString::fromStdString(s.device));
    if (s.bestEpoch > 0)
        text += tr(" · best %1 at epoch %2").arg(RunHistoryPanel::metricText(s)).arg(s.bestEpoch);
    status_->setText(text.left(1).toUpper() + text.mid(1));
}

void TrainingPanel::redrawCurves()
{
    curves_->clear();
    const auto planned = shownConfig_.is_object() ? shownConfig_.find("epochs") : shownConfig_.end();
    if (planned != shownConfig_.end() && planned->is_number_integer())
        curves_->setPlannedEpochs(planned->get<int>());
    else if (!shownLive_)
        curves_->setPlannedEpochs(0); // a live run's planned epochs come with its status
    updateMetricName();
    curves_->addSteps(shownSteps_);
    const std::string metric = primaryMetric(shownMetrics_.epochs);
    QVector<ui::EpochSample> epochs;
    for (const RunEpochPoint& e : shownMetrics_.epochs)
        epochs.push_back(epochSample(e, metric));
    curves_->addEpochs(epochs);
    if (!comparisonRun_.isEmpty() && !comparisonRecord_.directory.empty()) {
        const std::string comparisonMetric = primaryMetric(comparisonRecord_.metrics.epochs);
        QVector<ui::EpochSample> other;
        for (const RunEpochPoint& e : comparisonRecord_.metrics.epochs)
            other.push_back(epochSample(e, comparisonMetric));
        curves_->setComparison(runName(comparisonRun_), smoothedSamples(comparisonRecord_.metrics.steps, nullptr), other);
    }
}

void TrainingPanel::updateMetricName()
{
    std::string metric = primaryMetric(shownMetrics_.epochs);
    if (shownMetrics_.epochs.empty() && shownLive_ && form_->lossFamily() == QLatin1String("metric"))
        metric = "recall_at_1";
    curves_->setMetricName(metric == "map" ? tr("mAP") : QString::fromStdString(metricDisplayName(metric)), metric == "map");
}

void TrainingPanel::updateLongTail()
{
    int epoch = 0;
    const QVector<ui::TagPerformance> run = tagPerformance(shownTags_, shownMetrics_.epochs, &epoch);
    int comparisonEpoch = 0;
    const QVector<ui::TagPerformance> other =
        comparisonRun_.isEmpty() ? QVector<ui::TagPerformance>() : tagPerformance(comparisonRecord_.tags, comparisonRecord_.metrics.epochs, &comparisonEpoch);
    if (run.isEmpty())
        longTail_->clear();
    else
        longTail_->setRun(runName(shownRun_), run);
    longTail_->setComparison(other.isEmpty() ? QString() : runName(comparisonRun_), other);
    if (shownRun_.isEmpty())
        longTailCaption_->setText(tr("Per-tag AP appears here after the first validation of a run."));
    else if (run.isEmpty())
        longTailCaption_->setText(tr("%1: no per-tag AP yet (it is measured on the validation split at the end of each epoch).").arg(runName(shownRun_)));
    else
        longTailCaption_->setText(tr("%1, epoch %2: %Ln tag(s) with a validation AP. Head tags have over 100 training positives, tail "
                                     "tags under 20; the lines are each band's mean AP. Click a point to see the tag's images.",
                                     nullptr, longTail_->pointCount())
                                      .arg(runName(shownRun_))
                                      .arg(epoch));
}

void TrainingPanel::compareWith(const QString& directory)
{
    comparisonRun_ = directory.isEmpty() ? QString() : QDir::cleanPath(directory);
    comparisonRecord_ = {};
    if (comparisonRun_.isEmpty()) {
        comparison_->clear();
        redrawCurves();
        updateLongTail();
        updateComparisonChoices();
        return;
    }
    updateComparisonChoices();
    const std::string first = QFile::encodeName(shownRun_).toStdString();
    const std::string second = QFile::encodeName(comparisonRun_).toStdString();
    pairLoader_.setFuture(QtConcurrent::run([first, second] {
        LoadedPair pair;
        try {
            if (!first.empty())
                pair.first = readRun(first);
            pair.second = readRun(second);
        } catch (const std::exception& error) {
            pair.error = QString::fromStdString(error.what());
        }
        return pair;
    }));
}

void TrainingPanel::pairLoaded()
{
    const LoadedPair pair = pairLoader_.result();
    if (!pair.error.isEmpty()) {
        logLine(pair.error);
        return;
    }
    if (QDir::cleanPath(QFile::decodeName(QByteArray::fromStdString(pair.second.directory))) != comparisonRun_)
        return;
    comparisonRecord_ = pair.second;
    if (!pair.first.directory.empty())
        comparison_->setRuns(pair.first, pair.second);
    redrawCurves();
    updateLongTail();
}

void TrainingPanel::updateComparisonChoices()
{
    const QSignalBlocker blocker(compareCombo_);
    compareCombo_->clear();
    compareCombo_->addItem(tr("No other run"), QString());
    for (const RunSummary& run : history_->runs()) {
        const QString directory = QDir::cleanPath(QString::fromStdString(run.directory));
        if (directory == shownRun_)
            continue;
        compareCombo_->addItem(QStringLiteral("%1  (%2)").arg(QString::fromStdString(run.name), RunHistoryPanel::metricText(run)), directory);
    }
    const int index = compareCombo_->findData(comparisonRun_);
    if (index < 0 && !comparisonRun_.isEmpty())
        compareCombo_->addItem(runName(comparisonRun_), comparisonRun_);
    compareCombo_->setCurrentIndex(std::max(0, compareCombo_->findData(comparisonRun_)));
}

void TrainingPanel::updateTitle()
{
    if (shownRun_.isEmpty()) {
        title_->setText(tr("<b>Training</b>"));
        return;
    }
    QString state;
    if (shownLive_ && controller_->isActive()) {
        switch (controller_->state()) {
        case TrainingController::State::Paused: state = tr("paused"); break;
        case TrainingController::State::Stopping: state = tr("stopping"); break;
        default: state = tr("training"); break;
        }
    } else if (const RunSummary* summary = history_->find(shownRun_)) {
        state = RunHistoryPanel::stateText(summary->state);
    }
    QString what;
    if (const RunSummary* summary = history_->find(shownRun_))
        what = QStringLiteral("%1 · %2").arg(QString::fromStdString(summary->loss), QString::fromStdString(summary->backbone));
    title_->setText(QStringLiteral("<b>%1</b>%2%3")
                        .arg(runName(shownRun_).toHtmlEscaped(), what.isEmpty() ? QString() : QStringLiteral(" — ") + what.toHtmlEscaped(),
                             state.isEmpty() ? QString() : QStringLiteral(" <span style='color:#6b7785'>(%1)</span>").arg(state)));
}

} // namespace tagscope::gui
