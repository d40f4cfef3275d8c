#!/usr/bin/python3
"""Training throughput: tagscope-cli train against the equivalent PyTorch script, in one run.

Both sides train the same backbone on the same images of the demo dataset (or any Open Images-layout folder)
with the same batch size, input size, augmentation (random-resized crop + horizontal flip), loss (BCE with
unannotated labels masked), optimiser (AdamW), number of threads and loader workers. The Python side is what
a practitioner would write: torchvision transforms on PIL images in a DataLoader.

Reported per backbone: wall time of the whole run (process start to exit, so LibTorch start-up and dataset
opening are included), seconds of the first epoch (JPEG decoding on both sides; Tagscope fills its packed cache
as it reads) and of the later epochs (Tagscope reads its packed uint8 cache), images/s, and the ratio.

Needs Debian's python3-torch, python3-torchvision and python3-pil (run with /usr/bin/python3):
  bench/train_bench.py --cli build/app/cli/tagscope-cli --dataset ~/.local/share/tagscope/fashion-mosaic
"""
import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time


def tagscope_run(args, backbone, size, out):
    config = {
        "dataset": args.dataset,
        "backbone": {"name": backbone, "input_size": size},
        "loss": "bce",
        "optimizer": "adamw",
        "lr": 1e-3,
        "weight_decay": 1e-4,
        "schedule": "cosine",
        "epochs": args.epochs,
        "batch_size": args.batch,
        "threads": args.threads,
        "workers": args.workers,
        "max_train_images": args.images,
        "max_val_images": args.val_images,
        "augmentation": {"random_resized_crop": True, "flip": True},
        "seed": 1,
    }
    path = os.path.join(out, "config.json")
    with open(path, "w") as f:
        json.dump(config, f)
    run_dir = os.path.join(out, "run")
    start = time.perf_counter()
    subprocess.run([args.cli, "train", "--config", path, "--out", run_dir], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    epochs = []
    with open(os.path.join(run_dir, "metrics.jsonl")) as f:
        for line in f:
            record = json.loads(line)
            if record.get("type") == "epoch":
                epochs.append(record["seconds"])
    with open(os.path.join(run_dir, "tags.json")) as f:
        tags = [t["label_name"] for t in json.load(f)]
    return wall, epochs, tags


def python_run(args, backbone, size, tags):
    """The same training as a plain PyTorch script; returns (wall, epoch seconds)."""
    start = time.perf_counter()
    import torch
    import torchvision
    from PIL import Image
    from torch import nn

    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    column = {name: i for i, name in enumerate(tags)}

    def read_split(csv_name, folder, limit):
        labels = {}
        with open(os.path.join(args.dataset, csv_name), newline="") as f:
            for row in csv.DictReader(f):
                index = column.get(row["LabelName"])
                if index is None:
                    continue
                target = labels.setdefault(row["ImageID"], [-1.0] * len(tags))
                target[index] = 1.0 if row["Confidence"] == "1" else 0.0
        items = sorted(labels.items())[:limit]
        return [(os.path.join(args.dataset, folder, image + ".jpg"), target) for image, target in items]

    train_items = read_split("oidv6-train-annotations-human-imagelabels.csv", "train", args.images)
    val_items = read_split("validation-annotations-human-imagelabels.csv", "validation", args.val_images)
    normalise = torchvision.transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])
    train_transform = torchvision.transforms.Compose([
        torchvision.transforms.RandomResizedCrop(size), torchvision.transforms.RandomHorizontalFlip(),
        torchvision.transforms.ToTensor(), normalise])
    val_transform = torchvision.transforms.Compose([
        torchvision.transforms.Resize(size), torchvision.transforms.CenterCrop(size),
        torchvision.transforms.ToTensor(), normalise])

    class Images(torch.utils.data.Dataset):
        def __init__(self, items, transform):
            self.items, self.transform = items, transform

        def __len__(self):
            return len(self.items)

        def __getitem__(self, i):
            path, target = self.items[i]
            return self.transform(Image.open(path).convert("RGB")), torch.tensor(target)

    def loader(items, transform, shuffle):
        return torch.utils.data.DataLoader(Images(items, transform), batch_size=args.batch, shuffle=shuffle,
                                           num_workers=args.workers, drop_last=shuffle,
                                           persistent_workers=args.workers > 0)

    if backbone == "small_cnn":
        # Tagscope's small CNN: four stride-2 3x3 convolutions (32, 64, 128, 256) with BatchNorm and ReLU,
        # global mean pooling, linear head; channels-last as on the Tagscope side.
        layers, channels = [], 3
        for width in (32, 64, 128, 256):
            layers += [nn.Conv2d(channels, width, 3, 2, 1, bias=False), nn.BatchNorm2d(width), nn.ReLU(inplace=True)]
            channels = width
        model = nn.Sequential(*layers, nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(256, len(tags)))
        model = model.to(memory_format=torch.channels_last)
    else:
        model = getattr(torchvision.models, backbone)(num_classes=len(tags))
    optimiser = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=1e-4)
    train_loader = loader(train_items, train_transform, True)
    val_loader = loader(val_items, val_transform, False)
    steps = args.epochs * len(train_loader)
    schedule = torch.optim.lr_scheduler.CosineAnnealingLR(optimiser, steps)
    epochs = []
    for _ in range(args.epochs):
        epoch_start = time.perf_counter()
        model.train()
        for images, targets in train_loader:
            if backbone == "small_cnn":
                images = images.contiguous(memory_format=torch.channels_last)
            logits = model(images)
            known = (targets >= 0).float()
            loss = nn.functional.binary_cross_entropy_with_logits(logits, targets.clamp(min=0), weight=known)
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
        model.eval()
        with torch.no_grad():
            for images, _ in val_loader:
                torch.sigmoid(model(images))
        epochs.append(time.perf_counter() - epoch_start)
    return time.perf_counter() - start, epochs


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default="build/app/cli/tagscope-cli")
    parser.add_argument("--dataset", default=os.path.expanduser("~/.local/share/tagscope/fashion-mosaic"))
    parser.add_argument("--backbones", default="small_cnn:64,resnet18:112")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--images", type=int, default=4096, help="training images per epoch")
    parser.add_argument("--val-images", type=int, default=256)
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    args.dataset = os.path.abspath(args.dataset)

    print(f"{args.images} training images x {args.epochs} epochs, batch {args.batch}, {args.threads} threads, "
          f"{args.workers} loader workers, {os.cpu_count()} cores")
    print("| backbone | input | Tagscope wall s | PyTorch wall s | wall ratio | Tagscope epoch 1 s | PyTorch epoch 1 s "
          "| Tagscope later epochs img/s | PyTorch later epochs img/s | later-epoch ratio |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for spec in args.backbones.split(","):
        backbone, size = spec.split(":")
        size = int(size)
        with tempfile.TemporaryDirectory() as out:
            t_wall, t_epochs, tags = tagscope_run(args, backbone, size, out)
        # A fresh interpreter for the Python side, as a user would run it.
        code = ("import sys, json; sys.argv = ['x']; sys.path.insert(0, %r); import train_bench as b; "
                "import argparse; a = argparse.Namespace(**json.loads(%r)); "
                "print(json.dumps(b.python_run(a, %r, %d, json.loads(%r))))"
                % (os.path.dirname(os.path.abspath(__file__)), json.dumps(vars(args)), backbone, size, json.dumps(tags)))
        result = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
        p_wall, p_epochs = json.loads(result.stdout.strip().splitlines()[-1])

        def later_rate(epochs):
            later = epochs[1:] or epochs
            batches = args.images // args.batch
            return batches * args.batch * len(later) / sum(later)

        t_rate, p_rate = later_rate(t_epochs), later_rate(p_epochs)
        print(f"| {backbone} | {size} | {t_wall:.1f} | {p_wall:.1f} | {p_wall / t_wall:.2f}x | {t_epochs[0]:.1f} "
              f"| {p_epochs[0]:.1f} | {t_rate:.0f} | {p_rate:.0f} | {t_rate / p_rate:.2f}x |", flush=True)


if __name__ == "__main__":
    main()
