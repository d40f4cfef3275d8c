#include "training/recycled_buffers.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <mutex>
#include <new>
#include <utility>
#include <vector>

namespace tagscope {

struct RecycledBuffers::Pool {
    std::mutex mutex;
    std::size_t keep = 0;
    std::vector<std::pair<std::size_t, void*>> idle; // size in bytes, memory

    ~Pool()
    {
        for (const auto& buffer : idle)
            std::free(buffer.second);
    }
};

RecycledBuffers::RecycledBuffers(std::size_t keep)
    : pool_(std::make_shared<Pool>())
{
    pool_->keep = keep;
}

torch::Tensor RecycledBuffers::floats(at::IntArrayRef sizes)
{
    std::size_t count = 1;
    for (std::int64_t size : sizes)
        count *= static_cast<std::size_t>(size);
    constexpr std::size_t kAlignment = 64; // a cache line, as LibTorch's own allocator aligns
    const std::size_t bytes = (std::max<std::size_t>(count, 1) * sizeof(float) + kAlignment - 1) / kAlignment * kAlignment;
    void* memory = nullptr;
    {
        std::lock_guard<std::mutex> lock(pool_->mutex);
        for (auto it = pool_->idle.begin(); it != pool_->idle.end(); ++it)
            if (it->first == bytes) {
                memory = it->second;
                pool_->idle.erase(it);
                break;
            }
    }
    if (!memory && !(memory = std::aligned_alloc(kAlignment, bytes)))
        throw std::bad_alloc();
    const std::weak_ptr<Pool> home = pool_;
    return torch::from_blob(
        memory, sizes,
        [home, bytes](void* data) {
            if (const std::shared_ptr<Pool> pool = home.lock()) {
                std::lock_guard<std::mutex> lock(pool->mutex);
                if (pool->idle.size() < pool->keep) {
                    pool->idle.emplace_back(bytes, data);
                    return;
                }
            }
            std::free(data);
        },
        torch::kFloat32);
}

} // namespace tagscope
