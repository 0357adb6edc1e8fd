"""Per-document caches, so a re-run only redoes the documents that changed.

Extract stage: one JSON file per document under processed/cache/extract/<doc_id>.json holds a
key and that document's entity, date and demand rows. The key hashes the document's cleaned
text and published date together with the pipeline version: the bytes of every module and data
file of the package, the versions of the libraries that shape the results, the model and its
version, and the chunk size. Any change to the code, the gazetteer, a library or the model
therefore invalidates every entry; a changed document invalidates only its own.

Read stage: `ReadCache` keeps each file's read-and-clean result under processed/cache/read/.

Caches are an optimisation only: a missing, stale or unreadable entry is a miss, and deleting
the folder is always safe. Every entry is JSON, a format that cannot run code when loaded (a
pickle planted in the cache folder could), and is rebuilt into records field by field.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import platform
import tempfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import BinaryIO

from pipeline import __version__, config
from pipeline.extract.registry import EXTRACTORS, Extraction
from pipeline.records import Document
from pipeline.store.atomic import honour_umask

log = logging.getLogger(__name__)


# Libraries whose upgrade can change what the read or extract stage produces: spaCy and the
# numerical code under it (thinc, numpy, blis), trafilatura and the libraries it extracts with
# (htmldate for dates, justext, courlan, lxml-html-clean), dateparser and the data it reads
# (regex, dateutil, time zones), and the readers of PDF, encodings and languages.
_LIBRARIES = (
    "spacy",
    "thinc",
    "numpy",
    "blis",
    "srsly",
    "dateparser",
    "regex",
    "python-dateutil",
    "pytz",
    "tzlocal",
    "tzdata",
    "trafilatura",
    "htmldate",
    "justext",
    "courlan",
    "lxml-html-clean",
    "pypdf",
    "charset-normalizer",
    "py3langid",
    "beautifulsoup4",
    "lxml",
)


def library_versions() -> dict[str, str]:
    """The Python version and the version of every library in `_LIBRARIES` ("" when not installed)."""
    versions = {"python": f"{platform.python_implementation()} {platform.python_version()}"}
    return versions | {library: _installed_version(library) for library in _LIBRARIES}


def package_fingerprint() -> str:
    """A hash of the package's code and data files, the Python version and the libraries' versions."""
    digest = hashlib.sha256(__version__.encode("utf-8") + b"\0")
    for library, version in library_versions().items():
        digest.update(f"{library}=={version}".encode() + b"\0")
    for path in sorted(config.PACKAGE_DIR.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            digest.update(path.relative_to(config.PACKAGE_DIR).as_posix().encode("utf-8") + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def pipeline_fingerprint(model_name: str, max_chars: int) -> str:
    """A hash that changes whenever anything that can change an extraction result changes."""
    digest = hashlib.sha256()
    for part in (package_fingerprint(), model_name, _model_version(model_name), str(max_chars)):
        digest.update(part.encode("utf-8") + b"\0")
    return digest.hexdigest()


def _installed_version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def _model_version(model_name: str) -> str:
    """The installed model package's version; for a model folder, its meta.json."""
    meta = Path(model_name) / "meta.json"
    if meta.is_file():
        return hashlib.sha256(meta.read_bytes()).hexdigest()
    return _installed_version(model_name)


class ExtractCache:
    """Read and write cached extraction results in `folder` for one pipeline fingerprint."""

    def __init__(self, folder: Path, fingerprint: str) -> None:
        self.folder = Path(folder)
        self.fingerprint = fingerprint

    def key(self, doc_id: str, text: str, published: str) -> str:
        digest = hashlib.sha256()
        for part in (self.fingerprint, doc_id, published, text):
            digest.update(part.encode("utf-8") + b"\0")
        return digest.hexdigest()

    def load(self, doc_id: str, key: str) -> Extraction | None:
        """The cached result for this document and key, or None (missing, stale or unreadable)."""
        path = self._path(doc_id)
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
            if entry.get("key") != key:
                return None
            return Extraction({e.name: [e.record(**row) for row in entry[e.name]] for e in EXTRACTORS})
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError, KeyError) as exc:
            log.warning("ignoring unreadable cache entry %s: %s", path, exc)
            return None

    def store(self, doc_id: str, key: str, extraction: Extraction) -> None:
        """Save a result. Written to a temporary file and renamed, so readers never see half an entry."""
        # vars(), not asdict(): the records are flat, and asdict's deep copy costs more than the dump.
        entry = {"key": key} | {e.name: [vars(r) for r in extraction.get(e.name, [])] for e in EXTRACTORS}
        _write_entry(
            self._path(doc_id),
            lambda handle: handle.write(json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")),
        )

    def prune(self, keep: set[str]) -> int:
        """Delete entries of documents that are no longer in the corpus. Returns how many."""
        return _prune(self.folder, ".json", keep)

    def _path(self, doc_id: str) -> Path:
        return self.folder / f"{doc_id}.json"


class ReadCache:
    """The read stage's result per file, so unchanged files are not decoded and cleaned again.

    Keyed by the raw bytes' hash, the file's path and doc_id, and the package fingerprint. The
    entry is JSON: the document record's fields and the cleaned text. Results with status
    "error" are never cached: a file that could not be read is tried again.
    """

    def __init__(self, folder: Path, fingerprint: str) -> None:
        self.folder = Path(folder)
        self.fingerprint = fingerprint

    def key(self, doc_id: str, source_path: str, data: bytes) -> str:
        digest = hashlib.sha256()
        for part in (self.fingerprint, doc_id, source_path):
            digest.update(part.encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(data).digest())
        return digest.hexdigest()

    def load(self, doc_id: str, key: str) -> tuple[Document, str] | None:
        """The cached (document, cleaned text) for this key, or None (missing, stale or unreadable)."""
        path = self._path(doc_id)
        try:
            entry = json.loads(path.read_bytes())
            if entry.get("key") != key:
                return None
            document, text = Document(**entry["document"]), entry["text"]
            if not isinstance(text, str) or not all(isinstance(v, int | str) for v in vars(document).values()):
                raise TypeError("unexpected value types")
            return document, text
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:  # truncated or foreign
            log.warning("ignoring unreadable cache entry %s: %s", path, exc)
            return None

    def store(self, doc_id: str, key: str, result: tuple[Document, str]) -> None:
        document, text = result
        # ensure_ascii: a lone surrogate (from an undecodable file name) survives the round trip.
        entry = {"key": key, "document": vars(document), "text": text}
        _write_entry(self._path(doc_id), lambda handle: handle.write(json.dumps(entry).encode("ascii")))

    def prune(self, keep: set[str]) -> int:
        """Delete entries of files that are no longer in the corpus (and any file that is not an
        entry, such as the pickles of earlier versions). Returns how many."""
        return _prune(self.folder, ".json", keep, foreign=True)

    def _path(self, doc_id: str) -> Path:
        return self.folder / f"{doc_id}.json"


def _write_entry(path: Path, dump: Callable[[BinaryIO], object]) -> None:
    """Write one cache entry through a temporary file and a rename: readers never see half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=".tmp")
    try:
        honour_umask(fd)
        with os.fdopen(fd, "wb") as handle:
            dump(handle)
        # No fsync: an entry lost in a crash is only a cache miss, and thousands of fsyncs
        # would cost more than the parse they save on slow disks.
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _prune(folder: Path, suffix: str, keep: set[str], foreign: bool = False) -> int:
    """Delete the entries in `folder` whose doc_id is not in `keep`, and left-over temporaries
    (`foreign`: and files with another suffix)."""
    removed = 0
    if not folder.is_dir():
        return 0
    for path in folder.iterdir():
        stale_tmp = path.name.startswith(".") and path.name.endswith(".tmp")
        other = foreign and path.is_file() and path.suffix != suffix
        if stale_tmp or other or (path.suffix == suffix and path.stem not in keep):
            path.unlink(missing_ok=True)
            removed += 1
    return removed
