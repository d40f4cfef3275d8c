#include "quality/split_leaks.h"

namespace tagscope {

bool isSplitLeak(const Dataset& dataset, std::uint32_t imageA, std::uint32_t imageB)
{
    const Split a = dataset.imageSplit(imageA), b = dataset.imageSplit(imageB);
    return a != b && a != Split::Unassigned && b != Split::Unassigned;
}

} // namespace tagscope
