#include "dataset/open_images_labels.h"

#include "dataset/csv.h"
#include "dataset/open_images_importer.h"
#include "dataset/open_images_pieces.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <stdexcept>
#include <thread>
#include <type_traits>
#include <unordered_map>

#include <sys/mman.h>

namespace tagscope::open_images {
namespace {

// Faults a column's reserved memory in ahead of its appends, 256 kB at a time: one madvise instead of 64 page
// faults and their traps into the kernel (on the Open Images train folder, 0.2 s less system time of 0.8 s).
// Small steps keep the pages faulted in past the columns' ends few. Where the kernel lacks
// MADV_POPULATE_WRITE (before Linux 5.14), the appends fault the pages in themselves.
class ColumnPrefault {
public:
    template <class T>
    void ahead(const std::vector<T>& column, std::size_t adding)
    {
#if defined(MADV_POPULATE_WRITE)
        const auto base = reinterpret_cast<std::uintptr_t>(column.data());
        const std::uintptr_t needed = base + (column.size() + adding) * sizeof(T);
        if (base != base_) { // reserved anew (or reallocated): what it holds is in already
            base_ = base;
            populated_ = (base + column.size() * sizeof(T)) & ~(kPage - 1);
        }
        if (needed <= populated_)
            return;
        const std::uintptr_t limit = (base + column.capacity() * sizeof(T)) & ~(kPage - 1);
        const std::uintptr_t to = std::min(limit, std::max(populated_ + kStep, (needed + kPage - 1) & ~(kPage - 1)));
        if (to > populated_ && ::madvise(reinterpret_cast<void*>(populated_), to - populated_, MADV_POPULATE_WRITE) != 0)
            return; // not populated: the appends fault the pages in
        populated_ = std::max(populated_, to);
#else
        (void)column;
        (void)adding;
#endif
    }

    // Gives back the pages faulted in past the column's end, so that the import's peak memory stays what the
    // columns hold.
    template <class T>
    void release(const std::vector<T>& column)
    {
#if defined(MADV_POPULATE_WRITE)
        const auto base = reinterpret_cast<std::uintptr_t>(column.data());
        const std::uintptr_t end = (base + column.size() * sizeof(T) + kPage - 1) & ~(kPage - 1);
        if (base == base_ && end < populated_)
            ::madvise(reinterpret_cast<void*>(end), populated_ - end, MADV_DONTNEED);
        base_ = populated_ = 0;
#else
        (void)column;
#endif
    }

private:
    static constexpr std::uintptr_t kPage = 4096, kStep = std::uintptr_t(256) << 10;
    std::uintptr_t base_ = 0;
    std::uintptr_t populated_ = 0; // page-aligned end of the faulted-in part
};

enum class ReadMode {
    Stream, // through the merge, a piece at a time (or whole when small)
    Whole,  // whole before the merge, then sorted by ImageID
    Quoted, // whole, by the quote-aware CSV parser
};

// Thrown when a streamed file turns out to need another mode: the labels are read again from the start.
struct ReadAgain {
    std::size_t file;
    ReadMode mode;
};

// Files of up to this many pieces are read whole: they cost little memory and keep their order of reading
// (and of being opened) the order of the files.
constexpr std::size_t kWholeFilePieces = 16;

struct FileStart {
    std::uint64_t dataStart = 0; // past a BOM and a header
    std::uint64_t firstLine = 1; // of the data
    LabelColumns columns;
    bool header = false;
    bool quoted = false; // the first line holds a quote: the CSV parser reads the file, header included
};

// The BOM and the header line, if any (the columns it names; without one, ImageID,Source,LabelName,Confidence).
FileStart inspectStart(const LabelFilePieces& file)
{
    FileStart start;
    std::vector<char> head(static_cast<std::size_t>(std::min<std::uint64_t>(file.size(), 65536)));
    head.resize(file.readAt(0, head.data(), head.size()));
    if (head.empty())
        return start;
    const std::size_t offset = head.size() >= 3 && std::memcmp(head.data(), "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    const void* newline;
    while (!(newline = std::memchr(head.data() + offset, '\n', head.size() - offset)) && head.size() < file.size()) {
        const std::size_t had = head.size();
        head.resize(static_cast<std::size_t>(std::min<std::uint64_t>(had * 2, file.size())));
        head.resize(had + file.readAt(had, head.data() + had, head.size() - had));
        if (head.size() == had)
            break;
    }
    const std::size_t lineEnd = newline ? static_cast<std::size_t>(static_cast<const char*>(newline) - head.data()) : head.size();
    std::string_view line(head.data() + offset, lineEnd - offset);
    start.dataStart = offset;
    if (line.find('"') != std::string_view::npos) {
        start.quoted = true;
        return start;
    }
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    std::vector<std::string_view> fields;
    for (std::size_t from = 0;;) {
        const std::size_t comma = line.find(',', from);
        fields.push_back(line.substr(from, comma == std::string_view::npos ? std::string_view::npos : comma - from));
        if (comma == std::string_view::npos)
            break;
        from = comma + 1;
    }
    try {
        if (auto columns = labelColumnsFromHeader(fields)) {
            start.columns = *columns;
            start.header = true;
            start.dataStart = newline ? lineEnd + 1 : head.size();
            start.firstLine = 2;
        }
    } catch (const std::runtime_error& error) {
        throw std::runtime_error(file.path() + ":1: " + error.what());
    }
    return start;
}

class LabelReader {
public:
    LabelReader(const std::vector<LabelFile>& files, const KnownTags& known, const OpenImagesOptions& options,
                const std::vector<ReadMode>& modes, const ProgressCallback& progress, const CancelToken* cancel)
        : files_(files), known_(known), options_(options), modes_(modes), progress_(progress), cancel_(cancel),
          fileIssues_(files.size())
    {
    }
    ~LabelReader() { parsers_.reset(); } // joins the workers before the files and parsers they use go

    // Throws ReadAgain when a file needs another mode.
    void run(DatasetContents& contents)
    {
        const int threads = options_.threads > 0 ? options_.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
        parsers_ = std::make_unique<PieceParsers>(threads);
        for (const LabelFile& file : files_)
            bytesTotal_ += fileSize(file.path);
        sources_.reserve(files_.size());
        for (std::size_t f = 0; f < files_.size() && !cancelled_; ++f)
            open(f);
        merge(contents);
        parsers_.reset(); // joins the workers before the files they read close
        numberAddedTags(contents);
        contents.tags = known_.tags;
        contents.tags.insert(contents.tags.end(), addedTags_.begin(), addedTags_.end());
    }

    void report(ImportReport& report)
    {
        report.rowsRead += rowsRead_;
        report.rowsSkipped += rowsSkipped_;
        for (std::vector<ImportIssue>& issues : fileIssues_)
            report.merge(issues, 0);
        report.issueCount += issueCount_;
    }

    LabelTotals totals() const { return {conflictingSplits_}; }

private:
    struct Source {
        std::size_t file = 0;
        std::unique_ptr<LabelFilePieces> pieces;
        std::unique_ptr<LabelRowParser> parser;
        int stream = -1;            // streamed: its number among the parsers'
        std::vector<LabelRow> held; // read whole
        ParsedPiece piece;          // streamed: the piece being merged
        LabelRow* next = nullptr; // merged rows may be sorted in place
        LabelRow* end = nullptr;
        std::uint64_t lineOffset = 0; // lines before the piece being merged
        bool done = false;
    };

    static std::uint64_t fileSize(const std::string& path)
    {
        try {
            return LabelFilePieces(path).size();
        } catch (const std::runtime_error&) {
            return 0; // reported when the file's turn comes
        }
    }

    void open(std::size_t f)
    {
        const LabelFile& file = files_[f];
        sources_.emplace_back();
        Source& source = sources_.back();
        source.file = f;
        source.pieces = std::make_unique<LabelFilePieces>(file.path);
        const FileStart start = inspectStart(*source.pieces);
        if (start.quoted || modes_[f] == ReadMode::Quoted) {
            readQuoted(source);
            return;
        }
        rowsRead_ += start.header ? 1 : 0;
        source.pieces->cut(start.dataStart, options_.pieceBytes);
        source.parser = std::make_unique<LabelRowParser>(known_.index, start.columns, file.path, file.split, file.machine);
        source.lineOffset = start.firstLine - 1;
        bytesDone_ += start.dataStart;
        source.stream = parsers_->add(*source.pieces, *source.parser);
        if (modes_[f] == ReadMode::Whole || source.pieces->pieceCount() <= kWholeFilePieces)
            readWhole(source);
    }

    void readWhole(Source& source)
    {
        ParsedPiece piece;
        bool sorted = true;
        std::size_t index = 0;
        while (!cancelled_ && parsers_->take(source.stream, piece)) {
            consume(source, piece, source.pieces->pieceBytes(index++));
            if (!piece.sortedById || (!piece.rows.empty() && !source.held.empty() && piece.rows.front().imageId < source.held.back().imageId))
                sorted = false;
            source.held.insert(source.held.end(), piece.rows.begin(), piece.rows.end());
            parsers_->recycle(std::move(piece));
            piece = ParsedPiece();
        }
        finishHeld(source, sorted);
    }

    void readQuoted(Source& source)
    {
        const LabelFile& file = files_[source.file];
        source.pieces.reset(); // the CSV reader opens the file itself
        ParsedPiece piece;
        std::unordered_map<std::string, std::uint32_t> newNames;
        std::vector<std::string_view> fields;
        readCsvBlocks(file.path, [&](const CsvBlock& block) {
            CsvRecordParser records(block);
            while (records.next(fields)) {
                if (!source.parser) {
                    LabelColumns columns;
                    std::optional<LabelColumns> header;
                    try {
                        header = records.recordLine() == 1 && records.error().empty() ? labelColumnsFromHeader(fields) : std::nullopt;
                    } catch (const std::runtime_error& error) {
                        throw std::runtime_error(file.path + ":1: " + error.what());
                    }
                    source.parser = std::make_unique<LabelRowParser>(known_.index, header.value_or(columns), file.path, file.split, file.machine);
                    if (header) {
                        ++rowsRead_;
                        continue;
                    }
                }
                if (!records.error().empty()) {
                    ++piece.records;
                    ++piece.issueCount;
                    if (piece.issues.size() < ImportReport::kMaxStoredIssues)
                        piece.issues.push_back({file.path, records.recordLine(), records.error()});
                    continue;
                }
                source.parser->addRecord(fields, records.recordLine(), piece, newNames);
            }
            bytesDone_ += block.size;
            reportProgress(progress_, bytesDone_, bytesTotal_, "Reading labels");
            return !isCancelled(cancel_);
        });
        cancelled_ = cancelled_ || isCancelled(cancel_);
        consume(source, piece, 0);
        source.held = std::move(piece.rows);
        finishHeld(source, piece.sortedById);
    }

    void finishHeld(Source& source, bool sorted)
    {
        if (!sorted)
            std::stable_sort(source.held.begin(), source.held.end(),
                             [](const LabelRow& a, const LabelRow& b) { return a.imageId < b.imageId; });
        source.stream = -1;
        source.next = source.held.data();
        source.end = source.held.data() + source.held.size();
    }

    // Takes in a parsed piece, in file order: numbers its lines, gives the LabelNames the class descriptions
    // lack a tag each (numbered for now in the order the merge meets them), counts its rows.
    void consume(Source& source, ParsedPiece& piece, std::uint64_t bytes)
    {
        if (piece.hasQuote)
            throw ReadAgain{source.file, ReadMode::Quoted};
        if (!piece.newLabelNames.empty()) {
            std::vector<std::uint32_t> resolved(piece.newLabelNames.size());
            for (std::size_t i = 0; i < piece.newLabelNames.size(); ++i) {
                const std::string& name = piece.newLabelNames[i];
                const FirstSeen seen{source.file, source.lineOffset + piece.newLabelLines[i]};
                auto added = addedIndex_.find(name);
                if (added == addedIndex_.end()) {
                    added = addedIndex_.emplace(name, static_cast<std::uint32_t>(known_.tags.size() + addedTags_.size())).first;
                    addedTags_.push_back({name, name, known_.trainable.empty() || known_.trainable.count(name) > 0});
                    firstSeen_.push_back(seen);
                } else {
                    FirstSeen& earliest = firstSeen_[added->second - known_.tags.size()];
                    earliest = std::min(earliest, seen);
                }
                resolved[i] = added->second;
            }
            for (LabelRow& row : piece.rows)
                if (row.packed & kUnresolvedBit)
                    row.packed = (row.packed & ~(kUnresolvedBit | kTagBits)) | resolved[row.packed & kTagBits];
        }
        std::vector<ImportIssue>& kept = fileIssues_[source.file];
        for (ImportIssue& issue : piece.issues) {
            if (kept.size() >= ImportReport::kMaxStoredIssues)
                break;
            issue.line += source.lineOffset;
            kept.push_back(std::move(issue));
        }
        issueCount_ += piece.issueCount;
        rowsRead_ += piece.records;
        rowsSkipped_ += piece.issueCount;
        source.lineOffset += piece.lines;
        if (bytes) {
            bytesDone_ += bytes;
            reportProgress(progress_, bytesDone_, bytesTotal_, "Reading labels");
        }
        cancelled_ = cancelled_ || isCancelled(cancel_);
    }

    // The tags of LabelNames without a description, renumbered in the order of the files and lines that first
    // name them (the order one pass over the files in turn would meet them, however the merge met them), each
    // with an issue at that line.
    void numberAddedTags(DatasetContents& contents)
    {
        const std::size_t known = known_.tags.size();
        std::vector<std::uint32_t> order(addedTags_.size());
        for (std::uint32_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return firstSeen_[a] < firstSeen_[b]; });
        std::vector<std::uint32_t> renumbered(addedTags_.size());
        std::vector<Tag> tags;
        bool moved = false;
        for (std::uint32_t i = 0; i < order.size(); ++i) {
            renumbered[order[i]] = static_cast<std::uint32_t>(known + i);
            moved = moved || order[i] != i;
            tags.push_back(std::move(addedTags_[order[i]]));
            const FirstSeen& seen = firstSeen_[order[i]];
            fileIssues_[seen.file].push_back({files_[seen.file].path, seen.line,
                                              "LabelName " + tags.back().labelName + " is not in the class descriptions; shown by its LabelName"});
        }
        issueCount_ += addedTags_.size();
        addedTags_ = std::move(tags);
        for (std::vector<ImportIssue>& issues : fileIssues_) {
            std::stable_sort(issues.begin(), issues.end(), [](const ImportIssue& a, const ImportIssue& b) { return a.line < b.line; });
            if (issues.size() > ImportReport::kMaxStoredIssues)
                issues.resize(ImportReport::kMaxStoredIssues);
        }
        if (moved)
            renumberLabels(contents, renumbered);
    }

    // Labels stay sorted by tag within each image: only images holding a renumbered tag are sorted again.
    static void renumberLabels(DatasetContents& contents, const std::vector<std::uint32_t>& renumbered)
    {
        const std::uint32_t known = renumbered.empty() ? 0 : *std::min_element(renumbered.begin(), renumbered.end());
        std::vector<std::size_t> order;
        for (std::size_t image = 0; image + 1 < contents.labelOffsets.size(); ++image) {
            const std::size_t begin = contents.labelOffsets[image], end = contents.labelOffsets[image + 1];
            bool touched = false;
            for (std::size_t l = begin; l < end; ++l)
                if (contents.labelTags[l] >= known) {
                    contents.labelTags[l] = renumbered[contents.labelTags[l] - known];
                    touched = true;
                }
            if (!touched)
                continue;
            order.resize(end - begin);
            for (std::size_t i = 0; i < order.size(); ++i)
                order[i] = begin + i;
            std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return contents.labelTags[a] < contents.labelTags[b]; });
            auto permute = [&](auto& values) {
                std::vector<std::remove_reference_t<decltype(values[0])>> copy;
                for (std::size_t i : order)
                    copy.push_back(values[i]);
                std::copy(copy.begin(), copy.end(), values.begin() + static_cast<std::ptrdiff_t>(begin));
            };
            permute(contents.labelTags);
            permute(contents.labelFlags);
            if (!contents.labelConfidence.empty())
                permute(contents.labelConfidence);
        }
    }

    // Moves a streamed source on to its next piece with rows; false when it has no more (or the import was
    // cancelled). Throws ReadAgain when the file turns out not to be sorted by ImageID.
    bool refill(Source& source)
    {
        if (source.done)
            return false;
        if (source.stream < 0 || cancelled_) {
            source.done = true;
            std::vector<LabelRow>().swap(source.held);
            return false;
        }
        const std::uint64_t lastId = source.piece.rows.empty() ? 0 : source.piece.rows.back().imageId;
        const bool first = source.piece.rows.empty() && source.next == nullptr;
        for (;;) {
            parsers_->recycle(std::move(source.piece));
            source.piece = ParsedPiece();
            const std::size_t index = pieceIndex_[source.file]++;
            if (!parsers_->take(source.stream, source.piece)) {
                source.done = true;
                return false;
            }
            consume(source, source.piece, source.pieces->pieceBytes(index));
            std::vector<LabelRow>& rows = source.piece.rows;
            if (rows.empty())
                continue;
            if (!source.piece.sortedById || (!first && rows.front().imageId < lastId))
                throw ReadAgain{source.file, ReadMode::Whole};
            source.next = rows.data();
            source.end = rows.data() + rows.size();
            return true;
        }
    }

    void merge(DatasetContents& contents)
    {
        pieceIndex_.assign(files_.size(), 0);
        const std::uint64_t rowsEstimate = bytesTotal_ / 30 + 1024; // the shortest plausible rows
        contents.imageIds.reserve(rowsEstimate);
        contents.imageSplits.reserve(rowsEstimate);
        contents.labelOffsets.reserve(rowsEstimate + 1);
        contents.labelTags.reserve(rowsEstimate);
        contents.labelFlags.reserve(rowsEstimate);
        const bool machineFiles = std::any_of(files_.begin(), files_.end(), [](const LabelFile& f) { return f.machine; });
        if (machineFiles)
            contents.labelConfidence.reserve(rowsEstimate);
        contents.labelOffsets.push_back(0);
        std::vector<LabelRow> run;
        for (;;) {
            std::uint64_t id = std::numeric_limits<std::uint64_t>::max();
            Source* only = nullptr; // the one source naming the image, if one does
            std::size_t naming = 0;
            for (Source& source : sources_) {
                if (source.next == source.end && !refill(source))
                    continue;
                if (source.next->imageId < id) {
                    id = source.next->imageId;
                    only = &source;
                    naming = 1;
                } else if (source.next->imageId == id) {
                    ++naming;
                }
            }
            if (naming == 0)
                break;
            if (naming == 1) {
                // Rows that end inside the source's current piece are merged where they are, without a copy.
                LabelRow* last = only->next;
                while (last != only->end && last->imageId == id)
                    ++last;
                if (last != only->end) {
                    appendImage(only->next, static_cast<std::size_t>(last - only->next), contents, machineFiles);
                    only->next = last;
                    continue;
                }
            }
            run.clear();
            for (Source& source : sources_) // in file order: the order of rows in one table sorted by ImageID
                while ((source.next != source.end || refill(source)) && source.next->imageId == id)
                    run.push_back(*source.next++);
            appendImage(run.data(), run.size(), contents, machineFiles);
        }
        flushLabels(contents, machineFiles);
        flushImages(contents);
        prefault_.tags.release(contents.labelTags);
        prefault_.flags.release(contents.labelFlags);
        prefault_.confidences.release(contents.labelConfidence);
        prefault_.imageIds.release(contents.imageIds);
        prefault_.imageSplits.release(contents.imageSplits);
        prefault_.labelOffsets.release(contents.labelOffsets);
        if (machineFiles && machineRows_ == 0)
            std::vector<float>().swap(contents.labelConfidence);
    }

    void appendImage(LabelRow* run, std::size_t runSize, DatasetContents& contents, bool withConfidence)
    {
        // The image keeps the split of its first row (human-verified files first, then in file order).
        const std::uint32_t splitBits = run[0].packed & kSplitBits;
        sortRunByTag(run, runSize);
        appendLabels(run, runSize, splitBits, contents, withConfidence);
        Buffered& buffered = *buffered_;
        if (buffered.images == Buffered::kImages)
            flushImages(contents);
        buffered.imageIds[buffered.images] = run[0].imageId;
        buffered.imageSplits[buffered.images] = static_cast<std::uint8_t>(splitBits >> kSplitShift);
        buffered.labelEnds[buffered.images] = buffered.labelsFlushed + buffered.labels;
        ++buffered.images;
    }

    // Orders one image's rows by tag, human rows before machine rows of the same tag. Runs are short (a few
    // labels an image), so insertion sort beats std::stable_sort's buffer allocation.
    static void sortRunByTag(LabelRow* run, std::size_t size)
    {
        auto before = [](const LabelRow& a, const LabelRow& b) {
            const std::uint32_t ta = a.packed & kTagBits, tb = b.packed & kTagBits;
            if (ta != tb)
                return ta < tb;
            return (a.packed & kMachineBit) < (b.packed & kMachineBit);
        };
        if (size > 64) {
            std::stable_sort(run, run + size, before);
            return;
        }
        for (std::size_t i = 1; i < size; ++i) {
            const LabelRow row = run[i];
            std::size_t j = i;
            for (; j > 0 && before(row, run[j - 1]); --j)
                run[j] = run[j - 1];
            run[j] = row;
        }
    }

    // One image's rows, sorted by tag with human rows first: the human state wins, a machine row adds its
    // confidence and, without a human row, makes the tag positive at or above the threshold.
    void appendLabels(const LabelRow* run, std::size_t runSize, std::uint32_t splitBits, DatasetContents& contents,
                      bool withConfidence)
    {
        Buffered& buffered = *buffered_;
        std::size_t labels = buffered.labels; // a local: a flag byte's store may alias any member
        const float threshold = options_.machineConfidenceThreshold;
        std::uint64_t conflicting = 0, machineRows = 0;
        for (std::size_t i = 0; i < runSize;) {
            const std::uint32_t tag = run[i].packed & kTagBits;
            std::uint8_t flags = 0;
            float confidence = 0.0f;
            bool haveHuman = false;
            for (; i < runSize && (run[i].packed & kTagBits) == tag; ++i) {
                const LabelRow& row = run[i];
                conflicting += (row.packed & kSplitBits) != splitBits;
                machineRows += (row.packed & kMachineBit) != 0;
                if (!(row.packed & kMachineBit)) {
                    if (!haveHuman) {
                        flags = static_cast<std::uint8_t>(row.confidence >= 0.5f ? LabelState::Positive : LabelState::Negative);
                        confidence = row.confidence;
                        haveHuman = true;
                    }
                } else if (!(flags & label_flags::kHasMachineConfidence)) {
                    if (!haveHuman)
                        flags = static_cast<std::uint8_t>(row.confidence >= threshold ? LabelState::Positive : LabelState::Unknown);
                    flags |= label_flags::kHasMachineConfidence;
                    confidence = row.confidence;
                }
            }
            if (labels == Buffered::kLabels) {
                buffered.labels = labels;
                flushLabels(contents, withConfidence);
                labels = 0;
            }
            buffered.tags[labels] = tag;
            buffered.flags[labels] = flags;
            buffered.confidences[labels] = confidence;
            ++labels;
        }
        buffered.labels = labels;
        conflictingSplits_ += conflicting;
        machineRows_ += machineRows;
    }

    void flushLabels(DatasetContents& contents, bool withConfidence)
    {
        Buffered& buffered = *buffered_;
        prefault_.tags.ahead(contents.labelTags, buffered.labels);
        prefault_.flags.ahead(contents.labelFlags, buffered.labels);
        if (withConfidence)
            prefault_.confidences.ahead(contents.labelConfidence, buffered.labels);
        contents.labelTags.insert(contents.labelTags.end(), buffered.tags, buffered.tags + buffered.labels);
        contents.labelFlags.insert(contents.labelFlags.end(), buffered.flags, buffered.flags + buffered.labels);
        if (withConfidence)
            contents.labelConfidence.insert(contents.labelConfidence.end(), buffered.confidences, buffered.confidences + buffered.labels);
        buffered.labelsFlushed += buffered.labels;
        buffered.labels = 0;
    }

    void flushImages(DatasetContents& contents)
    {
        Buffered& buffered = *buffered_;
        prefault_.imageIds.ahead(contents.imageIds, buffered.images);
        prefault_.imageSplits.ahead(contents.imageSplits, buffered.images);
        prefault_.labelOffsets.ahead(contents.labelOffsets, buffered.images);
        contents.imageIds.insert(contents.imageIds.end(), buffered.imageIds, buffered.imageIds + buffered.images);
        contents.imageSplits.insert(contents.imageSplits.end(), buffered.imageSplits, buffered.imageSplits + buffered.images);
        contents.labelOffsets.insert(contents.labelOffsets.end(), buffered.labelEnds, buffered.labelEnds + buffered.images);
        buffered.images = 0;
    }

    // Merged images and labels wait in these arrays, which stay in the core's cache, and join the dataset's
    // columns a few thousand at a time: appended one image at a time, the columns' vector calls cost more than
    // the labels (a human-verified file has one label an image).
    struct Buffered {
        static constexpr std::size_t kLabels = 4096, kImages = 1024;
        std::uint32_t tags[kLabels];
        std::uint8_t flags[kLabels];
        float confidences[kLabels];
        std::size_t labels = 0;
        std::uint64_t imageIds[kImages];
        std::uint8_t imageSplits[kImages];
        std::uint64_t labelEnds[kImages]; // the image's end in the label columns
        std::size_t images = 0;
        std::uint64_t labelsFlushed = 0;
    };
    std::unique_ptr<Buffered> buffered_ = std::make_unique<Buffered>();
    struct {
        ColumnPrefault tags, flags, confidences, imageIds, imageSplits, labelOffsets;
    } prefault_;

    const std::vector<LabelFile>& files_;
    const KnownTags& known_;
    const OpenImagesOptions& options_;
    const std::vector<ReadMode>& modes_;
    const ProgressCallback& progress_;
    const CancelToken* cancel_;
    std::unique_ptr<PieceParsers> parsers_;
    std::vector<Source> sources_;
    std::vector<std::size_t> pieceIndex_;
    struct FirstSeen {
        std::size_t file;
        std::uint64_t line;
        bool operator<(const FirstSeen& other) const { return file != other.file ? file < other.file : line < other.line; }
    };
    std::vector<Tag> addedTags_; // LabelNames without a description, tags known_.tags.size() onwards
    std::vector<FirstSeen> firstSeen_;
    std::unordered_map<std::string, std::uint32_t> addedIndex_;
    std::vector<std::vector<ImportIssue>> fileIssues_;
    std::uint64_t issueCount_ = 0, rowsRead_ = 0, rowsSkipped_ = 0;
    std::uint64_t bytesTotal_ = 0, bytesDone_ = 0;
    std::uint64_t conflictingSplits_ = 0, machineRows_ = 0;
    bool cancelled_ = false;
};

} // namespace

LabelTotals readLabelFiles(const std::vector<LabelFile>& files, const KnownTags& known, const OpenImagesOptions& options,
                           DatasetContents& contents, ImportReport& report, const ProgressCallback& progress,
                           const CancelToken* cancel)
{
    std::vector<ReadMode> modes(files.size(), ReadMode::Stream);
    for (;;) {
        DatasetContents attempt;
        LabelReader reader(files, known, options, modes, progress, cancel);
        try {
            reader.run(attempt);
        } catch (const ReadAgain& again) {
            modes[again.file] = again.mode;
            continue;
        }
        reader.report(report);
        contents.tags = std::move(attempt.tags);
        contents.imageIds = std::move(attempt.imageIds);
        contents.imageSplits = std::move(attempt.imageSplits);
        contents.labelOffsets = std::move(attempt.labelOffsets);
        contents.labelTags = std::move(attempt.labelTags);
        contents.labelFlags = std::move(attempt.labelFlags);
        contents.labelConfidence = std::move(attempt.labelConfidence);
        return reader.totals();
    }
}

} // namespace tagscope::open_images
