// TrainingPanel's shown run: opening a run's files (live while it is written), its curves, long tail and
// progress, and the run it is compared with.
#include "training_panel.h"

#include "run_comparison_view.h"
#include "run_history_panel.h"
#include "run_plot_data.h"
#include "training_form.h"

#include "common/band_text.h"

#include "plots/long_tail_plot.h"
#include "plots/training_curves.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QtConcurrent>

#include <algorithm>
#include <limits>

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
    const std::int64_t firstLiveValidation =
        shownMetrics_.validations.empty() ? std::numeric_limits<std::int64_t>::max() : shownMetrics_.validations.front().step;
    RunMetricsUpdate merged;
    merged.device = record.metrics.device; // the device it trained on, for the progress line
    merged.bands = record.metrics.bands;
    for (const RunEpochPoint& e : record.metrics.epochs)
        if (e.epoch < firstLiveEpoch)
            merged.epochs.push_back(e);
    for (const RunEpochPoint& v : record.metrics.validations)
        if (v.step < firstLiveValidation)
            merged.validations.push_back(v);
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
    if (shownTags_.empty() && (!update.epochs.empty() || !update.validations.empty()))
        shownTags_ = readRunTags(QFile::encodeName(shownRun_).toStdString());
    const QVector<ui::LossSample> steps = smoothedSamples(update.steps, shownSteps_.isEmpty() ? nullptr : &shownSteps_.back());
    if (!steps.isEmpty()) {
        while (!shownSteps_.isEmpty() && shownSteps_.back().step >= steps.front().step)
            shownSteps_.pop_back();
        shownSteps_ += steps;
        curves_->addSteps(steps);
    }
    if (!update.epochs.empty() || !update.validations.empty()) {
        const std::string before = primaryMetric(shownMetrics_.epochs, shownMetrics_.validations);
        const bool nothingDrawn = validationPoints(shownMetrics_).empty();
        mergeMetrics(shownMetrics_, update);
        const bool bySteps = validatesBySteps();
        if (primaryMetric(shownMetrics_.epochs, shownMetrics_.validations) != before || nothingDrawn || bySteps != curves_->validationBySteps()) {
            redrawCurves();
        } else {
            QVector<ui::EpochSample> samples;
            for (const RunEpochPoint& e : bySteps ? update.validations : update.epochs)
                samples.push_back(epochSample(e, before));
            curves_->addEpochs(samples);
        }
        updateLongTail();
    } else {
        mergeMetrics(shownMetrics_, update);
    }
    for (const RunError& error : update.errors)
        logLine(tr("The run stopped: %1").arg(QString::fromStdString(error.message)));
    for (const std::string& problem : update.problems)
        logLine(QString::fromStdString(problem));
    if (!update.epochs.empty() || !update.validations.empty() || !update.errors.empty()) {
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
    QString text;
    if (s.stepsPlanned > 0) { // counted in steps
        const int scale = s.stepsPlanned > 1000000 ? 1000 : 1; // QProgressBar is int-based
        const int planned = int(std::min<std::int64_t>(s.stepsPlanned, std::numeric_limits<int>::max()));
        progress_->setRange(0, int(s.stepsPlanned / scale));
        progress_->setValue(int(std::min(s.stepsDone, s.stepsPlanned) / scale));
        progress_->setFormat(tr("%1 of %n step(s)", nullptr, planned).arg(s.stepsDone));
        text = tr("%1: %2 of %n step(s) in %3, device %4", nullptr, planned)
                   .arg(RunHistoryPanel::stateText(s.state))
                   .arg(s.stepsDone)
                   .arg(RunHistoryPanel::durationText(s.durationSeconds), QString::fromStdString(s.device));
    } else {
        progress_->setRange(0, std::max(1, s.epochsPlanned));
        progress_->setValue(std::min(s.epochsDone, std::max(1, s.epochsPlanned)));
        progress_->setFormat(tr("%1 of %n epoch(s)", nullptr, s.epochsPlanned).arg(s.epochsDone));
        text = tr("%1: %2 of %n epoch(s) in %3, device %4", nullptr, s.epochsPlanned)
                   .arg(RunHistoryPanel::stateText(s.state))
                   .arg(s.epochsDone)
                   .arg(RunHistoryPanel::durationText(s.durationSeconds), QString::fromStdString(s.device));
    }
    if (!shownMetrics_.validations.empty() && s.bestStep > 0)
        text += tr(" · best %1 at step %2").arg(RunHistoryPanel::metricText(s)).arg(s.bestStep);
    else if (s.bestEpoch > 0)
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
    const auto maxSteps = shownConfig_.is_object() ? shownConfig_.find("max_steps") : shownConfig_.end();
    const qint64 plannedSteps = maxSteps != shownConfig_.end() && maxSteps->is_number_integer() ? maxSteps->get<qint64>()
                                : shownLive_ ? controller_->lastStatus().totalSteps : 0;
    curves_->setValidationBySteps(validatesBySteps(), plannedSteps);
    updateMetricName();
    curves_->addSteps(shownSteps_);
    curves_->addEpochs(validationSamples(shownMetrics_));
    if (!comparisonRun_.isEmpty() && !comparisonRecord_.directory.empty())
        curves_->setComparison(runName(comparisonRun_), smoothedSamples(comparisonRecord_.metrics.steps, nullptr),
                               validationSamples(comparisonRecord_.metrics));
}

bool TrainingPanel::validatesBySteps() const
{
    if (!shownMetrics_.validations.empty())
        return true;
    const auto every = shownConfig_.is_object() ? shownConfig_.find("eval_every_steps") : shownConfig_.end();
    return every != shownConfig_.end() && every->is_number() && every->get<double>() > 0;
}

void TrainingPanel::updateMetricName()
{
    std::string metric = primaryMetric(shownMetrics_.epochs, shownMetrics_.validations);
    if (validationPoints(shownMetrics_).empty() && shownLive_ && form_->lossFamily() == QLatin1String("metric"))
        metric = "recall_at_1";
    curves_->setMetricName(metric == "map" ? tr("mAP") : QString::fromStdString(metricDisplayName(metric)), metric == "map");
}

void TrainingPanel::updateLongTail()
{
    int epoch = 0;
    QVector<ui::TagPerformance> run = tagPerformance(shownTags_, validationPoints(shownMetrics_), bandRule_, &epoch);
    int comparisonEpoch = 0;
    QVector<ui::TagPerformance> other = comparisonRun_.isEmpty()
        ? QVector<ui::TagPerformance>()
        : tagPerformance(comparisonRecord_.tags, validationPoints(comparisonRecord_.metrics), bandRule_, &comparisonEpoch);
    // The tags' places in the open dataset: a click names the tag, and the review's estimates are by dataset tag.
    if (data_)
        for (QVector<ui::TagPerformance>* tags : {&run, &other})
            for (ui::TagPerformance& t : *tags)
                if (const std::optional<std::uint32_t> index = data_->dataset.findTag(t.labelName.toStdString()))
                    t.tag = static_cast<int>(*index);
    if (run.isEmpty())
        longTail_->clear();
    else
        longTail_->setRun(runName(shownRun_), run);
    longTail_->setComparison(other.isEmpty() ? QString() : runName(comparisonRun_), other);
    if (shownRun_.isEmpty())
        longTailCaption_->setText(tr("Per-tag AP appears here after the first validation of a run."));
    else if (run.isEmpty())
        longTailCaption_->setText(tr("%1: no per-tag AP yet (it is measured on the validation split at the end of each epoch).").arg(runName(shownRun_)));
    else {
        const ResolvedBands bands = resolveBands(trainPositives(shownTags_), bandRule_);
        QString caption = tr("%1, epoch %2: %Ln tag(s) with a validation AP. Bands: %3 (%4); the lines are each band's "
                             "mean AP. Click a point to see the tag's images.",
                             nullptr, longTail_->pointCount())
                              .arg(runName(shownRun_))
                              .arg(epoch)
                              .arg(BandText::rule(bandRule_), BandText::cutOffs(qint64(bands.thresholds.headAbove), qint64(bands.thresholds.tailBelow)));
        const RunBands& reported = shownMetrics_.bands;
        if (!reported.rule.empty() && reported.rule != formatBandRule(bandRule_))
            caption += QLatin1Char(' ') + tr("The run's head, medium and tail mAPs use other bands: %1.").arg(BandText::rule(reported.rule));
        longTailCaption_->setText(caption);
    }
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
