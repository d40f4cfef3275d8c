#pragma once
// 64-bit content hashes: which data a saved search index was built from, which model an embedding cache came
// from. Not cryptographic; fast (several hundred MB per second) and stable across runs and machines.
#include <cstddef>
#include <cstdint>
#include <string>

namespace tagscope {

std::uint64_t hashBytes(const void* data, std::size_t size, std::uint64_t seed = 0);
// Throws std::runtime_error naming the file when it cannot be read.
std::uint64_t hashFile(const std::string& path, std::uint64_t seed = 0);
std::string hexHash(std::uint64_t hash); // 16 lowercase hex digits

} // namespace tagscope
