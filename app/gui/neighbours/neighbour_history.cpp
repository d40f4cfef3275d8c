#include "neighbour_history.h"

namespace tagscope::gui {

void NeighbourHistory::push(NeighbourQueryEntry entry)
{
    if (position_ >= 0) {
        const NeighbourQueryEntry& now = entries_[position_];
        if (now.image == entry.image && now.file == entry.file) {
            if (!entry.vector.empty())
                entries_[position_].vector = std::move(entry.vector);
            if (!entry.picture.isNull())
                entries_[position_].picture = entry.picture;
            return;
        }
    }
    entries_.resize(position_ + 1);
    entries_.push_back(std::move(entry));
    position_ = entries_.size() - 1;
}

bool NeighbourHistory::back()
{
    if (!canGoBack())
        return false;
    --position_;
    return true;
}

bool NeighbourHistory::forward()
{
    if (!canGoForward())
        return false;
    ++position_;
    return true;
}

void NeighbourHistory::clear()
{
    entries_.clear();
    position_ = -1;
}

} // namespace tagscope::gui
