#pragma once
// Class-prior estimation for the selective partial-label mode (engine/losses/README.md, "Class-prior estimation"):
// the running mean of sigmoid(logit) per tag over the training set, from a model trained in `ignore` mode. On
// partially annotated data it estimates how often a tag is really present, which the annotated frequency
// underestimates; `selective` ignores the unannotated entries of tags whose prior exceeds its threshold.
#include <torch/types.h>

#include <cstdint>
#include <string>
#include <vector>

namespace tagscope {

class ClassPriorEstimator {
public:
    explicit ClassPriorEstimator(std::int64_t tags);

    void add(const torch::Tensor& logits); // B x C, any device; read without gradient
    std::int64_t images() const { return images_; }
    std::vector<double> priors() const; // empty before the first batch
    void reset();

private:
    torch::Tensor sum_; // C, float64 on the CPU
    std::int64_t images_ = 0;
};

// Writes {"images": N, "tags": [{"label_name", "prior", "annotated"}]}: the estimate next to the annotated
// frequency, the comparison a user plots to see how much a partial annotation misses.
void writeClassPriors(const std::string& path, std::int64_t images, const std::vector<std::string>& labelNames,
                      const std::vector<double>& priors, const std::vector<double>& annotatedFrequency);

// The priors of `labelNames` read from a class_priors.json, or from a run directory holding one; tags the file
// does not list keep fallback[i]. Throws std::runtime_error naming the file when it cannot be read.
std::vector<double> readClassPriors(const std::string& path, const std::vector<std::string>& labelNames,
                                    const std::vector<double>& fallback);

} // namespace tagscope
