#include "embedding/projector_export.h"

#include "common/atomic_file.h"
#include "dataset/tag_search.h"

#include <charconv>
#include <filesystem>
#include <ostream>
#include <stdexcept>

namespace fs = std::filesystem;

namespace tagscope {
namespace {

constexpr std::size_t kRowsPerCheck = 1024; // progress and cancellation granularity

struct Cancelled : std::runtime_error {
    Cancelled() : std::runtime_error("cancelled") {}
};

const char* stateName(LabelState state)
{
    switch (state) {
    case LabelState::Positive: return "positive";
    case LabelState::Negative: return "negative";
    case LabelState::Unknown: break;
    }
    return "unknown";
}

std::string positiveTags(const Dataset& dataset, std::size_t image)
{
    const LabelView labels = dataset.labels(image);
    std::string tags;
    for (std::size_t i = 0; i < labels.count; ++i) {
        if (label_flags::state(labels.flags[i]) != LabelState::Positive)
            continue;
        if (!tags.empty())
            tags += " | "; // display names may hold commas ("Shirt, button-down")
        tags += dataset.tag(labels.tags[i]).displayName;
    }
    return tags;
}

void checkpoint(std::size_t row, std::size_t total, std::size_t offset, const ProgressCallback& progress, const CancelToken* cancel,
                const char* phase)
{
    if (row % kRowsPerCheck != 0)
        return;
    if (isCancelled(cancel))
        throw Cancelled();
    reportProgress(progress, offset + row, total, phase);
}

void writeTensors(std::ostream& out, const FloatMatrix& vectors, const ProgressCallback& progress, const CancelToken* cancel)
{
    std::string line;
    char number[32];
    for (std::size_t r = 0; r < vectors.rows; ++r) {
        checkpoint(r, 2 * vectors.rows, 0, progress, cancel, "Writing tensors.tsv");
        line.clear();
        const float* row = vectors.row(r);
        for (std::size_t c = 0; c < vectors.cols; ++c) {
            if (c > 0)
                line += '\t';
            const auto result = std::to_chars(number, number + sizeof number, row[c]); // shortest round trip
            line.append(number, result.ptr);
        }
        line += '\n';
        out.write(line.data(), static_cast<std::streamsize>(line.size()));
    }
}

void writeMetadata(std::ostream& out, const std::vector<std::uint32_t>& images, const Dataset& dataset,
                   const std::optional<std::uint32_t>& tag, const ProgressCallback& progress, const CancelToken* cancel)
{
    out << "image\tpath\tsplit\ttags";
    if (tag)
        out << '\t' << projectorEscape(dataset.tag(*tag).displayName);
    out << '\n';
    std::string line;
    for (std::size_t r = 0; r < images.size(); ++r) {
        checkpoint(r, 2 * images.size(), images.size(), progress, cancel, "Writing metadata.tsv");
        const std::size_t image = images[r];
        line = projectorEscape(dataset.imageName(image));
        line += '\t';
        line += projectorEscape(dataset.imagePath(image));
        line += '\t';
        line += splitName(dataset.imageSplit(image));
        line += '\t';
        line += projectorEscape(positiveTags(dataset, image));
        if (tag) {
            line += '\t';
            line += stateName(dataset.labelState(image, *tag));
        }
        line += '\n';
        out.write(line.data(), static_cast<std::streamsize>(line.size()));
    }
}

// The projector's config: protobuf text, with the paths relative to the folder (the log directory).
void writeConfig(std::ostream& out, const std::string& tensorName)
{
    std::string quoted;
    for (char c : tensorName) {
        if (c == '"' || c == '\\')
            quoted += '\\';
        quoted += (c == '\n' || c == '\t' || c == '\r') ? ' ' : c;
    }
    out << "embeddings {\n  tensor_name: \"" << quoted << "\"\n  tensor_path: \"tensors.tsv\"\n  metadata_path: \"metadata.tsv\"\n}\n";
}

} // namespace

std::string projectorEscape(std::string_view value)
{
    std::string out;
    out.reserve(value.size());
    for (char c : value) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
    return out;
}

std::optional<std::uint32_t> findTagByName(const Dataset& dataset, std::string_view name)
{
    if (const std::optional<std::uint32_t> byLabel = dataset.findTag(name))
        return byLabel;
    for (std::size_t t = 0; t < dataset.tagCount(); ++t)
        if (equalsIgnoringCase(dataset.tag(t).displayName, name))
            return static_cast<std::uint32_t>(t);
    return std::nullopt;
}

std::optional<ProjectorExportReport> exportProjector(const FloatMatrix& vectors, const std::vector<std::uint32_t>& images,
                                                     const Dataset& dataset, const ProjectorExportOptions& options,
                                                     const ProgressCallback& progress, const CancelToken* cancel)
{
    if (vectors.empty())
        throw std::invalid_argument("the embedding is empty: nothing to export");
    if (images.size() != vectors.rows)
        throw std::invalid_argument(std::to_string(vectors.rows) + " vectors but " + std::to_string(images.size()) + " image indices");
    for (std::size_t r = 0; r < images.size(); ++r)
        if (images[r] >= dataset.imageCount())
            throw std::invalid_argument("row " + std::to_string(r) + " names image " + std::to_string(images[r]) + ", but the dataset has " +
                                        std::to_string(dataset.imageCount()) + " images");
    if (options.tag && *options.tag >= dataset.tagCount())
        throw std::invalid_argument("tag " + std::to_string(*options.tag) + " is out of range");
    if (options.folder.empty())
        throw std::invalid_argument("no output folder given");
    std::error_code error;
    fs::create_directories(options.folder, error);
    if (error)
        throw std::runtime_error(options.folder + ": cannot create the folder (" + error.message() + ")");

    ProjectorExportReport report;
    report.rows = vectors.rows;
    report.dimensions = vectors.cols;
    report.tensorsPath = (fs::path(options.folder) / "tensors.tsv").string();
    report.metadataPath = (fs::path(options.folder) / "metadata.tsv").string();
    report.configPath = (fs::path(options.folder) / "projector_config.pbtxt").string();
    bool tensorsWritten = false;
    try {
        writeStreamAtomically(report.tensorsPath, "projector tensors", [&](std::ostream& out) { writeTensors(out, vectors, progress, cancel); });
        tensorsWritten = true;
        writeStreamAtomically(report.metadataPath, "projector metadata",
                              [&](std::ostream& out) { writeMetadata(out, images, dataset, options.tag, progress, cancel); });
    } catch (const std::runtime_error&) {
        if (!isCancelled(cancel))
            throw;
        if (tensorsWritten)
            fs::remove(report.tensorsPath, error);
        return std::nullopt;
    }
    writeStreamAtomically(report.configPath, "projector config", [&](std::ostream& out) { writeConfig(out, options.tensorName); });
    reportProgress(progress, 2 * vectors.rows, 2 * vectors.rows, "Projector files written");
    return report;
}

} // namespace tagscope
