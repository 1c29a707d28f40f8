#!/usr/bin/env bash
# Lays out an installed sci under ROOT (make install: $(DESTDIR)$(PREFIX); make dist: the
# tarball's folder):
#
#   bin/sci                                  the binary
#   share/man/man1/sci.1                     the manual (swift-argument-parser's generator)
#   share/bash-completion/completions/sci    bash, zsh and fish completions (sci writes them)
#   share/zsh/site-functions/_sci
#   share/fish/vendor_completions.d/sci.fish
#   share/sci/indicators, share/sci/datasets the shipped index and data: an installed sci run
#                                            anywhere falls back to them (ShippedFiles.swift)
#   share/doc/sci/                           README, CHANGELOG, METHODS, LICENSE
#
#   scripts/stage.sh BINARY MANPAGE ROOT
set -euo pipefail
binary=$(realpath "$1") manpage=$(realpath "$2") root=$(realpath -m "$3")
cd "$(dirname "$0")/.."
install -d "$root/bin" "$root/share/man/man1" "$root/share/bash-completion/completions" \
  "$root/share/zsh/site-functions" "$root/share/fish/vendor_completions.d" "$root/share/sci" "$root/share/doc/sci"
install -m 755 "$binary" "$root/bin/sci"
install -m 644 "$manpage" "$root/share/man/man1/sci.1"
"$binary" --generate-completion-script bash > "$root/share/bash-completion/completions/sci"
"$binary" --generate-completion-script zsh > "$root/share/zsh/site-functions/_sci"
"$binary" --generate-completion-script fish > "$root/share/fish/vendor_completions.d/sci.fish"
rm -rf "$root/share/sci/indicators" "$root/share/sci/datasets"
mkdir -p "$root/share/sci/indicators" "$root/share/sci/datasets"
cp indicators/*.csv "$root/share/sci/indicators/"
# The data with its READMEs and sources (their licences require the credit lines they hold).
(cd datasets && find . -type f \( -name '*.csv' -o -name '*.md' -o -name '*.json' -o -name '*.py' \) -print0 |
  xargs -0 -I{} install -D -m 644 {} "$root/share/sci/datasets/{}")
install -m 644 README.md CHANGELOG.md METHODS.md LICENSE "$root/share/doc/sci/"
