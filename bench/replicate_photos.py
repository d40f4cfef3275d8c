#!/usr/bin/python3
"""Fills an Open Images-layout folder written by `tagscope-cli synth` without --photos with a JPEG per ImageID,
copied round-robin from a smaller pool of photos that `tagscope-cli synth --photos` wrote.

Synthesising a photo-like 1024 x 768 JPEG costs tens of milliseconds of CPU: 100,000 of them take most of an hour
on a 2-core machine. Copies of a few thousand give a split of the same size on disk (every file its own copy, so
nothing is shared in the page cache that separate photos would not share) in a few minutes. Decoding cost and file
sizes are those of the pool's photos.

  tagscope-cli synth --out /tmp/pool --images 2500 --rows 7500 --tags 600 --validation-images 500 --photos
  tagscope-cli synth --out /tmp/big --images 100000 --rows 300000 --tags 600 --validation-images 1000
  bench/replicate_photos.py --pool /tmp/pool --dataset /tmp/big
"""
import argparse
import csv
import glob
import os
import shutil


def image_ids(labels):
    ids, last = [], None
    with open(labels, newline="") as f:
        for row in csv.DictReader(f):
            if row["ImageID"] != last:  # the rows are sorted by ImageID
                last = row["ImageID"]
                ids.append(last)
    return ids


def fill(ids, pool, folder):
    os.makedirs(folder, exist_ok=True)
    written = 0
    for i, image in enumerate(ids):
        target = os.path.join(folder, image + ".jpg")
        if not os.path.exists(target):
            shutil.copyfile(pool[i % len(pool)], target)
        written += os.path.getsize(target)
    return written


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pool", required=True, help="a folder written by tagscope-cli synth --photos")
    parser.add_argument("--dataset", required=True, help="a folder written by tagscope-cli synth (labels only)")
    args = parser.parse_args()
    pool = sorted(glob.glob(os.path.join(args.pool, "train", "*.jpg")) + glob.glob(os.path.join(args.pool, "validation", "*.jpg")))
    if not pool:
        parser.error(f"{args.pool}: no photos in train/ or validation/")
    total = 0
    for split, labels in (("train", "oidv6-train-annotations-human-imagelabels.csv"),
                          ("validation", "validation-annotations-human-imagelabels.csv")):
        path = os.path.join(args.dataset, labels)
        if not os.path.exists(path):
            continue
        ids = image_ids(path)
        written = fill(ids, pool, os.path.join(args.dataset, split))
        total += written
        print(f"{split}: {len(ids)} photos, {written / 1e9:.1f} GB")
    print(f"{total / 1e9:.1f} GB from a pool of {len(pool)} photos")


if __name__ == "__main__":
    main()
