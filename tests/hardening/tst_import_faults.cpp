// Importers facing broken and hostile annotation files: malformed CSV costs the bad row only (named by file
// and line), unreadable files are named, files that change during an import are read again next time
// instead of being cached half-changed, and image paths cannot leave the dataset's folder unless allowed.
#include "common/atomic_file.h"
#include "dataset/coco_importer.h"
#include "dataset/dataset_opener.h"
#include "dataset/list_importer.h"
#include "fault_helpers.h"
#include "test_files.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <filesystem>

using namespace tagscope;

namespace {

const QByteArray kHeader = "ImageID,Source,LabelName,Confidence\n";

QByteArray row(const char* id) { return QByteArray(id) + ",verification,/m/a,1\n"; }

// An Open Images folder with one class and the given human-verified label file.
void writeOpenImages(const QDir& dir, const QByteArray& labels)
{
    writeTestFile(dir, "oidv6-class-descriptions.csv", "/m/a,Apple\n");
    writeTestFile(dir, "oidv6-train-annotations-human-imagelabels.csv", labels);
}

bool hasIssue(const ImportReport& report, std::uint64_t line, const QString& fragment)
{
    for (const ImportIssue& issue : report.issues)
        if (issue.line == line && QString::fromStdString(issue.message).contains(fragment) && !issue.file.empty())
            return true;
    return false;
}

QString issuesText(const ImportReport& report)
{
    QString text;
    for (const ImportIssue& issue : report.issues)
        text += QString("\n%1:%2: %3").arg(QString::fromStdString(issue.file)).arg(issue.line).arg(QString::fromStdString(issue.message));
    return text;
}

} // namespace

class TestImportFaults : public QObject {
    Q_OBJECT

private slots:
    void malformedCsvCostsOnlyTheBadRow_data();
    void malformedCsvCostsOnlyTheBadRow();
    void unreadableFilesAreNamed();
    void filesChangedDuringImportAreReadAgain();
    void fileVanishingDuringImportIsNamed();
    void imagePathsStayInsideTheRootUnlessAllowed();
    void pathsWithACommonPrefixImportInLinearTime();
    void fullDiskKeepsThePreviousFiles();
};

void TestImportFaults::malformedCsvCostsOnlyTheBadRow_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("kept");     // images that must be there
    QTest::addColumn<int>("images");           // how many
    QTest::addColumn<int>("issueLine");
    QTest::addColumn<QString>("issue");

    const QByteArray megabyteLine = QByteArray(1 << 20, 'x') + "\n";
    const char* a = "00000000000000a1";
    const char* b = "00000000000000a2";
    const char* c = "00000000000000a3";
    QTest::newRow("openimages: unbalanced quote")
        << "openimages" << kHeader + row(a) + b + ",\"verification,/m/a,1\n" + row(c) << QStringList{a, c} << 2 << 3
        << "unterminated quoted field";
    QTest::newRow("openimages: embedded newline")
        << "openimages" << kHeader + row(a) + b + ",\"multi\nline source\",/m/a,1\n" + row(c) + "zz,verification,/m/a,1\n"
        << QStringList{a, b, c} << 3 << 6 << "ImageID 'zz'";
    QTest::newRow("openimages: 1 MB line")
        << "openimages" << kHeader + row(a) + megabyteLine + row(c) << QStringList{a, c} << 2 << 3 << "expected at least 4 columns, found 1";
    QTest::newRow("openimages: BOM and CRLF")
        << "openimages"
        << "\xEF\xBB\xBF" + kHeader.trimmed() + "\r\n" + QByteArray(a) + ",verification,/m/a,1\r\nzz,verification,/m/a,1\r\n" + c
               + ",verification,/m/a,0\r\n"
        << QStringList{a, c} << 2 << 3 << "ImageID 'zz'";
    QTest::newRow("openimages: wrong column counts")
        << "openimages" << kHeader + row(a) + b + ",verification,/m/a\n" + c + ",verification,/m/a,1,extra,more\n" << QStringList{a, c} << 2
        << 3 << "expected at least 4 columns, found 3";

    QTest::newRow("list: unbalanced quote") << "list" << QByteArray("path,tags\na.jpg,cat\n\"b.jpg,cat\nc.jpg,dog\n")
                                            << QStringList{"a.jpg", "c.jpg"} << 2 << 3 << "unterminated quoted field";
    QTest::newRow("list: embedded newline") << "list" << QByteArray("path,tags\na.jpg,cat\nb.jpg,\"cat\ndog\"\nd.jpg\n")
                                            << QStringList{"a.jpg", "b.jpg"} << 2 << 5 << "expected 2 columns";
    QTest::newRow("list: 1 MB line") << "list" << "path,tags\na.jpg,cat\n" + megabyteLine + "c.jpg,dog\n" << QStringList{"a.jpg", "c.jpg"}
                                     << 2 << 3 << "expected 2 columns (image path and tags), found 1";
    QTest::newRow("list: BOM and CRLF") << "list" << QByteArray("\xEF\xBB\xBFpath,tags\r\na.jpg,cat\r\nb.jpg\r\nc.jpg,dog\r\n")
                                        << QStringList{"a.jpg", "c.jpg"} << 2 << 3 << "expected 2 columns";
    QTest::newRow("list: wrong column counts") << "list" << QByteArray("path,tags\na.jpg,cat\nb.jpg\nc.jpg,dog,extra\n")
                                               << QStringList{"a.jpg", "c.jpg"} << 2 << 3 << "found 1";
}

void TestImportFaults::malformedCsvCostsOnlyTheBadRow()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, kept);
    QFETCH(int, images);
    QFETCH(int, issueLine);
    QFETCH(QString, issue);
    QTemporaryDir dir;
    const QDir root(dir.path());
    std::string path = root.path().toStdString();
    if (format == "openimages") {
        writeOpenImages(root, content);
    } else {
        path = writeTestFile(root, "list.csv", content).toStdString();
        for (const char* image : {"a.jpg", "b.jpg", "c.jpg"})
            writeTestFile(root, image, "");
    }
    const ImportResult result = loadDataset(path);
    const Dataset& dataset = result.dataset;
    QVERIFY2(hasIssue(result.report, static_cast<std::uint64_t>(issueLine), issue), qPrintable(issuesText(result.report)));
    QCOMPARE(static_cast<int>(dataset.imageCount()), images);
    for (const QString& image : kept)
        QVERIFY2(dataset.findImage(image.toStdString()).has_value(), qPrintable(image + " was lost"));
    for (std::size_t i = 0; i < dataset.imageCount(); ++i)
        for (std::size_t t = 0; t < dataset.tagCount(); ++t)
            QVERIFY2(!QString::fromStdString(dataset.tag(t).labelName).contains('\r'), "a CR leaked into a tag");
}

void TestImportFaults::unreadableFilesAreNamed()
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    writeOpenImages(root, kHeader + row("00000000000000a1"));
    const QString labels = root.filePath("oidv6-train-annotations-human-imagelabels.csv");
    const QString list = writeTestFile(QDir(root.filePath("list")), "list.csv", "a.jpg,cat\n");
    const QString coco = writeTestFile(QDir(root.filePath("coco")), "instances_train2017.json", "{\"images\": []}");
    const WithoutPermissionOverride asAnyUser; // CI runs as root
    for (const QString& file : {labels, list, coco})
        QVERIFY2(makeUnreadable(file), "chmod 000 does not stop reads on this file system");

    QString error = errorOf([&] { importOpenImages(root.path().toStdString()); });
    QVERIFY2(error.contains(labels) && error.contains("Permission denied"), qPrintable(error));
    error = errorOf([&] { importList(list.toStdString()); });
    QVERIFY2(error.contains(list) && error.contains("Permission denied"), qPrintable(error));
    error = errorOf([&] { importCoco(coco.toStdString()); });
    QVERIFY2(error.contains(coco) && error.contains("cannot read"), qPrintable(error));
}

void TestImportFaults::filesChangedDuringImportAreReadAgain()
{
    QTemporaryDir dir, cache;
    const QDir root(dir.path());
    writeOpenImages(root, kHeader + row("00000000000000a1"));
    writeTestFile(root, "validation-annotations-human-imagelabels.csv", row("00000000000000b1"));
    OpenOptions options;
    options.cacheFolder = cache.path().toStdString();
    // Once the first label file is read, a download still in progress appends to it.
    bool appended = false;
    auto progress = [&](std::uint64_t, std::uint64_t, const std::string& phase) {
        if (phase != "Reading labels" || appended)
            return;
        appended = true;
        QThread::msleep(20); // past the file system's timestamp granularity
        QFile file(root.filePath("oidv6-train-annotations-human-imagelabels.csv"));
        QVERIFY(file.open(QIODevice::Append));
        file.write(row("00000000000000a2"));
    };
    const OpenResult first = openDataset(root.path().toStdString(), options, progress);
    QVERIFY(appended);
    QVERIFY2(QString::fromStdString(first.cacheWarning).contains("changed while the dataset was being read"),
             first.cacheWarning.c_str());
    QVERIFY(!QFile::exists(QString::fromStdString(first.cachePath)));

    const OpenResult second = openDataset(root.path().toStdString(), options);
    QVERIFY(!second.fromCache);
    QVERIFY(second.cacheWarning.empty());
    QVERIFY(second.import.dataset.findImage("00000000000000a2").has_value());
    QVERIFY(openDataset(root.path().toStdString(), options).fromCache);
}

void TestImportFaults::fileVanishingDuringImportIsNamed()
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    writeOpenImages(root, kHeader + row("00000000000000a1"));
    const QString machine = writeTestFile(root, "oidv6-train-annotations-machine-imagelabels.csv", kHeader + row("00000000000000a1"));
    auto progress = [&](std::uint64_t, std::uint64_t, const std::string& phase) {
        if (phase == "Reading labels")
            QFile::remove(machine);
    };
    const QString error = errorOf([&] { importOpenImages(root.path().toStdString(), {}, progress); });
    QVERIFY2(error.contains(machine) && error.contains("cannot open"), qPrintable(error));
}

void TestImportFaults::imagePathsStayInsideTheRootUnlessAllowed()
{
    QTemporaryDir dir;
    const QDir top(dir.path());
    writeTestFile(top, "shared/outside.jpg", "");
    const QString outsideAbsolute = top.filePath("shared/outside.jpg");
    const QDir root(top.filePath("dataset"));
    writeTestFile(root, "inside.jpg", "");
    const QString list = writeTestFile(root, "list.csv", ("path,tags\ninside.jpg,a\n../shared/outside.jpg,b\n" + outsideAbsolute + ",c\n").toUtf8());
    writeTestFile(QDir(top.filePath("coco")), "annotations/instances_train2017.json",
                  ("{\"images\": [{\"id\": 1, \"file_name\": \"../../shared/outside.jpg\"}, {\"id\": 2, \"file_name\": \"" + outsideAbsolute +
                   "\"}], \"annotations\": [{\"id\": 1, \"image_id\": 1, \"category_id\": 1}], \"categories\": [{\"id\": 1, \"name\": \"x\"}]}")
                      .toUtf8());
    const std::string cocoPath = top.filePath("coco").toStdString();

    // By default, the rows naming files elsewhere are refused, each named with its line.
    const ImportResult refused = importList(list.toStdString());
    QCOMPARE(refused.dataset.imageCount(), std::size_t(1));
    QVERIFY(hasIssue(refused.report, 3, "does not name a file inside the list's folder"));
    QVERIFY(hasIssue(refused.report, 4, outsideAbsolute));
    const ImportResult cocoRefused = importCoco(cocoPath);
    QCOMPARE(cocoRefused.dataset.imageCount(), std::size_t(0));
    QVERIFY2(hasIssue(cocoRefused.report, 1, "does not name a file inside the dataset folder"), qPrintable(issuesText(cocoRefused.report)));

    // Allowed: both spellings name one file, kept relative to the root and found on disk.
    const ImagePathPolicy allow{true};
    const ImportResult allowed = importList(list.toStdString(), {}, nullptr, allow);
    QCOMPARE(allowed.dataset.imageCount(), std::size_t(2));
    const auto outside = allowed.dataset.findImage("../shared/outside.jpg");
    QVERIFY(outside.has_value());
    QCOMPARE(QFileInfo(QString::fromStdString(allowed.dataset.imagePath(*outside))).canonicalFilePath(),
             QFileInfo(outsideAbsolute).canonicalFilePath());
    QCOMPARE(allowed.report.missingImages, std::uint64_t(0));
    QCOMPARE(importCoco(cocoPath, {}, nullptr, allow).dataset.imageCount(), std::size_t(2));

    // The permission is part of the cache key: a dataset opened with it is not served to an opening without it.
    QTemporaryDir cache;
    OpenOptions open;
    open.cacheFolder = cache.path().toStdString();
    open.load.imagePaths = allow;
    QCOMPARE(openDataset(list.toStdString(), open).import.dataset.imageCount(), std::size_t(2));
    open.load.imagePaths = {};
    QCOMPARE(openDataset(list.toStdString(), open).import.dataset.imageCount(), std::size_t(1));

#ifdef TAGSCOPE_CLI_PATH
    auto cliImages = [&](const QStringList& extra) {
        QProcess cli;
        cli.start(TAGSCOPE_CLI_PATH, QStringList{"info", list, "--json", "--no-cache"} + extra);
        if (!cli.waitForFinished(60000) || cli.exitCode() != 0)
            return -1;
        return QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value("images").toInt();
    };
    QCOMPARE(cliImages({}), 1);
    QCOMPARE(cliImages({"--allow-outside-root"}), 2);
#endif
}

void TestImportFaults::pathsWithACommonPrefixImportInLinearTime()
{
    // Paths that share their first 16 bytes used to fall into one bucket of the path table: 60 000 rows took
    // 20 s and 200 000 would have taken hours (a list from the internet could hang Tagscope on purpose).
    QTemporaryDir dir;
    QByteArray rows = "path,tags\n";
    for (int i = 0; i < 200000; ++i)
        rows += "images/train2017/" + QByteArray::number(1000000 + i) + ".jpg,a\n";
    const QString list = writeTestFile(QDir(dir.path()), "list.csv", rows);
    QElapsedTimer timer;
    timer.start();
    const ImportResult result = importList(list.toStdString());
    QCOMPARE(result.dataset.imageCount(), std::size_t(200000));
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString("%1 ms").arg(timer.elapsed())));
}

void TestImportFaults::fullDiskKeepsThePreviousFiles()
{
    QTemporaryDir dir, cache;
    const QDir root(dir.path());
    QByteArray rows = kHeader;
    for (int i = 0; i < 5000; ++i)
        rows += row(QByteArray::number(i, 16).rightJustified(16, '0'));
    writeOpenImages(root, rows);
    OpenOptions options;
    options.cacheFolder = cache.path().toStdString();
    const OpenResult first = openDataset(root.path().toStdString(), options);
    const QByteArray cached = [&] {
        QFile file(QString::fromStdString(first.cachePath));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(cached.size() > 8192);

    // The labels change, and the disk is full when the new cache is written: the dataset still opens, with a
    // warning naming the cache, and the old cache file is neither damaged nor left half-replaced.
    QThread::msleep(20);
    writeOpenImages(root, rows + row("00000000000fffff"));
    OpenResult second;
    {
        FileSizeLimit disk(4096);
        QVERIFY(disk.active());
        second = openDataset(root.path().toStdString(), options);
    }
    QCOMPARE(second.import.dataset.imageCount(), std::size_t(5001));
    QVERIFY2(QString::fromStdString(second.cacheWarning).contains(QString::fromStdString(first.cachePath)), second.cacheWarning.c_str());
    QFile file(QString::fromStdString(first.cachePath));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), cached);
    QCOMPARE(QDir(cache.path()).entryList(QDir::Files).size(), 1); // no temporary file left

    // The same for any file written through writeStreamAtomically (checkpoints, exported models).
    const std::string target = cache.filePath("model.pt").toStdString();
    writeStreamAtomically(target, "model", [](std::ostream& out) { out << "first version"; });
    QString error;
    {
        FileSizeLimit disk(1024);
        try {
            writeStreamAtomically(target, "model", [](std::ostream& out) { out << std::string(100000, 'x'); });
        } catch (const std::runtime_error& e) {
            error = e.what();
        }
    }
    QVERIFY2(error.contains(QString::fromStdString(target)) && error.contains("File too large"), qPrintable(error));
    QFile model(QString::fromStdString(target));
    QVERIFY(model.open(QIODevice::ReadOnly));
    QCOMPARE(model.readAll(), QByteArray("first version"));
    QCOMPARE(QDir(cache.path()).entryList(QDir::Files).size(), 2);
}

QTEST_GUILESS_MAIN(TestImportFaults)
#include "tst_import_faults.moc"
