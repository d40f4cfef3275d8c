#pragma once
// Keeps the thumbnail disk cache under the size set in the preferences. Only the cache's own files are
// considered (ab/cd/<40 hex digits>.jpg under the folder), so a cache folder pointed at a folder that holds other
// files never loses them. The thumbnails written longest ago go first, down to 90% of the limit so that the
// next few runs do not trim again. Runs on a worker thread; safe while the loader writes new thumbnails.
#include <QString>
#include <QtGlobal>

namespace tagscope::gui {

struct ThumbnailCacheUsage {
    qint64 bytes = 0;
    int files = 0;
};

ThumbnailCacheUsage thumbnailCacheUsage(const QString& folder);
// Returns what is left; removes nothing when the cache is within `maxBytes`.
ThumbnailCacheUsage trimThumbnailCache(const QString& folder, qint64 maxBytes);

} // namespace tagscope::gui
