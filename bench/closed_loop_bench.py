#!/usr/bin/python3
"""The closed loop of a label review: train, let an annotator answer the top missing-label candidates, retrain.

For each seed, on the demo with hidden positives (`tagscope-cli demo --flip-share 0.03 --copies 0`: true positives
left unknown and some verified labels flipped, the truth of every label that differs from the annotations in
ground-truth/labels.csv):

1. out-of-fold probabilities of the training split (`tagscope-cli crossval`, small_cnn) and the "before" run
   (`tagscope-cli train`, the same config and seed, on the whole training split);
2. review arm: `review --kind missing --top N` on the out-of-fold scores; the annotator answers each candidate from
   the truth (present: Confidence 1, absent: 0), the answers are written as an Open Images human-label file and
   imported with `tagscope-cli corrections --clear --import`; the run is trained again with the same config and seed;
3. random arm (the control): N unknown labels of the training split drawn uniformly, answered the same way and
   imported into a corrections folder of their own, then the same retraining.

Each arm keeps its decisions in its own data folder (XDG_DATA_HOME), so no arm sees another's. The runs' loss
ignores unknown labels (the default); `--unknown negative` trains the three runs as tools that read an absent label
as a negative do, where a hidden positive teaches the model the opposite of the truth (the candidates still come from
the same out-of-fold scores).

Measures, for each run (its last epoch and last.pt; no checkpoint chosen on the validation split):
- the run's own validation mAP (metrics.jsonl), which like every Tagscope metric leaves unknown labels out: a
  validation image's hidden positives are neither rewarded nor punished;
- the same mAP against the full truth: `predict --split validation` (and test) with the run's last.pt, each tag's
  AP computed over every image (the annotations with the truth file's corrections, an absent tag a negative);
- overall (every tag with a positive and a negative) and tail: the rarest third of the tags (`bands: thirds`; the
  demo's fixed-threshold tail band, fewer than 20 training positives, is empty), fixed from the "before" run so that
  labels added by an arm cannot move a tag between bands.

Usage: bench/closed_loop_bench.py [--cli build/app/cli/tagscope-cli] [--seeds 1,2,3] [--images 6000]
                                  [--flip-share 0.03] [--budget 1000] [--folds 3] [--epochs 6] [--threads 2]
                                  [--unknown ignore|negative] [--work /tmp/tagscope-closed-loop-bench]
Needs Debian's python3-numpy (run with /usr/bin/python3). Steps whose output exists are not run again.
"""
import argparse
import csv
import json
import os
import subprocess
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
CONFIG = os.path.join(REPO, "resources/configs/demo-asl.json")
SPLITS = ("train", "validation", "test")
LABEL_FILES = ("oidv6-train-annotations-human-imagelabels.csv", "validation-annotations-human-imagelabels.csv",
               "test-annotations-human-imagelabels.csv")


def run(command, data_home):
    """Runs a tagscope-cli command with its own data folder (where corrections are kept); returns stdout, seconds."""
    env = dict(os.environ, XDG_DATA_HOME=data_home)
    start = time.perf_counter()
    result = subprocess.run(command, check=True, capture_output=True, text=True, env=env)
    return result.stdout, time.perf_counter() - start


def image_ids(dataset):
    """The demo's dataset image indices follow the ImageIDs of all splits, sorted."""
    return sorted(name[:-4] for split in SPLITS for name in os.listdir(os.path.join(dataset, split))
                  if name.endswith(".jpg"))


def split_of(dataset):
    return {name[:-4]: split for split in SPLITS for name in os.listdir(os.path.join(dataset, split))
            if name.endswith(".jpg")}


def label_matrices(dataset, ids, tags):
    """given: 1 positive, 0 verified negative, -1 unknown (every split); truth: the real labels, as bools."""
    row = {image: r for r, image in enumerate(ids)}
    column = {tag: c for c, tag in enumerate(tags)}
    given = np.full((len(ids), len(tags)), -1, dtype=np.int8)
    for name in LABEL_FILES:
        with open(os.path.join(dataset, name), newline="") as f:
            for record in csv.DictReader(f):
                given[row[record["ImageID"]], column[record["LabelName"]]] = int(record["Confidence"])
    truth = given == 1  # every label the truth file does not list is as annotated, or absent when unknown
    with open(os.path.join(dataset, "ground-truth", "labels.csv"), newline="") as f:
        for record in csv.DictReader(f):
            truth[row[record["ImageID"]], column[record["LabelName"]]] = record["Truth"] == "1"
    return given, truth


def average_precision(scores, relevant):
    """A tag's AP as Tagscope computes it (engine/training/METRICS.md): precision at each positive, ranked by score,
    equal scores in image order; NaN without a positive or a negative."""
    if relevant.all() or not relevant.any():
        return float("nan")
    order = np.argsort(-scores, kind="stable")
    hits = relevant[order]
    precision = np.cumsum(hits) / np.arange(1, len(hits) + 1)
    return float(precision[hits].sum() / (hits.sum() + 1e-8))


def band_means(tag_ap, tail):
    tag_ap = np.asarray(tag_ap, dtype=np.float64)
    return {"map": float(np.nanmean(tag_ap)), "map_tail": float(np.nanmean(tag_ap[tail]))}


def finished(run_dir, epochs):
    try:
        return last_epoch(run_dir)["epoch"] == epochs and os.path.exists(os.path.join(run_dir, "model.pt"))
    except (OSError, IndexError):
        return False


def last_epoch(run_dir):
    epochs = [json.loads(line) for line in open(os.path.join(run_dir, "metrics.jsonl"))]
    return [line for line in epochs if line.get("type") == "epoch"][-1]


def train(args, dataset, run_dir, data_home, seed):
    if not finished(run_dir, args.epochs):
        _, seconds = run([args.cli, "train", "--config", CONFIG, "--out", run_dir, "--quiet",
                          *overrides(args, dataset, seed), "--set", f"loss_params.unknown={args.unknown}"],
                         data_home)
        print(f"  trained {os.path.basename(run_dir)} in {seconds:.0f} s (load average {os.getloadavg()[0]:.1f})",
              flush=True)


def overrides(args, dataset, seed):
    return ["--set", f"dataset={dataset}", "--set", f"epochs={args.epochs}", "--set", f"threads={args.threads}",
            "--set", f"seed={seed}", "--set", "bands=thirds"]


def evaluate(args, dataset, run_dir, data_home, ids, given, truth, tail):
    """The run's own validation mAP (annotated labels only) and mAP against the full truth of validation and test."""
    line = last_epoch(run_dir)
    result = {"annotated": band_means([np.nan if v is None else v for v in line["tag_ap"]], tail)}
    tags = [t["label_name"] for t in json.load(open(os.path.join(run_dir, "tags.json")))]
    rows_all, probs_all = [], []
    for split in ("validation", "test"):
        out = os.path.join(run_dir, f"scores-{split}.npy")
        run([args.cli, "predict", os.path.join(run_dir, "checkpoints", "last.pt"), "--dataset", dataset,
             "--split", split, "--out", out, "--force", "--quiet"], data_home)
        assert json.load(open(out[:-4] + ".json"))["tags"] == tags
        probs, rows = np.load(out), np.load(out[:-4] + ".images.npy")
        rows_all.append(rows)
        probs_all.append(probs)
        ap = [100 * average_precision(probs[:, c], truth[rows, c]) for c in range(len(tags))]
        result[f"truth_{split}"] = band_means(ap, tail)
        if split == "validation":  # the same scores on the annotated labels give the run's own figure
            known = given[rows] != -1
            ap = [100 * average_precision(probs[known[:, c], c], given[rows, c][known[:, c]] == 1)
                  for c in range(len(tags))]
            assert abs(band_means(ap, tail)["map"] - result["annotated"]["map"]) < 1e-3, "predict disagrees"
    rows, probs = np.concatenate(rows_all), np.concatenate(probs_all)
    ap = [100 * average_precision(probs[:, c], truth[rows, c]) for c in range(len(tags))]
    result["truth_heldout"] = band_means(ap, tail)
    return result


def write_answers(path, ids, tags, cells, truth):
    """The annotator's answers as an Open Images human-label file: Confidence 1 where the tag is present."""
    with open(path, "w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["ImageID", "Source", "LabelName", "Confidence"])
        for r, c in cells:
            writer.writerow([ids[r], "annotator", tags[c], 1 if truth[r, c] else 0])


def one_seed(args, seed):
    folder = os.path.join(args.work, f"seed-{seed}")
    dataset = os.path.join(folder, "demo")
    budget = "" if args.budget == 1000 else f"-{args.budget}"  # the arms of other budgets keep their own files
    homes = {"before": os.path.join(folder, "data-before"),
             **{arm: os.path.join(folder, f"data-{arm}{budget}") for arm in ("review", "random")}}
    for home in homes.values():
        os.makedirs(home, exist_ok=True)
    if not os.path.exists(os.path.join(dataset, "ground-truth", "labels.csv")):
        run([args.cli, "demo", "--out", dataset, "--images", str(args.images), "--flip-share", str(args.flip_share),
             "--copies", "0", "--seed", str(seed), "--threads", str(args.threads)], homes["before"])
    oof = os.path.join(folder, "oof")
    if not os.path.exists(os.path.join(oof, "oof.npy")):
        _, seconds = run([args.cli, "crossval", "--config", CONFIG, *overrides(args, dataset, seed),
                          "--folds", str(args.folds), "--out", oof, "--quiet"], homes["before"])
        print(f"  crossval in {seconds:.0f} s (load average {os.getloadavg()[0]:.1f})", flush=True)
    suffix = "" if args.unknown == "ignore" else f"-unknown-{args.unknown}"
    train(args, dataset, os.path.join(folder, "run-before" + suffix), homes["before"], seed)

    ids = image_ids(dataset)
    tags = json.load(open(os.path.join(oof, "oof.json")))["tags"]
    given, truth = label_matrices(dataset, ids, tags)
    splits = split_of(dataset)
    train_rows = np.array([splits[image] == "train" for image in ids])
    hidden = (given == -1) & truth

    # the review arm: the top missing-label candidates of the out-of-fold scores, answered from the truth
    out, _ = run([args.cli, "review", dataset, "--scores", os.path.join(oof, "oof.npy"), "--kind", "missing",
                  "--top", str(args.budget), "--json", "--quiet"], homes["before"])
    review = json.loads(out)
    assert not review["in_sample"]
    row, column = {image: r for r, image in enumerate(ids)}, {tag: c for c, tag in enumerate(tags)}
    review_cells = [(row[c["image"]], column[c["tag"]]) for c in review["candidates"]]
    assert all(given[r, c] == -1 and train_rows[r] for r, c in review_cells)
    # the control: as many unknown labels of the training split, drawn uniformly
    unknown = np.argwhere((given == -1) & train_rows[:, None])
    draw = np.random.default_rng(seed).choice(len(unknown), size=len(review_cells), replace=False)
    random_cells = [tuple(cell) for cell in unknown[np.sort(draw)]]

    run_dirs = {"before": os.path.join(folder, "run-before" + suffix)}
    added = {}
    for arm, cells in (("review", review_cells), ("random", random_cells)):
        answers = os.path.join(folder, f"answers-{arm}{budget}.csv")
        write_answers(answers, ids, tags, cells, truth)
        home = homes[arm]
        out, _ = run([args.cli, "corrections", dataset, "--quiet", "--json", "--clear", "--import", answers], home)
        counts = json.loads(out)["counts"]
        added[arm] = {"labels": len(cells), "positive": int(sum(truth[r, c] for r, c in cells))}
        assert (counts["labels"], counts["positive"]) == (len(cells), added[arm]["positive"]), f"{arm}: {counts}"
        run_dirs[arm] = os.path.join(folder, f"run-{arm}{budget}{suffix}")
        train(args, dataset, run_dirs[arm], home, seed)

    before_tags = json.load(open(os.path.join(run_dirs["before"], "tags.json")))
    assert [t["label_name"] for t in before_tags] == tags
    tail = np.array([t["band"] == "tail" for t in before_tags])
    for arm, cells in (("review", review_cells), ("random", random_cells)):
        added[arm]["tail"] = int(sum(1 for r, c in cells if tail[c]))
        added[arm]["tail_positive"] = int(sum(1 for r, c in cells if tail[c] and truth[r, c]))
    result = {"seed": seed, "train_images": int(train_rows.sum()), "tags": len(tags), "tail_tags": int(tail.sum()),
              "tail_train_positives": [int(t["train_positives"]) for t in before_tags if t["band"] == "tail"],
              "hidden_train": int(hidden[train_rows].sum()),
              "hidden_train_tail": int(hidden[train_rows][:, tail].sum()),
              "hidden_validation": int(hidden[np.array([splits[i] == "validation" for i in ids])].sum()),
              "unknown_train": int(len(unknown)), "added": added}
    for arm, run_dir in run_dirs.items():
        result[arm] = evaluate(args, dataset, run_dir, homes[arm], ids, given, truth, tail)
    return result


def summary(results):
    lines = []
    for arm in ("review", "random"):
        precision = [r["added"][arm]["positive"] / r["added"][arm]["labels"] for r in results]
        lines.append(f"{arm}: labels {[r['added'][arm]['labels'] for r in results]}, precision mean "
                     f"{np.mean(precision):.3f} (min {min(precision):.3f}, max {max(precision):.3f}), tail labels "
                     f"{[r['added'][arm]['tail'] for r in results]}, tail positives "
                     f"{[r['added'][arm]['tail_positive'] for r in results]}")
    for measure in ("annotated", "truth_validation", "truth_test", "truth_heldout"):
        for key in ("map", "map_tail"):
            before = np.array([r["before"][measure][key] for r in results])
            text = f"{measure:17s} {key:8s} before {before.mean():6.2f} ({before.min():.2f}-{before.max():.2f})"
            for arm in ("review", "random"):
                after = np.array([r[arm][measure][key] for r in results])
                delta = after - before
                text += (f" | {arm} {after.mean():6.2f} delta {delta.mean():+.2f} "
                         f"({delta.min():+.2f} to {delta.max():+.2f})")
            lines.append(text)
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default=os.path.join(REPO, "build/app/cli/tagscope-cli"))
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--images", type=int, default=6000)
    parser.add_argument("--flip-share", type=float, default=0.03, help="share of verified labels the demo flips")
    parser.add_argument("--budget", type=int, default=1000)
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--unknown", choices=("ignore", "negative"), default="ignore",
                        help="the loss's treatment of unknown labels in the three trained runs (the cross-validation "
                             "that makes the review's scores always ignores them)")
    parser.add_argument("--work", default="/tmp/tagscope-closed-loop-bench")
    args = parser.parse_args()
    args.cli = os.path.abspath(args.cli)
    print(f"load average {os.getloadavg()[0]:.1f}", flush=True)
    results = []
    for seed in (int(s) for s in args.seeds.split(",")):
        results.append(one_seed(args, seed))
        print(json.dumps(results[-1]), flush=True)
        print(f"load average {os.getloadavg()[0]:.1f}", flush=True)
    print(summary(results))


if __name__ == "__main__":
    main()
