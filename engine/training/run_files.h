#pragma once
// The files of a run directory, written so that a reader (the GUI following a run live, a script) never sees
// half a file: JSON documents are replaced atomically, metrics.jsonl only grows by whole lines.
#include "dataset/dataset.h"
#include "dataset/statistics.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace tagscope {

struct EpochSummary;

class RunFiles {
public:
    explicit RunFiles(std::string directory); // creates it and checkpoints/

    void writeConfig(const nlohmann::json& config) const;
    nlohmann::json readConfig() const; // null when config.json is missing or unreadable
    void writeTags(const Dataset& dataset, const std::vector<std::uint32_t>& columns, const std::vector<double>& positives,
                   const std::vector<TagBand>& bands) const;
    void appendMetrics(const nlohmann::json& line) const;
    void appendEpoch(const EpochSummary& summary) const;
    void appendValidation(const EpochSummary& summary) const; // an "eval" line: a validation by steps

    std::string lastCheckpoint() const { return directory_ + "/checkpoints/last.pt"; }
    std::string bestCheckpoint() const { return directory_ + "/checkpoints/best.pt"; }
    std::string exportedModel() const { return directory_ + "/model.pt"; }
    const std::string& directory() const { return directory_; }

private:
    std::string directory_;
};

// Replaces `path` with `text` through a temporary file and a rename; throws std::runtime_error naming the file.
void writeFileAtomically(const std::string& path, const std::string& text);

} // namespace tagscope
