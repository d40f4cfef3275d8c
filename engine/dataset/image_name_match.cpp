#include "dataset/image_name_match.h"

#include "dataset/tag_search.h"

#include <algorithm>
#include <thread>

namespace tagscope {

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

constexpr std::uint64_t kNibbleOnes = 0x1111111111111111ull;

} // namespace

ImageNameMatcher::ImageNameMatcher(const Dataset& dataset, std::string_view text)
    : dataset_(dataset), lowerText_(asciiLower(text)), byImageId_(dataset.hasImageIds())
{
    if (!byImageId_)
        return;
    length_ = lowerText_.size();
    impossible_ = length_ > 16;
    for (std::size_t k = 0; k < lowerText_.size() && !impossible_; ++k) {
        const int digit = hexDigit(lowerText_[k]);
        impossible_ = digit < 0;
        digitPatterns_[k] = static_cast<std::uint64_t>(digit) * kNibbleOnes;
    }
}

bool ImageNameMatcher::matchesPath(std::size_t image) const
{
    return findIgnoringCase(dataset_.contents().imagePaths.at(image), lowerText_) != std::string_view::npos;
}

std::vector<std::uint32_t> imagesWithNameContaining(const Dataset& dataset, std::string_view text, int threads)
{
    const ImageNameMatcher matcher(dataset, text);
    const std::size_t images = dataset.imageCount();
    const std::size_t cores = threads > 0 ? static_cast<std::size_t>(threads) : std::max(1u, std::thread::hardware_concurrency());
    const std::size_t parts = std::clamp<std::size_t>(images / 100000, 1, cores);
    std::vector<std::vector<std::uint32_t>> found(parts);
    const std::uint64_t* ids = dataset.hasImageIds() ? dataset.contents().imageIds.data() : nullptr;
    auto scan = [&](std::size_t part) {
        std::vector<std::uint32_t>& out = found[part];
        const std::size_t first = images * part / parts, last = images * (part + 1) / parts;
        if (ids) {
            for (std::size_t image = first; image < last; ++image)
                if (matcher.matchesImageId(ids[image]))
                    out.push_back(static_cast<std::uint32_t>(image));
        } else {
            for (std::size_t image = first; image < last; ++image)
                if (matcher.matches(image))
                    out.push_back(static_cast<std::uint32_t>(image));
        }
    };
    std::vector<std::thread> workers;
    for (std::size_t part = 1; part < parts; ++part)
        workers.emplace_back(scan, part);
    scan(0);
    for (auto& worker : workers)
        worker.join();
    std::vector<std::uint32_t> out = std::move(found[0]);
    for (std::size_t part = 1; part < parts; ++part)
        out.insert(out.end(), found[part].begin(), found[part].end());
    return out;
}

std::vector<std::uint32_t> imagesWithNameContaining(const Dataset& dataset, std::string_view text, ImageIdSpan candidates)
{
    const ImageNameMatcher matcher(dataset, text);
    std::vector<std::uint32_t> out;
    for (std::uint32_t image : candidates)
        if (matcher.matches(image))
            out.push_back(image);
    return out;
}

} // namespace tagscope
