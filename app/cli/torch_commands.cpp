#include "torch_commands.h"

#include <CLI/CLI.hpp>

#include <dlfcn.h>
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <string>
#include <vector>

#ifndef TAGSCOPE_PLUGIN_FROM_BIN
#define TAGSCOPE_PLUGIN_FROM_BIN "../lib/tagscope"
#endif

namespace {

std::string executableFolder()
{
    char path[PATH_MAX];
    const ssize_t length = ::readlink("/proc/self/exe", path, sizeof path - 1);
    if (length <= 0)
        return ".";
    std::string folder(path, static_cast<std::size_t>(length));
    return folder.substr(0, folder.find_last_of('/'));
}

} // namespace

bool isTorchCommand(std::string_view name)
{
    for (const TorchCommand& command : kTorchCommands)
        if (name == command.name)
            return true;
    return false;
}

void listTorchCommands(CLI::App& app)
{
    // Listed for --help only: main() hands these commands to the plugin before parsing.
    for (const TorchCommand& command : kTorchCommands)
        app.add_subcommand(command.name, command.summary)->prefix_command();
}

int runTorchCommand(int argc, char** argv)
{
    const std::string folder = executableFolder();
    // Next to the executable in a build tree; installed, in <libdir>/tagscope (GNUInstallDirs) relative to <bindir>.
    const std::vector<std::string> candidates = {folder + "/libtagscope_cli_torch.so",
                                                 folder + "/" TAGSCOPE_PLUGIN_FROM_BIN "/libtagscope_cli_torch.so"};
    std::string errors;
    for (const std::string& candidate : candidates) {
        void* plugin = ::dlopen(candidate.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!plugin) {
            errors += "\n  " + std::string(::dlerror());
            continue;
        }
        using Entry = int (*)(int, char**);
        auto entry = reinterpret_cast<Entry>(::dlsym(plugin, "tagscope_cli_torch_main"));
        if (!entry) {
            std::fprintf(stderr, "tagscope-cli: %s has no entry point\n", candidate.c_str());
            return 1;
        }
        return entry(argc, argv);
    }
    std::fprintf(stderr, "tagscope-cli: '%s' needs the LibTorch plugin, which could not be loaded:%s\n", argv[1], errors.c_str());
    return 1;
}
