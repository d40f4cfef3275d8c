// tagscope-cli filter DATASET "EXPR" [--limit N] [--json] [--count] [--repeat N]: the images matching a filter
// expression (see engine/dataset/filter_expression.h), with the index build and query timed apart.
#include "commands.h"

#include "dataset/dataset_opener.h"
#include "dataset/filter_evaluator.h"
#include "dataset/filter_expression.h"
#include "dataset/tag_index.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <stdexcept>

using namespace tagscope;

namespace {

struct FilterOptions {
    std::string dataset;
    std::string expression;
    long long limit = -1; // -1: everything in text mode, 100 with --json
    bool json = false;
    bool countOnly = false;
    int repeat = 1;
    bool noCache = false;
    bool noCorrections = false;
};

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

struct QueryRun {
    std::vector<std::uint32_t> images;
    std::uint64_t count = 0;
    double seconds = 0;
};

// Compiling is part of the query: it is what the search box pays on every keystroke.
QueryRun runQuery(const FilterOptions& options, const Dataset& dataset, const TagIndex& index, const CorrectedLabels& corrected)
{
    QueryRun run;
    const auto start = Clock::now();
    FilterError error;
    const std::optional<FilterNode> filter = compileFilter(options.expression, dataset, error);
    if (!filter)
        throw std::runtime_error(formatFilterError(error, options.expression));
    if (options.countOnly) {
        run.count = countFilter(*filter, index, dataset, &corrected);
    } else {
        run.images = evaluateFilter(*filter, index, dataset, &corrected);
        run.count = run.images.size();
    }
    run.seconds = secondsSince(start);
    return run;
}

void printNames(const Dataset& dataset, const std::vector<std::uint32_t>& images, std::size_t limit)
{
    std::string buffer;
    for (std::size_t i = 0; i < images.size() && i < limit; ++i) {
        buffer += dataset.imageName(images[i]);
        buffer += '\n';
        if (buffer.size() > (1 << 16)) {
            std::fwrite(buffer.data(), 1, buffer.size(), stdout);
            buffer.clear();
        }
    }
    std::fwrite(buffer.data(), 1, buffer.size(), stdout);
}

void runFilter(const FilterOptions& options)
{
    OpenOptions open;
    open.useCache = !options.noCache;
    open.applyCorrections = !options.noCorrections;
    auto start = Clock::now();
    const OpenResult opened = openDataset(options.dataset, open);
    const double openSeconds = secondsSince(start);
    if (!opened.cacheWarning.empty())
        std::fprintf(stderr, "warning: %s\n", opened.cacheWarning.c_str());
    const Dataset& dataset = opened.import.dataset;

    start = Clock::now();
    const TagIndex index(dataset);
    const double indexSeconds = secondsSince(start);

    const CorrectedLabels& corrected = opened.corrections.changed;
    QueryRun first = runQuery(options, dataset, index, corrected);
    std::vector<double> times{first.seconds};
    for (int i = 1; i < options.repeat; ++i)
        times.push_back(runQuery(options, dataset, index, corrected).seconds);
    std::vector<double> sorted = times;
    std::sort(sorted.begin(), sorted.end());

    if (!options.json) {
        if (options.countOnly)
            std::printf("%llu\n", static_cast<unsigned long long>(first.count));
        else
            printNames(dataset, first.images, options.limit < 0 ? first.images.size() : static_cast<std::size_t>(options.limit));
        return;
    }
    FilterError error;
    const std::optional<FilterNode> filter = parseFilter(options.expression, error);
    nlohmann::json out;
    out["expression"] = options.expression;
    out["parsed"] = filter ? describeFilter(*filter) : std::string();
    out["images"] = dataset.imageCount();
    out["labels"] = dataset.labelCount();
    out["count"] = first.count;
    out["open_seconds"] = openSeconds;
    out["from_cache"] = opened.fromCache;
    out["index_seconds"] = indexSeconds;
    out["index_memory_bytes"] = index.memoryBytes();
    out["query_seconds"] = first.seconds;
    out["repeat"] = times.size();
    out["query_seconds_min"] = sorted.front();
    out["query_seconds_median"] = sorted[sorted.size() / 2];
    nlohmann::json matches = nlohmann::json::array();
    const std::size_t limit = options.limit < 0 ? 100 : static_cast<std::size_t>(options.limit);
    for (std::size_t i = 0; i < first.images.size() && i < limit; ++i) {
        const std::uint32_t image = first.images[i];
        matches.push_back({{"index", image}, {"name", dataset.imageName(image)}, {"path", dataset.imagePath(image)}});
    }
    out["matches"] = std::move(matches);
    std::cout << out.dump(2) << '\n';
}

} // namespace

void addFilterCommand(CLI::App& app)
{
    auto options = std::make_shared<FilterOptions>();
    CLI::App* filter = app.add_subcommand("filter", "List the images matching a filter expression, e.g. "
                                                    "'cat AND NOT dog:negative', '\"Human face\" OR split:test'");
    filter->add_option("dataset", options->dataset, "Dataset folder")->required();
    filter->add_option("expression", options->expression,
                       "Terms: TAG, TAG:positive|negative|unknown|machine>=0.7, split:train|validation|test, name:~TEXT, "
                       "corrected (labels review decisions changed), corrected:TAG; "
                       "operators NOT (!, -), AND (&), OR (|), parentheses; quote names with spaces")
        ->required();
    filter->add_option("--limit", options->limit, "List at most this many images (default: all; 100 with --json)");
    filter->add_flag("--json", options->json, "Print one JSON object: count, timings and the first matches");
    filter->add_flag("--count", options->countOnly, "Only count the matches");
    filter->add_option("--repeat", options->repeat, "Run the query this many times and report the min and median time")
        ->check(CLI::Range(1, 100000));
    filter->add_flag("--no-cache", options->noCache, "Parse the source files even when the dataset cache is current");
    filter->add_flag("--no-corrections", options->noCorrections,
                     "The labels as the annotations give them, without the review decisions kept for the dataset");
    filter->callback([options] { runFilter(*options); });
}
