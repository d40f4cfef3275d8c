// The run-directory reader: a real run written by `tagscope-cli train` is read back (config, tags, every
// logged step and epoch, the summary the run history shows, `tagscope-cli runs`), metrics.jsonl is followed
// while it grows (whole lines only), resumed stretches replace the old ones, and a run's state is told apart.
#include "dataset/demo_generator.h"
#include "training/run_history.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace tagscope;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run runCli(const QStringList& arguments, const QString& workingDirectory = QString())
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.start(TAGSCOPE_CLI_PATH, arguments);
    if (!process.waitForFinished(240000))
        qFatal("tagscope-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(), process.readAllStandardError()};
}

void writeText(const QString& path, const QByteArray& text, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile file(path);
    if (!file.open(mode) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray stepLine(int step, double loss)
{
    return QStringLiteral("{\"type\":\"step\",\"epoch\":1,\"step\":%1,\"loss\":%2,\"lr\":0.001,\"images_per_second\":100}\n").arg(step).arg(loss).toUtf8();
}

} // namespace

class TestRunHistory : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void readsARunWrittenByTheCli();
    void cliListsTheRuns();
    void followerReadsWholeLinesOnly();
    void resumedStretchReplacesTheOldOne();
    void statesAreToldApart();
    void retrievalRunsAreJudgedByRecall();
    void aStartThatFailedReadsAsFailed();
    void resumingWithChangedSettingsSaysSo();
    void aRunFindsItsDatasetFromAnotherFolder();
    void validationsByStepAreRead();

private:
    QTemporaryDir dir_;
    QString runs_;
    QString config_; // names the dataset relative to dir_, the folder the CLI runs in
    QString cliRun_;
    QJsonObject cliResult_;
};

void TestRunHistory::initTestCase()
{
    QVERIFY(dir_.isValid());
    DemoOptions options;
    options.outputFolder = (dir_.path() + "/demo").toStdString();
    options.images = 300;
    options.imageSize = 32;
    options.seed = 4;
    generateDemoDataset(options);
    runs_ = dir_.path() + "/runs";
    QVERIFY(QDir().mkpath(runs_));
    cliRun_ = runs_ + "/cli-asl";
    config_ = dir_.path() + "/config.json";
    writeText(config_, R"({"dataset": "demo", "backbone": {"name": "small_cnn", "input_size": 32}, "loss": "asl", "epochs": 2,
        "batch_size": 32, "lr": 0.003, "workers": 1, "threads": 1, "log_every": 1, "seed": 2})");
    const Run run = runCli({"train", "--config", config_, "--out", cliRun_, "--quiet"}, dir_.path());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    cliResult_ = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(cliResult_.value("status").toString(), QString("finished"));
}

void TestRunHistory::readsARunWrittenByTheCli()
{
    const RunRecord run = readRun(cliRun_.toStdString());
    QVERIFY2(run.problems.empty(), run.problems.empty() ? "" : run.problems.front().c_str());
    QCOMPARE(QString::fromStdString(run.config.at("loss").get<std::string>()), QString("asl"));
    QCOMPARE(QString::fromStdString(run.config.at("dataset").get<std::string>()), dir_.path() + "/demo"); // given as "demo"
    QCOMPARE(run.config.at("backbone").at("input_size").get<int>(), 32);
    QVERIFY(run.tags.size() >= 5);
    for (const RunTag& tag : run.tags) {
        QVERIFY(!tag.labelName.empty());
        QVERIFY(tag.trainPositives >= 1);
        QVERIFY(tag.band == "head" || tag.band == "medium" || tag.band == "tail");
    }
    // log_every 1: every step is logged, numbered 1, 2, ... without gaps, over both epochs.
    QVERIFY(run.metrics.steps.size() >= 10);
    for (std::size_t i = 0; i < run.metrics.steps.size(); ++i) {
        QCOMPARE(run.metrics.steps[i].step, std::int64_t(i + 1));
        QVERIFY(std::isfinite(run.metrics.steps[i].loss) && run.metrics.steps[i].loss > 0);
        QVERIFY(run.metrics.steps[i].learningRate > 0);
    }
    QCOMPARE(run.metrics.steps.back().epoch, 2);
    QCOMPARE(run.metrics.epochs.size(), std::size_t(2));
    double bestMap = -1, seconds = 0;
    for (const RunEpochPoint& e : run.metrics.epochs) {
        QVERIFY(e.map >= 0 && e.map <= 100);
        QCOMPARE(e.tagAp.size(), run.tags.size());
        int evaluated = 0;
        double sum = 0;
        for (double ap : e.tagAp)
            if (std::isfinite(ap)) {
                QVERIFY(ap >= 0 && ap <= 100);
                sum += ap;
                ++evaluated;
            }
        QVERIFY(evaluated > 0);
        QVERIFY2(std::abs(sum / evaluated - e.map) < 1e-6, "mAP is the mean of the per-tag AP, both in percent");
        bestMap = std::max(bestMap, e.map);
        seconds += e.seconds;
    }

    const RunSummary s = summarizeRun(run);
    QCOMPARE(s.state, RunState::Finished);
    QCOMPARE(s.epochsDone, 2);
    QCOMPARE(s.epochsPlanned, 2);
    QCOMPARE(QString::fromStdString(s.metric), QString("map"));
    QCOMPARE(s.bestMetric, bestMap);
    QVERIFY(std::abs(s.bestMetric - cliResult_.value("best_map").toDouble()) < 1e-9);
    QVERIFY(std::abs(s.durationSeconds - seconds) < 1e-9);
    // The device used, where the config left the choice to "auto".
    QVERIFY2(s.device == "cpu" || s.device.rfind("cuda:", 0) == 0, s.device.c_str());
    QCOMPARE(QString::fromStdString(s.backbone), QString("small_cnn"));
    QVERIFY(s.hasModel && s.hasCheckpoint && s.hasBestCheckpoint);
    QCOMPARE(QString::fromStdString(s.name), QString("cli-asl"));

    const std::vector<std::string> found = findRunDirectories(runs_.toStdString());
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(found.front()), cliRun_);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, readRun((dir_.path() + "/demo").toStdString())); // a dataset, not a run
}

void TestRunHistory::cliListsTheRuns()
{
    const Run list = runCli({"runs", runs_, "--json"});
    QVERIFY2(list.exitCode == 0, list.err.constData());
    const QJsonArray runs = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(runs.size(), 1);
    const QJsonObject run = runs.first().toObject();
    QCOMPARE(run.value("state").toString(), QString("finished"));
    QCOMPARE(run.value("epochs_done").toInt(), 2);
    QVERIFY(std::abs(run.value("best").toDouble() - cliResult_.value("best_map").toDouble()) < 1e-9);

    const Run one = runCli({"runs", "--run", cliRun_, "--json"});
    QVERIFY2(one.exitCode == 0, one.err.constData());
    const QJsonObject detail = QJsonDocument::fromJson(one.out).object();
    QCOMPARE(detail.value("epoch_list").toArray().size(), 2);
    QVERIFY(detail.value("steps_logged").toInt() >= 10);

    const Run text = runCli({"runs", "--run", cliRun_});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("mAP"));
    const Run missing = runCli({"runs", dir_.path() + "/absent"});
    QVERIFY(missing.exitCode != 0);
    QVERIFY(missing.err.contains("absent"));
    // Each listing says where it looked, the default folder included.
    QVERIFY2(list.err.contains(runs_.toUtf8()), list.err.constData());
    const Run fallback = runCli({"runs"});
    QVERIFY2((fallback.out + fallback.err).contains(QByteArray::fromStdString(defaultRunsFolder())), (fallback.out + fallback.err).constData());
}

void TestRunHistory::followerReadsWholeLinesOnly()
{
    QTemporaryDir dir;
    const QString path = dir.path() + "/metrics.jsonl";
    RunMetricsFollower follower(path.toStdString());
    QVERIFY(follower.poll().empty()); // not written yet

    const QByteArray third = stepLine(3, 0.5);
    writeText(path, stepLine(1, 0.7) + stepLine(2, 0.6) + third.left(20));
    RunMetricsUpdate update = follower.poll();
    QCOMPARE(update.steps.size(), std::size_t(2));
    QCOMPARE(update.steps[1].step, std::int64_t(2));
    QCOMPARE(update.steps[1].loss, 0.6);
    QVERIFY(follower.poll().empty()); // the third line is still incomplete

    writeText(path, third.mid(20) + "{not json\n" + stepLine(4, 0.4) + R"({"type":"error","epoch":1,"step":4,"message":"the loss became NaN"})" "\n",
              QIODevice::Append);
    update = follower.poll();
    QCOMPARE(update.steps.size(), std::size_t(2));
    QCOMPARE(update.steps[0].step, std::int64_t(3));
    QCOMPARE(update.steps[0].loss, 0.5);
    QCOMPARE(update.problems.size(), std::size_t(1));
    QVERIFY2(QString::fromStdString(update.problems[0]).startsWith("metrics.jsonl:4:"), update.problems[0].c_str());
    QCOMPARE(update.errors.size(), std::size_t(1));
    QCOMPARE(update.errors[0].step, std::int64_t(4));

    writeText(path, stepLine(1, 0.9)); // a new run in the same place: read from the start
    update = follower.poll();
    QCOMPARE(update.steps.size(), std::size_t(1));
    QCOMPARE(update.steps[0].loss, 0.9);
}

void TestRunHistory::resumedStretchReplacesTheOldOne()
{
    RunMetricsUpdate history, first, again;
    for (int s = 1; s <= 10; ++s)
        first.steps.push_back({s, 1, 1.0 / s, 0.1, 0});
    for (int e = 1; e <= 3; ++e)
        first.epochs.push_back(RunEpochPoint{e, 0.5, 10.0 * e});
    mergeMetrics(history, first);
    for (int s = 6; s <= 8; ++s)
        again.steps.push_back({s, 1, 2.0, 0.1, 0});
    again.epochs.push_back(RunEpochPoint{3, 0.4, 55});
    mergeMetrics(history, again);
    QCOMPARE(history.steps.size(), std::size_t(8));
    QCOMPARE(history.steps[4].loss, 1.0 / 5);
    QCOMPARE(history.steps[5].loss, 2.0);
    QCOMPARE(history.steps.back().step, std::int64_t(8));
    QCOMPARE(history.epochs.size(), std::size_t(3));
    QCOMPARE(history.epochs.back().map, 55.0);
}

void TestRunHistory::statesAreToldApart()
{
    QTemporaryDir dir;
    auto makeRun = [&](const QString& name, const QByteArray& metrics, bool checkpoint, bool model) {
        const QString run = dir.path() + "/" + name;
        QDir().mkpath(run + "/checkpoints");
        writeText(run + "/config.json", R"({"loss": "bce", "epochs": 2, "device": "cpu", "backbone": {"name": "resnet18"}})");
        if (!metrics.isEmpty())
            writeText(run + "/metrics.jsonl", metrics);
        if (checkpoint)
            writeText(run + "/checkpoints/last.pt", "x");
        if (model)
            writeText(run + "/model.pt", "x");
        return run.toStdString();
    };
    const QByteArray epoch1 = R"({"type":"epoch","epoch":1,"train_loss":0.3,"map":40,"map_head":50,"map_medium":30,"map_tail":null,"seconds":12,"best":true})" "\n";
    const QByteArray epoch2 = R"({"type":"epoch","epoch":2,"train_loss":0.2,"map":45,"map_head":52,"map_medium":33,"map_tail":8,"seconds":11,"best":true})" "\n";
    const std::string finished = makeRun("finished", stepLine(1, 0.5) + epoch1 + epoch2, true, true);
    const std::string failed = makeRun("failed", stepLine(1, 0.5) + epoch1 + R"({"type":"error","epoch":2,"step":1,"message":"NaN"})" "\n", true, false);
    const std::string recovered = makeRun("recovered", R"({"type":"error","epoch":1,"step":0,"message":"NaN"})" "\n" + stepLine(1, 0.5), true, false);
    const std::string fresh = makeRun("fresh", QByteArray(), false, false);

    RunSummary s = summarizeRun(readRun(finished));
    QCOMPARE(s.state, RunState::Finished);
    QCOMPARE(s.bestMetric, 45.0);
    QCOMPARE(s.bestEpoch, 2);
    QCOMPARE(s.durationSeconds, 23.0);
    QCOMPARE(QString::fromStdString(s.device), QString("cpu"));
    QVERIFY(std::isnan(readRun(finished).metrics.epochs[0].mapTail)); // null in the file
    QCOMPARE(summarizeRun(readRun(failed)).state, RunState::Failed);
    // Files written just now: a run that is neither finished nor failed counts as in progress, and as
    // stopped once nothing has been written for longer than the window.
    QCOMPARE(summarizeRun(readRun(recovered)).state, RunState::InProgress);
    QCOMPARE(summarizeRun(readRun(recovered), -1).state, RunState::Stopped);
    QCOMPARE(summarizeRun(readRun(fresh), -1).state, RunState::NotStarted);
    QCOMPARE(findRunDirectories(dir.path().toStdString()).size(), std::size_t(4));
}

void TestRunHistory::retrievalRunsAreJudgedByRecall()
{
    QTemporaryDir dir;
    QDir().mkpath(dir.path() + "/run");
    writeText(dir.path() + "/run/config.json", R"({"loss": "arcface", "epochs": 3})");
    writeText(dir.path() + "/run/metrics.jsonl",
              R"({"type":"epoch","epoch":1,"train_loss":2.5,"recall_at_1":61,"recall_at_2":70,"map_at_r":30,"seconds":4,"best":true})" "\n"
              R"({"type":"epoch","epoch":2,"train_loss":2.1,"recall_at_1":74,"recall_at_2":80,"map_at_r":null,"seconds":4,"best":true})" "\n");
    const RunRecord run = readRun((dir.path() + "/run").toStdString());
    QCOMPARE(QString::fromStdString(primaryMetric(run.metrics.epochs)), QString("recall_at_1"));
    QCOMPARE(QString::fromStdString(metricDisplayName("recall_at_1")), QString("Recall@1"));
    QCOMPARE(QString::fromStdString(metricDisplayName("map_at_r")), QString("MAP@R"));
    QVERIFY(std::abs(metricValue(run.metrics.epochs[1], "recall_at_1") - 74) < 1e-9); // in percent, as written
    QVERIFY(std::isnan(metricValue(run.metrics.epochs[1], "map_at_r")));
    const RunSummary s = summarizeRun(run);
    QVERIFY(std::abs(s.bestMetric - 74) < 1e-9);
    QCOMPARE(s.bestEpoch, 2);
}

void TestRunHistory::aStartThatFailedReadsAsFailed()
{
    const QString run = runs_ + "/no-dataset";
    writeText(dir_.path() + "/missing.json", R"({"dataset": "missing-demo", "backbone": {"name": "small_cnn", "input_size": 32}})");
    const Run failed = runCli({"train", "--config", dir_.path() + "/missing.json", "--out", run, "--quiet"}, dir_.path());
    QVERIFY(failed.exitCode != 0);
    QVERIFY2(failed.err.contains("missing-demo"), failed.err.constData());
    const RunRecord record = readRun(run.toStdString());
    QCOMPARE(summarizeRun(record).state, RunState::Failed); // just written, yet not in progress
    QCOMPARE(summarizeRun(record, -1).state, RunState::Failed);
    QVERIFY(!record.metrics.errors.empty());
    QVERIFY2(QString::fromStdString(record.metrics.errors.back().message).contains(dir_.path() + "/missing-demo"),
             record.metrics.errors.back().message.c_str());
}

void TestRunHistory::resumingWithChangedSettingsSaysSo()
{
    // A copy of the finished run, resumed with another learning rate: the change is said, not made silently.
    const QString copy = dir_.path() + "/changed";
    QVERIFY(QDir().mkpath(copy + "/checkpoints"));
    for (const char* file : {"config.json", "tags.json", "metrics.jsonl", "checkpoints/last.pt"})
        QVERIFY(QFile::copy(cliRun_ + "/" + file, copy + "/" + file));
    const Run same = runCli({"train", "--config", config_, "--out", copy, "--quiet"}, dir_.path());
    QVERIFY2(same.exitCode == 0, same.err.constData());
    QVERIFY2(!same.err.contains("changed config"), same.err.constData());
    const Run changed = runCli({"train", "--config", config_, "--out", copy, "--quiet", "--set", "lr=0.01"}, dir_.path());
    QVERIFY2(changed.exitCode == 0, changed.err.constData());
    QVERIFY2(changed.err.contains("changed config") && changed.err.contains("lr 0.003 -> 0.01"), changed.err.constData());
}

void TestRunHistory::aRunFindsItsDatasetFromAnotherFolder()
{
    // The run was trained with the dataset given as "demo" from dir_; its embeddings are computed from elsewhere.
    QTemporaryDir elsewhere;
    const Run embed = runCli({"embed", "--model", cliRun_, "--out", elsewhere.path() + "/emb.npy", "--json", "--quiet"}, elsewhere.path());
    QVERIFY2(embed.exitCode == 0, embed.err.constData());
    QVERIFY(QJsonDocument::fromJson(embed.out).object().value("rows").toInt() > 0);
}

void TestRunHistory::validationsByStepAreRead()
{
    // A run counted in steps, validated every 100: "eval" lines by step, epoch lines without mAP, a resume
    // that repeats step 200.
    QTemporaryDir dir;
    const QString run = dir.path() + "/steps";
    QDir().mkpath(run + "/checkpoints");
    writeText(run + "/config.json", R"({"loss": "asl", "epochs": 0, "max_steps": 300, "backbone": {"name": "resnet50"}})");
    writeText(run + "/metrics.jsonl",
              stepLine(100, 0.4) +
              R"({"type":"eval","epoch":1,"step":100,"train_loss":0.5,"map":20,"map_head":30,"map_medium":10,"map_tail":null,"seconds":3,"best":true})" "\n"
              R"({"type":"epoch","epoch":1,"step":150,"train_loss":0.45,"map":null,"seconds":60,"best":false})" "\n"
              R"({"type":"eval","epoch":2,"step":200,"train_loss":0.4,"map":31,"map_head":40,"map_medium":20,"map_tail":5,"seconds":3,"best":true})" "\n"
              R"({"type":"eval","epoch":2,"step":200,"train_loss":0.4,"map":30,"map_head":40,"map_medium":20,"map_tail":5,"seconds":3,"best":true})" "\n"
              + stepLine(300, 0.3) +
              R"({"type":"eval","epoch":2,"step":300,"train_loss":0.35,"map":28,"map_head":38,"map_medium":19,"map_tail":4,"seconds":3,"best":false})" "\n");
    writeText(run + "/model.pt", "x");
    const RunRecord record = readRun(run.toStdString());
    QVERIFY(record.problems.empty());
    QCOMPARE(record.metrics.validations.size(), std::size_t(3)); // the repeated step 200 replaced, not added
    QCOMPARE(record.metrics.validations[1].step, std::int64_t(200));
    QCOMPARE(record.metrics.validations[1].map, 30.0);
    QCOMPARE(record.metrics.epochs.front().step, std::int64_t(150));
    QCOMPARE(QString::fromStdString(primaryMetric(record.metrics.epochs, record.metrics.validations)), QString("map"));
    const RunSummary s = summarizeRun(record);
    QCOMPARE(s.state, RunState::Finished); // all 300 steps, whatever the epochs
    QCOMPARE(s.stepsPlanned, std::int64_t(300));
    QCOMPARE(s.stepsDone, std::int64_t(300));
    QCOMPARE(s.bestMetric, 30.0);
    QCOMPARE(s.bestStep, std::int64_t(200));
    QCOMPARE(s.bestEpoch, 2);

    const Run json = runCli({"runs", "--run", run, "--json"});
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonObject detail = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(detail.value("validation_list").toArray().size(), 3);
    QCOMPARE(detail.value("best_step").toInt(), 200);
    QCOMPARE(detail.value("steps").toInt(), 300);
    const Run text = runCli({"runs", dir.path()});
    QVERIFY2(text.out.contains("300/300 steps"), text.out.constData());
}

QTEST_GUILESS_MAIN(TestRunHistory)
#include "tst_run_history.moc"
