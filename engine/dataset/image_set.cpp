#include "dataset/image_set.h"

#include <algorithm>
#include <thread>

namespace tagscope {

namespace {

std::size_t wordCount(std::size_t universe) { return (universe + 63) / 64; }

// Lists longer than this many times the other one are searched by galloping instead of merged.
constexpr std::size_t kGallopRatio = 16;

// First position at or after `from` whose value is >= x, by exponential then binary search.
const std::uint32_t* gallop(const std::uint32_t* from, const std::uint32_t* end, std::uint32_t x)
{
    std::size_t step = 1;
    const std::uint32_t* low = from;
    const std::uint32_t* high = from;
    while (high < end && *high < x) {
        low = high + 1;
        high = static_cast<std::size_t>(end - high) > step ? high + step : end;
        step *= 2;
    }
    return std::lower_bound(low, high, x);
}

std::size_t countBits(const std::vector<std::uint64_t>& bits)
{
    std::size_t count = 0;
    for (std::uint64_t word : bits)
        count += static_cast<std::size_t>(__builtin_popcountll(word));
    return count;
}

bool testBit(const std::uint64_t* bits, std::uint32_t image) { return (bits[image / 64] >> (image % 64)) & 1; }

// Writes the positions in [begin, end) of the set bits of `bits` (inverted first when `invert`), ascending.
// `begin` is a multiple of 64.
void extractBits(const std::uint64_t* bits, std::size_t begin, std::size_t end, bool invert, std::uint32_t* out)
{
    const std::uint64_t flip = invert ? ~std::uint64_t{0} : 0;
    const std::size_t lastWord = wordCount(end);
    for (std::size_t i = begin / 64; i < lastWord; ++i) {
        std::uint64_t word = bits[i] ^ flip;
        if (i + 1 == lastWord && end % 64)
            word &= (std::uint64_t{1} << (end % 64)) - 1;
        const auto base = static_cast<std::uint32_t>(i * 64);
        while (word) {
            *out++ = base + static_cast<std::uint32_t>(__builtin_ctzll(word));
            word &= word - 1;
        }
    }
}

// Below this many ids, listing a set on one thread is faster than starting others.
constexpr std::size_t kParallelListing = 1 << 20;

ImageSet filterIds(ImageIdSpan ids, const std::uint64_t* bits, bool keepSet, std::size_t universe)
{
    std::vector<std::uint32_t> out;
    out.reserve(ids.size);
    for (std::uint32_t id : ids)
        if (testBit(bits, id) == keepSet)
            out.push_back(id);
    return ImageSet::ownIds(std::move(out), universe);
}

} // namespace

ImageSet ImageSet::borrowIds(ImageIdSpan ids, std::size_t universe)
{
    ImageSet set;
    set.universe_ = universe;
    set.ids_ = ids.data;
    set.count_ = ids.size;
    return set;
}

ImageSet ImageSet::ownIds(std::vector<std::uint32_t> ids, std::size_t universe)
{
    ImageSet set;
    set.universe_ = universe;
    set.ownedIds_ = std::move(ids);
    set.ids_ = set.ownedIds_.data();
    set.count_ = set.ownedIds_.size();
    return set;
}

ImageSet ImageSet::borrowBits(const std::vector<std::uint64_t>& bits, std::size_t count, std::size_t universe)
{
    ImageSet set;
    set.universe_ = universe;
    set.bits_ = bits.data();
    set.count_ = count;
    return set;
}

ImageSet ImageSet::ownBits(std::vector<std::uint64_t> bits, std::size_t universe)
{
    ImageSet set;
    set.universe_ = universe;
    set.count_ = countBits(bits);
    set.ownedBits_ = std::move(bits);
    // A zero-image universe has no words; an empty sparse set says the same.
    set.bits_ = set.ownedBits_.empty() ? nullptr : set.ownedBits_.data();
    return set;
}

ImageSet ImageSet::everything(std::size_t universe)
{
    ImageSet set;
    set.universe_ = universe;
    set.complement_ = true;
    return set;
}

std::vector<std::uint64_t> ImageSet::takeBits() &&
{
    if (ownsBits())
        return std::move(ownedBits_);
    std::vector<std::uint64_t> bits(wordCount(universe_), 0);
    if (bits_)
        std::copy(bits_, bits_ + bits.size(), bits.begin());
    else
        for (std::size_t i = 0; i < count_; ++i)
            bits[ids_[i] / 64] |= std::uint64_t{1} << (ids_[i] % 64);
    return bits;
}

ImageSet ImageSet::complemented() &&
{
    complement_ = !complement_;
    return std::move(*this);
}

bool ImageSet::contains(std::uint32_t image) const
{
    bool stored;
    if (isDense())
        stored = testBit(bits_, image);
    else
        stored = std::binary_search(ids_, ids_ + count_, image);
    return stored != complement_;
}

std::size_t ImageSet::countBelow(std::size_t image) const
{
    std::size_t stored = 0;
    if (isDense()) {
        for (std::size_t i = 0; i < image / 64; ++i)
            stored += static_cast<std::size_t>(__builtin_popcountll(bits_[i]));
    } else {
        stored = static_cast<std::size_t>(std::lower_bound(ids_, ids_ + count_, image) - ids_);
    }
    return complement_ ? image - stored : stored;
}

void ImageSet::listRange(std::size_t begin, std::size_t end, std::uint32_t* out) const
{
    if (isDense()) {
        extractBits(bits_, begin, end, complement_, out);
        return;
    }
    const std::uint32_t* first = std::lower_bound(ids_, ids_ + count_, begin);
    const std::uint32_t* last = std::lower_bound(first, ids_ + count_, end);
    if (!complement_) {
        std::copy(first, last, out);
        return;
    }
    // The gaps between the excluded ids, written as runs.
    std::size_t next = begin;
    for (const std::uint32_t* excluded = first; excluded != last; ++excluded) {
        for (; next < *excluded; ++next)
            *out++ = static_cast<std::uint32_t>(next);
        next = *excluded + std::size_t{1};
    }
    for (; next < end; ++next)
        *out++ = static_cast<std::uint32_t>(next);
}

std::vector<std::uint32_t> ImageSet::toIds() const
{
    std::vector<std::uint32_t> out(count());
    // Large results (NOT of a tag: ~9M ids) are listed in id ranges on several threads; a range's output
    // starts after the members below it.
    const std::size_t parts = out.size() < kParallelListing ? 1 : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
    std::vector<std::size_t> bounds(parts + 1, universe_);
    for (std::size_t p = 0; p < parts; ++p)
        bounds[p] = universe_ * p / parts / 64 * 64;
    std::vector<std::thread> workers;
    for (std::size_t p = 1; p < parts; ++p)
        workers.emplace_back([&, p] { listRange(bounds[p], bounds[p + 1], out.data() + countBelow(bounds[p])); });
    listRange(bounds[0], bounds[1], out.data());
    for (auto& worker : workers)
        worker.join();
    return out;
}

std::vector<std::uint32_t> intersectSorted(ImageIdSpan a, ImageIdSpan b)
{
    if (a.size > b.size)
        std::swap(a, b);
    std::vector<std::uint32_t> out;
    out.reserve(a.size);
    if (b.size > kGallopRatio * a.size) {
        const std::uint32_t* position = b.begin();
        for (std::uint32_t x : a) {
            position = gallop(position, b.end(), x);
            if (position == b.end())
                break;
            if (*position == x)
                out.push_back(x);
        }
        return out;
    }
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

std::vector<std::uint32_t> subtractSorted(ImageIdSpan a, ImageIdSpan b)
{
    std::vector<std::uint32_t> out;
    out.reserve(a.size);
    if (b.size > kGallopRatio * a.size) {
        const std::uint32_t* position = b.begin();
        for (std::uint32_t x : a) {
            position = gallop(position, b.end(), x);
            if (position == b.end() || *position != x)
                out.push_back(x);
        }
        return out;
    }
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

std::vector<std::uint32_t> uniteSorted(ImageIdSpan a, ImageIdSpan b)
{
    std::vector<std::uint32_t> out;
    out.reserve(a.size + b.size);
    std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

namespace {

// The operations on the stored sets, complement flags ignored; the results are never complemented.
// A dense operand that owns its bitset lends it to the result instead of having it copied.
ImageSet intersectStored(ImageSet a, ImageSet b)
{
    const std::size_t universe = a.universe();
    if (!a.isDense() && !b.isDense())
        return ImageSet::ownIds(intersectSorted(a.storedIds(), b.storedIds()), universe);
    if (!a.isDense())
        return filterIds(a.storedIds(), b.storedBits(), true, universe);
    if (!b.isDense())
        return filterIds(b.storedIds(), a.storedBits(), true, universe);
    if (b.ownsBits() && !a.ownsBits())
        std::swap(a, b);
    std::vector<std::uint64_t> bits = std::move(a).takeBits();
    const std::uint64_t* other = b.storedBits();
    for (std::size_t i = 0; i < bits.size(); ++i)
        bits[i] &= other[i];
    return ImageSet::ownBits(std::move(bits), universe);
}

ImageSet uniteStored(ImageSet a, ImageSet b)
{
    const std::size_t universe = a.universe();
    if (!a.isDense() && !b.isDense() && (a.storedCount() + b.storedCount()) * 32 <= universe)
        return ImageSet::ownIds(uniteSorted(a.storedIds(), b.storedIds()), universe);
    // Dense result: start from the operand whose bitset can be reused, add the other one.
    if ((b.ownsBits() && !a.ownsBits()) || (b.isDense() && !a.isDense()))
        std::swap(a, b);
    std::vector<std::uint64_t> bits = std::move(a).takeBits();
    if (b.isDense()) {
        const std::uint64_t* other = b.storedBits();
        for (std::size_t i = 0; i < bits.size(); ++i)
            bits[i] |= other[i];
    } else {
        for (std::uint32_t id : b.storedIds())
            bits[id / 64] |= std::uint64_t{1} << (id % 64);
    }
    return ImageSet::ownBits(std::move(bits), universe);
}

ImageSet subtractStored(ImageSet a, ImageSet b)
{
    const std::size_t universe = a.universe();
    if (!a.isDense() && !b.isDense())
        return ImageSet::ownIds(subtractSorted(a.storedIds(), b.storedIds()), universe);
    if (!a.isDense())
        return filterIds(a.storedIds(), b.storedBits(), false, universe);
    std::vector<std::uint64_t> bits = std::move(a).takeBits();
    if (b.isDense()) {
        const std::uint64_t* other = b.storedBits();
        for (std::size_t i = 0; i < bits.size(); ++i)
            bits[i] &= ~other[i];
    } else {
        for (std::uint32_t id : b.storedIds())
            bits[id / 64] &= ~(std::uint64_t{1} << (id % 64));
    }
    return ImageSet::ownBits(std::move(bits), universe);
}

} // namespace

// With complements: A and not-B is A minus B; not-A and not-B is not-(A or B); the OR cases by De Morgan.
ImageSet intersectSets(ImageSet a, ImageSet b)
{
    const bool notA = a.isComplement(), notB = b.isComplement();
    if (!notA && !notB)
        return intersectStored(std::move(a), std::move(b));
    if (!notA)
        return subtractStored(std::move(a), std::move(b));
    if (!notB)
        return subtractStored(std::move(b), std::move(a));
    return uniteStored(std::move(a), std::move(b)).complemented();
}

ImageSet uniteSets(ImageSet a, ImageSet b)
{
    const bool notA = a.isComplement(), notB = b.isComplement();
    if (!notA && !notB)
        return uniteStored(std::move(a), std::move(b));
    if (!notA)
        return subtractStored(std::move(b), std::move(a)).complemented();
    if (!notB)
        return subtractStored(std::move(a), std::move(b)).complemented();
    return intersectStored(std::move(a), std::move(b)).complemented();
}

} // namespace tagscope
