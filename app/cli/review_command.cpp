// tagscope-cli review DATASET --scores SCORES.npy --kind missing|wrong-positive|wrong-negative|tags [--tag NAME]
// [--top K] [--in-sample] [--bands RULE] [--json]: the labels a model's scores say are missing or wrong, ranked
// (engine/quality), with each tag's thresholds; --kind tags gives per tag the counts of each kind and the
// positives estimated to hide among its unknown labels; --kind images the images with the lowest label-quality
// scores. The scores are streamed, never held whole.
#include "band_option.h"
#include "commands.h"
#include "console_progress.h"
#include "open_dataset.h"
#include "text_columns.h"

#include "dataset/dataset_opener.h"
#include "quality/label_review.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <stdexcept>

using namespace tagscope;

namespace {

struct ReviewOptions {
    std::string dataset;
    std::string scores;
    std::string kind;
    std::string tag;     // LabelName; empty: every scored tag
    std::size_t top = 50;
    bool inSample = false;
    std::string bands;
    bool noCache = false;
    bool json = false;
    bool quiet = false;
};

std::vector<LabelCandidate> rankedCandidates(const LabelReview& review, CandidateKind kind, const std::vector<std::uint32_t>& columns,
                                             std::size_t top)
{
    std::vector<LabelCandidate> all;
    for (std::uint32_t c : columns) {
        const auto& list = review.tags[c].top[static_cast<std::size_t>(kind)];
        all.insert(all.end(), list.begin(), list.end());
    }
    return rankAcrossTags(std::move(all), review.positives(), top);
}

void printTags(const LabelReview& review, const ScoreFile& scores, const Dataset& dataset, const std::vector<std::uint32_t>& columns,
               bool inSample, bool json)
{
    if (json) {
        nlohmann::json tags = nlohmann::json::array();
        for (std::uint32_t c : columns) {
            const TagReview& t = review.tags[c];
            tags.push_back({{"tag", dataset.tag(scores.columnTag(c)).labelName},
                            {"missing", t.counts[0]},
                            {"wrong_positive", t.counts[1]},
                            {"wrong_negative", t.counts[2]},
                            {"hidden_positives", t.hiddenPositives},
                            {"few_labels", t.threshold.fewLabels()}});
        }
        nlohmann::json out = {{"tags", std::move(tags)}};
        if (inSample)
            out["in_sample"] = true;
        std::cout << out.dump(2) << '\n';
        return;
    }
    if (inSample)
        std::printf("Counts from in-sample scores (a model that trained on these images): errors are undercounted\n");
    std::printf("%-32s %-6s %8s %8s %8s %8s %8s %8s %9s\n", "Tag", "Band", "Positive", "Negative", "Unknown", "Missing", "Wrong+",
                "Wrong-", "Hidden");
    for (std::uint32_t c : columns) {
        const TagReview& t = review.tags[c];
        std::printf("%s %-6s %8llu %8llu %8llu %8llu %8llu %8llu %9.1f%s\n", fitToColumns(dataset.tag(scores.columnTag(c)).displayName, 32).c_str(),
                    bandName(t.band), static_cast<unsigned long long>(t.sums.positives), static_cast<unsigned long long>(t.sums.negatives),
                    static_cast<unsigned long long>(t.sums.unknowns), static_cast<unsigned long long>(t.counts[0]),
                    static_cast<unsigned long long>(t.counts[1]), static_cast<unsigned long long>(t.counts[2]), t.hiddenPositives,
                    t.threshold.fewLabels() ? "  few labels" : "");
    }
}

void printWeakestImages(const LabelReview& review, const ScoreFile& scores, const Dataset& dataset, bool inSample, bool json)
{
    const auto tagName = [&](const LabelCandidate& c) { return dataset.tag(scores.columnTag(c.column)).labelName; };
    if (json) {
        nlohmann::json images = nlohmann::json::array();
        for (const LabelCandidate& weakest : review.weakestImages)
            images.push_back({{"image", dataset.imageName(scores.rowImage(weakest.row))},
                              {"score", 1.0 - weakest.score},
                              {"tag", tagName(weakest)}});
        const nlohmann::json out = {{"kind", "images"}, {"in_sample", inSample}, {"images", std::move(images)}};
        std::cout << out.dump(2) << '\n';
        return;
    }
    std::printf("Images whose labels the model trusts least%s (label-quality score: the lowest of p for a positive and 1 - p for "
                "a verified negative; the label that sets it)\n", inSample ? ", from in-sample scores" : "");
    for (const LabelCandidate& weakest : review.weakestImages) {
        const Tag& tag = dataset.tag(scores.columnTag(weakest.column));
        std::printf("  %-24s %.3f  %s p %.3f\n", dataset.imageName(scores.rowImage(weakest.row)).c_str(), 1.0 - weakest.score,
                    fitToColumns(tag.displayName + " (" + tag.labelName + ")", 40).c_str(), static_cast<double>(weakest.p));
    }
}

void printCandidates(const LabelReview& review, const ScoreFile& scores, const Dataset& dataset, const std::vector<std::uint32_t>& columns,
                     CandidateKind kind, std::size_t top, bool inSample, bool json)
{
    const std::vector<LabelCandidate> ranked = rankedCandidates(review, kind, columns, top);
    if (json) {
        nlohmann::json thresholds = nlohmann::json::array();
        for (std::uint32_t c : columns) {
            const TagThreshold& t = review.tags[c].threshold;
            thresholds.push_back({{"tag", dataset.tag(scores.columnTag(c)).labelName},
                                  {"positive", t.positive},
                                  {"negative", t.negative},
                                  {"few_labels", t.fewLabels()}});
        }
        nlohmann::json candidates = nlohmann::json::array();
        for (const LabelCandidate& candidate : ranked)
            candidates.push_back({{"image", dataset.imageName(scores.rowImage(candidate.row))},
                                  {"tag", dataset.tag(scores.columnTag(candidate.column)).labelName},
                                  {"p", candidate.p},
                                  {"score", candidate.score}});
        const nlohmann::json out = {{"kind", candidateKindName(kind)}, {"in_sample", inSample}, {"thresholds", std::move(thresholds)},
                                    {"candidates", std::move(candidates)}};
        std::cout << out.dump(2) << '\n';
        return;
    }
    std::uint64_t flagged = 0;
    for (std::uint32_t c : columns)
        flagged += review.tags[c].counts[static_cast<std::size_t>(kind)];
    const char* what = kind == CandidateKind::MissingPositive ? "Missing positives (unknown labels the model finds positive)"
                       : kind == CandidateKind::WrongPositive ? "Wrong positives (positive labels the model finds negative)"
                                                              : "Wrong negatives (verified negatives the model finds positive)";
    std::printf("%s%s: %llu flagged, the first %zu\n", what, inSample ? ", from in-sample scores" : "",
                static_cast<unsigned long long>(flagged), ranked.size());
    for (const LabelCandidate& candidate : ranked) {
        const Tag& tag = dataset.tag(scores.columnTag(candidate.column));
        std::printf("  %-24s %s p %.3f  score %.3f\n", dataset.imageName(scores.rowImage(candidate.row)).c_str(),
                    fitToColumns(tag.displayName + " (" + tag.labelName + ")", 40).c_str(), static_cast<double>(candidate.p),
                    static_cast<double>(candidate.score));
    }
    // The thresholds of the tags listed (all of them with --json).
    std::vector<std::uint32_t> listed;
    for (const LabelCandidate& candidate : ranked)
        listed.push_back(candidate.column);
    std::sort(listed.begin(), listed.end());
    listed.erase(std::unique(listed.begin(), listed.end()), listed.end());
    if (!listed.empty())
        std::printf("Thresholds of these tags (t+ mean p of positives, t- mean 1 - p of verified negatives)\n");
    for (std::uint32_t c : listed) {
        const TagThreshold& t = review.tags[c].threshold;
        std::printf("  %s t+ %.3f  t- %.3f%s\n", fitToColumns(dataset.tag(scores.columnTag(c)).displayName, 32).c_str(), t.positive, t.negative,
                    t.fewLabels() ? "  few labels (the band's mean)" : "");
    }
}

int runReview(const ReviewOptions& o)
{
    const bool tagsKind = o.kind == "tags", imagesKind = o.kind == "images";
    const std::optional<CandidateKind> kind = candidateKindFromName(o.kind);
    if (!tagsKind && !imagesKind && !kind)
        throw std::runtime_error("--kind " + o.kind + ": use missing, wrong-positive, wrong-negative, tags or images");
    if (imagesKind && !o.tag.empty())
        throw std::runtime_error("--kind images looks at every tag of an image; leave out --tag");
    OpenOptions open;
    open.useCache = !o.noCache;
    const OpenResult opened = openDatasetForCommand(o.dataset, open, o.quiet);
    const Dataset& dataset = opened.import.dataset;
    const ScoreFile scores(o.scores, dataset);
    if (scores.inSample() && !o.inSample)
        throw std::runtime_error(o.scores + ": in-sample scores (from a model that trained on these images) hide the very errors a review "
                                 "looks for; use out-of-fold scores (crossval), or pass --in-sample to review them anyway");
    const bool inSample = scores.inSample() || o.inSample;
    std::vector<std::uint32_t> columns;
    for (std::size_t c = 0; c < scores.columns(); ++c)
        if (o.tag.empty() || dataset.tag(scores.columnTag(c)).labelName == o.tag)
            columns.push_back(static_cast<std::uint32_t>(c));
    if (columns.empty())
        throw std::runtime_error("--tag " + o.tag + ": " + (dataset.findTag(o.tag) ? "the tag has no column in " + o.scores
                                                                                      : "not a LabelName of the dataset " + dataset.root()));
    const BandRule rule = o.bands.empty() ? BandRule{} : *parseBandRule(o.bands, nullptr); // checked by the option
    CancelToken cancel;
    const InterruptCancels interrupts(cancel);
    const std::optional<LabelReview> review = reviewLabels(scores, dataset, rule, tagsKind ? 0 : o.top, consoleProgress(o.quiet), &cancel);
    finishConsoleProgress(o.quiet);
    if (!review) {
        std::fprintf(stderr, "cancelled; nothing reviewed\n");
        return 130;
    }
    if (tagsKind)
        printTags(*review, scores, dataset, columns, inSample, o.json);
    else if (imagesKind)
        printWeakestImages(*review, scores, dataset, inSample, o.json);
    else
        printCandidates(*review, scores, dataset, columns, *kind, o.top, inSample, o.json);
    return 0;
}

} // namespace

void addReviewCommand(CLI::App& app)
{
    auto o = std::make_shared<ReviewOptions>();
    CLI::App* review = app.add_subcommand("review", "Labels a model's scores say are missing or wrong, ranked, with per-tag thresholds");
    review->add_option("dataset", o->dataset, "Dataset folder or file")->required();
    review->add_option("--scores", o->scores, "Probabilities, images x tags float32 (.npy), rows named by SCORES.images.npy or SCORES.json")
        ->required();
    review->add_option("--kind", o->kind,
                       "missing, wrong-positive, wrong-negative, tags (per-tag counts) or images (lowest label-quality scores)")
        ->required();
    review->add_option("--tag", o->tag, "Only this tag (LabelName)");
    review->add_option("--top", o->top, "Candidates listed (default 50)")->check(CLI::PositiveNumber);
    review->add_flag("--in-sample", o->inSample, "Accept scores from a model that trained on these images (outputs say so)");
    addBandsOption(review, o->bands);
    review->add_flag("--no-cache", o->noCache, "Parse the dataset's source files even when its cache is current");
    review->add_flag("--json", o->json, "Print one JSON object");
    review->add_flag("--quiet", o->quiet, "No progress on stderr");
    review->callback([o] {
        const int code = runReview(*o);
        if (code != 0)
            throw CLI::RuntimeError(code);
    });
}
