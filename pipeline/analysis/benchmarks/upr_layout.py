"""UPR layout benchmark: recommendations of UPR sessions 1-13 laid out as Working Group reports.

Data: ``external/upr/recommendations_sessions_01-13.csv`` (UPR Info's database; see
``external/README.md``). The builder (`build_reports`) takes a fixed-seed sample of States under
review and lays out their recommendations as the Working Group reports of those sessions do: a
title, the State's name and introduction paragraphs, then under "Conclusions and/or
recommendations" the three lead sentences ("... enjoy the support of X:", "The following
recommendations will be examined by X, which will provide responses in due time:", "... did not
enjoy the support of X and would thus be noted:"), numbered items ("115.12 Ratify ... (Denmark)
(Estonia);" in later reports, "1. ... (Denmark, Estonia);" in early ones), some reports with their
items broken over lines as PDF text is, and the closing paragraph that every report carries.

The pipeline itself runs on the built texts (read and extract stages on a temporary raw folder),
and the scorer (`score`) matches its demands to the recommendations as ``pipeline.evaluate`` does
(token F1 of the demand text >= 0.5) and checks, on matched items, the recommending States (the
set of States in the actor column of the rows with that span), the State under review (target),
the response (supported / noted / examined) and that no parenthesis enters a demand text that the
recommendation itself does not have.
"""

from __future__ import annotations

import logging
import random
import re
import tempfile
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.analysis.benchmarks import BenchmarkResult, DataMissing, Score, register
from pipeline.analysis.evaluate import Score as MatchCounts

log = logging.getLogger(__name__)

DATA = Path("external") / "upr" / "recommendations_sessions_01-13.csv"
SEED = 17
N_REPORTS = 24
# Items per section and report, before the data runs short: 24 reports of 10 = 240 recommendations.
PER_SECTION = {"supported": 4, "examined": 3, "noted": 3}
WRAP_WIDTH = 88  # characters per line where a report's items are broken over lines (PDF text)

_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third")  # fmt: skip
# Wordings of each lead sentence, as the reports of sessions 1-13 vary them.
_LEADS = {
    "supported": (
        "The recommendations formulated during the interactive dialogue and listed below have been "
        "examined by {state} and enjoy the support of {state}:",
        "The recommendations formulated during the interactive dialogue have been examined by {state} "
        "and the recommendations listed below enjoy the support of {state}:",
    ),
    "examined": (
        "The following recommendations will be examined by {state}, which will provide responses in due "
        "time, but no later than the {later} session of the Human Rights Council:",
        "The following recommendations will be examined by {state}, which will provide responses in due time:",
        "The following recommendations will be examined by {state}, which will provide responses in due time. The "
        "response of {state} to these recommendations will be included in the outcome report adopted by the Human "
        "Rights Council at its {later} session:",
    ),
    "noted": (
        "The recommendations below did not enjoy the support of {state} and would thus be noted:",
        "The following recommendations did not enjoy the support of {state} and would thus be noted:",
    ),
}
_SECTION_ORDER = ("supported", "examined", "noted")


@dataclass(frozen=True)
class Recommendation:
    """One numbered item of a report, as the gold: its text and who made it to whom."""

    text: str  # the recommendation as written, without its final full stop
    states: tuple[str, ...]  # the recommending States, in the order the item lists them
    target: str  # the State under review
    response: str  # supported | noted | examined


@dataclass(frozen=True)
class Report:
    doc_id: str
    text: str
    items: tuple[Recommendation, ...]


@dataclass(frozen=True)
class UprScores:
    n_gold: int
    n_predicted: int
    matched: int
    actor_correct: int
    target_correct: int
    response_correct: int
    parentheses: int  # predicted demand texts with a "(" the recommendation does not have

    @property
    def recall(self) -> float:
        return MatchCounts(self.matched, self.n_predicted, self.n_gold).recall

    @property
    def precision(self) -> float:
        return MatchCounts(self.matched, self.n_predicted, self.n_gold).precision

    def accuracy(self, correct: int) -> float:
        return correct / self.matched if self.matched else 0.0


def load_recommendations(shared: Path) -> pd.DataFrame:
    path = Path(shared) / DATA
    if not path.is_file():
        raise DataMissing(f"no UPR recommendations at {path} (needs ../shared/external/upr/)")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame["Session"] = frame["Session"].astype(int)
    return frame[frame["Session"].between(1, 13)]


def build_reports(frame: pd.DataFrame, n_reports: int = N_REPORTS, seed: int = SEED) -> list[Report]:
    """`n_reports` Working Group reports from a fixed-seed sample of (session, State under review)."""
    rng = random.Random(seed)
    reviews = sorted(set(zip(frame["Session"], frame["To"], strict=True)))
    chosen = rng.sample(reviews, min(n_reports, len(reviews)))
    reports = []
    for n, (session, state) in enumerate(chosen):
        rows = frame[(frame["Session"] == session) & (frame["To"] == state)]
        style = ("paragraph", "plain")[n % 2]  # "115.12 ..." or "1. ..."
        reports.append(
            _build_report(f"upr_{n:02d}", rows, session, state, style, wrapped=n % 3 == 2, spaced=n % 4 == 1, rng=rng)
        )
    return reports


def _build_report(
    doc_id: str,
    rows: pd.DataFrame,
    session: int,
    state: str,
    style: str,
    wrapped: bool,
    spaced: bool,
    rng: random.Random,
) -> Report:
    """One report: `style` "paragraph" numbers items "115.12", "plain" "1."; `wrapped` breaks every
    line at WRAP_WIDTH characters; `spaced` puts a blank line between items (PDF text often does)."""
    # One item per distinct text: a recommendation made by several States is one item naming them all.
    grouped: dict[tuple[str, str], list[str]] = {}
    for text, source, response in zip(rows["Text"], rows["From"], rows["Response"], strict=True):
        states = grouped.setdefault((_clean_item(text), response), [])
        if source not in states:
            states.append(source)
    keys = sorted(grouped, key=lambda k: (-len(grouped[k]), k))  # items with several States first
    accepted = [k for k in keys if k[1] == "Accepted"]
    noted = [k for k in keys if k[1] != "Accepted"]
    sections = {
        "supported": accepted[: PER_SECTION["supported"]],
        "examined": (accepted[PER_SECTION["supported"] :] + noted[PER_SECTION["noted"] :])[: PER_SECTION["examined"]],
        "noted": noted[: PER_SECTION["noted"]],
    }
    joined = rng.random() < 0.5  # "(Denmark, Estonia)" rather than "(Denmark) (Estonia)"
    paragraph = 80 + rng.randrange(40)
    lines = _front_matter(state, session)
    items: list[Recommendation] = []
    for section in _SECTION_ORDER:
        chosen = sections[section]
        if not chosen:
            continue
        paragraph += 1
        lead = rng.choice(_LEADS[section]).format(state=state, later=_ORDINALS[min(session + 1, len(_ORDINALS) - 1)])
        lines += [f"{paragraph}. {lead}" if style == "paragraph" else lead, ""]
        for k, (text, _response) in enumerate(chosen, start=1):
            states = tuple(grouped[(text, _response)])
            attribution = f"({', '.join(states)})" if joined else " ".join(f"({s})" for s in states)
            end = "." if k == len(chosen) else ";"
            marker = f"{paragraph}.{k}" if style == "paragraph" else f"{k}."
            item = f"{marker} {text} {attribution}{end}"
            lines += [item, ""] if spaced else [item]
            items.append(Recommendation(text, states, state, section))
        if not spaced:
            lines.append("")
    paragraph += 1
    lines += [
        f"{paragraph}. All conclusions and/or recommendations contained in the present report reflect the "
        "position of the submitting State(s) and/or the State under review. They should not be construed as "
        "endorsed by the Working Group as a whole.",
        "",
    ]
    if wrapped:  # as PDF text is: every paragraph, lead sentence and item broken over lines
        lines = [part for line in lines for part in (textwrap.wrap(line, WRAP_WIDTH) or [""])]
    return Report(doc_id, "\n".join(lines), tuple(items))


def _clean_item(text: str) -> str:
    """The recommendation as an item's words: one line, no final full stop or semicolon."""
    return " ".join(text.split()).rstrip(" .;")


def _front_matter(state: str, session: int) -> list[str]:
    ordinal = _ORDINALS[session - 1]
    return [
        "Human Rights Council",
        "Report of the Working Group on the Universal Periodic Review*",
        state,
        "",
        "Introduction",
        "",
        "1. The Working Group on the Universal Periodic Review, established in accordance with Human Rights "
        f"Council resolution 5/1 of 18 June 2007, held its {ordinal} session. The review of {state} was held "
        f"at the 4th meeting. The delegation of {state} was headed by the Minister of Justice. At its 8th "
        f"meeting, the Working Group adopted the report on {state}.",
        "",
        "2. The Human Rights Council selected a group of rapporteurs (troika) to facilitate the review.",
        "",
        "I. Summary of the proceedings of the review process",
        "",
        "A. Presentation by the State under review",
        "",
        f"3. The delegation of {state} presented the national report and described the measures taken "
        "since its independence to strengthen its institutions.",
        "",
        "B. Interactive dialogue and responses by the State under review",
        "",
        f"4. During the interactive dialogue, {40 + session} delegations made statements. Recommendations made "
        "during the dialogue are to be found in section II of the present report.",
        "",
        "II. Conclusions and/or recommendations",
        "",
    ]


# --- scoring ---------------------------------------------------------------------------------------

_STATE_SEPARATORS = re.compile(r"\s*(?:;|,| and )\s*")


def states_of(actor: str) -> set[str]:
    """The States an actor cell names: "Denmark, Estonia" / "Denmark; Estonia" -> both, normalised."""
    from pipeline.analysis.evaluate import normalise_name

    return {normalise_name(part) for part in _STATE_SEPARATORS.split(actor or "") if part.strip()}


def score(reports: Sequence[Report], demands: pd.DataFrame) -> UprScores:
    """Match the pipeline's demand rows to each report's recommendations (token F1 >= 0.5).

    Rows with the same span are one prediction whose States are the union of their actors, so one row
    per recommending State and one row listing them all score the same.
    """
    from pipeline.analysis.evaluate import normalise_name, token_f1

    totals = dict.fromkeys(("gold", "predicted", "matched", "actor", "target", "response", "parentheses"), 0)
    for report in reports:
        rows = demands[demands["doc_id"] == report.doc_id] if len(demands) else demands
        predictions = _group_by_span(rows.to_dict("records"))
        totals["gold"] += len(report.items)
        totals["predicted"] += len(predictions)
        pairs = sorted(
            (
                (token_f1(p["demand"], g.text), i, j)
                for i, p in enumerate(predictions)
                for j, g in enumerate(report.items)
            ),
            key=lambda x: (-x[0], x[1], x[2]),
        )
        used_p: set[int] = set()
        used_g: set[int] = set()
        for f1, i, j in pairs:
            if f1 < 0.5:
                break
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            p, g = predictions[i], report.items[j]
            totals["matched"] += 1
            totals["actor"] += p["states"] == {normalise_name(s) for s in g.states}
            totals["target"] += token_f1(p["target"], g.target) >= 0.5
            totals["response"] += p["response"] == g.response
            totals["parentheses"] += p["demand"].count("(") > g.text.count("(")
        totals["parentheses"] += sum("(" in p["demand"] for i, p in enumerate(predictions) if i not in used_p)
    return UprScores(
        totals["gold"],
        totals["predicted"],
        totals["matched"],
        totals["actor"],
        totals["target"],
        totals["response"],
        totals["parentheses"],
    )


def _group_by_span(rows: Iterable[dict]) -> list[dict]:
    spans: dict[tuple[int, int], dict] = {}
    for row in rows:
        key = (int(row["start_char"]), int(row["end_char"]))
        merged = spans.setdefault(
            key,
            {
                "demand": str(row["demand"]),
                "target": str(row.get("target") or ""),
                "response": str(row.get("response") or ""),
                "states": set(),
            },
        )
        merged["states"] |= states_of(str(row.get("actor") or ""))
    return list(spans.values())


# --- running the pipeline --------------------------------------------------------------------------


def run_pipeline(reports: Sequence[Report], workdir: Path) -> pd.DataFrame:
    """The read and extract stages on the reports written as .txt files; the demands table."""
    from pipeline.run.stages import extract_stage, read_stage
    from pipeline.store.load import load_table

    raw, processed = Path(workdir) / "raw", Path(workdir) / "processed"
    raw.mkdir(parents=True, exist_ok=True)
    for report in reports:
        (raw / f"{report.doc_id}.txt").write_text(report.text, encoding="utf-8")
    read_stage(raw, processed, use_cache=False)
    extract_stage(processed, use_cache=False)
    return load_table("demands", processed)


@register("upr_layout")
def run(shared: Path) -> BenchmarkResult:
    frame = load_recommendations(shared)
    reports = build_reports(frame)
    with tempfile.TemporaryDirectory(prefix="upr_layout_") as workdir:
        demands = run_pipeline(reports, Path(workdir))
    result = score(reports, demands)
    return BenchmarkResult(scores=scores_of(result), details=details_of(reports, result))


def scores_of(result: UprScores) -> list[Score]:
    n = result.matched
    return [
        Score("recommendations", "recall", result.recall, result.n_gold, "target 0.97"),
        Score("recommendations", "precision", result.precision, result.n_predicted),
        Score("actor", "accuracy (recommending States)", result.accuracy(result.actor_correct), n, "target 0.97"),
        Score("target", "accuracy (State under review)", result.accuracy(result.target_correct), n, "target 0.97"),
        Score("response", "accuracy", result.accuracy(result.response_correct), n),
        Score("parentheses", "demand texts with a parenthesis", float(result.parentheses), result.n_predicted, "0"),
    ]


def details_of(reports: Sequence[Report], result: UprScores) -> str:
    multi = sum(len(item.states) > 1 for report in reports for item in report.items)
    return (
        f"{len(reports)} Working Group reports built with seed {SEED} from "
        f"`{DATA.as_posix()}` (sessions 1-13): {result.n_gold} recommendations, {multi} of them made by "
        "several States; numbering '115.12' and '1.' alternate, a quarter have a blank line between items, "
        "a third of the reports have their paragraphs "
        f"and items broken over lines at {WRAP_WIDTH} characters. The pipeline found {result.n_predicted} "
        f"demand spans, {result.matched} matching a recommendation (token F1 >= 0.5). Actor: the set of recommending "
        "States named in the actor column of the rows with that span; target: the State under review; "
        "response: supported / examined / noted from the lead sentence; parentheses: demand texts with a "
        "'(' that the recommendation does not have."
    )
