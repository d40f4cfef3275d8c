// Multilabel losses against values computed independently with python3-torch (tests/reference), hand-derived
// cases, and the registry's parameter validation.
#include "losses/loss_registry.h"

#include <torch/torch.h>

#include <QtTest>

#include <cmath>
#include <fstream>

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

nlohmann::json reference()
{
    std::ifstream in(TAGSCOPE_TEST_DATA "/loss_reference.json");
    return nlohmann::json::parse(in);
}

double lossValue(const std::string& name, const nlohmann::json& params, torch::Tensor logits, const torch::Tensor& targets,
                 const LossContext& context = {})
{
    return createLoss(name, params, context)->compute(logits, targets).item<double>();
}

} // namespace

class TestLosses : public QObject {
    Q_OBJECT

private slots:
    void matchesPythonReference_data();
    void matchesPythonReference();
    void handDerivedValues();
    void selectiveIgnoresTopKUnannotated();
    void gradientMatchesFiniteDifferences_data();
    void gradientMatchesFiniteDifferences();
    void parametersAreValidated();
    void registryDescribesEveryLoss();
};

void TestLosses::matchesPythonReference_data()
{
    QTest::addColumn<int>("index");
    const nlohmann::json ref = reference();
    for (std::size_t i = 0; i < ref["cases"].size(); ++i) {
        const auto& c = ref["cases"][i];
        const std::string tag = c["loss"].get<std::string>() + " " + c["params"].dump() + (c["priors"].get<bool>() ? " priors" : "");
        QTest::newRow(tag.c_str()) << int(i);
    }
}

void TestLosses::matchesPythonReference()
{
    QFETCH(int, index);
    const nlohmann::json ref = reference();
    const auto& c = ref["cases"][index];
    LossContext context;
    context.classPositives = ref["class_positives"].get<std::vector<double>>();
    context.trainImages = ref["train_images"].get<double>();
    if (c["priors"].get<bool>())
        context.classPriors = ref["class_priors"].get<std::vector<double>>();
    torch::Tensor logits = tensorFrom(ref["logits"]).requires_grad_(true);
    const torch::Tensor targets = tensorFrom(ref["targets"]);
    const torch::Tensor loss = createLoss(c["loss"], c["params"], context)->compute(logits, targets);
    loss.backward();
    const double expected = c["value"].get<double>();
    QVERIFY2(std::abs(loss.item<double>() - expected) <= 1e-9 * std::max(1.0, std::abs(expected)),
             qPrintable(QString("loss %1, reference %2").arg(loss.item<double>(), 0, 'g', 17).arg(expected, 0, 'g', 17)));
    const torch::Tensor grad = tensorFrom(c["grad"]);
    const double gradError = (logits.grad() - grad).abs().max().item<double>();
    QVERIFY2(gradError <= 1e-9, qPrintable(QString("gradient differs by %1").arg(gradError)));
}

void TestLosses::handDerivedValues()
{
    const torch::Tensor zero = torch::zeros({1, 2}, torch::kDouble);
    const torch::Tensor posNeg = torch::tensor({1.0, 0.0}, torch::kDouble).view({1, 2});
    // BCE at x = 0 is log 2 for either target.
    QVERIFY(std::abs(lossValue("bce", {}, zero, posNeg) - std::log(2.0)) < 1e-12);
    // Focal with gamma 0 is alpha-weighted BCE: (0.25 + 0.75) / 2 * log 2.
    QVERIFY(std::abs(lossValue("focal", {{"gamma", 0.0}}, zero, posNeg) - 0.5 * std::log(2.0)) < 1e-12);
    // Focal at x = 0 with gamma 2: (1 - 0.5)^2 = 0.25 on top of that.
    QVERIFY(std::abs(lossValue("focal", {}, zero, posNeg) - 0.125 * std::log(2.0)) < 1e-12);
    // alpha -1 (torchvision's and detectron2's "no class weighting"): plain BCE times (1 - p_t)^gamma.
    QVERIFY(std::abs(lossValue("focal", {{"alpha", -1}, {"gamma", 0.0}}, zero, posNeg) - std::log(2.0)) < 1e-12);
    QVERIFY(std::abs(lossValue("focal", {{"alpha", -1}}, zero, posNeg) - 0.25 * std::log(2.0)) < 1e-12);
    // ASL without focusing or clipping is summed BCE: 2 log 2.
    QVERIFY(std::abs(lossValue("asl", {{"gamma_neg", 0.0}, {"gamma_pos", 0.0}, {"clip", 0.0}}, zero, posNeg) - 2 * std::log(2.0)) < 1e-12);
    // ASL's clip discards easy negatives: p = sigmoid(-5) < 0.05 gives p_m = 1, log 1 = 0.
    const torch::Tensor easyNegative = torch::full({1, 1}, -5.0, torch::kDouble);
    QCOMPARE(lossValue("asl", {}, easyNegative, torch::zeros({1, 1}, torch::kDouble)), 0.0);
    // Unknown targets ignored: only the positive's log 2 remains, averaged over the one known entry.
    const torch::Tensor posUnknown = torch::tensor({1.0, -1.0}, torch::kDouble).view({1, 2});
    QVERIFY(std::abs(lossValue("bce", {}, zero, posUnknown) - std::log(2.0)) < 1e-12);
    QVERIFY(std::abs(lossValue("partial", {{"mode", "ignore"}, {"gamma_pos", 0.0}}, zero, posUnknown) - std::log(2.0)) < 1e-12);
    // pos_weight 3 triples the positive term: (3 log 2 + log 2) / 2.
    QVERIFY(std::abs(lossValue("bce", {{"pos_weight", 3.0}}, zero, posNeg) - 2 * std::log(2.0)) < 1e-12);
}

void TestLosses::selectiveIgnoresTopKUnannotated()
{
    // One row, four unannotated entries: with likelihood_topk 2 the two with the highest p drop out.
    const torch::Tensor logits = torch::tensor({3.0, -2.0, 1.0, -4.0}, torch::kDouble).view({1, 4});
    const torch::Tensor unknown = torch::full({1, 4}, -1.0, torch::kDouble);
    const nlohmann::json params = {{"mode", "selective"}, {"likelihood_topk", 2.0}, {"gamma_unann", 0.0}};
    const double selective = lossValue("partial", params, logits, unknown);
    const double expected = -(std::log(1 - 1 / (1 + std::exp(2.0))) + std::log(1 - 1 / (1 + std::exp(4.0))));
    QVERIFY(std::abs(selective - expected) < 1e-12);
    // A frequent tag (prior above the threshold) ignores all its unannotated entries.
    LossContext context;
    context.classPriors = {0.9, 0.0, 0.0, 0.0};
    const double withPrior = lossValue("partial", {{"mode", "selective"}, {"likelihood_topk", 0.0}, {"gamma_unann", 0.0}}, logits, unknown, context);
    const double allButFirst = -(std::log(1 - 1 / (1 + std::exp(2.0))) + std::log(1 - 1 / (1 + std::exp(-1.0))) + std::log(1 - 1 / (1 + std::exp(4.0))));
    QVERIFY(std::abs(withPrior - allButFirst) < 1e-12);
}

void TestLosses::gradientMatchesFiniteDifferences_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("params");
    QTest::newRow("bce") << "bce" << "{}";
    QTest::newRow("focal") << "focal" << "{}";
    QTest::newRow("asl with focusing gradient") << "asl" << "{\"detach_focusing\": false}";
    QTest::newRow("db") << "db" << "{}";
}

void TestLosses::gradientMatchesFiniteDifferences()
{
    QFETCH(QString, name);
    QFETCH(QString, params);
    torch::manual_seed(3);
    const torch::Tensor base = torch::randn({4, 3}, torch::kDouble);
    const torch::Tensor targets = torch::tensor(std::vector<double>{1, 0, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1}, torch::kDouble).view({4, 3});
    LossContext context{{30.0, 7.0, 300.0}, 500.0, {}};
    auto loss = createLoss(name.toStdString(), nlohmann::json::parse(params.toStdString()), context);
    torch::Tensor x = base.clone().requires_grad_(true);
    loss->compute(x, targets).backward();
    const double h = 1e-6;
    for (int i = 0; i < 12; ++i) {
        torch::Tensor plus = base.clone(), minus = base.clone();
        plus.view({-1})[i] += h;
        minus.view({-1})[i] -= h;
        const double numeric = (loss->compute(plus, targets).item<double>() - loss->compute(minus, targets).item<double>()) / (2 * h);
        QVERIFY2(std::abs(numeric - x.grad().view({-1})[i].item<double>()) < 1e-6, qPrintable(QString("entry %1").arg(i)));
    }
}

void TestLosses::parametersAreValidated()
{
    auto message = [](const std::string& name, const nlohmann::json& params, const LossContext& context = {}) -> QString {
        try {
            createLoss(name, params, context);
        } catch (const std::invalid_argument& error) {
            return QString::fromUtf8(error.what());
        }
        return {};
    };
    QVERIFY(message("asl", {{"gama_neg", 2}}).contains("unknown parameter 'gama_neg'"));
    QVERIFY(message("asl", {{"gamma_neg", -1}}).contains("outside"));
    QVERIFY(message("focal", {{"alpha", -1}}).isEmpty());
    QVERIFY(message("focal", {{"alpha", -0.5}}).contains("outside [0.0, 1.0] (or -1.0 for off)"));
    QVERIFY(message("asl", {{"gamma_neg", "four"}}).contains("must be a number"));
    QVERIFY(message("partial", {{"mode", "sometimes"}}).contains("one of selective, negative, ignore"));
    QVERIFY(message("bce", {{"unknown", 3}}).contains("must be a string"));
    QVERIFY(message("nope", {}).contains("unknown loss 'nope'"));
    QVERIFY(message("db", {}).contains("positive counts"));
    QVERIFY(message("bce", nlohmann::json::array()).contains("JSON object"));
    QVERIFY(message("asl", {{"gamma_neg", 2}, {"detach_focusing", false}}).isEmpty());
    QVERIFY(message("bce", {{"pos_weight", {1, "x"}}}).contains("list of numbers") || message("bce", {{"pos_weight", {1, "x"}}}).contains("numbers in"));
    QVERIFY(message("db", {{"class_counts", {3, 4}}, {"num_samples", 10}}).isEmpty());
}

void TestLosses::registryDescribesEveryLoss()
{
    QStringList names;
    for (const RegisteredLoss& entry : lossRegistry()) {
        const LossDescription& d = entry.description;
        if (d.family == "metric")
            continue; // embeddings in, not logits: tst_metric_losses covers them
        names << QString::fromStdString(d.name);
        QVERIFY(!d.title.empty() && !d.summary.empty());
        for (const LossParameter& p : d.parameters) {
            QVERIFY2(!p.help.empty(), p.name.c_str());
            if (p.type == LossParameter::Type::Number)
                QVERIFY(p.defaultValue >= p.minimum && p.defaultValue <= p.maximum);
        }
        // Defaults alone make a working loss.
        LossContext context{{5.0, 50.0}, 100.0, {}};
        const torch::Tensor x = torch::randn({3, 2});
        const torch::Tensor y = torch::tensor(std::vector<float>{1, 0, -1, 1, 0, 0}).view({3, 2});
        QVERIFY(std::isfinite(createLoss(d.name, {}, context)->compute(x, y).item<float>()));
    }
    QCOMPARE(names, (QStringList{"bce", "focal", "asl", "db", "partial"}));
}

QTEST_GUILESS_MAIN(TestLosses)
#include "tst_losses.moc"
