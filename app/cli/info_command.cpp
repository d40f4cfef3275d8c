// tagscope-cli info DATASET [--json]: what the dataset holds and how skewed its tags are.
#include "commands.h"
#include "band_option.h"
#include "console_progress.h"
#include "text_columns.h"

#include "dataset/dataset_opener.h"
#include "dataset/imbalance_summary.h"
#include "dataset/statistics.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>

using namespace tagscope;

namespace {

struct InfoOptions {
    std::string dataset;
    bool json = false;
    float machineThreshold = 0.5f;
    bool noMachine = false;
    std::uint64_t headAbove = 100;
    std::uint64_t tailBelow = 20;
    std::string bands; // a band rule; overrides --head-above / --tail-below
    std::size_t listTags = 10;
    bool noCache = false;
    bool allowOutsideRoot = false;
    bool quiet = false;
    bool noCorrections = false;
};

// The tag list as `nlohmann::json::dump(2)` prints it inside the document (keys in order, strings escaped by
// the library), written directly: built as a tree of 20k objects, the list of an Open Images dataset took
// longer to build, print and free than the rest of `info --json` after the import.
void writeTagList(std::ostream& out, const Dataset& dataset, const DatasetStatistics& stats)
{
    const std::vector<std::uint32_t> order = tagsByFrequency(stats.all, dataset);
    if (order.empty()) {
        out << "[]";
        return;
    }
    out << "[\n";
    for (std::size_t i = 0; i < order.size(); ++i) {
        const std::uint32_t t = order[i];
        const TagCounts& counts = stats.all.tags[t];
        const Tag& tag = dataset.tag(t);
        out << "    {\n"
            << "      \"band\": " << nlohmann::json(bandName(stats.bands[t])).dump() << ",\n"
            << "      \"label_name\": " << nlohmann::json(tag.labelName).dump() << ",\n"
            << "      \"machine\": " << counts.machine << ",\n"
            << "      \"name\": " << nlohmann::json(tag.displayName).dump() << ",\n"
            << "      \"negative\": " << counts.negative << ",\n"
            << "      \"positive\": " << counts.positive << ",\n"
            << "      \"trainable\": " << (tag.trainable ? "true" : "false") << ",\n"
            << "      \"unknown\": " << counts.unknown << "\n"
            << (i + 1 < order.size() ? "    },\n" : "    }\n");
    }
    out << "  ]";
}

nlohmann::json splitJson(const SplitStatistics& s)
{
    return {{"images", s.images},
            {"labels", {{"positive", s.positive}, {"negative", s.negative}, {"unknown", s.unknown}}},
            {"tags_with_positives", s.tagsWithPositives},
            {"imbalance_ratio", s.imbalanceRatio}};
}

nlohmann::json correctionsJson(const OpenOptions& open, const AppliedCorrections& applied)
{
    nlohmann::json issues = nlohmann::json::array();
    for (const CorrectionIssue& issue : applied.issues)
        issues.push_back({{"file", issue.file}, {"line", issue.line}, {"message", issue.message}});
    return {{"applied", open.applyCorrections},
            {"labels", applied.labels},
            {"left_out", applied.leftOut},
            {"hash", applied.hash.empty() ? nlohmann::json(nullptr) : nlohmann::json(applied.hash)},
            {"folder", applied.folder},
            {"issues", std::move(issues)}};
}

void printJson(const ImportResult& result, const DatasetStatistics& stats, double seconds, bool fromCache, const nlohmann::json& corrections)
{
    const Dataset& dataset = result.dataset;
    nlohmann::json out;
    out["format"] = dataset.format();
    out["root"] = dataset.root();
    out["images"] = dataset.imageCount();
    out["tags"] = dataset.tagCount();
    out["labels"] = {{"positive", stats.all.positive}, {"negative", stats.all.negative}, {"unknown", stats.all.unknown}};
    out["imbalance_ratio"] = stats.all.imbalanceRatio;
    const ImbalanceSummary summary = summarizeImbalance(stats.all);
    out["summary"] = {{"gini", summary.gini},
                      {"effective_tags", summary.effectiveTags},
                      {"top_1_percent_share", summary.topOnePercentShare},
                      {"label_state_shares", {{"positive", summary.positiveShare}, {"negative", summary.negativeShare}, {"unknown", summary.unknownShare}}},
                      {"positives_per_image", summary.positivesPerImage}};
    for (int s = 0; s < kSplitCount; ++s)
        if (stats.splits[s].images)
            out["splits"][splitName(static_cast<Split>(s))] = splitJson(stats.splits[s]);
    out["bands"] = {{"rule", formatBandRule(stats.bandRule)}, {"head_above", stats.thresholds.headAbove}, {"tail_below", stats.thresholds.tailBelow},
                    {"head", stats.bandTagCounts[0]}, {"medium", stats.bandTagCounts[1]}, {"tail", stats.bandTagCounts[2]}};
    const std::string tagListMark = "\x01tag_list\x01"; // where the tag list goes, written by writeTagList
    out["tag_list"] = tagListMark;
    nlohmann::json errors = nlohmann::json::array();
    for (const ImportIssue& issue : result.report.issues)
        errors.push_back({{"file", issue.file}, {"line", issue.line}, {"message", issue.message}});
    out["errors"] = std::move(errors);
    out["error_count"] = result.report.issueCount;
    out["rows_read"] = result.report.rowsRead;
    out["rows_skipped"] = result.report.rowsSkipped;
    out["missing_images"] = result.report.missingImages;
    out["missing_image_examples"] = result.report.missingImageExamples;
    out["files"] = result.report.filesRead;
    out["memory_bytes"] = dataset.memoryBytes();
    out["seconds"] = seconds;
    out["from_cache"] = fromCache;
    out["corrections"] = corrections;
    const std::string text = out.dump(2);
    const std::string markJson = nlohmann::json(tagListMark).dump();
    const std::string markedLine = "\n  \"tag_list\": " + markJson;
    const std::size_t at = text.find(markedLine); // a top-level key: the only line indented so that holds it
    const std::size_t listStart = at + markedLine.size() - markJson.size(), listEnd = at + markedLine.size();
    std::cout.write(text.data(), static_cast<std::streamsize>(listStart));
    writeTagList(std::cout, dataset, stats);
    std::cout.write(text.data() + listEnd, static_cast<std::streamsize>(text.size() - listEnd));
    std::cout << '\n';
}

void printTagLine(const Dataset& dataset, const DatasetStatistics& stats, std::uint32_t t)
{
    const TagCounts& c = stats.all.tags[t];
    std::printf("  %s %10llu positive %10llu negative  (%s)\n", fitToColumns(dataset.tag(t).displayName, 32).c_str(),
                static_cast<unsigned long long>(c.positive), static_cast<unsigned long long>(c.negative), bandName(stats.bands[t]));
}

void printText(const ImportResult& result, const DatasetStatistics& stats, const InfoOptions& options, double seconds,
               bool fromCache, const AppliedCorrections& corrections)
{
    const Dataset& dataset = result.dataset;
    auto u = [](std::uint64_t v) { return static_cast<unsigned long long>(v); };
    std::printf("Dataset   %s\nFormat    %s (read in %.2f s%s)\n", dataset.root().c_str(), dataset.format().c_str(), seconds,
                fromCache ? " from the cache" : "");
    std::printf("Images    %llu\nTags      %llu (%llu with positives)\n", u(dataset.imageCount()), u(dataset.tagCount()),
                u(stats.all.tagsWithPositives));
    std::printf("Labels    %llu positive, %llu verified negative, %llu unknown\n", u(stats.all.positive),
                u(stats.all.negative), u(stats.all.unknown));
    for (int s = 0; s < kSplitCount; ++s) {
        const SplitStatistics& split = stats.splits[s];
        if (split.images)
            std::printf("  %-11s %9llu images %10llu positive %10llu negative  imbalance %.1f\n", splitName(static_cast<Split>(s)),
                        u(split.images), u(split.positive), u(split.negative), split.imbalanceRatio);
    }
    std::printf("Imbalance ratio %.1f (most / least frequent positive tag)\n", stats.all.imbalanceRatio);
    const ImbalanceSummary summary = summarizeImbalance(stats.all);
    std::printf("Skew      Gini %.3f, %.1f effective tags, top 1%% of tags hold %.1f%% of positives\n", summary.gini,
                summary.effectiveTags, 100.0 * summary.topOnePercentShare);
    std::printf("Unknown   %.2f%% of the image x tag matrix is unannotated\n", 100.0 * summary.unknownShare);
    std::printf("Bands     %llu head (> %llu), %llu medium, %llu tail (< %llu positives in train), rule %s\n", u(stats.bandTagCounts[0]),
                u(stats.thresholds.headAbove), u(stats.bandTagCounts[1]), u(stats.bandTagCounts[2]), u(stats.thresholds.tailBelow),
                formatBandRule(stats.bandRule).c_str());
    std::vector<std::uint32_t> order = tagsByFrequency(stats.all, dataset);
    while (!order.empty() && stats.all.tags[order.back()].positive == 0)
        order.pop_back();
    const std::size_t n = std::min(options.listTags, order.size());
    std::printf("Most frequent tags\n");
    for (std::size_t i = 0; i < n; ++i)
        printTagLine(dataset, stats, order[i]);
    std::printf("Least frequent tags\n");
    for (std::size_t i = order.size() - n; i < order.size(); ++i)
        printTagLine(dataset, stats, order[i]);
    std::printf("Import issues %llu (%llu rows skipped)\n", u(result.report.issueCount), u(result.report.rowsSkipped));
    for (std::size_t i = 0; i < result.report.issues.size() && i < 20; ++i) {
        const ImportIssue& issue = result.report.issues[i];
        std::printf("  %s:%llu: %s\n", issue.file.c_str(), u(issue.line), issue.message.c_str());
    }
    if (result.report.issueCount > 20)
        std::printf("  ... (--json lists the first %zu)\n", ImportReport::kMaxStoredIssues);
    std::printf("Missing images %llu (image files the annotations name but the disk lacks)\n", u(result.report.missingImages));
    for (std::size_t i = 0; i < result.report.missingImageExamples.size() && i < 5; ++i)
        std::printf("  %s\n", result.report.missingImageExamples[i].c_str());
    std::printf("Corrections %llu label decisions, %llu images left out (%s)%s\n", u(corrections.labels), u(corrections.leftOut),
                corrections.folder.c_str(), options.noCorrections ? ", not applied (--no-corrections)" : "");
}

void runInfo(const InfoOptions& options)
{
    OpenOptions open;
    open.load.openImages.machineConfidenceThreshold = options.machineThreshold;
    open.load.openImages.readMachineLabels = !options.noMachine;
    open.useCache = !options.noCache;
    open.load.imagePaths.allowOutsideRoot = options.allowOutsideRoot;
    open.applyCorrections = !options.noCorrections;
    const auto start = std::chrono::steady_clock::now();
    OpenResult opened = openDataset(options.dataset, open, consoleProgress(options.quiet));
    finishConsoleProgress(options.quiet);
    const ImportResult& result = opened.import;
    const BandRule bandRule = options.bands.empty() ? BandRule::fixed(options.headAbove, options.tailBelow)
                                                    : *parseBandRule(options.bands, nullptr); // checked by the option
    const DatasetStatistics stats = computeStatistics(result.dataset, bandRule);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!opened.cacheWarning.empty())
        std::fprintf(stderr, "warning: %s\n", opened.cacheWarning.c_str());
    for (const CorrectionIssue& issue : opened.corrections.issues)
        std::fprintf(stderr, "warning: %s\n", formatIssue(issue).c_str());
    if (options.noCorrections) { // where they are and how many there are, though not applied
        const CorrectionStore store(defaultCorrectionsFolder(options.dataset));
        opened.corrections = {store.folder(), store.labelCount(), store.leftOutCount(), store.hash(), store.issues()};
    }
    if (options.json)
        printJson(result, stats, seconds, opened.fromCache, correctionsJson(open, opened.corrections));
    else
        printText(result, stats, options, seconds, opened.fromCache, opened.corrections);
}

} // namespace

void addInfoCommand(CLI::App& app)
{
    auto options = std::make_shared<InfoOptions>();
    CLI::App* info = app.add_subcommand("info", "Print the format, images, tags, label counts and imbalance of a dataset");
    info->add_option("dataset", options->dataset, "Dataset folder or file (Open Images, COCO, list, class folders)")->required();
    info->add_flag("--json", options->json, "Print one JSON object");
    info->add_option("--machine-threshold", options->machineThreshold, "Machine labels at or above this confidence are positive")
        ->check(CLI::Range(0.0f, 1.0f));
    info->add_flag("--no-machine-labels", options->noMachine, "Ignore machine-generated labels");
    info->add_option("--head-above", options->headAbove, "Head tags have more training positives than this");
    info->add_option("--tail-below", options->tailBelow, "Tail tags have fewer training positives than this");
    addBandsOption(info, options->bands);
    info->add_option("--list", options->listTags, "How many most and least frequent tags to list");
    info->add_flag("--no-cache", options->noCache, "Parse the source files even when the dataset cache is current");
    info->add_flag("--allow-outside-root", options->allowOutsideRoot,
                   "Accept COCO and list image paths that lead out of the dataset's folder (refused by default)");
    info->add_flag("--quiet", options->quiet, "No import progress on stderr");
    info->add_flag("--no-corrections", options->noCorrections,
                   "The labels as the annotations give them, without the review decisions kept for the dataset");
    info->callback([options] { runInfo(*options); });
}
