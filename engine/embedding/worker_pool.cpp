#include "embedding/worker_pool.h"

#include <algorithm>

namespace tagscope {

int workerThreadCount(int requested)
{
    if (requested > 0)
        return requested;
    return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

WorkerPool::WorkerPool(int threads)
{
    const int count = workerThreadCount(threads);
    for (int w = 1; w < count; ++w)
        workers_.emplace_back([this, w] { workerLoop(w); });
}

WorkerPool::~WorkerPool()
{
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stop_ = true;
    }
    wake_.notify_all();
    for (std::thread& worker : workers_)
        worker.join();
}

void WorkerPool::runChunks(int worker)
{
    for (;;) {
        std::size_t begin;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (next_ >= count_ || error_)
                return;
            begin = next_;
            next_ = std::min(count_, next_ + chunk_);
        }
        try {
            (*body_)(begin, std::min(count_, begin + chunk_), worker);
        } catch (...) {
            std::lock_guard<std::mutex> lock(mutex_);
            if (!error_)
                error_ = std::current_exception();
        }
    }
}

void WorkerPool::workerLoop(int worker)
{
    std::size_t seen = 0;
    for (;;) {
        {
            std::unique_lock<std::mutex> lock(mutex_);
            wake_.wait(lock, [&] { return stop_ || generation_ != seen; });
            if (stop_)
                return;
            seen = generation_;
        }
        runChunks(worker);
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (--busy_ == 0)
                finished_.notify_all();
        }
    }
}

void WorkerPool::parallelFor(std::size_t count, const RangeBody& body, std::size_t grain)
{
    if (count == 0)
        return;
    std::lock_guard<std::mutex> call(callMutex_);
    // Eight chunks per thread balance uneven rows without much locking.
    const std::size_t chunk = std::max<std::size_t>(std::max<std::size_t>(grain, 1), count / (static_cast<std::size_t>(size()) * 8));
    if (workers_.empty() || count <= chunk) {
        body(0, count, 0);
        return;
    }
    {
        std::lock_guard<std::mutex> lock(mutex_);
        body_ = &body;
        count_ = count;
        chunk_ = chunk;
        next_ = 0;
        error_ = nullptr;
        busy_ = static_cast<int>(workers_.size());
        ++generation_;
    }
    wake_.notify_all();
    runChunks(0);
    std::exception_ptr error;
    {
        std::unique_lock<std::mutex> lock(mutex_);
        finished_.wait(lock, [&] { return busy_ == 0; });
        body_ = nullptr;
        error = error_;
        error_ = nullptr;
    }
    if (error)
        std::rethrow_exception(error);
}

} // namespace tagscope
