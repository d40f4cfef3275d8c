// Live t-SNE in its worker: the PCA layout first, frames published while the GUI thread only polls, quality
// measured in the worker, pause and run, and restart, new parameters, new data and destruction mid-run that
// stop the old optimisation cleanly.
#include "embeddings/tsne_runner.h"

#include "embedding_data.h"

#include <QElapsedTimer>
#include <QTest>

using namespace tagscope;
using namespace tagscope::gui;

namespace {

std::shared_ptr<const FloatMatrix> clusters(std::size_t dims = 20, std::size_t perCluster = 80)
{
    return std::make_shared<const FloatMatrix>(gaussianClusters(4, perCluster, dims, 12.0, 5).points);
}

TsneParameters quick(int iterations)
{
    TsneParameters p;
    p.perplexity = 20;
    p.iterations = iterations;
    return p;
}

} // namespace

class TestTsneRunner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void firstFrameIsThePcaLayout();
    void runsToTheTargetAndMeasures();
    void pauseStopsAndRunContinues();
    void restartGoesBackToIterationZero();
    void newParametersRestartCleanly();
    void newDataReplacesTheRun();
    void wideEmbeddingsAreReducedFirst();
    void tooFewPointsFails();
    void destructionMidRunReturns();
};

void TestTsneRunner::firstFrameIsThePcaLayout()
{
    TsneRunner runner;
    const auto data = clusters();
    runner.start(data, quick(200), false); // prepared, not optimised
    QTRY_VERIFY_WITH_TIMEOUT(runner.status().phase == TsneRunner::Phase::Paused, 20000);
    const auto frame = runner.latestFrame();
    QVERIFY(frame);
    QCOMPARE(frame->iteration, 0);
    QCOMPARE(frame->xy.size(), 2 * data->rows);
    QCOMPARE(runner.status().iteration, 0);
    QCOMPARE(runner.status().points, data->rows);
}

void TestTsneRunner::runsToTheTargetAndMeasures()
{
    TsneRunner runner;
    runner.qualityInterval = 100;
    runner.start(clusters(), quick(300), true);
    std::uint64_t lastVersion = 0;
    int versionsSeen = 0;
    QElapsedTimer clock;
    clock.start();
    // Poll as the view does: versions only grow, the iteration counter follows.
    while (runner.status().phase != TsneRunner::Phase::Finished && clock.elapsed() < 60000) {
        if (const auto frame = runner.latestFrame(); frame && frame->version != lastVersion) {
            QVERIFY(frame->version > lastVersion);
            lastVersion = frame->version;
            ++versionsSeen;
        }
        QTest::qWait(5);
    }
    const TsneRunner::Status status = runner.status();
    QCOMPARE(status.phase, TsneRunner::Phase::Finished);
    QCOMPARE(status.iteration, 300);
    QCOMPARE(runner.latestFrame()->iteration, 300);
    QVERIFY2(versionsSeen >= 2, "frames were published along the way");
    QVERIFY(status.quality.has_value());
    QCOMPARE(status.quality->iteration, 300);
    // Random placement keeps about 3% of the 10 neighbours; the clusters' own noise keeps t-SNE near 40%.
    QVERIFY2(status.quality->knnPreservation > 0.25, qPrintable(QString::number(status.quality->knnPreservation)));
    QVERIFY(status.quality->kl > 0 && status.quality->kl < 3);

    // Run after the target continues past it.
    runner.run();
    QTRY_VERIFY_WITH_TIMEOUT(runner.status().iteration > 300, 20000);
    QVERIFY(runner.status().targetIterations > 300);
}

void TestTsneRunner::pauseStopsAndRunContinues()
{
    TsneRunner runner;
    runner.start(clusters(), quick(100000), true);
    QTRY_VERIFY_WITH_TIMEOUT(runner.status().iteration >= 20, 30000);
    runner.pause();
    QTRY_COMPARE_WITH_TIMEOUT(runner.status().phase, TsneRunner::Phase::Paused, 5000);
    // Once the batch in flight has ended, the counter stands still.
    QTRY_VERIFY_WITH_TIMEOUT(!runner.status().optimising, 5000);
    const int paused = runner.status().iteration;
    QCOMPARE(runner.latestFrame()->iteration, paused);
    runner.requestQuality(); // the counter still stands once the worker has computed the quality below
    QVERIFY(runner.status().qualityPending);
    QTRY_VERIFY_WITH_TIMEOUT(!runner.status().qualityPending, 10000);
    QCOMPARE(runner.status().quality->iteration, paused);
    QCOMPARE(runner.status().iteration, paused);
    QVERIFY(!runner.status().qualityPending);
    runner.run();
    QTRY_VERIFY_WITH_TIMEOUT(runner.status().iteration > paused + 10, 20000);
}

void TestTsneRunner::restartGoesBackToIterationZero()
{
    TsneRunner runner;
    runner.start(clusters(), quick(100000), true);
    QTRY_VERIFY_WITH_TIMEOUT(runner.status().iteration >= 60, 30000);
    const std::uint64_t generation = runner.status().generation;
    runner.perturb(); // applied between iterations, the run goes on
    QTRY_VERIFY_WITH_TIMEOUT(runner.status().iteration >= 70, 20000);
    // A target below the iteration reached ends the run there (only the target changed: no restart).
    runner.setParameters(quick(40));
    QTRY_COMPARE_WITH_TIMEOUT(runner.status().phase, TsneRunner::Phase::Finished, 20000);
    const int reached = runner.status().iteration;
    QVERIFY(reached >= 70);
    QCOMPARE(runner.status().generation, generation);
    // Restart: back to the PCA layout, then on to the target of 40 from there.
    runner.restart();
    QVERIFY(runner.status().generation > generation);
    QTRY_COMPARE_WITH_TIMEOUT(runner.status().phase, TsneRunner::Phase::Finished, 20000);
    QCOMPARE(runner.status().iteration, 40);
    QCOMPARE(runner.latestFrame()->iteration, 40);
    QVERIFY(runner.status().quality.has_value());
    QCOMPARE(runner.status().quality->iteration, 40);
}

void TestTsneRunner::newParametersRestartCleanly()
{
    TsneRunner runner;
    runner.start(clusters(), quick(100000), true);
    QTRY_VERIFY_WITH_TIMEOUT(runner.status().iteration >= 50, 30000);
    TsneParameters changed = quick(400);
    changed.perplexity = 10;
    changed.exaggeration = 2;
    runner.setParameters(changed);
    QCOMPARE(runner.parameters().perplexity, 10.0);
    QTRY_COMPARE_WITH_TIMEOUT(runner.status().phase, TsneRunner::Phase::Finished, 60000);
    QCOMPARE(runner.status().iteration, 400);
    QVERIFY(runner.status().quality.has_value());
    QVERIFY2(runner.status().quality->knnPreservation > 0.25, qPrintable(QString::number(runner.status().quality->knnPreservation)));

    // Only a new target: the run continues where it is instead of restarting.
    const std::uint64_t generation = runner.status().generation;
    changed.iterations = 450;
    runner.setParameters(changed);
    runner.run();
    QTRY_COMPARE_WITH_TIMEOUT(runner.status().phase, TsneRunner::Phase::Finished, 30000);
    QCOMPARE(runner.status().iteration, 450);
    QCOMPARE(runner.status().generation, generation);
}

void TestTsneRunner::newDataReplacesTheRun()
{
    TsneRunner runner;
    runner.start(clusters(20, 80), quick(100000), true);
    QTRY_VERIFY_WITH_TIMEOUT(runner.status().iteration >= 20, 30000);
    const auto second = clusters(12, 50); // 200 points
    runner.start(second, quick(150), true);
    QTRY_COMPARE_WITH_TIMEOUT(runner.status().phase, TsneRunner::Phase::Finished, 60000);
    QCOMPARE(runner.latestFrame()->xy.size(), 2 * second->rows);
    QCOMPARE(runner.status().points, second->rows);
    runner.stop();
    QVERIFY(runner.latestFrame()); // the last layout stays readable
}

void TestTsneRunner::wideEmbeddingsAreReducedFirst()
{
    TsneRunner runner;
    const auto wide = clusters(128, 60);
    runner.start(wide, quick(400), true);
    QTRY_COMPARE_WITH_TIMEOUT(runner.status().phase, TsneRunner::Phase::Finished, 60000);
    QCOMPARE(runner.latestFrame()->xy.size(), 2 * wide->rows);
    QVERIFY2(runner.status().quality->knnPreservation > 0.25, qPrintable(QString::number(runner.status().quality->knnPreservation)));
}

void TestTsneRunner::tooFewPointsFails()
{
    TsneRunner runner;
    runner.start(clusters(5, 3), quick(100), true); // 12 points cannot carry perplexity 20
    QTRY_COMPARE_WITH_TIMEOUT(runner.status().phase, TsneRunner::Phase::Failed, 20000);
    QVERIFY(runner.status().error.contains(QStringLiteral("perplexity")));
}

void TestTsneRunner::destructionMidRunReturns()
{
    auto runner = std::make_unique<TsneRunner>();
    runner->start(clusters(20, 300), quick(100000), true);
    QTRY_VERIFY_WITH_TIMEOUT(runner->status().iteration >= 5, 180000); // minutes under ThreadSanitizer on a busy machine
    runner.reset(); // joins the worker: must not hang or crash
    QVERIFY(!runner);
}

QTEST_MAIN(TestTsneRunner)
#include "tst_tsne_runner.moc"
