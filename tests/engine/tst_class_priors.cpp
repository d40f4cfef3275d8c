// Class-prior estimation (engine/losses/README.md): the running mean of sigmoid(logit) per tag, its file next to
// the annotated frequency, and reading it back by LabelName for a run whose tags differ.
#include "training/class_priors.h"

#include <torch/torch.h>

#include <QtTest>

#include <cmath>
#include <fstream>

using namespace tagscope;

class TestClassPriors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void meanOfSigmoidOverBatches();
    void rejectsLogitsOfAnotherWidth();
    void fileRoundTripMatchesByLabelName();
    void malformedFilesNameTheFile();
};

void TestClassPriors::meanOfSigmoidOverBatches()
{
    ClassPriorEstimator estimator(2);
    QVERIFY(estimator.priors().empty());
    // sigmoid(0) = 0.5, sigmoid(ln 3) = 0.75, sigmoid(-ln 3) = 0.25.
    const double l3 = std::log(3.0);
    estimator.add(torch::tensor({{0.0, l3}, {l3, -l3}}, torch::kFloat));
    estimator.add(torch::tensor({{-l3, -l3}}, torch::kFloat).requires_grad_());
    QCOMPARE(estimator.images(), std::int64_t(3));
    const std::vector<double> priors = estimator.priors();
    QCOMPARE(int(priors.size()), 2);
    QVERIFY(std::abs(priors[0] - (0.5 + 0.75 + 0.25) / 3) < 1e-6);
    QVERIFY(std::abs(priors[1] - (0.75 + 0.25 + 0.25) / 3) < 1e-6);
    estimator.reset();
    QCOMPARE(estimator.images(), std::int64_t(0));
    QVERIFY(estimator.priors().empty());
}

void TestClassPriors::rejectsLogitsOfAnotherWidth()
{
    ClassPriorEstimator estimator(3);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, estimator.add(torch::zeros({4, 2})));
}

void TestClassPriors::fileRoundTripMatchesByLabelName()
{
    QTemporaryDir run;
    writeClassPriors(run.filePath("class_priors.json").toStdString(), 100, {"/m/cat", "/m/dog"}, {0.4, 0.1}, {0.2, 0.05});
    // A run directory is accepted for its file; a tag the file lacks keeps its fallback.
    const std::vector<double> priors = readClassPriors(run.path().toStdString(), {"/m/dog", "/m/bird", "/m/cat"}, {0.9, 0.3, 0.9});
    QCOMPARE(priors, std::vector<double>({0.1, 0.3, 0.4}));
}

void TestClassPriors::malformedFilesNameTheFile()
{
    QTemporaryDir dir;
    const std::string missing = dir.filePath("none.json").toStdString();
    try {
        readClassPriors(missing, {"a"}, {0.0});
        QFAIL("a missing file was read");
    } catch (const std::runtime_error& error) {
        QVERIFY(QString(error.what()).contains("none.json"));
    }
    const std::string bad = dir.filePath("bad.json").toStdString();
    std::ofstream(bad) << R"({"tags": [{"label_name": "a", "prior": 1.5}]})";
    try {
        readClassPriors(bad, {"a"}, {0.0});
        QFAIL("a prior above 1 was accepted");
    } catch (const std::runtime_error& error) {
        QVERIFY2(QString(error.what()).contains("bad.json") && QString(error.what()).contains("outside [0, 1]"), error.what());
    }
}

QTEST_MAIN(TestClassPriors)
#include "tst_class_priors.moc"
