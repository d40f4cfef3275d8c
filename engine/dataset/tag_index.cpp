#include "dataset/tag_index.h"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <thread>

namespace tagscope {

namespace {

// Which list a label goes to; a label can be in a state list and in the machine list.
enum Kind { kPositive = 0, kNegative = 1, kMachine = 2, kKinds = 3 };

// Image ranges of about equal label counts, one per thread. Bounds are multiples of 64 so that threads
// filling the split bitsets never share a word.
std::vector<std::size_t> partitionImages(const DatasetContents& c, std::size_t images, std::size_t parts)
{
    std::vector<std::size_t> bounds(parts + 1, images);
    bounds[0] = 0;
    const std::uint64_t labels = c.labelOffsets.empty() ? 0 : c.labelOffsets.back();
    for (std::size_t p = 1; p < parts; ++p) {
        const std::uint64_t target = labels * p / parts;
        auto it = std::lower_bound(c.labelOffsets.begin(), c.labelOffsets.begin() + static_cast<std::ptrdiff_t>(images), target);
        std::size_t image = static_cast<std::size_t>(it - c.labelOffsets.begin()) / 64 * 64;
        bounds[p] = std::clamp(image, bounds[p - 1], images);
    }
    return bounds;
}

template <typename Work>
void runParts(std::size_t parts, Work work)
{
    std::vector<std::thread> workers;
    for (std::size_t p = 1; p < parts; ++p)
        workers.emplace_back(work, p);
    work(std::size_t{0});
    for (auto& worker : workers)
        worker.join();
}

} // namespace

TagIndex::TagIndex(const Dataset& dataset, const TagIndexOptions& options)
    : imageCount_(dataset.imageCount()), exhaustiveLabels_(dataset.unannotatedState() == LabelState::Negative)
{
    if (imageCount_ >= std::numeric_limits<std::uint32_t>::max())
        throw std::invalid_argument("tag index: the dataset has too many images for 32-bit ids");
    // By default, threads only where they pay off: one per 200k labels, at most one per core.
    const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t threads = options.threads > 0 ? static_cast<std::size_t>(options.threads)
                                                    : std::min<std::size_t>(dataset.labelCount() / 200000 + 1, cores);
    buildLists(dataset, threads);
    buildSplits(dataset, threads);
}

// Counting sort by tag in two passes over the CSR arrays: count per thread and tag, turn the counts into
// write cursors (thread 0's images first, so every list comes out sorted), then scatter.
void TagIndex::buildLists(const Dataset& dataset, std::size_t threads)
{
    const DatasetContents& c = dataset.contents();
    const std::size_t tags = dataset.tagCount();
    const bool hasConfidence = dataset.hasMachineConfidence();
    if (c.labelOffsets.empty()) { // a default-constructed Dataset has no label arrays at all
        for (Lists* list : {&positive_, &negative_, &machine_})
            list->offsets.assign(tags + 1, 0);
        return;
    }
    const std::vector<std::size_t> bounds = partitionImages(c, imageCount_, threads);
    std::vector<std::vector<std::uint64_t>> cursors(threads);

    runParts(threads, [&](std::size_t part) {
        std::vector<std::uint64_t>& counts = cursors[part];
        counts.assign(tags * kKinds, 0);
        const std::uint64_t first = c.labelOffsets[bounds[part]];
        const std::uint64_t last = c.labelOffsets[bounds[part + 1]];
        for (std::uint64_t i = first; i < last; ++i) {
            const std::uint8_t flags = c.labelFlags[i];
            std::uint64_t* row = counts.data() + std::size_t{c.labelTags[i]} * kKinds;
            const LabelState state = label_flags::state(flags);
            row[kPositive] += state == LabelState::Positive;
            row[kNegative] += state == LabelState::Negative;
            row[kMachine] += (flags & label_flags::kHasMachineConfidence) != 0;
        }
    });

    Lists* lists[kKinds] = {&positive_, &negative_, &machine_};
    std::uint64_t running[kKinds] = {0, 0, 0};
    for (Lists* list : lists)
        list->offsets.assign(tags + 1, 0);
    for (std::size_t t = 0; t < tags; ++t)
        for (int kind = 0; kind < kKinds; ++kind) {
            lists[kind]->offsets[t] = running[kind];
            for (std::size_t part = 0; part < threads; ++part) {
                std::uint64_t& slot = cursors[part][t * kKinds + kind];
                const std::uint64_t count = slot;
                slot = running[kind];
                running[kind] += count;
            }
        }
    for (int kind = 0; kind < kKinds; ++kind) {
        lists[kind]->offsets[tags] = running[kind];
        lists[kind]->ids.resize(running[kind]);
    }
    machineConfidence_.resize(hasConfidence ? running[kMachine] : 0);

    runParts(threads, [&](std::size_t part) {
        std::uint64_t* cursor = cursors[part].data();
        std::uint32_t* out[kKinds] = {positive_.ids.data(), negative_.ids.data(), machine_.ids.data()};
        float* confidenceOut = machineConfidence_.data();
        for (std::size_t image = bounds[part]; image < bounds[part + 1]; ++image) {
            const auto id = static_cast<std::uint32_t>(image);
            for (std::uint64_t i = c.labelOffsets[image]; i < c.labelOffsets[image + 1]; ++i) {
                const std::uint8_t flags = c.labelFlags[i];
                std::uint64_t* row = cursor + std::size_t{c.labelTags[i]} * kKinds;
                const LabelState state = label_flags::state(flags);
                if (state == LabelState::Positive)
                    out[kPositive][row[kPositive]++] = id;
                else if (state == LabelState::Negative)
                    out[kNegative][row[kNegative]++] = id;
                if (flags & label_flags::kHasMachineConfidence) {
                    if (hasConfidence)
                        confidenceOut[row[kMachine]] = c.labelConfidence[i];
                    out[kMachine][row[kMachine]++] = id;
                }
            }
        }
    });
}

void TagIndex::buildSplits(const Dataset& dataset, std::size_t threads)
{
    const DatasetContents& c = dataset.contents();
    const std::size_t words = (imageCount_ + 63) / 64;
    for (auto& bits : splitBits_)
        bits.assign(words, 0);
    std::vector<std::array<std::size_t, kSplitCount>> counts(threads);
    runParts(threads, [&](std::size_t part) {
        std::array<std::size_t, kSplitCount>& count = counts[part];
        count.fill(0);
        const std::size_t firstWord = words * part / threads;
        const std::size_t lastWord = words * (part + 1) / threads;
        for (std::size_t image = firstWord * 64; image < std::min(lastWord * 64, imageCount_); ++image) {
            const std::uint8_t split = c.imageSplits[image] & 3;
            splitBits_[split][image / 64] |= std::uint64_t{1} << (image % 64);
            ++count[split];
        }
    });
    splitCounts_.fill(0);
    for (const auto& count : counts)
        for (int s = 0; s < kSplitCount; ++s)
            splitCounts_[s] += count[s];
}

std::vector<std::uint32_t> TagIndex::machineAtLeast(std::uint32_t tag, float threshold) const
{
    const ImageIdSpan images = machineLabelled(tag);
    std::vector<std::uint32_t> out;
    if (machineConfidence_.empty()) // machine flags without confidences: nothing can reach a threshold
        return out;
    const float* confidence = machineConfidences(tag);
    for (std::size_t i = 0; i < images.size; ++i)
        if (confidence[i] >= threshold)
            out.push_back(images[i]);
    return out;
}

std::vector<std::uint32_t> TagIndex::unknowns(std::uint32_t tag) const
{
    const ImageIdSpan pos = positives(tag);
    const ImageIdSpan neg = negatives(tag);
    std::vector<std::uint32_t> out;
    if (exhaustiveLabels_)
        return out;
    out.reserve(imageCount_ - pos.size - neg.size);
    std::size_t p = 0, n = 0;
    for (std::uint32_t image = 0; image < imageCount_; ++image) {
        if (p < pos.size && pos[p] == image) {
            ++p;
            continue;
        }
        if (n < neg.size && neg[n] == image) {
            ++n;
            continue;
        }
        out.push_back(image);
    }
    return out;
}

std::size_t TagIndex::memoryBytes() const
{
    std::size_t bytes = machineConfidence_.size() * sizeof(float);
    for (const Lists* list : {&positive_, &negative_, &machine_})
        bytes += list->offsets.size() * sizeof(std::uint64_t) + list->ids.size() * sizeof(std::uint32_t);
    for (const auto& bits : splitBits_)
        bytes += bits.size() * sizeof(std::uint64_t);
    return bytes;
}

} // namespace tagscope
