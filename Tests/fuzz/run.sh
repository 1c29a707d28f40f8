#!/usr/bin/env bash
# Runs every libFuzzer target of Sources/sci-fuzz for FUZZ_SECONDS each (default 30), seeded
# from the test fixtures; stops at the first crash, leak or memory error and leaves the input in
# .build-fuzz/findings/. Prints executions per target (RELIABILITY.md keeps the figures).
# FUZZ_TARGETS picks targets; FUZZ_RUNS stops each after that many executions (then
# FUZZ_SECONDS, if given, is only an upper bound); FUZZ_JOBS runs that many targets at a time.
#
#   make fuzz FUZZ_SECONDS=600
#   make fuzz FUZZ_RUNS=10000000 FUZZ_JOBS=2   # the campaign of RELIABILITY.md, on two cores
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${FUZZ_RUNS:-}
if [ -n "$RUNS" ]; then SECONDS_EACH=${FUZZ_SECONDS:-0}; else SECONDS_EACH=${FUZZ_SECONDS:-30}; fi
TARGETS=${FUZZ_TARGETS:-csv definition long wide weights cities keyed genesis}
BIN=.build-fuzz/release/sci-fuzz
FIX=Tests/CityIndexTests/Fixtures
CORPUS=.build-fuzz/corpus
FINDINGS=.build-fuzz/findings
mkdir -p "$FINDINGS"

seed() {  # seed TARGET FILES… — copies fixtures into the target's corpus (headers cut for data)
  local target=$1; shift
  mkdir -p "$CORPUS/$target"
  for file in "$@"; do
    case $target in
      long|wide) tail -n +2 "$file" > "$CORPUS/$target/$(basename "$file")" ;;
      *) cp "$file" "$CORPUS/$target/" ;;
    esac
  done
}
seed csv "$FIX"/good/*.csv "$FIX"/bad/*.csv "$FIX"/fuzz/*
seed definition "$FIX"/good/index.csv "$FIX"/bad/def-*.csv indicators/*.csv
seed long "$FIX"/good/long.csv "$FIX"/good/german-excel.csv "$FIX"/bad/data-*.csv
seed wide "$FIX"/good/clean.csv "$FIX"/good/two-years.csv "$FIX"/good/windows-1252.csv
seed weights "$FIX"/good/index.csv
printf 'id,a,b\ng,30,70\nc,1,2\na,1,0\nb,2,1\n' > "$CORPUS/weights/experts.csv"
seed cities "$FIX"/good/cities.csv datasets/cities.csv
mkdir -p "$CORPUS/keyed" "$CORPUS/genesis"
printf '05315000,Köln,2023,a,1\n053340002002,,2023,b,2\n05315,Koeln,2023,c,3\n5315000,A,2023,a,4\n' > "$CORPUS/keyed/seed.csv"
for file in "$FIX"/genesis/*.csv; do tail -n +2 "$file" > "$CORPUS/genesis/$(basename "$file")"; done

fuzz() {  # fuzz TARGET — one run; writes its one-line result to .build-fuzz/TARGET.result
  local target=$1 log=.build-fuzz/$1.log leaks=1
  # csv reads on Dispatch threads, whose caches never let libFuzzer's per-input leak check
  # settle (a full LeakSanitizer scan after every input, 10 times slower): its leaks are
  # checked when the process ends instead (RELIABILITY.md).
  [ "$target" = csv ] && leaks=0
  if SWIFT_BACKTRACE=enable=no SCI_FUZZ_TARGET=$target ASAN_OPTIONS=detect_leaks=1 \
    "$BIN" "$CORPUS/$target" -max_total_time="$SECONDS_EACH" ${RUNS:+-runs=$RUNS} -max_len=4096 -timeout=10 -detect_leaks=$leaks \
      -artifact_prefix="$FINDINGS/$target-" -print_final_stats=1 >"$log" 2>&1; then
    runs=$(grep -o 'Done [0-9]* runs' "$log" | grep -o '[0-9]*' || echo "?")
    seconds=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | grep -o '[0-9]* second' | grep -o '[0-9]*' || echo "?")
    peak=$(grep -o 'stat::peak_rss_mb: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    echo "fuzz $target: $runs executions in $seconds s, peak RSS $peak MB, no crash" >".build-fuzz/$target.result"
  else
    { echo "fuzz $target: FOUND A PROBLEM — see $log and $FINDINGS/"
      grep -E "ERROR|readings differ|Fatal" "$log" | head -5; } >".build-fuzz/$target.result"
    return 1
  fi
}

# FUZZ_JOBS targets at a time (default 1): on two free cores, FUZZ_JOBS=2 halves a campaign.
JOBS=${FUZZ_JOBS:-1}
status=0
running=0
for target in $TARGETS; do
  rm -f ".build-fuzz/$target.result"
  if [ "$JOBS" -le 1 ]; then
    fuzz "$target" || status=1
    cat ".build-fuzz/$target.result"
    continue
  fi
  if [ "$running" -ge "$JOBS" ]; then
    wait -n || status=1
    running=$((running - 1))
  fi
  fuzz "$target" &
  running=$((running + 1))
done
if [ "$JOBS" -gt 1 ]; then
  while [ "$running" -gt 0 ]; do
    wait -n || status=1
    running=$((running - 1))
  done
  for target in $TARGETS; do cat ".build-fuzz/$target.result"; done
fi
exit $status
