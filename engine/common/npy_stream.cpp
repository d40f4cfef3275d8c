#include "common/npy_stream.h"

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include <unistd.h>

namespace tagscope {
namespace {

// A row count of up to 20 digits fits in the header's padding: the header's size never changes.
constexpr std::size_t kHeaderBytes = 128;

} // namespace

NpyRowWriter::NpyRowWriter(std::string path, const char* descr, std::size_t elementSize, std::size_t columns)
    : path_(std::move(path)), temporary_(path_ + ".tmp" + std::to_string(::getpid())), descr_(descr), elementSize_(elementSize),
      columns_(columns)
{
    file_ = std::fopen(temporary_.c_str(), "wb");
    if (!file_)
        throw std::runtime_error(path_ + ": cannot create (" + std::strerror(errno) + ")");
    const std::string text = header();
    if (std::fwrite(text.data(), 1, text.size(), file_) != text.size())
        throw std::runtime_error(path_ + ": write failed (" + std::strerror(errno) + ")");
}

NpyRowWriter::~NpyRowWriter()
{
    if (file_) {
        std::fclose(file_);
        std::remove(temporary_.c_str());
    }
}

std::string NpyRowWriter::header() const
{
    const std::string shape = columns_ ? std::to_string(rows_) + ", " + std::to_string(columns_) : std::to_string(rows_) + ",";
    std::string dict = "{'descr': '" + descr_ + "', 'fortran_order': False, 'shape': (" + shape + "), }";
    dict.append(kHeaderBytes - 10 - 1 - dict.size(), ' ');
    dict.push_back('\n');
    const char prefix[10] = {'\x93', 'N', 'U', 'M', 'P', 'Y', 1, 0, static_cast<char>(dict.size() & 0xFF), static_cast<char>(dict.size() >> 8)};
    return std::string(prefix, 10) + dict;
}

void NpyRowWriter::append(const void* data, std::size_t rows)
{
    const std::size_t count = rows * (columns_ ? columns_ : 1);
    if (count && std::fwrite(data, elementSize_, count, file_) != count)
        throw std::runtime_error(path_ + ": write failed (" + std::strerror(errno) + ")");
    rows_ += rows;
}

void NpyRowWriter::finish()
{
    const std::string text = header();
    bool ok = std::fseek(file_, 0, SEEK_SET) == 0 && std::fwrite(text.data(), 1, text.size(), file_) == text.size() && std::fflush(file_) == 0
        && ::fsync(::fileno(file_)) == 0;
    const int error = errno;
    ok = std::fclose(file_) == 0 && ok;
    file_ = nullptr;
    if (!ok || std::rename(temporary_.c_str(), path_.c_str()) != 0) {
        std::remove(temporary_.c_str());
        throw std::runtime_error(path_ + ": write failed (" + std::strerror(ok ? errno : error) + ")");
    }
}

} // namespace tagscope
