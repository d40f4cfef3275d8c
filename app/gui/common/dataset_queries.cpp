#include "dataset_queries.h"

#include <QStringList>

#include <numeric>

namespace tagscope::gui {

QVector<int> imagesWithLabel(const Dataset& dataset, int tag, LabelState state, const std::function<bool()>& stop)
{
    const auto count = static_cast<int>(dataset.imageCount());
    QVector<int> images;
    if (tag < 0) {
        images.resize(count);
        std::iota(images.begin(), images.end(), 0);
        return images;
    }
    const auto wanted = static_cast<std::uint32_t>(tag);
    for (int image = 0; image < count; ++image) {
        if ((image & 0x3fff) == 0 && stop && stop())
            break;
        if (dataset.labelState(static_cast<std::size_t>(image), wanted) == state)
            images.push_back(image);
    }
    return images;
}

QStringList tagNamesOfImage(const Dataset& dataset, std::size_t image, LabelState state)
{
    QStringList names;
    if (state == dataset.unannotatedState()) { // unannotated tags count too (on exhaustive labels: negatives)
        for (std::uint32_t tag = 0; tag < dataset.tagCount(); ++tag)
            if (dataset.labelState(image, tag) == state)
                names.push_back(QString::fromStdString(dataset.tag(tag).displayName));
        return names;
    }
    const LabelView labels = dataset.labels(image);
    for (std::size_t i = 0; i < labels.count; ++i)
        if (dataset.labelState(image, labels.tags[i]) == state)
            names.push_back(QString::fromStdString(dataset.tag(labels.tags[i]).displayName));
    return names;
}

} // namespace tagscope::gui
