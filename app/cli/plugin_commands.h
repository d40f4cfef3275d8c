#pragma once
// Commands whose libraries are slow to load live in plugins next to tagscope-cli, loaded only when one of them
// runs: LibTorch (~0.4 s and ~160 MB before main()) and OpenCV's image codecs (~0.1 s of CPU and some 130
// libraries, GDAL's among them). Dataset commands such as `info` pay for neither.
#include <cstddef>
#include <string_view>

namespace CLI {
class App;
}

struct PluginCommand {
    const char* name;
    const char* summary;
};

struct Plugin {
    const char* library; // its file name, e.g. libtagscope_cli_torch.so
    const char* entry;   // its extern "C" int entry(int argc, char** argv)
    const char* what;    // for the message when it cannot be loaded
    const PluginCommand* commands;
    std::size_t commandCount;
};

// The plugin that runs a command; nullptr for the executable's own commands.
const Plugin* pluginOf(std::string_view command);
// Every plugin's commands, for the top-level --help.
void listPluginCommands(CLI::App& app);

// Loads the plugin next to the executable (or in ../lib/tagscope) and runs the command; returns the exit code.
int runPluginCommand(const Plugin& plugin, int argc, char** argv);
