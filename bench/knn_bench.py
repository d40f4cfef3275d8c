#!/usr/bin/python3
"""Nearest neighbours: `tagscope-cli knn` against faiss, NumPy and PyTorch brute force (exact) and against the
hnswlib Python module (approximate), side by side in one run.

Exact: 10,000 query points against 100,000 x 512 base points (a mixture of Gaussians), k = 10, and the
t-SNE case, every row of a 70,000 x 50 set against the others, k = 90. Tagscope's search time is measured in the
process (the file reading is left out); the others are timed around the search call, with the data already in
memory. Every tool uses the same number of threads. Results are checked against each other.
Approximate: a 1,000,000 x 128 mixture of Gaussians, M = 16, ef_construction = 200 (--ef-construction), 1,000
outside queries, k = 10, ef = 32, 64, 128: build time, reload, queries per second (all threads) and milliseconds per
query (one thread, the whole 1,000-query search divided by 1,000), recall@10 against the exact answer; then the same
with the hnswlib Python module (--skip-hnswlib leaves it out).

Usage: bench/knn_bench.py [--cli build/app/cli/tagscope-cli] [--threads 2] [--hnsw-rows 1000000]
                          [--ef-construction 200] [--skip-exact] [--skip-hnsw] [--skip-hnswlib]
                          [--work /tmp/tagscope-knn-bench]
Needs Debian's python3-numpy, python3-faiss, python3-torch and python3-hnswlib (run with /usr/bin/python3).
"""
import argparse
import json
import os
import subprocess
import sys
import time

import numpy as np


def run_json(command):
    result = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(result.stdout)


def mixture(rows, dims, centres, seed, centre_seed=0):
    """Points around `centres` Gaussian centres (the same centres for the same centre_seed)."""
    middle = np.random.RandomState(centre_seed).randn(centres, dims).astype(np.float32) * 3.0
    rng = np.random.RandomState(seed)
    out = np.empty((rows, dims), np.float32)
    for start in range(0, rows, 100000):
        count = min(100000, rows - start)
        labels = rng.randint(0, centres, count)
        out[start:start + count] = middle[labels] + rng.randn(count, dims).astype(np.float32)
    return out


def timed(function):
    start = time.perf_counter()
    result = function()
    return result, time.perf_counter() - start


def numpy_exact(base, queries, k, exclude_self=False):
    norms = (base * base).sum(1)
    out = np.empty((len(queries), k), np.int64)
    for start in range(0, len(queries), 1024):
        q = queries[start:start + 1024]
        scores = norms[None, :] - 2.0 * (q @ base.T)
        if exclude_self:
            scores[np.arange(len(q)), np.arange(start, start + len(q))] = np.inf
        part = np.argpartition(scores, k, axis=1)[:, :k]
        order = np.take_along_axis(scores, part, 1).argsort(1)
        out[start:start + len(q)] = np.take_along_axis(part, order, 1)
    return out


def torch_exact(base, queries, k, threads, exclude_self=False):
    import torch
    torch.set_num_threads(threads)
    b = torch.from_numpy(base)
    norms = (b * b).sum(1)
    out = []
    with torch.no_grad():
        for start in range(0, len(queries), 1024):
            q = torch.from_numpy(queries[start:start + 1024])
            scores = norms[None, :] - 2.0 * (q @ b.T)
            if exclude_self:
                scores[torch.arange(len(q)), torch.arange(start, start + len(q))] = float("inf")
            out.append(scores.topk(k, dim=1, largest=False).indices)
    return torch.cat(out).numpy()


def overlap(a, b):
    return np.mean([len(set(x) & set(y)) / len(x) for x, y in zip(a, b)])


def exact_case(args, name, base_path, base, query_path, queries, k, self_search):
    faiss = __import__("faiss")
    faiss.omp_set_num_threads(args.threads)
    rows = []
    command = [args.cli, "knn", base_path, "--k", str(k), "--threads", str(args.threads), "--json", "--quiet",
               "--out", os.path.join(args.work, "tagscope_idx.npy")]
    if not self_search:
        command += ["--queries", query_path]
    ours = run_json(command)
    ours_idx = np.load(os.path.join(args.work, "tagscope_idx.npy"))
    rows.append(("Tagscope", ours["seconds"], 1.0))

    index = faiss.IndexFlatL2(base.shape[1])
    index.add(base)
    (_, faiss_idx), faiss_seconds = timed(lambda: index.search(queries, k + 1 if self_search else k))
    if self_search:  # drop each point itself
        faiss_idx = np.array([[j for j in row if j != i][:k] for i, row in enumerate(faiss_idx)])
    rows.append((f"faiss {faiss.__version__} IndexFlatL2", faiss_seconds, overlap(ours_idx, faiss_idx)))

    numpy_idx, numpy_seconds = timed(lambda: numpy_exact(base, queries, k, self_search))
    rows.append((f"NumPy {np.__version__} (matmul + argpartition)", numpy_seconds, overlap(ours_idx, numpy_idx)))
    torch_idx, torch_seconds = timed(lambda: torch_exact(base, queries, k, args.threads, self_search))
    rows.append((f"PyTorch {__import__('torch').__version__} (mm + topk)", torch_seconds, overlap(ours_idx, torch_idx)))
    print(f"\n{name}\n")
    print("| tool | seconds | queries / s | Tagscope's speed-up | same neighbours as Tagscope |")
    print("|---|---|---|---|---|")
    for tool, seconds, same in rows:
        print(f"| {tool} | {seconds:.2f} | {len(queries) / seconds:,.0f} | {seconds / ours['seconds']:.2f}x | {same:.4f} |")
    sys.stdout.flush()


def hnsw_case(args):
    rows, efc = args.hnsw_rows, args.ef_construction
    base_path = os.path.join(args.work, f"hnsw_base_{rows}.npy")
    query_path = os.path.join(args.work, "hnsw_queries.npy")
    if not os.path.exists(base_path) or not os.path.exists(query_path):
        np.save(base_path, mixture(rows, 128, 1000, 11))
        np.save(query_path, mixture(1000, 128, 1000, 12))
    truth_path = os.path.join(args.work, f"hnsw_truth_{rows}.npy")
    truth = run_json([args.cli, "knn", base_path, "--queries", query_path, "--k", "10", "--out", truth_path, "--json", "--quiet",
                      "--threads", str(args.threads)])
    truth_idx = np.load(truth_path)
    index_path = os.path.join(args.work, f"hnsw_base_{rows}_{efc}.hnsw")
    for stale in (index_path, index_path + ".meta"):
        if os.path.exists(stale):
            os.remove(stale)
    ours_path = os.path.join(args.work, "hnsw_ours.npy")
    common = [args.cli, "knn", base_path, "--queries", query_path, "--k", "10", "--approximate", "--index", index_path,
              "--ef-construction", str(efc), "--json", "--quiet", "--out", ours_path]
    built = run_json(common + ["--ef", "64", "--threads", str(args.threads)])
    print(f"\nApproximate: {rows:,} x 128 (a mixture of 1,000 Gaussians: centres N(0, 9 I), unit noise), M 16, "
          f"ef_construction {efc}, 1,000 outside queries from the same mixture, k 10; exact search of the same queries "
          f"took {truth['seconds']:.2f} s ({args.threads} threads)\n")
    print(f"Tagscope built the index in {built['index_seconds']:.1f} s ({args.threads} threads); recall@10 at ef 64 "
          f"{overlap(np.load(ours_path), truth_idx):.4f}\n")
    print("| tool | ef | index reload s | queries / s (all threads) | ms / query (1 thread) | recall@10 |")
    print("|---|---|---|---|---|---|")
    for ef in (32, 64, 128):
        reloaded = run_json(common + ["--ef", str(ef), "--threads", str(args.threads)])
        single = run_json(common + ["--ef", str(ef), "--threads", "1"])
        recall = overlap(np.load(ours_path), truth_idx)
        print(f"| Tagscope | {ef} | {reloaded['index_seconds']:.2f} | {1000 / reloaded['seconds']:,.0f} | "
              f"{single['seconds']:.3f} | {recall:.4f} |")
        sys.stdout.flush()
    if args.skip_hnswlib:
        return
    import hnswlib
    base, queries = np.load(base_path), np.load(query_path)
    index = hnswlib.Index(space="l2", dim=128)
    index.init_index(max_elements=rows, M=16, ef_construction=efc, random_seed=100)
    index.set_num_threads(args.threads)
    _, build_seconds = timed(lambda: index.add_items(base, np.arange(rows)))
    for ef in (32, 64, 128):
        index.set_ef(ef)
        index.set_num_threads(args.threads)
        (theirs_idx, _), query_seconds = timed(lambda: index.knn_query(queries, k=10))
        index.set_num_threads(1)
        _, single_seconds = timed(lambda: index.knn_query(queries, k=10))
        print(f"| hnswlib Python module (built in {build_seconds:.1f} s) | {ef} | | {1000 / query_seconds:,.0f} | "
              f"{single_seconds:.3f} | "
              f"{overlap(theirs_idx, truth_idx):.4f} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default="build/app/cli/tagscope-cli")
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--hnsw-rows", type=int, default=1000000)
    parser.add_argument("--skip-hnsw", action="store_true")
    parser.add_argument("--skip-exact", action="store_true")
    parser.add_argument("--skip-hnswlib", action="store_true", help="approximate: Tagscope only, not the hnswlib module too")
    parser.add_argument("--ef-construction", type=int, default=200)
    parser.add_argument("--work", default="/tmp/tagscope-knn-bench")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    print(f"{os.cpu_count()} cores, {args.threads} threads; load average {os.getloadavg()[0]:.1f} at the start")
    if not args.skip_exact:
        exact_cases(args)
    if not args.skip_hnsw:
        hnsw_case(args)
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end")


def exact_cases(args):
    base_path, query_path = os.path.join(args.work, "base512.npy"), os.path.join(args.work, "queries512.npy")
    if not os.path.exists(base_path):
        np.save(base_path, mixture(100000, 512, 200, 1))
        np.save(query_path, mixture(10000, 512, 200, 2))
    exact_case(args, "Exact: 10,000 queries against 100,000 x 512, k = 10", base_path, np.load(base_path), query_path,
               np.load(query_path), 10, False)

    tsne_path = os.path.join(args.work, "self70k50.npy")
    if not os.path.exists(tsne_path):
        np.save(tsne_path, mixture(70000, 50, 100, 3))
    data = np.load(tsne_path)
    exact_case(args, "Exact: every row of 70,000 x 50 against the others, k = 90 (t-SNE affinities)", tsne_path, data, None,
               data, 90, True)


if __name__ == "__main__":
    main()
