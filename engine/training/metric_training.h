#pragma once
// What the trainer does differently for a metric-learning loss: which class each image has, the loss of a batch
// from its embeddings, and Recall@K / MAP@R over the validation split.
#include "common/progress.h"
#include "dataset/dataset.h"
#include "losses/metric/metric_loss.h"
#include "models/tagging_model.h"
#include "training/batch_source.h"
#include "training/retrieval_metrics.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tagscope {

// The class of each dataset image for class-based losses (engine/losses/README.md): its one positive tag among the
// training `columns`, restricted to `classTags` (label or display names; empty: all columns); -1 when it has
// none or several. A class id is a column index. Throws std::invalid_argument naming a class tag that is not
// among the training columns.
std::vector<std::int32_t> imageClasses(const Dataset& dataset, const std::vector<std::uint32_t>& columns,
                                       const std::vector<std::string>& classTags);

// Class ids (long, B; -1 without a class) of a batch's rows.
torch::Tensor batchClassIds(const Batch& batch, const std::vector<std::int32_t>& imageClasses);

// The loss of a training batch (images already on the device): class-based losses see the rows that have a
// class, with their class ids; pair losses see every row with its multilabel targets. Undefined when fewer than
// two rows take part.
torch::Tensor metricBatchLoss(MetricLoss& loss, TaggingModel& model, const torch::Tensor& images, const Batch& batch,
                              const std::vector<std::int32_t>& imageClasses);

// Embeds a whole split (eval mode, no gradient) and scores retrieval: relevance is the same class when
// `imageClasses` is given, else a shared positive tag.
RetrievalMetrics evaluateEmbeddings(TaggingModel& model, BatchSource& source, const torch::Device& device,
                                    const std::vector<std::int32_t>& imageClasses, const CancelToken* cancel);

} // namespace tagscope
