#pragma once
// Runs the engine Trainer in a worker QThread: start, pause, resume and stop (a stop writes a checkpoint, so
// the run can be resumed). The worker never touches a widget: its observer writes into a mailbox under a
// mutex, and the GUI thread empties the mailbox every 40 ms (about 25 Hz), sending the batched points on as
// signals however fast the steps come. The epoch figures are read back from the run's metrics.jsonl, the record
// every reader of a run shares. No LibTorch in this header: the main window includes it.
#include "training/run_history.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QVector>

#include <memory>

class QThread;

namespace tagscope::gui {

struct TrainingStatus {
    QString phase; // "Opening the dataset", "Decoding training images", "Training", "Evaluating", ...
    quint64 done = 0, total = 0; // of a preparation phase
    int epoch = 0, epochs = 0;
    qint64 batch = 0, batchesPerEpoch = 0, step = 0, totalSteps = 0;
    double loss = 0, smoothedLoss = 0, learningRate = 0, imagesPerSecond = 0, etaSeconds = 0;
};

struct TrainingStep {
    qint64 step = 0;
    double loss = 0, smoothedLoss = 0, learningRate = 0;
};

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
    QString runDirectory() const { return runDirectory_; }
    TrainingStatus lastStatus() const { return lastStatus_; }

    // The engine's verdict on a config: "" when valid, else "key: message" (the key names the field).
    static QString validateConfig(const QByteArray& configJson);

Q_SIGNALS:
    void started(const QString& runDirectory);
    void stateChanged(tagscope::gui::TrainingController::State state);
    void statusChanged(const tagscope::gui::TrainingStatus& status);
    void stepsAdded(const QVector<tagscope::gui::TrainingStep>& steps);
    void epochFinished(const tagscope::RunEpochPoint& epoch); // as logged in the run's metrics.jsonl
    void message(const QString& text);
    void finished(tagscope::gui::TrainingController::Outcome outcome, const QString& message);

private:
    struct Mailbox;
    void deliver();
    void setState(State state);

    std::shared_ptr<Mailbox> mailbox_;
    QThread* thread_ = nullptr;
    QTimer delivery_;
    State state_ = State::Idle;
    QString runDirectory_;
    TrainingStatus lastStatus_;
};

} // namespace tagscope::gui

Q_DECLARE_METATYPE(tagscope::gui::TrainingStatus)
Q_DECLARE_METATYPE(tagscope::gui::TrainingStep)
Q_DECLARE_METATYPE(tagscope::RunEpochPoint)
