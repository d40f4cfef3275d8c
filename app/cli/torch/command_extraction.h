#pragma once
// What `embed` and `predict` share: a split streamed through a model with progress on stderr, Ctrl-C cancelling,
// the images that could not be read named, and the result fields both print with --json.
#include "embedding/embedding_extractor.h"

#include <nlohmann/json.hpp>

#include <optional>

struct CommandExtraction {
    tagscope::EmbeddingSet set;
    double seconds = 0;
};

// std::nullopt when cancelled (after saying so on stderr).
std::optional<CommandExtraction> extractForCommand(const tagscope::ExtractionRequest& request, bool quiet);

// out, images_file, metadata_file, rows, model, model_fingerprint, from_cache, skipped_images, seconds.
nlohmann::json extractionResultJson(const CommandExtraction& extraction);

// ", N images skipped" when some were, else "".
std::string skippedText(const tagscope::EmbeddingSet& set);
