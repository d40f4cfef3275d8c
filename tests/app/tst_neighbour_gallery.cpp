// The nearest-neighbour gallery: the model's order, shared-tag flags and summary; the panel's queries against an
// embedding whose neighbours are known by brute force (both metrics), clicking a neighbour, Back/Forward, the
// state without embeddings, dropped files that are not images, CSV and projector exports, and a query by image
// file embedded with the TorchScript fixture.
#include "embedding/embedding_extractor.h" // LibTorch before Qt (its slots() against Qt's slots macro)

#include "common/loaded_dataset.h"
#include "neighbours/neighbour_panel.h"

#include "dataset/dataset_loader.h"
#include "gallery/neighbour_gallery.h"
#include "gallery/neighbour_gallery_model.h"
#include "gallery/share_bar_delegate.h"
#include "test_files.h"
#include "training_data.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace tagscope;
using namespace tagscope::gui;

namespace {

constexpr int kImages = 40;

// Image i: tags "group <i/5>" and "even"/"odd"; its vector lies at angle theta_i with radius 1, 2 or 3, so the
// cosine and the euclidean orders differ.
std::shared_ptr<LoadedDataset> lineDataset()
{
    DatasetContents c;
    c.format = "list";
    c.root = "/nonexistent/line";
    for (int g = 0; g < kImages / 5; ++g)
        c.tags.push_back({"g" + std::to_string(g), "group " + std::to_string(g)});
    c.tags.push_back({"even", "even"});
    c.tags.push_back({"odd", "odd"});
    c.labelOffsets.push_back(0);
    for (int i = 0; i < kImages; ++i) {
        c.imagePaths.add("img" + std::to_string(i) + ".jpg");
        c.imageSplits.push_back(std::uint8_t(Split::Train));
        c.labelTags.push_back(std::uint32_t(i / 5));
        c.labelFlags.push_back(std::uint8_t(LabelState::Positive));
        c.labelTags.push_back(std::uint32_t(kImages / 5 + (i % 2)));
        c.labelFlags.push_back(std::uint8_t(LabelState::Positive));
        c.labelOffsets.push_back(c.labelTags.size());
    }
    auto data = std::make_shared<LoadedDataset>();
    data->path = QStringLiteral("/nonexistent/line");
    data->dataset = Dataset(std::move(c));
    return data;
}

double theta(int i) { return 0.05 * i + 0.0007 * i * i; }
double radius(int i) { return 1.0 + i % 3; }

// Rows are stored in reverse image order so that rows and images differ.
std::shared_ptr<FloatMatrix> lineVectors(std::vector<std::uint32_t>* images)
{
    auto vectors = std::make_shared<FloatMatrix>(kImages, 2);
    images->clear();
    for (int r = 0; r < kImages; ++r) {
        const int i = kImages - 1 - r;
        vectors->at(r, 0) = float(radius(i) * std::cos(theta(i)));
        vectors->at(r, 1) = float(radius(i) * std::sin(theta(i)));
        images->push_back(std::uint32_t(i));
    }
    return vectors;
}

// Brute force, in doubles: the k nearest images to image q.
std::vector<int> expectedNeighbours(int q, int k, bool cosine)
{
    std::vector<std::pair<double, int>> scored;
    for (int i = 0; i < kImages; ++i) {
        if (i == q)
            continue;
        const double d = cosine ? 1.0 - std::cos(theta(i) - theta(q))
                                : std::hypot(radius(i) * std::cos(theta(i)) - radius(q) * std::cos(theta(q)),
                                             radius(i) * std::sin(theta(i)) - radius(q) * std::sin(theta(q)));
        scored.push_back({d, i});
    }
    std::sort(scored.begin(), scored.end());
    std::vector<int> out;
    for (int j = 0; j < k; ++j)
        out.push_back(scored[std::size_t(j)].second);
    return out;
}

std::vector<int> shownImages(const ui::NeighbourGalleryModel& model)
{
    std::vector<int> images;
    for (int row = 0; row < model.rowCount(); ++row)
        images.push_back(model.neighbour(row).image);
    return images;
}

void sendDrop(QWidget* target, const QString& path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
}

} // namespace

class TestNeighbourGallery : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void modelSortsAndMarksSharedTags();
    void panelWithoutEmbeddingsSaysSo();
    void findsTheKnownNeighbours_data();
    void findsTheKnownNeighbours();
    void approximateSearchAgreesOnASmallSet();
    void clickingANeighbourMakesItTheQuery();
    void droppedFilesThatAreNotImagesAreNamed();
    void exportsCsvAndProjectorFiles();
    void queryByImageFileWithTheTorchScriptModel();

private:
    void loadLine(NeighbourPanel& panel);
    void setLineEmbeddings(NeighbourPanel& panel);

    QTemporaryDir dir_;
    std::shared_ptr<LoadedDataset> line_;
};

void TestNeighbourGallery::initTestCase()
{
    QVERIFY(dir_.isValid());
    line_ = lineDataset();
}

void TestNeighbourGallery::loadLine(NeighbourPanel& panel)
{
    panel.setDataset(line_);
    setLineEmbeddings(panel);
}

void TestNeighbourGallery::setLineEmbeddings(NeighbourPanel& panel)
{
    std::vector<std::uint32_t> images;
    auto vectors = lineVectors(&images);
    panel.setEmbeddings(vectors, images, dir_.filePath("line.npy"), QString());
}

void TestNeighbourGallery::modelSortsAndMarksSharedTags()
{
    ui::NeighbourGalleryModel model;
    ui::GalleryQuery query;
    query.image = 7;
    query.title = QStringLiteral("seven");
    query.tags = {QStringLiteral("cat"), QStringLiteral("dog"), QStringLiteral("tree")};
    model.setNeighbours(query, {{3, 0.5f, {QStringLiteral("dog"), QStringLiteral("car")}},
                                {7, 0.0f, {QStringLiteral("cat")}}, // the query itself: left out
                                {9, 0.1f, {QStringLiteral("cat"), QStringLiteral("dog")}},
                                {4, 0.3f, {}},
                                {5, 0.3f, {QStringLiteral("cat")}}});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(shownImages(model), (std::vector<int>{9, 4, 5, 3})); // ties keep their order
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.neighbour(row - 1).distance <= model.neighbour(row).distance);
    QCOMPARE(model.sharedFlags(0), (QVector<bool>{true, true}));
    QCOMPARE(model.sharedFlags(3), (QVector<bool>{true, false}));
    QCOMPARE(model.index(3).data(ui::NeighbourGalleryModel::SharedCountRole).toInt(), 1);
    QCOMPARE(model.index(0).data(ui::NeighbourGalleryModel::RankRole).toInt(), 1);
    const QVector<ui::TagShare> summary = model.summary();
    QCOMPARE(summary.size(), 3);
    QCOMPARE(summary[0].tag, QStringLiteral("cat"));
    QCOMPARE(summary[0].count, 2);
    QCOMPARE(summary[0].share, 0.5);
    QCOMPARE(summary[1].count, 2); // dog
    QCOMPARE(summary[2].count, 0); // tree
    QCOMPARE(summary[2].share, 0.0);

    // An image file has no tags: the summary lists the neighbours' most common tags instead.
    ui::GalleryQuery file;
    file.title = QStringLiteral("outside.png");
    file.filePath = QStringLiteral("/tmp/outside.png");
    model.setNeighbours(file, {{3, 0.2f, {QStringLiteral("dog"), QStringLiteral("car")}},
                               {9, 0.1f, {QStringLiteral("cat"), QStringLiteral("dog")}},
                               {5, 0.3f, {QStringLiteral("cat"), QStringLiteral("dog")}}});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.sharedFlags(0), (QVector<bool>{false, false}));
    const QVector<ui::TagShare> common = model.summary(2);
    QCOMPARE(common.size(), 2);
    QCOMPARE(common[0].tag, QStringLiteral("dog"));
    QCOMPARE(common[0].count, 3);
    QCOMPARE(common[0].share, 1.0);
    QCOMPARE(common[1].tag, QStringLiteral("cat"));
    QCOMPARE(common[1].count, 2);
}

void TestNeighbourGallery::panelWithoutEmbeddingsSaysSo()
{
    NeighbourPanel panel;
    panel.setDataset(line_);
    QAction compute(QStringLiteral("Compute Embeddings…"));
    panel.setEmbeddingActions({&compute});
    QVERIFY(panel.emptyText().contains(QStringLiteral("No embeddings")));
    QVERIFY(!panel.exportProjectorAction()->isEnabled());
    const auto* button = panel.findChild<QToolButton*>(QStringLiteral("neighbourEmbeddingAction"));
    QVERIFY(button && button->defaultAction() == &compute && button->isVisibleTo(&panel));
    panel.queryImage(12); // remembered until embeddings arrive
    QVERIFY(panel.emptyText().contains(QStringLiteral("img12.jpg")));
    // The wrapped message keeps every line, in a narrow dock and a wide one.
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto* message = panel.findChild<QLabel*>(QStringLiteral("neighbourEmptyText"));
    QVERIFY(message);
    for (int width : {260, 420, 900, 1400}) {
        panel.resize(width, 500);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY2(message->height() >= message->heightForWidth(message->width()),
                 qPrintable(QStringLiteral("at %1 px: %2 px tall, %3 px needed").arg(width).arg(message->height()).arg(message->heightForWidth(message->width()))));
    }
    QSignalSpy finished(&panel, &NeighbourPanel::searchFinished);
    setLineEmbeddings(panel);
    QVERIFY(finished.wait(10000));
    QCOMPARE(panel.model()->query().image, 12);
    QVERIFY(panel.exportProjectorAction()->isEnabled());
}

void TestNeighbourGallery::findsTheKnownNeighbours_data()
{
    QTest::addColumn<bool>("cosine");
    QTest::addColumn<int>("query");
    QTest::newRow("cosine") << true << 20;
    QTest::newRow("euclidean") << false << 20;
    QTest::newRow("euclidean, an end") << false << 0;
}

void TestNeighbourGallery::findsTheKnownNeighbours()
{
    QFETCH(bool, cosine);
    QFETCH(int, query);
    NeighbourPanel panel;
    loadLine(panel);
    panel.gallery()->setCosine(cosine);
    panel.gallery()->setNeighbourCount(6);
    QSignalSpy finished(&panel, &NeighbourPanel::searchFinished);
    panel.queryImage(query);
    QVERIFY(finished.wait(10000));
    const ui::NeighbourGalleryModel& model = *panel.model();
    QCOMPARE(model.query().image, query);
    QCOMPARE(shownImages(model), expectedNeighbours(query, 6, cosine));
    const QStringList queryTags = model.query().tags;
    QCOMPARE(queryTags, (QStringList{QStringLiteral("group %1").arg(query / 5), query % 2 ? QStringLiteral("odd") : QStringLiteral("even")}));
    int sameGroup = 0, sameParity = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const int image = model.neighbour(row).image;
        if (row > 0)
            QVERIFY(model.neighbour(row - 1).distance <= model.neighbour(row).distance);
        QCOMPARE(model.sharedFlags(row), (QVector<bool>{image / 5 == query / 5, image % 2 == query % 2}));
        sameGroup += image / 5 == query / 5;
        sameParity += image % 2 == query % 2;
    }
    const QVector<ui::TagShare> summary = model.summary();
    QCOMPARE(summary.size(), 2);
    QCOMPARE(summary[0].count, sameGroup);
    QCOMPARE(summary[1].count, sameParity);
    QCOMPARE(summary[1].share, sameParity / 6.0);
    const QTableWidget* table = panel.gallery()->summaryTable();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("%1 / 6").arg(sameParity));
    // The share as the rest of the application writes it ("50.0%"), its bar kept clear of the number.
    QCOMPARE(table->item(1, 2)->text(), QLocale().toString(100.0 * sameParity / 6.0, 'f', 1) + u'%');
    auto* bars = qobject_cast<ui::ShareBarDelegate*>(table->itemDelegateForColumn(2));
    QVERIFY(bars);
    QStyleOptionViewItem option;
    option.initFrom(table);
    option.rect = table->visualItemRect(table->item(1, 2));
    const int textWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("100.0%"));
    QVERIFY2(bars->barArea(option).right() <= option.rect.right() - textWidth,
             qPrintable(QStringLiteral("bar to %1, text from %2").arg(bars->barArea(option).right()).arg(option.rect.right() - textWidth)));
    QVERIFY(bars->barArea(option).width() > 20);
}

void TestNeighbourGallery::approximateSearchAgreesOnASmallSet()
{
    NeighbourPanel panel;
    loadLine(panel);
    panel.gallery()->setNeighbourCount(5);
    panel.gallery()->setApproximate(true);
    QSignalSpy finished(&panel, &NeighbourPanel::searchFinished);
    panel.queryImage(30);
    // Exact results first while the index builds, then the approximate ones; on 40 points they agree.
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1 && panel.gallery()->message().isEmpty(), 20000);
    QCOMPARE(shownImages(*panel.model()), expectedNeighbours(30, 5, true));
    QVERIFY(QFile::exists(dir_.filePath("line.npy.cosine.hnsw"))); // saved beside the embedding, as tagscope-cli knn does
}

void TestNeighbourGallery::clickingANeighbourMakesItTheQuery()
{
    NeighbourPanel panel;
    loadLine(panel);
    panel.resize(1000, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy finished(&panel, &NeighbourPanel::searchFinished);
    panel.queryImage(10);
    QVERIFY(finished.wait(10000));
    QListView* view = panel.gallery()->view();
    const QModelIndex third = panel.model()->index(2);
    const int clicked = third.data(ui::NeighbourGalleryModel::ImageIndexRole).toInt();
    QVERIFY(clicked != 10);
    const QRect rect = view->visualRect(third);
    QVERIFY(view->viewport()->rect().contains(rect.center()));
    QSignalSpy chosen(&panel, &NeighbourPanel::neighbourChosen);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().at(0).toInt(), clicked);
    QVERIFY(finished.wait(10000));
    QCOMPARE(panel.model()->query().image, clicked);
    QCOMPARE(shownImages(*panel.model()), expectedNeighbours(clicked, panel.gallery()->neighbourCount(), true));
    QVERIFY(panel.gallery()->backButton()->isEnabled());
    QVERIFY(!panel.gallery()->forwardButton()->isEnabled());

    QTest::mouseClick(panel.gallery()->backButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(panel.model()->query().image, 10);
    QVERIFY(panel.gallery()->forwardButton()->isEnabled());
    panel.forward();
    QVERIFY(finished.wait(10000));
    QCOMPARE(panel.model()->query().image, clicked);

    // Changing k re-runs the current query.
    panel.gallery()->setNeighbourCount(3);
    QVERIFY(finished.wait(10000));
    QCOMPARE(panel.model()->rowCount(), 3);
    QCOMPARE(panel.model()->query().image, clicked);
}

void TestNeighbourGallery::droppedFilesThatAreNotImagesAreNamed()
{
    NeighbourPanel panel;
    loadLine(panel);
    QSignalSpy failed(&panel, &NeighbourPanel::searchFailed);
    const QString text = writeTestFile(QDir(dir_.path()), QStringLiteral("notes.txt"), "these are not pixels\n");
    sendDrop(panel.gallery(), text);
    QVERIFY(failed.wait(10000));
    const QString message = failed.takeFirst().at(0).toString();
    QVERIFY2(message.contains(QDir::toNativeSeparators(text)) && message.contains(QStringLiteral("not an image file")), qPrintable(message));
    QVERIFY(panel.gallery()->messageIsError());
    QCOMPARE(panel.gallery()->message(), message);

    const QString fake = writeTestFile(QDir(dir_.path()), QStringLiteral("broken.jpg"), "JFIF? no");
    sendDrop(panel.gallery(), fake);
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.takeFirst().at(0).toString().contains(QDir::toNativeSeparators(fake)));

    QSignalSpy finishedAfterFailures(&panel, &NeighbourPanel::searchFinished);
    panel.queryFile(dir_.filePath(QStringLiteral("gone.png")));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.takeFirst().at(0).toString().contains(QStringLiteral("gone.png does not exist")), true);
    QCOMPARE(finishedAfterFailures.count(), 0);

    // A real picture, but these embeddings came without their model: nothing to embed it with.
    QImage picture(24, 24, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    const QString png = dir_.filePath(QStringLiteral("cyan.png"));
    QVERIFY(picture.save(png));
    sendDrop(panel.gallery(), png);
    QVERIFY(failed.wait(10000));
    const QString noModel = failed.takeFirst().at(0).toString();
    QVERIFY2(noModel.contains(QStringLiteral("cyan.png")) && noModel.contains(QStringLiteral("does not name the model")), qPrintable(noModel));
}

void TestNeighbourGallery::exportsCsvAndProjectorFiles()
{
    NeighbourPanel panel;
    loadLine(panel);
    panel.gallery()->setNeighbourCount(4);
    QSignalSpy finished(&panel, &NeighbourPanel::searchFinished);
    panel.queryImage(5);
    QVERIFY(finished.wait(10000));
    QVERIFY(panel.exportCsvAction()->isEnabled());
    const QString csv = dir_.filePath("neighbours.csv");
    QCOMPARE(panel.writeCsv(csv), QString());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[0], QByteArray("query,rank,image,name,path,distance,shared_tags,tags"));
    const std::vector<int> expected = expectedNeighbours(5, 4, true);
    double previous = -1;
    for (int row = 1; row <= 4; ++row) {
        const QList<QByteArray> cells = lines[row].split(',');
        QCOMPARE(cells.size(), 8);
        QCOMPARE(cells[0], QByteArray("img5.jpg"));
        QCOMPARE(cells[1].toInt(), row);
        QCOMPARE(cells[2].toInt(), expected[std::size_t(row - 1)]);
        QCOMPARE(cells[4], QByteArray("/nonexistent/line/img") + cells[2] + ".jpg");
        QVERIFY(cells[5].toDouble() >= previous);
        previous = cells[5].toDouble();
        QVERIFY(cells[7].contains("group"));
    }
    QCOMPARE(panel.writeCsv(dir_.filePath("no/such/folder/n.csv")).contains(QStringLiteral("no/such/folder")), true);

    QSignalSpy exported(&panel, &NeighbourPanel::projectorExported);
    panel.setProjectorTag(kImages / 5); // "even"
    panel.exportProjector(dir_.filePath("projector"));
    QVERIFY(exported.wait(10000));
    QFile tensors(dir_.filePath("projector/tensors.tsv"));
    QVERIFY(tensors.open(QIODevice::ReadOnly));
    QCOMPARE(tensors.readAll().count('\n'), kImages);
    QFile metadata(dir_.filePath("projector/metadata.tsv"));
    QVERIFY(metadata.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = metadata.readAll().trimmed().split('\n');
    QCOMPARE(rows.size(), kImages + 1);
    QCOMPARE(rows[0], QByteArray("image\tpath\tsplit\ttags\teven"));
    QCOMPARE(rows[1].split('\t')[0], QByteArray("img39.jpg")); // row 0 holds image 39
    QCOMPARE(rows[1].split('\t')[4], QByteArray("unknown"));   // odd image, partial labels
    QCOMPARE(rows[2].split('\t')[4], QByteArray("positive"));
}

void TestNeighbourGallery::queryByImageFileWithTheTorchScriptModel()
{
    const QString folder = dir_.filePath("demo");
    const TrainingData training = makeTrainingData(folder, 80);
    ExtractionRequest request;
    request.model.path = TAGSCOPE_TEST_DATA "/tiny_backbone.pt";
    request.model.inputSize = 16;
    request.model.device = "cpu";
    request.dataset = folder.toStdString();
    request.split = "train";
    request.output = dir_.filePath("demo-emb.npy").toStdString();
    request.batchSize = 16;
    const std::optional<EmbeddingSet> set = extractEmbeddings(request);
    QVERIFY(set && set->vectors.rows > 10);

    auto data = std::make_shared<LoadedDataset>();
    data->path = folder;
    data->dataset = loadDataset(folder.toStdString()).dataset;
    NeighbourPanel panel;
    panel.setDataset(data);
    panel.setEmbeddings(std::make_shared<FloatMatrix>(set->vectors), set->images, QString::fromStdString(set->path),
                        QStringLiteral(TAGSCOPE_TEST_DATA "/tiny_backbone.pt"));
    panel.gallery()->setNeighbourCount(5);
    panel.gallery()->setCosine(false);

    // One of the dataset's own files, from outside: its own row must come back first, at distance ~0, which
    // holds only when the file is prepared exactly as extraction prepared it.
    const std::uint32_t image = set->images[9];
    QSignalSpy finished(&panel, &NeighbourPanel::searchFinished);
    QSignalSpy failed(&panel, &NeighbourPanel::searchFailed);
    panel.queryFile(QString::fromStdString(data->dataset.imagePath(image)));
    QVERIFY2(finished.wait(60000), failed.isEmpty() ? "no answer" : qPrintable(failed.first().at(0).toString()));
    QCOMPARE(panel.model()->query().image, -1);
    QCOMPARE(panel.model()->rowCount(), 5);
    QCOMPARE(panel.model()->neighbour(0).image, int(image));
    QVERIFY2(panel.model()->neighbour(0).distance < 1e-4f, qPrintable(QString::number(double(panel.model()->neighbour(0).distance))));
    QVERIFY(panel.model()->neighbour(1).distance > panel.model()->neighbour(0).distance);
    QVERIFY(!panel.history().current().vector.empty());
    QCOMPARE(int(panel.history().current().vector.size()), 6);

    // Loaded from the .npy alone (no model given): EMB.json names the model, and the file query still works.
    NeighbourPanel loaded;
    loaded.setDataset(data);
    loaded.setEmbeddings(std::make_shared<FloatMatrix>(set->vectors), set->images, QString::fromStdString(set->path), QString());
    loaded.gallery()->setCosine(false);
    QSignalSpy loadedFinished(&loaded, &NeighbourPanel::searchFinished);
    loaded.queryFile(QString::fromStdString(data->dataset.imagePath(image)));
    QVERIFY(loadedFinished.wait(60000));
    QCOMPARE(loaded.model()->neighbour(0).image, int(image));
    QVERIFY(loaded.model()->neighbour(0).distance < 1e-4f);

    // The corrupt training image: an image suffix, no image inside.
    panel.queryFile(QString::fromStdString(data->dataset.imagePath(training.corrupt)));
    QVERIFY(failed.wait(60000));
    QVERIFY(failed.first().at(0).toString().contains(QString::fromStdString(data->dataset.imagePath(training.corrupt))));
}

QTEST_MAIN(TestNeighbourGallery)
#include "tst_neighbour_gallery.moc"
