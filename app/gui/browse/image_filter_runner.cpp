#include "image_filter_runner.h"

#include <QCoreApplication>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace tagscope::gui {

ImageFilterRunner::ImageFilterRunner(QObject* parent) : QObject(parent) {}

ImageFilterRunner::~ImageFilterRunner()
{
    ++*latest_; // drops the running filter's result
    running_.waitForFinished();
}

void ImageFilterRunner::run(std::shared_ptr<const LoadedDataset> data, int tag, LabelState state)
{
    run(std::move(data), tag < 0 ? ImageFilter::all() : ImageFilter::label(tag, state));
}

void ImageFilterRunner::run(std::shared_ptr<const LoadedDataset> data, const ImageFilter& filter)
{
    const quint64 generation = ++*latest_;
    ++pending_;
    QPointer<ImageFilterRunner> self(this);
    auto latest = latest_;
    running_ = QtConcurrent::run([self, latest, generation, data = std::move(data), filter] {
        ImageFilterResult result = filterImages(*data, filter);
        // Delivered on the GUI thread; the QPointer is only read there, after the runner may be gone.
        QMetaObject::invokeMethod(
            qApp, [self, latest, generation, result = std::move(result), filter] {
                if (!self)
                    return;
                --self->pending_;
                if (latest->load() != generation)
                    return;
                if (result.error.isEmpty())
                    Q_EMIT self->finished(result.images, filter);
                else
                    Q_EMIT self->failed(result.error, filter);
            },
            Qt::QueuedConnection);
    });
}

bool ImageFilterRunner::isRunning() const
{
    return pending_ > 0;
}

} // namespace tagscope::gui
