#include "dataset/image_files.h"

#include "dataset/image_id.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <filesystem>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

namespace tagscope {
namespace {

// True for a relative path made of plain names only ("a/b.jpg"): no ".", "..", empty segment or trailing
// slash, so that joining it to a folder under the root cannot leave the root. Most paths are like that and
// skip the slower std::filesystem normalisation.
bool isPlainRelative(std::string_view path)
{
    if (path.empty() || path.front() == '/' || path.back() == '/')
        return false;
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t slash = std::min(path.find('/', start), path.size());
        const std::string_view segment = path.substr(start, slash - start);
        if (segment.empty() || segment == "." || segment == "..")
            return false;
        start = slash + 1;
    }
    return true;
}

// Absolute, normalised, without a trailing slash: the form lexically_relative compares.
std::string normalFolder(const std::string& folder)
{
    std::string text = fs::absolute(fs::path(folder)).lexically_normal().generic_string();
    while (text.size() > 1 && text.back() == '/')
        text.pop_back();
    return text;
}

} // namespace

ImagePathResolver::ImagePathResolver(const std::string& root, const std::string& base, ImagePathPolicy policy)
    : root_(normalFolder(root)), base_(normalFolder(base)), policy_(policy)
{
    const std::string relative = fs::path(base_).lexically_relative(root_).generic_string();
    if (!relative.empty() && relative != ".")
        prefix_ = relative + "/";
}

bool ImagePathResolver::resolve(std::string_view path, std::string& out) const
{
    if (path.find('\0') != std::string_view::npos)
        return false;
    if (isPlainRelative(path)) {
        out.assign(prefix_);
        out.append(path);
        return true;
    }
    if (path.empty())
        return false;
    const fs::path given{std::string(path)};
    const fs::path full = (given.is_absolute() ? given : fs::path(base_) / given).lexically_normal();
    if (!full.has_filename())
        return false;
    out = full.lexically_relative(root_).generic_string();
    if (out.empty() || out == "." || out == ".." || (out.size() >= 3 && out.compare(out.size() - 3, 3, "/..") == 0))
        return false; // the root or a folder above it, never an image
    return policy_.allowOutsideRoot || out.rfind("../", 0) != 0;
}

void checkImageFiles(const std::string& root, const StringPool& relativePaths, ImportReport& report,
                     const ProgressCallback& progress, const CancelToken* cancel)
{
    constexpr std::size_t kChunk = 16384;
    const std::size_t total = relativePaths.size();
    const int threads = static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 2u, 8u));
    std::vector<std::uint8_t> missing(std::min(kChunk, total));
    for (std::size_t begin = 0; begin < total; begin += kChunk) {
        if (isCancelled(cancel))
            return;
        reportProgress(progress, begin, total, "Checking image files");
        const std::size_t end = std::min(total, begin + kChunk);
        auto checkRange = [&](std::size_t first, std::size_t last) {
            std::string path = root + "/";
            const std::size_t prefix = path.size();
            // Annotations often arrive before their images: when a whole folder is absent, one stat of the
            // folder answers for all of its files.
            std::string absentFolder;
            struct stat status;
            for (std::size_t i = first; i < last; ++i) {
                const std::string_view relative = relativePaths.at(i);
                const std::size_t slash = relative.rfind('/');
                const std::string_view folder = relative.substr(0, slash == std::string_view::npos ? 0 : slash);
                if (!absentFolder.empty() && folder == absentFolder) {
                    missing[i - begin] = 1;
                    continue;
                }
                path.resize(prefix);
                path += relative;
                missing[i - begin] = ::stat(path.c_str(), &status) != 0 || !S_ISREG(status.st_mode);
                if (missing[i - begin] && !folder.empty()) {
                    path.resize(prefix + folder.size());
                    if (::stat(path.c_str(), &status) != 0)
                        absentFolder.assign(folder);
                }
            }
        };
        std::vector<std::thread> workers;
        const std::size_t step = (end - begin + threads - 1) / threads;
        for (std::size_t first = begin + step; first < end; first += step)
            workers.emplace_back(checkRange, first, std::min(end, first + step));
        checkRange(begin, std::min(end, begin + step));
        for (auto& worker : workers)
            worker.join();
        for (std::size_t i = begin; i < end; ++i)
            if (missing[i - begin])
                report.addMissingImage(std::string(relativePaths.at(i)));
    }
    reportProgress(progress, total, total, "Checking image files");
}

namespace {

// The ImageIDs of the <ImageID>.jpg files in `folder`, sorted; false when the folder cannot be listed or the
// listing was cancelled.
bool listImageIds(const std::string& folder, std::vector<std::uint64_t>& ids, const CancelToken* cancel)
{
    DIR* directory = ::opendir(folder.c_str());
    if (!directory)
        return false;
    while (const dirent* entry = ::readdir(directory)) {
        if (entry->d_type == DT_DIR)
            continue;
        std::uint64_t id;
        if (std::strlen(entry->d_name) == 20 && std::memcmp(entry->d_name + 16, ".jpg", 4) == 0
            && parseImageIdFast(std::string_view(entry->d_name, 16), id))
            ids.push_back(id);
        if (ids.size() % 65536 == 0 && isCancelled(cancel))
            break;
    }
    ::closedir(directory);
    std::sort(ids.begin(), ids.end());
    return !isCancelled(cancel);
}

} // namespace

void checkImageIdFiles(const DatasetContents& contents, ImportReport& report, const ProgressCallback& progress,
                       const CancelToken* cancel)
{
    const std::size_t total = contents.imageIds.size();
    std::array<bool, kSplitCount> used{};
    for (std::uint8_t split : contents.imageSplits)
        used[split & 0x3] = true;
    std::array<std::vector<std::uint64_t>, kSplitCount> present;
    std::array<std::string, kSplitCount> prefix;
    bool anyFolder = false;
    for (int s = 0; s < kSplitCount; ++s) {
        if (!used[s])
            continue;
        const std::string& folder = contents.splitImageFolders[s];
        prefix[s] = folder.empty() ? splitName(static_cast<Split>(s))
                                   : fs::path(folder).lexically_normal().lexically_relative(contents.root).generic_string();
        reportProgress(progress, 0, total, "Checking image files");
        if (!folder.empty() && !listImageIds(folder, present[s], cancel) && isCancelled(cancel))
            return;
        anyFolder = anyFolder || !folder.empty();
    }
    // Labels without their images: every image is missing, and only the first ones need a look.
    const std::size_t checked = anyFolder ? total : std::min(total, ImportReport::kMaxStoredIssues);
    report.missingImages += total - checked;
    std::array<std::size_t, kSplitCount> cursor{};
    for (std::size_t i = 0; i < checked; ++i) {
        if (i % (1u << 20) == 0) {
            if (isCancelled(cancel))
                return;
            reportProgress(progress, i, total, "Checking image files");
        }
        const int s = contents.imageSplits[i] & 0x3;
        const std::uint64_t id = contents.imageIds[i];
        const std::vector<std::uint64_t>& ids = present[s];
        std::size_t& at = cursor[s];
        while (at < ids.size() && ids[at] < id)
            ++at;
        if (at < ids.size() && ids[at] == id)
            continue;
        if (report.missingImageExamples.size() < ImportReport::kMaxStoredIssues)
            report.addMissingImage(prefix[s] + "/" + formatImageId(id) + ".jpg");
        else
            ++report.missingImages; // a dataset without its images: no path string for each of millions
    }
    reportProgress(progress, total, total, "Checking image files");
}

} // namespace tagscope
