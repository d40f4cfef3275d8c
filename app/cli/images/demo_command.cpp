// tagscope-cli demo: builds the "Fashion Mosaic" demo dataset (Open Images layout) from Fashion-MNIST.
#include "image_plugin_commands.h"

#include "dataset/demo_generator.h"

#include <CLI/CLI.hpp>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace {

// Ctrl-C cancels cleanly: the generator then removes its unfinished folder. A lock-free atomic store is
// safe in a signal handler.
tagscope::CancelToken interruptToken;
extern "C" void onInterrupt(int) { interruptToken.cancel(); }

// One status line on a terminal (rewritten in place), one line per phase and per 10% in a log.
class ProgressPrinter {
public:
    void operator()(std::uint64_t done, std::uint64_t total, const std::string& phase)
    {
        const int percent = total ? static_cast<int>(100 * done / total) : -1;
        const bool newPhase = phase != phase_;
        if (!newPhase && (percent == percent_ || (!terminal_ && percent / 10 == percent_ / 10)))
            return;
        if (newPhase && terminal_ && !phase_.empty())
            std::fputc('\n', stderr);
        phase_ = phase;
        percent_ = percent;
        if (percent >= 0)
            std::fprintf(stderr, terminal_ ? "\r%s: %d%%" : "%s: %d%%\n", phase.c_str(), percent);
        else
            std::fprintf(stderr, terminal_ ? "\r%s..." : "%s...\n", phase.c_str());
        std::fflush(stderr);
    }
    void finish()
    {
        if (terminal_ && !phase_.empty())
            std::fputc('\n', stderr);
    }

private:
    bool terminal_ = isatty(fileno(stderr)) != 0;
    std::string phase_;
    int percent_ = -1;
};

void runDemo(const tagscope::DemoOptions& options)
{
    interruptToken.reset();
    auto previousHandler = std::signal(SIGINT, onInterrupt);
    ProgressPrinter printer;
    const auto start = std::chrono::steady_clock::now();
    tagscope::DemoSummary summary;
    try {
        summary = tagscope::generateDemoDataset(options, std::ref(printer), &interruptToken);
    } catch (...) {
        printer.finish();
        std::signal(SIGINT, previousHandler);
        throw;
    }
    printer.finish();
    std::signal(SIGINT, previousHandler);
    if (interruptToken.cancelled())
        throw std::runtime_error("interrupted; " + options.outputFolder + " was left as it was");

    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("Fashion Mosaic: %zu images, %zu tags, %llu positive and %llu verified negative labels in %.1f s -> %s\n",
                summary.images + summary.copies, summary.tags, static_cast<unsigned long long>(summary.positiveLabels),
                static_cast<unsigned long long>(summary.negativeLabels), seconds, options.outputFolder.c_str());
    std::printf("Ground truth in %s/ground-truth: %llu positives left unknown, %llu labels flipped, %zu images copied across splits\n",
                options.outputFolder.c_str(), static_cast<unsigned long long>(summary.hiddenPositives),
                static_cast<unsigned long long>(summary.flippedLabels), summary.copies);
}

} // namespace

void addDemoCommand(CLI::App& app)
{
    auto options = std::make_shared<tagscope::DemoOptions>();
    options->outputFolder = tagscope::defaultDemoFolder();
    CLI::App* demo = app.add_subcommand(
        "demo", "Build the Fashion Mosaic demo: a long-tailed, partially annotated multilabel dataset made from "
                "Fashion-MNIST, in Open Images V6 layout");
    demo->add_option("--out", options->outputFolder,
                     "Output folder: new, empty, or a previous demo (which is replaced)")
        ->capture_default_str();
    demo->add_option("--images", options->images, "Number of images")->check(CLI::Range(1, 10000000))->capture_default_str();
    demo->add_option("--seed", options->seed, "Random seed: the same seed gives the same files")->capture_default_str();
    demo->add_flag("--single-item", options->singleItem, "One item and one tag per image (for metric learning)");
    demo->add_option("--size", options->imageSize, "Image side in pixels")->check(CLI::Range(28, 2048))->capture_default_str();
    demo->add_option("--threads", options->threads, "Encoding threads (0: all cores)")->check(CLI::NonNegativeNumber)->capture_default_str();
    demo->add_option("--flip-share", options->flipShare,
                     "Share of the verified labels written flipped (positive <-> verified negative); the truth goes to "
                     "ground-truth/labels.csv")
        ->check(CLI::Range(0.0, 0.5))
        ->capture_default_str();
    demo->add_option("--copies", options->copies,
                     "Training images copied into validation and test (re-encoded, some resized or cropped), listed in "
                     "ground-truth/copies.csv")
        ->capture_default_str();
    demo->add_option("--fashion-mnist", options->fashionMnistFolder, "Folder with Fashion-MNIST's gzip'd IDX files")
        ->capture_default_str();
    demo->callback([options] { runDemo(*options); });
}
