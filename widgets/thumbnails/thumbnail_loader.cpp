#include "thumbnail_loader.h"

#include <QMutex>
#include <QRunnable>
#include <QThread>

#include <algorithm>
#include <exception>
#include <list>
#include <unordered_map>

namespace tagscope::ui {

namespace {
constexpr qint64 kDefaultCacheBytes = 96ll * 1024 * 1024; // ~2000 thumbnails of 128 px
constexpr int kDefaultMaxPending = 512;
constexpr int kMaxRememberedFailures = 100000;
} // namespace

// Shared with the decode tasks, which may outlive a request but never the loader (it waits for them).
struct ThumbnailLoader::Queue {
    QMutex mutex;
    std::list<int> stack; // back: the newest request, decoded first
    std::unordered_map<int, std::list<int>::iterator> queued;
    QHash<int, quint64> inFlight; // image -> generation it was taken in
    std::shared_ptr<const ImageSource> source;
    std::shared_ptr<const ThumbnailDiskCache> diskCache;
    quint64 generation = 0; // bumped whenever earlier results become stale
    int side = 128;
    int maxPending = kDefaultMaxPending;
    int maxWorkers = 2;
    int activeWorkers = 0;
    bool stopping = false;

    void dropAllLocked()
    {
        stack.clear();
        queued.clear();
        inFlight.clear();
        ++generation;
    }
};

// Takes the newest request until none is left, so a scroll reorders work without restarting tasks.
class ThumbnailLoader::DecodeTask : public QRunnable {
public:
    DecodeTask(std::shared_ptr<Queue> queue, ThumbnailLoader* receiver) : queue_(std::move(queue)), receiver_(receiver) {}

    void run() override
    {
        for (;;) {
            int image = 0;
            quint64 generation = 0;
            int side = 0;
            std::shared_ptr<const ImageSource> source;
            std::shared_ptr<const ThumbnailDiskCache> diskCache;
            {
                QMutexLocker lock(&queue_->mutex);
                if (queue_->stopping || queue_->stack.empty()) {
                    --queue_->activeWorkers;
                    return;
                }
                image = queue_->stack.back();
                queue_->stack.pop_back();
                queue_->queued.erase(image);
                generation = queue_->generation;
                queue_->inFlight.insert(image, generation);
                source = queue_->source;
                diskCache = queue_->diskCache;
                side = queue_->side;
            }
            QString error;
            QImage thumbnail;
            try {
                if (source)
                    thumbnail = loadOne(*source, diskCache.get(), image, side, &error);
            } catch (const std::exception& e) {
                error = QString::fromUtf8(e.what());
            }
            if (thumbnail.isNull() && error.isEmpty())
                error = ThumbnailLoader::tr("The image could not be decoded.");
            ThumbnailLoader* receiver = receiver_;
            QMetaObject::invokeMethod(
                receiver, [receiver, generation, image, thumbnail, error] { receiver->deliver(generation, image, thumbnail, error); },
                Qt::QueuedConnection);
        }
    }

private:
    static QImage loadOne(const ImageSource& source, const ThumbnailDiskCache* diskCache, int image, int side, QString* error)
    {
        qint64 fileSize = 0;
        QString key = diskCache ? ThumbnailDiskCache::keyFor(source.imagePath(image), side, &fileSize) : QString();
        if (!key.isEmpty() && !diskCache->isWorthCaching(fileSize))
            key.clear();
        if (!key.isEmpty()) {
            QImage cached = diskCache->read(key);
            if (!cached.isNull())
                return cached;
        }
        QImage thumbnail = source.loadThumbnail(image, side, error);
        if (!key.isEmpty() && !thumbnail.isNull())
            diskCache->write(key, thumbnail); // a damaged file under the key is replaced here
        return thumbnail;
    }

    std::shared_ptr<Queue> queue_;
    ThumbnailLoader* receiver_;
};

ThumbnailLoader::ThumbnailLoader(QObject* parent) : QObject(parent), queue_(std::make_shared<Queue>())
{
    cache_.setMaxCost(kDefaultCacheBytes);
    failed_.setMaxCost(kMaxRememberedFailures);
    setThreadCount(std::max(2, QThread::idealThreadCount() - 1));
}

ThumbnailLoader::~ThumbnailLoader()
{
    {
        QMutexLocker lock(&queue_->mutex);
        queue_->stopping = true;
        queue_->dropAllLocked();
    }
    pool_.waitForDone();
}

void ThumbnailLoader::setSource(std::shared_ptr<const ImageSource> source)
{
    {
        QMutexLocker lock(&queue_->mutex);
        queue_->dropAllLocked();
        queue_->source = std::move(source);
    }
    cache_.clear();
    failed_.clear();
}

std::shared_ptr<const ImageSource> ThumbnailLoader::source() const
{
    QMutexLocker lock(&queue_->mutex);
    return queue_->source;
}

void ThumbnailLoader::setThumbnailSide(int side)
{
    {
        QMutexLocker lock(&queue_->mutex);
        if (queue_->side == side)
            return;
        queue_->dropAllLocked();
        queue_->side = side;
    }
    cache_.clear();
    failed_.clear();
}

int ThumbnailLoader::thumbnailSide() const
{
    QMutexLocker lock(&queue_->mutex);
    return queue_->side;
}

void ThumbnailLoader::setCacheLimit(qint64 bytes)
{
    cache_.setMaxCost(std::max<qint64>(bytes, 1));
}

qint64 ThumbnailLoader::cacheLimit() const
{
    return cache_.maxCost();
}

qint64 ThumbnailLoader::cacheBytes() const
{
    return cache_.totalCost();
}

int ThumbnailLoader::cachedCount() const
{
    return static_cast<int>(cache_.count());
}

void ThumbnailLoader::setMaxPending(int requests)
{
    QMutexLocker lock(&queue_->mutex);
    queue_->maxPending = std::max(1, requests);
}

void ThumbnailLoader::setThreadCount(int threads)
{
    threads = std::max(1, threads);
    pool_.setMaxThreadCount(threads);
    QMutexLocker lock(&queue_->mutex);
    queue_->maxWorkers = threads;
}

void ThumbnailLoader::setDiskCache(std::shared_ptr<const ThumbnailDiskCache> cache)
{
    QMutexLocker lock(&queue_->mutex);
    queue_->diskCache = std::move(cache);
}

std::shared_ptr<const ThumbnailDiskCache> ThumbnailLoader::diskCache() const
{
    QMutexLocker lock(&queue_->mutex);
    return queue_->diskCache;
}

ThumbnailLoader::State ThumbnailLoader::state(int image) const
{
    if (cache_.contains(image))
        return State::Loaded;
    if (failed_.contains(image))
        return State::Failed;
    QMutexLocker lock(&queue_->mutex);
    if (queue_->queued.count(image) || queue_->inFlight.contains(image))
        return State::Pending;
    return State::Missing;
}

QImage ThumbnailLoader::thumbnail(int image) const
{
    const QImage* cached = cache_.object(image);
    return cached ? *cached : QImage();
}

QString ThumbnailLoader::error(int image) const
{
    const QString* message = failed_.object(image);
    return message ? *message : QString();
}

void ThumbnailLoader::request(int image)
{
    if (cache_.contains(image) || failed_.contains(image))
        return;
    {
        QMutexLocker lock(&queue_->mutex);
        Queue& q = *queue_;
        if (!q.source || q.stopping || q.inFlight.contains(image))
            return;
        auto found = q.queued.find(image);
        if (found != q.queued.end()) {
            q.stack.splice(q.stack.end(), q.stack, found->second); // asked again: it is the newest now
        } else {
            q.stack.push_back(image);
            q.queued.emplace(image, std::prev(q.stack.end()));
            while (static_cast<int>(q.stack.size()) > q.maxPending) {
                q.queued.erase(q.stack.front()); // the oldest request is the least likely to still be on screen
                q.stack.pop_front();
            }
        }
    }
    startWorkers();
}

void ThumbnailLoader::setWanted(const QVector<int>& imagesByUrgency)
{
    {
        QMutexLocker lock(&queue_->mutex);
        Queue& q = *queue_;
        q.stack.clear();
        q.queued.clear();
        if (!q.source || q.stopping)
            return;
        // The stack is taken from the back, so the most urgent image goes in last.
        const int limit = std::min<int>(q.maxPending, imagesByUrgency.size());
        for (int i = limit - 1; i >= 0; --i) {
            const int image = imagesByUrgency[i];
            if (cache_.contains(image) || failed_.contains(image) || q.inFlight.contains(image) || q.queued.count(image))
                continue;
            q.stack.push_back(image);
            q.queued.emplace(image, std::prev(q.stack.end()));
        }
    }
    startWorkers();
}

void ThumbnailLoader::startWorkers()
{
    QMutexLocker lock(&queue_->mutex);
    Queue& q = *queue_;
    while (q.activeWorkers < q.maxWorkers && q.activeWorkers < static_cast<int>(q.stack.size())) {
        ++q.activeWorkers;
        pool_.start(new DecodeTask(queue_, this));
    }
}

void ThumbnailLoader::retainPending(const std::function<bool(int)>& keep)
{
    QMutexLocker lock(&queue_->mutex);
    Queue& q = *queue_;
    for (auto it = q.stack.begin(); it != q.stack.end();) {
        if (keep(*it)) {
            ++it;
        } else {
            q.queued.erase(*it);
            it = q.stack.erase(it);
        }
    }
}

void ThumbnailLoader::clearPending()
{
    QMutexLocker lock(&queue_->mutex);
    queue_->stack.clear();
    queue_->queued.clear();
}

int ThumbnailLoader::pendingCount() const
{
    QMutexLocker lock(&queue_->mutex);
    return static_cast<int>(queue_->stack.size() + queue_->inFlight.size());
}

bool ThumbnailLoader::waitForIdle(int msecs)
{
    return pool_.waitForDone(msecs);
}

void ThumbnailLoader::deliver(quint64 generation, int image, const QImage& thumbnail, const QString& error)
{
    {
        QMutexLocker lock(&queue_->mutex);
        if (generation != queue_->generation)
            return; // decoded for a source or size that is gone
        queue_->inFlight.remove(image);
    }
    if (thumbnail.isNull()) {
        failed_.insert(image, new QString(error));
        Q_EMIT thumbnailFailed(image);
        return;
    }
    // A thumbnail larger than the whole cache still gets stored (alone); dropping it would make the view
    // ask for it again at once, forever.
    const qint64 cost = std::min<qint64>(thumbnail.sizeInBytes(), cache_.maxCost());
    cache_.insert(image, new QImage(thumbnail), cost);
    Q_EMIT thumbnailReady(image);
}

} // namespace tagscope::ui
