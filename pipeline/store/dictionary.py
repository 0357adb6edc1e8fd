"""The data dictionary written next to the tables: processed/README.md and a Frictionless
datapackage.json (issue 20), so the tables can be sent on without the repository.

One source of truth: the columns and their order come from the table specs (`pipeline.store.tables`
and the extractor registry), their types from the record dataclasses (`pipeline.records`), their meaning from
`pipeline/data/table_columns.json` (a test checks that every column of every table is described).
"""

from __future__ import annotations

import json
import typing
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline import __version__, config
from pipeline.extract import registry
from pipeline.records import Document, IndexedEntity, PageSpan
from pipeline.store.atomic import write_if_changed
from pipeline.store.manifest import MANIFEST_NAME
from pipeline.store.tables import DOCUMENTS, ENTITY_INDEX, PAGES, TableSpec
from pipeline.store.writers import DEFAULT_FORMAT, table_path

DESCRIPTIONS_FILE = config.DATA_DIR / "table_columns.json"
README_NAME = "README.md"
DATAPACKAGE_NAME = "datapackage.json"

UNDESCRIBED = "(not described yet: add it to pipeline/data/table_columns.json)"


def table_records() -> tuple[tuple[TableSpec, type], ...]:
    """Every table the pipeline writes, with the record of one row: the read stage's, every
    registered extractor's (a new extractor describes its columns in table_columns.json), the index."""
    return (
        (DOCUMENTS, Document),
        *((extractor.table, extractor.record) for extractor in registry.EXTRACTORS),
        (ENTITY_INDEX, IndexedEntity),
        (PAGES, PageSpan),
    )


_FORMAT_NOTES = {
    "csv": "All tables are UTF-8 CSV with a header",
    "parquet": "All tables are Parquet files (every cell stored as text, as in the CSV)",
}

# Frictionless table-schema types of the record fields' Python types.
_FRICTIONLESS = {str: "string", int: "integer", bool: "boolean", float: "number"}


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # Frictionless type: string, integer, boolean, number
    description: str


@dataclass(frozen=True)
class TableDoc:
    spec: TableSpec
    rows: str  # what one row is
    columns: tuple[Column, ...]


@cache
def _descriptions() -> dict:
    return json.loads(DESCRIPTIONS_FILE.read_text(encoding="utf-8"))


def table_docs() -> list[TableDoc]:
    """Every table with its columns in file order, their types and meanings."""
    described = _descriptions()
    docs = []
    for spec, record in table_records():
        hints = typing.get_type_hints(record)
        # a table or column without a description is written as such, never a failed run (a test
        # keeps the shipped ones complete)
        entry = described.get(spec.name, {"rows": spec.name, "columns": {}})
        columns = tuple(
            Column(name, _FRICTIONLESS.get(hints.get(name), "string"), entry["columns"].get(name, UNDESCRIBED))
            for name in spec.columns
        )
        docs.append(TableDoc(spec, entry["rows"], columns))
    return docs


def render_readme(fmt: str = DEFAULT_FORMAT) -> str:
    """processed/README.md: what each table is, and every column's type and meaning."""
    lines = [
        "# The tables in this folder",
        "",
        f"Written by the human-rights documents pipeline (version {__version__}); this file is generated,",
        "do not edit it. " + _FORMAT_NOTES.get(fmt, f"Tables are {fmt} files") + ", one observation per row, sorted",
        "by their identifier columns. An empty cell means unknown or not applicable.",
        "",
        f"- `start_char`/`end_char` are offsets into the cleaned text in `{config.TEXT_SUBDIR}/<doc_id>.txt`:",
        "  `text[start_char:end_char]` is the row's surface text (Python string indices, Unicode code points).",
        "- A text cell that would start with `=`, `+`, `-`, `@`, a tab or a carriage return is written",
        "  with a leading `'`, so spreadsheet programs do not run it as a formula; strip a `'` that",
        "  precedes one of those characters to get the text back.",
        f"- `{MANIFEST_NAME}` names the raw folder the tables were made from and a hash of every file read.",
        f"- `{DATAPACKAGE_NAME}` describes the same tables in the Frictionless Data Package standard.",
        "",
    ]
    for doc in table_docs():
        lines += [f"## `{table_path(doc.spec, Path(), fmt).name}`: {doc.rows}", ""]
        if doc.spec.sort_by:
            lines += [f"Sorted by {', '.join(f'`{c}`' for c in doc.spec.sort_by)}.", ""]
        lines += ["| column | type | meaning |", "| --- | --- | --- |"]
        lines += [f"| {c.name} | {c.type} | {c.description.replace('|', chr(92) + '|')} |" for c in doc.columns]
        lines.append("")
    return "\n".join(lines)


def render_datapackage(fmt: str = DEFAULT_FORMAT) -> str:
    """datapackage.json (Frictionless Data Package, tabular resources with a table schema)."""
    resources = []
    for doc in table_docs():
        schema = {"fields": [{"name": c.name, "type": c.type, "description": c.description} for c in doc.columns]}
        # the identifier columns are a key only where they name one row: doc_id (documents),
        # entity_id (entity_index), doc_id + page (pages); mention tables may repeat a span
        if doc.spec in (DOCUMENTS, ENTITY_INDEX, PAGES):
            schema["primaryKey"] = list(doc.spec.sort_by)
        resources.append(
            {
                "name": doc.spec.name.replace("_", "-"),
                "path": table_path(doc.spec, Path(), fmt).name,
                "profile": "tabular-data-resource",
                "format": fmt,
                **({"mediatype": "text/csv", "encoding": "utf-8"} if fmt == "csv" else {}),
                "description": doc.rows,
                "schema": schema,
            }
        )
    package = {"profile": "tabular-data-package", "name": "human-rights-tables", "resources": resources}
    return json.dumps(package, indent=2, ensure_ascii=False) + "\n"


def write_dictionary(processed_dir: Path, fmt: str = DEFAULT_FORMAT) -> None:
    """Write README.md and datapackage.json into the processed folder (only when they changed)."""
    write_if_changed(Path(processed_dir) / README_NAME, render_readme(fmt))
    write_if_changed(Path(processed_dir) / DATAPACKAGE_NAME, render_datapackage(fmt))
