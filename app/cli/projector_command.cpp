// tagscope-cli projector EMB.npy --dataset D --out DIR [--tag NAME] [--images IDX.npy] [--json]: TensorBoard
// Embedding Projector files (tensors.tsv, metadata.tsv, projector_config.pbtxt) for an embedding of dataset
// images. Row r of the embedding is the image named by row r of IDX.npy (default: EMB.images.npy, written by
// `tagscope-cli embed`); without that file the embedding must hold one row per dataset image, in order. An
// embedding whose EMB.json records another dataset or split than the one given is refused.
#include "commands.h"
#include "console_progress.h"

#include "common/npy.h"
#include "dataset/dataset_opener.h"
#include "embedding/embedding_origin.h"
#include "embedding/float_matrix.h"
#include "embedding/projector_export.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <stdexcept>

using namespace tagscope;

namespace {

struct ProjectorCommandOptions {
    std::string input, dataset, out, tag, images, name = "tagscope";
    bool json = false;
    bool quiet = false;
};

std::vector<std::uint32_t> rowImages(const ProjectorCommandOptions& o, std::size_t rows, std::size_t datasetImages)
{
    const std::string path = o.images.empty() ? embeddingImagesPath(o.input) : o.images;
    if (!std::filesystem::exists(path)) {
        if (!o.images.empty())
            throw std::runtime_error(path + ": no such file");
        if (rows != datasetImages)
            throw std::runtime_error(o.input + ": " + std::to_string(rows) + " rows but the dataset has " + std::to_string(datasetImages) +
                                     " images, and there is no " + path + " naming the image of each row (give --images)");
        std::vector<std::uint32_t> identity(rows);
        for (std::size_t r = 0; r < rows; ++r)
            identity[r] = static_cast<std::uint32_t>(r);
        return identity;
    }
    const std::vector<std::int64_t> values = readNpy(path).toInt64();
    if (values.size() != rows)
        throw std::runtime_error(path + ": " + std::to_string(values.size()) + " image indices for the " + std::to_string(rows) + " rows of " + o.input);
    std::vector<std::uint32_t> images(rows);
    for (std::size_t r = 0; r < rows; ++r) {
        if (values[r] < 0 || static_cast<std::size_t>(values[r]) >= datasetImages)
            throw std::runtime_error(path + ": row " + std::to_string(r) + " names image " + std::to_string(values[r]) + ", but the dataset has " +
                                     std::to_string(datasetImages) + " images");
        images[r] = static_cast<std::uint32_t>(values[r]);
    }
    return images;
}

void runProjector(const ProjectorCommandOptions& o)
{
    const FloatMatrix vectors = readFloatMatrix(o.input);
    const OpenResult opened = openDataset(o.dataset);
    const Dataset& dataset = opened.import.dataset;
    // Another dataset's names and paths must not be attached to these vectors: the dataset first, then each row.
    const std::optional<EmbeddingOrigin> origin = checkEmbeddingDataset(o.input, o.dataset, dataset);
    ProjectorExportOptions options;
    options.folder = o.out;
    options.tensorName = o.name;
    if (!o.tag.empty()) {
        options.tag = findTagByName(dataset, o.tag);
        if (!options.tag)
            throw std::runtime_error("--tag " + o.tag + ": " + o.dataset + " has no tag of that name");
    }
    const std::vector<std::uint32_t> images = rowImages(o, vectors.rows, dataset.imageCount());
    if (origin)
        checkRowsInOriginSplit(*origin, o.input, o.dataset, dataset, images);
    const ProjectorExportReport report = *exportProjector(vectors, images, dataset, options, consoleProgress(o.quiet || o.json));
    finishConsoleProgress(o.quiet || o.json);
    if (o.json) {
        nlohmann::json out{{"rows", report.rows},
                           {"dimensions", report.dimensions},
                           {"tensors", report.tensorsPath},
                           {"metadata", report.metadataPath},
                           {"config", report.configPath}};
        if (options.tag)
            out["tag"] = dataset.tag(*options.tag).displayName;
        std::cout << out.dump(2) << '\n';
        return;
    }
    std::printf("%zu vectors of %zu dimensions written to %s\n", report.rows, report.dimensions, o.out.c_str());
    std::printf("  %s\n  %s\n  %s\n", report.tensorsPath.c_str(), report.metadataPath.c_str(), report.configPath.c_str());
    std::printf("Open with: tensorboard --logdir %s (Projector tab), or load the two .tsv files at projector.tensorflow.org\n", o.out.c_str());
}

} // namespace

void addProjectorCommand(CLI::App& app)
{
    auto o = std::make_shared<ProjectorCommandOptions>();
    CLI::App* projector = app.add_subcommand("projector", "TensorBoard Embedding Projector files (tensors.tsv, metadata.tsv) for an embedding");
    projector->add_option("embedding", o->input, "Embedding, rows x features (.npy)")->required();
    projector->add_option("--dataset", o->dataset, "The dataset the embedded images belong to")->required();
    projector->add_option("--out", o->out, "Folder for tensors.tsv, metadata.tsv and projector_config.pbtxt")->required();
    projector->add_option("--tag", o->tag, "Add a column with this tag's state (positive, negative, unknown)");
    projector->add_option("--images", o->images, "Dataset image index of each row, int64 (.npy; default EMB.images.npy)");
    projector->add_option("--name", o->name, "Tensor name shown by the projector (default tagscope)");
    projector->add_flag("--json", o->json, "Print JSON (rows, dimensions, the files written)");
    projector->add_flag("--quiet", o->quiet, "No progress on stderr");
    projector->callback([o] { runProjector(*o); });
}
