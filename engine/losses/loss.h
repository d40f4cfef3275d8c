#pragma once
// A training loss: outputs (logits B x C, or embeddings B x D) and targets in, a scalar tensor out.
// Multilabel targets are 1 (positive), 0 (verified negative) and -1 (unknown), as in engine/losses/README.md.
#include <torch/types.h>

#include <cstdint>
#include <vector>

namespace tagscope {

// What some losses need beyond a batch, taken from the training split.
struct LossContext {
    std::vector<double> classPositives; // n_c per tag (Distribution-Balanced loss)
    double trainImages = 0;             // N (Distribution-Balanced loss)
    std::vector<double> classPriors;    // estimated P(tag) (selective partial-label mode); empty if unknown
    std::int64_t classes = 0;           // metric losses owning per-class weights or proxies: C
    std::int64_t embeddingDim = 0;      // and the embedding size D
};

class Loss {
public:
    virtual ~Loss() = default;
    virtual torch::Tensor compute(const torch::Tensor& outputs, const torch::Tensor& targets) = 0;
};

} // namespace tagscope
