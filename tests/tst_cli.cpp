// tagscope-cli as a script would use it: JSON output, exit codes, messages.
#include "cli_runner.h"
#include "common/npy.h"
#include "test_files.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

namespace {

QJsonObject tagNamed(const QJsonArray& tags, const QString& labelName)
{
    for (const QJsonValue& tag : tags)
        if (tag.toObject().value("label_name").toString() == labelName)
            return tag.toObject();
    return {};
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void infoJson();
    void infoText();
    void infoOnMissingDatasetFails();
    void synthThenInfo();
    void devicesComeFromTheTorchPlugin();
    void datasetCommandsNeverLoadLibTorch();
    void lossMatchesReference();
};

void TestCli::infoJson()
{
    QTemporaryDir dir;
    writeTestFile(QDir(dir.path()), "oidv6-class-descriptions.csv", "LabelName,DisplayName\n/m/a,\"Apple, red\"\n/m/b,B\n/m/c,C\n");
    writeTestFile(QDir(dir.path()), "oidv6-train-annotations-human-imagelabels.csv",
                  "ImageID,Source,LabelName,Confidence\n"
                  "0000000000000001,verification,/m/a,1\n"
                  "0000000000000001,verification,/m/b,0\n"
                  "0000000000000002,verification,/m/a,1\n"
                  "0000000000000003,verification,/m/a,1\n"
                  "0000000000000003,verification,/m/c,1\n"
                  "zz,verification,/m/c,1\n");
    const CliRun run = runCli({"info", dir.path(), "--json"});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(run.out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(json.value("format").toString(), QString("openimages"));
    QCOMPARE(json.value("images").toInt(), 3);
    QCOMPARE(json.value("tags").toInt(), 3);
    const QJsonObject labels = json.value("labels").toObject();
    QCOMPARE(labels.value("positive").toInt(), 4);
    QCOMPARE(labels.value("negative").toInt(), 1);
    QCOMPARE(labels.value("unknown").toInt(), 3 * 3 - 5);
    QCOMPARE(json.value("imbalance_ratio").toDouble(), 3.0);
    const QJsonArray tags = json.value("tag_list").toArray();
    QCOMPARE(tags.size(), 3);
    QCOMPARE(tags.first().toObject().value("label_name").toString(), QString("/m/a")); // most frequent first
    QCOMPARE(tagNamed(tags, "/m/a").value("name").toString(), QString("Apple, red"));
    QCOMPARE(tagNamed(tags, "/m/b").value("negative").toInt(), 1);
    const QJsonArray errors = json.value("errors").toArray();
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().toObject().value("file").toString().endsWith("oidv6-train-annotations-human-imagelabels.csv"));
    QCOMPARE(errors.first().toObject().value("line").toInt(), 7);
    QVERIFY(errors.first().toObject().value("message").toString().contains("zz"));
    QCOMPARE(json.value("splits").toObject().value("train").toObject().value("images").toInt(), 3);
}

void TestCli::infoText()
{
    QTemporaryDir dir;
    writeTestFile(QDir(dir.path()), "oidv6-train-annotations-human-imagelabels.csv",
                  "0000000000000001,verification,/m/a,1\n0000000000000002,verification,/m/b,1\n");
    const CliRun run = runCli({"info", dir.path()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("Images    2"));
    QVERIFY(run.out.contains("Imbalance ratio 1.0"));
}

void TestCli::infoOnMissingDatasetFails()
{
    const CliRun missing = runCli({"info", "/nonexistent/dataset"});
    QVERIFY(missing.exitCode != 0);
    QVERIFY(missing.err.contains("/nonexistent/dataset"));
    QTemporaryDir empty;
    const CliRun notDataset = runCli({"info", empty.path()});
    QVERIFY(notDataset.exitCode != 0);
    QVERIFY(notDataset.err.contains("not a dataset"));
    const CliRun noArgument = runCli({"info"});
    QVERIFY(noArgument.exitCode != 0);
}

void TestCli::synthThenInfo()
{
    QTemporaryDir dir;
    const CliRun synth = runCli({"synth", "--out", dir.path(), "--images", "5000", "--rows", "6000", "--tags", "300", "--seed", "3"});
    QCOMPARE(synth.exitCode, 0);
    const CliRun info = runCli({"info", dir.path(), "--json"});
    QCOMPARE(info.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(info.out).object();
    QCOMPARE(json.value("images").toInt(), 5000);
    QCOMPARE(json.value("tags").toInt(), 300);
    const QJsonObject labels = json.value("labels").toObject();
    QCOMPARE(labels.value("positive").toInt() + labels.value("negative").toInt(), 6000);
    QCOMPARE(json.value("errors").toArray().size(), 0);
    QVERIFY(json.value("imbalance_ratio").toDouble() > 20); // Zipf-like: the head dwarfs the tail
}

void TestCli::devicesComeFromTheTorchPlugin()
{
    const CliRun run = runCli({"devices", "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QVERIFY(!json.value("torch_version").toString().isEmpty());
    const QJsonArray devices = json.value("devices").toArray();
    QVERIFY(!devices.isEmpty());
    QCOMPARE(devices.first().toObject().value("id").toString(), QString("cpu"));
    QCOMPARE(json.value("threads").toInt(), QThread::idealThreadCount());
    const CliRun help = runCli({"--help"});
    QVERIFY(help.out.contains("devices"));
}

void TestCli::datasetCommandsNeverLoadLibTorch()
{
    // The dynamic loader's record of every library it maps (LD_DEBUG=files), for commands that only read datasets
    // and embeddings; `devices`, which loads the LibTorch plugin, shows that the record would tell.
    QTemporaryDir dir;
    const QString dataset = dir.filePath("dataset"), embedding = dir.filePath("embedding.npy");
    std::vector<float> values;
    for (int i = 0; i < 40 * 4; ++i)
        values.push_back(float((i * 7919) % 101));
    tagscope::writeNpy(embedding.toStdString(), values, {40, 4});
    const auto librariesOf = [](const QStringList& arguments) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("LD_DEBUG", "files");
        process.setProcessEnvironment(environment);
        process.start(TAGSCOPE_CLI_PATH, arguments);
        if (!process.waitForFinished(120000) || process.exitCode() != 0)
            qWarning("%s", process.readAllStandardError().constData());
        return process.readAllStandardError();
    };
    const QList<QStringList> datasetCommands = {{"synth", "--out", dataset, "--images", "200", "--rows", "300", "--tags", "20"},
                                                {"info", dataset, "--json"},
                                                {"filter", dataset, "split:train", "--count"},
                                                {"knn", embedding, "--k", "3", "--query", "0", "--json"},
                                                {"pca", embedding, "--dims", "2", "--out", dir.filePath("pca.npy")}};
    for (const QStringList& command : datasetCommands) {
        const QByteArray log = librariesOf(command);
        QVERIFY2(log.contains("file="), qPrintable(command.first() + ": no loader record"));
        QVERIFY2(!log.contains("libtorch"), qPrintable(command.first() + " mapped LibTorch"));
    }
    QVERIFY(librariesOf({"devices", "--json"}).contains("libtorch"));
}

void TestCli::lossMatchesReference()
{
    // The same logits and targets as tests/data/loss_reference.json (python3-torch), through .npy files.
    QFile file(TAGSCOPE_TEST_DATA "/loss_reference.json");
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject ref = QJsonDocument::fromJson(file.readAll()).object();
    auto flatten = [](const QJsonArray& rows) {
        std::vector<float> values;
        for (const QJsonValue& row : rows)
            for (const QJsonValue& v : row.toArray())
                values.push_back(float(v.toDouble()));
        return values;
    };
    const QJsonArray logits = ref.value("logits").toArray();
    const std::int64_t rows = logits.size(), columns = logits.first().toArray().size();
    QTemporaryDir dir;
    const std::string x = (dir.path() + "/x.npy").toStdString(), y = (dir.path() + "/y.npy").toStdString();
    const std::string counts = (dir.path() + "/counts.npy").toStdString(), grad = (dir.path() + "/grad.npy").toStdString();
    tagscope::writeNpy(x, flatten(logits), {rows, columns});
    tagscope::writeNpy(y, flatten(ref.value("targets").toArray()), {rows, columns});
    std::vector<float> classCounts;
    for (const QJsonValue& v : ref.value("class_positives").toArray())
        classCounts.push_back(float(v.toDouble()));
    tagscope::writeNpy(counts, classCounts, {columns});
    int checked = 0;
    for (const QJsonValue& value : ref.value("cases").toArray()) {
        const QJsonObject c = value.toObject();
        if (c.value("priors").toBool())
            continue;
        const QString params = QString::fromUtf8(QJsonDocument(c.value("params").toObject()).toJson(QJsonDocument::Compact));
        const CliRun run = runCli({"loss", c.value("loss").toString(), "--inputs", QString::fromStdString(x), "--targets",
                                QString::fromStdString(y), "--params", params, "--class-counts", QString::fromStdString(counts),
                                "--train-images", QString::number(ref.value("train_images").toDouble()), "--grad",
                                QString::fromStdString(grad), "--json"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const double got = QJsonDocument::fromJson(run.out).object().value("loss").toDouble();
        const double expected = c.value("value").toDouble();
        QVERIFY2(qAbs(got - expected) <= 1e-4 * qMax(1.0, qAbs(expected)), qPrintable(c.value("loss").toString() + " " + params));
        const tagscope::NpyArray gradient = tagscope::readNpy(grad);
        QCOMPARE(gradient.shape, (std::vector<std::int64_t>{rows, columns}));
        const std::vector<float> g = gradient.toFloat();
        const std::vector<float> reference = flatten(c.value("grad").toArray());
        for (std::size_t i = 0; i < g.size(); ++i)
            QVERIFY(qAbs(g[i] - reference[i]) <= 1e-4f * qMax(1.0f, qAbs(reference[i])));
        ++checked;
    }
    QVERIFY(checked >= 10);
    const CliRun bad = runCli({"loss", "asl", "--inputs", QString::fromStdString(x), "--targets", QString::fromStdString(y), "--params", "{\"gamma\": 1}"});
    QVERIFY(bad.exitCode != 0);
    QVERIFY(bad.err.contains("unknown parameter 'gamma'"));
    const CliRun missing = runCli({"loss", "bce", "--inputs", dir.path() + "/absent.npy", "--targets", QString::fromStdString(y)});
    QVERIFY(missing.exitCode != 0);
    QVERIFY(missing.err.contains("absent.npy"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
