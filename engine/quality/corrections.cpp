#include "quality/corrections.h"

#include "common/atomic_file.h"
#include "common/user_folders.h"
#include "dataset/csv.h"
#include "dataset/image_lookup.h"
#include "embedding/content_hash.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <stdexcept>
#include <tuple>

namespace fs = std::filesystem;

namespace tagscope {
namespace {

constexpr const char* kLabelHeader = "ImageID,Source,LabelName,Confidence\n";
constexpr const char* kLeftOutHeader = "ImageID\n";
constexpr const char* kSource = "tagscope-review";

// A CSV field, quoted when it holds a separator, a quote or a line break (relative paths may).
void appendField(std::string& out, const std::string& field)
{
    if (field.find_first_of(",\"\r\n") == std::string::npos) {
        out += field;
        return;
    }
    out += '"';
    for (char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

std::string labelRow(const std::string& image, const std::string& labelName, LabelState state)
{
    std::string row;
    appendField(row, image);
    row += ',';
    row += kSource;
    row += ',';
    appendField(row, labelName);
    row += state == LabelState::Positive ? ",1\n" : ",0\n";
    return row;
}

std::string leftOutRow(const std::string& image)
{
    std::string row;
    appendField(row, image);
    row += '\n';
    return row;
}

std::string readWholeFile(const std::string& path, bool& exists)
{
    std::error_code error;
    exists = fs::exists(path, error);
    if (!exists)
        return {};
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    if (!in || !(text << in.rdbuf()) || in.bad()) {
        if (fs::file_size(path, error) == 0 && !error)
            return {};
        throw std::runtime_error(path + ": cannot read the corrections (" + std::strerror(errno) + ")");
    }
    return text.str();
}

// The records of a journal file, header excluded. A last line without its line break is what a write cut short
// leaves: it is ignored, like a malformed record, with an issue; `damaged` then asks for a rewrite before the next
// append (which would otherwise continue the broken line).
void readJournal(const std::string& path, const std::function<void(const std::vector<std::string_view>&, std::uint64_t)>& onRecord,
                 std::vector<CorrectionIssue>& issues, bool& damaged)
{
    bool exists = false;
    const std::string text = readWholeFile(path, exists);
    if (text.empty())
        return;
    const std::size_t complete = text.rfind('\n') == std::string::npos ? 0 : text.rfind('\n') + 1;
    if (complete < text.size()) {
        const auto lines = static_cast<std::uint64_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(complete), '\n'));
        issues.push_back({path, lines + 1, "the last line is incomplete (a write was interrupted); it is ignored"});
        damaged = true;
    }
    if (complete == 0)
        return;
    CsvBlock block;
    block.data = text.data();
    block.size = complete;
    block.hasQuotes = text.find('"') != std::string::npos;
    CsvRecordParser parser(block);
    std::vector<std::string_view> fields;
    while (parser.next(fields)) {
        if (!parser.error().empty()) {
            issues.push_back({path, parser.recordLine(), parser.error() + "; the line is ignored"});
            damaged = true;
            continue;
        }
        if (parser.recordLine() == 1 && !fields.empty() && fields[0] == "ImageID")
            continue; // the header
        if (fields.size() == 1 && fields[0].empty())
            continue; // a blank line
        onRecord(fields, parser.recordLine());
    }
}

std::optional<LabelState> stateOfConfidence(std::string_view text)
{
    while (!text.empty() && (text.back() == ' ' || text.back() == '\r'))
        text.remove_suffix(1);
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    if (text == "1" || text == "1.0")
        return LabelState::Positive;
    if (text == "0" || text == "0.0")
        return LabelState::Negative;
    return std::nullopt;
}

std::string folderNameOf(const std::string& absolute)
{
    std::string name;
    for (char c : fs::path(absolute).filename().string())
        name += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.') ? c : '_';
    if (name.empty() || name == "." || name == "..")
        name = "dataset";
    return name.substr(0, 64) + "-" + hexHash(hashBytes(absolute.data(), absolute.size()));
}

} // namespace

std::string formatIssue(const CorrectionIssue& issue)
{
    return issue.file + (issue.line ? ":" + std::to_string(issue.line) : std::string()) + ": " + issue.message;
}

std::string defaultCorrectionsFolder(const std::string& datasetPath)
{
    std::error_code error;
    std::string absolute = fs::weakly_canonical(fs::absolute(datasetPath), error).string();
    if (error)
        absolute = fs::absolute(datasetPath).lexically_normal().string();
    while (absolute.size() > 1 && absolute.back() == '/')
        absolute.pop_back();
    return (fs::path(userDataFolder()) / "corrections" / folderNameOf(absolute)).string();
}

CorrectionStore::CorrectionStore(std::string folder) : folder_(std::move(folder)) { read(); }

void CorrectionStore::read()
{
    readJournal(
        labelFile(),
        [&](const std::vector<std::string_view>& fields, std::uint64_t line) {
            ++labelLinesInFile_;
            const std::optional<LabelState> state = fields.size() >= 4 ? stateOfConfidence(fields[3]) : std::nullopt;
            if (!state || fields[0].empty() || fields[2].empty()) {
                issues_.push_back({labelFile(), line, "expected ImageID,Source,LabelName,Confidence with Confidence 1 or 0; the line is ignored"});
                needsCompaction_ = true;
                return;
            }
            labels_[{std::string(fields[0]), std::string(fields[2])}] = {*state, line};
        },
        issues_, needsCompaction_);
    readJournal(
        leftOutFile(),
        [&](const std::vector<std::string_view>& fields, std::uint64_t line) {
            ++leftOutLinesInFile_;
            if (fields.size() != 1 || fields[0].empty()) {
                issues_.push_back({leftOutFile(), line, "expected one ImageID (or image path); the line is ignored"});
                needsCompaction_ = true;
                return;
            }
            leftOut_[std::string(fields[0])] = line;
        },
        issues_, needsCompaction_);
}

std::vector<LabelDecision> CorrectionStore::labels() const
{
    std::vector<LabelDecision> out;
    out.reserve(labels_.size());
    for (const auto& [key, entry] : labels_)
        out.push_back({key.first, key.second, entry.state, entry.line});
    return out;
}

std::vector<std::string> CorrectionStore::leftOut() const
{
    std::vector<std::string> out;
    for (const auto& entry : leftOut_)
        out.push_back(entry.first);
    return out;
}

std::vector<std::uint64_t> CorrectionStore::leftOutLines() const
{
    std::vector<std::uint64_t> out;
    for (const auto& entry : leftOut_)
        out.push_back(entry.second);
    return out;
}

std::string CorrectionStore::labelText() const
{
    std::string text = kLabelHeader;
    for (const auto& [key, entry] : labels_)
        text += labelRow(key.first, key.second, entry.state);
    return text;
}

std::string CorrectionStore::leftOutText() const
{
    std::string text = kLeftOutHeader;
    for (const auto& entry : leftOut_)
        text += leftOutRow(entry.first);
    return text;
}

std::string CorrectionStore::hash() const
{
    if (empty())
        return {};
    const std::string text = labelText() + '\0' + leftOutText();
    return hexHash(hashBytes(text.data(), text.size()));
}

void CorrectionStore::compact()
{
    std::error_code error;
    fs::create_directories(folder_, error);
    if (error)
        throw std::runtime_error(folder_ + ": cannot create the corrections folder (" + error.message() + ")");
    const std::string labels = labelText(), leftOut = leftOutText();
    writeStreamAtomically(labelFile(), "corrections file", [&](std::ostream& out) { out << labels; });
    if (!leftOut_.empty() || fs::exists(leftOutFile(), error))
        writeStreamAtomically(leftOutFile(), "corrections file", [&](std::ostream& out) { out << leftOut; });
    std::uint64_t line = 2; // after the header
    for (auto& entry : labels_)
        entry.second.line = line++;
    line = 2;
    for (auto& entry : leftOut_)
        entry.second = line++;
    labelLinesInFile_ = labels_.size();
    leftOutLinesInFile_ = leftOut_.size();
    needsCompaction_ = false;
}

void CorrectionStore::compactIfNeeded()
{
    // Superseded lines are kept until they outnumber the decisions in force: a rewrite then costs no more than
    // the appends it follows.
    if (labelLinesInFile_ > 2 * labels_.size() + 64 || leftOutLinesInFile_ > 2 * leftOut_.size() + 64)
        compact();
}

void CorrectionStore::decide(const std::vector<LabelDecision>& decisions)
{
    if (decisions.empty())
        return;
    for (const LabelDecision& d : decisions)
        if (d.image.empty() || d.labelName.empty() || (d.state != LabelState::Positive && d.state != LabelState::Negative))
            throw std::invalid_argument("a decision needs an image, a tag and positive or negative");
    if (needsCompaction_)
        compact();
    std::error_code error;
    fs::create_directories(folder_, error);
    std::string text = fs::exists(labelFile(), error) && fs::file_size(labelFile(), error) > 0 ? "" : kLabelHeader;
    std::uint64_t line = labelLinesInFile_ + 2;
    for (const LabelDecision& d : decisions)
        text += labelRow(d.image, d.labelName, d.state);
    appendToFile(labelFile(), "corrections", text);
    for (const LabelDecision& d : decisions) {
        labels_[{d.image, d.labelName}] = {d.state, line++};
        ++labelLinesInFile_;
    }
    compactIfNeeded();
}

void CorrectionStore::leaveOut(const std::vector<std::string>& images)
{
    if (images.empty())
        return;
    for (const std::string& image : images)
        if (image.empty())
            throw std::invalid_argument("an image to leave out needs a name");
    if (needsCompaction_)
        compact();
    std::error_code error;
    fs::create_directories(folder_, error);
    std::string text = fs::exists(leftOutFile(), error) && fs::file_size(leftOutFile(), error) > 0 ? "" : kLeftOutHeader;
    std::uint64_t line = leftOutLinesInFile_ + 2;
    for (const std::string& image : images)
        text += leftOutRow(image);
    appendToFile(leftOutFile(), "corrections", text);
    for (const std::string& image : images) {
        leftOut_[image] = line++;
        ++leftOutLinesInFile_;
    }
    compactIfNeeded();
}

std::size_t CorrectionStore::withdraw(const std::vector<std::pair<std::string, std::string>>& imageAndLabelNames)
{
    std::size_t removed = 0;
    for (const auto& key : imageAndLabelNames)
        removed += labels_.erase(key);
    if (removed || needsCompaction_)
        compact(); // an Open Images file cannot say "no decision": the file is rewritten without it
    return removed;
}

std::size_t CorrectionStore::keep(const std::vector<std::string>& images)
{
    std::size_t removed = 0;
    for (const std::string& image : images)
        removed += leftOut_.erase(image);
    if (removed || needsCompaction_)
        compact();
    return removed;
}

void CorrectionStore::exportLabels(const std::string& path) const
{
    const std::string text = labelText();
    writeStreamAtomically(path, "label file", [&](std::ostream& out) { out << text; });
}

std::vector<LabelDecision> readDecisionFile(const std::string& path, const Dataset& dataset, std::size_t* unanswered)
{
    std::error_code error;
    if (!fs::is_regular_file(path, error))
        throw std::runtime_error(path + ": no such file");
    const std::vector<CsvRecord> records = readSmallCsv(path);
    // Columns as a header names them (in any order), else ImageID,Source,LabelName,Confidence.
    struct {
        std::size_t imageId = 0, labelName = 2, confidence = 3, needed = 4;
    } columns;
    std::size_t first = 0;
    if (!records.empty() && records.front().error.empty()) {
        const std::vector<std::string>& header = records.front().fields;
        const auto column = [&](const char* name) { return std::find(header.begin(), header.end(), name) - header.begin(); };
        const auto n = static_cast<std::ptrdiff_t>(header.size());
        if (column("ImageID") < n) {
            if (column("LabelName") == n || column("Confidence") == n)
                throw std::runtime_error(path + ":1: the header names ImageID but not LabelName and Confidence");
            columns.imageId = static_cast<std::size_t>(column("ImageID"));
            columns.labelName = static_cast<std::size_t>(column("LabelName"));
            columns.confidence = static_cast<std::size_t>(column("Confidence"));
            columns.needed = std::max({columns.imageId, columns.labelName, columns.confidence}) + 1;
            first = 1;
        }
    }
    const ImageLookup images(dataset);
    std::vector<LabelDecision> decisions;
    std::vector<std::string> problems;
    std::size_t problemCount = 0, skipped = 0;
    auto problem = [&](std::uint64_t line, const std::string& message) {
        if (++problemCount <= 10)
            problems.push_back(path + ":" + std::to_string(line) + ": " + message);
    };
    for (std::size_t r = first; r < records.size(); ++r) {
        const CsvRecord& record = records[r];
        if (!record.error.empty()) {
            problem(record.line, record.error);
            continue;
        }
        if (record.fields.size() == 1 && record.fields[0].empty())
            continue; // a blank line
        if (record.fields.size() < columns.needed) {
            problem(record.line, "expected ImageID,Source,LabelName,Confidence");
            continue;
        }
        const std::string& image = record.fields[columns.imageId];
        const std::string& labelName = record.fields[columns.labelName];
        std::string_view confidence = record.fields[columns.confidence];
        const std::optional<std::size_t> found = images.find(image);
        if (!found) {
            problem(record.line, "unknown image \"" + image + "\" (not in " + dataset.root() + ")");
            continue;
        }
        if (!dataset.findTag(labelName)) {
            problem(record.line, "unknown tag \"" + labelName + "\" (not a LabelName of " + dataset.root() + ")");
            continue;
        }
        if (confidence.find_first_not_of(" \r") == std::string_view::npos) {
            ++skipped; // a question without its answer
            continue;
        }
        const std::optional<LabelState> state = stateOfConfidence(confidence);
        if (!state) {
            problem(record.line, "Confidence \"" + std::string(confidence) + "\" is neither 1 (positive) nor 0 (verified negative)");
            continue;
        }
        decisions.push_back({dataset.imageName(*found), labelName, *state, record.line}); // the name as the dataset spells it
    }
    if (problemCount) {
        std::string message;
        for (const std::string& p : problems)
            message += p + "\n";
        message += std::to_string(problemCount) + (problemCount == 1 ? " row" : " rows") + " refused; nothing was imported";
        throw std::runtime_error(message);
    }
    if (unanswered)
        *unanswered = skipped;
    return decisions;
}

AppliedCorrections applyCorrections(const CorrectionStore& store, Dataset& dataset)
{
    AppliedCorrections applied;
    applied.folder = store.folder();
    applied.issues = store.issues();
    if (store.empty())
        return applied;
    applied.hash = store.hash();
    const ImageLookup images(dataset);
    struct Change {
        std::size_t image;
        std::uint32_t tag;
        LabelState state;
    };
    std::vector<Change> changes;
    for (const LabelDecision& d : store.labels()) {
        const std::optional<std::size_t> image = images.find(d.image);
        const std::optional<std::uint32_t> tag = dataset.findTag(d.labelName);
        if (!image || !tag) {
            applied.issues.push_back({store.labelFile(), d.line,
                                      (image ? "unknown tag \"" + d.labelName : "unknown image \"" + d.image) + "\" in " + dataset.root()
                                          + "; the decision is not applied"});
            continue;
        }
        changes.push_back({*image, *tag, d.state});
    }
    std::vector<char> dropped(dataset.imageCount(), 0);
    const std::vector<std::string> leftOut = store.leftOut();
    const std::vector<std::uint64_t> leftOutLines = store.leftOutLines();
    for (std::size_t i = 0; i < leftOut.size(); ++i) {
        if (const std::optional<std::size_t> image = images.find(leftOut[i])) {
            applied.leftOut += !dropped[*image];
            if (!dropped[*image])
                applied.leftOutImages.push_back(leftOut[i]);
            dropped[*image] = 1;
        } else {
            applied.issues.push_back({store.leftOutFile(), leftOutLines[i], "unknown image \"" + leftOut[i] + "\" in " + dataset.root() + "; ignored"});
        }
    }
    applied.labels = changes.size();
    if (changes.empty() && applied.leftOut == 0)
        return applied;
    std::sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) { return std::tie(a.image, a.tag) < std::tie(b.image, b.tag); });

    // One pass over the label arrays, merging each image's labels with its decisions (both ordered by tag).
    // The new arrays are built beside the old ones: twice the label memory for a moment, only when there are
    // decisions to apply.
    const DatasetContents& in = dataset.contents();
    DatasetContents out;
    out.format = in.format;
    out.root = in.root;
    out.exhaustiveLabels = in.exhaustiveLabels;
    out.tags = in.tags;
    out.splitImageFolders = in.splitImageFolders;
    const bool confidence = !in.labelConfidence.empty();
    const std::size_t imageCount = in.imageSplits.size();
    out.labelOffsets.reserve(imageCount + 1 - applied.leftOut);
    out.labelTags.reserve(in.labelTags.size() + changes.size());
    out.labelFlags.reserve(in.labelTags.size() + changes.size());
    if (confidence)
        out.labelConfidence.reserve(in.labelTags.size() + changes.size());
    out.labelOffsets.push_back(0);
    auto change = changes.begin();
    for (std::size_t i = 0; i < imageCount; ++i) {
        std::uint64_t label = in.labelOffsets[i];
        const std::uint64_t end = in.labelOffsets[i + 1];
        if (dropped[i]) {
            while (change != changes.end() && change->image == i)
                ++change;
            continue;
        }
        if (!in.imageIds.empty())
            out.imageIds.push_back(in.imageIds[i]);
        else
            out.imagePaths.add(in.imagePaths.at(i));
        out.imageSplits.push_back(in.imageSplits[i]);
        const auto outImage = static_cast<std::uint32_t>(out.imageSplits.size() - 1);
        auto noteChange = [&](std::uint32_t tag, LabelState original, LabelState now) {
            if (original == LabelState::Unknown)
                original = dataset.unannotatedState();
            if (original != now)
                applied.changed.push_back({outImage, tag, original, now});
        };
        auto copyLabel = [&](std::uint64_t l) {
            out.labelTags.push_back(in.labelTags[l]);
            out.labelFlags.push_back(in.labelFlags[l]);
            if (confidence)
                out.labelConfidence.push_back(in.labelConfidence[l]);
        };
        for (; change != changes.end() && change->image == i; ++change) {
            while (label < end && in.labelTags[label] < change->tag)
                copyLabel(label++);
            const auto state = static_cast<std::uint8_t>(change->state);
            if (label < end && in.labelTags[label] == change->tag) {
                noteChange(change->tag, label_flags::state(in.labelFlags[label]), change->state);
                copyLabel(label++);
                out.labelFlags.back() = static_cast<std::uint8_t>((out.labelFlags.back() & ~label_flags::kStateMask) | state);
            } else {
                noteChange(change->tag, LabelState::Unknown, change->state);
                out.labelTags.push_back(change->tag);
                out.labelFlags.push_back(state);
                if (confidence)
                    out.labelConfidence.push_back(change->state == LabelState::Positive ? 1.0f : 0.0f);
            }
        }
        while (label < end)
            copyLabel(label++);
        out.labelOffsets.push_back(out.labelTags.size());
    }
    Dataset corrected(std::move(out));
    dataset = std::move(corrected);
    return applied;
}

} // namespace tagscope
