#pragma once
// What the thumbnail grid shows: all images, the images with one tag in a label state, the images without a tag
// (verified negative or unknown), or the images positive for two tags at once (a cell of the co-occurrence map).
#include "dataset/dataset.h"

#include <QMetaType>
#include <QVector>

#include <functional>

namespace tagscope::gui {

struct ImageFilter {
    enum class Kind { All, Label, WithoutTag, BothTags };
    Kind kind = Kind::All;
    int tag = -1;
    int otherTag = -1;                       // BothTags only
    LabelState state = LabelState::Positive; // Label only

    static ImageFilter all() { return {}; }
    static ImageFilter label(int tag, LabelState state) { return {Kind::Label, tag, -1, state}; }
    static ImageFilter without(int tag) { return {Kind::WithoutTag, tag, -1, LabelState::Positive}; }
    static ImageFilter both(int tag, int otherTag) { return {Kind::BothTags, tag, otherTag, LabelState::Positive}; }

    bool operator==(const ImageFilter& other) const
    {
        return kind == other.kind && tag == other.tag && otherTag == other.otherTag && state == other.state;
    }
    bool operator!=(const ImageFilter& other) const { return !(*this == other); }
};

// The matching images, ascending. Returns early (with a partial list) once `stop` answers true; it is asked
// every few thousand images.
QVector<int> filterImages(const Dataset& dataset, const ImageFilter& filter, const std::function<bool()>& stop = {});

} // namespace tagscope::gui

Q_DECLARE_METATYPE(tagscope::gui::ImageFilter)
