# Shared by the bench scripts (sourced from the repository root): emulators on free ports, medians.
EMU=${EMU:-src/AzBatchJobs.Emulator/bin/Release/net10.0/AzBatchJobs.Emulator.dll}
BENCH=${BENCH:-bench/AzBatchJobs.Bench/bin/Release/net10.0/AzBatchJobs.Bench.dll}

# start_emulator [OPTIONS...]: an in-memory emulator that runs no task; exports its three variables, sets EPID.
start_emulator() {
  EOUT=$(mktemp)
  dotnet $EMU --port 0 --in-memory --slots 0 "$@" > "$EOUT" 2>&1 &
  EPID=$!
  for _ in $(seq 1 300); do [ "$(wc -l < "$EOUT")" -ge 3 ] && break; sleep 0.1; done
  export $(head -3 "$EOUT" | xargs)
}

stop_emulator() {
  kill "$EPID"; wait "$EPID" 2>/dev/null || true
  rm -f "$EOUT"
}

bench() { dotnet $BENCH add-tasks "$@"; }

# settle: waits (at most 5 s) until the emulator is idle, so that a run does not share the CPU with what the
# emulator still does after the previous one (it keeps compiling and collecting for about a second).
settle() {
  for _ in $(seq 1 10); do
    before=$(awk '{ print $14 + $15 }' "/proc/$EPID/stat"); sleep 0.5
    [ $(( $(awk '{ print $14 + $15 }' "/proc/$EPID/stat") - before )) -le 2 ] && return 0
  done
}

# field NAME: the value of NAME=... in the line on stdin.
field() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p"; }

# median: of the numbers on stdin, one per line.
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# ratio A B: A / B as a percentage.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f%%", (b > 0 ? 100 * a / b : 0) }'; }
