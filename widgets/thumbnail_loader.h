#pragma once
// Decodes thumbnails on a private thread pool, newest request first, and keeps a bounded cache.
// Requests that fall out of view are dropped before they are decoded (see retainPending), and only
// QImage crosses threads.
#include "image_source.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QThreadPool>

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

    State state(int image) const;
    QImage thumbnail(int image) const; // null unless loaded and still cached
    QString error(int image) const;    // why a failed image failed

    void request(int image);
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
    QHash<int, QString> failed_;
};

} // namespace tagscope::ui
