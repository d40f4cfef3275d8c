#pragma once
// Open Images ImageIDs (16 hex digits) as 64-bit integers. Parsing runs once per annotation row, so it
// converts and validates eight characters at a time (SWAR) instead of looking at each one.
#include <cstdint>
#include <cstring>
#include <string_view>

namespace tagscope {

namespace image_id_detail {
constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHighBits = 0x8080808080808080ull;

// High bit of each byte set when that byte (all < 0x80) lies in [lo, hi].
inline std::uint64_t bytesInRange(std::uint64_t x, std::uint8_t lo, std::uint8_t hi)
{
    const std::uint64_t atLeastLo = x + kOnes * (0x80 - lo);
    const std::uint64_t aboveHi = x + kOnes * (0x7F - hi);
    return atLeastLo & ~aboveHi & kHighBits;
}

// Eight ASCII hex digits (first digit in the lowest byte) to their 32-bit value; false if any is not hex.
inline bool parseEightHex(const char* text, std::uint32_t& value)
{
    std::uint64_t x;
    std::memcpy(&x, text, 8);
    if (x & kHighBits)
        return false;
    const std::uint64_t digits = bytesInRange(x, '0', '9');
    const std::uint64_t letters = bytesInRange(x | (kOnes * 0x20), 'a', 'f');
    if ((digits | letters) != kHighBits)
        return false;
    // Nibble per byte: low four bits, plus 9 for letters (bit 6 set).
    std::uint64_t v = (x & (kOnes * 0x0F)) + ((x >> 6) & kOnes) * 9;
    v = ((v << 4) | (v >> 8)) & 0x00FF00FF00FF00FFull;   // pairs of digits into bytes
    v = ((v << 8) | (v >> 16)) & 0x0000FFFF0000FFFFull;  // pairs of bytes into 16 bits
    value = static_cast<std::uint32_t>(((v << 16) | (v >> 32)) & 0xFFFFFFFFull);
    return true;
}
} // namespace image_id_detail

// Exactly 16 hex digits (either case) -> value; false otherwise.
inline bool parseImageIdFast(std::string_view text, std::uint64_t& id)
{
    std::uint32_t high, low;
    if (text.size() != 16 || !image_id_detail::parseEightHex(text.data(), high)
        || !image_id_detail::parseEightHex(text.data() + 8, low))
        return false;
    id = (std::uint64_t(high) << 32) | low;
    return true;
}

} // namespace tagscope
