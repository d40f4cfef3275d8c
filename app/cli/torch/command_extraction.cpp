#include "command_extraction.h"

#include "../console_progress.h"

#include <chrono>
#include <cstdio>

std::optional<CommandExtraction> extractForCommand(const tagscope::ExtractionRequest& request, bool quiet)
{
    tagscope::CancelToken cancel;
    const tagscope::InterruptCancels interrupts(cancel);
    const auto start = std::chrono::steady_clock::now();
    std::optional<tagscope::EmbeddingSet> set = tagscope::extractEmbeddings(request, tagscope::consoleProgress(quiet), &cancel);
    tagscope::finishConsoleProgress(quiet);
    if (!set) {
        std::fprintf(stderr, "cancelled; nothing written\n");
        return std::nullopt;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    for (const std::string& failure : set->failures)
        std::fprintf(stderr, "skipped %s\n", failure.c_str());
    return CommandExtraction{std::move(*set), seconds};
}

nlohmann::json extractionResultJson(const CommandExtraction& extraction)
{
    const tagscope::EmbeddingSet& set = extraction.set;
    return {{"out", set.path},
            {"images_file", tagscope::embeddingImagesPath(set.path)},
            {"metadata_file", tagscope::embeddingMetadataPath(set.path)},
            {"rows", set.vectors.rows},
            {"model", set.modelDescription},
            {"model_fingerprint", set.modelFingerprint},
            {"from_cache", set.fromCache},
            {"skipped_images", set.skippedImages},
            {"seconds", extraction.seconds}};
}

std::string skippedText(const tagscope::EmbeddingSet& set)
{
    return set.skippedImages ? ", " + std::to_string(set.skippedImages) + " images skipped" : std::string();
}
