#include "training/pk_sampler.h"

#include "training/random_stream.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace tagscope {

PkBatchSampler::PkBatchSampler(const std::vector<std::uint32_t>& rows, const RowPositives& classes, std::size_t columns,
                               int batchSize, int imagesPerClass)
    : k_(imagesPerClass)
{
    if (imagesPerClass < 1 || batchSize < imagesPerClass || batchSize % imagesPerClass != 0)
        throw std::invalid_argument("pk sampler: batch_size " + std::to_string(batchSize) + " must be a multiple of images_per_class " +
                                    std::to_string(imagesPerClass));
    p_ = batchSize / imagesPerClass;
    std::vector<std::vector<std::uint32_t>> rowsOfClass(columns);
    if (classes.offsets.size() == rows.size() + 1)
        for (std::size_t i = 0; i < rows.size(); ++i)
            for (std::uint64_t k = classes.offsets[i]; k < classes.offsets[i + 1]; ++k)
                rowsOfClass[classes.columns[k]].push_back(rows[i]);
    for (auto& members : rowsOfClass)
        if (!members.empty())
            rowsOfClass_.push_back(std::move(members));
    if (rowsOfClass_.size() < static_cast<std::size_t>(p_))
        throw std::invalid_argument("pk sampler: a batch of " + std::to_string(p_) + " classes x " + std::to_string(k_) +
                                    " images needs " + std::to_string(p_) + " classes, but only " + std::to_string(rowsOfClass_.size()) +
                                    " have images; lower batch_size or raise images_per_class");
    batches_ = std::max<std::size_t>(1, rows.size() / static_cast<std::size_t>(batchSize));
}

std::vector<std::uint32_t> PkBatchSampler::order(std::uint64_t seed, int epoch) const
{
    RandomStream random(hashSeed({seed, static_cast<std::uint64_t>(epoch), 0x504B42415443ull}));
    std::vector<std::uint32_t> order;
    order.reserve(batches_ * static_cast<std::size_t>(p_ * k_));
    std::vector<std::uint32_t> classOrder(rowsOfClass_.size());
    for (std::size_t c = 0; c < classOrder.size(); ++c)
        classOrder[c] = static_cast<std::uint32_t>(c);
    std::vector<std::size_t> picked;
    for (std::size_t b = 0; b < batches_; ++b) {
        // P distinct classes: the first P of a partial Fisher-Yates shuffle (of whatever order the last left).
        for (int i = 0; i < p_; ++i)
            std::swap(classOrder[static_cast<std::size_t>(i)], classOrder[i + random.below(classOrder.size() - i)]);
        for (int i = 0; i < p_; ++i) {
            const std::vector<std::uint32_t>& members = rowsOfClass_[classOrder[static_cast<std::size_t>(i)]];
            const std::size_t n = members.size(), k = static_cast<std::size_t>(k_);
            if (n >= k) {
                // K distinct images (Floyd's sampling: no copy of a large class).
                picked.clear();
                for (std::size_t j = n - k; j < n; ++j) {
                    const std::size_t t = random.below(j + 1);
                    picked.push_back(std::find(picked.begin(), picked.end(), t) == picked.end() ? t : j);
                }
                for (std::size_t j : picked)
                    order.push_back(members[j]);
            } else {
                // Too few images: all of them, then repeats.
                order.insert(order.end(), members.begin(), members.end());
                for (std::size_t j = n; j < k; ++j)
                    order.push_back(members[random.below(n)]);
            }
        }
    }
    return order;
}

} // namespace tagscope
