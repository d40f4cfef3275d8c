#include "plugin_commands.h"

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

constexpr PluginCommand kTorchCommands[] = {
    {"devices", "List the compute devices LibTorch can use (CPU, CUDA GPUs)"},
    {"loss", "Evaluate a registered loss on logits or embeddings and targets (.npy)"},
    {"train", "Train a multilabel tagger from a JSON config (resumes a run directory)"},
    {"retrieval", "Recall@K and MAP@R of embeddings (.npy) with exact nearest neighbours"},
    {"embed", "Embeddings of every image of a split (.npy), from a run, a checkpoint or a TorchScript model"},
    {"predict", "Tag probabilities of every image of a split (.npy), from a run, a checkpoint or a TorchScript model"},
    {"crossval", "Out-of-fold tag probabilities of the training split (K runs on K-1 folds each; resumable)"},
};
constexpr PluginCommand kImageCommands[] = {
    {"demo", "Build the Fashion Mosaic demo: a long-tailed, partially annotated multilabel dataset made from Fashion-MNIST, "
             "in Open Images V6 layout"},
    {"synth", "Write a synthetic Open Images dataset: class descriptions, human-verified and machine label files, and with "
              "--photos a photo-like JPEG per image"},
};
const Plugin kPlugins[] = {
    {"libtagscope_cli_torch.so", "tagscope_cli_torch_main", "the LibTorch plugin", kTorchCommands, std::size(kTorchCommands)},
    {"libtagscope_cli_images.so", "tagscope_cli_images_main", "the image plugin (OpenCV)", kImageCommands, std::size(kImageCommands)},
};

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

const Plugin* pluginOf(std::string_view command)
{
    for (const Plugin& plugin : kPlugins)
        for (std::size_t i = 0; i < plugin.commandCount; ++i)
            if (command == plugin.commands[i].name)
                return &plugin;
    return nullptr;
}

void listPluginCommands(CLI::App& app)
{
    // Listed for --help only: main() hands these commands to their plugin before parsing.
    for (const Plugin& plugin : kPlugins)
        for (std::size_t i = 0; i < plugin.commandCount; ++i)
            app.add_subcommand(plugin.commands[i].name, plugin.commands[i].summary)->prefix_command();
}

int runPluginCommand(const Plugin& plugin, int argc, char** argv)
{
    const std::string folder = executableFolder();
    // Next to the executable in a build tree; installed, in <libdir>/tagscope (GNUInstallDirs) relative to <bindir>.
    const std::vector<std::string> candidates = {folder + "/" + plugin.library,
                                                 folder + "/" TAGSCOPE_PLUGIN_FROM_BIN "/" + plugin.library};
    std::string errors;
    for (const std::string& candidate : candidates) {
        void* loaded = ::dlopen(candidate.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!loaded) {
            errors += "\n  " + std::string(::dlerror());
            continue;
        }
        using Entry = int (*)(int, char**);
        auto entry = reinterpret_cast<Entry>(::dlsym(loaded, plugin.entry));
        if (!entry) {
            std::fprintf(stderr, "tagscope-cli: %s has no entry point\n", candidate.c_str());
            return 1;
        }
        return entry(argc, argv);
    }
    std::fprintf(stderr, "tagscope-cli: '%s' needs %s, which could not be loaded:%s\n", argv[1], plugin.what, errors.c_str());
    return 1;
}
