#include "run_plot_data.h"

#include "training/loss_smoothing.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace tagscope::gui {

namespace {

ui::TagBand uiBand(TagBand band)
{
    return band == TagBand::Head ? ui::TagBand::Head : band == TagBand::Medium ? ui::TagBand::Medium : ui::TagBand::Tail;
}

} // namespace

QString runName(const QString& directory)
{
    return QFileInfo(QDir::cleanPath(directory)).fileName();
}

QVector<ui::LossSample> smoothedSamples(const std::vector<RunStepPoint>& steps, const ui::LossSample* before)
{
    QVector<ui::LossSample> samples;
    samples.reserve(static_cast<int>(steps.size()));
    // As the trainer smooths the loss it reports; steps count from 0, so the earlier sample's step is how many
    // steps its smoothed value has gathered.
    LossSmoothing smoothing = before ? LossSmoothing::after(before->smoothed, before->step) : LossSmoothing();
    double lastStep = before ? before->step : 0;
    for (const RunStepPoint& s : steps) {
        const double smoothed = smoothing.add(s.loss, double(s.step) - lastStep);
        lastStep = double(s.step);
        samples.push_back({double(s.step), s.loss, smoothed, s.learningRate});
    }
    return samples;
}

ui::EpochSample epochSample(const RunEpochPoint& e, const std::string& metric)
{
    return {double(e.epoch), metricValue(e, metric), e.mapHead, e.mapMedium, e.mapTail, e.priorBaselineMap, double(e.step)};
}

const std::vector<RunEpochPoint>& validationPoints(const RunMetricsUpdate& metrics)
{
    return metrics.validations.empty() ? metrics.epochs : metrics.validations;
}

QVector<ui::EpochSample> validationSamples(const RunMetricsUpdate& metrics)
{
    const std::string metric = primaryMetric(metrics.epochs, metrics.validations);
    QVector<ui::EpochSample> samples;
    for (const RunEpochPoint& e : validationPoints(metrics))
        samples.push_back(epochSample(e, metric));
    return samples;
}

std::vector<std::uint64_t> trainPositives(const std::vector<RunTag>& tags)
{
    std::vector<std::uint64_t> positives;
    positives.reserve(tags.size());
    for (const RunTag& tag : tags)
        positives.push_back(static_cast<std::uint64_t>(std::max(0.0, tag.trainPositives)));
    return positives;
}

QVector<ui::TagPerformance> tagPerformance(const std::vector<RunTag>& tags, const std::vector<RunEpochPoint>& epochs,
                                           const BandRule& bands, int* epoch)
{
    QVector<ui::TagPerformance> out;
    const ResolvedBands resolved = resolveBands(trainPositives(tags), bands);
    *epoch = 0;
    for (auto e = epochs.rbegin(); e != epochs.rend(); ++e)
        if (!e->tagAp.empty() && e->tagAp.size() == tags.size()) {
            *epoch = e->epoch;
            for (std::size_t t = 0; t < tags.size(); ++t)
                out.push_back({QString::fromStdString(tags[t].labelName), QString::fromStdString(tags[t].name), tags[t].trainPositives, e->tagAp[t], uiBand(resolved.bands[t])});
            break;
        }
    return out;
}

} // namespace tagscope::gui
