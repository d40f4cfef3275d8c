// Backbones, heads and the tagging model: output shapes, parameter counts against torchvision and the ViT
// formula, the TorchScript loader against outputs computed by python3-torch (tests/reference), freezing,
// prior-initialised biases, and one optimisation step.
#include "models/backbone_factory.h"
#include "models/drop_path.h"
#include "models/heads.h"
#include "models/resnet.h"
#include "models/tagging_model.h"
#include "models/torchscript_backbone.h"

#include <torch/cuda.h>
#include <torch/nn/functional/loss.h>
#include <torch/optim/sgd.h>
#include <torch/script.h>

#include <QtTest>

#include <cmath>
#include <fstream>

using namespace tagscope;

namespace {

const std::string tinyBackbonePath = TAGSCOPE_TEST_DATA "/tiny_backbone.pt";

int64_t countParameters(const torch::nn::Module& module, bool trainableOnly = false)
{
    int64_t count = 0;
    for (const torch::Tensor& p : module.parameters())
        if (!trainableOnly || p.requires_grad())
            count += p.numel();
    return count;
}

Backbone backbone(const std::string& name, int64_t inputSize)
{
    BackboneConfig config;
    config.name = name;
    config.inputSize = inputSize;
    return createBackbone(config);
}

nlohmann::json tinyBackboneExpected()
{
    std::ifstream in(TAGSCOPE_TEST_DATA "/tiny_backbone_expected.json");
    return nlohmann::json::parse(in);
}

torch::Tensor tensorFrom(const nlohmann::json& rows)
{
    std::vector<float> values;
    for (const auto& row : rows)
        for (const auto& v : row)
            values.push_back(v.get<float>());
    return torch::tensor(values).reshape({static_cast<int64_t>(rows.size()), -1});
}

// The fixture's fixed input, as tests/reference/make_tiny_backbone.py builds it.
torch::Tensor tinyBackboneInput()
{
    return torch::linspace(-1, 1, 2 * 3 * 16 * 16).reshape({2, 3, 16, 16});
}

// Parameters of a ViT with patch 16 in timm's layout: patch embedding, class token, position embedding, depth
// blocks of (2 LayerNorms, qkv, proj, fc1, fc2) = 12 d^2 + 13 d, final LayerNorm.
int64_t vitParameterFormula(int64_t dim, int64_t depth, int64_t inputSize)
{
    const int64_t patches = (inputSize / 16) * (inputSize / 16);
    return (3 * 16 * 16 * dim + dim) + dim + (patches + 1) * dim + depth * (12 * dim * dim + 13 * dim) + 2 * dim;
}

template <typename Function>
QString errorOf(Function&& function)
{
    try {
        function();
    } catch (const std::exception& error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

} // namespace

class TestModels : public QObject {
    Q_OBJECT

private slots:
    void init() { torch::manual_seed(0); }

    void backboneOutputShapes_data();
    void backboneOutputShapes();
    void resnetParameterCountsMatchTorchvision_data();
    void resnetParameterCountsMatchTorchvision();
    void vitParameterCountsMatchFormula();
    void coatnetIsSmall();
    void zeroInitResidualZeroesLastNorms();
    void dropPathDropsWholeSamples();
    void factoryRejectsBadConfigs();
    void configRoundTripsThroughJson();
    void describedBackbonesAreCreatable();

    void torchScriptMatchesPython();
    void frozenTorchScriptStaysFixed();
    void fineTunedTorchScriptTrains();
    void badTorchScriptFilesAreNamed();

    void priorBiasIsTheLogOdds();
    void embeddingHeadIsNormalised();
    void parameterGroupsAndFreezing();
    void oneStepLowersTheLoss();
    void runsOnCuda();
};

void TestModels::backboneOutputShapes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("features");
    QTest::newRow("small_cnn") << QString("small_cnn") << 64 << 256;
    QTest::newRow("resnet18") << QString("resnet18") << 32 << 512;
    QTest::newRow("resnet34") << QString("resnet34") << 32 << 512;
    QTest::newRow("resnet50") << QString("resnet50") << 32 << 2048;
    QTest::newRow("vit_tiny") << QString("vit_tiny") << 32 << 192;
    QTest::newRow("vit_small") << QString("vit_small") << 32 << 384;
    QTest::newRow("coatnet_tiny") << QString("coatnet_tiny") << 64 << 384;
}

void TestModels::backboneOutputShapes()
{
    QFETCH(QString, name);
    QFETCH(int, size);
    QFETCH(int, features);
    Backbone model = backbone(name.toStdString(), size);
    QCOMPARE(model->featureDim(), int64_t(features));

    model->eval();
    torch::NoGradGuard noGrad;
    const torch::Tensor images = torch::randn({2, 3, size, size});
    const torch::Tensor out = model(images);
    QCOMPARE(out.sizes().vec(), (std::vector<int64_t>{2, features}));
    QVERIFY(torch::isfinite(out).all().item<bool>());

    // Channels-last input (what a fast GPU pipeline feeds) gives the same features.
    const torch::Tensor outChannelsLast = model(images.contiguous(torch::MemoryFormat::ChannelsLast));
    QVERIFY(torch::allclose(out, outChannelsLast, 1e-4, 1e-5));
}

void TestModels::resnetParameterCountsMatchTorchvision_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<qint64>("parameters");
    // torchvision.models.resnetN().num_parameters minus the 1000-way fc layer.
    QTest::newRow("resnet18") << 18 << qint64(11176512);
    QTest::newRow("resnet34") << 34 << qint64(21284672);
    QTest::newRow("resnet50") << 50 << qint64(23508032);
}

void TestModels::resnetParameterCountsMatchTorchvision()
{
    QFETCH(int, depth);
    QFETCH(qint64, parameters);
    ResNetOptions options;
    options.depth = depth;
    QCOMPARE(countParameters(*ResNet(options)), int64_t(parameters));
}

void TestModels::vitParameterCountsMatchFormula()
{
    // 5,524,416 and 21,665,664 at 224 px: timm's vit_tiny/small_patch16_224 without their 1000-way heads.
    QCOMPARE(vitParameterFormula(192, 12, 224), int64_t(5524416));
    QCOMPARE(vitParameterFormula(384, 12, 224), int64_t(21665664));
    QCOMPARE(countParameters(*backbone("vit_tiny", 224)), vitParameterFormula(192, 12, 224));
    QCOMPARE(countParameters(*backbone("vit_tiny", 32)), vitParameterFormula(192, 12, 32));
    QCOMPARE(countParameters(*backbone("vit_small", 224)), vitParameterFormula(384, 12, 224));
}

void TestModels::coatnetIsSmall()
{
    const int64_t count = countParameters(*backbone("coatnet_tiny", 224));
    qInfo("coatnet_tiny: %lld parameters", static_cast<long long>(count));
    QVERIFY(count > 3'000'000 && count < 8'000'000);
}

void TestModels::zeroInitResidualZeroesLastNorms()
{
    for (const int depth : {18, 50}) {
        ResNetOptions options;
        options.depth = depth;
        options.zeroInitResidual = true;
        const std::string last = depth == 50 ? "bn3.weight" : "bn2.weight";
        int blocks = 0;
        for (const auto& p : ResNet(options)->named_parameters()) {
            const std::string& key = p.key();
            if (key.rfind("layer", 0) == 0 && key.size() > last.size() && key.compare(key.size() - last.size(), last.size(), last) == 0) {
                QVERIFY2(p.value().abs().max().item<float>() == 0, key.c_str());
                ++blocks;
            }
        }
        QCOMPARE(blocks, depth == 50 ? 16 : 8);
    }
}

void TestModels::dropPathDropsWholeSamples()
{
    const torch::Tensor x = torch::ones({1000, 4, 2, 2});
    QVERIFY(torch::equal(dropPath(x, 0.3, /*training=*/false), x));
    const torch::Tensor dropped = dropPath(x, 0.3, /*training=*/true);
    // Each sample is either all zero or all 1 / 0.7, and about 30% are zero.
    const torch::Tensor perSample = dropped.reshape({1000, -1});
    QVERIFY(torch::equal(perSample.amax(1), perSample.amin(1)));
    const double keptShare = (perSample.select(1, 0) > 0).to(torch::kDouble).mean().item<double>();
    QVERIFY(std::abs(keptShare - 0.7) < 0.06);
    QVERIFY(std::abs(perSample.max().item<float>() - 1 / 0.7f) < 1e-5);
    QCOMPARE(dropPathRate(0.2, 0, 5), 0.0);
    QCOMPARE(dropPathRate(0.2, 4, 5), 0.2);
}

void TestModels::factoryRejectsBadConfigs()
{
    QVERIFY(errorOf([] { backbone("resnet99", 64); }).contains("unknown backbone 'resnet99'"));
    QVERIFY(errorOf([] { backbone("vit_tiny", 40); }).contains("not a multiple of 16"));
    QVERIFY(errorOf([] { backbone("resnet18", 8); }).contains("below the minimum 32"));
    QVERIFY(errorOf([] { backbone("small_cnn", -3); }).contains("below the minimum"));
    QVERIFY(errorOf([] { backbone("small_cnn", 10000); }).contains("above 4096"));
    BackboneConfig config;
    config.dropPath = 0.1;
    QVERIFY(errorOf([&] { createBackbone(config); }).contains("small_cnn has no drop path"));
    config.name = "vit_tiny";
    config.dropPath = 1.5;
    QVERIFY(errorOf([&] { createBackbone(config); }).contains("outside [0, 1)"));
    config = {};
    config.name = "torchscript";
    QVERIFY(errorOf([&] { createBackbone(config); }).contains("no file given"));

    QVERIFY(errorOf([] { backboneConfigFromJson({{"nme", "resnet18"}}); }).contains("unknown key 'nme'"));
    QVERIFY(errorOf([] { backboneConfigFromJson({{"input_size", "224"}}); }).contains("'input_size' has the wrong type"));
    QVERIFY(errorOf([] { backboneConfigFromJson(nlohmann::json::array()); }).contains("JSON object"));
}

void TestModels::configRoundTripsThroughJson()
{
    const BackboneConfig config = backboneConfigFromJson(
        {{"name", "vit_small"}, {"input_size", 96}, {"drop_path", 0.1}, {"dropout", 0.05}, {"frozen", false}});
    QCOMPARE(config.name, std::string("vit_small"));
    QCOMPARE(config.inputSize, int64_t(96));
    QCOMPARE(config.dropPath, 0.1);
    QCOMPARE(config.frozen, false);
    QVERIFY(toJson(config) == toJson(backboneConfigFromJson(toJson(config))));
    QCOMPARE(effectiveInputSize(BackboneConfig{}), int64_t(64));
}

void TestModels::describedBackbonesAreCreatable()
{
    for (const BackboneDescription& d : describeBackbones()) {
        QVERIFY(!d.title.empty() && !d.summary.empty());
        QCOMPARE(d.defaultInputSize % d.inputMultiple, int64_t(0));
        BackboneConfig config;
        config.name = d.name;
        config.inputSize = std::max<int64_t>(d.minimumInputSize, 16);
        if (d.needsFile)
            config.path = tinyBackbonePath;
        QVERIFY2(createBackbone(config)->featureDim() > 0, d.name.c_str());
    }
}

void TestModels::torchScriptMatchesPython()
{
    const nlohmann::json expected = tinyBackboneExpected();
    TorchScriptBackboneOptions options;
    options.path = tinyBackbonePath;
    options.inputSize = expected["input_size"].get<int64_t>();
    TorchScriptBackbone model(options);
    QCOMPARE(model->featureDim(), int64_t(6));
    const torch::Tensor out = model(tinyBackboneInput());
    QVERIFY(torch::allclose(out, tensorFrom(expected["eval_output"]), 1e-5, 1e-5));
}

void TestModels::frozenTorchScriptStaysFixed()
{
    BackboneConfig config;
    config.name = "torchscript";
    config.path = tinyBackbonePath;
    config.inputSize = 16;
    TaggingModelOptions options;
    options.numClasses = 3;
    TaggingModel model(createBackbone(config), options);
    model->train();

    auto script = std::dynamic_pointer_cast<TorchScriptBackboneImpl>(model->backbone().ptr());
    QVERIFY(script);
    QCOMPARE(model->backbone()->parameters().size(), std::size_t(5)); // conv, bn weight and bias, fc weight and bias
    QCOMPARE(countParameters(*model->backbone(), /*trainableOnly=*/true), int64_t(0));
    QVERIFY(!script->is_training());
    QVERIFY(!script->scriptIsTraining());
    QVERIFY(model->backboneFrozen());
    QCOMPARE(model->parameterGroups().size(), std::size_t(1));
    model->setBackboneFrozen(false); // cannot thaw a frozen file
    QCOMPARE(countParameters(*model->backbone(), /*trainableOnly=*/true), int64_t(0));

    // Still the eval-mode numbers (running statistics) although the model is training, and untouched by it.
    const torch::Tensor features = model->backbone()(tinyBackboneInput());
    QVERIFY(torch::allclose(features, tensorFrom(tinyBackboneExpected()["eval_output"]), 1e-5, 1e-5));
    QVERIFY(!features.requires_grad());
    QVERIFY(torch::allclose(model->backbone()(tinyBackboneInput()), features));
}

void TestModels::fineTunedTorchScriptTrains()
{
    TorchScriptBackboneOptions options;
    options.path = tinyBackbonePath;
    options.inputSize = 16;
    options.frozen = false;
    TorchScriptBackbone model(options);
    model->train();
    QVERIFY(model->scriptIsTraining());
    QCOMPARE(countParameters(*model, /*trainableOnly=*/true), countParameters(*model));

    // Train mode uses batch statistics, as in Python.
    const torch::Tensor out = model(tinyBackboneInput());
    QVERIFY(torch::allclose(out, tensorFrom(tinyBackboneExpected()["train_output"]), 1e-5, 1e-5));
    out.sum().backward();
    for (const torch::Tensor& p : model->parameters())
        QVERIFY(p.grad().defined() && p.grad().abs().sum().item<float>() > 0);

    // The registered parameters are the script's own tensors: an optimiser step changes what the script computes.
    torch::optim::SGD(model->parameters(), torch::optim::SGDOptions(0.1)).step();
    QVERIFY(!torch::allclose(model(tinyBackboneInput()), out, 1e-3, 1e-3));
}

void TestModels::badTorchScriptFilesAreNamed()
{
    QTemporaryDir dir;
    const std::string garbage = dir.filePath("garbage.pt").toStdString();
    std::ofstream(garbage) << "not a model";
    TorchScriptBackboneOptions options;
    options.path = garbage;
    QString error = errorOf([&] { TorchScriptBackbone backbone(options); });
    QVERIFY2(error.contains(QString::fromStdString(garbage)) && error.contains("not a TorchScript module"), qPrintable(error));

    options.path = dir.filePath("missing.pt").toStdString();
    error = errorOf([&] { TorchScriptBackbone backbone(options); });
    QVERIFY2(error.contains(QString::fromStdString(options.path)) && error.contains("cannot open"), qPrintable(error));

    // A script that returns the image itself instead of pooled features.
    const std::string identity = dir.filePath("identity.pt").toStdString();
    torch::jit::Module module("Identity");
    module.define("def forward(self, x):\n    return x\n");
    module.save(identity);
    options.path = identity;
    options.inputSize = 16;
    error = errorOf([&] { TorchScriptBackbone backbone(options); });
    QVERIFY2(error.contains(QString::fromStdString(identity)) && error.contains("[2, 3, 16, 16]") && error.contains("B x F"),
             qPrintable(error));
}

void TestModels::priorBiasIsTheLogOdds()
{
    const std::vector<double> priors{0.5, 0.1, 0.01, 0.9, 0.0};
    TaggingModelOptions options;
    options.numClasses = 5;
    options.priors = priors;
    TaggingModel model(backbone("small_cnn", 32), options);
    torch::Tensor bias;
    for (const auto& p : model->named_parameters())
        if (p.key() == "classifier.fc.bias")
            bias = p.value();
    QVERIFY(bias.defined());
    for (int i = 0; i < 4; ++i)
        QVERIFY(std::abs(bias[i].item<double>() - std::log(priors[i] / (1 - priors[i]))) < 1e-6);
    // A tag never seen in training gets the clamped prior 1e-6: very negative, but finite.
    QVERIFY(std::abs(bias[4].item<double>() - std::log(1e-6 / (1 - 1e-6))) < 1e-4);

    // The first predictions are then close to the base rates.
    model->eval();
    const torch::Tensor probabilities = torch::sigmoid(model(torch::randn({4, 3, 32, 32}))).mean(0);
    QVERIFY(std::abs(probabilities[2].item<double>() - 0.01) < 0.01);

    QVERIFY(errorOf([] { priorLogits({0.2, 1.5}); }).contains("1.5"));
    options.priors = {0.1};
    QVERIFY(errorOf([&] { TaggingModel(backbone("small_cnn", 32), options); }).contains("1 priors for 5 classes"));
}

void TestModels::embeddingHeadIsNormalised()
{
    TaggingModelOptions options;
    options.numClasses = 4;
    options.embeddingDim = 16;
    TaggingModel model(backbone("small_cnn", 32), options);
    model->eval();
    const torch::Tensor images = torch::randn({3, 3, 32, 32});
    const torch::Tensor embeddings = model->embed(images);
    QCOMPARE(embeddings.sizes().vec(), (std::vector<int64_t>{3, 16}));
    QVERIFY(torch::allclose(embeddings.norm(2, 1), torch::ones({3}), 1e-5, 1e-5));
    const auto outputs = model->forwardAll(images);
    QCOMPARE(outputs.logits.sizes().vec(), (std::vector<int64_t>{3, 4}));
    QVERIFY(torch::allclose(outputs.embeddings, embeddings));

    options.embeddingDim = 0;
    TaggingModel plain(backbone("small_cnn", 32), options);
    QVERIFY(!plain->hasEmbedding());
    QCOMPARE(plain->embed(images).size(1), int64_t(256));
    QVERIFY(!plain->forwardAll(images).embeddings.defined());
}

void TestModels::parameterGroupsAndFreezing()
{
    TaggingModelOptions options;
    options.numClasses = 4;
    options.embeddingDim = 8;
    TaggingModel model(backbone("small_cnn", 32), options);
    auto groups = model->parameterGroups();
    QCOMPARE(groups.size(), std::size_t(2));
    QCOMPARE(groups[0].name, std::string("backbone"));
    QCOMPARE(groups[1].name, std::string("heads"));
    QCOMPARE(groups[1].parameters.size(), std::size_t(4)); // classifier and embedding, weight and bias each
    int64_t grouped = 0;
    for (const auto& group : groups)
        for (const auto& p : group.parameters)
            grouped += p.numel();
    QCOMPARE(grouped, countParameters(*model));

    model->setBackboneFrozen(true);
    model->train();
    QVERIFY(!model->backbone()->is_training());
    for (const auto& child : model->backbone()->modules())
        QVERIFY(!child->is_training());
    QVERIFY(model->is_training());
    groups = model->parameterGroups();
    QCOMPARE(groups.size(), std::size_t(1));
    QCOMPARE(groups[0].name, std::string("heads"));
    QCOMPARE(countParameters(*model->backbone(), /*trainableOnly=*/true), int64_t(0));

    model->setBackboneFrozen(false);
    QVERIFY(model->backbone()->is_training());
    QCOMPARE(model->parameterGroups().size(), std::size_t(2));
}

void TestModels::oneStepLowersTheLoss()
{
    TaggingModelOptions options;
    options.numClasses = 5;
    options.priors = {0.3, 0.2, 0.1, 0.05, 0.5};
    TaggingModel model(backbone("small_cnn", 32), options);
    model->train();
    const torch::Tensor images = torch::randn({8, 3, 32, 32});
    const torch::Tensor targets = (torch::rand({8, 5}) < 0.3).to(torch::kFloat);
    torch::optim::SGD optimizer(model->parameters(), torch::optim::SGDOptions(0.05).momentum(0.9));

    auto lossNow = [&] { return torch::nn::functional::binary_cross_entropy_with_logits(model(images), targets); };
    const torch::Tensor before = lossNow();
    optimizer.zero_grad();
    before.backward();
    optimizer.step();
    const double after = lossNow().item<double>();
    QVERIFY2(after < before.item<double>(), qPrintable(QString("%1 -> %2").arg(before.item<double>()).arg(after)));
}

void TestModels::runsOnCuda()
{
    if (!torch::cuda::is_available())
        QSKIP("no CUDA device in this LibTorch build");
    const torch::Device cuda(torch::kCUDA);
    TaggingModelOptions options;
    options.numClasses = 3;
    options.embeddingDim = 8;
    for (const char* name : {"small_cnn", "resnet18", "vit_tiny", "coatnet_tiny"}) {
        TaggingModel model(backbone(name, 64), options);
        model->to(cuda);
        const torch::Tensor images = torch::randn({2, 3, 64, 64}, cuda).contiguous(torch::MemoryFormat::ChannelsLast);
        const auto outputs = model->forwardAll(images);
        QVERIFY2(outputs.logits.device().is_cuda(), name);
        torch::nn::functional::binary_cross_entropy_with_logits(outputs.logits, torch::zeros({2, 3}, cuda)).backward();
    }
    TorchScriptBackboneOptions script;
    script.path = tinyBackbonePath;
    script.inputSize = 16;
    TorchScriptBackbone tiny(script);
    tiny->to(cuda);
    const torch::Tensor out = tiny(tinyBackboneInput().to(cuda)).cpu();
    QVERIFY(torch::allclose(out, tensorFrom(tinyBackboneExpected()["eval_output"]), 1e-4, 1e-4));
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
