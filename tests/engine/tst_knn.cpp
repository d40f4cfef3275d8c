// Nearest neighbours: exact search against a double-precision brute force (euclidean and cosine, all rows,
// chosen rows, outside queries, both matrix-product kernels), hnswlib recall, and the saved index.
#include "embedding/exact_knn.h"
#include "embedding/hnsw_index.h"
#include "embedding_data.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <set>

using namespace tagscope;

namespace {

double distance(const float* a, const float* b, std::size_t d, DistanceMetric metric)
{
    double dot = 0, na = 0, nb = 0, squares = 0;
    for (std::size_t i = 0; i < d; ++i) {
        dot += static_cast<double>(a[i]) * b[i];
        na += static_cast<double>(a[i]) * a[i];
        nb += static_cast<double>(b[i]) * b[i];
        squares += (static_cast<double>(a[i]) - b[i]) * (static_cast<double>(a[i]) - b[i]);
    }
    return metric == DistanceMetric::Cosine ? 1.0 - dot / std::sqrt(na * nb) : std::sqrt(squares);
}

// Brute force: the k nearest base rows to `query`, skipping `self`, as (distance, row), nearest first.
std::vector<std::pair<double, std::uint32_t>> bruteForce(const FloatMatrix& base, const float* query, std::size_t k, std::size_t self,
                                                         DistanceMetric metric)
{
    std::vector<std::pair<double, std::uint32_t>> all;
    for (std::size_t r = 0; r < base.rows; ++r)
        if (r != self)
            all.push_back({distance(query, base.row(r), base.cols, metric), static_cast<std::uint32_t>(r)});
    std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(k), all.end());
    all.resize(k);
    return all;
}

void compareWithBruteForce(const NeighbourLists& lists, const FloatMatrix& base, const std::vector<const float*>& queries,
                           const std::vector<std::size_t>& selves, DistanceMetric metric)
{
    for (std::size_t q = 0; q < queries.size(); ++q) {
        const auto expected = bruteForce(base, queries[q], lists.k, selves[q], metric);
        for (std::size_t j = 0; j < lists.k; ++j) {
            const double got = lists.distanceRow(q)[j];
            QVERIFY2(std::abs(got - expected[j].first) < 2e-4 * (1 + expected[j].first),
                     qPrintable(QStringLiteral("query %1, rank %2: %3 vs %4").arg(q).arg(j).arg(got).arg(expected[j].first)));
            // The same row, unless two candidates tie to float precision.
            if (lists.indexRow(q)[j] != expected[j].second)
                QVERIFY(std::abs(distance(queries[q], base.row(lists.indexRow(q)[j]), base.cols, metric) - expected[j].first) < 1e-5);
        }
    }
}

double recall(const NeighbourLists& approximate, const NeighbourLists& exact)
{
    std::size_t found = 0;
    for (std::size_t q = 0; q < exact.queries; ++q) {
        const std::set<std::uint32_t> truth(exact.indexRow(q), exact.indexRow(q) + exact.k);
        for (std::size_t j = 0; j < approximate.k; ++j)
            found += truth.count(approximate.indexRow(q)[j]);
    }
    return static_cast<double>(found) / static_cast<double>(exact.queries * exact.k);
}

} // namespace

class TestKnn : public QObject {
    Q_OBJECT

private slots:
    void exactMatchesBruteForce_data();
    void exactMatchesBruteForce();
    void chosenRowsAndOutsideQueries();
    void badRequestsAreRejected();
    void cancellationStops();
    void hnswRecall_data();
    void hnswRecall();
    void hnswIndexIsSavedAndReused();
};

void TestKnn::exactMatchesBruteForce_data()
{
    QTest::addColumn<int>("metric");
    QTest::addColumn<int>("features");
    QTest::newRow("euclidean, 37 features") << int(DistanceMetric::Euclidean) << 37;
    QTest::newRow("euclidean, 300 features") << int(DistanceMetric::Euclidean) << 300;
    QTest::newRow("cosine, 37 features") << int(DistanceMetric::Cosine) << 37;
    QTest::newRow("cosine, 5 features") << int(DistanceMetric::Cosine) << 5;
}

void TestKnn::exactMatchesBruteForce()
{
    QFETCH(int, metric);
    QFETCH(int, features);
    // 2603 rows: several query blocks (384) and base chunks, and partial panels at the ends of both.
    const ClusteredPoints data = gaussianClusters(19, 137, static_cast<std::size_t>(features), 4.0, 21);
    ExactKnnOptions options;
    options.k = 7;
    options.metric = static_cast<DistanceMetric>(metric);
    const NeighbourLists lists = *exactNeighbours(data.points, {}, options);
    QCOMPARE(lists.queries, data.points.rows);
    QCOMPARE(lists.k, std::size_t(7));
    std::vector<const float*> queries;
    std::vector<std::size_t> selves;
    for (std::size_t r = 0; r < data.points.rows; r += 97) { // a sample of the rows, against every row
        queries.push_back(data.points.row(r));
        selves.push_back(r);
    }
    NeighbourLists sample;
    sample.k = lists.k;
    for (std::size_t r = 0; r < data.points.rows; r += 97) {
        sample.indices.insert(sample.indices.end(), lists.indexRow(r), lists.indexRow(r) + lists.k);
        sample.distances.insert(sample.distances.end(), lists.distanceRow(r), lists.distanceRow(r) + lists.k);
        ++sample.queries;
    }
    compareWithBruteForce(sample, data.points, queries, selves, options.metric);
    for (std::size_t r = 0; r < lists.queries; ++r)
        QVERIFY(std::find(lists.indexRow(r), lists.indexRow(r) + lists.k, r) == lists.indexRow(r) + lists.k);
}

void TestKnn::chosenRowsAndOutsideQueries()
{
    const ClusteredPoints data = gaussianClusters(4, 150, 16, 3.0, 5);
    ExactKnnOptions options;
    options.k = 5;
    const std::vector<std::uint32_t> rows{0, 17, 599, 300};
    const NeighbourLists chosen = *exactNeighbours(data.points, rows, options);
    QCOMPARE(chosen.queries, rows.size());
    std::vector<const float*> queries;
    std::vector<std::size_t> selves;
    for (std::uint32_t r : rows) {
        queries.push_back(data.points.row(r));
        selves.push_back(r);
    }
    compareWithBruteForce(chosen, data.points, queries, selves, DistanceMetric::Euclidean);

    const ClusteredPoints outside = gaussianClusters(2, 10, 16, 3.0, 6);
    const NeighbourLists found = *exactNeighboursOfQueries(data.points, outside.points, options);
    queries.clear();
    selves.assign(outside.points.rows, static_cast<std::size_t>(-1));
    for (std::size_t r = 0; r < outside.points.rows; ++r)
        queries.push_back(outside.points.row(r));
    compareWithBruteForce(found, data.points, queries, selves, DistanceMetric::Euclidean);

    // An outside query equal to a row finds that row at distance 0.
    FloatMatrix copy(1, 16);
    std::copy_n(data.points.row(42), 16, copy.row(0));
    const NeighbourLists same = *exactNeighboursOfQueries(data.points, copy, options);
    QCOMPARE(same.indexRow(0)[0], 42u);
    QCOMPARE(same.distanceRow(0)[0], 0.0f);
}

void TestKnn::badRequestsAreRejected()
{
    const ClusteredPoints data = gaussianClusters(2, 5, 3, 3.0, 1);
    ExactKnnOptions options;
    options.k = 0;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, exactNeighbours(data.points, {}, options));
    options.k = 50; // clamped to the 9 other rows
    QCOMPARE(exactNeighbours(data.points, {}, options)->k, std::size_t(9));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, exactNeighbours(data.points, {10}, options));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, exactNeighboursOfQueries(data.points, FloatMatrix(2, 4), options));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, metricFromName("manhattan"));
}

void TestKnn::cancellationStops()
{
    const ClusteredPoints data = gaussianClusters(4, 2500, 8, 3.0, 2); // several blocks of 1536 queries
    CancelToken cancel;
    int reports = 0;
    const auto stopAfterFirstBlock = [&](std::uint64_t, std::uint64_t, const std::string&) {
        ++reports;
        cancel.cancel();
    };
    QVERIFY(!exactNeighbours(data.points, {}, ExactKnnOptions{}, stopAfterFirstBlock, &cancel));
    QCOMPARE(reports, 1);
    QVERIFY(!ApproximateKnnIndex::build(data.points, DistanceMetric::Euclidean, {}, {}, &cancel));

    // The index build, cancelled at its first progress report: it stops within a few chunks of rows.
    cancel.reset();
    std::uint64_t doneAtCancel = 0, lastDone = 0;
    const auto stopAtFirstReport = [&](std::uint64_t done, std::uint64_t, const std::string&) {
        if (!doneAtCancel)
            doneAtCancel = done;
        lastDone = done;
        cancel.cancel();
    };
    HnswOptions single;
    single.threads = 1; // one worker: the reports are those of the rows it added
    QVERIFY(!ApproximateKnnIndex::build(data.points, DistanceMetric::Euclidean, single, stopAtFirstReport, &cancel));
    QVERIFY(doneAtCancel > 0 && doneAtCancel < data.points.rows);
    QCOMPARE(lastDone, doneAtCancel); // nothing reported after the cancellation, and no final 100%

    // A background build cancelled while it runs publishes no index and leaves no file behind.
    QTemporaryDir dir;
    const QString path = dir.filePath("cancelled.hnsw");
    auto shared = std::make_shared<FloatMatrix>(gaussianClusters(20, 2000, 32, 3.0, 6).points); // seconds to index
    BackgroundIndexBuild build(shared, DistanceMetric::Euclidean, path.toStdString());
    QTRY_VERIFY_WITH_TIMEOUT(build.progress() > 0.0, 60000); // the first chunk takes seconds under sanitizers
    QVERIFY(!build.ready());
    build.cancel();
    QVERIFY(!build.wait());
    QVERIFY(build.ready());
    QVERIFY(build.progress() < 1.0);
    QVERIFY(!QFile::exists(path));
}

void TestKnn::hnswRecall_data()
{
    QTest::addColumn<int>("metric");
    QTest::newRow("euclidean") << int(DistanceMetric::Euclidean);
    QTest::newRow("cosine") << int(DistanceMetric::Cosine);
}

void TestKnn::hnswRecall()
{
    QFETCH(int, metric);
    const ClusteredPoints data = gaussianClusters(50, 100, 32, 3.0, 8);
    const auto index = ApproximateKnnIndex::build(data.points, static_cast<DistanceMetric>(metric));
    QCOMPARE(index->size(), data.points.rows);
    ExactKnnOptions options;
    options.k = 10;
    options.metric = static_cast<DistanceMetric>(metric);
    const NeighbourLists exact = *exactNeighbours(data.points, {}, options);
    const NeighbourLists approximate = index->searchRows({}, 10, 64);
    const double r = recall(approximate, exact);
    qInfo("hnsw recall@10: %.4f", r);
    QVERIFY2(r >= 0.95, qPrintable(QString::number(r)));
    for (std::size_t q = 0; q < approximate.queries; ++q) {
        QVERIFY(std::find(approximate.indexRow(q), approximate.indexRow(q) + 10, q) == approximate.indexRow(q) + 10);
        for (std::size_t j = 0; j < 10; ++j) { // distances are true distances, in order
            QVERIFY(std::abs(approximate.distanceRow(q)[j] -
                             distance(data.points.row(q), data.points.row(approximate.indexRow(q)[j]), 32, options.metric)) < 1e-4);
            if (j)
                QVERIFY(approximate.distanceRow(q)[j - 1] <= approximate.distanceRow(q)[j]);
        }
    }
}

void TestKnn::hnswIndexIsSavedAndReused()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("points.hnsw").toStdString();
    auto data = std::make_shared<FloatMatrix>(gaussianClusters(10, 100, 12, 3.0, 4).points);
    NeighbourLists first;
    {
        BackgroundIndexBuild build(data, DistanceMetric::Euclidean, path);
        const auto index = build.wait();
        QVERIFY(index);
        QVERIFY(build.ready());
        QVERIFY(!build.loadedFromDisk());
        QCOMPARE(build.progress(), 1.0);
        first = index->searchRows({3, 500}, 8);
    }
    QVERIFY(QFile::exists(QString::fromStdString(path)));
    {
        BackgroundIndexBuild build(data, DistanceMetric::Euclidean, path);
        const auto index = build.wait();
        QVERIFY(build.loadedFromDisk());
        const NeighbourLists again = index->searchRows({3, 500}, 8);
        QCOMPARE(again.indices, first.indices);
        QCOMPARE(again.distances, first.distances);
    }
    // Other data, or another metric: the saved graph is refused by load() and rebuilt in the background.
    FloatMatrix changed = *data;
    changed.at(7, 3) += 1.0f;
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, ApproximateKnnIndex::load(path, changed, DistanceMetric::Euclidean));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, ApproximateKnnIndex::load(path, *data, DistanceMetric::Cosine));
    {
        BackgroundIndexBuild build(std::make_shared<FloatMatrix>(changed), DistanceMetric::Euclidean, path);
        QVERIFY(build.wait());
        QVERIFY(!build.loadedFromDisk());
    }
    QVERIFY(ApproximateKnnIndex::load(path, changed, DistanceMetric::Euclidean));
    // A damaged file is named in the error.
    QFile file(QString::fromStdString(path));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() / 2));
    file.close();
    try {
        ApproximateKnnIndex::load(path, changed, DistanceMetric::Euclidean);
        QFAIL("a truncated index loaded");
    } catch (const std::runtime_error& error) {
        QVERIFY(QString(error.what()).contains("points.hnsw"));
    }
}

QTEST_GUILESS_MAIN(TestKnn)
#include "tst_knn.moc"
