// tagscope-cli knn EMB.npy --k K [--query I ... | --queries Q.npy] [--metric euclidean|cosine] [--approximate]
// [--out IDX.npy] [--json]: the k nearest neighbours of rows of an embedding among all its rows (each row itself
// left out), or of outside points, exact, or approximate through an hnswlib index saved beside the embedding
// and reused while it matches.
#include "commands.h"
#include "console_progress.h"

#include "common/npy.h"
#include "embedding/exact_knn.h"
#include "embedding/float_matrix.h"
#include "embedding/hnsw_index.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <stdexcept>

using namespace tagscope;

namespace {

struct KnnCommandOptions {
    std::string input;
    std::size_t k = 10;
    std::vector<std::int64_t> queries;
    std::string queryFile;      // outside points, rows x features
    std::string metric = "euclidean";
    bool approximate = false;
    std::string index;          // default: EMB.npy.<metric>.hnsw
    std::size_t ef = 0;         // 0: max(64, k + 1)
    std::size_t m = 16;
    std::size_t efConstruction = 200;
    std::string out, distances;
    int threads = 0;
    bool json = false;
    bool quiet = false;
};

using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

void runKnn(const KnnCommandOptions& o)
{
    const FloatMatrix data = readFloatMatrix(o.input);
    std::vector<std::uint32_t> rows;
    for (std::int64_t q : o.queries) {
        if (q < 0 || static_cast<std::size_t>(q) >= data.rows)
            throw std::runtime_error("--query " + std::to_string(q) + ": " + o.input + " has rows 0 to " + std::to_string(data.rows - 1));
        rows.push_back(static_cast<std::uint32_t>(q));
    }
    const DistanceMetric metric = metricFromName(o.metric);
    std::optional<FloatMatrix> outside;
    if (!o.queryFile.empty()) {
        if (!rows.empty())
            throw std::runtime_error("give --query or --queries, not both");
        outside = readFloatMatrix(o.queryFile);
        if (outside->cols != data.cols)
            throw std::runtime_error(o.queryFile + ": " + std::to_string(outside->cols) + " features, but " + o.input + " has " +
                                     std::to_string(data.cols));
    }
    nlohmann::json out;
    NeighbourLists lists;
    Clock::time_point start;
    if (o.approximate) {
        HnswOptions hnsw;
        hnsw.m = o.m;
        hnsw.efConstruction = o.efConstruction;
        hnsw.threads = o.threads;
        const std::string indexPath = o.index.empty() ? o.input + "." + metricName(metric) + ".hnsw" : o.index;
        start = Clock::now();
        std::unique_ptr<ApproximateKnnIndex> index;
        bool loaded = false;
        if (std::filesystem::exists(indexPath)) {
            try {
                index = ApproximateKnnIndex::load(indexPath, data, metric, hnsw);
                loaded = true;
            } catch (const std::runtime_error& error) {
                std::fprintf(stderr, "rebuilding the index: %s\n", error.what());
            }
        }
        if (!index) {
            index = ApproximateKnnIndex::build(data, metric, hnsw, consoleProgress(o.quiet));
            finishConsoleProgress(o.quiet);
            index->save(indexPath);
        }
        out["index"] = indexPath;
        out["index_loaded"] = loaded;
        out["index_seconds"] = secondsSince(start);
        start = Clock::now();
        const std::size_t ef = o.ef ? o.ef : std::max<std::size_t>(64, o.k + 1);
        lists = outside ? index->search(*outside, o.k, ef) : index->searchRows(rows, o.k, ef);
    } else {
        ExactKnnOptions exact;
        exact.k = o.k;
        exact.metric = metric;
        exact.threads = o.threads;
        start = Clock::now();
        lists = outside ? *exactNeighboursOfQueries(data, *outside, exact, consoleProgress(o.quiet))
                        : *exactNeighbours(data, rows, exact, consoleProgress(o.quiet));
        finishConsoleProgress(o.quiet);
    }
    const double seconds = secondsSince(start);
    if (!o.out.empty() || !o.distances.empty()) {
        const std::vector<std::int64_t> shape{static_cast<std::int64_t>(lists.queries), static_cast<std::int64_t>(lists.k)};
        if (!o.out.empty())
            writeNpyInt64(o.out, std::vector<std::int64_t>(lists.indices.begin(), lists.indices.end()), shape);
        if (!o.distances.empty())
            writeNpy(o.distances, lists.distances, shape);
    }
    if (!o.json) {
        std::fprintf(stderr, "%zu queries, k = %zu, %s %s, in %.3f s\n", lists.queries, lists.k, o.approximate ? "approximate" : "exact",
                     metricName(metric), seconds);
        if (o.out.empty())
            for (std::size_t q = 0; q < lists.queries; ++q) {
                std::printf("%zu:", rows.empty() ? q : static_cast<std::size_t>(rows[q]));
                for (std::size_t j = 0; j < lists.k; ++j)
                    std::printf(" %u (%.4g)", lists.indexRow(q)[j], static_cast<double>(lists.distanceRow(q)[j]));
                std::printf("\n");
            }
        return;
    }
    out["rows"] = data.rows;
    out["features"] = data.cols;
    out["k"] = lists.k;
    out["metric"] = metricName(metric);
    out["method"] = o.approximate ? "approximate" : "exact";
    out["seconds"] = seconds;
    out["queries_per_second"] = seconds > 0 ? static_cast<double>(lists.queries) / seconds : 0.0;
    if (o.out.empty()) {
        nlohmann::json queries = nlohmann::json::array();
        for (std::size_t q = 0; q < lists.queries; ++q) {
            nlohmann::json neighbours = nlohmann::json::array();
            for (std::size_t j = 0; j < lists.k; ++j)
                neighbours.push_back({{"index", lists.indexRow(q)[j]}, {"distance", lists.distanceRow(q)[j]}});
            queries.push_back({{"query", rows.empty() ? q : static_cast<std::size_t>(rows[q])}, {"neighbours", std::move(neighbours)}});
        }
        out["queries"] = std::move(queries);
    }
    std::cout << out.dump(2) << '\n';
}

} // namespace

void addKnnCommand(CLI::App& app)
{
    auto o = std::make_shared<KnnCommandOptions>();
    CLI::App* knn = app.add_subcommand("knn", "k nearest neighbours of embedding rows, exact or approximate (hnswlib)");
    knn->add_option("embedding", o->input, "Embedding, rows x features (.npy)")->required();
    knn->add_option("--k", o->k, "Neighbours per query (default 10)")->check(CLI::PositiveNumber);
    knn->add_option("--query", o->queries, "Row to query (repeatable; default every row)");
    knn->add_option("--queries", o->queryFile, "Outside points to query, rows x features (.npy)");
    knn->add_option("--metric", o->metric, "euclidean (default) or cosine");
    knn->add_flag("--approximate", o->approximate, "Search an hnswlib graph (built once, saved beside the embedding)");
    knn->add_option("--index", o->index, "Where the graph is saved (default EMB.npy.<metric>.hnsw)");
    knn->add_option("--ef", o->ef, "Approximate: candidate list while searching (default max(64, k + 1))");
    knn->add_option("--m", o->m, "Approximate: graph degree (default 16)");
    knn->add_option("--ef-construction", o->efConstruction, "Approximate: candidate list while building (default 200)");
    knn->add_option("--out", o->out, "Write the neighbour indices, queries x k int64 (.npy)");
    knn->add_option("--distances", o->distances, "Write the distances, queries x k float32 (.npy)");
    knn->add_option("--threads", o->threads, "Threads (0: every core)");
    knn->add_flag("--json", o->json, "Print JSON (the neighbours unless --out is given, and timings)");
    knn->add_flag("--quiet", o->quiet, "No progress on stderr");
    knn->callback([o] { runKnn(*o); });
}
