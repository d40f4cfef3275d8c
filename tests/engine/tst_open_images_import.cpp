// The Open Images importer on tricky files: quoting, header or not, bad rows, machine labels, splits.
#include "dataset/dataset_loader.h"
#include "dataset/open_images_importer.h"
#include "test_files.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <set>

using namespace tagscope;

namespace {

const char* kImageA = "000002b66c9c498e";
const char* kImageB = "000002b97e5471a0";
const char* kImageC = "00000c4cb3e4a7f1";
const char* kImageD = "0000ffee00aa1234";

// A small dataset with one of each subtlety engine/dataset/FORMATS.md names.
void writeTrickyDataset(const QDir& dir)
{
    writeTestFile(dir, "oidv6-class-descriptions.csv",
                  "\xEF\xBB\xBFLabelName,DisplayName\r\n"
                  "/m/apple,Apple\r\n"
                  "/m/bow,\"Bow and arrow, archery\"\r\n"
                  "/m/vinyl,\"12\"\" vinyl\"\r\n"
                  "/m/cat,Cat\r\n");
    writeTestFile(dir, "oidv6-classes-trainable.txt", "/m/apple\n/m/bow\n/m/vinyl\n");
    writeTestFile(dir, "oidv6-train-annotations-human-imagelabels.csv",
                  QByteArray("ImageID,Source,LabelName,Confidence\n")
                      + kImageA + ",verification,/m/apple,1\n"              // line 2
                      + kImageA + ",verification,/m/bow,0\n"                // line 3
                      + "not-an-id,verification,/m/apple,1\n"               // line 4: bad ImageID
                      + kImageB + ",verification,/m/vinyl,1\n"              // line 5
                      + kImageB + ",verification\n"                         // line 6: too few columns
                      + kImageB + ",verification,/m/cat,maybe\n"            // line 7: bad confidence
                      + kImageB + ",verification,/m/cat,0.5\n"              // line 8: human must be 0/1
                      + kImageB + ",verification,/m/unlisted,1\n");         // line 9: unknown LabelName
    // Validation: no header, CRLF, rows not sorted by ImageID.
    writeTestFile(dir, "validation-annotations-human-imagelabels.csv",
                  QByteArray(kImageD) + ",verification,/m/cat,1\r\n" + kImageC + ",verification,/m/apple,0\r\n");
    writeTestFile(dir, "oidv6-train-annotations-machine-imagelabels.csv",
                  QByteArray("ImageID,Source,LabelName,Confidence\n")
                      + kImageA + ",machine,/m/bow,0.9\n"    // human negative wins, confidence attached
                      + kImageA + ",machine,/m/cat,0.7\n"    // above threshold: positive
                      + kImageB + ",machine,/m/apple,0.3\n"); // below: unknown, confidence kept
    QDir(dir.path()).mkpath("train");
    QDir(dir.path()).mkpath("validation");
}

std::uint32_t tagOf(const Dataset& dataset, const char* labelName)
{
    auto tag = dataset.findTag(labelName);
    if (!tag)
        qFatal("tag %s missing", labelName);
    return *tag;
}

std::size_t imageOf(const Dataset& dataset, const char* id)
{
    auto image = dataset.findImage(id);
    if (!image)
        qFatal("image %s missing", id);
    return *image;
}

bool hasIssue(const ImportReport& report, const QString& fileSuffix, std::uint64_t line, const QString& words)
{
    for (const ImportIssue& issue : report.issues)
        if (QString::fromStdString(issue.file).endsWith(fileSuffix) && issue.line == line
            && QString::fromStdString(issue.message).contains(words))
            return true;
    return false;
}

} // namespace

class TestOpenImagesImport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void recognisesTheFileNames();
    void displayNamesSurviveQuoting();
    void labelStatesAndSplits();
    void machineLabelsFollowTheThreshold();
    void badRowsAreReportedWithFileAndLine();
    void trainableListAndImageFolders();
    void largeFileMatchesReferenceParse();
    void cancelStopsEarly();
    void unreadableInputGivesClearErrors();

private:
    QTemporaryDir dir_;
    ImportResult result_;
};

void TestOpenImagesImport::initTestCase()
{
    QVERIFY(dir_.isValid());
    writeTrickyDataset(QDir(dir_.path()));
    result_ = loadDataset(dir_.path().toStdString());
}

void TestOpenImagesImport::recognisesTheFileNames()
{
    QCOMPARE(detectDatasetFormat(dir_.path().toStdString()), std::string("openimages"));
    const OpenImagesFiles files = findOpenImagesFiles(dir_.path().toStdString());
    QCOMPARE(files.classDescriptions.size(), std::size_t(1));
    QCOMPARE(files.humanLabels.size(), std::size_t(2));
    QCOMPARE(files.machineLabels.size(), std::size_t(1));
    QVERIFY(!files.trainableClasses.empty());

    // V7 names and boxable-only splits.
    QTemporaryDir v7;
    writeTestFile(QDir(v7.path()), "oidv7-class-descriptions.csv", "LabelName,DisplayName\n/m/a,A\n");
    writeTestFile(QDir(v7.path()), "oidv7-val-annotations-human-imagelabels.csv", "ImageID,Source,LabelName,Confidence\n");
    writeTestFile(QDir(v7.path()), "test-annotations-human-imagelabels-boxable.csv", "ImageID,Source,LabelName,Confidence\n");
    const OpenImagesFiles v7files = findOpenImagesFiles(v7.path().toStdString());
    QCOMPARE(v7files.humanLabels.size(), std::size_t(2));
    std::map<Split, int> splits;
    for (const auto& file : v7files.humanLabels)
        ++splits[file.second];
    QCOMPARE(splits[Split::Validation], 1);
    QCOMPARE(splits[Split::Test], 1);
}

void TestOpenImagesImport::displayNamesSurviveQuoting()
{
    const Dataset& d = result_.dataset;
    QCOMPARE(d.tag(tagOf(d, "/m/apple")).displayName, std::string("Apple")); // BOM and header handled
    QCOMPARE(d.tag(tagOf(d, "/m/bow")).displayName, std::string("Bow and arrow, archery"));
    QCOMPARE(d.tag(tagOf(d, "/m/vinyl")).displayName, std::string("12\" vinyl"));
    QCOMPARE(d.tag(tagOf(d, "/m/unlisted")).displayName, std::string("/m/unlisted"));
    QCOMPARE(d.tagCount(), std::size_t(5));
}

void TestOpenImagesImport::labelStatesAndSplits()
{
    const Dataset& d = result_.dataset;
    QCOMPARE(d.format(), std::string("openimages"));
    QCOMPARE(d.imageCount(), std::size_t(4));
    const std::size_t a = imageOf(d, kImageA), b = imageOf(d, kImageB), c = imageOf(d, kImageC), dd = imageOf(d, kImageD);
    QCOMPARE(d.imageSplit(a), Split::Train);
    QCOMPARE(d.imageSplit(b), Split::Train);
    QCOMPARE(d.imageSplit(c), Split::Validation);
    QCOMPARE(d.imageSplit(dd), Split::Validation);
    QCOMPARE(d.labelState(a, tagOf(d, "/m/apple")), LabelState::Positive);
    QCOMPARE(d.labelState(a, tagOf(d, "/m/bow")), LabelState::Negative);
    QCOMPARE(d.labelState(a, tagOf(d, "/m/vinyl")), LabelState::Unknown); // absent from the annotations
    QCOMPARE(d.labelState(b, tagOf(d, "/m/vinyl")), LabelState::Positive);
    QCOMPARE(d.labelState(b, tagOf(d, "/m/cat")), LabelState::Unknown);   // both rows were rejected
    QCOMPARE(d.labelState(c, tagOf(d, "/m/apple")), LabelState::Negative);
    QCOMPARE(d.labelState(dd, tagOf(d, "/m/cat")), LabelState::Positive);
    // Labels are stored sorted by tag within each image.
    for (std::size_t i = 0; i < d.imageCount(); ++i) {
        const LabelView view = d.labels(i);
        QVERIFY(std::is_sorted(view.tags, view.tags + view.count));
    }
}

void TestOpenImagesImport::machineLabelsFollowTheThreshold()
{
    const Dataset& d = result_.dataset;
    const std::size_t a = imageOf(d, kImageA), b = imageOf(d, kImageB);
    QVERIFY(d.hasMachineConfidence());
    QCOMPARE(d.labelState(a, tagOf(d, "/m/bow")), LabelState::Negative); // human-verified wins
    QCOMPARE(d.machineConfidence(a, tagOf(d, "/m/bow")).value_or(-1), 0.9f);
    QCOMPARE(d.labelState(a, tagOf(d, "/m/cat")), LabelState::Positive);
    QCOMPARE(d.machineConfidence(a, tagOf(d, "/m/cat")).value_or(-1), 0.7f);
    QCOMPARE(d.labelState(b, tagOf(d, "/m/apple")), LabelState::Unknown);
    QCOMPARE(d.machineConfidence(b, tagOf(d, "/m/apple")).value_or(-1), 0.3f);
    QVERIFY(!d.machineConfidence(a, tagOf(d, "/m/apple")).has_value()); // human only

    LoadOptions strict;
    strict.openImages.machineConfidenceThreshold = 0.8f;
    const ImportResult high = loadDataset(dir_.path().toStdString(), strict);
    QCOMPARE(high.dataset.labelState(imageOf(high.dataset, kImageA), tagOf(high.dataset, "/m/cat")), LabelState::Unknown);

    LoadOptions humanOnly;
    humanOnly.openImages.readMachineLabels = false;
    const ImportResult human = loadDataset(dir_.path().toStdString(), humanOnly);
    QVERIFY(!human.dataset.hasMachineConfidence());
    QCOMPARE(human.dataset.labelState(imageOf(human.dataset, kImageA), tagOf(human.dataset, "/m/cat")), LabelState::Unknown);
}

void TestOpenImagesImport::badRowsAreReportedWithFileAndLine()
{
    const ImportReport& report = result_.report;
    const QString train = "oidv6-train-annotations-human-imagelabels.csv";
    QVERIFY(hasIssue(report, train, 4, "not-an-id"));
    QVERIFY(hasIssue(report, train, 6, "columns"));
    QVERIFY(hasIssue(report, train, 7, "maybe"));
    QVERIFY(hasIssue(report, train, 8, "0 or 1"));
    QCOMPARE(report.rowsSkipped, std::uint64_t(4));
    QVERIFY(std::any_of(report.issues.begin(), report.issues.end(),
                        [](const ImportIssue& i) { return i.message.find("/m/unlisted") != std::string::npos; }));
    QCOMPARE(report.issueCount, std::uint64_t(report.issues.size()));
}

void TestOpenImagesImport::trainableListAndImageFolders()
{
    const Dataset& d = result_.dataset;
    QVERIFY(d.tag(tagOf(d, "/m/apple")).trainable);
    QVERIFY(!d.tag(tagOf(d, "/m/cat")).trainable);
    const QString path = QString::fromStdString(d.imagePath(imageOf(d, kImageA)));
    QCOMPARE(path, QDir(dir_.path()).absoluteFilePath(QString("train/") + kImageA + ".jpg"));
    QCOMPARE(QString::fromStdString(d.imageName(imageOf(d, kImageC))), QString(kImageC));
}

void TestOpenImagesImport::largeFileMatchesReferenceParse()
{
    // Enough rows for the parallel path; errors placed deep in the file must keep their true line numbers.
    QTemporaryDir dir;
    QByteArray classes = "LabelName,DisplayName\n";
    for (int t = 0; t < 300; ++t)
        classes += "/m/t" + QByteArray::number(t) + ",Tag " + QByteArray::number(t) + "\n";
    writeTestFile(QDir(dir.path()), "oidv6-class-descriptions.csv", classes);
    QRandomGenerator rng(7);
    QByteArray labels = "ImageID,Source,LabelName,Confidence\n";
    std::map<std::pair<quint64, int>, int> expected; // (image, tag) -> 1 positive, 0 negative (first row wins)
    std::vector<std::uint64_t> badLines;
    std::uint64_t line = 1;
    for (int image = 0; image < 20000; ++image) {
        const quint64 id = (quint64(image) << 20) | rng.bounded(1u << 20);
        const QByteArray hex = QByteArray::number(id, 16).rightJustified(16, '0');
        for (int k = 0, n = 1 + rng.bounded(4); k < n; ++k) {
            const int tag = rng.bounded(300);
            const int positive = rng.bounded(2);
            ++line;
            if (rng.bounded(997) == 0) {
                labels += hex + ",verification,/m/t" + QByteArray::number(tag) + ",2\n"; // out of range
                badLines.push_back(line);
                continue;
            }
            labels += hex + ",verification,/m/t" + QByteArray::number(tag) + "," + QByteArray::number(positive) + "\n";
            expected.emplace(std::make_pair(id, tag), positive);
        }
    }
    writeTestFile(QDir(dir.path()), "oidv6-train-annotations-human-imagelabels.csv", labels);
    LoadOptions options;
    options.openImages.threads = 3;
    const ImportResult result = loadDataset(dir.path().toStdString(), options);
    const Dataset& d = result.dataset;
    QCOMPARE(result.report.rowsSkipped, std::uint64_t(badLines.size()));
    QVERIFY(!badLines.empty());
    for (std::size_t i = 0; i < badLines.size(); ++i)
        QCOMPARE(result.report.issues[i].line, badLines[i]);
    std::set<quint64> imagesWithValidRows;
    for (const auto& entry : expected)
        imagesWithValidRows.insert(entry.first.first);
    QCOMPARE(d.imageCount(), imagesWithValidRows.size());
    std::uint64_t labelsSeen = 0;
    for (const auto& [key, positive] : expected) {
        const auto image = d.findImage(formatImageId(key.first));
        QVERIFY(image.has_value());
        const LabelState state = d.labelState(*image, *d.findTag("/m/t" + std::to_string(key.second)));
        QCOMPARE(state, positive ? LabelState::Positive : LabelState::Negative);
        ++labelsSeen;
    }
    QCOMPARE(d.labelCount(), labelsSeen);
}

void TestOpenImagesImport::cancelStopsEarly()
{
    CancelToken cancel;
    cancel.cancel();
    const ImportResult result = loadDataset(dir_.path().toStdString(), {}, {}, &cancel);
    QVERIFY(result.dataset.imageCount() < result_.dataset.imageCount());
}

void TestOpenImagesImport::unreadableInputGivesClearErrors()
{
    auto errorFor = [](const std::string& path) -> QString {
        try {
            loadDataset(path);
        } catch (const std::runtime_error& error) {
            return QString::fromUtf8(error.what());
        }
        return {};
    };
    const std::string missing = (dir_.path() + "/nowhere").toStdString();
    QVERIFY(errorFor(missing).contains(QString::fromStdString(missing)));
    QTemporaryDir empty;
    QVERIFY(errorFor(empty.path().toStdString()).contains("not a dataset"));

    QTemporaryDir badHeader;
    writeTestFile(QDir(badHeader.path()), "oidv6-train-annotations-human-imagelabels.csv", "ImageID,Source,Label\n");
    QVERIFY(errorFor(badHeader.path().toStdString()).contains(":1:"));
}

QTEST_GUILESS_MAIN(TestOpenImagesImport)
#include "tst_open_images_import.moc"
