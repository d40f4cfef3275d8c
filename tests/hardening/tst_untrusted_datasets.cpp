// Datasets are untrusted input that Tagscope only ever reads: opening one (import, dataset cache, reopening
// from the cache), checking its images, decoding them and making thumbnails (disk cache included) leaves
// every file and folder of the dataset exactly as it was, works when the dataset is read-only, and never runs
// anything a dataset names, whatever shell syntax its file names carry.
#include "dataset/dataset_opener.h"
#include "dataset/demo_generator.h"
#include "dataset/statistics.h"
#include "fault_helpers.h"
#include "imaging/image_io.h"
#include "imaging/square_crop.h"
#include "test_files.h"
#include "thumbnails/thumbnail_disk_cache.h"
#include "thumbnails/thumbnail_loader.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tagscope;

namespace {

// The application's image source, reduced to what the thumbnail pool needs.
class DatasetSource : public ui::ImageSource {
public:
    explicit DatasetSource(const Dataset& dataset) : dataset_(dataset) {}
    QString imageName(int image) const override { return QString::fromStdString(dataset_.imageName(image)); }
    QString imageToolTip(int) const override { return {}; }
    QString imagePath(int image) const override { return QString::fromStdString(dataset_.imagePath(image)); }
    QImage loadThumbnail(int image, int maxSide, QString* error) const override
    {
        std::string message;
        const RgbImage rgb = tagscope::loadThumbnail(dataset_.imagePath(image), maxSide, &message);
        if (rgb.empty()) {
            *error = QString::fromStdString(message);
            return {};
        }
        return QImage(rgb.pixels.data(), rgb.width, rgb.height, rgb.width * 3, QImage::Format_RGB888).copy();
    }

private:
    const Dataset& dataset_;
};

// Removes write permission from every file and folder under `root`, and restores the modes on destruction.
class ReadOnlyTree {
public:
    explicit ReadOnlyTree(const QString& root)
    {
        QStringList paths{root};
        QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            paths << it.next();
        for (const QString& path : paths) {
            struct stat status {};
            if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
                continue;
            modes_.append({path, status.st_mode & 07777});
            ::chmod(QFile::encodeName(path).constData(), status.st_mode & 07555);
        }
    }
    ~ReadOnlyTree()
    {
        for (const auto& [path, mode] : modes_)
            ::chmod(QFile::encodeName(path).constData(), mode);
    }

private:
    QList<QPair<QString, mode_t>> modes_;
};

// Opens, reopens from the cache, checks statistics, decodes and thumbnails every image of the dataset.
void useDataset(const QString& path, const QString& cacheFolder)
{
    OpenOptions options;
    options.cacheFolder = (cacheFolder + "/datasets").toStdString();
    const OpenResult opened = openDataset(path.toStdString(), options);
    QVERIFY2(opened.cacheWarning.empty(), opened.cacheWarning.c_str());
    const OpenResult reopened = openDataset(path.toStdString(), options);
    QVERIFY(reopened.fromCache);
    const Dataset& dataset = reopened.import.dataset;
    QVERIFY(dataset.imageCount() > 0);
    computeStatistics(dataset);
    for (std::size_t i = 0; i < dataset.imageCount(); ++i) {
        std::string error;
        QVERIFY2(!loadSquareCrop(dataset.imagePath(i), 32, &error).empty(), error.c_str());
    }
    ui::ThumbnailLoader loader;
    auto disk = std::make_shared<ui::ThumbnailDiskCache>(cacheFolder + "/thumbnails");
    disk->setMinimumFileSize(0); // every thumbnail goes to the disk cache
    loader.setDiskCache(disk);
    loader.setSource(std::make_shared<DatasetSource>(dataset));
    QSignalSpy ready(&loader, &ui::ThumbnailLoader::thumbnailReady);
    for (std::size_t i = 0; i < dataset.imageCount(); ++i)
        loader.request(static_cast<int>(i));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), static_cast<int>(dataset.imageCount()), 30000);
    QVERIFY(!QDir(cacheFolder + "/thumbnails").isEmpty()); // the thumbnails went to the cache, not the dataset
}

QString differences(const TreeSnapshot& before, const TreeSnapshot& after)
{
    QString text;
    for (auto it = after.begin(); it != after.end(); ++it)
        if (before.value(it.key()) != it.value())
            text += "\n  changed or added: " + it.key();
    for (auto it = before.begin(); it != before.end(); ++it)
        if (!after.contains(it.key()))
            text += "\n  removed: " + it.key();
    return text;
}

} // namespace

class TestUntrustedDatasets : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void usingADatasetNeverWritesIntoIt_data();
    void usingADatasetNeverWritesIntoIt();
    void fileNamesAreNeverRunAsCommands();
    void noCodeRunsAProgramOrLoadsCodeFromADataset();

private:
    QTemporaryDir dir_;
    QString demo_;
    QString list_;
};

void TestUntrustedDatasets::initTestCase()
{
    demo_ = dir_.filePath("demo");
    DemoOptions options;
    options.outputFolder = demo_.toStdString();
    options.images = 24;
    options.imageSize = 32;
    options.threads = 2;
    generateDemoDataset(options);
    // The same images as a list with tags, in a folder of its own.
    list_ = dir_.filePath("list");
    QDir().mkpath(list_ + "/images");
    QByteArray rows = "path,tags\n";
    const QStringList images = QDir(demo_ + "/train").entryList({"*.jpg"}, QDir::Files, QDir::Name);
    for (const QString& image : images) {
        QVERIFY(QFile::copy(demo_ + "/train/" + image, list_ + "/images/" + image));
        rows += "images/" + image.toUtf8() + ",garment\n";
    }
    writeTestFile(QDir(list_), "labels.csv", rows);
}

void TestUntrustedDatasets::usingADatasetNeverWritesIntoIt_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("open images layout") << "demo" << false;
    QTest::newRow("open images layout, read-only") << "demo" << true;
    QTest::newRow("list") << "list" << false;
    QTest::newRow("list, read-only") << "list" << true;
}

void TestUntrustedDatasets::usingADatasetNeverWritesIntoIt()
{
    QFETCH(QString, which);
    QFETCH(bool, readOnly);
    const QString root = which == "demo" ? demo_ : list_;
    QTemporaryDir cache;
    const TreeSnapshot before = snapshotTree(root);
    {
        std::unique_ptr<ReadOnlyTree> locked;
        std::unique_ptr<WithoutPermissionOverride> asAnyUser; // CI runs as root, whom permission bits do not stop
        if (readOnly) {
            locked = std::make_unique<ReadOnlyTree>(root);
            asAnyUser = std::make_unique<WithoutPermissionOverride>();
            QVERIFY2(!QFile(root + "/probe").open(QIODevice::WriteOnly), "the read-only dataset is writable");
        }
        useDataset(root, cache.path());
    }
    if (QTest::currentTestFailed())
        return;
    const TreeSnapshot after = snapshotTree(root);
    QVERIFY2(after == before, qPrintable("the dataset changed:" + differences(before, after)));
}

void TestUntrustedDatasets::fileNamesAreNeverRunAsCommands()
{
    QTemporaryDir hostile;
    const QDir root(hostile.path());
    const QString marker = "tagscope-ran-this"; // where a shell would create it: the dataset or the working folder
    const QByteArray jpeg = [&] {
        QFile file(demo_ + "/train/" + QDir(demo_ + "/train").entryList({"*.jpg"}).first());
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }();
    // Shell syntax in file names and tags, and an executable script next to them.
    const QStringList names = {"$(touch " + marker + ").jpg", "`touch " + marker + "`.jpg", "a;touch " + marker + ".jpg",
                               "b|touch " + marker + " &.jpg"};
    QByteArray rows = "path\ttags\n";
    for (const QString& name : names) {
        writeTestFile(root, name, jpeg);
        rows += name.toUtf8() + "\t$(touch " + marker.toUtf8() + ")|`touch " + marker.toUtf8() + "`\n";
    }
    writeTestFile(root, "labels.tsv", rows);
    const QString script = writeTestFile(root, "tagscope.sh", "#!/bin/sh\ntouch " + marker.toUtf8() + "\n");
    QFile::setPermissions(script, QFile::permissions(script) | QFile::ExeOwner);

    QTemporaryDir cache;
    useDataset(root.path(), cache.path());
    OpenOptions options;
    options.useCache = false;
    const Dataset dataset = openDataset(root.path().toStdString(), options).import.dataset;
    QCOMPARE(dataset.imageCount(), std::size_t(names.size()));
    QVERIFY(dataset.findTag("$(touch " + marker.toStdString() + ")").has_value()); // a tag like any other
    QVERIFY2(!QFile::exists(root.filePath(marker)) && !QFile::exists(marker), "a file name or tag was run as a command");
}

void TestUntrustedDatasets::noCodeRunsAProgramOrLoadsCodeFromADataset()
{
    // Tagscope has no reason to start programs; the only code it loads is its own LibTorch plugin, from the
    // folder of tagscope-cli. A new call of this kind must be reviewed for dataset-controlled arguments.
    // The C calls, unqualified, global (::) or std::, but not members such as QLocale::system().
    const QRegularExpression spawning(R"((^|[^\w.>:]|\bstd::|[^\w:]::)(system|popen|execv|execvp|execl|execlp|posix_spawn|dlopen)\s*\()"
                                      R"(|\bQProcess\b|QDesktopServices::openUrl)");
    const QString source = QDir(TAGSCOPE_TEST_DATA "/../..").canonicalPath();
    QStringList found;
    for (const char* folder : {"engine", "widgets", "app"}) {
        QDirIterator it(source + "/" + folder, {"*.cpp", "*.h"}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            int line = 0;
            while (!file.atEnd()) {
                const QString text = QString::fromUtf8(file.readLine());
                ++line;
                if (spawning.match(text).hasMatch())
                    found << QString("%1:%2: %3").arg(QDir(source).relativeFilePath(file.fileName())).arg(line).arg(text.trimmed());
            }
        }
    }
    const QStringList allowed = {
        "app/cli/plugin_commands.cpp", // dlopen of <tagscope-cli folder>/libtagscope_cli_{torch,images}.so
        "app/cli/launch_command.cpp", // execv of tagscope-cli itself (its own path) with the user's arguments, no shell
        "app/gui/engine_bridge/build_info.cpp", // dlopen of the NVIDIA driver by its fixed system name, for About
        "engine/embedding/system_blas.cpp", // dlopen of the system BLAS / LAPACK: the build's path or fixed system names
    };
    for (const char* reviewed : {"app/cli/plugin_commands.cpp:", "app/cli/launch_command.cpp:"}) // the scan still sees them
        QVERIFY2(std::any_of(found.begin(), found.end(), [&](const QString& hit) { return hit.startsWith(reviewed); }), reviewed);
    for (const QString& hit : found)
        QVERIFY2(std::any_of(allowed.begin(), allowed.end(), [&](const QString& file) { return hit.startsWith(file + ":"); }),
                 qPrintable("unreviewed process or code loading: " + hit));
}

QTEST_MAIN(TestUntrustedDatasets)
#include "tst_untrusted_datasets.moc"
