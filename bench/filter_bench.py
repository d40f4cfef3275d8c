#!/usr/bin/python3
"""Filter expressions: Tagscope's tag index against pandas on the long-format labels, in one run.

On one synthetic Open Images dataset (by default the 9.0M-image, 9.38M-row, 20k-tag one that
bench/import_openimages.py generates), picks head, medium and tail tags by frequency and times a set of
expressions (1 to 4 terms: AND, OR, NOT, a split, an unknown state):
  tagscope: `tagscope-cli filter DATA EXPR --json --limit 0 --repeat N`, which reports the index build and
            the query (parse, bind, evaluate, list the sorted image indices) measured in the process, N times
            in a row; plus the wall time of the whole command (start, dataset cache, index, query, JSON).
  pandas:   the frame from read_csv(labels file), each term a boolean mask on LabelName and Confidence,
            `.unique()` ImageIDs, and AND / OR / NOT as hash-based `isin` set operations on ImageIDs
            (NOT = all ImageIDs minus the set). Timed on object strings as read_csv returns them, and with
            LabelName converted to a category (what a careful user does first).
Checks that both tools count the same images, then prints a markdown table with medians and ratios.
Synthetic files carry human labels only, so no expression uses a machine threshold.

Usage: bench/filter_bench.py [--cli build/app/cli/tagscope-cli] [--data /tmp/tagscope-bench-oi]
                             [--repeat 20] [--runs 3] [--pandas-repeat 3] [--no-pandas]
Needs Debian's python3-pandas (run with /usr/bin/python3, not another python3 on PATH).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time


def ensure_data(cli, folder):
    labels = os.path.join(folder, "oidv6-train-annotations-human-imagelabels.csv")
    if not os.path.exists(labels):
        subprocess.run([cli, "synth", "--out", folder, "--images", "9000000", "--rows", "9376588",
                        "--machine-ratio", "0", "--tags", "20000", "--seed", "1"], check=True, stderr=subprocess.DEVNULL)
    return labels


def quoted(name):
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def pick_tags(cli, folder):
    """Head tags 1-3 by positives, the most frequent medium tag and the least frequent tag with positives."""
    info = json.loads(subprocess.run([cli, "info", folder, "--json", "--list", "0"], check=True,
                                     capture_output=True, text=True).stdout)
    tags = info["tag_list"]  # most positives first
    head = tags[:3]
    medium = next((t for t in tags if t["band"] == "medium"), tags[len(tags) // 2])
    tail = next(t for t in reversed(tags) if t["positive"] > 0)
    return head, medium, tail


def expressions(head, medium, tail):
    """(label, tagscope expression, pandas plan); a plan is a nested tuple over terms."""
    h1, h2, h3 = (quoted(t["name"]) for t in head)
    m, t = quoted(medium["name"]), quoted(tail["name"])
    L1, L2, L3 = (x["label_name"] for x in head)
    LM, LT = medium["label_name"], tail["label_name"]
    return [
        ("1 term: head tag", f"{h1}", ("pos", L1)),
        ("2 terms: head AND tail", f"{h1} AND {t}", ("and", ("pos", L1), ("pos", LT))),
        ("2 terms: medium AND head:negative", f"{m} AND {h1}:negative", ("and", ("pos", LM), ("neg", L1))),
        ("3 terms: (head OR head) AND NOT head", f"({h1} OR {h2}) AND NOT {h3}",
         ("and", ("or", ("pos", L1), ("pos", L2)), ("not", ("pos", L3)))),
        ("4 terms: split AND (head OR head:negative) AND NOT head", f"split:train AND ({h1} OR {h2}:negative) AND NOT {h3}",
         ("and", ("and", ("split",), ("or", ("pos", L1), ("neg", L2))), ("not", ("pos", L3)))),
        ("2 terms: head AND head:unknown", f"{h2} AND {h1}:unknown", ("and", ("pos", L2), ("unknown", L1))),
        ("1 term: NOT head (most images)", f"NOT {h1}", ("not", ("pos", L1))),
    ]


class PandasFilter:
    """What a pandas user writes: masks on the long-format frame, set operations on ImageIDs."""

    def __init__(self, pd, frame, label_column):
        self.pd = pd
        self.frame = frame
        self.labels = frame[label_column]
        self.confidence = frame["Confidence"]
        self.image_ids = frame["ImageID"]
        self.all_ids = self.image_ids.unique()

    def ids_where(self, label, confidence):
        return self.image_ids[(self.labels == label) & (self.confidence == confidence)].unique()

    def isin(self, a, b):
        return self.pd.Series(a).isin(b).to_numpy()

    def evaluate(self, plan):
        kind = plan[0]
        if kind == "pos":
            return self.ids_where(plan[1], 1)
        if kind == "neg":
            return self.ids_where(plan[1], 0)
        if kind == "unknown":
            labelled = self.image_ids[self.labels == plan[1]].unique()
            return self.all_ids[~self.isin(self.all_ids, labelled)]
        if kind == "split":
            return self.all_ids  # the train file holds every image of the train split
        if kind == "not":
            inner = self.evaluate(plan[1])
            return self.all_ids[~self.isin(self.all_ids, inner)]
        a, b = self.evaluate(plan[1]), self.evaluate(plan[2])
        if kind == "and":
            if len(a) > len(b):
                a, b = b, a
            return a[self.isin(a, b)]
        return self.pd.unique(self.pd.concat([self.pd.Series(a), self.pd.Series(b)]).to_numpy())


def time_pandas(engine, plan, repeat):
    times, count = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        count = len(engine.evaluate(plan))
        times.append(time.perf_counter() - start)
    return statistics.median(times), count


def run_filter(cli, folder, expression, repeat):
    start = time.perf_counter()
    out = subprocess.run([cli, "filter", folder, expression, "--json", "--limit", "0", "--repeat", str(repeat)],
                         check=True, capture_output=True, text=True).stdout
    return time.perf_counter() - start, json.loads(out)


def time_tagscope(cli, folder, expression, repeat, runs):
    """Whole-command wall time and first-query time from `runs` one-query processes; the steady query time
    from one process that repeats the query `repeat` times."""
    singles = [run_filter(cli, folder, expression, 1) for _ in range(runs)]
    _, repeated = run_filter(cli, folder, expression, repeat)
    reports = [report for _, report in singles]
    return {"wall": statistics.median(wall for wall, _ in singles), "count": repeated["count"],
            "first": statistics.median(r["query_seconds"] for r in reports),
            "query_median": repeated["query_seconds_median"], "query_min": repeated["query_seconds_min"],
            "index": statistics.median(r["index_seconds"] for r in reports),
            "open": statistics.median(r["open_seconds"] for r in reports),
            "index_mb": repeated["index_memory_bytes"] / 1e6, "images": repeated["images"], "labels": repeated["labels"]}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default=os.path.join(here, "..", "build", "app", "cli", "tagscope-cli"))
    parser.add_argument("--data", default="/tmp/tagscope-bench-oi")
    parser.add_argument("--repeat", type=int, default=20, help="queries in the repeating tagscope-cli process")
    parser.add_argument("--runs", type=int, default=3, help="one-query tagscope-cli processes per expression")
    parser.add_argument("--no-pandas", action="store_true", help="time tagscope only (for datasets pandas cannot hold)")
    parser.add_argument("--pandas-repeat", type=int, default=3)
    args = parser.parse_args()
    cli = os.path.abspath(args.cli)
    try:
        import pandas as pd
    except ImportError:
        sys.exit("python3-pandas is missing: sudo apt-get install python3-pandas, and run this with /usr/bin/python3")

    labels = ensure_data(cli, args.data)
    head, medium, tail = pick_tags(cli, args.data)  # also writes the dataset cache that filter reopens
    cases = expressions(head, medium, tail)

    tagscope = [time_tagscope(cli, args.data, expression, args.repeat, args.runs) for _, expression, _ in cases]

    rows = [(label, expression, ts, None, None) for (label, expression, _), ts in zip(cases, tagscope)]
    read_seconds = category_seconds = None
    if not args.no_pandas:
        start = time.perf_counter()
        frame = pd.read_csv(labels)
        read_seconds = time.perf_counter() - start
        plain = PandasFilter(pd, frame, "LabelName")
        start = time.perf_counter()
        frame["LabelCategory"] = frame["LabelName"].astype("category")
        category_seconds = time.perf_counter() - start
        categorical = PandasFilter(pd, frame, "LabelCategory")
        rows = []
        for (label, expression, plan), ts in zip(cases, tagscope):
            plain_seconds, plain_count = time_pandas(plain, plan, args.pandas_repeat)
            cat_seconds, cat_count = time_pandas(categorical, plan, args.pandas_repeat)
            if not plain_count == cat_count == ts["count"]:
                sys.exit(f"counts differ for {expression}: tagscope {ts['count']}, pandas {plain_count} / {cat_count}")
            rows.append((label, expression, ts, plain_seconds, cat_seconds))

    first = tagscope[0]
    print(f"dataset: {args.data} ({first['images']:,} images, {first['labels']:,} labels, 20k tags), "
          f"{os.cpu_count()} cores; tags: head {', '.join(t['name'] for t in head)} "
          f"({head[0]['positive']:,} / {head[1]['positive']:,} / {head[2]['positive']:,} positives), "
          f"medium {medium['name']} ({medium['positive']}), tail {tail['name']} ({tail['positive']})")
    setup = (f"setup, once per session: tagscope-cli opens its dataset cache in {first['open']:.2f} s and builds the "
             f"index in {first['index'] * 1e3:.0f} ms ({first['index_mb']:.0f} MB)")
    if read_seconds is not None:
        setup += (f"; pandas {pd.__version__} read_csv {read_seconds:.1f} s + LabelName to category "
                  f"{category_seconds:.1f} s")
    print(setup)
    print(f"tagscope query: median of {args.repeat} in one process (min; first query of a fresh process); "
          f"tagscope-cli wall: whole one-query command, median of {args.runs}; pandas: median of {args.pandas_repeat}")
    print()
    if args.no_pandas:
        print("| expression | matches | tagscope query | first query | tagscope-cli wall |")
        print("|---|---:|---:|---:|---:|")
    else:
        print("| expression | matches | tagscope query | first query | pandas (str) | pandas (category) | "
              "pandas str / tagscope | pandas cat / tagscope | tagscope-cli wall |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for label, expression, ts, plain_seconds, cat_seconds in rows:
        q = ts["query_median"]
        cells = [f"{label}: `{expression}`", f"{ts['count']:,}", f"{q * 1e3:.2f} ms ({ts['query_min'] * 1e3:.2f})",
                 f"{ts['first'] * 1e3:.2f} ms"]
        if plain_seconds is not None:
            cells += [f"{plain_seconds * 1e3:,.0f} ms", f"{cat_seconds * 1e3:,.0f} ms", f"{plain_seconds / q:,.0f}x",
                      f"{cat_seconds / q:,.0f}x"]
        cells.append(f"{ts['wall']:.2f} s")
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
