// tagscope-cli loss NAME --inputs X.npy --targets Y.npy [--params JSON] [--grad OUT.npy] [--json]:
// evaluates a registered loss exactly as the Trainer does, so it can be checked against another implementation.
#include "torch_plugin_commands.h"

#include "common/npy.h"
#include "losses/loss_registry.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <cstdio>
#include <iostream>
#include <memory>
#include <stdexcept>

namespace {

struct LossOptions {
    std::string name;
    std::string inputs;
    std::string targets;
    std::string params = "{}";
    std::string grad;
    std::string classCounts;
    double trainImages = 0;
    std::string priors;
    bool json = false;
    bool list = false;
};

torch::Tensor tensorFromNpy(const std::string& path, bool integerTargets)
{
    const tagscope::NpyArray array = tagscope::readNpy(path);
    if (array.shape.empty() || array.shape.size() > 2)
        throw std::runtime_error(path + ": expected a 1-D or 2-D array");
    std::vector<float> values = array.toFloat();
    torch::Tensor t = torch::tensor(values, torch::kFloat).view(array.shape);
    return integerTargets ? t.round() : t;
}

std::vector<double> vectorFromNpy(const std::string& path)
{
    const std::vector<float> values = tagscope::readNpy(path).toFloat();
    return {values.begin(), values.end()};
}

void listLosses()
{
    for (const auto& entry : tagscope::lossRegistry()) {
        const auto& d = entry.description;
        std::printf("%-10s %s (%s)\n           %s\n", d.name.c_str(), d.title.c_str(), d.family.c_str(), d.summary.c_str());
        for (const auto& p : d.parameters) {
            std::string value = p.type == tagscope::LossParameter::Type::Choice ? p.choices.front() : nlohmann::json(p.defaultValue).dump();
            std::printf("           %-18s = %-10s %s\n", p.name.c_str(), value.c_str(), p.help.c_str());
        }
    }
}

void runLoss(const LossOptions& o)
{
    if (o.list || o.name.empty()) {
        listLosses();
        return;
    }
    if (o.inputs.empty() || o.targets.empty())
        throw std::runtime_error("loss: --inputs and --targets are required");
    nlohmann::json params;
    try {
        params = nlohmann::json::parse(o.params);
    } catch (const nlohmann::json::parse_error& error) {
        throw std::runtime_error(std::string("loss: --params is not valid JSON: ") + error.what());
    }
    tagscope::LossContext context;
    if (!o.classCounts.empty())
        context.classPositives = vectorFromNpy(o.classCounts);
    context.trainImages = o.trainImages;
    if (!o.priors.empty())
        context.classPriors = vectorFromNpy(o.priors);
    auto loss = tagscope::createLoss(o.name, params, context);
    torch::Tensor inputs = tensorFromNpy(o.inputs, false).requires_grad_(true);
    const torch::Tensor targets = tensorFromNpy(o.targets, true);
    if (inputs.dim() == 2 && targets.dim() == 2 && inputs.sizes() != targets.sizes())
        throw std::runtime_error("loss: inputs and targets differ in shape");
    const torch::Tensor value = loss->compute(inputs, targets);
    if (!o.grad.empty()) {
        value.backward();
        const torch::Tensor grad = inputs.grad().contiguous();
        tagscope::writeNpy(o.grad, std::vector<float>(grad.data_ptr<float>(), grad.data_ptr<float>() + grad.numel()),
                           std::vector<std::int64_t>(grad.sizes().begin(), grad.sizes().end()));
    }
    if (o.json)
        std::cout << nlohmann::json{{"loss", value.item<double>()}}.dump() << '\n';
    else
        std::printf("%.9g\n", value.item<double>());
}

} // namespace

void addLossCommand(CLI::App& app)
{
    auto o = std::make_shared<LossOptions>();
    CLI::App* loss = app.add_subcommand("loss", "Evaluate a registered loss on logits or embeddings and targets (.npy)");
    loss->add_option("name", o->name, "Loss name (see --list)");
    loss->add_flag("--list", o->list, "List the losses and their parameters");
    loss->add_option("--inputs", o->inputs, "Logits or embeddings, B x C float32 .npy");
    loss->add_option("--targets", o->targets, "Targets .npy: 1 / 0 / -1 (unknown) for multilabel losses");
    loss->add_option("--params", o->params, "Loss parameters as a JSON object");
    loss->add_option("--grad", o->grad, "Write d loss / d inputs to this .npy");
    loss->add_option("--class-counts", o->classCounts, "Per-tag positive counts in the training split (.npy), for db");
    loss->add_option("--train-images", o->trainImages, "Training images, for db");
    loss->add_option("--priors", o->priors, "Estimated tag priors (.npy), for partial mode selective");
    loss->add_flag("--json", o->json, "Print {\"loss\": value}");
    loss->callback([o] { runLoss(*o); });
}
