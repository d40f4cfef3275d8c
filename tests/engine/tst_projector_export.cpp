// TensorBoard projector export: tensors.tsv and metadata.tsv parse back with a row per vector, values that round
// trip, escaped tabs and line breaks, the chosen tag's states; and tagscope-cli projector end to end.
#include "cli_runner.h"
#include "common/npy.h"
#include "dataset/dataset.h"
#include "embedding/float_matrix.h"
#include "embedding/projector_export.h"
#include "embedding_data.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace tagscope;

namespace {

QList<QByteArray> lines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QByteArray bytes = file.readAll();
    if (!bytes.endsWith('\n'))
        qFatal("%s does not end with a line feed", qPrintable(path));
    bytes.chop(1);
    return bytes.split('\n');
}

// Three tags, one with a tab and one with a line break in its display name; five images, one path with a tab.
Dataset awkwardDataset()
{
    DatasetContents c;
    c.format = "list";
    c.root = "/data/set";
    c.tags = {{"cat", "Cat"}, {"tab", "Tab\there"}, {"break", "two\nlines"}};
    const char* paths[] = {"a.jpg", "b\tc.jpg", "d.jpg", "e.jpg", "f.jpg"};
    // image: positives / negatives
    const std::vector<std::vector<std::pair<std::uint32_t, LabelState>>> labels = {
        {{0, LabelState::Positive}, {1, LabelState::Positive}},
        {{0, LabelState::Negative}, {2, LabelState::Positive}},
        {},
        {{0, LabelState::Positive}},
        {{1, LabelState::Negative}, {2, LabelState::Positive}}};
    c.labelOffsets.push_back(0);
    for (int i = 0; i < 5; ++i) {
        c.imagePaths.add(paths[i]);
        c.imageSplits.push_back(static_cast<std::uint8_t>(i % 2 ? Split::Validation : Split::Train));
        for (const auto& [tag, state] : labels[static_cast<std::size_t>(i)]) {
            c.labelTags.push_back(tag);
            c.labelFlags.push_back(static_cast<std::uint8_t>(state));
        }
        c.labelOffsets.push_back(c.labelTags.size());
    }
    return Dataset(std::move(c));
}

} // namespace

class TestProjectorExport : public QObject {
    Q_OBJECT

private slots:
    void escapesTabsAndLineBreaks();
    void filesParseBack();
    void cancelledExportLeavesNoFiles();
    void rejectsMismatchedRows();
    void cliWritesTheFiles();
    void cliErrorsNameTheProblem();

private:
    QTemporaryDir dir_;
};

void TestProjectorExport::escapesTabsAndLineBreaks()
{
    QCOMPARE(QByteArray::fromStdString(projectorEscape("plain")), QByteArray("plain"));
    QCOMPARE(QByteArray::fromStdString(projectorEscape("a\tb\nc\rd\\e")), QByteArray("a\\tb\\nc\\rd\\\\e"));
    QCOMPARE(QByteArray::fromStdString(projectorEscape("")), QByteArray());
}

void TestProjectorExport::filesParseBack()
{
    const Dataset dataset = awkwardDataset();
    FloatMatrix vectors(4, 3);
    for (std::size_t r = 0; r < 4; ++r)
        for (std::size_t c = 0; c < 3; ++c)
            vectors.at(r, c) = static_cast<float>(r) * 0.1f - static_cast<float>(c) * 1e-7f + 1.0f / 3.0f;
    const std::vector<std::uint32_t> images{4, 0, 1, 3}; // a subset, out of order
    ProjectorExportOptions options;
    options.folder = dir_.filePath("engine").toStdString();
    options.tag = findTagByName(dataset, "tab\tHERE"); // display names match ignoring case
    QVERIFY(options.tag.has_value());
    QCOMPARE(*options.tag, 1u);
    const std::optional<ProjectorExportReport> report = exportProjector(vectors, images, dataset, options);
    QVERIFY(report);
    QCOMPARE(report->rows, std::size_t(4));

    const QList<QByteArray> tensors = lines(QString::fromStdString(report->tensorsPath));
    QCOMPARE(tensors.size(), 4);
    for (int r = 0; r < 4; ++r) {
        const QList<QByteArray> values = tensors[r].split('\t');
        QCOMPARE(values.size(), 3);
        for (int c = 0; c < 3; ++c)
            QCOMPARE(values[c].toFloat(), vectors.at(std::size_t(r), std::size_t(c))); // shortest form, exact
    }

    const QList<QByteArray> metadata = lines(QString::fromStdString(report->metadataPath));
    QCOMPARE(metadata.size(), 5); // header + one per vector
    QCOMPARE(metadata[0], QByteArray("image\tpath\tsplit\ttags\tTab\\there"));
    for (const QByteArray& line : metadata)
        QCOMPARE(line.count('\t'), 4);
    const QList<QByteArray> first = metadata[1].split('\t'); // image 4
    QCOMPARE(first[0], QByteArray("f.jpg"));
    QCOMPARE(first[1], QByteArray("/data/set/f.jpg"));
    QCOMPARE(first[2], QByteArray("train"));
    QCOMPARE(first[3], QByteArray("two\\nlines"));
    QCOMPARE(first[4], QByteArray("negative"));
    const QList<QByteArray> second = metadata[2].split('\t'); // image 0
    QCOMPARE(second[3], QByteArray("Cat | Tab\\there"));
    QCOMPARE(second[4], QByteArray("positive"));
    const QList<QByteArray> third = metadata[3].split('\t'); // image 1: "b<TAB>c.jpg", validation
    QCOMPARE(third[0], QByteArray("b\\tc.jpg"));
    QCOMPARE(third[2], QByteArray("validation"));
    QCOMPARE(third[4], QByteArray("unknown")); // not exhaustive: an absent tag stays unknown
    QCOMPARE(metadata[4].split('\t')[3], QByteArray("Cat"));

    const QList<QByteArray> config = lines(QString::fromStdString(report->configPath));
    QVERIFY(config.contains("  tensor_path: \"tensors.tsv\""));
    QVERIFY(config.contains("  metadata_path: \"metadata.tsv\""));
}

void TestProjectorExport::cancelledExportLeavesNoFiles()
{
    const Dataset dataset = awkwardDataset();
    FloatMatrix vectors(5, 2, 1.0f);
    ProjectorExportOptions options;
    options.folder = dir_.filePath("cancelled").toStdString();
    CancelToken cancel;
    cancel.cancel();
    QVERIFY(!exportProjector(vectors, {0, 1, 2, 3, 4}, dataset, options, {}, &cancel));
    QVERIFY(!QFile::exists(dir_.filePath("cancelled/tensors.tsv")));
    QVERIFY(!QFile::exists(dir_.filePath("cancelled/metadata.tsv")));
}

void TestProjectorExport::rejectsMismatchedRows()
{
    const Dataset dataset = awkwardDataset();
    ProjectorExportOptions options;
    options.folder = dir_.filePath("bad").toStdString();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, exportProjector(FloatMatrix(3, 2), {0, 1}, dataset, options));
    try {
        exportProjector(FloatMatrix(2, 2), {0, 9}, dataset, options);
        QFAIL("an image out of range was accepted");
    } catch (const std::invalid_argument& error) {
        QVERIFY(QByteArray(error.what()).contains("row 1"));
    }
}

void TestProjectorExport::cliWritesTheFiles()
{
    const QString dataset = dir_.filePath("demo");
    QCOMPARE(runCli({"demo", "--out", dataset, "--images", "60", "--seed", "4"}).exitCode, 0);
    const CliRun info = runCli({"info", dataset, "--json"});
    const int images = QJsonDocument::fromJson(info.out).object()["images"].toInt();
    QVERIFY(images >= 60);

    // One row per dataset image, no sidecar: row r is image r.
    const ClusteredPoints points = gaussianClusters(3, std::size_t(images + 2) / 3, 8, 5.0, 7);
    FloatMatrix all(std::size_t(images), 8);
    std::copy_n(points.points.values.begin(), all.values.size(), all.values.begin());
    const QString allPath = dir_.filePath("all.npy");
    writeFloatMatrix(allPath.toStdString(), all);
    const QString out = dir_.filePath("projector");
    const CliRun run = runCli({"projector", allPath, "--dataset", dataset, "--out", out, "--tag", "clothing", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json["rows"].toInt(), images);
    QCOMPARE(json["dimensions"].toInt(), 8);
    QCOMPARE(json["tag"].toString(), QString("Clothing"));
    QCOMPARE(lines(out + "/tensors.tsv").size(), images);
    const QList<QByteArray> metadata = lines(out + "/metadata.tsv");
    QCOMPARE(metadata.size(), images + 1);
    QCOMPARE(metadata[0], QByteArray("image\tpath\tsplit\ttags\tClothing"));
    int positives = 0;
    for (int i = 1; i < metadata.size(); ++i) {
        const QList<QByteArray> cells = metadata[i].split('\t');
        QCOMPARE(cells.size(), 5);
        QVERIFY(QFile::exists(QString::fromUtf8(cells[1]))); // real paths
        const QList<QByteArray> tags = cells[3].split('|');
        const bool tagged = std::any_of(tags.begin(), tags.end(), [](const QByteArray& t) { return t.trimmed() == "Clothing"; });
        QCOMPARE(cells[4] == "positive", tagged);
        positives += cells[4] == "positive";
    }
    QVERIFY(positives > 0);

    // A subset through a sidecar: rows 0..9 are images 9..0.
    FloatMatrix subset(10, 8, 0.5f);
    const QString subsetPath = dir_.filePath("subset.npy");
    writeFloatMatrix(subsetPath.toStdString(), subset);
    std::vector<std::int64_t> order;
    for (int i = 9; i >= 0; --i)
        order.push_back(i);
    writeNpyInt64(dir_.filePath("subset.images.npy").toStdString(), order, {10});
    const QString subsetOut = dir_.filePath("projector-subset");
    QCOMPARE(runCli({"projector", subsetPath, "--dataset", dataset, "--out", subsetOut, "--quiet"}).exitCode, 0);
    const QList<QByteArray> subsetMetadata = lines(subsetOut + "/metadata.tsv");
    QCOMPARE(subsetMetadata.size(), 11);
    QCOMPARE(subsetMetadata[0], QByteArray("image\tpath\tsplit\ttags"));
    QCOMPARE(subsetMetadata[10].split('\t')[1], metadata[1].split('\t')[1]); // last row is image 0
}

void TestProjectorExport::cliErrorsNameTheProblem()
{
    const QString dataset = dir_.filePath("demo");
    const QString subsetPath = dir_.filePath("subset.npy");
    const CliRun tag = runCli({"projector", subsetPath, "--dataset", dataset, "--out", dir_.filePath("x"), "--tag", "no such tag"});
    QVERIFY(tag.exitCode != 0);
    QVERIFY(tag.err.contains("no such tag"));
    writeFloatMatrix(dir_.filePath("orphan.npy").toStdString(), FloatMatrix(7, 2, 1.0f));
    const CliRun orphan = runCli({"projector", dir_.filePath("orphan.npy"), "--dataset", dataset, "--out", dir_.filePath("x")});
    QVERIFY(orphan.exitCode != 0);
    QVERIFY(orphan.err.contains("orphan.images.npy"));
    const CliRun missing = runCli({"projector", dir_.filePath("absent.npy"), "--dataset", dataset, "--out", dir_.filePath("x")});
    QVERIFY(missing.exitCode != 0);
    QVERIFY(missing.err.contains("absent.npy"));
}

QTEST_GUILESS_MAIN(TestProjectorExport)
#include "tst_projector_export.moc"
