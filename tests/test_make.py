"""The Makefile as an analyst meets it (issue 20): make must never refill a user's processed folder
from the bundled raw/, must see edits to files whose names make cannot track, and must refuse bad
options before any work. Runs make against this checkout's own .venv (`-o` keeps it from installing)."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from pipeline import config
from pipeline.store.load import load_table
from tests.conftest import run_cli

ROOT = config.PROJECT_ROOT
pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def _make(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run(
        ["make", "--no-print-directory", "-o", ".venv/.installed", *args],
        capture_output=True, text=True, cwd=ROOT, env=env, check=False,
    )  # fmt: skip


@pytest.fixture
def my_folder(tmp_path):
    """A user's raw folder (one name with a space) read into their own processed folder."""
    raw = tmp_path / "mydocs"
    raw.mkdir()
    (raw / "my note.txt").write_text("The council met in Vienna on 3 May 2022.\n", encoding="utf-8")
    processed = tmp_path / "t3"
    assert run_cli("read", "--raw", str(raw), "--processed", str(processed)).returncode == 0
    return raw, processed


def test_a_target_with_only_processed_never_reads_the_bundled_corpus_into_it(my_folder):
    _, processed = my_folder
    # -W: as if the package had just been edited (the gazetteer edit of the issue)
    result = _make("-W", "pipeline/config.py", f"PROCESSED={processed}", f"{processed}/documents.csv")
    assert result.returncode == 0, result.stderr
    assert load_table("documents", processed)["source_path"].tolist() == ["my note.txt"]


def test_a_different_raw_folder_is_refused_with_one_line(my_folder):
    _, processed = my_folder
    result = _make(f"PROCESSED={processed}", "RAW=raw", f"{processed}/documents.csv")
    assert result.returncode != 0
    assert "holds tables made from" in result.stderr
    assert load_table("documents", processed)["source_path"].tolist() == ["my note.txt"]


def test_an_edit_to_a_file_with_a_space_in_its_name_is_read_again(my_folder):
    raw, processed = my_folder
    before = load_table("documents", processed).loc[0, "sha256"]
    (raw / "my note.txt").write_text("The council met in Geneva on 4 May 2022.\n", encoding="utf-8")
    result = _make(f"PROCESSED={processed}", f"{processed}/documents.csv")
    assert result.returncode == 0, result.stderr
    assert load_table("documents", processed).loc[0, "sha256"] != before


def test_workers_zero_fails_before_any_stage():
    result = _make("-n", "WORKERS=0", "all")
    assert result.returncode != 0
    assert "WORKERS must be a whole number of at least 1" in result.stderr
