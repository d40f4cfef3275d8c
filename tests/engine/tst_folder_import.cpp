// The class-folder importer: one tag per image from its folder, optional split folders, sorted images,
// skipped hidden folders and loose files, detection.
#include "dataset/dataset_loader.h"
#include "dataset/folder_importer.h"
#include "test_files.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tagscope;

namespace {

void touch(const QDir& dir, const QString& name) { writeTestFile(dir, name, "not really an image"); }

std::string tagOfImage(const Dataset& d, std::size_t image)
{
    const LabelView view = d.labels(image);
    return view.count == 1 ? d.tag(view.tags[0]).labelName : "<" + std::to_string(view.count) + " tags>";
}

} // namespace

class TestFolderImport : public QObject {
    Q_OBJECT

private slots:
    void classFoldersGiveOneTagPerImage();
    void splitFolders();
    void detection();
    void cancelStopsEarly();
};

void TestFolderImport::classFoldersGiveOneTagPerImage()
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    for (const char* name : {"dog/b.png", "cat/z.JPG", "cat/a.jpeg", "dog/nested/c.webp", "cat/notes.txt", "bird/x.bmp",
                             ".thumbnails/t.jpg", "cat/.hidden/h.jpg", "loose.jpg"})
        touch(root, name);
    QDir().mkpath(root.filePath("empty"));
    QCOMPARE(detectDatasetFormat(dir.path().toStdString()), std::string("folders"));
    const ImportResult result = loadDataset(dir.path().toStdString());
    const Dataset& d = result.dataset;
    QCOMPARE(d.format(), std::string("folders"));
    QCOMPARE(result.report.format, std::string("folders"));
    QVERIFY(d.exhaustiveLabels());
    const std::vector<std::string> expected = {"bird/x.bmp", "cat/a.jpeg", "cat/z.JPG", "dog/b.png", "dog/nested/c.webp"};
    QCOMPARE(d.imageCount(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(d.imageName(i), expected[i]); // sorted by path
        QCOMPARE(tagOfImage(d, i), expected[i].substr(0, expected[i].find('/')));
        QCOMPARE(d.imageSplit(i), Split::Unassigned);
    }
    // Tags in name order, the empty class included.
    QCOMPARE(d.tagCount(), std::size_t(4));
    const char* names[] = {"bird", "cat", "dog", "empty"};
    for (std::uint32_t t = 0; t < 4; ++t) {
        QCOMPARE(d.tag(t).labelName, std::string(names[t]));
        QCOMPARE(d.tag(t).displayName, std::string(names[t]));
    }
    QCOMPARE(d.labelState(1, *d.findTag("cat")), LabelState::Positive);
    QCOMPARE(QString::fromStdString(d.imagePath(0)), root.absoluteFilePath("bird/x.bmp"));
    QCOMPARE(result.report.issueCount, std::uint64_t(1)); // loose.jpg belongs to no class
    QVERIFY(result.report.issues[0].message.find("1 image files lie directly in the root folder") != std::string::npos);
    QCOMPARE(result.report.missingImages, std::uint64_t(0));
}

void TestFolderImport::splitFolders()
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    for (const char* name : {"train/cat/1.jpg", "train/dog/2.jpg", "val/cat/3.jpg", "validation/dog/4.png",
                             "test/bird/5.jpg", "extra/6.jpg"})
        touch(root, name);
    const ImportResult result = loadDataset(dir.path().toStdString());
    const Dataset& d = result.dataset;
    QCOMPARE(d.imageCount(), std::size_t(6));
    auto check = [&](const char* path, const char* tag, Split split) {
        const auto image = d.findImage(path);
        QVERIFY2(image.has_value(), path);
        QCOMPARE(tagOfImage(d, *image), std::string(tag));
        QCOMPARE(d.imageSplit(*image), split);
    };
    check("train/cat/1.jpg", "cat", Split::Train);
    check("train/dog/2.jpg", "dog", Split::Train);
    check("val/cat/3.jpg", "cat", Split::Validation);
    check("validation/dog/4.png", "dog", Split::Validation);
    check("test/bird/5.jpg", "bird", Split::Test);
    check("extra/6.jpg", "extra", Split::Unassigned); // a class beside the split folders
    QCOMPARE(d.tagCount(), std::size_t(4));

    // A folder named like a split that holds images itself is a class.
    QTemporaryDir plain;
    touch(QDir(plain.path()), "test/1.jpg");
    touch(QDir(plain.path()), "other/2.jpg");
    const ImportResult classes = loadDataset(plain.path().toStdString());
    QCOMPARE(classes.dataset.tagCount(), std::size_t(2));
    QCOMPARE(tagOfImage(classes.dataset, *classes.dataset.findImage("test/1.jpg")), std::string("test"));
}

void TestFolderImport::detection()
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    touch(root, "train/cat/1.jpg");
    QCOMPARE(detectDatasetFormat(dir.path().toStdString()), std::string("folders"));
    QTemporaryDir noImages;
    touch(QDir(noImages.path()), "docs/readme.md");
    QCOMPARE(detectDatasetFormat(noImages.path().toStdString()), std::string());
    try {
        loadDataset(noImages.path().toStdString());
        QFAIL("a folder without images was read");
    } catch (const std::runtime_error& error) {
        QVERIFY(QString(error.what()).contains("not a dataset"));
        QVERIFY(QString(error.what()).contains(noImages.path()));
    }
}

void TestFolderImport::cancelStopsEarly()
{
    QTemporaryDir dir;
    for (int c = 0; c < 3; ++c)
        for (int i = 0; i < 600; ++i)
            touch(QDir(dir.path()), QString("class%1/%2.jpg").arg(c).arg(i));
    CancelToken cancel;
    int calls = 0;
    const ImportResult result = loadDataset(dir.path().toStdString(), {}, [&](std::uint64_t, std::uint64_t, const std::string&) {
        if (++calls == 1)
            cancel.cancel();
    }, &cancel);
    QVERIFY(result.dataset.imageCount() < 1800);
    QVERIFY(result.dataset.imageCount() > 0);
}

QTEST_GUILESS_MAIN(TestFolderImport)
#include "tst_folder_import.moc"
