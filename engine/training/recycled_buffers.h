#pragma once
// Memory for batch tensors that comes back when the trainer drops a batch and serves the next one. A batch of 64
// images at 224 pixels is 38 MB: memory that large comes fresh from the system each time, and the first touch
// of each of its pages (a page fault) took about a tenth of a decoding worker's time.
#include <torch/types.h>

#include <cstddef>
#include <memory>

namespace tagscope {

class RecycledBuffers {
public:
    // At most `keep` idle buffers wait for reuse; the others go back to the system.
    explicit RecycledBuffers(std::size_t keep);

    // An uninitialised float tensor of these sizes whose memory returns here when its last reference goes.
    // Thread-safe; tensors may outlive this object (their memory is then freed).
    torch::Tensor floats(at::IntArrayRef sizes);

private:
    struct Pool;
    std::shared_ptr<Pool> pool_;
};

} // namespace tagscope
