#pragma once
// The order in which one epoch visits the rows of a packed image cache, for each sampling strategy.
#include "training/batch_source.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace tagscope {

class PkBatchSampler;

// Positive tag columns of each candidate row, in CSR form (offsets has rows + 1 entries).
struct RowPositives {
    std::vector<std::uint64_t> offsets;
    std::vector<std::uint32_t> columns;
};

class EpochSampler {
public:
    // `rows` are the cache rows that may be drawn; `positives` (parallel to `rows`) is needed by ClassAware,
    // RepeatFactor and PK (for PK: the classes of each row). `columns` is the number of tags (or classes).
    // PK batches hold batchSize / imagesPerClass classes with imagesPerClass images each.
    EpochSampler(SamplerKind kind, std::vector<std::uint32_t> rows, const RowPositives& positives, std::size_t columns,
                 double repeatThreshold, int batchSize = 0, int imagesPerClass = 0);

    // Cache rows in visiting order; depends only on (seed, epoch).
    std::vector<std::uint32_t> order(std::uint64_t seed, int epoch) const;
    // Per candidate row, the LVIS repeat factor (1 for the other samplers).
    const std::vector<double>& repeatFactors() const { return repeat_; }

private:
    SamplerKind kind_;
    std::vector<std::uint32_t> rows_;
    std::vector<std::vector<std::uint32_t>> rowsOfClass_; // ClassAware: classes with at least one positive
    std::vector<double> repeat_;
    std::shared_ptr<const PkBatchSampler> pk_;
};

} // namespace tagscope
