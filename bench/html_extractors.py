"""Compare main-text extractors on real saved web pages (evidence for the choice in pipeline/html.py).

Reads ``../shared/html/*.html`` (real pages saved by the team, NOT part of this repository) with
their ``*.expected.json`` (main_text_starts_with / ends_with, must_not_contain, title, published)
and prints, per page and extractor, whether the main text starts and ends where it should and how
many boilerplate strings leaked in, plus the title and published date found.

    PYTHONPATH=$PWD python bench/html_extractors.py [--pages ../shared/html]

Whitespace (including NBSP) is collapsed before comparing, as in the expected files.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

from bs4 import BeautifulSoup

from pipeline import config
from pipeline.ingest import html

DEFAULT_PAGES = config.PROJECT_ROOT.parent / "shared" / "html"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def bs_all_text(markup: str) -> html.Page:
    """Baseline: every visible string of the body, no boilerplate rules (trafilatura's 'all text')."""
    soup = BeautifulSoup(markup, "lxml")
    for tag in soup.find_all(["script", "style", "noscript", "template", "head"]):
        tag.decompose()
    return html.Page(soup.get_text("\n"))


def bs_rules(markup: str) -> html.Page:
    return html.extract_with_rules(markup)


def trafilatura_only(markup: str) -> html.Page:
    return html.extract_with_trafilatura(markup) or html.Page("")


def pipeline_choice(markup: str) -> html.Page:
    return html.extract(markup)


EXTRACTORS: dict[str, Callable[[str], html.Page]] = {
    "bs-all-text": bs_all_text,
    "bs-rules": bs_rules,
    "trafilatura": trafilatura_only,
    "pipeline (traf.+BS fallback)": pipeline_choice,
}


def score(page: html.Page, expected: dict) -> dict:
    text = _norm(page.text)
    start, end = _norm(expected["main_text_starts_with"]), _norm(expected["main_text_ends_with"])
    start_at, end_at = text.find(start), text.rfind(end)
    leaks = sum(_norm(s) in text for s in expected["must_not_contain"])
    return {
        "start": start_at >= 0,
        "end": end_at >= 0,
        # characters before the expected start and after the expected end: boilerplate kept around the article
        "extra_chars": (start_at if start_at >= 0 else 0) + (len(text) - end_at - len(end) if end_at >= 0 else 0),
        "leaks": leaks,
        "n_leak_checks": len(expected["must_not_contain"]),
        "title": _norm(page.title) == _norm(expected.get("title", "")),
        "published": page.published == expected.get("published", ""),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0], allow_abbrev=False)
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    args = parser.parse_args(argv)
    pages = sorted(args.pages.glob("*.html"))
    if not pages:
        print(f"no saved pages in {args.pages}; nothing to compare", file=sys.stderr)
        return 0
    totals = {
        name: {"start": 0, "end": 0, "clean": 0, "leaks": 0, "extra": 0, "title": 0, "published": 0}
        for name in EXTRACTORS
    }
    print("| page | extractor | starts | ends | chars outside article | leaks | title | published |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for path in pages:
        expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
        markup = path.read_bytes().decode("utf-8", errors="replace")
        for name, extractor in EXTRACTORS.items():
            s = score(extractor(markup), expected)
            t = totals[name]
            t["start"] += s["start"]
            t["end"] += s["end"]
            t["leaks"] += s["leaks"]
            t["extra"] += s["extra_chars"]
            t["clean"] += s["leaks"] == 0
            t["title"] += s["title"]
            t["published"] += s["published"]
            mark = {True: "yes", False: "**no**"}
            print(
                f"| {path.stem} | {name} | {mark[s['start']]} | {mark[s['end']]} | {s['extra_chars']} | "
                f"{s['leaks']}/{s['n_leak_checks']} | {mark[s['title']]} | {mark[s['published']]} |"
            )
    n = len(pages)
    print()
    print(
        f"| extractor ({n} pages) | start found | end found | no leak | leaked strings | chars outside article "
        "| title | published |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, t in totals.items():
        print(
            f"| {name} | {t['start']}/{n} | {t['end']}/{n} | {t['clean']}/{n} | {t['leaks']} | {t['extra']:,} | "
            f"{t['title']}/{n} | {t['published']}/{n} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
