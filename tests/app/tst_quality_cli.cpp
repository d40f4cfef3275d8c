// The label-quality commands as a user runs them, on a generated list dataset of real image files: review (each
// kind, the per-tag table, in-sample scores, bad scores), duplicates and leaks on copies of its images injected
// into other splits (a byte copy, a re-encoded resized copy, a cropped copy), outliers, and what to label next
// with its annotator CSV. The JSON is checked against the documented contracts key by key.
#include "cli_runner.h"
#include "common/npy.h"
#include "test_files.h"

#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <csignal>
#include <random>

#include <unistd.h>

namespace {

constexpr int kImages = 30;

QString imageName(int i) { return QStringLiteral("images/img%1.png").arg(i, 2, 10, QLatin1Char('0')); }

// A smooth random pattern (a few sinusoids per channel): distinct for each seed, and recognisable after resizing,
// re-encoding or cropping a few pixels.
QImage pattern(int seed)
{
    QRandomGenerator random(static_cast<quint32>(seed) * 7919u + 1u);
    QImage image(96, 96, QImage::Format_RGB32);
    double f[3][4];
    for (auto& channel : f)
        for (double& v : channel)
            v = random.bounded(1.0);
    for (int y = 0; y < 96; ++y)
        for (int x = 0; x < 96; ++x) {
            int rgb[3];
            for (int c = 0; c < 3; ++c)
                rgb[c] = static_cast<int>(127.5 + 127.0 * std::sin(f[c][0] * 0.15 * x + f[c][1] * 0.15 * y + 6.3 * f[c][2]) *
                                                      std::cos(0.08 * f[c][3] * (x - y)));
            image.setPixel(x, y, qRgb(rgb[0], rgb[1], rgb[2]));
        }
    return image;
}

// An embedding computed from the pixels: a 12 x 12 grey thumbnail, less its mean.
std::vector<float> pixelEmbedding(const QString& path)
{
    const QImage thumbnail = QImage(path).scaled(12, 12, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_Grayscale8);
    std::vector<float> values;
    double mean = 0;
    for (int y = 0; y < 12; ++y)
        for (int x = 0; x < 12; ++x) {
            values.push_back(qGray(thumbnail.pixel(x, y)));
            mean += values.back() / 144.0;
        }
    for (float& v : values)
        v -= static_cast<float>(mean);
    return values;
}

QStringList keysOf(const QJsonObject& object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestQualityCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void reviewMissingLabels();
    void reviewTagsTable();
    void reviewImagesByLabelQuality();
    void inSampleScoresAreRefusedUnlessAskedFor();
    void badScoresAreRefused();
    void duplicatesAndLeaksOfInjectedCopies();
    void outliers();
    void nextImagesToLabel();
    void ctrlCStopsDuplicatesCleanly();

private:
    QString scoresWith(const QString& name, const std::vector<float>& values, const QByteArray& extraJson = {});

    QTemporaryDir dir_;
    QString dataset_;
    QStringList allNames_; // every image, as the dataset names it
    std::vector<float> scores_; // kImages x 2 (cat, dog)
    QString scoresPath_, embeddingPath_;
};

void TestQualityCli::initTestCase()
{
    // img00-19 train, 20-24 validation, 25-29 test. "cat" on even images, "dog" on multiples of three; a list
    // gives no negatives, so every other label is unknown.
    QByteArray csv = "path,tags,split\n";
    QVERIFY(QDir().mkpath(dir_.filePath("images")));
    for (int i = 0; i < kImages; ++i) {
        QVERIFY(pattern(i).save(dir_.filePath(imageName(i))));
        QStringList tags;
        if (i % 2 == 0)
            tags << "cat";
        if (i % 3 == 0)
            tags << "dog";
        csv += imageName(i).toUtf8() + ',' + tags.join('|').toUtf8() + ',' + (i < 20 ? "train" : i < 25 ? "validation" : "test") + '\n';
        allNames_ << imageName(i);
    }
    // Injected copies: img03's bytes in validation, img05 re-encoded as JPEG at 90% size in test, img07 cropped
    // by three pixels in train (the same split as its source: a duplicate, not a leak).
    QVERIFY(QFile::copy(dir_.filePath(imageName(3)), dir_.filePath("images/copy_exact.png")));
    QVERIFY(QImage(dir_.filePath(imageName(5))).scaled(86, 86, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                .save(dir_.filePath("images/copy_resized.jpg"), "JPEG", 90));
    QVERIFY(QImage(dir_.filePath(imageName(7))).copy(3, 3, 90, 90).save(dir_.filePath("images/copy_cropped.png")));
    csv += "images/copy_exact.png,dog,validation\nimages/copy_resized.jpg,,test\nimages/copy_cropped.png,,train\n";
    allNames_ << "images/copy_exact.png" << "images/copy_resized.jpg" << "images/copy_cropped.png";
    dataset_ = writeTestFile(QDir(dir_.path()), "labels.csv", csv);

    // Scores for img00-29: given positives at 0.8 (cat) and 0.7 (dog), unknown labels low except img07 for cat
    // (0.9) and img01 for dog (0.75); img04's cat label (positive) at 0.05.
    for (int i = 0; i < kImages; ++i) {
        float cat = i % 2 == 0 ? 0.8f : 0.1f, dog = i % 3 == 0 ? 0.7f : 0.2f;
        if (i == 7)
            cat = 0.9f;
        if (i == 1)
            dog = 0.75f;
        if (i == 4)
            cat = 0.05f;
        scores_.insert(scores_.end(), {cat, dog});
    }
    scoresPath_ = scoresWith("scores", scores_);

    // The embedding of every image (the copies too), rows named by path in EMB.json.
    std::vector<float> embedding;
    QJsonArray names;
    for (const QString& name : allNames_) {
        const std::vector<float> row = pixelEmbedding(dir_.filePath(name));
        embedding.insert(embedding.end(), row.begin(), row.end());
        names.append(name);
    }
    embeddingPath_ = dir_.filePath("emb.npy");
    tagscope::writeNpy(embeddingPath_.toStdString(), embedding, {allNames_.size(), 144});
    writeTestFile(QDir(dir_.path()), "emb.json", QJsonDocument(QJsonObject{{"images", names}}).toJson());
}

QString TestQualityCli::scoresWith(const QString& name, const std::vector<float>& values, const QByteArray& extraJson)
{
    const QString path = dir_.filePath(name + ".npy");
    tagscope::writeNpy(path.toStdString(), values, {kImages, 2});
    QByteArray json = R"({"tags": ["cat", "dog"], "images": [)";
    for (int i = 0; i < kImages; ++i)
        json += (i ? ", \"" : "\"") + imageName(i).toUtf8() + '"';
    json += "]" + extraJson + "}";
    writeTestFile(QDir(dir_.path()), name + ".json", json);
    return path;
}

void TestQualityCli::reviewMissingLabels()
{
    const CliRun run = runCli({"review", dataset_, "--scores", scoresPath_, "--kind", "missing", "--json", "--quiet"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject out = run.json();
    QCOMPARE(keysOf(out), (QStringList{"candidates", "in_sample", "kind", "thresholds"}));
    QCOMPARE(out["kind"].toString(), QString("missing"));
    QCOMPARE(out["in_sample"].toBool(true), false);
    // cat: t+ = mean over its 15 positives (14 at 0.8, img04 at 0.05) = 0.75; dog: its 10 positives at 0.7.
    const QJsonArray thresholds = out["thresholds"].toArray();
    QCOMPARE(thresholds.size(), 2);
    QCOMPARE(keysOf(thresholds[0].toObject()), (QStringList{"few_labels", "negative", "positive", "tag"}));
    QCOMPARE(thresholds[0]["tag"].toString(), QString("cat"));
    QVERIFY(std::abs(thresholds[0]["positive"].toDouble() - 0.75) < 1e-6);
    QVERIFY(std::abs(thresholds[1]["positive"].toDouble() - 0.7) < 1e-6);
    QVERIFY(thresholds[0]["few_labels"].toBool()); // no verified negatives: t- is the band's
    // Candidates: img07 cat (0.9), then img01 dog (0.75): the only unknown labels at or above their t+.
    const QJsonArray candidates = out["candidates"].toArray();
    QCOMPARE(candidates.size(), 2);
    QCOMPARE(keysOf(candidates[0].toObject()), (QStringList{"image", "p", "score", "tag"}));
    QCOMPARE(candidates[0]["image"].toString(), imageName(7));
    QCOMPARE(candidates[0]["tag"].toString(), QString("cat"));
    QVERIFY(std::abs(candidates[0]["score"].toDouble() - 0.9) < 1e-6);
    QCOMPARE(candidates[1]["image"].toString(), imageName(1));
    QCOMPARE(candidates[1]["tag"].toString(), QString("dog"));

    // The wrong positive: img04's cat label at 0.05 (1 - p = 0.95, above the fallback t-).
    const CliRun wrong = runCli({"review", dataset_, "--scores", scoresPath_, "--kind", "wrong-positive", "--tag", "cat", "--json", "--quiet"});
    QVERIFY2(wrong.exitCode == 0, wrong.err.constData());
    const QJsonArray flagged = wrong.json()["candidates"].toArray();
    QCOMPARE(flagged.size(), 1);
    QCOMPARE(flagged[0]["image"].toString(), imageName(4));
    QCOMPARE(wrong.json()["thresholds"].toArray().size(), 1);

    // The text form names the image and the tag.
    const CliRun text = runCli({"review", dataset_, "--scores", scoresPath_, "--kind", "missing", "--quiet"});
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY(text.out.contains("Missing positives") && text.out.contains(imageName(7).toUtf8()));
}

void TestQualityCli::reviewTagsTable()
{
    const CliRun run = runCli({"review", dataset_, "--scores", scoresPath_, "--kind", "tags", "--json", "--quiet"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(keysOf(run.json()), QStringList{"tags"});
    const QJsonArray tags = run.json()["tags"].toArray();
    QCOMPARE(tags.size(), 2);
    QCOMPARE(keysOf(tags[0].toObject()), (QStringList{"few_labels", "hidden_positives", "missing", "tag", "wrong_negative", "wrong_positive"}));
    QCOMPARE(tags[0]["missing"].toInt(), 1);
    QCOMPARE(tags[0]["wrong_positive"].toInt(), 1);
    QCOMPARE(tags[0]["wrong_negative"].toInt(), 0);
    // cat: 15 unknown labels, img07 counts 1 and the 14 others 0.1 / 0.75 each.
    QVERIFY(std::abs(tags[0]["hidden_positives"].toDouble() - (1 + 14 * 0.1 / 0.75)) < 1e-5);
}

void TestQualityCli::reviewImagesByLabelQuality()
{
    const CliRun run = runCli({"review", dataset_, "--scores", scoresPath_, "--kind", "images", "--top", "3", "--json", "--quiet"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(keysOf(run.json()), (QStringList{"images", "in_sample", "kind"}));
    const QJsonArray images = run.json()["images"].toArray();
    QCOMPARE(images.size(), 3);
    QCOMPARE(keysOf(images[0].toObject()), (QStringList{"image", "score", "tag"}));
    // img04's cat positive at 0.05 first; then dog positives at 0.7 (img00, img03: the lower rows of the tie).
    QCOMPARE(images[0]["image"].toString(), imageName(4));
    QCOMPARE(images[0]["tag"].toString(), QString("cat"));
    QVERIFY(std::abs(images[0]["score"].toDouble() - 0.05) < 1e-6);
    QCOMPARE(images[1]["image"].toString(), imageName(0));
    QCOMPARE(images[1]["tag"].toString(), QString("dog"));
    QCOMPARE(images[2]["image"].toString(), imageName(3));
}

void TestQualityCli::inSampleScoresAreRefusedUnlessAskedFor()
{
    const QString path = scoresWith("in_sample", scores_, R"(, "in_sample": true)");
    const CliRun refused = runCli({"review", dataset_, "--scores", path, "--kind", "missing", "--quiet"});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(path.toUtf8()) && refused.err.contains("in-sample"), refused.err.constData());
    const CliRun asked = runCli({"review", dataset_, "--scores", path, "--kind", "missing", "--in-sample", "--json", "--quiet"});
    QVERIFY2(asked.exitCode == 0, asked.err.constData());
    QCOMPARE(asked.json()["in_sample"].toBool(), true);
    QVERIFY(runCli({"review", dataset_, "--scores", path, "--kind", "missing", "--in-sample", "--quiet"}).out.contains("in-sample"));
}

void TestQualityCli::badScoresAreRefused()
{
    std::vector<float> values = scores_;
    values[2 * 11 + 1] = std::nanf("");
    const QString path = scoresWith("nan", values);
    const CliRun run = runCli({"review", dataset_, "--scores", path, "--kind", "tags", "--quiet"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(path.toUtf8()) && run.err.contains("row 11 (image images/img11.png), tag dog: NaN"), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestQualityCli::duplicatesAndLeaksOfInjectedCopies()
{
    const CliRun run = runCli({"duplicates", dataset_, "--embeddings", embeddingPath_, "--exact", "--json", "--quiet"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject out = run.json();
    QCOMPARE(keysOf(out), (QStringList{"exact", "groups", "pairs"}));
    // The three copies and nothing else, ordered by distance (the byte copy first, at 0).
    const QJsonArray pairs = out["pairs"].toArray();
    QCOMPARE(pairs.size(), 3);
    QCOMPARE(keysOf(pairs[0].toObject()), (QStringList{"a", "b", "distance", "leak"}));
    struct Expected {
        QString a, b;
        bool leak;
    };
    QMap<QString, Expected> expected{{imageName(3), {imageName(3), "images/copy_exact.png", true}},
                                     {imageName(5), {imageName(5), "images/copy_resized.jpg", true}},
                                     {imageName(7), {imageName(7), "images/copy_cropped.png", false}}};
    for (const QJsonValue& pair : pairs) {
        QVERIFY2(expected.contains(pair["a"].toString()), qPrintable(pair["a"].toString() + " " + pair["b"].toString()));
        const Expected e = expected.take(pair["a"].toString());
        QCOMPARE(pair["b"].toString(), e.b);
        QCOMPARE(pair["leak"].toBool(), e.leak);
        QVERIFY(pair["distance"].toDouble() <= 0.1);
    }
    QCOMPARE(pairs[0]["b"].toString(), QString("images/copy_exact.png"));
    QCOMPARE(out["groups"].toArray().size(), 3);
    // Only the byte copy is an exact duplicate.
    const QJsonArray exact = out["exact"].toArray();
    QCOMPARE(exact.size(), 1);
    QCOMPARE(exact[0].toArray().size(), 2);
    QSet<QString> members{exact[0][0].toString(), exact[0][1].toString()};
    QCOMPARE(members, (QSet<QString>{imageName(3), "images/copy_exact.png"}));
    const CliRun exactText = runCli({"duplicates", dataset_, "--embeddings", embeddingPath_, "--exact", "--quiet"});
    QVERIFY2(exactText.out.contains("Exact duplicates (the same bytes): 1 group, 1 pair across splits (leaks)"), exactText.out.constData());
    // Without --exact no file is hashed; the text form reports the leaks.
    const CliRun text = runCli({"duplicates", dataset_, "--embeddings", embeddingPath_, "--quiet"});
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY2(text.out.contains("exact search) among 33 images: 3 pairs in 3 groups, 2 across splits (leaks)"), text.out.constData());
    QVERIFY(!text.out.contains("Exact duplicates"));
    QVERIFY2(!text.err.contains("hardly tells the images apart"), text.err.constData());
    // A threshold that takes in most pairs: the answer is kept, with a warning that the embedding does not separate.
    const CliRun loose = runCli({"duplicates", dataset_, "--embeddings", embeddingPath_, "--threshold", "1.9", "--quiet"});
    QVERIFY2(loose.exitCode == 0, loose.err.constData());
    QVERIFY2(loose.err.contains("of all pairs of images are within 1.9 of each other: this embedding hardly tells the images apart"),
             loose.err.constData());
    // Asked to hash 33 images, the search compares every pair instead (cheaper here), says so, and finds the same pairs.
    const CliRun hashed = runCli({"duplicates", dataset_, "--embeddings", embeddingPath_, "--method", "approximate", "--json"});
    QVERIFY2(hashed.exitCode == 0, hashed.err.constData());
    QVERIFY2(hashed.err.contains("comparing every pair costs less here"), hashed.err.constData());
    QCOMPARE(hashed.json()["pairs"].toArray(), pairs);
}

void TestQualityCli::outliers()
{
    const CliRun run = runCli({"outliers", dataset_, "--embeddings", embeddingPath_, "--percent", "10", "--json", "--quiet"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(keysOf(run.json()), QStringList{"images"});
    const QJsonArray images = run.json()["images"].toArray();
    QCOMPARE(images.size(), 4); // 10% of 33 images, rounded up
    QCOMPARE(keysOf(images[0].toObject()), (QStringList{"image", "score"}));
    for (int i = 1; i < images.size(); ++i)
        QVERIFY(images[i - 1]["score"].toDouble() >= images[i]["score"].toDouble());
    // A copied image has a neighbour at distance ~0 and is no outlier.
    for (const QJsonValue& image : images)
        QVERIFY(!image["image"].toString().startsWith("images/copy_"));
}

void TestQualityCli::nextImagesToLabel()
{
    const QString csv = dir_.filePath("questions.csv");
    const CliRun run = runCli({"next", dataset_, "--scores", scoresPath_, "--embeddings", embeddingPath_, "--budget", "4", "--tags", "cat,dog",
                               "--csv", csv, "--json", "--quiet"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(keysOf(run.json()), QStringList{"images"});
    const QJsonArray images = run.json()["images"].toArray();
    QCOMPARE(images.size(), 4);
    QCOMPARE(keysOf(images[0].toObject()), (QStringList{"image", "questions", "utility"}));
    int questions = 0;
    for (const QJsonValue& image : images) {
        const QJsonArray asked = image["questions"].toArray();
        QVERIFY(!asked.isEmpty());
        QCOMPARE(keysOf(asked[0].toObject()), (QStringList{"tag", "uncertainty"}));
        for (int q = 1; q < asked.size(); ++q)
            QVERIFY(asked[q - 1]["uncertainty"].toDouble() >= asked[q]["uncertainty"].toDouble());
        questions += asked.size();
        QVERIFY(image["utility"].toDouble() > 0);
    }
    // The first pick is the highest utility (nothing chosen yet): img01 (dog unknown at 0.75, u = 1 - |0.75 / 0.7 -
    // 1|, and cat at 0.1) outweighs the others.
    QCOMPARE(images[0]["image"].toString(), imageName(1));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.front(), QByteArray("ImageID,Source,LabelName,Confidence"));
    QCOMPARE(lines.size(), questions + 1);
    QVERIFY(lines[1].startsWith(images[0]["image"].toString().toUtf8() + ",tagscope-next,"));
    QVERIFY(lines[1].endsWith(","));
}

void TestQualityCli::ctrlCStopsDuplicatesCleanly()
{
    // 60,000 images of a synthetic Open Images dataset and an embedding of them: the all-pairs search takes far
    // longer than the test waits before pressing Ctrl-C.
    const QString synth = dir_.filePath("synth");
    const CliRun made = runCli({"synth", "--out", synth, "--images", "60000", "--rows", "60000", "--machine-ratio", "0", "--tags", "20"});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    constexpr std::size_t rows = 60000, dims = 64;
    std::mt19937 random(4);
    std::normal_distribution<float> normal;
    std::vector<float> embedding(rows * dims);
    for (float& v : embedding)
        v = normal(random);
    const std::string emb = dir_.filePath("synth_emb.npy").toStdString();
    tagscope::writeNpy(emb, embedding, {static_cast<std::int64_t>(rows), static_cast<std::int64_t>(dims)});
    std::vector<std::int64_t> images(rows);
    for (std::size_t i = 0; i < rows; ++i)
        images[i] = static_cast<std::int64_t>(i);
    tagscope::writeNpyInt64(dir_.filePath("synth_emb.images.npy").toStdString(), images, {static_cast<std::int64_t>(rows)});

    // As a terminal runs it: leader of its own process group, Ctrl-C sent to the group once the search reports.
    QProcess process;
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
    process.start(TAGSCOPE_CLI_PATH, {"duplicates", synth, "--embeddings", QString::fromStdString(emb), "--json"});
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("Near duplicates"), 120000);
    ::kill(-static_cast<pid_t>(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(30000));
    err += process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    QVERIFY2(err.contains("cancelled"), err.constData());
    QVERIFY(process.readAllStandardOutput().isEmpty()); // no half-finished answer
}

QTEST_GUILESS_MAIN(TestQualityCli)
#include "tst_quality_cli.moc"
