// tagscope-cli tsne EMB.npy --out XY.npy [--perplexity P] [--iterations N] [--seed S] [--json]: a 2-D t-SNE
// layout of an embedding (reduced to 50 PCA dimensions first when it has more), with its KL divergence and
// kNN preservation. --evaluate XY.npy scores an existing layout (another tool's, say) on the same terms.
// Ctrl-C stops the optimisation and still writes the layout reached.
#include "commands.h"
#include "console_progress.h"

#include "dataset/dataset_opener.h"
#include "embedding/embedding_origin.h"
#include "embedding/exact_knn.h"
#include "embedding/float_matrix.h"
#include "embedding/layout_csv.h"
#include "embedding/pca.h"
#include "embedding/tsne.h"
#include "embedding/worker_pool.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

using namespace tagscope;

namespace {

struct TsneCommandOptions {
    std::string input, out, evaluate;
    std::string csv, dataset; // --csv: the layout with each row's image index, name and path (needs --dataset)
    double perplexity = 30;
    int iterations = 750;
    std::uint64_t seed = 1;
    double learningRate = 0;
    double earlyExaggeration = 12;
    int earlyIterations = 250;
    std::size_t pcaDims = 50;
    std::string repulsion = "auto", neighbours = "auto";
    std::size_t progressiveAbove = 200000;
    int threads = 0;
    bool json = false;
    bool quiet = false;
};

using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

TsneOptions engineOptions(const TsneCommandOptions& o)
{
    TsneOptions options;
    options.perplexity = o.perplexity;
    options.seed = o.seed;
    options.learningRate = o.learningRate;
    options.earlyExaggeration = o.earlyExaggeration;
    options.earlyExaggerationIterations = o.earlyIterations;
    options.progressiveAbove = o.progressiveAbove;
    options.threads = o.threads;
    if (o.repulsion == "exact")
        options.repulsion = TsneRepulsionMethod::Exact;
    else if (o.repulsion == "interpolation")
        options.repulsion = TsneRepulsionMethod::Interpolation;
    else if (o.repulsion != "auto")
        throw std::runtime_error("--repulsion: expected auto, exact or interpolation, not '" + o.repulsion + "'");
    if (o.neighbours == "exact")
        options.neighbours = TsneNeighbourMethod::Exact;
    else if (o.neighbours == "approximate")
        options.neighbours = TsneNeighbourMethod::Approximate;
    else if (o.neighbours != "auto")
        throw std::runtime_error("--neighbours: expected auto, exact or approximate, not '" + o.neighbours + "'");
    return options;
}

// Scores a layout from a file: the same affinities and neighbours the optimisation would use.
void runEvaluate(const TsneCommandOptions& o, const FloatMatrix& data, nlohmann::json& out)
{
    const FloatMatrix layout = readFloatMatrix(o.evaluate);
    if (layout.rows != data.rows || layout.cols != 2)
        throw std::runtime_error(o.evaluate + ": expected " + std::to_string(data.rows) + " x 2, found " + std::to_string(layout.rows) +
                                 " x " + std::to_string(layout.cols));
    const auto start = Clock::now();
    ExactKnnOptions knn;
    knn.k = std::min(neighboursForPerplexity(o.perplexity), data.rows - 1);
    knn.threads = o.threads;
    const NeighbourLists lists = *exactNeighbours(data, {}, knn, consoleProgress(o.quiet));
    finishConsoleProgress(o.quiet);
    WorkerPool pool(o.threads);
    const SparseAffinities p = computeAffinities(lists, o.perplexity, pool);
    const TsneQuality quality = evaluateLayout(p, lists, layout.values, true, true, o.threads);
    out["layout"] = o.evaluate;
    out["kl"] = quality.kl;
    out["knn_preservation"] = quality.knnPreservation;
    out["seconds"] = secondsSince(start);
}

// --csv: the layout beside each row's image. Row r is image r unless the embedding has an EMB.images.npy sidecar
// (as `tagscope-cli embed` writes) naming each row's image. An embedding whose EMB.json records another dataset or
// split is refused before the optimisation starts.
struct CsvImages {
    OpenResult opened;
    std::vector<std::uint32_t> rowImages;
};

CsvImages csvImages(const TsneCommandOptions& o, std::size_t rows)
{
    CsvImages csv{openDataset(o.dataset), {}};
    const Dataset& dataset = csv.opened.import.dataset;
    const std::optional<EmbeddingOrigin> origin = checkEmbeddingDataset(o.input, o.dataset, dataset);
    csv.rowImages = readRowImages(o.input, rows, dataset.imageCount());
    if (origin)
        checkRowsInOriginSplit(*origin, o.input, o.dataset, dataset, csv.rowImages);
    return csv;
}

int runTsne(const TsneCommandOptions& o)
{
    if (o.out.empty() == o.evaluate.empty())
        throw std::runtime_error("give either --out (optimise a layout) or --evaluate (score an existing one)");
    if (!o.csv.empty() && o.dataset.empty())
        throw std::runtime_error("--csv needs --dataset (the dataset the embedding's rows belong to)");
    FloatMatrix data = readFloatMatrix(o.input);
    std::optional<CsvImages> csv;
    if (!o.csv.empty() && o.evaluate.empty())
        csv = csvImages(o, data.rows);
    const std::size_t inputFeatures = data.cols;
    const auto start = Clock::now();
    nlohmann::json out;
    out["points"] = data.rows;
    out["input_features"] = inputFeatures;
    if (o.pcaDims > 0 && data.cols > o.pcaDims) {
        PcaOptions pca;
        pca.components = o.pcaDims;
        pca.seed = o.seed;
        pca.threads = o.threads;
        data = projectPca(*fitPca(data, pca), data);
        out["pca_seconds"] = secondsSince(start);
    }
    out["features"] = data.cols;
    out["perplexity"] = o.perplexity;
    if (!o.evaluate.empty()) {
        runEvaluate(o, data, out);
        if (o.json)
            std::cout << out.dump(2) << '\n';
        else
            std::printf("KL %.4f, kNN preservation %.4f\n", out["kl"].get<double>(), out["knn_preservation"].get<double>());
        return 0;
    }

    CancelToken cancel;
    const InterruptCancels interrupts(cancel);
    TsneEngine engine(engineOptions(o));
    const ProgressCallback console = consoleProgress(o.quiet);
    // The engine publishes the PCA layout before it looks for neighbours: what a view shows first.
    double firstFrameSeconds = -1;
    const ProgressCallback progress = [&](std::uint64_t done, std::uint64_t total, const std::string& phase) {
        if (firstFrameSeconds < 0 && engine.latestFrame())
            firstFrameSeconds = secondsSince(start);
        reportProgress(console, done, total, phase);
    };
    if (!engine.initialise(std::move(data), progress, &cancel)) {
        finishConsoleProgress(o.quiet);
        std::fprintf(stderr, "cancelled before the optimisation started; nothing written\n");
        return 130;
    }
    const double setupSeconds = secondsSince(start);
    const auto optimiseStart = Clock::now();
    // One iteration per call, as a view runs it: the engine publishes a layout after each, so the time between
    // two calls is the time between two published layouts.
    std::vector<double> frameIntervals;
    frameIntervals.reserve(static_cast<std::size_t>(o.iterations));
    int done = 0;
    auto previous = optimiseStart;
    while (done < o.iterations && !cancel.cancelled()) {
        const int ran = engine.run(1, &cancel);
        const auto now = Clock::now();
        if (ran)
            frameIntervals.push_back(1000.0 * std::chrono::duration<double>(now - previous).count());
        previous = now;
        done += ran;
        if (done % 10 == 0 || done == o.iterations)
            reportProgress(progress, static_cast<std::uint64_t>(done), static_cast<std::uint64_t>(o.iterations), "Optimising");
    }
    finishConsoleProgress(o.quiet);
    const double optimiseSeconds = secondsSince(optimiseStart);
    std::sort(frameIntervals.begin(), frameIntervals.end());
    const auto intervalAt = [&](double share) {
        return frameIntervals.empty() ? 0.0 : frameIntervals[static_cast<std::size_t>(share * static_cast<double>(frameIntervals.size() - 1))];
    };
    const double seconds = secondsSince(start);
    const std::shared_ptr<const TsneFrame> frame = engine.latestFrame();
    FloatMatrix layout(frame->xy.size() / 2, 2);
    layout.values = frame->xy;
    writeFloatMatrix(o.out, layout);
    if (csv)
        writeLayoutCsv(o.csv, layout.values, csv->rowImages, csv->opened.import.dataset);
    const auto evaluateStart = Clock::now();
    const TsneQuality quality = engine.evaluate();
    out["iterations"] = done;
    out["seconds"] = seconds;
    out["setup_seconds"] = setupSeconds;
    out["first_frame_seconds"] = firstFrameSeconds;
    out["optimise_seconds"] = optimiseSeconds;
    out["milliseconds_per_iteration"] = done ? 1000.0 * optimiseSeconds / done : 0.0;
    out["frame_interval_ms_median"] = intervalAt(0.5);
    out["frame_interval_ms_p99"] = intervalAt(0.99);
    out["frame_interval_ms_max"] = intervalAt(1.0);
    out["kl"] = quality.kl;
    out["knn_preservation"] = quality.knnPreservation;
    out["evaluate_seconds"] = secondsSince(evaluateStart);
    out["threads"] = workerThreadCount(o.threads);
    out["seed"] = o.seed;
    out["out"] = o.out;
    out["cancelled"] = done < o.iterations;
    if (o.json)
        std::cout << out.dump(2) << '\n';
    else // the result, like --evaluate's: stderr holds only progress, which --quiet turns off
        std::printf("%zu points, %d iterations in %.1f s (setup %.1f s, %.1f ms per iteration): KL %.4f, kNN preservation %.4f\n",
                    frame->xy.size() / 2, done, seconds, setupSeconds, out["milliseconds_per_iteration"].get<double>(), quality.kl,
                    quality.knnPreservation);
    return done < o.iterations ? 130 : 0;
}

} // namespace

void addTsneCommand(CLI::App& app)
{
    auto o = std::make_shared<TsneCommandOptions>();
    CLI::App* tsne = app.add_subcommand("tsne", "2-D t-SNE layout of an embedding (.npy), with KL and kNN preservation");
    tsne->add_option("embedding", o->input, "Embedding, rows x features (.npy)")->required();
    tsne->add_option("--out", o->out, "Layout, rows x 2 float32 (.npy)");
    tsne->add_option("--csv", o->csv, "Also write the layout as CSV: row, image index, name, path, x, y (needs --dataset)");
    tsne->add_option("--dataset", o->dataset, "The dataset the embedding's rows belong to (for --csv; rows map to images through EMB.images.npy)");
    tsne->add_option("--evaluate", o->evaluate, "Score this layout (rows x 2 .npy) instead of optimising one");
    tsne->add_option("--perplexity", o->perplexity, "Perplexity (default 30)");
    tsne->add_option("--iterations", o->iterations, "Iterations (default 750)")->check(CLI::NonNegativeNumber);
    tsne->add_option("--seed", o->seed, "Seed (default 1)");
    tsne->add_option("--learning-rate", o->learningRate, "Learning rate (default max(N / 12, 200))");
    tsne->add_option("--early-exaggeration", o->earlyExaggeration, "Early exaggeration (default 12)");
    tsne->add_option("--early-iterations", o->earlyIterations, "Iterations of early exaggeration (default 250)");
    tsne->add_option("--pca-dims", o->pcaDims, "Reduce to this many PCA dimensions first when there are more (default 50; 0: never)");
    tsne->add_option("--repulsion", o->repulsion, "auto, exact or interpolation (FFT)");
    tsne->add_option("--neighbours", o->neighbours, "auto, exact or approximate (hnswlib)");
    tsne->add_option("--progressive-above", o->progressiveAbove, "Optimise a subset first above this many points (default 200000; 0: never)");
    tsne->add_option("--threads", o->threads, "Threads (0: every core)");
    tsne->add_flag("--json", o->json, "Print seconds, kl, knn_preservation, first_frame_seconds, frame_interval_ms_* and more as JSON");
    tsne->add_flag("--quiet", o->quiet, "No progress on stderr");
    tsne->callback([o] {
        const int code = runTsne(*o);
        if (code != 0)
            throw CLI::RuntimeError(code);
    });
}
