#include "dataset/dataset_loader.h"

#include <filesystem>
#include <stdexcept>

namespace tagscope {

std::string detectDatasetFormat(const std::string& path)
{
    std::error_code error;
    if (std::filesystem::is_directory(path, error) && findOpenImagesFiles(path).found())
        return "openimages";
    return {};
}

ImportResult loadDataset(const std::string& path, const LoadOptions& options, const ProgressCallback& progress,
                         const CancelToken* cancel)
{
    std::error_code error;
    if (!std::filesystem::exists(path, error))
        throw std::runtime_error(path + ": no such file or folder");
    const std::string format = detectDatasetFormat(path);
    if (format == "openimages")
        return importOpenImages(path, options.openImages, progress, cancel);
    throw std::runtime_error(path + ": not a dataset Tagscope can read (expected an Open Images folder with "
                                    "*-annotations-human-imagelabels.csv files)");
}

} // namespace tagscope
