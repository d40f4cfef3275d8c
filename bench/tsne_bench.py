#!/usr/bin/python3
"""t-SNE: Tagscope's `tagscope-cli tsne` against scikit-learn's TSNE (Barnes-Hut), side by side in one run.

Data: Fashion-MNIST (Debian's dataset-fashion-mnist, 70,000 images of 784 pixels) reduced to 50 dimensions by
`tagscope-cli pca` (the same PCA-50 file goes to both tools), first N rows for each size; optionally a mixture
of 50-D Gaussians. Both tools run with perplexity 30, 750 iterations (250 of early exaggeration 12), PCA
initialisation, learning rate N/12 (scikit-learn's 'auto', which is N/48 with the factor 4 its gradient keeps),
and the same number of threads. Each layout is then scored by the same evaluator, `tagscope-cli tsne
--evaluate` (exact 90 nearest neighbours, perplexity-30 affinities): KL divergence and kNN preservation (share
of each point's 10 high-dimensional neighbours among its 10 nearest in 2-D). scikit-learn's own KL estimate is
printed too. Prints a markdown table with the time ratio.

Usage: bench/tsne_bench.py [--cli build/app/cli/tagscope-cli] [--sizes 10000,70000] [--threads 2]
                           [--gaussians 100000] [--no-sklearn] [--work /tmp/tagscope-tsne-bench]
Needs Debian's python3-sklearn and python3-numpy (run with /usr/bin/python3).
"""
import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import time

import numpy as np

FASHION = "/usr/share/datasets/fashion-mnist"


def run_json(command):
    result = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(result.stdout)


def fashion_pixels(path):
    if os.path.exists(path):
        return
    parts = []
    for name in ("train-images-idx3-ubyte.gz", "t10k-images-idx3-ubyte.gz"):
        with gzip.open(os.path.join(FASHION, name)) as f:
            parts.append(np.frombuffer(f.read(), np.uint8, offset=16).reshape(-1, 784))
    np.save(path, np.concatenate(parts).astype(np.float32))


def gaussian_mixture(path, rows, seed=7):
    if os.path.exists(path):
        return
    rng = np.random.RandomState(seed)
    centres = rng.randn(30, 50) * 4.0
    labels = rng.randint(0, 30, rows)
    scales = rng.uniform(0.5, 1.5, 30)
    data = centres[labels] + rng.randn(rows, 50) * scales[labels, None]
    np.save(path, data.astype(np.float32))


def cpu_seconds(who):
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def tagscope_run(cli, data, out, threads):
    start, cpu = time.perf_counter(), cpu_seconds(resource.RUSAGE_CHILDREN)
    report = run_json([cli, "tsne", data, "--out", out, "--perplexity", "30", "--iterations", "750", "--seed", "1",
                       "--threads", str(threads), "--json", "--quiet"])
    report["wall_seconds"] = time.perf_counter() - start
    report["cpu_seconds"] = cpu_seconds(resource.RUSAGE_CHILDREN) - cpu
    return report


def sklearn_run(data, out, threads):
    from sklearn.manifold import TSNE
    x = np.load(data)
    start, cpu = time.perf_counter(), cpu_seconds(resource.RUSAGE_SELF)
    model = TSNE(n_components=2, perplexity=30.0, early_exaggeration=12.0, learning_rate="auto", n_iter=750,
                 init="pca", method="barnes_hut", angle=0.5, n_jobs=threads, random_state=1)
    layout = model.fit_transform(x)
    seconds = time.perf_counter() - start
    cpu = cpu_seconds(resource.RUSAGE_SELF) - cpu
    np.save(out, layout.astype(np.float32))
    return {"seconds": seconds, "cpu_seconds": cpu, "own_kl": float(model.kl_divergence_)}


def evaluate(cli, data, layout, threads):
    return run_json([cli, "tsne", data, "--evaluate", layout, "--perplexity", "30", "--threads", str(threads), "--json",
                     "--quiet"])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default="build/app/cli/tagscope-cli")
    parser.add_argument("--sizes", default="10000,70000")
    parser.add_argument("--gaussians", type=int, default=0, help="also a 50-D Gaussian mixture of this many points")
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--no-sklearn", action="store_true")
    parser.add_argument("--work", default="/tmp/tagscope-tsne-bench")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    load_before = os.getloadavg()

    pixels = os.path.join(args.work, "fashion784.npy")
    fashion_pixels(pixels)
    pca = os.path.join(args.work, "fashion_pca50.npy")
    report = run_json([args.cli, "pca", pixels, "--dims", "50", "--out", pca, "--threads", str(args.threads), "--json"])
    pca_line = (f"PCA 70,000 x 784 -> 50: Tagscope {report['seconds']:.2f} s ({100 * report['explained_variance_ratio']:.2f}% of "
                f"the variance)")
    if not args.no_sklearn:
        from sklearn.decomposition import PCA
        pixels_array = np.load(pixels)
        start = time.perf_counter()
        theirs = PCA(n_components=50, svd_solver="randomized", random_state=1).fit(pixels_array)
        theirs.transform(pixels_array)
        pca_line += (f", scikit-learn randomized {time.perf_counter() - start:.2f} s "
                     f"({100 * theirs.explained_variance_ratio_.sum():.2f}%)")
    print(pca_line, file=sys.stderr)
    full = np.load(pca)
    datasets = []
    for size in [int(s) for s in args.sizes.split(",") if s]:
        path = os.path.join(args.work, f"fashion_pca50_{size}.npy")
        if not os.path.exists(path):
            np.save(path, full[:size])
        datasets.append((f"Fashion-MNIST PCA-50, {size}", path))
    if args.gaussians:
        path = os.path.join(args.work, f"gaussians_{args.gaussians}.npy")
        gaussian_mixture(path, args.gaussians)
        datasets.append((f"Gaussian mixture 50-D, {args.gaussians}", path))

    rows = []
    for name, path in datasets:
        print(f"{name}: tagscope...", file=sys.stderr)
        ours_layout = path.replace(".npy", "_tagscope_xy.npy")
        ours = tagscope_run(args.cli, path, ours_layout, args.threads)
        ours_score = evaluate(args.cli, path, ours_layout, args.threads)
        row = {"data": name, "tagscope": ours, "tagscope_score": ours_score}
        print(f"  {ours['wall_seconds']:.1f} s, KL {ours_score['kl']:.4f}, kNN {ours_score['knn_preservation']:.4f}", file=sys.stderr)
        if not args.no_sklearn:
            print(f"{name}: scikit-learn...", file=sys.stderr)
            theirs_layout = path.replace(".npy", "_sklearn_xy.npy")
            theirs = sklearn_run(path, theirs_layout, args.threads)
            row["sklearn"] = theirs
            row["sklearn_score"] = evaluate(args.cli, path, theirs_layout, args.threads)
            print(f"  {theirs['seconds']:.1f} s, KL {row['sklearn_score']['kl']:.4f}, kNN {row['sklearn_score']['knn_preservation']:.4f}",
                  file=sys.stderr)
        rows.append(row)

    print(f"\n{os.cpu_count()} cores, {args.threads} threads; perplexity 30, 750 iterations; KL and kNN preservation by the same evaluator")
    print(f"load average {load_before[0]:.1f} at the start, {os.getloadavg()[0]:.1f} at the end")
    print(f"{pca_line}\n")
    print("| data | tool | seconds | CPU seconds | ms / iteration | KL | kNN preservation | speed-up (wall, CPU) |")
    print("|---|---|---|---|---|---|---|---|")
    for row in rows:
        ours, score = row["tagscope"], row["tagscope_score"]
        speedup = ""
        if "sklearn" in row:
            speedup = (f"{row['sklearn']['seconds'] / ours['wall_seconds']:.1f}x, "
                       f"{row['sklearn']['cpu_seconds'] / ours['cpu_seconds']:.1f}x")
        print(f"| {row['data']} | Tagscope | {ours['wall_seconds']:.1f} | {ours['cpu_seconds']:.1f} | "
              f"{ours['milliseconds_per_iteration']:.1f} | {score['kl']:.3f} | {score['knn_preservation']:.3f} | {speedup} |")
        if "sklearn" in row:
            theirs, score = row["sklearn"], row["sklearn_score"]
            print(f"| {row['data']} | scikit-learn {__import__('sklearn').__version__} (own KL {theirs['own_kl']:.3f}) | "
                  f"{theirs['seconds']:.1f} | {theirs['cpu_seconds']:.1f} | | {score['kl']:.3f} | {score['knn_preservation']:.3f} | 1 |")
    print("\nLive (what a view sees): the PCA preview is published before the neighbour search; a new layout after "
          "every iteration.\n")
    print("| data | first frame (PCA) | setup (neighbours, affinities) | frame interval median | p99 | max |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        ours = row["tagscope"]
        if "frame_interval_ms_median" in ours:
            print(f"| {row['data']} | {1000 * ours['first_frame_seconds']:.0f} ms | {ours['setup_seconds']:.1f} s | "
                  f"{ours['frame_interval_ms_median']:.0f} ms | {ours['frame_interval_ms_p99']:.0f} ms | "
                  f"{ours['frame_interval_ms_max']:.0f} ms |")
    print("\n" + json.dumps(rows, indent=1), file=sys.stderr)


if __name__ == "__main__":
    main()
