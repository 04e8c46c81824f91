#!/usr/bin/env bash
# Peak memory of the engine, 1M tasks against 100k, on one fresh emulator.
# usage: bench/run-memory.sh [PARALLEL=4]   (after a Release build of the emulator and bench)
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
PARALLEL=${1:-4}
RUNS=$(mktemp); trap 'rm -f "$RUNS"' EXIT
start_emulator
for j in m1 m2 m3; do echo "count=1000000 $(bench --count 1000000 --parallel "$PARALLEL" --job $j | tail -1)" | tee -a "$RUNS"; done
for j in k1 k2 k3; do echo "count=100000 $(bench --count 100000 --parallel "$PARALLEL" --job $j | tail -1)" | tee -a "$RUNS"; done
stop_emulator
million=$(grep "count=1000000 " "$RUNS" | field peak_mb | median)
hundred=$(grep "count=100000 " "$RUNS" | field peak_mb | median)
echo "median peak_mb: 1M=$million 100k=$hundred 1M/100k=$(awk -v a="$million" -v b="$hundred" 'BEGIN { printf "%.2f", a / b }')"
