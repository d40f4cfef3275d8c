#pragma once
// Live t-SNE for the embedding map: a worker thread owns the TsneEngine and runs it a few iterations at a time;
// the GUI thread sends requests (run, pause, perturb, restart, new parameters) that the worker applies between
// iterations, and polls the latest layout and status with a timer, so it never waits on the optimiser (the
// Mandelbrot-example pattern: requests under a mutex, a condition variable to wake the worker, an atomic flag to
// cut a batch of iterations short).
//
// Embeddings wider than 50 features are reduced to 50 PCA dimensions first (as `tagscope-cli tsne` does). The
// first frame is the PCA layout. KL divergence and kNN preservation are computed in the worker: every
// `qualityInterval` iterations, when the run ends, and on request.
#include "embedding/float_matrix.h"
#include "embedding/tsne.h"

#include <QObject>
#include <QString>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace tagscope::gui {

struct TsneParameters {
    double perplexity = 30;
    double learningRate = 0;  // 0: automatic, max(N / 12, 200)
    double exaggeration = 1;  // after the early-exaggeration phase
    int iterations = 1000;    // the run pauses here (Run continues it)
    std::uint64_t seed = 1;
    bool operator==(const TsneParameters& o) const
    {
        return perplexity == o.perplexity && learningRate == o.learningRate && exaggeration == o.exaggeration && iterations == o.iterations &&
               seed == o.seed;
    }
};

class TsneRunner : public QObject {
    Q_OBJECT
public:
    enum class Phase { Idle, Preparing, Running, Paused, Finished, Failed };

    struct Status {
        Phase phase = Phase::Idle;
        int iteration = 0;
        int targetIterations = 0;
        std::size_t points = 0;
        QString step;                    // while preparing: "Reducing to 50 PCA dimensions", the engine's phase
        double stepProgress = -1;        // 0..1 while preparing, -1 unknown
        std::optional<TsneQuality> quality;
        bool qualityPending = false;
        bool optimising = false;         // the worker is inside a batch of iterations
        QString error;
        std::uint64_t generation = 0;    // grows with every new data set / restart
    };

    explicit TsneRunner(QObject* parent = nullptr);
    ~TsneRunner() override; // stops the worker and waits for it (at most one iteration)

    int qualityInterval = 100; // iterations between automatic quality figures; 0: only at the end and on request

    // New data: stops the current optimisation, starts again from the PCA layout. `run`: start optimising at once.
    void start(std::shared_ptr<const FloatMatrix> data, const TsneParameters& parameters, bool run = true);
    void stop();            // back to idle, the worker waits (the last frame stays readable)
    void run();             // resume, or continue past the iteration target
    void pause();
    void perturb();
    void restart();         // back to the PCA layout at iteration 0, same parameters
    void setParameters(const TsneParameters& parameters); // restarts with them (a new perplexity rebuilds affinities)
    void requestQuality();

    TsneParameters parameters() const;
    Status status() const;
    std::shared_ptr<const TsneFrame> latestFrame() const; // null before the first frame
    bool hasData() const;

private:
    struct Request {
        std::shared_ptr<const FloatMatrix> data; // new data
        bool restart = false, perturb = false, quality = false, newParameters = false;
    };
    void post(const std::function<void(Request&)>& change);
    void workerLoop();
    bool prepare(std::shared_ptr<const FloatMatrix> data, std::uint64_t generation);
    void measureQuality();
    TsneOptions engineOptions(const TsneParameters& p) const;

    mutable std::mutex mutex_;
    std::condition_variable wake_;
    CancelToken interrupt_;  // cuts the current batch short when a request arrives
    bool quit_ = false;
    Request pending_;
    TsneParameters parameters_;
    Status status_;
    bool running_ = false;
    std::uint64_t generationCounter_ = 0;
    std::shared_ptr<const FloatMatrix> data_;
    std::shared_ptr<TsneEngine> engine_;     // replaced by the worker; read under the mutex
    std::shared_ptr<const TsneFrame> stagingFrame_; // the PCA layout while the engine is being prepared
    std::thread worker_;
};

} // namespace tagscope::gui
