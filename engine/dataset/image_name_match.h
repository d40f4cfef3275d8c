#pragma once
// The name:~text filter term: images whose name (16-hex ImageID, or path relative to the dataset root)
// contains a text, ignoring ASCII case. ImageIDs are searched as 64-bit numbers, all 16 nibble positions at
// once (SWAR), without formatting 9M strings.
#include "dataset/dataset.h"
#include "dataset/tag_index.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tagscope {

class ImageNameMatcher {
public:
    ImageNameMatcher(const Dataset& dataset, std::string_view text);
    bool matches(std::size_t image) const
    {
        return byImageId_ ? matchesImageId(dataset_.imageId(image)) : matchesPath(image);
    }
    bool matchesImageId(std::uint64_t id) const
    {
        if (impossible_)
            return false;
        // Name character p is nibble 15 - p. Digit k matching at nibble n, moved up k nibbles, marks nibble
        // n + k; a nibble marked for every digit is where a match starts. Branch-free: no early exit.
        std::uint64_t starts = ~std::uint64_t{0};
        for (std::size_t k = 0; k < length_; ++k)
            starts &= zeroNibbles(id ^ digitPatterns_[k]) << (4 * k);
        return starts != 0;
    }

private:
    // The top bit of every zero nibble of x, and no other bit (no carries cross nibbles: 7 + 7 < 16).
    static std::uint64_t zeroNibbles(std::uint64_t x)
    {
        constexpr std::uint64_t kLowThreeBits = 0x7777777777777777ull;
        return ~(((x & kLowThreeBits) + kLowThreeBits) | x | kLowThreeBits);
    }
    bool matchesPath(std::size_t image) const;

    const Dataset& dataset_;
    std::string lowerText_;
    bool byImageId_ = false;
    std::size_t length_ = 0;
    bool impossible_ = false;            // an ImageID can never contain the text (not hex, or too long)
    std::array<std::uint64_t, 16> digitPatterns_{}; // the text's k-th hex digit in all 16 nibbles
};

// Every matching image, ascending, scanned on all cores (`threads` 0) or on the given number.
std::vector<std::uint32_t> imagesWithNameContaining(const Dataset& dataset, std::string_view text, int threads = 0);
// The matching images among `candidates` (ascending).
std::vector<std::uint32_t> imagesWithNameContaining(const Dataset& dataset, std::string_view text, ImageIdSpan candidates);

} // namespace tagscope
