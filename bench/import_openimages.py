#!/usr/bin/python3
"""Open Images label import: Tagscope against pandas, side by side in one run.

Generates (once) a synthetic Open Images folder with `tagscope-cli synth`: by default the size of the real train
split, a human-verified file of 9,376,588 rows over 9.0M images and a machine-label file of 8 rows for each of
those (75M rows), 20k LabelNames with Zipf-like frequencies, 16-hex ImageIDs; --scale shrinks both. Then times,
with a warm page cache and alternating order, on the human-verified file alone and on the whole folder:
  pandas:   read_csv of the file(s) + per-tag counts (positives and negatives of the human-verified rows,
            machine rows per tag), what a script would do first
  tagscope: `tagscope-cli info --json --no-cache` (import, label index and statistics; --no-machine-labels for
            the human-verified file alone)
  and reopening the folder from Tagscope's binary dataset cache.
Reports the median wall time and peak resident memory of each and the ratios, and checks that both tools
count the same rows, and the same positives, negatives and machine labels for every tag.

pandas holds the whole folder in memory (11.5 GB at full size): its folder leg runs only when --pandas-folder-gib
(default 14) GiB are available, and is reported as skipped otherwise (run again with a smaller --scale).

--previous-cli times another tagscope-cli (an earlier build) on the same legs, for a before/after.

Usage: bench/import_openimages.py [--cli build/app/cli/tagscope-cli] [--data /tmp/tagscope-bench-oi-full]
                                  [--scale 1.0] [--repeat 3] [--pandas-folder-gib 14] [--previous-cli PATH]
Needs Debian's python3-pandas (installed here when missing and run as root).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

PANDAS = r"""
import json, sys, pandas as pd
human = pd.read_csv(sys.argv[1])
counts = {}
for (label, confidence), n in human.groupby(['LabelName', 'Confidence']).size().items():
    counts.setdefault(label, [0, 0, 0])[0 if confidence == 1 else 1] += int(n)
rows = [len(human)]
if len(sys.argv) > 2:
    machine = pd.read_csv(sys.argv[2])
    for label, n in machine.groupby('LabelName').size().items():
        counts.setdefault(label, [0, 0, 0])[2] += int(n)
    rows.append(len(machine))
print(json.dumps({"rows": rows, "counts": counts}))
"""


def run_with_rusage(command):
    """Wall seconds, CPU seconds, peak resident memory (MiB, from wait4) and stdout of one child process."""
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        out_fd = os.open(run_with_rusage.out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(out_fd, 1)
        os.dup2(devnull, 2)
        os.execv(command[0], command)
    _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed ({status}): {' '.join(command)}")
    with open(run_with_rusage.out_path, "rb") as handle:
        out = handle.read()
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0, out


run_with_rusage.out_path = "/tmp/tagscope-bench-stdout"


def ensure_pandas():
    if subprocess.run(["/usr/bin/python3", "-c", "import pandas"], capture_output=True).returncode == 0:
        return
    if os.geteuid() != 0:
        sys.exit("python3-pandas is missing: sudo apt-get install python3-pandas")
    subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", "python3-pandas"], check=True)


def available_gib():
    with open("/proc/meminfo") as handle:
        for line in handle:
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) / 2**20
    return 0.0


def warm(path):
    with open(path, "rb") as handle:  # the page cache, for both tools
        while handle.read(1 << 24):
            pass


def tagscope_counts(out):
    """Rows read (without the headers) and {LabelName: [positive, negative, machine]} from info --json."""
    info = json.loads(out)
    counts = {t["label_name"]: [t["positive"], t["negative"], t["machine"]] for t in info["tag_list"]}
    return info, counts


def check_same(name, pandas_out, tagscope_out, machine_leg):
    pandas = json.loads(pandas_out)
    info, counts = tagscope_counts(tagscope_out)
    headers = 2 if machine_leg else 1
    assert info["rows_read"] - headers == sum(pandas["rows"]), (name, info["rows_read"], pandas["rows"])
    assert info["rows_skipped"] == 0, name
    for label, (positive, negative, machine) in pandas["counts"].items():
        mine = counts[label]
        # A machine label adds a positive only where no human-verified row names the tag: compare what both
        # tools count directly, the human-verified negatives, and the machine labels of every tag.
        assert mine[1] == negative, (name, label, mine, positive, negative)
        if machine_leg:
            assert mine[2] == machine, (name, label, mine, machine)
        else:
            assert mine[0] == positive, (name, label, mine, positive)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default=os.path.join(here, "..", "build", "app", "cli", "tagscope-cli"))
    parser.add_argument("--data", default="/tmp/tagscope-bench-oi-full")
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full size (images and rows)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pandas-folder-gib", type=float, default=14.0,
                        help="GiB of available memory the pandas folder leg needs (skipped below)")
    parser.add_argument("--previous-cli", help="an earlier tagscope-cli build to time on the same legs")
    args = parser.parse_args()
    cli = os.path.abspath(args.cli)
    ensure_pandas()

    images, rows = round(9_000_000 * args.scale), round(9_376_588 * args.scale)
    human = os.path.join(args.data, "oidv6-train-annotations-human-imagelabels.csv")
    machine = os.path.join(args.data, "oidv6-train-annotations-machine-imagelabels.csv")
    stamp = os.path.join(args.data, "synth-size")
    wanted = f"{images} {rows}"
    if not os.path.exists(stamp) or open(stamp).read() != wanted:
        subprocess.run([cli, "synth", "--out", args.data, "--images", str(images), "--rows", str(rows),
                        "--tags", "20000", "--seed", "1"], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        with open(stamp, "w") as handle:
            handle.write(wanted)
    human_mb, machine_mb = os.path.getsize(human) / 1e6, os.path.getsize(machine) / 1e6
    for path in (human, machine):
        warm(path)

    info = [cli, "info", args.data, "--json", "--list", "0", "--quiet"]
    commands = {
        "human: pandas": ["/usr/bin/python3", "-c", PANDAS, human],
        "human: tagscope": info + ["--no-cache", "--no-machine-labels"],
        "folder: pandas": ["/usr/bin/python3", "-c", PANDAS, human, machine],
        "folder: tagscope": info + ["--no-cache"],
        "folder: tagscope cache": info,
    }
    if args.previous_cli:
        previous = [os.path.abspath(args.previous_cli), "info", args.data, "--json", "--list", "0", "--no-cache"]
        commands["human: previous"] = previous + ["--no-machine-labels"]
        commands["folder: previous"] = previous
    run_with_rusage(commands["folder: tagscope cache"])  # writes the dataset cache for the reopen rows
    load_before = os.getloadavg()
    results = {name: [] for name in commands}
    outputs = {}
    skipped = []
    for _ in range(args.repeat):
        for name, command in commands.items():
            if name == "folder: pandas" and available_gib() < args.pandas_folder_gib:
                skipped.append(f"{available_gib():.1f} GiB available")
                continue
            seconds, cpu, peak_mib, out = run_with_rusage(command)
            results[name].append((seconds, cpu, peak_mib))
            outputs[name] = out
    load_after = os.getloadavg()
    check_same("human", outputs["human: pandas"], outputs["human: tagscope"], False)
    if "folder: pandas" in outputs:
        check_same("folder", outputs["folder: pandas"], outputs["folder: tagscope"], True)
    assert json.loads(outputs["folder: tagscope cache"])["from_cache"]

    def median(name, index):
        return statistics.median(r[index] for r in results[name]) if results[name] else float("nan")

    version = subprocess.run(["/usr/bin/python3", "-c", "import pandas; print(pandas.__version__)"],
                             capture_output=True, text=True).stdout.strip()
    print(f"human-verified file {human_mb:.0f} MB ({rows:,} rows), machine-label file {machine_mb:.0f} MB "
          f"({8 * rows:,} rows), {images:,} images; {os.cpu_count()} cores, median of {args.repeat}; "
          f"load average {load_before[0]:.1f} before, {load_after[0]:.1f} after")
    print("| input | pandas " + version + " read_csv + per-tag counts | tagscope-cli info --no-cache | ratio |")
    print("|---|---|---|---|")

    def cell(name):
        return f"{median(name, 0):.2f} s (CPU {median(name, 1):.2f} s), {median(name, 2):.0f} MiB"

    for leg in ("human", "folder"):
        pandas, tagscope = f"{leg}: pandas", f"{leg}: tagscope"
        label = "human-verified file" if leg == "human" else "whole folder (human + machine)"
        if results[pandas]:
            print(f"| {label} | {cell(pandas)} | {cell(tagscope)} | **{median(pandas, 0) / median(tagscope, 0):.1f}x "
                  f"faster** (CPU {median(pandas, 1) / median(tagscope, 1):.1f}x), "
                  f"{median(pandas, 2) / median(tagscope, 2):.1f}x less memory |")
        else:
            print(f"| {label} | skipped ({skipped[0]}, needs {args.pandas_folder_gib:.0f}) | {cell(tagscope)} | |")
    print(f"| whole folder, reopened from the dataset cache | | {cell('folder: tagscope cache')} | |")
    if args.previous_cli:
        for leg in ("human", "folder"):
            print(f"| {leg}: the previous build | | {cell(f'{leg}: previous')} | |")


if __name__ == "__main__":
    main()
