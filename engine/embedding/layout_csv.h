#pragma once
// CSV files of a 2-D layout and of a selection, for spreadsheets and scripts: one line per row with the dataset
// image index, the image's name and absolute path, and (for layouts) x and y. Fields are quoted as RFC 4180 asks.
#include "dataset/dataset.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tagscope {

// row,image_index,image_name,path,x,y. `xy` holds imageIds.size() x 2 values. Throws std::runtime_error naming
// the file when it cannot be written, std::invalid_argument when the sizes differ or an image index is outside
// the dataset.
void writeLayoutCsv(const std::string& path, const std::vector<float>& xy, const std::vector<std::uint32_t>& imageIds, const Dataset& dataset);
// image_index,image_name,path for each image given, in that order.
void writeImageListCsv(const std::string& path, const std::vector<std::uint32_t>& imageIds, const Dataset& dataset);

// EMB.images.npy beside EMB.npy: the dataset image index of each row, as `tagscope-cli embed` writes it.
std::string rowImagesPath(const std::string& npyPath);
// The dataset image of each of an embedding's `rows`: its sidecar when there is one, else row r is image r (when
// the dataset has exactly `rows` images). Throws std::runtime_error naming the file (and the row) otherwise.
std::vector<std::uint32_t> readRowImages(const std::string& npyPath, std::size_t rows, std::size_t datasetImages);

std::string csvQuoted(const std::string& field); // quoted only when it holds a comma, a quote or a line break

} // namespace tagscope
