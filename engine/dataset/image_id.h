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

// High bit of each byte set when that byte is an ASCII hex digit (either case).
inline std::uint64_t hexBytes(std::uint64_t x)
{
    const std::uint64_t ascii = ~x & kHighBits;
    return (bytesInRange(x, '0', '9') | bytesInRange(x | (kOnes * 0x20), 'a', 'f')) & ascii;
}

// Eight hex digits (first digit in the lowest byte, all checked by hexBytes) to their 32-bit value.
inline std::uint64_t eightHexValue(std::uint64_t x)
{
    // Nibble per byte: low four bits, plus 9 for letters (bit 6 set).
    std::uint64_t v = (x & (kOnes * 0x0F)) + ((x >> 6) & kOnes) * 9;
    v = ((v << 4) | (v >> 8)) & 0x00FF00FF00FF00FFull;   // pairs of digits into bytes
    v = ((v << 8) | (v >> 16)) & 0x0000FFFF0000FFFFull;  // pairs of bytes into 16 bits
    return ((v << 16) | (v >> 32)) & 0xFFFFFFFFull;
}
} // namespace image_id_detail

// Exactly 16 hex digits (either case) -> value; false otherwise. Both halves stay in registers: returning
// them through 32-bit variables had the compiler store and reload them 64 bits wide, a store-to-load
// forwarding stall on every row.
inline bool parseImageIdFast(std::string_view text, std::uint64_t& id)
{
    if (text.size() != 16)
        return false;
    std::uint64_t high, low;
    std::memcpy(&high, text.data(), 8);
    std::memcpy(&low, text.data() + 8, 8);
    if ((image_id_detail::hexBytes(high) & image_id_detail::hexBytes(low)) != image_id_detail::kHighBits)
        return false;
    id = (image_id_detail::eightHexValue(high) << 32) | image_id_detail::eightHexValue(low);
    return true;
}

} // namespace tagscope
