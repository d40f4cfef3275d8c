// tagscope-cli train --config CFG.json [--out RUN_DIR] [--set key=value ...]: trains headless with a progress
// bar and ETA on stderr; Ctrl-C writes a checkpoint and exits cleanly; running it again on RUN_DIR resumes.
// One rank of a data-parallel run (launch, torchrun, SLURM) other than rank 0 says which rank it is and leaves the
// progress, the epochs and the result JSON to rank 0.
#include "torch_plugin_commands.h"
#include "training_config_file.h"

#include "losses/loss_registry.h"
#include "training/distributed.h"
#include "training/trainer.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <memory>
#include <stdexcept>

namespace {

tagscope::CancelToken* interruptToken = nullptr;

void onInterrupt(int)
{
    if (interruptToken)
        interruptToken->cancel(); // an atomic store: safe in a signal handler
}

struct TrainOptions {
    std::string config;
    std::string out;
    std::vector<std::string> overrides;
    bool quiet = false;
    bool noCorrections = false; // the same as --set use_corrections=false
};

std::vector<std::string> withCorrectionsChoice(const TrainOptions& o)
{
    std::vector<std::string> overrides = o.overrides;
    if (o.noCorrections)
        overrides.push_back("use_corrections=false");
    return overrides;
}

std::string defaultRunDirectory()
{
    char stamp[32];
    const std::time_t now = std::time(nullptr);
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", std::localtime(&now));
    return std::string("runs/") + stamp;
}

std::string clock(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return "--:--";
    const long s = static_cast<long>(seconds);
    char text[32];
    std::snprintf(text, sizeof text, s >= 3600 ? "%ld:%02ld:%02ld" : "%ld:%02ld", s >= 3600 ? s / 3600 : s / 60,
                  s >= 3600 ? (s / 60) % 60 : s % 60, s % 60);
    return text;
}

class ConsoleObserver : public tagscope::TrainingObserver {
public:
    // `otherRank`: this process is a rank other than 0, which reports only its messages, each naming the rank.
    ConsoleObserver(bool quiet, std::string otherRank) : quiet_(quiet || !otherRank.empty()), terminal_(::isatty(2)), otherRank_(std::move(otherRank)) {}

    void progress(const tagscope::TrainingProgress& p) override
    {
        if (quiet_)
            return;
        const auto now = std::chrono::steady_clock::now();
        if (now - last_ < std::chrono::milliseconds(terminal_ ? 200 : 5000))
            return;
        last_ = now;
        if (p.phase != "Training") {
            std::fprintf(stderr, terminal_ ? "\r%-40s %3.0f%%\033[K" : "%s %.0f%%\n", p.phase.c_str(), p.total ? 100.0 * p.done / p.total : 0.0);
            return;
        }
        // The bar follows the whole run's step budget; the epoch and its batch are shown beside it.
        const int width = 24;
        const int filled = p.totalSteps ? static_cast<int>(width * std::min<std::int64_t>(p.step, p.totalSteps) / p.totalSteps) : 0;
        std::fprintf(stderr, terminal_ ? "\rstep %lld/%lld [%s%s] epoch %d/%d batch %lld/%lld loss %.4f lr %.2e %.0f img/s ETA %s\033[K"
                                       : "step %lld/%lld [%s%s] epoch %d/%d batch %lld/%lld loss %.4f lr %.2e %.0f img/s ETA %s\n",
                     static_cast<long long>(p.step), static_cast<long long>(p.totalSteps), std::string(filled, '#').c_str(),
                     std::string(width - filled, '.').c_str(), p.epoch, p.epochs, static_cast<long long>(p.batch),
                     static_cast<long long>(p.batchesPerEpoch), p.smoothedLoss, p.learningRate, p.imagesPerSecond, clock(p.etaSeconds).c_str());
    }

    void epochFinished(const tagscope::EpochSummary& s) override { print("epoch " + std::to_string(s.epoch), s); }
    void validated(const tagscope::EpochSummary& s) override
    {
        print("step " + std::to_string(s.step) + " (epoch " + std::to_string(s.epoch) + ")", s);
    }

    void message(const std::string& text) override
    {
        std::fprintf(stderr, "%s%s%s\n", terminal_ && !quiet_ ? "\r\033[K" : "", otherRank_.empty() ? "" : (otherRank_ + ": ").c_str(), text.c_str());
    }

private:
    void print(const std::string& when, const tagscope::EpochSummary& s)
    {
        if (!otherRank_.empty())
            return; // rank 0 validates and reports the epoch
        if (s.metricLearning) {
            const auto& r = s.retrieval;
            std::string recalls;
            for (std::size_t i = 0; i < r.ks.size(); ++i) {
                char figure[48];
                if (r.complete) // in percent, as every score
                    std::snprintf(figure, sizeof figure, "%sR@%d %.2f", i ? ", " : "", r.ks[i], 100 * r.recallAtK[i]);
                else
                    std::snprintf(figure, sizeof figure, "%sR@%d -", i ? ", " : "", r.ks[i]);
                recalls += figure;
            }
            std::fprintf(stderr, "%s%s: train loss %.4f, val %s, MAP@R %.2f (%zu queries) in %.1f s%s\n", terminal_ ? "\r\033[K" : "",
                         when.c_str(), s.trainLoss, recalls.c_str(), 100 * r.mapAtR, r.queries, s.seconds, s.best ? " (best)" : "");
            return;
        }
        const auto& m = s.validation;
        if (m.tagsEvaluated == 0) { // no validation at this epoch's end (validated by steps, or no validation images)
            std::fprintf(stderr, "%s%s: train loss %.4f in %.1f s\n", terminal_ ? "\r\033[K" : "", when.c_str(), s.trainLoss, s.seconds);
            return;
        }
        std::fprintf(stderr, "%s%s: train loss %.4f, val mAP %.2f (head %.2f, medium %.2f, tail %.2f; prior baseline %.2f; %zu tags, %zu left out) in %.1f s%s\n",
                     terminal_ ? "\r\033[K" : "", when.c_str(), s.trainLoss, m.map, m.bandMap[0], m.bandMap[1], m.bandMap[2], m.priorBaselineMap,
                     m.tagsEvaluated, m.tagsLeftOut, s.seconds, s.best ? " (best)" : "");
    }

    bool quiet_;
    bool terminal_;
    std::string otherRank_;
    std::chrono::steady_clock::time_point last_{};
};

int runTrain(const TrainOptions& o)
{
    const tagscope::TrainingConfig config = readTrainingConfigFile(o.config, withCorrectionsChoice(o));
    const tagscope::DistributedSettings ranks = tagscope::distributedSettingsFromEnvironment();
    const std::string otherRank = ranks.rank > 0 ? "rank " + std::to_string(ranks.rank) : std::string();
    const std::string runDirectory = o.out.empty() ? defaultRunDirectory() : o.out;
    if (otherRank.empty())
        std::fprintf(stderr, "run directory %s\n", runDirectory.c_str());
    else
        std::fprintf(stderr, "%s of %d: training its shard of %s; rank 0 reports the progress and the results\n", otherRank.c_str(),
                     ranks.worldSize, runDirectory.c_str());
    tagscope::CancelToken cancel;
    interruptToken = &cancel;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    ConsoleObserver observer(o.quiet, otherRank);
    const tagscope::TrainingResult result = tagscope::trainModel(config, runDirectory, &observer, &cancel);
    interruptToken = nullptr;
    if (!otherRank.empty()) {
        std::fprintf(stderr, "%s: %s\n", otherRank.c_str(), result.message.c_str());
    } else {
        std::fprintf(stderr, "\n%s\n", result.message.c_str());
        // Scores in percent; null until the model has been validated.
        std::printf("%s\n", nlohmann::json{{"status", result.status == tagscope::TrainingResult::Status::Finished ? "finished"
                                                      : result.status == tagscope::TrainingResult::Status::Cancelled ? "cancelled" : "failed"},
                                           {"run", runDirectory}, {"epochs", result.epochsDone}, {"steps", result.stepsDone},
                                           {tagscope::findLoss(config.loss)->description.family == "metric" ? "best_recall_at_1" : "best_map",
                                            result.bestMap ? nlohmann::json(*result.bestMap) : nlohmann::json(nullptr)},
                                           {"skipped_images", result.skippedImages}, {"message", result.message}}
                                .dump()
                                .c_str());
    }
    switch (result.status) {
    case tagscope::TrainingResult::Status::Finished: return 0;
    case tagscope::TrainingResult::Status::Cancelled: return 130;
    case tagscope::TrainingResult::Status::Failed: return 2;
    }
    return 2;
}

} // namespace

void addTrainCommand(CLI::App& app)
{
    auto o = std::make_shared<TrainOptions>();
    CLI::App* train = app.add_subcommand("train", "Train a multilabel tagger or an embedding from a JSON config (resumes a run directory)");
    train->add_option("--config", o->config, "Training config (JSON)")->required();
    train->add_option("--out", o->out, "Run directory (default runs/<date-time>); an existing run resumes");
    train->add_option("--set", o->overrides, "Override a config key, e.g. --set lr=0.01 --set backbone.name=resnet18");
    train->add_flag("--quiet", o->quiet, "No progress bar");
    train->add_flag("--no-corrections", o->noCorrections,
                    "Train on the labels as the dataset's files give them (the config key use_corrections)");
    train->callback([o] {
        const int code = runTrain(*o);
        if (code != 0)
            throw CLI::RuntimeError(code);
    });
}
