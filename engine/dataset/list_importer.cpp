#include "dataset/list_importer.h"

#include "dataset/csv.h"
#include "dataset/image_files.h"
#include "dataset/label_name_table.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace fs = std::filesystem;

namespace tagscope {
namespace {

std::string lowerCase(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::string_view trim(std::string_view text)
{
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && space(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && space(text.back()))
        text.remove_suffix(1);
    return text;
}

// The first line of a file (BOM removed), at most 64 KiB of it.
std::string firstLine(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::string line(65536, '\0');
    in.read(line.data(), static_cast<std::streamsize>(line.size()));
    line.resize(static_cast<std::size_t>(in.gcount()));
    if (line.rfind("\xEF\xBB\xBF", 0) == 0)
        line.erase(0, 3);
    const std::size_t end = line.find('\n');
    if (end != std::string::npos)
        line.resize(end);
    return line;
}

bool isOneOf(const std::string& name, std::initializer_list<const char*> names)
{
    return std::any_of(names.begin(), names.end(), [&](const char* candidate) { return name == candidate; });
}

struct Columns {
    std::size_t path = 0;
    std::size_t tags = 1;
    int split = -1;
    bool tagsToTheEnd = true; // without a header every field after the path holds tags
    std::size_t needed() const { return std::max(path, tags) + 1; }
};

Columns columnsFromHeader(const std::vector<std::string_view>& fields)
{
    int path = -1, tags = -1, split = -1;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const std::string name = lowerCase(trim(fields[i]));
        const int index = static_cast<int>(i);
        if (path < 0 && isOneOf(name, {"path", "image", "images", "image_path", "imagepath", "image_name", "file", "filename",
                                       "file_name", "filepath", "file_path", "img", "name"}))
            path = index;
        else if (tags < 0 && isOneOf(name, {"tags", "tag", "labels", "label", "classes", "class", "categories", "category"}))
            tags = index;
        else if (split < 0 && isOneOf(name, {"split", "subset"}))
            split = index;
    }
    if (path < 0)
        path = tags == 0 ? 1 : 0;
    if (tags < 0) { // the first column that is neither of the others
        tags = 0;
        while (tags == path || tags == split)
            ++tags;
    }
    return {static_cast<std::size_t>(path), static_cast<std::size_t>(tags), split, false};
}

// A column name rather than an image: no extension, no folder.
bool looksLikeColumnName(std::string_view field)
{
    return !field.empty() && field.find_first_of("./\\") == std::string_view::npos;
}

// One accepted row: its image and the range of its tags fields in the pool of fields.
struct ListRow {
    std::uint32_t image;
    std::uint32_t firstField;
    std::uint32_t fieldCount;
};

class ListReader {
public:
    ListReader(std::string path, std::string root, ImagePathPolicy policy, ImportReport& report)
        : path_(std::move(path)), root_(std::move(root)), resolver_(root_, root_, policy), report_(report)
    {
    }

    void read(const ProgressCallback& progress, const CancelToken* cancel)
    {
        const std::string line = firstLine(path_);
        const char separator = line.find('\t') != std::string::npos ? '\t' : ',';
        std::error_code error;
        const std::uint64_t total = fs::file_size(path_, error);
        std::uint64_t done = 0;
        std::vector<std::string_view> fields;
        readCsvBlocks(
            path_,
            [&](const CsvBlock& block) {
                CsvRecordParser parser(block, separator);
                while (parser.next(fields))
                    readRecord(parser, fields);
                done += block.size;
                reportProgress(progress, done, total, "Reading the list");
                return !isCancelled(cancel);
            },
            std::size_t(4) << 20, separator);
    }

    std::size_t imageCount() const { return rows_.size(); }

    DatasetContents build()
    {
        const char separator = tagSeparator();
        LabelNameTable tagIndex;
        std::vector<std::string> tagNames;
        std::vector<std::uint64_t> pairs; // image << 32 | tag (in order of first appearance)
        for (const ListRow& row : rows_)
            for (std::uint32_t f = row.firstField; f < row.firstField + row.fieldCount; ++f)
                forEachTag(tagFields_.at(f), separator, [&](std::string_view tag) {
                    std::uint32_t index = tagIndex.find(tag);
                    if (index == LabelNameTable::kMissing) {
                        index = static_cast<std::uint32_t>(tagNames.size());
                        tagIndex.insert(tag, index);
                        tagNames.emplace_back(tag);
                    }
                    pairs.push_back(std::uint64_t(row.image) << 32 | index);
                });
        // Tags in name order, so that the same tags give the same indices whatever the row order.
        std::vector<std::uint32_t> order(tagNames.size());
        for (std::uint32_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return tagNames[a] < tagNames[b]; });
        std::vector<std::uint32_t> tagOf(order.size());
        for (std::uint32_t rank = 0; rank < order.size(); ++rank) {
            tagOf[order[rank]] = rank;
            contents_.tags.push_back({tagNames[order[rank]], tagNames[order[rank]], true});
        }
        for (std::uint64_t& pair : pairs)
            pair = (pair & ~0xFFFFFFFFull) | tagOf[pair & 0xFFFFFFFFull];
        std::sort(pairs.begin(), pairs.end());
        pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
        contents_.labelOffsets.assign(1, 0);
        std::size_t next = 0;
        for (std::uint64_t image = 0; image < contents_.imagePaths.size(); ++image) {
            for (; next < pairs.size() && (pairs[next] >> 32) == image; ++next)
                contents_.labelTags.push_back(static_cast<std::uint32_t>(pairs[next]));
            contents_.labelOffsets.push_back(contents_.labelTags.size());
        }
        contents_.labelFlags.assign(contents_.labelTags.size(), static_cast<std::uint8_t>(LabelState::Positive));
        contents_.format = "list";
        contents_.root = root_;
        // A list names the tags an image has; nothing says the others were checked and found absent, so absent
        // tags stay unknown rather than negative.
        contents_.exhaustiveLabels = false;
        return std::move(contents_);
    }

private:
    void readRecord(const CsvRecordParser& parser, const std::vector<std::string_view>& fields)
    {
        const std::uint64_t line = parser.recordLine();
        ++report_.rowsRead;
        if (!parser.error().empty()) {
            skip(line, parser.error());
            return;
        }
        if (firstRecord_) {
            firstRecord_ = false;
            const std::string_view first = trim(fields[0]);
            std::error_code error;
            if (looksLikeColumnName(first) && !fs::exists(fs::path(root_) / std::string(first), error)) {
                columns_ = columnsFromHeader(fields);
                return;
            }
        }
        if (fields.size() < columns_.needed()) {
            skip(line, "expected " + std::to_string(columns_.needed()) + " columns (image path and tags), found "
                           + std::to_string(fields.size()));
            return;
        }
        const std::string_view given = trim(fields[columns_.path]);
        if (given.empty()) {
            skip(line, "empty image path");
            return;
        }
        if (!resolver_.resolve(given, imagePath_)) {
            skip(line, "image path \"" + std::string(given) + "\" does not name a file inside the list's folder " + root_);
            return;
        }
        const std::uint32_t image = imageFor(imagePath_);
        if (columns_.split >= 0 && static_cast<std::size_t>(columns_.split) < fields.size())
            setSplit(image, trim(fields[static_cast<std::size_t>(columns_.split)]), line);
        ListRow row{image, static_cast<std::uint32_t>(tagFields_.size()), 0};
        const std::size_t lastTags = columns_.tagsToTheEnd ? fields.size() - 1 : columns_.tags;
        for (std::size_t f = columns_.tags; f <= lastTags; ++f)
            if (f != columns_.path && static_cast<int>(f) != columns_.split) {
                tagFields_.add(trim(fields[f]));
                ++row.fieldCount;
            }
        rows_.push_back(row);
    }

    std::uint32_t imageFor(const std::string& path)
    {
        std::uint32_t image = imageIndex_.find(path);
        if (image == LabelNameTable::kMissing) {
            image = static_cast<std::uint32_t>(contents_.imagePaths.size());
            imageIndex_.insert(path, image);
            contents_.imagePaths.add(path);
            contents_.imageSplits.push_back(static_cast<std::uint8_t>(Split::Unassigned));
        }
        return image;
    }

    void setSplit(std::uint32_t image, std::string_view text, std::uint64_t line)
    {
        if (text.empty())
            return;
        const auto split = splitFromName(lowerCase(text));
        if (!split) {
            report_.add({path_, line, "unknown split \"" + std::string(text) + "\" (expected train, val, validation or test); the image stays unassigned"});
            return;
        }
        std::uint8_t& current = contents_.imageSplits[image];
        if (current == static_cast<std::uint8_t>(Split::Unassigned))
            current = static_cast<std::uint8_t>(*split);
        else if (current != static_cast<std::uint8_t>(*split))
            report_.add({path_, line, "the image is listed in split " + std::string(splitName(static_cast<Split>(current)))
                                          + " already; it stays there"});
    }

    // '|' when any tags field holds one, else ';' likewise, else whitespace (written as ' ').
    char tagSeparator() const
    {
        bool semicolon = false;
        for (std::size_t i = 0; i < tagFields_.size(); ++i) {
            const std::string_view field = tagFields_.at(i);
            if (field.find('|') != std::string_view::npos)
                return '|';
            semicolon = semicolon || field.find(';') != std::string_view::npos;
        }
        return semicolon ? ';' : ' ';
    }

    template <typename OnTag> static void forEachTag(std::string_view field, char separator, OnTag onTag)
    {
        const char* separators = separator == ' ' ? " \t\r\n" : separator == '|' ? "|" : ";";
        std::size_t start = 0;
        while (start <= field.size()) {
            const std::size_t end = std::min(field.find_first_of(separators, start), field.size());
            const std::string_view tag = trim(field.substr(start, end - start));
            if (!tag.empty())
                onTag(tag);
            start = end + 1;
        }
    }

    void skip(std::uint64_t line, std::string message)
    {
        report_.add({path_, line, std::move(message)});
        ++report_.rowsSkipped;
    }

    std::string path_;
    std::string root_;
    ImagePathResolver resolver_;
    ImportReport& report_;
    Columns columns_;
    bool firstRecord_ = true;
    DatasetContents contents_;
    LabelNameTable imageIndex_; // relative path -> image
    StringPool tagFields_;
    std::vector<ListRow> rows_;
    std::string imagePath_; // of the row being read, relative to the root
};

} // namespace

bool isListFileName(const std::string& name)
{
    const std::string lower = lowerCase(name);
    auto endsWith = [&](const char* suffix) {
        const std::size_t n = std::char_traits<char>::length(suffix);
        return lower.size() > n && lower.compare(lower.size() - n, n, suffix) == 0;
    };
    return endsWith(".csv") || endsWith(".tsv") || endsWith(".txt");
}

std::string findListFile(const std::string& folder)
{
    std::string found;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        const std::string name = entry.path().filename().string();
        const std::string lower = lowerCase(name);
        if (!isListFileName(name) || lower.rfind("readme", 0) == 0 || lower.rfind("license", 0) == 0
            || !entry.is_regular_file(error))
            continue;
        if (firstLine(entry.path().string()).find_first_of("\t,") == std::string::npos)
            continue;
        if (!found.empty())
            return {}; // several lists: which one is meant is the user's call
        found = entry.path().string();
    }
    return found;
}

ImportResult importList(const std::string& path, const ProgressCallback& progress, const CancelToken* cancel, ImagePathPolicy policy)
{
    std::error_code error;
    if (!fs::is_regular_file(path, error))
        throw std::runtime_error(path + ": not a file");
    std::string root = fs::absolute(path).parent_path().lexically_normal().string();
    while (root.size() > 1 && root.back() == '/')
        root.pop_back();
    ImportResult result;
    result.report.format = "list";
    result.report.filesRead.push_back(path);
    ListReader reader(path, root, policy, result.report);
    reader.read(progress, cancel);
    if (!isCancelled(cancel) && reader.imageCount() == 0)
        throw std::runtime_error(path + ": no image rows found; a list needs a path column and a tags column "
                                        "(e.g. \"images/a.jpg,cat|dog\")");
    reportProgress(progress, 0, 0, "Building the label index");
    result.dataset = Dataset(reader.build());
    if (!isCancelled(cancel))
        checkImageFiles(root, result.dataset.contents().imagePaths, result.report, progress, cancel);
    return result;
}

} // namespace tagscope
