#pragma once
// Data-parallel training through PyTorch's own distributed engine (c10d). Ranks meet at a TCPStore (torchrun's
// MASTER_ADDR / MASTER_PORT, or SLURM's variables), form a Gloo process group, start from rank 0's weights and
// average their gradients with bucketed all-reduce. Every collective waits at most `timeout`: a rank that dies or
// hangs makes the others fail with a message saying so, instead of waiting forever.
#include <torch/types.h>

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace tagscope {

struct DistributedSettings {
    int rank = 0;
    int worldSize = 1;
    int localRank = 0;
    std::string masterAddress = "127.0.0.1";
    int masterPort = 29500;
    std::string source; // "torchrun" or "slurm"; empty for a single process

    bool enabled() const { return worldSize > 1; }
};

using EnvironmentLookup = std::function<const char*(const char*)>;

// torchrun's RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR, MASTER_PORT; else SLURM's SLURM_PROCID, SLURM_NTASKS,
// SLURM_LOCALID (with MASTER_ADDR / MASTER_PORT, or SLURM_LAUNCH_NODE_IPADDR as the address); else one process.
// Throws std::invalid_argument naming a malformed or inconsistent variable.
DistributedSettings distributedSettingsFromEnvironment(const EnvironmentLookup& lookup = {});

class DistributedGroup {
public:
    // Blocks until every rank has joined, or throws after `timeout`.
    DistributedGroup(const DistributedSettings& settings, std::chrono::milliseconds timeout);
    ~DistributedGroup();
    DistributedGroup(const DistributedGroup&) = delete;
    DistributedGroup& operator=(const DistributedGroup&) = delete;

    int rank() const;
    int size() const;
    bool isMain() const { return rank() == 0; }

    // Overwrites the tensors (parameters and buffers, in the same order on every rank) with rank `root`'s.
    void broadcast(const std::vector<torch::Tensor>& tensors, int root = 0);
    // Replaces each parameter's gradient by its mean over the ranks. Gradients are flattened into buckets of
    // about `bucketBytes` so that a ResNet-50 needs a handful of all-reduce calls, not one per tensor. A parameter
    // without a gradient counts as zeros, so every rank calls the same collectives.
    void averageGradients(const std::vector<torch::Tensor>& parameters, std::size_t bucketBytes = std::size_t(25) << 20);
    // Replaces floating-point buffers (BatchNorm running statistics) by their mean over the ranks.
    void averageBuffers(const std::vector<torch::Tensor>& buffers);
    double sum(double value);
    bool any(bool value);
    // Every rank's value, indexed by rank.
    std::vector<double> gather(double value);
    void barrier();

private:
    struct State;
    std::unique_ptr<State> state_;
};

// A fingerprint of the weights (sum and sum of squares of every parameter, in float64) that ranks compare to
// prove they hold the same model.
double weightFingerprint(const std::vector<torch::Tensor>& parameters);

// The positions of `order` that rank `rank` of `worldSize` trains on: every worldSize-th, starting at `rank`,
// after padding with the first positions so that all ranks get the same count (as PyTorch's DistributedSampler).
// Batch k of every rank together is then batch k of one process with worldSize times the batch size.
std::vector<std::uint32_t> shardForRank(const std::vector<std::uint32_t>& order, int rank, int worldSize);

} // namespace tagscope
