#include "dataset/dataset_cache.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <type_traits>

#include <unistd.h>

namespace fs = std::filesystem;

namespace tagscope {
namespace {

constexpr char kMagic[8] = {'T', 'G', 'S', 'C', 'D', 'S', 'E', 'T'};
constexpr std::uint32_t kVersion = 1;
constexpr std::size_t kAlignment = 64;
constexpr std::uint64_t kMaxString = std::uint64_t(1) << 30;

struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

class CacheWriter {
public:
    explicit CacheWriter(std::FILE* file) : file_(file) {}

    void bytes(const void* data, std::size_t size)
    {
        if (size && std::fwrite(data, 1, size, file_) != size)
            throw std::runtime_error(std::strerror(errno));
        offset_ += size;
    }
    template <typename T> void value(T v)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        bytes(&v, sizeof v);
    }
    void text(const std::string& s)
    {
        value<std::uint64_t>(s.size());
        bytes(s.data(), s.size());
    }
    template <typename T> void array(const std::vector<T>& v)
    {
        value<std::uint64_t>(v.size());
        static const char zeros[kAlignment] = {};
        bytes(zeros, (kAlignment - offset_ % kAlignment) % kAlignment); // aligned for mapping
        bytes(v.data(), v.size() * sizeof(T));
    }

private:
    std::FILE* file_;
    std::uint64_t offset_ = 0;
};

// Reads what CacheWriter wrote; every length is checked against the file size, so a corrupt or truncated
// file fails cleanly instead of allocating wildly.
class CacheReader {
public:
    CacheReader(std::FILE* file, std::uint64_t size) : file_(file), size_(size) {}

    bool bytes(void* data, std::uint64_t size)
    {
        if (size > size_ - offset_)
            return false;
        if (size && std::fread(data, 1, size, file_) != size)
            return false;
        offset_ += size;
        return true;
    }
    template <typename T> bool value(T& v) { return bytes(&v, sizeof v); }
    bool text(std::string& s)
    {
        std::uint64_t size;
        if (!value(size) || size > kMaxString || size > size_ - offset_)
            return false;
        s.resize(size);
        return bytes(s.data(), size);
    }
    template <typename T> bool array(std::vector<T>& v)
    {
        std::uint64_t count;
        if (!value(count))
            return false;
        char padding[kAlignment];
        if (!bytes(padding, (kAlignment - offset_ % kAlignment) % kAlignment))
            return false;
        if (count > (size_ - offset_) / sizeof(T))
            return false;
        v.resize(count);
        return bytes(v.data(), count * sizeof(T));
    }
    bool atEnd() const { return offset_ == size_; }
    std::uint64_t remaining() const { return size_ - offset_; }

private:
    std::FILE* file_;
    std::uint64_t size_;
    std::uint64_t offset_ = 0;
};

std::uint64_t fnv1a(const std::string& text)
{
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char ch : text)
        h = (h ^ ch) * 1099511628211ull;
    return h;
}

void writeAll(CacheWriter& w, const ImportResult& result, const std::vector<SourceStamp>& sources)
{
    const DatasetContents& c = result.dataset.contents();
    w.bytes(kMagic, sizeof kMagic);
    w.value(kVersion);
    w.value<std::uint64_t>(sources.size());
    for (const SourceStamp& s : sources) {
        w.text(s.path);
        w.value(s.size);
        w.value(s.modifiedNs);
    }
    w.text(c.format);
    w.text(c.root);
    w.value<std::uint8_t>(c.exhaustiveLabels);
    for (const std::string& folder : c.splitImageFolders)
        w.text(folder);
    w.value<std::uint64_t>(c.tags.size());
    for (const Tag& tag : c.tags) {
        w.text(tag.labelName);
        w.text(tag.displayName);
        w.value<std::uint8_t>(tag.trainable);
    }
    const ImportReport& r = result.report;
    w.text(r.format);
    w.value<std::uint64_t>(r.filesRead.size());
    for (const std::string& file : r.filesRead)
        w.text(file);
    w.value<std::uint64_t>(r.issues.size());
    for (const ImportIssue& issue : r.issues) {
        w.text(issue.file);
        w.value(issue.line);
        w.text(issue.message);
    }
    w.value(r.issueCount);
    w.value(r.rowsRead);
    w.value(r.rowsSkipped);
    w.value(r.missingImages);
    w.value<std::uint64_t>(r.missingImageExamples.size());
    for (const std::string& path : r.missingImageExamples)
        w.text(path);
    w.array(c.imageIds);
    w.array(c.imagePaths.chars());
    w.array(c.imagePaths.offsets());
    w.array(c.imageSplits);
    w.array(c.labelOffsets);
    w.array(c.labelTags);
    w.array(c.labelFlags);
    w.array(c.labelConfidence);
}

// The smallest number of bytes each kind of counted item takes in the file (a text is at least its length).
template <typename T> constexpr std::uint64_t kMinimumBytes = 8;
template <> constexpr std::uint64_t kMinimumBytes<SourceStamp> = 8 + 8 + 8;
template <> constexpr std::uint64_t kMinimumBytes<Tag> = 8 + 8 + 1;
template <> constexpr std::uint64_t kMinimumBytes<ImportIssue> = 8 + 8 + 8;

// A count of items that must all fit in the rest of the file: a damaged count then fails here instead of
// sizing a vector of billions of elements.
template <typename T> bool readCount(CacheReader& r, std::uint64_t& count)
{
    return r.value(count) && count <= r.remaining() / kMinimumBytes<T>;
}

bool readAll(CacheReader& r, ImportResult& result)
{
    char magic[sizeof kMagic];
    std::uint32_t version;
    if (!r.bytes(magic, sizeof magic) || std::memcmp(magic, kMagic, sizeof kMagic) != 0 || !r.value(version) || version != kVersion)
        return false;
    std::uint64_t count;
    if (!readCount<SourceStamp>(r, count))
        return false;
    for (std::uint64_t i = 0; i < count; ++i) {
        SourceStamp stored;
        if (!r.text(stored.path) || !r.value(stored.size) || !r.value(stored.modifiedNs))
            return false;
        const auto now = stampOf(stored.path);
        if (!now || !(*now == stored))
            return false; // a source changed or vanished: the cache is stale
    }
    DatasetContents c;
    std::uint8_t flag;
    if (!r.text(c.format) || !r.text(c.root) || !r.value(flag))
        return false;
    c.exhaustiveLabels = flag != 0;
    for (std::string& folder : c.splitImageFolders)
        if (!r.text(folder))
            return false;
    if (!readCount<Tag>(r, count))
        return false;
    c.tags.resize(count);
    for (Tag& tag : c.tags) {
        if (!r.text(tag.labelName) || !r.text(tag.displayName) || !r.value(flag))
            return false;
        tag.trainable = flag != 0;
    }
    ImportReport& report = result.report;
    if (!r.text(report.format) || !readCount<std::string>(r, count))
        return false;
    report.filesRead.resize(count);
    for (std::string& file : report.filesRead)
        if (!r.text(file))
            return false;
    if (!readCount<ImportIssue>(r, count))
        return false;
    report.issues.resize(count);
    for (ImportIssue& issue : report.issues)
        if (!r.text(issue.file) || !r.value(issue.line) || !r.text(issue.message))
            return false;
    if (!r.value(report.issueCount) || !r.value(report.rowsRead) || !r.value(report.rowsSkipped) || !r.value(report.missingImages)
        || !readCount<std::string>(r, count))
        return false;
    report.missingImageExamples.resize(count);
    for (std::string& path : report.missingImageExamples)
        if (!r.text(path))
            return false;
    std::vector<char> pathChars;
    std::vector<std::uint64_t> pathOffsets;
    if (!r.array(c.imageIds) || !r.array(pathChars) || !r.array(pathOffsets) || !r.array(c.imageSplits) || !r.array(c.labelOffsets)
        || !r.array(c.labelTags) || !r.array(c.labelFlags) || !r.array(c.labelConfidence) || !r.atEnd())
        return false;
    if (!StringPool::fromRaw(std::move(pathChars), std::move(pathOffsets), c.imagePaths))
        return false;
    for (std::uint8_t split : c.imageSplits)
        if (split >= kSplitCount)
            return false;
    for (std::size_t i = 1; i < c.labelOffsets.size(); ++i)
        if (c.labelOffsets[i] < c.labelOffsets[i - 1])
            return false;
    for (float confidence : c.labelConfidence) // the importers keep only confidences in [0, 1]; NaN fails too
        if (!(confidence >= 0.0f && confidence <= 1.0f))
            return false;
    try {
        result.dataset = Dataset(std::move(c)); // checks the remaining invariants
    } catch (const std::invalid_argument&) {
        return false;
    }
    return true;
}

} // namespace

std::optional<SourceStamp> stampOf(const std::string& path)
{
    std::error_code error;
    const auto status = fs::status(path, error);
    if (error || !fs::exists(status))
        return std::nullopt;
    const auto modified = fs::last_write_time(path, error);
    if (error)
        return std::nullopt;
    SourceStamp stamp;
    stamp.path = path;
    stamp.size = fs::is_regular_file(status) ? static_cast<std::uint64_t>(fs::file_size(path, error)) : 0;
    stamp.modifiedNs = std::chrono::duration_cast<std::chrono::nanoseconds>(modified.time_since_epoch()).count();
    return stamp;
}

std::string defaultDatasetCacheFolder()
{
    if (const char* cache = std::getenv("XDG_CACHE_HOME"); cache && *cache)
        return std::string(cache) + "/tagscope/datasets";
    const char* home = std::getenv("HOME");
    return std::string(home && *home ? home : "/tmp") + "/.cache/tagscope/datasets";
}

std::string datasetCachePath(const std::string& cacheFolder, const std::string& datasetPath, const std::string& optionsKey)
{
    std::error_code error;
    const std::string absolute = fs::weakly_canonical(fs::absolute(datasetPath), error).string();
    char name[64];
    std::snprintf(name, sizeof name, "%016llx-%08llx.tsds", static_cast<unsigned long long>(fnv1a(absolute)),
                  static_cast<unsigned long long>(fnv1a(optionsKey) & 0xFFFFFFFFull));
    return cacheFolder + "/" + name;
}

bool writeDatasetCache(const std::string& cachePath, const ImportResult& result, const std::vector<SourceStamp>& sources,
                       std::string* error)
{
    std::error_code ec;
    fs::create_directories(fs::path(cachePath).parent_path(), ec);
    const std::string temporary = cachePath + ".tmp" + std::to_string(::getpid());
    File file(std::fopen(temporary.c_str(), "wb"));
    if (!file) {
        if (error)
            *error = temporary + ": cannot create (" + std::strerror(errno) + ")";
        return false;
    }
    try {
        CacheWriter writer(file.get());
        writeAll(writer, result, sources);
        if (std::fflush(file.get()) != 0)
            throw std::runtime_error(std::strerror(errno));
        if (std::fclose(file.release()) != 0)
            throw std::runtime_error(std::strerror(errno));
    } catch (const std::exception& e) {
        file.reset();
        fs::remove(temporary, ec);
        if (error)
            *error = cachePath + ": cannot write the dataset cache (" + e.what() + ")";
        return false;
    }
    fs::rename(temporary, cachePath, ec);
    if (ec) {
        fs::remove(temporary, ec);
        if (error)
            *error = cachePath + ": cannot replace the dataset cache (" + ec.message() + ")";
        return false;
    }
    return true;
}

std::optional<ImportResult> readDatasetCache(const std::string& cachePath)
{
    std::error_code error;
    const auto size = fs::file_size(cachePath, error);
    if (error)
        return std::nullopt;
    File file(std::fopen(cachePath.c_str(), "rb"));
    if (!file)
        return std::nullopt;
    ImportResult result;
    CacheReader reader(file.get(), size);
    if (!readAll(reader, result))
        return std::nullopt;
    return result;
}

} // namespace tagscope
