#include "review_scores_runner.h"

#include "common/number_format.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace tagscope::gui {

ReviewScoresRunner::ReviewScoresRunner(QObject* parent) : QObject(parent)
{
    poll_.setInterval(100);
    connect(&poll_, &QTimer::timeout, this, &ReviewScoresRunner::pollProgress);
}

ReviewScoresRunner::~ReviewScoresRunner()
{
    if (extraction_)
        extraction_->cancel();
    if (crossValidation_)
        crossValidation_->cancel();
    running_.waitForFinished();
}

template <typename Work> void ReviewScoresRunner::launch(const QString& task, Work work)
{
    busy_ = true;
    cancelling_ = false;
    Q_EMIT busyChanged(true);
    Q_EMIT started(task);
    poll_.start();
    QPointer<ReviewScoresRunner> self(this);
    running_ = QtConcurrent::run([self, work] {
        const Outcome outcome = work();
        QMetaObject::invokeMethod(
            qApp, [self, outcome] {
                if (self)
                    self->done(outcome);
            },
            Qt::QueuedConnection);
    });
}

bool ReviewScoresRunner::predict(const QString& runDirectory, const QString& dataset, const QString& split, bool applyCorrections)
{
    if (busy_)
        return false;
    EmbeddingExtractionRequest request;
    request.model = runDirectory;
    request.dataset = dataset;
    request.split = split;
    request.probabilities = true;
    request.applyCorrections = applyCorrections;
    auto extraction = std::make_shared<EmbeddingExtraction>(request);
    extraction_ = extraction;
    launch(tr("Scoring the %1 images with %2").arg(split, QDir(runDirectory).dirName()), [extraction] {
        const EmbeddingExtractionResult result = extraction->run();
        Outcome outcome;
        outcome.ok = result.ok;
        outcome.cancelled = result.cancelled;
        outcome.error = result.error;
        outcome.path = result.path;
        outcome.model = result.description;
        outcome.rows = result.images.size();
        return outcome;
    });
    return true;
}

bool ReviewScoresRunner::crossValidate(const QByteArray& configJson, int folds, const QString& outputFolder)
{
    if (busy_)
        return false;
    auto job = std::make_shared<CrossValidationJob>(CrossValidationJobRequest{configJson, folds, outputFolder});
    crossValidation_ = job;
    launch(tr("Cross-validating with %n fold(s)", nullptr, folds), [job] {
        const CrossValidationJobResult result = job->run();
        Outcome outcome;
        outcome.ok = result.ok;
        outcome.cancelled = result.cancelled;
        outcome.error = result.error;
        outcome.path = result.scores;
        outcome.rows = result.rows;
        outcome.crossValidated = true;
        outcome.foldsTrained = result.foldsTrained;
        outcome.foldsReused = result.foldsReused;
        return outcome;
    });
    return true;
}

void ReviewScoresRunner::cancel()
{
    if (!busy_ || cancelling_)
        return;
    cancelling_ = true;
    if (extraction_)
        extraction_->cancel();
    if (crossValidation_)
        crossValidation_->cancel();
}

void ReviewScoresRunner::pollProgress()
{
    if (extraction_) {
        const EmbeddingExtraction::Progress p = extraction_->progress();
        Q_EMIT progressChanged(static_cast<qint64>(p.done), static_cast<qint64>(p.total), p.phase);
    } else if (crossValidation_) {
        const CrossValidationJob::Progress p = crossValidation_->progress();
        // The folds as the overall measure: fold k of K with its own steps as the fraction of the k-th part.
        const qint64 scale = 1000;
        const qint64 within = p.total > 0 ? static_cast<qint64>(scale * p.done / p.total) : 0;
        const qint64 done = p.fold > 0 ? (p.fold - 1) * scale + within : 0;
        const QString phase = p.fold > 0 ? tr("Fold %1 of %2: %3").arg(p.fold).arg(p.folds).arg(p.phase) : p.phase;
        Q_EMIT progressChanged(done, static_cast<qint64>(p.folds) * scale, phase);
    }
}

void ReviewScoresRunner::done(const Outcome& outcome)
{
    poll_.stop();
    extraction_.reset();
    crossValidation_.reset();
    busy_ = false;
    const bool wasCancelled = cancelling_ || outcome.cancelled;
    cancelling_ = false;
    Q_EMIT busyChanged(false);
    if (outcome.ok)
        Q_EMIT finished(outcome.path, outcome.crossValidated
                                          ? tr("out-of-fold scores of %Ln image(s), %1 fold(s) trained and %2 kept from before", nullptr,
                                               static_cast<int>(outcome.rows))
                                                .arg(outcome.foldsTrained)
                                                .arg(outcome.foldsReused)
                                          : tr("%Ln image(s) scored with %1", nullptr, static_cast<int>(outcome.rows)).arg(outcome.model));
    else if (wasCancelled)
        Q_EMIT cancelled();
    else
        Q_EMIT failed(outcome.error);
}

} // namespace tagscope::gui
