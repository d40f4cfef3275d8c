#pragma once
// A small plain CNN that trains quickly on a laptop CPU: the demo backbone. Four conv-BN-ReLU stages
// (32, 64, 128, 256 channels), each halving the resolution, then global average pooling (0.39 M parameters).
#include "models/backbone.h"

#include <torch/nn/modules/container/sequential.h>

namespace tagscope {

class SmallCnnImpl : public BackboneImpl {
public:
    SmallCnnImpl();
    torch::Tensor forward(torch::Tensor images) override;
    int64_t featureDim() const override { return 256; }
    bool setGlobalPooling(GlobalPooling pooling) override
    {
        pooling_ = pooling;
        return true;
    }

private:
    torch::nn::Sequential stages_;
    GlobalPooling pooling_ = GlobalPooling::Average;
};
TORCH_MODULE(SmallCnn);

} // namespace tagscope
