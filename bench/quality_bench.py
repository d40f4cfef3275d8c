#!/usr/bin/python3
"""Label quality at scale, side by side in one run.

review: `tagscope-cli review --kind missing --top 1000` and `--kind tags` over a score matrix of --review-rows
images x --review-tags tags (float32, written here in blocks: 4 GB at 1M x 1,000) for a synthetic Open Images
dataset of the same images (`tagscope-cli synth`, about 3 labels an image). Wall time and peak resident memory of
the whole process (dataset opening included), against the memory the matrix alone takes when loaded whole, as
NumPy (or cleanlab) needs it.

duplicates: `tagscope-cli duplicates` over --dup-rows x 128 unit embeddings (isotropic Gaussian directions, with
1% of the rows replaced by noisy copies of others at cosine distances of about 0.003 to 0.2; or with --dup-shape
clustered, non-negative around 1,000 centres like a trained network's pooled features) against faiss's exact
range search (`IndexFlatIP.range_search` at similarity 1 - tau), both on --threads threads, Tagscope's exact and
hashed searches each: the recall of faiss's pairs and the time ratio. Tagscope's time is the whole process (reading
the files included); faiss's the search alone, the data already in memory. faiss's search is quadratic: at a
million rows it takes hours on a few cores, so --faiss-queries Q searches Q random rows against all of them, its
time is projected to every row (the search time is proportional to the queries), and the recall counts the pairs
of those Q rows only.

Usage: bench/quality_bench.py [--cli build/app/cli/tagscope-cli] [--threads 2] [--review-rows 1000000]
                              [--review-tags 1000] [--dup-rows 100000] [--dup-shape random|clustered] [--tau 0.1] [--methods exact,approximate] [--faiss-queries Q]
                              [--reuse-faiss] [--skip-review]
                              [--skip-duplicates] [--work /tmp/tagscope-quality-bench]
Needs Debian's python3-numpy and python3-faiss (run with /usr/bin/python3). GNU time (/usr/bin/time) measures
peak memory.
"""
import argparse
import json
import os
import re
import subprocess
import time

import numpy as np


def run_measured(command):
    """Runs command under GNU time: (stdout, wall seconds, peak resident MiB)."""
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-v"] + command, check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1)) / 1024
    return result.stdout, seconds, peak


def synth_dataset(cli, folder, images, tags):
    if not os.path.exists(os.path.join(folder, "oidv6-class-descriptions.csv")):
        subprocess.run([cli, "synth", "--out", folder, "--images", str(images), "--rows", str(3 * images),
                        "--machine-ratio", "0", "--tags", str(tags)], check=True, capture_output=True)
    subprocess.run([cli, "info", folder, "--quiet"], check=True, capture_output=True)  # the dataset cache


def write_scores(path, rows, tags, seed):
    """Probabilities, mostly low (as a tagger's are for most tags), in blocks so memory stays small."""
    if os.path.exists(path) and os.path.getsize(path) > rows * tags * 4:
        return
    rng = np.random.default_rng(seed)
    header = np.lib.format.header_data_from_array_1_0(np.zeros((0, tags), np.float32))
    header["shape"] = (rows, tags)
    with open(path, "wb") as out:
        np.lib.format.write_array_header_1_0(out, header)
        for start in range(0, rows, 50000):
            count = min(50000, rows - start)
            block = rng.beta(0.3, 3.0, size=(count, tags)).astype(np.float32)
            out.write(block.tobytes())
    np.save(path[:-4] + ".images.npy", np.arange(rows, dtype=np.int64))


def bench_review(args):
    folder = os.path.join(args.work, f"synth-{args.review_rows}-{args.review_tags}")
    synth_dataset(args.cli, folder, args.review_rows, args.review_tags)
    scores = os.path.join(args.work, f"scores-{args.review_rows}-{args.review_tags}.npy")
    write_scores(scores, args.review_rows, args.review_tags, 1)
    # Warm the page cache for both runs alike.
    subprocess.run(["cat", scores], stdout=subprocess.DEVNULL, check=True)
    matrix_mib = args.review_rows * args.review_tags * 4 / 2**20
    print(f"review: {args.review_rows:,} images x {args.review_tags:,} tags ({matrix_mib:,.0f} MiB of float32 scores)")
    for kind in ["missing", "tags"]:
        out, seconds, peak = run_measured([args.cli, "review", folder, "--scores", scores, "--kind", kind,
                                           "--top", "1000", "--json", "--quiet"])
        answer = json.loads(out)
        what = f"{len(answer['candidates'])} candidates" if kind == "missing" else f"{len(answer['tags'])} tags"
        print(f"  tagscope-cli review --kind {kind}: {seconds:.1f} s, peak {peak:,.0f} MiB ({what})")
    print(f"  the matrix alone, loaded whole (NumPy, cleanlab): {matrix_mib:,.0f} MiB")


def embeddings_with_copies(rows, dims, seed):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((rows, dims), dtype=np.float32)
    copies = rng.choice(rows, rows // 100, replace=False)
    sources = rng.integers(0, rows, rows // 100)
    noise = rng.uniform(0.05, 0.5, size=(len(copies), 1)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    x[copies] = x[sources] + noise * rng.standard_normal((len(copies), dims), dtype=np.float32) / np.sqrt(dims)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    return x


def clustered_embeddings_with_copies(rows, dims, seed):
    """Like the pooled ReLU features of a trained network: non-negative (every pair within 90 degrees), around
    1,000 cluster centres, with 1% of the rows replaced by noisy copies of others."""
    rng = np.random.default_rng(seed)
    centres = np.abs(rng.standard_normal((1000, dims), dtype=np.float32)) * rng.uniform(0.2, 1.5, (1000, dims)).astype(np.float32)
    x = np.maximum(centres[rng.integers(0, 1000, rows)] + 0.8 * rng.standard_normal((rows, dims), dtype=np.float32), 0)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    copies = rng.choice(rows, rows // 100, replace=False)
    sources = rng.integers(0, rows, rows // 100)
    noise = rng.uniform(0.01, 0.06, size=(len(copies), 1)).astype(np.float32)
    x[copies] = np.maximum(x[sources] + noise * rng.standard_normal((len(copies), dims), dtype=np.float32), 0)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    return x


def bench_duplicates(args):
    import faiss
    rows, dims = args.dup_rows, 128
    folder = os.path.join(args.work, f"synth-{rows}-dup")
    synth_dataset(args.cli, folder, rows, 50)
    shape = "" if args.dup_shape == "random" else "-" + args.dup_shape
    x = (embeddings_with_copies if args.dup_shape == "random" else clustered_embeddings_with_copies)(rows, dims, 2)
    emb = os.path.join(args.work, f"emb-{rows}{shape}.npy")
    np.save(emb, x)
    # Rows named by ImageID in EMB.json, so that a pair's names give back its rows.
    names = subprocess.run([args.cli, "filter", folder, "split:train", "--limit", str(rows)], check=True,
                           capture_output=True, text=True).stdout.split()
    with open(emb[:-4] + ".json", "w") as out:
        json.dump({"images": names}, out)
    index_of = {name: i for i, name in enumerate(names)}
    print(f"duplicates: {rows:,} x {dims} unit embeddings ({args.dup_shape}), tau = {args.tau}, {args.threads} threads")

    # faiss's answer is kept beside the data, so that --reuse-faiss can compare another Tagscope method with it.
    queries = np.arange(rows)
    if args.faiss_queries and args.faiss_queries < rows:
        queries = np.sort(np.random.default_rng(5).choice(rows, args.faiss_queries, replace=False))
    sampled = set(queries.tolist()) if len(queries) < rows else None
    answer_path = os.path.join(args.work, f"faiss-pairs-{rows}{shape}-{args.tau}-{len(queries)}.json")
    if args.reuse_faiss and os.path.exists(answer_path):
        with open(answer_path) as saved:
            kept = json.load(saved)
        theirs, faiss_seconds = {tuple(p) for p in kept["pairs"]}, kept["seconds"]
        print(f"  faiss IndexFlatIP.range_search: {faiss_seconds:.1f} s (search only, from an earlier run), {len(theirs):,} pairs")
    else:
        faiss.omp_set_num_threads(args.threads)
        index = faiss.IndexFlatIP(dims)
        index.add(x)
        start = time.perf_counter()
        limits, similarities, neighbours = index.range_search(x[queries], 1.0 - args.tau)
        faiss_seconds = (time.perf_counter() - start) * rows / len(queries)
        theirs = set()
        for i, q in enumerate(queries.tolist()):
            for j in neighbours[limits[i]:limits[i + 1]]:
                if j != q:
                    theirs.add((min(q, int(j)), max(q, int(j))))
        with open(answer_path, "w") as saved:
            json.dump({"pairs": sorted(theirs), "seconds": faiss_seconds}, saved)
        projected = f", {len(queries):,} of the rows searched, projected to all" if sampled else ""
        print(f"  faiss IndexFlatIP.range_search: {faiss_seconds:.1f} s (search only{projected}), {len(theirs):,} pairs")

    for method in args.methods.split(","):
        out, seconds, peak = run_measured([args.cli, "duplicates", folder, "--embeddings", emb, "--threshold", str(args.tau),
                                           "--method", method, "--threads", str(args.threads), "--json", "--quiet"])
        answer = json.loads(out)
        ours = {tuple(sorted((index_of[p["a"]], index_of[p["b"]]))) for p in answer["pairs"]}
        if sampled:  # only the pairs faiss was asked about
            ours = {p for p in ours if p[0] in sampled or p[1] in sampled}
        recall = len(ours & theirs) / max(1, len(theirs))
        print(f"  tagscope-cli duplicates --method {method}: {seconds:.1f} s (whole process), peak {peak:,.0f} MiB, "
              f"{len(ours):,} pairs; recall of faiss's pairs {recall:.4f}, {len(ours - theirs)} pairs faiss lacks; "
              f"faiss / Tagscope time {faiss_seconds / seconds:.2f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default="build/app/cli/tagscope-cli")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--review-rows", type=int, default=1000000)
    parser.add_argument("--review-tags", type=int, default=1000)
    parser.add_argument("--dup-rows", type=int, default=100000)
    parser.add_argument("--dup-shape", choices=["random", "clustered"], default="random",
                        help="embeddings in random directions, or clustered and non-negative like a trained network's")
    parser.add_argument("--tau", type=float, default=0.1)
    parser.add_argument("--methods", default="exact,approximate", help="duplicates --method values to run")
    parser.add_argument("--faiss-queries", type=int, default=0, help="faiss searches this many random rows (0: all), its time projected")
    parser.add_argument("--reuse-faiss", action="store_true", help="faiss's pairs and time from an earlier run on the same data")
    parser.add_argument("--skip-review", action="store_true")
    parser.add_argument("--skip-duplicates", action="store_true")
    parser.add_argument("--work", default="/tmp/tagscope-quality-bench")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    print(f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f} at the start; "
          f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    if not args.skip_review:
        bench_review(args)
    if not args.skip_duplicates:
        bench_duplicates(args)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
