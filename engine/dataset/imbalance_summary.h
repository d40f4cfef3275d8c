#pragma once
// One-number answers to "how skewed are the tags?", and the co-occurrence of the most frequent tags.
#include "dataset/statistics.h"

#include <cstdint>
#include <vector>

namespace tagscope {

struct ImbalanceSummary {
    double imbalanceRatio = 0;       // most / least frequent positive tag
    double gini = 0;                 // of positives over tags: 0 even, towards 1 all on one tag
    double effectiveTags = 0;        // exp(Shannon entropy) of the positives' distribution over tags
    double topOnePercentShare = 0;   // share of all positives carried by the most frequent 1% of tags
    double positiveShare = 0;        // of the image x tag matrix
    double negativeShare = 0;
    double unknownShare = 0;
    std::vector<std::uint64_t> positivesPerImage; // [k] = images with exactly k positive tags
};

// From the statistics of all images or of one split (computeStatistics counted the positives per image).
ImbalanceSummary summarizeImbalance(const SplitStatistics& statistics);

// Images positive for both tags, for the `tags` given (usually the top N by frequency); counts[a][a] is the
// tag's own positives, so P(b | a) = counts[a][b] / counts[a][a].
struct Cooccurrence {
    std::vector<std::uint32_t> tags;
    std::vector<std::vector<std::uint64_t>> counts;
    double conditional(std::size_t a, std::size_t b) const
    {
        return counts[a][a] ? static_cast<double>(counts[a][b]) / static_cast<double>(counts[a][a]) : 0.0;
    }
};

Cooccurrence computeCooccurrence(const Dataset& dataset, const std::vector<std::uint32_t>& tags);

} // namespace tagscope
