#include "quality/label_candidates.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tagscope {

const char* candidateKindName(CandidateKind kind)
{
    switch (kind) {
    case CandidateKind::MissingPositive: return "missing";
    case CandidateKind::WrongPositive: return "wrong-positive";
    case CandidateKind::WrongNegative: return "wrong-negative";
    }
    return "missing";
}

std::optional<CandidateKind> candidateKindFromName(const std::string& name)
{
    for (std::size_t k = 0; k < kCandidateKinds; ++k)
        if (name == candidateKindName(static_cast<CandidateKind>(k)))
            return static_cast<CandidateKind>(k);
    return std::nullopt;
}

bool rankedBefore(const LabelCandidate& a, const LabelCandidate& b)
{
    if (a.score != b.score)
        return a.score > b.score;
    if (a.row != b.row)
        return a.row < b.row;
    return a.column < b.column;
}

std::optional<Flag> flagLabel(LabelState state, float p, const TagThreshold& t)
{
    switch (state) {
    case LabelState::Unknown:
        if (p >= t.positive)
            return Flag{CandidateKind::MissingPositive, p};
        break;
    case LabelState::Positive:
        if (1.0 - static_cast<double>(p) >= t.negative)
            return Flag{CandidateKind::WrongPositive, 1.0 - static_cast<double>(p)};
        break;
    case LabelState::Negative:
        if (p >= t.positive)
            return Flag{CandidateKind::WrongNegative, p};
        break;
    }
    return std::nullopt;
}

double hiddenPositiveShare(float p, const TagThreshold& t)
{
    if (t.positive <= 0) // every probability is at or above a zero threshold
        return p > 0 ? 1.0 : 0.0;
    return std::min(1.0, static_cast<double>(p) / t.positive);
}

void TopCandidates::offer(const LabelCandidate& candidate)
{
    if (k_ == 0)
        return;
    // rankedBefore as the heap's "less" keeps the worst kept candidate on top.
    if (heap_.size() < k_) {
        heap_.push_back(candidate);
        std::push_heap(heap_.begin(), heap_.end(), rankedBefore);
    } else if (candidate.score < floor_) {
        return; // equal scores go on to the full comparison (the lower row wins)
    } else if (rankedBefore(candidate, heap_.front())) {
        std::pop_heap(heap_.begin(), heap_.end(), rankedBefore);
        heap_.back() = candidate;
        std::push_heap(heap_.begin(), heap_.end(), rankedBefore);
    }
    if (heap_.size() == k_)
        floor_ = heap_.front().score;
}

void TopCandidates::merge(const TopCandidates& other)
{
    for (const LabelCandidate& candidate : other.heap_)
        offer(candidate);
}

std::vector<LabelCandidate> TopCandidates::sorted() const
{
    std::vector<LabelCandidate> out = heap_;
    std::sort(out.begin(), out.end(), rankedBefore);
    return out;
}

CandidateCollector::CandidateCollector(std::vector<TagThreshold> thresholds, std::size_t topK)
    : thresholds_(std::move(thresholds))
    , tags_(thresholds_.size())
    , weakestImages_(topK)
{
    for (TagCandidates& tag : tags_)
        tag.top.fill(TopCandidates(topK));
}

void CandidateCollector::addRow(std::uint32_t row, const float* p, const LabelState* states)
{
    for (std::size_t c = 0; c < tags_.size(); ++c) {
        TagCandidates& tag = tags_[c];
        if (states[c] == LabelState::Unknown)
            tag.hiddenPositives.add(hiddenPositiveShare(p[c], thresholds_[c]));
        const std::optional<Flag> flag = flagLabel(states[c], p[c], thresholds_[c]);
        if (!flag)
            continue;
        const auto kind = static_cast<std::size_t>(flag->kind);
        ++tag.counts[kind];
        tag.top[kind].offer({row, static_cast<std::uint32_t>(c), p[c], flag->score});
    }
    if (const std::optional<LabelCandidate> weakest = weakestLabel(row, p, states, tags_.size()))
        weakestImages_.offer(*weakest);
}

void CandidateCollector::merge(const CandidateCollector& other)
{
    weakestImages_.merge(other.weakestImages_);
    for (std::size_t c = 0; c < tags_.size(); ++c) {
        TagCandidates& tag = tags_[c];
        const TagCandidates& more = other.tags_[c];
        tag.hiddenPositives.add(more.hiddenPositives);
        for (std::size_t k = 0; k < kCandidateKinds; ++k) {
            tag.counts[k] += more.counts[k];
            tag.top[k].merge(more.top[k]);
        }
    }
}

std::vector<LabelCandidate> rankAcrossTags(std::vector<LabelCandidate> candidates, const std::vector<std::uint64_t>& positives, std::size_t k)
{
    const auto before = [&](const LabelCandidate& a, const LabelCandidate& b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (positives[a.column] != positives[b.column])
            return positives[a.column] < positives[b.column];
        if (a.column != b.column)
            return a.column < b.column;
        return a.row < b.row;
    };
    if (k && k < candidates.size()) {
        std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(k), candidates.end(), before);
        candidates.resize(k);
    } else {
        std::sort(candidates.begin(), candidates.end(), before);
    }
    return candidates;
}

namespace {

// The column of the lowest self-confidence among labelled entries (columns when none), and that confidence.
std::pair<std::size_t, double> lowestSelfConfidence(const float* p, const LabelState* states, std::size_t columns)
{
    std::size_t column = columns;
    double lowest = std::numeric_limits<double>::quiet_NaN();
    for (std::size_t c = 0; c < columns; ++c) {
        double confidence;
        if (states[c] == LabelState::Positive)
            confidence = p[c];
        else if (states[c] == LabelState::Negative)
            confidence = 1.0 - static_cast<double>(p[c]);
        else
            continue;
        if (std::isnan(lowest) || confidence < lowest) {
            lowest = confidence;
            column = c;
        }
    }
    return {column, lowest};
}

} // namespace

double imageLabelQuality(const float* p, const LabelState* states, std::size_t columns)
{
    return lowestSelfConfidence(p, states, columns).second;
}

std::optional<LabelCandidate> weakestLabel(std::uint32_t row, const float* p, const LabelState* states, std::size_t columns)
{
    const auto [column, confidence] = lowestSelfConfidence(p, states, columns);
    if (column == columns)
        return std::nullopt;
    return LabelCandidate{row, static_cast<std::uint32_t>(column), p[column], 1.0 - confidence};
}

} // namespace tagscope
