#!/usr/bin/env bash
# Side-by-side: `sci import` of a Gemeinde-level GENESIS flat file (220,000 rows, 36 MB; 80 of
# its 11,000 regions are cities) against the same conversion in pandas. Median wall time of
# interleaved rounds, peak memory; the two outputs are compared (values equal). Needs pandas.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${DIR:-/tmp/sci-bench-import}
ROUNDS=${ROUNDS:-5}
mkdir -p "$DIR"
swift build -c release --product sci >/dev/null
[ -f "$DIR/export.csv" ] || python3 Benchmarks/peers/make_ffcsv.py > "$DIR/export.csv"
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
for round in $(seq "$ROUNDS"); do
  /usr/bin/time -f "%e %M" -o "$DIR/time-sci.$round" .build/release/sci import "$DIR/export.csv" --output "$DIR/sci.csv" 2>/dev/null
  /usr/bin/time -f "%e %M" -o "$DIR/time-pandas.$round" python3 Benchmarks/peers/import_pandas.py "$DIR/export.csv" "$DIR/pandas.csv" 2>/dev/null
done
for name in sci pandas; do
  echo "$name: $(cat "$DIR"/time-$name.* | awk '{print $1}' | median) s median of $ROUNDS, peak $(cat "$DIR"/time-$name.* | awk '{print $2}' | sort -n | tail -1) KB"
done
python3 - "$DIR/sci.csv" "$DIR/pandas.csv" <<'PY'
import csv, sys
def rows(path):
    reader = csv.reader(open(path, encoding="utf-8"))
    next(reader)
    return sorted((r[0], r[1], r[2], float(r[3]), r[4], r[5]) for r in reader)
a, b = rows(sys.argv[1]), rows(sys.argv[2])
assert a == b, "the outputs differ"
print(f"outputs agree: {len(a)} values")
PY
