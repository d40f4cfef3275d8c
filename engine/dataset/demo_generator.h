#pragma once
// "Fashion Mosaic": a real, long-tailed, partially annotated multilabel dataset built from Debian's
// Fashion-MNIST, written in Open Images V6 layout so that opening it goes through the real importer.
#include "common/progress.h"
#include "dataset/demo_folder.h"

#include <cstdint>
#include <string>

namespace tagscope {

struct DemoOptions {
    std::string outputFolder;
    std::size_t images = 20000;
    std::uint64_t seed = 1;
    bool singleItem = false; // one item and one tag per image (for metric learning)
    int imageSize = 112;
    std::string fashionMnistFolder = "/usr/share/datasets/fashion-mnist";
    int threads = 0; // 0: all cores
    // Ground truth to measure label-quality tools against (the truth goes to ground-truth/, which no importer
    // or detector reads): a share of the verified labels written flipped (positive <-> verified negative), and
    // training images copied into validation and test (re-encoded, slightly resized or cropped).
    double flipShare = 0;
    std::size_t copies = 0;
};

struct DemoSummary {
    std::size_t images = 0;
    std::size_t tags = 0;
    std::uint64_t positiveLabels = 0;
    std::uint64_t negativeLabels = 0;
    std::uint64_t hiddenPositives = 0; // present tags left unknown
    std::uint64_t flippedLabels = 0;
    std::size_t copies = 0;            // images beyond `images`
};

// ground-truth/labels.csv lists every label whose annotation differs from the truth (ImageID,LabelName,Truth,Given:
// Truth 1 or 0, Given 1, 0 or empty for unknown): the hidden positives and the flipped labels; every other tag is
// as annotated, or absent when unknown. ground-truth/copies.csv lists the copies (ImageID,Split,CopyOf,
// CopyOfSplit,Change), which carry their original's labels.
// Throws std::runtime_error naming the file when Fashion-MNIST cannot be read or the output cannot be written.
DemoSummary generateDemoDataset(const DemoOptions& options, const ProgressCallback& progress = {},
                                const CancelToken* cancel = nullptr);

} // namespace tagscope
