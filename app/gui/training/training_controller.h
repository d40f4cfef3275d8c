#pragma once
// Runs the engine Trainer (a TrainingSession) in a worker QThread: start, pause, resume and stop (a stop
// writes a checkpoint, so the run can be resumed). The worker never touches a widget: its observer writes into a
// report under a mutex, and the GUI thread takes the report every 40 ms (about 25 Hz), sending the batched
// points on as signals however fast the steps come. The epoch figures are read back from the run's
// metrics.jsonl, the record every reader of a run shares.
#include "training_types.h"

#include "training/run_history.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QVector>

#include <memory>

class QThread;

namespace tagscope::gui {

class TrainingSession;

class TrainingController : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Running, Paused, Stopping };
    Q_ENUM(State)
    enum class Outcome { Finished, Stopped, Failed };
    Q_ENUM(Outcome)
    static constexpr int kDeliveryIntervalMs = 40;

    explicit TrainingController(QObject* parent = nullptr);
    ~TrainingController() override; // stops a run (writing its checkpoint) and waits for the thread

    // Checks `configJson` with the engine's validation and starts the run in `runDirectory` (resumed there if it
    // holds a checkpoint). Returns the validation message, "" when started.
    QString start(const QByteArray& configJson, const QString& runDirectory);
    void pause();
    void resume();
    void stop();         // returns at once; finished() follows when the checkpoint is written
    void stopAndWait();  // for destruction only: blocks until the worker is done

    State state() const { return state_; }
    bool isActive() const { return state_ != State::Idle; }
    // Paused, and the trainer holds between two batches with every step it took delivered.
    bool isHeld() const { return held_; }
    QString runDirectory() const { return runDirectory_; }
    // The run started last is counted in steps (its config sets max_steps): progress shows steps, not epochs.
    bool countsSteps() const { return countsSteps_; }
    TrainingStatus lastStatus() const { return lastStatus_; }

    // The engine's verdict on a config: "" when valid, else "key: message" (the key names the field).
    static QString validateConfig(const QByteArray& configJson);

Q_SIGNALS:
    void started(const QString& runDirectory);
    void stateChanged(tagscope::gui::TrainingController::State state);
    void statusChanged(const tagscope::gui::TrainingStatus& status);
    void stepsAdded(const QVector<tagscope::gui::TrainingStep>& steps);
    void epochFinished(const tagscope::RunEpochPoint& epoch); // as logged in the run's metrics.jsonl
    void validated(const tagscope::RunEpochPoint& validation); // a validation by step, as logged there
    void message(const QString& text);
    void finished(tagscope::gui::TrainingController::Outcome outcome, const QString& message);

private:
    void deliver();
    void setState(State state);

    std::shared_ptr<TrainingSession> session_;
    std::unique_ptr<RunMetricsFollower> epochLines_; // the run's metrics.jsonl, read when an epoch ends
    int epochsRead_ = 0;
    int validationsRead_ = 0;
    bool countsSteps_ = false;
    QThread* thread_ = nullptr;
    QTimer delivery_;
    State state_ = State::Idle;
    QString runDirectory_;
    TrainingStatus lastStatus_;
    bool held_ = false;
};

} // namespace tagscope::gui

Q_DECLARE_METATYPE(tagscope::RunEpochPoint)
