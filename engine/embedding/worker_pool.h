#pragma once
// A fixed set of threads for the many short parallel loops of an optimisation (a t-SNE iteration runs several):
// starting threads per loop would cost more than some loops themselves.
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace tagscope {

// Threads to use for `requested` (0: one per core).
int workerThreadCount(int requested);

class WorkerPool {
public:
    explicit WorkerPool(int threads = 0); // 0: one per core; the calling thread is one of them
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    int size() const { return static_cast<int>(workers_.size()) + 1; }

    // Calls body(begin, end, worker) on consecutive ranges that cover [0, count), handed out in chunks of at
    // least `grain`, and returns when all are done; worker is in [0, size()). Rethrows the first exception a
    // body threw. Calls from several threads take turns; a body must not call parallelFor itself.
    using RangeBody = std::function<void(std::size_t begin, std::size_t end, int worker)>;
    void parallelFor(std::size_t count, const RangeBody& body, std::size_t grain = 1);

private:
    void workerLoop(int worker);
    void runChunks(int worker);

    std::vector<std::thread> workers_;
    std::mutex callMutex_; // one parallelFor at a time
    std::mutex mutex_;
    std::condition_variable wake_, finished_;
    const RangeBody* body_ = nullptr;
    std::size_t count_ = 0, chunk_ = 1, next_ = 0;
    std::size_t generation_ = 0;
    int busy_ = 0;
    bool stop_ = false;
    std::exception_ptr error_;
};

} // namespace tagscope
