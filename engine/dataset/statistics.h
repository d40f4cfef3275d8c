#pragma once
// Per-split tag statistics: how skewed the tags are and how much of the label matrix is unknown.
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

enum class TagBand : std::uint8_t { Head = 0, Medium = 1, Tail = 2 };
const char* bandName(TagBand band);

// Bands by training positives, as in the long-tailed multilabel benchmarks of Wu et al. 2020
// (Distribution-Balanced loss, VOC-MLT / COCO-MLT): head > 100 images, medium 20..100, tail < 20.
struct BandThresholds {
    std::uint64_t headAbove = 100;
    std::uint64_t tailBelow = 20;
};
TagBand bandFor(std::uint64_t positives, const BandThresholds& thresholds);

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
};

struct DatasetStatistics {
    SplitStatistics all;
    std::array<SplitStatistics, kSplitCount> splits;
    BandThresholds thresholds;
    std::vector<TagBand> bands; // per tag, from the train split (all images when there is no train split)
    std::array<std::uint64_t, 3> bandTagCounts{};
};

DatasetStatistics computeStatistics(const Dataset& dataset, const BandThresholds& thresholds = {});

// Tag indices ordered by positives (descending), ties by display name: the histogram's order.
std::vector<std::uint32_t> tagsByFrequency(const SplitStatistics& statistics, const Dataset& dataset);

} // namespace tagscope
