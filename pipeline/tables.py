"""Table declarations and the one writer every stage uses.

Each table is declared once: its columns (in order) and its sort keys. Writing is atomic
(temporary file in the same folder, then rename) so an interrupted run never leaves a
half-written table, and deterministic (fixed column order, sorted rows, "\\n" line endings) so
the same inputs give byte-identical files.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields, is_dataclass
from pathlib import Path

import pandas as pd

from pipeline.records import DateMention, Demand, Document, EntityMention, IndexedEntity, PageSpan


@dataclass(frozen=True)
class TableSpec:
    name: str  # file name without .csv
    columns: tuple[str, ...]
    sort_by: tuple[str, ...]

    @property
    def filename(self) -> str:
        return f"{self.name}.csv"


def _columns(record_type: type, first: tuple[str, ...]) -> tuple[str, ...]:
    """Identifier columns first, then the record's other fields in declaration order."""
    rest = tuple(f.name for f in fields(record_type) if f.name not in first)
    return first + rest


DOCUMENTS = TableSpec("documents", _columns(Document, ("doc_id",)), ("doc_id",))
ENTITIES = TableSpec(
    "entities",
    _columns(EntityMention, ("doc_id", "start_char", "end_char", "entity_id")),
    ("doc_id", "start_char", "end_char", "label"),
)
# one row per canonical entity over the whole corpus (pipeline.entity_index)
ENTITY_INDEX = TableSpec("entity_index", _columns(IndexedEntity, ("entity_id",)), ("entity_id",))
DATES = TableSpec(
    "dates", _columns(DateMention, ("doc_id", "start_char", "end_char")), ("doc_id", "start_char", "end_char")
)
DEMANDS = TableSpec(
    "demands", _columns(Demand, ("doc_id", "start_char", "end_char")), ("doc_id", "start_char", "end_char")
)
# Page spans of PDF documents: an offset o of a PDF document lies on the page with start_char <= o < end_char.
PAGES = TableSpec("pages", _columns(PageSpan, ("doc_id", "page")), ("doc_id", "page"))

# Cells starting with these characters are read as formulas by spreadsheet programs (OWASP
# "CSV injection"). We prefix such cells with a single quote; `pipeline.load` removes it again.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value: object) -> object:
    """Prefix a text cell that a spreadsheet would execute as a formula with a single quote.

    A cell that already starts with quotes before such a character ("'=x") gets one more, so
    that `restore_formula` gives every cell back exactly.

    >>> neutralise_formula("=HYPERLINK(...)")
    "'=HYPERLINK(...)"
    >>> neutralise_formula("Belarus")
    'Belarus'
    """
    if isinstance(value, str) and value.lstrip("'").startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def restore_formula(value: object) -> object:
    """Undo `neutralise_formula` when reading a table back."""
    if isinstance(value, str) and value.startswith("'") and value.lstrip("'").startswith(FORMULA_PREFIXES):
        return value[1:]
    return value


def to_frame(records: Iterable[object], spec: TableSpec) -> pd.DataFrame:
    """Records (dataclasses or dicts) to a DataFrame with the table's columns and row order."""
    rows = [asdict(r) if is_dataclass(r) else dict(r) for r in records]
    frame = pd.DataFrame(rows, columns=list(spec.columns))
    if not frame.empty:
        frame = frame.sort_values(list(spec.sort_by), kind="stable").reset_index(drop=True)
    return frame


def write_table(records: Iterable[object], spec: TableSpec, folder: Path) -> Path:
    """Write records as `<folder>/<spec.filename>`, atomically and deterministically."""
    frame = to_frame(records, spec)
    has_carriage_return = False
    for column in frame.columns:
        if frame[column].dtype == object or pd.api.types.is_string_dtype(frame[column]):
            frame[column] = frame[column].map(neutralise_formula)
            has_carriage_return |= bool(frame[column].map(lambda v: isinstance(v, str) and "\r" in v).any())
    path = Path(folder) / spec.filename
    # Python's csv writer quotes a cell containing "\n" (our line terminator) but not one
    # containing a lone "\r", which spreadsheets and most readers take as a line break. Such
    # cells are rare (a file name or page title with a stray CR); when there is one, every text
    # cell of that table is quoted, so the file still parses to exactly the cells written.
    quoting = csv.QUOTE_NONNUMERIC if has_carriage_return else csv.QUOTE_MINIMAL
    write_atomic(path, frame.to_csv(index=False, lineterminator="\n", quoting=quoting))
    return path


def write_atomic(path: Path, content: str) -> None:
    """Write text to `path` so that readers see either the old file or the new one, never half."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened (Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete temporary files left by a run that was killed mid-write (`.<name>.<random>.tmp`).

    They are never read (the finished file only appears by rename), so this is tidying, not
    recovery. Two runs writing into the same folder at once are not supported.
    """
    removed = []
    for stale in sorted(Path(folder).glob(".*.tmp")):
        if stale.is_file():
            stale.unlink(missing_ok=True)
            removed.append(stale)
    return removed
