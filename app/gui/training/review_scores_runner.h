#pragma once
// Makes the scores a label review reads, off the GUI thread: a run's tag probabilities on a split (the extraction
// `tagscope-cli predict` runs, written to the embedding cache), or K-fold cross-validation with a run's settings
// (`tagscope-cli crossval`, into a folder where a cancelled run carries on). Progress is polled every 100 ms. One
// job at a time; a cancelled job ends when its worker has stopped (a fold's checkpoint written), so that starting
// again on the same folder resumes it rather than racing it.
#include "engine_bridge/cross_validation_job.h"
#include "engine_bridge/embedding_extraction.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace tagscope::gui {

class ReviewScoresRunner : public QObject {
    Q_OBJECT
public:
    explicit ReviewScoresRunner(QObject* parent = nullptr);
    ~ReviewScoresRunner() override; // cancels and waits

    // False (and nothing starts) while a job runs.
    // applyCorrections: score the dataset as the window shows it, with or without the review decisions.
    bool predict(const QString& runDirectory, const QString& dataset, const QString& split, bool applyCorrections = true);
    bool crossValidate(const QByteArray& configJson, int folds, const QString& outputFolder);
    void cancel(); // the job stops at its next batch; cancelled() follows once it has
    bool isBusy() const { return busy_; }
    bool isCancelling() const { return cancelling_; }

Q_SIGNALS:
    void started(const QString& task);
    void progressChanged(qint64 done, qint64 total, const QString& phase);
    void finished(const QString& npyPath, const QString& summary);
    void failed(const QString& message);
    void cancelled();
    void busyChanged(bool busy);

private:
    struct Outcome {
        bool ok = false, cancelled = false;
        QString error, path;
        QString model;          // predictions: the model's description
        quint64 rows = 0;
        bool crossValidated = false;
        int foldsTrained = 0, foldsReused = 0;
    };
    template <typename Work> void launch(const QString& task, Work work);
    void done(const Outcome& outcome);
    void pollProgress();

    std::shared_ptr<EmbeddingExtraction> extraction_;
    std::shared_ptr<CrossValidationJob> crossValidation_;
    QFuture<void> running_;
    QTimer poll_;
    bool busy_ = false;
    bool cancelling_ = false;
};

} // namespace tagscope::gui
