#include "dataset_controller.h"

#include "common/progress.h"
#include "dataset/dataset_opener.h"
#include "dataset/demo_generator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <exception>
#include <new>

namespace tagscope::gui {

// Written by the worker through the engine's progress callback, read by a GUI timer: the worker never
// posts events, so a fast importer cannot flood the event loop.
struct JobProgress {
    std::atomic<quint64> done{0};
    std::atomic<quint64> total{0};
    QMutex mutex;
    QString phase;

    void set(quint64 d, quint64 t, const QString& p)
    {
        done = d;
        total = t;
        QMutexLocker lock(&mutex);
        phase = p;
    }
    ProgressCallback callback()
    {
        return [this](std::uint64_t d, std::uint64_t t, const std::string& p) { set(d, t, QString::fromStdString(p)); };
    }
};

namespace {

std::string toEnginePath(const QString& path)
{
    return QFile::encodeName(QDir::cleanPath(path)).toStdString();
}

// Runs on a pool thread: engine calls and plain data only.
DatasetController::Outcome runJob(const DatasetController::Job& job, const CancelToken& token, JobProgress& jobProgress)
{
    const ProgressCallback progress = jobProgress.callback();
    auto setPhase = [&jobProgress](const QString& phase) { jobProgress.set(0, 0, phase); };
    DatasetController::Outcome outcome;
    try {
        const std::string path = toEnginePath(job.path);
        if (job.kind == DatasetController::Job::Kind::Demo && detectDatasetFormat(path).empty()) {
            setPhase(QCoreApplication::translate("DatasetController", "Generating the demo dataset"));
            DemoOptions options;
            options.outputFolder = path;
            generateDemoDataset(options, progress, &token);
            if (token.cancelled()) {
                outcome.cancelled = true;
                return outcome;
            }
        }
        OpenOptions options;
        options.applyCorrections = job.applyCorrections;
        if (job.kind == DatasetController::Job::Kind::Refresh)
            setPhase(QCoreApplication::translate("DatasetController", "Applying the review corrections"));
        OpenResult opened = openDataset(path, options, progress, &token);
        ImportResult& result = opened.import;
        if (!opened.cacheWarning.empty())
            result.report.add({opened.cachePath, 0, opened.cacheWarning}); // shown with the import issues
        for (const CorrectionIssue& issue : opened.corrections.issues)
            result.report.add({issue.file, issue.line, issue.message});
        if (token.cancelled()) {
            outcome.cancelled = true; // a partial import is discarded: the open dataset stays as it was
            return outcome;
        }
        setPhase(QCoreApplication::translate("DatasetController", "Computing statistics"));
        auto loaded = std::make_shared<LoadedDataset>();
        loaded->path = job.path;
        loaded->dataset = std::move(result.dataset);
        loaded->report = std::move(result.report);
        loaded->correctionsRequested = job.applyCorrections;
        loaded->corrections = std::move(opened.corrections);
        loaded->statistics = computeStatistics(loaded->dataset);
        setPhase(QCoreApplication::translate("DatasetController", "Indexing tags"));
        loaded->index = TagIndex(loaded->dataset);
        outcome.dataset = std::move(loaded);
    } catch (const std::bad_alloc&) {
        outcome.error = QCoreApplication::translate("DatasetController", "%1: not enough memory to load this dataset")
                            .arg(QDir::toNativeSeparators(job.path));
    } catch (const std::exception& error) {
        outcome.error = QString::fromStdString(error.what());
    }
    return outcome;
}

} // namespace

DatasetController::DatasetController(QObject* parent) : QObject(parent)
{
    progressTimer_.setInterval(100);
    connect(&progressTimer_, &QTimer::timeout, this, &DatasetController::pollProgress);
    connect(&watcher_, &QFutureWatcher<Outcome>::finished, this, &DatasetController::jobFinished);
}

DatasetController::~DatasetController()
{
    watcher_.disconnect(this);
    cancelAndWait();
}

QString DatasetController::demoFolder()
{
    return QFile::decodeName(QByteArray::fromStdString(defaultDemoFolder()));
}

void DatasetController::open(const QString& path, bool applyCorrections)
{
    start({Job::Kind::Open, path, applyCorrections});
}

void DatasetController::refresh(const QString& path, bool applyCorrections)
{
    start({Job::Kind::Refresh, path, applyCorrections});
}

void DatasetController::openDemo(bool applyCorrections)
{
    start({Job::Kind::Demo, demoFolder(), applyCorrections});
}

void DatasetController::cancel()
{
    queued_.reset();
    if (token_)
        token_->cancel();
}

void DatasetController::cancelAndWait()
{
    cancel();
    if (!busy_)
        return;
    watcher_.waitForFinished();
    // Silent on purpose: this runs while the window closes or is destroyed, when nobody should be told.
    // The watcher's queued "finished" then finds no running job and is ignored.
    progressTimer_.stop();
    running_.reset();
    busy_ = false;
}

QString DatasetController::currentTask() const
{
    if (!running_)
        return {};
    if (running_->kind == Job::Kind::Demo)
        return tr("Opening the demo dataset");
    if (running_->kind == Job::Kind::Refresh)
        return tr("Updating the review corrections");
    const QString name = QFileInfo(QDir::cleanPath(running_->path)).fileName();
    return tr("Opening %1").arg(name.isEmpty() ? QDir::toNativeSeparators(running_->path) : name);
}

void DatasetController::start(const Job& job)
{
    if (busy_) {
        // The running job is cancelled; the newest request starts once it has returned.
        queued_ = job;
        token_->cancel();
        return;
    }
    running_ = job;
    token_ = std::make_shared<CancelToken>();
    progress_ = std::make_shared<JobProgress>();
    busy_ = true;
    // The task owns its token and progress, so neither dangles if the controller goes first.
    watcher_.setFuture(QtConcurrent::run([job, token = token_, progress = progress_] { return runJob(job, *token, *progress); }));
    progressTimer_.start();
    Q_EMIT busyChanged(true);
    Q_EMIT started(currentTask());
}

void DatasetController::pollProgress()
{
    if (!progress_)
        return;
    QString phase;
    {
        QMutexLocker lock(&progress_->mutex);
        phase = progress_->phase;
    }
    Q_EMIT progressChanged(progress_->done, progress_->total, phase);
}

void DatasetController::jobFinished()
{
    if (!running_)
        return; // already wound up by cancelAndWait()
    progressTimer_.stop();
    const Outcome outcome = watcher_.result();
    const Job job = *running_;
    running_.reset();
    busy_ = false;
    if (queued_) {
        const Job next = *queued_;
        queued_.reset();
        start(next);
        return;
    }
    Q_EMIT busyChanged(false);
    if (outcome.dataset && job.kind == Job::Kind::Refresh)
        Q_EMIT refreshed(outcome.dataset);
    else if (outcome.dataset)
        Q_EMIT loaded(outcome.dataset);
    else if (outcome.cancelled)
        Q_EMIT cancelled(job.path);
    else
        Q_EMIT failed(job.path, outcome.error);
}

} // namespace tagscope::gui
