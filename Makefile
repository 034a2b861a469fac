# metaeval — build, run, test. Every target works on a fresh clone.
SWIFT ?= swift
BIN := .build/release/metaeval
EDITIONS := $(notdir $(basename $(filter-out %.published.json,$(wildcard codebook/editions/*.json))))

.PHONY: all build reports check test validate publish datapackage bench fuzz clean

all: reports

build:
	$(SWIFT) build -c release --product metaeval

# Build in release mode and write every edition's reports (the default edition first).
reports: publish

# Exit 1 when the committed reports of any edition differ from what the corpus gives.
check: build
	@for edition in $(EDITIONS); do $(BIN) run --check --edition $$edition --corpus $(CORPUS) --out $(REPORTS) || exit 1; done

validate: build
	$(BIN) validate

# Regenerate every edition's reports (each folder with its datapackage.json).
CORPUS ?= corpus
REPORTS ?= reports
publish: build
	@for edition in $(EDITIONS); do $(BIN) run --edition $$edition --corpus $(CORPUS) --out $(REPORTS) || exit 1; done

# Validate every edition's datapackage.json and its CSV tables with frictionless
# (`python3 -m pip install frictionless`; a venv in .build-venv is used when present).
PYTHON ?= $(if $(wildcard .build-venv/bin/python),.build-venv/bin/python,python3)
datapackage:
	@for edition in $(EDITIONS); do \
		out=$$($(PYTHON) -m frictionless validate $(REPORTS)/$$edition/datapackage.json 2>&1) \
			&& echo "$(REPORTS)/$$edition/datapackage.json: valid" || { echo "$$out"; exit 1; }; \
	done

test:
	$(SWIFT) test

# Speed and memory over synthetic archives (Tests/Bench/bench.sh); reports, never fails on speed.
bench: build
	Tests/Bench/bench.sh

# libFuzzer targets in Tests/Fuzz/<Name>Fuzz.swift, each compiled with the library sources
# under AddressSanitizer and run for FUZZ_SECONDS, seeded from the fixtures. A crash leaves
# its input in .build-fuzz/ and fails the target.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := $(patsubst Tests/Fuzz/%Fuzz.swift,%,$(wildcard Tests/Fuzz/*Fuzz.swift))
LIBRARY_SOURCES := $(shell find Sources/MetaEval -name '*.swift' | LC_ALL=C sort)

.PRECIOUS: .build-fuzz/%

fuzz: $(addprefix fuzz-,$(FUZZ_TARGETS))

fuzz-%: .build-fuzz/%
	@mkdir -p .build-fuzz/corpus-$* .build-fuzz/crashes-$*
	@cp -n Tests/Fixtures/fuzz-seeds/$*/* .build-fuzz/corpus-$*/ 2>/dev/null || true
	METAEVAL_CODEBOOK=codebook $< -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 -timeout=10 \
		-artifact_prefix=.build-fuzz/crashes-$*/ .build-fuzz/corpus-$* 2>&1 | grep -E '^(#[0-9]+ +DONE|Done|==[0-9]+==|SUMMARY)' ; \
		test -z "$$(ls -A .build-fuzz/crashes-$*)"

# The whole document coder is too slow unoptimised under AddressSanitizer (about 1 run a second),
# so its target is built with -O (about 200 runs a second; the build takes a few minutes longer).
FUZZ_OPT ?= -Onone
.build-fuzz/MetadataExtractor: FUZZ_OPT = -O

.build-fuzz/%: Tests/Fuzz/%Fuzz.swift $(LIBRARY_SOURCES)
	@mkdir -p .build-fuzz
	swiftc -sanitize=fuzzer,address -parse-as-library $(FUZZ_OPT) -module-name MetaEvalFuzz \
		$(LIBRARY_SOURCES) $< -o $@ 2>&1 | grep -v 'ld.gold: warning' || true
	@test -x $@

clean:
	rm -rf .build .build-fuzz .build-cache .build-bench
