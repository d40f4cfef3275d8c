#pragma once
// The rows of Open Images label files (ImageID,Source,LabelName,Confidence: 16 hex digits, where the label
// came from, the tag, and 1/0 or a machine confidence in [0, 1]), parsed a piece of a file at a time into
// 16-byte rows: ImageIDs become integers, LabelNames tag indices, and bad rows issues that name their line.
// Pieces hold whole lines and parse independently, so several threads can read one file; the caller numbers
// their lines and resolves the LabelNames that the class descriptions lack.
#include "dataset/dataset.h"
#include "dataset/import_report.h"
#include "dataset/label_name_table.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tagscope::open_images {

constexpr std::uint32_t kTagBits = 0x0FFFFFFFu;
constexpr std::uint32_t kMachineBit = 0x40000000u;
constexpr std::uint32_t kUnresolvedBit = 0x80000000u; // the tag field indexes the piece's newLabelNames
constexpr int kSplitShift = 28;
constexpr std::uint32_t kSplitBits = 0x3u << kSplitShift;

// One annotation row, 16 bytes: 9.4M rows stay under 160 MB.
struct LabelRow {
    std::uint64_t imageId;
    std::uint32_t packed; // tag (28 bits) | split (2 bits) | machine (1 bit) | unresolved (1 bit)
    float confidence;
};

struct LabelColumns {
    int imageId = 0;
    int labelName = 2;
    int confidence = 3;
    std::size_t needed = 4;
};

// The columns a header names; nullopt when the record is no header (the default order then applies).
// Throws std::runtime_error when a header lacks LabelName or Confidence.
std::optional<LabelColumns> labelColumnsFromHeader(const std::vector<std::string_view>& fields);

// What a piece of a label file parsed to. Lines count from the piece's first line (1).
struct ParsedPiece {
    std::vector<LabelRow> rows;
    std::vector<std::string> newLabelNames;   // LabelNames missing from the class descriptions, first seen first
    std::vector<std::uint64_t> newLabelLines; // the line each of them first appears on
    std::vector<ImportIssue> issues;          // the first kMaxStoredIssues bad rows
    std::uint64_t issueCount = 0;
    std::uint64_t records = 0;
    std::uint64_t lines = 0;     // lines the piece spans
    bool sortedById = true;      // rows in non-decreasing ImageID order
    bool hasQuote = false;       // parsing stopped at a '"': the file needs the quote-aware CSV parser
    void clear();
};

// Bytes a buffer handed to parseQuoteFree must stay readable past its text (vector loads, padded lookups): the
// four-column shortcut may ask for up to four delimiters past the text's end, and the delimiter scanner reads
// 64-byte blocks, so a block may start a few bytes into the padding and must still end inside it.
constexpr std::size_t kParsePadding = 128;

class LabelRowParser {
public:
    LabelRowParser(const LabelNameTable& tags, const LabelColumns& columns, std::string file, Split split, bool machine);

    // Text without quotes, made of whole lines; the kParsePadding bytes after it are readable and hold '\n'.
    // Stops at the first '"' with hasQuote set.
    void parseQuoteFree(const char* text, std::size_t size, ParsedPiece& out) const;

    // One record of the quote-aware CSV parser; `newNames` (LabelName -> index in out.newLabelNames) spans
    // the records added to `out`.
    void addRecord(const std::vector<std::string_view>& fields, std::uint64_t line, ParsedPiece& out,
                   std::unordered_map<std::string, std::uint32_t>& newNames) const;

private:
    // LabelNames of the last rows, whose table slots are being fetched (a ring); the older half is looked up
    // when it is full, so each slot has had 16 rows' time to arrive. Their rows are the piece's last ones.
    struct LabelBatch {
        static constexpr std::size_t kSize = 32;
        LabelNameTable::PendingLookup lookups[kSize];
        std::string_view labels[kSize];
        std::uint64_t lines[kSize];
        std::size_t first = 0;
        std::size_t count = 0;
    };
    // A record's fields: its count, and the ImageID, LabelName and Confidence (empty when the record is too short).
    // Inlined into the parsing loop: a call with eleven arguments, some passed on the stack, cost more than the
    // checks it makes.
    template <bool Padded>
    __attribute__((always_inline)) inline void addRow(std::size_t fieldCount, std::string_view idText, std::string_view label, std::string_view confidenceText,
                std::uint64_t line, ParsedPiece& out, std::unordered_map<std::string, std::uint32_t>& newNames,
                LabelBatch& batch) const;
    void resolveBatch(LabelBatch& batch, std::size_t count, ParsedPiece& out,
                      std::unordered_map<std::string, std::uint32_t>& newNames) const; // the oldest `count`
    void resolveTag(std::string_view label, std::uint32_t tag, std::uint64_t line, LabelRow& row, ParsedPiece& out,
                    std::unordered_map<std::string, std::uint32_t>& newNames) const;
    void issue(ParsedPiece& out, std::uint64_t line, std::string message) const;

    const LabelNameTable& tags_;
    LabelColumns columns_;
    std::string file_;
    std::uint32_t rowBits_; // split and machine bits of every row
    bool machine_;
};

} // namespace tagscope::open_images
