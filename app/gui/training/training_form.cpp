#include "training_form.h"

#include "engine_bridge/training_engine.h"
#include "training_controller.h"

#include "forms/parameter_form.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <iterator>

#include <nlohmann/json.hpp>

namespace tagscope::gui {

namespace {

using ui::FieldSpec;
using Type = FieldSpec::Type;

// The engine's defaults, so that the form starts where `tagscope-cli train` would.
const nlohmann::json& engineDefaults()
{
    static const nlohmann::json defaults = nlohmann::json::parse(defaultTrainingConfig().toStdString());
    return defaults;
}

const nlohmann::json* at(const nlohmann::json& root, const QString& key);

QString defaultText(const QString& key)
{
    const nlohmann::json* value = at(engineDefaults(), key);
    return value && value->is_string() ? QString::fromStdString(value->get<std::string>()) : QString();
}

const nlohmann::json* at(const nlohmann::json& root, const QString& key)
{
    const nlohmann::json* node = &root;
    for (const QString& part : key.split(QLatin1Char('.'))) {
        if (!node->is_object() || !node->contains(part.toStdString()))
            return nullptr;
        node = &node->at(part.toStdString());
    }
    return node;
}

void setAt(nlohmann::json& root, const QString& key, nlohmann::json value)
{
    nlohmann::json* node = &root;
    const QStringList parts = key.split(QLatin1Char('.'));
    for (int i = 0; i + 1 < parts.size(); ++i) {
        nlohmann::json& child = (*node)[parts[i].toStdString()];
        if (!child.is_object())
            child = nlohmann::json::object();
        node = &child;
    }
    (*node)[parts.back().toStdString()] = std::move(value);
}

void eraseAt(nlohmann::json& root, const QString& key)
{
    nlohmann::json* node = &root;
    const QStringList parts = key.split(QLatin1Char('.'));
    for (int i = 0; i + 1 < parts.size(); ++i) {
        if (!node->is_object() || !node->contains(parts[i].toStdString()))
            return;
        node = &node->at(parts[i].toStdString());
    }
    if (node->is_object())
        node->erase(parts.back().toStdString());
}

QVariant toVariant(const nlohmann::json& value)
{
    if (value.is_boolean())
        return value.get<bool>();
    if (value.is_number())
        return value.get<double>();
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_array()) {
        QVariantList list;
        for (const auto& item : value)
            if (item.is_number())
                list << item.get<double>();
        return list;
    }
    return {};
}

nlohmann::json toJsonValue(const FieldSpec& spec, const QVariant& value)
{
    switch (spec.type) {
    case Type::Flag: return value.toBool();
    case Type::Integer: return static_cast<std::int64_t>(value.toDouble());
    case Type::Number: return value.toDouble();
    case Type::NumberList: {
        nlohmann::json list = nlohmann::json::array();
        for (const QVariant& v : value.toList())
            list.push_back(v.toDouble());
        return list;
    }
    case Type::Choice:
    case Type::Text:
    case Type::File:
    case Type::Path: break;
    }
    return value.toString().toStdString();
}

FieldSpec field(const QString& key, const QString& label, Type type, double minimum, double maximum, const QString& help)
{
    FieldSpec f;
    f.key = key;
    f.label = label;
    f.type = type;
    f.minimum = minimum;
    f.maximum = maximum;
    f.help = help;
    if (const nlohmann::json* d = at(engineDefaults(), key))
        f.defaultValue = toVariant(*d);
    return f;
}

FieldSpec choice(const QString& key, const QString& label, const QStringList& values, const QStringList& labels, const QString& help)
{
    FieldSpec f = field(key, label, Type::Choice, 0, 0, help);
    f.choices = values;
    f.choiceLabels = labels;
    if (!values.contains(f.defaultValue.toString()))
        f.defaultValue = values.value(0);
    return f;
}

const QVector<BackboneChoice>& backbones()
{
    static const QVector<BackboneChoice> choices = backboneChoices();
    return choices;
}

const QVector<LossChoice>& losses()
{
    static const QVector<LossChoice> choices = lossChoices();
    return choices;
}

template <typename Choice> const Choice* findByName(const QVector<Choice>& choices, const QString& name)
{
    for (const Choice& choice : choices)
        if (choice.name == name)
            return &choice;
    return nullptr;
}

const BackboneChoice* findBackbone(const QString& name)
{
    return findByName(backbones(), name);
}

const LossChoice* findLoss(const QString& name)
{
    return findByName(losses(), name);
}

const QVector<DeviceChoice>& devices()
{
    static const QVector<DeviceChoice> choices = computeDevices();
    return choices;
}

QString firstCudaDevice()
{
    for (const DeviceChoice& d : devices())
        if (d.id.startsWith(QLatin1String("cuda")))
            return d.id;
    return {};
}

struct Preset {
    const char* name;
    const char* patch; // JSON over the engine defaults
};

// The first entry stands for "whatever the fields hold now".
const Preset kPresets[] = {
    {QT_TRANSLATE_NOOP("TrainingForm", "Custom settings"), nullptr},
    {QT_TRANSLATE_NOOP("TrainingForm", "Defaults (ASL, small CNN)"), "{}"},
    {QT_TRANSLATE_NOOP("TrainingForm", "Open Images-style partial labels: ASL + selective"),
     R"({"loss": "partial", "loss_params": {"mode": "selective", "gamma_pos": 0, "gamma_neg": 1, "gamma_unann": 4,
         "likelihood_topk": 5, "prior_threshold": 0.5}, "sampler": "random"})"},
    {QT_TRANSLATE_NOOP("TrainingForm", "Long tail: DB loss + class-aware sampler"),
     R"({"loss": "db", "loss_params": {}, "sampler": "class_aware"})"},
    {QT_TRANSLATE_NOOP("TrainingForm", "Quick look on a CPU: small CNN, 5 epochs"),
     R"({"backbone": {"name": "small_cnn", "input_size": 48}, "epochs": 5, "batch_size": 32, "lr": 0.003})"},
    // As resources/configs/open-images-steps.json: millions of images are counted in steps, not epochs.
    {QT_TRANSLATE_NOOP("TrainingForm", "Open Images-sized data: ResNet-50 by steps"),
     R"({"backbone": {"name": "resnet50", "input_size": 224}, "loss": "partial", "loss_params": {"mode": "ignore"},
         "optimizer": "adamw", "lr": 0.0003, "weight_decay": 0.0001, "schedule": "cosine", "warmup_epochs": 0.02,
         "epochs": 0, "max_steps": 150000, "batch_size": 128, "eval_every_steps": 5000, "max_val_images": 20000,
         "checkpoint_every_minutes": 30, "log_every": 50, "min_tag_positives": 50, "cache": "auto",
         "augmentation": {"random_resized_crop": true, "flip": true}})"},
};

} // namespace

TrainingForm::TrainingForm(QWidget* parent)
    : QWidget(parent), presets_(new QComboBox), lossSummary_(new QLabel), generalError_(new QLabel)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    for (const Preset& preset : kPresets)
        presets_->addItem(QCoreApplication::translate("TrainingForm", preset.name));
    presets_->setObjectName(QStringLiteral("presetCombo"));
    presets_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    presets_->setMinimumContentsLength(12);
    presets_->setToolTip(tr("Settings that suit a kind of dataset; every field can still be changed"));
    connect(presets_, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyPreset(index);
    });
    auto* presetRow = new QHBoxLayout;
    auto* presetLabel = new QLabel(tr("&Preset:"));
    presetLabel->setBuddy(presets_);
    presetRow->addWidget(presetLabel);
    presetRow->addWidget(presets_, 1);
    layout->addLayout(presetRow);

    buildSections(layout);

    generalError_->setObjectName(QStringLiteral("trainingFormError"));
    generalError_->setWordWrap(true);
    generalError_->setStyleSheet(QStringLiteral("color: #c0392b;"));
    generalError_->hide();
    layout->addWidget(generalError_);
    layout->addStretch(1);

    for (const Section& s : sections_)
        connect(s.form, &ui::ParameterForm::valueChanged, this, [this, name = s.name](const QString& key) {
            if (name == QLatin1String("loss") && key == QLatin1String("loss"))
                lossChanged();
            if (key == QLatin1String("backbone.name") && !applyingPreset_) {
                if (const BackboneChoice* b = findBackbone(section(QStringLiteral("model"))->value(key).toString()))
                    section(QStringLiteral("model"))->setValue(QStringLiteral("backbone.input_size"), double(b->defaultInputSize));
            }
            updateVisibility();
            if (!applyingPreset_)
                presets_->setCurrentIndex(0);
            Q_EMIT changed();
        });
    lossChanged();
    updateVisibility();
}

ui::ParameterForm* TrainingForm::addSection(QVBoxLayout* layout, const QString& name, const QString& title)
{
    auto* box = new QGroupBox(title);
    box->setObjectName(name + QStringLiteral("Section"));
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(8, 6, 8, 8);
    auto* form = new ui::ParameterForm;
    form->setObjectName(name);
    boxLayout->addWidget(form);
    layout->addWidget(box);
    sections_.push_back({name, form});
    return form;
}

void TrainingForm::buildSections(QVBoxLayout* layout)
{
    const QStringList splits = {QStringLiteral("train"), QStringLiteral("validation"), QStringLiteral("test")};
    const QStringList splitLabels = {tr("Train"), tr("Validation"), tr("Test")};

    FieldSpec dataset = field(QStringLiteral("dataset"), tr("Dataset"), Type::Path, 0, 0,
                              tr("The dataset folder (or annotation file) to train on; by default the one open in the browser"));
    addSection(layout, QStringLiteral("data"), tr("Data"))
        ->setFields({dataset,
                     field(QStringLiteral("use_corrections"), tr("Use review corrections"), Type::Flag, 0, 1,
                           tr("Train on the labels as reviewed: the decisions kept for the dataset replace its labels and "
                              "leave out the images set aside; the run records them. Off: the labels as the files give them")),
                     choice(QStringLiteral("train_split"), tr("Training split"), splits, splitLabels, tr("The images the model learns from")),
                     choice(QStringLiteral("val_split"), tr("Validation split"), splits, splitLabels,
                            tr("The images the per-epoch metrics and the long-tail view are measured on")),
                     choice(QStringLiteral("tags"), tr("Tags"), {QStringLiteral("trainable"), QStringLiteral("all")},
                            {tr("Trainable tags"), tr("All tags")}, tr("Open Images marks some classes as trainable; other datasets have all trainable")),
                     field(QStringLiteral("min_tag_positives"), tr("Minimum positives"), Type::Integer, 0, 1e9,
                           tr("Tags with fewer training positives are left out")),
                     field(QStringLiteral("bands"), tr("Tag bands"), Type::Text, 0, 0,
                           tr("How tags are split into head, medium and tail for the band mAPs: absolute:100:20 (head above "
                              "100 training positives, tail below 20), quantile:0.33:0.33 (the most frequent and the rarest "
                              "third) or thirds")),
                     field(QStringLiteral("max_train_images"), tr("Training images"), Type::Integer, 0, 1e12,
                           tr("Train on a seeded sample of this many images (0: all)")),
                     field(QStringLiteral("max_val_images"), tr("Validation images"), Type::Integer, 0, 1e12,
                           tr("Validate on a seeded sample of this many images, the same at every validation (0: all)")),
                     choice(QStringLiteral("cache"), tr("Image cache"), {QStringLiteral("auto"), QStringLiteral("off"), QStringLiteral("on")},
                            {tr("When it fits the budget"), tr("Off"), tr("On")},
                            tr("The images are streamed from their files; a packed cache on disk keeps them decoded for later "
                               "epochs. It fills as the first epoch reads them")),
                     field(QStringLiteral("cache_budget_gb"), tr("Cache budget (GB)"), Type::Number, 0, 1e6,
                           tr("Disk space the cache may take; a split that does not fit is decoded every epoch (0: a quarter of "
                              "the free space, at most 50 GB)"))});

    QStringList backboneNames, backboneLabels;
    for (const BackboneChoice& b : backbones()) {
        backboneNames << b.name;
        backboneLabels << b.title;
    }
    FieldSpec path = field(QStringLiteral("backbone.path"), tr("TorchScript file"), Type::File, 0, 0,
                           tr("A feature extractor saved with torch.jit.trace or torch.jit.script (B x 3 x S x S images in, features out)"));
    path.fileFilter = tr("TorchScript (*.pt *.pth *.ts);;All files (*)");
    FieldSpec inputSize = field(QStringLiteral("backbone.input_size"), tr("Input size (px)"), Type::Integer, 16, 1024,
                                tr("Side of the square images the network sees; ViTs need a multiple of 16"));
    if (const BackboneChoice* b = findBackbone(defaultText(QStringLiteral("backbone.name"))))
        inputSize.defaultValue = double(b->defaultInputSize);
    addSection(layout, QStringLiteral("model"), tr("Model"))
        ->setFields({choice(QStringLiteral("backbone.name"), tr("Backbone"), backboneNames, backboneLabels, tr("The network that turns images into features")),
                     path,
                     field(QStringLiteral("backbone.frozen"), tr("Freeze the file's weights"), Type::Flag, 0, 1,
                           tr("Keep the TorchScript backbone fixed and train only the heads (transfer learning)")),
                     inputSize,
                     field(QStringLiteral("backbone.drop_path"), tr("Stochastic depth"), Type::Number, 0, 0.99,
                           tr("Drop-path rate of residual and transformer blocks")),
                     field(QStringLiteral("dropout"), tr("Dropout"), Type::Number, 0, 0.99, tr("Dropout before the classifier")),
                     field(QStringLiteral("embedding_dim"), tr("Embedding size"), Type::Integer, 0, 65536,
                           tr("Width of an embedding head beside the classifier (0: none; metric-learning losses then use the pooled "
                              "features)"))});

    QStringList lossNames, lossLabels;
    for (const QString& family : {QStringLiteral("multilabel"), QStringLiteral("metric")})
        for (const LossChoice& loss : losses())
            if (loss.family == family) {
                lossNames << loss.name;
                lossLabels << (family == QLatin1String("metric") ? tr("%1 (metric learning)").arg(loss.title) : loss.title);
            }
    ui::ParameterForm* loss = addSection(layout, QStringLiteral("loss"), tr("Loss"));
    loss->setFields({choice(QStringLiteral("loss"), tr("Loss"), lossNames, lossLabels, tr("How the errors of each tag are weighed; see its parameters below"))});
    lossSummary_->setObjectName(QStringLiteral("lossSummary"));
    lossSummary_->setWordWrap(true);
    QFont small = lossSummary_->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    lossSummary_->setFont(small);
    lossSummary_->setForegroundRole(QPalette::PlaceholderText);
    loss->parentWidget()->layout()->addWidget(lossSummary_);
    auto* parameters = new ui::ParameterForm;
    parameters->setObjectName(QStringLiteral("loss_params"));
    loss->parentWidget()->layout()->addWidget(parameters);
    sections_.push_back({QStringLiteral("loss_params"), parameters});

    addSection(layout, QStringLiteral("optimisation"), tr("Optimisation"))
        ->setFields({choice(QStringLiteral("optimizer"), tr("Optimiser"), {QStringLiteral("adamw"), QStringLiteral("sgd")}, {tr("AdamW"), tr("SGD")},
                            tr("AdamW suits transformers and small data; SGD with momentum the classic CNN recipes")),
                     field(QStringLiteral("lr"), tr("Learning rate"), Type::Number, 0, 10, tr("Peak learning rate of the schedule")),
                     field(QStringLiteral("weight_decay"), tr("Weight decay"), Type::Number, 0, 1, tr("Decoupled for AdamW, L2 for SGD")),
                     field(QStringLiteral("momentum"), tr("Momentum"), Type::Number, 0, 1, tr("SGD momentum")),
                     field(QStringLiteral("nesterov"), tr("Nesterov momentum"), Type::Flag, 0, 1, tr("Nesterov's variant of SGD momentum")),
                     choice(QStringLiteral("schedule"), tr("Schedule"),
                            {QStringLiteral("cosine"), QStringLiteral("onecycle"), QStringLiteral("step"), QStringLiteral("constant")},
                            {tr("Cosine"), tr("One-cycle"), tr("Step"), tr("Constant")}, tr("How the learning rate changes over the run")),
                     field(QStringLiteral("warmup_epochs"), tr("Warm-up epochs"), Type::Number, 0, 1000,
                           tr("Linear warm-up from zero at the start (fractions of an epoch allowed)")),
                     field(QStringLiteral("step_size"), tr("Step every (epochs)"), Type::Integer, 0, 100000, tr("Step schedule: epochs between decays")),
                     field(QStringLiteral("step_gamma"), tr("Step factor"), Type::Number, 0, 1, tr("Step schedule: the learning rate is multiplied by this")),
                     field(QStringLiteral("epochs"), tr("Epochs"), Type::Integer, 0, 100000,
                           tr("Passes over the training images (0: as many as the steps need)")),
                     field(QStringLiteral("max_steps"), tr("Steps"), Type::Integer, 0, 9.0e15,
                           tr("Optimiser steps to train (0: the epochs decide); with both, whichever ends first")),
                     field(QStringLiteral("batch_size"), tr("Batch size"), Type::Integer, 1, 65536, tr("Images per optimiser step")),
                     field(QStringLiteral("grad_clip"), tr("Gradient clipping"), Type::Number, 0, 1e6, tr("Clip the gradient norm to this (0: off)")),
                     field(QStringLiteral("label_smoothing"), tr("Label smoothing"), Type::Number, 0, 0.5,
                           tr("Move annotated targets towards 1/2 by this much; unknown labels stay unknown"))});

    addSection(layout, QStringLiteral("cadence"), tr("Validation and checkpoints"))
        ->setFields({field(QStringLiteral("eval_every_steps"), tr("Validate every (steps)"), Type::Integer, 0, 9.0e15,
                           tr("Validate every this many steps and at the end (0: after each epoch)")),
                     field(QStringLiteral("checkpoint_every_steps"), tr("Checkpoint every (steps)"), Type::Integer, 0, 9.0e15,
                           tr("Also write the checkpoint inside epochs, every this many steps (0: at the end of each epoch only)")),
                     field(QStringLiteral("checkpoint_every_minutes"), tr("Checkpoint every (minutes)"), Type::Number, 0, 1e6,
                           tr("Also write the checkpoint when this many minutes have passed since the last one (0: off)"))});

    addSection(layout, QStringLiteral("augmentation"), tr("Augmentation"))
        ->setFields({field(QStringLiteral("augmentation.random_resized_crop"), tr("Random resized crop"), Type::Flag, 0, 1,
                           tr("Crop 35-100% of the image at a random aspect ratio, then resize")),
                     field(QStringLiteral("augmentation.flip"), tr("Horizontal flip"), Type::Flag, 0, 1, tr("Mirror half of the images")),
                     field(QStringLiteral("augmentation.randaugment_n"), tr("RandAugment N"), Type::Integer, 0, 10,
                           tr("RandAugment: operations applied per image (0: off)")),
                     field(QStringLiteral("augmentation.randaugment_m"), tr("RandAugment M"), Type::Integer, 0, 30, tr("RandAugment: magnitude of each operation")),
                     field(QStringLiteral("augmentation.mixup_alpha"), tr("Mixup alpha"), Type::Number, 0, 10,
                           tr("Blend pairs of images and their targets with a Beta(alpha, alpha) weight (0: off)"))});

    FieldSpec imagesPerClass = field(QStringLiteral("images_per_class"), tr("Images per class (K)"), Type::Integer, 1, 65536,
                                     tr("P × K sampler: images of each class in a batch; the batch size must be a multiple of it"));
    if (!imagesPerClass.defaultValue.isValid())
        imagesPerClass.defaultValue = 4.0;
    QStringList deviceIds = {QStringLiteral("auto")};
    const QString cuda = firstCudaDevice();
    QStringList deviceLabels = {cuda.isEmpty() ? tr("Automatic (CPU here)") : tr("Automatic (%1)").arg(cuda)};
    for (const DeviceChoice& d : devices()) {
        deviceIds << d.id;
        deviceLabels << d.label;
    }
    QVector<FieldSpec> sampling = {
        choice(QStringLiteral("sampler"), tr("Sampler"),
               {QStringLiteral("random"), QStringLiteral("class_aware"), QStringLiteral("repeat_factor"), QStringLiteral("pk")},
               {tr("Random"), tr("Class-aware"), tr("Repeat factor"), tr("P × K classes (metric learning)")},
               tr("Class-aware and repeat-factor sampling show rare tags more often; Distribution-Balanced loss expects class-aware")),
        field(QStringLiteral("repeat_threshold"), tr("Repeat threshold"), Type::Number, 0, 1,
              tr("Repeat factor: images with a tag rarer than this fraction are repeated (LVIS)")),
        imagesPerClass,
        choice(QStringLiteral("device"), tr("Device"), deviceIds, deviceLabels,
               tr("Automatic uses the first CUDA GPU when there is one, else the CPU; the run records the device it used")),
        field(QStringLiteral("threads"), tr("CPU threads"), Type::Integer, 0, 1024, tr("Threads for computing on the CPU (0: one per core)")),
        field(QStringLiteral("workers"), tr("Loader threads"), Type::Integer, 1, 64, tr("Threads that augment images ahead of the training step")),
        field(QStringLiteral("seed"), tr("Seed"), Type::Integer, 0, 9.0e15, tr("The same seed on a CPU gives the same run")),
        field(QStringLiteral("log_every"), tr("Log every (steps)"), Type::Integer, 1, 1e9, tr("Steps between lines in metrics.jsonl")),
    };
    if (!cuda.isEmpty()) {
        sampling << choice(QStringLiteral("amp"), tr("Mixed precision"), {QStringLiteral("off"), QStringLiteral("bf16"), QStringLiteral("fp16")},
                           {tr("Off"), QStringLiteral("bfloat16"), QStringLiteral("float16")}, tr("Automatic mixed precision on CUDA"))
                 << field(QStringLiteral("channels_last"), tr("Channels last"), Type::Flag, 0, 1, tr("NHWC memory layout, faster on tensor cores"));
    }
    addSection(layout, QStringLiteral("sampling"), tr("Sampling and device"))->setFields(sampling);
}

ui::ParameterForm* TrainingForm::section(const QString& name) const
{
    for (const Section& s : sections_)
        if (s.name == name)
            return s.form;
    return nullptr;
}

ui::ParameterForm* TrainingForm::sectionOf(const QString& key, QString* fieldKey) const
{
    if (key.startsWith(QLatin1String("loss_params."))) {
        ui::ParameterForm* params = section(QStringLiteral("loss_params"));
        const QString name = key.mid(12);
        if (fieldKey)
            *fieldKey = name;
        return params->hasField(name) ? params : nullptr;
    }
    for (const Section& s : sections_)
        if (s.name != QLatin1String("loss_params") && s.form->hasField(key)) {
            if (fieldKey)
                *fieldKey = key;
            return s.form;
        }
    return nullptr;
}

QString TrainingForm::lossName() const
{
    return section(QStringLiteral("loss"))->value(QStringLiteral("loss")).toString();
}

QString TrainingForm::lossFamily() const
{
    const LossChoice* loss = findLoss(lossName());
    return loss ? loss->family : QString();
}

QString TrainingForm::lossSummary() const
{
    return lossSummary_->text();
}

void TrainingForm::lossChanged()
{
    const LossChoice* loss = findLoss(lossName());
    section(QStringLiteral("loss_params"))->setFields(loss ? loss->parameters : QVector<FieldSpec>());
    lossSummary_->setText(loss ? loss->summary : QString());
}

void TrainingForm::updateVisibility()
{
    ui::ParameterForm* model = section(QStringLiteral("model"));
    const BackboneChoice* backbone = findBackbone(model->value(QStringLiteral("backbone.name")).toString());
    model->setFieldVisible(QStringLiteral("backbone.path"), backbone && backbone->needsFile);
    model->setFieldVisible(QStringLiteral("backbone.frozen"), backbone && backbone->needsFile);
    model->setFieldVisible(QStringLiteral("backbone.drop_path"), backbone && backbone->supportsDropPath);

    ui::ParameterForm* optimisation = section(QStringLiteral("optimisation"));
    const bool sgd = optimisation->value(QStringLiteral("optimizer")).toString() == QLatin1String("sgd");
    optimisation->setFieldVisible(QStringLiteral("momentum"), sgd);
    optimisation->setFieldVisible(QStringLiteral("nesterov"), sgd);
    const bool step = optimisation->value(QStringLiteral("schedule")).toString() == QLatin1String("step");
    optimisation->setFieldVisible(QStringLiteral("step_size"), step);
    optimisation->setFieldVisible(QStringLiteral("step_gamma"), step);

    ui::ParameterForm* data = section(QStringLiteral("data"));
    data->setFieldVisible(QStringLiteral("cache_budget_gb"), data->value(QStringLiteral("cache")).toString() == QLatin1String("auto"));

    ui::ParameterForm* sampling = section(QStringLiteral("sampling"));
    const QString sampler = sampling->value(QStringLiteral("sampler")).toString();
    sampling->setFieldVisible(QStringLiteral("repeat_threshold"), sampler == QLatin1String("repeat_factor"));

    sampling->setFieldVisible(QStringLiteral("images_per_class"), sampler == QLatin1String("pk"));
}

void TrainingForm::setDatasetPath(const QString& path)
{
    ui::ParameterForm* data = section(QStringLiteral("data"));
    const QString current = data->value(QStringLiteral("dataset")).toString();
    if (current.isEmpty() || current == datasetFromMainWindow_)
        data->setValue(QStringLiteral("dataset"), path);
    datasetFromMainWindow_ = path;
}

QByteArray TrainingForm::configJson() const
{
    nlohmann::json config = nlohmann::json::parse(baseConfig_.constData(), baseConfig_.constData() + baseConfig_.size(), nullptr, false);
    if (!config.is_object())
        config = nlohmann::json::object();
    for (const Section& s : sections_) {
        if (s.name == QLatin1String("loss_params"))
            continue;
        const QVariantMap values = s.form->values();
        for (const FieldSpec& spec : s.form->fields()) {
            if (!s.form->isFieldVisible(spec.key)) {
                eraseAt(config, spec.key); // an option the chosen backbone, optimiser or sampler does not have
                continue;
            }
            if (values.contains(spec.key))
                setAt(config, spec.key, toJsonValue(spec, values.value(spec.key)));
        }
    }
    nlohmann::json params = nlohmann::json::object();
    const ui::ParameterForm* lossParams = section(QStringLiteral("loss_params"));
    const QVariantMap values = lossParams->values();
    for (const FieldSpec& spec : lossParams->fields())
        if (values.contains(spec.key) && !(spec.type == Type::NumberList && values.value(spec.key).toList().isEmpty()))
            params[spec.key.toStdString()] = toJsonValue(spec, values.value(spec.key));
    config["loss_params"] = params;
    if (config.value("device", "auto") == "auto") {
        const QString cuda = firstCudaDevice();
        config["device"] = cuda.isEmpty() ? std::string("cpu") : cuda.toStdString();
    }
    return QByteArray::fromStdString(config.dump(2));
}

void TrainingForm::setConfigJson(const QByteArray& json)
{
    const nlohmann::json config = nlohmann::json::parse(json.constData(), json.constData() + json.size(), nullptr, false);
    if (!config.is_object())
        return;
    baseConfig_ = json;
    applyingPreset_ = true;
    const nlohmann::json merged = [&] {
        nlohmann::json m = engineDefaults();
        m.merge_patch(config);
        return m;
    }();
    for (const Section& s : sections_) {
        if (s.name == QLatin1String("loss_params"))
            continue;
        for (const FieldSpec& spec : s.form->fields())
            if (const nlohmann::json* value = at(merged, spec.key))
                s.form->setValue(spec.key, toVariant(*value));
            else
                s.form->setValue(spec.key, spec.defaultValue);
        if (s.name == QLatin1String("model")) {
            // 0 in a config means the backbone's default side: show the number itself.
            const nlohmann::json* side = at(merged, QStringLiteral("backbone.input_size"));
            if (!side || !side->is_number() || side->get<double>() <= 0) {
                if (const BackboneChoice* b = findBackbone(s.form->value(QStringLiteral("backbone.name")).toString()))
                    s.form->setValue(QStringLiteral("backbone.input_size"), double(b->defaultInputSize));
            }
        }
    }
    lossChanged(); // a new parameter form for the config's loss, at its defaults
    ui::ParameterForm* params = section(QStringLiteral("loss_params"));
    if (const nlohmann::json* given = at(config, QStringLiteral("loss_params")); given && given->is_object())
        for (const auto& [key, value] : given->items())
            params->setValue(QString::fromStdString(key), toVariant(value));
    applyingPreset_ = false;
    updateVisibility();
    clearErrors();
    Q_EMIT changed();
}

QStringList TrainingForm::presetNames() const
{
    QStringList names;
    for (const Preset& preset : kPresets)
        names << QCoreApplication::translate("TrainingForm", preset.name);
    return names;
}

void TrainingForm::applyPreset(int index)
{
    if (index <= 0 || index >= static_cast<int>(std::size(kPresets)))
        return;
    const nlohmann::json patch = nlohmann::json::parse(kPresets[index].patch);
    nlohmann::json config;
    if (patch.empty()) { // the defaults: everything but the data and the machine goes back
        const nlohmann::json current = nlohmann::json::parse(configJson().toStdString());
        config = nlohmann::json::object();
        for (const char* key : {"dataset", "train_split", "val_split", "device"})
            if (current.contains(key))
                config[key] = current.at(key);
    } else { // a recipe: its keys change, the other settings stay
        config = nlohmann::json::parse(configJson().toStdString());
        config.merge_patch(patch);
        if (patch.contains("loss"))
            config["loss_params"] = patch.value("loss_params", nlohmann::json::object()); // the old loss's parameters do not apply
    }
    setConfigJson(QByteArray::fromStdString(config.dump()));
    presets_->setCurrentIndex(index);
}

bool TrainingForm::validate()
{
    clearErrors();
    bool valid = true;
    for (const Section& s : sections_)
        valid = s.form->validate() && valid;
    if (!valid)
        return false;
    const QString problem = TrainingController::validateConfig(configJson());
    if (problem.isEmpty())
        return true;
    showEngineError(problem);
    return false;
}

// The engine names the key first ("lr: 20 is outside [0, 10]", "loss_params: asl: parameter 'clip' = 2 is
// outside [0, 1]", "augmentation: mixup_alpha ...", "bands 'x': ..."): the message goes under that field.
void TrainingForm::showEngineError(const QString& message)
{
    // A band rule holds colons itself: its message is "bands 'RULE': why".
    const bool bands = message.startsWith(QLatin1String("bands '")) && message.contains(QLatin1String("': "));
    const int colon = bands ? message.indexOf(QLatin1String("': ")) + 1 : message.indexOf(QLatin1Char(':'));
    QString key = bands ? QStringLiteral("bands") : colon > 0 ? message.left(colon).trimmed() : QString();
    const QString rest = colon > 0 ? message.mid(colon + 1).trimmed() : message;
    if (key == QLatin1String("loss_params")) {
        static const QRegularExpression parameter(QStringLiteral("parameter '([^']+)'"));
        const QRegularExpressionMatch match = parameter.match(rest);
        key = match.hasMatch() ? QStringLiteral("loss_params.") + match.captured(1) : QStringLiteral("loss");
    } else if (key == QLatin1String("backbone")) {
        key = rest.contains(QLatin1String("input size")) ? QStringLiteral("backbone.input_size")
            : rest.contains(QLatin1String("drop path"))  ? QStringLiteral("backbone.drop_path")
            : rest.contains(QLatin1String("path")) || rest.contains(QLatin1String("file")) ? QStringLiteral("backbone.path")
                                                                                          : QStringLiteral("backbone.name");
    } else if (key == QLatin1String("augmentation")) {
        for (const char* sub : {"random_resized_crop", "flip", "randaugment_n", "randaugment_m", "mixup_alpha"})
            if (rest.contains(QLatin1String(sub)))
                key = QStringLiteral("augmentation.") + QLatin1String(sub);
    }
    QString fieldKey;
    ui::ParameterForm* form = sectionOf(key, &fieldKey);
    if (form && form->isFieldVisible(fieldKey) && form->setError(fieldKey, rest))
        return;
    generalError_->setText(message);
    generalError_->show();
}

QString TrainingForm::generalError() const
{
    return generalError_->isHidden() ? QString() : generalError_->text();
}

void TrainingForm::clearErrors()
{
    for (const Section& s : sections_)
        s.form->clearErrors();
    generalError_->clear();
    generalError_->hide();
}

void TrainingForm::setLocked(bool locked)
{
    presets_->setEnabled(!locked);
    for (const Section& s : sections_)
        s.form->setEnabled(!locked);
}

} // namespace tagscope::gui
