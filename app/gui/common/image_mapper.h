#pragma once
// Maps image indices of one opening of a dataset to another opening of it: review decisions that leave images out
// (or take them back) renumber the images after them, so a list computed on one opening names other images in the
// next. Same images: indices pass through unchanged; else each is found again by its name.
#include "common/loaded_dataset.h"
#include "dataset/image_lookup.h"

#include <QVector>

#include <optional>

namespace tagscope::gui {

class ImageMapper {
public:
    ImageMapper(const LoadedDataset& from, const LoadedDataset& to);
    bool sameImages() const { return same_; }
    int map(int image) const; // -1: not in `to` (left out there)
    // In the same order: leaving images out or taking them back moves the others without reordering them.
    QVector<int> map(const QVector<int>& images) const;

private:
    const Dataset& from_;
    bool same_;
    std::optional<ImageLookup> lookup_;
};

// One image of `from` in `to` (-1 when `to` leaves it out); either null: the index unchanged.
int sameImageIn(const LoadedDataset* from, int image, const LoadedDataset* to);

} // namespace tagscope::gui
