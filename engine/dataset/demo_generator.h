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
};

struct DemoSummary {
    std::size_t images = 0;
    std::size_t tags = 0;
    std::uint64_t positiveLabels = 0;
    std::uint64_t negativeLabels = 0;
};

// Throws std::runtime_error naming the file when Fashion-MNIST cannot be read or the output cannot be written.
DemoSummary generateDemoDataset(const DemoOptions& options, const ProgressCallback& progress = {},
                                const CancelToken* cancel = nullptr);

} // namespace tagscope
