#pragma once
// Random datasets for checking the tag index and filters against a brute-force scan: random label states,
// machine confidences (some on unknown labels, some on human ones), splits, images without labels, and
// either 16-hex ImageIDs or relative paths as image names.
#include "dataset/dataset.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <string>

struct RandomDatasetShape {
    std::size_t images = 500;
    std::uint32_t tags = 12;
    double labelsPerImage = 3.0;
    bool machineLabels = true; // false: no confidence array at all
    bool imagePaths = false;   // relative paths instead of ImageIDs
};

// Tag t is "/m/t<t>" with display name "Tag <t>" (odd t) or "tag<t>" (even t): some need quotes, some not.
inline tagscope::Dataset randomDataset(std::uint64_t seed, const RandomDatasetShape& shape)
{
    using namespace tagscope;
    std::mt19937_64 random(seed);
    DatasetContents c;
    c.format = "random";
    for (std::uint32_t t = 0; t < shape.tags; ++t)
        c.tags.push_back({"/m/t" + std::to_string(t), (t % 2 ? "Tag " : "tag") + std::to_string(t)});
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::uint64_t nextId = random() % 1000;
    const char* folders[] = {"Dogs", "cats", "misc/Photos"};
    c.labelOffsets.push_back(0);
    for (std::size_t image = 0; image < shape.images; ++image) {
        if (shape.imagePaths)
            c.imagePaths.add(std::string(folders[random() % 3]) + "/IMG_" + std::to_string(random() % 100000) + ".jpg");
        else
            c.imageIds.push_back(nextId += 1 + random() % 0x10000000000ull);
        c.imageSplits.push_back(static_cast<std::uint8_t>(random() % 4));
        // Some images carry many labels, most a few, some none.
        const double mean = unit(random) < 0.1 ? shape.labelsPerImage * 4 : shape.labelsPerImage;
        std::vector<std::uint32_t> tags;
        for (std::uint32_t t = 0; t < shape.tags; ++t)
            if (unit(random) < mean / shape.tags)
                tags.push_back(t);
        for (std::uint32_t t : tags) {
            const double r = unit(random);
            std::uint8_t flags = r < 0.45 ? std::uint8_t(LabelState::Positive) : r < 0.85 ? std::uint8_t(LabelState::Negative) : 0;
            float confidence = flags == std::uint8_t(LabelState::Positive) ? 1.0f : 0.0f;
            if (shape.machineLabels && (flags == 0 || unit(random) < 0.2)) {
                flags |= label_flags::kHasMachineConfidence;
                confidence = static_cast<float>(std::round(unit(random) * 20) / 20); // ties with thresholds happen
            }
            c.labelTags.push_back(t);
            c.labelFlags.push_back(flags);
            if (shape.machineLabels)
                c.labelConfidence.push_back(confidence);
        }
        c.labelOffsets.push_back(c.labelTags.size());
    }
    return Dataset(std::move(c));
}
