"""The two stages with their I/O: `read_stage` (raw/ -> documents.csv + text/) and
`extract_stage` (documents.csv + text/ -> entities.csv, dates.csv, demands.csv).

Library code reports progress through an optional callback; the CLI turns it into a bar.
"""

from __future__ import annotations

import logging
import stat
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path

from spacy.language import Language

from pipeline import config
from pipeline.extract.dates.rules import find_adoption_date, find_closing_date, find_dateline
from pipeline.extract.entity_index import EntityIndexBuilder
from pipeline.extract.registry import EXTRACTORS, Extraction
from pipeline.ingest.clean import clean_text
from pipeline.ingest.discover import discover, make_doc_ids, outside
from pipeline.ingest.language import (
    MIN_ENGLISH_SHARE,
    SUPPORTED,
    blank_other_languages,
    detect_language,
    english_share,
)
from pipeline.ingest.pdf import clean_pages, page_spans
from pipeline.ingest.readers import read_file
from pipeline.records import Document, PageSpan
from pipeline.run.engines import make_engine
from pipeline.run.jobs import JobOptions, Task
from pipeline.store.atomic import remove_stale_temporaries, write_if_changed
from pipeline.store.cache import ExtractCache, ReadCache, package_fingerprint, pipeline_fingerprint
from pipeline.store.dictionary import write_dictionary
from pipeline.store.load import load_table
from pipeline.store.manifest import MANIFEST_NAME, make_manifest, manifest_text
from pipeline.store.tables import DOCUMENTS, ENTITY_INDEX, PAGES
from pipeline.store.texts import NextTexts
from pipeline.store.writers import DEFAULT_FORMAT, TableWriter, write_table

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
        published = find_dateline(text, title=document.title)
        source = "dateline" if published else ""
    if not published:
        published = find_adoption_date(text)
        source = "adoption line" if published else ""
    if not published:
        published = find_closing_date(text)
        source = "closing line" if published else ""
    # The text decides; a page's declared <html lang> only fills in when the text is too short to tell
    # (templates often declare "en" on translated pages).
    language = detect_language(text) or document.language
    document = replace(
        document, title=title, published=published, published_source=source, language=language, n_chars=len(text)
    )
    if language and language not in SUPPORTED:
        share = english_share(text)
        if share < MIN_ENGLISH_SHARE:
            return replace(
                document, status="skipped", error=f"language '{language}' is not supported by the English model"
            ), text
        # a text printed with its English translation: its English paragraphs are read (`extract_stage`)
        bilingual = f"written in '{language}' and English ({share:.0%} of its paragraphs' letters): English part read"
        document = replace(document, warning="; ".join(filter(None, (document.warning, bilingual))))
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
    use_cache: bool = True,
    fmt: str = DEFAULT_FORMAT,
) -> list[Document]:
    """Read and clean every file in `raw_dir`; write processed/text/*.txt, documents.csv and pages.csv.

    Files whose bytes, path, limits and pipeline version are unchanged since the last run are not
    decoded and cleaned again: their result comes from processed/cache/read/. The texts are
    written as a new version of processed/text and switched in one step (`NextTexts`), so a
    run killed at any moment never leaves a table pointing into texts that changed.
    """
    raw_dir, processed_dir = Path(raw_dir), Path(processed_dir)
    processed_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(processed_dir)
    paths = discover(raw_dir, exclude=processed_dir)
    doc_ids = make_doc_ids(paths, raw_dir)
    cache = ReadCache(processed_dir / config.CACHE_SUBDIR / "read", package_fingerprint()) if use_cache else None
    documents: list[Document] = []
    pages: list[PageSpan] = []
    with NextTexts(processed_dir) as texts:
        for path in paths:
            document, text = _prepare_cached(path, doc_ids[path], raw_dir, cache, max_file_bytes, max_chars)
            if text and document.format == "pdf":
                pages.extend(page_spans(document.doc_id, text))
            if text and document.n_chars:
                texts.add(document.doc_id, text)
            documents.append(document)
            progress(1)
        texts.commit()
    write_table(documents, DOCUMENTS, processed_dir, fmt)
    write_table(pages, PAGES, processed_dir, fmt)
    # which raw folder these tables describe, and a hash of every file read (issue 20)
    write_if_changed(processed_dir / MANIFEST_NAME, manifest_text(make_manifest(raw_dir, documents)))
    write_dictionary(processed_dir, fmt)  # README.md + datapackage.json: the tables travel with their meaning
    if cache is not None:
        cache.prune(keep=set(doc_ids.values()))
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


def _prepare_cached(
    path: Path, doc_id: str, raw_dir: Path, cache: ReadCache | None, max_file_bytes: int, max_chars: int
) -> tuple[Document, str]:
    """`_prepare_safely`, or its cached result when the file's bytes and the limits have not changed."""
    key = _read_cache_key(cache, path, doc_id, raw_dir, max_file_bytes, max_chars) if cache else None
    cached = cache.load(doc_id, key) if key else None
    if cached is not None:
        return cached
    result = _prepare_safely(path, doc_id, raw_dir, max_file_bytes, max_chars)
    if key and result[0].status != "error":
        cache.store(doc_id, key, result)
    return result


def _read_cache_key(
    cache: ReadCache, path: Path, doc_id: str, raw_dir: Path, max_file_bytes: int, max_chars: int
) -> str | None:
    """The cache key of a regular file within the size limit; None for anything else, which is
    never hashed (a huge file is not read just to hash it, a FIFO or device would block) and is
    left to prepare_document to report."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) or not 0 < info.st_size <= max_file_bytes or outside(path, raw_dir):
            return None
        source = f"{path.relative_to(raw_dir).as_posix()}\0{max_file_bytes}\0{max_chars}"
        return cache.key(doc_id, source, path.read_bytes())
    except (OSError, ValueError):  # unreadable, a folder, a broken link...
        return None


@dataclass(frozen=True)
class ExtractSummary:
    """What the extract stage did. The rows themselves are in the tables, not kept in memory."""

    n_documents: int = 0
    n_rows: dict[str, int] = field(default_factory=dict)  # rows written per extracted table
    n_cached: int = 0  # documents whose results came from the cache (not parsed again)
    failed: tuple[str, ...] = ()  # "doc_id: reason" for documents whose extraction raised


def extract_stage(
    processed_dir: Path,
    model_name: str = config.MODEL_NAME,
    batch_size: int = config.BATCH_SIZE,
    progress: Progress = _no_progress,
    *,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    use_cache: bool = True,
    max_chars: int = config.NLP_CHUNK_CHARS,
    nlp: Language | None = None,
    fmt: str = DEFAULT_FORMAT,
) -> ExtractSummary:
    """Parse every readable document once with spaCy and write the three extraction tables.

    Streaming: documents go in doc_id order, `batch_size` at a time, to the engine (this process,
    `workers` local processes, or Dask); each batch's rows are appended to the tables as soon as
    the batch is back, so memory does not grow with the corpus. Documents whose text, published
    date and pipeline version are unchanged since the last run come from the cache in
    processed/cache/ instead of being parsed again. The tables are byte-identical whatever the
    engine, the number of workers or the cache state. `nlp`: an already loaded model to use
    in this process (it must be `load_nlp(model_name)`); the default loads it when needed.
    """
    processed_dir = Path(processed_dir)
    documents = load_table("documents", processed_dir)
    ready = documents[documents["status"] == "ok"]
    doc_ids = sorted(ready["doc_id"])  # the streaming writers need doc_id order
    published = dict(zip(ready["doc_id"], ready["published"], strict=True))
    # a text read for its English part (`prepare_document`): the model sees its other paragraphs blanked
    bilingual = set(
        ready["doc_id"][ready["language"].fillna("").map(lambda code: bool(code) and code not in SUPPORTED)]
    )
    del documents, ready
    options = JobOptions(model_name=model_name, batch_size=batch_size, max_chars=max_chars)
    cache = None
    if use_cache:
        folder = processed_dir / config.CACHE_SUBDIR / "extract"
        cache = ExtractCache(folder, pipeline_fingerprint(model_name, max_chars))
    text_dir = processed_dir / config.TEXT_SUBDIR

    def batches() -> Iterator[list[_Slot]]:
        for start in range(0, len(doc_ids), batch_size):
            yield [
                _slot(doc_id, text_dir, published[doc_id], cache, doc_id in bilingual)
                for doc_id in doc_ids[start : start + batch_size]
            ]

    counts = {"documents": 0, "cached": 0}
    failed: dict[str, str] = {}  # doc_id -> reason
    index = EntityIndexBuilder()
    with ExitStack() as stack:
        runner = stack.enter_context(make_engine(options, engine, workers, scheduler, nlp))
        writers = {e.name: stack.enter_context(TableWriter(e.table, processed_dir, fmt)) for e in EXTRACTORS}
        in_flight: deque[list[_Slot]] = deque()

        def jobs() -> Iterator[list[Task]]:
            for batch in batches():
                in_flight.append(batch)
                yield [slot.task for slot in batch if slot.cached is None and not slot.error]

        for results in runner.map(jobs()):
            batch = in_flight.popleft()
            fresh = {result.doc_id: result for result in results}
            done = []
            for slot in batch:
                doc_id = slot.task.doc_id
                if slot.error:
                    failed[doc_id] = slot.error
                elif slot.cached is not None:
                    done.append(slot.cached)
                    counts["cached"] += 1
                elif fresh[doc_id].error:
                    failed[doc_id] = f"extraction failed: {fresh[doc_id].error}"
                else:
                    if cache is not None:
                        cache.store(doc_id, slot.key, fresh[doc_id].extraction)
                    done.append(fresh[doc_id].extraction)
            for name, writer in writers.items():
                writer.write(r for found in done for r in found.get(name, []))
            for found in done:
                index.add(found.entities)
            counts["documents"] += len(batch)
            progress(len(batch))
    write_table(index.rows(), ENTITY_INDEX, processed_dir, fmt)
    if failed:
        _record_failures(processed_dir, failed, fmt)
    if cache is not None:
        cache.prune(keep=set(doc_ids))
    return ExtractSummary(
        n_documents=counts["documents"],
        n_rows={name: writer.n_rows for name, writer in writers.items()},
        n_cached=counts["cached"],
        failed=tuple(f"{doc_id}: {reason}" for doc_id, reason in sorted(failed.items())),
    )


def _record_failures(processed_dir: Path, failed: dict[str, str], fmt: str) -> None:
    """Mark documents whose extraction failed as `error` in documents.csv, with the reason.

    Their rows were never written, so no table holds half a document.
    """
    for doc_id, reason in sorted(failed.items()):
        log.error("no rows for %s: %s", doc_id, reason)
    documents = load_table("documents", processed_dir)
    rows = documents["doc_id"].isin(list(failed))
    documents.loc[rows, "status"] = "error"
    documents.loc[rows, "error"] = documents.loc[rows, "doc_id"].map(failed)
    write_table(documents.to_dict("records"), DOCUMENTS, processed_dir, fmt)


@dataclass(frozen=True)
class _Slot:
    """One document of a batch: the task to run, or its cached result."""

    task: Task
    key: str = ""
    cached: Extraction | None = None
    error: str = ""  # the document cannot be processed at all (its cleaned text is missing)


def _slot(doc_id: str, text_dir: Path, published: str, cache: ExtractCache | None, bilingual: bool = False) -> _Slot:
    try:
        text = (text_dir / f"{doc_id}.txt").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        error = f"cleaned text unreadable ({exc}): run the read stage again (`python -m pipeline read`)"
        return _Slot(Task(doc_id, "", published), error=error)
    if bilingual:
        text = blank_other_languages(text)
    if cache is None:
        return _Slot(Task(doc_id, text, published))
    key = cache.key(doc_id, text, published)
    cached = cache.load(doc_id, key)
    return _Slot(Task(doc_id, "" if cached is not None else text, published), key, cached)
