// Intra-batch message passing loss (Seidenschwarz et al. 2021; engine/losses/README.md): label-smoothed
// cross-entropy on the backbone embeddings' logits / temperature plus the same on the logits after message
// passing, both through their own BatchNorm -> Linear classifier. The network lives in the loss because it is
// a training device only: at test time the backbone embeddings are used, without the batch graph.
#include "losses/metric/intra_batch_network.h"
#include "losses/metric/metric_loss.h"
#include "losses/metric/metric_losses.h"

#include <torch/torch.h>

namespace tagscope {
namespace {

IntraBatchOptions networkOptions(const LossParameters& p, const LossContext& context)
{
    IntraBatchOptions o;
    o.dim = context.embeddingDim;
    o.classes = context.classes;
    o.heads = static_cast<std::int64_t>(p.number("heads"));
    o.ffMultiplier = static_cast<std::int64_t>(p.number("ff_multiplier"));
    o.attentionDropout = p.number("attention_dropout");
    o.dropout = p.number("dropout");
    o.edgeThreshold = p.number("edge_threshold");
    return o;
}

class IntraBatchLoss : public MetricLoss {
public:
    IntraBatchLoss(const LossParameters& p, const LossContext& context)
        : temperature_(p.number("temperature")), smoothing_(p.number("label_smoothing")), backboneWeight_(p.number("backbone_weight")),
          messageWeight_(p.number("message_weight")), network_(networkOptions(p, context))
    {
    }

    bool classBased() const override { return true; }
    bool wantsNormalizedEmbeddings() const override { return false; } // the network normalises with its own layers
    std::shared_ptr<torch::nn::Module> module() override { return network_.ptr(); }

    torch::Tensor compute(const torch::Tensor& embeddings, const torch::Tensor& targets) override
    {
        const IntraBatchNetworkImpl::Outputs o = network_(embeddings);
        const torch::Tensor labels = classIdsOf(targets, "intra_batch", o.backboneLogits.size(1)).to(embeddings.device());
        const auto options = torch::nn::functional::CrossEntropyFuncOptions().label_smoothing(smoothing_);
        return backboneWeight_ * torch::nn::functional::cross_entropy(o.backboneLogits / temperature_, labels, options) +
            messageWeight_ * torch::nn::functional::cross_entropy(o.messageLogits / temperature_, labels, options);
    }

private:
    double temperature_, smoothing_, backboneWeight_, messageWeight_;
    IntraBatchNetwork network_;
};

} // namespace

RegisteredLoss intraBatchLossEntry()
{
    LossDescription d;
    d.name = "intra_batch";
    d.title = "Intra-batch message passing";
    d.family = "metric";
    d.summary = "Embeddings of a batch exchange messages through attention over the batch graph during training, "
                "so each learns from its neighbours; retrieval then uses the plain backbone embeddings.";
    d.parameters = {
        {"temperature", LossParameter::Type::Number, 0.2, 0.01, 10, {}, "Logits are divided by this"},
        {"label_smoothing", LossParameter::Type::Number, 0.1, 0, 0.5, {}, "Label smoothing of both cross-entropies"},
        {"heads", LossParameter::Type::Integer, 2, 1, 64, {}, "Attention heads (must divide the embedding size)"},
        {"ff_multiplier", LossParameter::Type::Integer, 4, 1, 16, {}, "Feed-forward width as a multiple of the embedding size"},
        {"attention_dropout", LossParameter::Type::Number, 0.1, 0, 0.9, {}, "Dropout on the attention weights"},
        {"dropout", LossParameter::Type::Number, 0.1, 0, 0.9, {}, "Dropout after the attention and in the feed-forward block"},
        {"edge_threshold", LossParameter::Type::Number, -1, -1, 1, {},
         "Below 0: every pair is connected (the paper); else only pairs whose correlation exceeds it"},
        {"backbone_weight", LossParameter::Type::Number, 1, 0, 100, {}, "Weight of the backbone cross-entropy"},
        {"message_weight", LossParameter::Type::Number, 1, 0, 100, {}, "Weight of the message-passing cross-entropy"},
    };
    return {d, [](const LossParameters& p, const LossContext& context) {
                requireClassShape(context, "intra_batch");
                return std::make_unique<IntraBatchLoss>(p, context);
            }};
}

} // namespace tagscope
