#pragma once
// LabelName -> tag index lookup for the importer's hot loop (once per annotation row). Open addressing;
// the first 16 bytes of each name live in the slot, so the usual Open Images name ("/m/014j1m") is hashed
// and compared as two integers, without a memcmp call or a pointer chase. Longer names (image paths) also
// hash their remaining bytes: paths sharing their first 16 bytes ("images/train/000...") must not collide.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tagscope {

class LabelNameTable {
public:
    static constexpr std::uint32_t kMissing = ~std::uint32_t(0);

    void insert(std::string_view name, std::uint32_t value)
    {
        if ((names_.size() + 1) * 10 > slots_.size() * 7)
            grow();
        const Key key = keyOf(name);
        for (std::size_t i = hashOf(key) & mask_;; i = (i + 1) & mask_) {
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
        for (std::size_t i = hashOf(key) & mask_;; i = (i + 1) & mask_) {
            const Slot& slot = slots_[i];
            if (slot.value == kMissing)
                return kMissing;
            if (matches(slot, key, name))
                return slot.value;
        }
    }

    std::size_t size() const { return names_.size(); }

private:
    struct Key {
        std::uint64_t head = 0; // bytes 0..7, zero-padded
        std::uint64_t tail = 0; // bytes 8..15, zero-padded
        std::uint64_t lengthAndRest = 0; // the length (low 32 bits) and a hash of the bytes after 16 (high 32 bits)
        std::uint64_t length() const { return lengthAndRest & 0xFFFFFFFFu; }
    };
    struct Slot {
        Key key;
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
    static std::uint64_t hashOf(const Key& key)
    {
        std::uint64_t h = key.head * 0x9E3779B97F4A7C15ull ^ key.tail * 0xC2B2AE3D27D4EB4Full ^ key.lengthAndRest;
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9ull;
        return h ^ (h >> 32);
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
        for (const Slot& slot : old)
            if (slot.value != kMissing)
                for (std::size_t i = hashOf(slot.key) & mask_;; i = (i + 1) & mask_)
                    if (slots_[i].value == kMissing) {
                        slots_[i] = slot;
                        break;
                    }
    }

    std::vector<Slot> slots_;
    std::vector<std::string> names_;
    std::size_t mask_ = 0;
};

} // namespace tagscope
