# Human-rights documents -> tidy tables. `make` lists the targets.
# Point a run elsewhere with RAW=... PROCESSED=... (e.g. make all RAW=~/my-corpus PROCESSED=/tmp/out);
# later targets need only PROCESSED=/tmp/out: the folder remembers its raw folder (run.json).
# WORKERS=2 parses with two processes.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
# Stamp files: the runtime install, and one per extra installed on demand (issue 20).
INSTALLED := $(VENV)/.installed
EXTRA := $(VENV)/.installed-
# Empty RAW: the read stage follows the raw folder recorded in PROCESSED/run.json, else reads raw/.
# A RAW that differs from the recorded one is refused, never silently read into PROCESSED.
RAW ?=
RAW_OPTION := $(if $(RAW),--raw "$(RAW)")
PROCESSED ?= processed
GOLD ?= tests/gold
SOURCES ?= sources.csv
WORKERS ?= 1

ifeq ($(shell echo '$(WORKERS)' | grep -Ex '[1-9][0-9]*'),)
$(error WORKERS must be a whole number of at least 1, not '$(WORKERS)')
endif

PACKAGE := $(wildcard pipeline/*.py pipeline/*/*.py pipeline/*/*/*.py pipeline/data/*)
TABLES := $(PROCESSED)/entities.csv $(PROCESSED)/entity_index.csv $(PROCESSED)/dates.csv $(PROCESSED)/demands.csv

.DEFAULT_GOAL := help
.PHONY: help all install dask test lint evaluate clean scrape notebooks report bench benchmark train FORCE

help: ## List the targets with a one-line description
	@echo "Usage: make TARGET [RAW=folder] [PROCESSED=folder]"
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  %-12s %s\n", $$1, $$2}'

# The runtime dependencies only (spaCy and its model, pandas, readers): what `make all` needs.
$(INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip
	$(BIN)/python -m pip install -e .
	touch $@

# An extra of pyproject.toml (dask, notebooks, lint, test), installed when a target first needs it.
$(EXTRA)%: pyproject.toml | $(INSTALLED)
	$(BIN)/python -m pip install -e ".[$*]"
	touch $@

install: $(INSTALLED) ## Create .venv and install the package and the spaCy model (runtime only)

dask: $(EXTRA)dask ## Install dask.distributed for --engine dask

# The read stage always runs: it hashes every file of the raw folder (make cannot track names with
# spaces, nor which raw folder PROCESSED was made from) and rewrites documents.csv only when it
# changed, so the extraction below re-runs only then. Unchanged files come from the read cache.
$(PROCESSED)/documents.csv: FORCE | $(INSTALLED)
	$(BIN)/python -m pipeline read $(RAW_OPTION) --processed "$(PROCESSED)"

FORCE:

$(TABLES) &: $(PROCESSED)/documents.csv $(PACKAGE) | $(INSTALLED)
	$(BIN)/python -m pipeline extract --processed "$(PROCESSED)" --workers $(WORKERS)

all: $(PROCESSED)/documents.csv $(TABLES) ## Install if needed, then run the pipeline on RAW into PROCESSED

# With the shared development data beside the clone, `make evaluate` runs the pipeline over
# SHARED/corpus into its own folder and scores against SHARED/gold (the five samples and the other
# documents reported separately); without it, the bundled RAW against GOLD (tests/gold).
SHARED ?= ../shared
EVAL_PROCESSED ?= $(PROCESSED)/eval
ifneq ($(wildcard $(SHARED)/gold/*.json),)
evaluate: | $(INSTALLED) ## Score against SHARED/gold (pipeline run over SHARED/corpus), else RAW against GOLD
	$(BIN)/python -m pipeline run --raw "$(SHARED)/corpus" --processed "$(EVAL_PROCESSED)"
	$(BIN)/python -m pipeline evaluate --processed "$(EVAL_PROCESSED)" --gold "$(SHARED)/gold"
else
evaluate: $(PROCESSED)/documents.csv $(TABLES)
	$(BIN)/python -m pipeline evaluate --processed "$(PROCESSED)" --gold "$(GOLD)"
endif

benchmark: $(EXTRA)benchmark ## Run the external benchmarks (TimeML, UPR...) from SHARED; writes reports/benchmark.md
	$(BIN)/python -m pipeline benchmark --shared "$(SHARED)"

# Not part of `all`: the trained UPR classifiers are committed in pipeline/data/models/.
train: $(EXTRA)train ## Retrain the UPR issue and action classifiers and the recommendation verb list from SHARED
	@test -f "$(SHARED)/external/upr/recommendations_sessions_01-13.csv" || { echo "make train: $(SHARED)/external/upr/recommendations_sessions_01-13.csv not found; training needs UPR Info's coded recommendations (set SHARED=...). The committed models need no training."; exit 2; }
	$(BIN)/python -m pipeline.classify.verbs --shared "$(SHARED)"
	$(BIN)/python -m pipeline.classify.train --shared "$(SHARED)"

# Network stage, deliberately not part of `all` (CI has no network). Re-running it is cheap:
# unchanged pages are answered 304 and their files in RAW are left untouched.
scrape: | $(INSTALLED) ## Fetch the URLs listed in SOURCES (default sources.csv) into RAW (default raw), with RAW/manifest.csv
	$(BIN)/python -m pipeline scrape --sources "$(SOURCES)" --raw "$(or $(RAW),raw)"

test: $(EXTRA)test ## Run the test suite (real spaCy model, real files); installs the test extra first
	$(BIN)/python -m pytest

lint: $(EXTRA)lint ## Check the code with ruff
	$(BIN)/ruff check pipeline tests bench

# --- Notebooks and the HTML report ----------------------------------------------------------------
# The notebooks in notebooks/ are committed without outputs; executed copies go to REPORTS/executed/
# (git-ignored) and are re-run when a notebook, a table or the package changes.
REPORTS ?= reports
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9]*.ipynb))
EXECUTED := $(NOTEBOOKS:notebooks/%=$(REPORTS)/executed/%)

$(REPORTS)/executed/%.ipynb: notebooks/%.ipynb $(PROCESSED)/documents.csv $(TABLES) $(PACKAGE) | $(EXTRA)notebooks
	$(BIN)/python -m pipeline.analysis.report execute --processed "$(PROCESSED)" --out "$(REPORTS)/executed" $<

notebooks: $(EXECUTED) ## Execute every notebook against PROCESSED (running the pipeline first if needed)

$(REPORTS)/report.html: $(EXECUTED) | $(EXTRA)notebooks
	$(BIN)/python -m pipeline.analysis.report render --out $@ $(EXECUTED)

report: $(REPORTS)/report.html ## Render the executed notebooks into one self-contained HTML file in reports/

clean: ## Remove generated tables and caches (raw/ is never touched)
	rm -rf "$(PROCESSED)"/*.csv "$(PROCESSED)"/text "$(PROCESSED)"/.text-next-* "$(PROCESSED)"/cache "$(PROCESSED)"/run.json "$(PROCESSED)"/README.md "$(PROCESSED)"/datapackage.json
	rm -rf "$(EVAL_PROCESSED)" .pytest_cache .ruff_cache
	rm -rf "$(REPORTS)"
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

# Benchmark (issue 9): full pipeline vs bare nlp.pipe on generated corpora of BENCH_N documents.
# Quick run: make bench BENCH_N=50. Results are printed and saved as JSON in bench/results/.
# Then (issue 19) the peak memory of one 1.9-million-character document, with 1 and 2 workers.
# For BENCH_REPEAT_N the (pipeline, bare) pair runs BENCH_REPEAT times, interleaved, and the ratio
# is their median: on a shared machine one pair's ratio moves by more than the 1.25 it is judged by.
BENCH_N ?= 500 5000
BENCH_REPEAT ?= 4
BENCH_REPEAT_N ?= 500
bench: $(EXTRA)dask ## Time the pipeline against bare spaCy for N=500 and N=5000, and peak memory on one long document
	$(BIN)/python bench/bench.py --sizes $(BENCH_N) --repeat $(BENCH_REPEAT) --repeat-sizes $(BENCH_REPEAT_N)
