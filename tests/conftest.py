"""Shared fixtures: the real spaCy model (loaded once per session) and one real pipeline run on
a temporary copy of the bundled corpus, reused by the end-to-end and quality-gate tests."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

from pipeline import config
from pipeline.nlp.model import load_nlp

ROOT = config.PROJECT_ROOT
DATA = Path(__file__).parent / "data"

# Property tests draw the same examples on every run, so `make test` (and CI) pass or fail the
# same way each time; `pytest --hypothesis-profile=explore` draws new ones to look for bugs.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile("repeatable")


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory) -> Path:
    """Run `python -m pipeline run` on a copy of raw/; returns the processed folder."""
    base = tmp_path_factory.mktemp("corpus")
    raw = base / "raw"
    shutil.copytree(config.BUNDLED_RAW_DIR, raw)
    processed = base / "processed"
    result = run_cli("run", "--raw", str(raw), "--processed", str(processed))
    assert result.returncode == 0, result.stderr
    return processed


# The project's shared development data beside the clone (CI has it; a user's fresh clone does not).
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_corpus_run(tmp_path_factory) -> Path:
    """Run the pipeline over ../shared/corpus (the gold documents); skipped without ../shared."""
    if not (SHARED / "gold").is_dir() or not (SHARED / "corpus").is_dir():
        pytest.skip(f"{SHARED} not found: the shared gold documents are not beside the clone")
    processed = tmp_path_factory.mktemp("shared") / "processed"
    result = run_cli("run", "--raw", str(SHARED / "corpus"), "--processed", str(processed))
    assert result.returncode == 0, result.stderr
    return processed


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=ROOT, check=False
    )
