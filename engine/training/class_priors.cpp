#include "training/class_priors.h"

#include "training/run_files.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <unordered_map>

namespace tagscope {

ClassPriorEstimator::ClassPriorEstimator(std::int64_t tags) : sum_(torch::zeros({tags}, torch::kDouble)) {}

void ClassPriorEstimator::add(const torch::Tensor& logits)
{
    torch::NoGradGuard noGrad;
    if (logits.dim() != 2 || logits.size(1) != sum_.size(0))
        throw std::invalid_argument("class priors: expected B x " + std::to_string(sum_.size(0)) + " logits");
    sum_ += torch::sigmoid(logits.detach().to(torch::kDouble)).sum(0).cpu();
    images_ += logits.size(0);
}

std::vector<double> ClassPriorEstimator::priors() const
{
    if (images_ == 0)
        return {};
    const torch::Tensor mean = (sum_ / static_cast<double>(images_)).contiguous();
    return std::vector<double>(mean.data_ptr<double>(), mean.data_ptr<double>() + mean.numel());
}

void ClassPriorEstimator::reset()
{
    sum_.zero_();
    images_ = 0;
}

void writeClassPriors(const std::string& path, std::int64_t images, const std::vector<std::string>& labelNames,
                      const std::vector<double>& priors, const std::vector<double>& annotatedFrequency)
{
    nlohmann::json tags = nlohmann::json::array();
    for (std::size_t i = 0; i < labelNames.size() && i < priors.size(); ++i)
        tags.push_back({{"label_name", labelNames[i]},
                        {"prior", priors[i]},
                        {"annotated", i < annotatedFrequency.size() ? annotatedFrequency[i] : 0.0}});
    writeFileAtomically(path, nlohmann::json{{"images", images}, {"tags", tags}}.dump(1) + "\n");
}

std::vector<double> readClassPriors(const std::string& path, const std::vector<std::string>& labelNames,
                                    const std::vector<double>& fallback)
{
    std::error_code error;
    const std::string file = std::filesystem::is_directory(path, error) ? path + "/class_priors.json" : path;
    std::ifstream in(file);
    if (!in)
        throw std::runtime_error(file + ": cannot read the class priors");
    std::unordered_map<std::string, double> byName;
    try {
        const nlohmann::json json = nlohmann::json::parse(in);
        for (const nlohmann::json& tag : json.at("tags")) {
            const double prior = tag.at("prior").get<double>();
            if (!(prior >= 0.0 && prior <= 1.0))
                throw std::runtime_error("a prior outside [0, 1] for " + tag.at("label_name").get<std::string>());
            byName[tag.at("label_name").get<std::string>()] = prior;
        }
    } catch (const std::exception& failure) {
        throw std::runtime_error(file + ": not a class-priors file (" + failure.what() + ")");
    }
    std::vector<double> priors = fallback;
    priors.resize(labelNames.size(), 0.0);
    for (std::size_t i = 0; i < labelNames.size(); ++i)
        if (auto found = byName.find(labelNames[i]); found != byName.end())
            priors[i] = found->second;
    return priors;
}

} // namespace tagscope
