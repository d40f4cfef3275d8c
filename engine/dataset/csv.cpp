#include "dataset/csv.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <thread>

#include <sys/stat.h>

namespace tagscope {
namespace {

struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
};

// Position just past the last record that ends inside [data, data + size). With quotes it follows the
// record parser's rules exactly (a quote opens a quoted field only at the start of a field, "" inside one is
// a quote, text after a closing quote spoils the rest of the line): a cut anywhere else would let the block
// size change what a file parses to.
std::size_t lastRecordEnd(const char* data, std::size_t size, bool hasQuotes, char separator)
{
    if (!hasQuotes) {
        const void* last = memrchr(data, '\n', size);
        return last ? static_cast<std::size_t>(static_cast<const char*>(last) - data) + 1 : 0;
    }
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote, RestOfLine } state = State::FieldStart;
    std::size_t end = 0;
    for (std::size_t i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '\n' && state != State::Quoted) { // a record ends ("\r\n" too, at its '\n')
            end = i + 1;
            state = State::FieldStart;
            continue;
        }
        switch (state) {
        case State::FieldStart:
            state = c == '"' ? State::Quoted : c == separator ? State::FieldStart : State::Unquoted;
            break;
        case State::Unquoted:
            if (c == separator)
                state = State::FieldStart;
            break;
        case State::Quoted:
            if (c == '"')
                state = State::AfterQuote;
            break;
        case State::AfterQuote: // "" is a quote; anything but a separator spoils the rest of the line
            state = c == '"' ? State::Quoted : c == separator ? State::FieldStart : State::RestOfLine;
            break;
        case State::RestOfLine:
            break;
        }
    }
    return end;
}

std::uint64_t countLines(const char* data, std::size_t size)
{
    return static_cast<std::uint64_t>(std::count(data, data + size, '\n'));
}

} // namespace

namespace {

// Cuts a file into blocks that end on record boundaries. Not thread-safe: one reader per file.
class BlockReader {
public:
    BlockReader(const std::string& path, std::size_t blockBytes, char separator)
        : path_(path), blockBytes_(blockBytes), separator_(separator), file_(std::fopen(path.c_str(), "rb"))
    {
        if (!file_)
            throw std::runtime_error(path + ": cannot open (" + std::strerror(errno) + ")");
        // A small file (class descriptions, a short list) gets a buffer of its own size, not two of blockBytes.
        struct stat status;
        if (::fstat(::fileno(file_.get()), &status) == 0 && S_ISREG(status.st_mode)
            && static_cast<std::uint64_t>(status.st_size) < blockBytes_)
            blockBytes_ = static_cast<std::size_t>(status.st_size) + 1;
    }

    // Fills `buffer` with the next block; false when the file is exhausted.
    bool next(std::vector<char>& buffer, CsvBlock& block)
    {
        if (eof_ && carry_.empty())
            return false;
        buffer.resize(std::max(blockBytes_, carry_.size() * 2));
        if (!carry_.empty()) // memcpy from an empty vector's null data() is undefined even for 0 bytes
            std::memcpy(buffer.data(), carry_.data(), carry_.size());
        std::size_t filled = carry_.size();
        carry_.clear();
        for (;;) {
            if (!eof_ && filled < buffer.size()) {
                const std::size_t got = std::fread(buffer.data() + filled, 1, buffer.size() - filled, file_.get());
                if (got == 0 && std::ferror(file_.get()))
                    throw std::runtime_error(path_ + ": read error (" + std::strerror(errno) + ")");
                filled += got;
                eof_ = got == 0 || std::feof(file_.get());
            }
            std::size_t skip = 0;
            if (first_ && filled >= 3 && std::memcmp(buffer.data(), "\xEF\xBB\xBF", 3) == 0)
                skip = 3;
            const char* data = buffer.data() + skip;
            const std::size_t size = filled - skip;
            const bool hasQuotes = std::memchr(data, '"', size) != nullptr;
            const std::size_t end = eof_ ? size : lastRecordEnd(data, size, hasQuotes, separator_);
            if (end == 0 && !eof_) {
                buffer.resize(buffer.size() * 2); // one record longer than the block: grow and read on
                continue;
            }
            first_ = false;
            block = {data, end, line_, hasQuotes && std::memchr(data, '"', end) != nullptr};
            line_ += countLines(data, end);
            carry_.assign(data + end, data + size);
            return end > 0 || !carry_.empty();
        }
    }

private:
    std::string path_;
    std::size_t blockBytes_;
    char separator_;
    std::unique_ptr<std::FILE, FileCloser> file_;
    std::vector<char> carry_; // bytes after the last complete record
    std::uint64_t line_ = 1;
    bool first_ = true;
    bool eof_ = false;
};

} // namespace

void readCsvBlocks(const std::string& path, const std::function<bool(const CsvBlock&)>& onBlock, std::size_t blockBytes,
                   char separator)
{
    // Double buffering: a reader thread fills one buffer while onBlock works on the other, so reading and
    // scanning for record boundaries overlap with parsing.
    BlockReader reader(path, blockBytes, separator);
    std::vector<char> buffers[2];
    CsvBlock blocks[2];
    bool have[2] = {false, false};
    std::exception_ptr readError;
    auto readInto = [&](int slot) {
        try {
            have[slot] = reader.next(buffers[slot], blocks[slot]);
        } catch (...) {
            readError = std::current_exception();
            have[slot] = false;
        }
    };
    readInto(0);
    for (int slot = 0;; slot ^= 1) {
        if (readError)
            std::rethrow_exception(readError);
        if (!have[slot])
            return;
        std::thread prefetch(readInto, slot ^ 1);
        bool keepGoing;
        try {
            keepGoing = onBlock(blocks[slot]);
        } catch (...) {
            prefetch.join();
            throw;
        }
        prefetch.join();
        if (!keepGoing)
            return;
    }
}

CsvRecordParser::CsvRecordParser(const CsvBlock& block, char separator)
    : pos_(block.data), end_(block.data + block.size), line_(block.firstLine), separator_(separator)
{
}

bool CsvRecordParser::next(std::vector<std::string_view>& fields)
{
    fields.clear();
    error_.clear();
    scratchUsed_ = 0;
    // Blank lines carry no record.
    while (pos_ < end_ && (*pos_ == '\n' || (*pos_ == '\r' && pos_ + 1 < end_ && pos_[1] == '\n'))) {
        pos_ += *pos_ == '\r' ? 2 : 1;
        ++line_;
    }
    if (pos_ >= end_)
        return false;
    recordLine_ = line_;
    const char* const recordStart = pos_;
    for (;;) {
        if (*pos_ == '"') {
            // Quoted field: runs to the closing quote; "" stands for one quote; may hold separators and newlines.
            const char* start = ++pos_;
            bool escaped = false;
            for (;;) {
                const char* quote = static_cast<const char*>(std::memchr(pos_, '"', static_cast<std::size_t>(end_ - pos_)));
                if (!quote) {
                    // Nothing closes the quote: report this record and read on from the line after the one it
                    // started on, so that a stray quote costs one row instead of the rest of the file.
                    const void* newline = std::memchr(recordStart, '\n', static_cast<std::size_t>(end_ - recordStart));
                    pos_ = newline ? static_cast<const char*>(newline) + 1 : end_;
                    line_ = recordLine_ + (newline ? 1 : 0);
                    error_ = "unterminated quoted field (a stray '\"'?); the next line is read as a new row";
                    return true;
                }
                line_ += countLines(pos_, static_cast<std::size_t>(quote - pos_));
                if (quote + 1 < end_ && quote[1] == '"') {
                    escaped = true;
                    pos_ = quote + 2;
                    continue;
                }
                pos_ = quote + 1;
                break;
            }
            std::string_view raw(start, static_cast<std::size_t>(pos_ - 1 - start));
            if (escaped) {
                if (scratch_.size() <= scratchUsed_)
                    scratch_.emplace_back();
                std::string& text = scratch_[scratchUsed_++];
                text.clear();
                for (std::size_t i = 0; i < raw.size(); ++i) {
                    text.push_back(raw[i]);
                    if (raw[i] == '"')
                        ++i; // skip the second quote of a pair
                }
                raw = text;
            }
            fields.push_back(raw);
            if (pos_ < end_ && *pos_ == '\r' && pos_ + 1 < end_ && pos_[1] == '\n')
                ++pos_;
            if (pos_ >= end_ || *pos_ == '\n') {
                if (pos_ < end_) {
                    ++pos_;
                    ++line_;
                }
                return true;
            }
            if (*pos_ == separator_) {
                ++pos_;
                if (pos_ >= end_) {
                    fields.emplace_back();
                    return true;
                }
                continue;
            }
            error_ = "unexpected character after a closing quote";
            const void* newline = std::memchr(pos_, '\n', static_cast<std::size_t>(end_ - pos_));
            pos_ = newline ? static_cast<const char*>(newline) + 1 : end_;
            if (newline)
                ++line_;
            return true;
        }
        // Unquoted field: runs to the separator or the end of the line.
        const char* start = pos_;
        while (pos_ < end_ && *pos_ != separator_ && *pos_ != '\n')
            ++pos_;
        const char* fieldEnd = pos_;
        if (pos_ >= end_ || *pos_ == '\n') {
            if (fieldEnd > start && fieldEnd[-1] == '\r')
                --fieldEnd;
            fields.emplace_back(start, static_cast<std::size_t>(fieldEnd - start));
            if (pos_ < end_) {
                ++pos_;
                ++line_;
            }
            return true;
        }
        fields.emplace_back(start, static_cast<std::size_t>(fieldEnd - start));
        ++pos_; // separator
        if (pos_ >= end_) {
            fields.emplace_back();
            return true;
        }
    }
}

std::vector<CsvRecord> readSmallCsv(const std::string& path, char separator)
{
    std::vector<CsvRecord> records;
    std::vector<std::string_view> fields;
    readCsvBlocks(
        path,
        [&](const CsvBlock& block) {
            CsvRecordParser parser(block, separator);
            while (parser.next(fields)) {
                CsvRecord record;
                record.line = parser.recordLine();
                record.error = parser.error();
                record.fields.assign(fields.begin(), fields.end());
                records.push_back(std::move(record));
            }
            return true;
        },
        std::size_t(32) << 20, separator);
    return records;
}

} // namespace tagscope
