#include "dataset/statistics.h"

#include <algorithm>
#include <numeric>

namespace tagscope {

const char* bandName(TagBand band)
{
    switch (band) {
    case TagBand::Head: return "head";
    case TagBand::Medium: return "medium";
    case TagBand::Tail: return "tail";
    }
    return "tail";
}

TagBand bandFor(std::uint64_t positives, const BandThresholds& thresholds)
{
    if (positives > thresholds.headAbove)
        return TagBand::Head;
    if (positives < thresholds.tailBelow)
        return TagBand::Tail;
    return TagBand::Medium;
}

namespace {

void finish(SplitStatistics& s)
{
    std::uint64_t most = 0, least = 0;
    for (std::size_t t = 0; t < s.tags.size(); ++t) {
        TagCounts& counts = s.tags[t];
        counts.unknown = s.images - counts.positive - counts.negative;
        s.positive += counts.positive;
        s.negative += counts.negative;
        if (counts.positive == 0)
            continue;
        ++s.tagsWithPositives;
        if (s.mostFrequentTag < 0 || counts.positive > most) {
            most = counts.positive;
            s.mostFrequentTag = static_cast<std::int64_t>(t);
        }
        if (s.leastFrequentTag < 0 || counts.positive < least) {
            least = counts.positive;
            s.leastFrequentTag = static_cast<std::int64_t>(t);
        }
    }
    s.unknown = s.images * s.tags.size() - s.positive - s.negative;
    s.imbalanceRatio = least ? static_cast<double>(most) / static_cast<double>(least) : 0.0;
}

} // namespace

DatasetStatistics computeStatistics(const Dataset& dataset, const BandThresholds& thresholds)
{
    DatasetStatistics stats;
    stats.thresholds = thresholds;
    const std::size_t tagCount = dataset.tagCount();
    for (auto& split : stats.splits)
        split.tags.assign(tagCount, {});
    const auto& c = dataset.contents();
    for (std::size_t image = 0; image < dataset.imageCount(); ++image) {
        SplitStatistics& split = stats.splits[c.imageSplits[image]];
        ++split.images;
        for (std::uint64_t i = c.labelOffsets[image]; i < c.labelOffsets[image + 1]; ++i) {
            TagCounts& counts = split.tags[c.labelTags[i]];
            const std::uint8_t flags = c.labelFlags[i];
            switch (label_flags::state(flags)) {
            case LabelState::Positive: ++counts.positive; break;
            case LabelState::Negative: ++counts.negative; break;
            case LabelState::Unknown: break;
            }
            if (flags & label_flags::kHasMachineConfidence)
                ++counts.machine;
        }
    }
    stats.all.tags.assign(tagCount, {});
    for (auto& split : stats.splits) {
        stats.all.images += split.images;
        for (std::size_t t = 0; t < tagCount; ++t) {
            stats.all.tags[t].positive += split.tags[t].positive;
            stats.all.tags[t].negative += split.tags[t].negative;
            stats.all.tags[t].machine += split.tags[t].machine;
        }
        finish(split);
    }
    finish(stats.all);

    const SplitStatistics& reference = stats.splits[static_cast<int>(Split::Train)].images ? stats.splits[static_cast<int>(Split::Train)] : stats.all;
    stats.bands.resize(tagCount);
    for (std::size_t t = 0; t < tagCount; ++t) {
        stats.bands[t] = bandFor(reference.tags[t].positive, thresholds);
        ++stats.bandTagCounts[static_cast<int>(stats.bands[t])];
    }
    return stats;
}

std::vector<std::uint32_t> tagsByFrequency(const SplitStatistics& statistics, const Dataset& dataset)
{
    std::vector<std::uint32_t> order(statistics.tags.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        if (statistics.tags[a].positive != statistics.tags[b].positive)
            return statistics.tags[a].positive > statistics.tags[b].positive;
        return dataset.tag(a).displayName < dataset.tag(b).displayName;
    });
    return order;
}

} // namespace tagscope
