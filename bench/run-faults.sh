#!/usr/bin/env bash
# Goodput under faults against the fault-free rate: PAIRS pairs, each a run on a clean emulator and a run on
# one with --fault-rate 0.1 --task-fault-rate 0.05 (seed = pair number), alternating which goes first. The
# runs are verified: the job holds every task once and every outcome is true.
# usage: bench/run-faults.sh [PAIRS=5] [COUNT=20000] [PARALLEL=8]   (after a Release build of the emulator and bench)
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
PAIRS=${1:-5}; COUNT=${2:-20000}; PARALLEL=${3:-8}
LOGS=$(mktemp -d); RUNS=$LOGS/runs
run() { # run MODE PAIR [EMULATOR OPTIONS...]
  local mode=$1 p=$2; shift 2
  start_emulator "$@"
  bench --count "$COUNT" --parallel "$PARALLEL" --job warm > "$LOGS/warm-$mode$p.log" 2>&1 \
    || echo "pair=$p mode=$mode: the warm-up failed (exit $?), see $LOGS/warm-$mode$p.log" >&2
  settle
  # A run that fails is kept in the list (with no tasks_per_s) and counted as not verified.
  bench --count "$COUNT" --parallel "$PARALLEL" --job "$mode$p" --verify --timeline > "$LOGS/$mode$p.log" 2> "$LOGS/$mode$p.err" \
    || echo "FAILED exit=$? $(tail -1 "$LOGS/$mode$p.err")" >> "$LOGS/$mode$p.log"
  echo "pair=$p mode=$mode $(grep '^verify:' "$LOGS/$mode$p.log" || true) $(tail -1 "$LOGS/$mode$p.log")" | tee -a "$RUNS"
  stop_emulator
}
for p in $(seq 1 "$PAIRS"); do
  if [ $((p % 2)) -eq 1 ]; then order="clean faulty"; else order="faulty clean"; fi
  for mode in $order; do
    if [ "$mode" = clean ]; then run clean "$p"; else run faulty "$p" --fault-rate 0.1 --task-fault-rate 0.05 --seed "$p"; fi
  done
done
clean=$(grep "mode=clean" "$RUNS" | field tasks_per_s | median)
faulty=$(grep "mode=faulty" "$RUNS" | field tasks_per_s | median)
echo "verified: $(grep -c 'verify: ok' "$RUNS") of $(wc -l < "$RUNS") runs (full outputs, with timelines, in $LOGS)"
echo "median tasks/s: clean=$clean faulty=$faulty faulty/clean=$(ratio "$faulty" "$clean")"
