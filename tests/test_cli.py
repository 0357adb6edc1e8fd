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
    assert sorted(documents["doc_id"]) == sorted(p.stem for p in config.BUNDLED_RAW_DIR.glob("*.txt"))
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
    result = run_cli("run", "--raw", str(config.BUNDLED_RAW_DIR), "--processed", str(processed))
    assert result.returncode == 0, result.stderr
    for table in TABLE_COLUMNS:
        assert (processed / f"{table}.csv").read_bytes() == (corpus_run / f"{table}.csv").read_bytes()


def test_unreadable_and_unsupported_files_are_listed_and_the_run_finishes(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(config.BUNDLED_RAW_DIR, raw)
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


def test_a_pdf_with_a_damaged_cross_reference_table_is_read_without_a_flood_of_warnings(tmp_path):
    """PDFs cut or joined by other tools often point their objects at wrong offsets: pypdf repairs
    them and warns once per object; the user wants the text, not hundreds of lines of warnings."""
    import re

    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "The Working Group urges the Government to repeal the law on foreign agents.")
    data = bytes(pdf.output())
    xref = data.rindex(b"\nxref\n")  # every object's offset in the table set to 0
    damaged = data[:xref] + re.sub(rb"\n\d{10} 00000 n", b"\n0000000000 00000 n", data[xref:])
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "report.pdf").write_bytes(damaged)
    processed = tmp_path / "processed"
    result = run_cli("read", "--raw", str(raw), "--processed", str(processed))
    assert result.returncode == 0, result.stderr
    assert "pypdf" not in result.stderr
    assert load_table("documents", processed).loc[0, "status"] == "ok"
    assert "repeal the law on foreign agents" in load_text("report", processed)
    verbose = run_cli("read", "-v", "--raw", str(raw), "--processed", str(tmp_path / "verbose"))
    assert "wrong pointing object" in verbose.stderr  # still there for who asks


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


# --- Issue 20: the analyst's own folders ------------------------------------------------------------


def _run_in(cwd, *args: str):
    """The CLI run from another folder than the clone (PYTHONPATH keeps this checkout's package)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(config.PROJECT_ROOT), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=cwd, env=env, check=False
    )


def _my_docs(folder, texts: dict[str, str]):
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_processed_folder_refuses_tables_from_another_raw_folder(tmp_path):
    mine = _my_docs(tmp_path / "mydocs", {"note.txt": "The council met in Vienna on 3 May 2022.\n"})
    other = _my_docs(tmp_path / "other", {"press.txt": "Amnesty International spoke in Oslo.\n"})
    processed = tmp_path / "t3"
    assert run_cli("read", "--raw", str(mine), "--processed", str(processed)).returncode == 0
    before = (processed / "documents.csv").read_bytes()
    result = run_cli("read", "--raw", str(other), "--processed", str(processed))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and str(mine) in result.stderr
    assert (processed / "documents.csv").read_bytes() == before


def test_without_raw_a_processed_folder_is_updated_from_its_own_raw_folder(tmp_path):
    mine = _my_docs(tmp_path / "mydocs", {"note.txt": "The council met in Vienna on 3 May 2022.\n"})
    processed = tmp_path / "t3"
    assert run_cli("read", "--raw", str(mine), "--processed", str(processed)).returncode == 0
    (mine / "second.txt").write_text("A second note about Geneva.\n", encoding="utf-8")
    # run from the clone, whose raw/ holds the bundled corpus: that must not be read into t3
    result = run_cli("read", "--processed", str(processed))
    assert result.returncode == 0, result.stderr
    assert sorted(load_table("documents", processed)["doc_id"]) == ["note", "second"]
    assert json.loads((processed / "run.json").read_text(encoding="utf-8"))["raw"] == str(mine.resolve())


def test_defaults_are_folders_of_the_current_folder_not_of_the_clone(tmp_path):
    _my_docs(tmp_path / "raw", {"note.txt": "The council met in Vienna on 3 May 2022.\n"})
    result = _run_in(tmp_path, "read")
    assert result.returncode == 0, result.stderr
    assert load_table("documents", tmp_path / "processed")["doc_id"].tolist() == ["note"]


def test_help_shows_defaults_relative_to_the_current_folder():
    from pipeline.cli import build_parser

    args = build_parser().parse_args(["scrape"])
    assert not args.sources.is_absolute() and not args.raw.is_absolute()
    assert not build_parser().parse_args(["read"]).processed.is_absolute()


def test_the_read_summary_names_each_skipped_or_failed_file_and_its_reason(tmp_path):
    raw = _my_docs(tmp_path / "raw", {"note.txt": "The council met in Vienna.\n", "empty.txt": ""})
    for n in range(25):
        (raw / f"slides{n:02}.pptx").write_bytes(b"PK\x03\x04")
    result = run_cli("read", "--raw", str(raw), "--processed", str(tmp_path / "p"))
    assert result.returncode == 0, result.stderr
    assert "skipped: empty.txt:" in result.stderr
    assert "skipped: slides00.pptx: unsupported" in result.stderr
    assert "... and 6 more: see" in result.stderr and "documents.csv" in result.stderr


@pytest.mark.parametrize("option", [("--batch-size", "0"), ("--workers", "0")])
def test_bad_extraction_options_fail_before_the_read_stage(tmp_path, option):
    raw = _my_docs(tmp_path / "raw", {"note.txt": "The council met in Vienna.\n"})
    result = run_cli("run", "--raw", str(raw), "--processed", str(tmp_path / "p"), *option)
    assert result.returncode == 2 and option[0] in result.stderr
    assert not (tmp_path / "p" / "documents.csv").exists()


def test_verbose_is_accepted_after_the_command(tmp_path):
    raw = _my_docs(tmp_path / "raw", {"note.txt": "The council met in Vienna.\n"})
    result = run_cli("read", "-v", "--raw", str(raw), "--processed", str(tmp_path / "p"))
    assert result.returncode == 0, result.stderr
    assert "INFO" in result.stderr


def test_abbreviated_options_are_refused():
    result = run_cli("extract", "--worker", "2", "--processed", "/nonexistent/p")
    assert result.returncode == 2 and "unrecognized arguments: --worker 2" in result.stderr


def test_evaluate_on_a_folder_without_any_gold_document_fails(tmp_path):
    raw = _my_docs(tmp_path / "raw", {"note.txt": "The council met in Vienna on 3 May 2022.\n"})
    processed = tmp_path / "p"
    assert run_cli("run", "--raw", str(raw), "--processed", str(processed)).returncode == 0
    result = run_cli("evaluate", "--processed", str(processed))
    assert result.returncode == 2
    assert "nothing to score" in result.stderr and "precision" not in result.stdout


def test_engine_dask_without_dask_installed_says_how_to_install_it(tmp_path):
    import subprocess
    import sys

    raw = _my_docs(tmp_path / "raw", {"note.txt": "The council met in Vienna.\n"})
    # None in sys.modules makes `import distributed` raise ImportError, as when dask is not installed
    code = "import sys; sys.modules['distributed'] = None; from pipeline.cli import main; sys.exit(main(sys.argv[1:]))"
    args = ["run", "--raw", str(raw), "--processed", str(tmp_path / "p"), "--engine", "dask"]
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert "--engine dask needs dask.distributed" in result.stderr and "make dask" in result.stderr
    assert not (tmp_path / "p" / "documents.csv").exists()


def test_a_missing_raw_folder_is_named_before_the_recorded_one(tmp_path):
    """A processed folder made from another raw folder must not hide that --raw does not exist."""
    raw, processed = tmp_path / "raw", tmp_path / "processed"
    raw.mkdir()
    (raw / "a.txt").write_text("The UN experts urged the authorities to release all detainees.", encoding="utf-8")
    assert run_cli("read", "--raw", str(raw), "--processed", str(processed)).returncode == 0
    result = run_cli("read", "--raw", str(tmp_path / "missing"), "--processed", str(processed))
    assert result.returncode == 2 and "raw folder not found" in result.stderr
