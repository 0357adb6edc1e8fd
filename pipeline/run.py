"""The two stages with their I/O: `read_stage` (raw/ -> documents.csv + text/) and
`extract_stage` (documents.csv + text/ -> entities.csv, dates.csv, demands.csv).

Library code reports progress through an optional callback; the CLI turns it into a bar.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from pipeline import config
from pipeline.clean import clean_text
from pipeline.dates import find_dateline
from pipeline.entity_index import build_entity_index
from pipeline.extract import Extraction, extract_document, shift_extraction
from pipeline.language import SUPPORTED, detect_language
from pipeline.load import load_table
from pipeline.nlp import chunk_text, load_nlp, parse
from pipeline.read import clean_pages, discover, make_doc_ids, page_spans, read_file
from pipeline.records import Document, PageSpan
from pipeline.tables import (
    DATES,
    DEMANDS,
    DOCUMENTS,
    ENTITIES,
    ENTITY_INDEX,
    PAGES,
    remove_stale_temporaries,
    write_atomic,
    write_table,
)

log = logging.getLogger(__name__)

Progress = Callable[[int], None]  # called with the number of documents just finished


def _no_progress(_n: int) -> None:
    pass


def prepare_document(
    path: Path,
    doc_id: str,
    raw_dir: Path,
    max_file_bytes: int = config.MAX_FILE_BYTES,
    max_chars: int = config.MAX_TEXT_CHARS,
) -> tuple[Document, str]:
    """Read, clean and describe one file. Returns the document record and its cleaned text."""
    raw = read_file(path, doc_id, raw_dir, max_bytes=max_file_bytes)
    document = raw.document
    if document.status != "ok":
        return document, ""
    # PDFs are cleaned page by page so every offset can be traced to its page (pages.csv).
    text = clean_pages(raw.text, clean_text) if document.format == "pdf" else clean_text(raw.text)
    if not text.strip():
        return replace(document, status="skipped", error="no text left after cleaning"), ""
    if len(text) > max_chars:
        return replace(
            document,
            status="skipped",
            n_chars=len(text),
            error=f"text too long ({len(text):,} characters > limit of {max_chars:,}; raise it with --max-chars)",
        ), ""
    title = document.title or _first_line(text)
    published, source = document.published, document.published_source
    if not published:
        published = find_dateline(text)
        source = "dateline" if published else ""
    # The text decides; a page's declared <html lang> only fills in when the text is too short to tell
    # (templates often declare "en" on translated pages).
    language = detect_language(text) or document.language
    document = replace(
        document, title=title, published=published, published_source=source, language=language, n_chars=len(text)
    )
    if language and language not in SUPPORTED:
        return replace(
            document, status="skipped", error=f"language '{language}' is not supported by the English model"
        ), text
    return document, text


def _first_line(text: str) -> str:
    line = next((x for x in text.split("\n") if x.strip()), "")
    line = line.removeprefix("- ").strip()
    return line if len(line) <= 200 else line[:197] + "..."


def read_stage(
    raw_dir: Path,
    processed_dir: Path,
    progress: Progress = _no_progress,
    *,
    max_file_bytes: int = config.MAX_FILE_BYTES,
    max_chars: int = config.MAX_TEXT_CHARS,
) -> list[Document]:
    """Read and clean every file in `raw_dir`; write processed/text/*.txt and documents.csv."""
    raw_dir, processed_dir = Path(raw_dir), Path(processed_dir)
    text_dir = processed_dir / config.TEXT_SUBDIR
    text_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(processed_dir)
    remove_stale_temporaries(text_dir)
    paths = discover(raw_dir, exclude=processed_dir)
    doc_ids = make_doc_ids(paths, raw_dir)
    documents: list[Document] = []
    pages: list[PageSpan] = []
    for path in paths:
        document, text = _prepare_safely(path, doc_ids[path], raw_dir, max_file_bytes, max_chars)
        if text and document.format == "pdf":
            pages.extend(page_spans(document.doc_id, text))
        if text:
            target = text_dir / f"{document.doc_id}.txt"
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                write_atomic(target, text)
        documents.append(document)
        progress(1)
    keep = {f"{d.doc_id}.txt" for d in documents if d.n_chars}
    for stale in text_dir.glob("*.txt"):
        if stale.name not in keep:
            stale.unlink()
    write_table(documents, DOCUMENTS, processed_dir)
    write_table(pages, PAGES, processed_dir)
    log.info("read %d files from %s", len(documents), raw_dir)
    return documents


def _prepare_safely(
    path: Path, doc_id: str, raw_dir: Path, max_file_bytes: int, max_chars: int
) -> tuple[Document, str]:
    """`prepare_document`, with an unexpected failure on one file turned into its error row
    (one bad file never stops a run)."""
    try:
        return prepare_document(path, doc_id, raw_dir, max_file_bytes, max_chars)
    except Exception as exc:
        log.exception("unexpected error preparing %s", path)
        source = path.relative_to(raw_dir).as_posix().encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        reason = f"unexpected {type(exc).__name__} while reading or cleaning: {exc}"
        return Document(doc_id=doc_id, source_path=source, status="error", error=reason), ""


def extract_stage(
    processed_dir: Path,
    model_name: str = config.MODEL_NAME,
    batch_size: int = config.BATCH_SIZE,
    progress: Progress = _no_progress,
) -> Extraction:
    """Parse every readable document once with spaCy and write the three extraction tables."""
    processed_dir = Path(processed_dir)
    documents = load_table("documents", processed_dir)
    ready = documents[documents["status"] == "ok"]
    published = dict(zip(ready["doc_id"], ready["published"], strict=True))
    n_chars = dict(zip(ready["doc_id"], ready["n_chars"], strict=True))
    nlp = load_nlp(model_name)
    text_dir = processed_dir / config.TEXT_SUBDIR

    def items():
        # Long texts go to the model in pieces (spaCy's max_length, and its memory); offsets
        # and sentence numbers are shifted back into the whole text below.
        for doc_id in ready["doc_id"]:
            try:
                text = (text_dir / f"{doc_id}.txt").read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                failed[doc_id] = f"cleaned text unreadable ({exc}): run `python -m pipeline read` again"
                progress(1)
                continue
            for offset, piece in chunk_text(text, config.NLP_CHUNK_CHARS):
                yield piece, (doc_id, offset)

    result = Extraction()
    sentences_before: dict[str, int] = {}
    failed: dict[str, str] = {}
    for doc, (doc_id, offset) in parse(nlp, items(), batch_size=batch_size):
        try:
            found = extract_document(doc, doc_id, published[doc_id])
        except Exception as exc:  # one bad document never stops a run: it gets an error row
            log.exception("extraction failed for %s", doc_id)
            failed.setdefault(doc_id, f"extraction failed: {type(exc).__name__}: {exc}")
            found = Extraction()
        if offset:
            found = shift_extraction(found, offset, sentences_before.get(doc_id, 0))
        sentences_before[doc_id] = sentences_before.get(doc_id, 0) + sum(1 for _ in doc.sents)
        result.entities.extend(found.entities)
        result.dates.extend(found.dates)
        result.demands.extend(found.demands)
        if offset + len(doc.text) >= n_chars[doc_id]:
            progress(1)
    if failed:
        result = _record_failures(processed_dir, documents, result, failed)
    write_table(result.entities, ENTITIES, processed_dir)
    write_table(build_entity_index(result.entities), ENTITY_INDEX, processed_dir)
    write_table(result.dates, DATES, processed_dir)
    write_table(result.demands, DEMANDS, processed_dir)
    return result


def _record_failures(processed_dir: Path, documents, result: Extraction, failed: dict[str, str]) -> Extraction:
    """Mark documents whose extraction raised as `error` in documents.csv (with the reason) and
    drop any rows already extracted from them, so that no table holds half a document."""
    documents = documents.copy()
    rows = documents["doc_id"].isin(list(failed))
    documents.loc[rows, "status"] = "error"
    documents.loc[rows, "error"] = documents.loc[rows, "doc_id"].map(failed)
    write_table(documents.to_dict("records"), DOCUMENTS, processed_dir)
    return Extraction(
        entities=[r for r in result.entities if r.doc_id not in failed],
        dates=[r for r in result.dates if r.doc_id not in failed],
        demands=[r for r in result.demands if r.doc_id not in failed],
    )
