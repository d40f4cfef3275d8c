// Embedding extraction on a small Fashion Mosaic: from the TorchScript fixture (tests/data/tiny_backbone.pt) and
// from a tiny trained run (run directory, checkpoint, embedding head or pooled features); the on-disk cache is
// reused, invalidated by another model, and left alone by a cancelled run; corrupt images are skipped.
#include "embedding/embedding_extractor.h"
#include "training/trainer.h"
#include "training_data.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace tagscope;

class TestEmbeddingExtraction : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void torchScriptModelIsCached();
    void batchSizeDoesNotChangeTheResult();
    void anotherModelReplacesTheCache();
    void trainedRunGivesItsHeadOrPooledFeatures();
    void cancellationWritesNothing();
    void badRequestsNameTheProblem();

private:
    ExtractionRequest fixtureRequest(const QString& out) const
    {
        ExtractionRequest request;
        request.model.path = TAGSCOPE_TEST_DATA "/tiny_backbone.pt";
        request.model.inputSize = 16;
        request.model.device = "cpu";
        request.dataset = dataset_.toStdString();
        request.split = "train";
        request.output = out.toStdString();
        request.batchSize = 16;
        return request;
    }

    QTemporaryDir dir_;
    QString dataset_;
    TrainingData data_;
};

void TestEmbeddingExtraction::initTestCase()
{
    dataset_ = dir_.path() + "/demo";
    data_ = makeTrainingData(dataset_, 160);
}

void TestEmbeddingExtraction::torchScriptModelIsCached()
{
    const QString out = dir_.path() + "/fixture/emb.npy";
    QElapsedTimer timer;
    timer.start();
    const std::optional<EmbeddingSet> first = extractEmbeddings(fixtureRequest(out));
    const qint64 firstMs = timer.restart();
    QVERIFY(first);
    QVERIFY(!first->fromCache);
    QCOMPARE(first->kind, std::string("torchscript"));
    QCOMPARE(first->vectors.cols, std::size_t(6));
    QCOMPARE(first->skippedImages, std::uint64_t(2)); // the corrupt and the missing image
    QCOMPARE(first->vectors.rows, data_.train.size() - 2);
    std::vector<std::uint32_t> expected;
    for (std::uint32_t image : data_.train)
        if (image != data_.corrupt && image != data_.missing)
            expected.push_back(image);
    QCOMPARE(first->images, expected);
    for (float v : first->vectors.values)
        QVERIFY(std::isfinite(v));
    for (const QString& file : {out, dir_.path() + "/fixture/emb.images.npy", dir_.path() + "/fixture/emb.json"})
        QVERIFY2(QFile::exists(file), qPrintable(file));

    const std::optional<EmbeddingSet> second = extractEmbeddings(fixtureRequest(out));
    const qint64 secondMs = timer.elapsed();
    QVERIFY(second->fromCache);
    QCOMPARE(second->vectors.values, first->vectors.values);
    QCOMPARE(second->images, first->images);
    QCOMPARE(second->modelFingerprint, first->modelFingerprint);
    qInfo("extracted in %lld ms, reopened in %lld ms", firstMs, secondMs);
    // The file on disk is the result.
    const FloatMatrix onDisk = readFloatMatrix(out.toStdString());
    QCOMPARE(onDisk.values, first->vectors.values);
}

void TestEmbeddingExtraction::batchSizeDoesNotChangeTheResult()
{
    ExtractionRequest one = fixtureRequest(dir_.path() + "/batch1.npy");
    one.batchSize = 1;
    ExtractionRequest seven = fixtureRequest(dir_.path() + "/batch7.npy");
    seven.batchSize = 7;
    const std::optional<EmbeddingSet> a = extractEmbeddings(one), b = extractEmbeddings(seven);
    QCOMPARE(a->images, b->images);
    for (std::size_t i = 0; i < a->vectors.values.size(); ++i)
        QVERIFY(std::abs(a->vectors.values[i] - b->vectors.values[i]) < 1e-5f);
    // Different images, different embeddings.
    QVERIFY(std::abs(a->vectors.at(0, 0) - a->vectors.at(1, 0)) + std::abs(a->vectors.at(0, 1) - a->vectors.at(1, 1)) > 1e-4f);
}

void TestEmbeddingExtraction::anotherModelReplacesTheCache()
{
    const QString out = dir_.path() + "/replaced.npy";
    const std::optional<EmbeddingSet> first = extractEmbeddings(fixtureRequest(out));
    ExtractionRequest larger = fixtureRequest(out);
    larger.model.inputSize = 24; // another input: another model as far as the cache is concerned
    const std::optional<EmbeddingSet> second = extractEmbeddings(larger);
    QVERIFY(!second->fromCache);
    QVERIFY(second->modelFingerprint != first->modelFingerprint);
    QVERIFY(second->vectors.values != first->vectors.values);
    QVERIFY(extractEmbeddings(larger)->fromCache);
    ExtractionRequest validation = fixtureRequest(out); // another split
    validation.model.inputSize = 24;
    validation.split = "validation";
    const std::optional<EmbeddingSet> third = extractEmbeddings(validation);
    QVERIFY(!third->fromCache);
    QCOMPARE(third->vectors.rows, data_.validation.size());
}

void TestEmbeddingExtraction::trainedRunGivesItsHeadOrPooledFeatures()
{
    TrainingConfig config;
    config.dataset = dataset_.toStdString();
    config.backbone.name = "small_cnn";
    config.backbone.inputSize = 32;
    config.epochs = 1;
    config.batchSize = 16;
    config.embeddingDim = 8;
    config.device = "cpu";
    config.workers = 1;
    const QString run = dir_.path() + "/run";
    QCOMPARE(int(trainModel(config, run.toStdString()).status), int(TrainingResult::Status::Finished));

    ExtractionRequest request;
    request.model.path = run.toStdString(); // the run's own dataset, validation split
    request.model.device = "cpu";
    request.output = (dir_.path() + "/run-head.npy").toStdString();
    const std::optional<EmbeddingSet> head = extractEmbeddings(request);
    QCOMPARE(head->kind, std::string("embedding head"));
    QCOMPARE(head->vectors.cols, std::size_t(8));
    QCOMPARE(head->vectors.rows, data_.validation.size());
    for (std::size_t r = 0; r < head->vectors.rows; ++r) { // the head's output is L2-normalised
        double squares = 0;
        for (std::size_t c = 0; c < 8; ++c)
            squares += head->vectors.at(r, c) * head->vectors.at(r, c);
        QVERIFY(std::abs(squares - 1.0) < 1e-4);
    }

    // A checkpoint of the run, named directly, is the same model.
    request.model.path = (run + "/checkpoints/best.pt").toStdString();
    request.output = (dir_.path() + "/run-checkpoint.npy").toStdString();
    const std::optional<EmbeddingSet> checkpoint = extractEmbeddings(request);
    QCOMPARE(checkpoint->vectors.values, head->vectors.values);

    request.model.pooledFeatures = true;
    request.output = (dir_.path() + "/run-pooled.npy").toStdString();
    const std::optional<EmbeddingSet> pooled = extractEmbeddings(request);
    QCOMPARE(pooled->kind, std::string("pooled features"));
    QVERIFY(pooled->vectors.cols > 8);
    QCOMPARE(pooled->vectors.rows, head->vectors.rows);
}

void TestEmbeddingExtraction::cancellationWritesNothing()
{
    const QString out = dir_.path() + "/cancelled.npy";
    CancelToken cancel;
    int batches = 0;
    const auto stopWhileEmbedding = [&](std::uint64_t, std::uint64_t, const std::string& phase) {
        if (phase == "Embedding images" && ++batches == 2)
            cancel.cancel();
    };
    QVERIFY(!extractEmbeddings(fixtureRequest(out), stopWhileEmbedding, &cancel));
    QCOMPARE(batches, 2);
    QVERIFY(!QFile::exists(out));
    QVERIFY(!QFile::exists(dir_.path() + "/cancelled.json"));
}

void TestEmbeddingExtraction::badRequestsNameTheProblem()
{
    ExtractionRequest missing = fixtureRequest(dir_.path() + "/x.npy");
    missing.model.path = (dir_.path() + "/no-such-model.pt").toStdString();
    try {
        extractEmbeddings(missing);
        QFAIL("a missing model was accepted");
    } catch (const std::runtime_error& error) {
        QVERIFY(QString(error.what()).contains("no-such-model.pt"));
    }
    const QString garbage = dir_.path() + "/garbage.pt";
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a model");
    file.close();
    ExtractionRequest notTorchScript = fixtureRequest(dir_.path() + "/x.npy");
    notTorchScript.model.path = garbage.toStdString();
    try {
        extractEmbeddings(notTorchScript);
        QFAIL("a garbage model was accepted");
    } catch (const std::runtime_error& error) {
        QVERIFY(QString(error.what()).contains("garbage.pt"));
    }
    ExtractionRequest noSize = fixtureRequest(dir_.path() + "/x.npy");
    noSize.model.inputSize = 0; // the fixture has no input_size attribute
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, extractEmbeddings(noSize));
    ExtractionRequest badSplit = fixtureRequest(dir_.path() + "/x.npy");
    badSplit.split = "holdout";
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, extractEmbeddings(badSplit));
}

QTEST_GUILESS_MAIN(TestEmbeddingExtraction)
#include "tst_embedding_extraction.moc"
