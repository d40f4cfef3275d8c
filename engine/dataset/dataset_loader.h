#pragma once
// One entry point for every dataset format: detect what a path holds and import it.
#include "common/progress.h"
#include "dataset/image_files.h"
#include "dataset/open_images_importer.h"

#include <string>

namespace tagscope {

struct LoadOptions {
    OpenImagesOptions openImages;
    ImagePathPolicy imagePaths; // COCO and list files: whether their image paths may leave the dataset root
};

// What `path` holds, tried in this order:
//   "openimages" a folder with Open Images label files (*-annotations-human-imagelabels.csv, ...)
//   "coco"       a .json file, or a folder with annotations/instances_*.json or instances_*.json
//   "list"       a .csv/.tsv/.txt file that is not an Open Images file, or a folder holding exactly one such
//                list (see findListFile)
//   "folders"    a folder of class folders holding images (root/<class>/..., root/<split>/<class>/...)
// or an empty string when it holds nothing Tagscope can read.
std::string detectDatasetFormat(const std::string& path);

// Throws std::runtime_error with a message naming the path when it cannot be read.
ImportResult loadDataset(const std::string& path, const LoadOptions& options = {},
                         const ProgressCallback& progress = {}, const CancelToken* cancel = nullptr);

} // namespace tagscope
