#pragma once
// Thumbnails kept on disk between runs, so a folder seen before fills its grid without decoding the
// originals again. A thumbnail is found by a hash of the file's path, size and modification time and of
// the thumbnail size: an edited image, or another size, simply misses. Files are small JPEGs spread over
// a two-level folder fan-out (ab/cd/<hash>.jpg). Thread-safe: it only touches the file system.
#include <QImage>
#include <QString>

namespace tagscope::ui {

class ThumbnailDiskCache {
public:
    explicit ThumbnailDiskCache(QString directory);
    static QString defaultDirectory(); // <user cache folder>/tagscope/thumbnails

    const QString& directory() const { return directory_; }

    // The key of the file as it is now; empty when the file does not exist.
    static QString keyFor(const QString& imagePath, int side, qint64* fileSize = nullptr);
    // Small originals decode about as fast as a cached thumbnail reads back: not worth the disk space.
    void setMinimumFileSize(qint64 bytes) { minimumFileSize_ = bytes; }
    bool isWorthCaching(qint64 fileSize) const { return fileSize >= minimumFileSize_; }
    QString filePath(const QString& key) const;

    // Null when nothing is stored under the key or the stored file is damaged (it is then rewritten later).
    QImage read(const QString& key) const;
    bool write(const QString& key, const QImage& thumbnail) const;

private:
    QString directory_;
    qint64 minimumFileSize_ = 32 * 1024;
};

} // namespace tagscope::ui
