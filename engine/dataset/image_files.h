#pragma once
// Image paths named by annotation files: kept inside the dataset root, and checked for existence.
#include "common/progress.h"
#include "dataset/dataset.h"
#include "dataset/import_report.h"
#include "dataset/string_pool.h"

#include <string>
#include <string_view>

namespace tagscope {

// What image paths in annotation files may name. By default only files inside the dataset's root: an
// annotation file from the internet must not make Tagscope read (and show, or train on) files elsewhere.
// A user who keeps a dataset's images in a shared folder next to it allows that explicitly
// (tagscope-cli info --allow-outside-root); the paths are then kept relative to the root ("../images/a.jpg").
struct ImagePathPolicy {
    bool allowOutsideRoot = false;
};

// Turns image paths read from annotation files (untrusted) into paths relative to the dataset root.
class ImagePathResolver {
public:
    // `root` and `base` (the folder relative paths start from) are absolute; `base` lies under `root`.
    ImagePathResolver(const std::string& root, const std::string& base, ImagePathPolicy policy = {});

    // Writes `path` resolved against `base`, relative to `root` and lexically normalised ("a/./b/../c.jpg" ->
    // "a/c.jpg") to `out` (a buffer the caller reuses: no allocation per image). False when the path is empty,
    // names a folder or, unless the policy allows it, leaves `root` (".." past it, or an absolute path elsewhere).
    bool resolve(std::string_view path, std::string& out) const;

private:
    std::string root_;
    std::string base_;
    std::string prefix_; // `base` relative to `root`, with a trailing slash; empty when they are the same
    ImagePathPolicy policy_;
};

// Stats every image (relative to `root`) and reports the ones that are not regular files through
// ImportReport::addMissingImage, in image order. Several threads: on a cold or network disk each stat waits.
// Stops early when `cancel` is set.
void checkImageFiles(const std::string& root, const StringPool& relativePaths, ImportReport& report,
                     const ProgressCallback& progress = {}, const CancelToken* cancel = nullptr);

// The same for images named by ImageID, kept as <ImageID>.jpg in a folder per split (Open Images). Each
// split's folder is listed once (a stat per image would take minutes on 9M images); missing images are
// reported in image order as "<folder relative to the root>/<ImageID>.jpg", and every image of a split without
// a folder as "<split name>/<ImageID>.jpg". Needs the images in ascending ImageID order.
void checkImageIdFiles(const DatasetContents& contents, ImportReport& report, const ProgressCallback& progress = {},
                       const CancelToken* cancel = nullptr);

} // namespace tagscope
