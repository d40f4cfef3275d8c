#pragma once
// The label files of an Open Images folder merged into the dataset's images and labels, by ImageID, exactly as
// one table of all their rows sorted by ImageID would be (human-verified files first, each in file order).
// Files sorted by ImageID, as Open Images ships them, stream through the merge a piece at a time: the 75M
// rows of a machine-label file are never held. Small files, and files that turn out unsorted or quoted, are
// read whole before the merge (the rows of a file that turns out so while streaming are read again).
#include "common/progress.h"
#include "dataset/dataset.h"
#include "dataset/import_report.h"
#include "dataset/label_name_table.h"

#include <string>
#include <unordered_set>
#include <vector>

namespace tagscope {
struct OpenImagesOptions;
}

namespace tagscope::open_images {

struct LabelFile {
    std::string path;
    Split split;
    bool machine;
};

// The tags the class descriptions name, before the label files add the LabelNames they lack.
struct KnownTags {
    std::vector<Tag> tags;
    LabelNameTable index;
    std::unordered_set<std::string> trainable; // the trainable-classes list; empty: every tag is trainable
};

struct LabelTotals {
    std::uint64_t conflictingSplits = 0; // labels naming an image already listed in another split
};

// Fills the tags, images and labels of `contents` from `files`; adds rows read and skipped, and the issues
// of every file (in file order), to `report`. Throws std::runtime_error naming a file that cannot be read.
// Returns early, with what was read, when `cancel` is set.
LabelTotals readLabelFiles(const std::vector<LabelFile>& files, const KnownTags& known, const OpenImagesOptions& options,
                           DatasetContents& contents, ImportReport& report, const ProgressCallback& progress,
                           const CancelToken* cancel);

} // namespace tagscope::open_images
