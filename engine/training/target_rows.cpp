#include "training/target_rows.h"

#include "training/batch_source.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace tagscope {

TargetRows::TargetRows(const Dataset& dataset, const std::vector<std::uint32_t>& tags)
    : dataset_(dataset), columns_(tags.size()), columnOfTag_(dataset.tagCount(), -1)
{
    for (std::size_t column = 0; column < tags.size(); ++column) {
        if (tags[column] >= dataset.tagCount())
            throw std::invalid_argument("training tags: tag " + std::to_string(tags[column]) + " is not in the dataset");
        columnOfTag_[tags[column]] = static_cast<std::int32_t>(column);
    }
}

void TargetRows::fill(std::uint32_t image, float* row) const
{
    std::fill(row, row + columns_, dataset_.unannotatedState() == LabelState::Negative ? 0.0f : -1.0f);
    const LabelView labels = dataset_.labels(image);
    for (std::size_t i = 0; i < labels.count; ++i) {
        const std::int32_t column = columnOfTag_[labels.tags[i]];
        if (column < 0)
            continue;
        const LabelState state = label_flags::state(labels.flags[i]);
        if (state == LabelState::Positive)
            row[column] = 1.0f;
        else if (state == LabelState::Negative)
            row[column] = 0.0f;
    }
}

void TargetRows::positives(std::uint32_t image, std::vector<std::uint32_t>& out) const
{
    const std::size_t first = out.size();
    const LabelView labels = dataset_.labels(image);
    for (std::size_t i = 0; i < labels.count; ++i) {
        const std::int32_t column = columnOfTag_[labels.tags[i]];
        if (column >= 0 && label_flags::state(labels.flags[i]) == LabelState::Positive)
            out.push_back(static_cast<std::uint32_t>(column));
    }
    std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end());
}

torch::Tensor targetMatrix(const Dataset& dataset, const std::vector<std::uint32_t>& images,
                           const std::vector<std::uint32_t>& tags)
{
    const TargetRows rows(dataset, tags);
    torch::Tensor targets = torch::empty({static_cast<std::int64_t>(images.size()), static_cast<std::int64_t>(tags.size())},
                                         torch::kFloat32);
    float* data = targets.data_ptr<float>();
    for (std::size_t i = 0; i < images.size(); ++i)
        rows.fill(images[i], data + i * tags.size());
    return targets;
}

} // namespace tagscope
