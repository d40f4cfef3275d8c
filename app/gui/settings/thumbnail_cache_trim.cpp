#include "thumbnail_cache_trim.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace tagscope::gui {

namespace {

struct CachedFile {
    QString path;
    qint64 size = 0;
    qint64 written = 0; // ms since the epoch
};

std::vector<CachedFile> cachedFiles(const QString& folder)
{
    static const QRegularExpression cacheFile(QStringLiteral("^([0-9a-f]{2})/([0-9a-f]{2})/\\1\\2[0-9a-f]{36}\\.jpg$"));
    std::vector<CachedFile> files;
    const QDir root(folder);
    if (folder.isEmpty() || !root.exists())
        return files;
    QDirIterator it(folder, {QStringLiteral("*.jpg")}, QDir::Files | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (!cacheFile.match(root.relativeFilePath(info.absoluteFilePath())).hasMatch())
            continue;
        files.push_back({info.absoluteFilePath(), info.size(), info.lastModified().toMSecsSinceEpoch()});
    }
    return files;
}

} // namespace

ThumbnailCacheUsage thumbnailCacheUsage(const QString& folder)
{
    ThumbnailCacheUsage usage;
    for (const CachedFile& file : cachedFiles(folder)) {
        usage.bytes += file.size;
        ++usage.files;
    }
    return usage;
}

ThumbnailCacheUsage trimThumbnailCache(const QString& folder, qint64 maxBytes)
{
    std::vector<CachedFile> files = cachedFiles(folder);
    ThumbnailCacheUsage usage;
    for (const CachedFile& file : files)
        usage.bytes += file.size;
    usage.files = static_cast<int>(files.size());
    if (usage.bytes <= maxBytes)
        return usage;
    std::sort(files.begin(), files.end(), [](const CachedFile& a, const CachedFile& b) { return a.written < b.written; });
    const qint64 target = maxBytes / 10 * 9;
    for (const CachedFile& file : files) {
        if (usage.bytes <= target)
            break;
        if (QFile::remove(file.path)) {
            usage.bytes -= file.size;
            --usage.files;
        }
    }
    return usage;
}

} // namespace tagscope::gui
