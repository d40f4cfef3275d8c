#pragma once
// Per-split tag statistics: how skewed the tags are and how much of the label matrix is unknown.
#include "dataset/band_rule.h"
#include "dataset/dataset.h"

#include <array>
#include <cstdint>
#include <vector>

namespace tagscope {

struct TagCounts {
    std::uint64_t positive = 0;
    std::uint64_t negative = 0; // verified absent
    std::uint64_t unknown = 0;  // images of the split with no label for the tag
    std::uint64_t machine = 0;  // labels carrying a machine confidence
};

struct SplitStatistics {
    std::uint64_t images = 0;
    std::uint64_t positive = 0;
    std::uint64_t negative = 0;
    std::uint64_t unknown = 0; // images x tags - positive - negative
    std::vector<TagCounts> tags;
    std::uint64_t tagsWithPositives = 0;
    double imbalanceRatio = 0; // most / least frequent positive tag, among tags with positives
    std::int64_t mostFrequentTag = -1;
    std::int64_t leastFrequentTag = -1;
    std::vector<std::uint64_t> positivesPerImage; // [k] = images with exactly k positive tags
};

struct DatasetStatistics {
    SplitStatistics all;
    std::array<SplitStatistics, kSplitCount> splits;
    BandRule bandRule;
    BandThresholds thresholds; // the rule's effective cut-offs on this dataset
    std::vector<TagBand> bands; // per tag, from the train split (all images when there is no train split)
    std::array<std::uint64_t, 3> bandTagCounts{};
};

DatasetStatistics computeStatistics(const Dataset& dataset, const BandRule& bandRule = {});

// Tag indices ordered by positives (descending), ties by display name: the histogram's order.
std::vector<std::uint32_t> tagsByFrequency(const SplitStatistics& statistics, const Dataset& dataset);

} // namespace tagscope
