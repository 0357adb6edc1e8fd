"""Command line: `python -m pipeline {run,read,extract,evaluate,scrape} ...`.

The CLI is the only layer that prints, shows progress bars and turns errors into exit codes.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from pipeline import __version__, config

log = logging.getLogger("pipeline")


class UsageError(Exception):
    """A problem the user can fix (missing folder, unknown model): one line, exit code 2."""


def _progress_bar(total: int, description: str):
    from tqdm import tqdm

    return tqdm(total=total, desc=description, unit="doc", disable=None, file=sys.stderr)


def _check_raw(raw: Path) -> None:
    if not raw.exists():
        raise UsageError(f"raw folder not found: {raw}")
    if not raw.is_dir():
        raise UsageError(f"raw path is not a folder: {raw}")
    try:
        with os.scandir(raw) as entries:
            next(entries, None)
    except OSError as exc:
        raise UsageError(f"cannot list raw folder {raw}: {exc.strerror or exc}") from exc


def _check_writable(processed: Path) -> None:
    """Create the output folder and prove we can write there, before any work is done.

    A real test file rather than os.access: access() says yes to root on a read-only file
    system, and knows nothing of ACLs or full disks.
    """
    try:
        processed.mkdir(parents=True, exist_ok=True)
    except FileExistsError as exc:
        raise UsageError(f"output path exists and is not a folder: {processed}") from exc
    except OSError as exc:
        raise UsageError(f"cannot create output folder {processed}: {exc.strerror or exc}") from exc
    try:
        with tempfile.TemporaryFile(dir=processed):
            pass
    except OSError as exc:
        raise UsageError(f"output folder is not writable: {processed} ({exc.strerror or exc})") from exc


def _check_model(model_name: str) -> None:
    """Fail before reading anything when the spaCy model is not installed."""
    from pipeline.nlp.model import ModelNotFoundError, check_model

    try:
        check_model(model_name)
    except ModelNotFoundError as exc:
        raise UsageError(str(exc)) from exc


def _limits(args: argparse.Namespace) -> dict[str, int]:
    if not args.max_file_mb > 0:
        raise UsageError(f"--max-file-mb must be a positive number, not {args.max_file_mb}")
    if args.max_chars < 1:
        raise UsageError(f"--max-chars must be a positive number, not {args.max_chars}")
    return {"max_file_bytes": int(args.max_file_mb * 1_000_000), "max_chars": args.max_chars}


def _check_separate(raw: Path, processed: Path) -> None:
    """The output folder may sit inside the raw folder (it is not read back), but not be it."""
    if raw.resolve() == processed.resolve():
        raise UsageError(f"output folder must not be the raw folder itself: {processed}")


def _resolve_raw(args: argparse.Namespace) -> Path:
    """The raw folder to read: --raw, else the one PROCESSED/run.json records, else ./raw.

    A processed folder made from one raw folder is never silently refilled from another: an
    explicit --raw that differs from the recorded one is refused (issue 20, the make trap).
    """
    from pipeline.store.manifest import MANIFEST_NAME, read_manifest

    try:
        manifest = read_manifest(args.processed)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    if args.raw is None:
        if manifest is None:
            return config.RAW_DIR
        if manifest.raw_dir.resolve() != config.RAW_DIR.resolve():
            print(f"reading {manifest.raw}, the raw folder {args.processed} was made from", file=sys.stderr)
        return manifest.raw_dir
    _check_raw(args.raw)  # a raw folder that is not there is the first thing to say
    if manifest is not None and manifest.raw_dir.resolve() != args.raw.resolve():
        raise UsageError(
            f"{args.processed} holds tables made from {manifest.raw}, not from {args.raw.resolve()}: "
            f"choose another --processed folder, leave out --raw to update it from {manifest.raw}, "
            f"or delete {args.processed / MANIFEST_NAME} to replace its tables"
        )
    return args.raw


# Lines of skipped or failed files printed at the end of a run; the rest are in documents.csv.
MAX_LISTED = 20


def _list_problems(rows: list[tuple[str, str, str]], where: str) -> None:
    """Print (status, name, reason) rows on stderr, a screenful at most, and where the rest are."""
    for status, name, reason in rows[:MAX_LISTED]:
        print(f"  {status}: {name}: {reason}", file=sys.stderr)
    if len(rows) > MAX_LISTED:
        print(f"  ... and {len(rows) - MAX_LISTED} more: see {where}", file=sys.stderr)


def cmd_read(args: argparse.Namespace) -> int:
    from pipeline.ingest.discover import discover
    from pipeline.run.stages import read_stage
    from pipeline.store.tables import DOCUMENTS
    from pipeline.store.writers import table_path

    args.raw = _resolve_raw(args)
    _check_raw(args.raw)
    _check_separate(args.raw, args.processed)
    limits = _limits(args)
    _check_writable(args.processed)
    with _progress_bar(len(discover(args.raw, exclude=args.processed)), "read") as bar:
        documents = read_stage(
            args.raw, args.processed, progress=bar.update, use_cache=not args.no_cache, fmt=args.format, **limits
        )
    if not documents:
        print(f"warning: no input files found in {args.raw}", file=sys.stderr)
    statuses = {s: sum(d.status == s for d in documents) for s in ("ok", "skipped", "error")}
    table = table_path(DOCUMENTS, args.processed, args.format)
    print(
        f"read {len(documents)} files: {statuses['ok']} ok, {statuses['skipped']} skipped, "
        f"{statuses['error']} errors -> {table}"
    )
    problems = [(d.status, d.source_path, d.error) for d in documents if d.status != "ok"]
    _list_problems(problems, f"{table} (columns status and error)")
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from pipeline.extract.registry import EXTRACTORS
    from pipeline.nlp.gazetteer import GazetteerError
    from pipeline.nlp.model import ModelNotFoundError
    from pipeline.run.stages import extract_stage
    from pipeline.store.load import load_table
    from pipeline.store.tables import DOCUMENTS
    from pipeline.store.writers import table_path

    _check_batch_size(args)
    documents = table_path(DOCUMENTS, args.processed, args.format)
    if not documents.exists():
        raise UsageError(f"{documents} not found: run `python -m pipeline read` first")
    _check_writable(args.processed)
    _check_model(args.model)
    scale = _scale_options(args)
    try:
        n_ok = int((load_table("documents", args.processed)["status"] == "ok").sum())
    except (ValueError, KeyError) as exc:
        raise UsageError(
            f"{documents} is not a valid documents table ({exc}): run `python -m pipeline read` again"
        ) from exc
    try:
        with _progress_bar(n_ok, "extract") as bar:
            result = extract_stage(
                args.processed, args.model, args.batch_size, progress=bar.update, fmt=args.format, **scale
            )
    except (ModelNotFoundError, GazetteerError) as exc:
        raise UsageError(str(exc)) from exc
    except (OSError, TimeoutError) as exc:
        if getattr(args, "scheduler", None):
            raise UsageError(f"cannot use the Dask scheduler at {args.scheduler}: {exc}") from exc
        raise
    cached = f" ({result.n_cached} from the cache)" if result.n_cached else ""
    found = ", ".join(f"{result.n_rows.get(e.name, 0)} {e.description or e.name}" for e in EXTRACTORS)
    print(f"extracted {found} from {result.n_documents} documents{cached} -> {args.processed}")
    if result.failed:
        print(f"extraction failed for {len(result.failed)} documents: they have no rows", file=sys.stderr)
        failed = [("error", *line.split(": ", 1)) for line in result.failed]
        _list_problems(failed, f"{documents} (columns status and error)")
    return 0


def _check_batch_size(args: argparse.Namespace) -> None:
    if args.batch_size < 1:
        raise UsageError(f"--batch-size must be a positive number, not {args.batch_size}")


def _scale_options(args: argparse.Namespace) -> dict:
    """--workers, --engine, --scheduler and --no-cache as extract_stage keyword options (issue 9)."""
    if args.workers < 1:
        raise UsageError("--workers must be at least 1")
    if args.scheduler and args.engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    if args.engine == "dask":
        try:
            import distributed  # noqa: F401  (an optional extra since issue 20)
        except ImportError as exc:
            raise UsageError(
                "--engine dask needs dask.distributed, which is not installed: "
                "run `make dask` or `pip install -e '.[dask]'`"
            ) from exc
    return {"workers": args.workers, "engine": args.engine, "scheduler": args.scheduler, "use_cache": not args.no_cache}


def cmd_run(args: argparse.Namespace) -> int:
    args.raw = _resolve_raw(args)
    _check_raw(args.raw)
    # every option is checked before any time is spent on the read stage
    _check_batch_size(args)
    _limits(args)
    _scale_options(args)
    _check_model(args.model)
    cmd_read(args)
    return cmd_extract(args)


def cmd_scrape(args: argparse.Namespace) -> int:
    from pipeline.ingest.scrape import Settings, SourcesError, read_sources, scrape

    try:
        sources = read_sources(args.sources)
    except SourcesError as exc:
        raise UsageError(str(exc)) from exc
    _check_writable(args.raw)
    settings = Settings(
        timeout=args.timeout,
        deadline=args.deadline,
        retries=args.retries,
        host_delay=args.delay,
        max_bytes=args.max_bytes,
    )
    with _progress_bar(len(sources), "scrape") as bar:
        rows = scrape(sources, args.raw, settings, progress=bar.update)
    counts = {s: sum(r.status == s for r in rows) for s in ("fetched", "unchanged", "skipped", "error")}
    print(
        f"scraped {len(rows)} URLs: {counts['fetched']} fetched, {counts['unchanged']} unchanged, "
        f"{counts['skipped']} skipped, {counts['error']} errors -> {args.raw / 'manifest.csv'}"
    )
    problems = [(r.status, r.url, r.error) for r in rows if r.status in ("skipped", "error")]
    _list_problems(problems, f"{args.raw / 'manifest.csv'}")
    if rows and not any(r.status in ("fetched", "unchanged") for r in rows):
        print(f"error: none of the {len(rows)} URLs could be fetched", file=sys.stderr)
        return 1
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from pipeline.analysis.evaluate import evaluate_groups, format_groups, sample_ids

    for name in ("documents", "entities", "dates", "demands"):
        if not (args.processed / f"{name}.csv").exists():
            raise UsageError(f"{args.processed / (name + '.csv')} not found: run `python -m pipeline run` first")
    if not args.gold.is_dir():
        raise UsageError(f"gold folder not found: {args.gold}")
    _check_gold_overlap(args.processed, args.gold)
    try:
        groups = evaluate_groups(args.processed, args.gold, config.GOLD_DIR)
    except FileNotFoundError as exc:
        raise UsageError(str(exc)) from exc
    gold_ids = {p.stem for p in args.gold.glob("*.json")}
    samples = sample_ids(config.GOLD_DIR) & gold_ids
    print(format_groups(groups, {"samples": len(samples), "others": len(gold_ids - samples), "all": len(gold_ids)}))
    return 0


def _check_gold_overlap(processed: Path, gold: Path) -> None:
    """Scores over documents the tables do not hold are meaningless (precision 1.000 of nothing):
    refuse when no gold document is in the tables, name the missing ones when some are."""
    import json

    from pipeline.store.load import load_table

    gold_ids = set()
    for path in sorted(gold.glob("*.json")):
        try:
            gold_ids.add(json.loads(path.read_text(encoding="utf-8"))["doc_id"])
        except (ValueError, KeyError, TypeError) as exc:
            raise UsageError(f"{path} is not a gold annotation file ({exc})") from exc
    documents = load_table("documents", processed)
    present = set(documents.loc[documents["status"] == "ok", "doc_id"])
    if gold_ids and not gold_ids & present:
        raise UsageError(
            f"none of the {len(gold_ids)} gold documents in {gold} is among the documents read into "
            f"{processed}: nothing to score (evaluate the folder the gold files describe)"
        )
    missing = sorted(gold_ids - present)
    if missing:
        print(
            f"warning: {len(missing)} of {len(gold_ids)} gold documents are not in {processed} and count as "
            f"missed: {', '.join(missing[:MAX_LISTED])}{' ...' if len(missing) > MAX_LISTED else ''}",
            file=sys.stderr,
        )


def cmd_benchmark(args: argparse.Namespace) -> int:
    from pipeline.analysis.benchmarks.runner import render_report, run_benchmarks, summary_table
    from pipeline.store.atomic import write_atomic

    try:
        results = run_benchmarks(args.shared, args.only or None)
    except KeyError as exc:
        raise UsageError(exc.args[0]) from exc
    print(summary_table(results))
    command = "make benchmark" if not args.only else f"python -m pipeline benchmark --only {' '.join(args.only)}"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(args.out, render_report(results, command))
    print(f"-> {args.out}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    from pipeline.ingest.readers import supported_suffixes

    parser = argparse.ArgumentParser(
        prog="python -m pipeline",
        allow_abbrev=False,
        description="Turn human-rights documents into tidy tables: who said what, when, and "
        "demanded what of whom. Stages: read (raw/ -> documents.csv, pages.csv + cleaned text), extract "
        "(spaCy -> entities.csv, entity_index.csv, dates.csv, demands.csv); run does both; "
        "scrape fetches a list of URLs into raw/; evaluate scores the tables against gold annotations.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what each stage does")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands = _Commands(subparsers)

    def add_raw(p):
        p.add_argument(
            "--raw",
            type=Path,
            default=None,
            help=f"folder of input documents ({', '.join(supported_suffixes())}); default: the folder recorded "
            f"in PROCESSED/run.json by the run that made it, else {config.RAW_DIR}/ of the current folder",
        )

    def add_processed(p):
        p.add_argument(
            "--processed",
            type=Path,
            default=config.PROCESSED_DIR,
            help=f"folder for the tables and cleaned text; default {config.PROCESSED_DIR}/ of the current folder",
        )

    def add_limits(p):
        p.add_argument(
            "--max-file-mb",
            type=float,
            default=config.MAX_FILE_BYTES / 1_000_000,
            help="files larger than this many megabytes are listed as skipped, not read; "
            f"default {config.MAX_FILE_BYTES / 1_000_000:g}",
        )
        p.add_argument(
            "--max-chars",
            type=int,
            default=config.MAX_TEXT_CHARS,
            help="documents whose cleaned text is longer than this are listed as skipped, not parsed; "
            f"default {config.MAX_TEXT_CHARS:,}",
        )

    def add_model(p):
        p.add_argument(
            "--model",
            default=config.MODEL_NAME,
            help=f"installed spaCy model package to load; default {config.MODEL_NAME}",
        )
        p.add_argument(
            "--batch-size",
            type=int,
            default=config.BATCH_SIZE,
            help=f"documents per nlp.pipe batch; default {config.BATCH_SIZE}",
        )
        add_scale(p)

    def add_scale(p):
        p.add_argument(
            "--workers",
            type=int,
            default=1,
            help="processes that parse in parallel (each loads the model once); default 1. "
            "With --engine dask and no --scheduler: the number of local Dask workers",
        )
        p.add_argument(
            "--engine",
            choices=("local", "dask"),
            default="local",
            help="local: this machine (default); dask: a dask.distributed cluster",
        )
        p.add_argument(
            "--scheduler",
            metavar="ADDRESS",
            help="address of a running Dask scheduler, e.g. tcp://host:8786 (with --engine dask); "
            "default: start a local cluster of --workers processes",
        )
        add_no_cache(p)

    def add_format(p):
        p.add_argument(
            "--format",
            choices=("csv", "parquet"),
            default="csv",
            help="table format: csv (default) or parquet (needs pyarrow: pip install 'pipeline[parquet]')",
        )

    def add_no_cache(p):
        p.add_argument(
            "--no-cache",
            action="store_true",
            help="process every document again instead of reusing unchanged results "
            f"from PROCESSED/{config.CACHE_SUBDIR}/",
        )

    run = commands.add_parser(
        "run",
        help="read, clean and extract: raw/ -> every table in processed/",
        description="Run the whole pipeline: read and clean every file in --raw, "
        "then extract entities, dates and demands into --processed.",
    )
    add_raw(run)
    add_processed(run)
    add_model(run)
    add_limits(run)
    add_format(run)
    run.set_defaults(func=cmd_run)

    read = commands.add_parser(
        "read",
        help="read and clean raw files -> documents.csv, pages.csv and text/",
        description="Read every file in --raw (one documents.csv row each, with "
        "status and reason) and save its cleaned text under --processed/text/.",
    )
    add_raw(read)
    add_processed(read)
    add_limits(read)
    add_no_cache(read)
    add_format(read)
    read.set_defaults(func=cmd_read)

    extract = commands.add_parser(
        "extract",
        help="spaCy pass -> entities.csv, entity_index.csv, dates.csv, demands.csv",
        description="Parse each readable document once with spaCy and write the entity, entity index, "
        "date and demand tables. Unchanged documents are taken from PROCESSED/cache/ (see --no-cache).",
    )
    add_processed(extract)
    add_model(extract)
    add_format(extract)
    extract.set_defaults(func=cmd_extract)

    evaluate = commands.add_parser(
        "evaluate",
        help="score the tables against gold annotations",
        description="Print precision, recall and F1 per field (persons, "
        "organisations, places, dates, demands) and demand actor, target and "
        "theme accuracy, following the scoring rules of GOLD_FORMAT.md.",
    )
    add_processed(evaluate)
    evaluate.add_argument(
        "--gold", type=Path, default=config.GOLD_DIR, help=f"folder of gold JSON files; default {config.GOLD_DIR}"
    )
    evaluate.set_defaults(func=cmd_evaluate)

    benchmark = commands.add_parser(
        "benchmark",
        help="run the external benchmarks (TimeML dates, UPR recommendations, ...) -> reports/benchmark.md",
        description="Run every registered benchmark on the data in --shared (../shared beside the clone), "
        "print one table of every benchmark and field and write it with the details to --out. A benchmark "
        "whose data is absent is listed as skipped, with the reason.",
    )
    benchmark.add_argument(
        "--shared", type=Path, default=config.SHARED_DIR, help=f"the shared data folder; default {config.SHARED_DIR}"
    )
    benchmark.add_argument(
        "--out", type=Path, default=config.BENCHMARK_REPORT, help=f"report to write; default {config.BENCHMARK_REPORT}"
    )
    benchmark.add_argument("--only", nargs="+", metavar="NAME", help="run only these benchmarks")
    benchmark.set_defaults(func=cmd_benchmark)

    _add_scrape_parser(commands)
    return parser


class _Commands:
    """Subcommand parsers that take -v after the command too and never guess abbreviations
    (`--worker 2` was silently taken as `--workers 2`)."""

    def __init__(self, subparsers) -> None:
        self._subparsers = subparsers

    def add_parser(self, name: str, **kwargs) -> argparse.ArgumentParser:
        parser = self._subparsers.add_parser(name, allow_abbrev=False, **kwargs)
        # SUPPRESS: when -v is not given after the command, the top-level value stays.
        parser.add_argument(
            "-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help="log what each stage does"
        )
        return parser


def _add_scrape_parser(commands) -> None:
    from pipeline.ingest.scrape import Settings

    defaults = Settings()
    scrape = commands.add_parser(
        "scrape",
        help="fetch the URLs of a sources list into raw/ (+ raw/manifest.csv)",
        description="Fetch every URL listed in --sources (CSV: url, optional doc_id and notes) into --raw, "
        "politely (robots.txt, per-host delay, retries with backoff) and incrementally (conditional "
        "requests: unchanged documents are left untouched). raw/manifest.csv records every URL's outcome.",
    )
    scrape.add_argument(
        "--sources", type=Path, default=config.SOURCES_FILE, help=f"CSV list of URLs; default {config.SOURCES_FILE}"
    )
    scrape.add_argument(
        "--raw",
        type=Path,
        default=config.RAW_DIR,
        help=f"folder to fetch into; default {config.RAW_DIR}/ of the current folder",
    )
    scrape.add_argument(
        "--timeout",
        type=float,
        default=defaults.timeout,
        help=f"seconds per network operation; default {defaults.timeout:g}",
    )
    scrape.add_argument(
        "--deadline",
        type=float,
        default=defaults.deadline,
        help=f"seconds for one URL in all (redirects, retries, download); default {defaults.deadline:g}",
    )
    scrape.add_argument(
        "--retries",
        type=int,
        default=defaults.retries,
        help=f"retries on 429/5xx/network errors; default {defaults.retries}",
    )
    scrape.add_argument(
        "--delay",
        type=float,
        default=defaults.host_delay,
        help="seconds between requests to one host (robots.txt Crawl-delay wins if longer); "
        f"default {defaults.host_delay:g}",
    )
    scrape.add_argument(
        "--max-bytes",
        type=int,
        default=defaults.max_bytes,
        help=f"largest body to download; default {defaults.max_bytes:,}",
    )
    scrape.set_defaults(func=cmd_scrape)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not args.verbose:
        # dask.distributed logs every scheduler and worker event at INFO; it reads this setting
        # when it is imported (only for --engine dask), and its worker processes inherit it.
        os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    if not args.verbose:
        # pypdf warns once per object it repairs in a damaged cross-reference table (hundreds of
        # lines for one PDF cut or joined by another tool) and then reads the text all the same
        logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        return args.func(args)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: previous complete outputs are left in place", file=sys.stderr)
        return 130
    except OSError as exc:
        # Disk full, folder removed mid-run...: the tables written so far are complete files.
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"error: {exc.strerror or exc}{where}", file=sys.stderr)
        log.info("details", exc_info=True)
        return 1
    except Exception as exc:
        print(f"error: unexpected {type(exc).__name__}: {exc} (run with -v for details)", file=sys.stderr)
        log.info("details", exc_info=True)
        return 1
