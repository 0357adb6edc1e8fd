"""Table writers, one per output format, in a registry keyed by format name.

Every format gives two ways to write a table, both atomic (a temporary file renamed into place,
so a reader or a killed run never sees half a table): `write_table` for all rows at once, and
`TableWriter` for rows that arrive batch by batch in doc_id order (the extract stage streams).
CSV is the default and the reference: its bytes are fixed (see `pipeline.store.tables`). Parquet
(`--format parquet`, needs pyarrow) holds the same columns and rows with every cell as text.

A new format is one class with `write_all` and a streaming writer, registered with
`@register_format(name, suffix)`.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Protocol

import pandas as pd

from pipeline.store.atomic import fsync_folder, honour_umask, write_if_changed
from pipeline.store.tables import TableSpec, frame_csv, to_frame

__all__ = ["FORMATS", "TableWriter", "register_format", "table_path", "write_table"]

DEFAULT_FORMAT = "csv"


class StreamWriter(Protocol):
    """A table being written batch by batch: a context manager with `write(records)` and `n_rows`."""

    n_rows: int

    def __enter__(self) -> StreamWriter: ...

    def __exit__(self, exc_type, exc, tb) -> None: ...

    def write(self, records: Iterable[object]) -> None: ...


class TableFormat(Protocol):
    """An output format: its suffix, a one-shot writer and a streaming writer."""

    name: str
    suffix: str

    def write_all(self, records: Iterable[object], spec: TableSpec, path: Path) -> None: ...

    def stream(self, spec: TableSpec, path: Path) -> StreamWriter: ...


FORMATS: dict[str, TableFormat] = {}


def register_format(name: str, suffix: str) -> Callable[[type], type]:
    """Register a format class (instantiated once) under `name`, writing files ending in `suffix`."""

    def decorator(cls: type) -> type:
        instance = cls()
        instance.name, instance.suffix = name, suffix
        FORMATS[name] = instance
        return cls

    return decorator


def _format(name: str) -> TableFormat:
    try:
        return FORMATS[name]
    except KeyError:
        raise ValueError(f"unknown table format {name!r}; choose one of {', '.join(sorted(FORMATS))}") from None


def table_path(spec: TableSpec, folder: Path, fmt: str = DEFAULT_FORMAT) -> Path:
    """Where a table of this format lives in `folder`."""
    return Path(folder) / f"{spec.name}{_format(fmt).suffix}"


def write_table(records: Iterable[object], spec: TableSpec, folder: Path, fmt: str = DEFAULT_FORMAT) -> Path:
    """Write all rows of a table into `folder`, atomically and deterministically; returns its path."""
    path = table_path(spec, folder, fmt)
    _format(fmt).write_all(records, spec, path)
    return path


def TableWriter(spec: TableSpec, folder: Path, fmt: str = DEFAULT_FORMAT) -> StreamWriter:
    """A streaming writer for one table: use as a context manager, `write()` whole documents' rows
    in doc_id order; the table replaces the old one only when the block ends without an error."""
    return _format(fmt).stream(spec, table_path(spec, folder, fmt))


class _BatchWriter:
    """What both streaming writers share: a temporary file beside the table, and batches of whole
    documents sorted like the table and checked to come in doc_id order (every per-document table
    sorts by doc_id first)."""

    def __init__(self, spec: TableSpec, path: Path) -> None:
        self.spec = spec
        self.path = Path(path)
        self.n_rows = 0
        self._last_doc_id = ""
        self._tmp = ""

    def _temporary(self) -> int:
        """Create the temporary file (mode as the umask allows) and return its descriptor."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp")
        honour_umask(fd)
        return fd

    def _batch(self, records: Iterable[object]) -> pd.DataFrame | None:
        """The batch as a sorted frame, or None when it is empty; counts its rows."""
        frame = to_frame(records, self.spec)
        if frame.empty:
            return None
        if "doc_id" in frame.columns:
            first = str(frame["doc_id"].iloc[0])
            if first < self._last_doc_id:
                raise ValueError(f"{self.spec.name}: batch starting at doc_id {first!r} after {self._last_doc_id!r}")
            self._last_doc_id = str(frame["doc_id"].iloc[-1])
        self.n_rows += len(frame)
        return frame


@register_format("csv", ".csv")
class CsvFormat:
    """UTF-8 CSV, the default: the reference bytes."""

    def write_all(self, records: Iterable[object], spec: TableSpec, path: Path) -> None:
        # unchanged bytes keep the file's time: make re-runs extraction only when documents.csv changed
        write_if_changed(path, frame_csv(to_frame(records, spec), header=True))

    def stream(self, spec: TableSpec, path: Path) -> StreamWriter:
        return CsvStreamWriter(spec, path.parent)


# --- Streaming writer (issue 9) --------------------------------------------------------------
# Large corpora must not be held in memory: the extract stage writes each batch of documents as
# soon as it is done. The bytes are the same as `write_table` on all the rows at once, because
# batches arrive in doc_id order, every table sorts by doc_id first, and each batch goes through
# the same sort, formula neutralisation and pandas CSV formatting.


class CsvStreamWriter(_BatchWriter):
    """Write a table batch by batch into a temporary file; rename it into place on success.

    Use as a context manager: on an exception the temporary file is removed and the previous
    table (if any) is left untouched. Batches must come in non-decreasing doc_id order.
    """

    def __init__(self, spec: TableSpec, folder: Path) -> None:
        super().__init__(spec, Path(folder) / f"{spec.name}.csv")
        self._handle = None

    def __enter__(self) -> CsvStreamWriter:
        self._handle = os.fdopen(self._temporary(), "w", encoding="utf-8", newline="")
        self._handle.write(frame_csv(to_frame([], self.spec), header=True))
        return self

    def write(self, records: Iterable[object]) -> None:
        """Append the rows of whole documents (sorted here, like `write_table` does)."""
        frame = self._batch(records)
        if frame is not None:
            self._handle.write(frame_csv(frame, header=False))

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self._handle.flush()
                os.fsync(self._handle.fileno())
            self._handle.close()
            if exc_type is None:
                os.replace(self._tmp, self.path)
                fsync_folder(self.path.parent)
        finally:
            Path(self._tmp).unlink(missing_ok=True)


@register_format("parquet", ".parquet")
class ParquetFormat:
    """Apache Parquet (pyarrow): the same columns and rows as the CSV, every cell as text, so a
    reader gets exactly what `load_table` gives from the CSV."""

    def write_all(self, records: Iterable[object], spec: TableSpec, path: Path) -> None:
        with self.stream(spec, path) as writer:
            writer.write(records)

    def stream(self, spec: TableSpec, path: Path) -> StreamWriter:
        return ParquetStreamWriter(spec, path)


class ParquetStreamWriter(_BatchWriter):
    """Appends each batch as a row group to a temporary Parquet file; renamed into place at the end."""

    def __init__(self, spec: TableSpec, path: Path) -> None:
        try:
            import pyarrow  # noqa: F401
        except ImportError as exc:
            raise RuntimeError("Parquet output needs pyarrow: pip install 'pipeline[parquet]'") from exc
        super().__init__(spec, path)
        self._writer = None

    def __enter__(self) -> ParquetStreamWriter:
        import pyarrow as pa
        import pyarrow.parquet as pq

        os.close(self._temporary())
        self._schema = pa.schema([(column, pa.string()) for column in self.spec.columns])
        self._writer = pq.ParquetWriter(self._tmp, self._schema)
        return self

    def write(self, records: Iterable[object]) -> None:
        import pyarrow as pa

        frame = self._batch(records)
        if frame is None:
            return
        text = frame.astype(object).where(frame.notna(), "").astype(str)
        self._writer.write_table(pa.Table.from_pandas(text, schema=self._schema, preserve_index=False))

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            self._writer.close()
            if exc_type is None:
                os.replace(self._tmp, self.path)
                fsync_folder(self.path.parent)
        finally:
            Path(self._tmp).unlink(missing_ok=True)
