#pragma once
// Reads a plain list of images and their tags: one row per image (or per image and tag), CSV or TSV, with or
// without a header. importList() says what is detected and how.
#include "common/progress.h"
#include "dataset/image_files.h"          // ImagePathPolicy
#include "dataset/open_images_importer.h" // ImportResult

#include <string>

namespace tagscope {

// True for the names a list may have: *.csv, *.tsv, *.txt (any case).
bool isListFileName(const std::string& name);

// The one list file directly in `folder` whose first line has a tab or a comma (so a README.txt does not
// count, nor do files named readme* or license*); empty when there is none or more than one.
std::string findListFile(const std::string& folder);

// Imports the list at `path`:
// - separator: a tab when the first line holds one, else a comma. Fields follow RFC 4180 quoting (a path with
//   a comma is quoted), with an optional BOM and CRLF line ends.
// - header: the first row is a header when its first field is no existing file and looks like a column name
//   (no '.', '/' or '\'). Header names pick the columns: path (path, image, file, filename, ...), tags (tags,
//   labels, classes, ...) and split (split, subset); unnamed ones default to path first, tags second. Without a
//   header, the first field is the path and every later field holds tags.
// - tags: separated by '|' when any tags field of the file holds one, else by ';' likewise, else by spaces.
// - paths: relative to the list's folder, which is the dataset root; absolute paths only when they lie under it
//   (or anywhere, when `policy` allows paths outside the root).
// Rows naming the same image add up their tags. Tags are sorted by name; LabelName = DisplayName = the tag.
// Bad rows (too few columns, a path leaving the folder, an unknown split) are reported with file and line.
// Throws std::runtime_error naming the file when it cannot be read. Returns early when `cancel` is set.
ImportResult importList(const std::string& path, const ProgressCallback& progress = {}, const CancelToken* cancel = nullptr,
                        ImagePathPolicy policy = {});

} // namespace tagscope
