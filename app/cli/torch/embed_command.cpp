// tagscope-cli embed --model RUN|CHECKPOINT|MODEL.pt --dataset D [--split S] --out EMB.npy [--json]: embeddings
// of every image of a split, batched on the model's device, written as EMB.npy with EMB.images.npy (the dataset
// image index of each row) and EMB.json (model fingerprint, dataset, split). Run again with the same model and
// dataset, it reads those files back instead of running the model.
#include "torch_plugin_commands.h"

#include "command_extraction.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <memory>

namespace {

struct EmbedOptions {
    tagscope::ExtractionRequest request;
    bool json = false;
    bool quiet = false;
    bool force = false;
    bool noCorrections = false;
};

int runEmbed(EmbedOptions o)
{
    o.request.reuseCache = !o.force;
    o.request.applyCorrections = !o.noCorrections;
    const std::optional<CommandExtraction> extraction = extractForCommand(o.request, o.quiet);
    if (!extraction)
        return 130;
    const tagscope::EmbeddingSet& set = extraction->set;
    if (!o.json) {
        std::fprintf(stderr, "%zu images x %zu dimensions (%s) %s %s in %.2f s%s\n", set.vectors.rows, set.vectors.cols, set.kind.c_str(),
                     set.fromCache ? "read from" : "written to", set.path.c_str(), extraction->seconds, skippedText(set).c_str());
        return 0;
    }
    nlohmann::json out = extractionResultJson(*extraction);
    out["dimensions"] = set.vectors.cols;
    out["kind"] = set.kind;
    std::cout << out.dump(2) << '\n';
    return 0;
}

} // namespace

void addEmbedCommand(CLI::App& app)
{
    auto o = std::make_shared<EmbedOptions>();
    CLI::App* embed = app.add_subcommand("embed", "Embeddings of every image of a split (.npy), from a run, a checkpoint or a TorchScript model");
    embed->add_option("--model", o->request.model.path, "Run directory, checkpoint (RUN/checkpoints/*.pt) or TorchScript file")->required();
    embed->add_option("--dataset", o->request.dataset, "Dataset folder (default: a run's training dataset)");
    embed->add_option("--split", o->request.split, "train, validation (default) or test");
    embed->add_option("--out", o->request.output, "Embeddings, rows x dimensions float32 (.npy); default: the user cache folder");
    embed->add_option("--input-size", o->request.model.inputSize, "Input side in pixels (TorchScript files without an input_size attribute)");
    embed->add_flag("--pooled", o->request.model.pooledFeatures, "Runs: the backbone's pooled features even when there is an embedding head");
    embed->add_option("--batch-size", o->request.batchSize, "Images per batch (default 64)")->check(CLI::PositiveNumber);
    embed->add_option("--device", o->request.model.device, "auto (default), cpu, cuda or cuda:N");
    embed->add_option("--workers", o->request.workers, "Image preparation threads (default 2)");
    embed->add_flag("--force", o->force, "Run the model even when matching files exist");
    embed->add_flag("--no-corrections", o->noCorrections,
                    "The dataset as its files give it: no review decision applied, no image left out");
    embed->add_flag("--json", o->json, "Print the result as JSON");
    embed->add_flag("--quiet", o->quiet, "No progress on stderr");
    embed->callback([o] {
        const int code = runEmbed(*o);
        if (code != 0)
            throw CLI::RuntimeError(code);
    });
}
