#!/usr/bin/env bash
# Peak memory of the engine, 1M tasks against 100k, on one fresh emulator.
# usage: bench/run-memory.sh [PARALLEL=4]   (after a Release build of the emulator and bench)
set -eu
cd "$(dirname "$0")/.."
PARALLEL=${1:-4}
EMU=src/AzBatchJobs.Emulator/bin/Release/net10.0/AzBatchJobs.Emulator.dll
BENCH=bench/AzBatchJobs.Bench/bin/Release/net10.0/AzBatchJobs.Bench.dll
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
dotnet $EMU --port 0 --in-memory --slots 0 > "$OUT" 2>&1 &
EPID=$!
for _ in $(seq 1 100); do [ "$(wc -l < "$OUT")" -ge 3 ] && break; sleep 0.1; done
export $(head -3 "$OUT" | xargs)
for j in m1 m2 m3; do echo "count=1000000 $(dotnet $BENCH add-tasks --count 1000000 --parallel "$PARALLEL" --job $j | tail -1)"; done
for j in k1 k2 k3; do echo "count=100000 $(dotnet $BENCH add-tasks --count 100000 --parallel "$PARALLEL" --job $j | tail -1)"; done
kill "$EPID"; wait "$EPID" 2>/dev/null || true
