#include "training/packed_image_cache.h"

#include "imaging/image_io.h"
#include "imaging/square_crop.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace fs = std::filesystem;

namespace tagscope {
namespace {

// File layout: FileHeader, then per row an 8-byte key (hash of the image's path), a 4-byte dataset image index
// and a state byte (RowState), then zero padding to a page boundary, then the rows' pixels (size * size * 3
// each). The checksums cover what never changes; state bytes and pixels are written as rows are filled.
constexpr char kMagic[8] = {'T', 'S', 'P', 'K', 'C', 'A', 'C', 'H'};
// 2: rows filled one by one, JPEGs decoded at reduced size; 3: shrunk bilinearly below a ratio of 2 (the rows of a
// version 2 file were area-averaged, and a stream must see the pixels the cache holds).
constexpr std::uint32_t kVersion = 3;
constexpr std::uint64_t kPage = 4096;
constexpr int kMaxSize = 4096;
constexpr std::size_t kMaxListedFailures = 100;
// store() makes the rows durable after this many rows or seconds.
constexpr std::size_t kFlushRows = 4096;
constexpr auto kFlushInterval = std::chrono::seconds(10);

struct FileHeader {
    char magic[8];
    std::uint32_t version;
    std::uint32_t size;
    std::uint64_t rows;
    std::uint64_t listHash;     // image paths and indices, in row order
    std::uint64_t rootHash;     // the dataset's root folder
    std::uint64_t pixelOffset;
    std::uint64_t metaChecksum; // keys and indices
    std::uint64_t headerChecksum; // everything above
};
static_assert(sizeof(FileHeader) == 64, "the header layout is part of the file format");

std::uint64_t fnv1a(const void* data, std::size_t bytes, std::uint64_t hash = 1469598103934665603ull)
{
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < bytes; ++i)
        hash = (hash ^ p[i]) * 1099511628211ull;
    return hash;
}

std::uint64_t fnv1a(const std::string& text) { return fnv1a(text.data(), text.size()); }

std::uint64_t keysOffset() { return sizeof(FileHeader); }
std::uint64_t indicesOffset(std::uint64_t rows) { return keysOffset() + rows * 8; }
std::uint64_t stateOffset(std::uint64_t rows) { return indicesOffset(rows) + rows * 4; }
std::uint64_t pixelOffsetFor(std::uint64_t rows) { return (stateOffset(rows) + rows + kPage - 1) / kPage * kPage; }
std::uint64_t rowBytes(int size) { return std::uint64_t(size) * size * 3; }

std::uint64_t headerChecksum(const FileHeader& header)
{
    return fnv1a(&header, offsetof(FileHeader, headerChecksum));
}

std::string systemError(const std::string& path, const std::string& what)
{
    return path + ": " + what + " (" + std::strerror(errno) + ")";
}

bool writeAll(int fd, const void* data, std::size_t bytes, std::uint64_t offset)
{
    const auto* p = static_cast<const char*>(data);
    while (bytes > 0) {
        const ssize_t written = ::pwrite(fd, p, bytes, static_cast<off_t>(offset));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        p += written;
        bytes -= static_cast<std::size_t>(written);
        offset += static_cast<std::uint64_t>(written);
    }
    return true;
}

std::string cacheFolder()
{
    if (const char* cache = std::getenv("XDG_CACHE_HOME"); cache && *cache)
        return std::string(cache) + "/tagscope/packed";
    const char* home = std::getenv("HOME");
    return std::string(home && *home ? home : "/tmp") + "/.cache/tagscope/packed";
}

// What identifies an image across builds: its file, or its name when no file is known.
std::string rowSource(const Dataset& dataset, std::uint32_t image)
{
    std::string path = dataset.imagePath(image);
    return path.empty() ? "name:" + dataset.imageName(image) : path;
}

// Holds an exclusive lock on a folder while it lives: the ranks of a node preparing the same cache at once
// must end up with one file, not each with its own (an orphan that keeps its reserved space until the end).
class FolderLock {
public:
    explicit FolderLock(const std::string& folder) : fd_(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC))
    {
        if (fd_ >= 0)
            while (::flock(fd_, LOCK_EX) != 0 && errno == EINTR) {
            }
    }
    ~FolderLock()
    {
        if (fd_ >= 0)
            ::close(fd_); // releases the lock
    }
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;

private:
    int fd_;
};

// Removes the temporary file unless it got as far as being renamed.
class TemporaryFile {
public:
    explicit TemporaryFile(std::string path) : path_(std::move(path)) {}
    ~TemporaryFile()
    {
        if (fd_ >= 0)
            ::close(fd_);
        if (!path_.empty())
            ::unlink(path_.c_str());
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    const std::string& path() const { return path_; }
    int fd() const { return fd_; }
    void setFd(int fd) { fd_ = fd; }
    int renameTo(const std::string& target) // the descriptor stays open and becomes the caller's
    {
        if (::rename(path_.c_str(), target.c_str()) != 0)
            return -1;
        path_.clear();
        const int fd = fd_;
        fd_ = -1;
        return fd;
    }

private:
    std::string path_;
    int fd_ = -1;
};

} // namespace

struct PackedImageCache::Impl {
    std::string path;
    int fd = -1; // open for writing rows; -1 when opened read-only
    void* map = MAP_FAILED;
    std::size_t mapBytes = 0;
    FileHeader header{};
    std::vector<std::uint32_t> images;
    const std::uint64_t* keys = nullptr;
    const std::uint8_t* fileStates = nullptr; // in the mapping: what has been made durable, by any process
    const std::uint8_t* pixels = nullptr;
    std::unique_ptr<std::atomic<std::uint8_t>[]> states; // what this process knows
    std::atomic<std::size_t> filled{0};

    std::mutex pendingMutex;
    std::vector<std::uint32_t> pending; // rows stored since the last flush
    std::chrono::steady_clock::time_point lastFlush = std::chrono::steady_clock::now();
    std::mutex flushMutex;

    ~Impl()
    {
        if (map != MAP_FAILED)
            ::munmap(map, mapBytes);
        if (fd >= 0)
            ::close(fd);
    }

    // The pending rows' pixels to the disk, then their state bytes; the caller holds flushMutex.
    void flushHeld()
    {
        std::vector<std::uint32_t> rows;
        {
            std::lock_guard<std::mutex> lock(pendingMutex);
            rows.swap(pending);
            lastFlush = std::chrono::steady_clock::now();
        }
        if (rows.empty())
            return;
        if (::fdatasync(fd) != 0)
            throw std::runtime_error(systemError(path, "cannot write the packed image cache"));
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        writeStates(rows);
    }

    // Writes the state bytes of `rows` (sorted), one write per run of neighbouring rows.
    void writeStates(const std::vector<std::uint32_t>& rows) const
    {
        std::vector<std::uint8_t> run;
        for (std::size_t i = 0; i < rows.size();) {
            std::size_t j = i;
            run.clear();
            while (j < rows.size() && rows[j] == rows[i] + (j - i)) {
                run.push_back(states[rows[j]].load(std::memory_order_acquire));
                ++j;
            }
            if (!writeAll(fd, run.data(), run.size(), stateOffset(header.rows) + rows[i]))
                throw std::runtime_error(systemError(path, "cannot write the packed image cache"));
            i = j;
        }
    }
};

PackedImageCache::PackedImageCache() : impl_(std::make_unique<Impl>()) {}

PackedImageCache::~PackedImageCache()
{
    try {
        flush();
    } catch (const std::runtime_error&) {
        // The rows not made durable are decoded again next time; nothing else is lost.
    }
}

int PackedImageCache::size() const { return static_cast<int>(impl_->header.size); }
std::size_t PackedImageCache::rows() const { return impl_->images.size(); }
const std::string& PackedImageCache::path() const { return impl_->path; }
const std::vector<std::uint32_t>& PackedImageCache::images() const { return impl_->images; }
std::size_t PackedImageCache::filledRows() const { return impl_->filled; }
bool PackedImageCache::writable() const { return impl_->fd >= 0; }

const std::uint8_t* PackedImageCache::pixels(std::size_t row) const
{
    return impl_->pixels + row * rowBytes(size());
}

PackedImageCache::RowState PackedImageCache::state(std::size_t row) const
{
    Impl& d = *impl_;
    std::uint8_t known = d.states[row].load(std::memory_order_acquire);
    if (known != 0)
        return RowState(known);
    // Another process may have filled it since: its state byte is written only after its pixels are durable.
    const std::uint8_t inFile = __atomic_load_n(d.fileStates + row, __ATOMIC_ACQUIRE);
    if (inFile == 0 || inFile > 2)
        return RowState::Empty;
    if (d.states[row].compare_exchange_strong(known, inFile))
        ++d.filled;
    return RowState(inFile);
}

void PackedImageCache::setState(std::size_t row, RowState state)
{
    Impl& d = *impl_;
    if (d.fd < 0)
        throw std::logic_error(d.path + ": packed image cache opened read-only");
    if (d.states[row].exchange(static_cast<std::uint8_t>(state), std::memory_order_acq_rel) == 0)
        ++d.filled;
    bool due = false;
    {
        std::lock_guard<std::mutex> lock(d.pendingMutex);
        d.pending.push_back(static_cast<std::uint32_t>(row));
        due = d.pending.size() >= kFlushRows || std::chrono::steady_clock::now() - d.lastFlush >= kFlushInterval;
    }
    if (due) {
        std::unique_lock<std::mutex> flushing(d.flushMutex, std::try_to_lock);
        if (flushing.owns_lock()) // otherwise another thread is flushing already
            d.flushHeld();
    }
}

void PackedImageCache::store(std::size_t row, const std::uint8_t* pixels)
{
    Impl& d = *impl_;
    if (d.fd < 0)
        throw std::logic_error(d.path + ": packed image cache opened read-only");
    const std::uint64_t bytes = rowBytes(size());
    if (!writeAll(d.fd, pixels, bytes, d.header.pixelOffset + row * bytes))
        throw std::runtime_error(systemError(d.path, "cannot write the packed image cache"));
    setState(row, RowState::Valid);
}

void PackedImageCache::markFailed(std::size_t row) { setState(row, RowState::Failed); }

void PackedImageCache::flush()
{
    Impl& d = *impl_;
    if (d.fd < 0)
        return;
    std::lock_guard<std::mutex> flushing(d.flushMutex);
    d.flushHeld();
}

std::shared_ptr<PackedImageCache> PackedImageCache::open(const std::string& path) { return openFile(path, false); }

std::uint64_t PackedImageCache::fileBytes(std::uint64_t rows, int size) { return pixelOffsetFor(rows) + rows * rowBytes(size); }

std::string PackedImageCache::defaultPath(const Dataset& dataset, const std::string& splitName, int size)
{
    std::error_code error;
    const std::string root = fs::weakly_canonical(fs::absolute(dataset.root()), error).string();
    std::string split;
    for (char c : splitName)
        split += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    char key[32];
    std::snprintf(key, sizeof key, "%016llx", static_cast<unsigned long long>(fnv1a(root + "\n" + dataset.format())));
    return cacheFolder() + "/" + key + "-" + split + "-" + std::to_string(size) + ".tspk";
}

std::shared_ptr<PackedImageCache> PackedImageCache::openFile(const std::string& path, bool writable)
{
    const int fd = ::open(path.c_str(), (writable ? O_RDWR : O_RDONLY) | O_CLOEXEC);
    if (fd < 0)
        throw std::runtime_error(systemError(path, "cannot open the packed image cache"));
    struct stat info {};
    FileHeader header{};
    const bool readable = ::fstat(fd, &info) == 0 && ::pread(fd, &header, sizeof header, 0) == ssize_t(sizeof header);
    if (!readable || std::memcmp(header.magic, kMagic, sizeof kMagic) != 0) {
        ::close(fd);
        throw std::runtime_error(path + ": not a Tagscope packed image cache");
    }
    auto corrupt = [&](const std::string& why) {
        ::close(fd);
        return std::runtime_error(path + ": corrupt packed image cache (" + why + "); delete it to rebuild it");
    };
    if (header.version != kVersion) {
        ::close(fd);
        throw std::runtime_error(path + ": packed image cache of another version (" + std::to_string(header.version) +
                                 ", expected " + std::to_string(kVersion) + ")");
    }
    if (header.headerChecksum != headerChecksum(header))
        throw corrupt("damaged header");
    if (header.size < 1 || header.size > kMaxSize || header.rows > (std::uint64_t(1) << 40)
        || header.pixelOffset != pixelOffsetFor(header.rows))
        throw corrupt("impossible header values");
    const std::uint64_t expected = header.pixelOffset + header.rows * rowBytes(int(header.size));
    if (std::uint64_t(info.st_size) != expected)
        throw corrupt(std::string(std::uint64_t(info.st_size) < expected ? "truncated: " : "too long: ") +
                      std::to_string(info.st_size) + " bytes instead of " + std::to_string(expected));

    auto cache = std::shared_ptr<PackedImageCache>(new PackedImageCache());
    Impl& d = *cache->impl_;
    d.path = path;
    d.header = header;
    d.mapBytes = static_cast<std::size_t>(expected);
    d.map = ::mmap(nullptr, d.mapBytes, PROT_READ, MAP_SHARED, fd, 0);
    if (d.map == MAP_FAILED) {
        const std::string message = systemError(path, "cannot map the packed image cache");
        ::close(fd);
        throw std::runtime_error(message);
    }
    if (writable)
        d.fd = fd;
    else
        ::close(fd); // the mapping keeps the file open
    const auto* base = static_cast<const std::uint8_t*>(d.map);
    d.keys = reinterpret_cast<const std::uint64_t*>(base + keysOffset());
    d.fileStates = base + stateOffset(header.rows);
    d.pixels = base + header.pixelOffset;
    if (fnv1a(base + keysOffset(), stateOffset(header.rows) - keysOffset()) != header.metaChecksum)
        throw std::runtime_error(path + ": corrupt packed image cache (damaged row table); delete it to rebuild it");
    d.images.resize(header.rows);
    std::memcpy(d.images.data(), base + indicesOffset(header.rows), header.rows * 4);
    d.states = std::make_unique<std::atomic<std::uint8_t>[]>(header.rows);
    std::size_t filled = 0;
    for (std::uint64_t row = 0; row < header.rows; ++row) {
        const std::uint8_t state = d.fileStates[row];
        if (state > 2)
            throw std::runtime_error(path + ": corrupt packed image cache (damaged row table); delete it to rebuild it");
        d.states[row].store(state, std::memory_order_relaxed);
        filled += state != 0;
    }
    d.filled = filled;

    // Training reads rows in random order: read-ahead would only fetch pages nobody asked for. A complete file
    // that fits comfortably in memory is worth pulling into the page cache up front, in the background.
    const std::size_t pixelBytes = d.mapBytes - header.pixelOffset;
    if (pixelBytes > 0) {
        auto* pixelStart = static_cast<std::uint8_t*>(d.map) + header.pixelOffset;
        ::madvise(pixelStart, pixelBytes, MADV_RANDOM);
        const double memory = double(::sysconf(_SC_PHYS_PAGES)) * double(::sysconf(_SC_PAGESIZE));
        if (filled == header.rows && memory > 0 && double(pixelBytes) < memory / 4)
            ::madvise(pixelStart, pixelBytes, MADV_WILLNEED);
    }
    return cache;
}

std::shared_ptr<PackedImageCache> PackedImageCache::prepare(const Dataset& dataset, std::vector<std::uint32_t> images, int size,
                                                            const std::string& path)
{
    if (size < 1 || size > kMaxSize)
        throw std::runtime_error(path + ": packed image size must be 1 to " + std::to_string(kMaxSize) + " pixels");
    const std::uint64_t rows = images.size();
    std::vector<std::uint64_t> keys(rows);
    std::uint64_t listHash = fnv1a(&rows, sizeof rows);
    for (std::size_t row = 0; row < rows; ++row) {
        if (images[row] >= dataset.imageCount())
            throw std::runtime_error(path + ": image index " + std::to_string(images[row]) + " is not in the dataset");
        keys[row] = fnv1a(rowSource(dataset, images[row]));
        listHash = fnv1a(&keys[row], 8, fnv1a(&images[row], 4, listHash));
    }
    const std::uint64_t rootHash = fnv1a(dataset.root());

    std::error_code dirError;
    fs::create_directories(fs::path(path).parent_path(), dirError);
    const FolderLock lock(fs::path(path).parent_path().string());
    // A file of these images at this size is filled further; any other (another list or size, another version,
    // damaged) is replaced by an empty one.
    if (fs::exists(path)) {
        try {
            auto existing = openFile(path, true);
            const FileHeader& h = existing->impl_->header;
            if (h.size == std::uint32_t(size) && h.rootHash == rootHash && h.listHash == listHash && existing->images() == images)
                return existing;
        } catch (const std::runtime_error&) {
            // replaced below
        }
    }

    static std::atomic<unsigned> counter{0};
    TemporaryFile temp(path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    temp.setFd(::open(temp.path().c_str(), O_CREAT | O_TRUNC | O_RDWR | O_CLOEXEC, 0644));
    if (temp.fd() < 0)
        throw std::runtime_error(systemError(temp.path(), "cannot create the packed image cache"));
    const std::uint64_t pixelOffset = pixelOffsetFor(rows);
    const std::uint64_t totalBytes = fileBytes(rows, size);
    // Reserving the space first turns a full disk into one clear error here rather than a failed write later.
    // fallocate, not posix_fallocate: where the file system cannot reserve, the file stays sparse instead of
    // being written full of zeros.
    if (::fallocate(temp.fd(), 0, 0, static_cast<off_t>(totalBytes)) != 0) {
        if (errno == ENOSPC)
            throw std::runtime_error(temp.path() + ": not enough disk space for the packed image cache (" +
                                     std::to_string(totalBytes >> 20) + " MiB)");
        if (::ftruncate(temp.fd(), static_cast<off_t>(totalBytes)) != 0)
            throw std::runtime_error(systemError(temp.path(), "cannot size the packed image cache"));
    }
    std::vector<std::uint8_t> meta(stateOffset(rows) + rows - keysOffset(), 0); // every row empty
    std::memcpy(meta.data(), keys.data(), rows * 8);
    std::memcpy(meta.data() + rows * 8, images.data(), rows * 4);
    FileHeader header{};
    std::memcpy(header.magic, kMagic, sizeof kMagic);
    header.version = kVersion;
    header.size = static_cast<std::uint32_t>(size);
    header.rows = rows;
    header.listHash = listHash;
    header.rootHash = rootHash;
    header.pixelOffset = pixelOffset;
    header.metaChecksum = fnv1a(meta.data(), stateOffset(rows) - keysOffset());
    header.headerChecksum = headerChecksum(header);
    if (!writeAll(temp.fd(), meta.data(), meta.size(), keysOffset()) || !writeAll(temp.fd(), &header, sizeof header, 0)
        || ::fdatasync(temp.fd()) != 0)
        throw std::runtime_error(systemError(temp.path(), "cannot write the packed image cache"));
    const int fd = temp.renameTo(path);
    if (fd < 0)
        throw std::runtime_error(systemError(path, "cannot write the packed image cache"));
    ::close(fd);
    return openFile(path, true);
}

std::shared_ptr<PackedImageCache> PackedImageCache::build(const Dataset& dataset, std::vector<std::uint32_t> images,
                                                          int size, const std::string& path,
                                                          const ProgressCallback& progress, const CancelToken* cancel,
                                                          PackedCacheReport* report)
{
    PackedCacheReport localReport;
    PackedCacheReport& r = report ? *report : localReport;
    r = {};
    std::shared_ptr<PackedImageCache> cache = prepare(dataset, std::move(images), size, path);
    const std::vector<std::uint32_t>& list = cache->images();
    const std::size_t rows = list.size();
    std::vector<std::pair<std::size_t, std::string>> failures;
    std::size_t toDecode = 0;
    for (std::size_t row = 0; row < rows; ++row) {
        const RowState state = cache->state(row);
        if (state == RowState::Empty) {
            ++toDecode;
            continue;
        }
        ++r.reused;
        if (state == RowState::Failed)
            failures.emplace_back(row, rowSource(dataset, list[row]) + ": could not be read when the cache was filled");
    }
    if (toDecode > 0 && !imagingAvailable())
        throw std::runtime_error(path + ": " + std::to_string(toDecode) +
                                 " images must be decoded to fill this packed image cache, but this build has no "
                                 "image decoder (built without OpenCV); fill the cache with a Tagscope that has one");

    std::atomic<std::size_t> nextRow{0}, done{r.reused}, decoded{0};
    std::mutex mutex;
    std::string writeError;
    std::condition_variable finished;
    unsigned running = 0;
    auto work = [&] {
        for (std::size_t row; (row = nextRow++) < rows;) {
            if (isCancelled(cancel))
                break;
            if (cache->state(row) != RowState::Empty)
                continue;
            std::string error;
            const std::string file = dataset.imagePath(list[row]);
            std::vector<std::uint8_t> pixels;
            if (file.empty())
                error = dataset.imageName(list[row]) + ": no image folder is known for this image";
            else
                pixels = loadSquareCrop(file, size, &error);
            try {
                if (pixels.empty())
                    cache->markFailed(row);
                else
                    cache->store(row, pixels.data());
            } catch (const std::runtime_error& e) {
                std::lock_guard<std::mutex> lock(mutex);
                writeError = e.what();
                break;
            }
            if (pixels.empty()) {
                std::lock_guard<std::mutex> lock(mutex);
                failures.emplace_back(row, error);
            } else {
                ++decoded;
            }
            ++done;
            std::lock_guard<std::mutex> lock(mutex);
            if (!writeError.empty())
                break;
        }
        std::lock_guard<std::mutex> lock(mutex);
        --running;
        finished.notify_all();
    };
    const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::thread> threads;
    // The count is fixed before any worker starts: a worker that ends at once (cancelled) lowers `running`, which
    // must not shorten this loop and leave the wait below counting a thread never started.
    const auto workers = static_cast<unsigned>(std::min(cores, toDecode));
    {
        std::lock_guard<std::mutex> lock(mutex);
        running = workers;
    }
    for (unsigned i = 0; i < workers; ++i)
        threads.emplace_back(work);
    // Progress is reported from the calling thread, a few times a second.
    {
        std::unique_lock<std::mutex> lock(mutex);
        while (running > 0) {
            finished.wait_for(lock, std::chrono::milliseconds(100));
            lock.unlock();
            reportProgress(progress, done, rows, "Packing images");
            lock.lock();
        }
    }
    for (std::thread& thread : threads)
        thread.join();
    cache->flush();
    if (!writeError.empty())
        throw std::runtime_error(writeError);
    if (isCancelled(cancel))
        return nullptr;

    std::sort(failures.begin(), failures.end());
    r.decoded = decoded;
    r.failed = failures.size();
    for (std::size_t i = 0; i < failures.size() && i < kMaxListedFailures; ++i)
        r.failures.push_back(failures[i].second);
    reportProgress(progress, rows, rows, "Packing images");
    return cache;
}

} // namespace tagscope
