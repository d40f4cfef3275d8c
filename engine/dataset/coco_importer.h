#pragma once
// Reads COCO object-detection annotations (instances_*.json, see engine/dataset/FORMATS.md): an image's tags
// are the categories of its annotations; images without annotations have no tags. COCO annotates every one of
// its categories on every image, so the labels are exhaustive: a tag absent from an image is absent.
#include "common/progress.h"
#include "dataset/image_files.h"          // ImagePathPolicy
#include "dataset/open_images_importer.h" // ImportResult

#include <string>
#include <vector>

namespace tagscope {

struct CocoAnnotationFile {
    std::string path;        // an instances_*.json file
    std::string imageFolder; // absolute: the folder its file_name entries are relative to
    Split split = Split::Unassigned;
    // "val2014_100" for instances_val2014_100.json when no folder has that name and `imageFolder` is the folder of
    // the split within it (val2014); empty otherwise. The import reports it.
    std::string folderOfWholeNameMissing;
};

struct CocoFiles {
    std::string root; // absolute: the folder the dataset's image paths are relative to
    std::vector<CocoAnnotationFile> files;
};

// What `path` holds: a JSON file, or a folder with annotations/instances_*.json (or instances_*.json itself).
// A file in a folder named "annotations" has the folder above as its root. Each file's split comes from its
// name (instances_train2017.json: train; val, test likewise) and its images from the first existing folder of
// <root>/<name after "instances_">, <root>/images/<that name>, for a subset named like instances_val2014_100.json
// <root>/val2014 and <root>/images/val2014 (the part of the name that names the split), and <root>/images; when
// none exists, from <root>/<name after "instances_"> in COCO's own layout (annotations/), else from <root>.
// Reads directory listings only; `files` is empty when there is nothing COCO-like.
CocoFiles findCocoFiles(const std::string& path);

// Imports every file of findCocoFiles(path) into one dataset. Category ids become tags sorted by id (LabelName:
// the id as text, DisplayName: the name). Bad entries (a missing id, an annotation naming an unknown image or
// category, an image path leaving the root) are reported with their JSON location and line, then skipped.
// Throws std::runtime_error naming the file when it is not valid JSON (a truncated download, say); with several
// files, a broken one is reported instead and the others are kept. Returns early when `cancel` is set, with the
// files read completely by then.
ImportResult importCoco(const std::string& path, const ProgressCallback& progress = {},
                        const CancelToken* cancel = nullptr, ImagePathPolicy policy = {});

} // namespace tagscope
