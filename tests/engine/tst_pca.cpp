// PCA: the exact method against NumPy's eigen decomposition (tests/reference/make_pca_reference.py), the
// randomised one against the exact one, and the float32 matrix products both rely on.
#include "embedding/matrix_multiply.h"
#include "embedding/pca.h"
#include "embedding/symmetric_eigen.h"
#include "embedding_data.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace tagscope;

namespace {

QJsonObject readReference()
{
    QFile file(QStringLiteral(TAGSCOPE_TEST_DATA "/pca_reference.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read pca_reference.json");
    return QJsonDocument::fromJson(file.readAll()).object();
}

double dot(const float* a, const float* b, std::size_t n)
{
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i)
        sum += static_cast<double>(a[i]) * b[i];
    return sum;
}

} // namespace

class TestPca : public QObject {
    Q_OBJECT

private slots:
    void exactMatchesNumpy();
    void randomizedMatchesExact();
    void projectionHasTheAxisVariances();
    void jacobiDiagonalises();
    void blockedProductMatchesNaive_data();
    void blockedProductMatchesNaive();
    void badInputIsRejected();
    void cancellationStops();
    void progressAndCancellationMidRun_data();
    void progressAndCancellationMidRun();
};

void TestPca::exactMatchesNumpy()
{
    const FloatMatrix data = readFloatMatrix(TAGSCOPE_TEST_DATA "/pca_input.npy");
    const QJsonObject reference = readReference();
    PcaOptions options;
    options.components = 9;
    options.method = PcaMethod::Exact;
    const PcaModel model = *fitPca(data, options);
    QCOMPARE(model.components(), std::size_t(9));
    QVERIFY(!model.randomized);
    const QJsonArray variances = reference["variances"].toArray();
    const QJsonArray axes = reference["axes"].toArray();
    const QJsonArray mean = reference["mean"].toArray();
    for (int c = 0; c < 9; ++c)
        QVERIFY2(std::abs(model.mean[c] - mean[c].toDouble()) < 1e-4, qPrintable(QString::number(c)));
    for (int r = 0; r < 9; ++r) {
        const double expected = variances[r].toDouble();
        QVERIFY2(std::abs(model.variances[r] - expected) < 1e-4 * expected + 1e-5,
                 qPrintable(QStringLiteral("variance %1: %2 vs %3").arg(r).arg(model.variances[r]).arg(expected)));
        const QJsonArray axis = axes[r].toArray();
        for (int c = 0; c < 9; ++c)
            QVERIFY2(std::abs(model.axes.at(r, c) - axis[c].toDouble()) < 2e-4,
                     qPrintable(QStringLiteral("axis %1[%2]: %3 vs %4").arg(r).arg(c).arg(model.axes.at(r, c)).arg(axis[c].toDouble())));
    }
    double total = 0;
    for (const QJsonValue v : variances)
        total += v.toDouble();
    QVERIFY(std::abs(model.totalVariance - total) < 1e-4 * total);
    QVERIFY(std::abs(model.explainedShare() - 1.0) < 1e-6);

    const FloatMatrix projected = projectPca(model, data, 3);
    QCOMPARE(projected.cols, std::size_t(3));
    const QJsonArray rows = reference["projection_first_rows"].toArray();
    for (int r = 0; r < 5; ++r)
        for (int c = 0; c < 3; ++c)
            QVERIFY(std::abs(projected.at(r, c) - rows[r].toArray()[c].toDouble()) < 1e-3);
}

void TestPca::randomizedMatchesExact()
{
    // 300 features: Auto picks the randomised method. Decaying spectrum, the first ten well apart.
    std::vector<double> scales;
    for (int i = 0; i < 300; ++i)
        scales.push_back(i < 10 ? 20.0 - 1.5 * i : 2.0 * std::exp(-0.02 * i));
    const FloatMatrix data = spectrumData(3000, scales, 11);
    PcaOptions options;
    options.components = 10;
    const PcaModel randomized = *fitPca(data, options);
    QVERIFY(randomized.randomized);
    options.method = PcaMethod::Exact;
    const PcaModel exact = *fitPca(data, options);
    QVERIFY(!exact.randomized);
    QVERIFY(std::abs(randomized.totalVariance - exact.totalVariance) < 1e-6 * exact.totalVariance);
    for (int r = 0; r < 10; ++r) {
        QVERIFY2(std::abs(randomized.variances[r] - exact.variances[r]) < 1e-3 * exact.variances[r],
                 qPrintable(QStringLiteral("variance %1: %2 vs %3").arg(r).arg(randomized.variances[r]).arg(exact.variances[r])));
        const double alignment = dot(randomized.axes.row(r), exact.axes.row(r), 300);
        QVERIFY2(alignment > 0.999, qPrintable(QStringLiteral("axis %1: cosine %2").arg(r).arg(alignment)));
    }
    // The population spectrum shows through the sample one.
    QVERIFY(std::abs(std::sqrt(exact.variances[0]) - 20.0) < 1.0);
}

void TestPca::projectionHasTheAxisVariances()
{
    const FloatMatrix data = spectrumData(2000, {5, 3, 1, 0.5, 0.2}, 3);
    PcaOptions options;
    options.components = 3;
    const PcaModel model = *fitPca(data, options);
    for (std::size_t a = 0; a < 3; ++a)
        for (std::size_t b = 0; b < 3; ++b)
            QVERIFY(std::abs(dot(model.axes.row(a), model.axes.row(b), 5) - (a == b ? 1.0 : 0.0)) < 1e-5);
    const FloatMatrix projected = projectPca(model, data);
    for (std::size_t c = 0; c < 3; ++c) {
        double sum = 0, squares = 0;
        for (std::size_t r = 0; r < projected.rows; ++r) {
            sum += projected.at(r, c);
            squares += static_cast<double>(projected.at(r, c)) * projected.at(r, c);
        }
        QVERIFY(std::abs(sum / projected.rows) < 1e-3);
        QVERIFY(std::abs(squares / (projected.rows - 1) - model.variances[c]) < 1e-3 * model.variances[c]);
    }
}

void TestPca::jacobiDiagonalises()
{
    std::mt19937_64 random(5);
    std::normal_distribution<double> normal;
    const std::size_t n = 12;
    std::vector<double> m(n * n);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j <= i; ++j)
            m[i * n + j] = m[j * n + i] = normal(random);
    const SymmetricEigen eigen = symmetricEigen(m, n);
    for (std::size_t r = 1; r < n; ++r)
        QVERIFY(eigen.values[r - 1] >= eigen.values[r]);
    for (std::size_t r = 0; r < n; ++r) { // M v = lambda v
        for (std::size_t i = 0; i < n; ++i) {
            double mv = 0;
            for (std::size_t j = 0; j < n; ++j)
                mv += m[i * n + j] * eigen.vectors[r * n + j];
            QVERIFY(std::abs(mv - eigen.values[r] * eigen.vectors[r * n + i]) < 1e-10);
        }
    }
}

void TestPca::blockedProductMatchesNaive_data()
{
    QTest::addColumn<bool>("transposeA");
    QTest::addColumn<bool>("transposeB");
    QTest::newRow("A B") << false << false;
    QTest::newRow("A B^T") << false << true;
    QTest::newRow("A^T B") << true << false;
    QTest::newRow("A^T B^T") << true << true;
}

void TestPca::blockedProductMatchesNaive()
{
    QFETCH(bool, transposeA);
    QFETCH(bool, transposeB);
    const std::size_t m = 70, n = 301, k = 259; // not multiples of any block size
    std::mt19937_64 random(9);
    std::uniform_real_distribution<float> uniform(-1, 1);
    std::vector<float> a(m * k), b(k * n), c(m * n), expected(m * n);
    for (float& v : a)
        v = uniform(random);
    for (float& v : b)
        v = uniform(random);
    for (float& v : c)
        v = uniform(random);
    const std::size_t lda = transposeA ? m : k, ldb = transposeB ? k : n;
    for (std::size_t i = 0; i < m; ++i)
        for (std::size_t j = 0; j < n; ++j) {
            double sum = 0;
            for (std::size_t p = 0; p < k; ++p)
                sum += static_cast<double>(transposeA ? a[p * lda + i] : a[i * lda + p]) * (transposeB ? b[j * ldb + p] : b[p * ldb + j]);
            expected[i * n + j] = static_cast<float>(1.5 * sum + 0.5 * c[i * n + j]);
        }
    std::vector<float> blocked = c, system = c;
    multiplyMatricesBlocked(transposeA, transposeB, m, n, k, 1.5f, a.data(), lda, b.data(), ldb, 0.5f, blocked.data(), n);
    multiplyMatrices(transposeA, transposeB, m, n, k, 1.5f, a.data(), lda, b.data(), ldb, 0.5f, system.data(), n);
    for (std::size_t i = 0; i < m * n; ++i) {
        QVERIFY2(std::abs(blocked[i] - expected[i]) < 1e-3, qPrintable(QString::number(i)));
        QVERIFY2(std::abs(system[i] - expected[i]) < 1e-3, qPrintable(QString::number(i)));
    }
}

void TestPca::badInputIsRejected()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, fitPca(FloatMatrix(1, 4)));
    PcaOptions none;
    none.components = 0;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, fitPca(FloatMatrix(10, 4), none));
    const PcaModel model = *fitPca(spectrumData(50, {2, 1, 0.5}, 1));
    QCOMPARE(model.components(), std::size_t(3)); // at most the feature count
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, projectPca(model, FloatMatrix(5, 4)));
}

void TestPca::cancellationStops()
{
    CancelToken cancel;
    cancel.cancel();
    PcaOptions options;
    options.method = PcaMethod::Randomized;
    QVERIFY(!fitPca(spectrumData(500, std::vector<double>(40, 1.0), 2), options, &cancel));
    options.method = PcaMethod::Exact;
    QVERIFY(!fitPca(spectrumData(500, std::vector<double>(40, 1.0), 2), options, &cancel));
}

void TestPca::progressAndCancellationMidRun_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<int>("passes"); // over the rows: one for the covariance; sketch, 2 per power iteration, last
    QTest::newRow("exact") << int(PcaMethod::Exact) << 1;
    QTest::newRow("randomized") << int(PcaMethod::Randomized) << 2 + 2 * 3;
}

void TestPca::progressAndCancellationMidRun()
{
    QFETCH(int, method);
    QFETCH(int, passes);
    const FloatMatrix data = spectrumData(10000, std::vector<double>(30, 1.0), 5); // several chunks of rows
    PcaOptions options;
    options.components = 4;
    options.method = static_cast<PcaMethod>(method);
    options.powerIterations = 3;
    std::vector<std::uint64_t> done;
    std::uint64_t total = 0;
    const auto record = [&](std::uint64_t d, std::uint64_t t, const std::string&) {
        done.push_back(d);
        total = t;
    };
    const auto whole = fitPca(data, options, nullptr, record);
    QVERIFY(whole);
    QCOMPARE(total, std::uint64_t(passes) * data.rows);
    QCOMPARE(done.back(), total);
    QVERIFY(std::is_sorted(done.begin(), done.end()));
    QVERIFY(done.size() > std::size_t(passes)); // more than one report per pass

    // Cancelled from the first report: stops there and returns nothing.
    CancelToken cancel;
    int reports = 0;
    const auto stopAtFirst = [&](std::uint64_t, std::uint64_t, const std::string&) {
        ++reports;
        cancel.cancel();
    };
    QVERIFY(!fitPca(data, options, &cancel, stopAtFirst));
    QCOMPARE(reports, 1);
    // The token is only read: the same options fit again once it is reset, to the same axes.
    cancel.reset();
    const auto again = fitPca(data, options, &cancel);
    QVERIFY(again);
    QCOMPARE(again->axes.values, whole->axes.values);
}

QTEST_GUILESS_MAIN(TestPca)
#include "tst_pca.moc"
