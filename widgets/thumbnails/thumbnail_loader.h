#pragma once
// Decodes thumbnails on a private thread pool, most urgent request first, and keeps a bounded memory
// cache. Requests that fall out of view are dropped before they are decoded (see setWanted), and only
// QImage crosses threads. With a disk cache, thumbnails are read from it when present and written to it
// by the worker that decoded them.
#include "image_source.h"
#include "thumbnail_disk_cache.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QThreadPool>
#include <QVector>

#include <functional>
#include <memory>

namespace tagscope::ui {

class ThumbnailLoader : public QObject {
    Q_OBJECT
public:
    enum class State { Missing, Pending, Loaded, Failed }; // Missing: neither cached nor requested

    explicit ThumbnailLoader(QObject* parent = nullptr);
    ~ThumbnailLoader() override;

    // A new source forgets every cached thumbnail and pending request.
    void setSource(std::shared_ptr<const ImageSource> source);
    std::shared_ptr<const ImageSource> source() const;

    void setThumbnailSide(int side); // clears the cache when it changes
    int thumbnailSide() const;
    void setCacheLimit(qint64 bytes);
    qint64 cacheLimit() const;
    qint64 cacheBytes() const;
    int cachedCount() const;
    void setMaxPending(int requests); // older requests beyond this are dropped
    void setThreadCount(int threads);
    void setDiskCache(std::shared_ptr<const ThumbnailDiskCache> cache); // null: none
    std::shared_ptr<const ThumbnailDiskCache> diskCache() const;

    State state(int image) const;
    QImage thumbnail(int image) const; // null unless loaded and still cached
    QString error(int image) const;    // why a failed image failed

    void request(int image); // pushed on top: decoded next
    // Replaces every pending request with these, decoded in this order; the rest is stale and dropped.
    // Images already cached, failed or being decoded are skipped.
    void setWanted(const QVector<int>& imagesByUrgency);
    void retainPending(const std::function<bool(int image)>& keep);
    void clearPending();
    int pendingCount() const;
    bool waitForIdle(int msecs = -1); // for shutdown and tests

Q_SIGNALS:
    void thumbnailReady(int image);
    void thumbnailFailed(int image);

private:
    struct Queue;
    class DecodeTask;
    void deliver(quint64 generation, int image, const QImage& thumbnail, const QString& error);
    void startWorkers();

    std::shared_ptr<Queue> queue_;
    QThreadPool pool_;
    QCache<int, QImage> cache_;
    QCache<int, QString> failed_; // bounded too: a dataset without image files fails on every image
};

} // namespace tagscope::ui
