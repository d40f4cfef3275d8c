#include "training/image_list.h"

#include "common/atomic_file.h"
#include "dataset/csv.h"
#include "dataset/image_lookup.h"
#include "embedding/content_hash.h"

#include <algorithm>
#include <filesystem>
#include <stdexcept>

namespace tagscope {

void writeImageList(const std::string& path, const Dataset& dataset, const std::vector<std::uint32_t>& images)
{
    std::string text = "ImageID\n";
    for (std::uint32_t image : images) {
        const std::string name = dataset.imageName(image);
        if (name.find_first_of(",\"\r\n") == std::string::npos) {
            text += name;
        } else {
            text += '"';
            for (char c : name)
                text += c == '"' ? std::string("\"\"") : std::string(1, c);
            text += '"';
        }
        text += '\n';
    }
    writeStreamAtomically(path, "image list", [&](std::ostream& out) { out << text; });
}

std::vector<std::uint32_t> listedImages(const Dataset& dataset, const std::vector<std::uint32_t>& candidates, const std::string& path)
{
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error))
        throw std::runtime_error(path + ": no such image list");
    const ImageLookup lookup(dataset);
    std::vector<std::uint32_t> images;
    for (const CsvRecord& record : readSmallCsv(path)) {
        const auto where = [&] { return path + ":" + std::to_string(record.line) + ": "; };
        if (!record.error.empty())
            throw std::runtime_error(where() + record.error);
        if (record.fields.empty() || (record.fields.size() == 1 && record.fields[0].empty()) || (record.line == 1 && record.fields[0] == "ImageID"))
            continue;
        const std::optional<std::size_t> image = lookup.find(record.fields[0]);
        if (!image)
            throw std::runtime_error(where() + "no image \"" + record.fields[0] + "\" in " + dataset.root());
        if (!std::binary_search(candidates.begin(), candidates.end(), static_cast<std::uint32_t>(*image)))
            throw std::runtime_error(where() + "image \"" + record.fields[0] + "\" is not among the images to choose from (the " +
                                     splitName(dataset.imageSplit(*image)) + " split holds it)");
        images.push_back(static_cast<std::uint32_t>(*image));
    }
    std::sort(images.begin(), images.end());
    images.erase(std::unique(images.begin(), images.end()), images.end());
    if (images.empty())
        throw std::runtime_error(path + ": the list names no image");
    return images;
}

std::string imageSubsetKey(const std::vector<std::uint32_t>& images)
{
    return hexHash(hashBytes(images.data(), images.size() * sizeof(std::uint32_t)));
}

} // namespace tagscope
