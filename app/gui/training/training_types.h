#pragma once
// What a training run reports to the GUI, as plain values the worker hands over (see TrainingController).
#include <QMetaType>
#include <QString>

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

} // namespace tagscope::gui

Q_DECLARE_METATYPE(tagscope::gui::TrainingStatus)
Q_DECLARE_METATYPE(tagscope::gui::TrainingStep)
