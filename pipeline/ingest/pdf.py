"""PDF reports: text page by page (pypdf), running headers and footers dropped, pages traceable."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from pipeline.ingest.decode import UnreadableError
from pipeline.ingest.readers import RawText, register_reader
from pipeline.records import Document, PageSpan

__all__ = [
    "PAGE_BREAK",
    "PAGE_SEPARATOR",
    "clean_pages",
    "drop_footnote_marks",
    "drop_running_lines",
    "page_spans",
    "read_pdf",
]


@register_reader("pdf", ".pdf", paged=True, media_types=("application/pdf",))
def read_pdf(data: bytes, base: Document) -> RawText:
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
    pages = drop_footnote_marks(drop_running_lines(pages))
    return RawText(replace(base, encoding="pdf", title=title), PAGE_SEPARATOR.join(pages))


# Titles that word processors write into PDF metadata instead of the real title.
_FILE_NAME_TITLE = re.compile(r"^(microsoft word|untitled)\b|\.(docx?|rtf|odt|pdf|indd)$", re.I)

PAGE_SEPARATOR = "\f"  # between pages in RawText.text
PAGE_BREAK = "\n\f\n"  # between pages in the cleaned text: a line of its own, so line-based rules are unaffected


# A footnote's superscript number, which text extraction sets on the line: right after a word's
# punctuation ("the killing.24 OHCHR also condemned", "reports of Brazil,1 submitted") or its last
# letter ("Roma minority38"). The word is lower case, or capitalised, of five letters or more and
# before its punctuation, so the numbers of document symbols stay ("A/HRC/43/15/Add.1", "Rev.4") and
# so do names ("Covid19"); nor is a word inside a path, address or tag touched ("/page2", "#web3").
_GLUED_NUMBER = re.compile(r"(?<![\w/#@.\-])(?:[a-z]{2,}[.,;:]?|[A-Z][a-z]{4,}[.,;:])(\d{1,3})(?=[\s.,;:)]|$)")
# ... or set apart by a space after the sentence it ends, before the next one ("Youth. 28 CRC urged",
# "to ratify ICRMW. 9 In 2011"): not after a short capitalised abbreviation ("General comment No. 14
# The right to health", "Art. 5 The State")
_SPACED_NUMBER = re.compile(r"\b(?:[a-z]{3,}|[A-Z]{2,}|[A-Z][a-z]{4,}|[^\s]*[)”’\"])[.;:]( \d{1,3})(?= [A-Z])")
_FOOTNOTE_STEP = 3  # footnote numbers rise by one, or a little more where a mark was not found
_FOOTNOTE_RUN = 3  # so many numbers in a rising run before they count as footnote marks


def drop_footnote_marks(pages: list[str]) -> list[str]:
    """The pages without the footnote numbers extraction glued to their words ("the killing.24
    OHCHR" -> "the killing. OHCHR", "Youth. 28 CRC urged" -> "Youth. CRC urged"). A number counts
    only in a run of at least three that rise through the document as footnote numbers do (24, 25,
    27, ...), so a "Covid19" or "mp3" stays.

    >>> drop_footnote_marks(["its legislation16 and resources.17 CAT (Add.1) urged them. 19 CRC: Covid19 stays"])
    ['its legislation and resources. CAT (Add.1) urged them. CRC: Covid19 stays']
    """
    marks = sorted(  # (page, start, end, number)
        (i, match.start(1), match.end(1), int(match.group(1)))
        for i, page in enumerate(pages)
        for pattern in (_GLUED_NUMBER, _SPACED_NUMBER)
        for match in pattern.finditer(page)
    )
    runs: list[list[tuple[int, int, int, int]]] = []
    for mark in marks:
        run = next((r for r in reversed(runs) if 0 < mark[3] - r[-1][3] <= _FOOTNOTE_STEP), None)
        if run is None:
            runs.append([mark])
        else:
            run.append(mark)
    dropped = sorted((mark for run in runs if len(run) >= _FOOTNOTE_RUN for mark in run), reverse=True)
    cleaned = list(pages)
    for page, start, end, _ in dropped:  # from the end, so the earlier offsets stay right
        cleaned[page] = cleaned[page][:start] + cleaned[page][end:]
    return cleaned


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
