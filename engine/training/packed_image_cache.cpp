#include "training/packed_image_cache.h"

#include "imaging/image_io.h"
#include "imaging/square_crop.h"

#include <fcntl.h>
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
#include <unordered_map>

namespace fs = std::filesystem;

namespace tagscope {
namespace {

// File layout: FileHeader, then per row an 8-byte key (hash of the image's path), a 4-byte dataset image index
// and a validity byte, then zero padding to a page boundary, then the rows' pixels (size * size * 3 each).
constexpr char kMagic[8] = {'T', 'S', 'P', 'K', 'C', 'A', 'C', 'H'};
constexpr std::uint32_t kVersion = 2; // 2: JPEGs decoded at reduced size when the square allows it
constexpr std::uint64_t kPage = 4096;
constexpr int kMaxSize = 4096;
constexpr std::size_t kMaxListedFailures = 100;

struct FileHeader {
    char magic[8];
    std::uint32_t version;
    std::uint32_t size;
    std::uint64_t rows;
    std::uint64_t listHash;     // image paths and indices, in row order
    std::uint64_t rootHash;     // the dataset's root folder
    std::uint64_t pixelOffset;
    std::uint64_t metaChecksum; // keys, indices and validity bytes
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
std::uint64_t validOffset(std::uint64_t rows) { return indicesOffset(rows) + rows * 4; }
std::uint64_t pixelOffsetFor(std::uint64_t rows) { return (validOffset(rows) + rows + kPage - 1) / kPage * kPage; }
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

// Removes the temporary file unless the build got as far as renaming it.
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
    int release() // closes the file; the path is the caller's from now on
    {
        const int result = ::close(fd_);
        fd_ = -1;
        path_.clear();
        return result;
    }

private:
    std::string path_;
    int fd_ = -1;
};

} // namespace

struct PackedImageCache::Impl {
    std::string path;
    void* map = MAP_FAILED;
    std::size_t mapBytes = 0;
    FileHeader header{};
    std::vector<std::uint32_t> images;
    const std::uint64_t* keys = nullptr;
    const std::uint8_t* validBytes = nullptr;
    const std::uint8_t* pixels = nullptr;

    ~Impl()
    {
        if (map != MAP_FAILED)
            ::munmap(map, mapBytes);
    }
};

PackedImageCache::PackedImageCache() : impl_(std::make_unique<Impl>()) {}
PackedImageCache::~PackedImageCache() = default;

int PackedImageCache::size() const { return static_cast<int>(impl_->header.size); }
std::size_t PackedImageCache::rows() const { return impl_->images.size(); }
const std::vector<std::uint32_t>& PackedImageCache::images() const { return impl_->images; }
bool PackedImageCache::valid(std::size_t row) const { return impl_->validBytes[row] != 0; }

const std::uint8_t* PackedImageCache::pixels(std::size_t row) const
{
    return impl_->pixels + row * rowBytes(size());
}

std::shared_ptr<PackedImageCache> PackedImageCache::open(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
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
    ::close(fd); // the mapping keeps the file open
    const auto* base = static_cast<const std::uint8_t*>(d.map);
    d.keys = reinterpret_cast<const std::uint64_t*>(base + keysOffset());
    d.validBytes = base + validOffset(header.rows);
    d.pixels = base + header.pixelOffset;
    if (fnv1a(base + keysOffset(), validOffset(header.rows) + header.rows - keysOffset()) != header.metaChecksum)
        throw std::runtime_error(path + ": corrupt packed image cache (damaged row table); delete it to rebuild it");
    d.images.resize(header.rows);
    std::memcpy(d.images.data(), base + indicesOffset(header.rows), header.rows * 4);

    // Training reads rows in random order: read-ahead would only fetch pages nobody asked for. A file that fits
    // comfortably in memory is worth pulling into the page cache up front, in the background.
    const std::size_t pixelBytes = d.mapBytes - header.pixelOffset;
    if (pixelBytes > 0) {
        auto* pixelStart = static_cast<std::uint8_t*>(d.map) + header.pixelOffset;
        ::madvise(pixelStart, pixelBytes, MADV_RANDOM);
        const double memory = double(::sysconf(_SC_PHYS_PAGES)) * double(::sysconf(_SC_PAGESIZE));
        if (memory > 0 && double(pixelBytes) < memory / 4)
            ::madvise(pixelStart, pixelBytes, MADV_WILLNEED);
    }
    return cache;
}

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

std::shared_ptr<PackedImageCache> PackedImageCache::build(const Dataset& dataset, std::vector<std::uint32_t> images,
                                                          int size, const std::string& path,
                                                          const ProgressCallback& progress, const CancelToken* cancel,
                                                          PackedCacheReport* report)
{
    PackedCacheReport localReport;
    PackedCacheReport& r = report ? *report : localReport;
    r = {};
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

    // A matching file is used as it is; one of the same size and dataset lends the rows it shares with this list.
    std::shared_ptr<PackedImageCache> previous;
    if (fs::exists(path)) {
        try {
            previous = open(path);
        } catch (const std::runtime_error&) {
            previous.reset(); // corrupt or from another version: rebuilt below
        }
    }
    if (previous && (previous->size() != size || previous->impl_->header.rootHash != rootHash))
        previous.reset();
    if (previous && previous->impl_->header.listHash == listHash && previous->rows() == rows
        && previous->images() == images) {
        r.reused = rows;
        for (std::size_t row = 0; row < rows; ++row)
            if (!previous->valid(row)) {
                ++r.failed;
                if (r.failures.size() < kMaxListedFailures)
                    r.failures.push_back(rowSource(dataset, images[row]) + ": could not be read when the cache was built");
            }
        reportProgress(progress, rows, rows, "Packing images");
        return previous;
    }
    std::unordered_map<std::uint64_t, std::size_t> previousRows;
    if (previous)
        for (std::size_t row = 0; row < previous->rows(); ++row)
            if (previous->valid(row))
                previousRows.emplace(previous->impl_->keys[row], row);
    std::vector<std::int64_t> reuseRow(rows, -1);
    std::size_t toDecode = 0;
    for (std::size_t row = 0; row < rows; ++row) {
        const auto found = previousRows.find(keys[row]);
        if (found != previousRows.end())
            reuseRow[row] = static_cast<std::int64_t>(found->second);
        else
            ++toDecode;
    }
    if (toDecode > 0 && !imagingAvailable())
        throw std::runtime_error(path + ": " + std::to_string(toDecode) +
                                 " images must be decoded to build this packed image cache, but this build has no "
                                 "image decoder (built without OpenCV); build the cache with a Tagscope that has one");

    std::error_code dirError;
    fs::create_directories(fs::path(path).parent_path(), dirError);
    static std::atomic<unsigned> counter{0};
    TemporaryFile temp(path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    temp.setFd(::open(temp.path().c_str(), O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0644));
    if (temp.fd() < 0)
        throw std::runtime_error(systemError(temp.path(), "cannot create the packed image cache"));
    const std::uint64_t pixelOffset = pixelOffsetFor(rows);
    const std::uint64_t totalBytes = pixelOffset + rows * rowBytes(size);
    // Reserving the space first turns a full disk into one clear error here rather than a failed write later.
    const int reserved = ::posix_fallocate(temp.fd(), 0, static_cast<off_t>(totalBytes));
    if (reserved == ENOSPC)
        throw std::runtime_error(temp.path() + ": not enough disk space for the packed image cache (" +
                                 std::to_string(totalBytes >> 20) + " MiB)");
    if (reserved != 0 && ::ftruncate(temp.fd(), static_cast<off_t>(totalBytes)) != 0)
        throw std::runtime_error(systemError(temp.path(), "cannot size the packed image cache"));

    std::vector<std::uint8_t> validBytes(rows, 0);
    std::vector<std::pair<std::size_t, std::string>> failures;
    std::atomic<std::size_t> nextRow{0}, done{0}, decoded{0}, reused{0};
    std::atomic<bool> writeFailed{false};
    std::mutex mutex;
    std::condition_variable finished;
    unsigned running = 0;
    auto work = [&] {
        const std::uint64_t bytes = rowBytes(size);
        for (std::size_t row; (row = nextRow++) < rows;) {
            if (isCancelled(cancel) || writeFailed)
                break;
            const std::uint8_t* source = nullptr;
            std::vector<std::uint8_t> pixels;
            std::string error;
            if (reuseRow[row] >= 0) {
                source = previous->pixels(static_cast<std::size_t>(reuseRow[row]));
                ++reused;
            } else {
                const std::string file = dataset.imagePath(images[row]);
                if (file.empty())
                    error = dataset.imageName(images[row]) + ": no image folder is known for this image";
                else
                    pixels = loadSquareCrop(file, size, &error);
                source = pixels.empty() ? nullptr : pixels.data();
                if (source)
                    ++decoded;
            }
            if (source) { // failed rows stay zero: the reserved space reads as zeros
                if (!writeAll(temp.fd(), source, bytes, pixelOffset + row * bytes))
                    writeFailed = true;
                validBytes[row] = 1;
            } else {
                std::lock_guard<std::mutex> lock(mutex);
                failures.emplace_back(row, error);
            }
            ++done;
        }
        std::lock_guard<std::mutex> lock(mutex);
        --running;
        finished.notify_all();
    };
    const unsigned threadCount =
        static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(std::thread::hardware_concurrency(), rows)));
    std::vector<std::thread> threads;
    running = threadCount;
    for (unsigned i = 0; i < threadCount; ++i)
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
    if (isCancelled(cancel))
        return nullptr;
    if (writeFailed)
        throw std::runtime_error(systemError(temp.path(), "cannot write the packed image cache"));

    std::sort(failures.begin(), failures.end());
    r.decoded = decoded;
    r.reused = reused;
    r.failed = failures.size();
    for (std::size_t i = 0; i < failures.size() && i < kMaxListedFailures; ++i)
        r.failures.push_back(failures[i].second);
    previous.reset();

    std::vector<std::uint8_t> meta(validOffset(rows) + rows - keysOffset());
    std::memcpy(meta.data(), keys.data(), rows * 8);
    std::memcpy(meta.data() + rows * 8, images.data(), rows * 4);
    std::memcpy(meta.data() + rows * 12, validBytes.data(), rows);
    FileHeader header{};
    std::memcpy(header.magic, kMagic, sizeof kMagic);
    header.version = kVersion;
    header.size = static_cast<std::uint32_t>(size);
    header.rows = rows;
    header.listHash = listHash;
    header.rootHash = rootHash;
    header.pixelOffset = pixelOffset;
    header.metaChecksum = fnv1a(meta.data(), meta.size());
    header.headerChecksum = headerChecksum(header);
    // The header goes last and the data reaches the disk before the rename: a crash leaves the old file or none.
    if (!writeAll(temp.fd(), meta.data(), meta.size(), keysOffset()) || !writeAll(temp.fd(), &header, sizeof header, 0)
        || ::fsync(temp.fd()) != 0)
        throw std::runtime_error(systemError(temp.path(), "cannot write the packed image cache"));
    const std::string tempPath = temp.path();
    if (temp.release() != 0 || ::rename(tempPath.c_str(), path.c_str()) != 0) {
        const std::string message = systemError(path, "cannot write the packed image cache");
        ::unlink(tempPath.c_str());
        throw std::runtime_error(message);
    }
    reportProgress(progress, rows, rows, "Packing images");
    return open(path);
}

} // namespace tagscope
