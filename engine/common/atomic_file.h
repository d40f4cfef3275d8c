#pragma once
// Replaces a file only with complete contents, and turns a failing disk into an error instead of the end of
// the process. LibTorch's own file writer throws from its destructor when a write fails part-way (a full disk:
// ENOSPC, EFBIG), which terminates the program and with it a run of several days. Archives are therefore
// written through a stream that never fails towards LibTorch: the first write error is kept, and reported
// once the archive is complete; the data is synced before the temporary file replaces `path`. Temporary files
// left by writers that were killed mid-write are removed by the next successful write.
#include <functional>
#include <ostream>
#include <string>

namespace tagscope {

// `write` puts the contents on the stream it is given (OutputArchive::save_to, jit::Module::save, text).
// Throws std::runtime_error "<path>: cannot write the <what> (<reason>)"; the file at `path` is then untouched
// and no temporary file is left behind.
void writeStreamAtomically(const std::string& path, const std::string& what, const std::function<void(std::ostream&)>& write);

// Appends `text` (whole lines) to the end of `path`, creating it, and syncs it to disk before returning, so that a
// journal grows by complete records: a process killed during the call leaves at most a partial last line, which
// the reader must ignore. Throws std::runtime_error "<path>: cannot write the <what> (<reason>)".
void appendToFile(const std::string& path, const std::string& what, const std::string& text);

} // namespace tagscope
