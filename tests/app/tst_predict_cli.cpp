// tagscope-cli predict end to end on a tiny run trained on the demo: probabilities with their tags, images and
// in-sample flag, the same from the run, its checkpoint and its exported TorchScript model, a model whose outputs
// name no tags refused; the run's record of the corrections it trained with; and tagscope-cli crossval: every
// training image scored once, by the model of the one fold that did not train on it, resumed without retraining.
#include "ci_requirements.h"
#include "cli_runner.h"
#include "common/npy.h"
#include "dataset/dataset_opener.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <map>
#include <set>

using namespace tagscope;

namespace {

QJsonDocument readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll());
}

struct Scores {
    std::vector<float> p;
    std::vector<std::int64_t> images;
    std::int64_t rows = 0, tags = 0;
};

Scores readScores(const QString& npy)
{
    const NpyArray values = readNpy(npy.toStdString());
    if (values.type != NpyType::Float32 || values.shape.size() != 2)
        qFatal("%s: not a float32 matrix", qPrintable(npy));
    Scores s{values.toFloat(), readNpy(QString(npy).replace(".npy", ".images.npy").toStdString()).toInt64(), values.shape[0], values.shape[1]};
    return s;
}

} // namespace

class TestPredictCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void theRunRecordsItsCorrections();
    void withoutCorrectionsTheOriginalLabelsAndImages();
    void probabilitiesWithTheirTagsAndImages();
    void theTrainingSplitIsInSample();
    void runCheckpointAndExportedModelAgree();
    void aModelWithoutTagsIsRefused();
    void crossvalScoresEachImageWithAModelThatNeverSawIt();

private:
    QTemporaryDir dir_;
    QString demo_, run_, correctionsHash_, config_;
    QJsonArray runTags_;
};

void TestPredictCli::initTestCase()
{
    TAGSCOPE_REQUIRE_IN_CI(QFileInfo::exists("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz"),
                           "Fashion-MNIST is not installed (apt install dataset-fashion-mnist)");
    demo_ = dir_.filePath("demo");
    QCOMPARE(runCli({"demo", "--out", demo_, "--images", "200", "--size", "32", "--seed", "4", "--threads", "2"}).exitCode, 0);
    // One decision and one left-out validation image before training.
    const Dataset original = openDataset(demo_.toStdString()).import.dataset;
    std::size_t validation = 0;
    while (original.imageSplit(validation) != Split::Validation)
        ++validation;
    const CliRun corrections = runCli({"corrections", demo_, "--quiet", "--json", "--set", QString::fromStdString(original.imageName(0)),
                                       "/demo/red", "positive", "--leave-out", QString::fromStdString(original.imageName(validation))});
    QVERIFY2(corrections.exitCode == 0, corrections.err.constData());
    correctionsHash_ = corrections.json()["hash"].toString();
    QCOMPARE(correctionsHash_.size(), 16);

    const QString config = config_ = dir_.filePath("config.json");
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"backbone": {"name": "small_cnn", "input_size": 32}, "loss": "asl", "epochs": 2, "batch_size": 32, "lr": 0.003,
                   "workers": 1, "threads": 1, "seed": 2})");
    file.close();
    run_ = dir_.filePath("run");
    const CliRun trained = runCli({"train", "--config", config, "--set", "dataset=" + demo_, "--out", run_, "--quiet"});
    QVERIFY2(trained.exitCode == 0, trained.err.constData());
    runTags_ = readJson(run_ + "/tags.json").array();
    QVERIFY(runTags_.size() > 10);
}

void TestPredictCli::theRunRecordsItsCorrections()
{
    QFile metrics(run_ + "/metrics.jsonl");
    QVERIFY(metrics.open(QIODevice::ReadOnly));
    QJsonObject start;
    while (!metrics.atEnd() && start.isEmpty()) {
        const QJsonObject line = QJsonDocument::fromJson(metrics.readLine()).object();
        if (line["type"].toString() == "start")
            start = line;
    }
    const QJsonObject corrections = start["corrections"].toObject();
    QCOMPARE(corrections["hash"].toString(), correctionsHash_);
    QCOMPARE(corrections["labels"].toInt(), 1);
    QCOMPARE(corrections["left_out"].toInt(), 1);
}

// --no-corrections on predict scores the left-out image too; on train it trains on the files' labels, and the run
// says so (config key use_corrections, no corrections in its start line).
void TestPredictCli::withoutCorrectionsTheOriginalLabelsAndImages()
{
    const CliRun reviewed = runCli({"predict", run_, "--dataset", demo_, "--out", dir_.filePath("reviewed.npy"), "--json", "--quiet"});
    const CliRun original = runCli({"predict", run_, "--dataset", demo_, "--out", dir_.filePath("original.npy"), "--json", "--quiet",
                                    "--no-corrections"});
    QVERIFY2(reviewed.exitCode == 0 && original.exitCode == 0, (reviewed.err + original.err).constData());
    QCOMPARE(original.json()["rows"].toInt(), reviewed.json()["rows"].toInt() + 1);

    const QString run = dir_.filePath("run-original");
    const CliRun trained = runCli({"train", "--config", config_, "--set", "dataset=" + demo_, "--set", "epochs=1", "--out", run, "--quiet",
                                   "--no-corrections"});
    QVERIFY2(trained.exitCode == 0, trained.err.constData());
    QCOMPARE(readJson(run + "/config.json").object()["use_corrections"].toBool(true), false);
    QFile metrics(run + "/metrics.jsonl");
    QVERIFY(metrics.open(QIODevice::ReadOnly));
    QJsonObject start;
    while (!metrics.atEnd() && start.isEmpty()) {
        const QJsonObject line = QJsonDocument::fromJson(metrics.readLine()).object();
        if (line["type"].toString() == "start")
            start = line;
    }
    QVERIFY(start["corrections"].toObject()["hash"].isNull());
    QCOMPARE(start["corrections"].toObject()["left_out"].toInt(), 0);
}

void TestPredictCli::probabilitiesWithTheirTagsAndImages()
{
    const QString out = dir_.filePath("scores.npy");
    const CliRun run = runCli({"predict", run_, "--dataset", demo_, "--out", out, "--json", "--quiet"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const Scores scores = readScores(out);
    const Dataset dataset = openDataset(demo_.toStdString()).import.dataset; // with the corrections, as predict saw it
    std::set<std::int64_t> validation;
    for (std::size_t i = 0; i < dataset.imageCount(); ++i)
        if (dataset.imageSplit(i) == Split::Validation)
            validation.insert(std::int64_t(i));
    QCOMPARE(std::size_t(scores.rows), validation.size());
    QCOMPARE(run.json()["rows"].toInt(), int(scores.rows));
    QCOMPARE(scores.tags, std::int64_t(runTags_.size()));
    QCOMPARE(std::set<std::int64_t>(scores.images.begin(), scores.images.end()), validation);

    const QJsonObject metadata = readJson(dir_.filePath("scores.json")).object();
    QCOMPARE(metadata["split"].toString(), QString("validation"));
    QCOMPARE(metadata["in_sample"].toBool(), false);
    QCOMPARE(run.json()["in_sample"].toBool(), false);
    const QJsonArray tags = metadata["tags"].toArray();
    QCOMPARE(tags.size(), runTags_.size());
    for (int c = 0; c < tags.size(); ++c)
        QCOMPARE(tags[c].toString(), runTags_[c].toObject()["label_name"].toString());

    // Probabilities, and ones that follow the labels: higher on given positives than on verified negatives.
    double positive = 0, negative = 0;
    int positives = 0, negatives = 0;
    for (std::int64_t r = 0; r < scores.rows; ++r)
        for (std::int64_t c = 0; c < scores.tags; ++c) {
            const float p = scores.p[std::size_t(r * scores.tags + c)];
            QVERIFY(std::isfinite(p) && p >= 0 && p <= 1);
            const LabelState state = dataset.labelState(std::size_t(scores.images[std::size_t(r)]), *dataset.findTag(tags[int(c)].toString().toStdString()));
            if (state == LabelState::Positive) {
                positive += p;
                ++positives;
            } else if (state == LabelState::Negative) {
                negative += p;
                ++negatives;
            }
        }
    QVERIFY(positives > 0 && negatives > 0);
    QVERIFY2(positive / positives > negative / negatives + 0.1, qPrintable(QString("%1 vs %2").arg(positive / positives).arg(negative / negatives)));

    const CliRun again = runCli({"predict", run_, "--dataset", demo_, "--out", out, "--json", "--quiet"});
    QCOMPARE(again.json()["from_cache"].toBool(), true);
}

void TestPredictCli::theTrainingSplitIsInSample()
{
    const CliRun run = runCli({"predict", run_, "--split", "train", "--out", dir_.filePath("train-scores.npy"), "--json", "--quiet"});
    QVERIFY2(run.exitCode == 0, run.err.constData()); // the run's own dataset when none is given
    QCOMPARE(run.json()["in_sample"].toBool(), true);
    QCOMPARE(readJson(dir_.filePath("train-scores.json")).object()["in_sample"].toBool(), true);
}

void TestPredictCli::runCheckpointAndExportedModelAgree()
{
    const Scores reference = readScores(dir_.filePath("scores.npy"));
    const QString best = QFileInfo::exists(run_ + "/checkpoints/best.pt") ? run_ + "/checkpoints/best.pt" : run_ + "/checkpoints/last.pt";
    for (const QString& model : {best, run_ + "/model.pt"}) {
        const QString out = dir_.filePath(QFileInfo(model).baseName() + "-scores.npy");
        const CliRun run = runCli({"predict", model, "--dataset", demo_, "--out", out, "--quiet"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const Scores scores = readScores(out);
        QCOMPARE(scores.images, reference.images);
        QCOMPARE(scores.tags, reference.tags);
        double largest = 0;
        for (std::size_t i = 0; i < scores.p.size(); ++i)
            largest = std::max(largest, double(std::abs(scores.p[i] - reference.p[i])));
        QVERIFY2(largest < 1e-4, qPrintable(model + ": " + QString::number(largest)));
        QCOMPARE(readJson(QString(out).replace(".npy", ".json")).object()["tags"], readJson(dir_.filePath("scores.json")).object()["tags"]);
    }
}

void TestPredictCli::aModelWithoutTagsIsRefused()
{
    // A TorchScript file outside a run, whose 6 outputs cannot be the demo's tags.
    const CliRun run = runCli({"predict", TAGSCOPE_TEST_DATA "/tiny_backbone.pt", "--input-size", "16", "--dataset", demo_, "--out",
                               dir_.filePath("tiny.npy"), "--quiet"});
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains("tiny_backbone.pt: 6 outputs") && run.err.contains("does not name its tags"), run.err.constData());
    QVERIFY(!QFile::exists(dir_.filePath("tiny.npy")));
    const CliRun split = runCli({"predict", run_, "--split", "holdout", "--out", dir_.filePath("x.npy"), "--quiet"});
    QVERIFY(split.exitCode != 0);
    QVERIFY2(split.err.contains("holdout"), split.err.constData());
}

void TestPredictCli::crossvalScoresEachImageWithAModelThatNeverSawIt()
{
    const QString out = dir_.filePath("crossval");
    const QStringList arguments{"crossval", "--config", config_, "--set", "dataset=" + demo_, "--set", "epochs=1", "--folds", "3", "--out", out,
                                "--json", "--quiet"};
    const CliRun run = runCli(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json()["folds_trained"].toInt(), 3);
    const Scores oof = readScores(out + "/oof.npy");
    const Dataset dataset = openDataset(demo_.toStdString()).import.dataset;
    std::set<std::int64_t> train;
    for (std::size_t i = 0; i < dataset.imageCount(); ++i)
        if (dataset.imageSplit(i) == Split::Train)
            train.insert(std::int64_t(i));
    QCOMPARE(std::size_t(oof.rows), train.size()); // each training image once
    QCOMPARE(std::set<std::int64_t>(oof.images.begin(), oof.images.end()), train);
    QCOMPARE(oof.tags, std::int64_t(runTags_.size()));
    const QJsonObject metadata = readJson(out + "/oof.json").object();
    QCOMPARE(metadata["in_sample"].toBool(), false);
    QCOMPARE(metadata["split"].toString(), QString("train"));
    QCOMPARE(metadata["tags"].toArray().size(), runTags_.size());

    // Each fold's rows come from its own model, which never trained on them.
    QFile folds(out + "/folds.csv");
    QVERIFY(folds.open(QIODevice::ReadOnly));
    std::map<QByteArray, int> foldOf;
    folds.readLine();
    while (!folds.atEnd()) {
        const QList<QByteArray> f = folds.readLine().trimmed().split(',');
        foldOf[f[0]] = f[1].toInt();
    }
    QCOMPARE(foldOf.size(), train.size());
    for (int k = 1; k <= 3; ++k) {
        const QString fold = out + QString("/fold-%1").arg(k);
        QFile list(readJson(fold + "/run/config.json").object()["train_images"].toString());
        QVERIFY2(list.open(QIODevice::ReadOnly), qPrintable(list.fileName()));
        std::set<QByteArray> trainedOn;
        list.readLine();
        while (!list.atEnd())
            trainedOn.insert(list.readLine().trimmed());
        const Scores scores = readScores(fold + "/scores.npy");
        QVERIFY(scores.rows > 0);
        for (std::int64_t image : scores.images) {
            const QByteArray name = QByteArray::fromStdString(dataset.imageName(std::size_t(image)));
            QCOMPARE(foldOf[name], k);
            QVERIFY2(!trainedOn.count(name), name.constData());
        }
        QCOMPARE(trainedOn.size() + std::size_t(scores.rows), train.size());
        QCOMPARE(readJson(fold + "/scores.json").object()["in_sample"].toBool(), false);
    }
    // The fold's model on the whole split has seen most of it: that is in-sample, and says so.
    const CliRun seen = runCli({"predict", out + "/fold-1/run", "--split", "train", "--out", dir_.filePath("fold1-train.npy"), "--json", "--quiet"});
    QVERIFY2(seen.exitCode == 0, seen.err.constData());
    QCOMPARE(seen.json()["in_sample"].toBool(), true);

    // Again: every fold is kept, nothing retrained, the same scores.
    const CliRun again = runCli(arguments);
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(again.json()["folds_trained"].toInt(), 0);
    QCOMPARE(again.json()["folds_reused"].toInt(), 3);
    QCOMPARE(readScores(out + "/oof.npy").p, oof.p);
    // Another fold count in the same folder is refused rather than mixed in.
    const CliRun other = runCli({"crossval", "--config", config_, "--set", "dataset=" + demo_, "--folds", "2", "--out", out, "--quiet"});
    QVERIFY(other.exitCode != 0);
    QVERIFY2(other.err.contains("folds.csv") && other.err.contains("another output folder"), other.err.constData());
}

QTEST_GUILESS_MAIN(TestPredictCli)
#include "tst_predict_cli.moc"
