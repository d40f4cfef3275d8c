#pragma once
// A set of image ids in [0, universe) as filters need it: a sorted id list while it is sparse, a bitset once it
// is dense (a list of more than universe / 32 ids is larger than the bitset), and a complement flag so that
// NOT costs nothing until the end ("A AND NOT B" becomes a difference, never a 9M-id complement).
// Sets can borrow the tag index's lists and split bitsets instead of copying them.
#include "dataset/tag_index.h"

#include <cstdint>
#include <vector>

namespace tagscope {

class ImageSet {
public:
    ImageSet() = default;
    ImageSet(ImageSet&&) = default; // moving a vector keeps its buffer, so borrowed pointers into it stay valid
    ImageSet& operator=(ImageSet&&) = default;
    ImageSet(const ImageSet&) = delete;
    ImageSet& operator=(const ImageSet&) = delete;

    static ImageSet borrowIds(ImageIdSpan ids, std::size_t universe);
    static ImageSet ownIds(std::vector<std::uint32_t> ids, std::size_t universe);
    static ImageSet borrowBits(const std::vector<std::uint64_t>& bits, std::size_t count, std::size_t universe);
    static ImageSet ownBits(std::vector<std::uint64_t> bits, std::size_t universe); // counts the bits
    static ImageSet everything(std::size_t universe);

    std::size_t universe() const { return universe_; }
    bool isComplement() const { return complement_; }
    bool isDense() const { return bits_ != nullptr; }
    // Members of the stored set (the complement's members are the others).
    std::size_t storedCount() const { return count_; }
    std::size_t count() const { return complement_ ? universe_ - count_ : count_; }
    ImageIdSpan storedIds() const { return {ids_, isDense() ? 0 : count_}; }
    const std::uint64_t* storedBits() const { return bits_; }

    ImageSet complemented() &&;
    bool contains(std::uint32_t image) const;

    // The stored set as a bitset: the owned buffer when there is one (no copy), else a copy or a conversion.
    bool ownsBits() const { return bits_ && !ownedBits_.empty(); }
    std::vector<std::uint64_t> takeBits() &&;

    // The members, ascending.
    std::vector<std::uint32_t> toIds() const;

private:
    std::size_t countBelow(std::size_t image) const; // members below `image`, a multiple of 64
    void listRange(std::size_t begin, std::size_t end, std::uint32_t* out) const;

    std::size_t universe_ = 0;
    std::size_t count_ = 0;
    bool complement_ = false;
    const std::uint32_t* ids_ = nullptr;  // sparse form, when bits_ is null
    const std::uint64_t* bits_ = nullptr; // dense form
    std::vector<std::uint32_t> ownedIds_;
    std::vector<std::uint64_t> ownedBits_;
};

ImageSet intersectSets(ImageSet a, ImageSet b);
ImageSet uniteSets(ImageSet a, ImageSet b);

// Sorted-list primitives, exposed for tests: galloping search when one list is much longer than the other.
std::vector<std::uint32_t> intersectSorted(ImageIdSpan a, ImageIdSpan b);
std::vector<std::uint32_t> subtractSorted(ImageIdSpan a, ImageIdSpan b); // a minus b
std::vector<std::uint32_t> uniteSorted(ImageIdSpan a, ImageIdSpan b);

} // namespace tagscope
