#include "training_controller.h"

#include "engine_bridge/training_engine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <nlohmann/json.hpp>

namespace tagscope::gui {

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
    const QString engine = engineConfigError(configJson);
    if (!engine.isEmpty())
        return engine;
    // What the trainer would only find out after opening the dataset.
    const nlohmann::json config = nlohmann::json::parse(configJson.constData(), configJson.constData() + configJson.size());
    const QString dataset = QString::fromStdString(config.value("dataset", std::string()));
    if (!QFileInfo::exists(dataset))
        return tr("dataset: %1 does not exist").arg(QDir::toNativeSeparators(dataset));
    const nlohmann::json backbone = config.value("backbone", nlohmann::json::object());
    const QString name = QString::fromStdString(backbone.value("name", std::string("small_cnn")));
    for (const BackboneChoice& choice : backboneChoices()) {
        if (choice.name != name)
            continue;
        const int given = backbone.value("input_size", 0);
        const int side = given > 0 ? given : choice.defaultInputSize;
        if (side < choice.minimumInputSize)
            return tr("backbone.input_size: %1 takes at least %2 pixels").arg(choice.title).arg(choice.minimumInputSize);
        if (choice.inputMultiple > 1 && side % choice.inputMultiple != 0)
            return tr("backbone.input_size: %1 needs a multiple of %2").arg(choice.title).arg(choice.inputMultiple);
        if (choice.needsFile && !QFileInfo(QString::fromStdString(backbone.value("path", std::string()))).isFile())
            return tr("backbone.path: choose the TorchScript file of the backbone");
    }
    return {};
}

QString TrainingController::start(const QByteArray& configJson, const QString& runDirectory)
{
    if (isActive())
        return tr("a training run is already in progress");
    const QString problem = validateConfig(configJson);
    if (!problem.isEmpty())
        return problem;
    runDirectory_ = runDirectory;
    lastStatus_ = {};
    const nlohmann::json config = nlohmann::json::parse(configJson.constData(), configJson.constData() + configJson.size(), nullptr, false);
    const auto maxSteps = config.is_object() ? config.find("max_steps") : config.end();
    countsSteps_ = maxSteps != config.end() && maxSteps->is_number() && maxSteps->get<double>() > 0;
    const std::string directory = QFile::encodeName(runDirectory).toStdString();
    epochLines_ = std::make_unique<RunMetricsFollower>(directory + "/metrics.jsonl");
    epochLines_->poll(); // a resumed run's earlier epochs are history, not news
    epochsRead_ = 0;
    validationsRead_ = 0;
    auto session = std::make_shared<TrainingSession>(configJson, directory);
    session_ = session;
    thread_ = QThread::create([session] { session->run(); });
    thread_->setObjectName(QStringLiteral("training"));
    connect(thread_, &QThread::finished, this, [this] {
        deliver();
        const TrainingSession::Report last = session_->take();
        thread_->deleteLater();
        thread_ = nullptr;
        delivery_.stop();
        const Outcome outcome = last.outcome == TrainingSession::Outcome::Finished ? Outcome::Finished
            : last.outcome == TrainingSession::Outcome::Stopped                    ? Outcome::Stopped
                                                                                    : Outcome::Failed;
        setState(State::Idle);
        Q_EMIT finished(outcome, QString::fromStdString(last.message));
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
    session_->pause();
    setState(State::Paused);
}

void TrainingController::resume()
{
    if (state_ != State::Paused)
        return;
    session_->resume();
    setState(State::Running);
}

void TrainingController::stop()
{
    if (state_ != State::Running && state_ != State::Paused)
        return;
    session_->cancel();
    setState(State::Stopping);
}

void TrainingController::stopAndWait()
{
    if (!thread_)
        return;
    session_->cancel();
    thread_->wait();
    delete thread_;
    thread_ = nullptr;
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
    if (!session_)
        return;
    const TrainingSession::Report report = session_->take();
    for (const std::string& text : report.messages)
        Q_EMIT message(QString::fromStdString(text));
    if (report.hasStatus) {
        lastStatus_ = report.status;
        Q_EMIT statusChanged(lastStatus_);
    }
    if (!report.steps.isEmpty())
        Q_EMIT stepsAdded(report.steps);
    held_ = report.held;
    // The trainer logs an epoch or a validation before it says so.
    if (report.epochsEnded > epochsRead_ || report.validationsEnded > validationsRead_) {
        epochsRead_ = report.epochsEnded;
        validationsRead_ = report.validationsEnded;
        const RunMetricsUpdate update = epochLines_->poll();
        for (const RunEpochPoint& v : update.validations)
            Q_EMIT validated(v);
        for (const RunEpochPoint& e : update.epochs)
            Q_EMIT epochFinished(e);
        for (const std::string& problem : update.problems)
            Q_EMIT message(QString::fromStdString(problem));
    }
}

} // namespace tagscope::gui
