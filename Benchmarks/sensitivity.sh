#!/usr/bin/env bash
# Side-by-side: `sci sensitivity` against the same Monte Carlo in numpy, on the same
# Bitkom-shaped file (81 cities x 140 indicators, 5 areas, 35 sub-areas), 20,000 samples.
# Prints the median of 3 runs of each (wall seconds) and peak memory. Needs python3 + numpy.
set -euo pipefail
cd "$(dirname "$0")/.."
SAMPLES=${SAMPLES:-20000}
DIR=${DIR:-/tmp/sci-bench-sensitivity}
swift build -c release --product sci >/dev/null
python3 Benchmarks/peers/make_bitkom_shaped.py --cities 81 --indicators 140 --out "$DIR"
median() { sort -n | sed -n 2p; }
run() {  # name, command...
  local name=$1; shift
  local times=() mem=0
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$DIR/time" "$@" > "$DIR/$name.csv"
    read -r t m < "$DIR/time"; times+=("$t"); mem=$m
  done
  printf '%-32s %6s s  %8s KB\n' "$name" "$(printf '%s\n' "${times[@]}" | median)" "$mem"
}
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
run "sci sensitivity (all cores)" .build/release/sci sensitivity --index "$DIR/index.csv" --data "$DIR/data.csv" \
  --samples "$SAMPLES" --part intervals --format csv
run "sci sensitivity --threads 1" .build/release/sci sensitivity --index "$DIR/index.csv" --data "$DIR/data.csv" \
  --samples "$SAMPLES" --part intervals --format csv --threads 1
run "numpy (vectorised)" python3 Benchmarks/peers/sensitivity_numpy.py "$DIR/index.csv" "$DIR/data.csv" --samples "$SAMPLES"
