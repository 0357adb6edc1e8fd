"""Read stage: turn each file in raw/ into text plus metadata, never raising.

Supported: plain text (.txt, .md), web pages (.html, .htm) and PDF reports (.pdf). Every file
found gets exactly one `Document` record; a file that cannot be read gets status `error` (or
`skipped` for kinds we do not handle) and a reason, so nothing is silently lost.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline import config, html
from pipeline.records import Document, PageSpan

log = logging.getLogger(__name__)

# Above this size a file is not read: a 50 MB "document" is almost always an export or a dump,
# and reading it would hold the whole run. Analysts can split such files.
MAX_FILE_BYTES = 20_000_000


@dataclass(frozen=True)
class RawText:
    """What the reader got out of one file, before cleaning."""

    document: Document
    text: str = ""


def discover(raw_dir: Path) -> list[Path]:
    """All candidate input files below `raw_dir`, sorted, without following symlinked folders.

    Hidden files and the corpus' own metadata files (SOURCES.md, manifest.csv) are left out.
    """
    found: list[Path] = []
    for folder, subfolders, files in os.walk(raw_dir, followlinks=False):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in files:
            if name.startswith(".") or name in config.RAW_METADATA_FILES:
                continue
            found.append(Path(folder) / name)
    return sorted(found, key=lambda p: p.relative_to(raw_dir).as_posix())


def make_doc_ids(paths: list[Path], raw_dir: Path) -> dict[Path, str]:
    """A stable, file-name-safe doc_id per path: the file name without extension.

    Two files with the same stem (``a.txt``, ``a.html``) keep the first stem and give the second
    its extension as a suffix (``a_html``), so ids never collide.
    """
    ids: dict[Path, str] = {}
    taken: set[str] = set()
    for path in paths:
        stem = _safe_id(path.stem) or "document"
        doc_id = stem
        if doc_id in taken:
            doc_id = _safe_id(f"{path.stem}_{path.suffix.lstrip('.')}") or "document"
        n = 2
        base = doc_id
        while doc_id in taken:
            doc_id = f"{base}_{n}"
            n += 1
        taken.add(doc_id)
        ids[path] = doc_id
    return ids


def _safe_id(name: str) -> str:
    name = unicodedata.normalize("NFKC", name)
    name = re.sub(r"[^\w.-]+", "_", name, flags=re.UNICODE)
    return name.strip("._-")


def read_file(path: Path, doc_id: str, raw_dir: Path) -> RawText:
    """Read one file into text and metadata. Errors become a status and a reason, not exceptions."""
    source = path.relative_to(raw_dir).as_posix()
    suffix = path.suffix.lower()
    base = Document(doc_id=doc_id, source_path=source, format=suffix.lstrip("."))
    if suffix not in config.SUPPORTED_SUFFIXES:
        return RawText(replace(base, status="skipped", error=f"unsupported file type '{suffix or '(none)'}'"))
    try:
        if path.is_symlink() and not path.exists():
            return RawText(replace(base, status="error", error="broken symbolic link"))
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return RawText(
                replace(base, status="skipped", error=f"file too large ({size:,} bytes > {MAX_FILE_BYTES:,})")
            )
        data = path.read_bytes()
    except OSError as exc:
        return RawText(replace(base, status="error", error=f"cannot read file: {exc.strerror or exc}"))

    base = replace(base, sha256=hashlib.sha256(data).hexdigest())
    if not data.strip():
        return RawText(replace(base, status="skipped", error="empty file"))
    try:
        if suffix == ".pdf":
            return _read_pdf(data, base)
        declared = _declared_charset(data) if suffix in (".html", ".htm") else ""
        text, encoding = decode(data, declared)
        base = replace(base, encoding=encoding)
        if suffix in (".html", ".htm"):
            page = html.extract(text)
            return RawText(
                replace(
                    base,
                    title=page.title,
                    published=page.published,
                    published_source=page.published_source,
                    language=page.language,
                ),
                page.text,
            )
        return RawText(base, text)
    except UnreadableError as exc:
        return RawText(replace(base, status="error", error=str(exc)))
    except Exception as exc:
        log.exception("unexpected error reading %s", source)
        return RawText(replace(base, status="error", error=f"{type(exc).__name__}: {exc}"))


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _declared_charset(data: bytes) -> str:
    """The charset an HTML page declares in its first 4 KB (<meta charset> or http-equiv), or ""."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else ""


class UnreadableError(ValueError):
    """The file's bytes are not text we can decode (binary data, unknown encoding)."""


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode(data: bytes, declared: str = "") -> tuple[str, str]:
    """Bytes to text and the encoding used: BOM first, then UTF-8, then the encoding the file
    declares (an HTML page's <meta charset>), then detection.

    Raises UnreadableError for binary data (NUL bytes or a high share of control characters).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    if b"\x00" in data[:65536]:
        raise UnreadableError("binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            log.info("declared charset %r does not fit the bytes; detecting", declared)
    from charset_normalizer import from_bytes  # imported lazily: only needed for legacy files

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise UnreadableError("not text: no character encoding fits the bytes")
    text = str(best)
    controls = sum(1 for ch in text[:65536] if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > 0.05 * min(len(text), 65536):
        raise UnreadableError("binary data (control characters), not text")
    return text, best.encoding


def _read_pdf(data: bytes, base: Document) -> RawText:
    """Extract text page by page with pypdf (BSD licence, pure Python, maintained).

    Pages are joined with a form feed (\\f), the usual page separator of text exports, so that
    `clean_pages` can clean page by page and keep every page traceable. Running headers and
    footers (the symbol and page number printed on every page of a UN report) are dropped here,
    where page boundaries are still known.
    """
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PdfStreamError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")  # many reports are "encrypted" with an empty password to stop editing
            except Exception as exc:
                raise UnreadableError(f"encrypted PDF: {exc}") from exc
        pages = [(page.extract_text() or "").replace("\f", "\n") for page in reader.pages]
        metadata = reader.metadata
        title = (metadata.title if metadata and metadata.title else "") or ""
    except (PdfReadError, PdfStreamError, ValueError, KeyError, TypeError) as exc:
        raise UnreadableError(f"not a readable PDF: {exc}") from exc
    if not any(p.strip() for p in pages):
        raise UnreadableError("PDF has no extractable text (scanned images?)")
    title = str(title).strip()
    if _FILE_NAME_TITLE.search(title):
        title = ""  # "Microsoft Word - G2301234.docx" says nothing about the document
    return RawText(replace(base, encoding="pdf", title=title), PAGE_SEPARATOR.join(drop_running_lines(pages)))


# Titles that word processors write into PDF metadata instead of the real title.
_FILE_NAME_TITLE = re.compile(r"^(microsoft word|untitled)\b|\.(docx?|rtf|odt|pdf|indd)$", re.I)

PAGE_SEPARATOR = "\f"  # between pages in RawText.text
PAGE_BREAK = "\n\f\n"  # between pages in the cleaned text: a line of its own, so line-based rules are unaffected


def drop_running_lines(pages: list[str]) -> list[str]:
    """Drop running headers and footers: lines at the top or bottom of most pages.

    A line is "running" when, with its digits masked ("Page 3 of 12" ~ "Page 7 of 12"), it is
    among the first or last two non-blank lines of at least half of the pages (and of 3 pages at
    least, so a two-page letter keeps its letterhead). Bare page numbers ("3", "- 3 -", "iv")
    at the top or bottom of a page are dropped too.

    >>> drop_running_lines(["A/HRC/1\\nText one.\\n1", "A/HRC/1\\nText two.\\n2", "A/HRC/1\\nThree.\\n3"])
    ['Text one.', 'Text two.', 'Three.']
    """
    edges: list[set[str]] = []
    for page in pages:
        lines = [line for line in page.split("\n") if line.strip()]
        edges.append({_mask(line) for line in lines[:2] + lines[-2:]})
    counts = Counter(key for keys in edges for key in keys)
    running = {key for key, n in counts.items() if n >= max(3, (len(pages) + 1) // 2)}
    out = []
    for page in pages:
        lines = page.split("\n")
        filled = [i for i, line in enumerate(lines) if line.strip()]
        edge = set(filled[:2] + filled[-2:])
        kept = [
            line
            for i, line in enumerate(lines)
            if not (i in edge and (_mask(line) in running or _PAGE_NUMBER.match(line)))
        ]
        out.append("\n".join(kept))
    return out


_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?[-–—(]?\s*(?:\d{1,3}|[ivxlc]{1,6})\s*[-–—)]?\s*$", re.I)


def _mask(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split())).casefold()


def clean_pages(text: str, clean: Callable[[str], str]) -> str:
    """Clean each page of a paged text (pages separated by PAGE_SEPARATOR) and join with PAGE_BREAK.

    Cleaning page by page keeps a page's text within its page; an empty page stays an empty
    entry so page numbers keep counting from the first page.
    """
    return PAGE_BREAK.join(clean(page) for page in text.split(PAGE_SEPARATOR))


def page_spans(doc_id: str, text: str) -> list[PageSpan]:
    """Where each page lies in a cleaned paged text (the output of `clean_pages`).

    >>> [(p.page, p.start_char, p.end_char) for p in page_spans("d", "One\\n\\f\\nTwo")]
    [(1, 0, 3), (2, 6, 9)]
    """
    spans = []
    start = 0
    for number, page in enumerate(text.split(PAGE_BREAK), start=1):
        spans.append(PageSpan(doc_id, number, start, start + len(page)))
        start += len(page) + len(PAGE_BREAK)
    return spans
