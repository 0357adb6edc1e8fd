"""End to end: the CLI on a temporary copy of the bundled corpus, checking every table."""

import json
import shutil

import pandas as pd
import pytest

from pipeline import config
from pipeline.store.load import load_table, load_text
from tests.conftest import run_cli

TABLE_COLUMNS = {
    "documents": ["doc_id", "source_path", "title", "published", "language", "n_chars", "status", "error"],
    "entities": ["doc_id", "label", "text", "canonical", "start_char", "end_char"],
    "dates": ["doc_id", "text", "value", "granularity", "start_char", "end_char"],
    "demands": ["doc_id", "actor", "target", "demand", "theme", "start_char", "end_char"],
}


@pytest.mark.parametrize("table", sorted(TABLE_COLUMNS))
def test_every_table_has_its_documented_columns(corpus_run, table):
    frame = pd.read_csv(corpus_run / f"{table}.csv")
    assert set(TABLE_COLUMNS[table]) <= set(frame.columns)


def test_every_bundled_document_is_read(corpus_run):
    documents = load_table("documents", corpus_run)
    assert sorted(documents["doc_id"]) == sorted(p.stem for p in config.RAW_DIR.glob("*.txt"))
    assert set(documents["status"]) == {"ok"}


@pytest.mark.parametrize(("table", "surface"), [("entities", "text"), ("dates", "text"), ("demands", "demand")])
def test_offsets_point_at_the_surface_text(corpus_run, table, surface):
    frame = load_table(table, corpus_run)
    assert len(frame) > 0
    texts = {doc_id: load_text(doc_id, corpus_run) for doc_id in frame["doc_id"].unique()}
    for row in frame.itertuples():
        assert texts[row.doc_id][row.start_char : row.end_char] == getattr(row, surface)


def test_second_run_gives_byte_identical_tables(corpus_run, tmp_path):
    processed = tmp_path / "again"
    result = run_cli("run", "--raw", str(config.RAW_DIR), "--processed", str(processed))
    assert result.returncode == 0, result.stderr
    for table in TABLE_COLUMNS:
        assert (processed / f"{table}.csv").read_bytes() == (corpus_run / f"{table}.csv").read_bytes()


def test_unreadable_and_unsupported_files_are_listed_and_the_run_finishes(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(config.RAW_DIR, raw)
    (raw / "scan.txt").write_bytes(b"\x00\xff\x00binary" * 100)
    (raw / "slides.pptx").write_bytes(b"PK\x03\x04")
    processed = tmp_path / "processed"
    result = run_cli("run", "--raw", str(raw), "--processed", str(processed))
    assert result.returncode == 0, result.stderr
    documents = load_table("documents", processed).set_index("doc_id")
    assert documents.loc["scan", "status"] == "error" and documents.loc["scan", "error"]
    assert documents.loc["slides", "status"] == "skipped" and "unsupported" in documents.loc["slides", "error"]
    for table in ("entities", "dates", "demands"):
        assert (processed / f"{table}.csv").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("run", "--raw", "/nonexistent/raw"), "raw folder not found"),
        (("run", "--model", "no_such_model"), "not installed"),
        (("evaluate", "--processed", "/nonexistent/p"), "not found"),
    ],
)
def test_user_errors_give_one_line_and_no_traceback(tmp_path, args, message):
    if "--model" in args:
        args = (*args, "--processed", str(tmp_path / "p"))
    result = run_cli(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", ["run", "read", "extract", "evaluate"])
def test_help_documents_every_command(command):
    result = run_cli(command, "--help")
    assert result.returncode == 0
    assert "--processed" in result.stdout


def test_gold_copy_matches_the_annotation_format():
    for path in sorted((config.GOLD_DIR).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert {"doc_id", "persons", "organisations", "places", "dates", "demands"} <= set(gold)
