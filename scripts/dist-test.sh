#!/usr/bin/env bash
# The release tarball as a user gets it: unpacked in a fresh folder, no libswift* among its
# libraries, every library found, and sci runs with an empty environment from an empty folder
# (the shipped index and data found in share/sci beside bin/).
#
#   scripts/dist-test.sh sci-<version>-linux-x86_64.tar.gz
set -euo pipefail
tarball=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -C "$work" -xzf "$tarball"
root=$(echo "$work"/sci-*)
sci="$root/bin/sci"
fail() { echo "dist-test: $*" >&2; exit 1; }

libraries=$(ldd "$sci")
if grep -q 'libswift\|libFoundation\|libdispatch' <<<"$libraries"; then fail "the Swift runtime is linked dynamically:"$'\n'"$libraries"; fi
if grep -q 'not found' <<<"$libraries"; then fail "libraries not found:"$'\n'"$libraries"; fi
for library in libcsv liblapack libblas libgfortran; do
  if grep -q "$library" <<<"$libraries"; then fail "$library is linked dynamically"; fi
done

version=$(env -i "$sci" --version)
[[ $tarball == *"sci-$version-linux-x86_64.tar.gz" ]] || fail "--version says $version, the tarball's name another"
for file in share/man/man1/sci.1 share/bash-completion/completions/sci share/zsh/site-functions/_sci \
  share/fish/vendor_completions.d/sci.fish share/sci/indicators/open-smart-city-index.csv share/sci/datasets/open-data.csv \
  share/sci/datasets/README.md README.md LICENSE; do
  [ -s "$root/$file" ] || fail "$file is missing or empty"
done
grep -q '^\.Sh NAME' "$root/share/man/man1/sci.1" || fail "sci.1 is not a manual page"

mkdir "$work/empty"
ranking=$(cd "$work/empty" && env -i "$sci" rank --format csv)
[ "$(wc -l <<<"$ranking")" -eq 81 ] || fail "rank from an empty folder printed $(wc -l <<<"$ranking") lines, not 81"
expected=$(cd "$(dirname "$0")/.." && .build-dist/release/sci rank --format csv)
[ "$ranking" = "$expected" ] || fail "the unpacked binary ranks differently from the repository"
(cd "$work/empty" && env -i "$sci" report --out r >/dev/null) || fail "report from an empty folder failed"
[ -s "$work/empty/r/ranking.xlsx" ] || fail "the report has no ranking.xlsx"
echo "dist-test: $(basename "$tarball") ok — $(du -h "$tarball" | cut -f1), sci $version, $(grep -c '=>' <<<"$libraries") shared libraries, none of them Swift's"
