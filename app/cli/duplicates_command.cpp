// tagscope-cli duplicates DATASET --embeddings EMB.npy [--embeddings EMB2.npy ...] [--threshold 0.1] [--exact] [--json]:
// near-duplicate pairs (cosine distance <= threshold; --method auto|exact|approximate) and their groups, leaks (pairs across splits) and, with
// --exact, byte-identical image files. Give one embedding per split to find leaks between them.
// tagscope-cli outliers DATASET --embeddings EMB.npy ... [--percent 1] [--json]: the images farthest from their
// 10 nearest neighbours.
#include "commands.h"
#include "console_progress.h"
#include "open_dataset.h"

#include "dataset/dataset_opener.h"
#include "quality/exact_duplicates.h"
#include "quality/hashed_duplicates.h"
#include "quality/named_embedding.h"
#include "quality/near_duplicates.h"
#include "quality/outliers.h"
#include "quality/split_leaks.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <memory>

using namespace tagscope;

namespace {

struct EmbeddingCommandOptions {
    std::string dataset;
    std::vector<std::string> embeddings;
    double threshold = kDefaultDuplicateDistance;
    std::string method = "auto"; // exact, approximate, or auto (approximate above kHashedDuplicatesAbove rows)
    bool exact = false;
    double percent = kDefaultOutlierPercent;
    int threads = 0;
    bool noCache = false;
    bool json = false;
    bool quiet = false;
};

OpenResult openFor(const EmbeddingCommandOptions& o)
{
    OpenOptions open;
    open.useCache = !o.noCache;
    return openDatasetForCommand(o.dataset, open, o.quiet);
}

std::string counted(std::size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

std::string splitPair(const Dataset& dataset, std::uint32_t a, std::uint32_t b)
{
    return std::string(splitName(dataset.imageSplit(a))) + " / " + splitName(dataset.imageSplit(b));
}

int runDuplicates(const EmbeddingCommandOptions& o)
{
    const OpenResult opened = openFor(o);
    const Dataset& dataset = opened.import.dataset;
    const NamedEmbedding embedding = readNamedEmbedding(o.embeddings, o.dataset, dataset);
    CancelToken cancel;
    const InterruptCancels interrupts(cancel);
    if (o.method != "auto" && o.method != "exact" && o.method != "approximate")
        throw std::runtime_error("--method " + o.method + ": use auto, exact or approximate");
    const DuplicateSearch search = o.method == "exact" ? DuplicateSearch::Exact
                                   : o.method == "approximate" ? DuplicateSearch::Approximate : DuplicateSearch::Auto;
    const bool hashed = usesHashedSearch(search, embedding.unit.rows);
    DuplicateHashing plan;
    const std::optional<std::vector<RowPair>> pairs =
        hashed ? hashedDuplicatePairs(embedding.unit, o.threshold, o.threads, consoleProgress(o.quiet), &cancel, &plan)
               : nearDuplicatePairs(embedding.unit, o.threshold, o.threads, consoleProgress(o.quiet), &cancel);
    finishConsoleProgress(o.quiet);
    if (hashed && !o.quiet) {
        if (plan.exactIsCheaper)
            std::fprintf(stderr, "hashed search: comparing every pair costs less here, so every pair was compared\n");
        else
            std::fprintf(stderr, "hashed search: %d tables of %d hyperplanes; a pair at distance %g shares a bucket with probability %.3f, "
                         "closer pairs more often\n", plan.tables, plan.bits, o.threshold, plan.recallAtTau);
    }
    if (!pairs) {
        std::fprintf(stderr, "cancelled; nothing found yet\n");
        return 130;
    }
    const double share = shareOfAllPairs(pairs->size(), embedding.unit.rows);
    if (share > kIndistinctPairShare)
        std::fprintf(stderr, "warning: %.0f%% of all pairs of images are within %g of each other: this embedding hardly tells the images "
                     "apart; use one from a trained model (tagscope-cli embed --model RUN) or a lower --threshold\n",
                     100.0 * share, o.threshold);
    const std::vector<std::vector<std::uint32_t>> groups = connectedGroups(embedding.unit.rows, *pairs);
    std::optional<ExactDuplicates> exact;
    if (o.exact) {
        exact = findExactDuplicates(dataset, o.threads, consoleProgress(o.quiet), &cancel);
        finishConsoleProgress(o.quiet);
        if (!exact) {
            std::fprintf(stderr, "cancelled while hashing image files\n");
            return 130;
        }
        if (exact->unreadable) {
            std::fprintf(stderr, "warning: %llu image files could not be read and were left out, e.g.\n",
                         static_cast<unsigned long long>(exact->unreadable));
            for (const std::string& example : exact->unreadableExamples)
                std::fprintf(stderr, "  %s\n", example.c_str());
        }
    }
    const auto name = [&](std::uint32_t row) { return dataset.imageName(embedding.images[row]); };
    if (o.json) {
        nlohmann::json jsonPairs = nlohmann::json::array(), jsonGroups = nlohmann::json::array(), jsonExact = nlohmann::json::array();
        for (const RowPair& pair : *pairs)
            jsonPairs.push_back({{"a", name(pair.a)}, {"b", name(pair.b)}, {"distance", pair.distance},
                                 {"leak", isSplitLeak(dataset, embedding.images[pair.a], embedding.images[pair.b])}});
        for (const auto& group : groups) {
            nlohmann::json names = nlohmann::json::array();
            for (std::uint32_t row : group)
                names.push_back(name(row));
            jsonGroups.push_back(std::move(names));
        }
        if (exact)
            for (const auto& group : exact->groups) {
                nlohmann::json names = nlohmann::json::array();
                for (std::uint32_t image : group)
                    names.push_back(dataset.imageName(image));
                jsonExact.push_back(std::move(names));
            }
        const nlohmann::json out = {{"pairs", std::move(jsonPairs)}, {"groups", std::move(jsonGroups)}, {"exact", std::move(jsonExact)}};
        std::cout << out.dump(2) << '\n';
        return 0;
    }
    std::size_t leaks = 0;
    for (const RowPair& pair : *pairs)
        leaks += isSplitLeak(dataset, embedding.images[pair.a], embedding.images[pair.b]);
    std::printf("Near duplicates (cosine distance <= %g, %s search) among %zu images: %s in %s, %zu across splits (leaks)\n",
                o.threshold, hashed && !plan.exactIsCheaper ? "hashed" : "exact", embedding.unit.rows, counted(pairs->size(), "pair", "pairs").c_str(),
                counted(groups.size(), "group", "groups").c_str(), leaks);
    for (const RowPair& pair : *pairs) {
        const bool leak = isSplitLeak(dataset, embedding.images[pair.a], embedding.images[pair.b]);
        std::printf("  %-24s %-24s %.4f%s\n", name(pair.a).c_str(), name(pair.b).c_str(), static_cast<double>(pair.distance),
                    leak ? ("  leak: " + splitPair(dataset, embedding.images[pair.a], embedding.images[pair.b])).c_str() : "");
    }
    if (!groups.empty())
        std::printf("Groups\n");
    for (const auto& group : groups) {
        std::string line;
        for (std::uint32_t row : group)
            line += (line.empty() ? "" : ", ") + name(row);
        std::printf("  %s\n", line.c_str());
    }
    if (exact) {
        std::size_t exactLeaks = 0;
        for (const auto& group : exact->groups)
            for (std::size_t i = 0; i < group.size(); ++i)
                for (std::size_t j = i + 1; j < group.size(); ++j)
                    exactLeaks += isSplitLeak(dataset, group[i], group[j]) ? 1 : 0;
        std::printf("Exact duplicates (the same bytes): %s, %s across splits (leaks)\n", counted(exact->groups.size(), "group", "groups").c_str(),
                    counted(exactLeaks, "pair", "pairs").c_str());
        for (const auto& group : exact->groups) {
            std::string line;
            for (std::uint32_t image : group)
                line += (line.empty() ? "" : ", ") + dataset.imageName(image) + " (" + splitName(dataset.imageSplit(image)) + ")";
            std::printf("  %s\n", line.c_str());
        }
    }
    return 0;
}

int runOutliers(const EmbeddingCommandOptions& o)
{
    const OpenResult opened = openFor(o);
    const Dataset& dataset = opened.import.dataset;
    const NamedEmbedding embedding = readNamedEmbedding(o.embeddings, o.dataset, dataset);
    if (embedding.unit.rows < 2)
        throw std::runtime_error(o.embeddings.front() + ": outliers need at least two images");
    CancelToken cancel;
    const InterruptCancels interrupts(cancel);
    const std::optional<NeighbourLists> neighbours = cosineNeighbours(embedding.unit, kQualityNeighbours, consoleProgress(o.quiet), &cancel);
    finishConsoleProgress(o.quiet);
    if (!neighbours) {
        std::fprintf(stderr, "cancelled; nothing scored\n");
        return 130;
    }
    const std::vector<RowScore> top = topPercent(meanNeighbourDistances(*neighbours), o.percent);
    if (o.json) {
        nlohmann::json images = nlohmann::json::array();
        for (const RowScore& row : top)
            images.push_back({{"image", dataset.imageName(embedding.images[row.row])}, {"score", row.score}});
        std::cout << nlohmann::json{{"images", std::move(images)}}.dump(2) << '\n';
        return 0;
    }
    std::printf("Outliers: the %zu of %zu images (%g%%) farthest from their %zu nearest neighbours (mean cosine distance)\n", top.size(),
                embedding.unit.rows, o.percent, neighbours->k);
    for (const RowScore& row : top)
        std::printf("  %-24s %.4f  %s\n", dataset.imageName(embedding.images[row.row]).c_str(), row.score,
                    splitName(dataset.imageSplit(embedding.images[row.row])));
    return 0;
}

CLI::App* addEmbeddingCommand(CLI::App& app, const char* name, const char* description, EmbeddingCommandOptions& o)
{
    CLI::App* command = app.add_subcommand(name, description);
    command->add_option("dataset", o.dataset, "Dataset folder or file")->required();
    command->add_option("--embeddings", o.embeddings,
                        "Embedding, images x features (.npy), rows named by EMB.images.npy or EMB.json; repeat for one per split")
        ->required();
    command->add_option("--threads", o.threads, "Threads (0: every core)");
    command->add_flag("--no-cache", o.noCache, "Parse the dataset's source files even when its cache is current");
    command->add_flag("--json", o.json, "Print one JSON object");
    command->add_flag("--quiet", o.quiet, "No progress on stderr");
    return command;
}

} // namespace

void addDuplicatesCommand(CLI::App& app)
{
    auto o = std::make_shared<EmbeddingCommandOptions>();
    CLI::App* command = addEmbeddingCommand(app, "duplicates", "Near-duplicate images, leaks across splits and byte-identical files", *o);
    command->add_option("--threshold", o->threshold, "Largest cosine distance of a near-duplicate pair (default 0.1)")->check(CLI::Range(0.0, 2.0));
    command->add_flag("--exact", o->exact, "Also hash every image file to find byte-identical ones");
    command->add_option("--method", o->method,
                        "auto (default: exact up to 200,000 images, hashing above), exact (every pair) or approximate (hashing)");
    command->callback([o] {
        const int code = runDuplicates(*o);
        if (code != 0)
            throw CLI::RuntimeError(code);
    });
}

void addOutliersCommand(CLI::App& app)
{
    auto o = std::make_shared<EmbeddingCommandOptions>();
    CLI::App* command = addEmbeddingCommand(app, "outliers", "Images far from all others: mean cosine distance to their 10 nearest neighbours", *o);
    command->add_option("--percent", o->percent, "Share of the images listed, in percent (default 1)")->check(CLI::Range(0.0, 100.0));
    command->callback([o] {
        const int code = runOutliers(*o);
        if (code != 0)
            throw CLI::RuntimeError(code);
    });
}
