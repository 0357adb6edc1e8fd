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
from collections.abc import Iterable, Iterator
from typing import Protocol

from spacy.language import Language

from pipeline.extract.registry import Extraction
from pipeline.run.jobs import JobOptions, ModelSlot, Result, Task, ordered, process_job

log = logging.getLogger(__name__)

ENGINES = ("local", "dask")


class Engine(Protocol):
    """What the extract stage needs of an engine: a context manager that maps jobs to results in order."""

    def __enter__(self) -> Engine: ...

    def __exit__(self, *exc: object) -> None: ...

    def map(self, jobs: Iterable[list[Task]]) -> Iterator[list[Result]]: ...


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
        from concurrent.futures.process import BrokenProcessPool

        pool = self._ensure_pool()
        try:
            return pool, pool.submit(_run_in_process, job, self.options), job
        except BrokenProcessPool:  # a worker died since the last submit: the job runs when collected
            return pool, None, job

    def _collect(self, entry) -> list[Result]:
        from concurrent.futures.process import BrokenProcessPool

        pool, future, job = entry
        if future is not None:
            try:
                return future.result()
            except BrokenProcessPool:
                pass
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
) -> Engine:
    """The engine for the CLI options `--engine`, `--workers` and `--scheduler`.

    `nlp`, an already loaded model, is used by the in-process engine only; the others load their own.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if workers < 1:
        raise ValueError("workers must be at least 1")
    if engine == "dask":
        from pipeline.run.dask_engine import DaskEngine  # imported only when asked for: distributed is heavy

        return DaskEngine(options, workers, scheduler)
    if scheduler:
        raise ValueError("--scheduler needs --engine dask")
    return ProcessEngine(options, workers) if workers > 1 else LocalEngine(options, nlp)
