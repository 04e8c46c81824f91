#!/usr/bin/env bash
# Throughput, engine vs raw floor: PAIRS pairs on fresh emulators, alternating which runs first.
# usage: bench/run-pairs.sh [PAIRS=5] [COUNT=100000] [PARALLEL=4]   (after a Release build of the emulator and bench)
set -eu
cd "$(dirname "$0")/.."
PAIRS=${1:-5}; COUNT=${2:-100000}; PARALLEL=${3:-4}
EMU=src/AzBatchJobs.Emulator/bin/Release/net10.0/AzBatchJobs.Emulator.dll
BENCH=bench/AzBatchJobs.Bench/bin/Release/net10.0/AzBatchJobs.Bench.dll
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
for p in $(seq 1 "$PAIRS"); do
  dotnet $EMU --port 0 --in-memory --slots 0 > "$OUT" 2>&1 &
  EPID=$!
  for _ in $(seq 1 100); do [ "$(wc -l < "$OUT")" -ge 3 ] && break; sleep 0.1; done
  export $(head -3 "$OUT" | xargs)
  dotnet $BENCH add-tasks --count "$COUNT" --parallel "$PARALLEL" --job warm > /dev/null   # the emulator's own warm-up
  if [ $((p % 2)) -eq 1 ]; then order="engine raw"; else order="raw engine"; fi
  for mode in $order; do
    flag=""; [ "$mode" = raw ] && flag="--raw"
    echo "pair=$p mode=$mode $(dotnet $BENCH add-tasks --count "$COUNT" --parallel "$PARALLEL" --job "j$mode$p" $flag | tail -1)"
  done
  kill "$EPID"; wait "$EPID" 2>/dev/null || true
done
