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
from pipeline.extract import Extraction, extract_document
from pipeline.language import SUPPORTED, detect_language
from pipeline.load import load_table
from pipeline.nlp import load_nlp, parse
from pipeline.read import clean_pages, discover, make_doc_ids, page_spans, read_file
from pipeline.records import Document, PageSpan
from pipeline.tables import DATES, DEMANDS, DOCUMENTS, ENTITIES, ENTITY_INDEX, PAGES, write_atomic, write_table

log = logging.getLogger(__name__)

Progress = Callable[[int], None]  # called with the number of documents just finished


def _no_progress(_n: int) -> None:
    pass


def prepare_document(path: Path, doc_id: str, raw_dir: Path) -> tuple[Document, str]:
    """Read, clean and describe one file. Returns the document record and its cleaned text."""
    raw = read_file(path, doc_id, raw_dir)
    document = raw.document
    if document.status != "ok":
        return document, ""
    # PDFs are cleaned page by page so every offset can be traced to its page (pages.csv).
    text = clean_pages(raw.text, clean_text) if document.format == "pdf" else clean_text(raw.text)
    if not text.strip():
        return replace(document, status="skipped", error="no text left after cleaning"), ""
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


def read_stage(raw_dir: Path, processed_dir: Path, progress: Progress = _no_progress) -> list[Document]:
    """Read and clean every file in `raw_dir`; write processed/text/*.txt and documents.csv."""
    raw_dir, processed_dir = Path(raw_dir), Path(processed_dir)
    text_dir = processed_dir / config.TEXT_SUBDIR
    text_dir.mkdir(parents=True, exist_ok=True)
    paths = discover(raw_dir)
    doc_ids = make_doc_ids(paths, raw_dir)
    documents: list[Document] = []
    pages: list[PageSpan] = []
    for path in paths:
        document, text = prepare_document(path, doc_ids[path], raw_dir)
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
    nlp = load_nlp(model_name)
    text_dir = processed_dir / config.TEXT_SUBDIR

    def items():
        for doc_id in ready["doc_id"]:
            yield (text_dir / f"{doc_id}.txt").read_text(encoding="utf-8"), doc_id

    result = Extraction()
    for doc, doc_id in parse(nlp, items(), batch_size=batch_size):
        found = extract_document(doc, doc_id, published[doc_id])
        result.entities.extend(found.entities)
        result.dates.extend(found.dates)
        result.demands.extend(found.demands)
        progress(1)
    write_table(result.entities, ENTITIES, processed_dir)
    write_table(build_entity_index(result.entities), ENTITY_INDEX, processed_dir)
    write_table(result.dates, DATES, processed_dir)
    write_table(result.demands, DEMANDS, processed_dir)
    return result
