#!/usr/bin/python3
"""Input pipeline alone: Tagscope's streaming batch source against a PyTorch DataLoader, in one run.

Both sides read the same JPEGs (e.g. `tagscope-cli synth --photos`: 1024 x 768 photo-like images), decode them,
take a random-resized crop to 224, flip, normalise and batch 64 images, with the same number of workers and no
model. Tagscope: bench/input_pipeline_bench (built with -DTAGSCOPE_BUILD_BENCH=ON), worker threads, reduced-size
JPEG decoding. PyTorch: what a practitioner writes, PIL + torchvision transforms in a DataLoader with worker
processes. The files are read once first so that both sides find them in the page cache; the two sides then
alternate, --repeat times, and each pair gives a ratio (the machine may be shared: the load average is printed).

Needs Debian's python3-torch, python3-torchvision and python3-pil (run with /usr/bin/python3):
  bench/input_pipeline_bench.py --bench build/bench/input_pipeline_bench --dataset /tmp/photos --workers 2
"""
import argparse
import glob
import json
import os
import statistics
import subprocess
import time


def pytorch_rate(files, args):
    import torch
    from PIL import Image
    from torch.utils.data import DataLoader, Dataset
    from torchvision import transforms

    class Photos(Dataset):
        def __init__(self, paths):
            self.paths = paths
            self.transform = transforms.Compose([
                transforms.RandomResizedCrop(args.input_size),
                transforms.RandomHorizontalFlip(),
                transforms.ToTensor(),
                transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225]),
            ])

        def __len__(self):
            return len(self.paths)

        def __getitem__(self, index):
            with Image.open(self.paths[index]) as image:
                return self.transform(image.convert("RGB"))

    torch.set_num_threads(1)
    loader = DataLoader(Photos(files), batch_size=args.batch, shuffle=True, num_workers=args.workers, drop_last=True,
                        generator=torch.Generator().manual_seed(1))
    batches = iter(loader)
    for _ in range(args.warmup):
        next(batches)
    start = time.perf_counter()
    images = 0
    for _ in range(args.batches):
        images += next(batches).shape[0]
    seconds = time.perf_counter() - start
    del batches, loader
    return images / seconds


def tagscope_rate(args, bench=None):
    out = subprocess.run([bench or args.bench, "--dataset", args.dataset, "--workers", str(args.workers), "--batch", str(args.batch),
                          "--input-size", str(args.input_size), "--batches", str(args.batches), "--warmup", str(args.warmup),
                          "--images", str(args.images)], check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])["images_per_second"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench", required=True, help="bench/input_pipeline_bench")
    parser.add_argument("--dataset", required=True, help="Open Images-layout folder with train/*.jpg")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--input-size", type=int, default=224)
    parser.add_argument("--batches", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--images", type=int, default=3000, help="the first N training images (both sides)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--before", help="another build of bench/input_pipeline_bench (e.g. before a change), "
                        "measured in every run too")
    args = parser.parse_args()
    # The images Tagscope reads: the first N of its train split, in ImageID order (= sorted file names).
    files = sorted(glob.glob(os.path.join(args.dataset, "train", "*.jpg")))[: args.images]
    if len(files) < (args.batches + args.warmup) * args.batch:
        parser.error("not enough images for the batches asked for")
    for path in files:  # into the page cache
        with open(path, "rb") as f:
            f.read()
    print(f"{len(files)} images, {args.workers} workers, batches of {args.batch} at {args.input_size} px; "
          f"load average {os.getloadavg()[0]:.1f}")
    ratios, ours, theirs, before, beforeRatios = [], [], [], [], []
    for run in range(args.repeat):
        a = tagscope_rate(args)
        b = pytorch_rate(files, args)
        ours.append(a)
        theirs.append(b)
        ratios.append(a / b)
        line = f"run {run + 1}: Tagscope {a:.0f} img/s, PyTorch DataLoader {b:.0f} img/s, ratio {a / b:.2f}x"
        if args.before:
            c = tagscope_rate(args, args.before)
            before.append(c)
            beforeRatios.append(c / b)
            line += f"; before: {c:.0f} img/s, ratio {c / b:.2f}x"
        print(f"{line}; load average {os.getloadavg()[0]:.1f}", flush=True)
    print(f"median: Tagscope {statistics.median(ours):.0f} img/s, PyTorch {statistics.median(theirs):.0f} img/s, "
          f"ratio {statistics.median(ratios):.2f}x" + (f"; before: {statistics.median(before):.0f} img/s, ratio "
                                                       f"{statistics.median(beforeRatios):.2f}x" if args.before else ""))


if __name__ == "__main__":
    main()
