#pragma once
// Exact duplicates: image files with the same bytes, whatever their names, found by content hash and size.
#include "common/progress.h"
#include "dataset/dataset.h"

#include <optional>
#include <vector>

namespace tagscope {

struct ExactDuplicates {
    std::vector<std::vector<std::uint32_t>> groups; // dataset images, ascending; groups ordered by first image
    std::uint64_t unreadable = 0;                   // images whose file is missing or cannot be read (left out)
    std::vector<std::string> unreadableExamples;    // the first few, "path: reason"
};

// Hashes the file of every dataset image (all cores). nullopt when cancelled.
std::optional<ExactDuplicates> findExactDuplicates(const Dataset& dataset, int threads = 0, const ProgressCallback& progress = {},
                                                   const CancelToken* cancel = nullptr);

} // namespace tagscope
