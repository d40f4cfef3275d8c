#pragma once
// What the thumbnail grid shows: all images, the images with one tag in a label state, the images without a tag
// (verified negative or unknown), the images positive for two tags at once (a cell of the co-occurrence map), or
// the images matching a typed filter expression (see engine/dataset/filter_expression.h), or a given set of images
// (a selection on the embedding map). All of them are answered from the tag index, so a filter over millions of
// images takes milliseconds.
#include "common/loaded_dataset.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace tagscope::gui {

struct ImageFilter {
    enum class Kind { All, Label, WithoutTag, BothTags, Expression, ImageSet };
    Kind kind = Kind::All;
    int tag = -1;
    int otherTag = -1;                       // BothTags only
    LabelState state = LabelState::Positive; // Label only
    QString expression;                      // Expression only; ImageSet: what the set is, for the filter bar
    std::shared_ptr<const QVector<int>> images; // ImageSet only: ascending image indices

    static ImageFilter all() { return {}; }
    static ImageFilter label(int tag, LabelState state) { return {Kind::Label, tag, -1, state, {}, {}}; }
    static ImageFilter without(int tag) { return {Kind::WithoutTag, tag, -1, LabelState::Positive, {}, {}}; }
    static ImageFilter both(int tag, int otherTag) { return {Kind::BothTags, tag, otherTag, LabelState::Positive, {}, {}}; }
    static ImageFilter matching(const QString& expression)
    {
        return {Kind::Expression, -1, -1, LabelState::Positive, expression.trimmed(), {}};
    }
    // Sorted and deduplicated here; `description` names where the set came from.
    static ImageFilter imageSet(QVector<int> images, const QString& description);

    bool operator==(const ImageFilter& other) const
    {
        return kind == other.kind && tag == other.tag && otherTag == other.otherTag && state == other.state
            && expression == other.expression && images == other.images;
    }
    bool operator!=(const ImageFilter& other) const { return !(*this == other); }
};

struct ImageFilterResult {
    QVector<int> images; // ascending
    QString error;       // a malformed or unknown expression: the message, with a caret under the column
    QStringList suggestions; // an unknown tag name: the closest tag names, best first
    QStringList corrections; // the expression with the unknown name replaced by each suggestion
};

ImageFilterResult filterImages(const LoadedDataset& data, const ImageFilter& filter);
// Compiles a typed expression against the dataset without evaluating it (quick: it reads only the tag names):
// no error when it is valid.
ImageFilterResult checkExpression(const LoadedDataset& data, const QString& expression);

} // namespace tagscope::gui

Q_DECLARE_METATYPE(tagscope::gui::ImageFilter)
