#include "common/zip_index.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <sys/stat.h>

namespace tagscope {
namespace {

// Layout from PKWARE's APPNOTE.TXT (sections 4.3.7, 4.3.12, 4.3.14-4.3.16, 4.5.3).
constexpr std::uint32_t kLocalSignature = 0x04034b50;
constexpr std::uint32_t kCentralSignature = 0x02014b50;
constexpr std::uint32_t kEndSignature = 0x06054b50;
constexpr std::uint32_t kZip64EndSignature = 0x06064b50;
constexpr std::uint32_t kZip64LocatorSignature = 0x07064b50;
constexpr std::size_t kLocalSize = 30;
constexpr std::size_t kCentralSize = 46;
constexpr std::size_t kEndSize = 22;
constexpr std::size_t kZip64EndSize = 56;
constexpr std::size_t kZip64LocatorSize = 20;
constexpr std::size_t kMaxComment = 0xFFFF;
constexpr std::uint64_t kMaxEntries = std::uint64_t(1) << 20;
constexpr std::uint64_t kMaxDirectoryBytes = std::uint64_t(1) << 28;

std::uint16_t u16(const std::uint8_t* p) { return static_cast<std::uint16_t>(p[0] | (p[1] << 8)); }
std::uint32_t u32(const std::uint8_t* p) { return std::uint32_t(u16(p)) | (std::uint32_t(u16(p + 2)) << 16); }
std::uint64_t u64(const std::uint8_t* p) { return std::uint64_t(u32(p)) | (std::uint64_t(u32(p + 4)) << 32); }

[[noreturn]] void fail(const std::string& name, const std::string& problem) { throw std::runtime_error(name + ": " + problem); }

// Why a file has no end record: what its first bytes say it is.
[[noreturn]] void failWithoutEndRecord(const ZipByteReader& read, std::uint64_t fileSize, const std::string& name)
{
    std::uint8_t head[4] = {};
    const std::size_t got = static_cast<std::size_t>(std::min<std::uint64_t>(fileSize, 4));
    if (fileSize == 0)
        fail(name, "empty file, not a ZIP archive (LibTorch checkpoints, TorchScript modules and PyTorch .pt files are ZIP archives)");
    if (!read(0, got, head))
        fail(name, "cannot read the file");
    if (got >= 2 && head[0] == 'P' && head[1] == 'K')
        fail(name, "truncated: it starts like a ZIP archive but the table of records at its end is missing "
                   "(a write or a download cut short?)");
    if (got >= 2 && head[0] == 0x80 && head[1] >= 2 && head[1] <= 5)
        fail(name, "a legacy PyTorch pickle (torch.save before PyTorch 1.6, or with _use_new_zipfile_serialization=False); "
                   "load it in Python and save it again with a current PyTorch");
    fail(name, "not a ZIP archive (LibTorch checkpoints, TorchScript modules and PyTorch .pt files are ZIP archives)");
}

struct EndRecord {
    std::uint64_t entries = 0;
    std::uint64_t directoryOffset = 0;
    std::uint64_t directorySize = 0;
    std::uint64_t directoryLimit = 0; // the directory must end by here (the ZIP64 record or the end record)
};

EndRecord findEndRecord(const ZipByteReader& read, std::uint64_t fileSize, const std::string& name)
{
    if (fileSize < kEndSize)
        failWithoutEndRecord(read, fileSize, name);
    // The end record sits in the last 22 + 65535 bytes: it may carry a comment of up to 65535 bytes.
    const std::size_t tailSize = static_cast<std::size_t>(std::min<std::uint64_t>(fileSize, kEndSize + kMaxComment));
    const std::uint64_t tailStart = fileSize - tailSize;
    std::vector<std::uint8_t> tail(tailSize);
    if (!read(tailStart, tailSize, tail.data()))
        fail(name, "cannot read the end of the file");
    std::size_t at = tailSize - kEndSize + 1;
    bool found = false;
    while (at-- > 0)
        if (u32(&tail[at]) == kEndSignature && at + kEndSize + u16(&tail[at + 20]) <= tailSize) {
            found = true;
            break;
        }
    if (!found)
        failWithoutEndRecord(read, fileSize, name);
    const std::uint8_t* end = &tail[at];
    const std::uint64_t endOffset = tailStart + at;
    EndRecord record;
    record.entries = u16(end + 10);
    record.directorySize = u32(end + 12);
    record.directoryOffset = u32(end + 16);
    record.directoryLimit = endOffset;
    const bool deferred = record.entries == 0xFFFF || record.directorySize == 0xFFFFFFFFu || record.directoryOffset == 0xFFFFFFFFu;
    bool zip64 = false;
    if (endOffset >= kZip64LocatorSize) {
        std::uint8_t locator[kZip64LocatorSize];
        if (!read(endOffset - kZip64LocatorSize, kZip64LocatorSize, locator))
            fail(name, "cannot read the end of the file");
        if (u32(locator) == kZip64LocatorSignature) {
            // ZIP64 (LibTorch always writes it): the locator before the end record points at the 64-bit record.
            const std::uint64_t recordOffset = u64(locator + 8);
            const std::uint64_t locatorOffset = endOffset - kZip64LocatorSize;
            if (recordOffset > locatorOffset || locatorOffset - recordOffset < kZip64EndSize)
                fail(name, "damaged ZIP64 end record (it points outside the file)");
            std::uint8_t zip64End[kZip64EndSize];
            if (!read(recordOffset, kZip64EndSize, zip64End))
                fail(name, "cannot read the ZIP64 end record");
            if (u32(zip64End) != kZip64EndSignature)
                fail(name, "damaged ZIP64 end record (wrong signature)");
            record.entries = u64(zip64End + 32);
            record.directorySize = u64(zip64End + 40);
            record.directoryOffset = u64(zip64End + 48);
            record.directoryLimit = recordOffset;
            zip64 = true;
        }
    }
    if (deferred && !zip64)
        fail(name, "damaged ZIP archive (its end record refers to a ZIP64 record that is missing)");
    if (!zip64 && (u16(end + 4) != 0 || u16(end + 6) != 0 || u16(end + 8) != u16(end + 10)))
        fail(name, "a multi-part ZIP archive: only single files are supported");
    return record;
}

// Sizes and offset of a central entry whose 32-bit fields are all ones come from its ZIP64 extra field.
void applyZip64Extra(const std::uint8_t* extra, std::size_t extraSize, ZipEntry& entry, bool wideSize, bool wideCompressed,
                     bool wideOffset, const std::string& name)
{
    for (std::size_t at = 0; at + 4 <= extraSize;) {
        const std::uint16_t id = u16(extra + at);
        const std::size_t size = u16(extra + at + 2);
        if (size > extraSize - at - 4)
            break; // a malformed trailing field: the checks below report missing values
        if (id == 0x0001) {
            std::size_t field = at + 4;
            const std::size_t fieldEnd = field + size;
            auto take = [&](std::uint64_t& value) {
                if (fieldEnd - field < 8)
                    fail(name, "damaged ZIP64 field in the record of '" + entry.name + "'");
                value = u64(extra + field);
                field += 8;
            };
            if (wideSize)
                take(entry.size);
            if (wideCompressed)
                take(entry.compressedSize);
            if (wideOffset)
                take(entry.localHeaderOffset);
            return;
        }
        at += 4 + size;
    }
    if (wideSize || wideCompressed || wideOffset)
        fail(name, "the record of '" + entry.name + "' lacks its ZIP64 sizes");
}

} // namespace

const ZipEntry* ZipIndex::find(std::string_view name) const
{
    for (const ZipEntry& entry : entries)
        if (entry.name == name)
            return &entry;
    return nullptr;
}

ZipIndex parseZipIndex(const ZipByteReader& read, std::uint64_t fileSize, const std::string& name)
{
    const EndRecord end = findEndRecord(read, fileSize, name);
    if (end.directoryOffset > end.directoryLimit || end.directorySize > end.directoryLimit - end.directoryOffset)
        fail(name, "truncated or damaged: the table of records lies beyond the end of the file");
    if (end.entries > kMaxEntries || end.directorySize > kMaxDirectoryBytes)
        fail(name, "damaged ZIP archive (" + std::to_string(end.entries) + " records in a table of " +
                       std::to_string(end.directorySize) + " bytes)");
    if (end.entries * kCentralSize > end.directorySize)
        fail(name, "damaged ZIP archive (" + std::to_string(end.entries) + " records cannot fit in a table of " +
                       std::to_string(end.directorySize) + " bytes)");
    std::vector<std::uint8_t> directory(static_cast<std::size_t>(end.directorySize));
    if (!directory.empty() && !read(end.directoryOffset, directory.size(), directory.data()))
        fail(name, "cannot read the table of records");

    ZipIndex index;
    index.entries.reserve(static_cast<std::size_t>(end.entries));
    std::size_t at = 0;
    for (std::uint64_t i = 0; i < end.entries; ++i) {
        const std::uint8_t* header = directory.data() + at;
        if (directory.size() - at < kCentralSize || u32(header) != kCentralSignature)
            fail(name, "damaged table of records (record " + std::to_string(i + 1) + " of " + std::to_string(end.entries) + ")");
        const std::size_t nameSize = u16(header + 28), extraSize = u16(header + 30), commentSize = u16(header + 32);
        if (directory.size() - at - kCentralSize < nameSize + extraSize + commentSize)
            fail(name, "damaged table of records (record " + std::to_string(i + 1) + " runs past its end)");
        ZipEntry entry;
        entry.method = u16(header + 10);
        entry.compressedSize = u32(header + 20);
        entry.size = u32(header + 24);
        entry.localHeaderOffset = u32(header + 42);
        entry.name.assign(reinterpret_cast<const char*>(header + kCentralSize), nameSize);
        applyZip64Extra(header + kCentralSize + nameSize, extraSize, entry, entry.size == 0xFFFFFFFFu,
                        entry.compressedSize == 0xFFFFFFFFu, entry.localHeaderOffset == 0xFFFFFFFFu, name);
        at += kCentralSize + nameSize + extraSize + commentSize;

        // The record's data must lie whole before the table: a file cut short fails here or above.
        const std::uint64_t limit = end.directoryOffset;
        if (entry.localHeaderOffset > limit || limit - entry.localHeaderOffset < kLocalSize)
            fail(name, "truncated or damaged: record '" + entry.name + "' starts beyond the data");
        std::uint8_t local[kLocalSize];
        if (!read(entry.localHeaderOffset, kLocalSize, local) || u32(local) != kLocalSignature)
            fail(name, "damaged ZIP archive: record '" + entry.name + "' has no local header where the table says");
        const std::uint64_t dataStart = entry.localHeaderOffset + kLocalSize + u16(local + 26) + u16(local + 28);
        if (dataStart > limit || entry.compressedSize > limit - dataStart)
            fail(name, "truncated or damaged: record '" + entry.name + "' (" + std::to_string(entry.compressedSize) +
                           " bytes) runs past the end of the data");
        index.entries.push_back(std::move(entry));
    }
    return index;
}

ZipIndex parseZipIndex(const std::uint8_t* data, std::size_t size, const std::string& name)
{
    return parseZipIndex(
        [data, size](std::uint64_t offset, std::size_t count, std::uint8_t* out) {
            if (offset > size || count > size - offset)
                return false;
            if (count)
                std::memcpy(out, data + offset, count);
            return true;
        },
        size, name);
}

ZipIndex readZipIndex(const std::string& path)
{
    struct Closer {
        void operator()(std::FILE* file) const { std::fclose(file); }
    };
    std::unique_ptr<std::FILE, Closer> file(std::fopen(path.c_str(), "rb"));
    if (!file)
        fail(path, std::string("cannot open (") + std::strerror(errno) + ")");
    struct stat status {};
    if (::fstat(::fileno(file.get()), &status) != 0 || !S_ISREG(status.st_mode))
        fail(path, "not a regular file");
    return parseZipIndex(
        [&file](std::uint64_t offset, std::size_t count, std::uint8_t* out) {
            return ::fseeko(file.get(), static_cast<off_t>(offset), SEEK_SET) == 0 && std::fread(out, 1, count, file.get()) == count;
        },
        static_cast<std::uint64_t>(status.st_size), path);
}

void checkTorchArchive(const ZipIndex& index, const std::string& path, const std::string& what)
{
    const std::string notA = "not a " + what + " (";
    if (index.entries.empty())
        fail(path, notA + "an empty ZIP archive)");
    const std::string& first = index.entries.front().name;
    const std::size_t slash = first.find('/');
    if (slash == std::string::npos || slash == 0)
        fail(path, notA + "a ZIP archive whose records are not in one top folder, as LibTorch writes them)");
    const std::string folder = first.substr(0, slash + 1);
    for (const ZipEntry& entry : index.entries)
        if (entry.name.compare(0, folder.size(), folder) != 0)
            fail(path, notA + "a ZIP archive with records outside " + folder + ", as LibTorch never writes them)");
    if (!index.find(folder + "data.pkl"))
        fail(path, notA + "a ZIP archive without the " + folder + "data.pkl record LibTorch writes)");
}

void checkTorchArchive(const std::string& path, const std::string& what)
{
    ZipIndex index;
    try {
        index = readZipIndex(path);
    } catch (const std::runtime_error& error) {
        // "<path>: <problem>" becomes "<path>: not a <what> (<problem>)".
        std::string problem = error.what();
        if (problem.compare(0, path.size() + 2, path + ": ") == 0)
            problem.erase(0, path.size() + 2);
        fail(path, "not a " + what + " (" + problem + ")");
    }
    checkTorchArchive(index, path, what);
}

} // namespace tagscope
