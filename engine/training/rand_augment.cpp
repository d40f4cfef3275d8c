#include "training/rand_augment.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace tagscope {
namespace {

constexpr double kMaxMagnitude = 30.0;

torch::Tensor clamp255(torch::Tensor image) { return image.clamp_(0, 255); }

torch::Tensor grayscale(const torch::Tensor& image) // ITU-R 601-2 luma, as PIL and torchvision
{
    return (0.299 * image[0] + 0.587 * image[1] + 0.114 * image[2]).unsqueeze(0);
}

// degenerate + factor * (image - degenerate): PIL's ImageEnhance.
torch::Tensor blend(const torch::Tensor& image, const torch::Tensor& degenerate, double factor)
{
    return clamp255(degenerate + factor * (image - degenerate));
}

// Samples the image through an affine map given in normalised coordinates (output -> input), the image centre
// fixed. Square inputs keep rotation angles true.
torch::Tensor affine(const torch::Tensor& image, double a, double b, double c, double d, double e, double f)
{
    const torch::Tensor theta = torch::tensor({a, b, c, d, e, f}, torch::kFloat32).view({1, 2, 3});
    const torch::Tensor grid = torch::affine_grid_generator(theta, {1, image.size(0), image.size(1), image.size(2)}, false);
    // Nearest sampling as torchvision's RandAugment (and 4 times faster than bilinear here); black outside.
    return torch::grid_sampler(image.unsqueeze(0), grid, /*nearest*/ 1, /*zeros*/ 0, false).squeeze(0);
}

torch::Tensor autoContrast(const torch::Tensor& image)
{
    const torch::Tensor low = image.amin({1, 2}, true);
    const torch::Tensor high = image.amax({1, 2}, true);
    const torch::Tensor flat = high <= low; // a flat channel stays as it is
    const torch::Tensor scale = torch::where(flat, torch::ones_like(high), 255.0 / (high - low));
    const torch::Tensor offset = torch::where(flat, torch::zeros_like(low), low);
    return clamp255((image - offset) * scale);
}

// PIL's ImageOps.equalize, exactly, per channel on the rounded values.
torch::Tensor equalize(const torch::Tensor& image)
{
    const torch::Tensor values = image.round().clamp(0, 255).to(torch::kLong);
    std::vector<torch::Tensor> channels;
    for (std::int64_t c = 0; c < image.size(0); ++c) {
        const torch::Tensor channel = values[c].reshape(-1);
        const torch::Tensor histogram = torch::bincount(channel, {}, 256).contiguous();
        const std::int64_t* h = histogram.data_ptr<std::int64_t>();
        std::int64_t total = 0, last = 0;
        for (int i = 0; i < 256; ++i) {
            total += h[i];
            if (h[i] > 0)
                last = h[i];
        }
        const std::int64_t step = (total - last) / 255;
        if (step == 0) { // one grey level (or nearly): PIL leaves the channel alone
            channels.push_back(image[c]);
            continue;
        }
        std::vector<float> lut(256);
        std::int64_t n = step / 2;
        for (int i = 0; i < 256; ++i) {
            lut[i] = static_cast<float>(std::min<std::int64_t>(255, n / step));
            n += h[i];
        }
        channels.push_back(torch::tensor(lut).index_select(0, channel).view({image.size(1), image.size(2)}));
    }
    return torch::stack(channels);
}

// PIL's smoothing kernel; the one-pixel border keeps its original values.
torch::Tensor sharpness(const torch::Tensor& image, double factor)
{
    if (image.size(1) < 3 || image.size(2) < 3)
        return image;
    const torch::Tensor kernel =
        (torch::tensor({1.f, 1.f, 1.f, 1.f, 5.f, 1.f, 1.f, 1.f, 1.f}) / 13.f).view({1, 1, 3, 3}).repeat({3, 1, 1, 1});
    const torch::Tensor smooth = torch::conv2d(image.unsqueeze(0), kernel, torch::Tensor(), torch::IntArrayRef{1, 1},
                                               torch::IntArrayRef{0, 0}, torch::IntArrayRef{1, 1}, 3).squeeze(0);
    torch::Tensor degenerate = image.clone();
    degenerate.slice(1, 1, -1).slice(2, 1, -1).copy_(smooth);
    return blend(image, degenerate, factor);
}

} // namespace

torch::Tensor applyAugmentOp(const torch::Tensor& image, AugmentOp op, int magnitude, bool negative)
{
    // torchvision's RandAugment ranges at M = 30: 30 degrees, shear 0.3, translation 150/331 of the side,
    // enhancement factors 1 +- 0.9, 4 bits kept, solarise threshold 0.
    const double m = std::clamp(magnitude / kMaxMagnitude, 0.0, 1.0);
    const double sign = negative ? -1.0 : 1.0;
    const double factor = 1.0 + sign * 0.9 * m;
    constexpr double kPi = 3.14159265358979323846;
    switch (op) {
    case AugmentOp::Identity:
        return image;
    case AugmentOp::AutoContrast:
        return autoContrast(image);
    case AugmentOp::Equalize:
        return equalize(image);
    case AugmentOp::Rotate: {
        const double angle = sign * 30.0 * m * kPi / 180.0;
        return affine(image, std::cos(angle), -std::sin(angle), 0, std::sin(angle), std::cos(angle), 0);
    }
    case AugmentOp::Solarize: {
        const double threshold = 255.0 * (1.0 - m);
        return torch::where(image >= threshold, 255.0 - image, image);
    }
    case AugmentOp::Color:
        return blend(image, grayscale(image).expand_as(image), factor);
    case AugmentOp::Posterize: {
        const int bits = 8 - static_cast<int>(std::lround(4.0 * m));
        const double step = double(1 << (8 - bits));
        return torch::floor(image.round() / step) * step;
    }
    case AugmentOp::Contrast:
        return blend(image, grayscale(image).mean().expand_as(image), factor);
    case AugmentOp::Brightness:
        return blend(image, torch::zeros_like(image), factor);
    case AugmentOp::Sharpness:
        return sharpness(image, factor);
    case AugmentOp::ShearX:
        return affine(image, 1, -sign * 0.3 * m, 0, 0, 1, 0);
    case AugmentOp::ShearY:
        return affine(image, 1, 0, 0, -sign * 0.3 * m, 1, 0);
    case AugmentOp::TranslateX: // normalised coordinates span 2 across the image
        return affine(image, 1, 0, -sign * 2.0 * 150.0 / 331.0 * m, 0, 1, 0);
    case AugmentOp::TranslateY:
        return affine(image, 1, 0, 0, 0, 1, -sign * 2.0 * 150.0 / 331.0 * m);
    }
    return image;
}

torch::Tensor randAugment(torch::Tensor image, int ops, int magnitude, RandomStream& random)
{
    for (int i = 0; i < ops; ++i) {
        const auto op = static_cast<AugmentOp>(random.below(kAugmentOpCount));
        image = applyAugmentOp(image, op, magnitude, random.coin());
    }
    return image;
}

} // namespace tagscope
