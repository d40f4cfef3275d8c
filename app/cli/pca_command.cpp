// tagscope-cli pca EMB.npy --dims D --out P.npy [--method auto|exact|randomized] [--seed S] [--json]: principal
// components of an embedding (rows x features), the projection written as rows x D float32.
#include "commands.h"

#include "embedding/float_matrix.h"
#include "embedding/pca.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <stdexcept>

using namespace tagscope;

namespace {

struct PcaCommandOptions {
    std::string input;
    std::string out;
    std::size_t dims = 50;
    std::string method = "auto";
    std::uint64_t seed = 1;
    int threads = 0;
    bool json = false;
};

void runPca(const PcaCommandOptions& o)
{
    const auto start = std::chrono::steady_clock::now();
    const FloatMatrix data = readFloatMatrix(o.input);
    const auto loaded = std::chrono::steady_clock::now();
    PcaOptions options;
    options.components = o.dims;
    options.seed = o.seed;
    options.threads = o.threads;
    if (o.method == "exact")
        options.method = PcaMethod::Exact;
    else if (o.method == "randomized")
        options.method = PcaMethod::Randomized;
    else if (o.method != "auto")
        throw std::runtime_error("--method: expected auto, exact or randomized, not '" + o.method + "'");
    const PcaModel model = *fitPca(data, options);
    const FloatMatrix projected = projectPca(model, data);
    const auto done = std::chrono::steady_clock::now();
    writeFloatMatrix(o.out, projected);
    const double seconds = std::chrono::duration<double>(done - loaded).count();
    if (!o.json) {
        std::fprintf(stderr, "%zu x %zu -> %zu components (%s), %.1f%% of the variance, in %.2f s\n", data.rows, data.cols,
                     model.components(), model.randomized ? "randomized" : "exact", 100.0 * model.explainedShare(), seconds);
        return;
    }
    nlohmann::json out;
    out["rows"] = data.rows;
    out["features"] = data.cols;
    out["components"] = model.components();
    out["method"] = model.randomized ? "randomized" : "exact";
    out["variances"] = model.variances;
    out["explained_variance_ratio"] = model.explainedShare();
    out["seconds"] = seconds;
    out["read_seconds"] = std::chrono::duration<double>(loaded - start).count();
    out["out"] = o.out;
    std::cout << out.dump(2) << '\n';
}

} // namespace

void addPcaCommand(CLI::App& app)
{
    auto o = std::make_shared<PcaCommandOptions>();
    CLI::App* pca = app.add_subcommand("pca", "Principal components of an embedding (.npy), e.g. 50 dimensions for t-SNE");
    pca->add_option("embedding", o->input, "Embedding, rows x features (.npy)")->required();
    pca->add_option("--dims", o->dims, "Components to keep (default 50)")->check(CLI::PositiveNumber);
    pca->add_option("--out", o->out, "Projection, rows x dims float32 (.npy)")->required();
    pca->add_option("--method", o->method, "auto (exact up to 256 features), exact or randomized");
    pca->add_option("--seed", o->seed, "Seed of the randomized method");
    pca->add_option("--threads", o->threads, "Threads (0: every core)");
    pca->add_flag("--json", o->json, "Print the variances and timings as JSON");
    pca->callback([o] { runPca(*o); });
}
