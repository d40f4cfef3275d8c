// tagscope-cli train --config CFG.json [--out RUN_DIR] [--set key=value ...]: trains headless with a progress
// bar and ETA on stderr; Ctrl-C writes a checkpoint and exits cleanly; running it again on RUN_DIR resumes.
// One rank of a data-parallel run (launch, torchrun, SLURM) other than rank 0 says which rank it is and leaves the
// progress, the epochs and the result JSON to rank 0.
#include "torch_plugin_commands.h"

#include "losses/loss_registry.h"
#include "training/distributed.h"
#include "training/trainer.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <csignal>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <fstream>
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
};

std::string defaultRunDirectory()
{
    char stamp[32];
    const std::time_t now = std::time(nullptr);
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", std::localtime(&now));
    return std::string("runs/") + stamp;
}

// "lr=0.01", "backbone.name=resnet18", "augmentation.flip=false": the value is parsed as JSON when it can be.
void applyOverride(nlohmann::json& config, const std::string& assignment)
{
    const std::size_t equals = assignment.find('=');
    if (equals == std::string::npos || equals == 0)
        throw std::runtime_error("--set expects key=value, not '" + assignment + "'");
    nlohmann::json value;
    const std::string text = assignment.substr(equals + 1);
    try {
        value = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error&) {
        value = text;
    }
    nlohmann::json* node = &config;
    std::string key = assignment.substr(0, equals);
    for (std::size_t dot; (dot = key.find('.')) != std::string::npos; key = key.substr(dot + 1)) {
        node = &(*node)[key.substr(0, dot)];
        if (!node->is_object() && !node->is_null())
            throw std::runtime_error("--set " + assignment + ": '" + assignment.substr(0, equals - key.size() + dot) +
                                     "' is a value, not a group of keys");
    }
    (*node)[key] = value;
}

// Whether `text` holds `word` (a config key) as a whole word.
bool mentions(const std::string& text, const std::string& word)
{
    const auto isKeyCharacter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
    for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1))
        if ((at == 0 || !isKeyCharacter(text[at - 1])) && (at + word.size() == text.size() || !isKeyCharacter(text[at + word.size()])))
            return true;
    return false;
}

// The config file with the --set overrides applied, validated. An error is blamed on the --set that brings it in
// when it names that key, otherwise on the file (which may leave out what --set gives, such as the dataset).
tagscope::TrainingConfig validatedConfig(nlohmann::json json, const std::vector<std::string>& overrides, const std::string& file)
{
    if (!json.is_object())
        throw std::runtime_error(file + ": expected a JSON object");
    auto problem = [](const nlohmann::json& candidate) -> std::string {
        try {
            tagscope::trainingConfigFromJson(candidate);
            return {};
        } catch (const std::invalid_argument& error) {
            return error.what();
        }
    };
    std::vector<std::string> problems{problem(json)};
    for (const std::string& assignment : overrides) {
        applyOverride(json, assignment);
        problems.push_back(problem(json));
    }
    const std::string& error = problems.back();
    if (error.empty())
        return tagscope::trainingConfigFromJson(json);
    std::size_t source = problems.size() - 1; // the first override after which the config fails this way
    while (source > 0 && problems[source - 1] == error)
        --source;
    if (source > 0) {
        const std::string& assignment = overrides[source - 1];
        const std::string key = assignment.substr(0, assignment.find('='));
        if (mentions(error, key.substr(0, key.find('.'))) || mentions(error, key.substr(key.rfind('.') + 1)))
            throw std::runtime_error("--set " + assignment + ": " + error);
    }
    throw std::runtime_error(file + ": " + error);
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
    std::ifstream in(o.config);
    if (!in)
        throw std::runtime_error(o.config + ": cannot open the training config");
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(in);
    } catch (const nlohmann::json::parse_error& error) {
        throw std::runtime_error(o.config + ": not valid JSON (" + error.what() + ")");
    }
    const tagscope::TrainingConfig config = validatedConfig(json, o.overrides, o.config);
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
    train->callback([o] {
        const int code = runTrain(*o);
        if (code != 0)
            throw CLI::RuntimeError(code);
    });
}
