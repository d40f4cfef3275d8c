// tagscope-cli runs [FOLDER] [--json]: the training runs in a folder (the GUI's run history, headless);
// tagscope-cli runs --run DIR [--json]: one run's epochs and validations by step (what the GUI's curves show).
// Neither needs LibTorch.
#include "commands.h"

#include "training/run_history.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <stdexcept>

using namespace tagscope;

namespace {

struct RunsOptions {
    std::string folder;
    std::string run;
    bool json = false;
};

nlohmann::json numberOrNull(double value)
{
    return std::isfinite(value) ? nlohmann::json(value) : nlohmann::json(nullptr);
}

nlohmann::json summaryJson(const RunSummary& s)
{
    return {{"directory", s.directory},
            {"name", s.name},
            {"state", runStateName(s.state)},
            {"dataset", s.dataset},
            {"backbone", s.backbone},
            {"loss", s.loss},
            {"device", s.device},
            {"bands",
             {{"rule", s.bands.rule},
              {"head_above", s.bands.headAbove >= 0 ? nlohmann::json(s.bands.headAbove) : nlohmann::json(nullptr)},
              {"tail_below", s.bands.tailBelow >= 0 ? nlohmann::json(s.bands.tailBelow) : nlohmann::json(nullptr)}}},
            {"epochs", s.epochsPlanned},
            {"epochs_done", s.epochsDone},
            {"steps", s.stepsPlanned},
            {"steps_done", s.stepsDone},
            {"metric", s.metric},
            {"best", s.bestMetric >= 0 ? nlohmann::json(s.bestMetric) : nlohmann::json(nullptr)},
            {"best_epoch", s.bestEpoch},
            {"best_step", s.bestStep},
            {"duration_seconds", s.durationSeconds},
            {"has_checkpoint", s.hasCheckpoint},
            {"has_model", s.hasModel}};
}

std::string figure(double value, int decimals = 1)
{
    if (!std::isfinite(value))
        return "-";
    char text[32];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

void listRuns(const RunsOptions& o)
{
    const std::string folder = o.folder.empty() ? defaultRunsFolder() : o.folder;
    if (!std::filesystem::is_directory(folder))
        throw std::runtime_error(folder + ": no such folder" + (o.folder.empty() ? " (the GUI's runs folder; give another as `runs FOLDER`)" : ""));
    const std::vector<std::string> directories = findRunDirectories(folder);
    // Where it looked, on stderr: stdout stays the table or the JSON.
    std::fprintf(stderr, "%zu run%s in %s\n", directories.size(), directories.size() == 1 ? "" : "s", folder.c_str());
    nlohmann::json out = nlohmann::json::array();
    if (!o.json && !directories.empty())
        std::printf("%-32s %-12s %-14s %-17s %-10s %-12s %10s  %-16s %s\n", "run", "state", "best", "progress", "loss", "backbone",
                    "duration", "device", "bands");
    std::vector<RunSummary> summaries;
    for (const std::string& directory : directories) {
        const RunSummary s = summarizeRun(readRun(directory));
        summaries.push_back(s);
        if (o.json) {
            out.push_back(summaryJson(s));
            continue;
        }
        const std::string best = s.bestMetric >= 0 ? metricDisplayName(s.metric) + " " + figure(s.bestMetric) : "-";
        // Runs counted in steps show steps; the others their epochs.
        const std::string progress = s.stepsPlanned > 0 ? std::to_string(s.stepsDone) + "/" + std::to_string(s.stepsPlanned) + " steps"
                                                        : std::to_string(s.epochsDone) + "/" + std::to_string(s.epochsPlanned) + " epochs";
        std::printf("%-32s %-12s %-14s %-17s %-10s %-12s %9.0fs  %-16s %s\n", s.name.c_str(), runStateName(s.state), best.c_str(),
                    progress.c_str(), s.loss.c_str(), s.backbone.c_str(), s.durationSeconds, s.device.c_str(), s.bands.describe().c_str());
    }
    if (const std::string difference = describeBandDifference(summaries); !o.json && !difference.empty())
        std::printf("Note: %s\n", difference.c_str());
    if (o.json)
        std::printf("%s\n", out.dump(2).c_str());
}

void showRun(const RunsOptions& o)
{
    const RunRecord run = readRun(o.run);
    const RunSummary s = summarizeRun(run);
    for (const std::string& problem : run.problems)
        std::fprintf(stderr, "tagscope-cli: %s\n", problem.c_str());
    if (o.json) {
        nlohmann::json out = summaryJson(s);
        out["tags"] = run.tags.size();
        out["steps_logged"] = run.metrics.steps.size();
        nlohmann::json epochs = nlohmann::json::array();
        for (const RunEpochPoint& e : run.metrics.epochs)
            epochs.push_back({{"epoch", e.epoch}, {"train_loss", numberOrNull(e.trainLoss)}, {s.metric, numberOrNull(metricValue(e, s.metric))},
                              {"map_head", numberOrNull(e.mapHead)}, {"map_medium", numberOrNull(e.mapMedium)}, {"map_tail", numberOrNull(e.mapTail)},
                              {"seconds", e.seconds}, {"best", e.best}});
        out["epoch_list"] = epochs;
        nlohmann::json validations = nlohmann::json::array();
        for (const RunEpochPoint& v : run.metrics.validations)
            validations.push_back({{"step", v.step}, {"epoch", v.epoch}, {"train_loss", numberOrNull(v.trainLoss)},
                                   {s.metric, numberOrNull(metricValue(v, s.metric))}, {"map_head", numberOrNull(v.mapHead)},
                                   {"map_medium", numberOrNull(v.mapMedium)}, {"map_tail", numberOrNull(v.mapTail)},
                                   {"seconds", v.seconds}, {"best", v.best}});
        out["validation_list"] = validations;
        nlohmann::json errors = nlohmann::json::array();
        for (const RunError& error : run.metrics.errors)
            errors.push_back({{"step", error.step}, {"message", error.message}});
        out["errors"] = errors;
        std::printf("%s\n", out.dump(2).c_str());
        return;
    }
    std::printf("%s: %s, %s on %s with %s, %d of %d epochs, %lld of %lld steps, device %s\n", s.name.c_str(), runStateName(s.state),
                s.backbone.c_str(), s.dataset.c_str(), s.loss.c_str(), s.epochsDone, s.epochsPlanned, static_cast<long long>(s.stepsDone),
                static_cast<long long>(s.stepsPlanned), s.device.c_str());
    std::printf("Bands %s\n", s.bands.describe().c_str());
    const std::string metric = metricDisplayName(s.metric);
    if (!run.metrics.validations.empty()) {
        std::printf("%8s %6s %11s %9s %7s %7s %7s %9s\n", "step", "epoch", "train loss", metric.c_str(), "head", "medium", "tail", "seconds");
        for (const RunEpochPoint& v : run.metrics.validations)
            std::printf("%8lld %6d %11s %9s %7s %7s %7s %9.1f%s\n", static_cast<long long>(v.step), v.epoch, figure(v.trainLoss, 4).c_str(),
                        figure(metricValue(v, s.metric)).c_str(), figure(v.mapHead).c_str(), figure(v.mapMedium).c_str(),
                        figure(v.mapTail).c_str(), v.seconds, v.best ? "  best" : "");
    }
    std::printf("%6s %11s %9s %7s %7s %7s %9s\n", "epoch", "train loss", metric.c_str(), "head", "medium", "tail", "seconds");
    for (const RunEpochPoint& e : run.metrics.epochs)
        std::printf("%6d %11s %9s %7s %7s %7s %9.1f%s\n", e.epoch, figure(e.trainLoss, 4).c_str(), figure(metricValue(e, s.metric)).c_str(),
                    figure(e.mapHead).c_str(), figure(e.mapMedium).c_str(), figure(e.mapTail).c_str(), e.seconds, e.best ? "  best" : "");
    for (const RunError& error : run.metrics.errors)
        std::printf("stopped at step %lld: %s\n", static_cast<long long>(error.step), error.message.c_str());
}

} // namespace

void addRunsCommand(CLI::App& app)
{
    auto o = std::make_shared<RunsOptions>();
    CLI::App* runs = app.add_subcommand("runs", "List training runs (state, best metric, epochs or steps, duration, device) or show one "
                                                "run's epochs and validations");
    runs->add_option("folder", o->folder, "Folder holding run directories (default: the GUI's runs folder)");
    runs->add_option("--run", o->run, "Show the epochs of this run directory");
    runs->add_flag("--json", o->json, "Print JSON");
    runs->callback([o] {
        if (!o->run.empty())
            showRun(*o);
        else if (!o->folder.empty() && std::filesystem::exists(o->folder + "/config.json"))
            showRun({std::string(), o->folder, o->json});
        else
            listRuns(*o);
    });
}
