#include "models/drop_path.h"

namespace tagscope {

torch::Tensor dropPath(const torch::Tensor& branch, double rate, bool training)
{
    if (!training || rate <= 0)
        return branch;
    const double keep = 1.0 - rate;
    std::vector<int64_t> shape(branch.dim(), 1);
    shape[0] = branch.size(0);
    const torch::Tensor mask = torch::empty(shape, branch.options()).bernoulli_(keep);
    return branch * mask / keep;
}

double dropPathRate(double maxRate, int64_t index, int64_t count)
{
    return count > 1 ? maxRate * static_cast<double>(index) / static_cast<double>(count - 1) : maxRate;
}

} // namespace tagscope
