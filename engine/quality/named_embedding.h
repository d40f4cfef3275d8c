#pragma once
// Embeddings of dataset images for duplicates, outliers and selection: one or more EMB.npy files (e.g. one per
// split, as `embed` writes them), their rows named as row_images.h describes, joined and scaled to unit length
// so that cosine distance is 1 - dot product.
#include "dataset/dataset.h"
#include "embedding/float_matrix.h"

#include <string>
#include <vector>

namespace tagscope {

struct NamedEmbedding {
    FloatMatrix unit;                 // rows x features, each row of length 1
    std::vector<std::uint32_t> images; // dataset image of each row
};

// Throws std::runtime_error naming the file and the problem: unreadable, NaN, a row of zeros (no direction),
// files of different widths, rows that do not match their names, an embedding made from another dataset
// (EMB.json's record, checked against `datasetPath`), an image in two rows.
NamedEmbedding readNamedEmbedding(const std::vector<std::string>& npyPaths, const std::string& datasetPath, const Dataset& dataset);

// An embedding already in memory (the window's open embeddings), its rows scaled to unit length. Throws
// std::runtime_error naming the row: a row of zeros, an image the dataset lacks or one in two rows.
NamedEmbedding unitEmbedding(FloatMatrix vectors, std::vector<std::uint32_t> images, const Dataset& dataset);

} // namespace tagscope
