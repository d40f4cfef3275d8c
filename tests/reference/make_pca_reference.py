#!/usr/bin/python3
"""Makes the PCA fixture of tst_pca: 400 points in 9 dimensions with a known, well-separated spectrum, and the
exact eigen decomposition of their covariance from NumPy (float64).

Axes are signed so that their largest-magnitude entry is positive, as Tagscope orients them.
Run with Debian's python3-numpy:
    /usr/bin/python3 tests/reference/make_pca_reference.py
Writes tests/data/pca_input.npy and tests/data/pca_reference.json.
"""
import json
import os

import numpy as np


def main():
    rng = np.random.RandomState(7)
    rows, dims = 400, 9
    basis, _ = np.linalg.qr(rng.randn(dims, dims))
    scales = np.array([9.0, 6.0, 4.0, 2.5, 1.5, 1.0, 0.6, 0.3, 0.1])
    data = (rng.randn(rows, dims) * scales) @ basis.T + rng.randn(dims) * 5
    data = data.astype(np.float32)

    centred = data.astype(np.float64) - data.astype(np.float64).mean(axis=0)
    covariance = centred.T @ centred / (rows - 1)
    values, vectors = np.linalg.eigh(covariance)
    order = np.argsort(values)[::-1]
    values, vectors = values[order], vectors[:, order].T
    for axis in vectors:
        if axis[np.argmax(np.abs(axis))] < 0:
            axis *= -1
    projection = centred @ vectors.T

    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "data")
    np.save(os.path.join(out, "pca_input.npy"), data)
    result = {
        "rows": rows,
        "features": dims,
        "mean": data.astype(np.float64).mean(axis=0).tolist(),
        "variances": values.tolist(),
        "axes": vectors.tolist(),
        "projection_first_rows": projection[:5].tolist(),
    }
    with open(os.path.join(out, "pca_reference.json"), "w") as f:
        json.dump(result, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
