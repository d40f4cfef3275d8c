// tagscope-cli as a script would use it: JSON output, exit codes, messages.
#include "cli_runner.h"
#include "common/npy.h"
#include "embedding/matrix_multiply.h"
#include "test_files.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

namespace {

// Terminal columns of a line, counting the CJK characters of the test's names as two (as terminals draw them).
int displayColumns(const QString& text)
{
    int columns = 0;
    for (const char32_t c : text.toUcs4())
        columns += (c >= 0x3000 && c <= 0x9FFF) ? 2 : 1;
    return columns;
}

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
    void infoTextAlignsNonAsciiTagNames();
    void infoOnMissingDatasetFails();
    void infoBands();
    void synthThenInfo();
    void synthPhotosStreamIntoTraining();
    void synthFlipsAKnownShare();
    void devicesComeFromTheTorchPlugin();
    void datasetCommandsLoadNeitherLibTorchNorImageCodecs();
    void lossMatchesReference();
    void trainBlamesBadSettingsWhereTheyCameFrom();
};

void TestCli::infoJson()
{
    QTemporaryDir dir;
    writeTestFile(QDir(dir.path()), "oidv6-class-descriptions.csv", "LabelName,DisplayName\n/m/a,\"Apple, red\"\n/m/b,\"Say \"\"hi\"\" \\ caf\u00e9\t\"\n/m/c,C\n");
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
    QCOMPARE(tagNamed(tags, "/m/b").value("name").toString(), QString::fromUtf8("Say \"hi\" \\ caf\u00e9\t")); // escaped in the JSON
    const QJsonArray errors = json.value("errors").toArray();
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().toObject().value("file").toString().endsWith("oidv6-train-annotations-human-imagelabels.csv"));
    QCOMPARE(errors.first().toObject().value("line").toInt(), 7);
    QVERIFY(errors.first().toObject().value("message").toString().contains("zz"));
    QCOMPARE(json.value("splits").toObject().value("train").toObject().value("images").toInt(), 3);
}

void TestCli::infoBands()
{
    // Six tags with 1..6 train positives: every one is tail by the default thresholds, two of each band by thirds.
    QTemporaryDir dir;
    QByteArray rows = "ImageID,Source,LabelName,Confidence\n";
    for (int tag = 1; tag <= 6; ++tag)
        for (int image = 1; image <= tag; ++image)
            rows += QByteArray("000000000000000") + QByteArray::number(image) + ",verification,/m/" + QByteArray::number(tag) + ",1\n";
    writeTestFile(QDir(dir.path()), "oidv6-train-annotations-human-imagelabels.csv", rows);
    auto bands = [&](const QStringList& extra) {
        const CliRun run = runCli(QStringList{"info", dir.path(), "--json"} + extra);
        return QJsonDocument::fromJson(run.out).object().value("bands").toObject();
    };
    const QJsonObject absolute = bands({});
    QCOMPARE(absolute.value("rule").toString(), QString("absolute:100:20"));
    QCOMPARE(absolute.value("tail").toInt(), 6);
    const QJsonObject thirds = bands({"--bands", "thirds"});
    QCOMPARE(thirds.value("rule").toString(), QString("thirds"));
    QCOMPARE(thirds.value("head").toInt(), 2);
    QCOMPARE(thirds.value("medium").toInt(), 2);
    QCOMPARE(thirds.value("tail").toInt(), 2);
    QCOMPARE(thirds.value("tail_below").toInt(), 3);
    QCOMPARE(thirds.value("head_above").toInt(), 4);
    const CliRun text = runCli({"info", dir.path(), "--bands", "absolute:3:2"});
    QVERIFY2(text.out.contains("Bands     3 head (> 3), 2 medium, 1 tail (< 2 positives in train), rule absolute:3:2"), text.out.constData());
    const CliRun bad = runCli({"info", dir.path(), "--bands", "quantile:0.7:0.7"});
    QVERIFY(bad.exitCode != 0);
    QVERIFY2(bad.err.contains("bands 'quantile:0.7:0.7': the shares add up to more than 1"), bad.err.constData());
    // The training config refuses a bad rule the same way, naming the --set option.
    const QString config = writeTestFile(QDir(dir.path()), "train.json", R"({"dataset": "somewhere"})");
    const CliRun train = runCli({"train", "--config", config, "--set", "bands=tertiles"});
    QVERIFY(train.exitCode != 0);
    QVERIFY2(train.err.contains("--set bands=tertiles: bands 'tertiles': unknown kind"), train.err.constData());
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

// Tag names in German and Japanese, two longer than the 32-column name column: rows stay aligned on screen, names
// are cut between characters, and every byte of the output is valid UTF-8.
void TestCli::infoTextAlignsNonAsciiTagNames()
{
    QTemporaryDir dir;
    const QString longJapanese = QString::fromUtf8("ハンドバッグとショルダーバッグと財布"); // 18 characters, 36 columns
    const QString longGerman = QString::fromUtf8("Überwachungskameraüberprüfungsgerät");    // 35 characters
    writeTestFile(QDir(dir.path()), "oidv6-class-descriptions.csv",
                  "LabelName,DisplayName\n/m/a,Hund\n/m/b,Größe\n/m/c," + longJapanese.toUtf8() + "\n/m/d,犬\n/m/e," +
                      longGerman.toUtf8() + "\n/m/f,Kaputt\xff\n"); // the last name is not valid UTF-8
    QByteArray rows = "ImageID,Source,LabelName,Confidence\n";
    const char* labels[] = {"/m/a", "/m/b", "/m/c", "/m/d", "/m/e", "/m/f"};
    for (int image = 1; image <= 6; ++image)
        for (int t = 0; t < image; ++t) // tag t on 6 - t images: distinct counts, a stable order
            rows += QByteArray::number(image).rightJustified(16, '0') + ",verification," + labels[t] + ",1\n";
    writeTestFile(QDir(dir.path()), "oidv6-train-annotations-human-imagelabels.csv", rows);
    const CliRun run = runCli({"info", dir.path()});
    QCOMPARE(run.exitCode, 0);

    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(run.out);
    QVERIFY2(!utf8.hasError(), run.out.constData());
    QStringList tagLines;
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("  ")) && line.contains(QLatin1String(" positive ")) && !line.contains(QLatin1String("images")))
            tagLines << line;
    QCOMPARE(tagLines.size(), 12); // the six tags, as most and as least frequent
    for (const QString& line : tagLines) {
        // "  NAME(32 columns) %10 positive": the word "positive" starts at column 2 + 32 + 1 + 10 + 1 on every row.
        const int at = line.indexOf(QLatin1String(" positive "));
        QCOMPARE(displayColumns(line.left(at)), 2 + 32 + 1 + 10);
    }
    QVERIFY(text.contains(QString::fromUtf8("  Größe ")));
    QVERIFY(text.contains(QString::fromUtf8("  犬 ")));
    QVERIFY(text.contains("  " + longJapanese.left(16) + "  ")); // 16 double-width characters fill the 32 columns
    QVERIFY(!text.contains(longJapanese.left(17)));
    QVERIFY(text.contains("  " + longGerman.left(32) + " "));
    QVERIFY(!text.contains(longGerman.left(33)));
    QVERIFY(text.contains(QString::fromUtf8("  Kaputt\uFFFD ")));
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
    QCOMPARE(json.value("rows_read").toInt(), 6000 + 8 * 6000 + 2); // both files' rows and headers
    QCOMPARE(json.value("errors").toArray().size(), 0);
    QVERIFY(json.value("imbalance_ratio").toDouble() > 20); // Zipf-like: the head dwarfs the tail
    QVERIFY(info.err.contains("Reading labels")); // the import's progress, on stderr
    const CliRun human = runCli({"info", dir.path(), "--json", "--no-machine-labels", "--quiet"});
    const QJsonObject labels = QJsonDocument::fromJson(human.out).object().value("labels").toObject();
    QCOMPARE(labels.value("positive").toInt() + labels.value("negative").toInt(), 6000);
    QVERIFY(human.err.isEmpty());

    // The machine-label file has the shape of Open Images': its images among the human-verified file's, sorted
    // by ImageID, confidences in (0, 1], most of them at or above 0.5.
    auto rowsOf = [&](const char* name) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return QList<QByteArrayList>();
        QList<QByteArrayList> rows;
        file.readLine(); // header
        while (!file.atEnd())
            rows << file.readLine().trimmed().split(',');
        return rows;
    };
    QSet<QByteArray> humanImages;
    for (const QByteArrayList& row : rowsOf("oidv6-train-annotations-human-imagelabels.csv"))
        humanImages.insert(row[0]);
    const QList<QByteArrayList> machine = rowsOf("oidv6-train-annotations-machine-imagelabels.csv");
    QCOMPARE(machine.size(), 8 * 6000);
    int high = 0;
    for (int i = 0; i < machine.size(); ++i) {
        const QByteArrayList& row = machine[i];
        QCOMPARE(row.size(), 4);
        QVERIFY(humanImages.contains(row[0]));
        QVERIFY(i == 0 || machine[i - 1][0] <= row[0]);
        QCOMPARE(row[1], QByteArray("machine"));
        const double confidence = row[3].toDouble();
        QVERIFY2(confidence > 0 && confidence <= 1, row[3].constData());
        high += confidence >= 0.5;
    }
    QVERIFY(high > machine.size() * 3 / 4);
}

void TestCli::synthPhotosStreamIntoTraining()
{
    // Photo-like JPEGs with their labels, then a short run counted in steps that streams them.
    QTemporaryDir dir;
    const QString data = dir.filePath("photos");
    const CliRun synth = runCli({"synth", "--out", data, "--images", "64", "--rows", "200", "--tags", "8", "--validation-images", "16",
                                 "--photos", "--width", "320", "--height", "240", "--seed", "2"});
    QVERIFY2(synth.exitCode == 0, synth.err.constData());
    QVERIFY2(synth.out.contains("80 photos"), synth.out.constData());
    const QJsonObject info = runCli({"info", data, "--json"}).json();
    QCOMPARE(info.value("images").toInt(), 80);
    QCOMPARE(info.value("missing_images").toInt(), 0);
    QCOMPARE(info.value("splits").toObject().value("validation").toObject().value("images").toInt(), 16);
    const QFileInfoList photos = QDir(data + "/train").entryInfoList({"*.jpg"});
    QCOMPARE(photos.size(), 64);
    qint64 bytes = 0;
    for (const QFileInfo& photo : photos)
        bytes += photo.size();
    // Photo-like entropy: a flat or smooth picture of 320 x 240 compresses to a few kilobytes.
    QVERIFY2(bytes / photos.size() > 8000, qPrintable(QString::number(bytes / photos.size())));

    writeTestFile(QDir(dir.path()), "config.json",
                  QStringLiteral(R"({"dataset": "%1", "backbone": {"name": "small_cnn", "input_size": 32}, "max_steps": 4,
                      "eval_every_steps": 2, "batch_size": 16, "workers": 2, "threads": 1, "cache": "off"})")
                      .arg(data)
                      .toUtf8());
    const CliRun train = runCli({"train", "--config", dir.filePath("config.json"), "--out", dir.filePath("runs/streamed")});
    QVERIFY2(train.exitCode == 0, train.err.constData());
    QCOMPARE(train.json().value("steps").toInt(), 4);
    QVERIFY2(train.err.contains("step 2 (epoch 1): train loss") && train.err.contains("step 4 (epoch 1): train loss"), train.err.constData());
    QVERIFY2(train.err.contains("packed image cache off"), train.err.constData());

    // The step and cache keys through --set: a budget too small for either split means no cache, and the log says so.
    const CliRun small = runCli({"train", "--config", dir.filePath("config.json"), "--out", dir.filePath("runs/budget"), "--set", "cache=auto",
                                 "--set", "cache_budget_gb=0.000001", "--set", "max_steps=3", "--set", "eval_every_steps=0",
                                 "--set", "checkpoint_every_steps=1"});
    QVERIFY2(small.exitCode == 0, small.err.constData());
    QCOMPARE(small.json().value("steps").toInt(), 3);
    QVERIFY2(small.err.contains("no packed image cache for the training split") && small.err.contains("cache_budget_gb"), small.err.constData());
    QVERIFY2(small.err.contains("no packed image cache for the validation images"), small.err.constData());
    const CliRun runs = runCli({"runs", dir.filePath("runs")});
    QVERIFY2(runs.out.contains("4/4 steps") && runs.out.contains("3/3 steps"), runs.out.constData());
}

void TestCli::synthFlipsAKnownShare()
{
    QTemporaryDir plain, noisy;
    const QStringList shape{"--images", "3000", "--rows", "6000", "--tags", "50", "--seed", "4", "--machine-ratio", "0"};
    QCOMPARE(runCli(QStringList{"synth", "--out", plain.path()} + shape).exitCode, 0);
    const CliRun synth = runCli(QStringList{"synth", "--out", noisy.path(), "--flip-share", "0.1"} + shape);
    QCOMPARE(synth.exitCode, 0);
    QVERIFY2(synth.out.contains("ground-truth/labels.csv"), synth.out.constData());
    const auto lines = [](const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return file.readAll().trimmed().split('\n');
    };
    const QString human = "/oidv6-train-annotations-human-imagelabels.csv";
    const QList<QByteArray> a = lines(plain.path() + human), b = lines(noisy.path() + human);
    QCOMPARE(a.size(), b.size());
    // Every row that differs is one flipped label, listed with its truth; no other row changed.
    QSet<QByteArray> truth;
    const QList<QByteArray> listed = lines(noisy.path() + "/ground-truth/labels.csv");
    QCOMPARE(listed.first(), QByteArray("ImageID,LabelName,Truth,Given"));
    for (qsizetype i = 1; i < listed.size(); ++i)
        truth.insert(listed[i]);
    int flipped = 0;
    for (qsizetype i = 1; i < a.size(); ++i) {
        if (a[i] == b[i])
            continue;
        const QList<QByteArray> before = a[i].split(','), after = b[i].split(',');
        QCOMPARE(after[0] + after[2], before[0] + before[2]);
        QVERIFY2(before[3] != after[3], b[i].constData());
        QVERIFY2(truth.contains(before[0] + "," + before[2] + "," + before[3] + "," + after[3]), b[i].constData());
        ++flipped;
    }
    QCOMPARE(flipped, int(truth.size()));
    QVERIFY2(flipped > 450 && flipped < 750, QByteArray::number(flipped)); // 10% of 6000
    // The truth is not read as labels.
    const QJsonObject info = runCli({"info", noisy.path(), "--json", "--quiet"}).json();
    QCOMPARE(info.value("rows_read").toInt(), 6000 + 1);
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

void TestCli::datasetCommandsLoadNeitherLibTorchNorImageCodecs()
{
    // The dynamic loader's record of every library it maps (LD_DEBUG=files), for commands that only read datasets
    // and embeddings; `devices` and `demo`, which load the LibTorch and the image plugin, show that the record
    // would tell.
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
    // `synth`, which can write photos, runs in the image plugin: it makes the dataset the others read.
    QVERIFY(librariesOf({"synth", "--out", dataset, "--images", "200", "--rows", "300", "--tags", "20"}).contains("libopencv_imgcodecs"));
    const QList<QStringList> datasetCommands = {{"info", dataset, "--json"},
                                                {"filter", dataset, "split:train", "--count"},
                                                {"knn", embedding, "--k", "3", "--query", "0", "--json"},
                                                {"pca", embedding, "--dims", "2", "--out", dir.filePath("pca.npy")}};
    for (const QStringList& command : datasetCommands) {
        const QByteArray log = librariesOf(command);
        QVERIFY2(log.contains("file="), qPrintable(command.first() + ": no loader record"));
        QVERIFY2(!log.contains("libtorch"), qPrintable(command.first() + " mapped LibTorch"));
        // Nor OpenCV's image codecs, whose ~130 libraries (GDAL's among them) cost ~0.1 s of CPU at each start.
        QVERIFY2(!log.contains("libopencv_imgcodecs"), qPrintable(command.first() + " mapped OpenCV's image codecs"));
        // Nor the BLAS for commands that multiply no matrices: OpenBLAS starts threads that spin when loaded.
        if (command.first() == "info" || command.first() == "filter")
            QVERIFY2(!log.contains("libblas") && !log.contains("openblas"), qPrintable(command.first() + " mapped the BLAS"));
    }
    // PCA loads it when it multiplies, if the build has one.
    if (QByteArray(tagscope::matrixMultiplyBackend()) == "blas")
        QVERIFY(librariesOf({"pca", embedding, "--dims", "2", "--out", dir.filePath("pca2.npy")}).contains("libblas"));
    QVERIFY(librariesOf({"devices", "--json"}).contains("libtorch"));
    const QByteArray demo = librariesOf({"demo", "--out", dir.filePath("demo"), "--images", "20", "--size", "32"});
    QVERIFY(demo.contains("libopencv_imgcodecs") && !demo.contains("libtorch"));
    QVERIFY(QFileInfo(dir.filePath("demo/tagscope-demo.txt")).isFile());
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

void TestCli::trainBlamesBadSettingsWhereTheyCameFrom()
{
    // Each fails before training: the message names the --set option or the config file that holds the mistake.
    QTemporaryDir dir;
    const QString good = writeTestFile(QDir(dir.path()), "good.json", R"({"dataset": "somewhere", "lr": 0.01})");
    const CliRun typo = runCli({"train", "--config", good, "--out", dir.path() + "/run", "--set", "learning_rate=0.1"});
    QVERIFY(typo.exitCode != 0);
    QVERIFY2(typo.err.contains("--set learning_rate=0.1: unknown key 'learning_rate'"), typo.err.constData());
    const CliRun range = runCli({"train", "--config", good, "--set", "epochs=3", "--set", "lr=-1"});
    QVERIFY2(range.err.contains("--set lr=-1: lr:"), range.err.constData());
    const CliRun notAGroup = runCli({"train", "--config", good, "--set", "lr.peak=1"});
    QVERIFY2(notAGroup.err.contains("--set lr.peak=1: 'lr' is a value"), notAGroup.err.constData());
    // The file's own mistake stays the file's, even when a --set supplies what the file leaves out.
    const QString bad = writeTestFile(QDir(dir.path()), "bad.json", R"({"device": "gpu"})");
    const CliRun file = runCli({"train", "--config", bad, "--set", "dataset=somewhere"});
    QVERIFY(file.exitCode != 0);
    QVERIFY2(file.err.contains(bad.toUtf8() + ": device:") && !file.err.contains("--set"), file.err.constData());
    QVERIFY(!QFile::exists(dir.path() + "/run/config.json")); // nothing was started
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
