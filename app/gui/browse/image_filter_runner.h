#pragma once
// Computes the grid's image list for an ImageFilter on a worker thread. A newer request makes older ones
// stale: their results are dropped.
#include "common/loaded_dataset.h"
#include "image_filter.h"

#include <QFuture>
#include <QObject>
#include <QVector>

#include <atomic>
#include <memory>

namespace tagscope::gui {

class ImageFilterRunner : public QObject {
    Q_OBJECT
public:
    explicit ImageFilterRunner(QObject* parent = nullptr);
    ~ImageFilterRunner() override; // waits for the running filter

    void run(std::shared_ptr<const LoadedDataset> data, const ImageFilter& filter);
    // tag < 0: all images.
    void run(std::shared_ptr<const LoadedDataset> data, int tag, LabelState state);
    bool isRunning() const;

Q_SIGNALS:
    void finished(const QVector<int>& images, const tagscope::gui::ImageFilter& filter);
    void failed(const QString& message, const tagscope::gui::ImageFilter& filter); // an expression that does not compile

private:
    std::shared_ptr<std::atomic<quint64>> latest_ = std::make_shared<std::atomic<quint64>>(0);
    QFuture<void> running_;
    int pending_ = 0;
};

} // namespace tagscope::gui
