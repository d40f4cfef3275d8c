#include "open_dataset.h"

#include "console_progress.h"
#include "quality/corrections.h"

#include <cstdio>

namespace tagscope {

OpenResult openDatasetForCommand(const std::string& path, const OpenOptions& options, bool quiet)
{
    OpenResult opened = openDataset(path, options, consoleProgress(quiet));
    finishConsoleProgress(quiet);
    if (!opened.cacheWarning.empty())
        std::fprintf(stderr, "warning: %s\n", opened.cacheWarning.c_str());
    for (const CorrectionIssue& issue : opened.corrections.issues)
        std::fprintf(stderr, "warning: %s\n", formatIssue(issue).c_str());
    return opened;
}

} // namespace tagscope
