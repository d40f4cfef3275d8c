#include "common/atomic_file.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <streambuf>

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

namespace tagscope {
namespace {

// Writes to a FILE and remembers the first error instead of failing the stream; later writes are dropped.
class FileSink : public std::streambuf {
public:
    FileSink(std::FILE* file, bool stopAfterFirstWrite) : file_(file), stopAfterFirstWrite_(stopAfterFirstWrite) {}
    int error() const { return error_; }

protected:
    std::streamsize xsputn(const char* data, std::streamsize size) override
    {
        if (!error_ && size > 0 && std::fwrite(data, 1, static_cast<std::size_t>(size), file_) != static_cast<std::size_t>(size))
            error_ = errno ? errno : EIO;
        if (stopAfterFirstWrite_ && size > 0) {
            stopAfterFirstWrite_ = false;
            std::fflush(file_);
            ::raise(SIGSTOP);
        }
        return size;
    }
    int_type overflow(int_type c) override
    {
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            const char byte = traits_type::to_char_type(c);
            xsputn(&byte, 1);
        }
        return traits_type::not_eof(c);
    }

private:
    std::FILE* file_;
    bool stopAfterFirstWrite_;
    int error_ = 0;
};

// A test hook: with TAGSCOPE_TEST_STOP_WRITING=<what> (e.g. "checkpoint"), the process stops itself (SIGSTOP) once
// the first bytes of such a file are in its temporary file, so that a test can kill a writer mid-write for sure.
bool stopsMidWrite(const std::string& what)
{
    const char* value = std::getenv("TAGSCOPE_TEST_STOP_WRITING");
    return value && what == value;
}

// The temporary files of writers that died mid-write (killed, a power cut) would stay forever, each as large
// as the file: those named after a process that no longer exists are removed.
void removeAbandonedTemporaries(const std::string& path)
{
    const std::filesystem::path target(path);
    const std::string prefix = target.filename().string() + ".tmp";
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(target.parent_path().empty() ? "." : target.parent_path(), error)) {
        const std::string name = entry.path().filename().string();
        if (name.compare(0, prefix.size(), prefix) != 0)
            continue;
        char* end = nullptr;
        const long pid = std::strtol(name.c_str() + prefix.size(), &end, 10);
        if (end == name.c_str() + prefix.size() || (*end != '-' && *end != '\0') || pid <= 0 || pid == ::getpid())
            continue;
        if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
            std::filesystem::remove(entry.path(), error);
    }
}

} // namespace

void writeStreamAtomically(const std::string& path, const std::string& what, const std::function<void(std::ostream&)>& write)
{
    static std::atomic<unsigned> counter{0};
    const std::string temporary = path + ".tmp" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
    auto fail = [&](const std::string& reason) {
        std::remove(temporary.c_str());
        throw std::runtime_error(path + ": cannot write the " + what + " (" + reason + ")");
    };
    std::FILE* file = std::fopen(temporary.c_str(), "wb");
    if (!file)
        throw std::runtime_error(path + ": cannot write the " + what + " (" + temporary + ": " + std::strerror(errno) + ")");
    FileSink sink(file, stopsMidWrite(what));
    std::ostream out(&sink);
    try {
        write(out);
    } catch (const std::exception& error) {
        std::fclose(file);
        const std::string message = error.what();
        fail(message.substr(0, message.find('\n'))); // LibTorch appends a backtrace after the first line
    }
    int error = sink.error();
    if (!error && std::fflush(file) != 0)
        error = errno;
    if (!error && ::fsync(::fileno(file)) != 0) // the data is on disk before the name points at it
        error = errno;
    if (std::fclose(file) != 0 && !error)
        error = errno;
    if (error)
        fail(std::strerror(error));
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        const int renameError = errno;
        std::remove(temporary.c_str());
        throw std::runtime_error(path + ": cannot replace the " + what + " (" + std::strerror(renameError) + ")");
    }
    removeAbandonedTemporaries(path);
}

void appendToFile(const std::string& path, const std::string& what, const std::string& text)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        throw std::runtime_error(path + ": cannot write the " + what + " (" + std::strerror(errno) + ")");
    const char* data = text.data();
    std::size_t left = text.size();
    bool stop = stopsMidWrite(what);
    int error = 0;
    while (left > 0) {
        const std::size_t chunk = stop ? std::max<std::size_t>(1, left / 2) : left;
        const ssize_t written = ::write(fd, data, chunk);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            error = errno;
            break;
        }
        data += written;
        left -= static_cast<std::size_t>(written);
        if (stop) { // half a record is on disk: the test kills the process here
            stop = false;
            ::fsync(fd);
            ::raise(SIGSTOP);
        }
    }
    if (!error && ::fsync(fd) != 0)
        error = errno;
    if (::close(fd) != 0 && !error)
        error = errno;
    if (error)
        throw std::runtime_error(path + ": cannot write the " + what + " (" + std::strerror(error) + ")");
}

} // namespace tagscope
