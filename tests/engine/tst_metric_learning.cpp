// Metric learning around the losses: P x K batches, Recall@K and MAP@R on hand-made cases and against a brute
// force, the class rules for multilabel images, and real training runs on the single-item demo (learning beats
// the untrained network, resuming with loss-owned proxies is exact, the export yields embeddings).
#include <torch/script.h> // before Qt (its `slots` macro)
#include <torch/torch.h>

#include "dataset/dataset_loader.h"
#include "dataset/demo_generator.h"
#include "training/batch_source.h"
#include "training/metric_training.h"
#include "training/packed_image_cache.h"
#include "training/pk_sampler.h"
#include "training/retrieval_metrics.h"
#include "training/trainer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>
#include <map>
#include <set>

using namespace tagscope;

namespace {

// Unit vectors at the given angles (degrees).
torch::Tensor onCircle(const std::vector<double>& degrees)
{
    std::vector<float> values;
    for (double d : degrees) {
        values.push_back(static_cast<float>(std::cos(d * M_PI / 180)));
        values.push_back(static_cast<float>(std::sin(d * M_PI / 180)));
    }
    return torch::tensor(values).view({static_cast<long>(degrees.size()), 2});
}

// Recall@K and MAP@R the slow way: every query sorts every other item.
RetrievalMetrics bruteForce(const torch::Tensor& x, const std::vector<int>& classes, const std::vector<int>& ks)
{
    const torch::Tensor unit = x / x.norm(2, 1, true);
    const torch::Tensor scores = torch::mm(unit, unit.t()).to(torch::kDouble);
    const auto n = static_cast<int>(classes.size());
    RetrievalMetrics m;
    m.ks = ks;
    m.recallAtK.assign(ks.size(), 0);
    for (int q = 0; q < n; ++q) {
        std::vector<int> others;
        for (int i = 0; i < n; ++i)
            if (i != q)
                others.push_back(i);
        std::stable_sort(others.begin(), others.end(), [&](int a, int b) { return scores[q][a].item<double>() > scores[q][b].item<double>(); });
        int r = 0;
        for (int i : others)
            r += classes[i] == classes[q];
        if (r == 0)
            continue;
        ++m.queries;
        for (std::size_t k = 0; k < ks.size(); ++k)
            for (int i = 0; i < std::min<int>(ks[k], n - 1); ++i)
                if (classes[others[i]] == classes[q]) {
                    m.recallAtK[k] += 1;
                    break;
                }
        double ap = 0, hits = 0;
        for (int i = 0; i < r; ++i)
            if (classes[others[i]] == classes[q])
                ap += ++hits / (i + 1);
        m.mapAtR += ap / r;
    }
    for (double& recall : m.recallAtK)
        recall /= m.queries;
    m.mapAtR /= m.queries;
    return m;
}

std::vector<nlohmann::json> epochLines(const QString& run)
{
    std::vector<nlohmann::json> lines;
    std::ifstream in((run + "/metrics.jsonl").toStdString());
    for (std::string line; std::getline(in, line);) {
        const auto json = nlohmann::json::parse(line);
        if (json.at("type") == "epoch")
            lines.push_back(json);
    }
    return lines;
}

std::vector<double> stepLosses(const QString& run)
{
    std::vector<double> losses;
    std::ifstream in((run + "/metrics.jsonl").toStdString());
    for (std::string line; std::getline(in, line);) {
        const auto json = nlohmann::json::parse(line);
        if (json.at("type") == "step")
            losses.push_back(json.at("loss").get<double>());
    }
    return losses;
}

class StopAtStep : public TrainingObserver {
public:
    StopAtStep(CancelToken& cancel, std::int64_t step) : cancel_(cancel), step_(step) {}
    void progress(const TrainingProgress& p) override
    {
        if (p.phase == "Training" && p.step == step_)
            cancel_.cancel();
    }

private:
    CancelToken& cancel_;
    std::int64_t step_;
};

} // namespace

class TestMetricLearning : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pkBatchesHoldPClassesOfKImages();
    void pkSamplerBalancesClassesAndIsDeterministic();
    void pkSamplerRejectsImpossibleShapes();
    void pkBatchesFromTheBatchSource();
    void retrievalByHand();
    void retrievalMatchesBruteForce();
    void retrievalMultilabelSharesATag();
    void classRulesForMultilabelImages();
    void trainingImprovesRecall_data();
    void trainingImprovesRecall();
    void proxyRunResumesExactly();
    void metricConfigsAreValidated();

private:
    TrainingConfig metricConfig(const std::string& loss) const
    {
        TrainingConfig c;
        c.dataset = singleItem_.toStdString();
        c.backbone.name = "small_cnn";
        c.backbone.inputSize = 32;
        c.loss = loss;
        c.embeddingDim = 64;
        c.sampler = SamplerKind::PK;
        c.imagesPerClass = 4;
        c.batchSize = 32;
        c.epochs = 2;
        c.lr = 2e-3;
        c.workers = 2;
        c.logEvery = 1;
        c.seed = 9;
        c.device = "cpu"; // resuming is compared exactly: never a GPU that "auto" might pick
        c.augmentation.randomResizedCrop = false;
        return c;
    }

    QTemporaryDir dir_;
    QString singleItem_;
};

void TestMetricLearning::initTestCase()
{
    singleItem_ = dir_.path() + "/single";
    DemoOptions options;
    options.outputFolder = singleItem_.toStdString();
    options.images = 900;
    options.imageSize = 32;
    options.singleItem = true;
    options.seed = 4;
    options.threads = 2;
    generateDemoDataset(options);
}

void TestMetricLearning::pkBatchesHoldPClassesOfKImages()
{
    // Classes of 10, 6, 3, 1 and 20 rows (row ids tell the class: 100 x class + i).
    const std::vector<int> sizes = {10, 6, 3, 1, 20};
    std::vector<std::uint32_t> rows;
    RowPositives classes;
    classes.offsets.push_back(0);
    for (std::size_t c = 0; c < sizes.size(); ++c)
        for (int i = 0; i < sizes[c]; ++i) {
            rows.push_back(static_cast<std::uint32_t>(100 * c + i));
            classes.columns.push_back(static_cast<std::uint32_t>(c));
            classes.offsets.push_back(classes.columns.size());
        }
    const PkBatchSampler sampler(rows, classes, sizes.size(), 12, 4);
    QCOMPARE(sampler.classesPerBatch(), 3);
    for (int epoch = 0; epoch < 20; ++epoch) {
        const std::vector<std::uint32_t> order = sampler.order(7, epoch);
        QCOMPARE(order.size(), std::size_t(40 / 12 * 12));
        for (std::size_t b = 0; b < order.size(); b += 12) {
            std::map<int, std::vector<std::uint32_t>> byClass;
            for (std::size_t i = b; i < b + 12; ++i)
                byClass[order[i] / 100].push_back(order[i]);
            QCOMPARE(byClass.size(), std::size_t(3));
            for (const auto& [c, members] : byClass) {
                QCOMPARE(members.size(), std::size_t(4));
                // K distinct images where the class has K; all of a smaller class, then repeats.
                const std::size_t distinct = std::set<std::uint32_t>(members.begin(), members.end()).size();
                QCOMPARE(distinct, std::min<std::size_t>(4, sizes[c]));
            }
        }
    }
}

void TestMetricLearning::pkSamplerBalancesClassesAndIsDeterministic()
{
    // A long tail: 200, 50, 10, 4 and 4 images. P x K batches pick classes uniformly, so each class shows up in
    // P / C = 2 / 5 of the batches whatever its size.
    const std::vector<int> sizes = {200, 50, 10, 4, 4};
    std::vector<std::uint32_t> rows;
    RowPositives classes;
    classes.offsets.push_back(0);
    std::uint32_t next = 0;
    std::vector<int> classOfRow;
    for (std::size_t c = 0; c < sizes.size(); ++c)
        for (int i = 0; i < sizes[c]; ++i) {
            rows.push_back(next++);
            classOfRow.push_back(static_cast<int>(c));
            classes.columns.push_back(static_cast<std::uint32_t>(c));
            classes.offsets.push_back(classes.columns.size());
        }
    const PkBatchSampler sampler(rows, classes, sizes.size(), 8, 4);
    std::vector<double> batchesWith(sizes.size(), 0);
    double batches = 0;
    for (int epoch = 0; epoch < 50; ++epoch) {
        const std::vector<std::uint32_t> order = sampler.order(3, epoch);
        for (std::size_t b = 0; b < order.size(); b += 8, ++batches) {
            std::set<int> seen;
            for (std::size_t i = b; i < b + 8; ++i)
                seen.insert(classOfRow[order[i]]);
            for (int c : seen)
                batchesWith[c] += 1;
        }
    }
    for (std::size_t c = 0; c < sizes.size(); ++c)
        QVERIFY2(std::abs(batchesWith[c] / batches - 0.4) < 0.05, qPrintable(QString("class %1: %2").arg(c).arg(batchesWith[c] / batches)));
    QCOMPARE(sampler.order(3, 4), sampler.order(3, 4));
    QVERIFY(sampler.order(3, 4) != sampler.order(3, 5));
    QVERIFY(sampler.order(3, 4) != sampler.order(4, 4));
}

void TestMetricLearning::pkSamplerRejectsImpossibleShapes()
{
    std::vector<std::uint32_t> rows = {0, 1, 2, 3};
    RowPositives classes{{0, 1, 2, 3, 4}, {0, 0, 1, 1}};
    auto message = [&](int batch, int k) -> QString {
        try {
            const PkBatchSampler sampler(rows, classes, 2, batch, k);
            (void)sampler;
        } catch (const std::invalid_argument& e) {
            return e.what();
        }
        return {};
    };
    QVERIFY(message(6, 4).contains("multiple of images_per_class"));
    QVERIFY(message(12, 4).contains("only 2 have images"));
    QVERIFY(message(4, 2).isEmpty());
}

void TestMetricLearning::pkBatchesFromTheBatchSource()
{
    // The real pipeline: a PK batch source over the demo's training split, classes from the class rule.
    const Dataset dataset = loadDataset(singleItem_.toStdString()).dataset;
    std::vector<std::uint32_t> train, columns;
    for (std::uint32_t i = 0; i < dataset.imageCount(); ++i)
        if (dataset.imageSplit(i) == Split::Train)
            train.push_back(i);
    for (std::uint32_t t = 0; t < dataset.tagCount(); ++t)
        columns.push_back(t);
    const std::vector<std::int32_t> classes = imageClasses(dataset, columns, {});
    for (std::uint32_t i : train)
        QVERIFY(classes[i] >= 0); // single-item: one positive tag per image
    auto cache = PackedImageCache::build(dataset, train, 20, (dir_.path() + "/pk.tspk").toStdString());
    BatchOptions options;
    options.batchSize = 20;
    options.inputSize = 16;
    options.sampler = SamplerKind::PK;
    options.imagesPerClass = 5;
    options.imageClasses = classes;
    BatchSource source(cache, dataset, columns, options);
    source.startEpoch(2);
    QCOMPARE(source.batchesPerEpoch(), std::int64_t(train.size() / 20));
    int batches = 0;
    for (Batch batch; source.next(batch); ++batches) {
        const torch::Tensor ids = batchClassIds(batch, classes);
        QCOMPARE(ids.size(0), std::int64_t(20));
        const auto [unique, inverse, counts] = torch::_unique2(ids, true, false, true);
        QCOMPARE(unique.size(0), std::int64_t(4));
        QVERIFY(counts.eq(5).all().item<bool>());
        // The targets agree: each row's positive tag is its class.
        QVERIFY(batch.targets.argmax(1).eq(ids).all().item<bool>());
    }
    QCOMPARE(std::int64_t(batches), source.batchesPerEpoch());
}

void TestMetricLearning::retrievalByHand()
{
    // Angles 0, 10, 30, 100, 110, 200 with classes 0, 0, 1, 1, 0, 1 (derivation in the comments):
    //   item 0: neighbours 1 2 3 4 5, relevant {1, 4}: hit at 1;      MAP@R (1 + 0) / 2 = 0.5
    //   item 1: neighbours 0 2 3 4 5, relevant {0, 4}: hit at 1;      0.5
    //   item 2: neighbours 1 0 3 4 5, relevant {3, 5}: first hit 3;  0
    //   item 3: neighbours 4 2 1 {0 5}, relevant {2, 5}: hit at 2;   (0 + 1/2) / 2 = 0.25
    //   item 4: neighbours 3 2 5 1 0, relevant {0, 1}: first hit 4;  0
    //   item 5: neighbours 4 3 0 {1 2}, relevant {2, 3}: hit at 2;   0.25
    const torch::Tensor x = onCircle({0, 10, 30, 100, 110, 200});
    const torch::Tensor classes = torch::tensor({0, 0, 1, 1, 0, 1}, torch::kLong);
    const RetrievalMetrics m = evaluateRetrieval(x, classes);
    QVERIFY(m.complete);
    QCOMPARE(m.queries, std::size_t(6));
    QCOMPARE(m.ks, (std::vector<int>{1, 2, 4, 8}));
    QVERIFY(std::abs(m.recallAtK[0] - 2.0 / 6) < 1e-6);
    QVERIFY(std::abs(m.recallAtK[1] - 4.0 / 6) < 1e-6);
    QVERIFY(std::abs(m.recallAtK[2] - 1.0) < 1e-6);
    QVERIFY(std::abs(m.recallAtK[3] - 1.0) < 1e-6);
    QVERIFY(std::abs(m.mapAtR - 0.25) < 1e-6);

    // Unlabelled items are left out entirely; a singleton class cannot be a query but still takes a rank.
    const torch::Tensor withUnlabelled = torch::cat({x, onCircle({5})});
    const RetrievalMetrics same = evaluateRetrieval(withUnlabelled, torch::tensor({0, 0, 1, 1, 0, 1, -1}, torch::kLong));
    QCOMPARE(same.queries, std::size_t(6));
    QVERIFY(std::abs(same.recallAtK[0] - m.recallAtK[0]) < 1e-9 && std::abs(same.mapAtR - m.mapAtR) < 1e-9);
    const RetrievalMetrics distractor = evaluateRetrieval(withUnlabelled, torch::tensor({0, 0, 1, 1, 0, 1, 9}, torch::kLong));
    QCOMPARE(distractor.queries, std::size_t(6));
    QVERIFY(distractor.recallAtK[0] < m.recallAtK[0]); // item 5 degrees sits between items 0 and 1

    // One query row per block gives the same figures as one block.
    RetrievalOptions tiny;
    tiny.memoryBudget = 1;
    const RetrievalMetrics blocked = evaluateRetrieval(x, classes, tiny);
    for (std::size_t i = 0; i < m.ks.size(); ++i)
        QCOMPARE(blocked.recallAtK[i], m.recallAtK[i]);
    QCOMPARE(blocked.mapAtR, m.mapAtR);

    // Cancelled: no figures.
    CancelToken cancel;
    cancel.cancel();
    QVERIFY(!evaluateRetrieval(x, classes, {}, &cancel).complete);
}

void TestMetricLearning::retrievalMatchesBruteForce()
{
    torch::manual_seed(12);
    const int n = 400;
    const torch::Tensor centres = torch::randn({7, 16});
    std::vector<int> classes(n);
    std::vector<std::int64_t> ids(n);
    for (int i = 0; i < n; ++i)
        ids[i] = classes[i] = (i * 37 + i / 3) % 7;
    const torch::Tensor x = centres.index_select(0, torch::tensor(ids)) + 1.2 * torch::randn({n, 16});
    const std::vector<int> ks = {1, 2, 4, 8, 10, 100};
    const RetrievalMetrics expected = bruteForce(x, classes, ks);
    RetrievalOptions options;
    options.ks = ks;
    options.memoryBudget = 64 * n * 6; // 64 queries per block
    const RetrievalMetrics got = evaluateRetrieval(x, torch::tensor(ids), options);
    QCOMPARE(got.queries, expected.queries);
    for (std::size_t i = 0; i < ks.size(); ++i)
        QVERIFY2(std::abs(got.recallAtK[i] - expected.recallAtK[i]) < 1e-9, qPrintable(QString("R@%1").arg(ks[i])));
    QVERIFY2(std::abs(got.mapAtR - expected.mapAtR) < 1e-6, qPrintable(QString("%1 vs %2").arg(got.mapAtR).arg(expected.mapAtR)));
    QVERIFY(got.recallAtK[0] > 0.2 && got.recallAtK[0] < 0.95); // neither trivial nor hopeless
}

void TestMetricLearning::retrievalMultilabelSharesATag()
{
    // Items 0 and 1 share tag A, 2 has B only, 3 has B and C, 4 has no tag (left out).
    const torch::Tensor x = onCircle({0, 90, 10, 100, 1});
    const torch::Tensor tags = torch::tensor({1.0, 0.0, 0.0, 1.0, 0.0, -1.0, 0.0, 1.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 0.0}).view({5, 3});
    const RetrievalMetrics m = evaluateRetrievalMultilabel(x, tags);
    // Neighbours by angle: 0 -> 2 1 3, 1 -> 3 2 0, 2 -> 0 1 3, 3 -> 1 2 0; relevant: 0-1 (tag A), 2-3 (tag B).
    // Recall@1 0; Recall@2: items 0 and 3 hit; Recall@4: all.
    QCOMPARE(m.items, std::size_t(4));
    QCOMPARE(m.queries, std::size_t(4));
    QCOMPARE(m.recallAtK[0], 0.0);
    QVERIFY(std::abs(m.recallAtK[1] - 0.5) < 1e-6);
    QVERIFY(std::abs(m.recallAtK[2] - 1.0) < 1e-6);
}

void TestMetricLearning::classRulesForMultilabelImages()
{
    // The multi-item demo: an image has its item classes, a group tag and a colour tag. With every tag as a
    // candidate few images have exactly one positive; with the ten item classes as class tags, every image
    // showing a single (annotated) item gets that item's class.
    QTemporaryDir dir;
    DemoOptions options;
    options.outputFolder = (dir.path() + "/multi").toStdString();
    options.images = 300;
    options.imageSize = 32;
    options.seed = 2;
    options.threads = 2;
    generateDemoDataset(options);
    const Dataset dataset = loadDataset(options.outputFolder).dataset;
    std::vector<std::uint32_t> columns(dataset.tagCount());
    for (std::uint32_t t = 0; t < dataset.tagCount(); ++t)
        columns[t] = t;
    const std::vector<std::string> items = {"/demo/tshirt", "/demo/trouser", "/demo/sneaker", "/demo/bag",  "/demo/dress",
                                            "/demo/pullover", "/demo/coat",  "/demo/ankle-boot", "/demo/sandal", "/demo/shirt"};
    const std::vector<std::int32_t> any = imageClasses(dataset, columns, {});
    const std::vector<std::int32_t> byItem = imageClasses(dataset, columns, items);
    auto count = [](const std::vector<std::int32_t>& classes) { return std::count_if(classes.begin(), classes.end(), [](int c) { return c >= 0; }); };
    QVERIFY2(count(byItem) > 2 * count(any), qPrintable(QString("%1 vs %2").arg(count(byItem)).arg(count(any))));
    for (std::uint32_t image = 0; image < dataset.imageCount(); ++image) {
        if (byItem[image] < 0)
            continue;
        // The class is a positive item tag of the image, and the only one.
        const std::string& name = dataset.tag(columns[byItem[image]]).labelName;
        QVERIFY(std::find(items.begin(), items.end(), name) != items.end());
    }
    // Display names work too; an unknown tag is an error naming it.
    QVERIFY(count(imageClasses(dataset, columns, {"Trouser", "Bag"})) > 0);
    try {
        imageClasses(dataset, columns, {"Umbrella"});
        QFAIL("unknown class tag accepted");
    } catch (const std::invalid_argument& e) {
        QVERIFY(QString(e.what()).contains("'Umbrella'"));
    }
}

void TestMetricLearning::trainingImprovesRecall_data()
{
    QTest::addColumn<QString>("loss");
    QTest::addColumn<QString>("params");
    QTest::newRow("arcface") << "arcface" << R"({"s": 16})";
    QTest::newRow("triplet batch-hard") << "triplet" << R"({"miner": "batch_hard", "margin": 0.2})";
    QTest::newRow("intra_batch") << "intra_batch" << "{}";
}

void TestMetricLearning::trainingImprovesRecall()
{
    // The same network and batches with learning rate 0 (BatchNorm statistics still adapt) is the baseline.
    QFETCH(QString, loss);
    QFETCH(QString, params);
    TrainingConfig config = metricConfig(loss.toStdString());
    config.lossParams = nlohmann::json::parse(params.toStdString());
    const QString trained = dir_.path() + "/learn-" + loss, untrained = dir_.path() + "/still-" + loss;
    const TrainingResult result = trainModel(config, trained.toStdString());
    QCOMPARE(int(result.status), int(TrainingResult::Status::Finished));
    config.lr = 0;
    QCOMPARE(int(trainModel(config, untrained.toStdString()).status), int(TrainingResult::Status::Finished));
    const auto learnt = epochLines(trained), still = epochLines(untrained);
    QCOMPARE(learnt.size(), std::size_t(2));
    for (const char* key : {"recall_at_1", "recall_at_2", "recall_at_4", "recall_at_8", "map_at_r", "retrieval_queries"})
        QVERIFY2(learnt.back().contains(key) && !learnt.back()[key].is_null(), key);
    const double r1 = learnt.back()["recall_at_1"].get<double>(), base = still.back()["recall_at_1"].get<double>();
    // In percent in metrics.jsonl, as in the result.
    qInfo("%s: Recall@1 %.1f after 2 epochs, %.1f untrained; MAP@R %.1f vs %.1f", qPrintable(loss), r1, base,
          learnt.back()["map_at_r"].get<double>(), still.back()["map_at_r"].get<double>());
    QVERIFY2(r1 > base + 3, qPrintable(QString("Recall@1 %1 vs untrained %2").arg(r1).arg(base)));
    QVERIFY(learnt.back()["map_at_r"].get<double>() > still.back()["map_at_r"].get<double>() + 5);
    QVERIFY(learnt.back()["recall_at_8"].get<double>() >= learnt.back()["recall_at_1"].get<double>());
    QVERIFY(result.bestMap && std::abs(*result.bestMap - std::max(learnt[0]["recall_at_1"].get<double>(), r1)) < 1e-6);

    // The export maps images to embeddings of the configured size.
    torch::jit::Module exported = torch::jit::load((trained + "/model.pt").toStdString());
    const torch::Tensor out = exported.forward({torch::zeros({2, 3, 32, 32})}).toTensor();
    QCOMPARE(out.sizes(), (torch::IntArrayRef{2, 64}));
}

void TestMetricLearning::proxyRunResumesExactly()
{
    // ProxyNCA++ as its recipe trains: max pooling, LayerNorm head, proxies with their own learning rate and
    // Adam epsilon, a warm-up epoch with the backbone frozen, gradient value clipping. Stopped mid-way through
    // the second epoch and resumed, it logs the same losses as a straight run: the proxies and their optimiser
    // state travel in the checkpoint.
    TrainingConfig config = metricConfig("proxynca_pp");
    config.pooling = "max";
    config.embeddingLayerNorm = true;
    config.backboneWarmupEpochs = 1;
    config.gradClipValue = 10;
    config.lossParams = {{"proxy_lr", 0.5}};
    const QString straight = dir_.path() + "/pp-straight", resumed = dir_.path() + "/pp-resumed";
    QCOMPARE(int(trainModel(config, straight.toStdString()).status), int(TrainingResult::Status::Finished));
    const std::int64_t perEpoch = static_cast<std::int64_t>(stepLosses(straight).size()) / 2;
    CancelToken cancel;
    StopAtStep stopper(cancel, perEpoch + perEpoch / 2);
    QCOMPARE(int(trainModel(config, resumed.toStdString(), &stopper, &cancel).status), int(TrainingResult::Status::Cancelled));
    QCOMPARE(int(trainModel(config, resumed.toStdString()).status), int(TrainingResult::Status::Finished));
    const std::vector<double> a = stepLosses(straight), b = stepLosses(resumed);
    QCOMPARE(b.size(), a.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        QVERIFY2(std::abs(a[i] - b[i]) <= 1e-4 * std::max(1.0, std::abs(a[i])), qPrintable(QString("step %1: %2 vs %3").arg(i + 1).arg(a[i]).arg(b[i])));
    QVERIFY(epochLines(resumed).back()["recall_at_1"].get<double>() > 0);
}

void TestMetricLearning::metricConfigsAreValidated()
{
    auto error = [](const nlohmann::json& json) -> QString {
        try {
            trainingConfigFromJson(json);
        } catch (const std::invalid_argument& e) {
            return QString::fromUtf8(e.what());
        }
        return {};
    };
    const nlohmann::json base = {{"dataset", "x"}, {"loss", "arcface"}};
    auto with = [&](const char* key, const nlohmann::json& value) {
        nlohmann::json j = base;
        j[key] = value;
        return j;
    };
    QVERIFY(error(with("augmentation", {{"mixup_alpha", 0.2}})).contains("mixup_alpha"));
    QVERIFY(error(with("label_smoothing", 0.1)).contains("label_smoothing"));
    nlohmann::json pk = with("sampler", "pk");
    pk["batch_size"] = 30;
    QVERIFY(error(pk).contains("not a multiple of 4"));
    QVERIFY(error(with("pooling", "min")).contains("average, max"));
    QVERIFY(error(with("class_tags", "Bag")).contains("list of strings"));
    nlohmann::json good = with("sampler", "pk");
    good["class_tags"] = {"Bag", "Trouser"};
    good["pooling"] = "max";
    good["backbone_warmup_epochs"] = 5;
    good["grad_clip_value"] = 10;
    QVERIFY(error(good).isEmpty());
    const TrainingConfig round = trainingConfigFromJson(good);
    QCOMPARE(toJson(trainingConfigFromJson(toJson(round))), toJson(round));
    QCOMPARE(round.classTags, (std::vector<std::string>{"Bag", "Trouser"}));

    // A backbone that cannot max-pool says so before anything is decoded.
    TrainingConfig vit = metricConfig("proxynca_pp");
    vit.backbone.name = "vit_tiny";
    vit.pooling = "max";
    try {
        trainModel(vit, (dir_.path() + "/vit").toStdString());
        QFAIL("max pooling accepted for a transformer");
    } catch (const std::invalid_argument& e) {
        QVERIFY2(QString(e.what()).contains("pooling"), e.what());
    }
}

QTEST_GUILESS_MAIN(TestMetricLearning)
#include "tst_metric_learning.moc"
