#!/usr/bin/env bash
# Against a dead endpoint (an emulator's port after it stopped: connection refused): how long COUNT tasks take
# to be reported, and how.
# usage: bench/run-dead.sh [COUNT=100000] [PARALLEL=8]   (after a Release build of the emulator and bench)
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
COUNT=${1:-100000}; PARALLEL=${2:-8}
start_emulator
stop_emulator
bench --count "$COUNT" --parallel "$PARALLEL" --job dead --no-setup | grep -E '^(error:|added=)'
