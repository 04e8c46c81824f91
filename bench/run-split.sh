#!/usr/bin/env bash
# Where the CPU goes: the emulator's and the client's CPU seconds for COUNT tasks (the emulator's read from
# /proc after its own warm-up of COUNT tasks; the client's by /usr/bin/time, start-up included), and the rate.
# Emulator and client share the machine, so a cheaper emulator lifts every client, and a lighter client
# shows more. RUNS runs per client on fresh emulators.
# usage: bench/run-split.sh [RUNS=3] [COUNT=100000] [PARALLEL=4]   (Linux; `npm ci` in tests/interop for js)
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
RUNS=${1:-3}; COUNT=${2:-100000}; PARALLEL=${3:-4}
LINES=$(mktemp); trap 'rm -f "$LINES"' EXIT
cpu_seconds() { awk '{ print ($14 + $15) / 100 }' "/proc/$1/stat"; }
for r in $(seq 1 "$RUNS"); do
  for mode in engine raw js; do
    start_emulator
    bench --count "$COUNT" --parallel "$PARALLEL" --job warm > /dev/null
    settle
    before=$(cpu_seconds "$EPID")
    case $mode in
      engine) command=(dotnet "$BENCH" add-tasks --count "$COUNT" --parallel "$PARALLEL" --job run) ;;
      raw) command=(dotnet "$BENCH" add-tasks --count "$COUNT" --parallel "$PARALLEL" --job run --raw) ;;
      js) command=(node bench/js/add-tasks.js "$COUNT" "$PARALLEL" run) ;;
    esac
    line=$( { /usr/bin/time -f "client_cpu=%U %S" "${command[@]}" | tail -1; } 2>&1 | tr '\n' ' ')
    emulator=$(awk -v a="$(cpu_seconds "$EPID")" -v b="$before" 'BEGIN { printf "%.2f", a - b }')
    client=$(echo "$line" | sed -n 's/.*client_cpu=\([0-9.]*\) \([0-9.]*\).*/\1 \2/p' | awk '{ printf "%.2f", $1 + $2 }')
    echo "run=$r mode=$mode emulator_cpu=$emulator client_cpu=$client $(echo "$line" | grep -o 'tasks_per_s=[0-9]*')" | tee -a "$LINES"
    stop_emulator
  done
done
for mode in engine raw js; do
  echo "median $mode: emulator_cpu=$(grep "mode=$mode " "$LINES" | field emulator_cpu | median) s client_cpu=$(grep "mode=$mode " "$LINES" | field client_cpu | median) s tasks_per_s=$(grep "mode=$mode " "$LINES" | field tasks_per_s | median)"
done
