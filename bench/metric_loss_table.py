#!/usr/bin/python3
"""Every metric-learning loss on the same data and budget: validation Recall@1/2/4/8 and MAP@R and the time.

Trains the small CNN with a 128-d embedding head on the single-item Fashion Mosaic demo (made with
`tagscope-cli demo --single-item` when absent) with `tagscope-cli train`, P x K batches of 8 classes x 8 images,
AdamW with a cosine schedule, the same epochs for every loss; each loss with its registry defaults except where
the row says otherwise (ProxyNCA++ with its recipe: max pooling, LayerNorm head, one warm-up epoch with the
backbone frozen, gradient value clipping). Prints a markdown table of the last epoch's figures (and the best
Recall@1) read from each run's metrics.jsonl.

Usage: /usr/bin/python3 bench/metric_loss_table.py [--cli build/app/cli/tagscope-cli] [--data /tmp/tagscope-metric-demo]
                                                [--images 6000] [--epochs 8] [--losses arcface,proxynca_pp,...]
"""
import argparse
import json
import os
import subprocess
import sys
import time

BASE = {
    "backbone": {"name": "small_cnn", "input_size": 64}, "embedding_dim": 128, "sampler": "pk", "images_per_class": 8,
    "batch_size": 64, "optimizer": "adamw", "lr": 0.003, "schedule": "cosine",
    "augmentation": {"random_resized_crop": False, "flip": True},
}
LOSSES = {
    "contrastive": ({}, {}),
    "triplet": ({"miner": "batch_hard", "margin": 0.2}, {}),
    "quadruplet": ({}, {}),
    "sphereface": ({}, {}),
    "cosface": ({"s": 16}, {}),
    "arcface": ({"s": 16}, {}),
    "proxynca": ({"scale": 3}, {}),
    "proxynca_pp": ({}, {"pooling": "max", "embedding_layernorm": True, "backbone_warmup_epochs": 1, "grad_clip_value": 10}),
    "intra_batch": ({}, {}),
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", default="build/app/cli/tagscope-cli")
    parser.add_argument("--data", default="/tmp/tagscope-metric-demo")
    parser.add_argument("--images", type=int, default=6000)
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--losses", default=",".join(LOSSES))
    parser.add_argument("--work", default="/tmp/tagscope-metric-table")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    if not os.path.isdir(os.path.join(args.data, "train")):
        subprocess.run([args.cli, "demo", "--out", args.data, "--images", str(args.images), "--single-item", "--size", "64",
                        "--seed", "1"], check=True, stderr=subprocess.DEVNULL)
    rows = []
    for name in args.losses.split(","):
        params, extra = LOSSES[name]
        config = dict(BASE, dataset=args.data, loss=name, loss_params=params, epochs=args.epochs, **extra)
        path = os.path.join(args.work, name + ".json")
        with open(path, "w") as f:
            json.dump(config, f)
        run = os.path.join(args.work, "%s-%d" % (name, time.time_ns()))
        start = time.perf_counter()
        trained = subprocess.run([args.cli, "train", "--config", path, "--out", run, "--quiet"], capture_output=True, text=True)
        if trained.returncode != 0:
            sys.exit("%s: tagscope-cli train failed: %s" % (name, trained.stderr.strip()))
        seconds = time.perf_counter() - start
        epochs = [json.loads(line) for line in open(os.path.join(run, "metrics.jsonl")) if '"epoch"' in line]
        epochs = [e for e in epochs if e["type"] == "epoch"]
        last = epochs[-1]
        best = max(e["recall_at_1"] for e in epochs)
        note = ", ".join("%s %s" % (k, v) for k, v in dict(params, **extra).items())
        rows.append((name + (" (" + note + ")" if note else ""), last, best, seconds))
        print("%s done in %.0f s" % (name, seconds), flush=True)
    print("\n%d epochs each, %s\n" % (args.epochs, time.strftime("%Y-%m-%d")))
    print("| loss | R@1 | R@2 | R@4 | R@8 | MAP@R | best R@1 | time |\n|---|---|---|---|---|---|---|---|")
    for name, last, best, seconds in rows:
        print("| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f s |" % (  # in percent, as metrics.jsonl
            name, last["recall_at_1"], last["recall_at_2"], last["recall_at_4"], last["recall_at_8"], last["map_at_r"], best, seconds))


if __name__ == "__main__":
    main()
