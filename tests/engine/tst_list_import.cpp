// The list importer: CSV/TSV, header or not, tag separators, quoting, BOM/CRLF, bad rows with their lines,
// escaping paths, missing image files, splits and detection.
#include "dataset/dataset_loader.h"
#include "dataset/list_importer.h"
#include "test_files.h"

#include <QTemporaryDir>
#include <QtTest>

#include <set>

using namespace tagscope;

namespace {

void touch(const QDir& dir, const QString& name) { writeTestFile(dir, name, "not really an image"); }

bool hasIssue(const ImportReport& report, std::uint64_t line, const QString& words)
{
    for (const ImportIssue& issue : report.issues)
        if (issue.line == line && QString::fromStdString(issue.message).contains(words))
            return true;
    return false;
}

std::set<std::string> tagNamesOf(const Dataset& d, const std::string& image)
{
    std::set<std::string> names;
    const auto index = d.findImage(image);
    if (!index)
        return {"<no such image>"};
    const LabelView view = d.labels(*index);
    for (std::size_t i = 0; i < view.count; ++i)
        names.insert(d.tag(view.tags[i]).labelName);
    return names;
}

} // namespace

class TestListImport : public QObject {
    Q_OBJECT

private slots:
    void csvWithHeaderQuotingBomAndCrlf();
    void badRowsAreReportedWithTheirLines();
    void tsvWithoutHeaderAndSpaceSeparatedTags();
    void tagSeparatorIsDetectedPerFile();
    void headerNamesPickTheColumns();
    void absolutePathsOnlyInsideTheFolder();
    void missingImageFilesAreCounted();
    void detection();
};

void TestListImport::csvWithHeaderQuotingBomAndCrlf()
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    const QString list = writeTestFile(root, "labels.csv",
                                       "\xEF\xBB\xBFpath,tags,split\r\n"
                                       "images/a.jpg,cat|dog,train\r\n"
                                       "\"images/b, the second.jpg\",dog,val\r\n"
                                       "images/c.jpg,,test\r\n"               // no tags: kept, with none
                                       "images/a.jpg,\"hot dog | cat\",train\r\n" // the same image again: tags add up
                                       "\r\n"                                   // a blank line
                                       "images/d.jpg,zebra\r\n");               // no split field: unassigned
    for (const char* name : {"images/a.jpg", "images/b, the second.jpg", "images/c.jpg", "images/d.jpg"})
        touch(root, name);
    const ImportResult result = loadDataset(list.toStdString());
    const Dataset& d = result.dataset;
    QCOMPARE(d.format(), std::string("list"));
    QVERIFY(!d.exhaustiveLabels());
    QCOMPARE(QString::fromStdString(d.root()), root.absolutePath());
    QCOMPARE(d.imageCount(), std::size_t(4));
    QCOMPARE(d.imageName(0), std::string("images/a.jpg"));
    QCOMPARE(tagNamesOf(d, "images/a.jpg"), (std::set<std::string>{"cat", "dog", "hot dog"}));
    QCOMPARE(tagNamesOf(d, "images/b, the second.jpg"), std::set<std::string>{"dog"});
    QCOMPARE(tagNamesOf(d, "images/c.jpg"), std::set<std::string>{});
    QCOMPARE(d.imageSplit(*d.findImage("images/a.jpg")), Split::Train);
    QCOMPARE(d.imageSplit(*d.findImage("images/b, the second.jpg")), Split::Validation);
    QCOMPARE(d.imageSplit(*d.findImage("images/c.jpg")), Split::Test);
    QCOMPARE(d.imageSplit(*d.findImage("images/d.jpg")), Split::Unassigned);
    // Tags sorted by name; LabelName = DisplayName.
    QCOMPARE(d.tagCount(), std::size_t(4));
    const char* names[] = {"cat", "dog", "hot dog", "zebra"};
    for (std::uint32_t t = 0; t < 4; ++t) {
        QCOMPARE(d.tag(t).labelName, std::string(names[t]));
        QCOMPARE(d.tag(t).displayName, std::string(names[t]));
    }
    const std::size_t a = *d.findImage("images/a.jpg");
    QCOMPARE(d.labelState(a, *d.findTag("cat")), LabelState::Positive);
    QCOMPARE(d.labelState(a, *d.findTag("zebra")), LabelState::Unknown); // a list verifies nothing absent
    QCOMPARE(result.report.issueCount, std::uint64_t(0));
    QCOMPARE(result.report.missingImages, std::uint64_t(0));
    QCOMPARE(QString::fromStdString(d.imagePath(a)), root.absoluteFilePath("images/a.jpg"));
}

void TestListImport::badRowsAreReportedWithTheirLines()
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    const QString list = writeTestFile(root, "list.csv",
                                       "image,labels,split\n"       // line 1
                                       "a.jpg,cat\n"                // line 2
                                       "b.jpg\n"                    // line 3: no tags column
                                       ",cat\n"                     // line 4: no path
                                       "../outside.jpg,cat\n"       // line 5: leaves the folder
                                       "sub/../../outside.jpg,cat\n" // line 6: also leaves it
                                       "sub/../c.jpg,dog,trian\n"   // line 7: unknown split, row kept
                                       "\"d.jpg,cat\n"              // line 8: unterminated quote (this row only)
                                       "e.jpg,cat\n");
    const ImportResult result = loadDataset(list.toStdString());
    const ImportReport& r = result.report;
    QVERIFY(hasIssue(r, 3, "expected 2 columns (image path and tags), found 1"));
    QVERIFY(hasIssue(r, 4, "empty image path"));
    QVERIFY(hasIssue(r, 5, "\"../outside.jpg\" does not name a file inside the list's folder"));
    QVERIFY(hasIssue(r, 6, "\"sub/../../outside.jpg\""));
    QVERIFY(hasIssue(r, 7, "unknown split \"trian\""));
    QVERIFY(hasIssue(r, 8, "unterminated"));
    QCOMPARE(r.issueCount, std::uint64_t(6));
    QCOMPARE(r.rowsSkipped, std::uint64_t(5));
    QVERIFY(QString::fromStdString(r.issues[0].file).endsWith("list.csv"));
    const Dataset& d = result.dataset;
    QCOMPARE(d.imageCount(), std::size_t(3)); // the row after the stray quote is kept
    QCOMPARE(tagNamesOf(d, "e.jpg"), std::set<std::string>{"cat"});
    QCOMPARE(tagNamesOf(d, "c.jpg"), std::set<std::string>{"dog"}); // normalised path
    QCOMPARE(d.imageSplit(1), Split::Unassigned);
}

void TestListImport::tsvWithoutHeaderAndSpaceSeparatedTags()
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    touch(root, "x/one.png");
    const QString list = writeTestFile(root, "annotations.tsv",
                                       "x/one.png\tcat  dog\n"
                                       "x/two, with comma.png\tbird\n"
                                       "x/three.png\tcat\textra tag\n"); // later fields hold tags too
    const ImportResult result = loadDataset(list.toStdString());
    const Dataset& d = result.dataset;
    QCOMPARE(result.report.issueCount, std::uint64_t(0));
    QCOMPARE(d.imageCount(), std::size_t(3)); // the first row is data: its path exists
    QCOMPARE(tagNamesOf(d, "x/one.png"), (std::set<std::string>{"cat", "dog"}));
    QCOMPARE(tagNamesOf(d, "x/two, with comma.png"), std::set<std::string>{"bird"});
    QCOMPARE(tagNamesOf(d, "x/three.png"), (std::set<std::string>{"cat", "extra", "tag"}));
}

void TestListImport::tagSeparatorIsDetectedPerFile()
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    const QString semicolons = writeTestFile(root, "a/list.txt", "file,tags\np.jpg,ice cream;cone\nq.jpg,ice cream\n");
    const ImportResult result = loadDataset(semicolons.toStdString());
    QCOMPARE(tagNamesOf(result.dataset, "p.jpg"), (std::set<std::string>{"cone", "ice cream"}));
    QCOMPARE(tagNamesOf(result.dataset, "q.jpg"), std::set<std::string>{"ice cream"});
    // '|' wins over ';' when both appear: a tag may then hold a semicolon.
    const QString pipes = writeTestFile(root, "b/list.csv", "p.jpg,a;b|c\nq.jpg,d\n");
    const ImportResult piped = loadDataset(pipes.toStdString());
    QCOMPARE(tagNamesOf(piped.dataset, "p.jpg"), (std::set<std::string>{"a;b", "c"}));
    QCOMPARE(piped.dataset.imageCount(), std::size_t(2)); // no header: "p.jpg" has an extension
}

void TestListImport::headerNamesPickTheColumns()
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    const QString list = writeTestFile(root, "list.csv", "Split,Labels,Notes,Filename\ntrain,cat,ignored,k.jpg\n");
    const ImportResult result = loadDataset(list.toStdString());
    QCOMPARE(result.dataset.imageCount(), std::size_t(1));
    QCOMPARE(tagNamesOf(result.dataset, "k.jpg"), std::set<std::string>{"cat"});
    QCOMPARE(result.dataset.imageSplit(0), Split::Train);
}

void TestListImport::absolutePathsOnlyInsideTheFolder()
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    const QString inside = root.absoluteFilePath("sub/in.jpg");
    QTemporaryDir other;
    const QString outside = QDir(other.path()).absoluteFilePath("out.jpg");
    touch(root, "sub/in.jpg");
    touch(QDir(other.path()), "out.jpg");
    const QString list = writeTestFile(root, "list.csv", ("path,tags\n" + inside + ",a\n" + outside + ",b\n").toUtf8());
    const ImportResult result = loadDataset(list.toStdString());
    QCOMPARE(result.dataset.imageCount(), std::size_t(1));
    QCOMPARE(result.dataset.imageName(0), std::string("sub/in.jpg"));
    QVERIFY(hasIssue(result.report, 3, outside));
    QCOMPARE(result.report.missingImages, std::uint64_t(0));
}

void TestListImport::missingImageFilesAreCounted()
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    touch(root, "here.jpg");
    QDir().mkpath(root.filePath("folder.jpg")); // a folder is no image file
    const QString list = writeTestFile(root, "list.csv", "here.jpg,a\ngone.jpg,a\nfolder.jpg,b\nalso/gone.jpg,b\n");
    const ImportResult result = loadDataset(list.toStdString());
    QCOMPARE(result.dataset.imageCount(), std::size_t(4)); // missing images stay in the dataset
    QCOMPARE(result.report.missingImages, std::uint64_t(3));
    QCOMPARE(result.report.missingImageExamples, (std::vector<std::string>{"gone.jpg", "folder.jpg", "also/gone.jpg"}));
}

void TestListImport::detection()
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    const QString list = writeTestFile(root, "one/labels.csv", "a.jpg,cat\n");
    writeTestFile(root, "one/README.txt", "Images of cats, and dogs.\n"); // not a second list
    writeTestFile(root, "one/notes.txt", "no separators here\n");       // nor this
    QCOMPARE(detectDatasetFormat(list.toStdString()), std::string("list"));
    QCOMPARE(detectDatasetFormat(root.filePath("one").toStdString()), std::string("list"));
    QCOMPARE(QString::fromStdString(findListFile(root.filePath("one").toStdString())), list);
    const ImportResult fromFolder = loadDataset(root.filePath("one").toStdString());
    QCOMPARE(fromFolder.dataset.imageCount(), std::size_t(1));
    QCOMPARE(fromFolder.report.filesRead, std::vector<std::string>{list.toStdString()});

    writeTestFile(root, "two/a.csv", "a.jpg,cat\n");
    writeTestFile(root, "two/b.tsv", "b.jpg\tcat\n");
    QCOMPARE(detectDatasetFormat(root.filePath("two").toStdString()), std::string()); // which one is meant?

    // Open Images files are never lists; their folder is Open Images.
    const QString labels = writeTestFile(root, "oi/oidv6-train-annotations-human-imagelabels.csv",
                                         "ImageID,Source,LabelName,Confidence\n000002b66c9c498e,verification,/m/a,1\n");
    QCOMPARE(detectDatasetFormat(labels.toStdString()), std::string());
    QCOMPARE(detectDatasetFormat(root.filePath("oi").toStdString()), std::string("openimages"));
    try {
        loadDataset(labels.toStdString());
        QFAIL("an Open Images file was read as a list");
    } catch (const std::runtime_error& error) {
        QVERIFY(QString(error.what()).contains("open the folder"));
    }
}

QTEST_GUILESS_MAIN(TestListImport)
#include "tst_list_import.moc"
