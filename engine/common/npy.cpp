#include "common/npy.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace tagscope {
namespace {

std::size_t sizeOf(NpyType type)
{
    switch (type) {
    case NpyType::Float32: return 4;
    case NpyType::Float64: return 8;
    case NpyType::Int64: return 8;
    case NpyType::Int32: return 4;
    case NpyType::UInt8: return 1;
    case NpyType::Bool: return 1;
    }
    return 1;
}

[[noreturn]] void fail(const std::string& name, const std::string& message)
{
    throw std::runtime_error(name + ": " + message);
}

// The value of `key` in the header's Python dict literal, e.g. 'descr': '<f4'.
std::string headerValue(const std::string& header, const std::string& key, const std::string& name)
{
    const std::size_t at = header.find("'" + key + "'");
    if (at == std::string::npos)
        fail(name, "the .npy header lacks '" + key + "'");
    std::size_t colon = header.find(':', at);
    if (colon == std::string::npos)
        fail(name, "malformed .npy header");
    std::size_t start = header.find_first_not_of(' ', colon + 1);
    if (start == std::string::npos)
        fail(name, "malformed .npy header");
    if (header[start] == '(') {
        const std::size_t end = header.find(')', start);
        if (end == std::string::npos)
            fail(name, "malformed shape in the .npy header");
        return header.substr(start, end - start + 1);
    }
    const std::size_t end = header.find_first_of(",}", start);
    return header.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

NpyType typeFromDescr(std::string descr, const std::string& name)
{
    if (descr.size() >= 2 && (descr.front() == '\'' || descr.front() == '"'))
        descr = descr.substr(1, descr.size() - 2);
    if (descr == "<f4")
        return NpyType::Float32;
    if (descr == "<f8")
        return NpyType::Float64;
    if (descr == "<i8")
        return NpyType::Int64;
    if (descr == "<i4")
        return NpyType::Int32;
    if (descr == "|u1" || descr == "<u1")
        return NpyType::UInt8;
    if (descr == "|b1")
        return NpyType::Bool;
    fail(name, "unsupported dtype " + descr + " (use float32, float64, int64, int32, uint8 or bool)");
}

std::vector<std::int64_t> parseShape(const std::string& text, const std::string& name)
{
    std::vector<std::int64_t> shape;
    std::size_t i = 1; // after '('
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == ','))
            ++i;
        if (i >= text.size() || text[i] == ')')
            break;
        std::int64_t value = 0;
        bool digits = false;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            value = value * 10 + (text[i] - '0');
            if (value > (std::int64_t(1) << 40))
                fail(name, "absurd dimension in the .npy shape");
            digits = true;
            ++i;
        }
        if (!digits)
            fail(name, "malformed shape " + text);
        shape.push_back(value);
    }
    return shape;
}

template <typename T> T load(const std::uint8_t* p)
{
    T value;
    std::memcpy(&value, p, sizeof value);
    return value;
}

} // namespace

std::int64_t NpyArray::elementCount() const
{
    // A zero anywhere makes the product zero; checking first keeps the other dimensions from overflowing it.
    if (std::find(shape.begin(), shape.end(), 0) != shape.end())
        return 0;
    std::int64_t count = 1;
    for (std::int64_t d : shape)
        count *= d;
    return count;
}

std::size_t NpyArray::elementSize() const { return sizeOf(type); }

std::vector<float> NpyArray::toFloat() const
{
    const auto n = static_cast<std::size_t>(elementCount());
    std::vector<float> out(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint8_t* p = data.data() + i * elementSize();
        switch (type) {
        case NpyType::Float32: out[i] = load<float>(p); break;
        case NpyType::Float64: out[i] = static_cast<float>(load<double>(p)); break;
        case NpyType::Int64: out[i] = static_cast<float>(load<std::int64_t>(p)); break;
        case NpyType::Int32: out[i] = static_cast<float>(load<std::int32_t>(p)); break;
        case NpyType::UInt8:
        case NpyType::Bool: out[i] = static_cast<float>(*p); break;
        }
    }
    return out;
}

std::vector<std::int64_t> NpyArray::toInt64() const
{
    const auto n = static_cast<std::size_t>(elementCount());
    std::vector<std::int64_t> out(n);
    const std::vector<float> floats = (type == NpyType::Float32 || type == NpyType::Float64) ? toFloat() : std::vector<float>{};
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint8_t* p = data.data() + i * elementSize();
        switch (type) {
        case NpyType::Int64: out[i] = load<std::int64_t>(p); break;
        case NpyType::Int32: out[i] = load<std::int32_t>(p); break;
        case NpyType::UInt8:
        case NpyType::Bool: out[i] = *p; break;
        case NpyType::Float32:
        case NpyType::Float64:
            if (floats[i] != std::floor(floats[i]))
                throw std::runtime_error("expected whole numbers, found " + std::to_string(floats[i]));
            if (!(std::abs(floats[i]) < 9.2e18f)) // also infinities: converting those to int64 is undefined
                throw std::runtime_error("expected 64-bit integers, found " + std::to_string(floats[i]));
            out[i] = static_cast<std::int64_t>(floats[i]);
            break;
        }
    }
    return out;
}

NpyHeader parseNpyHeader(const std::uint8_t* bytes, std::size_t size, std::uint64_t fileSize, const std::string& name)
{
    static const char magic[] = "\x93NUMPY";
    if (size < 10 || std::memcmp(bytes, magic, 6) != 0)
        fail(name, "not a .npy file (bad magic)");
    const int major = bytes[6];
    std::size_t headerLength, offset;
    if (major == 1) {
        headerLength = bytes[8] | (std::size_t(bytes[9]) << 8);
        offset = 10;
    } else if (major == 2 || major == 3) {
        if (size < 12)
            fail(name, "truncated .npy header");
        headerLength = bytes[8] | (std::size_t(bytes[9]) << 8) | (std::size_t(bytes[10]) << 16) | (std::size_t(bytes[11]) << 24);
        offset = 12;
    } else {
        fail(name, "unsupported .npy version " + std::to_string(major));
    }
    if (headerLength > size - offset)
        fail(name, "truncated .npy header");
    const std::string header(reinterpret_cast<const char*>(bytes + offset), headerLength);
    NpyHeader result;
    result.type = typeFromDescr(headerValue(header, "descr", name), name);
    if (headerValue(header, "fortran_order", name).find("True") != std::string::npos)
        fail(name, "Fortran-ordered arrays are not supported (save with np.ascontiguousarray)");
    result.shape = parseShape(headerValue(header, "shape", name), name);
    result.dataOffset = offset + headerLength;
    const std::uint64_t available = fileSize - result.dataOffset;
    const std::size_t elementSize = sizeOf(result.type);
    // The element count of a hostile shape overflows 64 bits: multiply only while it still fits the data.
    std::uint64_t count = 1;
    bool fits = true;
    if (std::find(result.shape.begin(), result.shape.end(), 0) != result.shape.end())
        count = 0;
    else
        for (std::int64_t d : result.shape) {
            if (count > available / elementSize / static_cast<std::uint64_t>(d)) {
                fits = false;
                break;
            }
            count *= static_cast<std::uint64_t>(d);
        }
    if (!fits || count * elementSize != available)
        fail(name, "data size " + std::to_string(available) + " bytes does not match the shape " + headerValue(header, "shape", name) +
                       " of " + std::to_string(elementSize) + "-byte elements");
    return result;
}

NpyArray parseNpy(const std::vector<std::uint8_t>& bytes, const std::string& name)
{
    const NpyHeader header = parseNpyHeader(bytes.data(), bytes.size(), bytes.size(), name);
    NpyArray array;
    array.type = header.type;
    array.shape = header.shape;
    array.data.assign(bytes.begin() + static_cast<std::ptrdiff_t>(header.dataOffset), bytes.end());
    return array;
}

NpyArray readNpy(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        fail(path, std::string("cannot open (") + std::strerror(errno) + ")");
    std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return parseNpy(bytes, path);
}

namespace {

void writeNpyBytes(const std::string& path, const char* descr, const void* data, std::size_t count, std::size_t elementSize,
                   const std::vector<std::int64_t>& shape)
{
    std::string dims;
    for (std::int64_t d : shape)
        dims += std::to_string(d) + ", ";
    if (shape.size() > 1)
        dims.erase(dims.size() - 2);
    else if (shape.size() == 1)
        dims.erase(dims.size() - 1); // "(n,)"
    std::string header = std::string("{'descr': '") + descr + "', 'fortran_order': False, 'shape': (" + dims + "), }";
    const std::size_t total = 10 + header.size() + 1;
    header.append((64 - total % 64) % 64, ' ');
    header.push_back('\n');
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (!file)
        fail(path, std::string("cannot create (") + std::strerror(errno) + ")");
    const std::uint8_t prefix[10] = {0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, static_cast<std::uint8_t>(header.size() & 0xFF),
                                     static_cast<std::uint8_t>(header.size() >> 8)};
    const bool ok = std::fwrite(prefix, 1, 10, file) == 10 && std::fwrite(header.data(), 1, header.size(), file) == header.size()
        && std::fwrite(data, elementSize, count, file) == count;
    const bool closed = std::fclose(file) == 0;
    if (!ok || !closed)
        fail(path, std::string("write failed (") + std::strerror(errno) + ")");
}

} // namespace

void writeNpy(const std::string& path, const std::vector<float>& values, const std::vector<std::int64_t>& shape)
{
    writeNpyBytes(path, "<f4", values.data(), values.size(), sizeof(float), shape);
}

void writeNpyInt64(const std::string& path, const std::vector<std::int64_t>& values, const std::vector<std::int64_t>& shape)
{
    writeNpyBytes(path, "<i8", values.data(), values.size(), sizeof(std::int64_t), shape);
}

} // namespace tagscope
