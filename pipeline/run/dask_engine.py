"""The Dask engine: the extract stage's jobs as tasks on a dask.distributed cluster.

`--engine dask` runs on a `LocalCluster` of `--workers N` processes (one thread each), or on an
existing cluster with `--scheduler tcp://host:8786`. The `ModelPlugin` loads the spaCy model once
on every worker, when it starts or joins; every task then reuses it. Workers need this package
and the model installed (the same versions as the client: the cache key does not see theirs).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from distributed import Client, LocalCluster, WorkerPlugin, get_worker

from pipeline.run.jobs import JobOptions, ModelSlot, Result, Task, ordered, process_job

PLUGIN_NAME = "pipeline-model"


class ModelPlugin(WorkerPlugin):
    """Dask worker plugin: loads the spaCy model once when a worker starts (or joins)."""

    name = PLUGIN_NAME

    def __init__(self, model_name: str) -> None:
        self.model_name = model_name
        self.model: ModelSlot | None = None
        self.error: Exception | None = None

    def setup(self, worker) -> None:
        self.model = ModelSlot(self.model_name)
        try:
            self.model.load()
        except Exception as exc:  # reported by the first job, where the client can see it
            self.error = exc

    def teardown(self, worker) -> None:
        self.model = None


def _run_on_dask_worker(tasks: list[Task], options: JobOptions) -> list[Result]:
    plugin = get_worker().plugins[PLUGIN_NAME]
    if plugin.error is not None:
        raise plugin.error
    return process_job(plugin.model.for_next_job(), tasks, options)


class DaskEngine:
    """Runs jobs on a dask.distributed cluster: a LocalCluster of `workers` processes, or `scheduler`."""

    def __init__(self, options: JobOptions, workers: int = 2, scheduler: str | None = None) -> None:
        self.options = options
        self.workers = workers
        self.scheduler = scheduler
        self._client = None
        self._cluster = None

    def __enter__(self) -> DaskEngine:
        if self.scheduler:
            self._client = Client(self.scheduler)
        else:
            # One thread per worker process: a spaCy pipeline is not meant to be shared by threads.
            self._cluster = LocalCluster(
                n_workers=self.workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",  # any free port: never clash with another cluster on 8787
                silence_logs=logging.ERROR,
            )
            self._client = Client(self._cluster)
        self._client.register_plugin(ModelPlugin(self.options.model_name), name=PLUGIN_NAME)
        return self

    def __exit__(self, *exc) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
        self._client = self._cluster = None

    def _submit(self, job: list[Task]):
        return self._client.submit(_run_on_dask_worker, job, self.options, pure=False)

    def map(self, jobs: Iterable[list[Task]]) -> Iterator[list[Result]]:
        threads = sum(self._client.nthreads().values()) or 1
        yield from ordered(jobs, self._submit, lambda future: future.result(), window=2 * threads)
