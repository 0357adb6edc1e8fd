"""Dates: find candidate spans, normalise each to ISO 8601 at the granularity the text gives.

Candidates are spaCy DATE entities plus explicit calendar patterns the model misses; each
candidate is normalised by rules (years, months, ranges) and `dateparser.parse` (full dates),
English only, never against the day the pipeline runs: relative expressions are resolved
against the document's published date or left with an empty value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from functools import cache

import dateparser
from spacy.tokens import Doc

from pipeline.records import DateMention

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_MONTH_NUMBER = {
    name: n
    for n, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_M = rf"(?:{_MONTHS})\.?"

# Explicit calendar expressions, longest forms first so a full date wins over its parts.
_EXPLICIT = re.compile(
    rf"""\b(?:
        {_DAY}\s*(?:-|–|to)\s*{_DAY}\s+{_M}\s+{_YEAR}           # 1 to 5 May 2021 / 1-5 May 2021
      | {_M}\s+{_DAY},?\s+{_YEAR}                               # March 20, 2024
      | {_DAY}\s+(?:of\s+)?{_M},?\s+{_YEAR}                     # 20 March 2024
      | {_M}\s*(?:-|–|to)\s*{_M}\s+{_YEAR}                      # March-June 2021
      | between\s+{_M}\s+and\s+{_M}\s+{_YEAR}                   # between March and June 2021
      | {_M},?\s+{_YEAR}                                        # September 2020
      | {_YEAR}\s*(?:-|–|/|to)\s*{_YEAR}                        # 2018 - 2021
      | {_DAY}\s+{_M}                                           # 20 November
      | {_M}\s+{_DAY}                                           # November 20
      | (?:in|since|by|until|of|from|during|before|after)\s+{_M} # in August
      | {_YEAR}
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
_RELATIVE = {
    "today": ("day", 0),
    "tomorrow": ("day", 1),
    "yesterday": ("day", -1),
    "this year": ("year", 0),
    "last year": ("year", -1),
    "next year": ("year", 1),
    "this month": ("month", 0),
    "last month": ("month", -1),
    "next month": ("month", 1),
}
_RELATIVE_RE = re.compile(r"\b(" + "|".join(_RELATIVE) + r")\b", re.IGNORECASE)
# A year followed by these is a name or a count, not a date ("2030 Agenda", "2020 Presidential").
_NOT_A_YEAR_AFTER = re.compile(r"^\s*(?:Agenda|years?|people|persons|children|cases|km|US\$|\$|%)", re.I)
_NOT_A_YEAR_BEFORE = re.compile(r"(?:US\$|\$|€|£|No\.?|number|Resolution|resolution)\s*$")


def extract_dates(doc: Doc, doc_id: str, published: str, sent_of: Sequence[int]) -> list[DateMention]:
    """Date mentions of `doc`; `published` (YYYY-MM-DD or "") anchors relative dates."""
    text = doc.text
    mentions: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for match in _EXPLICIT.finditer(text):
        start, end = match.span()
        surface = match.group(0)
        lead = re.match(r"(?:in|since|by|until|of|from|during|before|after)\s+", surface, re.I)
        if lead and not re.search(r"\d", surface):
            start += lead.end()
            surface = text[start:end]
        if "\n" in surface or any(a < end and start < b for a, b in taken):
            continue
        if re.fullmatch(_YEAR, surface) and (
            _NOT_A_YEAR_AFTER.match(text[end : end + 12]) or _NOT_A_YEAR_BEFORE.search(text[max(0, start - 12) : start])
        ):
            continue
        anchor = _anchor_before(text, start, published)
        value, granularity = normalise(surface, anchor)
        if not value:
            continue
        taken.append((start, end))
        token = doc.char_span(start, end, alignment_mode="expand")
        mentions.append(
            DateMention(
                doc_id,
                start,
                end,
                surface,
                value,
                granularity,
                False,
                anchor if "XXXX" not in value and not re.search(_YEAR, surface) else "",
                sent_of[token.start] if token is not None and len(token) else -1,
            )
        )
    for match in _RELATIVE_RE.finditer(text):
        start, end = match.span()
        if any(a < end and start < b for a, b in taken):
            continue
        unit, delta = _RELATIVE[match.group(1).lower()]
        value = _resolve_relative(unit, delta, published) if published else ""
        token = doc.char_span(start, end, alignment_mode="expand")
        mentions.append(
            DateMention(
                doc_id,
                start,
                end,
                match.group(0),
                value,
                unit,
                True,
                published,
                sent_of[token.start] if token is not None and len(token) else -1,
            )
        )
    return sorted(mentions, key=lambda m: (m.start_char, m.end_char))


def normalise(surface: str, anchor: str = "") -> tuple[str, str]:
    """ISO value and granularity of one explicit date expression.

    >>> normalise("September 2020")
    ('2020-09', 'month')
    >>> normalise("2018 - 2021")
    ('2018/2021', 'range')
    >>> normalise("20 November")
    ('XXXX-11-20', 'day')
    """
    s = " ".join(surface.split())
    years = re.findall(_YEAR, s)
    months = [_MONTH_NUMBER[m.lower().rstrip(".")] for m in re.findall(rf"\b({_MONTHS})\b\.?", s, re.I)]
    days = [int(re.sub(r"\D", "", d)) for d in re.findall(rf"\b{_DAY}\b", re.sub(_YEAR, "", s))]
    year = years[-1] if years else (anchor[:4] if anchor else "XXXX")
    if len(years) == 2 and not months:
        return f"{years[0]}/{years[1]}", "range"
    if len(months) == 2:
        return f"{year}-{months[0]:02d}/{year}-{months[1]:02d}", "range"
    if months and len(days) == 2:
        return f"{year}-{months[0]:02d}-{days[0]:02d}/{year}-{months[0]:02d}-{days[1]:02d}", "range"
    if months and days:
        parsed = _parse_day(f"{days[0]} {months[0]} {year if year != 'XXXX' else 2000}")
        if parsed is None:
            return "", ""
        return f"{year}-{parsed.month:02d}-{parsed.day:02d}", "day"
    if months:
        return f"{year}-{months[0]:02d}", "month"
    if years:
        return years[0], "year"
    return "", ""


@cache
def _parse_day(text: str) -> date | None:
    parsed = dateparser.parse(text, languages=["en"], settings={"DATE_ORDER": "DMY", "STRICT_PARSING": True})
    return parsed.date() if parsed else None


def _anchor_before(text: str, position: int, published: str) -> str:
    """The nearest full date above `position` (a dateline), else the published date."""
    window = text[max(0, position - 3000) : position]
    found = list(re.finditer(rf"(?:{_M}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+{_M}\s+{_YEAR})", window, re.I))
    if found:
        value, _ = normalise(found[-1].group(0))
        return value
    return published


def _resolve_relative(unit: str, delta: int, published: str) -> str:
    base = datetime.strptime(published, "%Y-%m-%d").date()
    if unit == "day":
        return (base + timedelta(days=delta)).isoformat()
    if unit == "year":
        return str(base.year + delta)
    month_index = base.year * 12 + base.month - 1 + delta
    return f"{month_index // 12}-{month_index % 12 + 1:02d}"


def find_dateline(text: str) -> str:
    """Published date from a dateline: a full date alone on one of the first lines, else ""."""
    for line in text.split("\n")[:8]:
        line = line.strip()
        if re.fullmatch(rf"(?:{_M}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+{_M},?\s+{_YEAR})", line, re.I):
            value, granularity = normalise(line)
            if granularity == "day":
                return value
    return ""
