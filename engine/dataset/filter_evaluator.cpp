#include "dataset/filter_evaluator.h"

#include "dataset/image_name_match.h"

#include <algorithm>

namespace tagscope {

namespace {

bool scansImageNames(const FilterNode& node)
{
    if (node.kind == FilterNode::Kind::ImageName)
        return true;
    return std::any_of(node.children.begin(), node.children.end(), scansImageNames);
}

class Evaluator {
public:
    Evaluator(const TagIndex& index, const Dataset& dataset, const CorrectedLabels* corrected)
        : index_(index), dataset_(dataset), corrected_(corrected), universe_(index.imageCount())
    {
    }

    // The result restricted to `within` is exact; outside it the result may hold extra images, which the
    // caller's intersection removes. Only name scans use it, to look at fewer images.
    ImageSet evaluate(const FilterNode& node, const ImageSet* within)
    {
        switch (node.kind) {
        case FilterNode::Kind::Tag: return tagTerm(node);
        case FilterNode::Kind::Split:
            return ImageSet::borrowBits(index_.splitBits(node.split), index_.splitImageCount(node.split), universe_);
        case FilterNode::Kind::ImageName: return nameTerm(node, within);
        case FilterNode::Kind::Corrected: return correctedTerm(node);
        case FilterNode::Kind::Not: return evaluate(node.children.front(), within).complemented();
        case FilterNode::Kind::Or: {
            ImageSet result;
            for (std::size_t i = 0; i < node.children.size(); ++i) {
                ImageSet child = evaluate(node.children[i], within);
                result = i == 0 ? std::move(child) : uniteSets(std::move(result), std::move(child));
            }
            return result;
        }
        case FilterNode::Kind::And: return conjunction(node, within);
        }
        return ImageSet::everything(universe_);
    }

private:
    ImageSet tagTerm(const FilterNode& node)
    {
        switch (node.condition) {
        case TagCondition::Positive: return stateTerm(node.tag, LabelState::Positive);
        case TagCondition::Negative: return stateTerm(node.tag, LabelState::Negative);
        case TagCondition::Unknown: return stateTerm(node.tag, LabelState::Unknown);
        case TagCondition::Machine: return ImageSet::ownIds(index_.machineAtLeast(node.tag, node.machineThreshold), universe_);
        }
        return ImageSet::ownIds({}, universe_);
    }

    // The images whose Dataset::labelState for the tag is `state`: the index lists the annotated positives and
    // negatives; every other image has the dataset's unannotated state (on exhaustive labels, "negative" is
    // then everything but the positives and "unknown" is nothing).
    ImageSet stateTerm(std::uint32_t tag, LabelState state)
    {
        ImageSet annotated = state == LabelState::Positive   ? ImageSet::borrowIds(index_.positives(tag), universe_)
                             : state == LabelState::Negative ? ImageSet::borrowIds(index_.negatives(tag), universe_)
                                                             : ImageSet::ownIds({}, universe_); // never stored
        if (state != dataset_.unannotatedState())
            return annotated;
        ImageSet unannotated = uniteSets(ImageSet::borrowIds(index_.positives(tag), universe_),
                                         ImageSet::borrowIds(index_.negatives(tag), universe_))
                                   .complemented();
        if (state == LabelState::Unknown)
            return unannotated;
        return uniteSets(std::move(annotated), std::move(unannotated));
    }

    ImageSet nameTerm(const FilterNode& node, const ImageSet* within)
    {
        if (within && !within->isComplement() && !within->isDense())
            return ImageSet::ownIds(imagesWithNameContaining(dataset_, node.text, within->storedIds()), universe_);
        return ImageSet::ownIds(imagesWithNameContaining(dataset_, node.text), universe_);
    }

    ImageSet correctedTerm(const FilterNode& node)
    {
        if (!corrected_)
            return ImageSet::ownIds({}, universe_);
        return ImageSet::ownIds(node.text.empty() ? imagesWithCorrectedLabels(*corrected_) : imagesWithCorrectedLabel(*corrected_, node.tag),
                                universe_);
    }

    // Index-backed operands first, smallest first and complements last, so that every step shrinks a small
    // list; then the name scans, over what is left.
    ImageSet conjunction(const FilterNode& node, const ImageSet* within)
    {
        std::vector<ImageSet> operands;
        std::vector<const FilterNode*> scans;
        for (const FilterNode& child : node.children) {
            if (scansImageNames(child))
                scans.push_back(&child);
            else
                operands.push_back(evaluate(child, nullptr));
        }
        std::stable_sort(operands.begin(), operands.end(), [](const ImageSet& a, const ImageSet& b) {
            if (a.isComplement() != b.isComplement())
                return !a.isComplement();
            return a.isComplement() ? a.storedCount() > b.storedCount() : a.storedCount() < b.storedCount();
        });
        ImageSet result = ImageSet::everything(universe_);
        for (ImageSet& operand : operands) {
            result = intersectSets(std::move(result), std::move(operand));
            if (result.count() == 0)
                return result;
        }
        for (const FilterNode* scan : scans) {
            // While nothing has narrowed the result yet, the caller's restriction is the better one.
            const bool narrowed = !(result.isComplement() && result.storedCount() == 0);
            const ImageSet* restriction = narrowed || !within ? &result : within;
            ImageSet matched = evaluate(*scan, restriction);
            result = intersectSets(std::move(result), std::move(matched));
            if (result.count() == 0)
                break;
        }
        return result;
    }

    const TagIndex& index_;
    const Dataset& dataset_;
    const CorrectedLabels* corrected_;
    std::size_t universe_;
};

} // namespace

ImageSet evaluateFilterSet(const FilterNode& root, const TagIndex& index, const Dataset& dataset, const CorrectedLabels* corrected)
{
    return Evaluator(index, dataset, corrected).evaluate(root, nullptr);
}

std::vector<std::uint32_t> evaluateFilter(const FilterNode& root, const TagIndex& index, const Dataset& dataset,
                                          const CorrectedLabels* corrected)
{
    return evaluateFilterSet(root, index, dataset, corrected).toIds();
}

std::uint64_t countFilter(const FilterNode& root, const TagIndex& index, const Dataset& dataset, const CorrectedLabels* corrected)
{
    return evaluateFilterSet(root, index, dataset, corrected).count();
}

} // namespace tagscope
