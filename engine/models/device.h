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

// Intra-op threads for CPU work; 0 means one per logical core (LibTorch's own default counts physical cores
// only, which leaves half of a hyper-threaded machine idle).
void setTorchThreads(int threads = 0);
std::string torchVersion();
int torchThreads();

} // namespace tagscope
