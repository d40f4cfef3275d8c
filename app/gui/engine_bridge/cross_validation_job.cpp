#include "quality/cross_validation.h" // torch first: Qt's `slots` would clash with it
#include "training/training_config.h"

#include "engine_bridge/cross_validation_job.h"

#include <QMutex>
#include <QMutexLocker>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <exception>

namespace tagscope::gui {

struct CrossValidationJob::Impl : TrainingObserver {
    CrossValidationJobRequest request;
    CancelToken cancel;
    mutable QMutex mutex;
    Progress state;

    // The engine says "fold K/N: ..." as each fold starts: that is the fold the progress is about.
    void message(const std::string& text) override
    {
        QMutexLocker lock(&mutex);
        int fold = 0, folds = 0;
        if (std::sscanf(text.c_str(), "fold %d/%d", &fold, &folds) == 2) {
            state.fold = fold;
            state.folds = folds;
            state.done = state.total = 0;
        }
        state.phase = QString::fromStdString(text);
    }
    void progress(const TrainingProgress& p) override
    {
        QMutexLocker lock(&mutex);
        if (p.totalSteps > 0) {
            state.done = static_cast<quint64>(p.step);
            state.total = static_cast<quint64>(p.totalSteps);
        } else {
            state.done = p.done;
            state.total = p.total;
        }
        if (!p.phase.empty())
            state.phase = QString::fromStdString(p.phase);
    }
};

CrossValidationJob::CrossValidationJob(CrossValidationJobRequest request) : impl_(std::make_unique<Impl>())
{
    impl_->request = std::move(request);
    impl_->state.folds = impl_->request.folds;
}

CrossValidationJob::~CrossValidationJob() = default;

void CrossValidationJob::cancel()
{
    impl_->cancel.cancel();
}

CrossValidationJob::Progress CrossValidationJob::progress() const
{
    QMutexLocker lock(&impl_->mutex);
    return impl_->state;
}

CrossValidationJobResult CrossValidationJob::run()
{
    const CrossValidationJobRequest& r = impl_->request;
    CrossValidationJobResult result;
    try {
        const QByteArray& json = r.configJson;
        CrossValidationRequest request;
        request.config = trainingConfigFromJson(nlohmann::json::parse(json.constData(), json.constData() + json.size()));
        request.folds = r.folds;
        request.output = r.output.toStdString();
        const std::optional<CrossValidationResult> done = crossValidate(request, impl_.get(), &impl_->cancel);
        if (!done) {
            result.cancelled = true;
            return result;
        }
        result.scores = QString::fromStdString(done->scores);
        result.rows = done->rows;
        result.tags = done->tags;
        result.foldsTrained = done->foldsTrained;
        result.foldsReused = done->foldsReused;
        result.ok = true;
    } catch (const std::exception& error) {
        result.error = QString::fromStdString(error.what());
    }
    return result;
}

} // namespace tagscope::gui
