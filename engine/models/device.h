#pragma once
// Compute devices LibTorch can use here, chosen at run time (a CUDA LibTorch build sees the GPUs).
#include <string>
#include <vector>

namespace tagscope {

struct ComputeDevice {
    std::string id;    // "cpu", "cuda:0", ...
    std::string label; // what users read
};

std::vector<ComputeDevice> availableDevices();
std::string torchVersion();
int torchThreads();

} // namespace tagscope
