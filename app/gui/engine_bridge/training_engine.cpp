// LibTorch first: Qt's `slots` macro would otherwise break its headers.
#include "losses/loss_registry.h"
#include "models/backbone_factory.h"
#include "models/device.h"
#include "training/trainer.h"
#include "training/training_config.h"

#include "training_engine.h"
#include "training/engine_texts.h"

#include <algorithm>
#include <mutex>

namespace tagscope::gui {

namespace {

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

ui::FieldSpec lossField(const LossParameter& p)
{
    ui::FieldSpec f;
    f.key = fromStd(p.name);
    f.label = fromStd(p.name); // the config key: what engine/losses/README.md, the CLI config and `tagscope-cli loss --list` call it
    f.help = engineText(p.help); // translated (engine_texts.cpp)
    f.minimum = p.offValue ? std::min(p.minimum, *p.offValue) : p.minimum; // the engine's validation rejects what lies between
    f.maximum = p.offValue ? std::max(p.maximum, *p.offValue) : p.maximum;
    switch (p.type) {
    case LossParameter::Type::Number:
        f.type = ui::FieldSpec::Type::Number;
        f.defaultValue = p.defaultValue;
        break;
    case LossParameter::Type::Integer:
        f.type = ui::FieldSpec::Type::Integer;
        f.defaultValue = p.defaultValue;
        break;
    case LossParameter::Type::Flag:
        f.type = ui::FieldSpec::Type::Flag;
        f.defaultValue = p.defaultValue != 0;
        break;
    case LossParameter::Type::Choice:
        f.type = ui::FieldSpec::Type::Choice;
        for (const std::string& c : p.choices)
            f.choices << fromStd(c);
        f.defaultValue = f.choices.value(0);
        break;
    case LossParameter::Type::NumberList:
        f.type = ui::FieldSpec::Type::NumberList;
        f.optional = true;
        f.defaultValue = QVariantList();
        break;
    }
    return f;
}

TrainingStatus toStatus(const TrainingProgress& p)
{
    TrainingStatus s;
    s.phase = fromStd(p.phase);
    s.done = p.done;
    s.total = p.total;
    s.epoch = p.epoch;
    s.epochs = p.epochs;
    s.batch = p.batch;
    s.batchesPerEpoch = p.batchesPerEpoch;
    s.step = p.step;
    s.totalSteps = p.totalSteps;
    s.loss = p.loss;
    s.smoothedLoss = p.smoothedLoss;
    s.learningRate = p.learningRate;
    s.imagesPerSecond = p.imagesPerSecond;
    s.etaSeconds = p.etaSeconds;
    return s;
}

} // namespace

QVector<BackboneChoice> backboneChoices()
{
    QVector<BackboneChoice> choices;
    for (const BackboneDescription& b : describeBackbones())
        choices.push_back({fromStd(b.name), engineText(b.title), engineText(b.summary), int(b.defaultInputSize), int(b.minimumInputSize),
                           int(b.inputMultiple), b.supportsDropPath, b.needsFile});
    return choices;
}

QVector<LossChoice> lossChoices()
{
    QVector<LossChoice> choices;
    for (const RegisteredLoss& loss : lossRegistry()) {
        const LossDescription& d = loss.description;
        LossChoice choice{fromStd(d.name), engineText(d.title), fromStd(d.family), engineText(d.summary), {}};
        for (const LossParameter& p : d.parameters)
            choice.parameters.push_back(lossField(p));
        choices.push_back(choice);
    }
    return choices;
}

QVector<DeviceChoice> computeDevices()
{
    QVector<DeviceChoice> devices;
    for (const ComputeDevice& d : availableDevices())
        devices.push_back({fromStd(d.id), fromStd(d.label)});
    return devices;
}

QByteArray defaultTrainingConfig()
{
    return QByteArray::fromStdString(toJson(TrainingConfig{}).dump());
}

QString engineConfigError(const QByteArray& configJson)
{
    try {
        trainingConfigFromJson(nlohmann::json::parse(configJson.constData(), configJson.constData() + configJson.size()));
    } catch (const nlohmann::json::parse_error& error) {
        return QStringLiteral("config: ") + fromStd(error.what());
    } catch (const std::exception& error) {
        return fromStd(error.what());
    }
    return {};
}

// The observer writes into the report under a mutex; take() swaps it out.
struct TrainingSession::Impl : public TrainingObserver {
    void progress(const TrainingProgress& p) override
    {
        std::lock_guard<std::mutex> lock(mutex);
        status = p;
        report.hasStatus = true;
        if (p.phase == "Training" && p.step != lastStep) {
            lastStep = p.step;
            report.steps.push_back({p.step, p.loss, p.smoothedLoss, p.learningRate});
        }
    }
    void epochFinished(const EpochSummary&) override
    {
        std::lock_guard<std::mutex> lock(mutex);
        ++report.epochsEnded;
    }
    void validated(const EpochSummary&) override
    {
        std::lock_guard<std::mutex> lock(mutex);
        ++report.validationsEnded;
    }
    void message(const std::string& text) override
    {
        std::lock_guard<std::mutex> lock(mutex);
        report.messages.push_back(text);
    }

    QByteArray configJson;
    std::string runDirectory;
    std::mutex mutex;
    TrainingProgress status;
    std::int64_t lastStep = -1;
    Report report;
    CancelToken cancel;
    PauseGate gate;
};

TrainingSession::TrainingSession(QByteArray configJson, std::string runDirectory) : impl_(std::make_unique<Impl>())
{
    impl_->configJson = std::move(configJson);
    impl_->runDirectory = std::move(runDirectory);
}

TrainingSession::~TrainingSession() = default;

void TrainingSession::run()
{
    Outcome outcome = Outcome::Failed;
    std::string message;
    try {
        const QByteArray& json = impl_->configJson;
        const TrainingConfig config = trainingConfigFromJson(nlohmann::json::parse(json.constData(), json.constData() + json.size()));
        const TrainingResult result = trainModel(config, impl_->runDirectory, impl_.get(), &impl_->cancel, &impl_->gate);
        message = result.message;
        outcome = result.status == TrainingResult::Status::Finished  ? Outcome::Finished
            : result.status == TrainingResult::Status::Cancelled ? Outcome::Stopped
                                                                 : Outcome::Failed;
    } catch (const std::exception& error) {
        message = error.what();
    }
    std::lock_guard<std::mutex> lock(impl_->mutex);
    impl_->report.done = true;
    impl_->report.outcome = outcome;
    impl_->report.message = message;
}

void TrainingSession::pause()
{
    impl_->gate.pause();
}

void TrainingSession::resume()
{
    impl_->gate.resume();
}

void TrainingSession::cancel()
{
    impl_->cancel.cancel();
    impl_->gate.resume(); // a paused trainer wakes up to notice
}

TrainingSession::Report TrainingSession::take()
{
    std::lock_guard<std::mutex> lock(impl_->mutex);
    Report out;
    out.hasStatus = impl_->report.hasStatus;
    if (out.hasStatus)
        out.status = toStatus(impl_->status);
    out.steps.swap(impl_->report.steps);
    out.messages.swap(impl_->report.messages);
    out.epochsEnded = impl_->report.epochsEnded;
    out.validationsEnded = impl_->report.validationsEnded;
    out.held = impl_->gate.holding(); // under the mutex the trainer reports under: no step of it is still to come
    out.done = impl_->report.done;
    out.outcome = impl_->report.outcome;
    out.message = impl_->report.message;
    impl_->report.hasStatus = false;
    return out;
}

} // namespace tagscope::gui
