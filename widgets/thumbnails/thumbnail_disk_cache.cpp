#include "thumbnail_disk_cache.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace tagscope::ui {

namespace {
constexpr int kJpegQuality = 85;

// A JPEG cut short still decodes (with a grey bottom), so check both markers before trusting the file.
bool looksLikeCompleteJpeg(const QByteArray& bytes)
{
    return bytes.size() > 4 && uchar(bytes[0]) == 0xFF && uchar(bytes[1]) == 0xD8 && uchar(bytes[bytes.size() - 2]) == 0xFF
           && uchar(bytes[bytes.size() - 1]) == 0xD9;
}
} // namespace

ThumbnailDiskCache::ThumbnailDiskCache(QString directory) : directory_(std::move(directory)) {}

QString ThumbnailDiskCache::defaultDirectory()
{
    // Next to the engine's dataset and embedding caches ($XDG_CACHE_HOME/tagscope/...), not in Qt's
    // organisation/application folder (which would read ~/.cache/Tagscope/Tagscope).
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/tagscope/thumbnails");
}

QString ThumbnailDiskCache::keyFor(const QString& imagePath, int side, qint64* fileSize)
{
    const QFileInfo info(imagePath);
    if (!info.exists())
        return {};
    if (fileSize)
        *fileSize = info.size();
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(info.absoluteFilePath().toUtf8());
    hash.addData(QByteArray::number(info.size()) + '|' + QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + '|'
                 + QByteArray::number(side));
    return QString::fromLatin1(hash.result().toHex());
}

QString ThumbnailDiskCache::filePath(const QString& key) const
{
    return QStringLiteral("%1/%2/%3/%4.jpg").arg(directory_, key.left(2), key.mid(2, 2), key);
}

QImage ThumbnailDiskCache::read(const QString& key) const
{
    if (key.isEmpty())
        return {};
    QFile file(filePath(key));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    if (!looksLikeCompleteJpeg(bytes))
        return {};
    QImage image;
    if (!image.loadFromData(bytes, "JPEG"))
        return {};
    return image.convertToFormat(QImage::Format_RGB888);
}

bool ThumbnailDiskCache::write(const QString& key, const QImage& thumbnail) const
{
    if (key.isEmpty() || thumbnail.isNull())
        return false;
    const QString path = filePath(key);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!thumbnail.convertToFormat(QImage::Format_RGB888).save(&buffer, "JPEG", kJpegQuality))
        return false;
    // Written aside and renamed, so a reader on another thread never sees half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return false;
    return file.commit();
}

} // namespace tagscope::ui
