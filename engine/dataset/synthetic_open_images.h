#pragma once
// Synthetic Open Images label files at any scale, with Zipf-like tag frequencies: what benchmarks and scale
// tests read instead of the real 9M-image train split. Beside the human-verified file comes a machine-label file
// with its usual share of rows (8 for each human-verified row: ~75M beside 9.4M at full size), so a folder has
// the full shape of an Open Images download. With photos, also a photo-like JPEG per image (as an Open Images
// photo: 1024 x 768, ~150 KB), to measure the input pipeline on images shaped like the real ones.
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
    double machineRowsPerRow = 8.0;   // machine-label rows per human-verified row; 0: no machine file
    std::uint64_t seed = 1;
    // A validation split of this many images, with as many rows per image as the train split.
    std::uint64_t validationImages = 0;
    // Image files: train/<ImageID>.jpg and validation/<ImageID>.jpg.
    bool photos = false;
    int photoWidth = 1024;
    int photoHeight = 768;
    int photoQuality = 90;
    int threads = 0; // photo encoding threads (0: all cores)
    // A share of the human-verified labels written flipped (1 <-> 0), from a generator of their own (the rows are
    // otherwise the same); each flipped label is listed in ground-truth/labels.csv (ImageID,LabelName,Truth,Given),
    // a folder no importer reads.
    double flipShare = 0;
};

struct SyntheticSummary {
    std::string labelsFile;
    std::uint64_t rows = 0;        // human-verified rows of both splits
    std::uint64_t bytes = 0;       // of the train labels file
    std::string machineLabelsFile; // empty when machineRowsPerRow is 0
    std::uint64_t machineRows = 0;
    std::uint64_t machineBytes = 0;
    std::uint64_t photos = 0;
    std::uint64_t photoBytes = 0;
    std::uint64_t flippedRows = 0;
    std::string truthFile; // empty when flipShare is 0
};

// Writes oidv6-class-descriptions.csv, oidv6-train-annotations-human-imagelabels.csv and
// oidv6-train-annotations-machine-imagelabels.csv (both sorted by ImageID, over the same images; machine
// Confidence in (0, 1], most at or above 0.5), with validation images validation-annotations-human-imagelabels.csv,
// and the photos. The human-verified file does not depend on machineRowsPerRow: a seed makes the same
// human-verified rows with or without the machine file. Throws std::runtime_error naming the file when writing
// fails (e.g. a full disk), or when photos are asked of a build without OpenCV.
SyntheticSummary writeSyntheticOpenImages(const SyntheticOptions& options, const ProgressCallback& progress = {},
                                          const CancelToken* cancel = nullptr);

} // namespace tagscope
