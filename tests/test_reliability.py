"""Reliability under bad input and interruption (issue 8).

A hostile corpus is generated into tmp_path (the 50 MB file is never committed) and the real CLI
runs on it: every entry must end as a documents.csv row with a status and a human-readable
reason, readable documents must be processed, and every table must be valid CSV. A second test
kills real runs with SIGKILL and checks that the previous outputs survive and the next run
completes.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from pipeline import config
from pipeline.extract.registry import extract_document, shift_extraction
from pipeline.ingest.decode import decode
from pipeline.ingest.discover import discover, make_doc_ids
from pipeline.ingest.language import detect_language
from pipeline.ingest.readers import read_file
from pipeline.nlp.chunks import chunk_text
from pipeline.run.stages import prepare_document
from pipeline.store.atomic import remove_stale_temporaries, write_atomic
from pipeline.store.load import TABLES, load_table, load_text
from pipeline.store.tables import DOCUMENTS
from tests.conftest import ROOT, run_cli

DATES = TABLES["dates"]
DEMANDS = TABLES["demands"]
ENTITIES = TABLES["entities"]


def _chmod_stops_reads() -> bool:
    """Whether a chmod 000 file is really unreadable here: not for root (or a process with the
    CAP_DAC_OVERRIDE capability), for whom the unreadable case needs another form."""
    with tempfile.TemporaryDirectory() as folder:
        probe = Path(folder) / "probe"
        probe.write_text("x")
        probe.chmod(0)
        try:
            probe.read_bytes()
        except PermissionError:
            return True
        finally:
            probe.chmod(0o600)
    return False


IS_ROOT = not _chmod_stops_reads()  # "root" in the sense that matters: permissions do not apply

# Our own test sentences (not from the bundled corpus), in the register of the documents.
ENGLISH = (
    "GENEVA (12 March 2023) - The Special Rapporteur on Belarus urged the authorities in Minsk to "
    "release all persons detained for peaceful protest. The Office of the High Commissioner for "
    "Human Rights called on Belarus to investigate every allegation of torture.\n"
    "Human rights defenders told the Committee that lawyers had been disbarred since 2021.\n"
)
ACCENTED = "The Café Society forum in Genève heard from Zoë Müller, a naïve witness, on 4 May 2022.\n"
RUSSIAN = (
    "Правозащитный центр сообщает, что в Минске задержаны десятки участников мирных акций протеста. "
    "Суд приговорил журналистку к двум годам лишения свободы за освещение демонстраций. "
    "Правозащитники призывают власти немедленно освободить всех политических заключённых.\n"
)
BELARUSIAN = (
    "Праваабарончы цэнтр паведамляе, што ў Мінску затрыманыя дзясяткі ўдзельнікаў мірных акцый "
    "пратэсту. Суд асудзіў журналістку да двух гадоў пазбаўлення волі за асвятленне дэманстрацый. "
    "Праваабаронцы заклікаюць улады неадкладна вызваліць усіх палітычных вязняў.\n"
)

NAMES = (
    "Ihar Barysau, Volha Zhuk, Aliaksandr Pylchanka, Natallia Hershe, Dzianis Ivashyn, Palina Sharenda, "
    "Andrei Aliaksandrau, Iryna Zlobina, Mikita Zalatarou, Yauhen Afnahel, Hrodna, Viciebsk, Homiel, Pinsk, "
    "Barysau, Salihorsk, Maladzechna, Baranavichy.\n"
) * 2
FRENCH = (
    "Le Comité a exprimé sa préoccupation au sujet des détentions arbitraires et demande la libération "
    "immédiate de tous les prisonniers politiques et des défenseurs des droits humains.\n"
) * 2


@dataclass(frozen=True)
class Expect:
    status: str
    reason: str = ""  # a fragment of the `error` cell ("" for ok rows)
    encoding: str = ""  # expected `encoding` cell, when it matters
    language: str = ""  # expected `language` cell, when it matters
    warning: str = ""  # a fragment of the `warning` cell


def _pseudo_random_bytes(n: int, seed: int = 7) -> bytes:
    """Deterministic binary noise (a linear congruential generator; no RNG state shared)."""
    out = bytearray()
    x = seed
    for _ in range(n):
        x = (1103515245 * x + 12345) % 2**31
        out.append((x >> 16) & 0xFF)
    return bytes(out)


def build_hostile_corpus(raw: Path) -> dict[str, Expect]:
    """Write every kind of hostile input into `raw`; return the expected row per source_path."""
    raw.mkdir(parents=True, exist_ok=True)
    expect: dict[str, Expect] = {}

    def put(name: str, data: bytes, expectation: Expect) -> None:
        path = raw / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        expect[name] = expectation

    put("good.txt", ENGLISH.encode(), Expect("ok", encoding="utf-8", language="en"))
    put("empty.txt", b"", Expect("skipped", "empty file"))
    put("whitespace only.txt", b"  \n\t\r\n   \n", Expect("skipped", "only whitespace"))
    put("binary.txt", _pseudo_random_bytes(20_000), Expect("error", "not text"))
    put("image.html", b"\x89PNG\r\n\x1a\n" + _pseudo_random_bytes(3_000), Expect("error", "PNG image"))
    put("really a pdf.txt", b"%PDF-1.7\n" + _pseudo_random_bytes(500), Expect("error", "PDF document"))
    put("nul-heavy.txt", b"\x00\x00\x01\x00text\x00\x00" * 2_000, Expect("error", "NUL bytes"))
    put(
        "stray-nul.txt",
        ENGLISH.encode().replace(b"Minsk", b"Minsk\x00") + b"\x00" * 4096,
        Expect("ok", encoding="utf-8", warning="NUL bytes removed"),
    )
    put("cp1251-russian.txt", RUSSIAN.encode("cp1251"), Expect("skipped", "language 'ru'", "cp1251", "ru"))
    put("cp1251-belarusian.txt", BELARUSIAN.encode("cp1251"), Expect("skipped", "language 'be'", "cp1251", "be"))
    put("utf8-russian.html", f"<html><body><p>{RUSSIAN}</p></body></html>".encode(), Expect("skipped", "'ru'"))
    put("latin-1.txt", (ENGLISH + ACCENTED).encode("latin-1"), Expect("ok", encoding="cp1252", language="en"))
    put("utf-16 export.txt", (ENGLISH + ACCENTED).encode("utf-16"), Expect("ok", encoding="utf-16", language="en"))
    put(
        "invalid-utf8.txt",
        (ENGLISH + ACCENTED).encode() + b"\xff\xfe\xc3 truncated\n",
        Expect("ok", encoding="utf-8", warning="replaced with U+FFFD"),
    )
    put(
        "unclosed.html",
        f"<html><body><div><p>{ENGLISH}<p><b>Still open <i>and more".encode(),
        Expect("ok", language="en"),
    )
    put(
        "deeply nested.html",
        ("<div>" * 5_000 + f"<p>{ENGLISH}</p>" + "</div>" * 5_000).encode(),
        Expect("ok"),
    )
    put(
        "script-only.html",
        b"<html><head><script>var x = '<p>not text</p>';</script></head><body><script>run()</script></body></html>",
        Expect("skipped", "no text"),
    )
    # 50 MB of real text: skipped on its size, without being read.
    put("huge.txt", b"Belarus must release all political prisoners. " * 1_100_000, Expect("skipped", "file too large"))
    # One 5 MB line: read and cleaned, then skipped on its length (the default --max-chars).
    put("one line.txt", (ENGLISH.replace("\n", " ") * 15_000).encode(), Expect("skipped", "text too long"))
    put("-leading-dash.txt", ENGLISH.encode(), Expect("ok"))
    put("--help.txt", ENGLISH.encode(), Expect("ok"))
    put("name with  spaces.txt", ENGLISH.encode(), Expect("ok"))
    put("доклад Минск ü.txt", ENGLISH.encode(), Expect("ok"))
    put("report.txt", ENGLISH.encode(), Expect("ok"))
    put("report.html", f"<p>{ENGLISH}</p>".encode(), Expect("ok"))
    put("Report.md", ENGLISH.encode(), Expect("ok"))
    put("sub folder/inner.txt", ENGLISH.encode(), Expect("ok"))
    put("slides.pptx", b"PK\x03\x04" + _pseudo_random_bytes(100), Expect("skipped", "unsupported file type"))
    # A file name that is not valid UTF-8 (possible on Linux): listed with U+FFFD in its name.
    (raw / os.fsdecode(b"latin1-name-\xe9.txt")).write_bytes(ENGLISH.encode())
    expect["latin1-name-\ufffd.txt"] = Expect("ok")

    (raw / "self-loop.txt").symlink_to("self-loop.txt")
    expect["self-loop.txt"] = Expect("error", "symbolic link loop")
    (raw / "loop").symlink_to(".", target_is_directory=True)
    expect["loop"] = Expect("skipped", "symbolic link to a folder")
    (raw / "dangling.txt").symlink_to("nowhere.txt")
    expect["dangling.txt"] = Expect("error", "broken symbolic link")
    (raw / "link to good.txt").symlink_to("good.txt")
    expect["link to good.txt"] = Expect("ok")

    # Genuinely unreadable: a named pipe called *.txt (opening it would block forever).
    os.mkfifo(raw / "pipe.txt")
    expect["pipe.txt"] = Expect("error", "named pipe")
    if not IS_ROOT:  # chmod does not stop root from reading, so this case only exists for others
        locked = raw / "locked.txt"
        locked.write_bytes(ENGLISH.encode())
        locked.chmod(0)
        expect["locked.txt"] = Expect("error", "Permission denied")
        closed = raw / "closed folder"
        closed.mkdir()
        (closed / "inside.txt").write_bytes(ENGLISH.encode())
        closed.chmod(0)
        expect["closed folder"] = Expect("error", "cannot list folder")
    return expect


def _unlock(raw: Path) -> None:
    for path in (raw / "locked.txt", raw / "closed folder"):
        if path.exists() and not path.is_symlink():
            path.chmod(0o755)


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    """The CLI on the hostile corpus: (expectations, processed folder, completed process)."""
    base = tmp_path_factory.mktemp("hostile")
    raw = base / "raw"
    expect = build_hostile_corpus(raw)
    processed = base / "processed"
    result = run_cli("run", "--raw", str(raw), "--processed", str(processed))
    _unlock(raw)
    return expect, processed, result


def test_hostile_corpus_run_finishes_without_a_traceback(hostile_run):
    _expect, _processed, result = hostile_run
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_every_hostile_entry_has_exactly_one_row(hostile_run):
    expect, processed, _result = hostile_run
    documents = load_table("documents", processed)
    assert sorted(documents["source_path"]) == sorted(expect)
    assert documents["doc_id"].is_unique


def test_every_row_has_a_status_and_non_ok_rows_a_reason(hostile_run):
    _expect, processed, _result = hostile_run
    documents = load_table("documents", processed)
    assert set(documents["status"]) <= {"ok", "skipped", "error"}
    assert (documents.loc[documents["status"] != "ok", "error"].str.len() > 5).all()
    assert (documents.loc[documents["status"] == "ok", "error"] == "").all()


def _hostile_cases() -> list[str]:
    names = [
        "good.txt",
        "empty.txt",
        "whitespace only.txt",
        "binary.txt",
        "image.html",
        "really a pdf.txt",
        "nul-heavy.txt",
        "stray-nul.txt",
        "cp1251-russian.txt",
        "cp1251-belarusian.txt",
        "utf8-russian.html",
        "latin-1.txt",
        "utf-16 export.txt",
        "invalid-utf8.txt",
        "unclosed.html",
        "deeply nested.html",
        "script-only.html",
        "huge.txt",
        "one line.txt",
        "-leading-dash.txt",
        "--help.txt",
        "name with  spaces.txt",
        "доклад Минск ü.txt",
        "report.txt",
        "report.html",
        "Report.md",
        "sub folder/inner.txt",
        "slides.pptx",
        "latin1-name-\ufffd.txt",
        "self-loop.txt",
        "loop",
        "dangling.txt",
        "link to good.txt",
        "pipe.txt",
    ]
    return names + ([] if IS_ROOT else ["locked.txt", "closed folder"])


@pytest.mark.parametrize("source", _hostile_cases())
def test_hostile_entry_gets_the_expected_status_and_reason(hostile_run, source):
    expect, processed, _result = hostile_run
    documents = load_table("documents", processed).set_index("source_path")
    row, want = documents.loc[source], expect[source]
    assert row["status"] == want.status, row["error"]
    assert want.reason in row["error"]
    if want.encoding:
        assert row["encoding"] == want.encoding
    if want.language:
        assert row["language"] == want.language
    if want.warning:
        assert want.warning in row["warning"]


@pytest.mark.skipif(not IS_ROOT, reason="the chmod 000 case covers unreadable files for non-root users")
def test_root_cannot_be_stopped_by_chmod_so_a_fifo_stands_in_for_the_unreadable_file(hostile_run):
    expect, _processed, _result = hostile_run
    assert expect["pipe.txt"].status == "error"


def test_readable_hostile_documents_are_processed(hostile_run):
    _expect, processed, _result = hostile_run
    documents = load_table("documents", processed)
    ok = documents[documents["status"] == "ok"]
    entities = load_table("entities", processed)
    for doc_id in ok["doc_id"]:
        assert load_text(doc_id, processed).strip()
        assert "Belarus" in set(entities.loc[entities["doc_id"] == doc_id, "text"]), doc_id


def test_decoded_legacy_text_is_the_original_text(hostile_run):
    _expect, processed, _result = hostile_run
    documents = load_table("documents", processed).set_index("source_path")
    for source in ("latin-1.txt", "utf-16 export.txt"):
        text = load_text(documents.loc[source, "doc_id"], processed)
        assert "Café Society forum in Genève heard from Zoë Müller" in text


@pytest.mark.parametrize("spec", [DOCUMENTS, ENTITIES, DATES, DEMANDS], ids=lambda s: s.name)
def test_hostile_tables_are_valid_csv_with_the_documented_columns(hostile_run, spec):
    _expect, processed, _result = hostile_run
    frame = pd.read_csv(processed / spec.filename, dtype=str, keep_default_na=False)
    assert tuple(frame.columns) == spec.columns


@pytest.mark.parametrize(("table", "surface"), [("entities", "text"), ("dates", "text"), ("demands", "demand")])
def test_hostile_offsets_point_at_the_surface_text(hostile_run, table, surface):
    _expect, processed, _result = hostile_run
    frame = load_table(table, processed)
    assert len(frame) > 0
    for row in frame.itertuples():
        assert load_text(row.doc_id, processed)[row.start_char : row.end_char] == getattr(row, surface)


def test_doc_ids_are_safe_file_names(hostile_run):
    _expect, processed, _result = hostile_run
    for doc_id in load_table("documents", processed)["doc_id"]:
        assert doc_id and not doc_id.startswith(("-", ".")) and " " not in doc_id and "/" not in doc_id


def test_no_temporary_files_are_left_behind(hostile_run):
    _expect, processed, _result = hostile_run
    assert not list(processed.rglob("*.tmp"))


# --- reading, unit level ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding", "expected"),
    [
        (RUSSIAN.encode("cp1251"), "cp1251", RUSSIAN),
        (BELARUSIAN.encode("cp1251"), "cp1251", BELARUSIAN),
        (RUSSIAN.encode("koi8_r"), "koi8_r", RUSSIAN),
        (ACCENTED.encode("latin-1"), "cp1252", ACCENTED),
        ("Zoë".encode("latin-1"), "cp1252", "Zoë"),  # one accented letter: cp1251 would also fit
        ((ENGLISH * 3).encode("utf-16-le"), "utf-16-le", ENGLISH * 3),  # UTF-16 without a BOM
        (ENGLISH.encode("utf-32"), "utf-32", ENGLISH),
        (ACCENTED.encode("utf-8-sig"), "utf-8-sig", ACCENTED),
    ],
)
def test_encodings_are_detected_and_recorded(data, encoding, expected):
    decoded = decode(data)
    assert decoded.encoding == encoding
    assert decoded.text.lstrip("\ufeff") == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (RUSSIAN, "ru"),
        (BELARUSIAN, "be"),
        (RUSSIAN[:80], "ru"),
        (ENGLISH, "en"),
        ("Minsk, 2021.", ""),
        (NAMES, ""),  # unsure: kept (as English) rather than dropped
        (FRENCH, "fr"),
    ],
)
def test_language_of_cyrillic_and_english_text(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize(("limit_mb", "status"), [(0.0001, "skipped"), (1, "ok")])
def test_file_size_limit_is_configurable(tmp_path, limit_mb, status):
    path = tmp_path / "note.txt"
    path.write_bytes(ENGLISH.encode())
    raw = read_file(path, "note", tmp_path, max_bytes=int(limit_mb * 1_000_000))
    assert raw.document.status == status


def test_text_length_limit_is_configurable(tmp_path):
    path = tmp_path / "note.txt"
    path.write_bytes(ENGLISH.encode())
    document, text = prepare_document(path, "note", tmp_path, max_chars=100)
    assert document.status == "skipped" and "--max-chars" in document.error and text == ""
    assert prepare_document(path, "note", tmp_path, max_chars=10_000)[0].status == "ok"


def test_a_five_megabyte_line_is_read_and_cleaned_quickly(tmp_path):
    path = tmp_path / "line.txt"
    path.write_bytes((ENGLISH.replace("\n", " ") * 15_000).encode())
    started = time.monotonic()
    document, _text = prepare_document(path, "line", tmp_path)
    assert time.monotonic() - started < 60
    assert document.n_chars > 4_000_000 and "text too long" in document.error


def test_ids_ignore_case_and_are_capped_in_length(tmp_path):
    paths = [tmp_path / "Report.txt", tmp_path / "report.txt", tmp_path / ("x" * 400 + ".txt")]
    ids = make_doc_ids(paths, tmp_path)
    assert len({i.casefold() for i in ids.values()}) == 3
    assert max(len(i) for i in ids.values()) <= 100


def test_symlinked_folders_are_listed_not_followed(tmp_path):
    (tmp_path / "a.txt").write_text(ENGLISH)
    (tmp_path / "again").symlink_to(".", target_is_directory=True)
    assert [p.name for p in discover(tmp_path)] == ["a.txt", "again"]


# --- long documents: parsed in pieces ----------------------------------------------------------


@pytest.mark.parametrize("max_chars", [1, 7, 50, 400])
@pytest.mark.parametrize(
    "text", ["", "x" * 1_000, ENGLISH * 5, "One.\n\nTwo.\nThree. Four? Five! Six seven", "\n\n\n\n" * 30]
)
def test_chunks_cover_the_text_exactly_and_respect_the_limit(text, max_chars):
    chunks = chunk_text(text, max_chars)
    assert "".join(piece for _, piece in chunks) == text
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in chunks)
    assert all(len(piece) <= max_chars for _, piece in chunks)


def test_chunks_are_cut_at_paragraph_breaks_when_there_is_one():
    text = "First paragraph here.\n\nSecond paragraph, somewhat longer.\n\nThird."
    assert next(piece for _, piece in chunk_text(text, 40)) == "First paragraph here.\n\n"


def test_a_text_parsed_in_pieces_keeps_its_offsets(nlp):
    text = (ENGLISH + "\n") * 6
    found = []
    for offset, piece in chunk_text(text, 400):
        extraction = shift_extraction(extract_document(nlp(piece), "d", "2023-03-12"), offset)
        found.extend([(r.start_char, r.end_char, r.text) for r in extraction.entities + extraction.dates])
        found.extend([(r.start_char, r.end_char, r.demand) for r in extraction.demands])
    assert len(found) > 10
    assert all(text[start:end] == surface for start, end, surface in found)
    # every piece finds what the block finds on its own: nothing is lost at the cuts
    per_block = extract_document(nlp(ENGLISH), "d", "2023-03-12")
    assert len(found) == 6 * (len(per_block.entities) + len(per_block.dates) + len(per_block.demands))


def test_extract_stage_parses_a_document_longer_than_one_chunk(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "long.txt").write_text((ENGLISH + "\n") * 40, encoding="utf-8")
    processed = tmp_path / "processed"
    # Environment, not monkeypatching the code under test: a small chunk size for a small text.
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    code = (
        "import sys; from pipeline import config; config.NLP_CHUNK_CHARS = 1000; "
        "from pipeline.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    args = ["run", "--raw", str(raw), "--processed", str(processed)]
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stderr
    text = load_text("long", processed)
    entities = load_table("entities", processed)
    assert (entities["text"] == "Minsk").sum() == 40
    assert all(text[r.start_char : r.end_char] == r.text for r in entities.itertuples())
    assert entities["sent_id"].max() >= 40 * 3 - 1  # sentence numbers continue across pieces


# --- interruption ------------------------------------------------------------------------------


def _snapshot(processed: Path) -> dict[str, bytes]:
    return {p.relative_to(processed).as_posix(): p.read_bytes() for p in sorted(processed.rglob("*")) if p.is_file()}


def _assert_complete_tables(processed: Path, before: dict[str, bytes]) -> None:
    """Every table is either exactly the previous one or a complete new one; nothing half-written."""
    for spec in (DOCUMENTS, ENTITIES, DATES, DEMANDS):
        data = (processed / spec.filename).read_bytes()
        if data == before[spec.filename]:
            continue
        frame = pd.read_csv(processed / spec.filename, dtype=str, keep_default_na=False)
        assert tuple(frame.columns) == spec.columns
        assert data.endswith(b"\n")


def test_a_run_killed_mid_way_leaves_the_previous_outputs_and_the_next_run_completes(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(config.BUNDLED_RAW_DIR, raw)
    processed = tmp_path / "processed"
    started = time.monotonic()
    assert run_cli("run", "--raw", str(raw), "--processed", str(processed)).returncode == 0
    duration = time.monotonic() - started
    before = _snapshot(processed)

    # New input, so that a completed second run would change every table.
    for n in range(8):
        (raw / f"new-{n}.txt").write_text(ENGLISH * 5 * (n + 1), encoding="utf-8")
    command = [sys.executable, "-m", "pipeline", "run", "--raw", str(raw), "--processed", str(processed)]
    killed_while_running = 0
    for fraction in (0.3, 0.6, 0.9):
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(duration * fraction)
        killed_while_running += process.poll() is None
        process.send_signal(signal.SIGKILL)
        process.wait()
        _assert_complete_tables(processed, before)
        for name in ("documents.csv", "entities.csv", "dates.csv", "demands.csv"):
            assert (processed / name).exists()

    assert killed_while_running >= 2  # the kills really interrupted runs (the 2nd run has more to do)
    result = run_cli("run", "--raw", str(raw), "--processed", str(processed))
    assert result.returncode == 0, result.stderr
    assert not list(processed.rglob("*.tmp"))
    clean = tmp_path / "clean"
    assert run_cli("run", "--raw", str(raw), "--processed", str(clean)).returncode == 0
    assert _snapshot(processed) == _snapshot(clean)


def test_an_interrupted_write_keeps_the_old_file(tmp_path):
    target = tmp_path / "table.csv"
    write_atomic(target, "a,b\n1,2\n")

    with pytest.raises(TypeError):
        write_atomic(target, 12345)  # type: ignore[arg-type]
    assert target.read_text() == "a,b\n1,2\n"
    assert not list(tmp_path.glob(".*.tmp"))


def test_stale_temporary_files_from_a_killed_run_are_removed(tmp_path):
    (tmp_path / ".documents.csv.abc123.tmp").write_text("half")
    (tmp_path / "documents.csv").write_text("doc_id\n")
    removed = remove_stale_temporaries(tmp_path)
    assert [p.name for p in removed] == [".documents.csv.abc123.tmp"]
    assert (tmp_path / "documents.csv").exists()


# --- exit codes and messages -------------------------------------------------------------------


def _user_error_cases(tmp_path: Path) -> list[tuple[tuple[str, ...], str]]:
    a_file = tmp_path / "a-file.txt"
    a_file.write_text("not a folder")
    raw = str(config.BUNDLED_RAW_DIR)
    return [
        (("run", "--raw", str(tmp_path / "missing"), "--processed", str(tmp_path / "p")), "raw folder not found"),
        (("read", "--raw", str(a_file), "--processed", str(tmp_path / "p")), "raw path is not a folder"),
        (("run", "--raw", raw, "--processed", str(tmp_path / "p"), "--model", "no_such_model"), "not installed"),
        (("run", "--raw", raw, "--processed", str(a_file)), "not a folder"),
        (("read", "--raw", raw, "--processed", str(a_file / "sub")), "cannot create output folder"),
        (("extract", "--processed", str(tmp_path / "nothing-here")), "run `python -m pipeline read` first"),
        (("read", "--raw", str(tmp_path), "--processed", str(tmp_path)), "must not be the raw folder"),
        (("read", "--raw", raw, "--processed", str(tmp_path / "p"), "--max-file-mb", "0"), "positive"),
        (("run", "--raw", raw, "--processed", str(tmp_path / "p"), "--max-chars", "-5"), "positive"),
    ]


@pytest.mark.parametrize("case", range(9))
def test_user_errors_give_one_clear_line_and_a_non_zero_exit(tmp_path, case):
    args, message = _user_error_cases(tmp_path)[case]
    result = run_cli(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_an_unknown_model_is_reported_before_any_file_is_read(tmp_path):
    processed = tmp_path / "p"
    raw = str(config.BUNDLED_RAW_DIR)
    result = run_cli("run", "--raw", raw, "--processed", str(processed), "--model", "no_such_model")
    assert result.returncode == 2
    assert not (processed / "documents.csv").exists()


@pytest.mark.skipif(IS_ROOT, reason="root can write into a read-only folder; covered by the path-under-a-file case")
def test_a_read_only_output_folder_is_reported(tmp_path):
    processed = tmp_path / "p"
    processed.mkdir()
    processed.chmod(0o555)
    try:
        result = run_cli("read", "--raw", str(config.BUNDLED_RAW_DIR), "--processed", str(processed))
    finally:
        processed.chmod(0o755)
    assert result.returncode == 2 and "not writable" in result.stderr


def test_a_corrupt_documents_table_is_reported(tmp_path):
    (tmp_path / "documents.csv").write_text('doc_id,status\n"unterminated\n', encoding="utf-8")
    result = run_cli("extract", "--processed", str(tmp_path))
    assert result.returncode == 2
    assert "not a valid documents table" in result.stderr and "Traceback" not in result.stderr


def test_an_output_folder_inside_the_raw_folder_is_not_read_back(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(ENGLISH, encoding="utf-8")
    for _ in range(2):
        result = run_cli("read", "--raw", str(raw), "--processed", str(raw / "out"))
        assert result.returncode == 0, result.stderr
    assert list(load_table("documents", raw / "out")["source_path"]) == ["a.txt"]


def test_a_document_whose_extraction_fails_gets_an_error_row_and_the_others_are_kept(tmp_path, monkeypatch):
    import pipeline.run.jobs
    import pipeline.run.stages

    raw, processed = tmp_path / "raw", tmp_path / "processed"
    raw.mkdir()
    for name in ("fine", "broken"):
        (raw / f"{name}.txt").write_text(ENGLISH, encoding="utf-8")
    pipeline.run.stages.read_stage(raw, processed)
    real = pipeline.run.jobs.extract_document

    def failing_for_one(doc, doc_id, published="", gazetteer=None):  # fault injection in a dependency
        if doc_id == "broken":
            raise ValueError("simulated extractor bug")
        return real(doc, doc_id, published, gazetteer)

    monkeypatch.setattr(pipeline.run.jobs, "extract_document", failing_for_one)
    pipeline.run.stages.extract_stage(processed)
    documents = load_table("documents", processed).set_index("doc_id")
    assert documents.loc["broken", "status"] == "error"
    assert "simulated extractor bug" in documents.loc["broken", "error"]
    assert documents.loc["fine", "status"] == "ok"
    assert set(load_table("entities", processed)["doc_id"]) == {"fine"}


def test_a_missing_cleaned_text_becomes_an_error_row_not_a_crash(tmp_path):
    raw, processed = tmp_path / "raw", tmp_path / "processed"
    raw.mkdir()
    for name in ("kept", "lost"):
        (raw / f"{name}.txt").write_text(ENGLISH, encoding="utf-8")
    assert run_cli("read", "--raw", str(raw), "--processed", str(processed)).returncode == 0
    (processed / config.TEXT_SUBDIR / "lost.txt").unlink()
    result = run_cli("extract", "--processed", str(processed))
    assert result.returncode == 0, result.stderr
    documents = load_table("documents", processed).set_index("doc_id")
    assert documents.loc["lost", "status"] == "error" and "read" in documents.loc["lost", "error"]
    assert documents.loc["kept", "status"] == "ok"


# --- Trust boundaries (issue 19) -------------------------------------------------------------------


def test_links_leading_outside_the_raw_folder_and_zero_size_special_files_are_never_read(tmp_path):
    from pipeline.run.stages import read_stage

    raw, processed = tmp_path / "raw", tmp_path / "processed"
    raw.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("The vault code is swordfish, kept outside the corpus.\n", encoding="utf-8")
    (raw / "passwd.txt").symlink_to(secret)
    (raw / "statement.txt").write_text(ENGLISH, encoding="utf-8")
    (raw / "alias.txt").symlink_to(raw / "statement.txt")  # a link that stays inside raw/ is read
    if Path("/proc/self/status").exists():
        (raw / "status.txt").symlink_to("/proc/self/status")
    documents = {d.source_path: d for d in read_stage(raw, processed)}
    for name in ("passwd.txt", "status.txt") if Path("/proc/self/status").exists() else ("passwd.txt",):
        assert documents[name].status == "skipped" and "outside the raw folder" in documents[name].error, name
        assert documents[name].sha256 == ""  # never opened
    assert documents["alias.txt"].status == documents["statement.txt"].status == "ok"
    written = [p for p in processed.rglob("*") if p.is_file()]
    assert written and not any(b"swordfish" in p.read_bytes() or b"VmRSS" in p.read_bytes() for p in written)

    # A special file of size 0 that makes up its content when read (/proc) is never read, even
    # when it lies inside the folder given as raw.
    if Path("/proc/self/status").exists():
        status = read_file(Path("/proc/self/status"), "status", Path("/proc/self"))
        assert (status.document.status, status.document.error, status.text) == ("skipped", "empty file", "")


def _assert_tables_match_texts(processed: Path) -> None:
    """Every row with offsets points at its own text in the cleaned texts beside the tables."""
    texts: dict[str, str] = {}

    def text_of(doc_id: str) -> str:
        if doc_id not in texts:
            texts[doc_id] = (processed / config.TEXT_SUBDIR / f"{doc_id}.txt").read_text(encoding="utf-8")
        return texts[doc_id]

    for name, column in (("entities", "text"), ("dates", "text"), ("demands", "demand")):
        if not (processed / f"{name}.csv").exists():
            continue
        for row in load_table(name, processed).itertuples():
            assert text_of(row.doc_id)[row.start_char : row.end_char] == getattr(row, column), (name, row)
    if (processed / "pages.csv").exists():
        for row in load_table("pages", processed).itertuples():
            assert 0 <= row.start_char <= row.end_char <= len(text_of(row.doc_id))


def test_a_kill_during_the_read_stage_never_leaves_tables_pointing_into_changed_texts(tmp_path):
    """SIGKILL a real run at the moments that matter (the new text version being written, just
    after the switch, during extraction): the tables beside the texts always match them."""
    raw, processed = tmp_path / "raw", tmp_path / "processed"
    raw.mkdir()
    for n in range(60):
        (raw / f"statement-{n:02d}.txt").write_text(ENGLISH * (1 + n % 3), encoding="utf-8")
    assert run_cli("run", "--raw", str(raw), "--processed", str(processed)).returncode == 0
    _assert_tables_match_texts(processed)
    assert len(load_table("entities", processed))

    def changed(n: int) -> None:  # every text changes, so every old offset would point elsewhere
        for path in sorted(raw.glob("*.txt")):
            path.write_text(f"Update {n}:" + " revised" * (n + 1) + ".\n\n" + ENGLISH * 2, encoding="utf-8")

    text_dir = processed / config.TEXT_SUBDIR
    moments = (  # each gets the number of the update under way
        lambda n: any(p.is_dir() for p in processed.glob(".text-next-*")),  # the new version being written
        lambda n: f"Update {n}:" in (text_dir / "statement-00.txt").read_text(encoding="utf-8"),  # just switched
        lambda n: f"Update {n}:" in (processed / "documents.csv").read_text(encoding="utf-8"),  # extracting
    )
    command = [sys.executable, "-m", "pipeline", "run", "--raw", str(raw), "--processed", str(processed)]
    interrupted = []
    for n, reached in enumerate(moments):
        changed(n)
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while process.poll() is None:
            with contextlib.suppress(OSError):
                if reached(n):
                    break
        process.send_signal(signal.SIGKILL)
        interrupted.append(process.wait() == -signal.SIGKILL)
        _assert_tables_match_texts(processed)
    assert interrupted.count(True) >= 2  # the kills really cut runs short

    result = run_cli("run", "--raw", str(raw), "--processed", str(processed))
    assert result.returncode == 0, result.stderr
    _assert_tables_match_texts(processed)
    assert len(load_table("entities", processed)) and not list(processed.glob(".text-*"))


def test_outputs_honour_the_umask(tmp_path):
    """Tables, texts and cache entries get the mode a plain `open` gives (0644 under umask 022),
    not the 0600 of a temporary file, so colleagues on a shared machine can read them."""
    raw, processed = tmp_path / "raw", tmp_path / "processed"
    raw.mkdir()
    (raw / "statement.txt").write_text(ENGLISH, encoding="utf-8")
    previous = os.umask(0o022)
    try:
        assert run_cli("run", "--raw", str(raw), "--processed", str(processed)).returncode == 0
    finally:
        os.umask(previous)
    files = [p for p in processed.rglob("*") if p.is_file()]
    assert {"documents.csv", "entities.csv", "statement.txt", "statement.json"} <= {p.name for p in files}
    assert {oct(p.stat().st_mode & 0o777) for p in files} == {oct(0o644)}
    assert {oct(p.stat().st_mode & 0o777) for p in processed.rglob("*") if p.is_dir()} == {oct(0o755)}
