#include "dataset/dataset_loader.h"

#include "dataset/coco_importer.h"
#include "dataset/folder_importer.h"
#include "dataset/list_importer.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <stdexcept>

namespace fs = std::filesystem;

namespace tagscope {
namespace {

bool hasExtension(const fs::path& path, const char* extension)
{
    std::string text = path.extension().string();
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text == extension;
}

// True when `file` is one of the files of an Open Images folder (label files, class descriptions, the
// trainable-classes list): those are read through their folder, never as a list.
bool isOpenImagesFile(const fs::path& file)
{
    std::error_code error;
    const fs::path absolute = fs::absolute(file, error);
    const OpenImagesFiles files = findOpenImagesFiles(absolute.parent_path().string());
    auto named = [&](const std::string& candidate) {
        return !candidate.empty() && fs::path(candidate).filename() == absolute.filename();
    };
    if (named(files.trainableClasses))
        return true;
    for (const auto& candidate : files.classDescriptions)
        if (named(candidate))
            return true;
    for (const auto* labelFiles : {&files.humanLabels, &files.machineLabels})
        for (const auto& candidate : *labelFiles)
            if (named(candidate.first))
                return true;
    return false;
}

// The list file behind `path`: the file itself or the one list in the folder.
std::string listFileFor(const std::string& path)
{
    std::error_code error;
    return fs::is_directory(path, error) ? findListFile(path) : path;
}

} // namespace

std::string detectDatasetFormat(const std::string& path)
{
    std::error_code error;
    if (fs::is_directory(path, error)) {
        if (findOpenImagesFiles(path).found())
            return "openimages";
        if (!findCocoFiles(path).files.empty())
            return "coco";
        if (!findListFile(path).empty())
            return "list";
        if (looksLikeClassFolders(path))
            return "folders";
        return {};
    }
    if (!fs::is_regular_file(path, error))
        return {};
    if (hasExtension(path, ".json"))
        return "coco";
    if (isListFileName(fs::path(path).filename().string()) && !isOpenImagesFile(path))
        return "list";
    return {};
}

ImportResult loadDataset(const std::string& path, const LoadOptions& options, const ProgressCallback& progress,
                         const CancelToken* cancel)
{
    std::error_code error;
    if (!fs::exists(path, error))
        throw std::runtime_error(path + ": no such file or folder");
    const std::string format = detectDatasetFormat(path);
    if (format == "openimages")
        return importOpenImages(path, options.openImages, progress, cancel);
    if (format == "coco")
        return importCoco(path, progress, cancel, options.imagePaths);
    if (format == "list")
        return importList(listFileFor(path), progress, cancel, options.imagePaths);
    if (format == "folders")
        return importClassFolders(path, progress, cancel);
    if (fs::is_regular_file(path, error) && isOpenImagesFile(path))
        throw std::runtime_error(path + ": an Open Images file: open the folder that holds it instead");
    throw std::runtime_error(path + ": not a dataset Tagscope can read (expected an Open Images folder with "
                                    "*-annotations-human-imagelabels.csv files, a COCO instances_*.json file or "
                                    "folder, a CSV/TSV list of image paths and tags, or a folder of class folders "
                                    "holding images)");
}

} // namespace tagscope
