#include "dataset/statistics.h"

#include <algorithm>
#include <numeric>
#include <thread>

namespace tagscope {

namespace {

// With exhaustive labels (COCO, class folders) a tag absent from an image is known to be absent: a negative
// (Dataset::unannotatedState).
void finish(SplitStatistics& s, bool exhaustiveLabels)
{
    std::uint64_t most = 0, least = 0;
    for (std::size_t t = 0; t < s.tags.size(); ++t) {
        TagCounts& counts = s.tags[t];
        if (exhaustiveLabels)
            counts.negative = s.images - counts.positive;
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

DatasetStatistics computeStatistics(const Dataset& dataset, const BandRule& bandRule)
{
    DatasetStatistics stats;
    stats.bandRule = bandRule;
    const std::size_t tagCount = dataset.tagCount();
    for (auto& split : stats.splits)
        split.tags.assign(tagCount, {});
    // Count in image ranges on all cores, then add the per-thread counts up.
    const auto& c = dataset.contents();
    const std::size_t images = dataset.imageCount();
    const std::size_t threads = std::max<std::size_t>(1, std::min<std::size_t>(std::thread::hardware_concurrency(), images / 100000 + 1));
    std::vector<std::array<SplitStatistics, kSplitCount>> partial(threads);
    auto countRange = [&](std::size_t part) {
        auto& splits = part == 0 ? stats.splits : partial[part];
        if (part > 0)
            for (auto& split : splits)
                split.tags.assign(tagCount, {});
        for (std::size_t image = images * part / threads; image < images * (part + 1) / threads; ++image) {
            SplitStatistics& split = splits[c.imageSplits[image]];
            ++split.images;
            std::size_t imagePositives = 0;
            for (std::uint64_t i = c.labelOffsets[image]; i < c.labelOffsets[image + 1]; ++i) {
                TagCounts& counts = split.tags[c.labelTags[i]];
                const std::uint8_t flags = c.labelFlags[i];
                const bool positive = label_flags::state(flags) == LabelState::Positive;
                counts.positive += positive;
                counts.negative += label_flags::state(flags) == LabelState::Negative;
                counts.machine += (flags & label_flags::kHasMachineConfidence) != 0;
                imagePositives += positive;
            }
            if (split.positivesPerImage.size() <= imagePositives)
                split.positivesPerImage.resize(imagePositives + 1, 0);
            ++split.positivesPerImage[imagePositives];
        }
    };
    std::vector<std::thread> workers;
    for (std::size_t part = 1; part < threads; ++part)
        workers.emplace_back(countRange, part);
    countRange(0);
    for (auto& worker : workers)
        worker.join();
    // Histograms of positives per image, added up: part's into total's.
    auto addHistogram = [](std::vector<std::uint64_t>& total, const std::vector<std::uint64_t>& part) {
        if (total.size() < part.size())
            total.resize(part.size(), 0);
        for (std::size_t k = 0; k < part.size(); ++k)
            total[k] += part[k];
    };
    for (std::size_t part = 1; part < threads; ++part)
        for (int s = 0; s < kSplitCount; ++s) {
            stats.splits[s].images += partial[part][s].images;
            addHistogram(stats.splits[s].positivesPerImage, partial[part][s].positivesPerImage);
            for (std::size_t t = 0; t < tagCount; ++t) {
                stats.splits[s].tags[t].positive += partial[part][s].tags[t].positive;
                stats.splits[s].tags[t].negative += partial[part][s].tags[t].negative;
                stats.splits[s].tags[t].machine += partial[part][s].tags[t].machine;
            }
        }
    stats.all.tags.assign(tagCount, {});
    for (auto& split : stats.splits) {
        stats.all.images += split.images;
        addHistogram(stats.all.positivesPerImage, split.positivesPerImage);
        for (std::size_t t = 0; t < tagCount; ++t) {
            stats.all.tags[t].positive += split.tags[t].positive;
            stats.all.tags[t].negative += split.tags[t].negative;
            stats.all.tags[t].machine += split.tags[t].machine;
        }
        finish(split, dataset.unannotatedState() == LabelState::Negative);
    }
    finish(stats.all, dataset.unannotatedState() == LabelState::Negative);

    const SplitStatistics& reference = stats.splits[static_cast<int>(Split::Train)].images ? stats.splits[static_cast<int>(Split::Train)] : stats.all;
    std::vector<std::uint64_t> positives(tagCount);
    for (std::size_t t = 0; t < tagCount; ++t)
        positives[t] = reference.tags[t].positive;
    ResolvedBands resolved = resolveBands(positives, bandRule);
    stats.thresholds = resolved.thresholds;
    stats.bands = std::move(resolved.bands);
    stats.bandTagCounts = resolved.counts;
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
