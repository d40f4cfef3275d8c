#include "dataset/image_lookup.h"

#include <algorithm>

namespace tagscope {

ImageLookup::ImageLookup(const Dataset& dataset) : dataset_(dataset)
{
    if (dataset.hasImageIds()) {
        const std::vector<std::uint64_t>& ids = dataset.contents().imageIds;
        sortedIds_ = std::is_sorted(ids.begin(), ids.end());
        if (!sortedIds_)
            for (std::size_t i = 0; i < ids.size(); ++i)
                byId_.emplace(ids[i], i);
        return;
    }
    byPath_.reserve(dataset.imageCount());
    for (std::size_t i = 0; i < dataset.imageCount(); ++i)
        byPath_.emplace(std::string(dataset.contents().imagePaths.at(i)), i);
}

std::optional<std::size_t> ImageLookup::find(std::string_view name) const
{
    if (!dataset_.hasImageIds()) {
        const auto it = byPath_.find(std::string(name));
        return it == byPath_.end() ? std::nullopt : std::optional<std::size_t>(it->second);
    }
    const std::optional<std::uint64_t> id = parseImageId(name);
    if (!id)
        return std::nullopt;
    if (sortedIds_) { // Dataset::findImage would check the order again on every call
        const std::vector<std::uint64_t>& ids = dataset_.contents().imageIds;
        const auto it = std::lower_bound(ids.begin(), ids.end(), *id);
        return it != ids.end() && *it == *id ? std::optional<std::size_t>(static_cast<std::size_t>(it - ids.begin())) : std::nullopt;
    }
    const auto it = byId_.find(*id);
    return it == byId_.end() ? std::nullopt : std::optional<std::size_t>(it->second);
}

} // namespace tagscope
