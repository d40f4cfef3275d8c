#include "models/device.h"

#include <torch/cuda.h>
#include <torch/version.h>
#include <ATen/Parallel.h>

namespace tagscope {

std::vector<ComputeDevice> availableDevices()
{
    std::vector<ComputeDevice> devices{{"cpu", "CPU (" + std::to_string(at::get_num_threads()) + " threads)"}};
    const auto gpus = torch::cuda::is_available() ? torch::cuda::device_count() : 0;
    for (std::size_t i = 0; i < gpus; ++i)
        devices.push_back({"cuda:" + std::to_string(i), "CUDA GPU " + std::to_string(i)});
    return devices;
}

std::string torchVersion() { return TORCH_VERSION; }

int torchThreads() { return at::get_num_threads(); }

} // namespace tagscope
