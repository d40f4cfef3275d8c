#include "dataset/open_images_importer.h"

#include "dataset/csv.h"
#include "dataset/image_id.h"
#include "dataset/label_name_table.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <thread>
#include <unordered_map>
#include <unordered_set>

namespace fs = std::filesystem;

namespace tagscope {
namespace {

constexpr std::uint32_t kTagBits = 0x0FFFFFFFu;
constexpr std::uint32_t kMachineBit = 0x40000000u;
constexpr std::uint32_t kUnresolvedBit = 0x80000000u; // tag field holds an index into the chunk's new names
constexpr int kSplitShift = 28;

// One annotation row, 16 bytes: 9.4M rows stay under 160 MB.
struct LabelRow {
    std::uint64_t imageId;
    std::uint32_t packed; // tag (28 bits) | split (2 bits) | machine (1 bit) | unresolved (1 bit)
    float confidence;
};

std::uint64_t fileSize(const std::string& path)
{
    std::error_code error;
    const auto size = fs::file_size(path, error);
    return error ? 0 : static_cast<std::uint64_t>(size);
}

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::optional<Split> splitFromFileName(std::string_view name)
{
    // oidv6-train-..., oidv7-val-..., validation-..., test-...
    std::size_t start = 0;
    while (start < name.size()) {
        std::size_t dash = name.find('-', start);
        std::string_view token = name.substr(start, dash == std::string_view::npos ? std::string_view::npos : dash - start);
        if (auto split = splitFromName(token))
            return split;
        if (dash == std::string_view::npos)
            break;
        start = dash + 1;
    }
    return std::nullopt;
}

struct Columns {
    int imageId = 0;
    int labelName = 2;
    int confidence = 3;
    std::size_t needed = 4;
};

std::optional<Columns> columnsFromHeader(const std::vector<std::string_view>& fields)
{
    if (fields.empty() || fields[0] != "ImageID")
        return std::nullopt;
    Columns columns{-1, -1, -1, 0};
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

std::optional<float> parseConfidence(std::string_view text)
{
    if (text.size() == 1 && (text[0] == '0' || text[0] == '1'))
        return static_cast<float>(text[0] - '0');
    float value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size() || !(value >= 0.0f && value <= 1.0f))
        return std::nullopt;
    return value;
}

// Rows parsed from one piece of a file, merged in file order afterwards.
struct ChunkResult {
    std::vector<LabelRow> rows;
    std::vector<std::string> newLabelNames; // LabelNames missing from the class descriptions
    std::vector<ImportIssue> issues;
    std::uint64_t issueCount = 0;
    std::uint64_t records = 0;
    std::uint64_t lines = 0; // lines the piece spans, to number the lines of the pieces after it
};

class LabelFileReader {
public:
    LabelFileReader(const LabelNameTable& tagIndex, std::string file,
                    Split split, bool machine)
        : tagIndex_(tagIndex), file_(std::move(file)), split_(split), machine_(machine)
    {
    }

    void parse(const CsvBlock& block, const Columns& columns, ChunkResult& out) const
    {
        if (block.hasQuotes)
            parseWith(CsvRecordParser(block), block, columns, out);
        else
            parseWith(QuoteFreeCsvParser(block), block, columns, out);
    }

private:
    template <typename Parser>
    void parseWith(Parser parser, const CsvBlock& block, const Columns& columns, ChunkResult& out) const
    {
        std::vector<std::string_view> fields;
        std::unordered_map<std::string, std::uint32_t> newNames; // rare: LabelNames without a description
        std::string_view lastLabel;
        std::uint32_t lastTag = 0;
        out.rows.reserve(block.size / 40);
        const std::uint32_t splitBits = static_cast<std::uint32_t>(split_) << kSplitShift;
        while (parser.next(fields)) {
            ++out.records;
            if (!parser.error().empty()) {
                issue(out, parser.recordLine(), parser.error());
                continue;
            }
            if (fields.size() < columns.needed) {
                issue(out, parser.recordLine(),
                      "expected at least " + std::to_string(columns.needed) + " columns, found " + std::to_string(fields.size()));
                continue;
            }
            std::uint64_t id;
            if (!parseImageIdFast(fields[columns.imageId], id)) {
                issue(out, parser.recordLine(), "ImageID '" + std::string(fields[columns.imageId]) + "' is not 16 hex digits");
                continue;
            }
            const std::string_view label = fields[columns.labelName];
            if (label.empty()) {
                issue(out, parser.recordLine(), "empty LabelName");
                continue;
            }
            const auto confidence = parseConfidence(fields[columns.confidence]);
            if (!confidence) {
                issue(out, parser.recordLine(), "Confidence '" + std::string(fields[columns.confidence]) + "' is not a number in [0, 1]");
                continue;
            }
            if (!machine_ && *confidence != 0.0f && *confidence != 1.0f) {
                issue(out, parser.recordLine(), "human-verified Confidence must be 0 or 1, found " + std::string(fields[columns.confidence]));
                continue;
            }
            std::uint32_t tag;
            if (label == lastLabel) {
                tag = lastTag;
            } else {
                const std::uint32_t known = tagIndex_.find(label);
                if (known != LabelNameTable::kMissing) {
                    tag = known;
                } else {
                    auto added = newNames.find(std::string(label));
                    if (added == newNames.end()) {
                        out.newLabelNames.emplace_back(label);
                        added = newNames.emplace(std::string(label), static_cast<std::uint32_t>(out.newLabelNames.size() - 1)).first;
                    }
                    tag = added->second | kUnresolvedBit;
                }
                // Views into the block stay valid for this parse; unescaped fields live in the parser's scratch.
                lastLabel = label.data() >= block.data && label.data() < block.data + block.size ? label : std::string_view();
                lastTag = tag;
            }
            out.rows.push_back({id, tag | splitBits | (machine_ ? kMachineBit : 0u), *confidence});
        }
        out.lines = parser.nextLine() - block.firstLine;
    }

    void issue(ChunkResult& out, std::uint64_t line, std::string message) const
    {
        ++out.issueCount;
        if (out.issues.size() < ImportReport::kMaxStoredIssues)
            out.issues.push_back({file_, line, std::move(message)});
    }

    const LabelNameTable& tagIndex_;
    std::string file_;
    Split split_;
    bool machine_;
};

class OpenImagesAssembler {
public:
    OpenImagesAssembler(const OpenImagesOptions& options, ImportReport& report) : options_(options), report_(report) {}

    void readClassDescriptions(const std::string& path)
    {
        report_.filesRead.push_back(path);
        for (const CsvRecord& record : readSmallCsv(path)) {
            if (!record.error.empty()) {
                report_.add({path, record.line, record.error});
                continue;
            }
            if (record.line == 1 && !record.fields.empty() && record.fields[0] == "LabelName")
                continue; // header (V6/V7)
            if (record.fields.size() < 2 || record.fields[0].empty()) {
                report_.add({path, record.line, "expected LabelName,DisplayName"});
                continue;
            }
            if (tagIndex_.find(record.fields[0]) != LabelNameTable::kMissing)
                continue; // repeated across description files
            addTag(record.fields[0], record.fields[1]);
        }
    }

    void readTrainableClasses(const std::string& path)
    {
        std::ifstream in(path);
        if (!in) {
            report_.add({path, 0, "cannot open the trainable-classes list"});
            return;
        }
        report_.filesRead.push_back(path);
        std::unordered_set<std::string> trainable;
        for (std::string line; std::getline(in, line);) {
            while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
                line.pop_back();
            if (!line.empty())
                trainable.insert(line);
        }
        for (Tag& tag : tags_)
            tag.trainable = trainable.count(tag.labelName) > 0;
        trainableList_ = std::move(trainable);
    }

    void readLabelFile(const std::string& path, Split split, bool machine, const ProgressCallback& progress,
                       std::uint64_t& bytesDone, std::uint64_t bytesTotal, const CancelToken* cancel)
    {
        report_.filesRead.push_back(path);
        const std::size_t firstRow = rows_.size();
        LabelFileReader reader(tagIndex_, path, split, machine);
        const int threads = options_.threads > 0 ? options_.threads : std::max(1u, std::thread::hardware_concurrency());
        Columns columns;
        readCsvBlocks(path, [&](const CsvBlock& whole) {
            CsvBlock block = whole;
            if (block.firstLine == 1)
                skipHeader(block, columns, path);
            std::vector<CsvBlock> pieces = block.hasQuotes ? std::vector<CsvBlock>{block} : splitCsvBlock(block, threads);
            std::vector<ChunkResult> results(pieces.size());
            std::vector<std::thread> workers;
            for (std::size_t i = 1; i < pieces.size(); ++i)
                workers.emplace_back([&, i] { reader.parse(pieces[i], columns, results[i]); });
            if (!pieces.empty())
                reader.parse(pieces[0], columns, results[0]);
            for (auto& worker : workers)
                worker.join();
            // Pieces after the first numbered their lines from 1: shift their issues to file lines.
            std::uint64_t lineOffset = 0;
            for (std::size_t i = 0; i < results.size(); ++i) {
                if (i > 0) {
                    lineOffset += results[i - 1].lines + (i == 1 ? pieces[0].firstLine - 1 : 0);
                    for (ImportIssue& issue : results[i].issues)
                        issue.line += lineOffset;
                }
                absorb(results[i]);
            }
            bytesDone += whole.size;
            reportProgress(progress, bytesDone, bytesTotal, "Reading labels");
            return !isCancelled(cancel);
        });
        sortedSegments_.push_back({firstRow, rows_.size()});
    }

    // Reserves for the shortest plausible rows (~30 bytes) of all label files at once, so that no later file
    // reallocates (and for a moment doubles) the rows: untouched capacity costs address space, not memory.
    void reserveRows(std::uint64_t labelFileBytes) { rows_.reserve(labelFileBytes / 30 + 1024); }

    Dataset build(const std::string& root, const std::array<std::string, kSplitCount>& imageFolders)
    {
        sortRows();
        DatasetContents contents;
        contents.format = "openimages";
        contents.root = root;
        contents.splitImageFolders = imageFolders;
        const bool anyMachine = std::any_of(rows_.begin(), rows_.end(), [](const LabelRow& r) { return r.packed & kMachineBit; });
        contents.labelOffsets.push_back(0);
        std::size_t conflictingSplits = 0;
        contents.imageIds.reserve(rows_.size());
        contents.imageSplits.reserve(rows_.size());
        contents.labelOffsets.reserve(rows_.size() + 1);
        contents.labelTags.reserve(rows_.size());
        contents.labelFlags.reserve(rows_.size());
        if (anyMachine)
            contents.labelConfidence.reserve(rows_.size());
        for (std::size_t begin = 0; begin < rows_.size();) {
            std::size_t end = begin + 1;
            while (end < rows_.size() && rows_[end].imageId == rows_[begin].imageId)
                ++end;
            LabelRow* run = rows_.data() + begin;
            const std::size_t runSize = end - begin;
            sortRunByTag(run, runSize);
            const std::uint8_t split = static_cast<std::uint8_t>((run[0].packed >> kSplitShift) & 0x3);
            for (std::size_t i = 0; i < runSize; ++i)
                if (((run[i].packed >> kSplitShift) & 0x3) != split)
                    ++conflictingSplits;
            contents.imageIds.push_back(run[0].imageId);
            contents.imageSplits.push_back(split);
            appendLabels(run, runSize, contents, anyMachine);
            contents.labelOffsets.push_back(contents.labelTags.size());
            begin = end;
        }
        if (conflictingSplits)
            report_.add({root, 0, std::to_string(conflictingSplits) + " labels name an image already listed in another split; the image keeps its first split"});
        std::vector<LabelRow>().swap(rows_);
        contents.tags = std::move(tags_);
        return Dataset(std::move(contents));
    }

private:
    std::uint32_t addTag(const std::string& labelName, const std::string& displayName)
    {
        tags_.push_back({labelName, displayName, trainableList_.empty() || trainableList_.count(labelName) > 0});
        const auto index = static_cast<std::uint32_t>(tags_.size() - 1);
        tagIndex_.insert(labelName, index);
        return index;
    }

    void skipHeader(CsvBlock& block, Columns& columns, const std::string& path)
    {
        CsvRecordParser parser(block);
        std::vector<std::string_view> fields;
        if (!parser.next(fields))
            return;
        try {
            auto header = columnsFromHeader(fields);
            if (!header)
                return; // no header: the default column order ImageID,Source,LabelName,Confidence
            columns = *header;
        } catch (const std::runtime_error& error) {
            throw std::runtime_error(path + ":1: " + error.what());
        }
        const char* next = static_cast<const char*>(std::memchr(block.data, '\n', block.size));
        const std::size_t skipped = next ? static_cast<std::size_t>(next - block.data) + 1 : block.size;
        block.data += skipped;
        block.size -= skipped;
        block.firstLine = 2;
        ++report_.rowsRead;
    }

    void absorb(ChunkResult& result)
    {
        std::vector<std::uint32_t> resolved(result.newLabelNames.size());
        for (std::size_t i = 0; i < result.newLabelNames.size(); ++i) {
            const std::string& name = result.newLabelNames[i];
            std::uint32_t known = tagIndex_.find(name);
            if (known == LabelNameTable::kMissing) {
                known = addTag(name, name);
                report_.add({"", 0, "LabelName " + name + " is not in the class descriptions; shown by its LabelName"});
            }
            resolved[i] = known;
        }
        for (LabelRow& row : result.rows)
            if (row.packed & kUnresolvedBit)
                row.packed = (row.packed & ~(kUnresolvedBit | kTagBits)) | resolved[row.packed & kTagBits];
        rows_.insert(rows_.end(), result.rows.begin(), result.rows.end()); // into the reserved capacity
        report_.rowsRead += result.records;
        report_.rowsSkipped += result.issueCount;
        report_.merge(result.issues, result.issueCount);
    }

    // Open Images files are sorted by ImageID; sort only the segments that are not, then merge segments.
    void sortRows()
    {
        auto byId = [](const LabelRow& a, const LabelRow& b) { return a.imageId < b.imageId; };
        for (auto [begin, end] : sortedSegments_) {
            auto first = rows_.begin() + static_cast<std::ptrdiff_t>(begin);
            auto last = rows_.begin() + static_cast<std::ptrdiff_t>(end);
            if (!std::is_sorted(first, last, byId))
                std::stable_sort(first, last, byId);
        }
        for (std::size_t i = 1; i < sortedSegments_.size(); ++i) {
            auto first = rows_.begin();
            auto middle = rows_.begin() + static_cast<std::ptrdiff_t>(sortedSegments_[i].first);
            auto last = rows_.begin() + static_cast<std::ptrdiff_t>(sortedSegments_[i].second);
            if (middle != first && middle != last && byId(*middle, *(middle - 1)))
                std::inplace_merge(first, middle, last, byId);
        }
    }

    // Orders one image's rows by tag, human rows before machine rows of the same tag. Runs are short
    // (a few labels an image), so insertion sort beats std::stable_sort's buffer allocation.
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
    void appendLabels(const LabelRow* run, std::size_t runSize, DatasetContents& contents, bool anyMachine) const
    {
        for (std::size_t i = 0; i < runSize;) {
            const std::uint32_t tag = run[i].packed & kTagBits;
            std::uint8_t flags = 0;
            float confidence = 0.0f;
            bool haveHuman = false;
            for (; i < runSize && (run[i].packed & kTagBits) == tag; ++i) {
                const LabelRow& row = run[i];
                if (!(row.packed & kMachineBit)) {
                    if (!haveHuman) {
                        flags = static_cast<std::uint8_t>(row.confidence >= 0.5f ? LabelState::Positive : LabelState::Negative);
                        confidence = row.confidence;
                        haveHuman = true;
                    }
                } else if (!(flags & label_flags::kHasMachineConfidence)) {
                    if (!haveHuman)
                        flags = static_cast<std::uint8_t>(row.confidence >= options_.machineConfidenceThreshold ? LabelState::Positive : LabelState::Unknown);
                    flags |= label_flags::kHasMachineConfidence;
                    confidence = row.confidence;
                }
            }
            contents.labelTags.push_back(tag);
            contents.labelFlags.push_back(flags);
            if (anyMachine)
                contents.labelConfidence.push_back(confidence);
        }
    }

    const OpenImagesOptions& options_;
    ImportReport& report_;
    std::vector<Tag> tags_;
    LabelNameTable tagIndex_;
    std::unordered_set<std::string> trainableList_;
    std::vector<LabelRow> rows_;
    std::vector<std::pair<std::size_t, std::size_t>> sortedSegments_;
};

} // namespace

OpenImagesFiles findOpenImagesFiles(const std::string& folder)
{
    OpenImagesFiles files;
    std::error_code error;
    std::vector<fs::directory_entry> entries;
    for (const auto& entry : fs::directory_iterator(folder, error))
        entries.push_back(entry);
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.path() < b.path(); });
    std::array<std::string, kSplitCount> boxableHuman;
    for (const auto& entry : entries) {
        const std::string name = entry.path().filename().string();
        const std::string path = entry.path().string();
        if (entry.is_directory(error)) {
            if (auto split = splitFromName(name))
                if (files.imageFolders[static_cast<int>(*split)].empty() || name != "val")
                    files.imageFolders[static_cast<int>(*split)] = fs::absolute(entry.path()).string();
            continue;
        }
        if (endsWith(name, "class-descriptions.csv") || endsWith(name, "class-descriptions-boxable.csv")) {
            files.classDescriptions.push_back(path);
        } else if (endsWith(name, "classes-trainable.txt")) {
            files.trainableClasses = path;
        } else if (endsWith(name, "-annotations-human-imagelabels.csv")) {
            if (auto split = splitFromFileName(name))
                files.humanLabels.emplace_back(path, *split);
        } else if (endsWith(name, "-annotations-human-imagelabels-boxable.csv")) {
            if (auto split = splitFromFileName(name))
                boxableHuman[static_cast<int>(*split)] = path;
        } else if (endsWith(name, "-annotations-machine-imagelabels.csv")) {
            if (auto split = splitFromFileName(name))
                files.machineLabels.emplace_back(path, *split);
        }
    }
    // The boxable files are subsets of the full ones: read them only for splits that lack a full file.
    for (int s = 0; s < kSplitCount; ++s) {
        if (boxableHuman[s].empty())
            continue;
        const bool haveFull = std::any_of(files.humanLabels.begin(), files.humanLabels.end(),
                                          [s](const auto& file) { return static_cast<int>(file.second) == s; });
        if (!haveFull)
            files.humanLabels.emplace_back(boxableHuman[s], static_cast<Split>(s));
    }
    // Prefer the newest class descriptions first (V7, V6, boxable): earlier files win on repeated LabelNames.
    std::stable_sort(files.classDescriptions.begin(), files.classDescriptions.end(), [](const auto& a, const auto& b) {
        auto rank = [](const std::string& p) {
            const std::string n = fs::path(p).filename().string();
            return n.rfind("oidv7", 0) == 0 ? 0 : n.rfind("oidv6", 0) == 0 ? 1 : n.find("boxable") == std::string::npos ? 2 : 3;
        };
        return rank(a) < rank(b);
    });
    return files;
}

ImportResult importOpenImages(const std::string& folder, const OpenImagesOptions& options,
                              const ProgressCallback& progress, const CancelToken* cancel)
{
    std::error_code error;
    if (!fs::is_directory(folder, error))
        throw std::runtime_error(folder + ": not a folder");
    const OpenImagesFiles files = findOpenImagesFiles(folder);
    if (!files.found())
        throw std::runtime_error(folder + ": no Open Images label files (*-annotations-human-imagelabels.csv)");

    ImportResult result;
    result.report.format = "openimages";
    OpenImagesAssembler assembler(options, result.report);
    for (const std::string& path : files.classDescriptions)
        assembler.readClassDescriptions(path);
    if (!files.trainableClasses.empty())
        assembler.readTrainableClasses(files.trainableClasses);

    std::uint64_t bytesTotal = 0, bytesDone = 0;
    for (const auto& file : files.humanLabels)
        bytesTotal += fileSize(file.first);
    if (options.readMachineLabels)
        for (const auto& file : files.machineLabels)
            bytesTotal += fileSize(file.first);
    assembler.reserveRows(bytesTotal);
    for (const auto& [path, split] : files.humanLabels) {
        if (isCancelled(cancel))
            break;
        assembler.readLabelFile(path, split, false, progress, bytesDone, bytesTotal, cancel);
    }
    if (options.readMachineLabels)
        for (const auto& [path, split] : files.machineLabels) {
            if (isCancelled(cancel))
                break;
            assembler.readLabelFile(path, split, true, progress, bytesDone, bytesTotal, cancel);
        }
    reportProgress(progress, bytesTotal, bytesTotal, "Building the label index");
    result.dataset = assembler.build(fs::absolute(folder).lexically_normal().string(), files.imageFolders);
    return result;
}

} // namespace tagscope
