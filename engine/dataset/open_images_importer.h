#pragma once
// Reads an Open Images V5/V6/V7 folder (see engine/dataset/FORMATS.md): class descriptions, human-verified
// image-level labels per split, machine labels above a confidence threshold, the trainable-classes list and
// the image folders. Every tag not listed for an image stays unknown.
#include "common/progress.h"
#include "dataset/dataset.h"
#include "dataset/import_report.h"

#include <string>
#include <vector>

namespace tagscope {

struct OpenImagesOptions {
    float machineConfidenceThreshold = 0.5f; // machine labels at or above it count as positive
    bool readMachineLabels = true;
    int threads = 0; // 0: all cores
    // Label files are parsed in pieces of this many bytes, one per thread at a time; files of more than 16
    // pieces stream through the merge by ImageID instead of being held. (Tests make pieces small.)
    std::size_t pieceBytes = std::size_t(1) << 20;
};

struct OpenImagesFiles {
    std::vector<std::string> classDescriptions;
    std::vector<std::pair<std::string, Split>> humanLabels;
    std::vector<std::pair<std::string, Split>> machineLabels;
    std::string trainableClasses;
    std::array<std::string, kSplitCount> imageFolders;
    bool found() const { return !humanLabels.empty() || !machineLabels.empty(); }
};

// Recognises the Open Images file names in `folder` (no reading beyond the directory listing).
OpenImagesFiles findOpenImagesFiles(const std::string& folder);

struct ImportResult {
    Dataset dataset;
    ImportReport report;
};

// Throws std::runtime_error naming the folder or file when it cannot be read at all; bad rows are reported
// in the result and skipped, and image files missing from the split folders counted and listed. Returns
// early (with what was read) when `cancel` is set.
ImportResult importOpenImages(const std::string& folder, const OpenImagesOptions& options = {},
                              const ProgressCallback& progress = {}, const CancelToken* cancel = nullptr);

} // namespace tagscope
