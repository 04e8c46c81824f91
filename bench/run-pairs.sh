#!/usr/bin/env bash
# Throughput, the engine against a floor: the raw floor (--raw: the same tasks serialized beforehand, posted by
# a bare HttpClient) or Microsoft's @azure/batch (js: bench/js/add-tasks.js, task.addCollection), at the same
# number of requests in flight. PAIRS pairs on fresh emulators, alternating which runs first.
# usage: bench/run-pairs.sh [PAIRS=5] [COUNT=100000] [PARALLEL=4] [FLOOR=raw|js]
#   (after a Release build of the emulator and bench; for js, `npm ci` in tests/interop)
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
PAIRS=${1:-5}; COUNT=${2:-100000}; PARALLEL=${3:-4}; FLOOR=${4:-raw}
RUNS=$(mktemp); trap 'rm -f "$RUNS"' EXIT
for p in $(seq 1 "$PAIRS"); do
  start_emulator
  bench --count "$COUNT" --parallel "$PARALLEL" --job warm > /dev/null   # the emulator's own warm-up
  if [ $((p % 2)) -eq 1 ]; then order="engine $FLOOR"; else order="$FLOOR engine"; fi
  for mode in $order; do
    settle
    case $mode in
      engine) line=$(bench --count "$COUNT" --parallel "$PARALLEL" --job "engine$p" | tail -1) ;;
      raw) line=$(bench --count "$COUNT" --parallel "$PARALLEL" --job "raw$p" --raw | tail -1) ;;
      js) line=$(node bench/js/add-tasks.js "$COUNT" "$PARALLEL" "js$p" | tail -1) ;;
      *) echo "FLOOR must be raw or js" >&2; exit 2 ;;
    esac
    echo "pair=$p mode=$mode $line" | tee -a "$RUNS"
  done
  stop_emulator
done
engine=$(grep "mode=engine" "$RUNS" | field tasks_per_s | median)
floor=$(grep "mode=$FLOOR" "$RUNS" | field tasks_per_s | median)
echo "median tasks/s: engine=$engine $FLOOR=$floor engine/$FLOOR=$(ratio "$engine" "$floor") ($(awk -v a="$engine" -v b="$floor" 'BEGIN { printf "%.2f", a / b }')x)"
