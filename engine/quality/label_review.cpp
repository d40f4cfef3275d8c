#include "quality/label_review.h"

#include "dataset/statistics.h"
#include "embedding/worker_pool.h"

namespace tagscope {

std::vector<std::uint64_t> LabelReview::positives() const
{
    std::vector<std::uint64_t> out;
    for (const TagReview& tag : tags)
        out.push_back(tag.sums.positives);
    return out;
}

std::vector<TagBand> columnBands(const ScoreFile& scores, const Dataset& dataset, const BandRule& bandRule)
{
    const DatasetStatistics stats = computeStatistics(dataset, bandRule);
    std::vector<TagBand> bands;
    for (std::uint32_t tag : scores.columnTags())
        bands.push_back(stats.bands[tag]);
    return bands;
}

namespace {

// Calls visit(worker, row, p, states) for every score row, a block at a time, the rows of a block shared among
// the pool's threads. False when cancelled.
template <typename Visit>
bool forEachScoreRow(const ScoreFile& scores, WorkerPool& pool, const std::string& phase, const ProgressCallback& progress,
                     const CancelToken* cancel, Visit visit)
{
    const std::size_t rows = scores.rows(), columns = scores.columns(), block = scores.blockRows();
    std::vector<float> values;
    std::vector<std::vector<LabelState>> states(static_cast<std::size_t>(pool.size()));
    for (std::size_t first = 0; first < rows; first += block) {
        if (isCancelled(cancel))
            return false;
        const std::size_t count = std::min(block, rows - first);
        scores.read(first, count, values);
        pool.parallelFor(count, [&](std::size_t begin, std::size_t end, int worker) {
            std::vector<LabelState>& own = states[static_cast<std::size_t>(worker)];
            for (std::size_t r = begin; r < end; ++r) {
                scores.labelStates(first + r, own);
                visit(worker, static_cast<std::uint32_t>(first + r), values.data() + r * columns, own.data());
            }
        }, 64);
        reportProgress(progress, first + count, rows, phase);
    }
    return true;
}

} // namespace

std::optional<std::vector<TagReview>> scoreThresholds(const ScoreFile& scores, const std::vector<TagBand>& bands,
                                                      const ProgressCallback& progress, const CancelToken* cancel)
{
    const std::size_t columns = scores.columns();
    WorkerPool pool;
    std::vector<std::vector<TagLabelSums>> perWorker(static_cast<std::size_t>(pool.size()), std::vector<TagLabelSums>(columns));
    const bool done = forEachScoreRow(scores, pool, "Thresholds", progress, cancel, [&](int worker, std::uint32_t, const float* p, const LabelState* states) {
        std::vector<TagLabelSums>& sums = perWorker[static_cast<std::size_t>(worker)];
        for (std::size_t c = 0; c < columns; ++c)
            sums[c].add(states[c], p[c]);
    });
    if (!done)
        return std::nullopt;
    std::vector<TagLabelSums> sums(columns);
    for (const std::vector<TagLabelSums>& part : perWorker)
        for (std::size_t c = 0; c < columns; ++c)
            sums[c].add(part[c]);
    const std::vector<TagThreshold> thresholds = tagThresholds(sums, bands);
    std::vector<TagReview> tags(columns);
    for (std::size_t c = 0; c < columns; ++c) {
        tags[c].sums = sums[c];
        tags[c].threshold = thresholds[c];
        tags[c].band = bands[c];
    }
    return tags;
}

std::optional<LabelReview> reviewLabels(const ScoreFile& scores, const Dataset& dataset, const BandRule& bandRule, std::size_t topK,
                                        const ProgressCallback& progress, const CancelToken* cancel)
{
    std::optional<std::vector<TagReview>> tags = scoreThresholds(scores, columnBands(scores, dataset, bandRule), progress, cancel);
    if (!tags)
        return std::nullopt;
    std::vector<TagThreshold> thresholds;
    for (const TagReview& tag : *tags)
        thresholds.push_back(tag.threshold);
    // A collector per thread (its heaps fill only as far as candidates come), merged at the end: the best K of
    // the union are the best K overall, and the counts and sums are exact.
    WorkerPool pool;
    std::vector<CandidateCollector> collectors(static_cast<std::size_t>(pool.size()), CandidateCollector(std::move(thresholds), topK));
    const bool done = forEachScoreRow(scores, pool, "Candidates", progress, cancel, [&](int worker, std::uint32_t row, const float* p, const LabelState* states) {
        collectors[static_cast<std::size_t>(worker)].addRow(row, p, states);
    });
    if (!done)
        return std::nullopt;
    CandidateCollector& collector = collectors.front();
    for (std::size_t w = 1; w < collectors.size(); ++w)
        collector.merge(collectors[w]);
    LabelReview review;
    review.tags = std::move(*tags);
    review.weakestImages = collector.weakestImages().sorted();
    for (std::size_t c = 0; c < review.tags.size(); ++c) {
        const TagCandidates& found = collector.tag(c);
        review.tags[c].counts = found.counts;
        review.tags[c].hiddenPositives = found.hiddenPositives.value();
        for (std::size_t k = 0; k < kCandidateKinds; ++k)
            review.tags[c].top[k] = found.top[k].sorted();
    }
    return review;
}

} // namespace tagscope
