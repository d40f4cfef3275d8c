#include "dataset/open_images_importer.h"

#include "dataset/csv.h"
#include "dataset/image_files.h"
#include "dataset/open_images_labels.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace fs = std::filesystem;

namespace tagscope {
namespace {

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

void readClassDescriptions(const std::string& path, open_images::KnownTags& known, ImportReport& report)
{
    report.filesRead.push_back(path);
    for (const CsvRecord& record : readSmallCsv(path)) {
        if (!record.error.empty()) {
            report.add({path, record.line, record.error});
            continue;
        }
        if (record.line == 1 && !record.fields.empty() && record.fields[0] == "LabelName")
            continue; // header (V6/V7)
        if (record.fields.size() < 2 || record.fields[0].empty()) {
            report.add({path, record.line, "expected LabelName,DisplayName"});
            continue;
        }
        if (known.index.find(record.fields[0]) != LabelNameTable::kMissing)
            continue; // repeated across description files
        known.index.insert(record.fields[0], static_cast<std::uint32_t>(known.tags.size()));
        known.tags.push_back({record.fields[0], record.fields[1], true});
    }
}

void readTrainableClasses(const std::string& path, open_images::KnownTags& known, ImportReport& report)
{
    std::ifstream in(path);
    if (!in) {
        report.add({path, 0, "cannot open the trainable-classes list"});
        return;
    }
    report.filesRead.push_back(path);
    for (std::string line; std::getline(in, line);) {
        while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
            line.pop_back();
        if (!line.empty())
            known.trainable.insert(line);
    }
    for (Tag& tag : known.tags)
        tag.trainable = known.trainable.count(tag.labelName) > 0;
}

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
    open_images::KnownTags known;
    for (const std::string& path : files.classDescriptions)
        readClassDescriptions(path, known, result.report);
    if (!files.trainableClasses.empty())
        readTrainableClasses(files.trainableClasses, known, result.report);

    std::vector<open_images::LabelFile> labelFiles;
    for (const auto& [path, split] : files.humanLabels)
        labelFiles.push_back({path, split, false});
    if (options.readMachineLabels)
        for (const auto& [path, split] : files.machineLabels)
            labelFiles.push_back({path, split, true});
    for (const auto& file : labelFiles)
        result.report.filesRead.push_back(file.path);

    DatasetContents contents;
    contents.format = "openimages";
    contents.root = fs::absolute(folder).lexically_normal().string();
    contents.splitImageFolders = files.imageFolders;
    const open_images::LabelTotals totals = open_images::readLabelFiles(labelFiles, known, options, contents, result.report, progress, cancel);
    if (totals.conflictingSplits)
        result.report.add({contents.root, 0, std::to_string(totals.conflictingSplits)
                                                 + " labels name an image already listed in another split; the image keeps its first split"});
    if (!isCancelled(cancel)) {
        checkImageIdFiles(contents, result.report, progress, cancel);
        // Their times change when images come or go, which makes a cached import's missing images stale.
        for (const std::string& imageFolder : files.imageFolders)
            if (!imageFolder.empty())
                result.report.filesRead.push_back(imageFolder);
    }
    result.dataset = Dataset(std::move(contents));
    return result;
}

} // namespace tagscope
