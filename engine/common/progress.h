#pragma once
// Progress reporting and cancellation shared by every long-running engine function.
#include <atomic>
#include <cstdint>
#include <functional>
#include <string>

namespace tagscope {

// Called with work done so far, the total (0 when unknown) and a short phase name.
using ProgressCallback = std::function<void(std::uint64_t done, std::uint64_t total, const std::string& phase)>;

// Set from any thread; long work checks it at least once per chunk and returns early.
class CancelToken {
public:
    void cancel() { flag_.store(true, std::memory_order_relaxed); }
    void reset() { flag_.store(false, std::memory_order_relaxed); }
    bool cancelled() const { return flag_.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> flag_{false};
};

inline void reportProgress(const ProgressCallback& callback, std::uint64_t done, std::uint64_t total,
                           const std::string& phase)
{
    if (callback)
        callback(done, total, phase);
}

inline bool isCancelled(const CancelToken* token) { return token && token->cancelled(); }

} // namespace tagscope
