#!/usr/bin/env bash
# Side-by-side: `sci rank --year 2025` on a long CSV of 10,000 cities x 140 indicators x 5 years
# (about 245 MB) against pandas and DuckDB doing the same scoring, the raw libcsv parse in C and
# `cat` as the floor. Median wall time of interleaved rounds, peak memory. Needs python3 with
# pandas and duckdb.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${DIR:-/tmp/sci-bench-rank}
CITIES=${CITIES:-10000}
mkdir -p "$DIR"
swift build -c release --product sci >/dev/null
# Every tenth indicator is a count per inhabitant, divided by the population of a cities file of
# all 10,000 cities — the pipeline as users run it (names checked, denominators applied).
python3 Benchmarks/peers/make_bitkom_shaped.py --cities 81 --indicators 140 --denominators --out "$DIR"
[ -f "$DIR/long-$CITIES.csv" ] && [ -f "$DIR/cities-$CITIES.csv" ] \
  || python3 Benchmarks/peers/make_long.py "$DIR/index.csv" --cities "$CITIES" --cities-file "$DIR/cities-$CITIES.csv" > "$DIR/long-$CITIES.csv"
CITIESFILE="$DIR/cities-$CITIES.csv"
gcc -O2 Benchmarks/peers/libcsv_count.c -lcsv -o "$DIR/libcsv_count"
FILE="$DIR/long-$CITIES.csv"
ROUNDS=${ROUNDS:-5}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# The machine is shared and its speed drifts: every round runs each contender once, in turn,
# so that a slow spell hits all of them alike; the median over the rounds is reported.
NAMES=(cat libcsv-c sci sci-all-years pandas duckdb)
command_of() {
  case $1 in
    cat) echo "cat $FILE" ;;
    libcsv-c) echo "$DIR/libcsv_count $FILE" ;;
    sci) echo ".build/release/sci rank --year 2025 --index $DIR/index.csv --data $FILE --cities $CITIESFILE --format csv" ;;
    sci-all-years) echo ".build/release/sci rank --index $DIR/index.csv --data $FILE --cities $CITIESFILE --format csv" ;;
    pandas) echo "python3 Benchmarks/peers/rank_pandas.py $DIR/index.csv $FILE 2025 $CITIESFILE" ;;
    duckdb) echo "python3 Benchmarks/peers/rank_duckdb.py $DIR/index.csv $FILE 2025 $CITIESFILE" ;;
  esac
}
echo "$(du -h "$FILE" | cut -f1) $(basename "$FILE"); $(nproc) cores; median of $ROUNDS interleaved rounds"
for _ in $(seq "$ROUNDS"); do
  for name in "${NAMES[@]}"; do
    # shellcheck disable=SC2046
    /usr/bin/time -f "%e %M" -o "$DIR/time" $(command_of "$name") > "$DIR/out-$name.txt"
    read -r t m < "$DIR/time"
    echo "$t" >> "$DIR/times-$name"; echo "$m" > "$DIR/mem-$name"
  done
done
for name in "${NAMES[@]}"; do
  printf '%-16s %6s s  %8s KB\n' "$name" "$(median < "$DIR/times-$name")" "$(cat "$DIR/mem-$name")"
  rm -f "$DIR/times-$name" "$DIR/mem-$name"
done
# The contenders must agree: the same ranks, scores to 1e-9 (sci's CSV has more columns).
python3 - "$DIR" <<'PY'
import csv, sys
d = sys.argv[1]
def read(name):
    with open(f"{d}/out-{name}.txt", newline="") as f:
        return {r["city"]: (int(r["rank"]), float(r["score"])) for r in csv.DictReader(f) if r["rank"]}
sci, pandas, duckdb = read("sci"), read("pandas"), read("duckdb")
assert sci.keys() == pandas.keys() == duckdb.keys(), "different cities"
worst = max(abs(sci[c][1] - other[c][1]) for other in (pandas, duckdb) for c in sci)
assert all(sci[c][0] == pandas[c][0] == duckdb[c][0] for c in sci), "different ranks"
print(f"all three rank {len(sci)} cities alike; largest score difference {worst:.1e}")
assert worst < 1e-9
PY
