#pragma once
// Helpers for the fault-injection suites: unreadable files, full disks, resource counts and snapshots of a
// folder tree that show whether anything in it was written.
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFile>
#include <QMap>
#include <QString>
#include <QStringList>

#include <csignal>
#include <cstdint>
#include <exception>
#include <functional>

#include <linux/capability.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

// The message of the exception `action` throws; empty when it throws none.
inline QString errorOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const std::exception& error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}

// Root reads and writes through any permission bits (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), and CI runs as root.
// While this lives, the calling thread and the threads it starts lack both capabilities, so that permission bits
// bind them as they bind any user (root still owns its files, so it may chmod them back). Capabilities are per
// thread: threads started earlier keep theirs. Without those capabilities to begin with, it changes nothing.
class WithoutPermissionOverride {
public:
    WithoutPermissionOverride()
    {
        if (::syscall(SYS_capget, &header_, saved_) != 0)
            return;
        __user_cap_data_struct lowered[2] = {saved_[0], saved_[1]};
        lowered[0].effective &= ~((1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH));
        active_ = ::syscall(SYS_capset, &header_, lowered) == 0;
    }
    ~WithoutPermissionOverride()
    {
        if (active_)
            ::syscall(SYS_capset, &header_, saved_);
    }
    WithoutPermissionOverride(const WithoutPermissionOverride&) = delete;
    WithoutPermissionOverride& operator=(const WithoutPermissionOverride&) = delete;

private:
    __user_cap_header_struct header_{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct saved_[2]{};
    bool active_ = false;
};

// Makes `path` unreadable and says whether that worked. As root it only works while a WithoutPermissionOverride
// lives; a file system without permissions never stops reads.
inline bool makeUnreadable(const QString& path)
{
    if (::chmod(QFile::encodeName(path).constData(), 0) != 0)
        return false;
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly)) {
        ::chmod(QFile::encodeName(path).constData(), 0644);
        return false;
    }
    return true;
}

inline int countEntries(const char* folder)
{
    int count = 0;
    QDirIterator it(QString::fromLatin1(folder), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}
inline int runningThreads() { return countEntries("/proc/self/task"); }

// The files under `folder` the process holds open: what a leak of the work's own files shows, where a count of
// every descriptor would also move with the libraries' lazily opened ones.
inline QStringList openFilesUnder(const QString& folder)
{
    const QString prefix = QDir(folder).canonicalPath() + '/';
    QStringList open;
    QDirIterator it(QStringLiteral("/proc/self/fd"), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System);
    while (it.hasNext()) {
        const QString target = QFileInfo(it.next()).symLinkTarget();
        if (target.startsWith(prefix))
            open << target;
    }
    return open;
}

// A disk that fills up: while this lives, no file of the process grows beyond `bytes` (RLIMIT_FSIZE);
// writes past it fail with EFBIG instead of raising SIGXFSZ.
class FileSizeLimit {
public:
    explicit FileSizeLimit(std::uint64_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &previous_);
        previousHandler_ = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = previous_;
        limit.rlim_cur = static_cast<rlim_t>(bytes);
        active_ = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &previous_);
        std::signal(SIGXFSZ, previousHandler_);
    }
    bool active() const { return active_; }

private:
    rlimit previous_{};
    void (*previousHandler_)(int) = SIG_DFL;
    bool active_ = false;
};

// Every entry under a folder (the folder itself included) with its size, modification time in nanoseconds
// and mode: any file written, added, removed or renamed inside changes it (a folder's time changes too).
using TreeSnapshot = QMap<QString, QString>;
inline TreeSnapshot snapshotTree(const QString& folder)
{
    TreeSnapshot snapshot;
    auto add = [&](const QString& path) {
        struct stat status {};
        if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
            return;
        snapshot.insert(path, QString("%1 %2.%3 %4")
                                  .arg(status.st_size)
                                  .arg(status.st_mtim.tv_sec)
                                  .arg(status.st_mtim.tv_nsec)
                                  .arg(status.st_mode, 0, 8));
    };
    add(folder);
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        add(it.next());
    return snapshot;
}
