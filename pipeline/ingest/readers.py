"""Read stage: turn each file in raw/ into text plus metadata, never raising.

Readers are registered by file type: a reader is a function from the file's bytes and a partly
filled `Document` to a `RawText`, registered with `@register_reader(name, *suffixes)` in its own
module (`text.py` below for .txt/.md, `pipeline.ingest.html`, `pipeline.ingest.pdf`); the module is
listed in `READER_MODULES`. `read_file` does what every format shares (special files, size limit,
hashing, empty files, errors as a status and a reason) and hands the bytes to the reader. Every
entry found in the raw folder gets exactly one `Document` record; one that cannot be read gets status
`error` (or `skipped` for what we do not handle: other file types, empty or oversized files,
symbolic links to folders) and a human-readable reason, so nothing is silently lost.
"""

from __future__ import annotations

import errno
import hashlib
import importlib
import logging
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline import config
from pipeline.ingest.decode import UnreadableError
from pipeline.ingest.discover import outside, printable
from pipeline.records import Document

__all__ = [
    "READERS",
    "RawText",
    "ReaderSpec",
    "date_under_headline",
    "headline_first",
    "is_paged",
    "read_file",
    "register_reader",
    "suffix_for_media_type",
    "supported_suffixes",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RawText:
    """What the reader got out of one file, before cleaning."""

    document: Document
    text: str = ""


Reader = Callable[[bytes, Document], RawText]


def headline_first(title: str, text: str) -> str:
    """The text with its title as a first paragraph when the body leaves it out (a page's main text
    without its headline, a Markdown post whose title is in its front matter): the headline says who
    speaks and what is asked ("Statement by National Security Advisor X on ..."), as a reader sees it."""
    words = " ".join(title.split())
    if len(words.split()) < _HEADLINE_WORDS or _folded(words) in _folded(text[: len(words) + _HEADLINE_REACH]):
        return text
    body = text.lstrip("\n")
    return f"{words}\n\n{body}"


# A title of fewer words is a site's name, not a headline; a body that has the title this near its
# start has it already (after a dateline or a kicker).
_HEADLINE_WORDS = 4
_HEADLINE_REACH = 600


def date_under_headline(title: str, published: str, text: str) -> str:
    """The text with the publication date its front matter gives on a line of its own under the
    headline ("Published: 2021-11-12"), as a rendered post prints it: the front matter is no part of
    the text, and the date would else be in no row of the dates table. Under the paragraph near the
    start that holds the title (`headline_first` puts it first, a kicker or a dateline may come
    before it); at the top when none does; the text as it is without a date."""
    if not published:
        return text
    paragraphs = text.lstrip("\n").split("\n\n")
    folded_title = _folded(title)
    reach = 0
    for k, paragraph in enumerate(paragraphs):
        reach += len(paragraph) + 2
        if reach > len(title) + _HEADLINE_REACH:
            break
        if folded_title and folded_title in _folded(paragraph):
            return "\n\n".join([*paragraphs[: k + 1], f"Published: {published}", *paragraphs[k + 1 :]])
    return "\n\n".join([f"Published: {published}", *paragraphs])


def _folded(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").split())


@dataclass(frozen=True)
class ReaderSpec:
    """A file format: its name, the suffixes it is read for, the reader, and whether its text is
    paged (pages separated by a form feed, cleaned page by page and listed in pages.csv)."""

    name: str
    suffixes: tuple[str, ...]
    read: Reader
    paged: bool = False
    media_types: tuple[str, ...] = ()  # HTTP Content-Types saved as this format by the scraper


# Modules that register readers (imported on first use, so that a reader's dependency such as
# pypdf or trafilatura is loaded only by a run that reads files). A new format is a new module here.
READER_MODULES = ("pipeline.ingest.text", "pipeline.ingest.html", "pipeline.ingest.pdf", "pipeline.ingest.office")

READERS: dict[str, ReaderSpec] = {}  # suffix (".html") -> spec


def register_reader(
    name: str, *suffixes: str, paged: bool = False, media_types: tuple[str, ...] = ()
) -> Callable[[Reader], Reader]:
    """Register `read` as the reader of files with these suffixes (lower case, with the dot); the
    scraper saves a response of one of `media_types` under the first suffix."""

    def decorator(read: Reader) -> Reader:
        spec = ReaderSpec(name, suffixes, read, paged, media_types)
        for suffix in suffixes:
            if suffix in READERS and READERS[suffix].read is not read:
                raise ValueError(f"two readers for {suffix!r}: {READERS[suffix].name} and {name}")
            READERS[suffix] = spec
        return read

    return decorator


def readers() -> dict[str, ReaderSpec]:
    """The registry, with every reader module imported."""
    for module in READER_MODULES:
        importlib.import_module(module)
    return READERS


def supported_suffixes() -> tuple[str, ...]:
    """The file suffixes the read stage understands, sorted (anything else is `skipped`)."""
    return tuple(sorted(readers()))


def suffix_for_media_type(media_type: str) -> str:
    """The suffix a downloaded file of this Content-Type is saved under ("" when no reader takes it)."""
    for spec in readers().values():
        if media_type in spec.media_types:
            return spec.suffixes[0]
    return ""


def is_paged(document: Document) -> bool:
    """Whether a document's format keeps pages (its cleaned text has page breaks; pages.csv rows)."""
    spec = readers().get(f".{document.format}")
    return bool(spec and spec.paged)


def read_file(path: Path, doc_id: str, raw_dir: Path, max_bytes: int = config.MAX_FILE_BYTES) -> RawText:
    """Read one file into text and metadata. Errors become a status and a reason, not exceptions."""
    source = printable(path.relative_to(raw_dir).as_posix())
    suffix = path.suffix.lower()
    base = Document(doc_id=doc_id, source_path=source, format=printable(suffix.lstrip(".")))
    problem = _not_a_readable_file(path, raw_dir)
    if problem is not None:
        status, reason = problem
        return RawText(replace(base, status=status, error=reason))
    try:
        size = path.stat().st_size
    except OSError as exc:
        return RawText(replace(base, status="error", error=f"cannot read file: {exc.strerror or exc}"))
    if size == 0:
        # Never opened: a file of size 0 is empty, or a special file that makes up its content
        # when read (/proc, /sys): reading it would copy the machine's state into the corpus.
        return RawText(replace(base, sha256=hashlib.sha256(b"").hexdigest(), status="skipped", error="empty file"))
    spec = readers().get(suffix)
    if spec is None:
        return RawText(replace(base, status="skipped", error=f"unsupported file type '{suffix or '(none)'}'"))
    try:
        if size > max_bytes:
            return RawText(
                replace(
                    base,
                    status="skipped",
                    error=f"file too large ({size:,} bytes > limit of {max_bytes:,}; raise it with --max-file-mb)",
                )
            )
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # a file that grew since stat is still cut at the limit
        if len(data) > max_bytes:
            return RawText(replace(base, status="skipped", error=f"file too large (more than {max_bytes:,} bytes)"))
    except OSError as exc:
        return RawText(replace(base, status="error", error=f"cannot read file: {exc.strerror or exc}"))

    base = replace(base, sha256=hashlib.sha256(data).hexdigest())
    if not data.strip():
        return RawText(
            replace(base, status="skipped", error="empty file" if not data else "empty file (only whitespace)")
        )
    try:
        return spec.read(data, base)
    except UnreadableError as exc:
        return RawText(replace(base, status="error", error=str(exc)))
    except Exception as exc:
        log.exception("unexpected error reading %s", source)
        return RawText(replace(base, status="error", error=f"{type(exc).__name__}: {exc}"))


_SPECIAL_FILES = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def _not_a_readable_file(path: Path, raw_dir: Path) -> tuple[str, str] | None:
    """(status, reason) when `path` is not a regular file we can open, else None.

    Checked with stat before opening: opening a named pipe would block the run forever; a
    symbolic link leading outside the raw folder is never followed (nothing outside raw/ is read).
    """
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "error", "symbolic link loop (following the link leads back to it)"
        if path.is_symlink():
            return "error", f"broken symbolic link (target not found: {printable(os.readlink(path))})"
        return "error", f"cannot read file: {exc.strerror or exc}"
    if stat.S_ISDIR(mode):
        if path.is_symlink():
            return "skipped", "symbolic link to a folder: not followed (it could loop or read files twice)"
        try:
            with os.scandir(path) as entries:
                next(entries, None)
        except OSError as exc:
            return "error", f"cannot list folder: {exc.strerror or exc}"
        return "skipped", "folder"
    target = outside(path, raw_dir)
    if target is not None:
        return "skipped", f"symbolic link to outside the raw folder ({printable(str(target))}): not read"
    for test, kind in _SPECIAL_FILES:
        if test(mode):
            return "error", f"not a regular file ({kind}): cannot be read as a document"
    return None
