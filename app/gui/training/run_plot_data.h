#pragma once
// A run's records (the engine's run history) turned into the samples the training plots draw.
#include "dataset/band_rule.h"
#include "training/run_history.h"

#include "plots/long_tail_plot.h"
#include "plots/training_curves.h"

#include <QString>
#include <QVector>

#include <vector>

namespace tagscope::gui {

QString runName(const QString& directory); // the run folder's own name

// The smoothed loss per logged step (the debiased average of training/loss_smoothing.h), continuing from the
// sample before them (nullptr: the first ones). Logged steps are log_every steps apart: the weight follows the gap.
QVector<ui::LossSample> smoothedSamples(const std::vector<RunStepPoint>& steps, const ui::LossSample* before);

ui::EpochSample epochSample(const RunEpochPoint& epoch, const std::string& metric);

// What a run's validation curve and long tail are drawn from: its validations by step when it validates every N
// steps, else its epochs.
const std::vector<RunEpochPoint>& validationPoints(const RunMetricsUpdate& metrics);
// The samples of those points, judged by the run's primary metric.
QVector<ui::EpochSample> validationSamples(const RunMetricsUpdate& metrics);

std::vector<std::uint64_t> trainPositives(const std::vector<RunTag>& tags);

// The per-tag AP of the last epoch that measured it, with the tags' training frequencies and their bands by
// `bands` (resolved on the run's tags); *epoch is that epoch (0 when none did).
QVector<ui::TagPerformance> tagPerformance(const std::vector<RunTag>& tags, const std::vector<RunEpochPoint>& epochs,
                                           const BandRule& bands, int* epoch);

} // namespace tagscope::gui
