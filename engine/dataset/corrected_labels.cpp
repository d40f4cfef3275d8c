#include "dataset/corrected_labels.h"

#include <algorithm>
#include <tuple>

namespace tagscope {

const CorrectedLabel* findCorrectedLabel(const CorrectedLabels& labels, std::uint32_t image, std::uint32_t tag)
{
    const auto it = std::lower_bound(labels.begin(), labels.end(), std::make_pair(image, tag),
                                     [](const CorrectedLabel& l, const std::pair<std::uint32_t, std::uint32_t>& key) {
                                         return std::tie(l.image, l.tag) < std::tie(key.first, key.second);
                                     });
    return it != labels.end() && it->image == image && it->tag == tag ? &*it : nullptr;
}

std::vector<std::uint32_t> imagesWithCorrectedLabels(const CorrectedLabels& labels)
{
    std::vector<std::uint32_t> images;
    for (const CorrectedLabel& label : labels)
        if (images.empty() || images.back() != label.image)
            images.push_back(label.image);
    return images;
}

std::vector<std::uint32_t> imagesWithCorrectedLabel(const CorrectedLabels& labels, std::uint32_t tag)
{
    std::vector<std::uint32_t> images;
    for (const CorrectedLabel& label : labels)
        if (label.tag == tag)
            images.push_back(label.image); // one entry per (image, tag), in image order
    return images;
}

} // namespace tagscope
