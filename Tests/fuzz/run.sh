#!/usr/bin/env bash
# Runs every libFuzzer target of Sources/sci-fuzz for FUZZ_SECONDS each (default 30), seeded
# from the test fixtures; stops at the first crash, leak or memory error and leaves the input in
# .build-fuzz/findings/. Prints executions per target (RELIABILITY.md keeps the figures).
# FUZZ_TARGETS picks targets; FUZZ_RUNS stops each after that many executions (then
# FUZZ_SECONDS, if given, is only an upper bound).
#
#   make fuzz FUZZ_SECONDS=600
#   make fuzz FUZZ_TARGETS="long genesis" FUZZ_RUNS=10000000   # the campaign of RELIABILITY.md
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

status=0
for target in $TARGETS; do
  log=.build-fuzz/$target.log
  # csv reads on Dispatch threads, whose caches never let libFuzzer's per-input leak check
  # settle (a full LeakSanitizer scan after every input, 10 times slower): its leaks are
  # checked when the process ends instead (RELIABILITY.md).
  leaks=1
  [ "$target" = csv ] && leaks=0
  if SWIFT_BACKTRACE=enable=no SCI_FUZZ_TARGET=$target ASAN_OPTIONS=detect_leaks=1 \
    "$BIN" "$CORPUS/$target" -max_total_time="$SECONDS_EACH" ${RUNS:+-runs=$RUNS} -max_len=4096 -timeout=10 -detect_leaks=$leaks \
      -artifact_prefix="$FINDINGS/$target-" -print_final_stats=1 >"$log" 2>&1; then
    runs=$(grep -o 'Done [0-9]* runs' "$log" | grep -o '[0-9]*' || echo "?")
    seconds=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | grep -o '[0-9]* second' | grep -o '[0-9]*' || echo "?")
    echo "fuzz $target: $runs executions in $seconds s, no crash"
  else
    echo "fuzz $target: FOUND A PROBLEM — see $log and $FINDINGS/"
    grep -E "ERROR|readings differ|Fatal" "$log" | head -5
    status=1
  fi
done
exit $status
