// t-SNE: perplexity calibration, the gradient against finite differences of the KL divergence, the FFT
// repulsion against the exact sum, separation of well-separated clusters, the step-wise API (determinism per
// seed, restart, perturb, new options), cancellation, the snapshot read from another thread, progressive mode.
#include "embedding/exact_knn.h"
#include "embedding/interpolation_repulsion.h"
#include "embedding/layout_neighbours.h"
#include "embedding/tsne.h"
#include "embedding/tsne_forces.h"
#include "embedding/worker_pool.h"
#include "embedding_data.h"

#include <QtTest>

#include <atomic>
#include <cmath>
#include <random>
#include <thread>

using namespace tagscope;

namespace {

NeighbourLists neighboursOf(const FloatMatrix& points, std::size_t k)
{
    ExactKnnOptions options;
    options.k = k;
    return *exactNeighbours(points, {}, options);
}

// Share of each point's 10 nearest layout neighbours that come from its own cluster.
double clusterPurity(const std::vector<float>& xy, const std::vector<int>& labels)
{
    WorkerPool pool;
    const NeighbourLists lists = layoutNeighbours(xy.data(), labels.size(), 10, pool);
    std::size_t same = 0;
    for (std::size_t i = 0; i < lists.queries; ++i)
        for (std::size_t j = 0; j < lists.k; ++j)
            same += labels[lists.indexRow(i)[j]] == labels[i];
    return static_cast<double>(same) / static_cast<double>(lists.queries * lists.k);
}

std::vector<float> randomLayout(std::size_t n, double spread, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::normal_distribution<float> normal(0.0f, static_cast<float>(spread));
    std::vector<float> y(2 * n);
    for (float& v : y)
        v = normal(random);
    return y;
}

TsneOptions quickOptions()
{
    TsneOptions options;
    options.perplexity = 20;
    options.seed = 3;
    return options;
}

} // namespace

class TestTsne : public QObject {
    Q_OBJECT

private slots:
    void affinitiesMatchThePerplexity();
    void gradientMatchesFiniteDifferences();
    void interpolationMatchesExactRepulsion();
    void separatesClusters_data();
    void separatesClusters();
    void stepwiseRunsAreDeterministic();
    void restartPerturbAndNewOptions();
    void cancellationStopsMidRun();
    void framesCanBeReadWhileRunning();
    void progressiveModePlacesEveryPoint();
    void badInputIsRejected();
};

void TestTsne::affinitiesMatchThePerplexity()
{
    const ClusteredPoints data = gaussianClusters(5, 80, 10, 6.0, 2);
    const NeighbourLists lists = neighboursOf(data.points, 90);
    WorkerPool pool;
    for (double perplexity : {5.0, 30.0}) {
        const std::size_t k = neighboursForPerplexity(perplexity);
        const std::vector<float> conditional = conditionalAffinities(lists, perplexity, pool, k);
        for (std::size_t i = 0; i < lists.queries; ++i) {
            double sum = 0, entropy = 0;
            for (std::size_t j = 0; j < k; ++j) {
                const double p = conditional[i * k + j];
                sum += p;
                if (p > 0)
                    entropy -= p * std::log(p);
                if (j)
                    QVERIFY(conditional[i * k + j] <= conditional[i * k + j - 1] + 1e-7f); // nearer, likelier
            }
            QVERIFY(std::abs(sum - 1.0) < 1e-5);
            QVERIFY2(std::abs(std::exp(entropy) - perplexity) < 1e-3 * perplexity,
                     qPrintable(QStringLiteral("point %1: perplexity %2").arg(i).arg(std::exp(entropy))));
        }
        const SparseAffinities p = computeAffinities(lists, perplexity, pool);
        double total = 0;
        for (std::size_t i = 0; i < p.points; ++i)
            for (std::size_t e = p.rowStart[i]; e < p.rowStart[i + 1]; ++e) {
                total += p.values[e];
                QVERIFY(p.columns[e] != i);
                // Symmetric: P_ji is stored with the same value.
                const std::uint32_t j = p.columns[e];
                const auto first = p.columns.begin() + static_cast<std::ptrdiff_t>(p.rowStart[j]);
                const auto last = p.columns.begin() + static_cast<std::ptrdiff_t>(p.rowStart[j + 1]);
                const auto at = std::lower_bound(first, last, static_cast<std::uint32_t>(i));
                QVERIFY(at != last && *at == i);
                QCOMPARE(p.values[static_cast<std::size_t>(at - p.columns.begin())], p.values[e]);
            }
        QVERIFY(std::abs(total - 1.0) < 1e-5);
    }
}

void TestTsne::gradientMatchesFiniteDifferences()
{
    const ClusteredPoints data = gaussianClusters(3, 10, 4, 3.0, 7);
    const NeighbourLists lists = neighboursOf(data.points, 15);
    WorkerPool pool;
    const SparseAffinities p = computeAffinities(lists, 5.0, pool);
    std::vector<float> y = randomLayout(30, 2.0, 1);
    ExactRepulsion exact;
    auto kl = [&](const std::vector<float>& layout) {
        std::vector<float> r(layout.size());
        const double z = exact.compute(layout.data(), 30, r.data(), pool);
        return klDivergence(p, layout.data(), z, pool);
    };
    std::vector<float> attraction(60), repulsion(60), gradient(60);
    attractiveForces(p, y.data(), attraction.data(), pool);
    const double z = exact.compute(y.data(), 30, repulsion.data(), pool);
    combineGradient(attraction.data(), repulsion.data(), z, 1.0, 30, gradient.data());
    for (std::size_t c = 0; c < 60; ++c) {
        const float h = 1e-2f;
        std::vector<float> plus = y, minus = y;
        plus[c] += h;
        minus[c] -= h;
        const double numeric = (kl(plus) - kl(minus)) / (2.0 * h);
        // dKL/dy = 4 x the gradient (the factor the learning rate absorbs).
        QVERIFY2(std::abs(4.0 * gradient[c] - numeric) < 2e-3 * (std::abs(numeric) + 1e-2),
                 qPrintable(QStringLiteral("coordinate %1: analytic %2, numeric %3").arg(c).arg(4.0 * gradient[c]).arg(numeric)));
    }
}

void TestTsne::interpolationMatchesExactRepulsion()
{
    // Clumps and empty space, like a layout mid-run.
    const ClusteredPoints clumps = gaussianClusters(8, 400, 2, 40.0, 4);
    std::vector<float> y(clumps.points.values.begin(), clumps.points.values.end());
    const std::size_t n = y.size() / 2;
    WorkerPool pool;
    std::vector<float> exactForces(2 * n), fftForces(2 * n);
    ExactRepulsion exact;
    InterpolationRepulsion interpolation;
    const double zExact = exact.compute(y.data(), n, exactForces.data(), pool);
    const double zFft = interpolation.compute(y.data(), n, fftForces.data(), pool);
    QVERIFY2(std::abs(zFft - zExact) < 1e-3 * zExact, qPrintable(QStringLiteral("Z %1 vs %2").arg(zFft).arg(zExact)));
    double error = 0, norm = 0;
    for (std::size_t i = 0; i < 2 * n; ++i) {
        error += (fftForces[i] - exactForces[i]) * (fftForces[i] - exactForces[i]);
        norm += exactForces[i] * exactForces[i];
    }
    qInfo("grid %zu nodes, relative force error %.2e", interpolation.gridNodes(), std::sqrt(error / norm));
    QVERIFY(std::sqrt(error / norm) < 1e-2); // FIt-SNE's accuracy at its default grid
    QVERIFY(interpolation.gridNodes() >= 3 * 40);
    // Third-order interpolation: twice the nodes per unit, several times smaller errors.
    InterpolationRepulsion finer(6.0);
    finer.compute(y.data(), n, fftForces.data(), pool);
    double finerError = 0;
    for (std::size_t i = 0; i < 2 * n; ++i)
        finerError += (fftForces[i] - exactForces[i]) * (fftForces[i] - exactForces[i]);
    QVERIFY(finerError < error / 16);
}

void TestTsne::separatesClusters_data()
{
    QTest::addColumn<int>("repulsion");
    QTest::newRow("exact") << int(TsneRepulsionMethod::Exact);
    QTest::newRow("interpolation") << int(TsneRepulsionMethod::Interpolation);
}

void TestTsne::separatesClusters()
{
    QFETCH(int, repulsion);
    const ClusteredPoints data = gaussianClusters(6, 200, 20, 10.0, 12, 2);
    TsneOptions options = quickOptions();
    options.repulsion = static_cast<TsneRepulsionMethod>(repulsion);
    TsneEngine engine(options);
    QVERIFY(engine.initialise(data.points));
    QCOMPARE(engine.run(260), 260);
    const TsneQuality early = engine.evaluate();
    QCOMPARE(engine.run(240), 240);
    const TsneQuality late = engine.evaluate();
    QCOMPARE(late.iteration, 500);
    qInfo("KL %.3f -> %.3f, kNN preservation %.3f -> %.3f", early.kl, late.kl, early.knnPreservation, late.knnPreservation);
    QVERIFY(late.kl < early.kl);
    QVERIFY(late.knnPreservation > 0.7);
    QVERIFY(clusterPurity(engine.latestFrame()->xy, data.labels) > 0.99);
    // A random layout of the same points scores far worse on both counts.
    const TsneQuality random = evaluateLayout(engine.affinities(), engine.neighbours(), randomLayout(1200, 10.0, 2));
    QVERIFY(random.kl > late.kl + 1.0);
    QVERIFY(random.knnPreservation < 0.05);
}

void TestTsne::stepwiseRunsAreDeterministic()
{
    const ClusteredPoints data = gaussianClusters(4, 150, 8, 8.0, 5);
    TsneOptions options = quickOptions();
    options.repulsion = TsneRepulsionMethod::Interpolation;
    TsneEngine once(options), inSteps(options);
    QVERIFY(once.initialise(data.points));
    QVERIFY(inSteps.initialise(data.points));
    once.run(120);
    inSteps.run(50);
    inSteps.run(1);
    inSteps.run(69);
    QCOMPARE(inSteps.iteration(), 120);
    QCOMPARE(inSteps.latestFrame()->xy, once.latestFrame()->xy);
    QVERIFY(inSteps.latestFrame()->version > 120);

    options.seed = 4;
    TsneEngine otherSeed(options);
    QVERIFY(otherSeed.initialise(data.points));
    otherSeed.run(120);
    QVERIFY(otherSeed.latestFrame()->xy != once.latestFrame()->xy);
}

void TestTsne::restartPerturbAndNewOptions()
{
    const ClusteredPoints data = gaussianClusters(4, 100, 8, 8.0, 6);
    TsneEngine engine(quickOptions());
    QVERIFY(engine.initialise(data.points));
    const std::vector<float> initial = engine.latestFrame()->xy;
    engine.run(80);
    const std::vector<float> after80 = engine.latestFrame()->xy;

    engine.restart();
    engine.run(80);
    QCOMPARE(engine.iteration(), 80);
    QCOMPARE(engine.latestFrame()->xy, after80); // a restart replays the same run

    engine.restart();
    engine.run(0);
    QCOMPARE(engine.latestFrame()->xy, after80); // requests wait for the next iteration
    engine.run(1);
    QCOMPARE(engine.iteration(), 1);

    engine.run(79);
    engine.perturb(0.5);
    engine.run(1);
    std::vector<float> unperturbed;
    {
        TsneEngine reference(quickOptions());
        QVERIFY(reference.initialise(data.points));
        reference.run(81);
        unperturbed = reference.latestFrame()->xy;
    }
    double moved = 0;
    for (std::size_t i = 0; i < unperturbed.size(); ++i)
        moved += std::abs(unperturbed[i] - engine.latestFrame()->xy[i]);
    QVERIFY(moved / unperturbed.size() > 0.1);

    // A new perplexity recalibrates the affinities, and a new learning rate applies from the next iteration.
    TsneOptions changed = quickOptions();
    changed.perplexity = 8;
    changed.learningRate = 50;
    engine.setOptions(changed);
    QCOMPARE(engine.options().perplexity, 8.0);
    engine.run(1);
    const SparseAffinities& p = engine.affinities();
    QVERIFY(p.columns.size() <= 2 * 24 * p.points); // at most 2k per row, with k = 24 neighbours now (60 before)
    QVERIFY(p.columns.size() < 60 * p.points);
    QVERIFY(initial.size() == engine.latestFrame()->xy.size());
}

void TestTsne::cancellationStopsMidRun()
{
    const ClusteredPoints data = gaussianClusters(4, 300, 8, 8.0, 9);
    TsneEngine engine(quickOptions());
    CancelToken cancel;
    QVERIFY(engine.initialise(data.points, {}, &cancel));
    std::thread canceller([&] {
        while (engine.iteration() < 20)
            std::this_thread::yield();
        cancel.cancel();
    });
    const int done = engine.run(100000, &cancel);
    canceller.join();
    QVERIFY(done >= 20 && done < 100000);
    QCOMPARE(engine.latestFrame()->iteration, done); // the layout reached is kept
    // Cancelled while the neighbours are searched: initialise reports it and keeps the PCA frame.
    TsneEngine second(quickOptions());
    QVERIFY(!second.initialise(data.points, {}, &cancel));
    QCOMPARE(second.latestFrame()->iteration, 0);
    QCOMPARE(second.latestFrame()->xy.size(), 2 * data.points.rows);
}

void TestTsne::framesCanBeReadWhileRunning()
{
    const ClusteredPoints data = gaussianClusters(5, 200, 8, 8.0, 10);
    TsneEngine engine(quickOptions());
    QVERIFY(engine.initialise(data.points));
    std::atomic<bool> running{true};
    std::atomic<int> reads{0};
    std::atomic<bool> ordered{true};
    std::thread poller([&] {
        std::uint64_t last = 0;
        while (running) {
            const auto frame = engine.latestFrame();
            if (frame->version < last || frame->xy.size() != 2000)
                ordered = false;
            last = frame->version;
            ++reads;
            engine.evaluate(false, true);
        }
    });
    engine.run(150);
    running = false;
    poller.join();
    QVERIFY(ordered);
    QVERIFY(reads > 0);
}

void TestTsne::progressiveModePlacesEveryPoint()
{
    const ClusteredPoints data = gaussianClusters(5, 500, 12, 10.0, 13);
    TsneOptions options = quickOptions();
    options.progressiveAbove = 2000;
    options.progressiveSubset = 600;
    options.progressiveIterations = 300;
    TsneEngine engine(options);
    QVERIFY(engine.initialise(data.points));
    engine.run(299);
    QVERIFY(engine.latestFrame()->progressiveSubsetPhase);
    QCOMPARE(engine.latestFrame()->xy.size(), 2 * data.points.rows);
    QVERIFY(clusterPurity(engine.latestFrame()->xy, data.labels) > 0.95); // the others follow their neighbours
    engine.run(201);
    QVERIFY(!engine.latestFrame()->progressiveSubsetPhase);
    const TsneQuality quality = engine.evaluate();
    qInfo("progressive: KL %.3f, kNN preservation %.3f", quality.kl, quality.knnPreservation);
    QVERIFY(clusterPurity(engine.latestFrame()->xy, data.labels) > 0.99);
    QVERIFY(quality.knnPreservation > 0.3);
}

void TestTsne::badInputIsRejected()
{
    TsneEngine engine(quickOptions());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, engine.initialise(FloatMatrix(15, 3))); // perplexity 20 needs more points
    QVERIFY_THROWS_EXCEPTION(std::logic_error, engine.run(1));
    QVERIFY_THROWS_EXCEPTION(std::logic_error, engine.evaluate());
    const ClusteredPoints data = gaussianClusters(2, 40, 3, 5.0, 1);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, engine.initialise(data.points, neighboursOf(data.points, 10)));
}

QTEST_GUILESS_MAIN(TestTsne)
#include "tst_tsne.moc"
