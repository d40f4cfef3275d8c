#pragma once
// The record table of a ZIP archive (ZIP64 included), read without LibTorch. LibTorch checkpoints, TorchScript
// modules and PyTorch .pt files are ZIP archives: checking the table first turns a truncated file (a write or a
// download cut short) or a foreign one into a message naming the file, before LibTorch's own reader sees it.
// Every offset and length is checked against the file size; nothing is allocated from an unchecked length.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace tagscope {

struct ZipEntry {
    std::string name;
    std::uint64_t localHeaderOffset = 0;
    std::uint64_t compressedSize = 0;
    std::uint64_t size = 0;
    std::uint16_t method = 0; // 0 stored, 8 deflated
};

struct ZipIndex {
    std::vector<ZipEntry> entries;
    const ZipEntry* find(std::string_view name) const;
};

// Reads `size` bytes at `offset` into `out`; false when they cannot be read.
using ZipByteReader = std::function<bool(std::uint64_t offset, std::size_t size, std::uint8_t* out)>;

// Throws std::runtime_error "<name>: <problem>" for anything that is not a complete, consistent archive.
ZipIndex parseZipIndex(const ZipByteReader& read, std::uint64_t fileSize, const std::string& name);
ZipIndex parseZipIndex(const std::uint8_t* data, std::size_t size, const std::string& name);
ZipIndex readZipIndex(const std::string& path); // reads the end of the file and the headers only

// Throws std::runtime_error naming the file unless it is a complete archive as LibTorch writes them: every
// record under one top folder, with that folder's data.pkl. `what` names the kind in messages ("checkpoint").
void checkTorchArchive(const ZipIndex& index, const std::string& path, const std::string& what);
void checkTorchArchive(const std::string& path, const std::string& what);

} // namespace tagscope
