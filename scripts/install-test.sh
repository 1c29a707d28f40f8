#!/usr/bin/env bash
# Checks an installed tree (make install-test): the files, the manual, the completions, and the
# installed sci run from an empty folder on the shipped index it finds in share/sci.
#
#   scripts/install-test.sh PREFIX-AS-INSTALLED
set -euo pipefail
root=$1
fail() { echo "install-test: $*" >&2; exit 1; }
for file in bin/sci share/man/man1/sci.1 share/bash-completion/completions/sci share/zsh/site-functions/_sci \
  share/fish/vendor_completions.d/sci.fish share/sci/indicators/open-smart-city-index.csv share/sci/datasets/open-data.csv \
  share/sci/datasets/cities.csv share/doc/sci/README.md share/doc/sci/LICENSE; do
  [ -s "$root/$file" ] || fail "$file is missing or empty"
done
[ -x "$root/bin/sci" ] || fail "bin/sci is not executable"
grep -q '^\.Nm sci' "$root/share/man/man1/sci.1" || fail "sci.1 is not sci's manual page"
grep -q 'Fl -format' "$root/share/man/man1/sci.1" || fail "sci.1 lacks the subcommands' options"
bash -n "$root/share/bash-completion/completions/sci" || fail "the bash completion script does not parse"
# The completion offers the subcommands.
words=$(bash -c "source '$root/share/bash-completion/completions/sci'; COMP_WORDS=(sci r); COMP_CWORD=1; _sci; echo \${COMPREPLY[*]}" 2>/dev/null || true)
[[ $words == *rank* && $words == *report* ]] || fail "bash completion of 'sci r' offers '$words'"
empty=$(mktemp -d)
trap 'rm -rf "$empty"' EXIT
lines=$(cd "$empty" && "$root/bin/sci" rank --format csv | wc -l)
[ "$lines" -eq 81 ] || fail "the installed sci ranked $lines lines from an empty folder, not 81"
# An analyst's own files in their own folder: the shipped cities file is found, so a misspelt city
# fails validate; two spellings of one city are one city; JSON is one document; a German
# definition reads.
printf 'ID;Name;Oberknoten;Gewicht;Richtung;Einheit\nidx;Index;;;;\nwarte;Wartezeit;idx;1;–;Tage\n' > "$empty/index.csv"
printf 'Stadt;Jahr;Indikator;Wert\nNürnburg;2023;warte;12\nMünchen;2023;warte;9\n' > "$empty/daten.csv"
if (cd "$empty" && "$root/bin/sci" validate --index index.csv --data daten.csv > "$empty/out" 2>&1); then
  fail "validate passed a misspelt city from an empty folder"
fi
grep -q "city 'Nürnburg' is not in .*(did you mean 'Nürnberg'?)" "$empty/out" || fail "validate did not name Nürnburg: $(cat "$empty/out")"
printf 'Stadt;Jahr;Indikator;Wert\nMuenchen;2023;warte;12\nMünchen;2023;warte;9\n' > "$empty/daten.csv"
if (cd "$empty" && "$root/bin/sci" rank --index index.csv --data daten.csv > "$empty/out" 2>&1); then
  fail "two spellings of München were two cities"
fi
grep -q "duplicate value for (München, 2023, warte)" "$empty/out" || fail "no duplicate for Muenchen and München: $(cat "$empty/out")"
(cd "$empty" && "$root/bin/sci" sensitivity --samples 20 --format json) | python3 -c 'import json, sys; json.load(sys.stdin)' \
  || fail "sensitivity --format json is not one JSON document"
echo "install-test: $root ok — sci $("$root/bin/sci" --version), manual, completions (bash, zsh, fish), shipped data"
