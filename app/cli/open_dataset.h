#pragma once
// Opening the dataset a command names: progress on stderr (unless quiet), then what the cache and the review
// decisions had to say about it, so every command warns alike.
#include "dataset/dataset_opener.h"

#include <string>

namespace tagscope {

OpenResult openDatasetForCommand(const std::string& path, const OpenOptions& options, bool quiet);

} // namespace tagscope
