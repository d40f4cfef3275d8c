#pragma once
// Commands that need LibTorch live in a plugin (libtagscope_cli_torch.so) loaded only when one of them runs:
// loading LibTorch costs ~0.4 s and ~160 MB before main(), which dataset commands such as `info` should not pay.
#include <string_view>

namespace CLI {
class App;
}

struct TorchCommand {
    const char* name;
    const char* summary;
};

// The plugin's commands, for dispatch and for the top-level --help.
inline constexpr TorchCommand kTorchCommands[] = {
    {"devices", "List the compute devices LibTorch can use (CPU, CUDA GPUs)"},
    {"loss", "Evaluate a registered loss on logits or embeddings and targets (.npy)"},
    {"train", "Train a multilabel tagger from a JSON config (resumes a run directory)"},
    {"retrieval", "Recall@K and MAP@R of embeddings (.npy) with exact nearest neighbours"},
    {"embed", "Embeddings of every image of a split (.npy), from a run, a checkpoint or a TorchScript model"},
    {"predict", "Tag probabilities of every image of a split (.npy), from a run, a checkpoint or a TorchScript model"},
    {"crossval", "Out-of-fold tag probabilities of the training split (K runs on K-1 folds each; resumable)"},
};

bool isTorchCommand(std::string_view name);
void listTorchCommands(CLI::App& app);

// Loads the plugin next to the executable (or in ../lib/tagscope) and runs the command; returns the exit code.
int runTorchCommand(int argc, char** argv);
