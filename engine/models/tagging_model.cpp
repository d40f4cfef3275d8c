#include "models/tagging_model.h"

#include <stdexcept>

namespace tagscope {

namespace {

std::vector<torch::Tensor> trainable(const std::vector<torch::Tensor>& parameters)
{
    std::vector<torch::Tensor> result;
    for (const torch::Tensor& p : parameters)
        if (p.requires_grad())
            result.push_back(p);
    return result;
}

} // namespace

TaggingModelImpl::TaggingModelImpl(Backbone backbone, const TaggingModelOptions& options)
    : backbone_(std::move(backbone)), numClasses_(options.numClasses)
{
    if (backbone_.is_empty())
        throw std::invalid_argument("tagging model needs a backbone");
    register_module("backbone", backbone_);

    ClassifierHeadOptions head;
    head.inFeatures = backbone_->featureDim();
    head.numClasses = options.numClasses;
    head.dropout = options.dropout;
    head.priors = options.priors;
    classifier_ = register_module("classifier", ClassifierHead(head));

    if (options.embeddingDim > 0) {
        EmbeddingHeadOptions embedding;
        embedding.inFeatures = backbone_->featureDim();
        embedding.dim = options.embeddingDim;
        embedding.normalize = options.normalizeEmbedding;
        embedding.layerNorm = options.embeddingLayerNorm;
        embedding_ = register_module("embedding", EmbeddingHead(embedding));
    }
}

torch::Tensor TaggingModelImpl::forward(torch::Tensor images)
{
    return classifier_(backbone_(images));
}

TaggingModelImpl::Outputs TaggingModelImpl::forwardAll(const torch::Tensor& images)
{
    const torch::Tensor features = backbone_(images);
    return {classifier_(features), hasEmbedding() ? embedding_(features) : torch::Tensor()};
}

torch::Tensor TaggingModelImpl::embed(const torch::Tensor& images)
{
    const torch::Tensor features = backbone_(images);
    return hasEmbedding() ? embedding_(features) : features;
}

std::vector<torch::Tensor> TaggingModelImpl::backboneParameters() const
{
    return trainable(backbone_->parameters());
}

std::vector<torch::Tensor> TaggingModelImpl::headParameters() const
{
    std::vector<torch::Tensor> heads = trainable(classifier_->parameters());
    if (hasEmbedding())
        for (const torch::Tensor& p : trainable(embedding_->parameters()))
            heads.push_back(p);
    return heads;
}

std::vector<ParameterGroup> TaggingModelImpl::parameterGroups() const
{
    std::vector<ParameterGroup> groups;
    if (auto backbone = backboneParameters(); !backbone.empty())
        groups.push_back({"backbone", std::move(backbone)});
    groups.push_back({"heads", headParameters()});
    return groups;
}

void TaggingModelImpl::setBackboneFrozen(bool frozen)
{
    backboneFrozen_ = frozen;
    for (torch::Tensor& p : backbone_->parameters())
        p.set_requires_grad(!frozen && backbone_->trainable());
    train(is_training());
}

void TaggingModelImpl::train(bool on)
{
    torch::nn::Module::train(on);
    if (backboneFrozen_)
        backbone_->eval();
}

} // namespace tagscope
