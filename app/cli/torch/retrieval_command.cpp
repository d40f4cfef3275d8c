// tagscope-cli retrieval --embeddings E.npy --classes C.npy [--k 1,2,4,8] [--memory-mb M] [--json]:
// Recall@K and MAP@R of embeddings with exact nearest neighbours (the figures the Trainer logs per epoch for
// metric learning), for embeddings exported from anywhere. Both in percent, as every score Tagscope reports.
#include "torch_plugin_commands.h"

#include "common/npy.h"
#include "training/retrieval_metrics.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <stdexcept>

namespace {

struct RetrievalCommandOptions {
    std::string embeddings;
    std::string classes;
    std::vector<int> ks = {1, 2, 4, 8};
    double memoryMb = 256;
    int threads = 0;
    bool json = false;
};

void runRetrieval(const RetrievalCommandOptions& o)
{
    const tagscope::NpyArray e = tagscope::readNpy(o.embeddings);
    if (e.shape.size() != 2)
        throw std::runtime_error(o.embeddings + ": expected N x D embeddings");
    const tagscope::NpyArray c = tagscope::readNpy(o.classes);
    if (c.shape.empty() || c.shape.size() > 2 || c.shape[0] != e.shape[0])
        throw std::runtime_error(o.classes + ": expected " + std::to_string(e.shape[0]) + " class ids (N) or multilabel rows (N x C)");
    if (o.threads > 0)
        torch::set_num_threads(o.threads);
    const torch::Tensor embeddings = torch::tensor(e.toFloat()).view({e.shape[0], e.shape[1]});
    tagscope::RetrievalOptions options;
    options.ks = o.ks;
    options.memoryBudget = static_cast<std::int64_t>(o.memoryMb * (1 << 20));
    const auto start = std::chrono::steady_clock::now();
    const tagscope::RetrievalMetrics m = c.shape.size() == 1
        ? tagscope::evaluateRetrieval(embeddings, torch::tensor(c.toInt64()), options)
        : tagscope::evaluateRetrievalMultilabel(embeddings, torch::tensor(c.toFloat()).view({c.shape[0], c.shape[1]}), options);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!m.complete)
        throw std::runtime_error("retrieval: no item has another item of its class");
    nlohmann::json out = {{"items", m.items}, {"queries", m.queries}};
    for (std::size_t i = 0; i < m.ks.size(); ++i)
        out["recall_at_" + std::to_string(m.ks[i])] = 100 * m.recallAtK[i];
    out["map_at_r"] = 100 * m.mapAtR;
    out["seconds"] = seconds;
    if (o.json) {
        std::cout << out.dump() << '\n';
        return;
    }
    for (std::size_t i = 0; i < m.ks.size(); ++i)
        std::printf("Recall@%-5d %.2f\n", m.ks[i], 100 * m.recallAtK[i]);
    std::printf("MAP@R        %.2f\n%zu queries of %zu items, %.2f s\n", 100 * m.mapAtR, m.queries, m.items, seconds);
}

} // namespace

void addRetrievalCommand(CLI::App& app)
{
    auto o = std::make_shared<RetrievalCommandOptions>();
    CLI::App* command = app.add_subcommand("retrieval", "Recall@K and MAP@R of embeddings (.npy) with exact nearest neighbours");
    command->add_option("--embeddings", o->embeddings, "N x D float .npy")->required();
    command->add_option("--classes", o->classes, "Class ids (N, integer; negative = unlabelled) or multilabel rows (N x C) .npy")->required();
    command->add_option("--k", o->ks, "Recall@K cut-offs")->delimiter(',');
    command->add_option("--memory-mb", o->memoryMb, "Memory for one block of query scores");
    command->add_option("--threads", o->threads, "CPU threads (0: LibTorch's default)");
    command->add_flag("--json", o->json, "Print one JSON object");
    command->callback([o] { runRetrieval(*o); });
}
