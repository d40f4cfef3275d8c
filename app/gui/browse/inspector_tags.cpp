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
    const auto entryFor = [&](std::uint32_t tag) {
        InspectorTag entry;
        entry.tag = static_cast<int>(tag);
        entry.name = QString::fromStdString(dataset.tag(tag).displayName);
        entry.positives = tag < counts.size() ? counts[tag].positive : 0;
        if (const CorrectedLabel* corrected = data.correctedLabel(static_cast<int>(image), static_cast<int>(tag))) {
            entry.corrected = true;
            entry.original = corrected->original;
        }
        return entry;
    };
    // Every tag, not only the annotated ones: on exhaustive labels an unannotated tag is a verified negative.
    for (std::uint32_t tag = 0; tag < dataset.tagCount(); ++tag) {
        switch (dataset.labelState(image, tag)) {
        case LabelState::Positive: groups.positive.push_back(entryFor(tag)); break;
        case LabelState::Negative: groups.negative.push_back(entryFor(tag)); break;
        case LabelState::Unknown: break;
        }
    }
    const LabelView labels = dataset.labels(image);
    for (std::size_t i = 0; i < labels.count; ++i)
        if ((labels.flags[i] & label_flags::kHasMachineConfidence) && labels.confidence) {
            InspectorTag entry = entryFor(labels.tags[i]);
            entry.confidence = labels.confidence[i];
            groups.machine.push_back(entry);
        }
    sortByFrequency(groups.positive);
    sortByFrequency(groups.negative);
    std::stable_sort(groups.machine.begin(), groups.machine.end(),
                     [](const InspectorTag& a, const InspectorTag& b) { return a.confidence > b.confidence; });
    return groups;
}

} // namespace tagscope::gui
