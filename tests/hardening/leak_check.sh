#!/usr/bin/env bash
# Leak check under valgrind (run by hand; RELIABILITY.md records the result): a demo dataset, then
# `tagscope-cli train` for one epoch of small_cnn and `tagscope-cli tsne` on that run's embeddings, each under
# memcheck. Fails when valgrind finds memory definitely or indirectly lost, or an invalid read or write.
# Usage: tests/hardening/leak_check.sh [BUILD_DIR (default ./build)]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
cli=$build/app/cli/tagscope-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache

"$cli" demo --out "$work/demo" --images 64 --size 32 > /dev/null
cat > "$work/config.json" <<EOF
{"dataset": "$work/demo", "backbone": {"name": "small_cnn", "input_size": 32}, "loss": "asl",
 "epochs": 1, "batch_size": 16, "workers": 1, "threads": 1, "log_every": 1}
EOF
# LibTorch and OpenMP keep per-thread and global caches for the life of the process ("still reachable" and
# "possibly lost" blocks of their pools): only definite and indirect losses count.
status=0
memcheck() { # NAME ARGS...: one tagscope-cli command under memcheck; its log is kept in the build folder
  local name=$1 start=$SECONDS rc=0
  shift
  valgrind --tool=memcheck --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
           --error-exitcode=3 --num-callers=30 --suppressions="$root/tests/hardening/valgrind.supp" \
           --log-file="$work/$name.valgrind.log" "$cli" "$@" > "$work/$name.out" || rc=$?
  cp "$work/$name.valgrind.log" "$build/leak_check.$name.valgrind.log"
  echo "$name: $(tail -c 400 "$work/$name.out")"
  grep -E "definitely lost|indirectly lost|possibly lost|still reachable|ERROR SUMMARY" "$work/$name.valgrind.log" | sed 's/^==[0-9]*== */  /'
  # The first lines of every error other than a leak (invalid accesses, uninitialised values).
  grep -E -A8 "^==[0-9]+== (Invalid|Conditional|Use of uninit|Syscall param|Mismatched|Source and destination)" \
       "$work/$name.valgrind.log" | sed 's/^==[0-9]*== */  /' | head -n 80 || true
  echo "$name under valgrind: $((SECONDS - start)) s, exit $rc; full log: $build/leak_check.$name.valgrind.log"
  [ "$rc" -eq 0 ] || status=$rc
}

memcheck train train --config "$work/config.json" --out "$work/run" --quiet
# t-SNE (affinities, FFT repulsion, worker pool) on the run's embeddings of the demo's 64 images.
"$cli" embed --model "$work/run" --dataset "$work/demo" --split train --out "$work/emb.npy" > /dev/null
memcheck tsne tsne "$work/emb.npy" --out "$work/xy.npy" --perplexity 10 --iterations 300 --json
exit $status
