#pragma once
// Per-tag thresholds of Confident Learning (Northcutt et al. 2021, JAIR 70), one binary problem per tag:
// t+ = mean probability over the tag's positives, t- = mean of (1 - p) over its verified negatives. A tag with
// fewer than kMinThresholdLabels of either takes, for that threshold, the mean of the tags of its band that have
// enough, and is marked "few labels". Unknown labels never enter a threshold. See quality/README.md.
#include "dataset/band_rule.h"
#include "dataset/dataset.h"
#include "quality/fixed_sum.h"

#include <cstdint>
#include <vector>

namespace tagscope {

constexpr std::uint64_t kMinThresholdLabels = 5;

// What a pass over the scores sums for one tag.
struct TagLabelSums {
    std::uint64_t positives = 0, negatives = 0, unknowns = 0;
    FixedSum positiveP;          // sum of p over positives
    FixedSum negativeComplement; // sum of 1 - p over verified negatives
    void add(LabelState state, float p);
    void add(const TagLabelSums& other);
};

struct TagThreshold {
    double positive = 0; // t+
    double negative = 0; // t-
    bool fewPositives = false, fewNegatives = false; // the threshold is the band's
    bool fewLabels() const { return fewPositives || fewNegatives; }
};

// Thresholds from the sums, with the band fallback (bands[i] is tag i's band). A band in which no tag has enough
// labels falls back to the mean over all tags that have; with none at all, 0.5.
std::vector<TagThreshold> tagThresholds(const std::vector<TagLabelSums>& sums, const std::vector<TagBand>& bands);

} // namespace tagscope
