// tagscope-cli crossval --config CFG.json --folds K --out DIR [--set key=value ...] [--json]: out-of-fold tag
// probabilities of the config's training split (engine/quality/cross_validation.h): DIR/oof.npy with oof.images.npy
// and oof.json. Ctrl-C stops after a checkpoint; the same command carries on where it stopped.
#include "torch_plugin_commands.h"
#include "training_config_file.h"

#include "quality/cross_validation.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <memory>

namespace {

tagscope::CancelToken* interruptToken = nullptr;

void onInterrupt(int)
{
    if (interruptToken)
        interruptToken->cancel(); // an atomic store: safe in a signal handler
}

struct CrossvalOptions {
    std::string config, out;
    std::vector<std::string> overrides;
    int folds = 5;
    bool json = false;
    bool quiet = false;
};

// Phases and messages on stderr; the training's own progress only as its phase changes.
class PhaseObserver : public tagscope::TrainingObserver {
public:
    explicit PhaseObserver(bool quiet) : quiet_(quiet) {}
    void progress(const tagscope::TrainingProgress& p) override
    {
        if (!quiet_ && p.phase != phase_)
            std::fprintf(stderr, "  %s\n", (phase_ = p.phase).c_str());
    }
    void epochFinished(const tagscope::EpochSummary& s) override
    {
        if (!quiet_)
            std::fprintf(stderr, "  epoch %d: train loss %.4f, val mAP %.2f\n", s.epoch, s.trainLoss, s.validation.map);
    }
    void message(const std::string& text) override
    {
        phase_.clear();
        std::fprintf(stderr, "%s\n", text.c_str());
    }

private:
    bool quiet_;
    std::string phase_;
};

int runCrossval(const CrossvalOptions& o)
{
    tagscope::CrossValidationRequest request;
    request.config = readTrainingConfigFile(o.config, o.overrides);
    request.folds = o.folds;
    request.output = o.out;
    tagscope::CancelToken cancel;
    interruptToken = &cancel;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    PhaseObserver observer(o.quiet);
    const auto start = std::chrono::steady_clock::now();
    const std::optional<tagscope::CrossValidationResult> result = tagscope::crossValidate(request, &observer, &cancel);
    interruptToken = nullptr;
    if (!result) {
        std::fprintf(stderr, "cancelled; the folds done so far are kept: run the same command to carry on\n");
        return 130;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!o.json) {
        std::fprintf(stderr, "%zu images x %zu tags of out-of-fold probabilities in %s (%d folds trained, %d kept) in %.1f s\n", result->rows,
                     result->tags, result->scores.c_str(), result->foldsTrained, result->foldsReused, seconds);
        return 0;
    }
    std::cout << nlohmann::json{{"out", result->scores},
                                {"rows", result->rows},
                                {"tags", result->tags},
                                {"folds", o.folds},
                                {"folds_trained", result->foldsTrained},
                                {"folds_reused", result->foldsReused},
                                {"seconds", seconds}}
                     .dump(2)
              << '\n';
    return 0;
}

} // namespace

void addCrossvalCommand(CLI::App& app)
{
    auto o = std::make_shared<CrossvalOptions>();
    CLI::App* crossval = app.add_subcommand("crossval", "Out-of-fold tag probabilities of the training split: K runs on K-1 folds each, "
                                                        "each scoring the fold it did not see (resumable)");
    crossval->add_option("--config", o->config, "Training config (JSON), as for train")->required();
    crossval->add_option("--folds", o->folds, "Number of folds (default 5)")->check(CLI::Range(2, 100));
    crossval->add_option("--out", o->out, "Output folder: oof.npy, oof.images.npy, oof.json, folds.csv, fold-<k>/")->required();
    crossval->add_option("--set", o->overrides, "Override a config key, e.g. --set dataset=demo --set epochs=3");
    crossval->add_flag("--json", o->json, "Print the result as JSON");
    crossval->add_flag("--quiet", o->quiet, "Only the folds' messages on stderr");
    crossval->callback([o] {
        const int code = runCrossval(*o);
        if (code != 0)
            throw CLI::RuntimeError(code);
    });
}
