// tagscope-cli pca, knn, tsne and embed end to end: their JSON, the files they write, and their errors.
#include "cli_runner.h"
#include "common/npy.h"
#include "dataset/dataset_loader.h"
#include "embedding/float_matrix.h"
#include "embedding_data.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <limits>
#include <QtTest>

using namespace tagscope;


class TestEmbeddingCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pcaReducesAndReports();
    void knnExactAndApproximate();
    void tsneWritesALayoutAndScoresIt();
    void tsneGivesTheSameLayoutOnEveryRun();
    void embedReadsTheCacheTheSecondTime();
    void anotherDatasetsEmbeddingIsRefused();
    void errorsNameTheFile();

private:
    QTemporaryDir dir_;
    QString points_;
    ClusteredPoints data_;
};

void TestEmbeddingCli::initTestCase()
{
    data_ = gaussianClusters(4, 150, 60, 12.0, 3, 2);
    points_ = dir_.filePath("points.npy");
    writeFloatMatrix(points_.toStdString(), data_.points);
}

void TestEmbeddingCli::pcaReducesAndReports()
{
    const QString out = dir_.filePath("pca.npy");
    const CliRun run = runCli({"pca", points_, "--dims", "5", "--out", out, "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json["components"].toInt(), 5);
    QCOMPARE(json["method"].toString(), QString("exact"));
    QCOMPARE(json["variances"].toArray().size(), 5);
    QVERIFY(json["explained_variance_ratio"].toDouble() > 0.9); // four flat clusters: few directions matter
    const FloatMatrix projected = readFloatMatrix(out.toStdString());
    QCOMPARE(projected.rows, std::size_t(600));
    QCOMPARE(projected.cols, std::size_t(5));
}

void TestEmbeddingCli::knnExactAndApproximate()
{
    const CliRun exact = runCli({"knn", points_, "--k", "4", "--query", "0", "--query", "321", "--json", "--quiet"});
    QCOMPARE(exact.exitCode, 0);
    const QJsonArray queries = exact.json()["queries"].toArray();
    QCOMPARE(queries.size(), 2);
    QCOMPARE(queries[1].toObject()["query"].toInt(), 321);
    const QJsonArray neighbours = queries[1].toObject()["neighbours"].toArray();
    QCOMPARE(neighbours.size(), 4);
    for (const QJsonValue& n : neighbours) { // same cluster, never the query itself
        QVERIFY(n.toObject()["index"].toInt() != 321);
        QCOMPARE(data_.labels[n.toObject()["index"].toInt()], data_.labels[321]);
    }

    const QString index = dir_.filePath("points.hnsw");
    const CliRun first = runCli({"knn", points_, "--k", "4", "--query", "321", "--approximate", "--index", index, "--json", "--quiet"});
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.json()["index_loaded"].toBool(), false);
    const QJsonArray approximate = first.json()["queries"].toArray()[0].toObject()["neighbours"].toArray();
    QCOMPARE(approximate.size(), 4);
    for (int j = 0; j < 4; ++j) { // a graph this small finds the exact neighbours
        QCOMPARE(approximate[j].toObject()["index"].toInt(), neighbours[j].toObject()["index"].toInt());
        QVERIFY(std::abs(approximate[j].toObject()["distance"].toDouble() - neighbours[j].toObject()["distance"].toDouble()) < 1e-5);
    }
    const CliRun second = runCli({"knn", points_, "--k", "4", "--query", "321", "--approximate", "--index", index, "--json", "--quiet"});
    QCOMPARE(second.json()["index_loaded"].toBool(), true);

    const QString all = dir_.filePath("all.npy");
    QCOMPARE(runCli({"knn", points_, "--k", "3", "--out", all, "--quiet"}).exitCode, 0);
    const NpyArray indices = readNpy(all.toStdString());
    QCOMPARE(int(indices.type), int(NpyType::Int64));
    QCOMPARE(indices.shape, (std::vector<std::int64_t>{600, 3}));
}

void TestEmbeddingCli::tsneWritesALayoutAndScoresIt()
{
    const QString out = dir_.filePath("xy.npy");
    const CliRun run = runCli({"tsne", points_, "--out", out, "--perplexity", "15", "--iterations", "400", "--seed", "2", "--json", "--quiet"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    for (const char* key : {"seconds", "kl", "knn_preservation", "iterations", "points"})
        QVERIFY2(json.contains(key), key);
    QCOMPARE(json["iterations"].toInt(), 400);
    QCOMPARE(json["features"].toInt(), 50); // reduced by PCA first
    QVERIFY(json["knn_preservation"].toDouble() > 0.6);
    // The live figures: the PCA preview comes before the optimisation, a layout is published every iteration.
    QVERIFY(json["first_frame_seconds"].toDouble() >= 0.0);
    QVERIFY(json["first_frame_seconds"].toDouble() <= json["setup_seconds"].toDouble());
    QVERIFY(json["frame_interval_ms_median"].toDouble() > 0.0);
    QVERIFY(json["frame_interval_ms_median"].toDouble() <= json["frame_interval_ms_p99"].toDouble());
    QVERIFY(json["frame_interval_ms_p99"].toDouble() <= json["frame_interval_ms_max"].toDouble());
    QVERIFY(json["frame_interval_ms_max"].toDouble() <= 1000.0 * json["optimise_seconds"].toDouble());
    const FloatMatrix layout = readFloatMatrix(out.toStdString());
    QCOMPARE(layout.rows, std::size_t(600));
    QCOMPARE(layout.cols, std::size_t(2));

    const CliRun scored = runCli({"tsne", points_, "--evaluate", out, "--perplexity", "15", "--json", "--quiet"});
    QCOMPARE(scored.exitCode, 0);
    QVERIFY(std::abs(scored.json()["kl"].toDouble() - json["kl"].toDouble()) < 1e-6);
    QVERIFY(std::abs(scored.json()["knn_preservation"].toDouble() - json["knn_preservation"].toDouble()) < 1e-9);

    // Without --json the summary is the result, on stdout; --quiet leaves stderr silent.
    const CliRun quiet = runCli({"tsne", points_, "--out", out, "--perplexity", "15", "--iterations", "50", "--quiet"});
    QCOMPARE(quiet.exitCode, 0);
    QVERIFY2(quiet.err.isEmpty(), quiet.err.constData());
    QVERIFY2(quiet.out.contains("600 points, 50 iterations") && quiet.out.contains("KL"), quiet.out.constData());
}

void TestEmbeddingCli::tsneGivesTheSameLayoutOnEveryRun()
{
    // Above 2,000 points the repulsion goes through FFTs: the first run on a machine (an empty cache folder) and
    // the next ones use the same transforms, so a seed gives the same layout every time.
    const QString points = dir_.filePath("fft-points.npy");
    writeFloatMatrix(points.toStdString(), gaussianClusters(5, 500, 10, 8.0, 4).points);
    QTemporaryDir cache;
    const QByteArray previous = qgetenv("XDG_CACHE_HOME");
    qputenv("XDG_CACHE_HOME", cache.path().toUtf8());
    QByteArray layouts[3];
    for (int run = 0; run < 3; ++run) {
        const QString out = dir_.filePath(QString("fft-xy-%1.npy").arg(run));
        QCOMPARE(runCli({"tsne", points, "--out", out, "--iterations", "300", "--seed", "3", "--quiet"}).exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        layouts[run] = file.readAll();
    }
    qputenv("XDG_CACHE_HOME", previous);
    QVERIFY(layouts[0].size() > 2500 * 2 * 4);
    QVERIFY(layouts[1] == layouts[0]);
    QVERIFY(layouts[2] == layouts[0]);
}

void TestEmbeddingCli::embedReadsTheCacheTheSecondTime()
{
    const QString dataset = dir_.filePath("demo");
    QCOMPARE(runCli({"demo", "--out", dataset, "--images", "80", "--seed", "2"}).exitCode, 0);
    const QString out = dir_.filePath("demo-emb.npy");
    const QStringList arguments{"embed", "--model", TAGSCOPE_TEST_DATA "/tiny_backbone.pt", "--input-size", "16", "--dataset", dataset,
                                "--split", "train", "--out", out, "--json", "--quiet"};
    const CliRun first = runCli(arguments);
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.json()["from_cache"].toBool(), false);
    QCOMPARE(first.json()["dimensions"].toInt(), 6);
    const CliRun second = runCli(arguments);
    QCOMPARE(second.json()["from_cache"].toBool(), true);
    QCOMPARE(second.json()["rows"].toInt(), first.json()["rows"].toInt());
    QVERIFY(QFile::exists(dir_.filePath("demo-emb.images.npy")));
    QVERIFY(QFile::exists(dir_.filePath("demo-emb.json")));
}

// projector and tsne --csv attach the dataset's image names and paths to the rows: they must refuse an embedding
// that EMB.json says came from another dataset, or from a split that no longer holds the same images.
void TestEmbeddingCli::anotherDatasetsEmbeddingIsRefused()
{
    const auto demo = [&](const QString& name, const char* seed) {
        const QString path = dir_.filePath(name);
        if (runCli({"demo", "--out", path, "--images", "80", "--seed", seed}).exitCode != 0)
            qFatal("demo %s failed", seed);
        return path;
    };
    const QString source = demo("origin-a", "2");
    const QString emb = dir_.filePath("origin.npy");
    QCOMPARE(runCli({"embed", "--model", TAGSCOPE_TEST_DATA "/tiny_backbone.pt", "--input-size", "16", "--dataset", source, "--split", "train",
                     "--out", emb, "--quiet"})
                 .exitCode,
             0);
    const QString sameImagesElsewhere = demo("origin-copy", "2"); // the same image names in another folder
    const QString other = demo("origin-b", "5");                  // other images
    // The same folder again, with its train and validation label files swapped: "train" now names other images.
    const QString swapped = demo("origin-swapped", "2");
    const QString trainFile = swapped + "/oidv6-train-annotations-human-imagelabels.csv";
    const QString validationFile = swapped + "/validation-annotations-human-imagelabels.csv";
    QVERIFY(QFile::rename(trainFile, trainFile + ".tmp") && QFile::rename(validationFile, trainFile) &&
            QFile::rename(trainFile + ".tmp", validationFile));

    const auto projector = [&](const QString& dataset, const QStringList& more = {}) {
        return runCli(QStringList{"projector", emb, "--dataset", dataset, "--out", dir_.filePath("origin-projector"), "--quiet"} + more);
    };
    const auto tsneCsv = [&](const QString& dataset) {
        return runCli({"tsne", emb, "--out", dir_.filePath("origin-xy.npy"), "--csv", dir_.filePath("origin-xy.csv"), "--dataset", dataset,
                       "--perplexity", "5", "--iterations", "20", "--quiet"});
    };
    const CliRun same = projector(source);
    QVERIFY2(same.exitCode == 0, same.err.constData());
    QCOMPARE(projector(sameImagesElsewhere).exitCode, 0);
    const CliRun sameCsv = tsneCsv(source);
    QVERIFY2(sameCsv.exitCode == 0, sameCsv.err.constData());
    QVERIFY(QFile::exists(dir_.filePath("origin-xy.csv")));

    const QByteArray sourceName = QDir(source).absolutePath().toUtf8();
    for (const QString& dataset : {other, swapped}) {
        const QByteArray givenName = QDir(dataset).absolutePath().toUtf8();
        for (const CliRun& refused : {projector(dataset), tsneCsv(dataset)}) {
            QVERIFY2(refused.exitCode != 0, qPrintable(dataset));
            // Both datasets are named, and the split the embedding came from.
            QVERIFY2(refused.err.contains("the train split of " + sourceName), refused.err.constData());
            QVERIFY2(refused.err.contains("not of " + givenName + ": its train split holds"), refused.err.constData());
        }
    }

    // The right dataset, but rows (from --images) that name images outside the embedded split.
    const Dataset dataset = loadDataset(source.toStdString()).dataset;
    const std::size_t rows = readFloatMatrix(emb.toStdString()).rows;
    std::vector<std::int64_t> notTrain;
    for (std::size_t i = 0; i < dataset.imageCount() && notTrain.size() < rows; ++i)
        if (dataset.imageSplit(i) != Split::Train)
            notTrain.push_back(std::int64_t(i));
    while (notTrain.size() < rows)
        notTrain.push_back(notTrain.front());
    writeNpyInt64(dir_.filePath("not-train.npy").toStdString(), notTrain, {std::int64_t(rows)});
    const CliRun wrongRows = projector(source, {"--images", dir_.filePath("not-train.npy")});
    QVERIFY(wrongRows.exitCode != 0);
    QVERIFY2(wrongRows.err.contains("row 0 names " + QByteArray::fromStdString(dataset.imageName(std::size_t(notTrain[0])))),
             wrongRows.err.constData());
}

void TestEmbeddingCli::errorsNameTheFile()
{
    const CliRun missing = runCli({"tsne", dir_.filePath("absent.npy"), "--out", dir_.filePath("o.npy")});
    QVERIFY(missing.exitCode != 0);
    QVERIFY(missing.err.contains("absent.npy"));
    writeNpy(dir_.filePath("flat.npy").toStdString(), {1, 2, 3}, {3});
    const CliRun flat = runCli({"pca", dir_.filePath("flat.npy"), "--out", dir_.filePath("o.npy")});
    QVERIFY(flat.exitCode != 0);
    QVERIFY(flat.err.contains("flat.npy") && flat.err.contains("2-D"));
    const CliRun query = runCli({"knn", points_, "--query", "600"});
    QVERIFY(query.exitCode != 0);
    QVERIFY(query.err.contains("600"));
    const CliRun perplexity = runCli({"tsne", dir_.filePath("pca.npy"), "--out", dir_.filePath("o.npy"), "--perplexity", "900"});
    QVERIFY(perplexity.exitCode != 0);
    QVERIFY(perplexity.err.contains("perplexity"));
    // A NaN from a diverged model is named with its row by every command, before any work starts.
    std::vector<float> poisoned(40 * 4, 0.5f);
    poisoned[17 * 4 + 3] = std::numeric_limits<float>::quiet_NaN();
    writeNpy(dir_.filePath("nan.npy").toStdString(), poisoned, {40, 4});
    for (const char* command : {"pca", "knn", "tsne"}) {
        const CliRun nan = runCli({command, dir_.filePath("nan.npy"), "--out", dir_.filePath("o.npy")});
        QVERIFY2(nan.exitCode != 0, command);
        QVERIFY2(nan.err.contains("nan.npy: row 17 holds a NaN"), qPrintable(nan.err));
    }
    writeNpy(dir_.filePath("two.npy").toStdString(), {0, 0, 1, 1}, {2, 2});
    const CliRun two = runCli({"tsne", dir_.filePath("two.npy"), "--out", dir_.filePath("o.npy")});
    QVERIFY(two.exitCode != 0);
    QVERIFY(two.err.contains("at least three points"));
}

QTEST_GUILESS_MAIN(TestEmbeddingCli)
#include "tst_embedding_cli.moc"
