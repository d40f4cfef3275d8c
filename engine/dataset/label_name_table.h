#pragma once
// LabelName -> tag index lookup for the importer's hot loop (once per annotation row). Open addressing;
// the first 16 bytes of each name live in the slot, so the usual Open Images name ("/m/014j1m") is hashed
// and compared as two integers, without a memcmp call or a pointer chase. Longer names (image paths) also
// hash their remaining bytes: paths sharing their first 16 bytes ("images/train/000...") must not collide.
// Tables of tags stay under a third full, so that a lookup nearly always ends at its first slot: on 20k Open
// Images tags, a 60% full table averaged 1.7 slots a lookup, and the mispredicted probe loop cost more than
// the memory. Big tables (image paths) fill to 70%.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace tagscope {

class LabelNameTable {
    struct Key {
        std::uint64_t head;          // bytes 0..7, zero-padded
        std::uint64_t tail;          // bytes 8..15, zero-padded
        std::uint64_t lengthAndRest; // the length (low 32 bits) and a hash of the bytes after 16 (high 32 bits)
        std::uint64_t length() const { return lengthAndRest & 0xFFFFFFFFu; }
    };

public:
    static constexpr std::uint32_t kMissing = ~std::uint32_t(0);

    void insert(std::string_view name, std::uint32_t value)
    {
        const std::size_t capacity = slots_.size() < (std::size_t(1) << 17) ? slots_.size() / 3 : slots_.size() / 10 * 7;
        if (names_.size() + 1 > capacity)
            grow();
        const Key key = keyOf(name);
        for (std::size_t i = slotOf(key);; i = (i + 1) & mask_) {
            Slot& slot = slots_[i];
            if (slot.value == kMissing) {
                names_.emplace_back(name);
                slot = {key, value, static_cast<std::uint32_t>(names_.size() - 1)};
                return;
            }
            if (matches(slot, key, name)) {
                slot.value = value;
                return;
            }
        }
    }

    std::uint32_t find(std::string_view name) const
    {
        if (slots_.empty())
            return kMissing;
        const Key key = keyOf(name);
        return probe(slotOf(key), key, name);
    }

    // A lookup in two steps, for a parser's hot loop. start() takes a name in a buffer readable for 16 bytes
    // past its start (a padded buffer: the first 16 bytes load as two words), finds its slot and fetches it;
    // finish(), some rows later, compares. A table of 20k tags outgrows the core's cache, and fetching the
    // slots ahead hid most of the wait for memory.
    class PendingLookup {
        friend class LabelNameTable;
        Key key_;
        std::size_t slot_;
    };
    PendingLookup start(std::string_view name) const
    {
        PendingLookup lookup;
        lookup.key_ = paddedKeyOf(name);
        lookup.slot_ = slots_.empty() ? 0 : slotOf(lookup.key_);
        if (!slots_.empty()) {
            const Slot* slot = &slots_[lookup.slot_];
            __builtin_prefetch(slot);
            // GCC 12 took a function whose only effect was a prefetch for one without effects and dropped its
            // calls; an empty asm statement that uses the address keeps the prefetch.
            asm volatile("" : : "r"(slot));
        }
        return lookup;
    }
    std::uint32_t finish(const PendingLookup& lookup, std::string_view name) const
    {
        return slots_.empty() ? kMissing : probe(lookup.slot_, lookup.key_, name);
    }

    std::size_t size() const { return names_.size(); }

private:
    struct alignas(32) Slot { // two to a cache line: a lookup touches one line, which a prefetch brings
        Key key{};
        std::uint32_t value = kMissing;
        std::uint32_t nameIndex = 0; // full name, compared only for names over 16 bytes
    };

    static std::uint64_t load(const char* p, std::size_t n)
    {
        std::uint64_t x = 0;
        for (std::size_t i = 0; i < n; ++i)
            x |= std::uint64_t(static_cast<unsigned char>(p[i])) << (8 * i);
        return x;
    }
    static Key paddedKeyOf(std::string_view name)
    {
        if (name.size() > 16 || __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__) // keyOf() reads bytes little-endian
            return keyOf(name);
        std::uint64_t head, tail;
        std::memcpy(&head, name.data(), 8);
        std::memcpy(&tail, name.data() + 8, 8);
        const std::size_t n = name.size();
        head &= n >= 8 ? ~std::uint64_t(0) : (std::uint64_t(1) << (8 * n)) - 1;
        tail &= n >= 16 ? ~std::uint64_t(0) : n <= 8 ? 0 : (std::uint64_t(1) << (8 * (n - 8))) - 1;
        return {head, tail, n};
    }
    static Key keyOf(std::string_view name)
    {
        const std::size_t n = name.size();
        std::uint64_t rest = 0;
        for (std::size_t i = 16; i < n; i += 8) {
            rest = (rest ^ load(name.data() + i, n - i < 8 ? n - i : 8)) * 0x9E3779B97F4A7C15ull;
            rest ^= rest >> 29;
        }
        return {load(name.data(), n < 8 ? n : 8), n > 8 ? load(name.data() + 8, n < 16 ? n - 8 : 8) : 0,
                (rest >> 32) << 32 | (n & 0xFFFFFFFFu)};
    }
    // Multiplicative (Fibonacci) hashing: the top bits of the product, which depend on every bit of the key.
    std::size_t slotOf(const Key& key) const
    {
        return static_cast<std::size_t>(((key.head ^ key.tail * 0xC2B2AE3D27D4EB4Full ^ key.lengthAndRest) * 0x9E3779B97F4A7C15ull) >> shift_);
    }
    std::uint32_t probe(std::size_t first, const Key& key, std::string_view name) const
    {
        for (std::size_t i = first;; i = (i + 1) & mask_) {
            const Slot& slot = slots_[i];
            if (slot.value == kMissing)
                return kMissing;
            if (matches(slot, key, name))
                return slot.value;
        }
    }
    bool matches(const Slot& slot, const Key& key, std::string_view name) const
    {
        return slot.key.head == key.head && slot.key.tail == key.tail && slot.key.lengthAndRest == key.lengthAndRest
            && (key.length() <= 16 || names_[slot.nameIndex] == name);
    }
    void grow()
    {
        std::vector<Slot> old = std::move(slots_);
        slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
        mask_ = slots_.size() - 1;
        shift_ = 64 - __builtin_ctzll(slots_.size());
        for (const Slot& slot : old)
            if (slot.value != kMissing)
                for (std::size_t i = slotOf(slot.key);; i = (i + 1) & mask_)
                    if (slots_[i].value == kMissing) {
                        slots_[i] = slot;
                        break;
                    }
    }

    std::vector<Slot> slots_;
    std::vector<std::string> names_;
    std::size_t mask_ = 0;
    int shift_ = 63;
};

} // namespace tagscope
