#!/usr/bin/env bash
# Side-by-side: `sci rank --weights bod` against the same linear programmes in scipy (HiGHS), on
# the same file: CITIES cities x 20 indicators that move together (make_correlated.py), one
# programme per city. Prints the median of 3 runs of each (wall seconds), peak memory, and the
# largest difference between the two sets of scores. Needs python3 + numpy + scipy.
set -euo pipefail
cd "$(dirname "$0")/.."
CITIES=${CITIES:-1000}
DIR=${DIR:-/tmp/sci-bench-bod}
swift build -c release --product sci >/dev/null
python3 Benchmarks/peers/make_correlated.py --cities "$CITIES" --per-area 4 --out "$DIR"
median() { sort -n | sed -n 2p; }
run() {  # name, command...
  local name=$1; shift
  local times=() mem=0
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$DIR/time" "$@" > "$DIR/$name.csv" 2>/dev/null
    read -r t m < "$DIR/time"; times+=("$t"); mem=$m
  done
  printf '%-36s %7s s  %8s KB\n' "$name" "$(printf '%s\n' "${times[@]}" | median)" "$mem"
}
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $CITIES cities x 20 indicators"
run "sci rank --weights bod" .build/release/sci rank --index "$DIR/index.csv" --data "$DIR/data.csv" --weights bod --format csv
run "scipy linprog (HiGHS)" python3 Benchmarks/peers/bod_scipy.py "$DIR/index.csv" "$DIR/data.csv"
python3 - "$DIR" <<'PY'
import csv, sys
d = sys.argv[1]
sci = {r["city"]: float(r["score"]) for r in csv.DictReader(open(f"{d}/sci rank --weights bod.csv"))}
scipy = {r["city"]: float(r["score"]) for r in csv.DictReader(open(f"{d}/scipy linprog (HiGHS).csv"))}
assert sci.keys() == scipy.keys()
print(f"largest score difference: {max(abs(sci[c] - scipy[c]) for c in sci):.1e} points; "
      f"{sum(1 for c in sci if sci[c] >= 100 - 1e-6)} of {len(sci)} cities at 100")
PY
