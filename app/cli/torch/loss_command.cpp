// tagscope-cli loss NAME --inputs X.npy --targets Y.npy [--params JSON] [--grad OUT.npy] [--json]:
// evaluates a registered loss exactly as the Trainer does, so it can be checked against another implementation.
// Metric losses take embeddings (B x D) and class ids (B; pair losses also B x C multilabel targets); those that
// own class weights or proxies read them from --weights (C x D).
#include "torch_plugin_commands.h"

#include "common/npy.h"
#include "losses/loss_registry.h"
#include "losses/metric/metric_loss.h"

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
    std::string weights;
    std::string weightsGrad;
    std::int64_t classes = 0;
    std::uint64_t seed = 0;
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
        std::printf("%-11s %s (%s)\n            %s\n", d.name.c_str(), d.title.c_str(), d.family.c_str(), d.summary.c_str());
        for (const auto& p : d.parameters) {
            std::string value = p.type == tagscope::LossParameter::Type::Choice ? p.choices.front() : nlohmann::json(p.defaultValue).dump();
            std::printf("            %-18s = %-10s %s\n", p.name.c_str(), value.c_str(), p.help.c_str());
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
    const tagscope::RegisteredLoss* entry = tagscope::findLoss(o.name);
    const bool metric = entry && entry->description.family == "metric";
    torch::Tensor inputs = tensorFromNpy(o.inputs, false).requires_grad_(true);
    const torch::Tensor targets = tensorFromNpy(o.targets, true);
    if (inputs.size(0) != targets.size(0))
        throw std::runtime_error("loss: " + std::to_string(inputs.size(0)) + " input rows but " + std::to_string(targets.size(0)) + " targets");
    if (!metric && inputs.dim() == 2 && targets.dim() == 2 && inputs.sizes() != targets.sizes())
        throw std::runtime_error("loss: inputs and targets differ in shape");
    torch::Tensor weights;
    if (metric) {
        if (inputs.dim() != 2)
            throw std::runtime_error("loss: " + o.name + " takes embeddings, B x D");
        torch::manual_seed(o.seed); // state the loss creates without --weights (the intra-batch network)
        context.embeddingDim = inputs.size(1);
        if (!o.weights.empty()) {
            weights = tensorFromNpy(o.weights, false);
            if (weights.dim() != 2 || weights.size(1) != inputs.size(1))
                throw std::runtime_error(o.weights + ": expected C x " + std::to_string(inputs.size(1)) + " class weights");
            context.classes = weights.size(0);
        } else {
            context.classes = o.classes > 0 ? o.classes : (targets.dim() == 1 ? targets.max().item<std::int64_t>() + 1 : targets.size(1));
        }
    }
    auto loss = tagscope::createLoss(o.name, params, context);
    auto* metricLoss = dynamic_cast<tagscope::MetricLoss*>(loss.get());
    if (metricLoss && metricLoss->classWeights().defined()) {
        if (weights.defined())
            metricLoss->setClassWeights(weights);
        else
            std::fprintf(stderr, "loss: %s owns class weights; without --weights they are random (seed %llu)\n", o.name.c_str(),
                         static_cast<unsigned long long>(o.seed));
    } else if (weights.defined()) {
        throw std::runtime_error("loss: " + o.name + " has no class weights or proxies; drop --weights");
    }
    const torch::Tensor value = loss->compute(inputs, targets);
    if (!o.grad.empty() || !o.weightsGrad.empty()) {
        value.backward();
        auto save = [](const std::string& path, const torch::Tensor& tensor) {
            const torch::Tensor grad = tensor.contiguous();
            tagscope::writeNpy(path, std::vector<float>(grad.data_ptr<float>(), grad.data_ptr<float>() + grad.numel()),
                               std::vector<std::int64_t>(grad.sizes().begin(), grad.sizes().end()));
        };
        if (!o.grad.empty())
            save(o.grad, inputs.grad());
        if (!o.weightsGrad.empty()) {
            if (!metricLoss || !metricLoss->classWeights().defined())
                throw std::runtime_error("loss: --weights-grad needs a loss with class weights or proxies");
            save(o.weightsGrad, metricLoss->classWeights().grad());
        }
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
    loss->add_option("--targets", o->targets, "Targets .npy: 1 / 0 / -1 (unknown) for multilabel losses; class ids (B) for metric losses");
    loss->add_option("--params", o->params, "Loss parameters as a JSON object");
    loss->add_option("--grad", o->grad, "Write d loss / d inputs to this .npy");
    loss->add_option("--class-counts", o->classCounts, "Per-tag positive counts in the training split (.npy), for db");
    loss->add_option("--train-images", o->trainImages, "Training images, for db");
    loss->add_option("--priors", o->priors, "Estimated tag priors (.npy), for partial mode selective");
    loss->add_option("--weights", o->weights, "Class weights or proxies, C x D float32 .npy (sphereface, cosface, arcface, proxynca, proxynca_pp)");
    loss->add_option("--weights-grad", o->weightsGrad, "Write d loss / d weights to this .npy");
    loss->add_option("--classes", o->classes, "Number of classes when no --weights gives it (default: largest class id + 1)");
    loss->add_option("--seed", o->seed, "Seed of the state a loss creates itself (intra_batch's network, weights without --weights)");
    loss->add_flag("--json", o->json, "Print {\"loss\": value}");
    loss->callback([o] { runLoss(*o); });
}
