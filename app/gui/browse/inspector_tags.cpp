#include "inspector_tags.h"

#include <algorithm>

namespace tagscope::gui {

namespace {
void sortByFrequency(QVector<InspectorTag>& tags)
{
    std::stable_sort(tags.begin(), tags.end(), [](const InspectorTag& a, const InspectorTag& b) { return a.positives > b.positives; });
}
} // namespace

InspectorTagGroups groupTagsOfImage(const LoadedDataset& data, std::size_t image)
{
    InspectorTagGroups groups;
    const Dataset& dataset = data.dataset;
    if (image >= dataset.imageCount())
        return groups;
    const auto& counts = data.statistics.all.tags;
    const LabelView labels = dataset.labels(image);
    for (std::size_t i = 0; i < labels.count; ++i) {
        InspectorTag entry;
        const std::uint32_t tag = labels.tags[i];
        entry.tag = static_cast<int>(tag);
        entry.name = QString::fromStdString(dataset.tag(tag).displayName);
        entry.positives = tag < counts.size() ? counts[tag].positive : 0;
        const std::uint8_t flags = labels.flags[i];
        switch (label_flags::state(flags)) {
        case LabelState::Positive: groups.positive.push_back(entry); break;
        case LabelState::Negative: groups.negative.push_back(entry); break;
        case LabelState::Unknown: break;
        }
        if ((flags & label_flags::kHasMachineConfidence) && labels.confidence) {
            entry.confidence = labels.confidence[i];
            groups.machine.push_back(entry);
        }
    }
    sortByFrequency(groups.positive);
    sortByFrequency(groups.negative);
    std::stable_sort(groups.machine.begin(), groups.machine.end(),
                     [](const InspectorTag& a, const InspectorTag& b) { return a.confidence > b.confidence; });
    return groups;
}

} // namespace tagscope::gui
