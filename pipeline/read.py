"""Read stage: turn each file in raw/ into text plus metadata, never raising.

Supported: plain text (.txt, .md), web pages (.html, .htm) and PDF reports (.pdf). Every entry
found in the raw folder gets exactly one `Document` record; one that cannot be read gets status
`error` (or `skipped` for what we do not handle: other file types, empty or oversized files,
symbolic links to folders) and a human-readable reason, so nothing is silently lost.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import re
import stat
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

from pipeline import config, html
from pipeline.markup import looks_like_markdown, split_front_matter, strip_markdown
from pipeline.records import Document, PageSpan

log = logging.getLogger(__name__)

# Kept for callers of the first version; the limit itself lives in config (and --max-file-mb).
MAX_FILE_BYTES = config.MAX_FILE_BYTES

# doc_ids become file names (processed/text/<doc_id>.txt); most file systems allow 255 bytes
# per name, and 100 characters of up to 2 UTF-8 bytes each leave room for the suffixes.
MAX_ID_CHARS = 100


@dataclass(frozen=True)
class RawText:
    """What the reader got out of one file, before cleaning."""

    document: Document
    text: str = ""


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
        stem = _safe_id(path.stem) or "document"
        doc_id = stem
        if doc_id.casefold() in taken:
            doc_id = _safe_id(f"{path.stem}_{path.suffix.lstrip('.')}") or "document"
        n = 2
        base = doc_id
        while doc_id.casefold() in taken:
            doc_id = f"{base}_{n}"
            n += 1
        taken.add(doc_id.casefold())
        ids[path] = doc_id
    return ids


def _safe_id(name: str) -> str:
    name = _printable(name)
    name = unicodedata.normalize("NFKC", name)
    name = re.sub(r"[^\w.-]+", "_", name, flags=re.UNICODE)
    return name.strip("._-")[:MAX_ID_CHARS].rstrip("._-")


def _printable(name: str) -> str:
    """A file name as valid Unicode: bytes that are not UTF-8 (kept by Python as surrogate
    escapes) become U+FFFD, so the name can be written to a UTF-8 CSV."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def read_file(path: Path, doc_id: str, raw_dir: Path, max_bytes: int = config.MAX_FILE_BYTES) -> RawText:
    """Read one file into text and metadata. Errors become a status and a reason, not exceptions."""
    source = _printable(path.relative_to(raw_dir).as_posix())
    suffix = path.suffix.lower()
    base = Document(doc_id=doc_id, source_path=source, format=_printable(suffix.lstrip(".")))
    problem = _not_a_readable_file(path)
    if problem is not None:
        status, reason = problem
        return RawText(replace(base, status=status, error=reason))
    if suffix not in config.SUPPORTED_SUFFIXES:
        return RawText(replace(base, status="skipped", error=f"unsupported file type '{suffix or '(none)'}'"))
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return RawText(
                replace(
                    base,
                    status="skipped",
                    error=f"file too large ({size:,} bytes > limit of {max_bytes:,}; raise it with --max-file-mb)",
                )
            )
        data = path.read_bytes()
    except OSError as exc:
        return RawText(replace(base, status="error", error=f"cannot read file: {exc.strerror or exc}"))

    base = replace(base, sha256=hashlib.sha256(data).hexdigest())
    if not data.strip():
        return RawText(
            replace(base, status="skipped", error="empty file" if not data else "empty file (only whitespace)")
        )
    try:
        if suffix == ".pdf":
            return _read_pdf(data, base)
        declared = _declared_charset(data) if suffix in (".html", ".htm") else ""
        decoded = decode(data, declared)
        base = replace(base, encoding=decoded.encoding, warning=decoded.warning)
        if suffix in (".html", ".htm"):
            page = html.extract(decoded.text)
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
        return _read_text(decoded.text, base)
    except UnreadableError as exc:
        return RawText(replace(base, status="error", error=str(exc)))
    except Exception as exc:
        log.exception("unexpected error reading %s", source)
        return RawText(replace(base, status="error", error=f"{type(exc).__name__}: {exc}"))


def _read_text(text: str, base: Document) -> RawText:
    """A text or Markdown file: front matter becomes metadata, Markdown markup is removed."""
    meta, body = split_front_matter(text)
    if meta is not None:
        base = replace(
            base,
            title=meta.title,
            published=meta.published,
            published_source="front matter" if meta.published else "",
            author=meta.author,
            source_url=meta.source_url,
        )
    return RawText(base, strip_markdown(body) if looks_like_markdown(body) else body)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _declared_charset(data: bytes) -> str:
    """The charset an HTML page declares in its first 4 KB (<meta charset> or http-equiv), or ""."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else ""


_SPECIAL_FILES = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def _not_a_readable_file(path: Path) -> tuple[str, str] | None:
    """(status, reason) when `path` is not a regular file we can open, else None.

    Checked with stat before opening: opening a named pipe would block the run forever.
    """
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "error", "symbolic link loop (following the link leads back to it)"
        if path.is_symlink():
            return "error", f"broken symbolic link (target not found: {_printable(os.readlink(path))})"
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
    for test, kind in _SPECIAL_FILES:
        if test(mode):
            return "error", f"not a regular file ({kind}): cannot be read as a document"
    return None


class UnreadableError(ValueError):
    """The file's bytes are not text we can decode (binary data, unknown encoding)."""


class Decoded(NamedTuple):
    """Text decoded from a file's bytes, the encoding used, and what had to be repaired."""

    text: str
    encoding: str
    warning: str = ""


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

# Magic numbers of binary formats that turn up with a .txt or .html name (a download saved under
# the wrong extension): named in the reason so the analyst knows what the file really is.
_SIGNATURES = (
    (b"%PDF-", "a PDF document (rename it to .pdf)"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x7fELF", "a program (ELF executable)"),
)

# Share of NUL bytes above which a file is binary rather than text with a few stray NULs.
# Text damaged by a bad copy has a handful; binary files have many (random bytes have 1/256,
# compiled programs and images far more). 0.5% lets through neither random nor real binaries.
MAX_NUL_SHARE = 0.005
# Share of control characters (other than newline, tab, form feed) in decoded text above which
# it is binary data that happened to decode. Real text has none.
MAX_CONTROL_SHARE = 0.05
# A file that is UTF-8 apart from a few bad bytes is decoded as UTF-8 with those bytes replaced
# (U+FFFD) when it has more valid multi-byte characters than invalid sequences. A legacy 8-bit
# file (cp1251, Latin-1) has almost no valid multi-byte sequences (a Cyrillic or accented byte
# is followed by another letter, not by a UTF-8 continuation byte), so it goes on to detection.


def decode(data: bytes, declared: str = "") -> Decoded:
    """Bytes to text: byte-order mark first, then UTF-8, then the encoding the file declares (an
    HTML page's <meta charset>), then detection among legacy encodings.

    Raises UnreadableError for binary data (a known binary signature, many NUL bytes or
    control characters) and for bytes no encoding fits.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            return _checked(Decoded(text, encoding, _replaced_warning(text, data, encoding)))
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise UnreadableError(f"binary data ({kind}), not text")
    warnings: list[str] = []
    if b"\x00" in data:
        wide = _bomless_utf16(data)
        if wide:
            text = data.decode(wide, errors="replace")
            return _checked(Decoded(text, wide, _replaced_warning(text, data, wide)))
        nuls = data.count(b"\x00")
        trailing = len(data) - len(data.rstrip(b"\x00"))
        if nuls - trailing > MAX_NUL_SHARE * len(data):
            raise UnreadableError(f"binary data ({nuls:,} NUL bytes), not text")
        data = data.replace(b"\x00", b"")
        warnings.append(f"{nuls:,} NUL bytes removed")
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8", "; ".join(w for w in warnings if w)))
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return _checked(Decoded(data.decode(declared), declared, "; ".join(w for w in warnings if w)))
        except (LookupError, UnicodeDecodeError):
            log.info("declared charset %r does not fit the bytes; detecting", declared)
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    valid = sum(1 for ch in text if ord(ch) > 0x7F) - text.count("\ufffd")
    if valid > invalid:
        warnings.append(_replaced_warning(text, data, "utf-8"))
        return _checked(Decoded(text, "utf-8", "; ".join(w for w in warnings if w)))
    text, encoding = _detect_legacy(data)
    return _checked(Decoded(text, encoding, "; ".join(w for w in warnings if w)))


def _detect_legacy(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # imported lazily: only needed for legacy files

    best = from_bytes(data, cp_isolation=list(config.LEGACY_ENCODINGS)).best()
    if best is None:
        best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise UnreadableError("not text: no character encoding fits the bytes")
    text, encoding = str(best), best.encoding
    if encoding != "cp1252" and _looks_like_mojibake(text):
        # A Western file with one or two accented letters ("café") is as valid in cp1251 as in
        # cp1252; Cyrillic letters inside Latin words ("cafй") show the guess was wrong.
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    return text, encoding


_WORD = re.compile(r"[^\W\d_]+")


def _looks_like_mojibake(text: str) -> bool:
    """More words mixing Latin and Cyrillic letters than purely Cyrillic words."""
    mixed = cyrillic = 0
    for word in _WORD.findall(text[:100_000]):
        has_cyrillic = any("\u0400" <= ch <= "\u04ff" for ch in word)
        has_latin = any(ch.isascii() for ch in word)
        if has_cyrillic and has_latin:
            mixed += 1
        elif has_cyrillic:
            cyrillic += 1
    return mixed > cyrillic


def _bomless_utf16(data: bytes) -> str:
    """ "utf-16-le"/"utf-16-be" when NUL bytes sit in every other position (UTF-16 text of
    mostly Latin characters exported without a byte-order mark), else ""."""
    sample = data[:8192]
    if len(sample) < 16:
        return ""
    even, odd = sample[0::2], sample[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return ""


def _replaced_warning(text: str, data: bytes, encoding: str) -> str:
    """How many invalid byte sequences decoding with errors="replace" turned into U+FFFD."""
    replaced = text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")
    return f"{replaced:,} invalid byte sequence(s) replaced with U+FFFD" if replaced > 0 else ""


def _checked(decoded: Decoded) -> Decoded:
    """Refuse binary data that happened to decode (many control characters)."""
    sample = decoded.text[:65536]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > MAX_CONTROL_SHARE * len(sample):
        raise UnreadableError("binary data (control characters), not text")
    return decoded


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
