#!/usr/bin/env bash
# Leak check of a short training run under valgrind (run by hand; RELIABILITY.md records the result):
# a demo dataset, then `tagscope-cli train` for one epoch of small_cnn, under memcheck. Fails when valgrind finds
# memory definitely or indirectly lost, or an invalid read or write.
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
start=$SECONDS
status=0
valgrind --tool=memcheck --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
         --error-exitcode=3 --num-callers=30 --suppressions="$root/tests/hardening/valgrind.supp" --log-file="$work/valgrind.log" \
         "$cli" train --config "$work/config.json" --out "$work/run" --quiet > "$work/result.json" || status=$?
echo "train: $(cat "$work/result.json")"
cp "$work/valgrind.log" "$build/leak_check.valgrind.log"
grep -E "definitely lost|indirectly lost|possibly lost|still reachable|ERROR SUMMARY" "$work/valgrind.log" | sed 's/^==[0-9]*== */  /'
# The first lines of every error other than a leak (invalid accesses, uninitialised values).
grep -E -A8 "^==[0-9]+== (Invalid|Conditional|Use of uninit|Syscall param|Mismatched|Source and destination)" "$work/valgrind.log" \
    | sed 's/^==[0-9]*== */  /' | head -n 80 || true
echo "valgrind run: $((SECONDS - start)) s, exit $status; full log: $build/leak_check.valgrind.log"
exit $status
