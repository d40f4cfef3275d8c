#include "quality/folds.h"

#include <algorithm>
#include <limits>
#include <map>
#include <random>
#include <stdexcept>

namespace tagscope {

std::vector<int> assignFolds(const Dataset& dataset, const std::vector<std::uint32_t>& images, int folds, std::uint64_t seed)
{
    if (folds < 2)
        throw std::invalid_argument("folds: a cross-validation needs at least 2 folds");
    if (images.size() < static_cast<std::size_t>(folds))
        throw std::invalid_argument("folds: " + std::to_string(images.size()) + " images cannot make " + std::to_string(folds) + " folds");
    std::vector<std::uint64_t> positives(dataset.tagCount(), 0);
    for (std::uint32_t image : images) {
        const LabelView labels = dataset.labels(image);
        for (std::size_t i = 0; i < labels.count; ++i)
            positives[labels.tags[i]] += label_flags::state(labels.flags[i]) == LabelState::Positive;
    }
    // Stratum key: (positives of the rarest positive tag, tag), or "none" last.
    constexpr std::uint64_t kNone = std::numeric_limits<std::uint64_t>::max();
    std::map<std::pair<std::uint64_t, std::uint32_t>, std::vector<std::size_t>> strata;
    for (std::size_t i = 0; i < images.size(); ++i) {
        std::pair<std::uint64_t, std::uint32_t> key{kNone, 0};
        const LabelView labels = dataset.labels(images[i]);
        for (std::size_t l = 0; l < labels.count; ++l)
            if (label_flags::state(labels.flags[l]) == LabelState::Positive)
                key = std::min(key, std::make_pair(positives[labels.tags[l]], labels.tags[l]));
        strata[key].push_back(i);
    }
    // mt19937_64 and a hand-written shuffle: std::shuffle's algorithm differs between standard libraries.
    std::mt19937_64 random(seed ^ 0x6F6C647346ull);
    std::vector<int> fold(images.size(), 0);
    int turn = 0;
    for (auto& [key, members] : strata) {
        for (std::size_t i = members.size(); i > 1; --i)
            std::swap(members[i - 1], members[random() % i]);
        for (std::size_t member : members) {
            fold[member] = turn;
            turn = (turn + 1) % folds;
        }
    }
    return fold;
}

} // namespace tagscope
