#pragma once
// Finds many images by name (ImageID or relative path) in one dataset: Dataset::findImage scans a path dataset
// from the start on every call, which a file naming thousands of images cannot afford.
#include "dataset/dataset.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace tagscope {

class ImageLookup {
public:
    explicit ImageLookup(const Dataset& dataset);
    std::optional<std::size_t> find(std::string_view name) const;

private:
    const Dataset& dataset_;
    bool sortedIds_ = false;
    std::unordered_map<std::uint64_t, std::size_t> byId_;  // ImageIDs out of order
    std::unordered_map<std::string, std::size_t> byPath_; // path datasets
};

} // namespace tagscope
