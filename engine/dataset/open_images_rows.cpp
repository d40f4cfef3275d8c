#include "dataset/open_images_rows.h"

#include "dataset/image_id.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <stdexcept>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace tagscope::open_images {
namespace {

// Confidences are returned through a reference, not a std::optional<float>: building and reading back the
// optional on the stack stalled the store-to-load forwarding of every row.

// Any number std::from_chars reads, within [0, 1].
bool parseConfidenceSlowly(std::string_view text, float& value)
{
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && ptr == text.data() + text.size() && value >= 0.0f && value <= 1.0f;
}

// Decimal numbers without from_chars. With at most 7 digits the digits make an integer below 2^24 and the
// divisor a power of ten, both exact in a float, so one float division rounds correctly: to the value
// from_chars gives (Clinger's fast path). Anything else goes to from_chars.
bool parseDecimalConfidence(std::string_view text, float& value)
{
    static constexpr float kPowersOfTen[] = {1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f};
    const std::size_t size = text.size();
    std::uint32_t digitsValue = 0;
    std::size_t i = 0, digits = 0, decimals = 0;
    for (; i < size && static_cast<unsigned>(text[i] - '0') < 10; ++i, ++digits)
        digitsValue = digitsValue * 10 + static_cast<std::uint32_t>(text[i] - '0');
    if (digits > 0 && i < size && text[i] == '.')
        for (++i; i < size && static_cast<unsigned>(text[i] - '0') < 10; ++i, ++digits, ++decimals)
            digitsValue = digitsValue * 10 + static_cast<std::uint32_t>(text[i] - '0');
    if (digits == 0 || digits > 7 || i != size)
        return parseConfidenceSlowly(text, value);
    value = static_cast<float>(digitsValue) / kPowersOfTen[decimals];
    return value <= 1.0f;
}

// The same divisions, done once: the spellings of nearly every row ("1", "0", "0.7", "0.85") are looked up.
struct DecimalTable {
    float tenths[10];
    float hundredths[100];
    DecimalTable()
    {
        for (int i = 0; i < 10; ++i)
            tenths[i] = static_cast<float>(i) / 1e1f;
        for (int i = 0; i < 100; ++i)
            hundredths[i] = static_cast<float>(i) / 1e2f;
    }
};
const DecimalTable kDecimals;

inline bool isDigit(char c) { return static_cast<unsigned>(c - '0') < 10; }

inline bool parseConfidence(std::string_view text, float& value)
{
    const char* t = text.data();
    switch (text.size()) {
    case 1:
        if (t[0] == '0' || t[0] == '1') {
            value = static_cast<float>(t[0] - '0');
            return true;
        }
        break;
    case 3:
        if (t[0] == '0' && t[1] == '.' && isDigit(t[2])) {
            value = kDecimals.tenths[t[2] - '0'];
            return true;
        }
        break;
    case 4:
        if (t[0] == '0' && t[1] == '.' && isDigit(t[2]) && isDigit(t[3])) {
            value = kDecimals.hundredths[(t[2] - '0') * 10 + (t[3] - '0')];
            return true;
        }
        break;
    }
    return parseDecimalConfidence(text, value);
}

// The positions of ',', '\n' and '"' in a text, in order. Each 64 bytes are looked at once, into a bit mask
// (16 at a time with SSE2), and a field then costs a few bit operations instead of a scan of its own.
class DelimiterScanner {
public:
    explicit DelimiterScanner(const char* text) : block_(text), pending_(maskOf(text)) {}

    // The next delimiter; the text must be padded so that one is always found (kParsePadding '\n's).
    const char* next()
    {
        while (pending_ == 0) {
            block_ += 64;
            pending_ = maskOf(block_);
        }
        const char* delimiter = block_ + __builtin_ctzll(pending_);
        pending_ &= pending_ - 1;
        return delimiter;
    }

private:
    static std::uint64_t maskOf(const char* p)
    {
        std::uint64_t mask = 0;
#if defined(__SSE2__)
        const __m128i comma = _mm_set1_epi8(','), newline = _mm_set1_epi8('\n'), quote = _mm_set1_epi8('"');
        for (int i = 0; i < 4; ++i) {
            const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * i));
            const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, comma), _mm_cmpeq_epi8(x, newline)), _mm_cmpeq_epi8(x, quote));
            mask |= static_cast<std::uint64_t>(static_cast<std::uint16_t>(_mm_movemask_epi8(hits))) << (16 * i);
        }
#else
        for (int i = 0; i < 64; ++i)
            mask |= static_cast<std::uint64_t>(p[i] == ',' || p[i] == '\n' || p[i] == '"') << i;
#endif
        return mask;
    }

    const char* block_;
    std::uint64_t pending_; // delimiters of the block not handed out yet
};

} // namespace

std::optional<LabelColumns> labelColumnsFromHeader(const std::vector<std::string_view>& fields)
{
    if (fields.empty() || fields[0] != "ImageID")
        return std::nullopt;
    LabelColumns columns{-1, -1, -1, 0};
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i] == "ImageID")
            columns.imageId = static_cast<int>(i);
        else if (fields[i] == "LabelName")
            columns.labelName = static_cast<int>(i);
        else if (fields[i] == "Confidence")
            columns.confidence = static_cast<int>(i);
    }
    if (columns.labelName < 0 || columns.confidence < 0)
        throw std::runtime_error("header lacks LabelName or Confidence");
    columns.needed = static_cast<std::size_t>(std::max({columns.imageId, columns.labelName, columns.confidence}) + 1);
    return columns;
}

void ParsedPiece::clear()
{
    rows.clear();
    newLabelNames.clear();
    newLabelLines.clear();
    issues.clear();
    issueCount = records = lines = 0;
    sortedById = true;
    hasQuote = false;
}

LabelRowParser::LabelRowParser(const LabelNameTable& tags, const LabelColumns& columns, std::string file, Split split,
                               bool machine)
    : tags_(tags), columns_(columns), file_(std::move(file)),
      rowBits_((static_cast<std::uint32_t>(split) << kSplitShift) | (machine ? kMachineBit : 0u)), machine_(machine)
{
}

void LabelRowParser::parseQuoteFree(const char* text, std::size_t size, ParsedPiece& out) const
{
    if (size == 0)
        return; // a piece that no line starts in
    const char* p = text;
    const char* const end = text + size;
    std::vector<std::string_view> fields(columns_.needed);
    auto field = [&](int column, std::size_t count) {
        return static_cast<std::size_t>(column) < count ? fields[static_cast<std::size_t>(column)] : std::string_view();
    };
    const bool standardColumns = columns_.imageId == 0 && columns_.labelName == 2 && columns_.confidence == 3;
    DelimiterScanner delimiters(text);
    std::unordered_map<std::string, std::uint32_t> newNames;
    LabelBatch batch;
    out.rows.reserve(out.rows.size() + size / 32 + 16); // rows are rarely shorter than 32 bytes
    std::uint64_t line = 0;
    while (p < end) {
        // Blank lines carry no record.
        if (*p == '\n' || (*p == '\r' && p + 1 < end && p[1] == '\n')) {
            p = delimiters.next() + 1;
            ++line;
            continue;
        }
        ++line;
        if (standardColumns) {
            // The usual row, ImageID,Source,LabelName,Confidence: its four delimiters at once, without the field
            // loop. Anything else (fewer or more fields, a quote) goes through the loop from the row's start.
            const DelimiterScanner rowStart = delimiters;
            const char* const idEnd = delimiters.next();
            const char* const sourceEnd = delimiters.next();
            const char* const labelEnd = delimiters.next();
            const char* const rowEnd = delimiters.next();
            if (*idEnd == ',' && *sourceEnd == ',' && *labelEnd == ',' && (rowEnd == end || *rowEnd == '\n')) {
                const char* const confidence = labelEnd + 1;
                const char* const confidenceEnd = rowEnd > confidence && rowEnd[-1] == '\r' ? rowEnd - 1 : rowEnd;
                addRow<true>(4, std::string_view(p, static_cast<std::size_t>(idEnd - p)),
                             std::string_view(sourceEnd + 1, static_cast<std::size_t>(labelEnd - sourceEnd - 1)),
                             std::string_view(confidence, static_cast<std::size_t>(confidenceEnd - confidence)), line, out,
                             newNames, batch);
                p = rowEnd == end ? end : rowEnd + 1;
                continue;
            }
            delimiters = rowStart;
        }
        std::size_t count = 0;
        for (;;) {
            const char* delimiter = delimiters.next(); // at most `end`, where the padding starts
            if (*delimiter == '"') {
                resolveBatch(batch, batch.count, out, newNames);
                out.hasQuote = true;
                out.lines = line;
                return;
            }
            const bool endsRecord = delimiter == end || *delimiter == '\n';
            const char* fieldEnd = endsRecord && delimiter > p && delimiter[-1] == '\r' ? delimiter - 1 : delimiter;
            if (count < fields.size())
                fields[count] = std::string_view(p, static_cast<std::size_t>(fieldEnd - p));
            ++count;
            // After a separator that ends the text, the next scan stops at `end`: one more, empty, field.
            p = delimiter == end ? end : delimiter + 1;
            if (endsRecord)
                break;
        }
        addRow<true>(count, field(columns_.imageId, count), field(columns_.labelName, count), field(columns_.confidence, count),
                     line, out, newNames, batch);
    }
    resolveBatch(batch, batch.count, out, newNames);
    out.lines = line;
}

void LabelRowParser::addRecord(const std::vector<std::string_view>& fields, std::uint64_t line, ParsedPiece& out,
                               std::unordered_map<std::string, std::uint32_t>& newNames) const
{
    auto field = [&](int column) {
        return static_cast<std::size_t>(column) < fields.size() ? fields[static_cast<std::size_t>(column)] : std::string_view();
    };
    LabelBatch unused;
    addRow<false>(fields.size(), field(columns_.imageId), field(columns_.labelName), field(columns_.confidence), line, out,
                  newNames, unused);
}

template <bool Padded>
void LabelRowParser::addRow(std::size_t fieldCount, std::string_view idText, std::string_view label,
                            std::string_view confidenceText, std::uint64_t line, ParsedPiece& out,
                            std::unordered_map<std::string, std::uint32_t>& newNames, LabelBatch& batch) const
{
    ++out.records;
    if (fieldCount < columns_.needed) {
        issue(out, line, "expected at least " + std::to_string(columns_.needed) + " columns, found " + std::to_string(fieldCount));
        return;
    }
    std::uint64_t id;
    if (!parseImageIdFast(idText, id)) {
        issue(out, line, "ImageID '" + std::string(idText) + "' is not 16 hex digits");
        return;
    }
    if (label.empty()) {
        issue(out, line, "empty LabelName");
        return;
    }
    float confidence;
    if (!parseConfidence(confidenceText, confidence)) {
        issue(out, line, "Confidence '" + std::string(confidenceText) + "' is not a number in [0, 1]");
        return;
    }
    if (!machine_ && confidence != 0.0f && confidence != 1.0f) {
        issue(out, line, "human-verified Confidence must be 0 or 1, found " + std::string(confidenceText));
        return;
    }
    if (!out.rows.empty() && id < out.rows.back().imageId)
        out.sortedById = false;
    LabelRow& row = out.rows.emplace_back(); // filled in place: a row built aside and copied stalled on its stores
    row.imageId = id;
    row.packed = rowBits_;
    row.confidence = confidence;
    if (!Padded) {
        resolveTag(label, tags_.find(label), line, row, out, newNames);
        return;
    }
    const std::size_t at = (batch.first + batch.count) % LabelBatch::kSize;
    batch.lookups[at] = tags_.start(label);
    batch.labels[at] = label;
    batch.lines[at] = line;
    if (++batch.count == LabelBatch::kSize)
        resolveBatch(batch, LabelBatch::kSize / 2, out, newNames);
}

void LabelRowParser::resolveBatch(LabelBatch& batch, std::size_t count, ParsedPiece& out,
                                  std::unordered_map<std::string, std::uint32_t>& newNames) const
{
    LabelRow* rows = out.rows.data() + out.rows.size() - batch.count; // the batch's rows are the last ones
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t at = (batch.first + i) % LabelBatch::kSize;
        const std::uint32_t tag = tags_.finish(batch.lookups[at], batch.labels[at]);
        if (tag != LabelNameTable::kMissing)
            rows[i].packed |= tag; // the usual case, without a call
        else
            resolveTag(batch.labels[at], tag, batch.lines[at], rows[i], out, newNames);
    }
    batch.first = (batch.first + count) % LabelBatch::kSize;
    batch.count -= count;
}

void LabelRowParser::resolveTag(std::string_view label, std::uint32_t tag, std::uint64_t line, LabelRow& row, ParsedPiece& out,
                                std::unordered_map<std::string, std::uint32_t>& newNames) const
{
    if (tag == LabelNameTable::kMissing) {
        auto added = newNames.find(std::string(label));
        if (added == newNames.end()) {
            out.newLabelNames.emplace_back(label);
            out.newLabelLines.push_back(line);
            added = newNames.emplace(std::string(label), static_cast<std::uint32_t>(out.newLabelNames.size() - 1)).first;
        }
        tag = added->second | kUnresolvedBit;
    }
    row.packed |= tag;
}

void LabelRowParser::issue(ParsedPiece& out, std::uint64_t line, std::string message) const
{
    ++out.issueCount;
    if (out.issues.size() < ImportReport::kMaxStoredIssues)
        out.issues.push_back({file_, line, std::move(message)});
}

} // namespace tagscope::open_images
