# metaeval — build, run, test. Every target works on a fresh clone.
SWIFT ?= swift
BIN := .build/release/metaeval
EDITIONS := $(notdir $(basename $(filter-out %.published.json,$(wildcard codebook/editions/*.json))))

.PHONY: all build reports check test validate publish bench fuzz clean

all: reports

build:
	$(SWIFT) build -c release --product metaeval

# Build in release mode and write the default edition's reports.
reports: build
	$(BIN) run

# Exit 1 when the committed reports differ from what the corpus gives.
check: build
	$(BIN) run --check

validate: build
	$(BIN) validate

# Regenerate every edition's reports.
publish: build
	@for edition in $(EDITIONS); do $(BIN) run --edition $$edition || exit 1; done

test:
	$(SWIFT) test

clean:
	rm -rf .build
