"""The read stage's cleaned texts (processed/text/), replaced as one version by another.

Every offset in the tables points into these texts, so the tables and the texts must never
disagree, whenever a run is killed. The read stage therefore writes the next version of the
folder beside the current one (`.text-next-*`, unchanged texts hard-linked, not copied), and
only when it is complete:

1. removes from the offset tables (every table with doc_id, start_char and end_char columns:
   entities, dates, demands, pages, in CSV or Parquet) the rows of documents whose text changes
   or goes away: those rows would otherwise point into text that is no longer there (the
   extract stage writes them again);
2. exchanges the two folders in one step (Linux `renameat2(RENAME_EXCHANGE)`, macOS
   `renamex_np(RENAME_SWAP)`; elsewhere two renames, between which the texts are missing but
   never wrong);
3. deletes the old version.

A run killed before step 2 leaves the previous texts and tables as they were; one killed after
it leaves tables holding only rows whose texts did not change. Left-over `.text-next-*` folders
are removed by the next run.
"""

from __future__ import annotations

import contextlib
import csv
import ctypes
import ctypes.util
import io
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

from pipeline import config
from pipeline.store.atomic import current_umask, fsync_folder, write_atomic

__all__ = ["NextTexts", "drop_rows"]

log = logging.getLogger(__name__)

# Columns that make a table an offset table: its rows point into the texts.
OFFSET_COLUMNS = ("doc_id", "start_char", "end_char")
_NEXT_PREFIX = ".text-next-"


class NextTexts:
    """The next version of processed/text, built beside the current one; `commit` switches to it.

    Use as a context manager: leaving it with an exception discards the new version.
    """

    def __init__(self, processed_dir: Path) -> None:
        self.processed_dir = Path(processed_dir)
        self.current = self.processed_dir / config.TEXT_SUBDIR
        self.changed: set[str] = set()  # doc_ids whose current text differs or goes away
        self._written: set[str] = set()
        self.folder = Path("")

    def __enter__(self) -> NextTexts:
        self.processed_dir.mkdir(parents=True, exist_ok=True)
        for stale in self.processed_dir.glob(_NEXT_PREFIX + "*"):  # from a killed run
            shutil.rmtree(stale, ignore_errors=True)
        self.folder = Path(tempfile.mkdtemp(prefix=_NEXT_PREFIX, dir=self.processed_dir))
        self.folder.chmod(0o777 & ~current_umask())
        return self

    def __exit__(self, *exc) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def add(self, doc_id: str, text: str) -> None:
        """Put one document's cleaned text into the new version."""
        name = f"{doc_id}.txt"
        old, new = self.current / name, self.folder / name
        self._written.add(name)
        try:
            same = old.is_file() and old.read_text(encoding="utf-8") == text
        except (OSError, UnicodeDecodeError):
            same = False
        if same:
            with contextlib.suppress(OSError):
                os.link(old, new)  # the same bytes: no copy, and the old file keeps its time stamp
                return
        elif old.exists():
            self.changed.add(doc_id)
        fd = os.open(new, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())

    def commit(self) -> None:
        """Switch processed/text to the new version (nothing happens when no text changed)."""
        before = {p.name for p in self.current.glob("*.txt")} if self.current.is_dir() else set()
        self.changed |= {name.removesuffix(".txt") for name in before - self._written}
        if not self.changed and before == self._written and self.current.is_dir():
            return
        fsync_folder(self.folder)
        if self.changed:
            drop_rows(self.processed_dir, self.changed)
        if self.current.is_dir():
            if not _exchange(self.folder, self.current):
                aside = self.folder.with_name(self.folder.name + "-old")
                os.rename(self.current, aside)
                os.rename(self.folder, self.current)
                os.rename(aside, self.folder)
        else:
            if self.current.is_symlink() or self.current.exists():
                self.current.unlink()
            os.rename(self.folder, self.current)
        fsync_folder(self.processed_dir)


def drop_rows(processed_dir: Path, doc_ids: set[str]) -> None:
    """Rewrite every offset table in `processed_dir` without the rows of `doc_ids`, atomically.

    CSV cells are copied as they are (already protected against formulas), all quoted when one
    holds a carriage return, as the table writer does; Parquet tables hold text cells only.
    """
    for path in sorted(Path(processed_dir).glob("*.csv")):
        _drop_csv_rows(path, doc_ids)
    for path in sorted(Path(processed_dir).glob("*.parquet")):
        _drop_parquet_rows(path, doc_ids)


def _drop_csv_rows(path: Path, doc_ids: set[str]) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    if not rows or not set(OFFSET_COLUMNS) <= set(rows[0]):
        return
    at = rows[0].index("doc_id")
    kept = [rows[0]] + [row for row in rows[1:] if len(row) > at and row[at] not in doc_ids]
    if len(kept) == len(rows):
        return
    quote_all = any("\r" in cell for row in kept for cell in row)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    writer.writerows(kept)
    write_atomic(path, out.getvalue())
    log.info("%s: rows of changed documents dropped until they are extracted again", path.name)


def _drop_parquet_rows(path: Path, doc_ids: set[str]) -> None:
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    if not set(OFFSET_COLUMNS) <= set(table.column_names):
        return
    kept = table.filter(pc.invert(pc.is_in(table["doc_id"], value_set=_strings(doc_ids))))
    if kept.num_rows == table.num_rows:
        return
    buffer = io.BytesIO()
    pq.write_table(kept, buffer)
    write_atomic(path, buffer.getvalue())
    log.info("%s: rows of changed documents dropped until they are extracted again", path.name)


def _strings(values: set[str]):
    import pyarrow as pa

    return pa.array(sorted(values), type=pa.string())


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step; False where the system cannot (then the caller renames)."""
    libc_name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(libc_name, use_errno=True)
    except OSError:
        return False
    if sys.platform.startswith("linux") and hasattr(libc, "renameat2"):
        at_fdcwd, rename_exchange = -100, 2
        result = libc.renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    elif sys.platform == "darwin" and hasattr(libc, "renamex_np"):
        rename_swap = 2
        result = libc.renamex_np(os.fsencode(a), os.fsencode(b), rename_swap)
    else:
        return False
    if result != 0:
        log.debug("atomic folder exchange not available (errno %d): renaming", ctypes.get_errno())
        return False
    return True
