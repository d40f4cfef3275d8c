#pragma once
// TensorBoard Embedding Projector files for an embedding of dataset images: tensors.tsv (one vector per line,
// values separated by tabs), metadata.tsv (a header, then one line per vector: image name, path, split, its
// positive tags (separated by " | ") and, when a tag is chosen, that tag's label state) and projector_config.pbtxt, so that
// `tensorboard --logdir DIR` opens them, or projector.tensorflow.org loads the two .tsv files.
#include "common/progress.h"
#include "dataset/dataset.h"
#include "embedding/float_matrix.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tagscope {

struct ProjectorExportOptions {
    std::string folder;                 // created when missing; the three files are replaced
    std::optional<std::uint32_t> tag;   // adds a column with this tag's state: positive, negative or unknown
    std::string tensorName = "tagscope";
};

struct ProjectorExportReport {
    std::size_t rows = 0;
    std::size_t dimensions = 0;
    std::string tensorsPath, metadataPath, configPath;
};

// Row r of `vectors` is dataset image images[r]. Throws std::invalid_argument when the counts differ or an
// image index is out of range (the row is named), std::runtime_error naming the file when a write fails.
// nullopt when cancelled (the files written so far are removed).
std::optional<ProjectorExportReport> exportProjector(const FloatMatrix& vectors, const std::vector<std::uint32_t>& images,
                                                     const Dataset& dataset, const ProjectorExportOptions& options,
                                                     const ProgressCallback& progress = {}, const CancelToken* cancel = nullptr);

// A value made safe for one TSV cell: backslash, tab, line feed and carriage return become \\, \t, \n and \r.
std::string projectorEscape(std::string_view value);

// The tag named `name` (its LabelName or, ignoring case, its display name); nullopt when there is none.
std::optional<std::uint32_t> findTagByName(const Dataset& dataset, std::string_view name);

} // namespace tagscope
