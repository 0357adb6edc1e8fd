"""Named days as dates: "on Thanksgiving Day", "last Christmas", "Human Rights Day 2020", "Easter week".

TimeML annotates a holiday as a DATE whose value is its day ("Thanksgiving Day" 1999-11-25); the
names and the rule that gives each day in a year are data (``pipeline/data/holidays.json``, from
the UN's list of international days, the US federal holidays and the Western Christian
calendar). Pure functions on text, like `timex.py`, which adds these spans to its own.

A name is a date where it dates something, not where it names the observance itself: a name
after "of" ("the theme of Human Rights Day", "a major focus of International Women's Day") is
left out, and a one-word name ("Christmas", "Easter", "Thanksgiving") also needs a preposition of
time, a year or a modifier, because it is often a noun's modifier ("Christmas shopping").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from pipeline import config

HOLIDAYS_PATH = config.DATA_DIR / "holidays.json"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# The prepositions of time that make even a one-word name a date ("on Christmas", "by Easter").
_TIME_PREPOSITION = re.compile(
    r"\b(?:on|at|by|before|after|since|until|till|over|around|during|through|from|to|for|ahead\s+of)\s+(?:the\s+)?$",
    re.I,
)
# "last Christmas", "this year's Human Rights Day": the modifier picks the occurrence.
_WHICH_BEFORE = re.compile(r"\b(?P<which>last|next|this|(?:this|last|next)\s+year['’]s)\s+$", re.I)
# "the theme of Human Rights Day": the observance named, not a day (the word before "of" is
# checked against the data file's words of time: "ahead of", "on the occasion of").
_OF_BEFORE = re.compile(r"\b(?P<word>\w+)\s+of\s+(?:the\s+|this\s+year['’]s\s+|last\s+year['’]s\s+)?$", re.I)


@dataclass(frozen=True)
class Holiday:
    """One named day: the rule that gives its date in a year."""

    names: tuple[str, ...]
    fixed: tuple[int, int] | None = None  # (month, day)
    nth_weekday: tuple[int, int, int] | None = None  # (month, weekday 0=Monday, n; -1 the last)
    easter: int | None = None  # days after Easter Sunday

    def day_in(self, year: int) -> date:
        """The holiday's date in `year`."""
        if self.fixed is not None:
            return date(year, *self.fixed)
        if self.nth_weekday is not None:
            return nth_weekday(year, *self.nth_weekday)
        return easter_sunday(year) + timedelta(days=self.easter or 0)


@dataclass(frozen=True)
class _Lexicon:
    by_name: dict[str, Holiday]  # lower-cased name with single spaces -> holiday
    pattern: re.Pattern
    time_words_before_of: frozenset[str]  # "ahead", "occasion": "of" after them is of time


@cache
def _lexicon() -> _Lexicon:
    data = json.loads(HOLIDAYS_PATH.read_text(encoding="utf-8"))
    by_name: dict[str, Holiday] = {}
    for entry in data["holidays"]:
        holiday = Holiday(
            tuple(entry["names"]),
            tuple(entry["fixed"]) if "fixed" in entry else None,
            tuple(entry["nth_weekday"]) if "nth_weekday" in entry else None,
            entry.get("easter"),
        )
        for name in holiday.names:
            by_name[_key(name)] = holiday
    # Longest names first, so "Christmas Day" wins over "Christmas".
    names = sorted(by_name, key=len, reverse=True)
    alternatives = "|".join(_name_pattern(name) for name in names)
    # A proper name starts with a capital: a lookahead on the names' capitals fails every other
    # position at once; the rest may be in any case ("International Day in support of victims").
    capitals = "".join(sorted({name[0].upper() for name in names}))
    pattern = re.compile(
        rf"\b(?=[{capitals}])(?i:(?P<name>{alternatives})(?P<week>\s+week)?(?:,?\s+(?P<year>{_YEAR}))?)(?![\w'’-])"
        # not the first word of another name: "Christmas Island", "Easter Rising"
        r"(?!\s+[A-Z][a-z])"
    )
    return _Lexicon(by_name, pattern, frozenset(data["time_words_before_of"]))


def _key(name: str) -> str:
    return " ".join(name.lower().replace("’", "'").split())


def _name_pattern(name: str) -> str:
    """A name as a pattern: any run of spaces between words, either apostrophe."""
    return r"\s+".join(re.escape(word).replace("'", "['’]") for word in name.split())


@dataclass(frozen=True)
class HolidayMatch:
    """A holiday's span in a text and the groups its value needs."""

    start: int
    end: int
    groups: dict


def find(text: str) -> list[HolidayMatch]:
    """Spans of named days used as dates in `text`."""
    lexicon = _lexicon()
    found = []
    for match in lexicon.pattern.finditer(text):
        before = text[max(0, match.start() - 32) : match.start()]
        of = _OF_BEFORE.search(before)
        if of and of.group("word").lower() not in lexicon.time_words_before_of:
            continue  # "the theme of Human Rights Day (2020)": the observance, not a day
        groups = {k: v for k, v in match.groupdict().items() if v is not None}
        start = match.start()
        if which := _WHICH_BEFORE.search(before):
            groups["which"] = which.group("which")
            start -= len(before) - which.start()
        qualified = "which" in groups or "year" in groups or "week" in groups
        if len(groups["name"].split()) == 1 and not qualified and not _TIME_PREPOSITION.search(before):
            continue  # "Christmas shopping", "Easter celebrations"
        found.append(HolidayMatch(start, match.end(), groups))
    return found


def value(groups: dict, anchor: date | None, tense: str) -> str:
    """TIMEX3 value of a holiday span: its day (an ISO week for "Easter week") in the year given,
    else the one the modifier or the clause's tense picks around the anchor ("" without one)."""
    holiday = _lexicon().by_name[_key(groups["name"])]
    which = " ".join((groups.get("which") or "").lower().replace("’", "'").split())
    if groups.get("year"):
        day = holiday.day_in(int(groups["year"]))
    elif anchor is None:
        return ""
    elif which.endswith("year's"):
        day = holiday.day_in(anchor.year + {"this": 0, "last": -1, "next": 1}[which.split()[0]])
    elif which == "this":
        day = holiday.day_in(anchor.year)
    elif not which and not groups.get("week") and abs((holiday.day_in(anchor.year) - anchor).days) <= _NEAR_DAYS:
        # a text dated within days of the holiday means this year's, whatever the clause's tense
        # ("He released the statement today to mark World Press Freedom Day on Sunday, 3 May")
        day = holiday.day_in(anchor.year)
    else:
        reading = {"last": "before", "next": "after"}.get(which) or tense
        # "as Easter week began": a week is compared by its Monday, so the week under way is this one
        day = occurrence(holiday, anchor, reading, by_week=bool(groups.get("week")))
    if groups.get("week"):
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return day.isoformat()


# How near (in days) the reference date must be to a holiday for it to mean that year's
_NEAR_DAYS = 7


def occurrence(holiday: Holiday, anchor: date, reading: str, by_week: bool = False) -> date:
    """The holiday's date nearest the anchor in the direction `reading` gives: past (on or before
    the anchor), future (on or after it), before / after (strictly), present (the nearer one).
    `by_week` compares the Mondays of the days' weeks instead of the days."""

    def at(day: date) -> date:
        return day - timedelta(days=day.weekday()) if by_week else day

    now = at(anchor)
    this_year = holiday.day_in(anchor.year)
    earlier = this_year if at(this_year) <= now else holiday.day_in(anchor.year - 1)
    later = this_year if at(this_year) >= now else holiday.day_in(anchor.year + 1)
    if reading == "before":
        return earlier if at(earlier) < now else holiday.day_in(earlier.year - 1)
    if reading == "after":
        return later if at(later) > now else holiday.day_in(later.year + 1)
    if reading == "past":
        return earlier
    if reading == "future":
        return later
    return earlier if now - at(earlier) <= at(later) - now else later


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th `weekday` (0 = Monday) of a month, the last one for n = -1 (Thanksgiving: the
    fourth Thursday of November)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def easter_sunday(year: int) -> date:
    """Western Easter Sunday of `year` (Gregorian computus, the anonymous algorithm published by
    Meeus in Astronomical Algorithms)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_offset = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_offset) // 451
    month, day = divmod(h + weekday_offset - 7 * m + 114, 31)
    return date(year, month, day + 1)
