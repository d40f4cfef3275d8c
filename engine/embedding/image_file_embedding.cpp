#include "embedding/image_file_embedding.h"

#include "imaging/square_crop.h"
#include "training/batch_source.h"
#include "training/image_augment.h"

#include <filesystem>
#include <stdexcept>

namespace tagscope {

torch::Tensor prepareImageFile(const std::string& path, int cacheSize, int inputSize)
{
    if (cacheSize < 1 || inputSize < 1)
        throw std::invalid_argument("the image and input sizes must be positive");
    std::error_code code;
    if (!std::filesystem::is_regular_file(path, code))
        throw std::runtime_error(path + ": no such image file");
    std::string error;
    const std::vector<std::uint8_t> pixels = loadSquareCrop(path, cacheSize, &error);
    if (pixels.empty())
        throw std::runtime_error(error.empty() ? path + ": not a readable image" : error);
    const BatchOptions defaults; // the normalisation evaluation batches get
    const torch::Tensor mean = torch::tensor(defaults.mean, torch::kFloat32).view({3, 1, 1});
    const torch::Tensor std = torch::tensor(defaults.std, torch::kFloat32).view({3, 1, 1});
    torch::Tensor image = resizeSquare(cachedImage(pixels.data(), cacheSize), inputSize);
    return image.div(255.0).sub_(mean).div_(std).unsqueeze(0).contiguous();
}

std::vector<float> embedImageFile(EmbeddingModel& model, const std::string& path)
{
    const torch::Tensor vector = model.embed(prepareImageFile(path, model.cacheSize(), model.inputSize()));
    if (vector.dim() != 2 || vector.size(0) != 1)
        throw std::runtime_error(path + ": the model returned a tensor of an unexpected shape");
    const torch::Tensor row = vector.to(torch::kFloat32).contiguous();
    const float* data = row.data_ptr<float>();
    return std::vector<float>(data, data + row.numel());
}

} // namespace tagscope
