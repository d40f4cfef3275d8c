#!/usr/bin/python3
"""COCO import: Tagscope against what a user would otherwise run, side by side in one run.

Generates (once) an instances file shaped like COCO's instances_train2017.json: 118,287 images, ~860k annotations
with segmentation polygons, boxes and a few crowd RLEs, 80 categories with ids 1..90 (COCO's gaps), ~1% of images
without annotations, written on one line like the real ~450 MB file. Then times, with a warm page cache and
alternating order:
  python:      json.load + the per-image set of category ids (the first thing a script does)
  pycocotools: COCO(file) (json.load + its indexes), when Debian's python3-pycocotools is installable
  tagscope:    `tagscope-cli info FILE --json --no-cache` (import, label index, per-split statistics and the
               check of every image file; the generated dataset has no image files, so all are reported missing)
  and, for reopening, the same command reading Tagscope's binary dataset cache.
Reports the median wall time and peak resident memory (wait4's ru_maxrss) of each, and the ratios.

Usage: bench/import_coco.py [--cli build/app/cli/tagscope-cli] [--data /tmp/tagscope-bench-coco] [--repeat 3]
Run it with Debian's /usr/bin/python3.
"""
import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time

IMAGES = 118287
ANNOTATIONS = 860001
# COCO's 80 category ids: 1..90 without these ten.
CATEGORY_IDS = [i for i in range(1, 91) if i not in (12, 26, 29, 30, 45, 66, 68, 69, 71, 83)]

PYTHON = r"""
import json, sys
with open(sys.argv[1]) as handle:
    data = json.load(handle)
names = {c['id']: c['name'] for c in data['categories']}
tags = {image['id']: set() for image in data['images']}
for a in data['annotations']:
    tags[a['image_id']].add(a['category_id'])
print(len(tags), sum(len(t) for t in tags.values()))
"""

PYCOCOTOOLS = r"""
import sys
from pycocotools.coco import COCO
coco = COCO(sys.argv[1])
tags = {i: {a['category_id'] for a in coco.imgToAnns[i]} for i in coco.getImgIds()}
print(len(tags), sum(len(t) for t in tags.values()))
"""


def generate(path):
    """Writes the instances file piece by piece (the whole text never sits in memory)."""
    rng = random.Random(2017)
    # A pool of polygons: parsing cost depends on their size, not on their being all different.
    polygons = []
    for _ in range(20000):
        points = rng.randint(6, 36)
        polygons.append("[[" + ", ".join(f"{rng.uniform(0, 640):.2f}" for _ in range(2 * points)) + "]]")
    crowd = "{\"counts\": [" + ", ".join(str(rng.randint(1, 900)) for _ in range(400)) + "], \"size\": [480, 640]}"
    # Zipf-like category frequencies, as in COCO (person on ~30% of all boxes).
    weights = [1.0 / (rank + 1) ** 1.1 for rank in range(len(CATEGORY_IDS))]
    image_ids = rng.sample(range(1, 600000), IMAGES)
    with_annotations = [i for i in image_ids if rng.random() > 0.009]
    tmp = path + ".part"
    with open(tmp, "w") as out:
        out.write('{"info": {"description": "COCO-sized synthetic dataset", "version": "1.0", "year": 2017}, '
                  '"licenses": [{"url": "http://example.org/", "id": 1, "name": "synthetic"}], "images": [')
        for n, image_id in enumerate(image_ids):
            out.write(("" if n == 0 else ", ")
                      + f'{{"license": 1, "file_name": "{image_id:012d}.jpg", "coco_url": '
                      f'"http://images.example.org/train2017/{image_id:012d}.jpg", "height": 480, "width": 640, '
                      f'"date_captured": "2013-11-14 16:28:13", "flickr_url": "http://farm.example.org/{image_id}.jpg", '
                      f'"id": {image_id}}}')
        out.write('], "annotations": [')
        categories = rng.choices(CATEGORY_IDS, weights=weights, k=ANNOTATIONS)
        for n in range(ANNOTATIONS):
            image_id = with_annotations[n % len(with_annotations)] if n < len(with_annotations) else rng.choice(with_annotations)
            is_crowd = rng.random() < 0.01
            segmentation = crowd if is_crowd else polygons[n % len(polygons)]
            x, y, w, h = rng.uniform(0, 500), rng.uniform(0, 400), rng.uniform(1, 140), rng.uniform(1, 80)
            out.write(("" if n == 0 else ", ")
                      + f'{{"segmentation": {segmentation}, "area": {w * h:.4f}, "iscrowd": {int(is_crowd)}, '
                      f'"image_id": {image_id}, "bbox": [{x:.2f}, {y:.2f}, {w:.2f}, {h:.2f}], '
                      f'"category_id": {categories[n]}, "id": {n + 1}}}')
        out.write('], "categories": [')
        out.write(", ".join(f'{{"supercategory": "super{c % 12}", "id": {c}, "name": "class{c}"}}' for c in CATEGORY_IDS))
        out.write("]}")
    os.replace(tmp, path)


def run_with_rusage(command, out_path="/tmp/tagscope-bench-coco-stdout"):
    """Wall seconds, peak resident memory (MiB, from wait4) and stdout of one child process."""
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        out_fd = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(out_fd, 1)
        os.dup2(devnull, 2)
        os.execv(command[0], command)
    _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed ({status}): {' '.join(command)}")
    with open(out_path, "rb") as handle:
        out = handle.read()
    return seconds, usage.ru_maxrss / 1024.0, out


def have_pycocotools():
    check = ["/usr/bin/python3", "-c", "import pycocotools.coco"]
    if subprocess.run(check, capture_output=True).returncode == 0:
        return True
    if os.geteuid() == 0:
        subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", "python3-pycocotools"],
                       capture_output=True)
    return subprocess.run(check, capture_output=True).returncode == 0


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default=os.path.join(here, "..", "build", "app", "cli", "tagscope-cli"))
    parser.add_argument("--data", default="/tmp/tagscope-bench-coco")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    cli = os.path.abspath(args.cli)

    path = os.path.join(args.data, "annotations", "instances_train2017.json")
    if not os.path.exists(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        print("generating", path, file=sys.stderr)
        generate(path)
    size_mb = os.path.getsize(path) / 1e6
    with open(path, "rb") as handle:  # warm the page cache for every tool
        while handle.read(1 << 24):
            pass

    commands = {
        "python": ["/usr/bin/python3", "-c", PYTHON, path],
        "tagscope": [cli, "info", path, "--json", "--list", "0", "--no-cache"],
        "cached": [cli, "info", path, "--json", "--list", "0"],
    }
    pycocotools = have_pycocotools()
    if pycocotools:
        commands["pycocotools"] = ["/usr/bin/python3", "-c", PYCOCOTOOLS, path]
    run_with_rusage(commands["cached"])  # writes the dataset cache for the reopen rows
    results = {name: [] for name in commands}
    expected = None
    for _ in range(args.repeat):
        for name, command in commands.items():
            seconds, peak_mib, out = run_with_rusage(command)
            results[name].append((seconds, peak_mib))
            if name in ("tagscope", "cached"):
                info = json.loads(out)
                assert info["from_cache"] == (name == "cached")
                counts = (info["images"], info["labels"]["positive"])
                assert info["missing_images"] == info["images"], info["missing_images"]
            else:
                counts = tuple(int(v) for v in out.split())
            expected = expected or counts
            assert counts == expected, (name, counts, expected)

    def median(name, index):
        return statistics.median(r[index] for r in results[name])

    images, labels = expected
    print(f"file: {path} ({size_mb:.0f} MB, {IMAGES:,} images, {ANNOTATIONS:,} annotations, {labels:,} image tags), "
          f"{os.cpu_count()} cores (load average {os.getloadavg()[0]:.1f} at the end), median of {args.repeat}")
    print("| tool | wall time | peak memory |")
    print("|---|---|---|")
    python_version = sys.version.split()[0]
    t_time, t_mem = median("tagscope", 0), median("tagscope", 1)
    p_time, p_mem = median("python", 0), median("python", 1)
    print(f"| Python {python_version} json.load + per-image tag sets | {p_time:.2f} s | {p_mem:.0f} MiB |")
    if pycocotools:
        c_time, c_mem = median("pycocotools", 0), median("pycocotools", 1)
        print(f"| pycocotools COCO(file) + per-image tag sets | {c_time:.2f} s | {c_mem:.0f} MiB |")
    print(f"| tagscope-cli info --no-cache (import + statistics + image check) | {t_time:.2f} s | {t_mem:.0f} MiB |")
    print(f"| ratio (Python / tagscope) | {p_time / t_time:.1f}x faster | {p_mem / t_mem:.1f}x less memory |")
    if pycocotools:
        print(f"| ratio (pycocotools / tagscope) | {c_time / t_time:.1f}x faster | {c_mem / t_mem:.1f}x less memory |")
    r_time, r_mem = median("cached", 0), median("cached", 1)
    print(f"| tagscope-cli info, reopened from its dataset cache | {r_time:.2f} s | {r_mem:.0f} MiB |")
    if not pycocotools:
        print("\npycocotools: not installable here (`apt-get install python3-pycocotools` finds no such package "
              "in Debian 12); its COCO() starts with the same json.load, then builds more indexes.")


if __name__ == "__main__":
    main()
