// Real training runs on a small Fashion Mosaic: learning beats the frequency prior, resuming is exact,
// a NaN loss stops cleanly, corrupt images are skipped, configs are validated.
#include "dataset/demo_generator.h"
#include "training/run_history.h"
#include "training/trainer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace tagscope;

namespace {

class Recorder : public TrainingObserver {
public:
    std::vector<double> losses;
    std::vector<EpochSummary> epochs;
    std::int64_t cancelAtStep = -1;
    CancelToken* cancel = nullptr;
    void progress(const TrainingProgress& p) override
    {
        if (p.phase != "Training" || p.step == lastStep_)
            return;
        lastStep_ = p.step;
        losses.push_back(p.loss);
        if (cancel && p.step == cancelAtStep)
            cancel->cancel();
    }
    void epochFinished(const EpochSummary& s) override { epochs.push_back(s); }

private:
    std::int64_t lastStep_ = -1;
};

// The "loss" of each step line, or with type "epoch" the "train_loss" of each epoch line.
std::vector<double> loggedLosses(const QString& runDirectory, const std::string& type = "step")
{
    std::vector<double> losses;
    std::ifstream in((runDirectory + "/metrics.jsonl").toStdString());
    for (std::string line; std::getline(in, line);) {
        const auto json = nlohmann::json::parse(line);
        if (json.at("type") == type)
            losses.push_back(json.at(type == "step" ? "loss" : "train_loss").get<double>());
    }
    return losses;
}

} // namespace

class TestTrainer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void learnsBetterThanTheFrequencyPrior();
    void resumingContinuesExactly();
    void nanLossStopsAndKeepsTheCheckpoint();
    void nanLossBeforeAnyCheckpointSaysSo();
    void corruptImagesAreSkipped();
    void configsAreValidated();
    void quantileBandsGiveTheDemoATail();

private:
    TrainingConfig baseConfig() const
    {
        TrainingConfig c;
        c.dataset = dataset_.toStdString();
        c.backbone.name = "small_cnn";
        c.backbone.inputSize = 32;
        c.loss = "asl";
        c.epochs = 3;
        c.batchSize = 32;
        c.lr = 3e-3;
        c.workers = 2;
        c.logEvery = 1;
        c.seed = 5;
        c.device = "cpu"; // resuming is compared exactly: never a GPU that "auto" might pick
        return c;
    }

    QTemporaryDir dir_;
    QString dataset_;
};

void TestTrainer::initTestCase()
{
    dataset_ = dir_.path() + "/demo";
    DemoOptions options;
    options.outputFolder = dataset_.toStdString();
    options.images = 1200;
    options.imageSize = 32;
    options.seed = 3;
    generateDemoDataset(options);
}

void TestTrainer::learnsBetterThanTheFrequencyPrior()
{
    Recorder recorder;
    const QString run = dir_.path() + "/run-learn";
    const TrainingResult result = trainModel(baseConfig(), run.toStdString(), &recorder);
    QCOMPARE(int(result.status), int(TrainingResult::Status::Finished));
    QCOMPARE(recorder.epochs.size(), std::size_t(3));
    const MultilabelMetrics& last = recorder.epochs.back().validation;
    QVERIFY2(last.map > last.priorBaselineMap + 8, qPrintable(QString("mAP %1 vs prior %2").arg(last.map).arg(last.priorBaselineMap)));
    QVERIFY(recorder.losses.back() < recorder.losses.front());
    for (const char* file : {"config.json", "tags.json", "metrics.jsonl", "checkpoints/last.pt", "checkpoints/best.pt", "model.pt"})
        QVERIFY2(QFile::exists(run + "/" + file), file);
}

void TestTrainer::resumingContinuesExactly()
{
    TrainingConfig config = baseConfig();
    config.epochs = 2;
    const QString straight = dir_.path() + "/run-straight", resumed = dir_.path() + "/run-resumed";
    QCOMPARE(int(trainModel(config, straight.toStdString()).status), int(TrainingResult::Status::Finished));

    CancelToken cancel;
    Recorder stopper;
    stopper.cancel = &cancel;
    stopper.cancelAtStep = 40; // mid-way through the second epoch
    const TrainingResult stopped = trainModel(config, resumed.toStdString(), &stopper, &cancel);
    QCOMPARE(int(stopped.status), int(TrainingResult::Status::Cancelled));
    QCOMPARE(int(trainModel(config, resumed.toStdString()).status), int(TrainingResult::Status::Finished));

    const std::vector<double> a = loggedLosses(straight), b = loggedLosses(resumed);
    QCOMPARE(b.size(), a.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        QVERIFY2(std::abs(a[i] - b[i]) <= 1e-4 * std::max(1.0, std::abs(a[i])), qPrintable(QString("step %1: %2 vs %3").arg(i + 1).arg(a[i]).arg(b[i])));
    // The interrupted epoch's training loss averages all its batches, those before the stop included.
    const std::vector<double> epochsA = loggedLosses(straight, "epoch"), epochsB = loggedLosses(resumed, "epoch");
    QCOMPARE(epochsB.size(), std::size_t(2));
    QCOMPARE(epochsB.size(), epochsA.size());
    for (std::size_t i = 0; i < epochsA.size(); ++i)
        QVERIFY2(std::abs(epochsA[i] - epochsB[i]) <= 1e-4 * std::max(1.0, std::abs(epochsA[i])),
                 qPrintable(QString("epoch %1: %2 vs %3").arg(i + 1).arg(epochsA[i]).arg(epochsB[i])));
}

void TestTrainer::nanLossStopsAndKeepsTheCheckpoint()
{
    TrainingConfig config = baseConfig();
    config.epochs = 3;
    config.injectNanAtStep = 45; // in the second epoch: the first epoch's checkpoint must survive
    const QString run = dir_.path() + "/run-nan";
    const TrainingResult result = trainModel(config, run.toStdString());
    QCOMPARE(int(result.status), int(TrainingResult::Status::Failed));
    QVERIFY2(QString::fromStdString(result.message).contains("NaN") || QString::fromStdString(result.message).contains("infinite"),
             result.message.c_str());
    QVERIFY(QString::fromStdString(result.message).contains("epoch"));
    QVERIFY(QFile::exists(run + "/checkpoints/last.pt"));
    QVERIFY2(QString::fromStdString(result.message).contains(run + "/checkpoints/last.pt"), result.message.c_str()); // where to resume from
    QVERIFY(!QFile::exists(run + "/model.pt"));
    // The kept checkpoint is the end of epoch 1: resuming without the fault finishes the run.
    config.injectNanAtStep = 0;
    QCOMPARE(int(trainModel(config, run.toStdString()).status), int(TrainingResult::Status::Finished));
}

void TestTrainer::nanLossBeforeAnyCheckpointSaysSo()
{
    TrainingConfig config = baseConfig();
    config.injectNanAtStep = 3; // the first checkpoint comes at the end of epoch 1
    const QString run = dir_.path() + "/run-nan-early";
    const TrainingResult result = trainModel(config, run.toStdString());
    QCOMPARE(int(result.status), int(TrainingResult::Status::Failed));
    const QString message = QString::fromStdString(result.message);
    QVERIFY(!QFile::exists(run + "/checkpoints/last.pt"));
    QVERIFY2(!message.contains("checkpoint is kept") && !message.contains("last good checkpoint") && message.contains("from scratch"),
             qPrintable(message));
}

void TestTrainer::corruptImagesAreSkipped()
{
    QTemporaryDir copy;
    const QString target = copy.path() + "/demo";
    QVERIFY(QDir().mkpath(target));
    DemoOptions options;
    options.outputFolder = target.toStdString();
    options.images = 300;
    options.imageSize = 32;
    generateDemoDataset(options);
    const QStringList images = QDir(target + "/train").entryList({"*.jpg"});
    QFile broken(target + "/train/" + images.at(0));
    QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("this is not a JPEG");
    broken.close();
    QVERIFY(QFile::remove(target + "/train/" + images.at(1)));
    TrainingConfig config = baseConfig();
    config.dataset = target.toStdString();
    config.epochs = 1;
    config.batchSize = 1000; // one batch of every training image: a streamed epoch meets each image it reads
    const TrainingResult result = trainModel(config, (copy.path() + "/run").toStdString());
    QCOMPARE(int(result.status), int(TrainingResult::Status::Finished));
    QCOMPARE(result.skippedImages, std::uint64_t(2));
}

void TestTrainer::configsAreValidated()
{
    auto error = [](const nlohmann::json& json) -> QString {
        try {
            trainingConfigFromJson(json);
        } catch (const std::invalid_argument& e) {
            return QString::fromUtf8(e.what());
        }
        return {};
    };
    QVERIFY(error({{"dataset", "x"}, {"learning_rate", 0.1}}).contains("unknown key 'learning_rate'"));
    QVERIFY(error({{"dataset", "x"}, {"lr", -1}}).contains("lr"));
    QVERIFY(error({{"dataset", "x"}, {"optimizer", "adam"}}).contains("adamw, sgd"));
    QVERIFY(error({{"dataset", "x"}, {"loss", "asl"}, {"loss_params", {{"gamma", 2}}}}).contains("loss_params"));
    QVERIFY(error({{"dataset", "x"}, {"backbone", {{"name", "resnet1000"}}}}).contains("backbone"));
    QVERIFY(error({{"dataset", "x"}, {"augmentation", {{"mixup", 0.2}}}}).contains("augmentation: unknown key 'mixup'"));
    QVERIFY(error({{"epochs", 2}}).contains("dataset"));
    QVERIFY(error({{"dataset", "x"}, {"epochs", 2.5}}).contains("whole number"));
    QVERIFY(error({{"dataset", "x"}, {"bands", "quantile:0.9:0.9"}}).contains("bands 'quantile:0.9:0.9': the shares add up"));
    QCOMPARE(trainingConfigFromJson({{"dataset", "x"}, {"bands", "absolute"}}).bands, std::string("absolute:100:20"));
    QCOMPARE(trainingConfigFromJson({{"dataset", "x"}, {"bands", "quantile:0.25:0.25"}}).bands, std::string("quantile:0.25:0.25"));
    const TrainingConfig round = trainingConfigFromJson(toJson(baseConfig()));
    QCOMPARE(toJson(round), toJson(baseConfig()));
}

// The rarest third of the tags as tail: the tail has tags and a mAP, each trained tag's band follows the cut-offs
// the run records, and a comparison with a run on the default bands says that the band mAPs do not compare.
void TestTrainer::quantileBandsGiveTheDemoATail()
{
    TrainingConfig config = baseConfig();
    config.epochs = 1;
    config.bands = "thirds";
    Recorder recorder;
    const QString run = dir_.path() + "/run-thirds";
    QCOMPARE(int(trainModel(config, run.toStdString(), &recorder).status), int(TrainingResult::Status::Finished));
    const MultilabelMetrics& thirds = recorder.epochs.back().validation;
    QVERIFY2(std::isfinite(thirds.bandMap[2]), "the tail has no evaluated tag");
    QVERIFY(std::isfinite(thirds.bandMap[0]));
    const RunSummary summary = summarizeRun(readRun(run.toStdString()));
    QCOMPARE(summary.bands.rule, std::string("thirds"));
    QVERIFY(summary.bands.tailBelow > 0 && summary.bands.headAbove >= summary.bands.tailBelow);
    // Cut where this dataset's counts fall, not at the absolute rule's 100 and 20.
    QVERIFY2(summary.bands.headAbove != 100 || summary.bands.tailBelow != 20,
             qPrintable(QString("%1 %2").arg(summary.bands.headAbove).arg(summary.bands.tailBelow)));
    int tailTags = 0;
    const BandThresholds cutOffs{std::uint64_t(summary.bands.headAbove), std::uint64_t(summary.bands.tailBelow)};
    for (const RunTag& tag : readRunTags(run.toStdString())) {
        tailTags += tag.band == "tail";
        QCOMPARE(tag.band, std::string(bandName(bandFor(std::uint64_t(tag.trainPositives), cutOffs))));
    }
    QVERIFY(tailTags > 0);

    // The earlier run used the default bands: a comparison of the two says they differ.
    const RunSummary absolute = summarizeRun(readRun((dir_.path() + "/run-learn").toStdString()));
    QCOMPARE(absolute.bands.rule, std::string("absolute:100:20"));
    QCOMPARE(absolute.bands.tailBelow, std::int64_t(20));
    const std::string difference = describeBandDifference({absolute, summary});
    QVERIFY2(difference.find("different bands") != std::string::npos && difference.find("thirds (head > ") != std::string::npos,
             difference.c_str());
    QVERIFY(describeBandDifference({summary, summary}).empty());
}

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
