"""The unit of work every engine runs: a job of documents, parsed once and extracted, results in order."""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language

from pipeline import config
from pipeline.classify.demands import classify_demands
from pipeline.extract.registry import Extraction, extract_document, merge_extractions, shift_extraction
from pipeline.nlp.chunks import chunk_text
from pipeline.nlp.model import gazetteer_of, load_nlp

log = logging.getLogger(__name__)

# A spaCy model's vocabulary grows with every new word it sees, so a process that parses
# millions of documents grows too. The engines load a fresh model after this many jobs (6,400
# documents at the default batch size): a reload costs 1-2 s, under 1% of parsing those
# documents, and does not change results (features hash the words, not vocabulary positions).
JOBS_PER_MODEL = 200


@dataclass(frozen=True)
class Task:
    """One document to parse and extract."""

    doc_id: str
    text: str
    published: str = ""


@dataclass(frozen=True)
class Result:
    """What one document gave; `error` is set (and `extraction` empty) when extraction failed."""

    doc_id: str
    extraction: Extraction
    error: str = ""


@dataclass(frozen=True)
class JobOptions:
    """Settings every engine passes to `process_job` (they must not change results across engines)."""

    model_name: str = config.MODEL_NAME
    batch_size: int = config.BATCH_SIZE
    max_chars: int = config.NLP_CHUNK_CHARS
    batch_chars: int = config.NLP_BATCH_CHARS


def process_job(nlp: Language, tasks: list[Task], options: JobOptions) -> list[Result]:
    """Parse and extract every task: one `nlp.pipe` pass over all their chunks, results in task order.

    A long text is parsed as several chunks (see `pipeline.nlp.chunks.chunk_text`); each chunk's records
    are shifted to document offsets and sentence numbers continue across chunks. An exception in
    the extractors loses that document only: it comes back as a `Result` with an `error`. If the
    model itself fails, the job is run again one document at a time to find the one to blame.
    """
    try:
        return _process_job(nlp, tasks, options)
    except Exception as exc:
        if len(tasks) == 1:
            log.exception("spaCy failed on %s", tasks[0].doc_id)
            return [Result(tasks[0].doc_id, Extraction(), f"spaCy failed: {type(exc).__name__}: {exc}")]
        return [result for task in tasks for result in process_job(nlp, [task], options)]


def char_batches(items: Iterable[tuple[str, object]], max_chars: int, max_items: int) -> Iterator[list]:
    """Group `(text, context)` pairs into batches of at most `max_chars` characters (and at most
    `max_items` pairs); a piece longer than `max_chars` is a batch of its own.

    spaCy holds a whole batch in memory while it runs; batching by count alone put all the
    100,000-character pieces of one long document into one batch (5 GB for 1.9 million
    characters). Parsing is per text, so the grouping does not change any result.

    >>> [[t for t, _ in b] for b in char_batches([("aa", 0), ("bb", 1), ("cccc", 2), ("d", 3)], 4, 32)]
    [['aa', 'bb'], ['cccc'], ['d']]
    """
    batch: list = []
    size = 0
    for item in items:
        n = len(item[0])
        if batch and (size + n > max_chars or len(batch) >= max_items):
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += n
    if batch:
        yield batch


def _process_job(nlp: Language, tasks: list[Task], options: JobOptions) -> list[Result]:
    items = (
        (piece, (i, offset))
        for i, task in enumerate(tasks)
        for offset, piece in chunk_text(task.text, options.max_chars)
    )
    parts: list[list[Extraction]] = [[] for _ in tasks]
    errors: list[str] = ["" for _ in tasks]
    sentences_before = [0] * len(tasks)
    gazetteer = gazetteer_of(nlp)
    parsed = (
        parsed
        for group in char_batches(items, options.batch_chars, options.batch_size)
        for parsed in nlp.pipe(group, as_tuples=True, batch_size=len(group))
    )
    for doc, (i, offset) in parsed:
        if errors[i]:
            continue
        task = tasks[i]
        try:
            found = extract_document(doc, task.doc_id, task.published, gazetteer)
        except Exception as exc:
            log.exception("extraction failed for %s", task.doc_id)
            errors[i] = f"{type(exc).__name__}: {exc}"
            continue
        parts[i].append(shift_extraction(found, offset, sentences_before[i]))
        if offset or len(task.text) > options.max_chars:
            sentences_before[i] += sum(1 for _ in doc.sents)
    merged = [merge_extractions(parts[i]) if not errors[i] else Extraction() for i in range(len(tasks))]
    # One classifier pass over every demand of the job (not one per document or per demand).
    merged = classify_demands(merged)
    return [
        Result(task.doc_id, Extraction(), errors[i]) if errors[i] else Result(task.doc_id, merged[i])
        for i, task in enumerate(tasks)
    ]


def ordered(jobs: Iterable[list[Task]], submit: Callable, collect: Callable, window: int) -> Iterator[list[Result]]:
    """Submit jobs ahead (at most `window` in flight) and yield their results in job order.

    Empty jobs (every document cached) are answered here without a round trip.
    """
    pending: deque = deque()
    for job in jobs:
        pending.append(submit(job) if job else None)
        while len(pending) > window or (pending and pending[0] is None):
            head = pending.popleft()
            yield collect(head) if head is not None else []
    while pending:
        head = pending.popleft()
        yield collect(head) if head is not None else []


class ModelSlot:
    """The model a process runs its jobs with: loaded once, then replaced by a fresh one every
    JOBS_PER_MODEL jobs. A model passed in (tests, notebooks) is used as it is and never replaced."""

    def __init__(self, model_name: str, nlp: Language | None = None) -> None:
        self.model_name = model_name
        self._nlp = nlp
        self._owned = nlp is None
        self._jobs = 0

    def load(self) -> None:
        self._nlp = None  # let the old model go before loading the new one
        self._nlp = load_nlp(self.model_name)

    def for_next_job(self) -> Language:
        if self._nlp is None or (self._owned and self._jobs and self._jobs % JOBS_PER_MODEL == 0):
            self.load()
        self._jobs += 1
        return self._nlp
