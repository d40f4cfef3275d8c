#include "dataset/fashion_mnist.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace tagscope {
namespace {

// An IDX file of unsigned bytes: dimensions, then the values in row-major order.
struct IdxArray {
    std::vector<std::uint32_t> dimensions;
    std::vector<std::uint8_t> values;
};

class GzFile {
public:
    explicit GzFile(const std::string& path) : path_(path)
    {
        std::error_code error;
        if (!std::filesystem::is_regular_file(path, error))
            throw std::runtime_error(path + ": no such file (Fashion-MNIST; on Debian: apt install dataset-fashion-mnist)");
        file_ = gzopen(path.c_str(), "rb");
        if (!file_)
            throw std::runtime_error(path + ": cannot open (" + std::strerror(errno) + ")");
        gzbuffer(file_, 1 << 17);
    }
    ~GzFile() { gzclose(file_); }
    GzFile(const GzFile&) = delete;
    GzFile& operator=(const GzFile&) = delete;

    // Fills `size` bytes or throws, saying what was being read.
    void read(void* data, std::size_t size, const char* what)
    {
        auto* out = static_cast<std::uint8_t*>(data);
        std::size_t done = 0;
        while (done < size) {
            const unsigned chunk = static_cast<unsigned>(std::min<std::size_t>(size - done, 1u << 30));
            const int got = gzread(file_, out + done, chunk);
            if (got < 0) {
                int code = 0;
                const char* message = gzerror(file_, &code);
                throw std::runtime_error(path_ + ": cannot read " + what + " (" + (message ? message : "gzip error") + ")");
            }
            if (got == 0)
                throw std::runtime_error(path_ + ": truncated: the file ends after " + std::to_string(done) + " of the " +
                                         std::to_string(size) + " bytes of " + what);
            done += static_cast<std::size_t>(got);
        }
    }

private:
    std::string path_;
    gzFile file_ = nullptr;
};

IdxArray readIdx(const std::string& path, std::size_t expectedDimensions)
{
    GzFile file(path);
    std::array<std::uint8_t, 4> magic{};
    file.read(magic.data(), magic.size(), "the IDX header");
    // Magic: two zero bytes, the value type (0x08: unsigned byte) and the number of dimensions.
    if (magic[0] != 0 || magic[1] != 0 || magic[2] != 0x08 || magic[3] != expectedDimensions) {
        char hex[16];
        std::snprintf(hex, sizeof hex, "%02x%02x%02x%02x", magic[0], magic[1], magic[2], magic[3]);
        throw std::runtime_error(path + ": bad magic number 0x" + hex + " (expected an IDX file of unsigned bytes with " +
                                 std::to_string(expectedDimensions) + " dimensions)");
    }
    IdxArray array;
    std::size_t total = 1;
    for (std::size_t d = 0; d < expectedDimensions; ++d) {
        std::array<std::uint8_t, 4> bytes{};
        file.read(bytes.data(), bytes.size(), "the IDX header");
        const std::uint32_t size = (std::uint32_t(bytes[0]) << 24) | (std::uint32_t(bytes[1]) << 16) |
                                   (std::uint32_t(bytes[2]) << 8) | std::uint32_t(bytes[3]);
        // Refuse absurd sizes from a corrupt header before allocating for them.
        if (size == 0 || size > 100000000u || total > (std::size_t(1) << 34) / size)
            throw std::runtime_error(path + ": implausible IDX dimension " + std::to_string(size));
        array.dimensions.push_back(size);
        total *= size;
    }
    array.values.resize(total);
    file.read(array.values.data(), total, "the IDX data");
    return array;
}

} // namespace

const char* fashionMnistClassName(int label)
{
    static const char* const names[FashionMnist::kClassCount] = {
        "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"};
    return label >= 0 && label < FashionMnist::kClassCount ? names[label] : "";
}

FashionMnist readFashionMnist(const std::string& folder, FashionMnistPart part)
{
    const std::string prefix = (std::filesystem::path(folder) / (part == FashionMnistPart::Train ? "train" : "t10k")).string();
    const std::string imagesPath = prefix + "-images-idx3-ubyte.gz";
    const std::string labelsPath = prefix + "-labels-idx1-ubyte.gz";

    IdxArray images = readIdx(imagesPath, 3);
    IdxArray labels = readIdx(labelsPath, 1);
    if (images.dimensions[0] != labels.dimensions[0])
        throw std::runtime_error(labelsPath + ": holds " + std::to_string(labels.dimensions[0]) + " labels but " +
                                 imagesPath + " holds " + std::to_string(images.dimensions[0]) + " images");
    for (std::size_t i = 0; i < labels.values.size(); ++i)
        if (labels.values[i] >= FashionMnist::kClassCount)
            throw std::runtime_error(labelsPath + ": label " + std::to_string(labels.values[i]) + " of image " +
                                     std::to_string(i) + " is not a class 0..9");

    FashionMnist data;
    data.rows = static_cast<int>(images.dimensions[1]);
    data.columns = static_cast<int>(images.dimensions[2]);
    data.pixels = std::move(images.values);
    data.labels = std::move(labels.values);
    return data;
}

} // namespace tagscope
