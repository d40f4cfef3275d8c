#pragma once
// LabelName -> tag index lookup for the importer's hot loop: open addressing over a power-of-two table,
// one probe in the common case. std::unordered_map spent a tenth of a 9.4M-row import chasing buckets.
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
        if ((count_ + 1) * 2 > slots_.size())
            grow();
        place(std::string(name), value);
    }

    std::uint32_t find(std::string_view name) const
    {
        if (slots_.empty())
            return kMissing;
        const std::uint64_t hash = hashOf(name);
        for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
            const Slot& slot = slots_[i];
            if (slot.value == kMissing)
                return kMissing;
            if (slot.hash == hash && slot.name == name)
                return slot.value;
        }
    }

    std::size_t size() const { return count_; }

private:
    struct Slot {
        std::uint64_t hash = 0;
        std::uint32_t value = kMissing;
        std::string name;
    };

    // FNV-1a with a final mix: LabelNames are short ("/m/014j1m"), so a byte loop is cheap.
    static std::uint64_t hashOf(std::string_view name)
    {
        std::uint64_t h = 1469598103934665603ull;
        for (unsigned char ch : name)
            h = (h ^ ch) * 1099511628211ull;
        return h ^ (h >> 29);
    }

    void place(std::string name, std::uint32_t value)
    {
        const std::uint64_t hash = hashOf(name);
        for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
            Slot& slot = slots_[i];
            if (slot.value == kMissing) {
                slot = {hash, value, std::move(name)};
                ++count_;
                return;
            }
            if (slot.hash == hash && slot.name == name) {
                slot.value = value;
                return;
            }
        }
    }

    void grow()
    {
        std::vector<Slot> old = std::move(slots_);
        slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
        mask_ = slots_.size() - 1;
        count_ = 0;
        for (Slot& slot : old)
            if (slot.value != kMissing)
                place(std::move(slot.name), slot.value);
    }

    std::vector<Slot> slots_;
    std::size_t mask_ = 0;
    std::size_t count_ = 0;
};

} // namespace tagscope
