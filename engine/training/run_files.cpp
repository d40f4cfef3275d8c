#include "training/run_files.h"

#include "training/trainer.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include <unistd.h>

namespace fs = std::filesystem;

namespace tagscope {
namespace {

// JSON has no NaN: tags left out of the mAP are written as null.
nlohmann::json numberOrNull(double value)
{
    return std::isfinite(value) ? nlohmann::json(value) : nlohmann::json(nullptr);
}

nlohmann::json scaledOrNull(const std::vector<double>& values, double scale)
{
    nlohmann::json out = nlohmann::json::array();
    for (double v : values)
        out.push_back(numberOrNull(scale * v));
    return out;
}

// Every score in the run files is in percent, as mAP is (the metrics compute AP, F1 and recall as fractions).
constexpr double kPercent = 100;

// An "epoch" or "eval" line of metrics.jsonl.
nlohmann::json summaryLine(const char* type, const EpochSummary& s)
{
    if (s.metricLearning) { // Recall@K and MAP@R in percent; null when there was nothing to evaluate
        const RetrievalMetrics& r = s.retrieval;
        nlohmann::json line = {{"type", type}, {"epoch", s.epoch}, {"step", s.step}, {"train_loss", s.trainLoss}};
        for (std::size_t i = 0; i < r.ks.size(); ++i)
            line["recall_at_" + std::to_string(r.ks[i])] = r.complete ? nlohmann::json(kPercent * r.recallAtK[i]) : nlohmann::json(nullptr);
        line["map_at_r"] = r.complete ? nlohmann::json(kPercent * r.mapAtR) : nlohmann::json(nullptr);
        line["retrieval_queries"] = r.queries;
        line["seconds"] = s.seconds;
        line["best"] = s.best;
        return line;
    }
    const MultilabelMetrics& m = s.validation;
    return {{"type", type},
            {"epoch", s.epoch},
            {"step", s.step},
            {"train_loss", s.trainLoss},
            {"map", m.tagsEvaluated ? numberOrNull(m.map) : nlohmann::json(nullptr)},
            {"map_head", numberOrNull(m.bandMap[0])},
            {"map_medium", numberOrNull(m.bandMap[1])},
            {"map_tail", numberOrNull(m.bandMap[2])},
            {"prior_baseline_map", numberOrNull(m.priorBaselineMap)},
            {"tags_evaluated", m.tagsEvaluated},
            {"tags_left_out", m.tagsLeftOut},
            {"tag_ap", scaledOrNull(m.tagAp, kPercent)},
            {"tag_best_f1", scaledOrNull(m.bestF1, kPercent)},
            {"tag_best_threshold", scaledOrNull(m.bestThreshold, 1)}, // a probability
            {"seconds", s.seconds},
            {"best", s.best}};
}

} // namespace

void writeFileAtomically(const std::string& path, const std::string& text)
{
    const std::string temporary = path + ".tmp" + std::to_string(::getpid());
    std::FILE* file = std::fopen(temporary.c_str(), "wb");
    if (!file)
        throw std::runtime_error(path + ": cannot write (" + std::strerror(errno) + ")");
    const bool written = std::fwrite(text.data(), 1, text.size(), file) == text.size();
    const bool closed = std::fclose(file) == 0;
    if (!written || !closed) {
        std::remove(temporary.c_str());
        throw std::runtime_error(path + ": write failed (" + std::strerror(errno) + ")");
    }
    std::error_code error;
    fs::rename(temporary, path, error);
    if (error) {
        std::remove(temporary.c_str());
        throw std::runtime_error(path + ": cannot replace (" + error.message() + ")");
    }
}

RunFiles::RunFiles(std::string directory) : directory_(std::move(directory))
{
    std::error_code error;
    fs::create_directories(directory_ + "/checkpoints", error);
    if (error)
        throw std::runtime_error(directory_ + ": cannot create the run directory (" + error.message() + ")");
}

void RunFiles::writeConfig(const nlohmann::json& config) const { writeFileAtomically(directory_ + "/config.json", config.dump(2) + "\n"); }

nlohmann::json RunFiles::readConfig() const
{
    std::ifstream in(directory_ + "/config.json");
    return in ? nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false) : nlohmann::json(nullptr);
}

void RunFiles::writeTags(const Dataset& dataset, const std::vector<std::uint32_t>& columns, const std::vector<double>& positives,
                         const std::vector<TagBand>& bands) const
{
    nlohmann::json tags = nlohmann::json::array();
    for (std::size_t i = 0; i < columns.size(); ++i)
        tags.push_back({{"label_name", dataset.tag(columns[i]).labelName},
                        {"name", dataset.tag(columns[i]).displayName},
                        {"train_positives", positives[i]},
                        {"band", bandName(bands[i])}});
    writeFileAtomically(directory_ + "/tags.json", tags.dump(1) + "\n");
}

void RunFiles::appendMetrics(const nlohmann::json& line) const
{
    const std::string path = directory_ + "/metrics.jsonl";
    std::FILE* file = std::fopen(path.c_str(), "ab");
    if (!file)
        throw std::runtime_error(path + ": cannot append (" + std::strerror(errno) + ")");
    const std::string text = line.dump() + "\n";
    // One write call per line: a reader polling the file sees whole lines only.
    const bool ok = std::fwrite(text.data(), 1, text.size(), file) == text.size();
    const bool closed = std::fclose(file) == 0;
    if (!ok || !closed)
        throw std::runtime_error(path + ": write failed (" + std::strerror(errno) + ")");
}

void RunFiles::appendEpoch(const EpochSummary& summary) const { appendMetrics(summaryLine("epoch", summary)); }

void RunFiles::appendValidation(const EpochSummary& summary) const { appendMetrics(summaryLine("eval", summary)); }

} // namespace tagscope
