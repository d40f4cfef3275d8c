#include "training/image_augment.h"

#include <torch/nn/functional/upsampling.h>

#include <algorithm>
#include <cmath>

namespace tagscope {
namespace {

constexpr double kMinScale = 0.35;
constexpr double kMaxScale = 1.0;
const double kMinLogRatio = std::log(3.0 / 4.0);
const double kMaxLogRatio = std::log(4.0 / 3.0);

torch::Tensor resize(const torch::Tensor& image, int out)
{
    if (image.size(1) == out && image.size(2) == out)
        return image;
    namespace F = torch::nn::functional;
    const bool shrinking = image.size(1) > out * 3 / 2 || image.size(2) > out * 3 / 2;
    return F::interpolate(image.unsqueeze(0), F::InterpolateFuncOptions()
                                                  .size(std::vector<std::int64_t>{out, out})
                                                  .mode(torch::kBilinear)
                                                  .align_corners(false)
                                                  .antialias(shrinking))
        .squeeze(0)
        .clamp_(0, 255);
}

} // namespace

torch::Tensor cachedRegion(const std::uint8_t* pixels, int size, int x, int y, int width, int height)
{
    // A plain loop: interleaved uint8 to planar float is several times faster than permute + to() in ATen.
    torch::Tensor image = torch::empty({3, height, width}, torch::kFloat32);
    float* planes[3] = {image.data_ptr<float>(), nullptr, nullptr};
    const std::size_t plane = std::size_t(width) * height;
    planes[1] = planes[0] + plane;
    planes[2] = planes[1] + plane;
    std::size_t out = 0;
    for (int row = y; row < y + height; ++row) {
        const std::uint8_t* in = pixels + (std::size_t(row) * size + x) * 3;
        for (int column = 0; column < width; ++column, ++out, in += 3) {
            planes[0][out] = in[0];
            planes[1][out] = in[1];
            planes[2][out] = in[2];
        }
    }
    return image;
}

torch::Tensor cachedImage(const std::uint8_t* pixels, int size) { return cachedRegion(pixels, size, 0, 0, size, size); }

torch::Tensor resizeSquare(const torch::Tensor& image, int out) { return resize(image, out); }

void writeNormalised(const torch::Tensor& image, bool mirror, const float mean[3], const float std[3], float* out)
{
    const torch::Tensor source = image.contiguous();
    const std::int64_t height = source.size(1), width = source.size(2);
    const float* in = source.data_ptr<float>();
    for (int c = 0; c < 3; ++c) {
        const float scale = 1.0f / (255.0f * std[c]), offset = -mean[c] / std[c];
        for (std::int64_t y = 0; y < height; ++y, in += width, out += width) {
            if (mirror)
                for (std::int64_t x = 0; x < width; ++x)
                    out[x] = in[width - 1 - x] * scale + offset;
            else
                for (std::int64_t x = 0; x < width; ++x)
                    out[x] = in[x] * scale + offset;
        }
    }
}

torch::Tensor randomResizedCrop(const std::uint8_t* pixels, int size, int out, RandomStream& random)
{
    const std::int64_t height = size, width = size;
    const double area = double(height) * double(width);
    for (int attempt = 0; attempt < 10; ++attempt) {
        const double targetArea = area * random.uniform(kMinScale, kMaxScale);
        const double ratio = std::exp(random.uniform(kMinLogRatio, kMaxLogRatio));
        const auto w = static_cast<std::int64_t>(std::lround(std::sqrt(targetArea * ratio)));
        const auto h = static_cast<std::int64_t>(std::lround(std::sqrt(targetArea / ratio)));
        if (w < 1 || h < 1 || w > width || h > height)
            continue;
        const auto x = static_cast<std::int64_t>(random.below(static_cast<std::uint64_t>(width - w + 1)));
        const auto y = static_cast<std::int64_t>(random.below(static_cast<std::uint64_t>(height - h + 1)));
        return resize(cachedRegion(pixels, size, int(x), int(y), int(w), int(h)), out);
    }
    return resize(cachedImage(pixels, size), out);
}

} // namespace tagscope
