#include "training/distributed.h"

#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#include <torch/torch.h>

#include <cstdlib>
#include <stdexcept>

namespace tagscope {

namespace {

int integerVariable(const EnvironmentLookup& lookup, const char* name, int fallback, int minimum)
{
    const char* text = lookup(name);
    if (!text || !*text)
        return fallback;
    char* end = nullptr;
    const long value = std::strtol(text, &end, 10);
    if (*end != '\0' || value < minimum || value > 1 << 20)
        throw std::invalid_argument(std::string(name) + "=" + text + ": expected a whole number of at least " +
                                    std::to_string(minimum));
    return static_cast<int>(value);
}

} // namespace

DistributedSettings distributedSettingsFromEnvironment(const EnvironmentLookup& given)
{
    const EnvironmentLookup lookup = given ? given : [](const char* name) -> const char* { return std::getenv(name); };
    DistributedSettings s;
    auto has = [&](const char* name) { return lookup(name) && *lookup(name); };
    if (has("WORLD_SIZE") || has("RANK")) {
        s.source = "torchrun";
        s.rank = integerVariable(lookup, "RANK", 0, 0);
        s.worldSize = integerVariable(lookup, "WORLD_SIZE", 1, 1);
        s.localRank = integerVariable(lookup, "LOCAL_RANK", s.rank, 0);
    } else if (has("SLURM_PROCID") && has("SLURM_NTASKS")) {
        s.source = "slurm";
        s.rank = integerVariable(lookup, "SLURM_PROCID", 0, 0);
        s.worldSize = integerVariable(lookup, "SLURM_NTASKS", 1, 1);
        s.localRank = integerVariable(lookup, "SLURM_LOCALID", 0, 0);
        if (!has("MASTER_ADDR") && has("SLURM_LAUNCH_NODE_IPADDR"))
            s.masterAddress = lookup("SLURM_LAUNCH_NODE_IPADDR");
    } else {
        return s;
    }
    if (has("MASTER_ADDR"))
        s.masterAddress = lookup("MASTER_ADDR");
    s.masterPort = integerVariable(lookup, "MASTER_PORT", s.masterPort, 1);
    if (s.masterPort > 65535)
        throw std::invalid_argument("MASTER_PORT=" + std::to_string(s.masterPort) + ": not a port number");
    if (s.rank >= s.worldSize)
        throw std::invalid_argument("rank " + std::to_string(s.rank) + " is not below the world size " +
                                    std::to_string(s.worldSize) + " (" + s.source + " variables)");
    return s;
}

struct DistributedGroup::State {
    DistributedSettings settings;
    std::chrono::milliseconds timeout;
    c10::intrusive_ptr<c10d::Store> store;
    c10::intrusive_ptr<c10d::ProcessGroupGloo> group;

    // Waits for one collective; a peer that died or hung becomes an error that says so.
    void wait(const c10::intrusive_ptr<c10d::Work>& work, const char* what) const
    {
        try {
            work->wait(timeout);
        } catch (const std::exception& error) {
            throw std::runtime_error("rank " + std::to_string(settings.rank) + " of " + std::to_string(settings.worldSize) +
                                     ": " + what + " failed; another rank stopped or did not answer within " +
                                     std::to_string(timeout.count() / 1000) + " s (" + error.what() + ")");
        }
    }

    void allreduce(torch::Tensor& tensor, c10d::ReduceOp op, const char* what) const
    {
        std::vector<torch::Tensor> tensors{tensor};
        c10d::AllreduceOptions options;
        options.reduceOp = op;
        options.timeout = timeout;
        wait(group->allreduce(tensors, options), what);
    }
};

DistributedGroup::DistributedGroup(const DistributedSettings& settings, std::chrono::milliseconds timeout)
    : state_(std::make_unique<State>())
{
    state_->settings = settings;
    state_->timeout = timeout;
    c10d::TCPStoreOptions storeOptions;
    storeOptions.port = static_cast<std::uint16_t>(settings.masterPort);
    storeOptions.isServer = settings.rank == 0;
    storeOptions.numWorkers = settings.worldSize;
    storeOptions.waitWorkers = false; // the process group's own rendezvous below waits, with the timeout
    storeOptions.timeout = timeout;
    const std::string where = settings.masterAddress + ":" + std::to_string(settings.masterPort);
    try {
        state_->store = c10::make_intrusive<c10d::TCPStore>(settings.masterAddress, storeOptions);
        auto options = c10d::ProcessGroupGloo::Options::create(timeout);
        options->devices.push_back(settings.masterAddress == "127.0.0.1" || settings.masterAddress == "localhost"
                                       ? c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1")
                                       : c10d::ProcessGroupGloo::createDefaultDevice());
        options->threads = 2;
        state_->group = c10::make_intrusive<c10d::ProcessGroupGloo>(state_->store, settings.rank, settings.worldSize, options);
    } catch (const std::exception& error) {
        throw std::runtime_error("rank " + std::to_string(settings.rank) + " of " + std::to_string(settings.worldSize) +
                                 ": could not join the process group at " + where + " within " +
                                 std::to_string(timeout.count() / 1000) + " s (" + error.what() + ")");
    }
}

DistributedGroup::~DistributedGroup() = default;

int DistributedGroup::rank() const { return state_->settings.rank; }
int DistributedGroup::size() const { return state_->settings.worldSize; }

void DistributedGroup::broadcast(const std::vector<torch::Tensor>& tensors, int root)
{
    torch::NoGradGuard noGrad;
    for (const torch::Tensor& tensor : tensors) {
        // Gloo works on contiguous CPU tensors; copy through one when the tensor lives elsewhere.
        torch::Tensor staging = tensor.device().is_cpu() && tensor.is_contiguous() ? tensor : tensor.to(torch::kCPU).contiguous();
        std::vector<torch::Tensor> list{staging};
        c10d::BroadcastOptions options;
        options.rootRank = root;
        options.timeout = state_->timeout;
        state_->wait(state_->group->broadcast(list, options), "broadcasting the weights");
        if (!staging.is_same(tensor))
            tensor.copy_(staging);
    }
}

void DistributedGroup::averageGradients(const std::vector<torch::Tensor>& parameters, std::size_t bucketBytes)
{
    torch::NoGradGuard noGrad;
    const double scale = 1.0 / size();
    std::vector<torch::Tensor> bucket;
    std::size_t bytes = 0;
    auto flush = [&] {
        if (bucket.empty())
            return;
        std::vector<torch::Tensor> flat;
        for (const torch::Tensor& gradient : bucket)
            flat.push_back(gradient.reshape({-1}).to(torch::kCPU, torch::kFloat));
        torch::Tensor joined = torch::cat(flat);
        state_->allreduce(joined, c10d::ReduceOp::SUM, "averaging the gradients");
        joined.mul_(scale);
        std::int64_t offset = 0;
        for (torch::Tensor& gradient : bucket) {
            const std::int64_t n = gradient.numel();
            gradient.copy_(joined.narrow(0, offset, n).view(gradient.sizes()));
            offset += n;
        }
        bucket.clear();
        bytes = 0;
    };
    for (const torch::Tensor& parameter : parameters) {
        if (!parameter.requires_grad())
            continue; // frozen on every rank alike
        torch::Tensor gradient = parameter.mutable_grad();
        if (!gradient.defined()) {
            gradient = torch::zeros_like(parameter);
            parameter.mutable_grad() = gradient;
        }
        bucket.push_back(gradient);
        bytes += static_cast<std::size_t>(gradient.numel()) * sizeof(float);
        if (bytes >= bucketBytes)
            flush();
    }
    flush();
}

void DistributedGroup::averageBuffers(const std::vector<torch::Tensor>& buffers)
{
    torch::NoGradGuard noGrad;
    for (const torch::Tensor& buffer : buffers) {
        if (!buffer.is_floating_point())
            continue; // BatchNorm's batch counter stays per rank; it is the same on all of them
        torch::Tensor staging = buffer.to(torch::kCPU, torch::kDouble).contiguous();
        state_->allreduce(staging, c10d::ReduceOp::SUM, "averaging the BatchNorm statistics");
        buffer.copy_(staging.div_(size()));
    }
}

double DistributedGroup::sum(double value)
{
    torch::Tensor tensor = torch::full({1}, value, torch::kDouble);
    state_->allreduce(tensor, c10d::ReduceOp::SUM, "summing a metric");
    return tensor.item<double>();
}

bool DistributedGroup::any(bool value)
{
    torch::Tensor tensor = torch::full({1}, value ? 1 : 0, torch::kInt);
    state_->allreduce(tensor, c10d::ReduceOp::MAX, "agreeing on a stop");
    return tensor.item<int>() != 0;
}

std::vector<double> DistributedGroup::gather(double value)
{
    // Each rank fills its own slot; a sum then gives everyone every slot.
    torch::Tensor slots = torch::zeros({size()}, torch::kDouble);
    slots[rank()] = value;
    state_->allreduce(slots, c10d::ReduceOp::SUM, "gathering a value");
    return std::vector<double>(slots.data_ptr<double>(), slots.data_ptr<double>() + size());
}

void DistributedGroup::barrier()
{
    c10d::BarrierOptions options;
    options.timeout = state_->timeout;
    state_->wait(state_->group->barrier(options), "waiting for the other ranks");
}

double weightFingerprint(const std::vector<torch::Tensor>& parameters)
{
    torch::NoGradGuard noGrad;
    double fingerprint = 0;
    for (const torch::Tensor& parameter : parameters) {
        const torch::Tensor values = parameter.detach().to(torch::kCPU, torch::kDouble);
        fingerprint += values.sum().item<double>() + values.square().sum().item<double>();
    }
    return fingerprint;
}

std::vector<std::uint32_t> shardForRank(const std::vector<std::uint32_t>& order, int rank, int worldSize)
{
    if (worldSize <= 1 || order.empty())
        return order;
    const std::size_t perRank = (order.size() + static_cast<std::size_t>(worldSize) - 1) / static_cast<std::size_t>(worldSize);
    std::vector<std::uint32_t> shard;
    shard.reserve(perRank);
    for (std::size_t i = 0; i < perRank; ++i)
        shard.push_back(order[(i * static_cast<std::size_t>(worldSize) + static_cast<std::size_t>(rank)) % order.size()]);
    return shard;
}

} // namespace tagscope
