#include "run_plot_data.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tagscope::gui {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kSmoothing = 0.98; // per step, as the trainer smooths the loss it reports

ui::TagBand bandOf(const std::string& name)
{
    return name == "head" ? ui::TagBand::Head : name == "medium" ? ui::TagBand::Medium : ui::TagBand::Tail;
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
    double smoothed = before ? before->smoothed : kNaN;
    double lastStep = before ? before->step : 0;
    for (const RunStepPoint& s : steps) {
        const double keep = std::pow(kSmoothing, std::max(1.0, double(s.step) - lastStep));
        smoothed = std::isfinite(smoothed) ? keep * smoothed + (1 - keep) * s.loss : s.loss;
        lastStep = double(s.step);
        samples.push_back({double(s.step), s.loss, smoothed, s.learningRate});
    }
    return samples;
}

ui::EpochSample epochSample(const RunEpochPoint& e, const std::string& metric)
{
    return {double(e.epoch), metricValue(e, metric), e.mapHead, e.mapMedium, e.mapTail, e.priorBaselineMap};
}

QVector<ui::TagPerformance> tagPerformance(const std::vector<RunTag>& tags, const std::vector<RunEpochPoint>& epochs, int* epoch)
{
    QVector<ui::TagPerformance> out;
    *epoch = 0;
    for (auto e = epochs.rbegin(); e != epochs.rend(); ++e)
        if (!e->tagAp.empty() && e->tagAp.size() == tags.size()) {
            *epoch = e->epoch;
            for (std::size_t t = 0; t < tags.size(); ++t)
                out.push_back({QString::fromStdString(tags[t].labelName), QString::fromStdString(tags[t].name), tags[t].trainPositives, 100 * e->tagAp[t], bandOf(tags[t].band)});
            break;
        }
    return out;
}

} // namespace tagscope::gui
