#pragma once
// Review decisions on a dataset's labels (engine/quality/CORRECTIONS.md). They live in the user's data
// folder, one folder per dataset, never in the dataset's own folders, as files any Open Images tool reads:
//   human-imagelabels.csv   ImageID,Source,LabelName,Confidence: Source "tagscope-review", Confidence 1 for a
//                           positive, 0 for a verified negative
//   left-out-images.csv     ImageID: images the dataset opens without (a duplicate, a leak)
// ImageID is the Open Images ID, or the relative path for datasets whose images are paths.
// Both files are journals: each write appends whole lines and syncs them, and a later line on the same label (or
// image) replaces an earlier one, so a process killed mid-write loses at most the decision it was writing; the
// partial line it leaves is ignored with a message. They are compacted (one line per decision in force, written
// to a temporary file and renamed over the old one) when superseded lines pile up, when a decision is withdrawn,
// and after a partial line.
#include "dataset/corrected_labels.h"
#include "dataset/dataset.h"

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace tagscope {

struct LabelDecision {
    std::string image;     // ImageID (16 hex digits) or relative path
    std::string labelName;
    LabelState state = LabelState::Positive; // Positive or Negative
    std::uint64_t line = 0; // the line of the file it was read from (0: not read from a file)
};

struct CorrectionIssue {
    std::string file;
    std::uint64_t line = 0;
    std::string message;
};
std::string formatIssue(const CorrectionIssue& issue); // "FILE:LINE: MESSAGE"

// $XDG_DATA_HOME/tagscope/corrections/<folder name>-<hash of the dataset's absolute path> (default
// ~/.local/share/tagscope/...): the same dataset reached by another relative path finds the same folder.
std::string defaultCorrectionsFolder(const std::string& datasetPath);

class CorrectionStore {
public:
    // Reads the folder's files, if any. Partial last lines and malformed lines are skipped and listed in issues().
    // Throws std::runtime_error naming a file that exists but cannot be read.
    explicit CorrectionStore(std::string folder);

    const std::string& folder() const { return folder_; }
    std::string labelFile() const { return folder_ + "/human-imagelabels.csv"; }
    std::string leftOutFile() const { return folder_ + "/left-out-images.csv"; }

    std::vector<LabelDecision> labels() const;  // ordered by image, then LabelName
    std::vector<std::string> leftOut() const;   // ordered
    std::vector<std::uint64_t> leftOutLines() const; // the line each was read from, in the same order
    std::size_t labelCount() const { return labels_.size(); }
    std::size_t leftOutCount() const { return leftOut_.size(); }
    bool empty() const { return labels_.empty() && leftOut_.empty(); }
    const std::vector<CorrectionIssue>& issues() const { return issues_; }
    // 16 hex digits of the decisions in force (not of the files' history); empty when there are none.
    std::string hash() const;

    // Each call appends its decisions with one synced write. Throws std::runtime_error naming the file.
    void decide(const std::vector<LabelDecision>& decisions);
    void leaveOut(const std::vector<std::string>& images);
    // Withdraw decisions (the label goes back to what the annotations say; the image comes back). Returns how
    // many were in force.
    std::size_t withdraw(const std::vector<std::pair<std::string, std::string>>& imageAndLabelNames);
    std::size_t keep(const std::vector<std::string>& images);

    // The labels in force as an Open Images human-label file, written atomically.
    void exportLabels(const std::string& path) const;

private:
    using LabelKey = std::pair<std::string, std::string>; // image, LabelName
    struct Entry {
        LabelState state;
        std::uint64_t line;
    };
    void read();
    void compactIfNeeded();
    void compact();
    std::string labelText() const;
    std::string leftOutText() const;

    std::string folder_;
    std::map<LabelKey, Entry> labels_;
    std::map<std::string, std::uint64_t> leftOut_;
    std::vector<CorrectionIssue> issues_;
    std::uint64_t labelLinesInFile_ = 0, leftOutLinesInFile_ = 0; // data lines, superseded ones included
    bool needsCompaction_ = false; // a partial or malformed line: rewrite before appending after it
};

// Reads an Open Images human-label file (ImageID,Source,LabelName,Confidence; a header row names the columns
// when present) as decisions checked against `dataset`: every image and LabelName must exist there, Confidence
// must be 1 or 0; rows without a Confidence (questions not answered yet) are skipped and counted in `unanswered`.
// Throws std::runtime_error naming the file and the lines of the first problems; nothing is returned then.
std::vector<LabelDecision> readDecisionFile(const std::string& path, const Dataset& dataset, std::size_t* unanswered = nullptr);

struct AppliedCorrections {
    std::string folder;
    std::size_t labels = 0;  // decisions applied
    std::size_t leftOut = 0; // images left out
    std::string hash;        // CorrectionStore::hash()
    std::vector<CorrectionIssue> issues; // partial lines, and decisions naming an image or tag the dataset lacks
    CorrectedLabels changed; // the labels whose state the decisions changed, with the state they had
    std::vector<std::string> leftOutImages; // the names of the images left out, ordered
};

// Applies the store's decisions on top of the annotations: decided labels take the decided state (a machine
// confidence stays attached), left-out images are removed (the images after them move up). Decisions naming an
// image or a tag the dataset lacks are skipped and listed in the issues with their file and line. The labels whose
// state changes are listed in `changed`, indexed as in the corrected dataset.
AppliedCorrections applyCorrections(const CorrectionStore& store, Dataset& dataset);

} // namespace tagscope
