#include "image_filter.h"

#include "dataset_queries.h"

#include <algorithm>

namespace tagscope::gui {

namespace {

// Images for which `keep(labels)` holds, scanning each image's labels once.
template <typename Keep>
QVector<int> scanImages(const Dataset& dataset, const std::function<bool()>& stop, Keep keep)
{
    const auto count = static_cast<int>(dataset.imageCount());
    QVector<int> images;
    for (int image = 0; image < count; ++image) {
        if ((image & 0x3fff) == 0 && stop && stop())
            break;
        if (keep(dataset.labels(static_cast<std::size_t>(image))))
            images.push_back(image);
    }
    return images;
}

bool isPositive(const LabelView& labels, std::uint32_t tag)
{
    // Tags are ascending within an image, so a binary search finds the label.
    const std::uint32_t* end = labels.tags + labels.count;
    const std::uint32_t* found = std::lower_bound(labels.tags, end, tag);
    return found != end && *found == tag
        && label_flags::state(labels.flags[found - labels.tags]) == LabelState::Positive;
}

} // namespace

QVector<int> filterImages(const Dataset& dataset, const ImageFilter& filter, const std::function<bool()>& stop)
{
    switch (filter.kind) {
    case ImageFilter::Kind::All: return imagesWithLabel(dataset, -1, LabelState::Positive, stop);
    case ImageFilter::Kind::Label: return imagesWithLabel(dataset, filter.tag, filter.state, stop);
    case ImageFilter::Kind::WithoutTag: {
        const auto tag = static_cast<std::uint32_t>(filter.tag);
        return scanImages(dataset, stop, [tag](const LabelView& labels) { return !isPositive(labels, tag); });
    }
    case ImageFilter::Kind::BothTags: {
        const auto a = static_cast<std::uint32_t>(filter.tag);
        const auto b = static_cast<std::uint32_t>(filter.otherTag);
        return scanImages(dataset, stop, [a, b](const LabelView& labels) { return isPositive(labels, a) && isPositive(labels, b); });
    }
    }
    return {};
}

} // namespace tagscope::gui
