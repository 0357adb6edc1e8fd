"""UPR Info's coded recommendations: reading the CSV, the session split, the labels, spaCy examples.

The data: UPR Info's Database of UPR Recommendations (sessions 1-13, 2008-2012) as exported by the
research repository rochelleterman/uprs, read from ``../shared/external/upr/`` at training and
evaluation time only (never copied into the repository). Every recommendation carries one or more
of 54 *issues* and one of E. McMahon's 5 *action categories*.

The split is by session, not at random: the same States come back in later cycles with near-identical
recommendations, so a random split leaks. Sessions 1-11 are the development data: the models learn
from 1-10 and session 11 is their inner development set (spaCy's checkpoint selection, the issue
thresholds, the action models' weights). Sessions 12-13 are held out for the final score only.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline import config

UPR_CSV = Path("external") / "upr" / "recommendations_sessions_01-13.csv"
TRAIN_SESSIONS = frozenset(range(1, 12))  # everything before the held-out sessions
# The inner development set, the last session of TRAIN_SESSIONS (the held-out sessions come after it
# too): the models are fitted on TRAIN_SESSIONS - DEV_SESSIONS, and every choice is made on DEV_SESSIONS.
DEV_SESSIONS = frozenset({11})
FIT_SESSIONS = TRAIN_SESSIONS - DEV_SESSIONS
VALIDATION_SESSIONS = frozenset({12, 13})  # held out: the final score only

# The 54 issues of UPR Info's database (Database_Issues_explanation.pdf), in its order-free spelling
# as the CSV writes them. Fixed here, not read from the data, so that the model's labels do not
# depend on which issues a training slice happens to contain.
ISSUES: tuple[str, ...] = (
    "Asylum-seekers - refugees",
    "CP rights - general",
    "Civil society",
    "Corruption",
    "Counter-terrorism",
    "Death penalty",
    "Detention",
    "Development",
    "Disabilities",
    "ESC rights - general",
    "Elections",
    "Enforced disappearances",
    "Environment",
    "Extrajudicial executions",
    "Freedom of association and peaceful assembly",
    "Freedom of movement",
    "Freedom of opinion and expression",
    "Freedom of religion and belief",
    "Freedom of the press",
    "General",
    "HIV - Aids",
    "Human rights defenders",
    "Human rights education and training",
    "Human rights violations by state agents",
    "Impunity",
    "Indigenous peoples",
    "Internally displaced persons",
    "International humanitarian law",
    "International instruments",
    "Justice",
    "Labour",
    "Migrants",
    "Minorities",
    "NHRI",
    "National plan of action",
    "Other",
    "Poverty",
    "Public security",
    "Racial discrimination",
    "Right to education",
    "Right to food",
    "Right to health",
    "Right to housing",
    "Right to land",
    "Right to water",
    "Rights of the Child",
    "Sexual Orientation and Gender Identity",
    "Special procedures",
    "Technical assistance and cooperation",
    "Torture and other CID treatment",
    "Trafficking",
    "Treaty bodies",
    "UPR process",
    "Women's rights",
)

# E. McMahon's action categories (Database_Action_Category.pdf): 1 is the least costly for the
# State under review, 5 the most specific and checkable.
ACTIONS: dict[int, str] = {1: "minimal", 2: "continuing", 3: "considering", 4: "general", 5: "specific"}


@dataclass(frozen=True)
class Recommendation:
    """One coded recommendation: its text, issues, action category (1-5) and UPR session."""

    text: str
    issues: tuple[str, ...]
    action: int
    session: int


def action_label(action: int) -> str:
    """The textcat label of an action category: ``"5 specific"``."""
    return f"{action} {ACTIONS[action]}"


ACTION_LABELS: tuple[str, ...] = tuple(action_label(a) for a in ACTIONS)


def parse_issues(cell: str) -> tuple[str, ...]:
    """The issues of a CSV cell ("Rights of the Child,Women's rights"); unknown names are an error.

    Issue names contain no comma, so a plain split is exact.
    """
    issues = tuple(dict.fromkeys(part.strip() for part in cell.split(",") if part.strip()))
    unknown = [issue for issue in issues if issue not in ISSUES]
    if unknown:
        raise ValueError(f"unknown UPR issue(s): {unknown}")
    return issues


def read_recommendations(path: Path) -> list[Recommendation]:
    """Every coded recommendation of the CSV, in file order; rows without text or action are skipped."""
    rows: list[Recommendation] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            text = " ".join((row.get("Text") or "").split())
            action = (row.get("Action") or "").strip()
            if not text or not action.isdigit() or int(action) not in ACTIONS:
                continue
            rows.append(Recommendation(text, parse_issues(row.get("Issue") or ""), int(action), int(row["Session"])))
    return rows


def split_by_session(
    rows: Iterable[Recommendation],
    train: frozenset[int] = TRAIN_SESSIONS,
    validation: frozenset[int] = VALIDATION_SESSIONS,
) -> tuple[list[Recommendation], list[Recommendation]]:
    """(training rows, validation rows) by session; rows of other sessions go to neither."""
    rows = list(rows)
    return [r for r in rows if r.session in train], [r for r in rows if r.session in validation]


def issue_cats(rec: Recommendation) -> dict[str, float]:
    """The ``doc.cats`` of a recommendation for the multi-label issue classifier (all 54 labels)."""
    return {issue: float(issue in rec.issues) for issue in ISSUES}


def action_cats(rec: Recommendation) -> dict[str, float]:
    """The ``doc.cats`` of a recommendation for the exclusive action classifier (all 5 labels)."""
    gold = action_label(rec.action)
    return {label: float(label == gold) for label in ACTION_LABELS}


TASKS = {"issues": issue_cats, "actions": action_cats}


def to_docbin(nlp, rows: Iterable[Recommendation], task: str):
    """A spaCy DocBin of the recommendations, tokenised with ``nlp``'s tokenizer, with the labels of
    ``task`` ("issues" or "actions") in ``doc.cats``."""
    from spacy.tokens import DocBin

    cats = TASKS[task]
    docbin = DocBin(store_user_data=False)
    for rec in rows:
        doc = nlp.make_doc(rec.text)
        doc.cats = cats(rec)
        docbin.add(doc)
    return docbin


def to_examples(nlp, rows: Iterable[Recommendation], task: str):
    """spaCy Examples of ``task`` (predicted: the bare tokenised text; reference: its cats)."""
    from spacy.training import Example

    cats = TASKS[task]
    return [Example.from_dict(nlp.make_doc(rec.text), {"cats": cats(rec)}) for rec in rows]


@cache
def issue_themes() -> dict[str, str | None]:
    """Each issue's theme key (GOLD_FORMAT.md), or None where it spans several (upr_issue_themes.json)."""
    data = json.loads((config.DATA_DIR / "upr_issue_themes.json").read_text(encoding="utf-8"))
    return {issue: theme for issue, theme in data.items() if not issue.startswith("_")}


def themes_of_issues(issues: Iterable[str]) -> frozenset[str] | None:
    """The themes a recommendation coded with these issues is about, or None when one of its issues
    has no single theme (or it has none). "other" counts only when every issue is "other".

    >>> sorted(themes_of_issues(["Torture and other CID treatment", "Right to health"]))
    ['torture_ill_treatment']
    >>> themes_of_issues(["Justice"]) is None
    True
    """
    mapping = issue_themes()
    themes = [mapping.get(issue) for issue in issues]
    if not themes or None in themes:
        return None
    found = set(themes)
    if len(found) > 1:
        found.discard("other")
    return frozenset(found)
