// tagscope-cli synth: Open Images-layout label files at any scale, and photo-like JPEGs for them when asked,
// for benchmarks and scale tests.
#include "image_plugin_commands.h"

#include "dataset/synthetic_open_images.h"

#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <memory>

void addSynthCommand(CLI::App& app)
{
    auto options = std::make_shared<tagscope::SyntheticOptions>();
    CLI::App* synth = app.add_subcommand("synth", "Write a synthetic Open Images dataset: class descriptions, human-verified and "
                                                  "machine label files, and with --photos a photo-like JPEG per image");
    synth->add_option("--out", options->outputFolder, "Output folder")->required();
    synth->add_option("--images", options->images, "Number of images")->capture_default_str();
    synth->add_option("--rows", options->rows, "Number of human-verified label rows (>= images)")->capture_default_str();
    synth->add_option("--machine-ratio", options->machineRowsPerRow,
                      "Machine-label rows per human-verified row (0: no machine-label file)")
        ->check(CLI::NonNegativeNumber)
        ->capture_default_str();
    synth->add_option("--tags", options->tags, "Number of tags")->capture_default_str();
    synth->add_option("--zipf", options->zipfExponent, "Zipf exponent of the tag frequencies")->capture_default_str();
    synth->add_option("--seed", options->seed, "Random seed")->capture_default_str();
    synth->add_option("--validation-images", options->validationImages, "Images of a validation split (0: none)")->capture_default_str();
    synth->add_flag("--photos", options->photos, "Write a photo-like JPEG per image (train/ and validation/ folders)");
    synth->add_option("--width", options->photoWidth, "Photo width")->check(CLI::Range(16, 8192))->capture_default_str();
    synth->add_option("--height", options->photoHeight, "Photo height")->check(CLI::Range(16, 8192))->capture_default_str();
    synth->add_option("--quality", options->photoQuality, "JPEG quality")->check(CLI::Range(1, 100))->capture_default_str();
    synth->add_option("--threads", options->threads, "Photo encoding threads (0: all cores)")->check(CLI::NonNegativeNumber)->capture_default_str();
    synth->add_option("--flip-share", options->flipShare,
                      "Share of the human-verified labels written flipped (1 <-> 0); each is listed in ground-truth/labels.csv")
        ->check(CLI::Range(0.0, 0.5))
        ->capture_default_str();
    synth->callback([options] {
        const auto start = std::chrono::steady_clock::now();
        const auto summary = tagscope::writeSyntheticOpenImages(*options, [](std::uint64_t done, std::uint64_t total, const std::string& phase) {
            std::fprintf(stderr, "\r%s %3.0f%%", phase.c_str(), total ? 100.0 * done / total : 0.0);
        });
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::fprintf(stderr, "\n");
        std::printf("%s: %llu label rows%s, %.1f MB in %.1f s\n", summary.labelsFile.c_str(), static_cast<unsigned long long>(summary.rows),
                    options->validationImages ? " with the validation split's" : "", summary.bytes / 1e6, seconds);
        if (!summary.machineLabelsFile.empty())
            std::printf("%s: %llu rows, %.1f MB\n", summary.machineLabelsFile.c_str(),
                        static_cast<unsigned long long>(summary.machineRows), summary.machineBytes / 1e6);
        if (summary.photos)
            std::printf("%llu photos, %.1f GB (%.0f KB each)\n", static_cast<unsigned long long>(summary.photos), summary.photoBytes / 1e9,
                        summary.photoBytes / 1024.0 / summary.photos);
        if (!summary.truthFile.empty())
            std::printf("%s: %llu flipped labels\n", summary.truthFile.c_str(), static_cast<unsigned long long>(summary.flippedRows));
    });
}
