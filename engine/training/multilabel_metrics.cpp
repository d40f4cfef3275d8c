#include "training/multilabel_metrics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tagscope {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Ranked {
    float score;
    bool positive;
};

// Annotated entries of one tag, highest score first.
std::vector<Ranked> rankedEntries(const float* scores, const std::int8_t* targets, std::size_t count, std::size_t stride)
{
    std::vector<Ranked> ranked;
    ranked.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const std::int8_t t = targets[i * stride];
        if (t == 1 || t == 0)
            ranked.push_back({scores[i * stride], t == 1});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) { return a.score > b.score; });
    return ranked;
}

void bestF1(const std::vector<Ranked>& ranked, std::size_t positives, double& f1, double& threshold)
{
    // Predict positive for the top k entries; ties share a threshold, so only score changes are cut points.
    f1 = 0;
    threshold = ranked.empty() ? 0.5 : ranked.front().score;
    std::size_t truePositives = 0;
    for (std::size_t k = 0; k < ranked.size(); ++k) {
        truePositives += ranked[k].positive;
        if (k + 1 < ranked.size() && ranked[k + 1].score == ranked[k].score)
            continue;
        const double value = 2.0 * truePositives / static_cast<double>(k + 1 + positives);
        if (value > f1) {
            f1 = value;
            threshold = ranked[k].score;
        }
    }
}

} // namespace

double averagePrecision(const float* scores, const std::int8_t* targets, std::size_t count, std::size_t stride)
{
    const std::vector<Ranked> ranked = rankedEntries(scores, targets, count, stride);
    std::size_t positives = 0;
    for (const Ranked& r : ranked)
        positives += r.positive;
    if (positives == 0 || positives == ranked.size())
        return kNaN;
    double precisionSum = 0;
    std::size_t seen = 0;
    for (std::size_t i = 0; i < ranked.size(); ++i)
        if (ranked[i].positive)
            precisionSum += static_cast<double>(++seen) / static_cast<double>(i + 1);
    return precisionSum / (static_cast<double>(positives) + 1e-8);
}

MultilabelMetrics evaluateMultilabel(const std::vector<float>& scores, const std::vector<std::int8_t>& targets, std::size_t tags,
                                     const std::vector<TagBand>& bands)
{
    MultilabelMetrics m;
    const std::size_t images = tags ? scores.size() / tags : 0;
    m.tagAp.assign(tags, kNaN);
    m.bestF1.assign(tags, kNaN);
    m.bestThreshold.assign(tags, kNaN);
    std::array<double, 3> bandSum{};
    double sum = 0, baselineSum = 0;
    for (std::size_t t = 0; t < tags; ++t) {
        const std::vector<Ranked> ranked = rankedEntries(scores.data() + t, targets.data() + t, images, tags);
        const std::size_t positives = static_cast<std::size_t>(std::count_if(ranked.begin(), ranked.end(), [](const Ranked& r) { return r.positive; }));
        if (positives == 0 || positives == ranked.size()) {
            ++m.tagsLeftOut;
            continue;
        }
        const double ap = averagePrecision(scores.data() + t, targets.data() + t, images, tags);
        m.tagAp[t] = ap;
        sum += ap;
        // A constant score per tag ranks its images at random: the expected AP is about the positive share.
        baselineSum += static_cast<double>(positives) / static_cast<double>(ranked.size());
        ++m.tagsEvaluated;
        if (t < bands.size()) {
            const int band = static_cast<int>(bands[t]);
            bandSum[band] += ap;
            ++m.bandTags[band];
        }
        bestF1(ranked, positives, m.bestF1[t], m.bestThreshold[t]);
    }
    if (m.tagsEvaluated) {
        m.map = 100.0 * sum / static_cast<double>(m.tagsEvaluated);
        m.priorBaselineMap = 100.0 * baselineSum / static_cast<double>(m.tagsEvaluated);
    }
    for (int b = 0; b < 3; ++b)
        m.bandMap[b] = m.bandTags[b] ? 100.0 * bandSum[b] / static_cast<double>(m.bandTags[b]) : kNaN;
    return m;
}

} // namespace tagscope
