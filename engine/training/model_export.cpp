#include "training/model_export.h"

#include "common/atomic_file.h"

#include "training/run_files.h"

#include <torch/csrc/jit/api/module.h>
#include <torch/csrc/jit/frontend/tracer.h>
#include <torch/csrc/jit/passes/dead_code_elimination.h>
#include <torch/torch.h>

#include <cstdio>
#include <filesystem>

#include <unistd.h>

namespace tagscope {

void exportTorchScript(TaggingModel& model, int inputSize, const torch::Device& device, const std::string& path, bool embeddings)
{
    const bool wasTraining = model->is_training();
    model->eval();
    torch::NoGradGuard noGrad;
    // Traced weights become graph constants, which must not require gradients: switch that off meanwhile.
    std::vector<torch::Tensor> trainable;
    for (auto& p : model->parameters())
        if (p.requires_grad()) {
            p.requires_grad_(false);
            trainable.push_back(p);
        }
    struct Restore {
        std::vector<torch::Tensor>& parameters;
        ~Restore()
        {
            for (auto& p : parameters)
                p.requires_grad_(true);
        }
    } restore{trainable};
    const torch::Tensor example = torch::zeros({1, 3, inputSize, inputSize}, torch::TensorOptions().device(device));
    try {
        // Trace the forward pass; the weights become constants of the graph, which a method then owns.
        auto traced = torch::jit::tracer::trace(
            {example},
            [&](torch::jit::Stack inputs) -> torch::jit::Stack {
                const torch::Tensor images = inputs[0].toTensor();
                return {embeddings ? model->embed(images) : model->forward(images)};
            },
            [](const torch::autograd::Variable&) { return std::string(); }, /*strict=*/false);
        std::shared_ptr<torch::jit::Graph> graph = traced.first->graph;
        torch::jit::EliminateDeadCode(graph);

        auto unit = std::make_shared<torch::jit::CompilationUnit>();
        torch::jit::Module module("__torch__.tagscope.TaggingModel", unit, /*shouldMangle=*/true);
        graph->insertInput(0, "self")->setType(module.type());
        auto* function = unit->create_function(c10::QualifiedName(*module.type()->name(), "forward"), graph);
        module.type()->addMethod(function);
        module.register_attribute("input_size", c10::IntType::get(), inputSize);
        // Through a stream: LibTorch's file writer ends the process when the disk fills (see atomic_file.h).
        writeStreamAtomically(path, "TorchScript model", [&module](std::ostream& out) { module.save(out); });
    } catch (const std::exception& error) {
        if (wasTraining)
            model->train();
        throw std::runtime_error(path + ": cannot export the model (" + error.what() + ")");
    }
    if (wasTraining)
        model->train();
}

} // namespace tagscope
