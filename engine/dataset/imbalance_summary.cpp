#include "dataset/imbalance_summary.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

namespace tagscope {

ImbalanceSummary summarizeImbalance(const SplitStatistics& statistics)
{
    ImbalanceSummary summary;
    summary.imbalanceRatio = statistics.imbalanceRatio;
    std::vector<double> positives;
    positives.reserve(statistics.tags.size());
    for (const TagCounts& counts : statistics.tags)
        positives.push_back(static_cast<double>(counts.positive));
    const double total = std::accumulate(positives.begin(), positives.end(), 0.0);
    const std::size_t n = positives.size();
    if (n > 0 && total > 0) {
        // Gini from the ascending order: G = 2 sum(i x_i) / (n sum x) - (n + 1) / n, i from 1.
        std::sort(positives.begin(), positives.end());
        double weighted = 0;
        for (std::size_t i = 0; i < n; ++i)
            weighted += static_cast<double>(i + 1) * positives[i];
        summary.gini = 2.0 * weighted / (static_cast<double>(n) * total) - (static_cast<double>(n) + 1.0) / static_cast<double>(n);
        double entropy = 0;
        for (double x : positives)
            if (x > 0)
                entropy -= x / total * std::log(x / total);
        summary.effectiveTags = std::exp(entropy);
        const std::size_t top = std::max<std::size_t>(1, (n + 99) / 100);
        summary.topOnePercentShare = std::accumulate(positives.end() - static_cast<std::ptrdiff_t>(top), positives.end(), 0.0) / total;
    }
    const double cells = static_cast<double>(statistics.images) * static_cast<double>(n);
    if (cells > 0) {
        summary.positiveShare = static_cast<double>(statistics.positive) / cells;
        summary.negativeShare = static_cast<double>(statistics.negative) / cells;
        summary.unknownShare = static_cast<double>(statistics.unknown) / cells;
    }
    summary.positivesPerImage = statistics.positivesPerImage;
    return summary;
}

Cooccurrence computeCooccurrence(const Dataset& dataset, const std::vector<std::uint32_t>& tags)
{
    Cooccurrence result;
    result.tags = tags;
    const std::size_t n = tags.size();
    result.counts.assign(n, std::vector<std::uint64_t>(n, 0));
    std::vector<int> slot(dataset.tagCount(), -1);
    for (std::size_t i = 0; i < n; ++i)
        slot[tags[i]] = static_cast<int>(i);
    std::vector<int> present;
    for (std::size_t image = 0; image < dataset.imageCount(); ++image) {
        const LabelView view = dataset.labels(image);
        present.clear();
        for (std::size_t i = 0; i < view.count; ++i)
            if (slot[view.tags[i]] >= 0 && label_flags::state(view.flags[i]) == LabelState::Positive)
                present.push_back(slot[view.tags[i]]);
        for (int a : present)
            for (int b : present)
                ++result.counts[a][b];
    }
    return result;
}

} // namespace tagscope
