#include "training/epoch_sampler.h"

#include "training/pk_sampler.h"
#include "training/random_stream.h"

#include <algorithm>
#include <cmath>

namespace tagscope {
namespace {

void shuffle(std::vector<std::uint32_t>& values, RandomStream& random) // Fisher-Yates
{
    for (std::size_t i = values.size(); i > 1; --i)
        std::swap(values[i - 1], values[random.below(i)]);
}

} // namespace

EpochSampler::EpochSampler(SamplerKind kind, std::vector<std::uint32_t> rows, const RowPositives& positives,
                           std::size_t columns, double repeatThreshold, int batchSize, int imagesPerClass)
    : kind_(kind), rows_(std::move(rows))
{
    if (kind_ == SamplerKind::PK) {
        pk_ = std::make_shared<PkBatchSampler>(rows_, positives, columns, batchSize, imagesPerClass);
        return;
    }
    const bool needsLabels = kind_ == SamplerKind::ClassAware || kind_ == SamplerKind::RepeatFactor;
    if (!needsLabels || positives.offsets.size() != rows_.size() + 1)
        return;
    std::vector<std::vector<std::uint32_t>> rowsOfClass(columns);
    for (std::size_t i = 0; i < rows_.size(); ++i)
        for (std::uint64_t k = positives.offsets[i]; k < positives.offsets[i + 1]; ++k)
            rowsOfClass[positives.columns[k]].push_back(rows_[i]);
    if (kind_ == SamplerKind::ClassAware) {
        for (auto& members : rowsOfClass)
            if (!members.empty())
                rowsOfClass_.push_back(std::move(members));
        return;
    }
    // Gupta et al. 2019: r_c = max(1, sqrt(t / f_c)) with f_c the fraction of images showing c; an image repeats
    // as often as its rarest tag asks.
    repeat_.assign(rows_.size(), 1.0);
    const double n = double(std::max<std::size_t>(rows_.size(), 1));
    for (std::size_t i = 0; i < rows_.size(); ++i)
        for (std::uint64_t k = positives.offsets[i]; k < positives.offsets[i + 1]; ++k) {
            const double f = double(rowsOfClass[positives.columns[k]].size()) / n;
            repeat_[i] = std::max(repeat_[i], std::sqrt(repeatThreshold / f));
        }
}

std::vector<std::uint32_t> EpochSampler::order(std::uint64_t seed, int epoch) const
{
    RandomStream random(hashSeed({seed, static_cast<std::uint64_t>(epoch), 0x5A4D504C45ull}));
    switch (kind_) {
    case SamplerKind::Sequential:
        return rows_;
    case SamplerKind::PK:
        return pk_->order(seed, epoch);
    case SamplerKind::Random: {
        std::vector<std::uint32_t> order = rows_;
        shuffle(order, random);
        return order;
    }
    case SamplerKind::ClassAware: {
        // Shen et al. 2016: a class uniformly, then one of its images uniformly, as many times as there are images.
        if (rowsOfClass_.empty())
            return {};
        std::vector<std::uint32_t> order(rows_.size());
        for (std::uint32_t& row : order) {
            const auto& members = rowsOfClass_[random.below(rowsOfClass_.size())];
            row = members[random.below(members.size())];
        }
        return order;
    }
    case SamplerKind::RepeatFactor: {
        // Stochastic rounding: floor(r) copies, one more with probability r - floor(r); fresh each epoch.
        std::vector<std::uint32_t> order;
        order.reserve(rows_.size());
        for (std::size_t i = 0; i < rows_.size(); ++i) {
            const double r = repeat_.empty() ? 1.0 : repeat_[i];
            const double whole = std::floor(r);
            const int copies = static_cast<int>(whole) + (random.uniform() < r - whole ? 1 : 0);
            order.insert(order.end(), copies, rows_[i]);
        }
        shuffle(order, random);
        return order;
    }
    }
    return rows_;
}

} // namespace tagscope
