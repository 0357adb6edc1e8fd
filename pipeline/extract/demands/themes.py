"""Theme and action specificity of a demand, from lexicons kept as package data.

Themes: `pipeline/data/themes.json` (keys from tests/gold/GOLD_FORMAT.md). Specificity: the
`specificity` lists of `pipeline/data/demand_lexicon.json`, in the spirit of UPR Info's action
categories (minimal, continuing, considering, general, specific).
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import TYPE_CHECKING

from pipeline import config
from pipeline.extract.demands.lexicon import load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span

OTHER = "other"


@cache
def _lexicon() -> dict:
    return json.loads((config.DATA_DIR / "themes.json").read_text(encoding="utf-8"))


def _compile(keywords: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(_keyword_pattern(k) for k in keywords) + ")", re.IGNORECASE)


@cache
def _theme_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((theme, _compile(keywords)) for theme, keywords in _lexicon()["keywords"].items())


@cache
def _fallback_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((theme, _compile(keywords)) for theme, keywords in _lexicon()["fallback"].items())


@cache
def _paired_patterns() -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    return tuple((theme, tuple(_compile(group) for group in groups)) for theme, groups in _lexicon()["paired"].items())


def _paired_theme(text: str) -> str | None:
    """The first theme of the lexicon's `paired` whose every keyword group matches the text ("provide
    him with medical care": care given to a detainee)."""
    return next((theme for theme, groups in _paired_patterns() if all(g.search(text) for g in groups)), None)


@cache
def _action_lemma_themes() -> dict[str, str]:
    return {lemma: theme for theme, lemmas in _lexicon()["action_lemmas"].items() for lemma in lemmas}


@cache
def _not_keywords() -> re.Pattern[str]:
    return _compile(_lexicon()["not_keywords"])


def _keyword_pattern(keyword: str) -> str:
    """A whole word or phrase, or a stem when it ends in "*" ("investigat*")."""
    if keyword.endswith("*"):
        return re.escape(keyword[:-1])
    return re.escape(keyword) + r"\b"


def _first_theme(text: str, patterns: tuple[tuple[str, re.Pattern[str]], ...] | None = None) -> str | None:
    # Names such as "General Assembly" are blanked first, so that "assembly" in them is no keyword.
    text = _not_keywords().sub(lambda m: " " * len(m.group()), text)
    return next((theme for theme, pattern in patterns or _theme_patterns() if pattern.search(text)), None)


@cache
def _themes_in_one_pattern() -> re.Pattern[str]:
    """Every theme's keywords as one alternation, a named group per theme in the lexicon's order: the
    leftmost match is the keyword that comes first, and at one place the first theme listed wins."""
    groups = "|".join(f"(?P<{theme}>{pattern.pattern})" for theme, pattern in _theme_patterns())
    return re.compile(groups, re.IGNORECASE)


def _earliest_theme(text: str) -> str | None:
    """The theme whose keyword comes first in the text ("freedom of expression, assembly and
    association" is expression), the lexicon's order deciding between keywords at the same place."""
    text = _not_keywords().sub(lambda m: " " * len(m.group()), text)
    match = _themes_in_one_pattern().search(text)
    return match.lastgroup if match is not None else None


def theme_of(demand: str, core: str = "", action_lemma: str = "") -> str:
    """The theme of a demand: from the lemma of its action (verb or noun) when the lexicon's
    `action_lemmas` name it ("free", "release") or it is a keyword ("investigate" in "the violence
    needs to be investigated"), else from its first word (the action), else its core (the action
    and its object), else its full text (there the theme whose keyword comes first: "freedom of
    expression, assembly and association" is expression), else the lexicon's fallback phrases
    (requests for information), else its paired keywords (medical care and a detainee).

    The action decides when it is telling, so "investigate the beatings" is accountability and
    "probe into violence against protesters" is not assembly; "stop torturing protesters" is
    decided by its core.

    >>> theme_of("probe into violence against protesters", core="probe into violence")
    'accountability'
    >>> theme_of("Free Dawit Isaak")
    'release_of_detainees'
    >>> theme_of("allow people to live freely")
    'other'
    """
    words = demand.split(maxsplit=2)
    action = words[0] if words else ""
    # "Free Dawit Isaak", a campaign's imperative the tagger reads as part of the name it frees
    named = len(words) > 1 and words[1][:1].isupper()
    return (
        _action_lemma_themes().get(action_lemma.lower())
        or (named and _action_lemma_themes().get(action.lower()))
        or (action_lemma and _first_theme(action_lemma))
        or (action and _first_theme(action))
        or (core and _first_theme(core))
        or _earliest_theme(demand)
        or _first_theme(demand, _fallback_patterns())
        or _paired_theme(demand)
        or OTHER
    )


def core_of(span: Span) -> str:
    """The demanded action and its object: the span up to its second noun or verb
    ("probe into violence", "stop torturing", "Cease the violent dispersal")."""
    content = [t.i for t in span if t.pos_ in ("NOUN", "VERB", "PROPN")]
    if len(content) < 2:
        return span.text
    return span.doc[span.start : content[1] + 1].text


def specificity_of(lemma: str) -> str:
    """UPR-Info-style action category of a demand whose first word has this lemma, or ""."""
    return load_lexicon().specificity.get(lemma.lower(), "")
