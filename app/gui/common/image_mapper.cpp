#include "common/image_mapper.h"

namespace tagscope::gui {

ImageMapper::ImageMapper(const LoadedDataset& from, const LoadedDataset& to)
    : from_(from.dataset), same_(&from == &to || (from.dataset.imageCount() == to.dataset.imageCount()
                                                  && from.corrections.leftOutImages == to.corrections.leftOutImages))
{
    if (!same_)
        lookup_.emplace(to.dataset);
}

int ImageMapper::map(int image) const
{
    if (same_ || image < 0 || static_cast<std::size_t>(image) >= from_.imageCount())
        return same_ ? image : -1;
    const std::optional<std::size_t> found = lookup_->find(from_.imageName(static_cast<std::size_t>(image)));
    return found ? static_cast<int>(*found) : -1;
}

QVector<int> ImageMapper::map(const QVector<int>& images) const
{
    if (same_)
        return images; // shared, not copied: the grid's list may hold millions
    QVector<int> out;
    out.reserve(images.size());
    for (int image : images)
        if (const int mapped = map(image); mapped >= 0)
            out.push_back(mapped);
    return out;
}

int sameImageIn(const LoadedDataset* from, int image, const LoadedDataset* to)
{
    if (!from || !to)
        return image;
    return ImageMapper(*from, *to).map(image);
}

} // namespace tagscope::gui
