#pragma once
// One image file embedded as extraction embeds a dataset's images: decoded, its shorter side resized to the
// model's cache size and the centre square kept, resized to the input size, normalised, then through the model.
// For querying an embedding with an image from outside the dataset.
#include "embedding/embedding_model.h"

#include <string>
#include <vector>

namespace tagscope {

// 1 x 3 x S x S float32, normalised as the batch source normalises evaluation images. Throws
// std::runtime_error naming the file when it is missing or is not a readable image.
torch::Tensor prepareImageFile(const std::string& path, int cacheSize, int inputSize);

// The model's vector for the image at `path`; throws like prepareImageFile.
std::vector<float> embedImageFile(EmbeddingModel& model, const std::string& path);

} // namespace tagscope
