#!/usr/bin/python3
"""Data-parallel scaling: the same training as 1 rank and as N ranks (`tagscope-cli launch`) on this machine.

Every run trains the same backbone on the same images with the same global batch (N ranks get batch / N each)
and the same total threads (each of N ranks gets threads / N), so the comparison isolates what the process
group costs or gains. Reports images/s of the later epochs (from the epoch seconds in metrics.jsonl) and the
speed-up over one rank. PyTorch's torchrun + DDP is the tool a user would otherwise use; its Gloo all-reduce is
the same one Tagscope calls.

Usage: bench/scaling_bench.py [--cli build/app/cli/tagscope-cli] [--dataset DEMO] [--ranks 1,2]
                              [--backbone small_cnn:64] [--images 4096] [--epochs 3] [--batch 64]
"""
import argparse
import json
import os
import subprocess
import tempfile
import time


def run(args, ranks, backbone, size, out):
    config = {
        "dataset": args.dataset, "backbone": {"name": backbone, "input_size": size}, "loss": "bce",
        "optimizer": "sgd", "lr": 0.05, "schedule": "cosine", "epochs": args.epochs,
        "batch_size": args.batch // ranks, "threads": max(1, args.threads // ranks), "workers": 1,
        "max_train_images": args.images, "max_val_images": 64,
        "augmentation": {"random_resized_crop": True, "flip": True},
    }
    path = os.path.join(out, f"config-{ranks}.json")
    with open(path, "w") as f:
        json.dump(config, f)
    run_dir = os.path.join(out, f"run-{ranks}")
    command = [args.cli, "train", "--quiet", "--config", path, "--out", run_dir]
    if ranks > 1:
        command = [args.cli, "launch", "--nproc-per-node", str(ranks)] + command[1:]
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    seconds = [json.loads(line)["seconds"] for line in open(os.path.join(run_dir, "metrics.jsonl"))
               if json.loads(line).get("type") == "epoch"]
    later = seconds[1:] or seconds
    images = (args.images // args.batch) * args.batch
    return wall, images * len(later) / sum(later)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default="build/app/cli/tagscope-cli")
    parser.add_argument("--dataset", default=os.path.expanduser("~/.local/share/tagscope/fashion-mosaic"))
    parser.add_argument("--ranks", default="1,2")
    parser.add_argument("--backbone", default="small_cnn:64")
    parser.add_argument("--images", type=int, default=4096)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    args = parser.parse_args()
    backbone, size = args.backbone.split(":")
    print(f"{args.backbone}, {args.images} images x {args.epochs} epochs, global batch {args.batch}, "
          f"{args.threads} threads in all, {os.cpu_count()} cores")
    print("| ranks | wall s | later epochs img/s | speed-up |")
    print("|---:|---:|---:|---:|")
    base = None
    with tempfile.TemporaryDirectory() as out:
        for ranks in [int(r) for r in args.ranks.split(",")]:
            wall, rate = run(args, ranks, backbone, int(size), out)
            base = base or rate
            print(f"| {ranks} | {wall:.1f} | {rate:.0f} | {rate / base:.2f}x |", flush=True)


if __name__ == "__main__":
    main()
