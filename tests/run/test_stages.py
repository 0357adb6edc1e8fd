"""The read and extract stages at scale: re-runs from the cache, workers and Dask, failures.

Behaviour only (identical bytes, what is re-parsed); timings belong to bench/bench.py.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline import config
from pipeline.run.stages import extract_stage, read_stage
from tests.conftest import run_cli

EXTRACTION_TABLES = ("entities", "dates", "demands")


def _tables(folder: Path) -> dict[str, bytes]:
    return {name: (folder / f"{name}.csv").read_bytes() for name in EXTRACTION_TABLES}


@pytest.fixture
def corpus(tmp_path) -> tuple[Path, Path]:
    """A copy of the bundled corpus and its read stage output."""
    raw, processed = tmp_path / "raw", tmp_path / "processed"
    shutil.copytree(config.BUNDLED_RAW_DIR, raw)
    read_stage(raw, processed)
    return raw, processed


# --- re-runs and the cache ---------------------------------------------------------------------


def test_rerun_after_one_change_parses_only_that_document(corpus, nlp):
    raw, processed = corpus
    first = extract_stage(processed, nlp=nlp)
    assert first.n_cached == 0 and first.n_documents == 5
    unchanged = extract_stage(processed, nlp=nlp)
    assert unchanged.n_cached == 5

    changed = sorted(raw.glob("*.txt"))[2]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nThe OSCE urged Belarus to free all detainees.\n")
    read_stage(raw, processed)
    again = extract_stage(processed, nlp=nlp)
    assert again.n_cached == 4
    cached_tables = _tables(processed)

    extract_stage(processed, nlp=nlp, use_cache=False)
    assert _tables(processed) == cached_tables


def test_cache_entries_of_removed_documents_are_deleted(corpus, nlp):
    raw, processed = corpus
    extract_stage(processed, nlp=nlp)
    removed = sorted(raw.glob("*.txt"))[0]
    removed.unlink()
    read_stage(raw, processed)
    extract_stage(processed, nlp=nlp)
    entries = {p.stem for p in (processed / config.CACHE_SUBDIR / "extract").glob("*.json")}
    assert entries == {p.stem for p in raw.glob("*.txt")}


# --- engines ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "options",
    [{"workers": 2}, {"engine": "dask", "workers": 2}],
    ids=["workers-2", "dask-localcluster-2"],
)
def test_parallel_engines_write_byte_identical_tables(corpus_run, tmp_path, options):
    processed = tmp_path / "processed"
    shutil.copytree(
        corpus_run,
        processed,
        ignore=shutil.ignore_patterns(config.CACHE_SUBDIR, *(f"{t}.csv" for t in EXTRACTION_TABLES)),
    )
    summary = extract_stage(processed, batch_size=2, use_cache=False, **options)
    assert summary.n_documents == 5 and not summary.failed
    assert _tables(processed) == _tables(corpus_run)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--workers", "0"), "--workers must be at least 1"),
        (("--scheduler", "tcp://127.0.0.1:1"), "--scheduler needs --engine dask"),
    ],
)
def test_bad_scale_options_give_one_line(corpus, args, message):
    _raw, processed = corpus
    result = run_cli("extract", "--processed", str(processed), *args)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_read_stage_reuses_unchanged_files_and_redoes_a_changed_one(corpus):
    raw, processed = corpus
    entries = processed / config.CACHE_SUBDIR / "read"
    stamps = {p.stem: p.stat().st_mtime_ns for p in entries.glob("*.json")}
    assert len(stamps) == 5
    before = (processed / "documents.csv").read_bytes()
    assert read_stage(raw, processed) and (processed / "documents.csv").read_bytes() == before

    changed = sorted(raw.glob("*.txt"))[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nA new closing line.\n", encoding="utf-8")
    documents = {d.doc_id: d for d in read_stage(raw, processed)}
    rewritten = {p.stem for p in entries.glob("*.json") if p.stat().st_mtime_ns != stamps[p.stem]}
    assert rewritten == {changed.stem}
    assert (processed / "text" / f"{changed.stem}.txt").read_text(encoding="utf-8").endswith("A new closing line.")
    assert documents[changed.stem].n_chars > 0
    fresh = processed.parent / "fresh"
    read_stage(raw, fresh, use_cache=False)
    assert (fresh / "documents.csv").read_bytes() == (processed / "documents.csv").read_bytes()


def test_a_document_without_its_cleaned_text_is_reported_and_the_others_are_extracted(corpus, nlp):
    _raw, processed = corpus
    missing = sorted((processed / config.TEXT_SUBDIR).glob("*.txt"))[0]
    missing.unlink()
    summary = extract_stage(processed, nlp=nlp)
    assert [f.split(":")[0] for f in summary.failed] == [missing.stem]
    assert "read stage" in summary.failed[0]
    assert summary.n_documents == 5 and summary.n_rows["entities"] > 0


def test_an_adopted_text_without_a_dateline_is_dated_by_its_adoption_line(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "pace.txt").write_text(
        "Attacks against journalists\n\nText adopted by the Assembly on 24 January 2017 (4th Sitting).\n\n"
        "1. The Assembly calls on member States to release all detained journalists.\n",
        encoding="utf-8",
    )
    [document] = read_stage(raw, tmp_path / "processed", use_cache=False)
    assert (document.published, document.published_source) == ("2017-01-24", "adoption line")


def test_a_text_printed_with_its_english_translation_is_read_for_its_english_part(tmp_path, nlp):
    spanish = (
        "Los ministros de Relaciones Exteriores de Costa Rica y Panamá expresan su profunda preocupación por"
        " las recientes acciones del gobierno de Nicaragua contra los líderes de la oposición, las cuales"
        " atentan contra el libre ejercicio democrático. Instamos a su inmediata liberación."
    )
    english = (
        "The Ministers of Foreign Affairs of Costa Rica and Panama express their deep concern over the recent"
        " actions of the government of Nicaragua against the leaders of the opposition, which undermine the"
        " free exercise of democracy. They urge the government to release the opposition leaders."
    )
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "bilingual.txt").write_text(f"{spanish}\n\n{english}\n", encoding="utf-8")
    (raw / "spanish.txt").write_text(f"{spanish}\n", encoding="utf-8")
    processed = tmp_path / "processed"
    bilingual, spanish_only = read_stage(raw, processed, use_cache=False)
    assert (bilingual.status, bilingual.language) == ("ok", "es") and "English part read" in bilingual.warning
    assert spanish_only.status == "skipped" and "'es'" in spanish_only.error
    extract_stage(processed, nlp=nlp, use_cache=False)
    english_start = len(spanish) + 2
    for table in ("entities", "demands"):
        rows = (processed / f"{table}.csv").read_text(encoding="utf-8").splitlines()[1:]
        starts = [int(row.split(",")[1]) for row in rows]
        assert starts and min(starts) >= english_start  # nothing from the Spanish paragraph
    assert "release the opposition leaders" in (processed / "demands.csv").read_text(encoding="utf-8")
