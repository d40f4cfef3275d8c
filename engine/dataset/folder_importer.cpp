#include "dataset/folder_importer.h"

#include "dataset/positive_labels.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <stdexcept>

namespace fs = std::filesystem;

namespace tagscope {
namespace {

bool isHidden(const fs::path& path) { return path.filename().string().rfind('.', 0) == 0; }

// Folders directly inside `folder`, sorted, without hidden ones and links (a link could lead out of the root).
std::vector<fs::path> subfolders(const fs::path& folder)
{
    std::vector<fs::path> folders;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error))
        if (!isHidden(entry.path()) && !entry.is_symlink(error) && entry.is_directory(error))
            folders.push_back(entry.path());
    std::sort(folders.begin(), folders.end());
    return folders;
}

bool holdsImageDirectly(const fs::path& folder)
{
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error))
        if (isImageFileName(entry.path().filename().string()) && entry.is_regular_file(error))
            return true;
    return false;
}

bool isSplitFolder(const fs::path& folder)
{
    return splitFromName(folder.filename().string()).value_or(Split::Unassigned) != Split::Unassigned
        && !holdsImageDirectly(folder);
}

struct FoundImage {
    std::string path; // relative to the root
    std::uint32_t classIndex;
    Split split;
};

class ClassTreeReader {
public:
    ClassTreeReader(const fs::path& root, ImportReport& report, const ProgressCallback& progress, const CancelToken* cancel)
        : root_(root), report_(report), progress_(progress), cancel_(cancel)
    {
    }

    void read()
    {
        std::error_code error;
        fs::directory_iterator probe(root_, error);
        if (error)
            throw std::runtime_error(root_.string() + ": cannot list the folder (" + error.message() + ")");
        report_.filesRead.push_back(root_.string());
        for (const fs::path& folder : subfolders(root_)) {
            if (isSplitFolder(folder)) {
                report_.filesRead.push_back(folder.string());
                for (const fs::path& classFolder : subfolders(folder))
                    if (!isCancelled(cancel_))
                        readClass(classFolder, *splitFromName(folder.filename().string()));
            } else {
                readClass(folder, Split::Unassigned);
            }
            if (isCancelled(cancel_))
                return;
        }
        std::uint64_t loose = 0;
        for (const auto& entry : fs::directory_iterator(root_, error))
            loose += isImageFileName(entry.path().filename().string());
        if (loose)
            report_.add({root_.string(), 0, std::to_string(loose) + " image files lie directly in the root folder, outside any class folder; skipped"});
    }

    DatasetContents build()
    {
        std::sort(images_.begin(), images_.end(), [](const FoundImage& a, const FoundImage& b) { return a.path < b.path; });
        DatasetContents contents;
        contents.format = "folders";
        contents.root = root_.string();
        contents.exhaustiveLabels = true; // one class per image: every other class is absent
        // classIndex_ is a std::map: tags come in name order.
        std::vector<std::uint32_t> tagOf(classIndex_.size());
        for (const auto& [name, index] : classIndex_) {
            tagOf[index] = static_cast<std::uint32_t>(contents.tags.size());
            contents.tags.push_back({name, name, true});
        }
        std::vector<std::uint32_t> tags(1);
        for (const FoundImage& image : images_) {
            tags.assign(1, tagOf[image.classIndex]);
            appendPositiveImage(contents, image.path, image.split, tags);
        }
        return contents;
    }

private:
    void readClass(const fs::path& folder, Split split)
    {
        const std::string name = folder.filename().string();
        const std::uint32_t classIndex = classIndex_.emplace(name, static_cast<std::uint32_t>(classIndex_.size())).first->second;
        report_.filesRead.push_back(folder.string()); // its time changes when images come or go: a stale cache
        std::error_code error;
        fs::recursive_directory_iterator walk(folder, fs::directory_options::skip_permission_denied, error);
        if (error) {
            report_.add({folder.string(), 0, "cannot list the folder (" + error.message() + ")"});
            return;
        }
        for (auto end = fs::recursive_directory_iterator(); walk != end; walk.increment(error)) {
            if (error) {
                report_.add({folder.string(), 0, "cannot list a folder inside (" + error.message() + ")"});
                break;
            }
            const fs::path& path = walk->path();
            if (isHidden(path)) {
                if (walk->is_directory(error))
                    walk.disable_recursion_pending();
                continue;
            }
            if (!isImageFileName(path.filename().string()) || !walk->is_regular_file(error))
                continue;
            images_.push_back({path.lexically_relative(root_).generic_string(), classIndex, split});
            ++report_.rowsRead;
            if ((images_.size() & 1023) == 0) {
                reportProgress(progress_, images_.size(), 0, "Listing images");
                if (isCancelled(cancel_))
                    return;
            }
        }
    }

    fs::path root_;
    ImportReport& report_;
    const ProgressCallback& progress_;
    const CancelToken* cancel_;
    std::map<std::string, std::uint32_t> classIndex_; // class name -> index in order of discovery
    std::vector<FoundImage> images_;
};

} // namespace

bool isImageFileName(const std::string& name)
{
    const std::size_t dot = name.rfind('.');
    if (dot == std::string::npos || dot == 0)
        return false;
    std::string extension = name.substr(dot + 1);
    std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return std::tolower(c); });
    return extension == "jpg" || extension == "jpeg" || extension == "png" || extension == "bmp" || extension == "webp";
}

bool looksLikeClassFolders(const std::string& folder)
{
    for (const fs::path& child : subfolders(folder)) {
        if (holdsImageDirectly(child))
            return true;
        if (splitFromName(child.filename().string()).value_or(Split::Unassigned) != Split::Unassigned)
            for (const fs::path& classFolder : subfolders(child))
                if (holdsImageDirectly(classFolder))
                    return true;
    }
    return false;
}

ImportResult importClassFolders(const std::string& folder, const ProgressCallback& progress, const CancelToken* cancel)
{
    std::string root = fs::absolute(folder).lexically_normal().string();
    while (root.size() > 1 && root.back() == '/')
        root.pop_back();
    ImportResult result;
    result.report.format = "folders";
    ClassTreeReader reader(root, result.report, progress, cancel);
    reader.read();
    reportProgress(progress, 0, 0, "Building the label index");
    result.dataset = Dataset(reader.build());
    return result;
}

} // namespace tagscope
