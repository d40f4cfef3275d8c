#pragma once
// TorchScript export of a trained model: images (B x 3 x S x S, normalised) in, logits out (or, for a
// metric-learning run, embeddings). The module is traced, so `torch.jit.load("model.pt")` in Python runs it
// without Tagscope.
#include "models/tagging_model.h"

#include <string>

namespace tagscope {

// Throws std::runtime_error naming the file when tracing or writing fails.
void exportTorchScript(TaggingModel& model, int inputSize, const torch::Device& device, const std::string& path,
                       bool embeddings = false);

} // namespace tagscope
