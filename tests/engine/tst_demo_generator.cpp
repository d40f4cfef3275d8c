// The Fashion Mosaic demo: generated from the real Fashion-MNIST, read back through the real Open Images importer;
// its ground truth (hidden positives, flipped labels, copies across splits) against what it wrote.
#include "ci_requirements.h"
#include "dataset/dataset_loader.h"
#include "dataset/demo_generator.h"
#include "dataset/fashion_mnist.h"
#include "dataset/statistics.h"
#include "imaging/image_io.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <map>
#include <stdexcept>

using namespace tagscope;

namespace {

const char* const kFashionMnist = "/usr/share/datasets/fashion-mnist";
const char* const kLabelFiles[] = {"oidv6-class-descriptions.csv", "oidv6-train-annotations-human-imagelabels.csv",
                                   "validation-annotations-human-imagelabels.csv", "test-annotations-human-imagelabels.csv"};

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Every file under `folder`, relative path -> contents.
QMap<QString, QByteArray> folderContents(const QString& folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(folder).relativeFilePath(path), readAll(path));
    }
    return files;
}

std::string errorOf(const std::function<void()>& run)
{
    try {
        run();
    } catch (const std::runtime_error& error) {
        return error.what();
    }
    return {};
}

DemoOptions demoOptions(const QString& folder, std::size_t images, std::uint64_t seed)
{
    DemoOptions options;
    options.outputFolder = folder.toStdString();
    options.images = images;
    options.seed = seed;
    options.threads = 2;
    return options;
}

} // namespace

class TestDemoGenerator : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void importsAsOpenImages();
    void keepsQuotedDisplayNames();
    void writesPositivesNegativesAndUnknowns();
    void isLongTailed();
    void writesDecodableJpegs();
    void sortsLabelRowsLikeOpenImages();
    void isDeterministicWhateverTheThreads();
    void singleItemHasOnePositivePerImage();
    void groundTruthNamesHiddenFlippedAndCopiedLabels();
    void cancelLeavesNoDataset();
    void cancelKeepsThePreviousDemo();
    void refusesAFolderThatIsNotADemo();
    void replacesAPreviousDemo();
    void readsFashionMnist();
    void reportsBrokenFashionMnistFiles();
    void defaultFolderFollowsXdg();

private:
    QTemporaryDir temp_;
    QString demo_; // 6000 multi-item images, seed 7
    DemoSummary summary_;
    ImportResult imported_;
};

void TestDemoGenerator::initTestCase()
{
    TAGSCOPE_REQUIRE_IN_CI(QFileInfo::exists(QString(kFashionMnist) + "/train-images-idx3-ubyte.gz"),
                           "Fashion-MNIST is not installed (apt install dataset-fashion-mnist)");
    if (!imagingAvailable())
        QSKIP("built without OpenCV: no JPEG encoder");
    QVERIFY(temp_.isValid());
    demo_ = temp_.filePath("demo");

    std::uint64_t lastDone = 0, total = 0;
    bool monotonic = true;
    QElapsedTimer timer;
    timer.start();
    summary_ = generateDemoDataset(demoOptions(demo_, 6000, 7), [&](std::uint64_t done, std::uint64_t all, const std::string& phase) {
        if (phase != "Writing images")
            return;
        monotonic = monotonic && done >= lastDone;
        lastDone = done;
        total = all;
    });
    qInfo("6000 images generated in %lld ms", static_cast<long long>(timer.elapsed()));
    QVERIFY(monotonic);
    QCOMPARE(lastDone, std::uint64_t(6000));
    QCOMPARE(total, std::uint64_t(6000));
    imported_ = loadDataset(demo_.toStdString());
}

void TestDemoGenerator::importsAsOpenImages()
{
    const Dataset& dataset = imported_.dataset;
    QCOMPARE(dataset.format(), std::string("openimages"));
    QCOMPARE(imported_.report.issueCount, std::uint64_t(0));
    QCOMPARE(dataset.imageCount(), std::size_t(6000));
    QCOMPARE(summary_.images, std::size_t(6000));
    QCOMPARE(dataset.tagCount(), std::size_t(25)); // 10 classes, 3 groups, 6 colours, 6 colour-and-class tags
    QCOMPARE(summary_.tags, dataset.tagCount());

    const DatasetStatistics stats = computeStatistics(dataset);
    QCOMPARE(stats.splits[int(Split::Train)].images, std::uint64_t(4800));
    QCOMPARE(stats.splits[int(Split::Validation)].images, std::uint64_t(600));
    QCOMPARE(stats.splits[int(Split::Test)].images, std::uint64_t(600));
    QCOMPARE(stats.all.positive, summary_.positiveLabels);
    QCOMPARE(stats.all.negative, summary_.negativeLabels);
    QVERIFY(dataset.findTag("/demo/footwear"));
    QVERIFY(dataset.findTag("/demo/red"));
}

void TestDemoGenerator::keepsQuotedDisplayNames()
{
    const Dataset& dataset = imported_.dataset;
    const auto shirt = dataset.findTag("/demo/shirt");
    const auto sandal = dataset.findTag("/demo/sandal");
    QVERIFY(shirt && sandal);
    QCOMPARE(dataset.tag(*shirt).displayName, std::string("Shirt, button-down"));
    QCOMPARE(dataset.tag(*sandal).displayName, std::string("Sandal \"flip-flop\""));
    QVERIFY(readAll(demo_ + "/oidv6-class-descriptions.csv").startsWith("LabelName,DisplayName\n"));
}

void TestDemoGenerator::writesPositivesNegativesAndUnknowns()
{
    const Dataset& dataset = imported_.dataset;
    const DatasetStatistics stats = computeStatistics(dataset);
    QVERIFY(stats.all.positive > 6000);
    QVERIFY(stats.all.negative > 6000);
    QVERIFY(stats.all.unknown > 0);

    // A positive T-shirt implies Clothing and Tops are present: never verified absent, and left unknown
    // about as often as the generator leaves present tags unannotated (18%).
    const auto tshirt = *dataset.findTag("/demo/tshirt");
    const auto clothing = *dataset.findTag("/demo/clothing");
    const auto tops = *dataset.findTag("/demo/tops");
    int implied = 0, unknown = 0;
    for (std::size_t image = 0; image < dataset.imageCount(); ++image) {
        if (dataset.labelState(image, tshirt) != LabelState::Positive)
            continue;
        for (auto group : {clothing, tops}) {
            const LabelState state = dataset.labelState(image, group);
            QVERIFY2(state != LabelState::Negative, dataset.imageName(image).c_str());
            ++implied;
            unknown += state == LabelState::Unknown;
        }
    }
    QVERIFY(implied > 1000);
    const double unknownShare = double(unknown) / implied;
    QVERIFY2(unknownShare > 0.12 && unknownShare < 0.24, QByteArray::number(unknownShare));
}

void TestDemoGenerator::isLongTailed()
{
    const Dataset& dataset = imported_.dataset;
    const DatasetStatistics stats = computeStatistics(dataset);
    QCOMPARE(stats.all.tagsWithPositives, std::uint64_t(25));
    QVERIFY2(stats.all.imbalanceRatio >= 100, QByteArray::number(stats.all.imbalanceRatio));
    // The tail is made of rare classes and their colours, not of a quirk of the group or colour tags.
    const std::string rarest = dataset.tag(std::size_t(stats.all.leastFrequentTag)).labelName;
    QVERIFY2(rarest == "/demo/shirt" || rarest == "/demo/sandal" || rarest == "/demo/ankle-boot" || rarest == "/demo/red-shirt"
                 || rarest == "/demo/blue-shirt" || rarest == "/demo/green-sandal" || rarest == "/demo/purple-ankle-boot",
             rarest.c_str());
    // Every band has tags (head > 100, tail < 20 training positives), at this size and at the default one.
    for (int band = 0; band < 3; ++band)
        QVERIFY2(stats.bandTagCounts[band] > 0, QByteArray::number(band));
    // The most frequent class alone, without the help of the group tags, is far above the tail too.
    const std::uint64_t tshirt = stats.all.tags[*dataset.findTag("/demo/tshirt")].positive;
    const std::uint64_t tail = stats.all.tags[std::size_t(stats.all.leastFrequentTag)].positive;
    qInfo("imbalance %.1f (T-shirt/top %llu, %s %llu positives)", stats.all.imbalanceRatio, (unsigned long long)tshirt,
          rarest.c_str(), (unsigned long long)tail);
    QVERIFY(tshirt >= 50 * tail);
}

void TestDemoGenerator::writesDecodableJpegs()
{
    const Dataset& dataset = imported_.dataset;
    for (const char* split : {"train", "validation", "test"})
        QVERIFY(QFileInfo(demo_ + "/" + split).isDir());
    for (std::size_t image = 0; image < dataset.imageCount(); ++image)
        QVERIFY2(QFileInfo::exists(QString::fromStdString(dataset.imagePath(image))), dataset.imagePath(image).c_str());
    QCOMPARE(QDir(demo_ + "/train").entryList(QDir::Files).size(), 4800);
    for (std::size_t image = 0; image < dataset.imageCount(); image += 97) {
        std::string error;
        const RgbImage decoded = loadImage(dataset.imagePath(image), &error);
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(decoded.width, 112);
        QCOMPARE(decoded.height, 112);
    }
}

void TestDemoGenerator::sortsLabelRowsLikeOpenImages()
{
    const QList<QByteArray> lines = readAll(demo_ + "/" + kLabelFiles[1]).split('\n');
    QCOMPARE(lines.first(), QByteArray("ImageID,Source,LabelName,Confidence"));
    QByteArray previousKey;
    int rows = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        const QList<QByteArray> fields = lines[i].split(',');
        QCOMPARE(fields.size(), 4);
        QCOMPARE(fields[0].size(), 16);
        QCOMPARE(fields[1], QByteArray("verification"));
        QVERIFY(fields[3] == "1" || fields[3] == "0");
        const QByteArray key = fields[0] + ' ' + fields[2];
        QVERIFY2(previousKey < key, lines[i].constData());
        previousKey = key;
        ++rows;
    }
    QVERIFY(rows > 4800);
}

void TestDemoGenerator::isDeterministicWhateverTheThreads()
{
    QTemporaryDir temp;
    DemoOptions one = demoOptions(temp.filePath("one"), 400, 3);
    one.threads = 1;
    DemoOptions three = demoOptions(temp.filePath("three"), 400, 3);
    three.threads = 3;
    DemoOptions otherSeed = demoOptions(temp.filePath("other"), 400, 4);
    generateDemoDataset(one);
    generateDemoDataset(three);
    generateDemoDataset(otherSeed);

    const auto a = folderContents(temp.filePath("one"));
    const auto b = folderContents(temp.filePath("three"));
    QCOMPARE(a.size(), 400 + 7); // images, class descriptions, three label files, the demo marker, two truth files
    QCOMPARE(a.keys(), b.keys());
    for (auto it = a.begin(); it != a.end(); ++it)
        QVERIFY2(it.value() == b.value(it.key()), qPrintable(it.key()));
    QVERIFY(readAll(temp.filePath("one/") + kLabelFiles[1]) != readAll(temp.filePath("other/") + kLabelFiles[1]));
}

void TestDemoGenerator::singleItemHasOnePositivePerImage()
{
    QTemporaryDir temp;
    DemoOptions options = demoOptions(temp.filePath("single"), 3000, 5);
    options.singleItem = true;
    options.imageSize = 64;
    const DemoSummary summary = generateDemoDataset(options);
    QCOMPARE(summary.positiveLabels, std::uint64_t(3000));

    const ImportResult result = loadDataset(options.outputFolder);
    const Dataset& dataset = result.dataset;
    QCOMPARE(dataset.imageCount(), std::size_t(3000));
    QCOMPARE(dataset.tagCount(), std::size_t(10)); // the classes only
    std::uint64_t negatives = 0;
    for (std::size_t image = 0; image < dataset.imageCount(); ++image) {
        const LabelView labels = dataset.labels(image);
        int positives = 0;
        for (std::size_t i = 0; i < labels.count; ++i) {
            positives += label_flags::state(labels.flags[i]) == LabelState::Positive;
            negatives += label_flags::state(labels.flags[i]) == LabelState::Negative;
        }
        QVERIFY2(positives == 1, dataset.imageName(image).c_str());
    }
    QVERIFY(negatives > 3000);
    const DatasetStatistics stats = computeStatistics(dataset);
    QVERIFY(stats.all.unknown > 0);
    QVERIFY2(stats.all.imbalanceRatio >= 100, QByteArray::number(stats.all.imbalanceRatio));
    const RgbImage decoded = loadImage(dataset.imagePath(0));
    QCOMPARE(decoded.width, 64);
    QCOMPARE(decoded.height, 64);
}

void TestDemoGenerator::groundTruthNamesHiddenFlippedAndCopiedLabels()
{
    // The same demo plain and with 10% of its verified labels flipped and 20 training images copied.
    QTemporaryDir temp;
    DemoOptions plainOptions = demoOptions(temp.filePath("plain"), 600, 9);
    plainOptions.imageSize = 64;
    DemoOptions noisyOptions = plainOptions;
    noisyOptions.outputFolder = temp.filePath("noisy").toStdString();
    noisyOptions.flipShare = 0.1;
    noisyOptions.copies = 20;
    generateDemoDataset(plainOptions);
    const DemoSummary summary = generateDemoDataset(noisyOptions);
    QCOMPARE(summary.copies, std::size_t(20));
    const Dataset plain = loadDataset(plainOptions.outputFolder).dataset;
    const ImportResult noisyImport = loadDataset(noisyOptions.outputFolder);
    const Dataset& noisy = noisyImport.dataset;
    QCOMPARE(noisyImport.report.issueCount, std::uint64_t(0));
    for (const std::string& file : noisyImport.report.filesRead) // the truth is not part of the dataset
        QVERIFY2(file.find("ground-truth") == std::string::npos, file.c_str());
    QCOMPARE(noisy.imageCount(), std::size_t(620));

    // The copies, by ImageID (the importer orders images by ImageID: copies sit among the originals).
    const QList<QByteArray> copies = readAll(temp.filePath("noisy/ground-truth/copies.csv")).trimmed().split('\n');
    QSet<std::size_t> copyImages;
    for (qsizetype r = 1; r < copies.size(); ++r)
        copyImages.insert(*noisy.findImage(copies[r].left(16).toStdString()));
    QCOMPARE(copyImages.size(), 20);

    // labels.csv: flipped labels (Given is what the files say, Truth the other way) and hidden positives.
    const QList<QByteArray> rows = readAll(temp.filePath("noisy/ground-truth/labels.csv")).trimmed().split('\n');
    QCOMPARE(rows.first(), QByteArray("ImageID,LabelName,Truth,Given"));
    std::map<std::pair<std::size_t, std::uint32_t>, QByteArray> flipped;
    std::uint64_t hidden = 0, verified = 0;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QList<QByteArray> f = rows[r].split(',');
        QCOMPARE(f.size(), 4);
        const auto image = noisy.findImage(f[0].toStdString());
        const auto tag = noisy.findTag(f[1].toStdString());
        QVERIFY2(image && tag, rows[r].constData());
        const LabelState given = noisy.labelState(*image, *tag);
        if (f[3].isEmpty()) {
            QCOMPARE(f[2], QByteArray("1"));
            QCOMPARE(int(given), int(LabelState::Unknown));
            hidden += !copyImages.contains(*image); // the summary counts the generated images, not their copies
        } else {
            QVERIFY(f[2] != f[3]);
            QCOMPARE(int(given), int(f[3] == "1" ? LabelState::Positive : LabelState::Negative));
            if (!copyImages.contains(*image))
                flipped[{*image, *tag}] = f[2];
        }
    }
    QCOMPARE(hidden, summary.hiddenPositives);
    QCOMPARE(std::uint64_t(flipped.size()), summary.flippedLabels);
    // Flipping them back gives the plain demo, label for label: nothing else changed.
    QCOMPARE(plain.imageCount(), std::size_t(600));
    for (std::size_t i = 0; i < noisy.imageCount(); ++i) {
        if (copyImages.contains(i))
            continue;
        const auto p = plain.findImage(noisy.imageName(i));
        QVERIFY2(p, noisy.imageName(i).c_str());
        for (std::uint32_t t = 0; t < noisy.tagCount(); ++t) {
            LabelState state = noisy.labelState(i, t);
            verified += state != LabelState::Unknown;
            if (const auto it = flipped.find({i, t}); it != flipped.end())
                state = it->second == "1" ? LabelState::Positive : LabelState::Negative;
            QCOMPARE(int(state), int(plain.labelState(*p, t)));
        }
        QCOMPARE(readAll(QString::fromStdString(noisy.imagePath(i))), readAll(QString::fromStdString(plain.imagePath(*p))));
    }
    const double share = double(flipped.size()) / double(verified);
    QVERIFY2(share > 0.07 && share < 0.13, QByteArray::number(share));

    // copies.csv: each copy in validation or test, of a training image, with its original's labels, changed.
    QCOMPARE(copies.first(), QByteArray("ImageID,Split,CopyOf,CopyOfSplit,Change"));
    QCOMPARE(copies.size(), 21);
    QSet<QByteArray> changes, originals;
    for (qsizetype r = 1; r < copies.size(); ++r) {
        const QList<QByteArray> f = copies[r].split(',');
        const std::size_t copy = *noisy.findImage(f[0].toStdString());
        const std::size_t original = *noisy.findImage(f[2].toStdString());
        QVERIFY(copyImages.contains(copy) && !copyImages.contains(original));
        QCOMPARE(QByteArray(splitName(noisy.imageSplit(copy))), f[1]);
        QVERIFY(f[1] == "validation" || f[1] == "test");
        QCOMPARE(noisy.imageSplit(original), Split::Train);
        QCOMPARE(f[3], QByteArray("train"));
        for (std::uint32_t t = 0; t < noisy.tagCount(); ++t)
            QCOMPARE(int(noisy.labelState(copy, t)), int(noisy.labelState(original, t)));
        const RgbImage a = loadImage(noisy.imagePath(copy)), b = loadImage(noisy.imagePath(original));
        QCOMPARE(a.width, f[4] == "resized" ? 57 : f[4] == "cropped" ? 60 : 64);
        if (f[4] == "re-encoded") { // a lower JPEG quality: close, not equal
            double difference = 0;
            for (std::size_t p = 0; p < a.pixels.size(); ++p)
                difference += std::abs(int(a.pixels[p]) - int(b.pixels[p]));
            difference /= double(a.pixels.size());
            QVERIFY2(difference > 0 && difference < 8, QByteArray::number(difference));
        }
        changes.insert(f[4]);
        originals.insert(f[2]);
    }
    QCOMPARE(changes.size(), 3);
    QCOMPARE(originals.size(), 20); // distinct originals
}

void TestDemoGenerator::cancelLeavesNoDataset()
{
    QTemporaryDir temp;
    CancelToken cancel;
    std::uint64_t doneAtCancel = 0, lastDone = 0;
    const DemoSummary summary = generateDemoDataset(
        demoOptions(temp.filePath("cancelled"), 20000, 1),
        [&](std::uint64_t done, std::uint64_t, const std::string& phase) {
            if (phase != "Writing images")
                return;
            lastDone = done;
            if (!doneAtCancel) {
                doneAtCancel = done;
                cancel.cancel();
            }
        },
        &cancel);
    QCOMPARE(summary.images, std::size_t(0));
    QVERIFY(doneAtCancel > 0);
    QVERIFY(lastDone < 2000); // stopped within a few chunks
    // Nothing left behind: no output folder and no unfinished one beside it.
    QCOMPARE(QDir(temp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TestDemoGenerator::cancelKeepsThePreviousDemo()
{
    QTemporaryDir temp;
    const QString folder = temp.filePath("demo");
    generateDemoDataset(demoOptions(folder, 200, 1));
    const auto before = folderContents(folder);

    CancelToken cancel;
    const DemoSummary summary = generateDemoDataset(
        demoOptions(folder, 5000, 2), [&](std::uint64_t, std::uint64_t, const std::string& phase) {
            if (phase == "Writing images")
                cancel.cancel();
        },
        &cancel);
    QCOMPARE(summary.images, std::size_t(0));
    QVERIFY(folderContents(folder) == before);
    QCOMPARE(QDir(temp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{"demo"});
}

void TestDemoGenerator::refusesAFolderThatIsNotADemo()
{
    QTemporaryDir temp;
    QFile notes(temp.filePath("notes.txt"));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("mine");
    notes.close();

    const std::string error = errorOf([&] { generateDemoDataset(demoOptions(temp.path(), 10, 1)); });
    QVERIFY2(error.find(temp.path().toStdString()) != std::string::npos, error.c_str());
    QVERIFY2(error.find("not empty") != std::string::npos, error.c_str());
    QCOMPARE(QDir(temp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{"notes.txt"});
    QCOMPARE(readAll(temp.filePath("notes.txt")), QByteArray("mine"));

    // An empty existing folder is fine.
    QTemporaryDir empty;
    QCOMPARE(generateDemoDataset(demoOptions(empty.path(), 10, 1)).images, std::size_t(10));
}

void TestDemoGenerator::replacesAPreviousDemo()
{
    QTemporaryDir temp;
    const QString folder = temp.filePath("demo");
    generateDemoDataset(demoOptions(folder, 50, 1));
    generateDemoDataset(demoOptions(folder, 30, 2));
    QCOMPARE(loadDataset(folder.toStdString()).dataset.imageCount(), std::size_t(30));
    QCOMPARE(QDir(temp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{"demo"});
}

void TestDemoGenerator::readsFashionMnist()
{
    const FashionMnist data = readFashionMnist(kFashionMnist);
    QCOMPARE(data.count(), std::size_t(60000));
    QCOMPARE(data.rows, 28);
    QCOMPARE(data.columns, 28);
    QCOMPARE(data.pixels.size(), std::size_t(60000) * 28 * 28);
    int perClass[FashionMnist::kClassCount] = {};
    for (std::uint8_t label : data.labels)
        ++perClass[label];
    for (int count : perClass)
        QCOMPARE(count, 6000);
    QCOMPARE(readFashionMnist(kFashionMnist, FashionMnistPart::Test).count(), std::size_t(10000));
    QCOMPARE(std::string(fashionMnistClassName(9)), std::string("Ankle boot"));
}

void TestDemoGenerator::reportsBrokenFashionMnistFiles()
{
    QTemporaryDir temp;
    const QString images = temp.filePath("train-images-idx3-ubyte.gz");

    std::string error = errorOf([&] { readFashionMnist(temp.path().toStdString()); });
    QVERIFY2(error.find(images.toStdString()) != std::string::npos, error.c_str());

    // zlib reads files that are not gzip'd as they are: a plain file with the wrong magic number.
    QFile wrong(images);
    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write(QByteArray("\x00\x00\x08\x01\x00\x00\x00\x02\x05\x06", 10));
    wrong.close();
    error = errorOf([&] { readFashionMnist(temp.path().toStdString()); });
    QVERIFY2(error.find(images.toStdString()) != std::string::npos && error.find("magic") != std::string::npos, error.c_str());

    // The real file cut short.
    QFile::remove(images);
    QVERIFY(QFile::copy(QString(kFashionMnist) + "/train-labels-idx1-ubyte.gz", temp.filePath("train-labels-idx1-ubyte.gz")));
    QFile truncated(images);
    QVERIFY(truncated.open(QIODevice::WriteOnly));
    truncated.write(readAll(QString(kFashionMnist) + "/train-images-idx3-ubyte.gz").left(200000));
    truncated.close();
    error = errorOf([&] { readFashionMnist(temp.path().toStdString()); });
    QVERIFY2(error.find(images.toStdString()) != std::string::npos, error.c_str());

    DemoOptions options = demoOptions(temp.filePath("demo"), 10, 1);
    options.fashionMnistFolder = temp.path().toStdString();
    error = errorOf([&] { generateDemoDataset(options); });
    QVERIFY2(error.find(images.toStdString()) != std::string::npos, error.c_str());
    QVERIFY(!QFileInfo::exists(temp.filePath("demo")));
}

void TestDemoGenerator::defaultFolderFollowsXdg()
{
    const QByteArray savedXdg = qgetenv("XDG_DATA_HOME");
    const QByteArray savedHome = qgetenv("HOME");
    qputenv("XDG_DATA_HOME", "/data/home");
    QCOMPARE(defaultDemoFolder(), std::string("/data/home/tagscope/fashion-mosaic"));
    qunsetenv("XDG_DATA_HOME");
    qputenv("HOME", "/home/someone");
    QCOMPARE(defaultDemoFolder(), std::string("/home/someone/.local/share/tagscope/fashion-mosaic"));
    if (savedXdg.isNull())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", savedXdg);
    qputenv("HOME", savedHome);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demo_generator.moc"
