#pragma once
// P x K batches for metric learning: each batch holds P classes with K images each, so that every anchor has
// positives and negatives in its batch (Hermans et al. 2017). Classes are drawn uniformly, which also balances
// a long-tailed dataset; a class with fewer than K images repeats some of them (augmented differently).
#include "training/epoch_sampler.h"

#include <cstdint>
#include <vector>

namespace tagscope {

class PkBatchSampler {
public:
    // `rows` are the cache rows that may be drawn and `classes` (CSR, parallel to `rows`) the classes of each;
    // a row of several classes (a multilabel image) belongs to each. Throws std::invalid_argument when
    // `batchSize` is not a multiple of `imagesPerClass`, or when fewer than P = batchSize / K classes have images.
    PkBatchSampler(const std::vector<std::uint32_t>& rows, const RowPositives& classes, std::size_t columns, int batchSize,
                   int imagesPerClass);

    // floor(rows / batchSize) batches (at least one), concatenated; depends only on (seed, epoch).
    std::vector<std::uint32_t> order(std::uint64_t seed, int epoch) const;

    int classesPerBatch() const { return p_; }
    int imagesPerClass() const { return k_; }

private:
    std::vector<std::vector<std::uint32_t>> rowsOfClass_; // classes with at least one image
    std::size_t batches_ = 0;
    int p_ = 0, k_ = 0;
};

} // namespace tagscope
