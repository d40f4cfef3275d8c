#pragma once
// t-SNE that a view can animate: initialise once, then run a few iterations at a time from a worker thread while
// the GUI reads the latest layout (latestFrame() is safe from any thread), changes parameters, perturbs or
// restarts (requests are applied between iterations; the Mandelbrot-example pattern).
//
// Recipe (Kobak and Berens 2019; Belkina et al. 2019; Linderman et al. 2019): affinities calibrated to the
// perplexity over k = 3 x perplexity neighbours; PCA initialisation scaled to a standard deviation of 1e-4;
// early exaggeration 12 for 250 iterations with momentum 0.5, then 0.8; learning rate max(N / 12, 200); gains
// (+0.2 on a sign change, x0.8 otherwise, at least 0.01); each point's step clipped to length 5; exact
// repulsion for small N and FFT-accelerated interpolation beyond, in float32 on every core.
// Progressive mode for large N: a random subset is optimised first while the other points follow their
// neighbours; then every point joins and the whole set is optimised.
#include "common/progress.h"
#include "embedding/float_matrix.h"
#include "embedding/neighbour_lists.h"
#include "embedding/tsne_affinities.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace tagscope {

enum class TsneRepulsionMethod { Auto, Exact, Interpolation };
enum class TsneNeighbourMethod { Auto, Exact, Approximate };

struct TsneOptions {
    double perplexity = 30;
    double learningRate = 0;              // 0: max(N / earlyExaggeration, 200)
    double earlyExaggeration = 12;
    int earlyExaggerationIterations = 250;
    double exaggeration = 1;              // after the early phase
    double initialMomentum = 0.5;         // during early exaggeration
    double finalMomentum = 0.8;
    double maxStepNorm = 5;               // 0: steps are not clipped
    TsneRepulsionMethod repulsion = TsneRepulsionMethod::Auto;
    std::size_t exactRepulsionBelow = 2000;          // Auto: exact repulsion for fewer points
    TsneNeighbourMethod neighbours = TsneNeighbourMethod::Auto;
    std::size_t approximateNeighboursAbove = 100000; // Auto: hnswlib beyond this many points
    std::size_t progressiveAbove = 200000;           // 0: never progressive
    std::size_t progressiveSubset = 0;               // 0: max(progressiveAbove / 2, N / 8)
    int progressiveIterations = 500;                 // subset iterations before every point joins
    std::uint64_t seed = 1;
    int threads = 0;                                 // 0: every core (fixed at construction)
};

// One published layout.
struct TsneFrame {
    std::vector<float> xy;       // N x 2
    int iteration = 0;           // iterations done when it was taken
    std::uint64_t version = 0;   // grows with every frame
    bool progressiveSubsetPhase = false;
};

struct TsneQuality {
    double kl = 0;                 // KL(P || Q) of the frame
    double knnPreservation = 0;    // share of the 10 high-dimensional neighbours among the 10 nearest in 2-D
    int iteration = 0;
};

// KL divergence and kNN preservation of any layout (N x 2) under these affinities and high-dimensional
// neighbours: how a layout from another tool is scored on the same terms. Z is exact below `exactBelow` points,
// interpolated beyond.
TsneQuality evaluateLayout(const SparseAffinities& p, const NeighbourLists& neighbours, const std::vector<float>& xy, bool kl = true,
                           bool knnPreservation = true, int threads = 0, std::size_t exactBelow = 2000);

class TsneEngine {
public:
    explicit TsneEngine(TsneOptions options = {});
    ~TsneEngine();
    TsneEngine(const TsneEngine&) = delete;
    TsneEngine& operator=(const TsneEngine&) = delete;

    // The input points (rows x features; PCA-50 of an embedding, typically). Publishes the PCA layout as the
    // first frame at once, then finds the neighbours and the affinities. False when cancelled. Throws
    // std::invalid_argument when there are too few points for the perplexity.
    bool initialise(FloatMatrix data, const ProgressCallback& progress = {}, const CancelToken* cancel = nullptr);
    // Same, with neighbours already found (at least 3 x perplexity per point, self excluded).
    bool initialise(FloatMatrix data, NeighbourLists neighbours, const ProgressCallback& progress = {},
                    const CancelToken* cancel = nullptr);

    // Runs up to `iterations` more iterations, publishing a frame after each; returns how many ran (fewer when
    // cancelled). Call from one thread at a time.
    int run(int iterations, const CancelToken* cancel = nullptr);
    int iteration() const; // safe from any thread
    std::size_t points() const;

    // Safe from any thread.
    std::shared_ptr<const TsneFrame> latestFrame() const;
    // Requests, safe from any thread, applied before the next iteration. New options keep the layout; a new
    // perplexity recomputes the affinities (and the neighbours when it needs more of them).
    void setOptions(const TsneOptions& options);
    TsneOptions options() const;
    void perturb(double scale = 0.1);   // Gaussian noise, `scale` x the layout's spread; momentum cleared
    void restart();                     // back to the PCA layout at iteration 0

    // KL divergence and kNN preservation of the latest frame; safe from any thread. Throws std::logic_error
    // before initialise().
    TsneQuality evaluate(bool kl = true, bool knnPreservation = true) const;

    // For tests and diagnostics (not while run() is applying a new perplexity).
    const SparseAffinities& affinities() const;
    const NeighbourLists& neighbours() const;
    double lastZ() const; // Z of the last iteration

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace tagscope
