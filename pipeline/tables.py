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
    rows = [_as_dict(r) for r in records]
    frame = pd.DataFrame(rows, columns=list(spec.columns))
    if not frame.empty:
        frame = frame.sort_values(list(spec.sort_by), kind="stable").reset_index(drop=True)
    return frame


def write_table(records: Iterable[object], spec: TableSpec, folder: Path) -> Path:
    """Write records as `<folder>/<spec.filename>`, atomically and deterministically."""
    path = Path(folder) / spec.filename
    write_if_changed(path, _frame_csv(to_frame(records, spec), header=True))
    return path


def write_if_changed(path: Path, content: str) -> bool:
    """`write_atomic`, unless the file already holds exactly `content`: its time then stays, so
    make (which compares file times) does not re-run the stages after an unchanged table."""
    path = Path(path)
    data = content.encode("utf-8")
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
    except OSError:
        pass
    write_atomic(path, data)
    return True


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write text (as UTF-8) or bytes to `path` so that readers see the old file or the new one, never half."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
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


# --- Streaming writer (issue 9) --------------------------------------------------------------
# Large corpora must not be held in memory: the extract stage writes each batch of documents as
# soon as it is done. The bytes are the same as `write_table` on all the rows at once, because
# batches arrive in doc_id order, every table sorts by doc_id first, and each batch goes through
# the same sort, formula neutralisation and pandas CSV formatting.


class TableWriter:
    """Write a table batch by batch into a temporary file; rename it into place on success.

    Use as a context manager: on an exception the temporary file is removed and the previous
    table (if any) is left untouched. Batches must come in non-decreasing doc_id order.
    """

    def __init__(self, spec: TableSpec, folder: Path) -> None:
        self.spec = spec
        self.path = Path(folder) / spec.filename
        self.n_rows = 0
        self._last_doc_id = ""
        self._handle = None
        self._tmp = ""

    def __enter__(self) -> TableWriter:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp")
        self._handle = os.fdopen(fd, "w", encoding="utf-8", newline="")
        self._handle.write(_frame_csv(to_frame([], self.spec), header=True))
        return self

    def write(self, records: Iterable[object]) -> None:
        """Append the rows of whole documents (sorted here, like `write_table` does)."""
        frame = to_frame(records, self.spec)
        if frame.empty:
            return
        first = str(frame["doc_id"].iloc[0])
        if first < self._last_doc_id:
            raise ValueError(f"{self.spec.name}: batch starting at doc_id {first!r} after {self._last_doc_id!r}")
        self._last_doc_id = str(frame["doc_id"].iloc[-1])
        self._handle.write(_frame_csv(frame, header=False))
        self.n_rows += len(frame)

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self._handle.flush()
                os.fsync(self._handle.fileno())
            self._handle.close()
            if exc_type is None:
                os.replace(self._tmp, self.path)
                _fsync_folder(self.path.parent)
        finally:
            Path(self._tmp).unlink(missing_ok=True)


def _as_dict(record: object) -> dict:
    # vars() rather than asdict() for our flat records: asdict's deep copy dominates at scale.
    if is_dataclass(record):
        return vars(record) if hasattr(record, "__dict__") else asdict(record)
    return dict(record)


def _frame_csv(frame: pd.DataFrame, header: bool) -> str:
    """The CSV text of a table's rows: neutralised text cells, "\\n" line endings."""
    has_carriage_return = False
    for column in frame.columns:
        if frame[column].dtype == object or pd.api.types.is_string_dtype(frame[column]):
            frame[column] = frame[column].map(neutralise_formula)
            has_carriage_return |= bool(frame[column].map(lambda v: isinstance(v, str) and "\r" in v).any())
    # Python's csv writer quotes a cell containing "\n" (our line terminator) but not one
    # containing a lone "\r", which spreadsheets and most readers take as a line break. Such
    # cells are rare (a file name or page title with a stray CR); when there is one, every text
    # cell of those rows is quoted, so the file still parses to exactly the cells written.
    quoting = csv.QUOTE_NONNUMERIC if has_carriage_return else csv.QUOTE_MINIMAL
    return frame.to_csv(index=False, header=header, lineterminator="\n", quoting=quoting)
