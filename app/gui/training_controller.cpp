// LibTorch first: Qt's `slots` macro would otherwise break its headers.
#include "models/backbone_factory.h"
#include "training/trainer.h"

#include "training_controller.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <mutex>
#include <vector>

namespace tagscope::gui {

namespace {

TrainingStatus toStatus(const TrainingProgress& p)
{
    TrainingStatus s;
    s.phase = QString::fromStdString(p.phase);
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

// What the worker hands to the GUI thread. The epoch figures are read back from metrics.jsonl, the run's
// stable record, when the observer says an epoch ended.
struct TrainingController::Mailbox : public TrainingObserver {
    explicit Mailbox(const std::string& runDirectory) : follower(runDirectory + "/metrics.jsonl") {}

    void progress(const TrainingProgress& p) override
    {
        std::lock_guard<std::mutex> lock(mutex);
        status = p;
        hasStatus = true;
        if (p.phase == "Training" && p.step != lastStep) {
            lastStep = p.step;
            steps.push_back({p.step, p.loss, p.smoothedLoss, p.learningRate});
        }
    }
    void epochFinished(const EpochSummary&) override
    {
        std::lock_guard<std::mutex> lock(mutex);
        ++epochsEnded;
    }
    void message(const std::string& text) override
    {
        std::lock_guard<std::mutex> lock(mutex);
        messages.push_back(text);
    }

    std::mutex mutex;
    TrainingProgress status;
    bool hasStatus = false;
    std::int64_t lastStep = -1;
    QVector<TrainingStep> steps;
    int epochsEnded = 0;
    std::vector<std::string> messages;
    bool done = false;
    TrainingResult result;
    std::string error;

    CancelToken cancel;
    PauseGate gate;
    // GUI thread only:
    RunMetricsFollower follower;
    int epochsRead = 0;
};

TrainingController::TrainingController(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<TrainingStatus>();
    qRegisterMetaType<RunEpochPoint>();
    delivery_.setInterval(kDeliveryIntervalMs);
    connect(&delivery_, &QTimer::timeout, this, &TrainingController::deliver);
}

TrainingController::~TrainingController()
{
    stopAndWait();
}

QString TrainingController::validateConfig(const QByteArray& configJson)
{
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(configJson.constData(), configJson.constData() + configJson.size());
    } catch (const nlohmann::json::parse_error& error) {
        return tr("config: not valid JSON (%1)").arg(QString::fromUtf8(error.what()));
    }
    TrainingConfig config;
    try {
        config = trainingConfigFromJson(json);
    } catch (const std::exception& error) {
        return QString::fromStdString(error.what());
    }
    // What the trainer would only find out after opening the dataset.
    const QFileInfo dataset(QString::fromStdString(config.dataset));
    if (!dataset.exists())
        return tr("dataset: %1 does not exist").arg(QDir::toNativeSeparators(dataset.filePath()));
    const BackboneDescription* backbone = findBackbone(config.backbone.name);
    const std::int64_t side = effectiveInputSize(config.backbone);
    if (backbone && side < backbone->minimumInputSize)
        return tr("backbone.input_size: %1 takes at least %2 pixels").arg(QString::fromStdString(backbone->title)).arg(backbone->minimumInputSize);
    if (backbone && backbone->inputMultiple > 1 && side % backbone->inputMultiple != 0)
        return tr("backbone.input_size: %1 needs a multiple of %2").arg(QString::fromStdString(backbone->title)).arg(backbone->inputMultiple);
    if (backbone && backbone->needsFile && !QFileInfo(QString::fromStdString(config.backbone.path)).isFile())
        return tr("backbone.path: choose the TorchScript file of the backbone");
    return {};
}

QString TrainingController::start(const QByteArray& configJson, const QString& runDirectory)
{
    if (isActive())
        return tr("a training run is already in progress");
    const QString problem = validateConfig(configJson);
    if (!problem.isEmpty())
        return problem;
    const TrainingConfig config = trainingConfigFromJson(nlohmann::json::parse(configJson.constData(), configJson.constData() + configJson.size()));
    runDirectory_ = runDirectory;
    lastStatus_ = {};
    auto mailbox = std::make_shared<Mailbox>(runDirectory.toStdString());
    mailbox->follower.poll(); // a resumed run's earlier epochs are history, not news
    mailbox_ = mailbox;
    const std::string directory = runDirectory.toStdString();
    thread_ = QThread::create([mailbox, config, directory] {
        TrainingResult result;
        std::string error;
        try {
            result = trainModel(config, directory, mailbox.get(), &mailbox->cancel, &mailbox->gate);
        } catch (const std::exception& e) {
            error = e.what();
        }
        std::lock_guard<std::mutex> lock(mailbox->mutex);
        mailbox->result = result;
        mailbox->error = error;
        mailbox->done = true;
    });
    thread_->setObjectName(QStringLiteral("training"));
    connect(thread_, &QThread::finished, this, [this] {
        deliver();
        const std::shared_ptr<Mailbox> mailbox = mailbox_;
        thread_->deleteLater();
        thread_ = nullptr;
        delivery_.stop();
        Outcome outcome = Outcome::Failed;
        QString text;
        {
            std::lock_guard<std::mutex> lock(mailbox->mutex);
            if (!mailbox->error.empty()) {
                text = QString::fromStdString(mailbox->error);
            } else {
                text = QString::fromStdString(mailbox->result.message);
                outcome = mailbox->result.status == TrainingResult::Status::Finished ? Outcome::Finished
                    : mailbox->result.status == TrainingResult::Status::Cancelled   ? Outcome::Stopped
                                                                                     : Outcome::Failed;
            }
        }
        setState(State::Idle);
        Q_EMIT finished(outcome, text);
    });
    setState(State::Running);
    delivery_.start();
    thread_->start(QThread::LowPriority); // the GUI thread keeps the upper hand on a busy machine
    Q_EMIT started(runDirectory);
    return {};
}

void TrainingController::pause()
{
    if (state_ != State::Running)
        return;
    mailbox_->gate.pause();
    setState(State::Paused);
}

void TrainingController::resume()
{
    if (state_ != State::Paused)
        return;
    mailbox_->gate.resume();
    setState(State::Running);
}

void TrainingController::stop()
{
    if (state_ != State::Running && state_ != State::Paused)
        return;
    mailbox_->cancel.cancel(); // the trainer writes its checkpoint at the next batch boundary
    mailbox_->gate.resume();
    setState(State::Stopping);
}

void TrainingController::stopAndWait()
{
    if (!thread_)
        return;
    mailbox_->cancel.cancel();
    mailbox_->gate.resume();
    thread_->wait();
}

void TrainingController::setState(State state)
{
    if (state == state_)
        return;
    state_ = state;
    Q_EMIT stateChanged(state);
}

void TrainingController::deliver()
{
    if (!mailbox_)
        return;
    Mailbox& m = *mailbox_;
    QVector<TrainingStep> steps;
    std::vector<std::string> messages;
    bool hasStatus = false;
    TrainingProgress status;
    int epochsEnded = 0;
    {
        std::lock_guard<std::mutex> lock(m.mutex);
        steps.swap(m.steps);
        messages.swap(m.messages);
        hasStatus = m.hasStatus;
        m.hasStatus = false;
        status = m.status;
        epochsEnded = m.epochsEnded;
    }
    for (const std::string& text : messages)
        Q_EMIT message(QString::fromStdString(text));
    if (hasStatus) {
        lastStatus_ = toStatus(status);
        Q_EMIT statusChanged(lastStatus_);
    }
    if (!steps.isEmpty())
        Q_EMIT stepsAdded(steps);
    if (epochsEnded > m.epochsRead) {
        const RunMetricsUpdate update = m.follower.poll();
        m.epochsRead = epochsEnded;
        for (const RunEpochPoint& e : update.epochs)
            Q_EMIT epochFinished(e);
        for (const std::string& problem : update.problems)
            Q_EMIT message(QString::fromStdString(problem));
    }
}

} // namespace tagscope::gui
