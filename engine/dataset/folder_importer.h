#pragma once
// Reads a tree of class folders: root/<class>/<image>, or root/<split>/<class>/<image> with split folders
// train, val, validation and test. Each image has one tag, its class folder's name; single-label datasets are
// exhaustive (an image of one class is not of the others).
#include "common/progress.h"
#include "dataset/open_images_importer.h" // ImportResult

#include <string>

namespace tagscope {

// True for the image files the tree may hold: .jpg, .jpeg, .png, .bmp, .webp (any case).
bool isImageFileName(const std::string& name);

// True when `folder` has a class folder (directly, or in a split folder) that directly holds an image file.
// Stops at the first one found.
bool looksLikeClassFolders(const std::string& folder);

// A folder named train, val, validation or test is a split folder when it holds no images directly; any
// other folder (or a split-named one holding images) is a class. Images may sit in subfolders of their class
// folder. Folders whose names start with '.' and folder links are skipped. Images are sorted by path.
// Throws std::runtime_error naming the folder when it cannot be listed. Returns early when `cancel` is set.
ImportResult importClassFolders(const std::string& folder, const ProgressCallback& progress = {},
                                const CancelToken* cancel = nullptr);

} // namespace tagscope
