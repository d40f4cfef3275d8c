#include "console_progress.h"

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <memory>
#include <string>

namespace tagscope {

ProgressCallback consoleProgress(bool quiet)
{
    if (quiet)
        return {};
    struct State {
        bool terminal = ::isatty(2) != 0;
        std::string phase;
        int quarter = -1;
        std::chrono::steady_clock::time_point last{};
    };
    auto state = std::make_shared<State>();
    return [state](std::uint64_t done, std::uint64_t total, const std::string& phase) {
        const double percent = total ? 100.0 * static_cast<double>(done) / static_cast<double>(total) : 0.0;
        if (state->terminal) {
            const auto now = std::chrono::steady_clock::now();
            if (phase == state->phase && done < total && now - state->last < std::chrono::milliseconds(200))
                return;
            state->last = now;
            state->phase = phase;
            std::fprintf(stderr, "\r%-40s %3.0f%%\033[K", phase.c_str(), percent);
            return;
        }
        const int quarter = static_cast<int>(percent / 25);
        if (phase == state->phase && quarter == state->quarter)
            return;
        state->phase = phase;
        state->quarter = quarter;
        std::fprintf(stderr, "%s %.0f%%\n", phase.c_str(), percent);
    };
}

namespace {

std::atomic<CancelToken*> interruptToken{nullptr};

void onInterrupt(int)
{
    if (CancelToken* token = interruptToken.load())
        token->cancel(); // atomic stores only: safe in a signal handler
}

} // namespace

InterruptCancels::InterruptCancels(CancelToken& token)
{
    interruptToken = &token;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

InterruptCancels::~InterruptCancels()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    interruptToken = nullptr;
}

void finishConsoleProgress(bool quiet)
{
    if (!quiet && ::isatty(2))
        std::fprintf(stderr, "\r\033[K");
}

} // namespace tagscope
