#!/usr/bin/env bash
# Throttling: an emulator that answers 429 (Retry-After) above RATE requests a second, for SECONDS from the first
# 429. Prints the engine's requests per half second (started, throttled, most in flight), then the goodput
# during the storm against the cap of RATE requests of 100 tasks a second.
# usage: bench/run-throttle.sh [RATE=20] [SECONDS=5] [COUNT=20000] [PARALLEL=8]   (after a Release build)
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
RATE=${1:-20}; SECONDS_=${2:-5}; COUNT=${3:-20000}; PARALLEL=${4:-8}
start_emulator --throttle-rate "$RATE" --throttle-for "$SECONDS_"
OUT=$(bench --count "$COUNT" --parallel "$PARALLEL" --job throttled --timeline --verify)
stop_emulator
echo "$OUT" | grep -E '^(timeline|verify):'
echo "$OUT" | tail -1
# The storm: from the first half second with a 429 to the last one.
echo "$OUT" | grep '^timeline:' | awk -v rate="$RATE" '
  { split($3, s, "="); split($4, t, "="); split($5, ok, "="); started[NR] = s[2]; throttled[NR] = t[2]; answered[NR] = ok[2]
    if (t[2] > 0) { if (!first) first = NR; last = NR } }
  END { if (!first) { print "no 429 was answered: raise COUNT or PARALLEL, or lower RATE"; exit }
        for (i = first; i <= last; i++) { ok_sum += answered[i]; t_sum += throttled[i] }
        secs = (last - first + 1) / 2
        printf "storm: %.1f s, %d requests answered 2xx (%.1f a second, cap %d), %d throttled; goodput %.0f%% of the cap\n",
          secs, ok_sum, ok_sum / secs, rate, t_sum, 100 * ok_sum / secs / rate }'
