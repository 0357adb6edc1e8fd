"""Benchmark: the full pipeline against bare spaCy on N realistic documents.

    python bench/bench.py --sizes 500 5000          # what `make bench` runs
    python bench/bench.py --sizes 50 --no-dask      # a quick check

For each N it builds a corpus of N documents by varying the bundled texts (paragraphs dropped,
borrowed from other documents and reordered, years shifted, a unique reference line), so every
document is new text and no cache can short-circuit. Then, each in a fresh process:

  (a) bare `nlp.pipe` of the model (spacy.load, no gazetteer) over the cleaned texts,
  (b) the full pipeline `python -m pipeline run` (read, clean, parse, extract, write),
  (c) the same with `--workers P` and with `--engine dask --workers P` (tables compared byte for byte),
  (d) a re-run of (b) after changing one document (the cache holds the other N-1).

A last case (issue 19) runs the full pipeline on one long document (1.9 million characters,
`--long-chars`) with default settings and with `--workers 2`, and reports its peak memory
(target: under 1 GB); `--long-only` runs just that case.

It prints documents/s, words/s (whitespace-separated words of the cleaned texts), peak memory and
the ratios the README reports, and writes them as JSON to bench/results/. Timings include process
start and model loading for (b)-(d) but not for (a), so the ratio b/a is if anything pessimistic.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import config  # noqa: E402  (after the path set-up above, so the script runs from anywhere)

TABLES = ("documents", "entities", "dates", "demands")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-2]\d)\b")
_PARAGRAPHS = re.compile(r"\n\s*\n")


# --- corpus ----------------------------------------------------------------------------------


def build_corpus(n: int, folder: Path, seed: int = 0) -> None:
    """Write N varied documents to `folder` (emptied first)."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    bundled = sorted(config.BUNDLED_RAW_DIR.glob("*.txt"))
    sources = [_PARAGRAPHS.split(p.read_text(encoding="utf-8").strip()) for p in bundled]
    for i in range(n):
        rng = random.Random(seed * 1_000_003 + i)
        base = sources[i % len(sources)]
        head, body = base[0], list(base[1:])
        body = [p for p in body if rng.random() > 0.25] or body[:1]  # drop about a quarter
        for _ in range(rng.randint(1, 3)):  # borrow paragraphs from other documents
            other = sources[rng.randrange(len(sources))]
            if len(other) > 1:
                body.insert(rng.randrange(len(body) + 1), other[rng.randrange(1, len(other))])
        for _ in range(len(body) // 3):  # reorder some neighbours
            j = rng.randrange(len(body))
            k = min(len(body) - 1, j + 1)
            body[j], body[k] = body[k], body[j]
        shift = rng.randint(-4, 4)
        text = "\n\n".join([head, *body, f"Reference: HR/{seed}/{i:06d}"])
        text = _YEAR.sub(lambda m, s=shift: str(int(m.group()) + s), text)
        (folder / f"doc_{i:06d}.txt").write_text(text + "\n", encoding="utf-8")


def build_long_document(chars: int, folder: Path, seed: int = 0) -> Path:
    """Write one document of about `chars` characters to `folder` (emptied first): varied
    documents of `build_corpus` one after the other, like a long report."""
    with tempfile.TemporaryDirectory() as scratch:
        pieces, size, n = [], 0, 0
        while size < chars:
            build_corpus(50, Path(scratch) / "c", seed * 7919 + n)
            for path in sorted((Path(scratch) / "c").glob("*.txt")):
                text = path.read_text(encoding="utf-8")
                pieces.append(text)
                size += len(text) + 1
                if size >= chars:
                    break
            n += 1
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    target = folder / "long_report.txt"
    target.write_text("\n".join(pieces)[:chars], encoding="utf-8")
    return target


def change_one_document(folder: Path) -> Path:
    path = sorted(folder.glob("*.txt"))[len(list(folder.glob("*.txt"))) // 2]
    with path.open("a", encoding="utf-8") as handle:
        handle.write("\nThe Special Rapporteur called on the authorities to release all detained journalists.\n")
    return path


# --- measuring -------------------------------------------------------------------------------


def _tree_rss_kb(root: int) -> int:
    """Resident memory of `root` and all its descendants, from /proc (Linux)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
            status = (entry / "status").read_text()
            rss[int(entry.name)] = int(next(x for x in status.splitlines() if x.startswith("VmRSS:")).split()[1])
        except (OSError, StopIteration, ValueError, IndexError):
            continue
    total, stack, seen = 0, [root], set()
    while stack:
        pid = stack.pop()
        if pid in seen:
            continue
        seen.add(pid)
        total += rss.get(pid, 0)
        stack.extend(child for child, parent in parents.items() if parent == pid)
    return total


def measure(command: list[str], env: dict | None = None) -> dict:
    """Run a command; wall time, its own peak RSS (exact, from wait4) and its process tree's (sampled)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=err, text=True)
        peak_tree = 0
        done = threading.Event()

        def sample() -> None:
            nonlocal peak_tree
            while not done.wait(0.25):
                peak_tree = max(peak_tree, _tree_rss_kb(process.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        done.set()
        sampler.join()
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{stderr[-3000:]}")
    # ru_maxrss is in kilobytes on Linux.
    return {
        "seconds": seconds,
        "cpu_seconds": usage.ru_utime + usage.ru_stime,  # this process and its (reaped) children
        "peak_mb": usage.ru_maxrss / 1024,
        "peak_tree_mb": peak_tree / 1024,
        "stdout": stdout,
    }


def run_pipeline(raw: Path, processed: Path, *extra: str, fresh: bool = True) -> dict:
    if fresh and processed.exists():
        shutil.rmtree(processed)
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "pipeline", "run", "--raw", str(raw), "--processed", str(processed), *extra]
    return measure(command, env)


def bare_spacy(text_dir: Path, model: str, batch_size: int) -> dict:
    """(a) in a fresh process: spacy.load, then time nlp.pipe alone over the cleaned texts."""
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    command = [sys.executable, __file__, "_bare", str(text_dir), model, str(batch_size)]
    result = measure(command, env)
    inner = json.loads(result["stdout"].strip().splitlines()[-1])
    return result | inner


def _bare_main(text_dir: str, model: str, batch_size: str) -> None:
    import spacy

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(text_dir).glob("*.txt"))]
    nlp = spacy.load(model)
    start, cpu = time.perf_counter(), time.process_time()
    n_tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=int(batch_size)))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(json.dumps({"pipe_seconds": seconds, "pipe_cpu_seconds": cpu, "n_tokens": n_tokens}))


def bare_run(text_dir: Path, args: argparse.Namespace) -> dict:
    """(a) with `seconds` and `cpu_seconds` of `nlp.pipe` alone (the process's totals kept aside)."""
    bare = bare_spacy(text_dir, args.model, args.batch_size)
    bare["seconds_total"], bare["cpu_seconds_total"] = bare["seconds"], bare["cpu_seconds"]
    bare["seconds"], bare["cpu_seconds"] = bare["pipe_seconds"], bare["pipe_cpu_seconds"]
    bare.pop("stdout", None)
    return bare


def _pair(full: dict, bare: dict) -> dict:
    return {
        "pipeline_seconds": full["seconds"],
        "bare_seconds": bare["seconds"],
        "ratio": full["seconds"] / bare["seconds"],
        "cpu_ratio": full["cpu_seconds"] / bare["cpu_seconds"],
    }


def words_in(text_dir: Path) -> tuple[int, int]:
    paths = sorted(text_dir.glob("*.txt"))
    return len(paths), sum(len(p.read_text(encoding="utf-8").split()) for p in paths)


def same_tables(a: Path, b: Path) -> bool:
    return all((a / f"{t}.csv").read_bytes() == (b / f"{t}.csv").read_bytes() for t in TABLES)


# --- report ----------------------------------------------------------------------------------


def machine() -> dict:
    cpu = platform.processor()
    with contextlib.suppress(OSError, StopIteration):  # not Linux: keep platform.processor()
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
    }


def bench_size(n: int, args: argparse.Namespace) -> dict:
    work = args.workdir / f"n{n}"
    raw = work / "raw"
    build_corpus(n, raw, args.seed)
    rows: dict[str, dict] = {}
    load_before = os.getloadavg()
    print(f"\nN = {n}: corpus in {raw}", flush=True)

    rows["pipeline --workers 1"] = run_pipeline(raw, work / "p1")
    n_docs, n_words = words_in(work / "p1" / config.TEXT_SUBDIR)
    _progress(rows, "pipeline --workers 1")
    rows["bare nlp.pipe"] = bare_run(work / "p1" / config.TEXT_SUBDIR, args)
    _progress(rows, "bare nlp.pipe")
    pairs = [_pair(rows["pipeline --workers 1"], rows["bare nlp.pipe"])]
    repeat = args.repeat if args.repeat_sizes is None or n in args.repeat_sizes else 1
    for k in range(2, repeat + 1):
        # Interleaved, and in turn bare first and pipeline first (pair 1 runs the pipeline first):
        # on this VM whichever runs second in a pair was often the slower, so the order alternates.
        if k % 2 == 0:
            bare_k = bare_run(work / "p1" / config.TEXT_SUBDIR, args)
            full_k = run_pipeline(raw, work / "pr")
        else:
            full_k = run_pipeline(raw, work / "pr")
            bare_k = bare_run(work / "p1" / config.TEXT_SUBDIR, args)
        if not same_tables(work / "p1", work / "pr"):
            raise RuntimeError(f"repeat {k} of the pipeline gave different tables")
        pairs.append(_pair(full_k, bare_k))
        print(
            f"  repeat {k}: pipeline {full_k['seconds']:.1f} s, bare {bare_k['seconds']:.1f} s, "
            f"ratio {pairs[-1]['ratio']:.2f}",
            flush=True,
        )
    identical = {}
    parallel = args.parallel > 1 and (args.parallel_sizes is None or n in args.parallel_sizes)
    if parallel:
        name = f"pipeline --workers {args.parallel}"
        rows[name] = run_pipeline(raw, work / "pw", "--workers", str(args.parallel))
        identical[name] = same_tables(work / "p1", work / "pw")
        _progress(rows, name)
        if args.dask:
            name = f"pipeline --engine dask --workers {args.parallel}"
            rows[name] = run_pipeline(raw, work / "pd", "--engine", "dask", "--workers", str(args.parallel))
            identical[name] = same_tables(work / "p1", work / "pd")
            _progress(rows, name)
    changed = change_one_document(raw)
    rows["re-run, one document changed"] = rerun = run_pipeline(raw, work / "p1", fresh=False)
    rerun["cache_line"] = rerun["stdout"].strip().splitlines()[-1]
    _progress(rows, "re-run, one document changed")

    for row in rows.values():
        row["docs_per_s"] = n_docs / row["seconds"]
        row["words_per_s"] = n_words / row["seconds"]
        row.pop("stdout", None)
    full = rows["pipeline --workers 1"]["seconds"]
    summary = {
        "n": n,
        "documents": n_docs,
        "words": n_words,
        # With --repeat K, the median of K interleaved (pipeline, bare) pairs: on a shared machine
        # one pair's ratio moves by more than the margin it is judged against.
        "ratio_full_to_bare": statistics.median(p["ratio"] for p in pairs),
        # CPU time is far less sensitive to other load on the machine than wall time.
        "cpu_ratio_full_to_bare": statistics.median(p["cpu_ratio"] for p in pairs),
        "ratio_pairs": pairs,
        "rerun_fraction": rows["re-run, one document changed"]["seconds"] / full,
        "changed_document": changed.name,
        "identical_tables": identical,
        "load_average_before": load_before,
        "load_average_after": os.getloadavg(),
        "runs": rows,
    }
    if parallel:
        summary["speedup_workers"] = full / rows[f"pipeline --workers {args.parallel}"]["seconds"]
    if not args.keep:
        shutil.rmtree(work)
    return summary


def bench_long(args: argparse.Namespace) -> dict:
    """Peak memory of the full pipeline on one long document, with 1 and with 2 workers."""
    work = args.workdir / "long"
    raw = work / "raw"
    document = build_long_document(args.long_chars, raw, args.seed)
    print(f"\nlong document: {len(document.read_text(encoding='utf-8')):,} characters in {raw}", flush=True)
    rows = {"pipeline --workers 1": run_pipeline(raw, work / "p1")}
    _progress(rows, "pipeline --workers 1")
    rows["pipeline --workers 2"] = run_pipeline(raw, work / "p2", "--workers", "2")
    _progress(rows, "pipeline --workers 2")
    for row in rows.values():
        row.pop("stdout", None)
    result = {"chars": args.long_chars, "identical_tables": same_tables(work / "p1", work / "p2"), "runs": rows}
    if not args.keep:
        shutil.rmtree(work)
    return result


def print_long(result: dict) -> None:
    print(f"\nOne document of {result['chars']:,} characters (target: peak under 1,000 MB)")
    print(f"  {'run':<42} {'seconds':>8} {'peak MB':>8} {'tree MB':>8}")
    for name, row in result["runs"].items():
        print(f"  {name:<42} {row['seconds']:8.1f} {row['peak_mb']:8.0f} {row['peak_tree_mb']:8.0f}")
    print(f"  tables byte-identical with 1 and 2 workers: {'yes' if result['identical_tables'] else 'NO'}")


def _progress(rows: dict, name: str) -> None:
    print(f"  {name:<42} {rows[name]['seconds']:8.1f} s", flush=True)


def print_summary(result: dict) -> None:
    print(f"\nN = {result['n']}: {result['documents']} documents, {result['words']:,} words")
    print(f"  {'run':<42} {'seconds':>8} {'CPU s':>8} {'docs/s':>8} {'words/s':>9} {'peak MB':>8} {'tree MB':>8}")
    for name, row in result["runs"].items():
        print(
            f"  {name:<42} {row['seconds']:8.1f} {row['cpu_seconds']:8.1f} {row['docs_per_s']:8.1f} "
            f"{row['words_per_s']:9.0f} {row['peak_mb']:8.0f} {row['peak_tree_mb']:8.0f}"
        )
    print(
        f"  ratio full pipeline / bare nlp.pipe: {result['ratio_full_to_bare']:.2f}  "
        "(target <= 1.25, issues 17 and 18); "
        f"in CPU time: {result['cpu_ratio_full_to_bare']:.2f}"
    )
    for k, pair in enumerate(result.get("ratio_pairs", [])[1:] and result["ratio_pairs"], start=1):
        print(
            f"    pair {k}: pipeline {pair['pipeline_seconds']:.1f} s / bare {pair['bare_seconds']:.1f} s = "
            f"{pair['ratio']:.2f} (CPU {pair['cpu_ratio']:.2f})"
        )
    if "speedup_workers" in result:
        print(f"  speed-up of --workers over --workers 1: {result['speedup_workers']:.2f}x  (target >= 1.6)")
    print(f"  re-run with one changed document: {result['rerun_fraction']:.1%} of the full run  (target <= 10%)")
    for name, same in result["identical_tables"].items():
        print(f"  tables of '{name}' byte-identical to --workers 1: {'yes' if same else 'NO'}")
    print(f"  load average before/after: {result['load_average_before']} / {result['load_average_after']}")


def markdown(saved: dict) -> str:
    """The results of a saved JSON file as the Markdown tables of the README."""
    info = saved["machine"]
    lines = [f"Machine: {info['cpu']}, {info['cores']} cores, Python {info['python']}, {info['platform']}.", ""]
    for result in saved["results"]:
        lines += [
            f"N = {result['n']:,} documents ({result['words']:,} words):",
            "",
            "| run | seconds | CPU seconds | docs/s | words/s | peak MB (largest process) | peak MB (all processes) |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for name, row in result["runs"].items():
            lines.append(
                f"| {name} | {row['seconds']:.1f} | {row.get('cpu_seconds', float('nan')):.1f} | "
                f"{row['docs_per_s']:.1f} | {row['words_per_s']:,.0f} | "
                f"{row['peak_mb']:.0f} | {row['peak_tree_mb']:.0f} |"
            )
        cpu_ratio = result.get("cpu_ratio_full_to_bare", float("nan"))
        lines += [
            "",
            f"- full pipeline / bare nlp.pipe: **{result['ratio_full_to_bare']:.2f}** "
            "(target <= 1.25, issues 17 and 18); "
            f"in CPU time {cpu_ratio:.2f}",
        ]
        pairs = result.get("ratio_pairs", [])
        if len(pairs) > 1:
            lines.append(
                f"- median of {len(pairs)} interleaved pairs; each pair (wall, CPU): "
                + ", ".join(f"{p['ratio']:.2f} ({p['cpu_ratio']:.2f})" for p in pairs)
            )
        if "speedup_workers" in result:
            lines.append(f"- `--workers 2` speed-up: **{result['speedup_workers']:.2f}x** (target >= 1.6)")
        lines.append(f"- re-run with one changed document: **{result['rerun_fraction']:.1%}** of the full run (<= 10%)")
        for name, same in result["identical_tables"].items():
            lines.append(f"- tables of `{name}` byte-identical to `--workers 1`: {'yes' if same else 'NO'}")
        before = ", ".join(f"{x:.1f}" for x in result["load_average_before"])
        after = ", ".join(f"{x:.1f}" for x in result["load_average_after"])
        lines += [f"- load average (1, 5, 15 min) before: {before}; after: {after}", ""]
    if saved.get("long"):
        long = saved["long"]
        lines += [
            f"One document of {long['chars']:,} characters (peak memory target: under 1,000 MB):",
            "",
            "| run | seconds | peak MB (largest process) | peak MB (all processes) |",
            "| --- | ---: | ---: | ---: |",
        ]
        for name, row in long["runs"].items():
            lines.append(f"| {name} | {row['seconds']:.1f} | {row['peak_mb']:.0f} | {row['peak_tree_mb']:.0f} |")
        lines.append("")
    if len(saved["results"]) > 1:
        small, large = saved["results"][0], saved["results"][-1]
        growth = large["runs"]["pipeline --workers 1"]["peak_mb"] / small["runs"]["pipeline --workers 1"]["peak_mb"]
        lines.append(f"Peak memory of the full run, N={large['n']:,} vs N={small['n']:,}: **{growth:.2f}x** (<= 1.2)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], allow_abbrev=False)
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000], help="corpus sizes N; default 500 5000")
    parser.add_argument("--parallel", type=int, default=2, help="workers for the parallel runs (1: skip them)")
    parser.add_argument(
        "--parallel-sizes", type=int, nargs="+", help="run the parallel and Dask runs only for these N (default all)"
    )
    parser.add_argument(
        "--repeat", type=int, default=1, help="(pipeline, bare) pairs per N, interleaved; the ratio is their median"
    )
    parser.add_argument("--repeat-sizes", type=int, nargs="+", help="repeat only for these N (default all)")
    parser.add_argument("--no-dask", dest="dask", action="store_false", help="skip the Dask engine run")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/pipeline-bench"), help="where corpora go")
    parser.add_argument("--keep", action="store_true", help="keep the generated corpora and outputs")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--model", default=config.MODEL_NAME)
    parser.add_argument("--batch-size", type=int, default=config.BATCH_SIZE)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results", help="folder for the JSON results")
    parser.add_argument("--report", type=Path, help="print a saved JSON result as Markdown and exit")
    parser.add_argument("--long-chars", type=int, default=1_900_000, help="size of the long-document case")
    parser.add_argument("--no-long", dest="long", action="store_false", help="skip the long-document case")
    parser.add_argument("--long-only", action="store_true", help="run only the long-document case")
    args = parser.parse_args(argv)
    if args.report:
        print(markdown(json.loads(args.report.read_text(encoding="utf-8"))))
        return 0

    info = machine()
    print(f"machine: {info['cpu']}, {info['cores']} cores, Python {info['python']}, {info['platform']}")
    results = []
    for n in [] if args.long_only else args.sizes:
        results.append(bench_size(n, args))
        print_summary(results[-1])
    long = bench_long(args) if args.long or args.long_only else None
    if long:
        print_long(long)
    if len(results) > 1:
        small, large = results[0], results[-1]
        growth = large["runs"]["pipeline --workers 1"]["peak_mb"] / small["runs"]["pipeline --workers 1"]["peak_mb"]
        print(
            f"\npeak memory of the full run at N={large['n']} vs N={small['n']}: {growth:.2f}x  (target <= 1.2)",
        )
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    target = args.out / f"bench-{stamp}.json"
    saved = {"machine": info, "results": results, "long": long}
    target.write_text(json.dumps(saved, indent=2) + "\n", encoding="utf-8")
    print(f"results: {target}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_bare":
        _bare_main(*sys.argv[2:5])
    else:
        sys.exit(main())
