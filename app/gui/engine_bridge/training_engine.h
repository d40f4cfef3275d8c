#pragma once
// The GUI's only door to the LibTorch half of the engine for training: the registries as plain choices, the
// engine's defaults and config validation, and a training session run by a worker thread. Its sources live
// apart from the translated GUI sources (this folder is not scanned by lupdate, which would otherwise parse the
// LibTorch headers) and hold no user-visible text of their own: engine messages are passed on as they are.
#include "forms/parameter_form.h"
#include "training/training_types.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <memory>
#include <string>
#include <vector>

namespace tagscope::gui {

struct BackboneChoice {
    QString name, title, summary;
    int defaultInputSize = 224, minimumInputSize = 16, inputMultiple = 1;
    bool supportsDropPath = false, needsFile = false;
};

struct LossChoice {
    QString name, title, family, summary; // family: "multilabel" or "metric"
    QVector<ui::FieldSpec> parameters;    // from the loss registry: type, default, range, choices, help
};

struct DeviceChoice {
    QString id, label; // "cpu", "cuda:0"
};

QVector<BackboneChoice> backboneChoices();
QVector<LossChoice> lossChoices();
QVector<DeviceChoice> computeDevices();
QByteArray defaultTrainingConfig(); // every key at the engine's default, as `tagscope-cli train` would start
QString engineConfigError(const QByteArray& configJson); // "" when the engine accepts it, else "key: message"

// One training run. run() trains in the calling thread (the worker); the other members are called from the
// GUI thread: take() hands over what happened since the last call.
class TrainingSession {
public:
    enum class Outcome { Finished, Stopped, Failed };
    struct Report {
        bool hasStatus = false;
        TrainingStatus status;
        QVector<TrainingStep> steps;
        std::vector<std::string> messages;
        int epochsEnded = 0;      // in total so far
        int validationsEnded = 0; // validations by step, in total so far
        bool held = false;   // paused, and the trainer waits: the steps above are all it took before the pause
        bool done = false;
        Outcome outcome = Outcome::Failed;
        std::string message; // the trainer's last word, or the error that stopped it
    };

    TrainingSession(QByteArray configJson, std::string runDirectory);
    ~TrainingSession();

    void run();
    void pause();
    void resume();
    void cancel(); // the trainer writes a checkpoint at the next batch boundary and returns
    Report take();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace tagscope::gui
