// Training facing faults: a checkpoint writer that fails part-way (a full disk), a process killed while it
// writes a checkpoint, broken checkpoint and TorchScript files, a loss that diverges to infinity or NaN, bad
// images in the training split, and a cancel at every stage. Each ends with a clear message and the last good
// checkpoint still loadable, so that resuming loses nothing already done.
// LibTorch before Qt: Qt's `slots` macro breaks torch's headers.
#include "models/torchscript_backbone.h"
#include "training/checkpoint.h"
#include "training/trainer.h"

#include <torch/torch.h>

#include "common/zip_index.h"
#include "dataset/demo_generator.h"
#include "fault_helpers.h"
#include "test_files.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <fstream>

using namespace tagscope;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList leftovers(const QString& folder, const QString& pattern)
{
    QStringList found;
    QDirIterator it(folder, {pattern}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    return found;
}

// Cancels when a phase is first reported (at its second progress report for "Training": mid-epoch).
class CancelAt : public TrainingObserver {
public:
    CancelAt(std::string phase, CancelToken& cancel) : phase_(std::move(phase)), cancel_(cancel) {}
    std::vector<std::string> messages;
    void progress(const TrainingProgress& p) override
    {
        if (p.phase.rfind(phase_, 0) == 0 && ++seen_ >= (phase_ == "Training" ? 2 : 1))
            cancel_.cancel();
    }
    void message(const std::string& text) override { messages.push_back(text); }

private:
    std::string phase_;
    CancelToken& cancel_;
    int seen_ = 0;
};

// Points the user's cache folder (dataset and packed-image caches) elsewhere for one test.
class CacheFolder {
public:
    explicit CacheFolder(const QString& folder) : previous_(qgetenv("XDG_CACHE_HOME")) { qputenv("XDG_CACHE_HOME", folder.toUtf8()); }
    ~CacheFolder() { qputenv("XDG_CACHE_HOME", previous_); }

private:
    QByteArray previous_;
};

class Messages : public TrainingObserver {
public:
    QStringList lines;
    void message(const std::string& text) override { lines << QString::fromStdString(text); }
};

// A small linear model and its optimizer after one step, for checkpoint writes of known size.
struct SmallState {
    torch::nn::Linear model{256, 256};
    torch::optim::AdamW optimizer{model->parameters(), torch::optim::AdamWOptions(1e-3)};
    SmallState()
    {
        optimizer.zero_grad();
        model(torch::ones({4, 256})).sum().backward();
        optimizer.step();
    }
};

} // namespace

class TestTrainingFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void checkpointWriterFailingPartWayKeepsThePreviousOne();
    void fullDiskDuringTrainingKeepsTheLastGoodCheckpoint();
    void killedWhileWritingACheckpoint();
    void brokenCheckpointsAreNamed_data();
    void brokenCheckpointsAreNamed();
    void brokenTorchScriptFilesAreNamed_data();
    void brokenTorchScriptFilesAreNamed();
    void divergingLossStopsTheRun();
    void badImagesAreSkippedAndNamed();
    void cancelAtEveryStage_data();
    void cancelAtEveryStage();
    void trainingNeverWritesIntoTheDataset();

private:
    TrainingConfig config() const
    {
        TrainingConfig c;
        c.dataset = dataset_.toStdString();
        c.backbone.name = "small_cnn";
        c.backbone.inputSize = 32;
        c.loss = "asl";
        c.epochs = 2;
        c.batchSize = 32;
        c.lr = 3e-3;
        c.workers = 2;
        c.logEvery = 1;
        c.seed = 5;
        c.device = "cpu"; // resumed runs are compared exactly: never a GPU that "auto" might pick
        return c;
    }
    QString checkpoint() const { return dir_.filePath("reference-run/checkpoints/last.pt"); }

    QTemporaryDir dir_;
    QString dataset_;
};

void TestTrainingFaults::initTestCase()
{
    dataset_ = dir_.filePath("demo");
    DemoOptions options;
    options.outputFolder = dataset_.toStdString();
    options.images = 300;
    options.imageSize = 32;
    options.seed = 3;
    options.threads = 2;
    generateDemoDataset(options);
    // One finished run: its checkpoint is the specimen the broken-file cases are cut from.
    TrainingConfig c = config();
    c.epochs = 1;
    QCOMPARE(int(trainModel(c, dir_.filePath("reference-run").toStdString()).status), int(TrainingResult::Status::Finished));
    QVERIFY(QFile::exists(checkpoint()));
}

void TestTrainingFaults::checkpointWriterFailingPartWayKeepsThePreviousOne()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("last.pt").toStdString();
    SmallState state;
    saveCheckpoint(path, *state.model, state.optimizer, {1, 0, 10, 5.0});
    const QByteArray before = readAll(QString::fromStdString(path));
    QVERIFY(before.size() > 200000);
    QString error;
    {
        FileSizeLimit disk(64 * 1024); // the next write stops with EFBIG after 64 KB, as on a full disk
        QVERIFY(disk.active());
        error = errorOf([&] { saveCheckpoint(path, *state.model, state.optimizer, {2, 0, 20, 6.0}); });
    }
    QVERIFY2(error.contains(QString::fromStdString(path)) && error.contains("cannot write the checkpoint"), qPrintable(error));
    QCOMPARE(readAll(QString::fromStdString(path)), before);
    QVERIFY2(leftovers(dir.path(), "*.tmp*").isEmpty(), qPrintable(leftovers(dir.path(), "*.tmp*").join(", ")));
    SmallState reloaded;
    QCOMPARE(loadCheckpoint(path, *reloaded.model, &reloaded.optimizer).epoch, std::int64_t(1));
    QVERIFY(torch::equal(reloaded.model->weight, state.model->weight));
}

void TestTrainingFaults::fullDiskDuringTrainingKeepsTheLastGoodCheckpoint()
{
    const QString run = dir_.filePath("run-full-disk");
    TrainingConfig c = config();
    c.epochs = 1;
    QCOMPARE(int(trainModel(c, run.toStdString()).status), int(TrainingResult::Status::Finished));
    const QString last = run + "/checkpoints/last.pt";
    const QByteArray epochOne = readAll(last);
    c.epochs = 2;
    QString error;
    {
        FileSizeLimit disk(static_cast<std::uint64_t>(epochOne.size() / 2));
        error = errorOf([&] { trainModel(c, run.toStdString()); });
    }
    QVERIFY2(error.contains(last) && error.contains("cannot write"), qPrintable(error));
    QCOMPARE(readAll(last), epochOne); // epoch 1 is still there
    QVERIFY(leftovers(run, "*.tmp*").isEmpty());
    const TrainingResult resumed = trainModel(c, run.toStdString()); // space again: epoch 2 is redone
    QCOMPARE(int(resumed.status), int(TrainingResult::Status::Finished));
    QCOMPARE(resumed.epochsDone, 2);
}

void TestTrainingFaults::killedWhileWritingACheckpoint()
{
    // Epoch 1 trained and saved; then a `train` process resumes for epoch 2 and stops itself (a test hook) once
    // the first bytes of that epoch's checkpoint are in its temporary file, and is killed there.
    const QString run = dir_.filePath("run-killed");
    TrainingConfig c = config();
    c.epochs = 1;
    QCOMPARE(int(trainModel(c, run.toStdString()).status), int(TrainingResult::Status::Finished));
    const QString last = run + "/checkpoints/last.pt";
    const QByteArray epochOne = readAll(last);
    c.epochs = 2;
    const QString configPath = dir_.filePath("killed.json");
    std::ofstream(configPath.toStdString()) << toJson(c).dump();
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("TAGSCOPE_TEST_STOP_WRITING", "checkpoint");
    child.setProcessEnvironment(environment);
    child.start(TAGSCOPE_CLI_PATH, {"train", "--config", configPath, "--out", run, "--quiet"});
    QVERIFY(child.waitForStarted());
    const auto stopped = [&] {
        QFile stat(QString("/proc/%1/stat").arg(child.processId()));
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray fields = stat.readAll();
        return fields.mid(fields.lastIndexOf(')') + 2, 1) == "T"; // the state follows the command's name
    };
    QVERIFY2(QTest::qWaitFor([&] { return stopped() || child.state() != QProcess::Running; }, 120000), "the writer never stopped");
    QVERIFY2(stopped(), "the child ended before writing its checkpoint");
    const QStringList partial = leftovers(run + "/checkpoints", "last.pt.tmp*");
    QCOMPARE(partial.size(), 1);
    QVERIFY(QFileInfo(partial.first()).size() > 0);
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    QCOMPARE(readAll(last), epochOne); // the previous checkpoint is whole, and still epoch 1's
    QVERIFY(!readZipIndex(last.toStdString()).entries.empty());
    QCOMPARE(leftovers(run + "/checkpoints", "last.pt.tmp*"), partial); // what the killed writer left
    const TrainingResult resumed = trainModel(c, run.toStdString()); // epoch 2 again
    QCOMPARE(int(resumed.status), int(TrainingResult::Status::Finished));
    QCOMPARE(resumed.epochsDone, 2);
    QVERIFY(readAll(last) != epochOne);
    QVERIFY2(leftovers(run + "/checkpoints", "*.tmp*").isEmpty(), "the next checkpoint did not clear the abandoned temporary file");
}

void TestTrainingFaults::brokenCheckpointsAreNamed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray whole = readAll(checkpoint());
    QTest::newRow("cut in half") << whole.left(whole.size() / 2) << "truncated";
    QTest::newRow("zero bytes") << QByteArray() << "empty file";
    QTest::newRow("text") << QByteArray("epoch=3\n") << "not a ZIP archive";
    QTest::newRow("legacy pickle") << readAll(TAGSCOPE_TEST_DATA "/../fuzz/corpus/torch_archive/legacy_pickle") << "legacy PyTorch pickle";
    QTest::newRow("other zip") << readAll(TAGSCOPE_TEST_DATA "/../fuzz/corpus/torch_archive/plain_zip") << "not in one top folder";
    QTest::newRow("torchscript module") << readAll(TAGSCOPE_TEST_DATA "/tiny_backbone.pt") << "not a usable checkpoint";
}

void TestTrainingFaults::brokenCheckpointsAreNamed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = writeTestFile(QDir(dir.path()), "last.pt", bytes);
    SmallState state;
    const QString error = errorOf([&] { loadCheckpoint(path.toStdString(), *state.model, &state.optimizer); });
    QVERIFY2(error.startsWith(path) && error.contains(message), qPrintable(error));

    // A run directory holding it is refused by name rather than silently started again.
    const QString run = dir.filePath("run");
    writeTestFile(QDir(run), "checkpoints/last.pt", bytes);
    const QString trainError = errorOf([&] { trainModel(config(), run.toStdString()); });
    QVERIFY2(trainError.contains(run + "/checkpoints/last.pt"), qPrintable(trainError));
    QCOMPARE(readAll(run + "/checkpoints/last.pt"), bytes);
}

void TestTrainingFaults::brokenTorchScriptFilesAreNamed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray module = readAll(TAGSCOPE_TEST_DATA "/tiny_backbone.pt");
    QTest::newRow("cut short") << module.left(module.size() - 100) << "truncated";
    QTest::newRow("legacy pickle") << readAll(TAGSCOPE_TEST_DATA "/../fuzz/corpus/torch_archive/legacy_pickle") << "legacy PyTorch pickle";
    QTest::newRow("other zip") << readAll(TAGSCOPE_TEST_DATA "/../fuzz/corpus/torch_archive/plain_zip") << "not in one top folder";
    QTest::newRow("a checkpoint") << readAll(checkpoint()) << "forward failed on a 2x3x224x224 input: Method 'forward' is not defined";
}

void TestTrainingFaults::brokenTorchScriptFilesAreNamed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QTemporaryDir dir;
    TorchScriptBackboneOptions options;
    options.path = writeTestFile(QDir(dir.path()), "backbone.pt", bytes).toStdString();
    const QString error = errorOf([&] { TorchScriptBackbone backbone(options); });
    QVERIFY2(error.startsWith(QString::fromStdString(options.path)) && error.contains(message), qPrintable(error));
}

void TestTrainingFaults::divergingLossStopsTheRun()
{
    // A run resumed with a learning rate far too high: weights grow nine-fold a step until the loss is NaN or
    // infinite (no fault injected). The epoch trained before stays in the checkpoint and resumes normally.
    TrainingConfig c = config();
    c.loss = "bce";
    c.optimizer = "sgd";
    c.lr = 0.05;
    c.batchSize = 8;
    c.epochs = 1;
    const QString run = dir_.filePath("run-diverging");
    QCOMPARE(int(trainModel(c, run.toStdString()).status), int(TrainingResult::Status::Finished));
    const QByteArray epochOne = readAll(run + "/checkpoints/last.pt");
    QFile::remove(run + "/model.pt");

    TrainingConfig wild = c;
    wild.lr = 10;
    wild.weightDecay = 1;
    wild.momentum = 0.9;
    wild.schedule = "constant";
    wild.epochs = 3;
    const TrainingResult result = trainModel(wild, run.toStdString());
    QCOMPARE(int(result.status), int(TrainingResult::Status::Failed));
    const QString message = QString::fromStdString(result.message);
    QVERIFY2((message.contains("NaN") || message.contains("infinite")) && message.contains("epoch 2"), qPrintable(message));
    QVERIFY(message.contains("last good checkpoint"));
    QVERIFY(!QFile::exists(run + "/model.pt"));
    QVERIFY(readAll(run + "/metrics.jsonl").contains("\"type\":\"error\""));
    QCOMPARE(readAll(run + "/checkpoints/last.pt"), epochOne);

    c.epochs = 2;
    const TrainingResult resumed = trainModel(c, run.toStdString());
    QCOMPARE(int(resumed.status), int(TrainingResult::Status::Finished));
    QCOMPARE(resumed.epochsDone, 2);
}

void TestTrainingFaults::badImagesAreSkippedAndNamed()
{
    QTemporaryDir copy;
    const QString target = copy.filePath("demo");
    DemoOptions options;
    options.outputFolder = target.toStdString();
    options.images = 200;
    options.imageSize = 32;
    options.threads = 2;
    generateDemoDataset(options);
    const QStringList images = QDir(target + "/train").entryList({"*.jpg"}, QDir::Files, QDir::Name);
    const QByteArray jpeg = readAll(target + "/train/" + images.at(0));
    const QMap<QString, QByteArray> broken = {
        {images.at(0), QByteArray()},                                          // zero bytes
        {images.at(1), jpeg.left(jpeg.size() / 2)},                            // truncated
        {images.at(2), QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x01\x00\x00\x00\x01\x00\x00\x08\x02", 26)}, // 65536 x 65536
        {images.at(3), QByteArray("<html>not found</html>")},                  // an error page saved as an image
    };
    for (auto it = broken.begin(); it != broken.end(); ++it)
        writeTestFile(QDir(target + "/train"), it.key(), it.value());
    TrainingConfig c = config();
    c.dataset = target.toStdString();
    c.epochs = 1;
    Messages messages;
    const TrainingResult result = trainModel(c, copy.filePath("run").toStdString(), &messages);
    QCOMPARE(int(result.status), int(TrainingResult::Status::Finished));
    QCOMPARE(result.skippedImages, std::uint64_t(4));
    const QString all = messages.lines.join("\n");
    for (const QString& reason : {"empty file", "truncated JPEG", "more than Tagscope decodes", "not a readable image"})
        QVERIFY2(all.contains(reason), qPrintable(all));
    for (auto it = broken.begin(); it != broken.end(); ++it)
        QVERIFY2(all.contains(it.key()), qPrintable(it.key() + " not named in:\n" + all));
}

void TestTrainingFaults::cancelAtEveryStage_data()
{
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("resumable"); // a checkpoint was written
    QTest::newRow("opening the dataset") << "Opening the dataset" << "while opening the dataset" << false;
    QTest::newRow("training") << "Training" << "stopped at epoch 1" << true;
    QTest::newRow("evaluating") << "Evaluating" << "while evaluating epoch 1" << true;
}

void TestTrainingFaults::cancelAtEveryStage()
{
    QFETCH(QString, phase);
    QFETCH(QString, message);
    QFETCH(bool, resumable);
    QTemporaryDir cache;
    const CacheFolder cold(cache.path()); // a cold packed-image cache: decoding really happens
    const QString run = dir_.filePath("run-cancel-" + phase.left(4));
    const int threads = runningThreads();
    CancelToken cancel;
    CancelAt observer(phase.toStdString(), cancel);
    const TrainingResult result = trainModel(config(), run.toStdString(), &observer, &cancel);
    QCOMPARE(int(result.status), int(TrainingResult::Status::Cancelled));
    QVERIFY2(QString::fromStdString(result.message).contains(message), result.message.c_str());
    QVERIFY(!result.bestMap); // no epoch was validated: no best score, not a made-up one
    QCOMPARE(QFile::exists(run + "/checkpoints/last.pt"), resumable);
    QVERIFY2(leftovers(cache.path(), "*.tmp*").isEmpty(), qPrintable(leftovers(cache.path(), "*.tmp*").join(", ")));
    const QStringList open = openFilesUnder(run) + openFilesUnder(cache.path()) + openFilesUnder(dataset_);
    QVERIFY2(open.isEmpty(), qPrintable(open.join(", ")));
    // Workers joined on cancel are gone at once; a thread the system is still tearing down gets a few seconds, a
    // leaked one (blocked for good) does not leave.
    QTRY_VERIFY2_WITH_TIMEOUT(runningThreads() <= threads, qPrintable(QString("%1 threads, %2 before").arg(runningThreads()).arg(threads)),
                              5000);

    const TrainingResult resumed = trainModel(config(), run.toStdString());
    QCOMPARE(int(resumed.status), int(TrainingResult::Status::Finished));
    QCOMPARE(resumed.epochsDone, 2);
}

void TestTrainingFaults::trainingNeverWritesIntoTheDataset()
{
    QTemporaryDir cache;
    const CacheFolder cold(cache.path());
    const TreeSnapshot before = snapshotTree(dataset_);
    TrainingConfig c = config();
    c.epochs = 1;
    QCOMPARE(int(trainModel(c, dir_.filePath("run-untouched").toStdString()).status), int(TrainingResult::Status::Finished));
    QVERIFY(!leftovers(cache.path(), "*.tspk").isEmpty()); // the packed images went to the user's cache
    QVERIFY(snapshotTree(dataset_) == before);
}

QTEST_GUILESS_MAIN(TestTrainingFaults)
#include "tst_training_faults.moc"
