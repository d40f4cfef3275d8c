#include "embedding/tsne.h"

#include "embedding/exact_knn.h"
#include "embedding/hnsw_index.h"
#include "embedding/interpolation_repulsion.h"
#include "embedding/layout_neighbours.h"
#include "embedding/pca.h"
#include "embedding/tsne_forces.h"
#include "embedding/worker_pool.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>
#include <random>
#include <stdexcept>

namespace tagscope {
namespace {

constexpr std::size_t kBlock = 4096;    // fixed reduction blocks: results do not depend on the thread count
constexpr std::size_t kAnchors = 5;     // subset neighbours that place an outside point
constexpr double kInitialSpread = 1e-4; // standard deviation of the PCA initialisation (Kobak and Berens 2019)

// `problemRows`: the size the Auto rule looks at (a progressive subset searches the way the whole set does).
std::optional<NeighbourLists> findNeighbours(const FloatMatrix& data, std::size_t k, const TsneOptions& options,
                                             const ProgressCallback& progress, const CancelToken* cancel, std::size_t problemRows = 0)
{
    const std::size_t rows = problemRows ? problemRows : data.rows;
    const bool approximate = options.neighbours == TsneNeighbourMethod::Approximate ||
                             (options.neighbours == TsneNeighbourMethod::Auto && rows > options.approximateNeighboursAbove);
    if (!approximate) {
        ExactKnnOptions exact;
        exact.k = k;
        exact.threads = options.threads;
        return exactNeighbours(data, {}, exact, progress, cancel);
    }
    HnswOptions hnsw;
    hnsw.efConstruction = 100; // t-SNE needs neighbourhoods, not the last percent of recall
    hnsw.threads = options.threads;
    hnsw.seed = options.seed;
    auto index = ApproximateKnnIndex::build(data, DistanceMetric::Euclidean, hnsw, progress, cancel);
    if (!index)
        return std::nullopt;
    return index->searchRows({}, k, k + k / 4);
}

std::size_t neighboursNeeded(double perplexity, std::size_t points)
{
    return std::min(neighboursForPerplexity(perplexity), points - 1);
}

void checkPerplexity(double perplexity, std::size_t points)
{
    if (points < 3)
        throw std::invalid_argument("t-SNE needs at least three points");
    if (!(perplexity >= 1.0) || perplexity >= static_cast<double>(points - 1))
        throw std::invalid_argument("a perplexity of " + std::to_string(perplexity) + " needs more than " +
                                    std::to_string(static_cast<long long>(std::floor(perplexity)) + 1) + " points (there are " +
                                    std::to_string(points) + ")");
}

// The centroid of y (n x 2), summed in fixed blocks.
std::pair<double, double> centroid(const std::vector<float>& y, WorkerPool& pool)
{
    const std::size_t n = y.size() / 2, blocks = (n + kBlock - 1) / kBlock;
    std::vector<double> sums(2 * blocks, 0.0);
    pool.parallelFor(blocks, [&](std::size_t first, std::size_t last, int) {
        for (std::size_t b = first; b < last; ++b)
            for (std::size_t i = b * kBlock; i < std::min(n, (b + 1) * kBlock); ++i) {
                sums[2 * b] += y[2 * i];
                sums[2 * b + 1] += y[2 * i + 1];
            }
    });
    double x = 0, z = 0;
    for (std::size_t b = 0; b < blocks; ++b) {
        x += sums[2 * b];
        z += sums[2 * b + 1];
    }
    return {x / static_cast<double>(n), z / static_cast<double>(n)};
}

double spread(const std::vector<float>& y)
{
    const std::size_t n = y.size() / 2;
    double mean[2] = {0, 0}, squares = 0;
    for (std::size_t i = 0; i < n; ++i)
        for (int d = 0; d < 2; ++d)
            mean[d] += y[2 * i + d];
    for (double& m : mean)
        m /= static_cast<double>(n);
    for (std::size_t i = 0; i < n; ++i)
        for (int d = 0; d < 2; ++d)
            squares += (y[2 * i + d] - mean[d]) * (y[2 * i + d] - mean[d]);
    return std::sqrt(squares / (2.0 * static_cast<double>(n)));
}

} // namespace

struct TsneEngine::Impl {
    struct Problem {
        std::shared_ptr<const SparseAffinities> p;
        std::vector<float> y, update, gains, attraction, repulsion, gradient;
        std::unique_ptr<RepulsionEstimator> estimator;
        bool exactEstimator = false;
        std::size_t size() const { return y.size() / 2; }
        void reset(std::vector<float> layout)
        {
            y = std::move(layout);
            update.assign(y.size(), 0.0f);
            gains.assign(y.size(), 1.0f);
            attraction.resize(y.size());
            repulsion.resize(y.size());
            gradient.resize(y.size());
        }
    };

    explicit Impl(const TsneOptions& o) : options(o), pool(o.threads) {}

    TsneOptions options;
    WorkerPool pool;
    FloatMatrix data;
    std::vector<float> initialLayout; // N x 2
    bool initialised = false;
    std::atomic<int> iteration{0}; // read by iteration() from any thread
    double lastZ = 0;
    std::uint64_t perturbations = 0;

    Problem full;
    // Progressive mode: the subset, its rows, and for every point the subset positions that place it.
    bool progressive = false, subsetPhase = false;
    Problem subset;
    std::vector<std::uint32_t> members;
    std::shared_ptr<const NeighbourLists> subsetNeighbours;
    std::vector<std::int32_t> anchors; // N x kAnchors subset positions, -1 where fewer
    std::vector<float> placed;         // N x 2, the layout published during the subset phase

    mutable std::mutex shared;         // guards what other threads read or request:
    std::shared_ptr<const NeighbourLists> neighbours;
    std::shared_ptr<const SparseAffinities> affinities;
    std::shared_ptr<const TsneFrame> frame;
    std::uint64_t version = 0;
    std::optional<TsneOptions> pendingOptions;
    double pendingPerturb = 0;
    bool pendingRestart = false;

    std::size_t n() const { return data.rows; }

    void publish(std::vector<float> xy)
    {
        auto next = std::make_shared<TsneFrame>();
        next->xy = std::move(xy);
        next->iteration = iteration;
        next->progressiveSubsetPhase = subsetPhase;
        std::lock_guard<std::mutex> lock(shared);
        next->version = ++version;
        frame = std::move(next);
    }

    void publishCurrent()
    {
        if (subsetPhase) {
            placeOutsidePoints();
            publish(placed);
        } else {
            publish(full.y);
        }
    }

    void makeInitialLayout(std::uint64_t seed)
    {
        const std::size_t count = n();
        initialLayout.assign(2 * count, 0.0f);
        if (data.cols >= 2) {
            PcaOptions pca;
            pca.components = 2;
            pca.seed = seed;
            pca.threads = options.threads;
            const FloatMatrix projected = projectPca(*fitPca(data, pca), data);
            initialLayout = projected.values;
        } else {
            for (std::size_t i = 0; i < count; ++i)
                initialLayout[2 * i] = data.at(i, 0);
        }
        double firstSpread = 0, mean = 0;
        for (std::size_t i = 0; i < count; ++i)
            mean += initialLayout[2 * i];
        mean /= static_cast<double>(count);
        for (std::size_t i = 0; i < count; ++i)
            firstSpread += (initialLayout[2 * i] - mean) * (initialLayout[2 * i] - mean);
        firstSpread = std::sqrt(firstSpread / static_cast<double>(count));
        const float scale = firstSpread > 0 ? static_cast<float>(kInitialSpread / firstSpread) : 0.0f;
        std::mt19937_64 random(seed);
        std::normal_distribution<float> noise(0.0f, static_cast<float>(kInitialSpread * 1e-2));
        for (float& v : initialLayout)
            v = v * scale + noise(random); // the noise separates duplicate points
    }

    bool prepareSubset(const ProgressCallback& progress, const CancelToken* cancel)
    {
        const std::size_t count = n();
        std::size_t size = options.progressiveSubset ? options.progressiveSubset : std::max(options.progressiveAbove / 2, count / 8);
        size = std::clamp<std::size_t>(size, std::min<std::size_t>(count, 4), count);
        std::vector<std::uint32_t> order(count);
        std::iota(order.begin(), order.end(), 0u);
        std::mt19937_64 random(options.seed ^ 0x5eedULL);
        std::shuffle(order.begin(), order.end(), random);
        members.assign(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(size));
        std::sort(members.begin(), members.end());
        FloatMatrix subsetData(size, data.cols);
        for (std::size_t s = 0; s < size; ++s)
            std::copy_n(data.row(members[s]), data.cols, subsetData.row(s));
        checkPerplexity(options.perplexity, size);
        auto found = findNeighbours(subsetData, neighboursNeeded(options.perplexity, size), options, progress, cancel, count);
        if (!found)
            return false;
        subsetNeighbours = std::make_shared<const NeighbourLists>(std::move(*found));
        subset.p = std::make_shared<const SparseAffinities>(computeAffinities(*subsetNeighbours, options.perplexity, pool));
        std::vector<std::int32_t> position(count, -1);
        for (std::size_t s = 0; s < size; ++s)
            position[members[s]] = static_cast<std::int32_t>(s);
        anchors.assign(count * kAnchors, -1);
        const NeighbourLists& lists = *neighbours;
        for (std::size_t i = 0; i < count; ++i) {
            std::int32_t* row = anchors.data() + i * kAnchors;
            if (position[i] >= 0) {
                row[0] = position[i];
                continue;
            }
            std::size_t anchored = 0;
            for (std::size_t j = 0; j < lists.k && anchored < kAnchors; ++j)
                if (position[lists.indexRow(i)[j]] >= 0)
                    row[anchored++] = position[lists.indexRow(i)[j]];
        }
        return true;
    }

    // Every point at its subset position, or at the mean of its nearest subset neighbours (the centre when it
    // has none among its neighbours).
    void placeOutsidePoints()
    {
        placed.assign(2 * n(), 0.0f);
        const std::pair<double, double> centre = centroid(subset.y, pool);
        pool.parallelFor(n(), [&](std::size_t first, std::size_t last, int) {
            for (std::size_t i = first; i < last; ++i) {
                const std::int32_t* row = anchors.data() + i * kAnchors;
                float x = 0, y = 0;
                std::size_t count = 0;
                for (std::size_t a = 0; a < kAnchors && row[a] >= 0; ++a, ++count) {
                    x += subset.y[2 * row[a]];
                    y += subset.y[2 * row[a] + 1];
                }
                placed[2 * i] = count ? x / static_cast<float>(count) : static_cast<float>(centre.first);
                placed[2 * i + 1] = count ? y / static_cast<float>(count) : static_cast<float>(centre.second);
            }
        }, 4096);
    }

    void resetLayout()
    {
        iteration = 0;
        full.estimator.reset();
        subset.estimator.reset();
        if (progressive) {
            std::vector<float> start(2 * members.size());
            for (std::size_t s = 0; s < members.size(); ++s) {
                start[2 * s] = initialLayout[2 * members[s]];
                start[2 * s + 1] = initialLayout[2 * members[s] + 1];
            }
            subset.reset(std::move(start));
            subsetPhase = true;
            full.reset({});
        } else {
            full.reset(initialLayout);
            subsetPhase = false;
        }
        full.p = affinities;
    }

    // The end of the subset phase: every point joins where its neighbours put it, with a little jitter.
    void joinEveryPoint()
    {
        placeOutsidePoints();
        const double jitter = 1e-3 * std::max(spread(subset.y), 1e-6);
        std::mt19937_64 random(options.seed ^ 0x701eULL);
        std::normal_distribution<float> noise(0.0f, static_cast<float>(jitter));
        std::vector<float> start = placed;
        for (float& v : start)
            v += noise(random);
        full.reset(std::move(start));
        full.p = affinities;
        subsetPhase = false;
    }

    RepulsionEstimator& estimatorFor(Problem& problem)
    {
        const bool exact = options.repulsion == TsneRepulsionMethod::Exact ||
                           (options.repulsion == TsneRepulsionMethod::Auto && problem.size() < options.exactRepulsionBelow);
        if (!problem.estimator || problem.exactEstimator != exact) {
            if (exact)
                problem.estimator = std::make_unique<ExactRepulsion>();
            else
                problem.estimator = std::make_unique<InterpolationRepulsion>(3.0);
            problem.exactEstimator = exact;
        }
        return *problem.estimator;
    }

    void step()
    {
        if (subsetPhase && iteration >= options.progressiveIterations)
            joinEveryPoint();
        Problem& problem = subsetPhase ? subset : full;
        const std::size_t count = problem.size();
        const bool early = iteration < options.earlyExaggerationIterations;
        const double exaggeration = early ? options.earlyExaggeration : options.exaggeration;
        const float momentum = static_cast<float>(early ? options.initialMomentum : options.finalMomentum);
        const float learningRate = static_cast<float>(
            options.learningRate > 0 ? options.learningRate
                                     : std::max(static_cast<double>(count) / std::max(options.earlyExaggeration, 1.0), 200.0));
        attractiveForces(*problem.p, problem.y.data(), problem.attraction.data(), pool);
        lastZ = estimatorFor(problem).compute(problem.y.data(), count, problem.repulsion.data(), pool);
        combineGradient(problem.attraction.data(), problem.repulsion.data(), lastZ, exaggeration, count, problem.gradient.data());
        const float maxStep = static_cast<float>(options.maxStepNorm);
        pool.parallelFor(count, [&](std::size_t first, std::size_t last, int) {
            for (std::size_t i = first; i < last; ++i) {
                for (std::size_t d = 2 * i; d < 2 * i + 2; ++d) {
                    const float g = problem.gradient[d];
                    float& gain = problem.gains[d];
                    float& u = problem.update[d];
                    gain = ((g > 0) != (u > 0)) ? gain + 0.2f : gain * 0.8f;
                    gain = std::max(gain, 0.01f);
                    u = momentum * u - learningRate * gain * g;
                }
                const float length = std::sqrt(problem.update[2 * i] * problem.update[2 * i] + problem.update[2 * i + 1] * problem.update[2 * i + 1]);
                if (maxStep > 0 && length > maxStep) {
                    problem.update[2 * i] *= maxStep / length;
                    problem.update[2 * i + 1] *= maxStep / length;
                }
                problem.y[2 * i] += problem.update[2 * i];
                problem.y[2 * i + 1] += problem.update[2 * i + 1];
            }
        }, 2048);
        const std::pair<double, double> centre = centroid(problem.y, pool);
        const float cx = static_cast<float>(centre.first), cy = static_cast<float>(centre.second);
        for (std::size_t i = 0; i < count; ++i) {
            problem.y[2 * i] -= cx;
            problem.y[2 * i + 1] -= cy;
        }
        ++iteration;
    }

    void applyPerplexity(double perplexity)
    {
        checkPerplexity(perplexity, n());
        const std::size_t k = neighboursNeeded(perplexity, n());
        std::shared_ptr<const NeighbourLists> lists = neighbours;
        TsneOptions search = options;
        search.perplexity = perplexity;
        if (lists->k < k) {
            auto found = findNeighbours(data, k, search, {}, nullptr);
            lists = std::make_shared<const NeighbourLists>(std::move(*found));
        }
        auto p = std::make_shared<const SparseAffinities>(computeAffinities(*lists, perplexity, pool));
        if (progressive) {
            const std::size_t subsetK = neighboursNeeded(perplexity, members.size());
            if (subsetNeighbours->k < subsetK) {
                FloatMatrix subsetData(members.size(), data.cols);
                for (std::size_t s = 0; s < members.size(); ++s)
                    std::copy_n(data.row(members[s]), data.cols, subsetData.row(s));
                auto found = findNeighbours(subsetData, subsetK, search, {}, nullptr, n());
                subsetNeighbours = std::make_shared<const NeighbourLists>(std::move(*found));
            }
            subset.p = std::make_shared<const SparseAffinities>(computeAffinities(*subsetNeighbours, perplexity, pool));
        }
        full.p = p;
        std::lock_guard<std::mutex> lock(shared);
        neighbours = lists;
        affinities = p;
    }

    void applyRequests()
    {
        std::optional<TsneOptions> next;
        double perturbScale = 0;
        bool restartNow = false;
        {
            std::lock_guard<std::mutex> lock(shared);
            next.swap(pendingOptions);
            std::swap(perturbScale, pendingPerturb);
            std::swap(restartNow, pendingRestart);
        }
        if (next) {
            next->threads = options.threads;
            const bool newPerplexity = next->perplexity != options.perplexity;
            if (newPerplexity)
                applyPerplexity(next->perplexity);
            // Progressive settings belong to initialise(): the subset already chosen stays.
            next->progressiveAbove = options.progressiveAbove;
            next->progressiveSubset = options.progressiveSubset;
            std::lock_guard<std::mutex> lock(shared);
            options = *next;
        }
        if (restartNow)
            resetLayout();
        if (perturbScale > 0) {
            Problem& problem = subsetPhase ? subset : full;
            const double sigma = perturbScale * std::max(spread(problem.y), 1e-6);
            std::mt19937_64 random(options.seed + 0x9e3779b97f4a7c15ULL * ++perturbations);
            std::normal_distribution<float> noise(0.0f, static_cast<float>(sigma));
            for (float& v : problem.y)
                v += noise(random);
            std::fill(problem.update.begin(), problem.update.end(), 0.0f);
        }
        if (restartNow || perturbScale > 0)
            publishCurrent();
    }
};

TsneEngine::TsneEngine(TsneOptions options) : impl_(std::make_unique<Impl>(options)) {}
TsneEngine::~TsneEngine() = default;

bool TsneEngine::initialise(FloatMatrix data, const ProgressCallback& progress, const CancelToken* cancel)
{
    return initialise(std::move(data), NeighbourLists{}, progress, cancel);
}

bool TsneEngine::initialise(FloatMatrix data, NeighbourLists neighbours, const ProgressCallback& progress, const CancelToken* cancel)
{
    Impl& m = *impl_;
    checkPerplexity(m.options.perplexity, data.rows);
    const std::size_t k = neighboursNeeded(m.options.perplexity, data.rows);
    const bool given = neighbours.queries > 0;
    if (given && (neighbours.queries != data.rows || neighbours.k < k))
        throw std::invalid_argument("t-SNE needs " + std::to_string(k) + " neighbours for each of the " + std::to_string(data.rows) +
                                    " points");
    m.initialised = false;
    {
        std::lock_guard<std::mutex> lock(m.shared); // requests made for earlier data do not apply
        m.pendingOptions.reset();
        m.pendingPerturb = 0;
        m.pendingRestart = false;
    }
    m.data = std::move(data);
    m.makeInitialLayout(m.options.seed);
    m.iteration = 0;
    m.subsetPhase = false;
    m.publish(m.initialLayout); // the PCA preview, before the slow part
    reportProgress(progress, 0, 3, "Finding neighbours");
    if (!given) {
        auto found = findNeighbours(m.data, k, m.options, progress, cancel);
        if (!found)
            return false;
        neighbours = std::move(*found);
    }
    reportProgress(progress, 1, 3, "Computing affinities");
    auto lists = std::make_shared<const NeighbourLists>(std::move(neighbours));
    auto p = std::make_shared<const SparseAffinities>(computeAffinities(*lists, m.options.perplexity, m.pool));
    {
        std::lock_guard<std::mutex> lock(m.shared);
        m.neighbours = lists;
        m.affinities = p;
    }
    m.progressive = m.options.progressiveAbove > 0 && m.n() > m.options.progressiveAbove;
    if (m.progressive) {
        reportProgress(progress, 2, 3, "Preparing the progressive subset");
        if (!m.prepareSubset(progress, cancel))
            return false;
    }
    m.resetLayout();
    m.publishCurrent();
    m.initialised = true;
    reportProgress(progress, 3, 3, "Ready");
    return true;
}

int TsneEngine::run(int iterations, const CancelToken* cancel)
{
    Impl& m = *impl_;
    if (!m.initialised)
        throw std::logic_error("t-SNE: run() before initialise()");
    int done = 0;
    for (; done < iterations && !isCancelled(cancel); ++done) {
        m.applyRequests();
        m.step();
        m.publishCurrent();
    }
    return done;
}

int TsneEngine::iteration() const { return impl_->iteration; }
std::size_t TsneEngine::points() const { return impl_->n(); }

std::shared_ptr<const TsneFrame> TsneEngine::latestFrame() const
{
    std::lock_guard<std::mutex> lock(impl_->shared);
    return impl_->frame;
}

void TsneEngine::setOptions(const TsneOptions& options)
{
    std::lock_guard<std::mutex> lock(impl_->shared);
    impl_->pendingOptions = options;
}

TsneOptions TsneEngine::options() const
{
    std::lock_guard<std::mutex> lock(impl_->shared);
    return impl_->pendingOptions ? *impl_->pendingOptions : impl_->options;
}

void TsneEngine::perturb(double scale)
{
    std::lock_guard<std::mutex> lock(impl_->shared);
    impl_->pendingPerturb += scale;
}

void TsneEngine::restart()
{
    std::lock_guard<std::mutex> lock(impl_->shared);
    impl_->pendingRestart = true;
    impl_->pendingPerturb = 0;
}

TsneQuality evaluateLayout(const SparseAffinities& p, const NeighbourLists& neighbours, const std::vector<float>& xy, bool kl,
                           bool knnPreservation, int threads, std::size_t exactBelow)
{
    const std::size_t count = xy.size() / 2;
    if (p.points != count || neighbours.queries != count)
        throw std::invalid_argument("the layout has " + std::to_string(count) + " points, the affinities " + std::to_string(p.points));
    TsneQuality quality;
    WorkerPool pool(threads);
    if (kl) {
        std::vector<float> repulsion(xy.size());
        std::unique_ptr<RepulsionEstimator> estimator;
        if (count < exactBelow)
            estimator = std::make_unique<ExactRepulsion>();
        else
            estimator = std::make_unique<InterpolationRepulsion>();
        const double z = estimator->compute(xy.data(), count, repulsion.data(), pool);
        quality.kl = klDivergence(p, xy.data(), z, pool);
    }
    if (knnPreservation)
        quality.knnPreservation = neighbourPreservation(neighbours, xy.data(), count, 10, pool);
    return quality;
}

TsneQuality TsneEngine::evaluate(bool kl, bool knnPreservation) const
{
    std::shared_ptr<const TsneFrame> frame;
    std::shared_ptr<const NeighbourLists> lists;
    std::shared_ptr<const SparseAffinities> p;
    TsneOptions options;
    {
        std::lock_guard<std::mutex> lock(impl_->shared);
        frame = impl_->frame;
        lists = impl_->neighbours;
        p = impl_->affinities;
        options = impl_->options;
    }
    if (!frame || !lists || !p)
        throw std::logic_error("t-SNE: evaluate() before initialise()");
    TsneQuality quality = evaluateLayout(*p, *lists, frame->xy, kl, knnPreservation, options.threads, options.exactRepulsionBelow);
    quality.iteration = frame->iteration;
    return quality;
}

const SparseAffinities& TsneEngine::affinities() const { return *impl_->affinities; }
const NeighbourLists& TsneEngine::neighbours() const { return *impl_->neighbours; }
double TsneEngine::lastZ() const { return impl_->lastZ; }

} // namespace tagscope
