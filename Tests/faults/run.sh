#!/usr/bin/env bash
# Faults lose nothing: a full disk, a read-only folder and a killed run, for real, on tiny tmpfs
# file systems (needs root for `mount`; without it the script says so and skips).
#
#   make fault-test          # builds sci, then runs this
set -uo pipefail
cd "$(dirname "$0")/../.."
SCI=${SCI:-.build/debug/sci}
F=Tests/CityIndexTests/Fixtures/good
WORK=$(mktemp -d /tmp/sci-faults-XXXXXX)
FULL=$WORK/full
READONLY=$WORK/readonly
failures=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; failures=$((failures + 1)); }
cleanup() { umount "$FULL" 2>/dev/null; umount "$READONLY" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

mkdir -p "$FULL" "$READONLY"
if ! mount -t tmpfs -o size=3m tmpfs "$FULL" 2>/dev/null; then
  echo "fault tests skipped: mounting a tmpfs needs root"
  exit 0
fi
mount -t tmpfs -o ro,size=1m tmpfs "$READONLY"
checksums() { (cd "$1" && find . -type f | sort | xargs sha256sum); }

# 1. A full disk during `sci report`: exit 1, the path and the cause, the old report untouched,
#    no temporary folder left.
"$SCI" report --index $F/index.csv --data $F/clean.csv --out "$FULL/reports" >/dev/null
before=$(checksums "$FULL/reports")
"$SCI" report --no-briefs --out "$FULL/reports" >/dev/null 2>"$WORK/err"; status=$?
[ $status -eq 1 ] && pass "full disk: exit 1" || fail "full disk: exit $status"
grep -q "No space left on device; the report in $FULL/reports is as it was" "$WORK/err" \
  && grep -q "^$FULL/.reports.tmp-" "$WORK/err" && pass "full disk: the path and the cause" || fail "full disk: message $(cat "$WORK/err")"
[ "$(checksums "$FULL/reports")" = "$before" ] && pass "full disk: the old report byte for byte" || fail "full disk: the old report changed"
[ -z "$(ls -A "$FULL" | grep -v '^reports$')" ] && pass "full disk: nothing left beside it" || fail "full disk: left $(ls -A "$FULL")"

# 2. `sci simulate --out` on a full disk: the earlier file stays.
"$SCI" simulate --out "$FULL/sim.csv"
sim_before=$(sha256sum < "$FULL/sim.csv")
"$SCI" rank --format xlsx --output "$FULL/ranking.xlsx" && "$SCI" rank --format csv --output "$FULL/ranking.csv"
outputs_before=$(sha256sum < "$FULL/ranking.xlsx")$(sha256sum < "$FULL/ranking.csv")
dd if=/dev/zero of="$FULL/filler" bs=64k 2>/dev/null  # fill the disk
"$SCI" simulate --out "$FULL/sim.csv" 2>"$WORK/err"; status=$?
[ $status -eq 1 ] && grep -q "sim.csv: No space left on device" "$WORK/err" && pass "simulate --out on a full disk: exit 1, path, cause" \
  || fail "simulate --out: exit $status, $(cat "$WORK/err")"
[ "$(sha256sum < "$FULL/sim.csv")" = "$sim_before" ] && pass "simulate --out: the earlier file byte for byte" || fail "simulate --out: the file changed"
[ -z "$(ls -A "$FULL" | grep '\.tmp-')" ] && pass "simulate --out: no temporary file left" || fail "simulate --out: left $(ls -A "$FULL")"

# 2b. `--output` of a workbook and of CSV on a full disk: exit 1, the path and the cause, the
#     earlier files byte for byte, nothing left beside them.
for format in xlsx csv; do
  "$SCI" rank --format $format --output "$FULL/ranking.$format" 2>"$WORK/err"; status=$?
  [ $status -eq 1 ] && grep -q "^$FULL/ranking.$format: .*No space left on device" "$WORK/err" \
    && pass "--format $format --output on a full disk: exit 1, path, cause" || fail "--format $format --output: exit $status, $(cat "$WORK/err")"
done
[ "$(sha256sum < "$FULL/ranking.xlsx")$(sha256sum < "$FULL/ranking.csv")" = "$outputs_before" ] \
  && pass "--output: the earlier workbook and CSV byte for byte" || fail "--output: an earlier file changed"
[ -z "$(ls -A "$FULL" | grep -v '^reports$\|^sim.csv$\|^filler$\|^ranking\.\(xlsx\|csv\)$')" ] \
  && pass "--output: nothing left beside them" || fail "--output: left $(ls -A "$FULL")"

# 3. Standard output redirected to a full disk: exit 1 and a message, not a crash.
"$SCI" rank --format csv >"$FULL/out.csv" 2>"$WORK/err"; status=$?
[ $status -eq 1 ] && grep -q "standard output: No space left on device" "$WORK/err" && pass "stdout on a full disk: exit 1 and the cause" \
  || fail "stdout on a full disk: exit $status, $(cat "$WORK/err")"
rm -f "$FULL/filler" "$FULL/out.csv"

# 4. A read-only --out: exit 1, the path and the cause.
"$SCI" report --no-briefs --out "$READONLY/reports" >/dev/null 2>"$WORK/err"; status=$?
[ $status -eq 1 ] && grep -q "Read-only file system" "$WORK/err" && pass "read-only --out: exit 1, path, cause" \
  || fail "read-only --out: exit $status, $(cat "$WORK/err")"

# 5. A run killed mid-way leaves its temporary folder; the next run removes it (its process is
#    gone) but never a live process's.
mkdir -p "$FULL/.reports.tmp-999999/cities" "$FULL/.reports.old-999998"
sleep 60 & live=$!
mkdir -p "$FULL/.reports.tmp-$live"
"$SCI" report --index $F/index.csv --data $F/clean.csv --out "$FULL/reports" >/dev/null
[ ! -e "$FULL/.reports.tmp-999999" ] && [ ! -e "$FULL/.reports.old-999998" ] && pass "a dead run's temporary folders are removed" \
  || fail "stale folders left: $(ls -A "$FULL")"
[ -d "$FULL/.reports.tmp-$live" ] && pass "a live run's temporary folder is kept" || fail "a live run's folder was removed"
kill $live 2>/dev/null

# 6. Killed for real (SIGKILL during a long report), then a normal run: nothing of it is left.
( "$SCI" report --sensitivity 20000 --out "$FULL/killed" >/dev/null 2>&1 & pid=$!; sleep 0.3; kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null ) || true
"$SCI" report --index $F/index.csv --data $F/clean.csv --out "$FULL/killed" >/dev/null 2>&1
[ -z "$(ls -A "$FULL" | grep '^\.killed\.')" ] && pass "after SIGKILL the next run cleans up" || fail "after SIGKILL: left $(ls -A "$FULL")"

echo "$failures failures"
[ $failures -eq 0 ]
