#include "recent_datasets.h"

#include <QDir>
#include <QSettings>

namespace tagscope::gui {

namespace {
const char* const kKey = "recentDatasets";

void store(const QStringList& paths)
{
    QSettings().setValue(QLatin1String(kKey), paths);
}
} // namespace

QStringList RecentDatasets::list()
{
    return QSettings().value(QLatin1String(kKey)).toStringList();
}

void RecentDatasets::add(const QString& path)
{
    const QString clean = QDir::cleanPath(QDir(path).absolutePath());
    QStringList paths = list();
    paths.removeAll(clean);
    paths.prepend(clean);
    while (paths.size() > kMaxEntries)
        paths.removeLast();
    store(paths);
}

void RecentDatasets::remove(const QString& path)
{
    QStringList paths = list();
    paths.removeAll(QDir::cleanPath(QDir(path).absolutePath()));
    store(paths);
}

void RecentDatasets::clear()
{
    store({});
}

} // namespace tagscope::gui
