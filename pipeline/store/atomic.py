"""Atomic file writes: readers (and a run killed at any moment) see the old file or the new one, never half."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

__all__ = ["fsync_folder", "remove_stale_temporaries", "write_atomic"]


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
    fsync_folder(path.parent)


def fsync_folder(folder: Path) -> None:
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
