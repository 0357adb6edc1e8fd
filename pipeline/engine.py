"""Where the spaCy work runs: in this process, in a pool of local processes, or on a Dask cluster.

The unit of work is a *job*: a list of `Task`s (doc_id, cleaned text, published date). Every
engine runs the same `process_job` on each job with a model loaded once per process (or per Dask
worker) and yields the results job by job, in the order the jobs were given, holding only a
bounded number of jobs in flight. So the output does not depend on the engine or the number of
workers, and memory does not grow with the corpus.

- `LocalEngine`: this process (the default, `--workers 1`).
- `ProcessEngine`: `--workers N` local processes (spawned, each loading the model once).
- `DaskEngine`: `--engine dask`, a dask.distributed cluster: a `LocalCluster` of `--workers N`
  processes, or an existing scheduler (`--scheduler tcp://host:8786`). A `WorkerPlugin` loads
  the model once on every worker.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language

from pipeline import config
from pipeline.extract import Extraction, extract_document, shift_extraction
from pipeline.nlp import chunk_text, load_nlp

log = logging.getLogger(__name__)

ENGINES = ("local", "dask")

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

    A long text is parsed as several chunks (see `pipeline.nlp.chunk_text`); each chunk's records
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


def _process_job(nlp: Language, tasks: list[Task], options: JobOptions) -> list[Result]:
    items = (
        (piece, (i, offset))
        for i, task in enumerate(tasks)
        for offset, piece in chunk_text(task.text, options.max_chars)
    )
    parts: list[list[Extraction]] = [[] for _ in tasks]
    errors: list[str] = ["" for _ in tasks]
    sentences_before = [0] * len(tasks)
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
            found = extract_document(doc, task.doc_id, task.published)
        except Exception as exc:
            log.exception("extraction failed for %s", task.doc_id)
            errors[i] = f"{type(exc).__name__}: {exc}"
            continue
        parts[i].append(shift_extraction(found, offset, sentences_before[i]))
        if offset or len(task.text) > options.max_chars:
            sentences_before[i] += sum(1 for _ in doc.sents)
    return [
        Result(task.doc_id, Extraction(), errors[i]) if errors[i] else Result(task.doc_id, _merge(parts[i]))
        for i, task in enumerate(tasks)
    ]


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


def _merge(parts: list[Extraction]) -> Extraction:
    if len(parts) == 1:
        return parts[0]
    merged = Extraction()
    for part in parts:
        merged.entities.extend(part.entities)
        merged.dates.extend(part.dates)
        merged.demands.extend(part.demands)
    return merged


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


class LocalEngine:
    """Runs every job in this process; the model is loaded on the first non-empty job."""

    def __init__(self, options: JobOptions, nlp: Language | None = None) -> None:
        self.options = options
        self._model = ModelSlot(options.model_name, nlp)

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(self, *exc) -> None:
        pass

    def map(self, jobs: Iterable[list[Task]]) -> Iterator[list[Result]]:
        for job in jobs:
            yield process_job(self._model.for_next_job(), job, self.options) if job else []


# A worker process of `ProcessEngine` loads the model once, in its initializer, and keeps it here
# for the jobs it runs. Each process has its own copy; the parent never touches it.
_PROCESS_STATE: dict[str, object] = {}


def _init_process(options: JobOptions) -> None:
    logging.basicConfig(level=logging.WARNING)
    _PROCESS_STATE["model"] = model = ModelSlot(options.model_name)
    try:
        model.load()
    except Exception as exc:  # reported by the first job, where the parent can see it
        _PROCESS_STATE["error"] = exc


def _run_in_process(tasks: list[Task], options: JobOptions) -> list[Result]:
    # Not ProcessPoolExecutor(max_tasks_per_child=...): on Python 3.11 it can deadlock.
    if "error" in _PROCESS_STATE:
        raise _PROCESS_STATE["error"]
    return process_job(_PROCESS_STATE["model"].for_next_job(), tasks, options)


# The error of a document whose worker process died while parsing it, on its own, twice.
WORKER_DIED = "worker process died while parsing this document (killed by the system, most likely out of memory)"


class ProcessEngine:
    """Runs jobs in `workers` spawned processes, each loading the model once.

    A worker killed by the kernel (out of memory) breaks the whole pool: every job in flight is
    run again in a fresh pool, and a job that kills its worker again is split into its
    documents, so only a document that kills a worker on its own is lost (its `Result` has the
    error `WORKER_DIED`) and the run goes on.
    """

    def __init__(self, options: JobOptions, workers: int) -> None:
        self.options = options
        self.workers = workers
        self._pool = None

    def __enter__(self) -> ProcessEngine:
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _ensure_pool(self):
        if self._pool is None:  # started lazily: a fully cached run never loads the model
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # "spawn", not "fork": the parent may hold threads (progress bar, logging) that a
            # forked child would inherit in an undefined state.
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_process,
                initargs=(self.options,),
            )
        return self._pool

    def _submit(self, job: list[Task]):
        pool = self._ensure_pool()
        return pool, pool.submit(_run_in_process, job, self.options), job

    def _collect(self, entry) -> list[Result]:
        from concurrent.futures.process import BrokenProcessPool

        pool, future, job = entry
        try:
            return future.result()
        except BrokenProcessPool:
            self._discard(pool)
        return self._rerun(job)

    def _rerun(self, job: list[Task]) -> list[Result]:
        """A job lost with a dead worker: again in a fresh pool, then document by document."""
        from concurrent.futures.process import BrokenProcessPool

        pool = self._ensure_pool()
        try:
            return pool.submit(_run_in_process, job, self.options).result()
        except BrokenProcessPool:
            self._discard(pool)
        if len(job) == 1:
            log.error("no rows for %s: %s", job[0].doc_id, WORKER_DIED)
            return [Result(job[0].doc_id, Extraction(), WORKER_DIED)]
        return [result for task in job for result in self._rerun([task])]

    def _discard(self, pool) -> None:
        if pool is self._pool:
            self._pool = None
            pool.shutdown(wait=False, cancel_futures=True)

    def map(self, jobs: Iterable[list[Task]]) -> Iterator[list[Result]]:
        # Two jobs per worker in flight: one running, one queued, so no worker waits for the parent.
        yield from ordered(jobs, self._submit, self._collect, window=2 * self.workers)


def make_engine(
    options: JobOptions,
    engine: str = "local",
    workers: int = 1,
    scheduler: str | None = None,
    nlp: Language | None = None,
):
    """The engine for the CLI options `--engine`, `--workers` and `--scheduler`.

    `nlp`, an already loaded model, is used by the in-process engine only; the others load their own.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if workers < 1:
        raise ValueError("workers must be at least 1")
    if engine == "dask":
        from pipeline.dask_engine import DaskEngine  # imported only when asked for: distributed is heavy

        return DaskEngine(options, workers, scheduler)
    if scheduler:
        raise ValueError("--scheduler needs --engine dask")
    return ProcessEngine(options, workers) if workers > 1 else LocalEngine(options, nlp)
