#include "common/npy_rows.h"

#include "common/npy.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace tagscope {

NpyRowReader::NpyRowReader(const std::string& path)
    : path_(path)
{
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0)
        throw std::runtime_error(path + ": cannot open (" + std::strerror(errno) + ")");
    struct stat info {};
    if (::fstat(fd_, &info) != 0) {
        ::close(fd_);
        throw std::runtime_error(path + ": cannot read its size (" + std::strerror(errno) + ")");
    }
    // Headers are short (a multiple of 64 bytes, rarely more than 128); 64 KiB holds any real one.
    std::vector<std::uint8_t> head(static_cast<std::size_t>(std::min<std::uint64_t>(info.st_size, 65536)));
    const ssize_t got = ::pread(fd_, head.data(), head.size(), 0);
    try {
        if (got != static_cast<ssize_t>(head.size()))
            throw std::runtime_error(path + ": cannot read the .npy header");
        const NpyHeader header = parseNpyHeader(head.data(), head.size(), static_cast<std::uint64_t>(info.st_size), path);
        if (header.type != NpyType::Float32)
            throw std::runtime_error(path + ": expected float32 values (np.float32), found another dtype");
        if (header.shape.size() != 2)
            throw std::runtime_error(path + ": expected a 2-D array (rows x columns), found " + std::to_string(header.shape.size()) +
                                     " dimensions");
        rows_ = static_cast<std::size_t>(header.shape[0]);
        cols_ = static_cast<std::size_t>(header.shape[1]);
        dataOffset_ = header.dataOffset;
    } catch (...) {
        ::close(fd_);
        throw;
    }
#ifdef POSIX_FADV_SEQUENTIAL
    ::posix_fadvise(fd_, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
}

NpyRowReader::~NpyRowReader()
{
    if (fd_ >= 0)
        ::close(fd_);
}

void NpyRowReader::read(std::size_t first, std::size_t count, std::vector<float>& out) const
{
    if (first > rows_ || count > rows_ - first)
        throw std::out_of_range(path_ + ": rows " + std::to_string(first) + " to " + std::to_string(first + count) + " are past its " +
                                std::to_string(rows_) + " rows");
    out.resize(count * cols_);
    auto* bytes = reinterpret_cast<char*>(out.data());
    std::uint64_t left = static_cast<std::uint64_t>(count) * cols_ * sizeof(float);
    std::uint64_t offset = dataOffset_ + static_cast<std::uint64_t>(first) * cols_ * sizeof(float);
    while (left > 0) {
        const ssize_t got = ::pread(fd_, bytes, left, static_cast<off_t>(offset));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            throw std::runtime_error(path_ + ": read failed (" + (got < 0 ? std::strerror(errno) : "the file is shorter than its header says") + ")");
        bytes += got;
        offset += static_cast<std::uint64_t>(got);
        left -= static_cast<std::uint64_t>(got);
    }
}

} // namespace tagscope
