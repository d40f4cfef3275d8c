#pragma once
// A metric-learning loss: embeddings (B x D) and labels in, a scalar out (engine/losses/README.md, "Metric
// learning"). Pair losses take class ids (B) or multilabel targets (B x C, two rows are positives when they
// share a positive tag); class-based losses take class ids only. Some losses own trainable state (class
// weights, proxies, a message-passing network) that the trainer optimises and checkpoints with the model.
#include "losses/loss.h"

#include <torch/nn/module.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace tagscope {

// Trainable tensors of a loss that want their own optimiser settings (ProxyNCA++'s fast-moving proxies). The
// trainer gives a group with its own learning rate no weight decay (its scale is normalised away).
struct LossParameterGroup {
    std::string name;
    std::vector<torch::Tensor> parameters;
    double lr = 0;  // 0: the model's learning rate
    double eps = 0; // Adam epsilon; 0: the optimiser's default
};

class MetricLoss : public Loss {
public:
    // Pair losses (contrastive, triplet, quadruplet) accept multilabel targets; class-based ones need class ids.
    virtual bool classBased() const = 0;
    // False when the loss reads the embedding's norm (SphereFace) or normalises on its own terms (intra-batch):
    // the trainer then builds the embedding head without L2 normalisation.
    virtual bool wantsNormalizedEmbeddings() const { return true; }
    // Training step, for schedules inside the loss (SphereFace's lambda annealing).
    virtual void setIteration(std::int64_t) {}

    // The loss's trainable state; null for losses without any.
    virtual std::shared_ptr<torch::nn::Module> module() { return nullptr; }
    virtual std::vector<LossParameterGroup> parameterGroups();
    // C x D class weights or proxies (undefined when the loss has none); set replaces them (`--weights`).
    virtual torch::Tensor classWeights() { return {}; }
    void setClassWeights(const torch::Tensor& weights);
};

// Class ids (long, B) from targets that hold one id per row (B, or B x 1); throws std::invalid_argument naming
// the loss otherwise, or when an id is negative or not below `classes` (when classes > 0).
torch::Tensor classIdsOf(const torch::Tensor& targets, const std::string& loss, std::int64_t classes = 0);

// B x B "same label" matrix (bool): equal class ids, or at least one shared positive tag for B x C targets.
// The diagonal is true.
torch::Tensor sameLabelMatrix(const torch::Tensor& targets);

// Squared Euclidean distances between the rows of x (B x D) and y (M x D), clamped at 0 (the Gram expansion
// can go slightly negative).
torch::Tensor squaredDistances(const torch::Tensor& x, const torch::Tensor& y);

// Rows scaled to unit L2 norm (with the same epsilon as torch.nn.functional.normalize).
torch::Tensor unitRows(const torch::Tensor& x);

// Throws std::invalid_argument when a class-based loss is created without C (at least 2) and D in the context.
void requireClassShape(const LossContext& context, const std::string& loss);

} // namespace tagscope
