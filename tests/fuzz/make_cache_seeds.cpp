// Writes the seed inputs of fuzz_dataset_cache (tests/fuzz/corpus/dataset_cache/): small dataset caches of
// each shape (ImageIDs with machine confidences, relative paths, an empty dataset), with no source files, so
// that the reader gets past the staleness check to the arrays. Usage: make_cache_seeds OUTPUT_FOLDER
#include "dataset/dataset_cache.h"

#include <cstdio>
#include <stdexcept>

using namespace tagscope;

namespace {

void write(const std::string& path, DatasetContents contents, ImportReport report)
{
    ImportResult result;
    result.dataset = Dataset(std::move(contents));
    result.report = std::move(report);
    std::string error;
    if (!writeDatasetCache(path, result, {}, &error))
        throw std::runtime_error(error);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s OUTPUT_FOLDER\n", argv[0]);
        return 2;
    }
    const std::string folder = argv[1];

    DatasetContents ids;
    ids.format = "openimages";
    ids.root = "/data/openimages";
    ids.splitImageFolders[0] = "/data/openimages/train";
    ids.tags = {{"/m/a", "Apple", true}, {"/m/b", "Banana", false}};
    ids.imageIds = {1, 2, 0xffff};
    ids.imageSplits = {0, 0, 1};
    ids.labelOffsets = {0, 2, 3, 3};
    ids.labelTags = {0, 1, 0};
    ids.labelFlags = {1, 2 | 4, 1};
    ids.labelConfidence = {1.0f, 0.3f, 1.0f};
    ImportReport report;
    report.format = "openimages";
    report.filesRead = {"/data/openimages/oidv6-train-annotations-human-imagelabels.csv"};
    report.add({"/data/openimages/oidv6-train-annotations-human-imagelabels.csv", 7, "ImageID 'zz' is not 16 hex digits"});
    report.rowsRead = 8;
    report.rowsSkipped = 1;
    write(folder + "/image_ids.tsds", std::move(ids), report);

    DatasetContents paths;
    paths.format = "list";
    paths.root = "/data/list";
    paths.exhaustiveLabels = false;
    paths.tags = {{"cat", "cat", true}, {"dog", "dog", true}};
    paths.imagePaths.add("a.jpg");
    paths.imagePaths.add("sub/b.jpg");
    paths.imageSplits = {3, 2};
    paths.labelOffsets = {0, 1, 3};
    paths.labelTags = {1, 0, 1};
    paths.labelFlags = {1, 1, 1};
    ImportReport missing;
    missing.format = "list";
    missing.addMissingImage("sub/b.jpg");
    write(folder + "/image_paths.tsds", std::move(paths), missing);

    DatasetContents empty;
    empty.format = "folders";
    empty.root = "/data/empty";
    write(folder + "/empty.tsds", std::move(empty), {});
    return 0;
}
