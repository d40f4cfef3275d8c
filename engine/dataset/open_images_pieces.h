#pragma once
// Open Images label files cut into pieces at line starts and parsed on every core: worker threads parse
// pieces ahead of the one thread that takes them, in each file's order, and merges them. Pieces are read
// with pread into reused buffers, not mapped: a file cut short while it is read gives an error naming it
// instead of a crash (SIGBUS).
#include "dataset/open_images_rows.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace tagscope::open_images {

class LabelFilePieces {
public:
    // Throws std::runtime_error naming the file when it cannot be opened.
    explicit LabelFilePieces(std::string path);
    ~LabelFilePieces();
    LabelFilePieces(const LabelFilePieces&) = delete;
    LabelFilePieces& operator=(const LabelFilePieces&) = delete;

    const std::string& path() const { return path_; }
    std::uint64_t size() const { return size_; } // when opened: later growth is not read

    // Up to `size` bytes at `offset`, fewer only at the end of the file. Throws naming the file on a read error.
    std::size_t readAt(std::uint64_t offset, char* into, std::size_t size) const;

    // Cuts the text after `dataStart` (past a BOM and a header) into pieces of about `pieceBytes`.
    void cut(std::uint64_t dataStart, std::size_t pieceBytes);
    std::size_t pieceCount() const { return pieceCount_; }
    std::uint64_t pieceBytes(std::size_t index) const; // the bytes it stands for in the file, for progress

    // The lines that start inside piece `index`, read into `buffer` and followed by kParsePadding '\n' bytes.
    // Throws naming the file when it is read short (it shrank while being read).
    std::string_view readPiece(std::size_t index, std::vector<char>& buffer) const;

private:
    std::string path_;
    int descriptor_ = -1;
    std::uint64_t size_ = 0;
    std::uint64_t dataStart_ = 0;
    std::uint64_t pieceBytes_ = 1;
    std::size_t pieceCount_ = 0;
};

class PieceParsers {
public:
    explicit PieceParsers(int threads); // the taking thread parses too: threads - 1 workers
    ~PieceParsers();                    // stops the workers (after their current piece) and joins them
    PieceParsers(const PieceParsers&) = delete;
    PieceParsers& operator=(const PieceParsers&) = delete;

    // Starts parsing `file`'s pieces ahead of take(); both must outlive this object. Returns its number.
    int add(const LabelFilePieces& file, const LabelRowParser& parser);
    // The next piece of `stream` in file order; false after its last. Parses pieces itself while it waits.
    // Rethrows a worker's read error.
    bool take(int stream, ParsedPiece& piece);
    // Gives a taken piece's buffers back, to be reused by a later piece.
    void recycle(ParsedPiece&& piece);
    // Pieces of `stream` parsed and waiting to be taken.
    std::size_t readyAhead(int stream);

private:
    struct Slot {
        bool done = false;
        ParsedPiece piece;
        std::exception_ptr error;
    };
    struct Stream {
        const LabelFilePieces* file;
        const LabelRowParser* parser;
        std::size_t nextToParse = 0;
        std::size_t nextToTake = 0;
        std::deque<Slot> slots; // pieces nextToTake, nextToTake + 1, ... being parsed or parsed
    };

    // With the lock held: picks the next piece to parse, preferably the one `preferred`'s taker waits for.
    bool claim(std::size_t preferred, std::size_t& stream, std::size_t& index, ParsedPiece& piece);
    void parse(std::size_t stream, std::size_t index, ParsedPiece& piece, std::vector<char>& buffer,
               std::unique_lock<std::mutex>& lock);
    void work();

    std::mutex mutex_;
    std::condition_variable changed_;
    std::vector<std::unique_ptr<Stream>> streams_;
    std::vector<ParsedPiece> spare_;
    std::vector<char> takerBuffer_;
    std::size_t window_;
    bool stopping_ = false;
    std::vector<std::thread> workers_;
};

} // namespace tagscope::open_images
