// Metric-learning losses against values computed independently with python3-torch (tests/reference), cases
// derived by hand (ArcFace's fallback branch, SphereFace's piecewise psi and lambda schedule, ProxyNCA++'s
// temperature), the registry's validation, and `tagscope-cli loss` printing the value the Trainer uses.
#include "common/npy.h"
#include "losses/loss_registry.h"
#include "losses/metric/metric_loss.h"

#include <torch/torch.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>
#include <set>

using namespace tagscope;

namespace {

torch::Tensor tensorFrom(const nlohmann::json& rows)
{
    std::vector<double> values;
    for (const auto& row : rows)
        for (const auto& v : row)
            values.push_back(v.get<double>());
    return torch::tensor(values, torch::kDouble).view({static_cast<long>(rows.size()), -1});
}

torch::Tensor vectorFrom(const nlohmann::json& values)
{
    return torch::tensor(values.get<std::vector<double>>(), torch::kDouble);
}

const nlohmann::json& reference()
{
    static const nlohmann::json parsed = [] {
        std::ifstream in(TAGSCOPE_TEST_DATA "/metric_loss_reference.json");
        return nlohmann::json::parse(in);
    }();
    return parsed;
}

// A metric loss in double precision, its class weights (if any) replaced by `weights`.
std::unique_ptr<MetricLoss> metricLoss(const std::string& name, const nlohmann::json& params, std::int64_t classes, std::int64_t dim,
                                       const torch::Tensor& weights = {})
{
    LossContext context;
    context.classes = classes;
    context.embeddingDim = dim;
    std::unique_ptr<Loss> loss = createLoss(name, params, context);
    auto* metric = dynamic_cast<MetricLoss*>(loss.get());
    if (!metric)
        qFatal("%s is not a metric loss", name.c_str());
    loss.release();
    std::unique_ptr<MetricLoss> result(metric);
    if (result->module())
        result->module()->to(torch::kDouble);
    if (weights.defined())
        result->setClassWeights(weights);
    return result;
}

double maxDifference(const torch::Tensor& a, const torch::Tensor& b) { return (a - b).abs().max().item<double>(); }

// Two unit class weights along the axes and a feature of norm r at angle theta from class 0.
struct PlaneCase {
    torch::Tensor x, weights, label;
    PlaneCase(double theta, double r = 1.0)
        : x(torch::tensor({r * std::cos(theta), r * std::sin(theta)}, torch::kDouble).view({1, 2})),
          weights(torch::eye(2, torch::kDouble)), label(torch::zeros({1}, torch::kLong))
    {
    }
};

// The target logit of a two-class softmax loss, from its value and the other logit: L = log(1 + e^(o - t)).
double targetLogit(double loss, double other) { return other - std::log(std::expm1(loss)); }

} // namespace

class TestMetricLosses : public QObject {
    Q_OBJECT

private slots:
    void matchesPythonReference_data();
    void matchesPythonReference();
    void intraBatchMatchesPythonReference_data();
    void intraBatchMatchesPythonReference();
    void pairLossesByHand();
    void sphereFacePsiIsPiecewise();
    void sphereFaceLambdaAnneals();
    void arcFaceFallbackBranch();
    void cosFaceAndProxyNcaPlusPlusTemperature();
    void intraBatchUsesTheBatchGraph();
    void parametersAndShapesAreValidated();
    void registryDescribesEveryMetricLoss();
    void cliPrintsTheTrainersValue();
};

void TestMetricLosses::matchesPythonReference_data()
{
    QTest::addColumn<int>("index");
    const nlohmann::json& ref = reference();
    for (std::size_t i = 0; i < ref["cases"].size(); ++i) {
        const auto& c = ref["cases"][i];
        const std::string tag = c["loss"].get<std::string>() + " " + c["params"].dump() + " " + c["targets"].get<std::string>();
        QTest::newRow(tag.c_str()) << int(i);
    }
}

void TestMetricLosses::matchesPythonReference()
{
    QFETCH(int, index);
    const nlohmann::json& ref = reference();
    const auto& c = ref["cases"][index];
    const torch::Tensor weights = tensorFrom(ref["weights"]);
    auto loss = metricLoss(c["loss"], c["params"], weights.size(0), weights.size(1), c.contains("weights_grad") ? weights : torch::Tensor());
    torch::Tensor x = tensorFrom(ref["embeddings"]).requires_grad_(true);
    const torch::Tensor targets = c["targets"] == "classes" ? vectorFrom(ref["classes"]).to(torch::kLong) : tensorFrom(ref["multilabel"]);
    const torch::Tensor value = loss->compute(x, targets);
    value.backward();
    const double expected = c["value"].get<double>();
    QVERIFY2(std::abs(value.item<double>() - expected) <= 1e-9 * std::max(1.0, std::abs(expected)),
             qPrintable(QString("loss %1, reference %2").arg(value.item<double>(), 0, 'g', 17).arg(expected, 0, 'g', 17)));
    const double gradError = maxDifference(x.grad(), tensorFrom(c["grad"]));
    QVERIFY2(gradError <= 1e-9, qPrintable(QString("embedding gradient differs by %1").arg(gradError)));
    if (c.contains("weights_grad")) {
        const double weightError = maxDifference(loss->classWeights().grad(), tensorFrom(c["weights_grad"]));
        QVERIFY2(weightError <= 1e-9, qPrintable(QString("weight gradient differs by %1").arg(weightError)));
    }
}

void TestMetricLosses::intraBatchMatchesPythonReference_data()
{
    QTest::addColumn<int>("index");
    const nlohmann::json& ref = reference()["intra_batch"];
    for (std::size_t i = 0; i < ref["cases"].size(); ++i)
        QTest::newRow(ref["cases"][i]["params"].dump().c_str()) << int(i);
}

void TestMetricLosses::intraBatchMatchesPythonReference()
{
    QFETCH(int, index);
    const nlohmann::json& ref = reference()["intra_batch"];
    const auto& c = ref["cases"][index];
    const torch::Tensor embeddings = tensorFrom(ref["embeddings"]);
    const torch::Tensor classes = vectorFrom(ref["classes"]).to(torch::kLong);
    auto loss = metricLoss("intra_batch", c["params"], classes.max().item<std::int64_t>() + 1, embeddings.size(1));
    // The reference network's weights, by the C++ module's parameter names.
    std::size_t loaded = 0;
    {
        torch::NoGradGuard noGrad;
        for (auto& named : loss->module()->named_parameters()) {
            const nlohmann::json& values = ref["parameters"].at(named.key());
            const torch::Tensor t = values.at(0).is_array() ? tensorFrom(values) : vectorFrom(values);
            QCOMPARE(t.sizes(), named.value().sizes());
            named.value().copy_(t);
            ++loaded;
        }
    }
    QCOMPARE(loaded, ref["parameters"].size());
    torch::Tensor x = embeddings.clone().requires_grad_(true);
    const torch::Tensor value = loss->compute(x, classes);
    value.backward();
    const double expected = c["value"].get<double>();
    QVERIFY2(std::abs(value.item<double>() - expected) <= 1e-9 * std::max(1.0, std::abs(expected)),
             qPrintable(QString("loss %1, reference %2").arg(value.item<double>(), 0, 'g', 17).arg(expected, 0, 'g', 17)));
    const double gradError = maxDifference(x.grad(), tensorFrom(c["grad"]));
    QVERIFY2(gradError <= 1e-9, qPrintable(QString("gradient differs by %1").arg(gradError)));
}

void TestMetricLosses::pairLossesByHand()
{
    // Unit vectors at 0, 60 and 90 degrees: a and p of class 0, n of class 1.
    auto at = [](double degrees) { return std::vector<double>{std::cos(degrees * M_PI / 180), std::sin(degrees * M_PI / 180)}; };
    std::vector<double> values;
    for (double degrees : {0.0, 60.0, 90.0})
        for (double v : at(degrees))
            values.push_back(v);
    const torch::Tensor x = torch::tensor(values, torch::kDouble).view({3, 2});
    const torch::Tensor labels = torch::tensor({0, 0, 1}, torch::kLong);
    const double dAP = 1.0, dAN = std::sqrt(2.0), dPN = 2 * std::sin(15 * M_PI / 180);
    auto value = [&](const std::string& name, const nlohmann::json& params) { return metricLoss(name, params, 0, 0)->compute(x, labels).item<double>(); };

    // Contrastive: the positive pair costs d^2, the negatives (m - d)^2 below the margin, each kind averaged.
    const double negatives = (std::pow(std::max(0.0, 1.2 - dAN), 2) + std::pow(std::max(0.0, 1.2 - dPN), 2)) / 2;
    QVERIFY(std::abs(value("contrastive", {{"neg_margin", 1.2}}) - (dAP * dAP + negatives)) < 1e-12);
    // Triplet, all triplets: anchor a (gap 1 - sqrt 2) and anchor p (gap 1 - d_pn), margin 0.5, both non-zero.
    const double t1 = std::max(0.0, dAP - dAN + 0.5), t2 = std::max(0.0, dAP - dPN + 0.5);
    QVERIFY(std::abs(value("triplet", {{"margin", 0.5}}) - (t1 + t2) / 2) < 1e-12);
    // With margin 0.3 the first triplet is satisfied (0.3 < 0.414) and drops out of the mean.
    QVERIFY(std::abs(value("triplet", {{"margin", 0.3}}) - (dAP - dPN + 0.3)) < 1e-12);
    // Semi-hard keeps only negatives farther than the positive but within the margin: anchor a's (0.414 <= 0.5).
    QVERIFY(std::abs(value("triplet", {{"margin", 0.5}, {"miner", "semi_hard"}}) - t1) < 1e-12);
    // Soft margin: softplus of the gaps, averaged.
    const double soft = (std::log1p(std::exp(dAP - dAN)) + std::log1p(std::exp(dAP - dPN))) / 2;
    QVERIFY(std::abs(value("triplet", {{"soft", true}}) - soft) < 1e-12);
    // Multilabel targets: rows sharing a positive tag are positives, exactly as class ids 0, 0, 1.
    const torch::Tensor tags = torch::tensor({1.0, 0.0, 1.0, -1.0, 0.0, 1.0}, torch::kDouble).view({3, 2});
    QVERIFY(std::abs(metricLoss("triplet", {{"margin", 0.5}}, 0, 0)->compute(x, tags).item<double>() - (t1 + t2) / 2) < 1e-12);
    // A batch without a negative has nothing to learn from, and says so with 0, not NaN.
    QCOMPARE(metricLoss("triplet", {}, 0, 0)->compute(x, torch::zeros({3}, torch::kLong)).item<double>(), 0.0);
}

void TestMetricLosses::sphereFacePsiIsPiecewise()
{
    // lambda 0 leaves the target logit at |x| psi(theta); with m = 4, psi = (-1)^k cos(4 theta) - 2k on
    // [k pi / 4, (k + 1) pi / 4]. Each interval once, and psi decreases monotonically through the boundaries.
    const nlohmann::json noLambda = {{"lambda_base", 0.0}, {"lambda_min", 0.0}};
    const double r = 2.0;
    struct Point {
        double degrees, psi;
    };
    const Point points[] = {
        {30, std::cos(4 * 30 * M_PI / 180)},          // k = 0: -0.5
        {60, -std::cos(4 * 60 * M_PI / 180) - 2},     // k = 1: -1.5
        {100, std::cos(4 * 100 * M_PI / 180) - 4},    // k = 2: cos 40 - 4
        {150, -std::cos(4 * 150 * M_PI / 180) - 6},   // k = 3: -5.5
        {45, -1.0}, {90, -3.0}, {135, -5.0},          // boundaries: both pieces agree
    };
    for (const Point& point : points) {
        const PlaneCase c(point.degrees * M_PI / 180, r);
        const double loss = metricLoss("sphereface", noLambda, 2, 2, c.weights)->compute(c.x, c.label).item<double>();
        const double other = r * std::sin(point.degrees * M_PI / 180); // |x| cos(angle to class 1)
        QVERIFY2(std::abs(targetLogit(loss, other) - r * point.psi) < 1e-9,
                 qPrintable(QString("theta %1: logit %2, expected %3").arg(point.degrees).arg(targetLogit(loss, other)).arg(r * point.psi)));
    }
    QVERIFY(std::abs(points[0].psi + 0.5) < 1e-12 && std::abs(points[3].psi + 5.5) < 1e-12); // the hand values themselves
}

void TestMetricLosses::sphereFaceLambdaAnneals()
{
    // lambda = max(5, 1000 / (1 + 0.12 iteration)): 1000 at 0, 1000 / 121 at 1000, 5 from 1659 on; the target
    // logit blends |x| psi and |x| cos theta as (psi + lambda cos) / (1 + lambda). The trainer's step adds to it.
    const double theta = 70 * M_PI / 180, r = 1.5;
    const double psi = -std::cos(4 * theta) - 2, cosine = std::cos(theta);
    const PlaneCase c(theta, r);
    for (const auto& [iteration, lambda] : std::vector<std::pair<int, double>>{{0, 1000.0}, {1000, 1000.0 / 121}, {100000, 5.0}}) {
        auto loss = metricLoss("sphereface", {{"iteration", iteration}}, 2, 2, c.weights);
        const double logit = targetLogit(loss->compute(c.x, c.label).item<double>(), r * std::sin(theta));
        QVERIFY2(std::abs(logit - r * (psi + lambda * cosine) / (1 + lambda)) < 1e-9, qPrintable(QString("iteration %1").arg(iteration)));
    }
    auto stepped = metricLoss("sphereface", {{"iteration", 400}}, 2, 2, c.weights);
    stepped->setIteration(600); // iteration 1000 in all
    const double logit = targetLogit(stepped->compute(c.x, c.label).item<double>(), r * std::sin(theta));
    QVERIFY(std::abs(logit - r * (psi + 1000.0 / 121 * cosine) / (1 + 1000.0 / 121)) < 1e-9);
}

void TestMetricLosses::arcFaceFallbackBranch()
{
    // ArcFace's target logit is s cos(theta + m) while theta + m < pi, else s (cos theta - sin(pi - m) m).
    const double s = 10, m = 0.5;
    const nlohmann::json params = {{"s", s}, {"m", m}};
    for (const double degrees : {40.0, 150.0, 165.0, 175.0}) {
        const double theta = degrees * M_PI / 180;
        const PlaneCase c(theta);
        const double loss = metricLoss("arcface", params, 2, 2, c.weights)->compute(c.x, c.label).item<double>();
        const bool fallback = std::cos(theta) <= std::cos(M_PI - m); // beyond 180 - 28.6 degrees
        const double expected = fallback ? std::cos(theta) - std::sin(M_PI - m) * m : std::cos(theta + m);
        QCOMPARE(fallback, degrees > 151.4);
        QVERIFY2(std::abs(targetLogit(loss, s * std::sin(theta)) - s * expected) < 1e-9, qPrintable(QString("theta %1").arg(degrees)));
    }
    // The fallback keeps the target logit decreasing in theta where cos(theta + m) would turn back up.
    auto logitAt = [&](double degrees) {
        const PlaneCase c(degrees * M_PI / 180);
        return targetLogit(metricLoss("arcface", params, 2, 2, c.weights)->compute(c.x, c.label).item<double>(), s * std::sin(degrees * M_PI / 180));
    };
    QVERIFY(logitAt(170) < logitAt(160) && logitAt(160) < logitAt(150));
}

void TestMetricLosses::cosFaceAndProxyNcaPlusPlusTemperature()
{
    // CosFace: target logit s (cos theta - m).
    const double theta = 50 * M_PI / 180;
    const PlaneCase margin(theta);
    const double cosface = metricLoss("cosface", {{"s", 8.0}, {"m", 0.35}}, 2, 2, margin.weights)->compute(margin.x, margin.label).item<double>();
    QVERIFY(std::abs(targetLogit(cosface, 8 * std::sin(theta)) - 8 * (std::cos(theta) - 0.35)) < 1e-9);

    // ProxyNCA++ with scale s is a softmax over -s^2 |x^ - p^|^2 = -s^2 (2 - 2 cos): temperature 1 / s^2.
    // Proxies of any length: only their direction counts.
    const torch::Tensor proxies = torch::tensor({3.0, 0.0, 0.0, 0.5}, torch::kDouble).view({2, 2});
    const double near = 30 * M_PI / 180; // closer to its own proxy (0 degrees) than to the other (90 degrees)
    const PlaneCase c(near);
    for (const double scale : {1.0, 3.0}) {
        const double d0 = scale * scale * (2 - 2 * std::cos(near)), d1 = scale * scale * (2 - 2 * std::sin(near));
        const double pp = metricLoss("proxynca_pp", {{"scale", scale}}, 2, 2, proxies)->compute(c.x, c.label).item<double>();
        QVERIFY2(std::abs(pp - (d0 + std::log(std::exp(-d0) + std::exp(-d1)))) < 1e-12, qPrintable(QString("scale %1").arg(scale)));
        // ProxyNCA leaves the positive proxy out of the denominator: d0 - d1, negative when the sample is closer
        // to its own proxy.
        const double nca = metricLoss("proxynca", {{"scale", scale}}, 2, 2, proxies)->compute(c.x, c.label).item<double>();
        QVERIFY(std::abs(nca - (d0 - d1)) < 1e-12);
        QVERIFY(nca < 0);
    }
    // The default scale 3 sharpens the softmax: a correctly placed sample costs far less than at scale 1.
    const double sharp = metricLoss("proxynca_pp", {}, 2, 2, proxies)->compute(c.x, c.label).item<double>();
    const double soft = metricLoss("proxynca_pp", {{"scale", 1.0}}, 2, 2, proxies)->compute(c.x, c.label).item<double>();
    QVERIFY(sharp < soft);
}

void TestMetricLosses::intraBatchUsesTheBatchGraph()
{
    // Every sample gets a gradient, and the message-passing term depends on the batch graph: cutting every edge
    // (a threshold no correlation exceeds, so a node attends only to the extra zero logit) changes the loss of
    // otherwise identical networks.
    torch::manual_seed(4);
    const torch::Tensor x = torch::randn({6, 8}, torch::kDouble);
    const torch::Tensor labels = torch::tensor({0, 1, 2, 0, 1, 2}, torch::kLong);
    const nlohmann::json noDropout = {{"dropout", 0.0}, {"attention_dropout", 0.0}};
    auto connected = metricLoss("intra_batch", noDropout, 3, 8);
    torch::Tensor input = x.clone().requires_grad_(true);
    connected->compute(input, labels).backward();
    QVERIFY(input.grad().abs().sum(1).min().item<double>() > 0);

    nlohmann::json cut = noDropout;
    cut["edge_threshold"] = 1.0;
    auto isolated = metricLoss("intra_batch", cut, 3, 8);
    {
        torch::NoGradGuard noGrad;
        auto source = connected->module()->named_parameters();
        for (auto& named : isolated->module()->named_parameters())
            named.value().copy_(source[named.key()]);
    }
    const double a = isolated->compute(x, labels).item<double>(), b = connected->compute(x, labels).item<double>();
    QVERIFY2(std::abs(a - b) > 1e-6, "cutting the graph's edges must change the loss");
    // Without the message term the graph does not matter.
    nlohmann::json backboneOnly = noDropout, backboneOnlyCut = cut;
    backboneOnly["message_weight"] = backboneOnlyCut["message_weight"] = 0.0;
    auto plain = metricLoss("intra_batch", backboneOnly, 3, 8), plainCut = metricLoss("intra_batch", backboneOnlyCut, 3, 8);
    {
        torch::NoGradGuard noGrad;
        auto source = plain->module()->named_parameters();
        for (auto& named : plainCut->module()->named_parameters())
            named.value().copy_(source[named.key()]);
    }
    QCOMPARE(plain->compute(x, labels).item<double>(), plainCut->compute(x, labels).item<double>());
}

void TestMetricLosses::parametersAndShapesAreValidated()
{
    auto message = [](const std::string& name, const nlohmann::json& params, std::int64_t classes = 4, std::int64_t dim = 8) -> QString {
        try {
            LossContext context;
            context.classes = classes;
            context.embeddingDim = dim;
            createLoss(name, params, context);
        } catch (const std::invalid_argument& error) {
            return QString::fromUtf8(error.what());
        }
        return {};
    };
    QVERIFY(message("triplet", {{"miner", "hardest"}}).contains("all, batch_hard, semi_hard"));
    QVERIFY(message("sphereface", {{"m", 0}}).contains("outside"));
    QVERIFY(message("sphereface", {{"m", 2.5}}).contains("whole number"));
    QVERIFY(message("arcface", {}, 0, 0).contains("number of classes"));
    QVERIFY(message("cosface", {}, 1, 8).contains("at least two classes"));
    QVERIFY(message("intra_batch", {{"heads", 3}}).contains("multiple of heads"));
    QVERIFY(message("proxynca_pp", {{"temperature", 0.1}}).contains("unknown parameter 'temperature'"));
    QVERIFY(message("contrastive", {}, 0, 0).isEmpty()); // pair losses own nothing

    // Class-based losses need class ids, in range.
    auto arcface = metricLoss("arcface", {}, 3, 2);
    auto error = [&](const torch::Tensor& targets) -> QString {
        try {
            arcface->compute(torch::randn({2, 2}, torch::kDouble), targets);
        } catch (const std::invalid_argument& e) {
            return QString::fromUtf8(e.what());
        }
        return {};
    };
    QVERIFY(error(torch::ones({2, 3})).contains("one class id per embedding"));
    QVERIFY(error(torch::tensor({0, 3}, torch::kLong)).contains("[0, 2]"));
    QVERIFY(error(torch::tensor({0, 2}, torch::kLong)).isEmpty());
    try {
        arcface->setClassWeights(torch::zeros({2, 2}, torch::kDouble));
        QFAIL("wrong weight shape accepted");
    } catch (const std::invalid_argument& e) {
        QVERIFY(QString(e.what()).contains("3 x 2"));
    }
}

void TestMetricLosses::registryDescribesEveryMetricLoss()
{
    QStringList names;
    torch::manual_seed(1);
    for (const RegisteredLoss& entry : lossRegistry()) {
        const LossDescription& d = entry.description;
        if (d.family != "metric")
            continue;
        names << QString::fromStdString(d.name);
        QVERIFY(!d.title.empty() && !d.summary.empty());
        for (const LossParameter& p : d.parameters) {
            QVERIFY2(!p.help.empty(), p.name.c_str());
            if (p.type == LossParameter::Type::Number || p.type == LossParameter::Type::Integer)
                QVERIFY2(p.defaultValue >= p.minimum && p.defaultValue <= p.maximum, p.name.c_str());
        }
        // Defaults alone make a working loss with a finite gradient, on float embeddings as the Trainer has them.
        LossContext context;
        context.classes = 3;
        context.embeddingDim = 8;
        auto loss = createLoss(d.name, {}, context);
        torch::Tensor x = torch::randn({6, 8}).requires_grad_(true);
        const torch::Tensor value = loss->compute(x, torch::tensor({0, 1, 2, 0, 1, 2}, torch::kLong));
        QVERIFY2(std::isfinite(value.item<float>()), d.name.c_str());
        value.backward();
        QVERIFY2(torch::isfinite(x.grad()).all().item<bool>(), d.name.c_str());
    }
    QCOMPARE(names, (QStringList{"contrastive", "triplet", "quadruplet", "sphereface", "cosface", "arcface", "proxynca", "proxynca_pp",
                                 "intra_batch"}));
}

void TestMetricLosses::cliPrintsTheTrainersValue()
{
    // Float32 files through the CLI against the double-precision reference: the same loss to float accuracy,
    // including the class weights from --weights and the gradient with respect to them.
    const nlohmann::json& ref = reference();
    QTemporaryDir dir;
    auto write = [&](const QString& name, const torch::Tensor& t) {
        const torch::Tensor f = t.to(torch::kFloat).contiguous();
        const QString path = dir.filePath(name);
        writeNpy(path.toStdString(), std::vector<float>(f.data_ptr<float>(), f.data_ptr<float>() + f.numel()),
                 std::vector<std::int64_t>(f.sizes().begin(), f.sizes().end()));
        return path;
    };
    const QString inputs = write("x.npy", tensorFrom(ref["embeddings"]));
    const QString classes = write("y.npy", vectorFrom(ref["classes"]));
    const QString multilabel = write("tags.npy", tensorFrom(ref["multilabel"]));
    const QString weights = write("w.npy", tensorFrom(ref["weights"]));
    // One case per kind (each run loads LibTorch): class weights with their gradient, multilabel targets, and
    // SphereFace's iteration through --params.
    const std::set<std::string> picked = {R"(arcface {})", R"(triplet {"margin":0.3})", R"(sphereface {"iteration":1000})"};
    int ran = 0;
    for (const auto& c : ref["cases"]) {
        const std::string name = c["loss"];
        if (!picked.count(name + " " + c["params"].dump()))
            continue;
        ++ran;
        QStringList arguments = {"loss", QString::fromStdString(name), "--inputs", inputs, "--targets",
                                 c["targets"] == "classes" ? classes : multilabel, "--params", QString::fromStdString(c["params"].dump()), "--json"};
        const bool owns = c.contains("weights_grad");
        if (owns)
            arguments << "--weights" << weights << "--weights-grad" << dir.filePath("wg.npy");
        QProcess process;
        process.start(TAGSCOPE_CLI_PATH, arguments);
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const double printed = nlohmann::json::parse(process.readAllStandardOutput().toStdString())["loss"].get<double>();
        const double expected = c["value"].get<double>();
        QVERIFY2(std::abs(printed - expected) <= 1e-4 * std::max(1.0, std::abs(expected)),
                 qPrintable(QString("%1 %2: printed %3, reference %4").arg(QString::fromStdString(name), QString::fromStdString(c["params"].dump()))
                                .arg(printed)
                                .arg(expected)));
        if (owns) {
            const std::vector<float> grad = readNpy(dir.filePath("wg.npy").toStdString()).toFloat();
            const torch::Tensor got = torch::tensor(grad, torch::kDouble).view({-1});
            const double error = maxDifference(got, tensorFrom(c["weights_grad"]).view({-1}));
            QVERIFY2(error < 1e-3 * std::max(1.0, tensorFrom(c["weights_grad"]).abs().max().item<double>()), qPrintable(QString("weights grad %1").arg(error)));
        }
    }
    QCOMPARE(ran, 3);
    // Errors name the problem.
    QProcess bad;
    const QString narrow = write("narrow.npy", torch::zeros({4, 3}, torch::kDouble));
    bad.start(TAGSCOPE_CLI_PATH, {"loss", "arcface", "--inputs", inputs, "--targets", classes, "--weights", narrow});
    QVERIFY(bad.waitForFinished(60000));
    QVERIFY(bad.exitCode() != 0);
    QVERIFY(QString(bad.readAllStandardError()).contains("class weights"));
}

QTEST_GUILESS_MAIN(TestMetricLosses)
#include "tst_metric_losses.moc"
