#include "image_filter.h"

#include "dataset/filter_evaluator.h"

#include <algorithm>
#include <numeric>

namespace tagscope::gui {

namespace {

FilterNode tagTerm(int tag, TagCondition condition)
{
    FilterNode node;
    node.kind = FilterNode::Kind::Tag;
    node.tag = static_cast<std::uint32_t>(tag);
    node.condition = condition;
    return node;
}

FilterNode combine(FilterNode::Kind kind, std::vector<FilterNode> children)
{
    FilterNode node;
    node.kind = kind;
    node.children = std::move(children);
    return node;
}

TagCondition conditionFor(LabelState state)
{
    switch (state) {
    case LabelState::Positive: return TagCondition::Positive;
    case LabelState::Negative: return TagCondition::Negative;
    case LabelState::Unknown: return TagCondition::Unknown;
    }
    return TagCondition::Positive;
}

// The compiler's error with its caret line; the suggestions go apart, for the filter bar to offer.
void describeError(const FilterError& error, const std::string& text, ImageFilterResult& result)
{
    FilterError withoutSuggestions = error;
    withoutSuggestions.suggestions.clear();
    result.error = QString::fromStdString(formatFilterError(withoutSuggestions, text));
    for (const std::string& name : error.suggestions) {
        result.suggestions << QString::fromStdString(name);
        result.corrections << QString::fromStdString(replaceFilterTerm(text, error.column, name));
    }
}

} // namespace

ImageFilter ImageFilter::imageSet(QVector<int> images, const QString& description)
{
    std::sort(images.begin(), images.end());
    images.erase(std::unique(images.begin(), images.end()), images.end());
    ImageFilter filter;
    filter.kind = Kind::ImageSet;
    filter.expression = description;
    filter.images = std::make_shared<const QVector<int>>(std::move(images));
    return filter;
}

ImageFilterResult filterImages(const LoadedDataset& data, const ImageFilter& filter)
{
    ImageFilterResult result;
    FilterNode root;
    switch (filter.kind) {
    case ImageFilter::Kind::All:
        result.images.resize(static_cast<int>(data.dataset.imageCount()));
        std::iota(result.images.begin(), result.images.end(), 0);
        return result;
    case ImageFilter::Kind::ImageSet:
        if (filter.images)
            for (int image : *filter.images)
                if (image >= 0 && static_cast<std::size_t>(image) < data.dataset.imageCount())
                    result.images.push_back(image);
        return result;
    case ImageFilter::Kind::Label: root = tagTerm(filter.tag, conditionFor(filter.state)); break;
    case ImageFilter::Kind::WithoutTag:
        root = combine(FilterNode::Kind::Not, {tagTerm(filter.tag, TagCondition::Positive)});
        break;
    case ImageFilter::Kind::BothTags:
        root = combine(FilterNode::Kind::And, {tagTerm(filter.tag, TagCondition::Positive),
                                               tagTerm(filter.otherTag, TagCondition::Positive)});
        break;
    case ImageFilter::Kind::Expression: {
        const std::string text = filter.expression.toStdString();
        FilterError error;
        std::optional<FilterNode> compiled = compileFilter(text, data.dataset, error);
        if (!compiled) {
            describeError(error, text, result);
            return result;
        }
        root = std::move(*compiled);
        break;
    }
    }
    const std::vector<std::uint32_t> ids = evaluateFilter(root, data.index, data.dataset, &data.correctedLabels());
    result.images = QVector<int>(ids.begin(), ids.end());
    return result;
}

ImageFilterResult checkExpression(const LoadedDataset& data, const QString& expression)
{
    ImageFilterResult result;
    const std::string text = expression.trimmed().toStdString();
    FilterError error;
    if (!compileFilter(text, data.dataset, error))
        describeError(error, text, result);
    return result;
}

} // namespace tagscope::gui
