#pragma once
// Which dataset image each row of a scores or embedding matrix belongs to. Files Tagscope writes name their rows
// in M.images.npy (dataset image indices, as `predict` and `embed` write them); files made elsewhere can name
// them in M.json as "images": [ImageID or relative path, ...]. A matrix with neither is refused: rows matched to
// the wrong images would silently review the wrong labels.
#include "dataset/dataset.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tagscope {

// The dataset image of each of the `rows` rows of `npyPath`. Throws std::runtime_error naming the file and the
// problem: no naming file, a count that differs from `rows`, an index out of range, a name that is not an image
// of the dataset, an image named twice.
std::vector<std::uint32_t> readRowImages(const std::string& npyPath, std::size_t rows, const Dataset& dataset);

} // namespace tagscope
