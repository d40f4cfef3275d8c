// The COCO importer on generated instances files: tags from annotations, remapped category ids, splits, bad
// entries with their JSON location, escaping paths, missing image files, truncated files, detection.
#include "dataset/coco_importer.h"
#include "dataset/dataset_loader.h"
#include "test_files.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <set>

using namespace tagscope;

namespace {

// One entry a line, so that reports can be checked by line number.
QByteArray cocoJson(const QList<QByteArray>& images, const QList<QByteArray>& annotations, const QList<QByteArray>& categories)
{
    QByteArray json = "{\n\"info\": {\"description\": \"test\", \"year\": 2017},\n\"licenses\": [],\n\"images\": [\n";
    json += images.join(",\n");
    json += "\n],\n\"annotations\": [\n";
    json += annotations.join(",\n");
    json += "\n],\n\"categories\": [\n";
    json += categories.join(",\n");
    json += "\n]\n}\n";
    return json;
}

QByteArray image(int id, const QByteArray& fileName)
{
    return "{\"license\": 1, \"file_name\": \"" + fileName + "\", \"height\": 480, \"width\": 640, \"id\": " + QByteArray::number(id) + "}";
}

QByteArray annotation(int id, int imageId, int categoryId)
{
    return "{\"segmentation\": [[1.5, 2.5, 3.5, 4.5, 5.5, 6.5]], \"area\": 12.5, \"iscrowd\": 0, \"image_id\": "
        + QByteArray::number(imageId) + ", \"bbox\": [1.0, 2.0, 3.0, 4.0], \"category_id\": " + QByteArray::number(categoryId)
        + ", \"id\": " + QByteArray::number(id) + "}";
}

QByteArray category(int id, const QByteArray& name, const QByteArray& super = "thing")
{
    return "{\"supercategory\": \"" + super + "\", \"id\": " + QByteArray::number(id) + ", \"name\": \"" + name + "\"}";
}

void touch(const QDir& dir, const QString& name) { writeTestFile(dir, name, "not really a jpeg"); }

bool hasIssue(const ImportReport& report, const QString& fileSuffix, std::uint64_t line, const QString& words)
{
    for (const ImportIssue& issue : report.issues)
        if (QString::fromStdString(issue.file).endsWith(fileSuffix) && issue.line == line
            && QString::fromStdString(issue.message).contains(words))
            return true;
    return false;
}

QString errorFor(const std::string& path)
{
    try {
        loadDataset(path);
    } catch (const std::runtime_error& error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}

std::set<std::string> tagNamesOf(const Dataset& d, std::size_t image)
{
    std::set<std::string> names;
    const LabelView view = d.labels(image);
    for (std::size_t i = 0; i < view.count; ++i)
        names.insert(d.tag(view.tags[i]).displayName);
    return names;
}

} // namespace

class TestCocoImport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void detectsFilesAndFolders();
    void tagsAreTheCategoriesOfTheAnnotations();
    void categoryIdsAreRemappedInIdOrder();
    void badEntriesAreReportedWithTheirLocation();
    void pathsMayNotLeaveTheRoot();
    void missingImageFilesAreCounted();
    void splitsComeFromTheFileNames();
    void imageFolderNextToAPlainJsonFile();
    void subsetFileFallsBackToItsSplitsFolder();
    void truncatedJsonGivesAClearError();
    void aBrokenFileAmongSeveralIsReported();
    void largeFileMatchesReference();
    void progressAndCancel();

private:
    QTemporaryDir dir_;
    QString annotations_;
    ImportResult result_;
};

void TestCocoImport::initTestCase()
{
    QVERIFY(dir_.isValid());
    const QDir root(dir_.path());
    // Lines: 1 {, 2 info, 3 licenses, 4 "images": [, 5.. the images.
    const QList<QByteArray> images = {
        image(10, "000010.jpg"),                // line 5
        image(11, "000011.jpg"),                // line 6: no annotations
        image(12, "000012.jpg"),                // line 7
        "{\"id\": 13}",                         // line 8: no file_name
        "{\"id\": \"fourteen\", \"file_name\": \"14.jpg\"}", // line 9: id is a string
        image(10, "again.jpg"),                 // line 10: repeated id
        "42",                                   // line 11: not an object
        image(15, "../train2017/./sub/000015.jpg"), // line 12: stays inside the root
        image(16, "\\u0030\\u0030016.jpg"),     // line 13: escaped characters
    };
    // Lines: 14 ], 15 "annotations": [, 16.. the annotations.
    const QList<QByteArray> annotations = {
        annotation(900, 10, 3),  // line 16
        annotation(901, 10, 3),  // line 17: a second box of the same category
        annotation(902, 10, 1),  // line 18
        annotation(903, 12, 90), // line 19
        annotation(904, 77, 1),  // line 20: unknown image id
        annotation(905, 12, 55), // line 21: unknown category id
        "{\"id\": 906, \"image_id\": 12}", // line 22: no category_id
        annotation(907, 15, 90), // line 23
        annotation(908, 16, 1),  // line 24
    };
    // Lines: 25 ], 26 "categories": [, 27.. the categories, listed out of id order.
    const QList<QByteArray> categories = {category(90, "toothbrush", "indoor"), category(1, "person", "person"),
                                          category(3, "car", "vehicle"), category(2, "bicycle", "vehicle")};
    annotations_ = writeTestFile(root, "annotations/instances_train2017.json", cocoJson(images, annotations, categories));
    touch(root, "train2017/000010.jpg");
    touch(root, "train2017/000012.jpg");
    touch(root, "train2017/sub/000015.jpg");
    result_ = loadDataset(dir_.path().toStdString());
}

void TestCocoImport::detectsFilesAndFolders()
{
    QCOMPARE(detectDatasetFormat(dir_.path().toStdString()), std::string("coco"));
    QCOMPARE(detectDatasetFormat(annotations_.toStdString()), std::string("coco"));
    const CocoFiles files = findCocoFiles(dir_.path().toStdString());
    QCOMPARE(files.files.size(), std::size_t(1));
    QCOMPARE(files.files[0].split, Split::Train);
    QCOMPARE(QString::fromStdString(files.files[0].imageFolder), QDir(dir_.path()).absoluteFilePath("train2017"));
    QCOMPARE(QString::fromStdString(files.root), QDir(dir_.path()).absolutePath());
    // The file on its own has the folder above annotations/ as its root, so it reads the same dataset.
    const ImportResult fromFile = loadDataset(annotations_.toStdString());
    QCOMPARE(fromFile.dataset.root(), result_.dataset.root());
    QCOMPARE(fromFile.dataset.imageCount(), result_.dataset.imageCount());
    QCOMPARE(result_.report.format, std::string("coco"));
    QCOMPARE(result_.dataset.format(), std::string("coco"));
}

void TestCocoImport::tagsAreTheCategoriesOfTheAnnotations()
{
    const Dataset& d = result_.dataset;
    QVERIFY(d.exhaustiveLabels());
    QVERIFY(!d.hasImageIds());
    QCOMPARE(d.imageCount(), std::size_t(5)); // 10, 11, 12, 15, 16
    const auto a = d.findImage("train2017/000010.jpg"), b = d.findImage("train2017/000011.jpg"),
               c = d.findImage("train2017/000012.jpg"), e = d.findImage("train2017/sub/000015.jpg"),
               f = d.findImage("train2017/00016.jpg");
    QVERIFY(a && b && c && e && f);
    QCOMPARE(tagNamesOf(d, *a), (std::set<std::string>{"person", "car"}));
    QCOMPARE(d.labels(*a).count, std::size_t(2)); // two car boxes, one tag
    QCOMPARE(tagNamesOf(d, *b), std::set<std::string>{});
    QCOMPARE(tagNamesOf(d, *c), std::set<std::string>{"toothbrush"});
    QCOMPARE(tagNamesOf(d, *e), std::set<std::string>{"toothbrush"});
    QCOMPARE(tagNamesOf(d, *f), std::set<std::string>{"person"});
    QCOMPARE(d.labelState(*a, *d.findTag("3")), LabelState::Positive);
    QCOMPARE(d.labelState(*a, *d.findTag("90")), LabelState::Negative); // not stored: exhaustive labels make it absent
    QCOMPARE(d.imageSplit(*a), Split::Train);
    QCOMPARE(QString::fromStdString(d.imagePath(*a)), QDir(dir_.path()).absoluteFilePath("train2017/000010.jpg"));
    for (std::size_t i = 0; i < d.imageCount(); ++i) {
        const LabelView view = d.labels(i);
        QVERIFY(std::is_sorted(view.tags, view.tags + view.count));
        for (std::size_t k = 0; k < view.count; ++k)
            QCOMPARE(label_flags::state(view.flags[k]), LabelState::Positive);
    }
}

void TestCocoImport::categoryIdsAreRemappedInIdOrder()
{
    const Dataset& d = result_.dataset;
    QCOMPARE(d.tagCount(), std::size_t(4)); // bicycle has no annotation and is still a tag
    const char* expected[][2] = {{"1", "person"}, {"2", "bicycle"}, {"3", "car"}, {"90", "toothbrush"}};
    for (std::uint32_t t = 0; t < 4; ++t) {
        QCOMPARE(d.tag(t).labelName, std::string(expected[t][0]));
        QCOMPARE(d.tag(t).displayName, std::string(expected[t][1]));
    }
}

void TestCocoImport::badEntriesAreReportedWithTheirLocation()
{
    const ImportReport& r = result_.report;
    const QString file = "instances_train2017.json";
    QVERIFY(hasIssue(r, file, 8, "images[3] (id 13): no \"file_name\""));
    QVERIFY(hasIssue(r, file, 9, "images[4]: \"id\" is not a non-negative integer"));
    QVERIFY(hasIssue(r, file, 10, "images[5] (id 10): the id repeats"));
    QVERIFY(hasIssue(r, file, 11, "images[6] is not an object"));
    QVERIFY(hasIssue(r, file, 20, "annotations[4] (id 904): image_id 77 is not in \"images\""));
    QVERIFY(hasIssue(r, file, 21, "annotations[5] (id 905): category_id 55 is not in \"categories\""));
    QVERIFY(hasIssue(r, file, 22, "annotations[6] (id 906): no \"category_id\""));
    QCOMPARE(r.issueCount, std::uint64_t(7));
    QCOMPARE(r.rowsSkipped, std::uint64_t(7));
    QCOMPARE(r.rowsRead, std::uint64_t(9 + 9 + 4));
}

void TestCocoImport::pathsMayNotLeaveTheRoot()
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    const QList<QByteArray> images = {image(1, "ok.jpg"), image(2, "../../outside.jpg"), image(3, "/etc/passwd"),
                                      image(4, (root.absoluteFilePath("val2017/inside.jpg")).toUtf8()), image(5, "sub/")};
    const QList<QByteArray> annotations = {annotation(1, 1, 1), annotation(2, 2, 1), annotation(3, 3, 1), annotation(4, 4, 1)};
    writeTestFile(root, "annotations/instances_val2017.json", cocoJson(images, annotations, {category(1, "thing")}));
    QDir().mkpath(root.filePath("val2017"));
    const ImportResult result = loadDataset(dir.path().toStdString());
    const Dataset& d = result.dataset;
    QCOMPARE(d.imageCount(), std::size_t(2));
    QVERIFY(d.findImage("val2017/ok.jpg").has_value());
    QVERIFY(d.findImage("val2017/inside.jpg").has_value()); // absolute, but under the root
    QVERIFY(hasIssue(result.report, "instances_val2017.json", 6, "\"../../outside.jpg\" does not name a file inside the dataset folder"));
    QVERIFY(hasIssue(result.report, "instances_val2017.json", 7, "\"/etc/passwd\" does not name a file inside"));
    QVERIFY(hasIssue(result.report, "instances_val2017.json", 9, "\"sub/\""));
    // The annotations of rejected images are dropped without a second report each.
    QCOMPARE(result.report.issueCount, std::uint64_t(3));
    QCOMPARE(result.report.rowsSkipped, std::uint64_t(3 + 2));
}

void TestCocoImport::missingImageFilesAreCounted()
{
    const ImportReport& r = result_.report;
    QCOMPARE(r.missingImages, std::uint64_t(2));
    QCOMPARE(r.missingImageExamples, (std::vector<std::string>{"train2017/000011.jpg", "train2017/00016.jpg"}));
}

void TestCocoImport::splitsComeFromTheFileNames()
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    writeTestFile(root, "annotations/instances_val2017.json",
                  cocoJson({image(1, "a.jpg")}, {annotation(1, 1, 5)}, {category(5, "five"), category(7, "seven")}));
    writeTestFile(root, "annotations/instances_train2017.json",
                  cocoJson({image(1, "a.jpg"), image(2, "b.jpg")}, {annotation(1, 1, 7), annotation(2, 2, 3)},
                           {category(3, "three"), category(7, "seven")}));
    writeTestFile(root, "annotations/person_keypoints_train2017.json", "{}"); // not an instances file
    const ImportResult result = loadDataset(dir.path().toStdString());
    const Dataset& d = result.dataset;
    QCOMPARE(d.imageCount(), std::size_t(3));
    QCOMPARE(d.imageName(0), std::string("train2017/a.jpg")); // train first
    QCOMPARE(d.imageSplit(0), Split::Train);
    QCOMPARE(d.imageName(2), std::string("val2017/a.jpg"));
    QCOMPARE(d.imageSplit(2), Split::Validation);
    QCOMPARE(d.tagCount(), std::size_t(3)); // 3, 5, 7: the union of both files
    QCOMPARE(tagNamesOf(d, 0), std::set<std::string>{"seven"});
    QCOMPARE(tagNamesOf(d, 2), std::set<std::string>{"five"});
    QCOMPARE(result.report.issueCount, std::uint64_t(0));
    QCOMPARE(result.report.missingImages, std::uint64_t(3)); // no image folders: every image is missing
}

void TestCocoImport::imageFolderNextToAPlainJsonFile()
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    const QString json = writeTestFile(root, "labels.json", cocoJson({image(1, "a.jpg")}, {annotation(1, 1, 1)}, {category(1, "one")}));
    touch(root, "images/a.jpg");
    QCOMPARE(detectDatasetFormat(json.toStdString()), std::string("coco"));
    const ImportResult result = loadDataset(json.toStdString());
    QCOMPARE(result.dataset.imageName(0), std::string("images/a.jpg"));
    QCOMPARE(result.dataset.imageSplit(0), Split::Unassigned);
    QCOMPARE(result.report.missingImages, std::uint64_t(0));
}

// instances_val2014_100.json (100 images cut from val2014) has no val2014_100/ folder: its images are in val2014/.
void TestCocoImport::subsetFileFallsBackToItsSplitsFolder()
{
    const QByteArray json = cocoJson({image(1, "a.jpg"), image(2, "b.jpg")}, {annotation(1, 1, 1)}, {category(1, "one")});
    {
        QTemporaryDir dir;
        const QDir root(dir.path());
        writeTestFile(root, "annotations/instances_val2014_100.json", json);
        touch(root, "val2014/a.jpg");
        const ImportResult result = loadDataset(dir.path().toStdString());
        QCOMPARE(result.dataset.imageName(0), std::string("val2014/a.jpg"));
        QCOMPARE(result.dataset.imageSplit(0), Split::Validation);
        QCOMPARE(result.report.missingImages, std::uint64_t(1));
        QCOMPARE(result.report.missingImageExamples, std::vector<std::string>{"val2014/b.jpg"});
        // Said once, with the file it concerns and both folders.
        QCOMPARE(result.report.issueCount, std::uint64_t(1));
        QVERIFY(hasIssue(result.report, "annotations/instances_val2014_100.json", 0,
                         "no image folder val2014_100/, so its images are taken from " + root.filePath("val2014")));
    }
    {
        // A plain file beside images/val2014: the same fallback under images/.
        QTemporaryDir dir;
        const QDir root(dir.path());
        const QString file = writeTestFile(root, "instances_val2014_100.json", json);
        touch(root, "images/val2014/a.jpg");
        touch(root, "images/val2014/b.jpg");
        const ImportResult result = loadDataset(file.toStdString());
        QCOMPARE(result.dataset.imageName(1), std::string("images/val2014/b.jpg"));
        QCOMPARE(result.report.missingImages, std::uint64_t(0));
        QVERIFY(hasIssue(result.report, "instances_val2014_100.json", 0, "no image folder val2014_100/"));
    }
    {
        // A subset with a folder of its own keeps it, silently.
        QTemporaryDir dir;
        const QDir root(dir.path());
        writeTestFile(root, "annotations/instances_val2014_100.json", json);
        touch(root, "val2014/a.jpg");
        touch(root, "val2014_100/a.jpg");
        const ImportResult result = loadDataset(dir.path().toStdString());
        QCOMPARE(result.dataset.imageName(0), std::string("val2014_100/a.jpg"));
        QCOMPARE(result.report.issueCount, std::uint64_t(0));
    }
}

void TestCocoImport::truncatedJsonGivesAClearError()
{
    QTemporaryDir dir;
    QFile source(annotations_);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray whole = source.readAll();
    for (const int keep : {int(whole.size() * 2 / 3), int(whole.indexOf("toothbrush") + 3), 1}) {
        const QString path = writeTestFile(QDir(dir.path()), "instances_train2017.json", whole.left(keep));
        const QString error = errorFor(path.toStdString());
        QVERIFY2(error.contains(path) && error.contains("truncated"), qPrintable(error));
    }
    const QString notCoco = writeTestFile(QDir(dir.path()), "other.json", "{\"type\": \"something else\"}");
    QVERIFY(errorFor(notCoco.toStdString()).contains("not a COCO instances file"));
    const QString notArray = writeTestFile(QDir(dir.path()), "odd.json", "{\n\"images\": {}\n}");
    QVERIFY(errorFor(notArray.toStdString()).contains(notArray + ":2: \"images\" is not an array"));
}

void TestCocoImport::aBrokenFileAmongSeveralIsReported()
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    writeTestFile(root, "annotations/instances_train2017.json",
                  cocoJson({image(1, "a.jpg")}, {annotation(1, 1, 1)}, {category(1, "one")}));
    writeTestFile(root, "annotations/instances_val2017.json", "{\"images\": [{\"id\": 1, \"file_na");
    const ImportResult result = loadDataset(dir.path().toStdString());
    QCOMPARE(result.dataset.imageCount(), std::size_t(1));
    QVERIFY(std::any_of(result.report.issues.begin(), result.report.issues.end(), [](const ImportIssue& issue) {
        return QString::fromStdString(issue.file).endsWith("instances_val2017.json") && issue.message.find("truncated") != std::string::npos;
    }));
}

void TestCocoImport::largeFileMatchesReference()
{
    // COCO's shape at a small scale: ids with gaps, many boxes an image, some images without any.
    QTemporaryDir dir;
    QRandomGenerator rng(11);
    QList<QByteArray> categories;
    std::vector<int> categoryIds;
    for (int id = 1; id <= 90; ++id)
        if (rng.bounded(9) != 0) {
            categoryIds.push_back(id);
            categories.push_back(category(id, "class" + QByteArray::number(id)));
        }
    QList<QByteArray> images, annotations;
    std::map<int, std::set<int>> expected;
    int annotationId = 1;
    for (int i = 0; i < 3000; ++i) {
        const int id = 100000 + i * 7;
        images.push_back(image(id, QByteArray::number(id).rightJustified(12, '0') + ".jpg"));
        expected[id];
        for (int k = 0, n = rng.bounded(3) == 0 ? 0 : 1 + rng.bounded(12); k < n; ++k) {
            const int categoryId = categoryIds[rng.bounded(int(categoryIds.size()))];
            annotations.push_back(annotation(annotationId++, id, categoryId));
            expected[id].insert(categoryId);
        }
    }
    std::shuffle(annotations.begin(), annotations.end(), std::mt19937(3));
    const QString path = writeTestFile(QDir(dir.path()), "instances_train2017.json", cocoJson(images, annotations, categories));
    const ImportResult result = loadDataset(path.toStdString());
    const Dataset& d = result.dataset;
    QCOMPARE(result.report.issueCount, std::uint64_t(0));
    QCOMPARE(d.imageCount(), std::size_t(3000));
    QCOMPARE(d.tagCount(), categoryIds.size());
    std::uint64_t labels = 0;
    for (std::size_t i = 0; i < d.imageCount(); ++i) {
        const int id = 100000 + int(i) * 7; // images keep their order in the file
        QCOMPARE(d.imageName(i), QByteArray::number(id).rightJustified(12, '0').toStdString() + ".jpg");
        std::set<int> got;
        const LabelView view = d.labels(i);
        for (std::size_t k = 0; k < view.count; ++k)
            got.insert(std::stoi(d.tag(view.tags[k]).labelName));
        QCOMPARE(got, expected[id]);
        labels += expected[id].size();
    }
    QCOMPARE(d.labelCount(), labels);
}

void TestCocoImport::progressAndCancel()
{
    int calls = 0;
    std::uint64_t lastDone = 0, lastTotal = 0;
    loadDataset(annotations_.toStdString(), {}, [&](std::uint64_t done, std::uint64_t total, const std::string&) {
        ++calls;
        lastDone = done;
        lastTotal = total;
    });
    QVERIFY(calls >= 2);
    QCOMPARE(lastDone, lastTotal);
    CancelToken cancel;
    cancel.cancel();
    const ImportResult cancelled = loadDataset(dir_.path().toStdString(), {}, {}, &cancel);
    QCOMPARE(cancelled.dataset.imageCount(), std::size_t(0));
}

QTEST_GUILESS_MAIN(TestCocoImport)
#include "tst_coco_import.moc"
