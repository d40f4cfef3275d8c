#include "embedding/content_hash.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <vector>

namespace tagscope {
namespace {

constexpr std::uint64_t kPrime = 0x100000001b3ULL;

struct HashState {
    // Four interleaved multiply-xor lanes over 64-bit words, so consecutive words do not wait on each other.
    std::uint64_t lanes[4];
    std::uint64_t length = 0;
    explicit HashState(std::uint64_t seed)
        : lanes{0xcbf29ce484222325ULL ^ seed, 0x84222325cbf29ce4ULL + seed, 0x9e3779b97f4a7c15ULL ^ (seed << 1), 0xbf58476d1ce4e5b9ULL}
    {
    }
    // `size` must be a multiple of 32 except on the last call.
    void add(const unsigned char* bytes, std::size_t size)
    {
        std::size_t w = 0;
        for (; w + 8 <= size; w += 8) {
            std::uint64_t word;
            std::memcpy(&word, bytes + w, 8);
            std::uint64_t& lane = lanes[(w / 8) & 3];
            lane = (lane ^ word) * kPrime;
            lane ^= lane >> 29;
        }
        for (; w < size; ++w)
            lanes[0] = (lanes[0] ^ bytes[w]) * kPrime;
        length += size;
    }
    std::uint64_t finish() const
    {
        std::uint64_t hash = length * kPrime;
        for (std::uint64_t lane : lanes)
            hash = (hash ^ lane) * kPrime + (hash >> 31);
        return hash;
    }
};

} // namespace

std::uint64_t hashBytes(const void* data, std::size_t size, std::uint64_t seed)
{
    HashState state(seed);
    state.add(static_cast<const unsigned char*>(data), size);
    return state.finish();
}

std::uint64_t hashFile(const std::string& path, std::uint64_t seed)
{
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file)
        throw std::runtime_error(path + ": cannot open (" + std::strerror(errno) + ")");
    HashState state(seed);
    std::vector<unsigned char> buffer(1 << 20); // a multiple of 32
    for (;;) {
        const std::size_t got = std::fread(buffer.data(), 1, buffer.size(), file);
        state.add(buffer.data(), got);
        if (got < buffer.size())
            break;
    }
    const bool failed = std::ferror(file) != 0;
    std::fclose(file);
    if (failed)
        throw std::runtime_error(path + ": read failed");
    return state.finish();
}

std::string hexHash(std::uint64_t hash)
{
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
    return text;
}

} // namespace tagscope
