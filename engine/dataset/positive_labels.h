#pragma once
// Appending images whose labels are all positives (COCO, lists, class folders) to DatasetContents.
#include "dataset/dataset.h"

#include <algorithm>
#include <string_view>
#include <vector>

namespace tagscope {

// Adds one image with the given tags (sorted and deduplicated here, as Dataset requires) as positives.
inline void appendPositiveImage(DatasetContents& contents, std::string_view relativePath, Split split,
                                std::vector<std::uint32_t>& tags)
{
    if (contents.labelOffsets.empty())
        contents.labelOffsets.push_back(0);
    std::sort(tags.begin(), tags.end());
    tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
    contents.imagePaths.add(relativePath);
    contents.imageSplits.push_back(static_cast<std::uint8_t>(split));
    contents.labelTags.insert(contents.labelTags.end(), tags.begin(), tags.end());
    contents.labelFlags.insert(contents.labelFlags.end(), tags.size(), static_cast<std::uint8_t>(LabelState::Positive));
    contents.labelOffsets.push_back(contents.labelTags.size());
}

} // namespace tagscope
