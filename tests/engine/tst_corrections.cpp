// Review decisions (quality/corrections.h): applied on top of the annotations exactly (brute-force check on random
// datasets), a later decision replacing an earlier one, the journal compacted, a partial last line ignored with a
// message, a writer killed mid-append losing nothing already written, and tagscope-cli corrections end to end:
// set, export and import into a fresh data folder giving the same labels, info and filter with and without the
// corrections, unknown images and tags refused with the file and line, --clear taking every decision back.
#include "cli_runner.h"
#include "dataset/dataset_opener.h"
#include "quality/corrections.h"
#include "random_dataset.h"
#include "test_files.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <random>

#include <signal.h>

using namespace tagscope;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs tagscope-cli with XDG_DATA_HOME set to `dataHome` (where corrections live).
CliRun runWithDataHome(const QString& dataHome, const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("XDG_DATA_HOME", dataHome);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TAGSCOPE_CLI_PATH), arguments);
    if (!process.waitForFinished(120000))
        qFatal("tagscope-cli did not finish in time");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

const char* const kImages[] = {"000000000000000a", "000000000000000b", "000000000000000c",
                               "000000000000000d", "000000000000000e", "000000000000000f"};

// Six images (four train, two validation), three tags; image a is positive for cat, negative for dog.
void writeOpenImagesFolder(const QString& folder)
{
    const QDir dir(folder);
    writeTestFile(dir, "oidv6-class-descriptions.csv", "LabelName,DisplayName\n/m/cat,Cat\n/m/dog,Dog\n/m/hat,Hat\n");
    QByteArray train = "ImageID,Source,LabelName,Confidence\n";
    train += QByteArray(kImages[0]) + ",verification,/m/cat,1\n" + kImages[0] + ",verification,/m/dog,0\n";
    train += QByteArray(kImages[1]) + ",verification,/m/cat,1\n" + kImages[2] + ",verification,/m/hat,1\n";
    train += QByteArray(kImages[3]) + ",verification,/m/dog,1\n";
    writeTestFile(dir, "oidv6-train-annotations-human-imagelabels.csv", train);
    writeTestFile(dir, "validation-annotations-human-imagelabels.csv",
                  "ImageID,Source,LabelName,Confidence\n" + QByteArray(kImages[4]) + ",verification,/m/cat,1\n" + kImages[5]
                      + ",verification,/m/hat,0\n");
}

} // namespace

class TestCorrections : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void appliedAsDecided_data();
    void appliedAsDecided();
    void laterDecisionWinsAndJournalCompacts();
    void partialLastLineIsIgnored();
    void writerKilledMidAppendLosesNothingWritten();
    void roundTripThroughExportAndImport();
    void openingAppliesThemUnlessAskedNotTo();
    void unknownImagesAndTagsAreRefused();
    void clearWithdrawsEveryDecision();

private:
    QTemporaryDir dir_;
    QString dataset_;
};

void TestCorrections::initTestCase()
{
    QVERIFY(dir_.isValid());
    dataset_ = dir_.filePath("open-images");
    writeOpenImagesFolder(dataset_);
}

void TestCorrections::appliedAsDecided_data()
{
    QTest::addColumn<bool>("paths");
    QTest::addColumn<bool>("machine");
    QTest::newRow("ImageIDs, machine labels") << false << true;
    QTest::newRow("paths, human labels only") << true << false;
}

void TestCorrections::appliedAsDecided()
{
    QFETCH(bool, paths);
    QFETCH(bool, machine);
    RandomDatasetShape shape;
    shape.images = 400;
    shape.imagePaths = paths;
    shape.machineLabels = machine;
    const Dataset original = randomDataset(11, shape);
    // Random decisions, several on the same label (the last one counts), on annotated and unannotated labels.
    std::mt19937_64 random(5);
    std::map<std::pair<std::string, std::uint32_t>, LabelState> expected;
    std::map<std::string, bool> leftOut;
    QTemporaryDir folder;
    {
        CorrectionStore store(folder.filePath("c").toStdString());
        for (int round = 0; round < 6; ++round) {
            std::vector<LabelDecision> decisions;
            for (int k = 0; k < 40; ++k) {
                const std::size_t image = random() % 60; // few images: repeats happen
                const auto tag = static_cast<std::uint32_t>(random() % original.tagCount());
                const LabelState state = random() % 2 ? LabelState::Positive : LabelState::Negative;
                decisions.push_back({original.imageName(image), original.tag(tag).labelName, state});
                expected[{original.imageName(image), tag}] = state;
            }
            store.decide(decisions);
            const std::string out = original.imageName(100 + random() % 50);
            store.leaveOut({out});
            leftOut[out] = true;
        }
    }
    const CorrectionStore reread(folder.filePath("c").toStdString());
    QVERIFY(reread.issues().empty());
    QCOMPARE(reread.labelCount(), expected.size());
    QCOMPARE(reread.leftOutCount(), leftOut.size());

    Dataset corrected = randomDataset(11, shape);
    const AppliedCorrections applied = applyCorrections(reread, corrected);
    QVERIFY(applied.issues.empty());
    QCOMPARE(applied.labels, expected.size());
    QCOMPARE(applied.leftOut, leftOut.size());
    QCOMPARE(applied.hash, reread.hash());
    QCOMPARE(corrected.imageCount(), original.imageCount() - leftOut.size());
    std::size_t kept = 0;
    for (std::size_t i = 0; i < original.imageCount(); ++i) {
        const std::string name = original.imageName(i);
        if (leftOut.count(name))
            continue;
        const std::size_t c = kept++; // the remaining images keep their order
        QCOMPARE(corrected.imageName(c), name);
        QCOMPARE(int(corrected.imageSplit(c)), int(original.imageSplit(i)));
        for (std::uint32_t t = 0; t < original.tagCount(); ++t) {
            const auto decided = expected.find({name, t});
            const LabelState want = decided != expected.end() ? decided->second : original.labelState(i, t);
            QCOMPARE(int(corrected.labelState(c, t)), int(want));
            if (original.machineConfidence(i, t)) // a decision keeps the machine confidence attached
                QCOMPARE(*corrected.machineConfidence(c, t), *original.machineConfidence(i, t));
        }
    }
    QCOMPARE(kept, corrected.imageCount());
}

void TestCorrections::laterDecisionWinsAndJournalCompacts()
{
    QTemporaryDir folder;
    const std::string path = folder.filePath("c").toStdString();
    CorrectionStore store(path);
    for (int i = 0; i < 300; ++i)
        store.decide({{"000000000000000a", "/m/cat", i % 2 ? LabelState::Positive : LabelState::Negative}});
    store.decide({{"000000000000000b", "/m/dog", LabelState::Negative}});
    const QList<QByteArray> lines = readAll(QString::fromStdString(store.labelFile())).trimmed().split('\n');
    QVERIFY2(lines.size() <= 2 + 64 + 4, qPrintable(QString::number(lines.size()))); // compacted, not 301 lines
    QCOMPARE(lines.first(), QByteArray("ImageID,Source,LabelName,Confidence"));

    const CorrectionStore reread(path);
    QCOMPARE(reread.labelCount(), std::size_t(2));
    const std::vector<LabelDecision> labels = reread.labels();
    QCOMPARE(labels[0].image, std::string("000000000000000a"));
    QCOMPARE(int(labels[0].state), int(LabelState::Positive)); // decision 299
    QCOMPARE(int(labels[1].state), int(LabelState::Negative));

    // The hash follows the decisions in force, not the history.
    QTemporaryDir other;
    CorrectionStore direct(other.filePath("c").toStdString());
    direct.decide({{"000000000000000b", "/m/dog", LabelState::Negative}, {"000000000000000a", "/m/cat", LabelState::Positive}});
    QCOMPARE(direct.hash(), reread.hash());
    QVERIFY(!direct.hash().empty());
    direct.decide({{"000000000000000a", "/m/cat", LabelState::Negative}});
    QVERIFY(direct.hash() != reread.hash());

    // Withdrawing a decision rewrites the file without it.
    QCOMPARE(direct.withdraw({{"000000000000000a", "/m/cat"}}), std::size_t(1));
    QCOMPARE(CorrectionStore(other.filePath("c").toStdString()).labelCount(), std::size_t(1));
}

void TestCorrections::partialLastLineIsIgnored()
{
    QTemporaryDir folder;
    const std::string path = folder.filePath("c").toStdString();
    {
        CorrectionStore store(path);
        store.decide({{"000000000000000a", "/m/cat", LabelState::Positive}, {"000000000000000b", "/m/cat", LabelState::Negative}});
        store.leaveOut({"000000000000000c"});
    }
    const QString labelFile = folder.filePath("c/human-imagelabels.csv");
    QFile file(labelFile);
    QVERIFY(file.open(QIODevice::Append));
    file.write("000000000000000d,tagscope-review,/m/c"); // what a write cut short leaves
    file.close();

    CorrectionStore store(path);
    QCOMPARE(store.labelCount(), std::size_t(2));
    QCOMPARE(store.issues().size(), std::size_t(1));
    const QString issue = QString::fromStdString(formatIssue(store.issues()[0]));
    QVERIFY2(issue.startsWith(labelFile + ":4: ") && issue.contains("incomplete"), qPrintable(issue));
    // The next decision is not glued to the broken line: the file is rewritten first.
    store.decide({{"000000000000000e", "/m/dog", LabelState::Positive}});
    QVERIFY(readAll(labelFile).endsWith("000000000000000e,tagscope-review,/m/dog,1\n"));
    const CorrectionStore after(path);
    QVERIFY(after.issues().empty());
    QCOMPARE(after.labelCount(), std::size_t(3));
    QCOMPARE(after.leftOutCount(), std::size_t(1));
}

void TestCorrections::writerKilledMidAppendLosesNothingWritten()
{
    QTemporaryDir home;
    QVERIFY(runWithDataHome(home.path(), {"corrections", dataset_, "--quiet", "--set", kImages[0], "Dog", "positive", "--set", kImages[1],
                                          "/m/hat", "negative", "--leave-out", kImages[5]})
                .exitCode == 0);
    // A third decision stops itself (a test hook) with half its line on disk, and is killed there.
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("XDG_DATA_HOME", home.path());
    environment.insert("TAGSCOPE_TEST_STOP_WRITING", "corrections");
    child.setProcessEnvironment(environment);
    child.start(TAGSCOPE_CLI_PATH, {"corrections", dataset_, "--quiet", "--set", kImages[2], "Cat", "positive"});
    QVERIFY(child.waitForStarted());
    const auto stopped = [&] {
        QFile stat(QString("/proc/%1/stat").arg(child.processId()));
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray fields = stat.readAll();
        return fields.mid(fields.lastIndexOf(')') + 2, 1) == "T";
    };
    QVERIFY2(QTest::qWaitFor([&] { return stopped() || child.state() != QProcess::Running; }, 60000), "the writer never stopped");
    QVERIFY2(stopped(), "the writer ended before writing");
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    // The two earlier decisions and the left-out image are intact; the broken line is named and ignored.
    const CliRun info = runWithDataHome(home.path(), {"info", dataset_, "--json", "--quiet"});
    QCOMPARE(info.exitCode, 0);
    const QJsonObject corrections = info.json()["corrections"].toObject();
    QCOMPARE(corrections["labels"].toInt(), 2);
    QCOMPARE(corrections["left_out"].toInt(), 1);
    const QJsonArray issues = corrections["issues"].toArray();
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues[0].toObject()["file"].toString().endsWith("/human-imagelabels.csv"));
    QCOMPARE(issues[0].toObject()["line"].toInt(), 4);
    QVERIFY(info.err.contains("incomplete"));
    // The decision is made again, and the files are whole.
    const CliRun again = runWithDataHome(home.path(), {"corrections", dataset_, "--quiet", "--json", "--set", kImages[2], "Cat", "positive"});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json()["counts"].toObject()["labels"].toInt(), 3);
    const CliRun clean = runWithDataHome(home.path(), {"info", dataset_, "--json", "--quiet"});
    QCOMPARE(clean.json()["corrections"].toObject()["issues"].toArray().size(), 0);
    QCOMPARE(clean.json()["corrections"].toObject()["labels"].toInt(), 3);
}

void TestCorrections::roundTripThroughExportAndImport()
{
    QTemporaryDir first, second;
    const CliRun set = runWithDataHome(first.path(), {"corrections", dataset_, "--quiet", "--set", kImages[0], "Dog", "positive", "--set", kImages[3],
                                                      "Dog", "negative", "--set", kImages[4], "/m/hat", "positive", "--set", kImages[0],
                                                      "Dog", "negative"}); // replaces the first
    QCOMPARE(set.exitCode, 0);
    const QString exported = dir_.filePath("answers.csv");
    const CliRun exportRun = runWithDataHome(first.path(), {"corrections", dataset_, "--quiet", "--export", exported, "--list", "--json"});
    QCOMPARE(exportRun.exitCode, 0);
    const QJsonArray labels = exportRun.json()["labels"].toArray();
    QCOMPARE(labels.size(), 3);
    QVERIFY(readAll(exported).startsWith("ImageID,Source,LabelName,Confidence\n"));
    QVERIFY(readAll(exported).contains(QByteArray(kImages[0]) + ",tagscope-review,/m/dog,0\n"));

    // A fresh data folder: nothing, until the file is imported.
    QCOMPARE(runWithDataHome(second.path(), {"corrections", dataset_, "--quiet", "--json"}).json()["counts"].toObject()["labels"].toInt(), 0);
    const CliRun imported = runWithDataHome(second.path(), {"corrections", dataset_, "--quiet", "--import", exported, "--list", "--json"});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.json()["labels"].toArray(), labels);
    QCOMPARE(imported.json()["hash"], exportRun.json()["hash"]);
    // And the dataset opens with the same labels in both.
    const QJsonObject a = runWithDataHome(first.path(), {"info", dataset_, "--json", "--quiet"}).json();
    const QJsonObject b = runWithDataHome(second.path(), {"info", dataset_, "--json", "--quiet"}).json();
    QCOMPARE(a["tag_list"], b["tag_list"]);
    QCOMPARE(a["labels"], b["labels"]);
    QCOMPARE(a["corrections"].toObject()["hash"], b["corrections"].toObject()["hash"]);

    // Annotators' answers: a file in another column order, questions left unanswered skipped.
    const QString answers = writeTestFile(QDir(dir_.path()), "annotators.csv",
                                          "Source,ImageID,Confidence,LabelName\nverification," + QByteArray(kImages[5])
                                              + ",1,/m/cat\nverification," + kImages[2] + ",,/m/dog\n");
    const CliRun answered = runWithDataHome(second.path(), {"corrections", dataset_, "--quiet", "--import", answers, "--json"});
    QCOMPARE(answered.exitCode, 0);
    QCOMPARE(answered.json()["counts"].toObject()["labels"].toInt(), 4);
    QCOMPARE(answered.json()["unanswered"].toInt(), 1);
}

void TestCorrections::openingAppliesThemUnlessAskedNotTo()
{
    QTemporaryDir home;
    // Image a: dog 0 -> 1; image c: cat unknown -> 1; image f (validation) left out.
    QCOMPARE(runWithDataHome(home.path(), {"corrections", dataset_, "--quiet", "--set", kImages[0], "Dog", "positive", "--set", kImages[2],
                                           "Cat", "positive", "--leave-out", kImages[5]})
                 .exitCode,
             0);
    const QJsonObject original = runWithDataHome(home.path(), {"info", dataset_, "--json", "--quiet", "--no-corrections"}).json();
    const QJsonObject corrected = runWithDataHome(home.path(), {"info", dataset_, "--json", "--quiet"}).json();
    QCOMPARE(original["images"].toInt(), 6);
    QCOMPARE(corrected["images"].toInt(), 5);
    QCOMPARE(original["labels"].toObject()["positive"].toInt(), 5);
    QCOMPARE(corrected["labels"].toObject()["positive"].toInt(), 7);
    QCOMPARE(original["labels"].toObject()["negative"].toInt(), 2);
    QCOMPARE(corrected["labels"].toObject()["negative"].toInt(), 0); // a's dog is positive now, f is gone
    QCOMPARE(corrected["corrections"].toObject()["labels"].toInt(), 2);
    QCOMPARE(corrected["corrections"].toObject()["left_out"].toInt(), 1);
    QCOMPARE(corrected["corrections"].toObject()["applied"].toBool(), true);
    QCOMPARE(original["corrections"].toObject()["applied"].toBool(), false);
    QCOMPARE(original["corrections"].toObject()["labels"].toInt(), 2); // counted, not applied
    QCOMPARE(corrected["splits"].toObject()["validation"].toObject()["images"].toInt(), 1);
    // The filter sees them too.
    const CliRun dogs = runWithDataHome(home.path(), {"filter", dataset_, "Dog", "--count"});
    const CliRun dogsBefore = runWithDataHome(home.path(), {"filter", dataset_, "Dog", "--count", "--no-corrections"});
    QCOMPARE(dogs.out.trimmed(), QByteArray("2"));
    QCOMPARE(dogsBefore.out.trimmed(), QByteArray("1"));
    // Nothing was written into the dataset's folder.
    QCOMPARE(QDir(dataset_).entryList(QDir::Files).size(), 3);
}

void TestCorrections::unknownImagesAndTagsAreRefused()
{
    QTemporaryDir home;
    const QString bad = writeTestFile(QDir(dir_.path()), "bad.csv",
                                      "ImageID,Source,LabelName,Confidence\n" + QByteArray(kImages[0]) + ",verification,/m/cat,1\n"
                                          "00000000000000ff,verification,/m/cat,1\n" + kImages[1] + ",verification,/m/cow,0\n"
                                          + kImages[2] + ",verification,/m/dog,0.5\n");
    const CliRun refused = runWithDataHome(home.path(), {"corrections", dataset_, "--quiet", "--import", bad});
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains(bad.toUtf8() + ":3: unknown image \"00000000000000ff\""), refused.err.constData());
    QVERIFY2(refused.err.contains(bad.toUtf8() + ":4: unknown tag \"/m/cow\""), refused.err.constData());
    QVERIFY2(refused.err.contains(bad.toUtf8() + ":5: Confidence \"0.5\""), refused.err.constData());
    QVERIFY2(refused.err.contains("nothing was imported"), refused.err.constData());
    QCOMPARE(runWithDataHome(home.path(), {"corrections", dataset_, "--quiet", "--json"}).json()["counts"].toObject()["labels"].toInt(), 0);

    const CliRun image = runWithDataHome(home.path(), {"corrections", dataset_, "--quiet", "--set", "0000000000000abc", "Cat", "positive"});
    QVERIFY(image.exitCode != 0);
    QVERIFY2(image.err.contains("no image \"0000000000000abc\""), image.err.constData());
    const CliRun tag = runWithDataHome(home.path(), {"corrections", dataset_, "--quiet", "--set", kImages[0], "Cow", "positive"});
    QVERIFY(tag.exitCode != 0);
    QVERIFY2(tag.err.contains("no tag \"Cow\""), tag.err.constData());
    const CliRun state = runWithDataHome(home.path(), {"corrections", dataset_, "--quiet", "--set", kImages[0], "Cat", "maybe"});
    QVERIFY(state.exitCode != 0);
    QVERIFY2(state.err.contains("\"maybe\" is neither positive nor negative"), state.err.constData());
    QCOMPARE(runWithDataHome(home.path(), {"corrections", dataset_, "--quiet", "--json"}).json()["counts"].toObject()["labels"].toInt(), 0);
}

QTEST_GUILESS_MAIN(TestCorrections)
void TestCorrections::clearWithdrawsEveryDecision()
{
    QTemporaryDir home, fresh;
    const QJsonObject original = runWithDataHome(home.path(), {"info", dataset_, "--json", "--quiet"}).json();
    QCOMPARE(runWithDataHome(home.path(), {"corrections", dataset_, "--quiet", "--set", kImages[0], "Dog", "positive", "--set", kImages[1],
                                           "Hat", "negative", "--leave-out", kImages[5]})
                 .exitCode,
             0);
    const QString answers = writeTestFile(QDir(dir_.path()), "replacement.csv",
                                          "ImageID,Source,LabelName,Confidence\n" + QByteArray(kImages[2]) + ",annotator,/m/cat,1\n");

    // --clear with --import: only the file's decisions remain, as in a data folder that never had others.
    const CliRun replaced = runWithDataHome(home.path(), {"corrections", dataset_, "--quiet", "--clear", "--import", answers, "--list", "--json"});
    QCOMPARE(replaced.exitCode, 0);
    const QJsonObject counts = replaced.json()["counts"].toObject();
    QCOMPARE(counts["labels"].toInt(), 1);
    QCOMPARE(counts["positive"].toInt(), 1);
    QCOMPARE(replaced.json()["left_out"].toArray().size(), 0);
    const CliRun imported = runWithDataHome(fresh.path(), {"corrections", dataset_, "--quiet", "--import", answers, "--list", "--json"});
    QCOMPARE(replaced.json()["labels"], imported.json()["labels"]);
    QCOMPARE(replaced.json()["hash"], imported.json()["hash"]);

    // --clear alone: the dataset opens as its files give it, the image left out back in.
    const CliRun cleared = runWithDataHome(home.path(), {"corrections", dataset_, "--quiet", "--clear", "--json"});
    QCOMPARE(cleared.exitCode, 0);
    QCOMPARE(cleared.json()["counts"].toObject()["labels"].toInt(), 0);
    QVERIFY(cleared.json()["hash"].isNull());
    const QJsonObject reopened = runWithDataHome(home.path(), {"info", dataset_, "--json", "--quiet"}).json();
    QCOMPARE(reopened["images"], original["images"]);
    QCOMPARE(reopened["labels"], original["labels"]);
    QCOMPARE(reopened["corrections"].toObject()["labels"].toInt(), 0);
    QCOMPARE(reopened["corrections"].toObject()["left_out"].toInt(), 0);
}

#include "tst_corrections.moc"
