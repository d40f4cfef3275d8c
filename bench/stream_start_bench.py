#!/usr/bin/python3
"""Time from start to the first training step, and peak memory, on a large split of photo-sized JPEGs.

`tagscope-cli train` is started on an Open Images-layout folder (e.g. `tagscope-cli synth --photos`), with an
empty cache folder each time, and the first "step" line of its metrics.jsonl is waited for. Compared:
  - Tagscope streaming the images (cache off; and cache auto, which reserves the packed cache and fills it as
    the first epoch reads the images);
  - the same command in a build before streaming (--baseline-cli), which decoded every training and validation
    image into the packed cache before step 1.
Peak memory (maximum resident set, GNU time) is measured over a short run of --steps steps at two split sizes.
The machine may be shared: the load average is printed beside every figure.

  bench/stream_start_bench.py --cli build/app/cli/tagscope-cli --baseline-cli /tmp/old/build/app/cli/tagscope-cli \\
      --dataset /tmp/photos --images 100000 --small 10000 --baseline-timeout 300

A baseline that has not reached its first step after --baseline-timeout seconds is stopped, and its pre-pass is
projected from the share of the images it had decoded (its progress lines).
"""
import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time


def config(args, images, cache, steps=None):
    c = {
        "dataset": args.dataset,
        "backbone": {"name": args.backbone, "input_size": args.input_size},
        "loss": "bce",
        "epochs": 1,
        "batch_size": args.batch,
        "threads": args.threads,
        "workers": args.workers,
        "max_train_images": images,
        "max_val_images": args.val_images,
        "log_every": 1,
        "seed": 1,
    }
    if cache is not None:  # the baseline has no such key
        c["cache"] = cache
    if steps:
        c["max_steps"] = steps
    return c


def prepass_share(log):
    """The share of its images the pre-pass had decoded, from the last "Decoding training images N%" line."""
    share = 0.0
    if os.path.exists(log):
        with open(log, errors="replace") as f:
            for line in f.read().replace("\r", "\n").splitlines():
                match = re.search(r"Decoding training images\s+(\d+)%", line)
                if match:
                    share = int(match.group(1)) / 100
    return share


def stop(child):
    # GNU time does not forward signals: interrupt tagscope-cli itself (it writes a checkpoint and exits).
    with open(f"/proc/{child.pid}/task/{child.pid}/children") as f:
        for pid in f.read().split():
            os.kill(int(pid), signal.SIGINT)


def run(cli, cfg, scratch, name, wait_for_first_step, timeout=None):
    """Starts a run; returns (seconds to the first step or None, peak RSS in MiB or None, seconds waited).
    With a timeout, a run without a first step by then is stopped."""
    folder = os.path.join(scratch, name)
    os.makedirs(folder)
    path = os.path.join(folder, "config.json")
    with open(path, "w") as f:
        json.dump(cfg, f)
    env = dict(os.environ, XDG_CACHE_HOME=os.path.join(folder, "cache"))
    out = os.path.join(folder, "run")
    metrics = os.path.join(out, "metrics.jsonl")
    rss_file = os.path.join(folder, "rss")
    start = time.perf_counter()
    # Without --quiet: its progress lines, every 5 s, tell how far a pre-pass got.
    with open(os.path.join(folder, "stderr"), "w") as log:
        child = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", rss_file, cli, "train", "--config", path, "--out", out],
                                 env=env, stdout=subprocess.DEVNULL, stderr=log)
    first = None
    while child.poll() is None:
        if wait_for_first_step and os.path.exists(metrics):
            with open(metrics) as f:
                if any(json.loads(line).get("type") == "step" for line in f if line.strip()):
                    first = time.perf_counter() - start
                    break
        if timeout and time.perf_counter() - start > timeout:
            break
        time.sleep(0.05)
    waited = time.perf_counter() - start
    if child.poll() is None:
        stop(child)
    child.wait()
    rss = None
    if os.path.exists(rss_file):
        with open(rss_file) as f:
            lines = [line for line in f.read().split() if line.isdigit()]
            rss = int(lines[-1]) / 1024 if lines else None
    return first, rss, waited


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--baseline-cli", help="tagscope-cli built before streaming (pre-pass into the packed cache)")
    parser.add_argument("--dataset", required=True)
    parser.add_argument("--images", type=int, default=30000, help="training images of the large split")
    parser.add_argument("--small", type=int, default=3000, help="training images of the small split (memory)")
    parser.add_argument("--val-images", type=int, default=500)
    parser.add_argument("--backbone", default="resnet18")
    parser.add_argument("--input-size", type=int, default=224)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--steps", type=int, default=10, help="steps of the memory runs")
    parser.add_argument("--scratch", default=None, help="folder for runs and caches (default: a temporary one)")
    parser.add_argument("--baseline-timeout", type=float, default=None,
                        help="stop the baseline after this many seconds and project its pre-pass from its progress")
    args = parser.parse_args()
    scratch = tempfile.mkdtemp(prefix="stream-bench-", dir=args.scratch)
    load = lambda: f"load average {os.getloadavg()[0]:.1f}"
    try:
        first, _, _ = run(args.cli, config(args, args.images, "off"), scratch, "stream-off", True)
        print(f"Tagscope, streaming (cache off), {args.images} images: first step after {first:.1f} s; {load()}", flush=True)
        first, _, _ = run(args.cli, config(args, args.images, "auto"), scratch, "stream-auto", True)
        print(f"Tagscope, streaming (cache auto, empty), {args.images} images: first step after {first:.1f} s; {load()}", flush=True)
        shutil.rmtree(os.path.join(scratch, "stream-auto"))  # its cache file
        for images in (args.small, args.images):
            _, rss, _ = run(args.cli, config(args, images, "off", args.steps), scratch, f"memory-{images}", False)
            print(f"Tagscope, {args.steps} steps on {images} images (cache off): peak memory {rss:.0f} MiB; {load()}", flush=True)
        if args.baseline_cli:
            first, _, waited = run(args.baseline_cli, config(args, args.images, None), scratch, "baseline", True, args.baseline_timeout)
            if first is not None:
                print(f"before streaming (pre-pass into the packed cache), {args.images} images: first step after {first:.1f} s; "
                      f"{load()}", flush=True)
            else:
                share = prepass_share(os.path.join(scratch, "baseline", "stderr"))
                projected = f", about {waited / share:.0f} s at that pace" if share > 0 else ""
                print(f"before streaming (pre-pass into the packed cache), {args.images} images: no first step after {waited:.0f} s, "
                      f"the pre-pass had decoded {100 * share:.0f}% of the training images{projected}; {load()}", flush=True)
            shutil.rmtree(os.path.join(scratch, "baseline"))  # its packed cache
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
