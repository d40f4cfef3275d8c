#!/usr/bin/python3
"""Finding label errors: Tagscope's review against cleanlab's multilabel functions, on the same scores.

For each seed: the demo dataset with injected noise (`tagscope-cli demo --flip-share 0.03 --copies 0`: some true
positives left unknown, some verified labels flipped, the truth in ground-truth/labels.csv), out-of-fold
probabilities of its training split (`tagscope-cli crossval`, small_cnn), then both tools read those same
probabilities:

- missing labels: precision at 100 and at 1,000 of the candidates, correct when the truth file says the
  (image, tag) is a true positive left unknown. Tagscope: `review --kind missing --top 1000`. cleanlab has no
  unknown state, so every label the annotations leave out is given to it as 0 (absent), like a verified negative:
  (1) "per class": every (image, tag) labelled 0 ranked by `get_label_quality_scores_per_class` (self-confidence,
  1 - p for a 0), lowest first, so the verified negatives compete with the unknown labels;
  (2) "per image": the images `filter.find_label_issues` flags, in its order (`return_indices_ranked_by=
  "self_confidence"`), each giving its 0-labelled tags by that per-class score, lowest first. A second precision,
  "any error", also counts a flipped label (a true positive written as a verified negative) as correct.
- wrong labels: average precision against the flip mask of each tool's ranking of the labels it holds, over every
  (image, tag) of the training split (the flips are all among the verified labels). cleanlab holds a label for
  every (image, tag), the unknown ones as 0, and ranks them all; Tagscope knows which labels are unknown and never
  calls one wrong, so they come last in its rankings. Tagscope review: the union of `review --kind wrong-positive`
  and `--kind wrong-negative` (all flagged candidates) ordered by score; the verified labels neither kind flags
  follow, tied. Self-confidence on verified labels: every verified label by 1 - p for a positive and p for a
  negative (cleanlab's per-class score restricted to the labels it cannot tell from unknown ones: what it would
  give if it had the unknown state). cleanlab per class: every label by `get_label_quality_scores_per_class`,
  lowest first; cleanlab per image: labels ordered by their image's `rank.get_label_quality_scores` (lowest first),
  then by their own per-class score; cleanlab filter: the labels of the images `find_label_issues` flags, in its
  order and then by per-class score, the others following, tied.

Times: Tagscope's is the three `review` processes (opening the dataset included); cleanlab's is its function
calls alone, with the labels and probabilities already in memory. The cross-validation, shared by both, is timed
apart.

Usage: bench/label_review_bench.py CLEANLAB_SOURCE [--cli build/app/cli/tagscope-cli] [--seeds 1,2,3]
                                   [--images 6000] [--folds 3] [--epochs 6] [--threads 2]
                                   [--work /tmp/tagscope-label-review-bench]
CLEANLAB_SOURCE is a checkout of cleanlab 2.x (the folder holding the cleanlab package); it is put on sys.path.
Needs Debian's python3-numpy, python3-sklearn, python3-pandas, python3-termcolor and python3-tqdm (run with
/usr/bin/python3).
"""
import argparse
import csv
import json
import os
import subprocess
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def run(command):
    start = time.perf_counter()
    result = subprocess.run(command, check=True, capture_output=True, text=True)
    return result.stdout, time.perf_counter() - start


def image_ids(dataset):
    """The demo's dataset image indices follow the ImageIDs of all splits, sorted."""
    return sorted(name[:-4] for split in ("train", "validation", "test")
                  for name in os.listdir(os.path.join(dataset, split)) if name.endswith(".jpg"))


def given_labels(dataset, ids, tags):
    """Training labels as a matrix: 1 positive, 0 verified negative, -1 unknown."""
    row = {image: r for r, image in enumerate(ids)}
    column = {tag: c for c, tag in enumerate(tags)}
    given = np.full((len(ids), len(tags)), -1, dtype=np.int8)
    with open(os.path.join(dataset, "oidv6-train-annotations-human-imagelabels.csv"), newline="") as f:
        for record in csv.DictReader(f):
            if record["ImageID"] in row and record["LabelName"] in column:
                given[row[record["ImageID"]], column[record["LabelName"]]] = int(record["Confidence"])
    return given


def truth_masks(dataset, ids, tags, given):
    """hidden: true positives left unknown; flipped: verified labels written opposite to the truth."""
    row = {image: r for r, image in enumerate(ids)}
    column = {tag: c for c, tag in enumerate(tags)}
    hidden = np.zeros(given.shape, dtype=bool)
    flipped = np.zeros(given.shape, dtype=bool)
    with open(os.path.join(dataset, "ground-truth", "labels.csv"), newline="") as f:
        for record in csv.DictReader(f):
            r, c = row.get(record["ImageID"]), column.get(record["LabelName"])
            if r is None or c is None:
                continue  # another split
            if record["Given"] == "":
                hidden[r, c] = record["Truth"] == "1"
            elif int(record["Given"]) != int(record["Truth"]):
                flipped[r, c] = True
    assert not (hidden & (given != -1)).any() and not (flipped & (given == -1)).any(), "truth file disagrees"
    return hidden, flipped


def average_precision(relevant, ranks):
    """AP of a ranking (ranks: 0 = first; equal ranks are tied and share their precision, as scikit-learn does)."""
    from sklearn.metrics import average_precision_score
    return float(average_precision_score(relevant, -np.asarray(ranks, dtype=np.float64)))


def precision_at(correct, k):
    """Share of the first k correct (of all listed, when fewer than k were)."""
    return float(np.mean(correct[:k])) if len(correct) else float("nan")


def tagscope_side(args, dataset, oof, probs, rows, tags, hidden, flipped, verified):
    scores = os.path.join(oof, "oof.npy")
    review = [args.cli, "review", dataset, "--scores", scores, "--json", "--quiet"]
    seconds = 0.0
    out, s = run(review + ["--kind", "missing", "--top", "1000"])
    seconds += s
    missing = json.loads(out)["candidates"]
    flagged = []
    for kind in ("wrong-positive", "wrong-negative"):
        out, s = run(review + ["--kind", kind, "--top", str(probs.size)])
        seconds += s
        flagged += json.loads(out)["candidates"]
    column = {tag: c for c, tag in enumerate(tags)}
    cells = lambda cands: [(rows[c["image"]], column[c["tag"]]) for c in cands]
    for (r, c), cand in zip(cells(missing + flagged), missing + flagged):
        assert abs(probs[r, c] - cand["p"]) < 1e-6, "rows of the scores do not follow the ImageIDs"
    missing_cells = cells(missing)
    correct = np.array([hidden[r, c] for r, c in missing_cells])
    any_error = correct
    flagged.sort(key=lambda cand: -cand["score"])
    rank = np.where(verified, len(flagged), len(flagged) + 1)  # unflagged verified labels tie, unknown ones last
    for position, (r, c) in enumerate(cells(flagged)):
        rank[r, c] = position
    return {
        "seconds": seconds,
        "missing_listed": len(missing),
        "p_at_100": precision_at(correct, 100), "p_at_1000": precision_at(correct, 1000),
        "any_at_100": precision_at(any_error, 100), "any_at_1000": precision_at(any_error, 1000),
        "wrong_flagged": len(flagged),
        "flips_flagged": int((flipped & (rank < len(flagged))).sum()),
        "wrong_ap": average_precision(flipped.ravel(), rank.ravel()),
    }


def cleanlab_side(probs, given, hidden, flipped, verified):
    from cleanlab.multilabel_classification import filter as cl_filter, rank as cl_rank
    labels = [list(np.flatnonzero(row == 1)) for row in given]  # unknown -> 0: cleanlab has no unknown state
    start = time.perf_counter()
    per_class = np.asarray(cl_rank.get_label_quality_scores_per_class(labels, probs))
    per_image = cl_rank.get_label_quality_scores(labels, probs)
    issues = cl_filter.find_label_issues(labels, probs, return_indices_ranked_by="self_confidence")
    seconds = time.perf_counter() - start
    if per_class.shape != probs.shape:  # some versions give one row per class
        per_class = per_class.T
    assert per_class.shape == probs.shape

    absent = given != 1
    true_error = hidden | (flipped & (given == 0))
    # per class: every 0 ranked by its own quality score
    cells = np.argwhere(absent)
    order = np.lexsort((cells[:, 1], cells[:, 0], per_class[absent]))[:1000]
    chosen = cells[order]
    by_class = hidden[chosen[:, 0], chosen[:, 1]], true_error[chosen[:, 0], chosen[:, 1]]
    # per image: flagged images in cleanlab's order, each giving its 0s by quality
    chosen = []
    for image in issues:
        zeros = np.flatnonzero(absent[image])
        chosen += [(image, c) for c in zeros[np.argsort(per_class[image, zeros], kind="stable")]]
        if len(chosen) >= 1000:
            break
    chosen = np.array(chosen[:1000], dtype=np.int64).reshape(-1, 2)
    by_image = hidden[chosen[:, 0], chosen[:, 1]], true_error[chosen[:, 0], chosen[:, 1]]

    # wrong labels, over every (image, tag): cleanlab holds a label (0 when unknown) for each
    self_confidence = np.where(verified, per_class, 2.0)  # restricted to the verified labels, unknown ones last
    image_rank = np.argsort(np.argsort(per_image, kind="stable"), kind="stable")
    label_key = np.lexsort((per_class.ravel(), np.repeat(image_rank, probs.shape[1]))).argsort().reshape(probs.shape)
    filter_rank = np.full(len(per_image), len(issues), dtype=np.int64)
    filter_rank[issues] = np.arange(len(issues))
    filter_key = filter_rank[:, None] * 2.0 + np.where(filter_rank[:, None] < len(issues), per_class, 1.0)
    return {
        "seconds": seconds,
        "issue_images": int(len(issues)),
        "class_p_at_100": precision_at(by_class[0], 100), "class_p_at_1000": precision_at(by_class[0], 1000),
        "class_any_at_100": precision_at(by_class[1], 100), "class_any_at_1000": precision_at(by_class[1], 1000),
        "image_p_at_100": precision_at(by_image[0], 100), "image_p_at_1000": precision_at(by_image[0], 1000),
        "image_any_at_100": precision_at(by_image[1], 100), "image_any_at_1000": precision_at(by_image[1], 1000),
        "self_confidence_ap": average_precision(flipped.ravel(), self_confidence.ravel()),
        "class_ap": average_precision(flipped.ravel(), per_class.ravel()),
        "image_ap": average_precision(flipped.ravel(), label_key.ravel()),
        "filter_ap": average_precision(flipped.ravel(), filter_key.ravel()),
    }


def one_seed(args, seed):
    folder = os.path.join(args.work, f"seed-{seed}")
    dataset, oof = os.path.join(folder, "demo"), os.path.join(folder, "oof")
    if not os.path.exists(os.path.join(oof, "oof.npy")):
        run([args.cli, "demo", "--out", dataset, "--images", str(args.images), "--flip-share", "0.03",
             "--copies", "0", "--seed", str(seed)])
    _, crossval_seconds = run([args.cli, "crossval", "--config", os.path.join(REPO, "resources/configs/demo-asl.json"),
                               "--set", f"dataset={dataset}", "--set", f"epochs={args.epochs}",
                               "--set", f"threads={args.threads}", "--set", f"seed={seed}",
                               "--folds", str(args.folds), "--out", oof, "--quiet"])
    probs = np.load(os.path.join(oof, "oof.npy"))
    tags = json.load(open(os.path.join(oof, "oof.json")))["tags"]
    ids = image_ids(dataset)
    scored = [ids[i] for i in np.load(os.path.join(oof, "oof.images.npy"))]
    rows = {image: r for r, image in enumerate(scored)}
    given = given_labels(dataset, scored, tags)
    hidden, flipped = truth_masks(dataset, scored, tags, given)
    verified = given != -1
    result = {"seed": seed, "crossval_seconds": crossval_seconds, "images": len(scored), "tags": len(tags),
              "hidden": int(hidden.sum()), "unknown": int((given == -1).sum()), "flipped": int(flipped.sum()),
              "verified": int(verified.sum())}
    result["tagscope"] = tagscope_side(args, dataset, oof, probs, rows, tags, hidden, flipped, verified)
    result["cleanlab"] = cleanlab_side(probs, given, hidden, flipped, verified)
    return result


def summary(results):
    def line(name, pick):
        values = np.array([pick(r) for r in results], dtype=np.float64)
        return f"{name:42s} mean {np.nanmean(values):.3f}  min {np.nanmin(values):.3f}  max {np.nanmax(values):.3f}"
    rows = [
        ("missing P@100  Tagscope", lambda r: r["tagscope"]["p_at_100"]),
        ("missing P@1000 Tagscope", lambda r: r["tagscope"]["p_at_1000"]),
        ("missing P@100  cleanlab per class", lambda r: r["cleanlab"]["class_p_at_100"]),
        ("missing P@1000 cleanlab per class", lambda r: r["cleanlab"]["class_p_at_1000"]),
        ("  any error P@1000 cleanlab per class", lambda r: r["cleanlab"]["class_any_at_1000"]),
        ("missing P@100  cleanlab per image", lambda r: r["cleanlab"]["image_p_at_100"]),
        ("missing P@1000 cleanlab per image", lambda r: r["cleanlab"]["image_p_at_1000"]),
        ("  any error P@1000 cleanlab per image", lambda r: r["cleanlab"]["image_any_at_1000"]),
        ("wrong AP Tagscope review", lambda r: r["tagscope"]["wrong_ap"]),
        ("  share of flips the review flags", lambda r: r["tagscope"]["flips_flagged"] / r["flipped"]),
        ("  share of verified labels it flags", lambda r: r["tagscope"]["wrong_flagged"] / r["verified"]),
        ("wrong AP self-confidence on verified labels", lambda r: r["cleanlab"]["self_confidence_ap"]),
        ("wrong AP cleanlab per class (unknown as 0)", lambda r: r["cleanlab"]["class_ap"]),
        ("wrong AP cleanlab per image", lambda r: r["cleanlab"]["image_ap"]),
        ("wrong AP cleanlab find_label_issues", lambda r: r["cleanlab"]["filter_ap"]),
        ("seconds Tagscope review (3 processes)", lambda r: r["tagscope"]["seconds"]),
        ("seconds cleanlab (3 calls)", lambda r: r["cleanlab"]["seconds"]),
        ("seconds crossval (shared)", lambda r: r["crossval_seconds"]),
    ]
    return "\n".join(line(name, pick) for name, pick in rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cleanlab_source")
    parser.add_argument("--cli", default=os.path.join(REPO, "build/app/cli/tagscope-cli"))
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--images", type=int, default=6000)
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--work", default="/tmp/tagscope-label-review-bench")
    args = parser.parse_args()
    sys.path.insert(0, os.path.abspath(args.cleanlab_source))
    import cleanlab
    print(f"cleanlab {cleanlab.__version__} from {args.cleanlab_source}; load average {os.getloadavg()[0]:.1f}",
          flush=True)
    results = []
    for seed in (int(s) for s in args.seeds.split(",")):
        results.append(one_seed(args, seed))
        print(json.dumps(results[-1]), flush=True)
        print(f"load average {os.getloadavg()[0]:.1f}", flush=True)
    print(summary(results))


if __name__ == "__main__":
    main()
