#include "dataset/dataset.h"

#include "dataset/image_id.h"

#include <algorithm>
#include <stdexcept>

namespace tagscope {

const char* splitName(Split split)
{
    switch (split) {
    case Split::Train: return "train";
    case Split::Validation: return "validation";
    case Split::Test: return "test";
    case Split::Unassigned: break;
    }
    return "unassigned";
}

std::optional<Split> splitFromName(std::string_view name)
{
    if (name == "train")
        return Split::Train;
    if (name == "validation" || name == "val")
        return Split::Validation;
    if (name == "test")
        return Split::Test;
    if (name == "unassigned")
        return Split::Unassigned;
    return std::nullopt;
}

std::string formatImageId(std::uint64_t id)
{
    static const char digits[] = "0123456789abcdef";
    std::string text(16, '0');
    for (int i = 15; i >= 0; --i, id >>= 4)
        text[i] = digits[id & 0xF];
    return text;
}

std::optional<std::uint64_t> parseImageId(std::string_view text)
{
    std::uint64_t id;
    if (!parseImageIdFast(text, id))
        return std::nullopt;
    return id;
}

Dataset::Dataset(DatasetContents contents) : c_(std::move(contents))
{
    const std::size_t images = c_.imageSplits.size();
    if (!c_.imageIds.empty() && c_.imageIds.size() != images)
        throw std::invalid_argument("dataset: image id count differs from image count");
    if (!c_.imagePaths.empty() && c_.imagePaths.size() != images)
        throw std::invalid_argument("dataset: image path count differs from image count");
    if (c_.imageIds.empty() && c_.imagePaths.size() != images) // every image is named by one or the other
        throw std::invalid_argument("dataset: images have neither ids nor paths");
    if (c_.labelOffsets.empty())
        c_.labelOffsets.assign(images + 1, 0);
    if (c_.labelOffsets.size() != images + 1 || c_.labelOffsets.back() != c_.labelTags.size()
        || c_.labelFlags.size() != c_.labelTags.size())
        throw std::invalid_argument("dataset: label arrays are inconsistent");
    if (!c_.labelConfidence.empty() && c_.labelConfidence.size() != c_.labelTags.size())
        throw std::invalid_argument("dataset: confidence array is inconsistent");
    // The largest tag, without an early exit: the loop vectorises (a pass over every label of the dataset).
    std::uint32_t largestTag = 0;
    for (std::uint32_t tag : c_.labelTags)
        largestTag = std::max(largestTag, tag);
    if (!c_.labelTags.empty() && largestTag >= c_.tags.size())
        throw std::invalid_argument("dataset: label refers to a missing tag");
    tagByLabelName_.reserve(c_.tags.size());
    for (std::uint32_t t = 0; t < c_.tags.size(); ++t)
        tagByLabelName_.emplace(c_.tags[t].labelName, t);
}

std::string Dataset::imageName(std::size_t image) const
{
    if (hasImageIds())
        return formatImageId(c_.imageIds[image]);
    return std::string(c_.imagePaths.at(image));
}

std::string Dataset::imagePath(std::size_t image) const
{
    if (!hasImageIds())
        return c_.root + "/" + std::string(c_.imagePaths.at(image));
    const std::string& folder = c_.splitImageFolders[c_.imageSplits[image]];
    if (folder.empty())
        return {};
    return folder + "/" + formatImageId(c_.imageIds[image]) + ".jpg";
}

std::vector<std::uint32_t> Dataset::imagesOfSplit(Split split) const
{
    std::vector<std::uint32_t> images;
    for (std::size_t i = 0; i < imageCount(); ++i)
        if (imageSplit(i) == split)
            images.push_back(static_cast<std::uint32_t>(i));
    return images;
}

std::optional<std::size_t> Dataset::findImage(std::string_view name) const
{
    if (hasImageIds()) {
        auto id = parseImageId(name);
        if (!id)
            return std::nullopt;
        if (std::is_sorted(c_.imageIds.begin(), c_.imageIds.end())) {
            auto it = std::lower_bound(c_.imageIds.begin(), c_.imageIds.end(), *id);
            if (it != c_.imageIds.end() && *it == *id)
                return static_cast<std::size_t>(it - c_.imageIds.begin());
            return std::nullopt;
        }
        auto it = std::find(c_.imageIds.begin(), c_.imageIds.end(), *id);
        if (it != c_.imageIds.end())
            return static_cast<std::size_t>(it - c_.imageIds.begin());
        return std::nullopt;
    }
    for (std::size_t i = 0; i < c_.imagePaths.size(); ++i)
        if (c_.imagePaths.at(i) == name)
            return i;
    return std::nullopt;
}

std::optional<std::uint32_t> Dataset::findTag(std::string_view labelName) const
{
    auto it = tagByLabelName_.find(std::string(labelName));
    if (it == tagByLabelName_.end())
        return std::nullopt;
    return it->second;
}

LabelView Dataset::labels(std::size_t image) const
{
    const std::uint64_t begin = c_.labelOffsets[image];
    const std::uint64_t end = c_.labelOffsets[image + 1];
    LabelView view;
    view.tags = c_.labelTags.data() + begin;
    view.flags = c_.labelFlags.data() + begin;
    view.confidence = c_.labelConfidence.empty() ? nullptr : c_.labelConfidence.data() + begin;
    view.count = static_cast<std::size_t>(end - begin);
    return view;
}

std::optional<std::size_t> Dataset::labelIndex(std::size_t image, std::uint32_t tag) const
{
    const auto first = c_.labelTags.begin() + static_cast<std::ptrdiff_t>(c_.labelOffsets[image]);
    const auto last = c_.labelTags.begin() + static_cast<std::ptrdiff_t>(c_.labelOffsets[image + 1]);
    auto it = std::lower_bound(first, last, tag);
    if (it == last || *it != tag)
        return std::nullopt;
    return static_cast<std::size_t>(it - c_.labelTags.begin());
}

LabelState Dataset::labelState(std::size_t image, std::uint32_t tag) const
{
    const auto index = labelIndex(image, tag);
    const LabelState annotated = index ? label_flags::state(c_.labelFlags[*index]) : LabelState::Unknown;
    return annotated == LabelState::Unknown ? unannotatedState() : annotated;
}

std::optional<float> Dataset::machineConfidence(std::size_t image, std::uint32_t tag) const
{
    auto index = labelIndex(image, tag);
    if (!index || !(c_.labelFlags[*index] & label_flags::kHasMachineConfidence))
        return std::nullopt;
    return c_.labelConfidence[*index];
}

std::size_t Dataset::memoryBytes() const
{
    // Sizes, not capacities: importers over-reserve address space that is never touched.
    std::size_t bytes = c_.imageIds.size() * sizeof(std::uint64_t) + c_.imagePaths.memoryBytes()
        + c_.imageSplits.size() + c_.labelOffsets.size() * sizeof(std::uint64_t)
        + c_.labelTags.size() * sizeof(std::uint32_t) + c_.labelFlags.size()
        + c_.labelConfidence.size() * sizeof(float);
    for (const Tag& tag : c_.tags)
        bytes += sizeof(Tag) + tag.labelName.capacity() + tag.displayName.capacity();
    return bytes;
}

} // namespace tagscope
