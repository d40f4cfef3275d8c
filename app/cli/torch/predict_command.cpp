// tagscope-cli predict RUN_OR_MODEL --dataset D [--split S] --out SCORES.npy [--json]: the tag probabilities of
// every image of a split, rows x tags float32, from a run (its best checkpoint), one checkpoint or a TorchScript
// model (a run's model.pt). Beside SCORES.npy: SCORES.images.npy (the dataset image index of each row) and
// SCORES.json (the model, the LabelNames of the columns, the split, and in_sample: whether the model trained on
// these images). The images stream through the same path as `embed`; rows go to the file as they come.
#include "torch_plugin_commands.h"

#include "command_extraction.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>

namespace {

struct PredictOptions {
    tagscope::ExtractionRequest request;
    bool json = false;
    bool quiet = false;
    bool force = false;
    bool noCorrections = false;
};

int runPredict(PredictOptions o)
{
    o.request.reuseCache = !o.force;
    o.request.applyCorrections = !o.noCorrections;
    o.request.model.probabilities = true;
    o.request.keepRows = false;
    const std::optional<CommandExtraction> extraction = extractForCommand(o.request, o.quiet);
    if (!extraction)
        return 130;
    const tagscope::EmbeddingSet& set = extraction->set;
    std::ifstream in(tagscope::embeddingMetadataPath(set.path));
    const nlohmann::json metadata = nlohmann::json::parse(in, nullptr, false);
    const bool inSample = metadata.is_object() && metadata.value("in_sample", false);
    if (!o.json) {
        std::fprintf(stderr, "%zu images x %zu tags %s %s in %.2f s%s%s\n", set.vectors.rows, set.vectors.cols,
                     set.fromCache ? "read from" : "written to", set.path.c_str(), extraction->seconds, skippedText(set).c_str(),
                     inSample ? " (in-sample: the model trained on these images)" : "");
        return 0;
    }
    nlohmann::json out = extractionResultJson(*extraction);
    out["tags"] = set.vectors.cols;
    out["split"] = o.request.split;
    out["in_sample"] = inSample;
    std::cout << out.dump(2) << '\n';
    return 0;
}

} // namespace

void addPredictCommand(CLI::App& app)
{
    auto o = std::make_shared<PredictOptions>();
    CLI::App* predict = app.add_subcommand("predict", "Tag probabilities of every image of a split (.npy), from a run, a checkpoint or a "
                                                      "TorchScript model");
    predict->add_option("model", o->request.model.path, "Run directory, checkpoint (RUN/checkpoints/*.pt) or TorchScript file (a run's model.pt)")
        ->required();
    predict->add_option("--dataset", o->request.dataset, "Dataset folder (default: a run's training dataset)");
    predict->add_option("--split", o->request.split, "train, validation (default) or test");
    predict->add_option("--out", o->request.output, "Probabilities, rows x tags float32 (.npy)")->required();
    predict->add_option("--input-size", o->request.model.inputSize, "Input side in pixels (TorchScript files without an input_size attribute)");
    predict->add_option("--batch-size", o->request.batchSize, "Images per batch (default 64)")->check(CLI::PositiveNumber);
    predict->add_option("--device", o->request.model.device, "auto (default), cpu, cuda or cuda:N");
    predict->add_option("--workers", o->request.workers, "Image preparation threads (default 2)");
    predict->add_flag("--force", o->force, "Run the model even when matching files exist");
    predict->add_flag("--no-corrections", o->noCorrections,
                      "The dataset as its files give it: no review decision applied, no image left out");
    predict->add_flag("--json", o->json, "Print the result as JSON");
    predict->add_flag("--quiet", o->quiet, "No progress on stderr");
    predict->callback([o] {
        const int code = runPredict(*o);
        if (code != 0)
            throw CLI::RuntimeError(code);
    });
}
