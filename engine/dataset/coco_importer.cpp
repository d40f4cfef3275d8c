#include "dataset/coco_importer.h"

#include "dataset/image_files.h"

#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

namespace fs = std::filesystem;
namespace od = simdjson::ondemand;

namespace tagscope {
namespace {

bool startsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool isDirectory(const fs::path& path)
{
    std::error_code error;
    return fs::is_directory(path, error);
}

std::string absoluteFolder(const fs::path& path)
{
    std::string text = fs::absolute(path).lexically_normal().string();
    while (text.size() > 1 && text.back() == '/')
        text.pop_back();
    return text;
}

// "instances_train2017.json" -> "train2017": the name of the split's image folder in the COCO layout.
std::string splitWord(const fs::path& file)
{
    std::string stem = file.stem().string();
    if (startsWith(stem, "instances_"))
        stem.erase(0, std::string_view("instances_").size());
    return stem;
}

Split splitOfWord(std::string word)
{
    std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return std::tolower(c); });
    if (word.find("train") != std::string::npos) // also trainval35k
        return Split::Train;
    if (word.find("val") != std::string::npos) // also minival
        return Split::Validation;
    if (word.find("test") != std::string::npos)
        return Split::Test;
    return Split::Unassigned;
}

// The part of a subset's split word that names the split: "val2014_100" -> "val2014", "train2017-person" ->
// "train2017". Empty when the word is that part already or names no split.
std::string splitPartOf(const std::string& word)
{
    std::size_t start = 0;
    while (start < word.size()) {
        const std::size_t end = std::min(word.find_first_of("_-", start), word.size());
        const std::string part = word.substr(start, end - start);
        if (part.size() < word.size() && splitOfWord(part) != Split::Unassigned)
            return part;
        start = end + 1;
    }
    return {};
}

// `inAnnotationsFolder`: the file sits in <root>/annotations, COCO's own layout, whose images belong in
// <root>/<split word> even before they are downloaded (they are then reported missing under that path).
// A subset file (instances_val2014_100.json) usually has no image folder of its own: its images are then looked
// for in the folder of the split it was cut from (val2014), and the description says so.
CocoAnnotationFile describeFile(const fs::path& file, const fs::path& root, bool inAnnotationsFolder)
{
    CocoAnnotationFile description;
    description.path = file.string();
    const std::string word = splitWord(file);
    description.split = splitOfWord(word);
    description.imageFolder = absoluteFolder(inAnnotationsFolder && !word.empty() ? root / word : root);
    if (word.empty())
        return description;
    struct Candidate {
        fs::path folder;
        bool ofSplitPart;
    };
    const std::string splitPart = splitPartOf(word);
    std::vector<Candidate> candidates = {{root / word, false}, {root / "images" / word, false}};
    if (!splitPart.empty())
        candidates.insert(candidates.end(), {{root / splitPart, true}, {root / "images" / splitPart, true}});
    candidates.push_back({root / "images", false});
    for (const Candidate& candidate : candidates)
        if (isDirectory(candidate.folder)) {
            description.imageFolder = absoluteFolder(candidate.folder);
            if (candidate.ofSplitPart)
                description.folderOfWholeNameMissing = word;
            break;
        }
    return description;
}

std::vector<fs::path> instancesFilesIn(const fs::path& folder)
{
    std::vector<fs::path> files;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        const std::string name = entry.path().filename().string();
        if (startsWith(name, "instances_") && endsWith(name, ".json") && entry.is_regular_file(error))
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::uint64_t fileSize(const std::string& path)
{
    std::error_code error;
    const auto size = fs::file_size(path, error);
    return error ? 0 : static_cast<std::uint64_t>(size);
}

// Errors that concern one value (a string where a number belongs, say): the entry is skipped and reading goes
// on. Every other error means the document itself is broken.
bool isValueError(simdjson::error_code error)
{
    return error == simdjson::INCORRECT_TYPE || error == simdjson::NUMBER_ERROR
        || error == simdjson::NUMBER_OUT_OF_RANGE || error == simdjson::STRING_ERROR;
}

struct CocoCancelled {};

// Line numbers of byte offsets, counted when a report needs one: reports are rare and mostly in file order,
// so the counting costs one pass over the file at most.
class LineCounter {
public:
    LineCounter(const char* data, std::size_t size) : data_(data), size_(size) {}
    std::uint64_t lineAt(std::size_t offset)
    {
        offset = std::min(offset, size_);
        if (offset < offset_) {
            offset_ = 0;
            line_ = 1;
        }
        line_ += static_cast<std::uint64_t>(std::count(data_ + offset_, data_ + offset, '\n'));
        offset_ = offset;
        return line_;
    }

private:
    const char* data_;
    std::size_t size_;
    std::size_t offset_ = 0;
    std::uint64_t line_ = 1;
};

struct RawAnnotation {
    std::uint64_t imageId;
    std::uint64_t categoryId;
    std::uint64_t offset; // in the file: the line of a report
    std::uint32_t index;  // in the "annotations" array
    bool hasId;
    std::uint64_t id;     // the annotation's own id, named in reports
};

struct RawCategory {
    std::uint64_t id;
    std::string name;
    std::uint64_t offset;
    std::uint32_t index;
};

// "annotations[12]": where an entry is, for reports (COCO files are often a single line).
std::string entryName(const char* array, std::uint32_t index)
{
    return std::string(array) + "[" + std::to_string(index) + "]";
}

std::string annotationName(const RawAnnotation& annotation)
{
    return entryName("annotations", annotation.index) + (annotation.hasId ? " (id " + std::to_string(annotation.id) + ")" : "");
}

// One instances_*.json file, parsed with simdjson On Demand: the document is indexed once and only the fields
// Tagscope needs are decoded; segmentation polygons and boxes are skipped unread.
class CocoFileReader {
public:
    CocoFileReader(const CocoAnnotationFile& file, const std::string& root, ImagePathPolicy policy, ImportReport& report,
                   const ProgressCallback& progress, std::uint64_t bytesBefore, std::uint64_t bytesTotal,
                   const CancelToken* cancel)
        : file_(file), resolver_(root, file.imageFolder, policy), root_(root), report_(report), progress_(progress),
          bytesBefore_(bytesBefore), bytesTotal_(bytesTotal), cancel_(cancel)
    {
    }

    // Throws std::runtime_error when the file is not valid JSON, CocoCancelled when `cancel` is set.
    void read()
    {
        reportProgress(progress_, bytesBefore_, bytesTotal_, "Reading " + fs::path(file_.path).filename().string());
        if (auto error = simdjson::padded_string::load(file_.path).get(json_))
            throw std::runtime_error(file_.path + ": cannot read (" + simdjson::error_message(error) + ")");
        lines_ = LineCounter(json_.data(), json_.size());
        od::parser parser;
        od::document document;
        od::object top;
        if (auto error = parser.iterate(json_).get(document))
            fail(error, "");
        if (auto error = document.get_object().get(top))
            fail(error, "");
        bool sawImages = false;
        for (auto fieldResult : top) {
            od::field field;
            if (auto error = std::move(fieldResult).get(field))
                fail(error, "");
            const od::raw_json_string key = field.key();
            if (key == "images") {
                sawImages = true;
                readArray(field.value(), "images", [this](od::value& entry, std::uint32_t index) { readImage(entry, index); });
            } else if (key == "annotations") {
                readArray(field.value(), "annotations", [this](od::value& entry, std::uint32_t index) { readAnnotation(entry, index); });
            } else if (key == "categories") {
                readArray(field.value(), "categories", [this](od::value& entry, std::uint32_t index) { readCategory(entry, index); });
            } // "info", "licenses" and anything else: skipped unread
        }
        if (!sawImages)
            throw std::runtime_error(file_.path + ": no \"images\" array: not a COCO instances file");
    }

    // Reports a problem with the entry at `offset` in the file and counts it as skipped.
    void skip(std::uint64_t offset, std::string message)
    {
        report_.add({file_.path, lines_.lineAt(offset), std::move(message)});
        ++report_.rowsSkipped;
    }

    StringPool paths;                        // relative to the root
    std::unordered_map<std::uint64_t, std::uint32_t> imageIndex; // image id -> index in paths
    std::unordered_set<std::uint64_t> rejectedImages; // ids of images skipped (and reported) already
    std::vector<RawAnnotation> annotations;
    std::vector<RawCategory> categories;

private:
    template <typename ReadEntry> void readArray(od::value& value, const char* name, ReadEntry readEntry)
    {
        const char* location = nullptr;
        if (!value.current_location().get(location))
            offset_ = static_cast<std::uint64_t>(location - json_.data());
        od::array array;
        if (auto error = value.get_array().get(array)) {
            if (error == simdjson::INCORRECT_TYPE)
                throw std::runtime_error(file_.path + ":" + std::to_string(lines_.lineAt(offset_)) + ": \"" + name
                                         + "\" is not an array");
            fail(error, name);
        }
        std::uint32_t index = 0;
        for (auto entryResult : array) {
            od::value entry;
            if (auto error = std::move(entryResult).get(entry))
                fail(error, entryName(name, index));
            if (!entry.current_location().get(location))
                offset_ = static_cast<std::uint64_t>(location - json_.data());
            readEntry(entry, index);
            ++report_.rowsRead;
            if ((++index & 4095) == 0) {
                reportProgress(progress_, bytesBefore_ + offset_, bytesTotal_, "Reading " + fs::path(file_.path).filename().string());
                if (isCancelled(cancel_))
                    throw CocoCancelled{};
            }
        }
    }

    // Reads an unsigned integer field; false (with `problem` set) when the value is something else.
    bool readId(od::field& field, const char* key, std::uint64_t& out, std::string& problem)
    {
        const simdjson::error_code error = field.value().get_uint64().get(out);
        if (!error)
            return true;
        if (!isValueError(error))
            fail(error, key);
        problem = std::string("\"") + key + "\" is not a non-negative integer";
        return false;
    }

    void readImage(od::value& entry, std::uint32_t index)
    {
        const std::uint64_t offset = offset_;
        od::object object;
        if (auto error = entry.get_object().get(object)) {
            if (!isValueError(error))
                fail(error, entryName("images", index));
            skip(offset, entryName("images", index) + " is not an object");
            return;
        }
        std::uint64_t id = 0;
        bool hasId = false, hasName = false;
        std::string problem;
        for (auto fieldResult : object) {
            od::field field;
            if (auto error = std::move(fieldResult).get(field))
                fail(error, entryName("images", index));
            const od::raw_json_string key = field.key();
            if (key == "id") {
                hasId = readId(field, "id", id, problem);
            } else if (key == "file_name") {
                std::string_view text;
                const simdjson::error_code error = field.value().get_string().get(text);
                if (error && !isValueError(error))
                    fail(error, entryName("images", index));
                if (error)
                    problem = "\"file_name\" is not a string";
                else
                    name_.assign(text);
                hasName = !error;
            }
        }
        const std::string where = entryName("images", index) + (hasId ? " (id " + std::to_string(id) + ")" : "");
        if (problem.empty() && !hasId)
            problem = "no \"id\"";
        if (problem.empty() && !hasName)
            problem = "no \"file_name\"";
        if (!problem.empty()) {
            if (hasId)
                rejectedImages.insert(id);
            skip(offset, where + ": " + problem);
            return;
        }
        if (imageIndex.count(id)) {
            skip(offset, where + ": the id repeats an earlier image; the first is kept");
            return;
        }
        if (!resolver_.resolve(name_, path_)) {
            rejectedImages.insert(id);
            skip(offset, where + ": file_name \"" + name_ + "\" does not name a file inside the dataset folder " + root_);
            return;
        }
        imageIndex.emplace(id, static_cast<std::uint32_t>(paths.size()));
        paths.add(path_);
    }

    void readAnnotation(od::value& entry, std::uint32_t index)
    {
        const std::uint64_t offset = offset_;
        od::object object;
        if (auto error = entry.get_object().get(object)) {
            if (!isValueError(error))
                fail(error, entryName("annotations", index));
            skip(offset, entryName("annotations", index) + " is not an object");
            return;
        }
        RawAnnotation annotation{0, 0, offset, index, false, 0};
        bool hasImage = false, hasCategory = false;
        std::string problem;
        for (auto fieldResult : object) {
            od::field field;
            if (auto error = std::move(fieldResult).get(field))
                fail(error, entryName("annotations", index));
            const od::raw_json_string key = field.key();
            if (key == "image_id")
                hasImage = readId(field, "image_id", annotation.imageId, problem);
            else if (key == "category_id")
                hasCategory = readId(field, "category_id", annotation.categoryId, problem);
            else if (key == "id")
                annotation.hasId = field.value().get_uint64().get(annotation.id) == simdjson::SUCCESS;
        }
        if (problem.empty() && !hasImage)
            problem = "no \"image_id\"";
        if (problem.empty() && !hasCategory)
            problem = "no \"category_id\"";
        if (!problem.empty()) {
            skip(offset, annotationName(annotation) + ": " + problem);
            return;
        }
        annotations.push_back(annotation);
    }

    void readCategory(od::value& entry, std::uint32_t index)
    {
        const std::uint64_t offset = offset_;
        od::object object;
        if (auto error = entry.get_object().get(object)) {
            if (!isValueError(error))
                fail(error, entryName("categories", index));
            skip(offset, entryName("categories", index) + " is not an object");
            return;
        }
        RawCategory category{0, {}, offset, index};
        bool hasId = false;
        std::string problem;
        for (auto fieldResult : object) {
            od::field field;
            if (auto error = std::move(fieldResult).get(field))
                fail(error, entryName("categories", index));
            const od::raw_json_string key = field.key();
            if (key == "id") {
                hasId = readId(field, "id", category.id, problem);
            } else if (key == "name") {
                std::string_view text;
                if (!field.value().get_string().get(text))
                    category.name.assign(text);
            }
        }
        if (problem.empty() && !hasId)
            problem = "no \"id\"";
        if (!problem.empty()) {
            skip(offset, entryName("categories", index) + ": " + problem);
            return;
        }
        if (category.name.empty())
            category.name = std::to_string(category.id); // still usable: shown by its id
        categories.push_back(std::move(category));
    }

    // A broken document: names the file, the line and what was being read. A file that stops in the middle of
    // the JSON is the usual cause (an interrupted download), so that is said outright.
    [[noreturn]] void fail(simdjson::error_code error, const std::string& where)
    {
        std::size_t end = json_.size();
        while (end > 0 && std::isspace(static_cast<unsigned char>(json_.data()[end - 1])))
            --end;
        const bool truncated = end == 0 || json_.data()[end - 1] != '}' || error == simdjson::INCOMPLETE_ARRAY_OR_OBJECT
            || error == simdjson::UNCLOSED_STRING;
        const std::uint64_t line = lines_.lineAt(truncated ? json_.size() : offset_);
        std::string message = file_.path + ":" + std::to_string(line) + ": not valid JSON";
        if (!where.empty())
            message += " (in " + where + ")";
        message += std::string(": ") + simdjson::error_message(error);
        if (truncated)
            message += "; the file ends before the JSON does: is it truncated?";
        throw std::runtime_error(message);
    }

    const CocoAnnotationFile& file_;
    ImagePathResolver resolver_;
    std::string root_;
    ImportReport& report_;
    const ProgressCallback& progress_;
    std::uint64_t bytesBefore_;
    std::uint64_t bytesTotal_;
    const CancelToken* cancel_;
    simdjson::padded_string json_;
    LineCounter lines_{nullptr, 0};
    std::uint64_t offset_ = 0; // of the entry being read
    std::string name_; // file_name of the image being read
    std::string path_; // and its path relative to the root
};

// Gathers the files' images, categories and (image, category) pairs, then builds the dataset.
class CocoAssembler {
public:
    CocoAssembler(std::string root, ImportReport& report) : root_(std::move(root)), report_(report) {}

    void merge(CocoFileReader& reader, const CocoAnnotationFile& file)
    {
        for (RawCategory& category : reader.categories) {
            const auto [it, added] = categoryIndex_.emplace(category.id, static_cast<std::uint32_t>(categories_.size()));
            if (added)
                categories_.push_back({category.id, std::move(category.name)});
            else if (categories_[it->second].name != category.name)
                reader.skip(category.offset, entryName("categories", category.index) + ": id "
                                                 + std::to_string(category.id) + " is already named \""
                                                 + categories_[it->second].name + "\"; that name is kept");
        }
        const std::uint64_t firstImage = contents_.imagePaths.size();
        for (std::size_t i = 0; i < reader.paths.size(); ++i) {
            contents_.imagePaths.add(reader.paths.at(i));
            contents_.imageSplits.push_back(static_cast<std::uint8_t>(file.split));
        }
        if (!reader.paths.empty() && contents_.splitImageFolders[static_cast<int>(file.split)].empty())
            contents_.splitImageFolders[static_cast<int>(file.split)] = file.imageFolder;
        pairs_.reserve(pairs_.size() + reader.annotations.size());
        for (const RawAnnotation& annotation : reader.annotations) {
            const auto image = reader.imageIndex.find(annotation.imageId);
            if (image == reader.imageIndex.end()) {
                if (reader.rejectedImages.count(annotation.imageId))
                    ++report_.rowsSkipped; // its image was reported already
                else
                    reader.skip(annotation.offset, annotationName(annotation) + ": image_id "
                                                       + std::to_string(annotation.imageId) + " is not in \"images\"");
                continue;
            }
            const auto category = categoryIndex_.find(annotation.categoryId);
            if (category == categoryIndex_.end()) {
                reader.skip(annotation.offset, annotationName(annotation) + ": category_id "
                                                   + std::to_string(annotation.categoryId) + " is not in \"categories\"");
                continue;
            }
            pairs_.push_back((firstImage + image->second) << 32 | category->second);
        }
    }

    Dataset build()
    {
        // Tags in category id order; pairs sorted by image, then tag, lose their repeats (an image has many
        // boxes of one category).
        std::vector<std::uint32_t> order(categories_.size());
        for (std::uint32_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return categories_[a].id < categories_[b].id; });
        std::vector<std::uint32_t> tagOf(categories_.size());
        for (std::uint32_t rank = 0; rank < order.size(); ++rank) {
            tagOf[order[rank]] = rank;
            const Category& category = categories_[order[rank]];
            contents_.tags.push_back({std::to_string(category.id), category.name, true});
        }
        for (std::uint64_t& pair : pairs_)
            pair = (pair & ~0xFFFFFFFFull) | tagOf[pair & 0xFFFFFFFFull];
        std::sort(pairs_.begin(), pairs_.end());
        pairs_.erase(std::unique(pairs_.begin(), pairs_.end()), pairs_.end());

        const std::size_t images = contents_.imagePaths.size();
        contents_.labelOffsets.assign(1, 0);
        contents_.labelOffsets.reserve(images + 1);
        contents_.labelTags.reserve(pairs_.size());
        std::size_t next = 0;
        for (std::uint64_t image = 0; image < images; ++image) {
            for (; next < pairs_.size() && (pairs_[next] >> 32) == image; ++next)
                contents_.labelTags.push_back(static_cast<std::uint32_t>(pairs_[next]));
            contents_.labelOffsets.push_back(contents_.labelTags.size());
        }
        contents_.labelFlags.assign(contents_.labelTags.size(), static_cast<std::uint8_t>(LabelState::Positive));
        std::vector<std::uint64_t>().swap(pairs_);
        contents_.format = "coco";
        contents_.root = root_;
        contents_.exhaustiveLabels = true; // COCO marks every instance of every category
        return Dataset(std::move(contents_));
    }

    const StringPool& imagePaths() const { return contents_.imagePaths; }

private:
    struct Category {
        std::uint64_t id;
        std::string name;
    };

    std::string root_;
    ImportReport& report_;
    DatasetContents contents_;
    std::vector<Category> categories_; // in order of first appearance
    std::unordered_map<std::uint64_t, std::uint32_t> categoryIndex_;
    std::vector<std::uint64_t> pairs_; // image << 32 | category (index in categories_)
};

} // namespace

CocoFiles findCocoFiles(const std::string& path)
{
    CocoFiles result;
    std::error_code error;
    const fs::path given(path);
    if (fs::is_directory(given, error)) {
        std::vector<fs::path> files = instancesFilesIn(given / "annotations");
        const bool inAnnotationsFolder = !files.empty();
        if (files.empty())
            files = instancesFilesIn(given);
        result.root = absoluteFolder(given);
        for (const fs::path& file : files)
            result.files.push_back(describeFile(file, given, inAnnotationsFolder));
        // Train first, then validation, test and the rest: the order their images take in the dataset.
        std::stable_sort(result.files.begin(), result.files.end(),
                         [](const CocoAnnotationFile& a, const CocoAnnotationFile& b) { return a.split < b.split; });
        return result;
    }
    if (!fs::is_regular_file(given, error))
        return result;
    const fs::path folder = fs::absolute(given).parent_path();
    const bool inAnnotationsFolder = folder.filename() == "annotations";
    const fs::path root = inAnnotationsFolder ? folder.parent_path() : folder;
    result.root = absoluteFolder(root);
    result.files.push_back(describeFile(given, root, inAnnotationsFolder));
    return result;
}

ImportResult importCoco(const std::string& path, const ProgressCallback& progress, const CancelToken* cancel, ImagePathPolicy policy)
{
    const CocoFiles found = findCocoFiles(path);
    if (found.files.empty())
        throw std::runtime_error(path + ": no COCO annotation file (annotations/instances_*.json)");
    ImportResult result;
    result.report.format = "coco";
    CocoAssembler assembler(found.root, result.report);
    std::uint64_t bytesTotal = 0, bytesBefore = 0;
    for (const CocoAnnotationFile& file : found.files)
        bytesTotal += fileSize(file.path);
    std::string firstFailure;
    std::size_t filesMerged = 0;
    for (const CocoAnnotationFile& file : found.files) {
        if (isCancelled(cancel))
            break;
        if (!file.folderOfWholeNameMissing.empty())
            result.report.add({file.path, 0, "no image folder " + file.folderOfWholeNameMissing + "/, so its images are taken from " +
                                                 file.imageFolder + " (the split named in the file name)"});
        try {
            CocoFileReader reader(file, found.root, policy, result.report, progress, bytesBefore, bytesTotal, cancel);
            reader.read();
            assembler.merge(reader, file);
            ++filesMerged;
            // The image folder and the root too: their times change when images (or the image folder) come or
            // go, which makes a cached import, and its count of missing images, stale.
            for (const std::string* source : {&file.path, &file.imageFolder, &found.root})
                if (std::find(result.report.filesRead.begin(), result.report.filesRead.end(), *source) == result.report.filesRead.end())
                    result.report.filesRead.push_back(*source);
        } catch (const CocoCancelled&) {
            break;
        } catch (const std::runtime_error& error) {
            if (found.files.size() == 1)
                throw;
            if (firstFailure.empty())
                firstFailure = error.what();
            result.report.add({file.path, 0, error.what()}); // the other files are still worth having
        }
        bytesBefore += fileSize(file.path);
    }
    if (filesMerged == 0 && !firstFailure.empty())
        throw std::runtime_error(firstFailure);
    reportProgress(progress, bytesTotal, bytesTotal, "Building the label index");
    result.dataset = assembler.build();
    if (!isCancelled(cancel))
        checkImageFiles(found.root, result.dataset.contents().imagePaths, result.report, progress, cancel);
    return result;
}

} // namespace tagscope
