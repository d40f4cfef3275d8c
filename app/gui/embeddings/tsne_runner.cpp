#include "tsne_runner.h"

#include "embedding/pca.h"

#include <algorithm>
#include <exception>

namespace tagscope::gui {

namespace {
constexpr std::size_t kTsneInputDimensions = 50;
constexpr int kIterationsPerBatch = 5;
constexpr int kContinueIterations = 500;
} // namespace

TsneRunner::TsneRunner(QObject* parent) : QObject(parent)
{
    worker_ = std::thread([this] { workerLoop(); });
}

TsneRunner::~TsneRunner()
{
    {
        std::lock_guard lock(mutex_);
        quit_ = true;
    }
    interrupt_.cancel();
    wake_.notify_all();
    worker_.join();
}

void TsneRunner::post(const std::function<void(Request&)>& change)
{
    {
        std::lock_guard lock(mutex_);
        change(pending_);
    }
    interrupt_.cancel();
    wake_.notify_all();
}

void TsneRunner::start(std::shared_ptr<const FloatMatrix> data, const TsneParameters& parameters, bool run)
{
    {
        std::lock_guard lock(mutex_);
        parameters_ = parameters;
        running_ = run;
        engine_.reset();
        stagingFrame_.reset();
        pending_ = {};
        data_ = std::move(data);
        pending_.data = data_;
        status_ = {};
        status_.phase = Phase::Preparing;
        status_.targetIterations = parameters.iterations;
        status_.points = pending_.data ? pending_.data->rows : 0;
        status_.generation = ++generationCounter_;
    }
    interrupt_.cancel();
    wake_.notify_all();
}

void TsneRunner::stop()
{
    {
        std::lock_guard lock(mutex_);
        pending_ = {};
        running_ = false;
        if (status_.phase == Phase::Preparing) { // cut short: nothing to show but the PCA layout
            engine_.reset();
            status_.phase = Phase::Idle;
        } else if (status_.phase == Phase::Running) {
            status_.phase = Phase::Paused;
        }
    }
    interrupt_.cancel();
    wake_.notify_all();
}

void TsneRunner::run()
{
    post([this](Request&) { // running_ alone wakes the worker: it has work again
        running_ = true;
        if (status_.iteration >= parameters_.iterations) {
            parameters_.iterations = status_.iteration + kContinueIterations; // Run after the target: keep going
            status_.targetIterations = parameters_.iterations;
        }
        if (status_.phase == Phase::Paused || status_.phase == Phase::Finished)
            status_.phase = Phase::Running;
    });
}

void TsneRunner::pause()
{
    post([this](Request&) { // the batch in flight is cut short; the worker then waits
        running_ = false;
        if (status_.phase == Phase::Running)
            status_.phase = Phase::Paused;
    });
}

void TsneRunner::perturb()
{
    post([](Request& r) { r.perturb = true; });
}

void TsneRunner::restart()
{
    post([this](Request& r) {
        r.restart = true;
        running_ = true;
        status_.generation = ++generationCounter_;
        if (status_.phase == Phase::Paused || status_.phase == Phase::Finished)
            status_.phase = Phase::Running;
    });
}

void TsneRunner::setParameters(const TsneParameters& parameters)
{
    post([this, parameters](Request& r) {
        const bool onlyTarget = parameters_.perplexity == parameters.perplexity && parameters_.learningRate == parameters.learningRate &&
                                parameters_.exaggeration == parameters.exaggeration && parameters_.seed == parameters.seed;
        parameters_ = parameters;
        status_.targetIterations = parameters.iterations;
        if (onlyTarget)
            return; // a new iteration target continues the run as it is
        if (status_.phase == Phase::Preparing && data_) { // the engine being built uses the old ones: build it again
            r = {};
            r.data = data_;
            engine_.reset();
            running_ = true;
            status_.generation = ++generationCounter_;
            return;
        }
        r.newParameters = true;
        running_ = true;
        status_.generation = ++generationCounter_;
        if (status_.phase == Phase::Paused || status_.phase == Phase::Finished)
            status_.phase = Phase::Running;
    });
}

void TsneRunner::requestQuality()
{
    post([this](Request& r) {
        r.quality = true;
        status_.qualityPending = true;
    });
}

TsneParameters TsneRunner::parameters() const
{
    std::lock_guard lock(mutex_);
    return parameters_;
}

TsneRunner::Status TsneRunner::status() const
{
    std::lock_guard lock(mutex_);
    return status_;
}

bool TsneRunner::hasData() const
{
    std::lock_guard lock(mutex_);
    return engine_ != nullptr || pending_.data != nullptr || status_.phase == Phase::Preparing;
}

std::shared_ptr<const TsneFrame> TsneRunner::latestFrame() const
{
    std::shared_ptr<TsneEngine> engine;
    std::shared_ptr<const TsneFrame> staging;
    {
        std::lock_guard lock(mutex_);
        engine = engine_;
        staging = stagingFrame_;
    }
    std::shared_ptr<const TsneFrame> frame = engine ? engine->latestFrame() : nullptr;
    return frame ? frame : staging;
}

TsneOptions TsneRunner::engineOptions(const TsneParameters& p) const
{
    TsneOptions options;
    options.perplexity = p.perplexity;
    options.learningRate = p.learningRate;
    options.exaggeration = p.exaggeration;
    options.seed = p.seed;
    return options;
}

bool TsneRunner::prepare(std::shared_ptr<const FloatMatrix> data, std::uint64_t generation)
{
    const auto setStep = [this, generation](const QString& step, double progress) {
        std::lock_guard lock(mutex_);
        if (status_.generation != generation)
            return;
        status_.step = step;
        status_.stepProgress = progress;
    };
    TsneParameters parameters;
    {
        std::lock_guard lock(mutex_);
        parameters = parameters_;
    }
    FloatMatrix input;
    if (data->cols > kTsneInputDimensions && data->rows > kTsneInputDimensions) {
        setStep(tr("Reducing to %1 PCA dimensions").arg(kTsneInputDimensions), -1);
        PcaOptions pca;
        pca.components = kTsneInputDimensions;
        pca.seed = parameters.seed;
        const std::optional<PcaModel> model = fitPca(*data, pca, &interrupt_);
        if (!model)
            return false;
        input = projectPca(*model, *data);
        auto first = std::make_shared<TsneFrame>(); // the PCA layout, shown while the neighbours are found
        first->xy.resize(input.rows * 2);
        for (std::size_t r = 0; r < input.rows; ++r) {
            first->xy[2 * r] = input.at(r, 0);
            first->xy[2 * r + 1] = input.at(r, 1);
        }
        std::lock_guard lock(mutex_);
        if (status_.generation == generation)
            stagingFrame_ = std::move(first);
    } else {
        input = *data;
    }
    auto engine = std::make_shared<TsneEngine>(engineOptions(parameters));
    {
        std::lock_guard lock(mutex_);
        if (status_.generation != generation)
            return false;
        engine_ = engine; // its PCA frame is readable as soon as initialise() publishes it
    }
    const ProgressCallback progress = [&](std::uint64_t done, std::uint64_t total, const std::string& phase) {
        setStep(QString::fromStdString(phase), total ? static_cast<double>(done) / static_cast<double>(total) : -1.0);
    };
    if (!engine->initialise(std::move(input), progress, &interrupt_))
        return false;
    std::lock_guard lock(mutex_);
    if (status_.generation != generation)
        return false;
    status_.phase = running_ ? Phase::Running : Phase::Paused;
    status_.step.clear();
    status_.stepProgress = -1;
    status_.iteration = 0;
    return true;
}

void TsneRunner::measureQuality()
{
    std::shared_ptr<TsneEngine> engine;
    {
        std::lock_guard lock(mutex_);
        engine = engine_;
    }
    if (!engine)
        return;
    const TsneQuality quality = engine->evaluate();
    std::lock_guard lock(mutex_);
    if (engine_ == engine) {
        status_.quality = quality;
        status_.qualityPending = false;
    }
}

void TsneRunner::workerLoop()
{
    std::unique_lock lock(mutex_);
    for (;;) {
        wake_.wait(lock, [this] {
            const bool requests = pending_.data || pending_.restart || pending_.perturb || pending_.quality || pending_.newParameters;
            const bool work = running_ && engine_ && (status_.phase == Phase::Running) && status_.iteration < parameters_.iterations;
            return quit_ || requests || work;
        });
        if (quit_)
            return;
        Request request = std::move(pending_);
        pending_ = {};
        interrupt_.reset();
        const TsneParameters parameters = parameters_;
        const std::uint64_t generation = status_.generation;
        std::shared_ptr<TsneEngine> engine = engine_;
        lock.unlock();

        try {
            if (request.data) {
                if (!prepare(std::move(request.data), generation)) {
                    lock.lock();
                    continue;
                }
                engine = engine_;
            } else if (engine) {
                if (request.newParameters) {
                    engine->setOptions(engineOptions(parameters));
                    engine->restart();
                } else if (request.restart) {
                    engine->restart();
                }
                if (request.perturb)
                    engine->perturb();
                if (request.newParameters || request.restart) {
                    std::lock_guard guard(mutex_);
                    status_.iteration = 0;
                    status_.quality.reset();
                    status_.phase = running_ ? Phase::Running : Phase::Paused;
                }
            }
            if (engine && request.quality)
                measureQuality();

            bool run = false;
            int target = 0, iteration = 0;
            {
                std::lock_guard guard(mutex_);
                run = running_ && status_.phase != Phase::Failed && status_.phase != Phase::Preparing;
                target = parameters_.iterations;
                iteration = status_.iteration;
            }
            const auto finish = [&] { // after the target: measured first, so Finished always comes with its figures
                measureQuality();
                std::lock_guard guard(mutex_);
                if (engine_ == engine && !running_ && status_.phase == Phase::Running)
                    status_.phase = Phase::Finished;
            };
            if (engine && run && iteration < target) {
                {
                    std::lock_guard guard(mutex_);
                    status_.optimising = true;
                }
                // From the status' count: right after a restart the engine still reports the old one.
                engine->run(std::min(kIterationsPerBatch, target - iteration), &interrupt_);
                const int after = engine->iteration();
                bool reached = false;
                {
                    std::lock_guard guard(mutex_);
                    status_.optimising = false;
                    if (engine_ == engine) {
                        status_.iteration = after;
                        reached = after >= parameters_.iterations;
                        if (reached)
                            running_ = false;
                    }
                }
                if (reached)
                    finish();
                else if (qualityInterval > 0 && iteration / qualityInterval != after / qualityInterval)
                    measureQuality();
            } else if (engine && run) { // a target at or below the iteration reached
                {
                    std::lock_guard guard(mutex_);
                    running_ = false;
                }
                finish();
            }
        } catch (const std::exception& error) {
            std::lock_guard guard(mutex_);
            if (status_.generation == generation) {
                status_.phase = Phase::Failed;
                status_.error = QString::fromStdString(error.what());
                running_ = false;
            }
        }
        lock.lock();
    }
}

} // namespace tagscope::gui
