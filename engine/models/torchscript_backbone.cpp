#include "models/torchscript_backbone.h"

#include "common/zip_index.h"

#include <torch/script.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace tagscope {

struct TorchScriptBackboneImpl::Script {
    torch::jit::Module module;
};

namespace {

// c10::Error messages carry a C++ backtrace after the first line; users need only the first line.
std::string firstLine(const std::string& text)
{
    return text.substr(0, text.find('\n'));
}

std::string shapeText(const torch::Tensor& tensor)
{
    std::ostringstream out;
    out << tensor.sizes();
    return out.str();
}

std::string registeredName(std::string name)
{
    std::replace(name.begin(), name.end(), '.', '_');
    return name;
}

} // namespace

TorchScriptBackboneImpl::TorchScriptBackboneImpl(const TorchScriptBackboneOptions& options)
    : script_(std::make_unique<Script>()), options_(options)
{
    const std::string& path = options.path;
    if (path.empty())
        throw std::runtime_error("TorchScript backbone: no file given");
    if (!std::ifstream(path, std::ios::binary))
        throw std::runtime_error(path + ": cannot open the TorchScript backbone file");
    checkTorchArchive(path, "TorchScript module"); // truncated or foreign files, named before LibTorch reads them
    try {
        script_->module = torch::jit::load(path, torch::kCPU);
    } catch (const c10::Error& error) {
        throw std::runtime_error(path + ": not a TorchScript module (save one with torch.jit.trace(...).save or "
                                        "torch.jit.script(...).save): " + firstLine(error.what_without_backtrace()));
    }

    // Dry forward in eval mode, so that BatchNorm running statistics are not moved by the probe.
    script_->module.eval();
    const int64_t size = options.inputSize;
    torch::IValue output;
    try {
        torch::NoGradGuard noGrad;
        output = script_->module.forward({torch::zeros({2, 3, size, size})});
    } catch (const std::exception& error) {
        throw std::runtime_error(path + ": forward failed on a 2x3x" + std::to_string(size) + "x" + std::to_string(size) +
                                 " input: " + firstLine(error.what()));
    }
    if (!output.isTensor())
        throw std::runtime_error(path + ": forward returned a " + output.tagKind() +
                                 ", not a tensor; export a module that returns B x F features");
    const torch::Tensor features = output.toTensor();
    if (features.dim() != 2 || features.size(0) != 2 || features.size(1) < 1)
        throw std::runtime_error(path + ": forward returned shape " + shapeText(features) + " for a 2x3x" + std::to_string(size) +
                                 "x" + std::to_string(size) + " input; a backbone must return B x F pooled features");
    featureDim_ = features.size(1);

    for (const auto& parameter : script_->module.named_parameters(/*recurse=*/true))
        register_parameter(registeredName(parameter.name), parameter.value, /*requires_grad=*/!options.frozen);
    for (const auto& buffer : script_->module.named_buffers(/*recurse=*/true))
        register_buffer(registeredName(buffer.name), buffer.value);
    train(is_training());
}

TorchScriptBackboneImpl::~TorchScriptBackboneImpl() = default;

torch::Tensor TorchScriptBackboneImpl::forward(torch::Tensor images)
{
    if (options_.frozen) {
        // Nothing to learn here: skip building the autograd graph through the backbone.
        torch::NoGradGuard noGrad;
        return script_->module.forward({images}).toTensor();
    }
    return script_->module.forward({images}).toTensor();
}

void TorchScriptBackboneImpl::train(bool on)
{
    const bool training = on && !options_.frozen;
    torch::nn::Module::train(training);
    script_->module.train(training);
}

bool TorchScriptBackboneImpl::scriptIsTraining() const
{
    return script_->module.is_training();
}

} // namespace tagscope
