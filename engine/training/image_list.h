#pragma once
// Lists of a dataset's images in a file: a one-column CSV with the header ImageID, one image a line (its Open Images
// ImageID or its path relative to the dataset, quoted when it holds a comma, a quote or a line break). A training
// config's train_images names one (the training images of a cross-validation fold).
#include "dataset/dataset.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tagscope {

// Written atomically; throws std::runtime_error naming the file.
void writeImageList(const std::string& path, const Dataset& dataset, const std::vector<std::uint32_t>& images);

// The images of `candidates` (ascending) that the list names, ascending. Throws std::runtime_error naming the file
// and line of a name the dataset lacks or that is not among the candidates (e.g. not in the training split).
std::vector<std::uint32_t> listedImages(const Dataset& dataset, const std::vector<std::uint32_t>& candidates, const std::string& path);

// 16 hex digits naming a set of images (for the cache files made for them).
std::string imageSubsetKey(const std::vector<std::uint32_t>& images);

} // namespace tagscope
