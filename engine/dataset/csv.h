#pragma once
// RFC 4180 CSV reading for annotation files of any size: quoted fields (commas, doubled quotes, line breaks),
// CRLF or LF, an optional UTF-8 BOM. Files are read in blocks that end on record boundaries, so a 400 MB
// file never sits in memory whole. (Open Images label files, quote-free, have a faster reader of their own:
// open_images_rows.h.)
#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace tagscope {

struct CsvBlock {
    const char* data = nullptr;
    std::size_t size = 0;
    std::uint64_t firstLine = 1; // 1-based line number of the block's first character
    bool hasQuotes = false;      // false: records never span lines
};

// Reads `path` block by block (BOM stripped); onBlock returns false to stop early. Blocks end where the
// record parser with this separator ends a record, so the block size never changes what the file parses to.
// Throws std::runtime_error naming the file when it cannot be opened or read.
void readCsvBlocks(const std::string& path, const std::function<bool(const CsvBlock&)>& onBlock,
                   std::size_t blockBytes = std::size_t(32) << 20, char separator = ',');

// Parses the records of one block.
class CsvRecordParser {
public:
    CsvRecordParser(const CsvBlock& block, char separator = ',');

    // Reads the next record into `fields` (views into the block or into the parser's scratch space, valid
    // until the next call). Returns false at the end of the block. A malformed record still returns true
    // with error() set; its fields are then unreliable and the parser resumes at the next line.
    bool next(std::vector<std::string_view>& fields);
    std::uint64_t recordLine() const { return recordLine_; } // line on which the last record started
    std::uint64_t nextLine() const { return line_; }         // line the parser has reached
    const std::string& error() const { return error_; }

private:
    const char* pos_;
    const char* end_;
    std::uint64_t line_;
    std::uint64_t recordLine_ = 0;
    char separator_;
    std::string error_;
    // Unescaped copies of fields with doubled quotes. A deque: growing it must not move the strings that
    // earlier fields of the record still view (a short string keeps its characters inside the object).
    std::deque<std::string> scratch_;
    std::size_t scratchUsed_ = 0;
};

// Reads a whole (small) file: every record, with its line and any error. For class lists and configs.
struct CsvRecord {
    std::uint64_t line = 0;
    std::vector<std::string> fields;
    std::string error;
};
std::vector<CsvRecord> readSmallCsv(const std::string& path, char separator = ',');

} // namespace tagscope
