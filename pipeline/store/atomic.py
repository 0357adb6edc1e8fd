"""Atomic file writes: readers (and a run killed at any moment) see the old file or the new one, never half."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

__all__ = [
    "current_umask",
    "fsync_folder",
    "honour_umask",
    "remove_stale_temporaries",
    "write_atomic",
    "write_if_changed",
]


def current_umask() -> int:
    """The process's umask (reading it means setting it, so it is set straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def honour_umask(file: int | str | Path, mode: int = 0o666) -> None:
    """Give a file made by `tempfile.mkstemp` (always 0600; `file` is its descriptor or path)
    the mode a plain `open` would give it, so colleagues sharing the machine can read the
    outputs when the umask lets them."""
    if isinstance(file, int):
        os.fchmod(file, mode & ~current_umask())
    else:
        os.chmod(file, mode & ~current_umask())


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write text (as UTF-8) or bytes to `path` so that readers see the old file or the new one, never half."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        honour_umask(fd)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)


def write_if_changed(path: Path, content: str | bytes) -> bool:
    """`write_atomic`, unless the file already holds exactly `content`: its time then stays, so
    make (which compares file times) does not re-run the stages after an unchanged table."""
    path = Path(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
    except OSError:
        pass
    write_atomic(path, data)
    return True


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
