"""Find the input files of a raw folder and give each a stable, file-name-safe doc_id."""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

from pipeline import config

__all__ = ["MAX_ID_CHARS", "discover", "make_doc_ids", "outside", "printable", "safe_id"]

# doc_ids become file names (processed/text/<doc_id>.txt); most file systems allow 255 bytes
# per name, and 100 characters of up to 2 UTF-8 bytes each leave room for the suffixes.
MAX_ID_CHARS = 100


def discover(raw_dir: Path, exclude: Path | None = None) -> list[Path]:
    """Every entry below `raw_dir` that should get a row in documents.csv, sorted.

    Regular files, but also what cannot be read as one, so that it is listed with a reason
    rather than silently dropped: symbolic links to folders (not followed: they can loop or
    duplicate the corpus), broken or looping links, named pipes and other special files, and
    folders that cannot be listed. Hidden entries and the corpus' own metadata files
    (SOURCES.md, manifest.csv) are left out, and so is `exclude` (the output folder, when it sits
    inside the raw folder, so that a run never reads its own cleaned texts back as documents).
    """
    found: list[Path] = []
    excluded = Path(exclude).resolve() if exclude is not None else None

    def unlistable(exc: OSError) -> None:
        if exc.filename and Path(exc.filename) != Path(raw_dir):
            found.append(Path(exc.filename))

    for folder, subfolders, files in os.walk(raw_dir, onerror=unlistable, followlinks=False):
        linked = [d for d in subfolders if os.path.islink(os.path.join(folder, d))]
        found.extend(Path(folder) / d for d in linked if not d.startswith("."))
        subfolders[:] = sorted(
            d
            for d in subfolders
            if not d.startswith(".") and d not in linked and (Path(folder) / d).resolve() != excluded
        )
        for name in files:
            if name.startswith(".") or name in config.RAW_METADATA_FILES:
                continue
            found.append(Path(folder) / name)
    return sorted(found, key=lambda p: p.relative_to(raw_dir).as_posix())


def outside(path: Path, raw_dir: Path) -> Path | None:
    """Where `path` really leads when that is outside `raw_dir` (a symbolic link to /etc/passwd,
    to /proc/self/status, to another user's files), else None. Links within the raw folder are fine."""
    try:
        target = path.resolve()
        root = Path(raw_dir).resolve()
    except (OSError, RuntimeError):  # a loop: reported by the reader's own checks
        return None
    return None if target == root or target.is_relative_to(root) else target


def make_doc_ids(paths: list[Path], raw_dir: Path) -> dict[Path, str]:
    """A stable, file-name-safe doc_id per path: the file name without extension.

    Unsafe characters become "_", leading dots and dashes go (so an id never looks like a
    command-line option), and long names are cut to MAX_ID_CHARS. Two files with the same stem
    (``a.txt``, ``a.html``) keep the first stem and give the second its extension as a suffix
    (``a_html``); ids that differ only in case count as the same, so the text files do not
    overwrite each other on case-insensitive file systems (macOS, Windows).
    """
    ids: dict[Path, str] = {}
    taken: set[str] = set()
    for path in paths:
        stem = safe_id(path.stem) or "document"
        doc_id = stem
        if doc_id.casefold() in taken:
            doc_id = safe_id(f"{path.stem}_{path.suffix.lstrip('.')}") or "document"
        n = 2
        base = doc_id
        while doc_id.casefold() in taken:
            doc_id = f"{base}_{n}"
            n += 1
        taken.add(doc_id.casefold())
        ids[path] = doc_id
    return ids


def safe_id(name: str) -> str:
    name = printable(name)
    name = unicodedata.normalize("NFKC", name)
    name = re.sub(r"[^\w.-]+", "_", name, flags=re.UNICODE)
    return name.strip("._-")[:MAX_ID_CHARS].rstrip("._-")


def printable(name: str) -> str:
    """A file name as valid Unicode: bytes that are not UTF-8 (kept by Python as surrogate
    escapes) become U+FFFD, so the name can be written to a UTF-8 CSV."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
