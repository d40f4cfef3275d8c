// The embedding store and what feeds and reads it: an .npy with its .images.npy sidecar (named and written the
// way the extractor does), the errors for files that do not fit the dataset, the map's colours and filter
// emphasis, the image-set filter the map's selection becomes, the coordinate and selection exports, and the
// Embeddings page end to end (embeddings in, live t-SNE frames on the map, coordinates out).
#include "embedding/embedding_extractor.h" // torch first

#include "browse/image_filter.h"
#include "embeddings/embedding_file.h"
#include "embeddings/embedding_page.h"
#include "embeddings/embedding_source_runner.h"
#include "embeddings/embedding_store.h"
#include "embeddings/map_colouring.h"
#include "embeddings/map_export.h"
#include "embeddings/tsne_runner.h"

#include "common/english_plurals.h"
#include "common/npy.h"
#include "dataset/statistics.h"
#include "embedding/float_matrix.h"

#include "map/embedding_map_view.h"
#include "map/map_legend.h"
#include "map/tsne_controls.h"
#include "thumbnails/selection_gallery.h"

#include "embedding_data.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tagscope;
using namespace tagscope::gui;

namespace {

// 60 images, 3 tags. Image i: tag 0 positive when i % 2 == 0, verified negative when i % 6 == 1 (else unknown);
// tag 1 positive when i % 3 == 0; tag 2 never labelled. Train 0..39, validation 40..49, test 50..59.
std::shared_ptr<LoadedDataset> makeDataset()
{
    DatasetContents c;
    c.format = "test";
    for (const char* name : {"Zero", "One", "Two"})
        c.tags.push_back({name, name, true});
    c.labelOffsets.push_back(0);
    for (int i = 0; i < 60; ++i) {
        c.imagePaths.add("dir, with comma/image" + std::to_string(i) + ".jpg");
        c.imageSplits.push_back(static_cast<std::uint8_t>(i < 40 ? Split::Train : i < 50 ? Split::Validation : Split::Test));
        auto add = [&](std::uint32_t tag, LabelState state) {
            c.labelTags.push_back(tag);
            c.labelFlags.push_back(static_cast<std::uint8_t>(state));
        };
        if (i % 2 == 0)
            add(0, LabelState::Positive);
        else if (i % 6 == 1)
            add(0, LabelState::Negative);
        if (i % 3 == 0)
            add(1, LabelState::Positive);
        c.labelOffsets.push_back(c.labelTags.size());
    }
    c.root = "/data/set";
    auto data = std::make_shared<LoadedDataset>();
    data->path = QStringLiteral("/data/set");
    data->dataset = Dataset(std::move(c));
    data->statistics = computeStatistics(data->dataset);
    data->index = TagIndex(data->dataset);
    return data;
}

// Embeddings of images 10..59 (rows in reverse order), four clusters by image % 4, written as the extractor
// writes them: EMB.npy and the sidecar at embeddingImagesPath().
QString writeEmbedding(const QString& folder, std::vector<std::uint32_t>* ids = nullptr)
{
    const ClusteredPoints points = gaussianClusters(1, 50, 16, 0.0, 3);
    FloatMatrix matrix(50, 16);
    std::vector<std::int64_t> rows;
    for (std::size_t r = 0; r < 50; ++r) {
        const int image = 59 - static_cast<int>(r);
        rows.push_back(image);
        for (std::size_t d = 0; d < 16; ++d)
            matrix.at(r, d) = points.points.at(r, d) + (d == static_cast<std::size_t>(image % 4) ? 12.0f : 0.0f);
    }
    const std::string path = (folder + QStringLiteral("/EMB.npy")).toStdString();
    writeFloatMatrix(path, matrix);
    writeNpyInt64(embeddingImagesPath(path), rows, {static_cast<std::int64_t>(rows.size())});
    if (ids)
        ids->assign(rows.begin(), rows.end());
    return QString::fromStdString(path);
}

} // namespace

class TestEmbeddingStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sidecarNameMatchesTheExtractor();
    void storeLoadsNpyAndSidecar();
    void badFilesAreNamed_data();
    void badFilesAreNamed();
    void storeRejectsDuplicateRows();
    void coloursByTagSplitAndCorrectness();
    void runScoresAlignToDatasetTags();
    void emphasisFollowsTheFilter();
    void imageSetFilter();
    void exportsCoordinatesAndSelection();
    void pageRunsTsneOnTheStore();
};

void TestEmbeddingStore::sidecarNameMatchesTheExtractor()
{
    QCOMPARE(embeddingSidecarPath(QStringLiteral("/a/b/EMB.npy")), QString::fromStdString(embeddingImagesPath("/a/b/EMB.npy")));
    QCOMPARE(embeddingSidecarPath(QStringLiteral("/a/b/x")), QString::fromStdString(embeddingImagesPath("/a/b/x")));
}

void TestEmbeddingStore::storeLoadsNpyAndSidecar()
{
    QTemporaryDir dir;
    std::vector<std::uint32_t> ids;
    const QString path = writeEmbedding(dir.path(), &ids);
    QVERIFY(ui::installEnglishPlurals(*QCoreApplication::instance())); // "50 embeddings", as the window writes it
    EmbeddingStore store;
    EmbeddingSourceRunner runner(&store);
    QSignalSpy changed(&store, &EmbeddingStore::embeddingsChanged);
    QSignalSpy finished(&runner, &EmbeddingSourceRunner::finished);
    runner.loadFile(path, 60);
    QVERIFY(runner.isBusy());
    QVERIFY(finished.wait(10000));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store.rows(), std::size_t(50));
    QCOMPARE(store.dimensions(), std::size_t(16));
    QCOMPARE(store.imageIds(), ids);
    QCOMPARE(store.rowOf(59), 0);
    QCOMPARE(store.rowOf(10), 49);
    QCOMPARE(store.rowOf(9), -1);
    QCOMPARE(store.sourcePath(), path);
    QCOMPARE(store.modelPath(), QString());
    QVERIFY(finished.first().first().toString().contains(QStringLiteral("50 embeddings of 16 dimensions")));
    const FloatMatrix written = readFloatMatrix(path.toStdString());
    QCOMPARE(store.embeddings()->values, written.values);
    store.clear();
    QCOMPARE(changed.count(), 2);
    QVERIFY(store.isEmpty());
    QCOMPARE(store.rowOf(59), -1);
}

void TestEmbeddingStore::badFilesAreNamed_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("datasetImages");
    QTest::addColumn<QString>("message");
    QTest::newRow("short sidecar") << "short" << 60 << "49 image indices for 50 embeddings";
    QTest::newRow("index past the dataset") << "none" << 40 << "row 0 names image 59, but the dataset has 40 images";
    QTest::newRow("no sidecar, rows differ") << "remove" << 60 << "50 rows, but the dataset has 60 images";
    QTest::newRow("repeated image") << "repeat" << 60 << "row 1 names image 59 a second time";
    QTest::newRow("not an npy") << "garbage" << 60 << "EMB.npy";
}

void TestEmbeddingStore::badFilesAreNamed()
{
    QFETCH(QString, damage);
    QFETCH(int, datasetImages);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = writeEmbedding(dir.path());
    const std::string sidecar = embeddingImagesPath(path.toStdString());
    std::vector<std::int64_t> rows;
    for (int r = 0; r < 50; ++r)
        rows.push_back(59 - r);
    if (damage == QLatin1String("short"))
        writeNpyInt64(sidecar, std::vector<std::int64_t>(rows.begin(), rows.end() - 1), {49});
    if (damage == QLatin1String("remove"))
        QFile::remove(QString::fromStdString(sidecar));
    if (damage == QLatin1String("repeat")) {
        rows[1] = 59;
        writeNpyInt64(sidecar, rows, {50});
    }
    if (damage == QLatin1String("garbage")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("not a numpy file");
    }
    EmbeddingStore store;
    EmbeddingSourceRunner runner(&store);
    QSignalSpy failed(&runner, &EmbeddingSourceRunner::failed);
    runner.loadFile(path, static_cast<std::size_t>(datasetImages));
    QVERIFY(failed.wait(10000));
    const QString text = failed.first().first().toString();
    QVERIFY2(text.contains(message), qPrintable(text));
    QVERIFY(store.isEmpty());
}

void TestEmbeddingStore::storeRejectsDuplicateRows()
{
    EmbeddingStore store;
    auto vectors = std::make_shared<const FloatMatrix>(3, 2);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, store.setEmbeddings(vectors, {1, 2}, QStringLiteral("x.npy"), QString()));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, store.setEmbeddings(vectors, {1, 2, 1}, QStringLiteral("x.npy"), QString()));
    QVERIFY(store.isEmpty());
    store.setEmbeddings(vectors, {5, 2, 9}, QStringLiteral("x.npy"), QStringLiteral("runs/a"));
    QCOMPARE(store.rowOf(9), 2);
    QCOMPARE(store.modelPath(), QStringLiteral("runs/a"));
}

void TestEmbeddingStore::coloursByTagSplitAndCorrectness()
{
    const auto data = makeDataset();
    const std::vector<std::uint32_t> ids = {0, 1, 3, 7, 45, 55};
    const MapColouring tag = MapColours::byTag(*data, ids, 0);
    QCOMPARE(*tag.classes, (std::vector<std::uint8_t>{MapColours::Positive, MapColours::Negative, MapColours::Unknown, MapColours::Negative,
                                                      MapColours::Unknown, MapColours::Negative}));
    QCOMPARE(tag.legend.size(), 3);
    QCOMPARE(tag.legend[0].count, 1);
    QCOMPARE(tag.legend[1].count, 3);
    QCOMPARE(tag.legend[2].count, 2);
    QCOMPARE(tag.title, QStringLiteral("Zero"));

    const MapColouring split = MapColours::bySplit(*data, ids);
    QCOMPARE(*split.classes, (std::vector<std::uint8_t>{0, 0, 0, 0, 1, 2}));

    // Scores for images 0, 1, 3 and 7 only, as probabilities: 0 right (0.9 on a positive), 1 wrong (0.8 on a
    // negative), 7 right (0.1 on a negative); 3 is unknown and 45 / 55 have no score.
    MapPredictions predictions;
    auto scores = std::make_shared<FloatMatrix>(4, 3, 0.5f);
    scores->at(0, 0) = 0.9f;
    scores->at(1, 0) = 0.8f;
    scores->at(2, 0) = 0.7f;
    scores->at(3, 0) = 0.1f;
    predictions.scores = scores;
    predictions.imageIds = {0, 1, 3, 7};
    const MapColouring judged = MapColours::byCorrectness(*data, ids, 0, predictions);
    QCOMPARE(*judged.classes, (std::vector<std::uint8_t>{MapColours::TruePositive, MapColours::FalsePositive, MapColours::NotJudged,
                                                         MapColours::TrueNegative, MapColours::NotJudged, MapColours::NotJudged}));
    QCOMPARE(judged.legend[0].count, 1); // true positives
    // The same as logits (a value outside [0, 1]): the 0.5 threshold becomes 0.
    scores->at(0, 0) = 2.2f;
    scores->at(1, 0) = 0.3f;
    scores->at(3, 0) = -1.5f;
    QCOMPARE(*MapColours::byCorrectness(*data, ids, 0, predictions).classes, *judged.classes);
    // Fewer score columns than tags is an error naming the file.
    predictions.scores = std::make_shared<FloatMatrix>(4, 2);
    predictions.path = QStringLiteral("scores.npy");
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, MapColours::byCorrectness(*data, ids, 0, predictions));
}

void TestEmbeddingStore::runScoresAlignToDatasetTags()
{
    // A run that learned tags Two, Zero and one the dataset lacks, in that order (its tags.json).
    const auto data = makeDataset();
    QTemporaryDir dir;
    const QString tags = dir.filePath(QStringLiteral("tags.json"));
    QFile file(tags);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"([{"label_name": "Two", "name": "Two"}, {"label_name": "Zero", "name": "Zero"}, {"label_name": "/m/other", "name": "Other"}])");
    file.close();
    FloatMatrix scores(2, 3);
    scores.values = {0.2f, 0.9f, 0.5f, 0.7f, 0.1f, 0.5f};
    const auto aligned = MapColours::alignToDataset(scores, tags, data->dataset);
    QCOMPARE(aligned->cols, std::size_t(3)); // the dataset's tags: Zero, One, Two
    QCOMPARE(aligned->at(0, 0), 0.9f);
    QVERIFY(std::isnan(aligned->at(0, 1))); // One: not learned
    QCOMPARE(aligned->at(0, 2), 0.2f);
    QCOMPARE(aligned->at(1, 0), 0.1f);
    QCOMPARE(aligned->at(1, 2), 0.7f);
    // Not-learned tags are not judged.
    MapPredictions predictions{aligned, {0, 3}, tags};
    const MapColouring judged = MapColours::byCorrectness(*data, {0, 3}, 1, predictions);
    QCOMPARE(*judged.classes, (std::vector<std::uint8_t>{MapColours::NotJudged, MapColours::NotJudged}));
    // A column count that does not match tags.json is an error naming it.
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, MapColours::alignToDataset(FloatMatrix(2, 4), tags, data->dataset));
}

void TestEmbeddingStore::emphasisFollowsTheFilter()
{
    const std::vector<std::uint32_t> ids = {5, 2, 9, 40};
    std::size_t count = 0;
    const auto emphasis = MapColours::emphasis(ids, {2, 3, 40, 41}, 60, &count);
    QCOMPARE(*emphasis, (std::vector<std::uint8_t>{0, 1, 0, 1}));
    QCOMPARE(count, std::size_t(2));
}

void TestEmbeddingStore::imageSetFilter()
{
    const auto data = makeDataset();
    const ImageFilter filter = ImageFilter::imageSet({12, 3, 12, 70, 5}, QStringLiteral("the map's selection"));
    QCOMPARE(filter.kind, ImageFilter::Kind::ImageSet);
    QCOMPARE(*filter.images, (QVector<int>{3, 5, 12, 70}));
    QCOMPARE(filterImages(*data, filter).images, (QVector<int>{3, 5, 12})); // 70 is past the dataset
    QVERIFY(filter != ImageFilter::imageSet({3, 5, 12}, QStringLiteral("the map's selection")));
    QVERIFY(filter == filter);
}

void TestEmbeddingStore::exportsCoordinatesAndSelection()
{
    const auto data = makeDataset();
    QTemporaryDir dir;
    const std::vector<float> xy = {1.5f, -2.25f, 0.125f, 3.0f};
    const std::vector<std::uint32_t> ids = {7, 2};
    const QString csv = dir.filePath(QStringLiteral("layout.csv"));
    exportLayout(csv, xy, ids, data->dataset);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QStringLiteral("row,image_index,image_name,path,x,y"));
    QCOMPARE(lines[1], QStringLiteral("0,7,\"dir, with comma/image7.jpg\",\"/data/set/dir, with comma/image7.jpg\",1.5,-2.25"));
    QCOMPARE(lines[2], QStringLiteral("1,2,\"dir, with comma/image2.jpg\",\"/data/set/dir, with comma/image2.jpg\",0.125,3"));

    const QString npy = dir.filePath(QStringLiteral("layout.npy"));
    exportLayout(npy, xy, ids, data->dataset);
    const EmbeddingFile back = readEmbeddingFile(npy, 60);
    QCOMPARE(back.vectors->rows, std::size_t(2));
    QCOMPARE(back.vectors->cols, std::size_t(2));
    QCOMPARE(back.vectors->values, xy);
    QCOMPARE(back.imageIds, ids);

    const QString selection = dir.filePath(QStringLiteral("selection.csv"));
    exportImageList(selection, {4, 9}, data->dataset);
    QFile list(selection);
    QVERIFY(list.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(list.readAll()),
             QStringLiteral("image_index,image_name,path\n4,\"dir, with comma/image4.jpg\",\"/data/set/dir, with comma/image4.jpg\"\n"
                            "9,\"dir, with comma/image9.jpg\",\"/data/set/dir, with comma/image9.jpg\"\n"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, exportImageList(selection, {99}, data->dataset));
}

void TestEmbeddingStore::pageRunsTsneOnTheStore()
{
    const auto data = makeDataset();
    QTemporaryDir dir;
    EmbeddingStore store;
    EmbeddingPage page(&store);
    page.resize(1200, 800);
    page.show(); // a hidden map takes no frames
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setDataset(data, nullptr, nullptr, nullptr);
    ui::TsneControlValues values = page.controls()->values();
    values.perplexity = 10;
    values.iterations = 300;
    page.controls()->setValues(values);
    page.loadEmbeddings(writeEmbedding(dir.path()));
    QTRY_COMPARE_WITH_TIMEOUT(store.rows(), std::size_t(50), 10000);
    // Frames reach the map through the poll timer, the first one is the PCA layout.
    QTRY_VERIFY_WITH_TIMEOUT(page.map()->pointCount() == 50, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(page.tsne()->status().phase, TsneRunner::Phase::Finished, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(page.shownFrameVersion(), page.tsne()->latestFrame()->version, 5000);
    // Coloured by the busiest tag (tag 0: 25 positives among images 10..59), with its legend.
    QCOMPARE(page.colourTag(), 0);
    QCOMPARE(page.map()->legend()->entries().size(), 3);
    QCOMPARE(page.map()->legend()->entries()[0].count, 25);
    // The four clusters (image % 4) come apart: each image's nearest map neighbour is in its cluster.
    const auto frame = page.tsne()->latestFrame();
    int same = 0;
    for (std::size_t i = 0; i < 50; ++i) {
        std::size_t best = i;
        double bestD = 1e300;
        for (std::size_t j = 0; j < 50; ++j) {
            const double d = std::pow(frame->xy[2 * i] - frame->xy[2 * j], 2) + std::pow(frame->xy[2 * i + 1] - frame->xy[2 * j + 1], 2);
            if (j != i && d < bestD) {
                bestD = d;
                best = j;
            }
        }
        same += store.imageIds()[i] % 4 == store.imageIds()[best] % 4;
    }
    QVERIFY2(same >= 48, qPrintable(QString::number(same)));

    // Selecting on the map fills the gallery with the images; "Show in Browser" passes them on.
    page.map()->setSelection({0, 1, 2});
    QCOMPARE(page.gallery()->images(), (QVector<int>{57, 58, 59}));
    QSignalSpy browser(&page, &EmbeddingPage::showInBrowserRequested);
    Q_EMIT page.gallery()->showInBrowserRequested(page.gallery()->images());
    QCOMPARE(browser.count(), 1);

    // The browser's filter shows above the map with how many match; the rest get the legend's hollow entry.
    page.setBrowserFilter({10, 11, 12}, false, QStringLiteral("Zero"));
    QVERIFY(page.filterLabel()->text().contains(QStringLiteral("3 of 50")));
    QVERIFY(page.filterLabel()->text().contains(QStringLiteral("Zero")));
    QVERIFY(page.map()->legend()->text().contains(QStringLiteral("Outside&nbsp;the&nbsp;filter")));

    const QString out = dir.filePath(QStringLiteral("map.csv"));
    page.exportCoordinates(out);
    QFile csv(out);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(csv.readAll()).count(QLatin1Char('\n')), 51);

    // New embeddings cleared: the page goes back to its empty state and the optimiser stops.
    store.clear();
    QCOMPARE(page.map()->pointCount(), std::size_t(0));
    QVERIFY(page.tsne()->status().phase != TsneRunner::Phase::Running);
}

QTEST_MAIN(TestEmbeddingStore)
#include "tst_embedding_store.moc"
