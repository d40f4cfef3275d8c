#include "training/run_history.h"

#include "dataset/demo_folder.h"

#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <limits>
#include <stdexcept>

namespace fs = std::filesystem;

namespace tagscope {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Seconds since the epoch; 0 when the file does not exist.
std::int64_t modifiedTime(const std::string& path)
{
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0 ? static_cast<std::int64_t>(info.st_mtime) : 0;
}

double numberOr(const nlohmann::json& object, const char* key, double fallback)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_number() ? it->get<double>() : fallback;
}

std::string stringAt(const nlohmann::json& object, const char* key, const std::string& fallback = {})
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : fallback;
}

// Recall@K and MAP@R, the retrieval metrics of runs that learn embeddings.
bool isRetrievalKey(const std::string& key)
{
    for (const char* prefix : {"recall_at_", "recall@"})
        if (key.rfind(prefix, 0) == 0) {
            const std::string k = key.substr(std::char_traits<char>::length(prefix));
            return !k.empty() && std::all_of(k.begin(), k.end(), [](unsigned char c) { return std::isdigit(c); });
        }
    return key == "map_at_r" || key == "map@r";
}

int recallK(const std::string& key)
{
    const std::size_t digits = key.find_first_of("0123456789");
    return key.rfind("recall", 0) == 0 && digits != std::string::npos ? std::stoi(key.substr(digits)) : 0;
}

RunEpochPoint epochFromJson(const nlohmann::json& line)
{
    RunEpochPoint e;
    e.epoch = static_cast<int>(numberOr(line, "epoch", 0));
    e.step = static_cast<std::int64_t>(numberOr(line, "step", 0));
    e.trainLoss = numberOr(line, "train_loss", kNaN);
    e.map = numberOr(line, "map", kNaN); // null: no validation split, or no tag could be evaluated
    e.mapHead = numberOr(line, "map_head", kNaN);
    e.mapMedium = numberOr(line, "map_medium", kNaN);
    e.mapTail = numberOr(line, "map_tail", kNaN);
    e.priorBaselineMap = numberOr(line, "prior_baseline_map", kNaN);
    e.seconds = numberOr(line, "seconds", 0);
    e.best = line.value("best", false);
    if (const auto ap = line.find("tag_ap"); ap != line.end() && ap->is_array()) {
        e.tagAp.reserve(ap->size());
        for (const auto& value : *ap)
            e.tagAp.push_back(value.is_number() ? value.get<double>() : kNaN);
    }
    for (const auto& [key, value] : line.items())
        if (value.is_number() && isRetrievalKey(key))
            e.retrieval[key] = value.get<double>();
    return e;
}

// Keeps history ordered by key: an item whose key is not beyond the last one replaces the tail from there.
template <typename T, typename Key> void appendReplacing(std::vector<T>& history, const T& item, Key key)
{
    if (!history.empty() && key(item) <= key(history.back())) {
        const auto from = std::lower_bound(history.begin(), history.end(), key(item), [&](const T& a, auto k) { return key(a) < k; });
        history.erase(from, history.end());
    }
    history.push_back(item);
}

void parseLine(const std::string& text, std::int64_t lineNumber, const std::string& fileName, RunMetricsUpdate& update)
{
    if (text.find_first_not_of(" \t\r") == std::string::npos)
        return;
    try {
        const nlohmann::json line = nlohmann::json::parse(text);
        if (!line.is_object())
            throw std::invalid_argument("expected a JSON object");
        const std::string type = line.value("type", "");
        if (type == "step") {
            RunStepPoint s;
            s.step = static_cast<std::int64_t>(numberOr(line, "step", 0));
            s.epoch = static_cast<int>(numberOr(line, "epoch", 0));
            s.loss = numberOr(line, "loss", kNaN);
            s.learningRate = numberOr(line, "lr", kNaN);
            s.imagesPerSecond = numberOr(line, "images_per_second", 0);
            update.steps.push_back(s);
        } else if (type == "epoch") {
            update.epochs.push_back(epochFromJson(line));
        } else if (type == "eval") {
            update.validations.push_back(epochFromJson(line));
        } else if (type == "error") {
            update.errors.push_back({static_cast<std::int64_t>(numberOr(line, "step", 0)), line.value("message", "")});
        } else if (type == "start") {
            const int ranks = static_cast<int>(numberOr(line, "world_size", 1));
            update.device = stringAt(line, "device") + (ranks > 1 ? ", " + std::to_string(ranks) + " ranks" : std::string());
            // Runs from before band rules existed used the fixed default thresholds.
            update.bands.rule = stringAt(line, "bands", "absolute:100:20");
            update.bands.headAbove = static_cast<std::int64_t>(numberOr(line, "head_above", 100));
            update.bands.tailBelow = static_cast<std::int64_t>(numberOr(line, "tail_below", 20));
            if (const auto c = line.find("corrections"); c != line.end() && c->is_object()) {
                update.corrections.recorded = true;
                update.corrections.hash = stringAt(*c, "hash");
                update.corrections.labels = static_cast<std::int64_t>(numberOr(*c, "labels", 0));
                update.corrections.leftOut = static_cast<std::int64_t>(numberOr(*c, "left_out", 0));
            }
        }
        // Other types are from a newer Tagscope: skipped, so that older readers keep working.
    } catch (const std::exception& error) {
        update.problems.push_back(fileName + ":" + std::to_string(lineNumber) + ": " + error.what());
    }
}

nlohmann::json readJsonFile(const std::string& path, std::vector<std::string>& problems)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        problems.push_back(path + ": cannot open");
        return nullptr;
    }
    try {
        return nlohmann::json::parse(in);
    } catch (const std::exception& error) {
        problems.push_back(path + ": not valid JSON (" + error.what() + ")");
        return nullptr;
    }
}

} // namespace

void mergeMetrics(RunMetricsUpdate& history, const RunMetricsUpdate& update)
{
    for (const RunStepPoint& s : update.steps)
        appendReplacing(history.steps, s, [](const RunStepPoint& p) { return p.step; });
    for (const RunEpochPoint& e : update.epochs)
        appendReplacing(history.epochs, e, [](const RunEpochPoint& p) { return p.epoch; });
    for (const RunEpochPoint& v : update.validations)
        appendReplacing(history.validations, v, [](const RunEpochPoint& p) { return p.step; });
    history.errors.insert(history.errors.end(), update.errors.begin(), update.errors.end());
    history.problems.insert(history.problems.end(), update.problems.begin(), update.problems.end());
    if (!update.device.empty())
        history.device = update.device;
    if (!update.bands.rule.empty())
        history.bands = update.bands;
    if (update.corrections.recorded)
        history.corrections = update.corrections;
}

RunMetricsFollower::RunMetricsFollower(std::string metricsPath) : path_(std::move(metricsPath)) {}

RunMetricsUpdate RunMetricsFollower::poll()
{
    RunMetricsUpdate update;
    std::ifstream in(path_, std::ios::binary);
    if (!in)
        return update;
    in.seekg(0, std::ios::end);
    const auto size = static_cast<std::uint64_t>(in.tellg());
    if (size < offset_) { // replaced by a shorter file: start over
        offset_ = 0;
        line_ = 0;
    }
    if (size == offset_)
        return update;
    std::string chunk(size - offset_, '\0');
    in.seekg(static_cast<std::streamoff>(offset_));
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    chunk.resize(static_cast<std::size_t>(in.gcount()));
    const std::size_t end = chunk.rfind('\n');
    if (end == std::string::npos)
        return update; // the first line is still being written
    const std::string fileName = fs::path(path_).filename().string();
    std::size_t start = 0;
    while (start <= end) {
        const std::size_t newline = chunk.find('\n', start);
        parseLine(chunk.substr(start, newline - start), ++line_, fileName, update);
        start = newline + 1;
    }
    offset_ += end + 1;
    return update;
}

std::vector<RunTag> readRunTags(const std::string& directory, std::vector<std::string>* problems)
{
    std::vector<RunTag> tags;
    const std::string path = directory + "/tags.json";
    if (!fs::exists(path))
        return tags;
    std::vector<std::string> ignored;
    const nlohmann::json json = readJsonFile(path, problems ? *problems : ignored);
    if (json.is_array())
        for (const auto& tag : json)
            if (tag.is_object())
                tags.push_back({stringAt(tag, "label_name"), stringAt(tag, "name"), numberOr(tag, "train_positives", 0), stringAt(tag, "band", "tail")});
    return tags;
}

RunRecord readRun(const std::string& directory, RunMetricsFollower* follower)
{
    const std::string configPath = directory + "/config.json";
    if (!fs::exists(configPath))
        throw std::runtime_error(directory + ": not a run directory (no config.json)");
    RunRecord run;
    run.directory = directory;
    const nlohmann::json config = readJsonFile(configPath, run.problems);
    if (config.is_object())
        run.config = config;
    else if (!config.is_null())
        run.problems.push_back(configPath + ": expected a JSON object");

    run.tags = readRunTags(directory, &run.problems);
    RunMetricsFollower own(directory + "/metrics.jsonl");
    mergeMetrics(run.metrics, (follower ? follower : &own)->poll());
    for (const std::string& problem : run.metrics.problems)
        run.problems.push_back(directory + "/" + problem);
    return run;
}

const char* runStateName(RunState state)
{
    switch (state) {
    case RunState::NotStarted: return "not started";
    case RunState::InProgress: return "in progress";
    case RunState::Stopped: return "stopped";
    case RunState::Failed: return "failed";
    case RunState::Finished: return "finished";
    }
    return "not started";
}

std::string primaryMetric(const std::vector<RunEpochPoint>& epochs, const std::vector<RunEpochPoint>& validations)
{
    for (const auto* points : {&epochs, &validations})
        for (const RunEpochPoint& e : *points)
            if (std::isfinite(e.map))
                return "map";
    std::string best;
    for (const auto* points : {&epochs, &validations})
        for (const RunEpochPoint& e : *points)
            for (const auto& [key, value] : e.retrieval)
                if (recallK(key) > 0 && (best.empty() || recallK(key) < recallK(best)))
                    best = key;
    return best.empty() ? "map" : best;
}

double metricValue(const RunEpochPoint& epoch, const std::string& metric)
{
    if (metric == "map")
        return epoch.map;
    const auto it = epoch.retrieval.find(metric);
    return it == epoch.retrieval.end() ? kNaN : it->second;
}

std::string metricDisplayName(const std::string& metric)
{
    if (metric == "map")
        return "mAP";
    if (metric == "map_at_r" || metric == "map@r")
        return "MAP@R";
    if (const int k = recallK(metric))
        return "Recall@" + std::to_string(k);
    return metric;
}

std::string RunBands::describe() const
{
    if (headAbove < 0 || tailBelow < 0)
        return rule;
    return rule + " (head > " + std::to_string(headAbove) + ", tail < " + std::to_string(tailBelow) + " positives)";
}

std::string describeBandDifference(const std::vector<RunSummary>& runs)
{
    // Same rule and same cut-offs: the bands hold the same tags (on the same dataset) and their mAPs compare.
    // A run that has not started yet has a rule but no cut-offs: only the rules are compared then.
    bool differ = false;
    for (const RunSummary& run : runs) {
        const RunBands& a = run.bands;
        const RunBands& b = runs.front().bands;
        const bool cutOffsKnown = a.headAbove >= 0 && b.headAbove >= 0;
        differ = differ || a.rule != b.rule || (cutOffsKnown && (a.headAbove != b.headAbove || a.tailBelow != b.tailBelow));
    }
    if (!differ)
        return {};
    std::string text = "different bands, so the head / medium / tail mAPs do not compare:";
    for (const RunSummary& run : runs)
        text += " " + run.name + " " + run.bands.describe() + ";";
    text.back() = '.';
    return text;
}

RunSummary summarizeRun(const RunRecord& run, double writingWithinSeconds)
{
    RunSummary s;
    s.directory = run.directory;
    s.name = fs::path(run.directory).filename().string();
    if (s.name.empty())
        s.name = fs::path(run.directory).parent_path().filename().string();
    const nlohmann::json& c = run.config;
    s.dataset = stringAt(c, "dataset");
    if (const auto backbone = c.find("backbone"); backbone != c.end() && backbone->is_object())
        s.backbone = stringAt(*backbone, "name");
    s.loss = stringAt(c, "loss");
    s.device = !run.metrics.device.empty() ? run.metrics.device : stringAt(c, "device", "auto");
    s.epochsPlanned = static_cast<int>(numberOr(c, "epochs", 0));
    s.stepsPlanned = static_cast<std::int64_t>(numberOr(c, "max_steps", 0));
    s.bands = run.metrics.bands;
    if (s.bands.rule.empty())
        s.bands.rule = stringAt(c, "bands", "absolute:100:20");

    const RunMetricsUpdate& m = run.metrics;
    s.metric = primaryMetric(m.epochs, m.validations);
    auto consider = [&s](const RunEpochPoint& e) {
        s.stepsDone = std::max(s.stepsDone, e.step);
        const double value = metricValue(e, s.metric);
        if (std::isfinite(value) && value > s.bestMetric) {
            s.bestMetric = value;
            s.bestEpoch = e.epoch;
            s.bestStep = e.step;
        }
    };
    for (const RunEpochPoint& e : m.epochs) {
        s.epochsDone = std::max(s.epochsDone, e.epoch);
        s.durationSeconds += e.seconds;
        consider(e);
    }
    for (const RunEpochPoint& v : m.validations)
        consider(v);
    if (!m.steps.empty())
        s.stepsDone = std::max(s.stepsDone, m.steps.back().step);
    const std::string& d = run.directory;
    s.hasCheckpoint = fs::exists(d + "/checkpoints/last.pt");
    s.hasBestCheckpoint = fs::exists(d + "/checkpoints/best.pt");
    s.hasModel = fs::exists(d + "/model.pt");
    const std::int64_t configTime = modifiedTime(d + "/config.json");
    const std::int64_t metricsTime = modifiedTime(d + "/metrics.jsonl");
    s.lastModified = std::max({configTime, metricsTime, modifiedTime(d + "/checkpoints/last.pt"), modifiedTime(d + "/model.pt")});
    if (m.epochs.empty() && metricsTime > configTime)
        s.durationSeconds = static_cast<double>(metricsTime - configTime);

    const std::int64_t lastStep = m.steps.empty() ? 0 : m.steps.back().step;
    const bool allSteps = s.stepsPlanned > 0 && s.stepsDone >= s.stepsPlanned;
    if (s.hasModel && (s.epochsDone >= s.epochsPlanned || allSteps))
        s.state = RunState::Finished;
    else if (!m.errors.empty() && m.errors.back().step >= lastStep)
        s.state = RunState::Failed;
    else if (static_cast<double>(std::time(nullptr) - s.lastModified) <= writingWithinSeconds)
        s.state = RunState::InProgress;
    else if (s.hasCheckpoint || !m.steps.empty() || !m.epochs.empty())
        s.state = RunState::Stopped;
    return s;
}

std::vector<std::string> findRunDirectories(const std::string& folder)
{
    std::vector<std::pair<std::int64_t, std::string>> found;
    auto consider = [&found](const fs::path& directory) {
        const std::string config = (directory / "config.json").string();
        if (!fs::exists(config))
            return false;
        found.emplace_back(std::max(modifiedTime(config), modifiedTime((directory / "metrics.jsonl").string())), directory.string());
        return true;
    };
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, fs::directory_options::skip_permission_denied, error)) {
        if (!entry.is_directory(error) || consider(entry.path()))
            continue;
        std::error_code inner;
        for (const auto& child : fs::directory_iterator(entry.path(), fs::directory_options::skip_permission_denied, inner))
            if (child.is_directory(inner))
                consider(child.path());
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second > b.second; });
    std::vector<std::string> directories;
    for (auto& [time, directory] : found)
        directories.push_back(std::move(directory));
    return directories;
}

std::string defaultRunsFolder()
{
    return (fs::path(defaultDemoFolder()).parent_path() / "runs").string();
}

} // namespace tagscope
