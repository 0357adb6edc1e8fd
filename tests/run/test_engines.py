"""Jobs: parsing and extracting a batch of documents, in chunks, in order, one bad document at a time."""

from __future__ import annotations

import contextlib

import pytest

from pipeline.nlp.chunks import chunk_text
from pipeline.run import engines, jobs
from pipeline.run.jobs import JobOptions, Task, ordered, process_job

# Written for these tests (not from the bundled corpus).
STATEMENT = (
    "GENEVA (14 March 2023) - The Special Rapporteur on the situation of human rights in Belarus, "
    "Anaïs Marin, urged the authorities in Minsk to release all political prisoners.\n\n"
    "Amnesty International called on the Government to end torture in detention and to allow "
    "independent monitors to visit prisons before 1 June 2023.\n\n"
    "The Committee against Torture said it remained concerned about reports from Grodno and Brest."
)


def test_a_text_parsed_in_chunks_keeps_document_offsets_and_sentence_numbers(nlp):
    options = JobOptions(max_chars=200)
    [result] = process_job(nlp, [Task("doc", STATEMENT, "2023-03-14")], options)
    assert len(chunk_text(STATEMENT, 200)) > 1 and not result.error
    found = result.extraction
    assert found.entities and found.dates
    for record in (*found.entities, *found.dates):
        assert STATEMENT[record.start_char : record.end_char] == record.text
    for record in found.demands:
        assert STATEMENT[record.start_char : record.end_char] == record.demand
    in_order = sorted(found.entities, key=lambda e: e.start_char)
    sent_ids = [e.sent_id for e in in_order]
    assert sent_ids == sorted(sent_ids) and sent_ids[-1] > sent_ids[0]


@pytest.mark.parametrize("batch_size", [1, 2, 5])
def test_results_do_not_depend_on_batch_size(nlp, batch_size):
    tasks = [Task(f"d{i}", piece, "2023-03-14") for i, piece in enumerate(STATEMENT.split("\n\n"))]
    expected = process_job(nlp, tasks, JobOptions(batch_size=32))
    assert process_job(nlp, tasks, JobOptions(batch_size=batch_size)) == expected
    assert [r.doc_id for r in expected] == ["d0", "d1", "d2"]


@pytest.mark.parametrize("window", [1, 2, 5])
def test_jobs_come_back_in_order_with_empty_jobs_answered_locally(window):
    jobs = [[Task("a", "x")], [], [Task("b", "y"), Task("c", "z")], [], []]
    submitted = []

    def submit(job):
        submitted.append(job)
        return job

    results = list(ordered(iter(jobs), submit, lambda job: [t.doc_id for t in job], window))
    assert results == [["a"], [], ["b", "c"], [], []]
    assert submitted == [job for job in jobs if job]


def test_a_document_the_model_rejects_loses_only_its_own_rows(nlp):
    too_long = "word " * (nlp.max_length // 5 + 1)  # spaCy refuses texts over nlp.max_length
    tasks = [Task("a", STATEMENT), Task("b", too_long), Task("c", STATEMENT)]
    results = process_job(nlp, tasks, JobOptions(max_chars=10 * nlp.max_length))
    assert [r.doc_id for r in results] == ["a", "b", "c"]
    assert "spaCy failed" in results[1].error and not results[1].extraction.entities
    assert results[0].extraction.entities and results[2].extraction.entities
    assert not results[0].error and not results[2].error


def test_a_fresh_model_every_few_jobs_gives_the_same_rows(nlp, monkeypatch):
    tasks = [Task(f"d{i}", piece, "2023-03-14") for i, piece in enumerate(STATEMENT.split("\n\n"))]
    expected = [process_job(nlp, [task], JobOptions()) for task in tasks]
    monkeypatch.setattr(jobs, "JOBS_PER_MODEL", 1)  # reload before every job after the first
    with engines.LocalEngine(JobOptions()) as runner:
        assert list(runner.map([task] for task in tasks)) == expected


def test_long_documents_are_parsed_in_batches_bounded_by_characters(nlp):
    """A 1.9-million-character document's pieces never go into one nlp.pipe batch, and how the
    pieces are batched does not change a single row."""
    from pipeline import config
    from pipeline.run.jobs import char_batches

    pieces = chunk_text(("Paragraph about detention in Minsk. " * 30 + "\n\n") * 1750, config.NLP_CHUNK_CHARS)
    assert sum(len(p) for _, p in pieces) > 1_800_000
    batches = list(char_batches(((p, o) for o, p in pieces), config.NLP_BATCH_CHARS, config.BATCH_SIZE))
    assert len(batches) >= 9 and all(sum(len(p) for p, _ in b) <= config.NLP_BATCH_CHARS for b in batches)
    assert [o for b in batches for _, o in b] == [o for o, _ in pieces]  # every piece, in order

    tasks = [Task("long", (STATEMENT + "\n\n") * 12, "2023-03-14"), Task("short", STATEMENT, "2023-03-14")]
    one_batch = process_job(nlp, tasks, JobOptions(max_chars=1_000, batch_chars=1_000_000))
    many_batches = process_job(nlp, tasks, JobOptions(max_chars=1_000, batch_chars=1_500))
    assert many_batches == one_batch and one_batch[0].extraction.entities


def test_a_worker_killed_by_the_system_costs_only_its_document():
    """SIGKILL of the worker processes (what the kernel's out-of-memory killer does) while one
    document is in flight: that document comes back with an error, the next one is parsed."""
    import multiprocessing
    import os
    import signal
    import threading
    import time

    from pipeline.run.engines import WORKER_DIED, ProcessEngine

    lock, killing, stop = threading.Lock(), threading.Event(), threading.Event()
    killing.set()

    def killer() -> None:
        while not stop.is_set():
            with lock:
                if killing.is_set():
                    for child in multiprocessing.active_children():
                        with contextlib.suppress(OSError):
                            os.kill(child.pid, signal.SIGKILL)
            time.sleep(0.02)

    thread = threading.Thread(target=killer, daemon=True)
    thread.start()
    try:
        with ProcessEngine(JobOptions(), workers=1) as runner:
            results = runner.map(iter([[Task("doomed", STATEMENT)], [Task("fine", STATEMENT)]]))
            doomed = next(results)
            with lock:
                killing.clear()
            fine = next(results)
            assert next(results, None) is None
    finally:
        stop.set()
        thread.join()
    assert [(r.doc_id, r.error) for r in doomed] == [("doomed", WORKER_DIED)]
    assert [(r.doc_id, r.error) for r in fine] == [("fine", "")] and fine[0].extraction.entities


def test_a_job_submitted_after_a_worker_died_runs_in_a_fresh_pool():
    """The pool may break between two submissions (a worker killed while the next job is queued):
    the job that could not be submitted runs when its turn comes, instead of stopping the run."""
    import multiprocessing
    import os
    import signal
    from concurrent.futures.process import BrokenProcessPool

    from pipeline.run.engines import ProcessEngine

    with ProcessEngine(JobOptions(), workers=1) as runner:
        pool = runner._ensure_pool()
        assert pool.submit(os.getpid).result(timeout=120)  # the worker is up
        for child in multiprocessing.active_children():
            os.kill(child.pid, signal.SIGKILL)
        with pytest.raises(BrokenProcessPool):
            pool.submit(os.getpid).result(timeout=120)
        results = list(runner.map(iter([[Task("fine", STATEMENT)]])))
    assert [(r.doc_id, r.error) for r in results[0]] == [("fine", "")] and results[0][0].extraction.entities
