"""Table declarations: each table once, with its columns (in order) and its sort keys, and the
deterministic CSV form of its rows (fixed column order, sorted rows, formula cells neutralised,
"\\n" line endings) so the same inputs give byte-identical files. Writing is in `writers`."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields, is_dataclass

import pandas as pd

from pipeline.records import Document, IndexedEntity, PageSpan


@dataclass(frozen=True)
class TableSpec:
    name: str  # file name without .csv
    columns: tuple[str, ...]
    sort_by: tuple[str, ...]

    @property
    def filename(self) -> str:
        return f"{self.name}.csv"


def table_columns(record_type: type, first: tuple[str, ...]) -> tuple[str, ...]:
    """Identifier columns first, then the record's other fields in declaration order."""
    rest = tuple(f.name for f in fields(record_type) if f.name not in first)
    return first + rest


DOCUMENTS = TableSpec("documents", table_columns(Document, ("doc_id",)), ("doc_id",))
# one row per canonical entity over the whole corpus (pipeline.extract.entity_index)
ENTITY_INDEX = TableSpec("entity_index", table_columns(IndexedEntity, ("entity_id",)), ("entity_id",))
# Page spans of PDF documents: an offset o of a PDF document lies on the page with start_char <= o < end_char.
PAGES = TableSpec("pages", table_columns(PageSpan, ("doc_id", "page")), ("doc_id", "page"))

# Cells starting with these characters are read as formulas by spreadsheet programs (OWASP
# "CSV injection"). We prefix such cells with a single quote; `pipeline.store.load` removes it again.
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


def _as_dict(record: object) -> dict:
    # vars() rather than asdict() for our flat records: asdict's deep copy dominates at scale.
    if is_dataclass(record):
        return vars(record) if hasattr(record, "__dict__") else asdict(record)
    return dict(record)


def frame_csv(frame: pd.DataFrame, header: bool) -> str:
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
