"""That-clause benchmark: UPR recommendations of the held-out sessions as treaty bodies write them.

Treaty bodies and special procedures put a recommendation in a that-clause: "The Committee
recommends that the State party repeal article 193". The verb is a subjunctive the tagger often
reads as a noun. The builder (`build_sentences`) takes every STRIDE-th recommendation of sessions
12-13 that opens with a base-form verb (tagged VB by the model on the recommendation alone) and
writes it after "The Committee recommends that" and one of four addressees in turn. The scorer
(`score`) counts a sentence right when its first demand starts with the recommendation's verb and
names the addressee as its target. Sessions 12-13 are never read by `pipeline.classify.verbs`,
which counts the verbs of sessions 1-11.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.analysis.benchmarks import BenchmarkResult, DataMissing, Score, register
from pipeline.classify.upr import UPR_CSV, VALIDATION_SESSIONS, read_recommendations

LEAD = "The Committee recommends that"
ADDRESSEES = ("the State party", "the Government", "the authorities", "Belarus")
STRIDE = 3  # every third recommendation: about 1,300 sentences, a few seconds of parsing


@dataclass(frozen=True)
class Case:
    """One sentence: the addressee and the recommendation's opening verb it should yield."""

    text: str
    addressee: str
    verb: str


def build_sentences(texts: Sequence[str], nlp) -> list[Case]:
    """The sentences for the recommendations that open with a verb (as the model tags them)."""
    cases = []
    openings = nlp.pipe(texts, disable=["parser", "ner"], batch_size=256)
    for text, doc in zip(texts, openings, strict=True):
        if not len(doc) or doc[0].tag_ != "VB" or not doc[0].is_alpha:
            continue
        addressee = ADDRESSEES[len(cases) % len(ADDRESSEES)]
        sentence = f"{LEAD} {addressee} {text[0].lower()}{text[1:]}"
        cases.append(Case(sentence, addressee, doc[0].lower_))
    return cases


def score(cases: Sequence[Case], nlp) -> tuple[int, list[str]]:
    """(sentences right, the first wrong ones as examples)."""
    from pipeline.extract.demands import extract_demands
    from pipeline.nlp.sentences import sentence_index

    right, wrong = 0, []
    for case, doc in zip(cases, nlp.pipe((c.text for c in cases), batch_size=256), strict=True):
        rows = extract_demands(doc, "that_clause", sentence_index(doc), "", ())
        first = rows[0] if rows else None
        opening = re.match(r"[A-Za-z]+", first.demand) if first is not None else None
        ok = opening is not None and opening.group().lower() == case.verb and first.target == case.addressee
        right += ok
        if not ok and len(wrong) < 12:
            got = f"{first.demand[:60]!r} / target {first.target!r}" if first else "no demand"
            wrong.append(f"{case.text[:100]} -> {got}")
    return right, wrong


@register("upr_that_clause")
def run(shared: Path) -> BenchmarkResult:
    from pipeline.nlp.model import load_nlp

    path = shared / UPR_CSV
    if not path.is_file():
        raise DataMissing(f"UPR recommendations not found: {path} (see ../shared/external/README.md)")
    started = time.perf_counter()
    held_out = [rec.text for rec in read_recommendations(path) if rec.session in VALIDATION_SESSIONS]
    nlp = load_nlp()
    cases = build_sentences(held_out[::STRIDE], nlp)
    right, wrong = score(cases, nlp)
    value = right / len(cases) if cases else 0.0
    details = "\n".join(
        [
            f"{len(cases)} sentences from every {STRIDE}rd recommendation of sessions 12-13 that opens with a "
            f'base-form verb, written as "{LEAD} <addressee> <recommendation>" with the addressees '
            f"{', '.join(ADDRESSEES)} in turn. Right: the first demand starts with the recommendation's verb and "
            f"its target is the addressee: {right:,} of {len(cases):,}. Before the verbs of "
            "`pipeline/data/recommendation_verbs.txt` were used (commit 8dc208d), the same run gave 0.955 "
            "(1,278 of 1,338).",
            "",
            "First sentences not right:",
            "",
            *(f"- {line}" for line in wrong),
        ]
    )
    return BenchmarkResult(
        scores=[Score("that-clauses", "verb and addressee right", value, len(cases), "0.955 before the verb list")],
        details=details,
        seconds=time.perf_counter() - started,
    )
