#pragma once
// A backbone turns normalised images (B x 3 x H x W, float) into pooled features (B x F).
// Every architecture derives from BackboneImpl so that heads and the trainer can hold any of them.
#include <torch/nn/module.h>
#include <torch/nn/pimpl.h>

#include <memory>

namespace tagscope {

// Global pooling of the last feature map (ProxyNCA++ trains with max pooling).
enum class GlobalPooling { Average, Max };

class BackboneImpl : public torch::nn::Module {
public:
    virtual torch::Tensor forward(torch::Tensor images) = 0;
    virtual int64_t featureDim() const = 0;
    // False for a backbone whose weights must stay fixed whatever the trainer asks (a frozen TorchScript file).
    virtual bool trainable() const { return true; }
    // False for a backbone that pools its own way (a class token, a TorchScript file): it keeps that.
    virtual bool setGlobalPooling(GlobalPooling) { return false; }
};
TORCH_MODULE(Backbone);

// Converts a concrete holder (ResNet, VisionTransformer, ...) to the common Backbone holder.
// Going through the base pointer matters: ModuleHolder's forwarding constructor would otherwise
// try to construct a BackboneImpl from the derived pointer.
template <typename Holder>
Backbone asBackbone(const Holder& holder)
{
    return Backbone(std::static_pointer_cast<BackboneImpl>(holder.ptr()));
}

} // namespace tagscope
