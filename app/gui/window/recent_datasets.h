#pragma once
// The most recently opened dataset folders, newest first, kept in QSettings.
#include <QStringList>

namespace tagscope::gui {

class RecentDatasets {
public:
    static constexpr int kMaxEntries = 10;

    static QStringList list();
    static void add(const QString& path);
    static void remove(const QString& path);
    static void clear();
};

} // namespace tagscope::gui
