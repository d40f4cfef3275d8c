#pragma once
// Reads run directories written by the Trainer (see run_files.h): config.json, tags.json and metrics.jsonl,
// also while a run is still writing them. Used by the GUI's run history and plots and by `tagscope-cli runs`.
// No LibTorch: a run can be inspected where only the dataset half of the engine is built.
#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace tagscope {

struct RunStepPoint { // a "step" line of metrics.jsonl
    std::int64_t step = 0;
    int epoch = 0;
    double loss = 0;
    double learningRate = 0;
    double imagesPerSecond = 0;
};

struct RunEpochPoint { // an "epoch" line, or an "eval" line (a validation every N steps); metrics not computed are
                       // NaN. Every score is in percent.
    int epoch = 0;
    double trainLoss = 0;
    double map = 0, mapHead = 0, mapMedium = 0, mapTail = 0, priorBaselineMap = 0;
    std::vector<double> tagAp; // per tag, in the order of tags.json; NaN for tags left out
    double seconds = 0;
    bool best = false;
    std::map<std::string, double> retrieval; // "recall_at_1", "map_at_r", ..., when the run learns embeddings
    std::int64_t step = 0; // optimizer steps done (0 in runs written before steps were logged)
};

struct RunTag { // an entry of tags.json
    std::string labelName;
    std::string name;
    double trainPositives = 0;
    std::string band; // "head", "medium", "tail"
};

// New records of a metrics.jsonl since the last poll. Only whole lines are read: a line still being written
// is left for the next poll. A malformed line is reported as "metrics.jsonl:LINE: reason" and skipped.
struct RunError { // an "error" line: the trainer stopped (a NaN loss, say)
    std::int64_t step = 0; // steps done when it stopped
    std::string message;
};

struct RunBands { // the band rule a run's head / medium / tail mAPs use and its cut-offs on the run's dataset
    std::string rule;          // dataset/band_rule.h text form; empty before the run started
    std::int64_t headAbove = -1, tailBelow = -1; // training positives; -1 when not recorded
    std::string describe() const; // "thirds (head > 60, tail < 40 positives)"
};

struct RunMetricsUpdate {
    std::vector<RunStepPoint> steps;
    std::vector<RunEpochPoint> epochs;
    std::vector<RunEpochPoint> validations; // by step ("eval" lines), in runs that validate every N steps
    std::vector<RunError> errors;
    std::vector<std::string> problems; // lines that could not be read
    std::string device;                // of the last "start" line: "cpu", "cuda:0", "cuda:0, 4 ranks"
    RunBands bands;                    // of the last "start" line
    // The review decisions the run trained with (quality/CORRECTIONS.md), of the last "start" line.
    struct Corrections {
        bool recorded = false; // false: a run from before corrections were recorded, or not started
        std::string hash;      // empty: none applied
        std::int64_t labels = 0, leftOut = 0;
    } corrections;
    bool empty() const
    {
        return steps.empty() && epochs.empty() && validations.empty() && errors.empty() && problems.empty() && device.empty();
    }
};

// Appends `update` to `history`. A step, validation or epoch that repeats an earlier one (a run resumed from a
// checkpoint older than its last log lines, after a crash) replaces it and everything logged after it.
void mergeMetrics(RunMetricsUpdate& history, const RunMetricsUpdate& update);

class RunMetricsFollower {
public:
    explicit RunMetricsFollower(std::string metricsPath);
    RunMetricsUpdate poll(); // a missing file is an empty update (the run has not logged yet)
    const std::string& path() const { return path_; }

private:
    std::string path_;
    std::uint64_t offset_ = 0;
    std::int64_t line_ = 0;
};

struct RunRecord {
    std::string directory;
    nlohmann::json config = nlohmann::json::object(); // empty when config.json is missing or unreadable
    std::vector<RunTag> tags;
    RunMetricsUpdate metrics;
    std::vector<std::string> problems; // unreadable files and lines, each naming the file
};

// Throws std::runtime_error when `directory` holds no config.json (it is not a run directory). With a follower
// (of the run's metrics.jsonl), the metrics are read through it, so that polling it later continues exactly
// where the record ends: how a run still being written is followed.
RunRecord readRun(const std::string& directory, RunMetricsFollower* follower = nullptr);
std::vector<RunTag> readRunTags(const std::string& directory, std::vector<std::string>* problems = nullptr); // tags.json

enum class RunState { NotStarted, InProgress, Stopped, Failed, Finished };
const char* runStateName(RunState state); // "not started", "in progress", "stopped", "failed", "finished"

struct RunSummary {
    std::string directory;
    std::string name; // the folder name
    std::string dataset, backbone, loss;
    std::string device;            // the device the run trained on; the config's choice ("auto") before it started
    RunBands bands;                // as the run reported them; the config's rule before it started
    int epochsPlanned = 0, epochsDone = 0; // planned 0: counted in steps only
    std::int64_t stepsPlanned = 0, stepsDone = 0; // planned: max_steps (0: the epochs decide)
    std::string metric;            // "map" or a retrieval key such as "recall_at_1"
    double bestMetric = -1;        // best over the finished epochs and the validations by step; -1 when none was measured
    int bestEpoch = 0;             // the epoch it was measured in (at its end, or during it for a validation by step)
    std::int64_t bestStep = 0;
    double durationSeconds = 0;    // training time of the finished epochs (file times when there are none)
    RunState state = RunState::NotStarted;
    bool hasCheckpoint = false;    // checkpoints/last.pt: the run can be resumed
    bool hasBestCheckpoint = false;
    bool hasModel = false;         // model.pt, the TorchScript export of a finished run
    std::int64_t lastModified = 0; // seconds since the epoch, of the newest file
};

// `writingWithinSeconds`: a run that is not finished and whose metrics changed this recently counts as in
// progress (another process may be training it); otherwise it is stopped.
RunSummary summarizeRun(const RunRecord& run, double writingWithinSeconds = 60);

// Empty when the runs' band mAPs are comparable; otherwise a sentence naming each run's bands, for comparisons.
std::string describeBandDifference(const std::vector<RunSummary>& runs);

// The metric a run is judged by: "map" when any epoch or validation measured it, else the first recall@K present
// (the smallest K), else "map". Higher is better for all of them.
std::string primaryMetric(const std::vector<RunEpochPoint>& epochs, const std::vector<RunEpochPoint>& validations = {});
// In percent, as every score of a run; NaN when the epoch lacks the metric.
double metricValue(const RunEpochPoint& epoch, const std::string& metric);
std::string metricDisplayName(const std::string& metric);                   // "mAP", "Recall@1", "MAP@R"

// Run directories (holding config.json) directly in `folder` and one level below, newest first.
std::vector<std::string> findRunDirectories(const std::string& folder);
// Where the GUI keeps its runs: "tagscope/runs" in the XDG data folder, beside the demo dataset.
std::string defaultRunsFolder();

} // namespace tagscope
