#pragma once
// Progress of long engine work on stderr: an updating line on a terminal, a line per phase and quarter otherwise.
#include "common/progress.h"

namespace tagscope {

ProgressCallback consoleProgress(bool quiet);
// Ends the updating line so that later output starts on a fresh one.
void finishConsoleProgress(bool quiet);

// While alive, Ctrl-C (SIGINT) and SIGTERM cancel `token` instead of killing the process, so a command can keep
// what it has done so far.
class InterruptCancels {
public:
    explicit InterruptCancels(CancelToken& token);
    ~InterruptCancels();
    InterruptCancels(const InterruptCancels&) = delete;
    InterruptCancels& operator=(const InterruptCancels&) = delete;
};

} // namespace tagscope
