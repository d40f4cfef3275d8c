#include "dataset/open_images_pieces.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace tagscope::open_images {

LabelFilePieces::LabelFilePieces(std::string path) : path_(std::move(path))
{
    descriptor_ = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
    if (descriptor_ < 0)
        throw std::runtime_error(path_ + ": cannot open (" + std::strerror(errno) + ")");
    struct stat status;
    if (::fstat(descriptor_, &status) != 0) {
        const int error = errno;
        ::close(descriptor_);
        throw std::runtime_error(path_ + ": cannot read (" + std::strerror(error) + ")");
    }
    size_ = static_cast<std::uint64_t>(status.st_size);
}

LabelFilePieces::~LabelFilePieces() { ::close(descriptor_); }

std::size_t LabelFilePieces::readAt(std::uint64_t offset, char* into, std::size_t size) const
{
    std::size_t done = 0;
    while (done < size) {
        const ssize_t got = ::pread(descriptor_, into + done, size - done, static_cast<off_t>(offset + done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            throw std::runtime_error(path_ + ": read error (" + std::strerror(errno) + ")");
        if (got == 0)
            break;
        done += static_cast<std::size_t>(got);
    }
    return done;
}

void LabelFilePieces::cut(std::uint64_t dataStart, std::size_t pieceBytes)
{
    dataStart_ = std::min(dataStart, size_);
    pieceBytes_ = std::max<std::uint64_t>(pieceBytes, 1);
    pieceCount_ = static_cast<std::size_t>((size_ - dataStart_ + pieceBytes_ - 1) / pieceBytes_);
}

std::uint64_t LabelFilePieces::pieceBytes(std::size_t index) const
{
    const std::uint64_t begin = dataStart_ + index * pieceBytes_;
    return std::min(begin + pieceBytes_, size_) - begin;
}

std::string_view LabelFilePieces::readPiece(std::size_t index, std::vector<char>& buffer) const
{
    // A line belongs to the piece it starts in. So read from the byte before the piece (is a line starting
    // right at it?) to past the piece's end, far enough to finish the last line.
    constexpr std::size_t kLineTail = 4096;
    const std::uint64_t begin = dataStart_ + index * pieceBytes_;
    const std::uint64_t end = begin + pieceBytes(index);
    const std::uint64_t from = begin > dataStart_ ? begin - 1 : begin;
    std::size_t wanted = static_cast<std::size_t>(std::min(end + kLineTail, size_) - from);
    buffer.resize(wanted + kParsePadding);
    std::size_t filled = readAt(from, buffer.data(), wanted);
    auto shortRead = [&] {
        return std::runtime_error(path_ + ": shorter than when the import began (changed while it was read)");
    };
    if (filled < wanted)
        throw shortRead();
    std::size_t start = 0;
    const std::size_t pieceEnd = static_cast<std::size_t>(end - from);
    if (from < begin) {
        const void* newline = std::memchr(buffer.data(), '\n', pieceEnd);
        start = newline ? static_cast<std::size_t>(static_cast<const char*>(newline) - buffer.data()) + 1 : pieceEnd;
        if (start >= pieceEnd)
            return {}; // no line starts here: a line from an earlier piece covers it
    }
    // The text ends with the line break at or after the piece's last byte, or at the end of the file.
    std::size_t searched = pieceEnd - 1;
    std::size_t textEnd = 0;
    for (;;) {
        const void* newline = std::memchr(buffer.data() + searched, '\n', filled - searched);
        if (newline) {
            textEnd = static_cast<std::size_t>(static_cast<const char*>(newline) - buffer.data()) + 1;
            break;
        }
        if (from + filled >= size_) {
            textEnd = filled;
            break;
        }
        searched = filled; // a long last line: read on
        const std::size_t more = static_cast<std::size_t>(std::min<std::uint64_t>(std::max<std::size_t>(filled, kLineTail), size_ - from - filled));
        buffer.resize(filled + more + kParsePadding);
        const std::size_t got = readAt(from + filled, buffer.data() + filled, more);
        if (got < more)
            throw shortRead();
        filled += got;
    }
    std::memset(buffer.data() + textEnd, '\n', kParsePadding);
    return {buffer.data() + start, textEnd - start};
}

// Up to 4 pieces a thread ahead of the taker in each stream: enough for the workers never to wait while the taker
// merges (a piece's rows take about half its bytes).
PieceParsers::PieceParsers(int threads) : window_(static_cast<std::size_t>(std::max(threads, 1)) * 4 + 4)
{
    for (int i = 1; i < threads; ++i)
        workers_.emplace_back([this] { work(); });
}

PieceParsers::~PieceParsers()
{
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    for (std::thread& worker : workers_)
        worker.join();
}

int PieceParsers::add(const LabelFilePieces& file, const LabelRowParser& parser)
{
    {
        std::lock_guard<std::mutex> lock(mutex_);
        auto stream = std::make_unique<Stream>();
        stream->file = &file;
        stream->parser = &parser;
        streams_.push_back(std::move(stream));
    }
    changed_.notify_all();
    return static_cast<int>(streams_.size() - 1);
}

bool PieceParsers::claim(std::size_t preferred, std::size_t& stream, std::size_t& index, ParsedPiece& piece)
{
    // The piece the taker waits for, else the stream with the fewest pieces ready ahead of its taker: all of
    // them keep pace with a merge by ImageID.
    std::size_t best = streams_.size();
    const bool awaited = preferred < streams_.size() && streams_[preferred]->nextToParse == streams_[preferred]->nextToTake
        && streams_[preferred]->nextToParse < streams_[preferred]->file->pieceCount();
    if (awaited)
        best = preferred;
    for (std::size_t s = 0; s < streams_.size() && !awaited; ++s) {
        const Stream& candidate = *streams_[s];
        const std::size_t ahead = candidate.nextToParse - candidate.nextToTake;
        if (candidate.nextToParse < candidate.file->pieceCount() && ahead < window_
            && (best == streams_.size() || ahead < streams_[best]->nextToParse - streams_[best]->nextToTake))
            best = s;
    }
    if (best == streams_.size())
        return false;
    Stream& chosen = *streams_[best];
    stream = best;
    index = chosen.nextToParse++;
    chosen.slots.emplace_back();
    if (!spare_.empty()) {
        piece = std::move(spare_.back());
        spare_.pop_back();
    }
    return true;
}

void PieceParsers::parse(std::size_t stream, std::size_t index, ParsedPiece& piece, std::vector<char>& buffer,
                         std::unique_lock<std::mutex>& lock)
{
    const Stream& source = *streams_[stream];
    std::exception_ptr error;
    lock.unlock();
    try {
        piece.clear();
        const std::string_view text = source.file->readPiece(index, buffer);
        source.parser->parseQuoteFree(text.data(), text.size(), piece);
    } catch (...) {
        error = std::current_exception();
    }
    lock.lock();
    Stream& target = *streams_[stream];
    Slot& slot = target.slots[index - target.nextToTake];
    slot.piece = std::move(piece);
    slot.error = error;
    slot.done = true;
    changed_.notify_all();
}

void PieceParsers::work()
{
    std::vector<char> buffer;
    std::unique_lock<std::mutex> lock(mutex_);
    while (!stopping_) {
        std::size_t stream, index;
        ParsedPiece piece;
        if (!claim(streams_.size(), stream, index, piece)) {
            changed_.wait(lock);
            continue;
        }
        parse(stream, index, piece, buffer, lock);
    }
}

bool PieceParsers::take(int streamNumber, ParsedPiece& piece)
{
    std::unique_lock<std::mutex> lock(mutex_);
    Stream& stream = *streams_[static_cast<std::size_t>(streamNumber)];
    if (stream.nextToTake >= stream.file->pieceCount())
        return false;
    while (stream.slots.empty() || !stream.slots.front().done) {
        // Rather than wait, parse: the piece needed here first, else whichever a worker would take next.
        std::size_t other, index;
        ParsedPiece spare;
        if (claim(static_cast<std::size_t>(streamNumber), other, index, spare))
            parse(other, index, spare, takerBuffer_, lock);
        else
            changed_.wait(lock);
    }
    Slot slot = std::move(stream.slots.front());
    stream.slots.pop_front();
    ++stream.nextToTake;
    lock.unlock();
    changed_.notify_all(); // room in the window
    if (slot.error)
        std::rethrow_exception(slot.error);
    piece = std::move(slot.piece);
    return true;
}

std::size_t PieceParsers::readyAhead(int streamNumber)
{
    std::lock_guard<std::mutex> lock(mutex_);
    const Stream& stream = *streams_[static_cast<std::size_t>(streamNumber)];
    return static_cast<std::size_t>(std::count_if(stream.slots.begin(), stream.slots.end(), [](const Slot& slot) { return slot.done; }));
}

void PieceParsers::recycle(ParsedPiece&& piece)
{
    std::lock_guard<std::mutex> lock(mutex_);
    if (spare_.size() < 2 * window_)
        spare_.push_back(std::move(piece));
}

} // namespace tagscope::open_images
