#include "fuzz_harnesses.h"

#include "common/npy.h"
#include "common/zip_index.h"
#include "dataset/coco_importer.h"
#include "dataset/csv.h"
#include "dataset/dataset_cache.h"
#include "dataset/list_importer.h"
#include "dataset/open_images_importer.h"
#include "dataset/statistics.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <tuple>

#include <unistd.h>

namespace fs = std::filesystem;

namespace tagscope::fuzz {
namespace {

void require(bool condition, const std::string& what)
{
    if (!condition)
        throw HarnessFailure(what);
}

// The importers read files: each harness writes its input into this private folder, removed at exit.
class ScratchFolder {
public:
    static ScratchFolder& instance()
    {
        static ScratchFolder folder;
        return folder;
    }
    ~ScratchFolder()
    {
        std::error_code error;
        fs::remove_all(path_, error);
    }
    const std::string& path() const { return path_; }
    // Writes `bytes` to `relative` (folders created as needed) and returns the absolute path.
    std::string write(const std::string& relative, std::string_view bytes) const
    {
        const fs::path file = fs::path(path_) / relative;
        std::error_code error;
        fs::create_directories(file.parent_path(), error);
        std::FILE* out = std::fopen(file.c_str(), "wb");
        require(out != nullptr, "cannot write the scratch file " + file.string());
        const bool written = bytes.empty() || std::fwrite(bytes.data(), 1, bytes.size(), out) == bytes.size();
        std::fclose(out);
        require(written, "cannot write the scratch file " + file.string());
        return file.string();
    }
    // Empties a sub-folder so that files of an earlier input do not leak into this one.
    std::string fresh(const std::string& relative) const
    {
        const fs::path folder = fs::path(path_) / relative;
        std::error_code error;
        fs::remove_all(folder, error);
        fs::create_directories(folder, error);
        return folder.string();
    }

private:
    ScratchFolder()
    {
        const char* tmp = std::getenv("TMPDIR");
        std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/tagscope-fuzz-XXXXXX";
        require(::mkdtemp(pattern.data()) != nullptr, "cannot create a scratch folder");
        path_ = pattern;
    }
    std::string path_;
};

std::string_view asText(const std::uint8_t* data, std::size_t size) { return {reinterpret_cast<const char*>(data), size}; }

// Parts separated by 0x1E (the ASCII record separator): several files in one input.
std::vector<std::string_view> splitParts(std::string_view text, std::size_t maxParts)
{
    std::vector<std::string_view> parts;
    while (parts.size() + 1 < maxParts) {
        const std::size_t cut = text.find('\x1E');
        if (cut == std::string_view::npos)
            break;
        parts.push_back(text.substr(0, cut));
        text.remove_prefix(cut + 1);
    }
    parts.push_back(text);
    parts.resize(maxParts);
    return parts;
}

struct Record {
    std::uint64_t line = 0;
    std::vector<std::string> fields;
    std::string error;
    bool operator==(const Record& other) const { return line == other.line && fields == other.fields && error == other.error; }
};

template <typename Parser> void collect(Parser&& parser, std::vector<Record>& out)
{
    std::vector<std::string_view> fields;
    while (parser.next(fields))
        out.push_back({parser.recordLine(), {fields.begin(), fields.end()}, parser.error()});
}

std::vector<Record> readRecords(const std::string& path, char separator, std::size_t blockBytes)
{
    std::vector<Record> records;
    readCsvBlocks(
        path,
        [&](const CsvBlock& block) {
            collect(CsvRecordParser(block, separator), records);
            return true;
        },
        blockBytes, separator);
    return records;
}

bool sameContents(const DatasetContents& a, const DatasetContents& b)
{
    auto sameTags = [](const std::vector<Tag>& x, const std::vector<Tag>& y) {
        if (x.size() != y.size())
            return false;
        for (std::size_t i = 0; i < x.size(); ++i)
            if (x[i].labelName != y[i].labelName || x[i].displayName != y[i].displayName || x[i].trainable != y[i].trainable)
                return false;
        return true;
    };
    return a.format == b.format && a.root == b.root && a.exhaustiveLabels == b.exhaustiveLabels && sameTags(a.tags, b.tags)
        && a.imageIds == b.imageIds && a.imagePaths.chars() == b.imagePaths.chars()
        && a.imagePaths.offsets() == b.imagePaths.offsets() && a.imageSplits == b.imageSplits
        && a.splitImageFolders == b.splitImageFolders && a.labelOffsets == b.labelOffsets && a.labelTags == b.labelTags
        && a.labelFlags == b.labelFlags && a.labelConfidence == b.labelConfidence;
}

// The same problems, in any order: threads finish their pieces in any order, and problems that are not tied
// to a line (a LabelName without a description) are reported when a piece is merged.
bool sameIssues(const ImportReport& a, const ImportReport& b)
{
    if (a.issueCount != b.issueCount || a.issues.size() != b.issues.size() || a.rowsRead != b.rowsRead || a.rowsSkipped != b.rowsSkipped)
        return false;
    auto sorted = [](const std::vector<ImportIssue>& issues) {
        std::vector<std::tuple<std::string, std::uint64_t, std::string>> out;
        for (const ImportIssue& issue : issues)
            out.emplace_back(issue.file, issue.line, issue.message);
        std::sort(out.begin(), out.end());
        return out;
    };
    // Beyond the stored maximum, which problems are kept depends on that order too: only the counts compare.
    return a.issueCount > ImportReport::kMaxStoredIssues || sorted(a.issues) == sorted(b.issues);
}

// Walks everything a consumer of the dataset reads.
void useDataset(const Dataset& dataset)
{
    for (std::size_t i = 0; i < dataset.imageCount(); ++i) {
        dataset.imageName(i);
        const LabelView labels = dataset.labels(i);
        for (std::size_t l = 0; l < labels.count; ++l)
            require(labels.tags[l] < dataset.tagCount(), "a label names a tag that does not exist");
        dataset.imagePath(i);
    }
    const DatasetStatistics statistics = computeStatistics(dataset);
    require(statistics.bands.size() == dataset.tagCount(), "statistics lost a tag");
}

} // namespace

void csvRecords(const std::uint8_t* data, std::size_t size)
{
    if (size < 2)
        return;
    const char separator = (data[0] & 1) ? '\t' : ',';
    const std::size_t blockBytes = 1 + data[1] % 64;
    const std::string path = ScratchFolder::instance().write("records.csv", asText(data + 2, size - 2));
    const std::vector<Record> whole = readRecords(path, separator, std::size_t(1) << 20);
    const std::vector<Record> blocks = readRecords(path, separator, blockBytes);
    require(whole == blocks, "records read in blocks of " + std::to_string(blockBytes) + " bytes differ from the whole file's");
    const std::vector<CsvRecord> small = readSmallCsv(path, separator);
    require(small.size() == whole.size(), "readSmallCsv found another number of records");
    for (std::size_t i = 0; i < small.size(); ++i)
        require(Record{small[i].line, small[i].fields, small[i].error} == whole[i],
                "readSmallCsv differs at the record of line " + std::to_string(whole[i].line));
}

void openImagesFolder(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return;
    const std::uint8_t flags = data[0];
    const std::vector<std::string_view> parts = splitParts(asText(data + 1, size - 1), 4);
    const ScratchFolder& scratch = ScratchFolder::instance();
    const std::string folder = scratch.fresh("openimages");
    if (!parts[0].empty())
        scratch.write("openimages/oidv6-class-descriptions.csv", parts[0]);
    scratch.write("openimages/oidv6-train-annotations-human-imagelabels.csv", parts[1]);
    if (!parts[2].empty())
        scratch.write("openimages/oidv6-train-annotations-machine-imagelabels.csv", parts[2]);
    if (!parts[3].empty())
        scratch.write("openimages/oidv6-classes-trainable.txt", parts[3]);
    OpenImagesOptions options;
    options.readMachineLabels = flags & 1;
    options.machineConfidenceThreshold = (flags >> 1 & 7) / 7.0f;
    options.threads = 1;
    ImportResult one, three;
    std::string oneError, threeError;
    try {
        one = importOpenImages(folder, options);
    } catch (const std::runtime_error& error) {
        oneError = error.what();
    }
    options.threads = 3;
    options.pieceBytes = 1 + (flags >> 4); // tiny pieces: every cut, and files streamed through the merge
    try {
        three = importOpenImages(folder, options);
    } catch (const std::runtime_error& error) {
        threeError = error.what();
    }
    require(oneError == threeError, "one and three threads fail differently: '" + oneError + "' vs '" + threeError + "'");
    if (!oneError.empty())
        return;
    require(sameContents(one.dataset.contents(), three.dataset.contents()), "one and three threads read different datasets");
    require(sameIssues(one.report, three.report), "one and three threads report different problems");
    useDataset(one.dataset);
}

void cocoAnnotations(const std::uint8_t* data, std::size_t size)
{
    const std::vector<std::string_view> parts = splitParts(asText(data, size), 2);
    const ScratchFolder& scratch = ScratchFolder::instance();
    const std::string folder = scratch.fresh("coco");
    scratch.write("coco/annotations/instances_train2017.json", parts[0]);
    if (!parts[1].empty())
        scratch.write("coco/annotations/instances_val2017.json", parts[1]);
    try {
        const ImportResult result = importCoco(folder);
        useDataset(result.dataset);
        require(result.report.rowsSkipped <= result.report.rowsRead, "more entries skipped than read");
    } catch (const std::runtime_error&) {
        // a broken document, reported with its file and line
    }
}

void imageList(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return;
    static const char* const extensions[] = {".csv", ".tsv", ".txt"};
    const ScratchFolder& scratch = ScratchFolder::instance();
    scratch.fresh("list");
    scratch.write("list/a.jpg", "");
    scratch.write("list/sub/b.jpg", "");
    const std::string path = scratch.write(std::string("list/images") + extensions[data[0] % 3], asText(data + 1, size - 1));
    try {
        const ImportResult result = importList(path);
        useDataset(result.dataset);
        for (std::size_t i = 0; i < result.dataset.imageCount(); ++i) {
            const std::string name = result.dataset.imageName(i);
            require(name.rfind("../", 0) != 0 && name.rfind('/', 0) != 0, "image path '" + name + "' leaves the list's folder");
        }
    } catch (const std::runtime_error&) {
        // no image rows, reported with the file
    }
}

void npyArray(const std::uint8_t* data, std::size_t size)
{
    const std::vector<std::uint8_t> bytes(data, data + size);
    NpyArray array;
    try {
        array = parseNpy(bytes, "input.npy");
    } catch (const std::runtime_error&) {
        return;
    }
    require(static_cast<std::size_t>(array.elementCount()) * array.elementSize() == array.data.size(), "data size differs from the shape");
    require(array.toFloat().size() == static_cast<std::size_t>(array.elementCount()), "toFloat lost elements");
    try {
        array.toInt64();
    } catch (const std::runtime_error&) {
        // fractional values, reported
    }
}

void datasetCache(const std::uint8_t* data, std::size_t size)
{
    const ScratchFolder& scratch = ScratchFolder::instance();
    const std::string path = scratch.write("cache/input.tsds", asText(data, size));
    const std::optional<ImportResult> read = readDatasetCache(path);
    if (!read)
        return;
    useDataset(read->dataset);
    const std::string copy = scratch.path() + "/cache/copy.tsds";
    std::string error;
    require(writeDatasetCache(copy, *read, {}, &error), "cannot write the cache back: " + error);
    const std::optional<ImportResult> again = readDatasetCache(copy);
    require(again.has_value(), "a cache written from a cache does not read back");
    require(sameContents(read->dataset.contents(), again->dataset.contents()) && sameIssues(read->report, again->report),
            "a cache written from a cache reads back different");
}

void torchArchive(const std::uint8_t* data, std::size_t size)
{
    std::string memoryError, fileError;
    ZipIndex fromMemory, fromFile;
    try {
        fromMemory = parseZipIndex(data, size, "archive.pt");
        checkTorchArchive(fromMemory, "archive.pt", "checkpoint");
    } catch (const std::runtime_error& error) {
        memoryError = error.what();
    }
    const ScratchFolder& scratch = ScratchFolder::instance();
    const std::string path = scratch.write("archive.pt", asText(data, size));
    try {
        fromFile = readZipIndex(path);
        checkTorchArchive(fromFile, path, "checkpoint");
    } catch (const std::runtime_error& error) {
        fileError = error.what();
        if (fileError.rfind(path, 0) == 0)
            fileError.replace(0, path.size(), "archive.pt");
    }
    require(memoryError == fileError, "memory and file readers disagree: '" + memoryError + "' vs '" + fileError + "'");
    for (const ZipEntry& entry : fromMemory.entries)
        require(entry.localHeaderOffset < size && entry.compressedSize <= size, "record '" + entry.name + "' lies outside the file");
}

const std::vector<Harness>& harnesses()
{
    static const std::vector<Harness> all = {
        {"csv", csvRecords},          {"open_images", openImagesFolder}, {"coco", cocoAnnotations},
        {"list", imageList},          {"npy", npyArray},                 {"dataset_cache", datasetCache},
        {"torch_archive", torchArchive},
    };
    return all;
}

} // namespace tagscope::fuzz
