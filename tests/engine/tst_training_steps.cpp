// Training counted in steps, as a dataset of millions needs: max_steps ends a run inside an epoch, validation
// every N steps is logged by step (and read back by the run history), checkpoints are written every N steps and
// every M minutes, and a run resumed from a mid-epoch checkpoint continues with the very losses of a run that
// never stopped. CPU, a tiny CNN, a small Fashion Mosaic.
#include "dataset/demo_generator.h"
#include "training/run_history.h"
#include "training/trainer.h"

#include <torch/serialize.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace tagscope;

namespace {

class Recorder : public TrainingObserver {
public:
    std::function<void(std::int64_t step)> onStep;
    std::vector<EpochSummary> validations;
    std::vector<EpochSummary> epochs;
    TrainingProgress last;
    void progress(const TrainingProgress& p) override
    {
        if (p.phase != "Training" || p.step == last.step)
            return;
        last = p;
        if (onStep)
            onStep(p.step);
    }
    void validated(const EpochSummary& s) override { validations.push_back(s); }
    void epochFinished(const EpochSummary& s) override { epochs.push_back(s); }
};

std::int64_t checkpointStep(const QString& path)
{
    torch::serialize::InputArchive archive;
    archive.load_from(path.toStdString());
    torch::Tensor step;
    archive.read("step", step);
    return step.item<std::int64_t>();
}

void copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        qFatal("cannot copy %s", qPrintable(from));
}

} // namespace

class TestTrainingSteps : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void maxStepsEndsInsideAnEpoch();
    void checkpointsEveryStepsAndMinutes();
    void resumingAMidEpochCheckpointContinuesExactly();
    void stepKeysAreValidated();

private:
    TrainingConfig baseConfig() const
    {
        TrainingConfig c;
        c.dataset = dataset_.toStdString();
        c.backbone.name = "small_cnn";
        c.backbone.inputSize = 32;
        c.loss = "asl";
        c.batchSize = 16;
        c.lr = 3e-3;
        c.workers = 2;
        c.logEvery = 1;
        c.seed = 5;
        c.maxValImages = 48;
        c.dropout = 0.2; // draws from the global generator: a resume must restore it
        c.epochs = 0;
        return c;
    }

    QTemporaryDir dir_;
    QString dataset_;
    std::int64_t batchesPerEpoch_ = 0;
};

void TestTrainingSteps::initTestCase()
{
    if (!QFileInfo::exists("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz"))
        QSKIP("Fashion-MNIST is not installed (apt install dataset-fashion-mnist)");
    qputenv("XDG_CACHE_HOME", dir_.filePath("cache").toUtf8());
    dataset_ = dir_.filePath("demo");
    DemoOptions options;
    options.outputFolder = dataset_.toStdString();
    options.images = 400;
    options.imageSize = 32;
    options.seed = 3;
    options.threads = 2;
    generateDemoDataset(options);
}

void TestTrainingSteps::maxStepsEndsInsideAnEpoch()
{
    TrainingConfig config = baseConfig();
    config.maxSteps = 7;
    config.evalEverySteps = 3;
    const QString run = dir_.filePath("run-steps");
    Recorder recorder;
    const TrainingResult result = trainModel(config, run.toStdString(), &recorder);
    QCOMPARE(int(result.status), int(TrainingResult::Status::Finished));
    QCOMPARE(result.stepsDone, std::int64_t(7));
    QCOMPARE(result.epochsDone, 0); // 7 steps are less than the epoch
    batchesPerEpoch_ = recorder.last.batchesPerEpoch;
    QVERIFY(batchesPerEpoch_ > 7);
    // Progress and ETA count on the step budget.
    QCOMPARE(recorder.last.totalSteps, std::int64_t(7));
    QCOMPARE(recorder.last.epochs, 1);
    // Validations after steps 3 and 6, and at the end.
    QCOMPARE(recorder.validations.size(), std::size_t(3));
    QCOMPARE(recorder.validations[0].step, std::int64_t(3));
    QCOMPARE(recorder.validations[1].step, std::int64_t(6));
    QCOMPARE(recorder.validations[2].step, std::int64_t(7));
    QVERIFY(recorder.validations[2].validation.tagsEvaluated > 0);
    QVERIFY(recorder.epochs.empty());
    QVERIFY(QFile::exists(run + "/model.pt"));
    QCOMPARE(checkpointStep(run + "/checkpoints/last.pt"), std::int64_t(7));

    // metrics.jsonl as the run history reads it.
    const RunRecord record = readRun(run.toStdString());
    QVERIFY(record.problems.empty());
    QCOMPARE(record.metrics.steps.size(), std::size_t(7));
    QCOMPARE(record.metrics.validations.size(), std::size_t(3));
    QCOMPARE(record.metrics.validations.back().step, std::int64_t(7));
    QCOMPARE(record.metrics.validations.back().epoch, 1);
    QVERIFY(std::isfinite(record.metrics.validations.back().map));
    QVERIFY(std::isfinite(record.metrics.validations.front().trainLoss));
    const RunSummary summary = summarizeRun(record);
    QCOMPARE(summary.state, RunState::Finished);
    QCOMPARE(summary.stepsPlanned, std::int64_t(7));
    QCOMPARE(summary.stepsDone, std::int64_t(7));
    QVERIFY(summary.bestMetric >= 0);
    QVERIFY(summary.bestStep == 3 || summary.bestStep == 6 || summary.bestStep == 7);
    QVERIFY(QFile::exists(run + "/checkpoints/best.pt"));

    // A longer budget continues the same run from where it ended, into the next epoch.
    config.maxSteps = batchesPerEpoch_ + 2;
    const TrainingResult longer = trainModel(config, run.toStdString());
    QCOMPARE(int(longer.status), int(TrainingResult::Status::Finished));
    QCOMPARE(longer.stepsDone, batchesPerEpoch_ + 2);
    QCOMPARE(longer.epochsDone, 1);
    const RunRecord extended = readRun(run.toStdString());
    QCOMPARE(extended.metrics.steps.size(), std::size_t(batchesPerEpoch_ + 2));
    QCOMPARE(extended.metrics.epochs.size(), std::size_t(1)); // the epoch's end, validated by step, not again
    QCOMPARE(extended.metrics.epochs.front().step, batchesPerEpoch_);
}

void TestTrainingSteps::checkpointsEveryStepsAndMinutes()
{
    TrainingConfig config = baseConfig();
    config.maxSteps = 12;
    config.checkpointEverySteps = 5;
    const QString run = dir_.filePath("run-every-steps");
    const QString last = run + "/checkpoints/last.pt";
    std::vector<std::pair<std::int64_t, std::int64_t>> seen; // (step of the run, step in last.pt)
    Recorder recorder;
    recorder.onStep = [&](std::int64_t step) {
        if (step == 1 || step == 6 || step == 9 || step == 11)
            seen.emplace_back(step, QFile::exists(last) ? checkpointStep(last) : -1);
    };
    QCOMPARE(int(trainModel(config, run.toStdString(), &recorder).status), int(TrainingResult::Status::Finished));
    const std::vector<std::pair<std::int64_t, std::int64_t>> expected = {{1, -1}, {6, 5}, {9, 5}, {11, 10}};
    QCOMPARE(seen, expected);
    QCOMPARE(checkpointStep(last), std::int64_t(12));

    // Every minute: with a tiny interval, a checkpoint after every step.
    config.checkpointEverySteps = 0;
    config.checkpointEveryMinutes = 1e-7;
    const QString timed = dir_.filePath("run-every-minutes");
    seen.clear();
    recorder.onStep = [&](std::int64_t step) {
        if (step >= 2 && step <= 4)
            seen.emplace_back(step, checkpointStep(timed + "/checkpoints/last.pt"));
    };
    QCOMPARE(int(trainModel(config, timed.toStdString(), &recorder).status), int(TrainingResult::Status::Finished));
    const std::vector<std::pair<std::int64_t, std::int64_t>> everyStep = {{2, 1}, {3, 2}, {4, 3}};
    QCOMPARE(seen, everyStep);
}

void TestTrainingSteps::resumingAMidEpochCheckpointContinuesExactly()
{
    // Two epochs and a bit, validated every 10 steps, a checkpoint every 8.
    TrainingConfig config = baseConfig();
    QVERIFY(batchesPerEpoch_ > 0);
    config.maxSteps = 2 * batchesPerEpoch_ + 5;
    config.evalEverySteps = 10;
    config.checkpointEverySteps = 8;
    const QString straight = dir_.filePath("run-straight");
    QCOMPARE(int(trainModel(config, straight.toStdString()).status), int(TrainingResult::Status::Finished));

    // The same run killed in the second epoch: its last checkpoint is from step 8 * k, mid-epoch, and the steps
    // logged after it are done again.
    const std::int64_t saved = (batchesPerEpoch_ + 3) / 8 * 8;
    QVERIFY2(saved % batchesPerEpoch_ != 0, "the checkpoint must fall inside an epoch");
    const QString crashed = dir_.filePath("run-crashed");
    const QString last = crashed + "/checkpoints/last.pt";
    CancelToken cancel;
    Recorder recorder;
    recorder.onStep = [&](std::int64_t step) {
        if (step == saved + 2)
            copyFile(last, dir_.filePath("kept.pt")); // written after step `saved`
        if (step == saved + 5)
            cancel.cancel();
    };
    QCOMPARE(int(trainModel(config, crashed.toStdString(), &recorder, &cancel).status), int(TrainingResult::Status::Cancelled));
    copyFile(dir_.filePath("kept.pt"), last); // as if the process had died: its last checkpoint is the periodic one
    QCOMPARE(checkpointStep(last), saved);
    QCOMPARE(int(trainModel(config, crashed.toStdString()).status), int(TrainingResult::Status::Finished));

    // The same run stopped (Stop, Ctrl-C) in the middle of its second epoch: the checkpoint written at the stop
    // resumes at the next batch.
    const QString stopped = dir_.filePath("run-stopped");
    CancelToken stop;
    Recorder stopper;
    stopper.onStep = [&](std::int64_t step) {
        if (step == batchesPerEpoch_ + 6)
            stop.cancel();
    };
    QCOMPARE(int(trainModel(config, stopped.toStdString(), &stopper, &stop).status), int(TrainingResult::Status::Cancelled));
    const std::int64_t stoppedAt = checkpointStep(stopped + "/checkpoints/last.pt");
    QVERIFY2(stoppedAt > batchesPerEpoch_ && stoppedAt < 2 * batchesPerEpoch_, "the stop must fall inside the second epoch");
    QCOMPARE(int(trainModel(config, stopped.toStdString()).status), int(TrainingResult::Status::Finished));

    const RunRecord a = readRun(straight.toStdString());
    QCOMPARE(std::int64_t(a.metrics.steps.size()), config.maxSteps);
    for (const QString& other : {crashed, stopped}) {
        const RunRecord b = readRun(other.toStdString());
        QCOMPARE(b.metrics.steps.size(), a.metrics.steps.size()); // the repeated steps replaced the ones logged before
        for (std::size_t i = 0; i < a.metrics.steps.size(); ++i) {
            const double x = a.metrics.steps[i].loss, y = b.metrics.steps[i].loss;
            QCOMPARE(b.metrics.steps[i].step, a.metrics.steps[i].step);
            QVERIFY2(std::abs(x - y) <= 1e-5 * std::max(1.0, std::abs(x)),
                     qPrintable(QString("%1, step %2: %3 vs %4").arg(QFileInfo(other).fileName()).arg(i + 1).arg(x).arg(y)));
        }
        QCOMPARE(b.metrics.validations.size(), a.metrics.validations.size());
        for (std::size_t i = 0; i < a.metrics.validations.size(); ++i) {
            QCOMPARE(b.metrics.validations[i].step, a.metrics.validations[i].step);
            QVERIFY(std::abs(a.metrics.validations[i].map - b.metrics.validations[i].map) < 1e-3);
            // The training loss since the last validation counts the steps before the resume too.
            QVERIFY(std::abs(a.metrics.validations[i].trainLoss - b.metrics.validations[i].trainLoss) <= 1e-5);
        }
        // So does the epoch's training loss.
        QCOMPARE(b.metrics.epochs.size(), a.metrics.epochs.size());
        for (std::size_t i = 0; i < a.metrics.epochs.size(); ++i)
            QVERIFY(std::abs(a.metrics.epochs[i].trainLoss - b.metrics.epochs[i].trainLoss) <= 1e-5);
    }
}

void TestTrainingSteps::stepKeysAreValidated()
{
    auto error = [](const nlohmann::json& json) -> QString {
        try {
            trainingConfigFromJson(json);
        } catch (const std::invalid_argument& e) {
            return QString::fromUtf8(e.what());
        }
        return {};
    };
    QVERIFY(error({{"dataset", "x"}, {"epochs", 0}}).contains("max_steps"));
    QVERIFY(error({{"dataset", "x"}, {"max_steps", -3}}).contains("max_steps"));
    QVERIFY(error({{"dataset", "x"}, {"cache", "always"}}).contains("auto, off, on"));
    QVERIFY(error({{"dataset", "x"}, {"eval_every_steps", 2.5}}).contains("whole number"));
    // max_steps alone counts in steps; with epochs, whichever ends first.
    QCOMPARE(trainingConfigFromJson({{"dataset", "x"}, {"max_steps", 100}}).epochs, 0);
    QCOMPARE(trainingConfigFromJson({{"dataset", "x"}, {"max_steps", 100}, {"epochs", 3}}).epochs, 3);
    const TrainingConfig steps = trainingConfigFromJson({{"dataset", "x"}, {"max_steps", 100}, {"eval_every_steps", 25},
                                                         {"checkpoint_every_minutes", 30}, {"cache", "off"}, {"cache_budget_gb", 20}});
    QCOMPARE(toJson(trainingConfigFromJson(toJson(steps))), toJson(steps));

    // Every preset shipped is a valid config; the Open Images one counts in steps.
    const QDir presets(TAGSCOPE_TEST_DATA "/../../resources/configs");
    const QStringList files = presets.entryList({"*.json"});
    QVERIFY(files.contains("open-images-steps.json"));
    for (const QString& name : files) {
        QFile file(presets.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        nlohmann::json json = nlohmann::json::parse(file.readAll().toStdString());
        json["dataset"] = "x";
        const QString problem = error(json);
        QVERIFY2(problem.isEmpty(), qPrintable(name + ": " + problem));
        if (name == "open-images-steps.json") {
            const TrainingConfig c = trainingConfigFromJson(json);
            QVERIFY(c.epochs == 0 && c.maxSteps > 0 && c.evalEverySteps > 0 && c.maxValImages > 0);
        }
    }
}

QTEST_GUILESS_MAIN(TestTrainingSteps)
#include "tst_training_steps.moc"
