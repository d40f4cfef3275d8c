#pragma once
// Synthetic Open Images label files (no image files) at any scale, with Zipf-like tag frequencies:
// what benchmarks and scale tests read instead of the real 9M-image train split.
#include "common/progress.h"

#include <cstdint>
#include <string>

namespace tagscope {

struct SyntheticOptions {
    std::string outputFolder;
    std::uint64_t images = 9'000'000;
    std::uint64_t rows = 9'376'588;   // the real V2 human-verified train file
    std::uint32_t tags = 20'000;
    double zipfExponent = 1.0;        // tag of rank r drawn with probability ~ 1 / r^s
    double positiveShare = 0.46;      // V2: 4.30M of 9.38M rows are positive
    std::uint64_t seed = 1;
};

struct SyntheticSummary {
    std::string labelsFile;
    std::uint64_t rows = 0;
    std::uint64_t bytes = 0;
};

// Writes oidv6-class-descriptions.csv and oidv6-train-annotations-human-imagelabels.csv (sorted by ImageID).
// Throws std::runtime_error naming the file when writing fails (e.g. a full disk).
SyntheticSummary writeSyntheticOpenImages(const SyntheticOptions& options, const ProgressCallback& progress = {},
                                          const CancelToken* cancel = nullptr);

} // namespace tagscope
