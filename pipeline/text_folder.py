"""The read stage's cleaned texts (processed/text/), replaced as one version by another.

Every offset in the tables points into these texts, so the tables and the texts must never
disagree, whenever a run is killed. The read stage therefore writes the next version of the
folder beside the current one (`.text-next-*`, unchanged texts hard-linked, not copied), and
only when it is complete:

1. removes from the offset tables (entities, dates, demands, pages) the rows of documents whose
   text changes or goes away: those rows would otherwise point into text that is no longer
   there (the extract stage writes them again);
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
from pipeline.tables import DATES, DEMANDS, ENTITIES, PAGES, current_umask, write_atomic

log = logging.getLogger(__name__)

# The tables whose rows hold offsets into the texts; doc_id is their first column.
OFFSET_TABLES = (ENTITIES, DATES, DEMANDS, PAGES)
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
        _fsync(self.folder)
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
        _fsync(self.processed_dir)


def drop_rows(processed_dir: Path, doc_ids: set[str]) -> None:
    """Rewrite the offset tables without the rows of `doc_ids` (each table atomically).

    The cells are copied as they are (already protected against formulas); every cell is quoted
    when one holds a carriage return, as the table writer does.
    """
    for spec in OFFSET_TABLES:
        path = Path(processed_dir) / spec.filename
        if not path.is_file():
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        if not rows:
            continue
        kept = [rows[0]] + [row for row in rows[1:] if row and row[0] not in doc_ids]
        if len(kept) == len(rows):
            continue
        quote_all = any("\r" in cell for row in kept for cell in row)
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
        writer.writerows(kept)
        write_atomic(path, out.getvalue())
        log.info("%s: dropped the rows of %d changed documents until they are extracted again", path.name, len(doc_ids))


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


def _fsync(folder: Path) -> None:
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
