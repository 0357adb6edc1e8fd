"""Theme and action specificity of a demand, from lexicons kept as package data.

Themes: `pipeline/data/themes.json` (keys from tests/gold/GOLD_FORMAT.md). Specificity: the
`specificity` lists of `pipeline/data/demand_lexicon.json`, in the spirit of UPR Info's action
categories (minimal, continuing, considering, general, specific).
"""

from __future__ import annotations

import json
import re
from functools import cache

from pipeline import config
from pipeline.extract.demands.lexicon import load_lexicon

OTHER = "other"


@cache
def _theme_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    data = json.loads((config.DATA_DIR / "themes.json").read_text(encoding="utf-8"))
    return tuple(
        (theme, re.compile(r"\b(?:" + "|".join(_keyword_pattern(k) for k in keywords) + ")", re.IGNORECASE))
        for theme, keywords in data.items()
        if not theme.startswith("_")
    )


def _keyword_pattern(keyword: str) -> str:
    """A whole word or phrase, or a stem when it ends in "*" ("investigat*")."""
    if keyword.endswith("*"):
        return re.escape(keyword[:-1])
    return re.escape(keyword) + r"\b"


def _first_theme(text: str) -> str | None:
    return next((theme for theme, pattern in _theme_patterns() if pattern.search(text)), None)


def theme_of(demand: str, core: str = "") -> str:
    """The theme of a demand: from its first word (the action), else its core (the action and its
    object), else its full text.

    The action decides when it is telling, so "investigate the beatings" is accountability and
    "probe into violence against protesters" is not assembly; "stop torturing protesters" is
    decided by its core.

    >>> theme_of("probe into violence against protesters", core="probe into violence")
    'accountability'
    >>> theme_of("allow people to live freely")
    'other'
    """
    action = demand.split(maxsplit=1)[0] if demand.strip() else ""
    return (action and _first_theme(action)) or (core and _first_theme(core)) or _first_theme(demand) or OTHER


def specificity_of(lemma: str) -> str:
    """UPR-Info-style action category of a demand whose first word has this lemma, or ""."""
    return load_lexicon().specificity.get(lemma.lower(), "")
