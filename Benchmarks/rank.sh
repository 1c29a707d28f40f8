#!/usr/bin/env bash
# Side-by-side: `sci rank --year 2025` on a long CSV of 10,000 cities x 140 indicators x 5 years
# (about 245 MB) against pandas and DuckDB doing the same scoring, the raw libcsv parse in C and
# `cat` as the floor. Median of 3 wall times, peak memory. Needs python3 with pandas, duckdb.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${DIR:-/tmp/sci-bench-rank}
CITIES=${CITIES:-10000}
mkdir -p "$DIR"
swift build -c release --product sci >/dev/null
python3 Benchmarks/peers/make_bitkom_shaped.py --cities 81 --indicators 140 --out "$DIR"
[ -f "$DIR/long-$CITIES.csv" ] || python3 Benchmarks/peers/make_long.py "$DIR/index.csv" --cities "$CITIES" > "$DIR/long-$CITIES.csv"
gcc -O2 Benchmarks/peers/libcsv_count.c -lcsv -o "$DIR/libcsv_count"
FILE="$DIR/long-$CITIES.csv"
median() { sort -n | sed -n 2p; }
run() {
  local name=$1; shift
  local times=() mem=0
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$DIR/time" "$@" > "$DIR/out-$name.txt"
    read -r t m < "$DIR/time"; times+=("$t"); mem=$m
  done
  printf '%-22s %6s s  %8s KB\n' "$name" "$(printf '%s\n' "${times[@]}" | median)" "$mem"
}
echo "$(du -h "$FILE" | cut -f1) $(basename "$FILE"); $(nproc) cores"
run cat cat "$FILE"
run libcsv-c "$DIR/libcsv_count" "$FILE"
run sci .build/release/sci rank --year 2025 --index "$DIR/index.csv" --data "$FILE" --format csv
run sci-all-years .build/release/sci rank --index "$DIR/index.csv" --data "$FILE" --format csv
(cd Benchmarks/peers && run pandas python3 rank_pandas.py "$DIR/index.csv" "$FILE" 2025)
(cd Benchmarks/peers && run duckdb python3 rank_duckdb.py "$DIR/index.csv" "$FILE" 2025)
