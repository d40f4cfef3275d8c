// Data-parallel training over c10d/Gloo on loopback: two CPU ranks launched by `tagscope-cli launch` end with the
// same weights as each other and as one process trained on the combined batch; a rank killed mid-run makes the
// other exit with an error that says so; the environment of torchrun and SLURM is read as they write it.
#include "training/distributed.h"

#include "dataset/demo_generator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <csignal>
#include <cmath>
#include <map>
#include <set>

using namespace tagscope;

namespace {

EnvironmentLookup lookupIn(const std::map<std::string, std::string>& variables)
{
    return [variables](const char* name) -> const char* {
        const auto found = variables.find(name);
        return found == variables.end() ? nullptr : found->second.c_str();
    };
}

QJsonObject lastRecord(const QString& run, const QString& type)
{
    QFile file(run + "/metrics.jsonl");
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject last;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        if (record.value("type").toString() == type)
            last = record;
    }
    return last;
}

} // namespace

class TestDistributed : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsTorchrunAndSlurmVariables();
    void rejectsInconsistentVariables();
    void shardsCoverTheCombinedBatches();
    void twoRanksMatchOneProcessOnTheCombinedBatch();
    void aKilledRankStopsTheOther();

private:
    QString writeConfig(const QString& name, int batchSize, int epochs, double timeoutSeconds, double lr = 0.5);
    QProcess* startRank(int rank, int port, const QStringList& arguments);

    QTemporaryDir scratch_;
    QString dataset_;
};

void TestDistributed::initTestCase()
{
    QVERIFY(scratch_.isValid());
    dataset_ = scratch_.filePath("demo");
    // Every image readable: a broken one would leave one rank's half batch shorter than the other's, and the
    // mean of the two half-batch losses would then weigh the images differently from one process.
    DemoOptions options;
    options.outputFolder = dataset_.toStdString();
    options.images = 160;
    options.seed = 3;
    options.imageSize = 64;
    options.threads = 2;
    generateDemoDataset(options);
}

void TestDistributed::readsTorchrunAndSlurmVariables()
{
    const DistributedSettings single = distributedSettingsFromEnvironment(lookupIn({}));
    QVERIFY(!single.enabled());

    const DistributedSettings torchrun = distributedSettingsFromEnvironment(lookupIn(
        {{"RANK", "3"}, {"WORLD_SIZE", "4"}, {"LOCAL_RANK", "1"}, {"MASTER_ADDR", "10.0.0.7"}, {"MASTER_PORT", "29511"}}));
    QCOMPARE(torchrun.source, std::string("torchrun"));
    QCOMPARE(torchrun.rank, 3);
    QCOMPARE(torchrun.worldSize, 4);
    QCOMPARE(torchrun.localRank, 1);
    QCOMPARE(torchrun.masterAddress, std::string("10.0.0.7"));
    QCOMPARE(torchrun.masterPort, 29511);

    const DistributedSettings slurm = distributedSettingsFromEnvironment(lookupIn(
        {{"SLURM_PROCID", "5"}, {"SLURM_NTASKS", "8"}, {"SLURM_LOCALID", "1"}, {"SLURM_LAUNCH_NODE_IPADDR", "10.1.2.3"}}));
    QCOMPARE(slurm.source, std::string("slurm"));
    QCOMPARE(slurm.rank, 5);
    QCOMPARE(slurm.worldSize, 8);
    QCOMPARE(slurm.localRank, 1);
    QCOMPARE(slurm.masterAddress, std::string("10.1.2.3"));
    QCOMPARE(slurm.masterPort, 29500);
}

void TestDistributed::rejectsInconsistentVariables()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             distributedSettingsFromEnvironment(lookupIn({{"RANK", "2"}, {"WORLD_SIZE", "2"}})));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             distributedSettingsFromEnvironment(lookupIn({{"RANK", "x"}, {"WORLD_SIZE", "2"}})));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             distributedSettingsFromEnvironment(lookupIn({{"RANK", "0"}, {"WORLD_SIZE", "2"}, {"MASTER_PORT", "70000"}})));
}

void TestDistributed::shardsCoverTheCombinedBatches()
{
    std::vector<std::uint32_t> order(40);
    for (std::uint32_t i = 0; i < order.size(); ++i)
        order[i] = 1000 + (i * 7) % 40; // a shuffled-looking permutation
    const int world = 2;
    const std::size_t batch = 4;
    const auto rank0 = shardForRank(order, 0, world);
    const auto rank1 = shardForRank(order, 1, world);
    QCOMPARE(rank0.size(), std::size_t(20));
    QCOMPARE(rank1.size(), std::size_t(20));
    // Batch k of both ranks together is batch k of one process with twice the batch size.
    for (std::size_t k = 0; k < 5; ++k) {
        std::multiset<std::uint32_t> combined(rank0.begin() + k * batch, rank0.begin() + (k + 1) * batch);
        combined.insert(rank1.begin() + k * batch, rank1.begin() + (k + 1) * batch);
        const std::multiset<std::uint32_t> single(order.begin() + k * 2 * batch, order.begin() + (k + 1) * 2 * batch);
        QCOMPARE(combined, single);
    }
    // An order that does not divide evenly is padded from its start, as PyTorch's DistributedSampler does.
    const std::vector<std::uint32_t> odd = {1, 2, 3, 4, 5};
    QCOMPARE(shardForRank(odd, 0, 2), std::vector<std::uint32_t>({1, 3, 5}));
    QCOMPARE(shardForRank(odd, 1, 2), std::vector<std::uint32_t>({2, 4, 1}));
}

QString TestDistributed::writeConfig(const QString& name, int batchSize, int epochs, double timeoutSeconds, double lr)
{
    // No BatchNorm (a ViT), no augmentation, a loss averaged over a fixed count (B x C: unknown labels count as
    // negatives, so both half batches weigh the same) and no momentum: then the mean of two ranks' gradients over
    // half batches is the gradient over the whole batch, and the runs must agree.
    const QJsonObject config{
        {"dataset", dataset_},
        {"backbone", QJsonObject{{"name", "vit_tiny"}, {"input_size", 32}}},
        {"loss", "bce"},
        {"loss_params", QJsonObject{{"unknown", "negative"}}},
        {"optimizer", "sgd"},
        {"momentum", 0.0},
        {"weight_decay", 0.0},
        {"lr", lr},
        {"schedule", "constant"},
        {"epochs", epochs},
        {"batch_size", batchSize},
        {"threads", 1},
        {"workers", 1},
        {"max_val_images", 16},
        {"augmentation", QJsonObject{{"random_resized_crop", false}, {"flip", false}}},
        {"distributed_timeout", timeoutSeconds},
    };
    const QString path = scratch_.filePath(name + ".json");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(config).toJson()) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestDistributed::twoRanksMatchOneProcessOnTheCombinedBatch()
{
    const QString single = scratch_.filePath("single");
    const QString parallel = scratch_.filePath("parallel");
    const QString untrained = scratch_.filePath("untrained");
    QProcess still; // learning rate 0: the initial weights, to size the change training makes
    still.start(TAGSCOPE_CLI_PATH, {"train", "--quiet", "--config", writeConfig("untrained", 16, 1, 60, 0.0), "--out", untrained});
    QVERIFY(still.waitForFinished(300000));
    QVERIFY2(still.exitCode() == 0, still.readAllStandardError().constData());
    QProcess one;
    one.start(TAGSCOPE_CLI_PATH, {"train", "--quiet", "--config", writeConfig("single", 16, 1, 60), "--out", single});
    QVERIFY(one.waitForFinished(300000));
    QVERIFY2(one.exitCode() == 0, one.readAllStandardError().constData());

    QProcess two;
    two.start(TAGSCOPE_CLI_PATH, {"launch", "--nproc-per-node", "2", "train", "--quiet", "--config", writeConfig("parallel", 8, 1, 60),
                                  "--out", parallel});
    QVERIFY(two.waitForFinished(300000));
    const QByteArray log = two.readAllStandardError();
    QVERIFY2(two.exitCode() == 0, log.constData());
    // Only rank 0 reports: one result on stdout and the epoch lines; rank 1 says which rank it is.
    const QList<QByteArray> results = two.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(results.size(), 1);
    const QJsonObject result = QJsonDocument::fromJson(results.front()).object();
    QCOMPARE(result.value("status").toString(), QString("finished"));
    QVERIFY(result.value("best_map").toDouble() >= 0);
    QCOMPARE(log.count("val mAP"), 1);
    QVERIFY2(log.contains("rank 1 of 2"), log.constData());

    const QJsonObject a = lastRecord(single, "weights");
    const QJsonObject b = lastRecord(parallel, "weights");
    QVERIFY2(!a.isEmpty() && !b.isEmpty(), "a weights line is missing from metrics.jsonl");
    QCOMPARE(b.value("world_size").toInt(), 2);
    const QJsonArray ranks = b.value("rank_fingerprints").toArray();
    QCOMPARE(ranks.size(), 2);
    QCOMPARE(ranks[0].toDouble(), ranks[1].toDouble()); // both ranks hold the very same weights
    const double initial = lastRecord(untrained, "weights").value("weight_fingerprint").toDouble();
    const double reference = a.value("weight_fingerprint").toDouble();
    const double distributed = b.value("weight_fingerprint").toDouble();
    // Training moved the weights; the two-rank run lands where the single process did, to float rounding
    // (measured: a millionth of the move).
    QVERIFY(std::abs(reference - initial) > 1e-3);
    QVERIFY2(std::abs(reference - distributed) <= 1e-3 * std::abs(reference - initial),
             qPrintable(QString("initial %1, one process %2, two ranks %3")
                            .arg(initial, 0, 'g', 17).arg(reference, 0, 'g', 17).arg(distributed, 0, 'g', 17)));
    QCOMPARE(lastRecord(single, "epoch").value("epoch").toInt(), 1);
    QVERIFY(QFile::exists(parallel + "/checkpoints/last.pt"));
}

QProcess* TestDistributed::startRank(int rank, int port, const QStringList& arguments)
{
    auto* process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("RANK", QString::number(rank));
    environment.insert("LOCAL_RANK", QString::number(rank));
    environment.insert("WORLD_SIZE", "2");
    environment.insert("MASTER_ADDR", "127.0.0.1");
    environment.insert("MASTER_PORT", QString::number(port));
    process->setProcessEnvironment(environment);
    process->start(TAGSCOPE_CLI_PATH, arguments);
    return process;
}

void TestDistributed::aKilledRankStopsTheOther()
{
    const QString run = scratch_.filePath("killed");
    const QStringList arguments = {"train", "--quiet", "--config", writeConfig("killed", 8, 50, 20), "--out", run};
    const int port = 20000 + static_cast<int>(QCoreApplication::applicationPid() % 20000);
    QProcess* survivor = startRank(0, port, arguments);
    QProcess* victim = startRank(1, port, arguments);
    // Once training has begun (rank 0 logs steps), rank 1 dies without a word.
    QTRY_VERIFY_WITH_TIMEOUT(QFile(run + "/metrics.jsonl").size() > 0, 180000);
    ::kill(static_cast<pid_t>(victim->processId()), SIGKILL);
    QVERIFY(victim->waitForFinished(10000));
    QVERIFY2(survivor->waitForFinished(120000), "rank 0 kept waiting for the dead rank");
    QVERIFY(survivor->exitCode() != 0);
    const QString error = survivor->readAllStandardError();
    QVERIFY2(error.contains("another rank stopped or did not answer"), qPrintable(error));
    // What was done is kept: the run resumes from its checkpoint (rank 0 wrote the config and its metrics).
    QVERIFY(QFile::exists(run + "/config.json"));
}

QTEST_MAIN(TestDistributed)
#include "tst_distributed.moc"
