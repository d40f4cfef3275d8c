#include "models/device.h"

#include <torch/cuda.h>
#include <torch/version.h>
#include <ATen/Parallel.h>

#include <algorithm>
#include <thread>

namespace tagscope {

std::vector<ComputeDevice> availableDevices()
{
    const int threads = at::get_num_threads();
    std::vector<ComputeDevice> devices{{"cpu", "CPU (" + std::to_string(threads) + (threads == 1 ? " thread)" : " threads)")}};
    const auto gpus = torch::cuda::is_available() ? torch::cuda::device_count() : 0;
    for (std::size_t i = 0; i < gpus; ++i)
        devices.push_back({"cuda:" + std::to_string(i), "CUDA GPU " + std::to_string(i)});
    return devices;
}

void setTorchThreads(int threads)
{
    if (threads <= 0)
        threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    at::set_num_threads(threads);
}

std::string torchVersion() { return TORCH_VERSION; }

int torchThreads() { return at::get_num_threads(); }

} // namespace tagscope
