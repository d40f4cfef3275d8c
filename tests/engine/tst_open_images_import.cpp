// The Open Images importer on tricky files: quoting, header or not, bad rows, machine labels, splits.
#include "dataset/dataset_loader.h"
#include "dataset/open_images_importer.h"
#include "dataset/open_images_pieces.h"
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
    void piecesOfAnySizeReadTheSameDataset_data();
    void piecesOfAnySizeReadTheSameDataset();
    void undescribedLabelsNameTheirFileAndLine();
    void missingImagesComeFromOneListingPerFolder();
    void progressCoversTheMachineFile();
    void workersParseAheadOfTheMerge();

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

namespace {

// Human-verified and machine files with every row shape the importer meets: CRLF, blank lines, bad rows, a
// last line without a break, LabelNames without a description in both files, rows of one image across both.
void writeMixedDataset(const QDir& dir, const QByteArray& machineExtra)
{
    writeTestFile(dir, "oidv6-class-descriptions.csv", "LabelName,DisplayName\n/m/a,A\n/m/b,B\n/m/c,C\n");
    QByteArray human = "ImageID,Source,LabelName,Confidence\r\n";
    QByteArray machine = "ImageID,Source,LabelName,Confidence\n";
    const char* labels[] = {"/m/a", "/m/b", "/m/c", "/m/new1", "/m/new2"};
    for (int image = 0; image < 300; ++image) {
        const QByteArray id = QByteArray::number(0x1000 + image * 7, 16).rightJustified(16, '0');
        human += id + ",verification," + labels[image % 4] + "," + QByteArray::number(image % 2) + "\r\n";
        if (image % 37 == 5)
            human += "\r\n" + id + ",verification,/m/a,0.5\r\n"; // blank line, then a human row must be 0 or 1
        if (image % 3 == 0)
            machine += id + ",machine," + labels[(image / 3) % 5] + ",0." + QByteArray::number(10 + image % 90) + "\n";
        if (image % 3 == 1)
            machine += id + ",machine," + labels[(image + 1) % 5] + ",0.7,extra\n" + id + ",machine\n";
    }
    writeTestFile(dir, "oidv6-train-annotations-human-imagelabels.csv", human);
    writeTestFile(dir, "oidv6-train-annotations-machine-imagelabels.csv", machine + machineExtra + "00000000ffffffff,machine,/m/c,1");
    writeTestFile(dir, "validation-annotations-human-imagelabels.csv", "00000000000000ff,verification,/m/new3,1\n");
}

QStringList issuesOf(const ImportReport& report)
{
    QStringList lines;
    for (const ImportIssue& issue : report.issues)
        lines << QString("%1:%2: %3").arg(QFileInfo(QString::fromStdString(issue.file)).fileName()).arg(issue.line).arg(QString::fromStdString(issue.message));
    return lines;
}

void compareDatasets(const ImportResult& a, const ImportResult& b)
{
    const DatasetContents& x = a.dataset.contents();
    const DatasetContents& y = b.dataset.contents();
    QCOMPARE(y.imageIds, x.imageIds);
    QCOMPARE(y.imageSplits, x.imageSplits);
    QCOMPARE(y.labelOffsets, x.labelOffsets);
    QCOMPARE(y.labelTags, x.labelTags);
    QCOMPARE(y.labelFlags, x.labelFlags);
    QCOMPARE(y.labelConfidence, x.labelConfidence);
    QCOMPARE(y.tags.size(), x.tags.size());
    for (std::size_t t = 0; t < x.tags.size(); ++t)
        QCOMPARE(y.tags[t].labelName, x.tags[t].labelName);
    QCOMPARE(issuesOf(b.report), issuesOf(a.report));
    QCOMPARE(b.report.issueCount, a.report.issueCount);
    QCOMPARE(b.report.rowsRead, a.report.rowsRead);
    QCOMPARE(b.report.rowsSkipped, a.report.rowsSkipped);
}

} // namespace

void TestOpenImagesImport::piecesOfAnySizeReadTheSameDataset_data()
{
    QTest::addColumn<QByteArray>("machineExtra");
    QTest::newRow("sorted files") << QByteArray();
    // Rows out of ImageID order, or a quoted field, found while the file streams: it is read again whole.
    QTest::newRow("unsorted machine file") << QByteArray("0000000000000001,machine,/m/new2,0.9\n");
    QTest::newRow("quoted machine file") << QByteArray("00000000fffffff0,\"machine, v2\",/m/a,0.9\n");
}

void TestOpenImagesImport::piecesOfAnySizeReadTheSameDataset()
{
    // Small pieces cut lines, CRLFs and fields anywhere, and stream files of more than 16 pieces through the
    // merge by ImageID instead of reading them whole: none of it may change the dataset or the issues.
    QFETCH(QByteArray, machineExtra);
    QTemporaryDir dir;
    writeMixedDataset(QDir(dir.path()), machineExtra);
    OpenImagesOptions whole;
    whole.threads = 1;
    const ImportResult reference = importOpenImages(dir.path().toStdString(), whole);
    QVERIFY(reference.report.issueCount > 20);
    QVERIFY(reference.dataset.hasMachineConfidence());
    for (std::size_t pieceBytes : {1, 3, 17, 64, 1000}) {
        for (int threads : {1, 3}) {
            OpenImagesOptions options;
            options.pieceBytes = pieceBytes;
            options.threads = threads;
            const ImportResult result = importOpenImages(dir.path().toStdString(), options);
            compareDatasets(reference, result);
            if (QTest::currentTestFailed()) {
                qWarning() << "pieces of" << pieceBytes << "bytes," << threads << "threads";
                return;
            }
        }
    }
}

void TestOpenImagesImport::undescribedLabelsNameTheirFileAndLine()
{
    QTemporaryDir dir;
    writeMixedDataset(QDir(dir.path()), {});
    for (std::size_t pieceBytes : {std::size_t(2) << 20, std::size_t(8)}) {
        OpenImagesOptions options;
        options.pieceBytes = pieceBytes; // whole files, and files streamed through the merge
        const ImportResult result = importOpenImages(dir.path().toStdString(), options);
        const QStringList issues = issuesOf(result.report);
        // Each at the first line that names it, in the first file (human-verified first) that does.
        QVERIFY2(issues.contains("oidv6-train-annotations-human-imagelabels.csv:5: LabelName /m/new1 is not in the class "
                                 "descriptions; shown by its LabelName"),
                 qPrintable(issues.join('\n')));
        QVERIFY2(issues.contains("validation-annotations-human-imagelabels.csv:1: LabelName /m/new3 is not in the class "
                                 "descriptions; shown by its LabelName"),
                 qPrintable(issues.join('\n')));
        QVERIFY2(issues.contains("oidv6-train-annotations-machine-imagelabels.csv:14: LabelName /m/new2 is not in the class "
                                 "descriptions; shown by its LabelName"),
                 qPrintable(issues.join('\n')));
        QCOMPARE(issues.filter("not in the class descriptions").size(), 3);
        // Tags in the order of the files and lines that first name them.
        const Dataset& d = result.dataset;
        QCOMPARE(d.tag(3).labelName, std::string("/m/new1"));
        QCOMPARE(d.tag(4).labelName, std::string("/m/new3"));
        QCOMPARE(d.tag(5).labelName, std::string("/m/new2"));
        QCOMPARE(d.labelState(imageOf(d, "00000000000000ff"), 4), LabelState::Positive);       // validation: /m/new3
        QCOMPARE(d.labelState(imageOf(d, "0000000000001015"), 3), LabelState::Positive);       // human: /m/new1
        QVERIFY(d.machineConfidence(imageOf(d, "0000000000001054"), 5).has_value());           // machine: /m/new2
    }
}

void TestOpenImagesImport::missingImagesComeFromOneListingPerFolder()
{
    // A train folder holding 1 of 2,000 images (plus files that are no image of the dataset), and validation
    // labels without a validation folder.
    QTemporaryDir dir;
    const QDir root(dir.path());
    QByteArray labels = "ImageID,Source,LabelName,Confidence\n";
    std::vector<QByteArray> ids;
    for (int i = 0; i < 2000; ++i) {
        ids.push_back(QByteArray::number(0xabc00000ull + i * 13, 16).rightJustified(16, '0'));
        labels += ids.back() + ",verification,/m/a,1\n";
    }
    writeTestFile(root, "oidv6-class-descriptions.csv", "/m/a,A\n");
    writeTestFile(root, "oidv6-train-annotations-human-imagelabels.csv", labels);
    writeTestFile(root, "validation-annotations-human-imagelabels.csv", "00000000000000f1,verification,/m/a,1\n");
    writeTestFile(root, "train/" + ids[700] + ".jpg", "jpeg");
    writeTestFile(root, "train/notes.txt", "");
    writeTestFile(root, "train/" + ids[701] + ".png", "");
    QVERIFY(root.mkpath("train/" + ids[702] + ".jpg")); // a folder, not an image
    const ImportResult result = importOpenImages(dir.path().toStdString());
    QCOMPARE(result.dataset.imageCount(), std::size_t(2001));
    QCOMPARE(result.report.missingImages, std::uint64_t(2000)); // 1,999 in train, the validation image
    const std::vector<std::string>& examples = result.report.missingImageExamples;
    QCOMPARE(examples.size(), ImportReport::kMaxStoredIssues);
    QCOMPARE(examples.front(), std::string("validation/00000000000000f1.jpg")); // image order: by ImageID
    QCOMPARE(examples[1], "train/" + ids[0].toStdString() + ".jpg");
    QVERIFY(std::find(examples.begin(), examples.end(), "train/" + ids[700].toStdString() + ".jpg") == examples.end());
    QVERIFY(std::find(examples.begin(), examples.end(), "train/" + ids[701].toStdString() + ".jpg") != examples.end());
    QVERIFY(std::find(examples.begin(), examples.end(), "train/" + ids[702].toStdString() + ".jpg") != examples.end());
    // The folder is a source of the import: images arriving later make a cached import stale.
    const auto& files = result.report.filesRead;
    QVERIFY(std::find(files.begin(), files.end(), root.filePath("train").toStdString()) != files.end());
}

void TestOpenImagesImport::progressCoversTheMachineFile()
{
    // The machine file is most of a real folder's bytes: its reading reports progress too, through the same
    // callback and phase, up to the total of both files.
    QTemporaryDir dir;
    writeMixedDataset(QDir(dir.path()), {});
    const QFileInfo human(dir.filePath("oidv6-train-annotations-human-imagelabels.csv"));
    const QFileInfo machine(dir.filePath("oidv6-train-annotations-machine-imagelabels.csv"));
    const QFileInfo validation(dir.filePath("validation-annotations-human-imagelabels.csv"));
    const std::uint64_t total = human.size() + machine.size() + validation.size();
    std::vector<std::uint64_t> done;
    OpenImagesOptions options;
    options.pieceBytes = 256;
    importOpenImages(dir.path().toStdString(), options, [&](std::uint64_t d, std::uint64_t t, const std::string& phase) {
        if (phase != "Reading labels")
            return;
        QCOMPARE(t, total);
        done.push_back(d);
    });
    QVERIFY(std::is_sorted(done.begin(), done.end()));
    QCOMPARE(done.back(), total);
    // A report for each piece of each file: more than the human-verified files' pieces.
    QVERIFY(done.size() > std::size_t(human.size() + validation.size()) / options.pieceBytes + 2);
}

void TestOpenImagesImport::workersParseAheadOfTheMerge()
{
    // The worker threads parse pieces before the merging thread asks for them (while it merges others), and the
    // pieces it then takes are those of one thread parsing the file alone.
    QTemporaryDir dir;
    writeMixedDataset(QDir(dir.path()), {});
    const std::string path = dir.filePath("oidv6-train-annotations-machine-imagelabels.csv").toStdString();
    LabelNameTable tags;
    tags.insert("/m/a", 0);
    const open_images::LabelRowParser parser(tags, {}, path, Split::Train, true);
    auto readAll = [&](int threads, bool waitForWorkers, std::vector<open_images::LabelRow>& rows) {
        open_images::LabelFilePieces file(path);
        file.cut(36, 64); // past the header
        open_images::PieceParsers parsers(threads);
        const int stream = parsers.add(file, parser);
        if (waitForWorkers)
            QTRY_VERIFY(parsers.readyAhead(stream) >= 8);
        open_images::ParsedPiece piece;
        while (parsers.take(stream, piece))
            rows.insert(rows.end(), piece.rows.begin(), piece.rows.end());
    };
    std::vector<open_images::LabelRow> alone, together;
    readAll(1, false, alone);
    readAll(3, true, together);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(alone.size() > 100);
    QCOMPARE(together.size(), alone.size());
    for (std::size_t i = 0; i < alone.size(); ++i) {
        QCOMPARE(together[i].imageId, alone[i].imageId);
        QCOMPARE(together[i].packed, alone[i].packed);
        QCOMPARE(together[i].confidence, alone[i].confidence);
    }
}

QTEST_GUILESS_MAIN(TestOpenImagesImport)
#include "tst_open_images_import.moc"
