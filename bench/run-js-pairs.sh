#!/usr/bin/env bash
# Throughput, engine vs Microsoft's @azure/batch (task.addCollection, bench/js/add-tasks.js) at the same number
# of requests in flight: PAIRS pairs on fresh emulators, alternating which runs first.
# usage: bench/run-js-pairs.sh [PAIRS=5] [COUNT=100000] [PARALLEL=4]
#   (after a Release build of the emulator and bench, and `npm ci` in tests/interop)
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
PAIRS=${1:-5}; COUNT=${2:-100000}; PARALLEL=${3:-4}
RUNS=$(mktemp); trap 'rm -f "$RUNS"' EXIT
for p in $(seq 1 "$PAIRS"); do
  start_emulator
  bench --count "$COUNT" --parallel "$PARALLEL" --job warm > /dev/null   # the emulator's own warm-up
  if [ $((p % 2)) -eq 1 ]; then order="engine js"; else order="js engine"; fi
  for mode in $order; do
    if [ "$mode" = js ]; then line=$(node bench/js/add-tasks.js "$COUNT" "$PARALLEL" "js$p" | tail -1)
    else line=$(bench --count "$COUNT" --parallel "$PARALLEL" --job "engine$p" | tail -1); fi
    echo "pair=$p mode=$mode $line" | tee -a "$RUNS"
  done
  stop_emulator
done
engine=$(grep "mode=engine" "$RUNS" | field tasks_per_s | median)
js=$(grep "mode=js" "$RUNS" | field tasks_per_s | median)
echo "median tasks/s: engine=$engine @azure/batch=$js engine/@azure/batch=$(awk -v a="$engine" -v b="$js" 'BEGIN { printf "%.2f", a / b }')"
