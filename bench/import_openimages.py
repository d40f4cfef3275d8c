#!/usr/bin/python3
"""Open Images label import: Tagscope against pandas, side by side in one run.

Generates (once) a synthetic human-verified train file the size of the real V2 one (9,376,588 rows,
~9.0M images, 20k LabelNames with Zipf-like frequencies, 16-hex ImageIDs) with `tagscope-cli synth`,
then times, with a warm page cache and alternating order:
  pandas:   read_csv + a per-tag count of positives and negatives (what a script would do first)
  tagscope: `tagscope-cli info --json --no-cache` (import, label index and per-split statistics)
  and, for reopening, the same command reading Tagscope's binary dataset cache
Reports the median wall time and peak resident memory of each, and the ratios.

Usage: bench/import_openimages.py [--cli build/app/cli/tagscope-cli] [--data /tmp/tagscope-bench-oi] [--repeat 3]
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
import sys, pandas as pd
frame = pd.read_csv(sys.argv[1])
counts = frame.groupby(['LabelName', 'Confidence']).size()
print(len(frame), len(counts))
"""


def run_with_rusage(command):
    """Wall seconds, peak resident memory (MiB, from wait4) and stdout of one child process."""
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
    return seconds, usage.ru_maxrss / 1024.0, out


run_with_rusage.out_path = "/tmp/tagscope-bench-stdout"


def ensure_pandas():
    if subprocess.run(["/usr/bin/python3", "-c", "import pandas"], capture_output=True).returncode == 0:
        return
    if os.geteuid() != 0:
        sys.exit("python3-pandas is missing: sudo apt-get install python3-pandas")
    subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", "python3-pandas"], check=True)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default=os.path.join(here, "..", "build", "app", "cli", "tagscope-cli"))
    parser.add_argument("--data", default="/tmp/tagscope-bench-oi")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    cli = os.path.abspath(args.cli)
    ensure_pandas()

    labels = os.path.join(args.data, "oidv6-train-annotations-human-imagelabels.csv")
    if not os.path.exists(labels):
        subprocess.run([cli, "synth", "--out", args.data, "--images", "9000000", "--rows", "9376588",
                        "--tags", "20000", "--seed", "1"], check=True, stderr=subprocess.DEVNULL)
    size_mb = os.path.getsize(labels) / 1e6
    with open(labels, "rb") as handle:  # warm the page cache for both tools
        while handle.read(1 << 24):
            pass

    pandas_cmd = ["/usr/bin/python3", "-c", PANDAS, labels]
    tagscope_cmd = [cli, "info", args.data, "--json", "--list", "0", "--no-cache"]
    cached_cmd = [cli, "info", args.data, "--json", "--list", "0"]
    run_with_rusage(cached_cmd)  # writes the dataset cache for the reopen rows
    results = {"pandas": [], "tagscope": [], "cached": []}
    for _ in range(args.repeat):
        for name, command in (("tagscope", tagscope_cmd), ("pandas", pandas_cmd), ("cached", cached_cmd)):
            seconds, peak_mib, out = run_with_rusage(command)
            results[name].append((seconds, peak_mib))
            if name != "pandas":
                info = json.loads(out)
                assert info["from_cache"] == (name == "cached")
                rows = info["labels"]["positive"] + info["labels"]["negative"]
                assert rows == 9376588 - info["rows_skipped"], rows
            else:
                assert out.split()[0] == b"9376588", out

    def median(name, index):
        return statistics.median(r[index] for r in results[name])

    p_time, p_mem = median("pandas", 0), median("pandas", 1)
    t_time, t_mem = median("tagscope", 0), median("tagscope", 1)
    print(f"file: {labels} ({size_mb:.0f} MB, 9,376,588 rows), {os.cpu_count()} cores, median of {args.repeat}")
    print("| tool | wall time | peak memory |")
    print("|---|---|---|")
    version = subprocess.run(["/usr/bin/python3", "-c", "import pandas; print(pandas.__version__)"],
                             capture_output=True, text=True).stdout.strip()
    print(f"| pandas {version} read_csv + per-tag count | {p_time:.2f} s | {p_mem:.0f} MiB |")
    print(f"| tagscope-cli info (import + statistics) | {t_time:.2f} s | {t_mem:.0f} MiB |")
    print(f"| ratio (pandas / tagscope) | {p_time / t_time:.1f}x faster | {p_mem / t_mem:.1f}x less memory |")
    c_time, c_mem = median("cached", 0), median("cached", 1)
    print(f"| tagscope-cli info, reopened from its dataset cache | {c_time:.2f} s | {c_mem:.0f} MiB |")


if __name__ == "__main__":
    main()
