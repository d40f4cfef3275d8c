// Ctrl-C at the command line, on real processes: `train` writes its checkpoint, exits with 130 and the run resumes
// where it stopped, step for step; `launch` delivers it to every rank (as a terminal does, to the whole process
// group) and the ranks stop at the same step; `tsne` writes the layout it has reached.
#include "common/npy.h"
#include "dataset/demo_generator.h"

#include "cli_runner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <csignal>
#include <random>

#include <unistd.h>

using namespace tagscope;

namespace {

// The step lines of a run's metrics.jsonl, as their step numbers.
QList<int> loggedSteps(const QString& run)
{
    QList<int> steps;
    QFile file(run + "/metrics.jsonl");
    if (!file.open(QIODevice::ReadOnly))
        return steps;
    while (!file.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        if (line.value("type").toString() == "step")
            steps << line.value("step").toInt();
    }
    return steps;
}

// The command as a terminal runs it: leader of its own process group, so that Ctrl-C reaches it and its children.
void startInOwnGroup(QProcess& process, const QStringList& arguments)
{
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
    process.start(TAGSCOPE_CLI_PATH, arguments);
}

void pressCtrlC(const QProcess& process) { ::kill(-static_cast<pid_t>(process.processId()), SIGINT); }

} // namespace

class TestCliInterrupts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void interruptedTrainingResumesWhereItStopped();
    void interruptedLaunchStopsTheRanksAtOneStep_data();
    void interruptedLaunchStopsTheRanksAtOneStep();
    void interruptedTsneWritesItsLayout();

private:
    // Ten batches of 16 an epoch, twenty epochs: far more than the test lets run before it interrupts.
    QString writeConfig(const QString& name) const
    {
        const QJsonObject config{{"dataset", dataset_},
                                 {"backbone", QJsonObject{{"name", "small_cnn"}, {"input_size", 32}}},
                                 {"epochs", 20},
                                 {"batch_size", 16},
                                 {"max_train_images", 160},
                                 {"max_val_images", 32},
                                 {"workers", 1},
                                 {"threads", 1},
                                 {"device", "cpu"},
                                 {"log_every", 1},
                                 {"distributed_timeout", 30}}; // a rank left waiting gives up in seconds
        QFile file(dir_.filePath(name + ".json"));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(config).toJson()) < 0)
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }

    QTemporaryDir dir_;
    QString dataset_;
};

void TestCliInterrupts::initTestCase()
{
    QVERIFY(dir_.isValid());
    dataset_ = dir_.filePath("demo");
    DemoOptions options;
    options.outputFolder = dataset_.toStdString();
    options.images = 500;
    options.imageSize = 32;
    options.seed = 4;
    generateDemoDataset(options);
}

void TestCliInterrupts::interruptedTrainingResumesWhereItStopped()
{
    const QString config = writeConfig("train"), run = dir_.filePath("run-train");
    QProcess train;
    startInOwnGroup(train, {"train", "--config", config, "--out", run, "--quiet"});
    QVERIFY(train.waitForStarted());
    QVERIFY2(QTest::qWaitFor([&] { return !loggedSteps(run).isEmpty() || train.state() != QProcess::Running; }, 120000),
             "no step was logged");
    pressCtrlC(train);
    QVERIFY(train.waitForFinished(60000));
    const QByteArray error = train.readAllStandardError();
    QCOMPARE(train.exitStatus(), QProcess::NormalExit);
    QVERIFY2(train.exitCode() == 130, error.constData());
    const QJsonObject result = QJsonDocument::fromJson(train.readAllStandardOutput()).object();
    QCOMPARE(result.value("status").toString(), QString("cancelled"));
    QVERIFY2(QFile::exists(run + "/checkpoints/last.pt"), "no checkpoint after the interrupt");
    const QRegularExpressionMatch stopped = QRegularExpression("stopped (at|while evaluating) epoch (\\d+)").match(result.value("message").toString());
    QVERIFY2(stopped.hasMatch(), qPrintable(result.value("message").toString()));
    const int epoch = stopped.captured(2).toInt();
    const int stepsBefore = loggedSteps(run).size();
    QVERIFY(stepsBefore >= 1 && stepsBefore < 200);

    // Resumed to the end of the epoch it stopped in: every step once, in order, none lost or repeated.
    const CliRun resumed = runCli({"train", "--config", config, "--out", run, "--quiet", "--set", QString("epochs=%1").arg(epoch)});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QVERIFY(resumed.err.contains("resuming at epoch " + QByteArray::number(epoch)));
    QList<int> expected;
    for (int step = 1; step <= 10 * epoch; ++step)
        expected << step;
    QCOMPARE(loggedSteps(run), expected);
}

void TestCliInterrupts::interruptedLaunchStopsTheRanksAtOneStep_data()
{
    QTest::addColumn<bool>("everyProcess");
    QTest::newRow("Ctrl-C: the launcher and both ranks") << true;
    QTest::newRow("one rank interrupted") << false;
}

void TestCliInterrupts::interruptedLaunchStopsTheRanksAtOneStep()
{
    QFETCH(bool, everyProcess);
    const QString config = writeConfig("launch"), run = dir_.filePath(everyProcess ? "run-launch-all" : "run-launch-one");
    QProcess launch;
    startInOwnGroup(launch, {"launch", "--nproc-per-node", "2", "train", "--config", config, "--out", run, "--quiet"});
    QVERIFY(launch.waitForStarted());
    QVERIFY2(QTest::qWaitFor([&] { return !loggedSteps(run).isEmpty() || launch.state() != QProcess::Running; }, 180000),
             "no step was logged");
    if (everyProcess) {
        pressCtrlC(launch);
    } else { // one rank only: the other learns of it from the ranks' vote at each step
        QFile children(QString("/proc/%1/task/%1/children").arg(launch.processId()));
        QVERIFY(children.open(QIODevice::ReadOnly));
        const QList<QByteArray> ranks = children.readAll().simplified().split(' ');
        QCOMPARE(ranks.size(), 2);
        ::kill(static_cast<pid_t>(ranks.last().toLongLong()), SIGINT);
    }
    QVERIFY(launch.waitForFinished(120000));
    QCOMPARE(launch.exitStatus(), QProcess::NormalExit);
    const QString error = launch.readAllStandardError();
    QVERIFY2(launch.exitCode() == 130, qPrintable(error));
    // Each rank says where it stopped; they say the same.
    QStringList places;
    QRegularExpressionMatchIterator it = QRegularExpression("stopped (at|while evaluating) epoch \\d+(, batch \\d+)?").globalMatch(error);
    while (it.hasNext())
        places << it.next().captured(0);
    QCOMPARE(places.size(), 2);
    QCOMPARE(places[0], places[1]);
    QVERIFY(!error.contains("did not answer"));
    QVERIFY(QFile::exists(run + "/checkpoints/last.pt"));
}

void TestCliInterrupts::interruptedTsneWritesItsLayout()
{
    // 600 points in 6 clusters of 8 dimensions, far more iterations than the test waits for.
    std::mt19937 random(2);
    std::normal_distribution<float> normal;
    std::vector<float> points;
    for (int i = 0; i < 600; ++i)
        for (int d = 0; d < 8; ++d)
            points.push_back(normal(random) + (d == i % 6 ? 8.0f : 0.0f));
    const QString input = dir_.filePath("points.npy"), layout = dir_.filePath("layout.npy");
    writeNpy(input.toStdString(), points, {600, 8});
    QProcess tsne;
    startInOwnGroup(tsne, {"tsne", input, "--out", layout, "--iterations", "1000000", "--threads", "1", "--json"});
    QVERIFY(tsne.waitForStarted());
    QByteArray progress;
    QVERIFY2(QTest::qWaitFor([&] {
        progress += tsne.readAllStandardError();
        return progress.contains("Optimising") || tsne.state() != QProcess::Running;
    }, 120000), "the optimisation never started");
    pressCtrlC(tsne);
    QVERIFY(tsne.waitForFinished(60000));
    QCOMPARE(tsne.exitStatus(), QProcess::NormalExit);
    QCOMPARE(tsne.exitCode(), 130);
    const QJsonObject result = QJsonDocument::fromJson(tsne.readAllStandardOutput()).object();
    QVERIFY(result.value("cancelled").toBool());
    const int iterations = result.value("iterations").toInt();
    QVERIFY(iterations >= 10 && iterations < 1000000);
    const NpyArray written = readNpy(layout.toStdString());
    QCOMPARE(written.shape, (std::vector<std::int64_t>{600, 2}));
    for (float value : written.toFloat())
        QVERIFY(std::isfinite(value));
    // The layout reached: it scores as the process said it did.
    const CliRun evaluated = runCli({"tsne", input, "--evaluate", layout, "--json"});
    QCOMPARE(evaluated.exitCode, 0);
    QVERIFY(std::abs(evaluated.json().value("kl").toDouble() - result.value("kl").toDouble()) < 1e-3);
}

QTEST_GUILESS_MAIN(TestCliInterrupts)
#include "tst_cli_interrupts.moc"
