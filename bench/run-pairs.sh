#!/usr/bin/env bash
# Throughput, engine vs raw floor: PAIRS pairs on fresh emulators, alternating which runs first.
# usage: bench/run-pairs.sh [PAIRS=5] [COUNT=100000] [PARALLEL=4]   (after a Release build of the emulator and bench)
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
PAIRS=${1:-5}; COUNT=${2:-100000}; PARALLEL=${3:-4}
RUNS=$(mktemp); trap 'rm -f "$RUNS"' EXIT
for p in $(seq 1 "$PAIRS"); do
  start_emulator
  bench --count "$COUNT" --parallel "$PARALLEL" --job warm > /dev/null   # the emulator's own warm-up
  if [ $((p % 2)) -eq 1 ]; then order="engine raw"; else order="raw engine"; fi
  for mode in $order; do
    flag=""; [ "$mode" = raw ] && flag="--raw"
    echo "pair=$p mode=$mode $(bench --count "$COUNT" --parallel "$PARALLEL" --job "j$mode$p" $flag | tail -1)" | tee -a "$RUNS"
  done
  stop_emulator
done
engine=$(grep "mode=engine" "$RUNS" | field tasks_per_s | median)
raw=$(grep "mode=raw" "$RUNS" | field tasks_per_s | median)
echo "median tasks/s: engine=$engine raw=$raw engine/raw=$(ratio "$engine" "$raw")"
