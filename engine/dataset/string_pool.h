#pragma once
// Many short strings in one buffer: 9M image paths cost their bytes plus 8, not a heap block each.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tagscope {

class StringPool {
public:
    StringPool() { offsets_.push_back(0); }

    std::size_t add(std::string_view text)
    {
        chars_.insert(chars_.end(), text.begin(), text.end());
        offsets_.push_back(chars_.size());
        return offsets_.size() - 2;
    }
    std::string_view at(std::size_t index) const
    {
        return {chars_.data() + offsets_[index], static_cast<std::size_t>(offsets_[index + 1] - offsets_[index])};
    }
    std::size_t size() const { return offsets_.size() - 1; }
    bool empty() const { return size() == 0; }
    void reserve(std::size_t strings, std::size_t bytes)
    {
        offsets_.reserve(strings + 1);
        chars_.reserve(bytes);
    }
    std::size_t memoryBytes() const { return chars_.size() + offsets_.size() * sizeof(std::uint64_t); }

    // Raw storage, for serialisation: fromRaw() checks that the offsets describe the characters.
    const std::vector<char>& chars() const { return chars_; }
    const std::vector<std::uint64_t>& offsets() const { return offsets_; }
    static bool fromRaw(std::vector<char> chars, std::vector<std::uint64_t> offsets, StringPool& out)
    {
        if (offsets.empty() || offsets.front() != 0 || offsets.back() != chars.size())
            return false;
        for (std::size_t i = 1; i < offsets.size(); ++i)
            if (offsets[i] < offsets[i - 1])
                return false;
        out.chars_ = std::move(chars);
        out.offsets_ = std::move(offsets);
        return true;
    }

private:
    std::vector<char> chars_;
    std::vector<std::uint64_t> offsets_;
};

} // namespace tagscope
