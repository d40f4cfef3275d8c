#include "training/metric_training.h"

#include "training/target_rows.h"

#include <torch/torch.h>

#include <stdexcept>

namespace tagscope {

std::vector<std::int32_t> imageClasses(const Dataset& dataset, const std::vector<std::uint32_t>& columns,
                                       const std::vector<std::string>& classTags)
{
    std::vector<bool> isClass(columns.size(), classTags.empty());
    for (const std::string& name : classTags) {
        bool found = false;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const Tag& tag = dataset.tag(columns[c]);
            if (tag.labelName == name || tag.displayName == name) {
                isClass[c] = true;
                found = true;
            }
        }
        if (!found)
            throw std::invalid_argument("class_tags: '" + name + "' is not among the training tags (too few positives, or not trainable?)");
    }
    const TargetRows rows(dataset, columns);
    std::vector<std::int32_t> classes(dataset.imageCount(), -1);
    std::vector<std::uint32_t> positives;
    for (std::uint32_t image = 0; image < dataset.imageCount(); ++image) {
        positives.clear();
        rows.positives(image, positives);
        std::int32_t found = -1;
        int count = 0;
        for (std::uint32_t column : positives)
            if (isClass[column]) {
                found = static_cast<std::int32_t>(column);
                ++count;
            }
        if (count == 1)
            classes[image] = found;
    }
    return classes;
}

torch::Tensor batchClassIds(const Batch& batch, const std::vector<std::int32_t>& imageClasses)
{
    std::vector<std::int64_t> ids;
    ids.reserve(batch.imageIndices.size());
    for (std::uint32_t image : batch.imageIndices)
        ids.push_back(image < imageClasses.size() ? imageClasses[image] : -1);
    return torch::tensor(ids, torch::kLong);
}

torch::Tensor metricBatchLoss(MetricLoss& loss, TaggingModel& model, const torch::Tensor& images, const Batch& batch,
                              const std::vector<std::int32_t>& imageClasses)
{
    if (!loss.classBased()) {
        if (images.size(0) < 2)
            return {};
        return loss.compute(model->embed(images).to(torch::kFloat), batch.targets.to(images.device()));
    }
    const torch::Tensor ids = batchClassIds(batch, imageClasses);
    const torch::Tensor keep = ids.ge(0).nonzero().squeeze(1);
    if (keep.numel() < 2)
        return {};
    const bool all = keep.numel() == ids.numel();
    const torch::Tensor used = all ? images : images.index_select(0, keep.to(images.device()));
    const torch::Tensor labels = (all ? ids : ids.index_select(0, keep)).to(images.device());
    return loss.compute(model->embed(used).to(torch::kFloat), labels);
}

RetrievalMetrics evaluateEmbeddings(TaggingModel& model, BatchSource& source, const torch::Device& device,
                                    const std::vector<std::int32_t>& imageClasses, const CancelToken* cancel)
{
    torch::NoGradGuard noGrad;
    model->eval();
    source.startEpoch(0);
    std::vector<torch::Tensor> embeddings, labels;
    Batch batch;
    while (source.next(batch, cancel)) {
        embeddings.push_back(model->embed(batch.images.to(device)).to(torch::kFloat));
        labels.push_back(imageClasses.empty() ? batch.targets : batchClassIds(batch, imageClasses));
    }
    model->train();
    if (embeddings.empty() || isCancelled(cancel))
        return {};
    const torch::Tensor all = torch::cat(embeddings);
    const torch::Tensor allLabels = torch::cat(labels).to(device);
    return imageClasses.empty() ? evaluateRetrievalMultilabel(all, allLabels, {}, cancel) : evaluateRetrieval(all, allLabels, {}, cancel);
}

} // namespace tagscope
