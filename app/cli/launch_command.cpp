// `tagscope-cli launch --nproc-per-node N train ...`: starts N local ranks of a tagscope-cli command with the
// variables torchrun would set (RANK, LOCAL_RANK, WORLD_SIZE, LOCAL_WORLD_SIZE, MASTER_ADDR, MASTER_PORT), forwards
// Ctrl-C to them (each writes its checkpoint), and when one rank fails gives the others time to notice through
// their collective timeout before stopping them, so that no rank is left waiting.
#include "commands.h"

#include <CLI/CLI.hpp>

#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace {

std::vector<pid_t> g_children; // read by the signal handler

void forwardSignal(int signal)
{
    for (pid_t child : g_children)
        if (child > 0)
            kill(child, signal);
}

// A port nobody listens on now: the kernel's pick for a socket bound to port 0.
int freePort()
{
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        throw std::runtime_error("cannot open a socket to find a free port");
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = 0;
    if (bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0
        && getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    close(fd);
    if (port == 0)
        throw std::runtime_error("cannot find a free port on 127.0.0.1");
    return port;
}

std::string selfExecutable()
{
    std::vector<char> buffer(4096);
    const ssize_t n = readlink("/proc/self/exe", buffer.data(), buffer.size() - 1);
    if (n <= 0)
        throw std::runtime_error("cannot find the tagscope-cli executable (/proc/self/exe)");
    return std::string(buffer.data(), static_cast<std::size_t>(n));
}

struct LaunchOptions {
    int processes = 2;
    std::string masterAddress = "127.0.0.1";
    int masterPort = 0;
    double graceSeconds = 60;
};

int launch(const LaunchOptions& options, const std::vector<std::string>& command)
{
    if (command.empty())
        throw std::invalid_argument("launch: give the command to run, e.g. launch --nproc-per-node 2 train --config CFG");
    if (command.front() == "launch")
        throw std::invalid_argument("launch: the command cannot be another launch");
    const std::string executable = selfExecutable();
    const int port = options.masterPort > 0 ? options.masterPort : freePort();
    std::fprintf(stderr, "launch: %d ranks, rendezvous at %s:%d\n", options.processes, options.masterAddress.c_str(), port);

    g_children.assign(static_cast<std::size_t>(options.processes), -1);
    struct sigaction action {};
    action.sa_handler = forwardSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    for (int rank = 0; rank < options.processes; ++rank) {
        const pid_t pid = fork();
        if (pid < 0)
            throw std::runtime_error("launch: cannot start rank " + std::to_string(rank));
        if (pid == 0) {
            setenv("RANK", std::to_string(rank).c_str(), 1);
            setenv("LOCAL_RANK", std::to_string(rank).c_str(), 1);
            setenv("WORLD_SIZE", std::to_string(options.processes).c_str(), 1);
            setenv("LOCAL_WORLD_SIZE", std::to_string(options.processes).c_str(), 1);
            setenv("MASTER_ADDR", options.masterAddress.c_str(), 1);
            setenv("MASTER_PORT", std::to_string(port).c_str(), 1);
            std::vector<char*> argv{const_cast<char*>(executable.c_str())};
            for (const std::string& word : command)
                argv.push_back(const_cast<char*>(word.c_str()));
            argv.push_back(nullptr);
            execv(executable.c_str(), argv.data());
            std::perror("launch: exec");
            _exit(127);
        }
        g_children[static_cast<std::size_t>(rank)] = pid;
    }

    int running = options.processes;
    int firstFailure = 0;
    using Clock = std::chrono::steady_clock;
    Clock::time_point failedAt{};
    bool terminated = false;
    while (running > 0) {
        int status = 0;
        const pid_t pid = waitpid(-1, &status, WNOHANG);
        if (pid > 0) {
            --running;
            int rank = 0;
            for (std::size_t i = 0; i < g_children.size(); ++i)
                if (g_children[i] == pid) {
                    rank = static_cast<int>(i);
                    g_children[i] = -1;
                }
            const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            if (code != 0 && firstFailure == 0) {
                firstFailure = code;
                failedAt = Clock::now();
                std::fprintf(stderr, "launch: rank %d exited with code %d; waiting up to %.0f s for the others to stop\n",
                             rank, code, options.graceSeconds);
            }
            continue;
        }
        if (pid < 0)
            break;
        if (firstFailure != 0 && !terminated
            && std::chrono::duration<double>(Clock::now() - failedAt).count() > options.graceSeconds) {
            std::fprintf(stderr, "launch: stopping the ranks still running after rank failure\n");
            forwardSignal(SIGTERM);
            terminated = true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return firstFailure;
}

} // namespace

void addLaunchCommand(CLI::App& app)
{
    auto options = std::make_shared<LaunchOptions>();
    CLI::App* sub = app.add_subcommand("launch", "Run a tagscope-cli command (e.g. train) as N data-parallel ranks on this machine, as torchrun does");
    sub->add_option("--nproc-per-node", options->processes, "Ranks to start (one per GPU, or 2+ CPU ranks)")->check(CLI::Range(1, 1024));
    sub->add_option("--master-addr", options->masterAddress, "Rendezvous address (default 127.0.0.1)");
    sub->add_option("--master-port", options->masterPort, "Rendezvous port (default: a free one)")->check(CLI::Range(0, 65535));
    sub->add_option("--grace", options->graceSeconds, "Seconds the other ranks get to stop by themselves after one fails")
        ->check(CLI::Range(0.0, 86400.0));
    sub->prefix_command(); // everything after the options is the command to run
    sub->footer("Example: tagscope-cli launch --nproc-per-node 2 train --config CFG.json --out runs/ddp");
    sub->callback([sub, options] {
        const int code = launch(*options, sub->remaining());
        if (code != 0)
            throw CLI::RuntimeError(code);
    });
}
