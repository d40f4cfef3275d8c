#!/usr/bin/env bash
# Tagscope on a fresh Debian 12, in one command:
#   ./setup.sh run    install what is missing, build, create the demo dataset if absent, open the GUI on it
#   ./setup.sh test   install what is missing, build, run the whole test suite
#   ./setup.sh bench  also install the Python tools bench/ compares with (scikit-learn, faiss, hnswlib, ...), build
# Environment: TAGSCOPE_BUILD_DIR (default ./build), TAGSCOPE_DEMO_DIR (default ~/.local/share/tagscope/fashion-mosaic).
set -euo pipefail

mode=${1:-run}
case "$mode" in run|test|build|bench) ;; *) echo "usage: $0 [run|test|build|bench]" >&2; exit 2 ;; esac
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=${TAGSCOPE_BUILD_DIR:-$root/build}

packages=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  qt6-translations-l10n                        # Qt's own buttons and dialogs (OK, Cancel, Close) in German and Spanish
  libqcustomplot-dev libqt6svg6 qt6-svg-dev    # libqt6svg6: the SVG icons; qt6-svg-dev: plots exported as SVG
  libtorch-dev libopenblas0-pthread           # without OpenBLAS, Debian's LibTorch runs the reference BLAS (~20x slower)
  libgloo-dev                                  # c10d's Gloo headers: data-parallel training across processes
  libopencv-core-dev libopencv-imgproc-dev libopencv-imgcodecs-dev
  libjpeg62-turbo-dev                          # training decodes JPEGs' centre squares straight through libjpeg-turbo
  nlohmann-json3-dev libcli11-dev zlib1g-dev libsimdjson-dev
  libblas-dev liblapack-dev libfftw3-dev       # embeddings: PCA (BLAS, LAPACK), t-SNE (FFTW)
  libhnswlib-dev                               # approximate k-NN
  dataset-fashion-mnist                        # the demo dataset is built from it
  clang libclang-rt-dev                        # .ci/sanitize: the sanitizer builds and libFuzzer
  xvfb xauth fonts-dejavu-core                 # headless GUI tests and screenshots
  desktop-file-utils                           # tst_install validates the installed .desktop file
  python3-torch python3-numpy                  # tst_training_options runs the exported model.pt with torch.jit.load
)
# Only the benchmarks need these (no test does): ./setup.sh bench
if [ "$mode" = bench ]; then
  packages+=(
    python3-sklearn python3-faiss python3-hnswlib  # bench/tsne_bench.py, bench/knn_bench.py
    python3-torchvision python3-pandas             # bench/train_bench.py, knn_bench.py, filter_bench.py
  )
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi

jobs=$(nproc)
bench_option=()
[ "$mode" != bench ] || bench_option=(-DTAGSCOPE_BUILD_BENCH=ON)  # bench/thumbnail_bench
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "${bench_option[@]}"
cmake --build "$build" --parallel "$jobs"

case "$mode" in
  bench)
    echo "Built in $build. Benchmarks (see bench/RESULTS.md), e.g.:"
    echo "  /usr/bin/python3 bench/tsne_bench.py --cli $build/app/cli/tagscope-cli --threads 2"
    echo "  /usr/bin/python3 bench/knn_bench.py --cli $build/app/cli/tagscope-cli --threads 2"
    echo "  $build/bench/thumbnail_bench"
    ;;
  test)
    ctest --test-dir "$build" --output-on-failure --parallel "$jobs"
    ;;
  run)
    demo=${TAGSCOPE_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/tagscope/fashion-mosaic}
    if [ ! -f "$demo/oidv6-train-annotations-human-imagelabels.csv" ]; then
      "$build/app/cli/tagscope-cli" demo --out "$demo"
    fi
    exec "$build/app/gui/tagscope" "$demo"
    ;;
esac
