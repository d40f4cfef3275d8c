#pragma once
// Reader for Fashion-MNIST (Xiao et al. 2017) as shipped: gzip'd IDX files, e.g. Debian's
// /usr/share/datasets/fashion-mnist/{train,t10k}-{images-idx3,labels-idx1}-ubyte.gz.
#include <cstdint>
#include <string>
#include <vector>

namespace tagscope {

struct FashionMnist {
    static constexpr int kClassCount = 10;

    int rows = 0;
    int columns = 0;
    std::vector<std::uint8_t> pixels; // image after image, row-major, 0 = background, 255 = brightest
    std::vector<std::uint8_t> labels; // 0..9, one per image

    std::size_t count() const { return labels.size(); }
    std::size_t imageBytes() const { return static_cast<std::size_t>(rows) * static_cast<std::size_t>(columns); }
    const std::uint8_t* image(std::size_t index) const { return pixels.data() + index * imageBytes(); }
};

// The dataset's own class names, indexed by label ("T-shirt/top", "Trouser", ... "Ankle boot").
const char* fashionMnistClassName(int label);

enum class FashionMnistPart { Train, Test }; // 60,000 and 10,000 images

// Reads the images and labels of one part from `folder`. Throws std::runtime_error naming the file when it is
// missing, not gzip/IDX, truncated, or disagrees with its companion file.
FashionMnist readFashionMnist(const std::string& folder, FashionMnistPart part = FashionMnistPart::Train);

} // namespace tagscope
