#!/usr/bin/python3
"""Metric learning: Tagscope against the equivalent python3-torch script, in one run.

1. Training steps. The same network, loss and batch shape on both sides: the small CNN (four conv-BN-ReLU
   stages of 32/64/128/256 channels, stride 2, mean pooling), a 128-d embedding head with L2 normalisation,
   ArcFace (s 16, m 0.5) over the classes, AdamW, batches of 64 = 8 classes x 8 images at 64 px.
     tagscope: `tagscope-cli train` for one epoch on the single-item Fashion Mosaic demo (P x K sampler,
               no augmentation); the throughput between step 10 and the last step, from metrics.jsonl.
     torch:    a plain python3-torch loop over pre-made random batches (no data loading at all), in NCHW and
               in channels-last; the faster is reported. Both sides run --rounds times, interleaved, and the
               best of each is compared (other load on a shared machine only ever slows a run down).
2. Recall@K and MAP@R with exact neighbours at N x D (default 100k x 512, 100 classes):
     tagscope: `tagscope-cli retrieval`, the computation timed inside the process (files already read);
     torch:    the blocked top-k search a user would write in torch (normalise, block of queries @ all.T,
               mask self, topk to max(K, R), cumulative precision), timed the same way; both must agree.
Prints a markdown table with the ratios.

Usage: /usr/bin/python3 bench/metric_learning_bench.py [--cli build/app/cli/tagscope-cli] [--work /tmp/tagscope-metric-bench]
                                                    [--steps 60] [--rounds 3] [--n 100000] [--dim 512] [--classes 100]
"""
import argparse
import json
import math
import os
import subprocess
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

BATCH, P, K, SIZE, EMBED, CLASSES_DEMO = 64, 8, 8, 64, 128, 10


def tagscope_training(cli, work, steps, threads):
    data = os.path.join(work, "single")
    if not os.path.exists(os.path.join(data, "class-descriptions-boxable.csv")) and not os.path.exists(os.path.join(data, "train")):
        subprocess.run([cli, "demo", "--out", data, "--images", str(int(steps * BATCH / 0.8) + 200), "--single-item", "--size", str(SIZE),
                        "--seed", "1"], check=True, stderr=subprocess.DEVNULL)
    config = {
        "dataset": data, "backbone": {"name": "small_cnn", "input_size": SIZE}, "loss": "arcface",
        "loss_params": {"s": 16, "m": 0.5}, "embedding_dim": EMBED, "sampler": "pk", "images_per_class": K,
        "batch_size": BATCH, "epochs": 1, "lr": 1e-3, "log_every": 1, "workers": 1, "device": "cpu",
        "augmentation": {"random_resized_crop": False, "flip": False}, "max_val_images": 64, "threads": threads,
    }
    config_path = os.path.join(work, "arcface.json")
    with open(config_path, "w") as f:
        json.dump(config, f)
    run = os.path.join(work, "run-%d" % time.time_ns())
    trained = subprocess.run([cli, "train", "--config", config_path, "--out", run, "--quiet"], capture_output=True, text=True)
    if trained.returncode != 0:
        sys.exit("tagscope-cli train failed: " + trained.stderr.strip())
    lines = [json.loads(line) for line in open(os.path.join(run, "metrics.jsonl"))]
    step_lines = [line for line in lines if line["type"] == "step"]
    # images_per_second is cumulative since training started: elapsed(t) = t * batch / ips(t).
    elapsed = {line["step"]: line["step"] * BATCH / line["images_per_second"] for line in step_lines}
    first, last = 10, step_lines[-1]["step"]
    return (last - first) * BATCH / (elapsed[last] - elapsed[first]), last


class SmallCnn(torch.nn.Module):
    def __init__(self):
        super().__init__()
        layers, width = [], 3
        for out in (32, 64, 128, 256):
            layers += [torch.nn.Conv2d(width, out, 3, 2, 1, bias=False), torch.nn.BatchNorm2d(out), torch.nn.ReLU(inplace=True)]
            width = out
        self.stages = torch.nn.Sequential(*layers)
        self.embed = torch.nn.Linear(256, EMBED)

    def forward(self, x):
        return F.normalize(self.embed(self.stages(x).mean((2, 3))), dim=1)


def arcface(x, labels, weight, s=16.0, m=0.5):
    cos = torch.clamp(F.normalize(x) @ F.normalize(weight).t(), -1, 1)
    target = cos.gather(1, labels[:, None])
    sin = torch.sqrt(torch.clamp(1 - target * target, 0, 1))
    phi = torch.where(target > math.cos(math.pi - m), target * math.cos(m) - sin * math.sin(m), target - math.sin(math.pi - m) * m)
    return F.cross_entropy(s * cos.scatter(1, labels[:, None], phi), labels)


def torch_training(steps, channels_last):
    torch.manual_seed(0)
    model = SmallCnn()
    weight = torch.nn.Parameter(torch.nn.init.xavier_uniform_(torch.empty(CLASSES_DEMO, EMBED)))
    if channels_last:
        model = model.to(memory_format=torch.channels_last)
    optimizer = torch.optim.AdamW(list(model.parameters()) + [weight], lr=1e-3, weight_decay=1e-4)
    batches = [torch.randn(BATCH, 3, SIZE, SIZE) for _ in range(4)]
    if channels_last:
        batches = [b.contiguous(memory_format=torch.channels_last) for b in batches]
    labels = torch.arange(P).repeat_interleave(K) % CLASSES_DEMO
    start = None
    for step in range(steps):
        if step == 10:
            start = time.perf_counter()
        loss = arcface(model(batches[step % 4]), labels, weight)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return (steps - 10) * BATCH / (time.perf_counter() - start)


def torch_retrieval(x, classes, ks=(1, 2, 4, 8), block=512):
    start = time.perf_counter()
    with torch.no_grad():
        x = F.normalize(torch.from_numpy(x), dim=1)
        c = torch.from_numpy(classes)
        counts = torch.bincount(c)
        n = x.shape[0]
        hits = torch.zeros(len(ks), dtype=torch.float64)
        map_sum, queries = 0.0, 0
        for first in range(0, n, block):
            q = x[first:first + block]
            rows = torch.arange(q.shape[0])
            scores = q @ x.t()
            scores[rows, rows + first] = -float("inf")
            r = counts[c[first:first + block]] - 1
            depth = int(min(n - 1, max(max(ks), int(r.max()))))
            top = scores.topk(depth, dim=1).indices
            rel = (c[top] == c[first:first + block, None]).double()
            valid = r > 0
            for i, k in enumerate(ks):
                hits[i] += rel[valid, :k].amax(1).sum()
            rank = torch.arange(1, depth + 1, dtype=torch.float64)
            within = rank[None, :] <= r[:, None]
            ap = (rel.cumsum(1) / rank * rel * within).sum(1) / r.clamp(min=1)
            map_sum += float(ap[valid].sum())
            queries += int(valid.sum())
    seconds = time.perf_counter() - start
    # In percent, as tagscope-cli reports every score.
    result = {"recall_at_%d" % k: 100.0 * float(hits[i]) / queries for i, k in enumerate(ks)}
    result["map_at_r"] = 100.0 * map_sum / queries
    return result, seconds


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", default="build/app/cli/tagscope-cli")
    parser.add_argument("--work", default="/tmp/tagscope-metric-bench")
    parser.add_argument("--steps", type=int, default=60)
    parser.add_argument("--n", type=int, default=100000)
    parser.add_argument("--dim", type=int, default=512)
    parser.add_argument("--classes", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, default=os.cpu_count(), help="compute threads on both sides")
    parser.add_argument("--skip-retrieval", action="store_true")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    torch.set_num_threads(args.threads)
    rows = []

    # Interleaved rounds, the best of each side: on a shared machine the other load comes and goes.
    tagscope_ips, torch_ips = [], []
    for _ in range(args.rounds):
        ips, steps = tagscope_training(args.cli, args.work, args.steps, args.threads)
        tagscope_ips.append(ips)
        torch_ips += [torch_training(steps, False), torch_training(steps, True)]
    rows.append(("ArcFace training, small CNN, 64 x 64 px batches of 64 (%d steps, %d threads, best of %d)" % (steps, args.threads, args.rounds),
                 "%.0f img/s" % max(tagscope_ips), "%.0f img/s" % max(torch_ips), max(tagscope_ips) / max(torch_ips)))

    reference = None
    if not args.skip_retrieval:
        rng = np.random.default_rng(0)
        centres = rng.standard_normal((args.classes, args.dim)).astype(np.float32)
        classes = rng.integers(0, args.classes, args.n)
        x = (centres[classes] + 2.0 * rng.standard_normal((args.n, args.dim)).astype(np.float32)).astype(np.float32)
        e_path, c_path = os.path.join(args.work, "embeddings.npy"), os.path.join(args.work, "classes.npy")
        np.save(e_path, x)
        np.save(c_path, classes.astype(np.int64))
        out = subprocess.run([args.cli, "retrieval", "--embeddings", e_path, "--classes", c_path, "--threads", str(args.threads), "--json"], check=True,
                             capture_output=True, text=True).stdout
        tagscope = json.loads(out)
        reference, torch_seconds = torch_retrieval(x, classes.astype(np.int64))
        for key, value in reference.items():
            if abs(value - tagscope[key]) > 1e-2:
                sys.exit("retrieval figures differ: %s tagscope %.6f torch %.6f" % (key, tagscope[key], value))
        rows.append(("Recall@1/2/4/8 + MAP@R, %d x %d, %d classes" % (args.n, args.dim, args.classes),
                     "%.1f s" % tagscope["seconds"], "%.1f s" % torch_seconds, torch_seconds / tagscope["seconds"]))

    print("machine: %s, %d cores; torch %s" % (os.uname().machine, os.cpu_count(), torch.__version__))
    if reference:
        print("retrieval figures (both): " + ", ".join("%s %.2f" % (k, v) for k, v in reference.items()))
    print("\n| benchmark | Tagscope | python3-torch | speed ratio (Tagscope / torch) |\n|---|---|---|---|")
    for name, ours, theirs, ratio in rows:
        print("| %s | %s | %s | %.2fx |" % (name, ours, theirs, ratio))


if __name__ == "__main__":
    main()
