"""Date rules, free of spaCy (the read stage uses them for datelines): find explicit

How it works, in three passes over the cleaned text of one document:

1. Candidates. Rule families (regular expressions built from `data/dates_lexicon.json`) find
   spans: numeric dates (`2024-03-20`, `20.03.2024`), ranges (`2018 - 2021`, `from 1 to 5 May
   2021`, `between March and June 2021`), day/month/year points (`20 March 2024`, `March 20,
   2024`, `September 2020`, `20 November`, `2018`), a month alone after a preposition (`in
   August`) and relative expressions (`today`, `last month`, `earlier this week`, `two years
   ago`). Month names must be capitalised, so the verbs "may" and "march" never match, and only
   four-digit years 1800-2099 are years, so "the 55th" or "46th session" never become one.
2. Selection. Where candidates overlap the longest wins (a full date beats its parts); a bare
   year next to a name or count word ("the 2030 Agenda", "2000 people", "resolution 2019") is
   dropped.
3. Values. Each span becomes a value at the granularity the text gives (`2020`, `2020-09`,
   `2020-09-18`, `2024-W12`, `START/END` for a span). A day or month without a year takes its
   year from the nearest reference above it (see `resolve`): a full date earlier in the same
   sentence, else the nearest dateline above (a line that starts with a date), else the
   published date, else a full date earlier in the paragraph, else (a text with no date of its
   own) the last full date earlier in the text; with none, the year is `XXXX`.
   Relative expressions are resolved against the nearest dateline above, else the published
   date; with neither they keep an empty value.

No clock is ever read: the same text and published date give the same rows on any day.
dateparser normalises the candidate spans that name a full day (`_full_date`), with settings
that never fill a missing part from today's date; years, months, spans, year-less and relative
dates are resolved by the rules below, which know the granularity the text gives.
"""

from __future__ import annotations

import itertools
import json
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import cache

from dateparser.date import DateDataParser

from pipeline import config
from pipeline.extract.dates import timex as dates_timex
from pipeline.extract.dates.first_char import with_first_char_lookahead
from pipeline.extract.dates.numbers import CARDINAL, count_value

LEXICON_PATH = config.DATA_DIR / "dates_lexicon.json"


@dataclass(frozen=True)
class _Point:
    """One calendar point as written: any part may be missing."""

    year: int | None = None
    month: int | None = None
    day: int | None = None


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    kind: str  # numeric | range | point | month | listday | relative | timex
    is_relative: bool = False
    context: str = ""  # for a listday: the month (and year) the day shares ("1 and 2 March 2021")
    found: dates_timex.Found | None = None  # for a timex: the rule that found it (dates_timex)


@dataclass(frozen=True)
class _Rules:
    """Compiled patterns and vocabulary; built once from the lexicon file (read-only)."""

    month_number: dict[str, int]
    weekday_number: dict[str, int]
    relative_days: dict[str, int]
    unit_modifiers: dict[str, int]
    year_name_after: frozenset[str]
    day_name_after: frozenset[str]
    year_name_before: frozenset[str]
    count_nouns_after: frozenset[str]
    byline_openers: tuple[str, ...]  # each with its trailing space
    salutations: tuple[str, ...]
    letter_subject_lines: tuple[str, ...]
    numeric: re.Pattern
    short_numeric: re.Pattern
    short_year_range: re.Pattern
    range: re.Pattern
    point: re.Pattern
    bare_month: re.Pattern
    month_of_relative_year: re.Pattern
    dateline_languages: tuple[str, ...]
    month_attribute: re.Pattern
    month_day_list: re.Pattern
    day_list: re.Pattern
    month_list: re.Pattern
    relative: re.Pattern
    dateline: re.Pattern
    labelled_iso: re.Pattern
    token: re.Pattern


_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_ORDINAL_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
_DASH = r"[-‐‑–—‒]"  # hyphen-minus, hyphen, non-breaking hyphen, en, em and figure dashes
_DIGIT = re.compile(r"\d")
# Connectors that join the two ends of a span. "and" is only accepted after "between".
_CONNECTOR = rf"(?:\s*{_DASH}\s*|\s+(?:to|until|till|through|and)\s+)"
# The place in front of a dateline: one to six capitalised words ("GENEVA", "Minsk", "New York").
# (places of one dateline may share it: "(Bangkok/Kathmandu – 1 March 2023) – ...",
# "LONDON/SAN FRANCISCO/BUENOS AIRES, 5 June 2019 – ...")
# (a place or a publisher, whose name may hold a lower-case function word: "Defend the Defenders,
# April 4, 2018", "Committee to Protect Journalists, ...")
_PLACE = r"[A-Z][\w.'’-]*(?:(?:\s+(?:the|of|for|to|and|on|de|du|des|la|del)\s+|\s+|/)[A-Z][\w.'’-]*){0,5}"
# the abbreviated state or district after a dateline's city: "Washington, D.C., July 27, 2023—The ...",
# "Washington, D.C. July 6th 2018.- ...", "Albany, N.Y., May 3"
_REGION_AFTER_PLACE = r"(?:,\s*[A-Z][A-Za-z]{0,4}\.(?:[A-Z]\.)?)?"
# the country after a dateline's city: "Geneva (Switzerland), April 30, 2020 (SPS) - ..."
_COUNTRY_AFTER_PLACE = r"(?:\s*\([A-Z][\w.'’ -]{1,30}\))?"
# Times of day after a dateline ("April 5, 2018 | 6:00 PM", "20 March 2024, 10:30 CET").
_TIME = (
    r"(?:\s*(?:\||,\s*at|,|at|-|–|—|T)?\s*\d{1,2}[:.]\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?"
    r"(?:\s*(?:[A-Z]{2,4}|[+-]\d\d:?\d\d))?)"
)


def _as_is(pattern: re.Pattern) -> re.Pattern:
    return pattern


@cache
def _rules() -> _Rules:
    """The rules of the lexicon, each search pattern opened by a lookahead on its first characters."""
    return build_rules(lookahead=True)


def build_rules(lookahead: bool = True) -> _Rules:
    """The patterns and word tables of `dates_lexicon.json`; `lookahead`: open each search pattern
    with `first_char.with_first_char_lookahead` (same matches, found several times faster)."""
    search = with_first_char_lookahead if lookahead else _as_is
    lexicon = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))
    month_number: dict[str, int] = {}
    abbreviations: list[str] = []
    for n, (name, short_forms) in enumerate(lexicon["months"].items(), start=1):
        month_number[name] = n
        for word in short_forms:
            month_number[word] = n
            abbreviations.append(word)
    # Capitalised or upper-case month names only ("May 2021", "MAY 2021", never "may"); an
    # abbreviation may carry a dot. Longest first so "September" wins over "Sep".
    full = sorted(lexicon["months"], key=len, reverse=True)
    short = sorted(abbreviations, key=len, reverse=True)

    def cased(words: list[str]) -> str:
        return "|".join(f for w in words for f in (w.capitalize(), w.upper()))

    month = rf"(?:(?:{cased(full)})|(?:{cased(short)})\.?)(?![\w])"
    # A month alone ("in August") must be written in full or with a dot: "by Jan" is a name.
    lone_month = rf"(?:(?:{cased(full)})|(?:{cased(short)})\.)(?![\w])"
    weekday_number = {name: n for n, name in enumerate(lexicon["weekdays"])}
    weekdays = "|".join(w.capitalize() for w in weekday_number)
    weekday_prefix = rf"(?:(?:{weekdays}|{'|'.join(w[:3].capitalize() for w in weekday_number)})\.?,?\s+)?"
    day_month = rf"(?:the\s+)?\b{_DAY}\b\s+(?:of\s+)?{month}"
    # "20-April-2017", "3-Mar-2021": the day-month-year notation of many content systems, and its
    # month-first form
    hyphenated = rf"\b{_DAY}-{month}-{_YEAR}\b|\b{month}-{_DAY}-{_YEAR}\b"  # or "Nov-29-2013"
    point = (
        # ("January 19,2021": a content system's comma with no space after it)
        rf"(?:{hyphenated}|{day_month}(?:,?\s+{_YEAR})?|{month}\s+\b{_DAY}\b(?:,?\s+{_YEAR}|,{_YEAR})?"
        # "July, 21st 2009": a comma after the month, then an ordinal day and the year
        rf"|{month},\s+\b{_ORDINAL_DAY}\b,?\s+{_YEAR}"
        rf"|{month},?\s+(?:of\s+)?{_YEAR}"
        # "2016 Jul", "2019 Mar 3": the year first, as document databases and citations write it
        # (on one line: not "Forum 2007" over "March 24, 2007"; not a name that opens with a month:
        # "in 2016 May Day marches")
        rf"|{_YEAR}[ \t]+{month}(?:[ \t]+\b{_DAY}\b|(?![ \t]+[A-Z]))|{_YEAR})"
    )
    numbers = rf"an?|{CARDINAL}"  # "a year ago", "fourteen years ago", "twenty-five years ago"
    relative_days = "|".join(re.escape(k) for k in sorted(lexicon["relative_days"], key=len, reverse=True))
    modifiers = "|".join(re.escape(k) for k in sorted(lexicon["relative_unit_modifiers"], key=len, reverse=True))
    leads = "|".join(
        re.escape(k).replace(r"\ ", r"\s+") for k in sorted(lexicon["bare_month_leads"], key=len, reverse=True)
    )
    attribute_stops = "|".join(re.escape(w) for w in lexicon["month_attribute_stops"])
    labels = "|".join(
        re.escape(k).replace(r"\ ", r"\s+") for k in sorted(lexicon["dateline_labels"], key=len, reverse=True)
    )
    # 2024-03-20 | 20.03.2024 | 20/03/2024 | 20-03-2024 | 2024/03/20, 2012/9/5 (same separator twice) |
    # 2024.03.20 (year first with dots, as Lithuanian, Korean and Chinese sites print it; month and
    # day in two digits: "2019.1.2" may number a section)
    numeric = (
        rf"(?:{_YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
        rf"|{_YEAR}\.(?:0[1-9]|1[0-2])\.(?:0[1-9]|[12]\d|3[01])"
        rf"|\d{{1,2}}(?P<sep>[./-])\d{{1,2}}(?P=sep){_YEAR}|{_YEAR}/\d{{1,2}}/\d{{1,2}})"
    )
    any_date = rf"(?:{numeric}|{point})"
    # The ends of a span: "1 to 5 May 2021", "May 1-5, 2021", "March-June 2021", "2018 - 2021".
    span_left = rf"(?:{point}|{month}|\b{_DAY}\b)"
    span_right = rf"(?:{point}|{month}|\b{_DAY}\b(?:,?\s+{_YEAR})?)"
    return _Rules(
        month_number=month_number,
        weekday_number=weekday_number,
        relative_days=lexicon["relative_days"],
        unit_modifiers=lexicon["relative_unit_modifiers"],
        year_name_after=frozenset(lexicon["year_name_after"]),
        day_name_after=frozenset(lexicon["day_name_after"]),
        year_name_before=frozenset(lexicon["year_name_before"]),
        count_nouns_after=frozenset(lexicon["count_nouns_after"]),
        byline_openers=tuple(f"{w} " for w in lexicon["byline_openers"]),
        salutations=tuple(lexicon["salutations"]),
        letter_subject_lines=tuple(lexicon["letter_subject_lines"]),
        # an ISO timestamp ("2020-08-09T14:00:00Z", web pages and feeds) gives its date
        numeric=search(re.compile(rf"(?<![\w./-]){numeric}(?:(?![\w/]|[.-]\d)|(?=T\d\d:\d\d))")),
        short_year_range=search(re.compile(rf"(?<![\w./-]){_YEAR}(?:\s*{_DASH}\s*|/)\d\d(?![\w/]|[.-]\d)")),
        # a day, a month and a two-digit year: "22.02.14", "23/9/22" (`_numeric_point` keeps only
        # those whose day comes first beyond doubt)
        short_numeric=search(re.compile(r"(?<![\w./-])\d{1,2}(?P<sep>[./])\d{1,2}(?P=sep)\d\d(?![\w/]|[.-]\d)")),
        range=search(
            re.compile(
                rf"(?:\b(?i:between)\s+{span_left}\s+and\s+{span_right}"
                rf"|(?:\b(?i:from)\s+)?{span_left}(?:\s*{_DASH}\s*|\s+(?:to|until|till|through)\s+){span_right})"
                # (not a time of day after a date: "April 5, 2011 - 10:21 AMT")
                r"(?![\w]|[:.]\d)"
            )
        ),
        point=search(re.compile(rf"(?<![\w./])(?<!\d-){point}(?![\w])")),
        day_list=search(
            re.compile(
                rf"(?<![\w./])((?:\b{_DAY}\b\s*,\s*)*\b{_DAY}\b),?\s+(?:and|&)\s+\b{_DAY}\b\s+(?:of\s+)?"
                rf"({month}(?:,?\s+{_YEAR})?)(?![\w])"
            )
        ),
        bare_month=search(re.compile(rf"\b(?i:{leads})(?:\s+|-)(?:the\s+month\s+of\s+)?({lone_month})")),
        dateline_languages=tuple(lexicon["dateline_languages"]),
        # "its report of July last year": a month alone is a date before the year it is of
        month_of_relative_year=search(
            re.compile(rf"(?<![\w./])({lone_month})(?=\s+(?i:last|this|next|the\s+previous|the\s+following)\s+year\b)")
        ),
        # "July and August 2013", "March, April or May 2020": the months before the last share its year
        month_list=search(
            re.compile(
                rf"(?<![\w./])((?:{lone_month}\s*,\s*)*{lone_month}),?\s+(?:and|or|&)\s+{month}\s+({_YEAR})(?![\w])"
            )
        ),
        # "the October attack", "The March accession": a month before the noun it dates
        month_attribute=search(
            re.compile(rf"\b[Tt]he\s+({lone_month})(?=\s+[a-z]{{3,}}\b)(?!\s+(?:{attribute_stops})\b)")
        ),
        # "April 24 and 25", "May 3, 4 and 6, 2021": the days after the first share its month
        month_day_list=search(
            re.compile(
                rf"(?<![\w./])({month})\s+\b{_DAY}\b((?:\s*,\s*\b{_DAY}\b)*,?\s+(?:and|&)\s+\b{_DAY}\b)"
                rf"(,?\s+{_YEAR})?(?![\w]|[.,]\d)(?!\s*{month})"
            )
        ),
        relative=search(
            re.compile(
                rf"(?<![Tt]he\s)\b(?i:(?:{relative_days})"
                rf"|(?:{modifiers})\s+(?:week|month|year)"
                rf"|(?:\d+|{numbers})\s+(?:days?|weeks?|months?|years?)\s+ago)\b"
                rf"|\b(?i:last|next|this)\s+(?:{weekdays}|{month})(?![\w])(?!\.?\s*\d)"
            )
        ),
        dateline=re.compile(
            # (up to three places: "Managua, Costa Rica, Washington D.C. November 30, 2022.- ...")
            rf"(?:(?i:{labels})\s*:?\s*)?(?:\(?{_PLACE}{_REGION_AFTER_PLACE}(?:,\s*{_PLACE}{_REGION_AFTER_PLACE}){{0,2}}"
            rf"{_COUNTRY_AFTER_PLACE}"
            # (a place in capitals may stand right before the date: "GENEVA September 17, 2018 – ...")
            rf"(?:\s*(?:,|\(|{_DASH})|(?<=\.)(?=\s)|(?<=[A-Z]{{2}})(?=\s))\s*)?{weekday_prefix}({any_date})\)?"
            # the place after the date: "2 September 2024, GENEVA – UN experts ...", "Aug 22nd 2020 MINSK"
            # (and its country: "16 SEPTEMBER 2024, GENEVA, SWITZERLAND")
            rf"(?:,\s*{_PLACE}(?:,\s*{_PLACE})?{_COUNTRY_AFTER_PLACE}|\s+[A-Z]{{2,}}(?:\s+[A-Z]{{2,}})?)?{_TIME}?"
            rf"(?:\.?\s*(?:\||:|{_DASH})\s*\S.*)?"  # (". –The 29th Session ...": a full stop before the dash)
        ),
        # a page's metadata copied with its text: a label, an ISO date, then the title or the story
        # with no separator ("date 2020-07-17 World", "Published 2019-03-02 Groups urge ...")
        labelled_iso=re.compile(
            # (in a markdown code span too: "Published :`2024-07-22 23:36:41`")
            rf"\s*(?i:{labels})\s*(?::\s*`?|\s+)({_YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?=[\s`]|$)"
        ),
        token=search(re.compile(rf"(?P<year>\b{_YEAR}\b)|(?P<month>{month})|(?P<day>\b{_DAY}\b)")),
    )


# --- public API ------------------------------------------------------------------------------


def normalise(surface: str) -> tuple[str, str]:
    """ISO value and granularity of one explicit date expression, "XXXX" for a missing year.

    >>> normalise("September 2020")
    ('2020-09', 'month')
    >>> normalise("2018 - 2021")
    ('2018/2021', 'range')
    >>> normalise("20 November")
    ('XXXX-11-20', 'day')
    >>> normalise("five years")
    ('', '')
    """
    surface = " ".join(surface.split())
    chosen = _select(surface, _candidates(surface))
    if len(chosen) != 1 or (chosen[0][0].start, chosen[0][0].end) != (0, len(surface)) or chosen[0][0].is_relative:
        return "", ""
    candidate = chosen[0][0]
    if candidate.found is not None and candidate.found.rule in dates_timex.TYPES:
        return "", ""  # a duration or a time of day is not a calendar date
    if candidate.kind == "timex" and candidate.found is not None:
        value = dates_timex.value(candidate.found, surface, None, "", "")
        return value, dates_timex.granularity(value)
    return _format(chosen[0][1], None)


def parse_day(text: str) -> str:
    """YYYY-MM-DD when `text` is one full date (optionally with a label or a time), else "".

    >>> parse_day("Mon, April 5, 2018 | 6:00 PM")
    '2018-04-05'
    >>> parse_day("Published: 20 March 2024")
    '2024-03-20'
    """
    return _dateline_value(text)


# The first 12 non-empty lines hold title, subtitle, byline and dateline in the bundled corpus
# and in the shared HTML samples; a date further down is part of the body, not the dateline.
DATELINE_MAX_LINES = 12


def find_dateline(text: str, max_lines: int = DATELINE_MAX_LINES, title: str = "") -> str:
    """Published date (YYYY-MM-DD) from a dateline on one of the first lines, else "". A first line
    that is the document's `title` (a page's headline) is read as standing above the text's opening.

    A dateline is a line that starts with a full date, optionally after a label or a place and
    followed by a time or by a dash and the first sentence: "Published: 20 March 2024", "April 5,
    2018 | 6:00 PM", "Minsk – 20 March 2024", "GENEVA (20 March 2024) – The High Commissioner...".

    >>> find_dateline("Title\\n\\nMarch 20, 2024\\n\\nToday the Council...")
    '2024-03-20'
    """
    lines = [line for line in text.split("\n") if line.strip()][:max_lines]
    openers = _rules().byline_openers
    first = 1 if title and lines and " ".join(lines[0].split()) == " ".join(title.split()) else 0
    short = ""
    for n, line in enumerate(lines):
        if _UPDATED.match(line.strip()):
            continue  # "Last Updated: Friday, 14 October 2022, 13:56 GMT": read below, when nothing else dates the text
        if _EARLIER_STEP.match(line):
            continue  # "Submission: 2012.02.21": when the case was brought, not when the text was issued
        value = _dateline_value(line)
        opening = _DATE_THEN_STORY.match(line) if not value else None
        if opening is not None and (n == first or "," in opening.group(1) or opening.group(2)):
            # "18 June 2025. On the eve of ...": the text opens with its date; "Lahore, 30 August
            # 2018. The Commission ..." or "30 August 2022, Lahore. On this ...": a place and a date
            # open the story below a title
            value = _dateline_value(opening.group(1))
        if not value and (n == first or line.lstrip().lower().startswith(openers)):
            # a title, byline or delivery line that dates itself at its end; not a quotation's
            # attribution further down ("Mary Lawlor, UN Special Rapporteur ..., 9 December 2022")
            value = _date_after_comma(line.rstrip().removesuffix(".").removesuffix(":"))  # "..., 10 October 2016:"
        if not value and n == first:
            value = _title_ending_with_date(line)  # "UNOG Bi-weekly press briefing 8 September 2020"
        if not value and n == first:
            value = _date_then_place(line)  # "3 July 2020, Çağlayan Courthouse, Istanbul"
        if not value and (bracketed := _BRACKETED_DATE_OPENING.match(line)) is not None:
            value = _dateline_value(bracketed.group(1) or bracketed.group(2))  # "(10 January 2018) We, ..."
        if not value and (today := _TODAY_OPENING.match(line)) is not None:
            value = _dateline_value(today.group(1))  # "Today, on November 24, 2011, the court ..."
        if not value and (placed := _PLACE_THEN_DATE_STORY.match(line)) is not None:
            value = _dateline_value(placed.group(1))  # "Johannesburg. 24 November 2011. CIVICUS ..."
        if not value and _SHORT_YEAR.fullmatch(line.strip()):
            # "07.05.20" alone on a line over the title: a site's post date, taken when no line
            # below gives the text's own date in full ("05.10.22" over "28 September 2022")
            short = short or _short_date_line(line.strip())
        value = value or _date_closing_a_label(line) or _timestamp(line) or _published_on(line)
        value = value or _slashed_dateline(line) or _posted_by(line) or _labelled_in_byline(line)
        value = value or _agency_dateline(line)
        if value:
            return value
    if short:
        return short
    # a page that prints only when it was updated ("Updated: Mar 24, 2009 01:14 IST"): the nearest
    # date it states; beside a publication date, an update's date is never taken
    updated = (_UPDATED.sub("", line) for line in lines if _UPDATED.match(line.strip()))
    value = next((value for line in updated if (value := _dateline_value(line))), "")
    value = value or next((value for line in lines if (value := _foreign_dateline(line))), "")
    if value:
        return value
    # a press release's dateline below a page's menus and teasers: "(Bangkok/Kathmandu – 1 March
    # 2023) – The Asian Forum ... condemns ...", a place, a full date and a dash opening the story
    deeper = [line for line in text.split("\n") if line.strip()][max_lines:_STORY_DATELINE_MAX_LINES]
    value = next((value for line in deeper if _STORY_DATELINE.match(line) and (value := _dateline_value(line))), "")
    # or a page's "Published 20 June 2024" line under its menus and summary (GOV.UK prints it there),
    # or its timestamp there: "*05:43 AM, Friday, July 19, 2024*" (a date with its time of day)
    value = value or next((value for line in deeper if (value := _published_line(line) or _posted_by(line))), "")
    value = value or next((v for line in deeper if _CLOCK.search(line) and (v := _dateline_value(line))), "")
    # or a letter's date, alone on the line above its salutation ("25 April 2017" / "Your Majesty,")
    value = value or _letter_date(lines + deeper)
    # or the issue date of a UN document's symbol block under a site's menus: "Distr.: General" and
    # the date on the next line
    return value or _issue_date(lines + deeper)


# A time of day: "05:43 AM", "15:10".
_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")


def _letter_date(lines: list[str]) -> str:
    """YYYY-MM-DD of a date alone on the line right above a letter's salutation, or above the
    subject line over it ("23 February 2016" / "Re: Internet shutdown" / "Your Excellencies,"), else
    "". `lines` are the text's non-blank lines."""
    rules = _rules()
    for k, line in enumerate(lines):
        if k == 0 or not line.strip().lower().startswith(rules.salutations):
            continue
        above = k - 1
        if above > 0 and lines[above].strip().lower().startswith(rules.letter_subject_lines):
            above -= 1
        if value := _dateline_value(lines[above]):
            return value
    return ""


# A full date as UN documents write it: "7 March 2025", "March 7, 2025"
_FULL_DATE = r"(\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4})"
# The distribution line of a UN document's symbol block, whose next line is the date of issue (UN
# Editorial Manual: "Distr.: General", "Distr.: Limited", "Distr.: Restricted"); or its date on the
# same line, the block flattened into one
_DISTRIBUTION = r"(?i:distr)\.?:?\s*(?i:general|limited|restricted)"
_DISTRIBUTION_LINE = re.compile(rf"{_DISTRIBUTION}\s*$")
_DISTRIBUTION_THEN_DATE = re.compile(rf"{_DISTRIBUTION}\s+{_FULL_DATE}\b")


# A full date ending a line: the second column of a UN document's symbol block as a PDF's text gives
# it ("Security Council 7 March 2025"), or a special procedures' reference line ("REFERENCE: AL NPL
# 5/2018 12 November 2018").
_LINE_FINAL_DATE = re.compile(rf"{_FULL_DATE}\s*$")
# The reference line of a UN special procedures' communication, its date after it ("REFERENCE: UA CHN 1/2022").
_REFERENCE = re.compile(r"\s*REFERENCE\s*:")


def _issue_date(lines: list[str]) -> str:
    """YYYY-MM-DD of the date on the line after a UN document's "Distr.: General" line, or ending it
    when the block's two columns share lines ("General Assembly Distr.: General" / "Security Council
    7 March 2025"); else of the date ending a special procedures' "REFERENCE:" line or on the line
    after it; else ""."""
    for above, line in itertools.pairwise(lines):
        if _DISTRIBUTION_LINE.search(above.strip()):
            return _dateline_value(line) or _line_final_date(line)
    for line in lines:
        # the block flattened into one line by a site's copy of the PDF: "CAT/C/53/2 ... Distr.:
        # General 11 December 2014 Original: English ..."
        inline = _DISTRIBUTION_THEN_DATE.search(line)
        if inline is not None and (value := _dateline_value(inline.group(1))):
            return value
    for n, line in enumerate(lines):
        if _REFERENCE.match(line):
            return _line_final_date(line) or (_dateline_value(lines[n + 1]) if n + 1 < len(lines) else "")
    return ""


def _line_final_date(line: str) -> str:
    """YYYY-MM-DD of the full date that ends the line, else ""."""
    match = _LINE_FINAL_DATE.search(line)
    return _dateline_value(match.group(1)) if match is not None else ""


# A news agency's dateline of place, numeric date and agency between slashes, then a colon or dash
# and the story: "Baku/22.02.14/Turan : In the trial of ...", "Tbilisi/05.03.2021/Agency - ..."
_SLASHED_DATELINE = re.compile(
    rf"\s*{_PLACE}\s*/\s*(\d{{1,2}}[./]\d{{1,2}}[./](?:\d\d|{_YEAR}))\s*/\s*[A-Z][\w .&-]{{0,40}}?\s*(?::|{_DASH})"
)


def _slashed_dateline(line: str) -> str:
    """YYYY-MM-DD of a dateline "Place/DD.MM.YY/Agency:" opening the line, else ""."""
    match = _SLASHED_DATELINE.match(line)
    points = _numeric_point(match.group(1)) if match is not None else []
    return _iso(points[0], None) if points and points[0].day else ""


_PUBLISHED_LINE = re.compile(r"\s*(?i:published|first published|posted|date published)\b")
_PUBLISHED_LINE_WORDS = 6


# A content manager's byline: "Posted by admin on 2021/10/13 17:25:00 (89 reads)", "Submitted by
# jdoe on Tue, 03/05/2019 - 10:12"
_POSTED_BY_ON = re.compile(
    r"\s*(?i:posted|published|submitted)\s+by\s+\S+(?:\s+\S+){0,2}?\s+on\s+(.+?)(?:\s*\([^()]*\))?\s*$"
)


def _posted_by(line: str) -> str:
    """YYYY-MM-DD of a content manager's byline ("Posted by admin on 2021/10/13 17:25:00"), else ""."""
    posted = _POSTED_BY_ON.match(line)
    return _dateline_value(posted.group(1)) if posted is not None else ""


# A byline that labels its date after the author's name or before the time: "Jane Roe Published July
# 22, 2022 | 01:20 AM", "Posted 11:58 AM, May 10, 2019, by" (the label capitalised, as a page prints it)
_LABELLED_IN_BYLINE = re.compile(
    rf"\b(?:Published|Posted)(?:\s+on)?:?\s+(?:\d{{1,2}}:\d\d\s*(?i:[ap]\.?m\.?)?,?\s+)?([^|\n]{{6,30}}?\b{_YEAR})\b"
)
_BYLINE_WORDS = 12  # a byline, not a sentence of the story ("The report Published by ...")


def _labelled_in_byline(line: str) -> str:
    """YYYY-MM-DD of the date a short byline labels "Published" or "Posted", else ""."""
    match = _LABELLED_IN_BYLINE.search(line) if len(line.split()) <= _BYLINE_WORDS else None
    return _dateline_value(match.group(1)) if match is not None else ""


# A place, a full date and the agency in brackets, then a colon or a dash and the story: "Brussels,
# 31 December 2010 (ITUC OnLine): The ITUC has called on ..."
_AGENCY_DATELINE = re.compile(
    rf"\s*{_PLACE}{_REGION_AFTER_PLACE},\s+([^()\n]{{6,30}}?\b{_YEAR})\s*\([^()\n]{{2,40}}\)\s*(?::|{_DASH})\s*[A-Z]"
)


def _agency_dateline(line: str) -> str:
    """YYYY-MM-DD of a dateline "Place, date (Agency):" opening the story, else ""."""
    match = _AGENCY_DATELINE.match(line)
    return _dateline_value(match.group(1)) if match is not None else ""


def _published_line(line: str) -> str:
    """YYYY-MM-DD of a short line that is a publication label and a full date, else ""."""
    if not _PUBLISHED_LINE.match(line) or len(line.split()) > _PUBLISHED_LINE_WORDS:
        return ""
    return _dateline_value(line)


# A full date closing a title with no separator: "UNOG Bi-weekly press briefing 8 September 2020"
# (or "Press Release for 10th July, 2018.": a comma after the month, a full stop after the year)
_TITLE_DATE = re.compile(rf"\s((?:{_DAY}\s+[A-Z][a-z]+\.?,?|[A-Z][a-z]+\.?\s+{_DAY},?)\s+{_YEAR})\.?\s*$")


# The most words of a title that a full stop closes after its date ("Press Release for 10th July, 2018.")
_TITLE_WITH_STOP_WORDS = 8


def _title_ending_with_date(line: str) -> str:
    """YYYY-MM-DD of the full date a title line ends with, else ""."""
    found = _TITLE_DATE.search(line.rstrip())
    if found is None or (line.rstrip().endswith(".") and len(line.split()) > _TITLE_WITH_STOP_WORDS):
        return ""  # (a sentence ends with a full stop too: "... presented to Parliament on Tuesday 24th March 2015.")
    value, granularity = normalise(found.group(1))
    return value if granularity == "day" and not value.startswith("XXXX") else ""


# "This statement was originally published on rsf.org on 15 October 2024.": a repost names its date;
# so does a note that a text was issued or delivered ("The press release issued by the Foreign Office
# on 24 September 2024.", "Statement delivered by Minister X on 28 February 2017."; not "The court
# issued its verdict on ...", nor "released", said of detainees)
_PUBLISHED = re.compile(
    r"(?i)\bpublished\b|\b(?:statement|release|letter|speech|remarks|declaration|communiqu[eé])\b.*\b(?:issued|delivered)\b"
    # a parliament's motion or question: "EDM (Early Day Motion) 468: tabled on 12 May 2020"
    r"|\b(?:motion|question)\b.*\btabled\b"
)
_PUBLISHED_ON_WORDS = 14  # a note of its own, not a sentence about another text ("the report, published on ...")


# What a page's note may go on with after its date: its author or category, after a semicolon or a bar.
_SEGMENT_AFTER_DATE = re.compile(r"\s*[;|]\s*")


def _published_on(line: str) -> str:
    """YYYY-MM-DD of a short line that says where and when the text was published, the date after
    its last "on", else ""."""
    if not _PUBLISHED.search(line) or len(line.split()) > _PUBLISHED_ON_WORDS:
        return ""
    # ("Author: X, Published on: 20 April 2018": a label's colon after "on")
    head, on, tail = line.strip().rstrip(".").replace(" on: ", " on ").rpartition(" on ")
    if not on or not _PUBLISHED.search(head):
        return ""
    tail = _SEGMENT_AFTER_DATE.split(tail, maxsplit=1)[0]  # "Published on 9 December 2017; Joint Organizations"
    value, granularity = normalise(tail.strip())
    return value if granularity == "day" and not value.startswith("XXXX") else ""


# A full date in brackets opening a paragraph, then its first words: "(10 January 2018) We, members of
# the Platform, are deeply concerned ...", "(10 January 2018) – The Platform ..."
# (or in square brackets, as the Council of Europe's newsroom dates its items: "[23/04/2014] The ...")
_BRACKETED_DATE_OPENING = re.compile(
    rf"\s*(?:\(([^()\n]{{6,30}}?\d{{4}})\)|\[([^\[\]\n]{{6,30}}?\d{{4}})\])\s*(?:{_DASH}\s*)?[A-Z]"
)
# A story that opens by giving today's date: "Today, on November 24, 2011, Judge X sentenced ...",
# "Today, 25 April 2018, marks a month since ..."
_TODAY_OPENING = re.compile(rf"\s*(?i:today),?\s+\(?(?:on\s+)?([^\n()]{{6,30}}?\b{_YEAR})\)?\s*,")
# A place, a full stop, a full date, a full stop and the story: "Johannesburg. 24 November 2011. CIVICUS ..."
_PLACE_THEN_DATE_STORY = re.compile(
    rf"\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}}\.\s+([^.\n]{{6,30}}?\b{_YEAR})\.\s+(?=[A-Z])"
)


def _short_date_line(line: str) -> str:
    """YYYY-MM-DD of a line that is only a date with a two-digit year ("07.05.20", day first, as a
    site prints a post's date over its title), else "" (`_numeric_point` decides)."""
    points = _numeric_point(line)
    return _iso(points[0], None) if points else ""


# A full date and the place it was written or spoken in, alone on the first line: "3 July 2020,
# Çağlayan Courthouse, Istanbul" (every word of the place capitalised, at most six)
_DATE_THEN_PLACE = re.compile(rf"\s*([^,\n]{{6,20}}?\b{_YEAR}),\s+(\S[^\n]*?)\s*$")
_PLACE_WORDS = 6


def _date_then_place(line: str) -> str:
    """YYYY-MM-DD of a line that is a full date, a comma and a place, else ""."""
    match = _DATE_THEN_PLACE.match(line)
    if match is None:
        return ""
    words = match.group(2).replace(",", " ").split()
    if not 0 < len(words) <= _PLACE_WORDS or not all(w[:1].isupper() for w in words):
        return ""
    return _dateline_value(match.group(1))


# A full date opening the text, then a full stop and the story: "18 June 2025. On the eve of ...";
# or the date, a comma and the place: "30 August 2022, Lahore. On this International Day ..."
# ("1 March 2011. Johannesburg. The Zimbabwean government ...": the place its own sentence)
_DATE_THEN_STORY = re.compile(rf"\s*([^.\n]{{6,30}}?\b{_YEAR})(,\s+{_PLACE}|\.\s+{_PLACE}(?=\.))?\.\s+(?=[A-Z])")

# How far down a page's chrome may push a story's dateline ("PLACE (date) – story")
_STORY_DATELINE_MAX_LINES = 40


# A place, a full date with its year, then a dash and the story's words: "GENEVA (20 March 2024) – The ..."
_STORY_DATELINE = re.compile(
    rf"\s*\(?{_PLACE}\s*(?:,|\(|{_DASH})[^()\n]{{3,30}}?\d{{4}}\)?\s*{_DASH}\s*[A-Z]\w*(?:\s+\S+){{3}}"
)


# A day, a word and a year on a short line: a dateline in the language of the site that published an
# English text ("New York den 17 januari 2017. Det talade ordet gäller.", "Minsk, 3 mars 2021")
_FOREIGN_DATE = re.compile(rf"(?<![\w.])(\d{{1,2}})\.?\s+(?:de\s+)?([^\W\d_]{{3,12}})\.?,?\s+(?:de\s+)?({_YEAR})(?!\d)")
_FOREIGN_DATELINE_MAX_CHARS = 100


def _foreign_dateline(line: str) -> str:
    """YYYY-MM-DD of a short line that dates itself with a month name of another language, which
    dateparser's own language data read (the month word must be none of English's), else "".

    >>> _foreign_dateline("New York den 17 januari 2017. Det talade ordet gäller.")
    '2017-01-17'
    """
    if len(line.strip()) > _FOREIGN_DATELINE_MAX_CHARS:
        return ""
    match = _FOREIGN_DATE.search(line)
    if match is None or match.group(2).casefold() in _rules().month_number:
        return ""
    parsed = _any_language_parser().get_date_data(match.group(0)).date_obj
    return parsed.strftime("%Y-%m-%d") if parsed else ""


@cache
def _any_language_parser() -> DateDataParser:
    """A dateparser parser that detects the language of the span among `dateline_languages` of the
    lexicon, with the settings of `_date_parser`: used only for a dateline no English rule reads."""
    return DateDataParser(languages=list(_rules().dateline_languages), settings=_DATEPARSER_SETTINGS)


def find_adoption_date(text: str, max_lines: int = DATELINE_MAX_LINES) -> str:
    """Published date (YYYY-MM-DD) of an adopted text from the formula that heads it, else "": "Text
    adopted by the Assembly on 24 January 2017 (4th Sitting).", "Resolution adopted by the General
    Assembly on 20 December 1993", "Adopted by the Human Rights Council on 6 October 2022". Only a
    sentence that opens with the formula, on one of the first lines: a story's "the resolution,
    adopted on 6 October, calls ..." dates the resolution, not the story. Else the meeting and date
    that close a resolution ("10th meeting / 2 June 2010").

    >>> find_adoption_date("Attacks against journalists\n\nText adopted by the Assembly on 24 January 2017.")
    '2017-01-24'
    """
    lines = [line for line in text.split("\n") if line.strip()][:max_lines]
    for line in lines:
        for match in _ADOPTED_ON.finditer(line):
            value, granularity = normalise(match.group(1))
            if granularity == "day" and not value.startswith("XXXX"):
                return value
    # or the meeting and date that close a resolution's text, as the UN prints its adopted
    # resolutions: "10th meeting / 2 June 2010", "65th plenary meeting 18 December 2009"; the first
    # one of a text that holds several resolutions
    for match in _MEETING_THEN_DATE.finditer(text):
        value, granularity = normalise(match.group(1))
        if granularity == "day" and not value.startswith("XXXX"):
            return value
    return ""


# "Text adopted by the Assembly on 24 January 2017", "Adopted on 6 October 2022": the formula opens
# its line or sentence; "on" may be glued to the body's name by a PDF's text layer ("by the Human
# Rights Councilon 7 July 2022")
_ADOPTED_ON = re.compile(
    r"(?:^|(?<=[.;]\s))\s*(?:(?:Text|Resolution|Decision|Recommendation|Declaration)\s+)?(?i:adopted)\b"
    r"[^.;\n]{0,120}?(?:\b|(?<=[a-z]))on\s+(\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})"
)


# An ordinal meeting and the date on the same or the next line, nothing between them: a signature
# block, not a report's "at its 21st meeting, on 28 September 2007" nor "1234th and 1235th meetings"
_MEETING_THEN_DATE = re.compile(
    rf"(?m)(?:^|(?<=\s))\d{{1,4}}(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting[ \t]*\n?[ \t]*{_FULL_DATE}\b"
)


# A statement or letter may date itself on its last line instead: "Delegation of the European Union
# to Vietnam (Ha Noi 20.08.2018)", "Brussels, 12 March 2021"; a short line, no sentence. Only the
# last: a page's list of related stories ends with their dates and titles.
_CLOSING_WORDS = 12
_URL_LINE = re.compile(r"^\s*(?:[\w ]{1,20}:\s*)?(?:https?://|www\.)\S*\s*$")
_TRAILING_TIME = re.compile(r"\s*(?:[-–|@,]|at|в)?\s*\d{1,2}:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?\s*$")


def find_closing_date(text: str) -> str:
    """Published date (YYYY-MM-DD) from the text's last line (a link aside) when it is a short line
    ending with a full date, as a statement or letter closes with its place and date, else "".

    >>> find_closing_date("The EU calls for his release.\\n\\nDelegation of the EU to Vietnam (Ha Noi 20.08.2018)\\n")
    '2018-08-20'
    >>> find_closing_date("The trial resumes on 12 March 2021.")
    ''
    """
    lines = [line for line in text.split("\n") if line.strip() and not _URL_LINE.match(line)]
    if not lines:
        return ""
    line = _TRAILING_TIME.sub("", lines[-1].strip().rstrip(")").rstrip())  # "19 May 2023 в 14:48"
    words = line.replace(",", " ").replace("(", " ").split()
    if not words or len(words) > _CLOSING_WORDS or line.endswith((".", ":", "?", "!")):
        return ""
    for n in range(1, 5):  # "20.08.2018", "12 March 2021", "March 12, 2021"
        value, granularity = normalise(" ".join(words[-n:]))
        if granularity == "day" and not value.startswith("XXXX"):
            return value
    return ""


def _timestamp(line: str) -> str:
    """YYYY-MM-DD of a site's timestamp on a header line: a full date with its time of day closing
    the line ("... Return Of Sanctions 34 6.04.2017, 15:10", "Civil.ge 29/06/2024 - 16:35") or
    anywhere in it, the date written out ("News 28 Sep 2016, 05:52 am Print"), or an
    ISO timestamp anywhere in it (a page's metadata copied with its text: "2014-06-25T18:50:13+0300"),
    or an ISO date after a label opening the line ("date 2020-07-17 World")."""
    iso = _ISO_TIMESTAMP.search(line) or _rules().labelled_iso.match(line)
    if iso:
        return iso.group(1)
    short = len(line.split()) <= _DATE_THEN_TIME_WORDS
    for stamp in (_DATE_AND_TIME_AT_END.search(line), _DATE_THEN_TIME.search(line) if short else None):
        if stamp:
            value, granularity = normalise(stamp.group(1))
            if granularity == "day" and not value.startswith("XXXX"):
                return value
    return ""


_ISO_TIMESTAMP = re.compile(r"(?<![\w-])(\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))T\d\d:\d\d")
_DATE_AND_TIME_AT_END = re.compile(
    r"(?:^|\s)([\d./-]{8,10})(?:,|\s+[-–|])?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?\s*$"
)
# A full date written out, or in ISO form, and its time of day anywhere in a header line: "Just Earth
# News 28 Sep 2016, 05:52 am Print", "Jane Doe 2016-02-16, 17:25:46 [Source]"
_DATE_THEN_TIME = re.compile(
    r"(?<![\w-])(\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{4}-\d\d-\d\d)"
    r",?\s+\d{1,2}:\d\d(?::\d\d)?(?!\d)"
)
_DATE_THEN_TIME_WORDS = 12  # a header line, not a sentence ("a press conference on 15 December 2017, 14:00")
_UPDATED = re.compile(r"^\s*(?i:last\s+)?(?i:updated|modified)(?:\s+on)?\s*:?\s*")
# A field that dates a step before the text: "Submission: 2012.02.21" over "View Adopted: 2017.07.14"
# (a treaty body's decision, dated by its adoption), "Received: 12 June 2021" over "Published: ..."
_EARLIER_STEP = re.compile(r"^\s*(?i:submission|submitted|received|date\s+of\s+submission|date\s+of\s+receipt)\s*:")


# --- candidates ------------------------------------------------------------------------------


def _candidates(text: str) -> list[_Candidate]:
    """Every span any rule family matches, possibly overlapping."""
    rules = _rules()
    found: list[_Candidate] = []
    for kind, pattern in (
        ("numeric", rules.numeric),
        ("numeric", rules.short_numeric),
        ("range", rules.short_year_range),
        ("range", rules.range),
        ("point", rules.point),
    ):
        # Search on after an invalid match's first character, not after its end, so a failed
        # span ("2021 - 5 people") does not hide a valid one that overlaps it.
        position = 0
        while match := pattern.search(text, position):
            start, end = _trim(text, *match.span())
            if kind == "range" and not _points(text[start:end], kind):
                position = match.start() + 1
                continue
            found.append(_Candidate(start, end, kind))
            position = match.end()
    for match in (*rules.bare_month.finditer(text), *rules.month_of_relative_year.finditer(text)):
        found.append(_Candidate(*match.span(1), "month"))
    # "1, 2 and 3 March 2021": the last day is a point above; the others share its month and year.
    for match in rules.day_list.finditer(text):
        for day in re.finditer(rf"\b{_DAY}\b", match.group(1)):
            start = match.start(1) + day.start()
            found.append(_Candidate(start, start + len(day.group(0)), "listday", context=match.group(2)))
        # "13 and 14 May 2013": two days running are one period (a meeting held over both), a range
        # when `_points` finds them consecutive. (Not month first: TimeML annotates "April 24 and 25"
        # as two dates, and the gold documents have no such case.)
        if "," not in match.group(1):
            found.append(_Candidate(match.start(1), match.end(), "dayrange"))
    for match in rules.month_list.finditer(text):
        for month in rules.token.finditer(match.group(1)):
            start = match.start(1) + month.start()
            found.append(_Candidate(start, start + len(month.group(0).rstrip(".")), "listday", context=match.group(2)))
        # "killed in August and September 2015": two months running are one period, a range when
        # `_points` finds them consecutive (as "13 and 14 May 2013")
        if "," not in match.group(0) and re.search(r"\s(?:and|&)\s", match.group(0)):
            found.append(_Candidate(match.start(1), match.end(), "monthrange"))
    for match in rules.month_attribute.finditer(text):
        found.append(_Candidate(*match.span(1), "month"))
    for match in rules.month_day_list.finditer(text):
        following = re.match(r"\s+([a-z]+)", text[match.end() : match.end() + 30])
        if following and (following.group(1) in rules.count_nouns_after or following.group(1).endswith("s")):
            continue  # a count, not a day: "on April 24 and 25 people were arrested"
        year = (match.group(3) or "").strip(", \t")
        if year:  # "May 7 and 8, 2020": the first day takes the year, the last one's span ends with it
            found.append(_Candidate(match.start(1), match.start(2), "listday", context=year))
        days = list(re.finditer(rf"\b{_DAY}\b", match.group(2)))
        for n, day in enumerate(days):
            start = match.start(2) + day.start()
            end = match.end(3) if year and n == len(days) - 1 else start + len(day.group(0))
            found.append(_Candidate(start, end, "listday", context=f"{match.group(1)} {year}".strip()))
    for match in rules.relative.finditer(text):
        found.append(_Candidate(*match.span(), "relative", True))
    for item in dates_timex.find(text):
        found.append(_Candidate(item.start, item.end, "timex", item.relative, found=item))
    return found


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a trailing dot or comma a pattern may have taken ("Sept." keeps its dot)."""
    while end > start and text[end - 1] in ",;: " and not text[start:end].endswith("."):
        end -= 1
    return start, end


def _select(text: str, candidates: list[_Candidate]) -> list[tuple[_Candidate, list[_Point]]]:
    """Valid, non-overlapping candidates in text order, the longest winning an overlap."""
    chosen: list[tuple[_Candidate, list[_Point]]] = []
    taken: list[tuple[int, int]] = []
    # Of two candidates with the same span, a timex (whose rules know more) wins.
    for candidate in sorted(candidates, key=lambda c: (c.start - c.end, c.start, c.kind != "timex", c.kind)):
        if "\n" in text[candidate.start : candidate.end]:
            continue
        if any(a < candidate.end and candidate.start < b for a, b in taken):
            continue
        points: list[_Point] = []
        if candidate.is_relative and candidate.kind != "timex" and _is_title_word(text, candidate.start):
            continue
        if candidate.kind in ("relative", "timex") and _is_quoted_title(text, candidate.start, candidate.end):
            continue  # a calendar date in quotes ("12 March 2021") is still a date
        if not candidate.is_relative and candidate.kind != "timex":
            surface = text[candidate.start : candidate.end]
            if candidate.kind == "listday":
                day = re.match(rf"{_DAY}\b", surface)  # "8, 2020": its month and year are in the context
                points = _points(f"{day.group(0) if day else surface} {candidate.context}", "point")
            else:
                points = _points(surface, candidate.kind)
            if not points or _is_name_or_count(text, candidate, points) or _names_a_movement(text, candidate, points):
                continue
        taken.append((candidate.start, candidate.end))
        chosen.append((candidate, points))
    return sorted(chosen, key=lambda item: (item[0].start, item[0].end))


def _is_title_word(text: str, start: int) -> bool:
    """A capitalised relative word inside a name: "USA Today", "Belarus Today" (a newspaper).
    "Today, the Council..." at the start of a sentence or line is a date."""
    if not text[start].isupper():
        return False
    before = text[max(0, start - 40) : start].rstrip(" \t")
    return bool(before) and before[-1].isalpha() and before.split()[-1][:1].isupper()


# Opening and closing quotation marks, straight, curly and doubled ("``", "''").
_OPEN_QUOTE = re.compile(r"(?:[\"“‘]|``|'')$")
_CLOSE_QUOTE = re.compile(r"[,.]?(?:[\"”’]|'')")


def _is_quoted_title(text: str, start: int, end: int) -> bool:
    """A title in quotation marks, every word capitalised: a programme or a book ("This Week",
    "60 Minutes"), not a date. A quoted phrase in lower case ("'next week'") still is one."""
    words = text[start:end].split()
    # two words at least: a quoted sentence may open with one ("Today," she said, "we ...")
    if len(words) < 2 or not all(word[:1].isupper() or word[:1].isdigit() for word in words):
        return False
    return bool(_OPEN_QUOTE.search(text[max(0, start - 2) : start]) and _CLOSE_QUOTE.match(text, end))


def _is_name_or_count(text: str, candidate: _Candidate, points: list[_Point]) -> bool:
    """A bare year (or year span) that is part of a name, a document number, a count or an amount.

    "the 2030 Agenda", "Agenda 2063", "resolution 2019", "No. 2020", "2000 people", "1500 euros",
    "US$ 2000", "2020%" are not dates; "the 2020 elections" and "in 2020" are.
    """
    if any(p.month or p.day for p in points):
        return False
    rules = _rules()
    before = text[max(0, candidate.start - 30) : candidate.start]
    after = text[candidate.end : candidate.end + 30]
    previous = before.split()[-1].lower() if before.split() else ""
    following = re.match(r"\s*([^\s,;:()]+)", after)
    next_word = following.group(1).lower().rstrip(".") if following else ""
    if re.match(r"\s*(?:%|[.,]\d)", after) or re.search(r"[$€£#]\s*$|\d[\s-]$", before):
        return True
    if re.match(r"[\s-]\d", after) or re.match(r"/", after) or before.endswith("/"):
        return True
    if previous in rules.year_name_before or previous.rstrip(".") in rules.year_name_before:
        return True
    if next_word in rules.year_name_after or next_word in rules.count_nouns_after:
        return True
    two_words = re.match(r"\s*(\S+\s+\S+)", after)
    if two_words and " ".join(two_words.group(1).lower().split()) in rules.count_nouns_after:
        return True
    # "some 2000 were detained", "more than 1500 arrests": a number after these words is a count;
    # after "about", "around" or "over" only when a plural follows ("around 2000, the law...").
    if re.search(r"\b(?:some|nearly|almost|approximately|than|least)\s*$", before, re.I):
        return True
    vague = re.search(r"\b(?:about|around|over)\s*$", before, re.I)
    return bool(vague and re.fullmatch(r"[a-z]+s", next_word))


def _names_a_movement(text: str, candidate: _Candidate, points: list[_Point]) -> bool:
    """A day and month without a year that open a movement's name after "the" or a possessive:
    "the 6 April Youth Movement", "Cuba's 26th of July Movement" (the head within three
    capitalised words after it)."""
    if len(points) != 1 or points[0].year or not points[0].day:
        return False
    before = text[max(0, candidate.start - 6) : candidate.start]
    if not (re.search(r"(?:\bthe|['’]s)\s+$", before, re.I) or re.match(r"(?i:the)\s", text[candidate.start :])):
        return False
    following = re.match(r"(?:\s+[A-Z][\w'’-]*){1,3}", text[candidate.end : candidate.end + 60])
    if following is None:
        return False
    return any(word.lower() in _rules().day_name_after for word in following.group(0).split())


# --- parsing a span into calendar points -----------------------------------------------------


def _points(surface: str, kind: str) -> list[_Point]:
    """The one or two calendar points a span names, with missing parts filled across a span; []
    when the span is not a valid date ("31 February 2021", "5 to 2021")."""
    rules = _rules()
    surface = " ".join(surface.split())
    if kind == "numeric":
        return _numeric_point(surface)
    if kind == "dayrange":
        days = re.match(rf"({_DAY}),?\s+(?:and|&)\s+(.+)$", surface)
        last = _parse_point(days.group(2)) if days is not None else None
        if last is None or not (last.month and last.day):
            return []
        first = _Point(last.year, last.month, int(re.match(r"\d+", days.group(1)).group(0)))
        return [first, last] if first.day + 1 == last.day else []  # days apart stay two dates
    if kind == "monthrange":
        months = re.match(r"(\S+?)\.?\s+(?:and|&)\s+(.+)$", surface)
        last = _parse_point(months.group(2)) if months is not None else None
        first_month = rules.month_number.get(months.group(1).lower()) if months is not None else None
        if last is None or not (last.year and last.month) or last.day or first_month is None:
            return []
        return [_Point(last.year, first_month), last] if first_month + 1 == last.month else []
    if kind == "range" and re.fullmatch(rf"{_YEAR}(?:\s*{_DASH}\s*|/)\d\d", surface):
        first = int(surface[:4])
        second = first // 100 * 100 + int(surface[-2:])
        if "/" in surface and second - first > 2:
            return []  # a document's number: "Commission resolutions 2002/38" (years run on: "2004/05")
        return [_Point(first), _Point(second)] if second > first else []
    if kind == "month":
        return [_Point(None, rules.month_number[surface.lower().rstrip(".")])]
    if kind != "range":
        point = _parse_point(surface)
        if point and point.year and point.month and point.day:
            point = _full_date(surface) or point
        return [point] if point and _valid(point) else []
    between = re.match(r"(?i:between)\s+", surface)
    prefix = re.match(r"(?i:between|from)\s+", surface)
    body = surface[prefix.end() :] if prefix else surface
    parts = re.split(_CONNECTOR, body, maxsplit=1)
    connector = re.search(_CONNECTOR, body)
    if len(parts) != 2 or connector is None:
        return []
    if (connector.group(0).strip() == "and") != bool(between):
        return []
    if not prefix and re.fullmatch(_DAY, parts[0]) and re.fullmatch(rf"\s+{_DASH}\s+", connector.group(0)):
        return []  # "Article 3 - 20 November": a bare number before a spaced dash is not a span start
    left, right = _parse_point(parts[0]), _parse_point(parts[1])
    if left is None or right is None:
        return []
    if right.day and not right.month and not (left.day and left.month):
        return []  # a bare day closes a span only after a day and month ("May 1-5, 2021")
    # A missing year or month on one side comes from the other ("1 to 5 May 2021", "May 1-5, 2021").
    year_l, year_r = left.year or right.year, right.year or left.year
    month_l = left.month or (right.month if left.day else None)
    month_r = right.month or (left.month if right.day else None)
    left, right = _Point(year_l, month_l, left.day), _Point(year_r, month_r, right.day)
    if not (_valid(left) and _valid(right)) or (left.day and not left.month) or (right.day and not right.month):
        return []
    if _sort_key(left) >= _sort_key(right) and left.year and right.year:
        return []
    return [left, right]


def _parse_point(text: str) -> _Point | None:
    """Year, month and day named in `text`; None if a part repeats or nothing is named."""
    rules = _rules()
    year = month = day = None
    for match in rules.token.finditer(text):
        if match.group("year"):
            if year is not None:
                return None
            year = int(match.group("year"))
        elif match.group("month"):
            if month is not None:
                return None
            month = rules.month_number[match.group("month").lower().rstrip(".")]
        else:
            if day is not None:
                return None
            day = int(re.sub(r"\D", "", match.group("day")))
    if year is None and month is None and day is None:
        return None
    return _Point(year, month, day)


# dateparser settings for one candidate span that names a day, a month and a year. English only;
# the absolute-time parser only (relative expressions are resolved by our own rules, against the
# published date); all three parts required, so nothing is ever filled in from today's date; a
# fixed RELATIVE_BASE so the result cannot depend on the day the pipeline runs; day-first for
# all-numeric forms, as UN and European documents write them.
_DATEPARSER_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PARSERS": ["absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RELATIVE_BASE": datetime(2000, 1, 1),
    "PREFER_DAY_OF_MONTH": "first",
}


@cache
def _full_date(surface: str) -> _Point | None:
    """Day, month and year of a span such as "March 20, 2024" or "20th of March 2024", parsed by
    dateparser (called on this candidate span only, never on a whole document); None when it
    cannot parse it, and the rule parser's reading is kept."""
    parsed = _date_parser().get_date_data(surface).date_obj
    return _Point(parsed.year, parsed.month, parsed.day) if parsed else None


@cache
def _date_parser() -> DateDataParser:
    """One dateparser parser for the process: `dateparser.parse` with languages or settings builds
    a new one on every call, which costs 15 times the parse itself."""
    return DateDataParser(languages=["en"], settings=_DATEPARSER_SETTINGS)


def _numeric_point(surface: str) -> list[_Point]:
    """`2024-03-20`, `2024/03/20`, `20.03.2024`, `20/03/2024`, `20-03-2024`; `03/20/2024` when the day
    cannot be the month. Day-first is the default: UN and European documents write it so."""
    numbers = [int(n) for n in re.findall(r"\d+", surface)]
    if _SHORT_YEAR.fullmatch(surface):
        # a two-digit year ("22.02.14", "23/9/22"): only day first beyond doubt, the day above 12 or
        # the day or month written with its zero ("05.11.20"; a paragraph number "2.3.14" is neither);
        # years up to 49 are this century's (a fixed pivot: the result must not depend on the day the
        # pipeline runs)
        if not (numbers[0] > 12 or _ZERO_MONTH.match(surface) or surface.startswith("0")):
            return []
        numbers[2] += 2000 if numbers[2] < _CENTURY_PIVOT else 1900
    if numbers[0] > 31:
        point = _Point(numbers[0], numbers[1], numbers[2])
    else:
        first, second, year = numbers
        point = _Point(year, first, second) if second > 12 >= first else _Point(year, second, first)
    if point == _UNIX_EPOCH:
        return []  # what content systems print for an empty timestamp ("1970-01-01T03:00:00+0300")
    return [point] if _valid(point) else []


_UNIX_EPOCH = _Point(1970, 1, 1)
_SHORT_YEAR = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d\d")
_ZERO_MONTH = re.compile(r"\d{1,2}[./]0\d")
_CENTURY_PIVOT = 50


def _valid(point: _Point) -> bool:
    if point.month is not None and not 1 <= point.month <= 12:
        return False
    if point.day is not None:
        if point.month is None:
            return False
        try:  # 2000 is a leap year, so "29 February" without a year is accepted
            date(point.year or 2000, point.month, point.day)
        except ValueError:
            return False
    return True


def _sort_key(point: _Point) -> tuple[int, int, int]:
    return (point.year or 0, point.month or 0, point.day or 0)


# --- values ----------------------------------------------------------------------------------


def _format(points: list[_Point], year: int | None) -> tuple[str, str]:
    """ISO value and granularity; `year` fills a missing year, else "XXXX"."""
    values = [_iso(p, year) for p in points]
    if len(values) == 2 and year and not points[1].year and _sort_key(points[1]) < _sort_key(points[0]):
        values[1] = _iso(points[1], year + 1)  # a year-less span across New Year: "December to February"
    if len(values) == 2:
        return f"{values[0]}/{values[1]}", "range"
    point = points[0]
    return values[0], "day" if point.day else "month" if point.month else "year"


def _iso(point: _Point, year: int | None) -> str:
    text = f"{point.year or year or 'XXXX'}"
    if point.month:
        text += f"-{point.month:02d}"
    if point.day:
        text += f"-{point.day:02d}"
    return text


def resolve(
    text: str,
    published: str,
    sentence_starts: Sequence[int] = (0,),
    tense_at: Callable[[int], str] | None = None,
) -> list[tuple[_Candidate, str, str, str, str, str]]:
    """(candidate, value, granularity, anchor, mod, type) for every selected span, in text order.

    `tense_at(position)` gives the tense of the clause at a position (past, future, present; ""
    unknown): a bare weekday, a year-less month and a season take the past or coming one by it.
    A modifier just before a span ("early", "the end of") widens it and gives `mod`.

    `sentence_starts` are the character offsets where sentences begin (sorted). A year-less
    date's reference is, in order: a full date earlier in the same sentence ("On 3 May 2015 he
    was fined; on 5 May he appealed"), the nearest dateline above, the published date, a full
    date earlier in the same paragraph (line), in a text with neither a dateline nor a published
    date the last full date earlier in the text (the nearest year to it). Press releases and news mention old events
    before recent ones ("Since 9 August 2020 ... On 3 February"), so the document's own date
    beats an earlier date in another sentence, except for a day within STORY_DAYS of the last
    full day the text gave and not after the document's date: the text goes on telling that
    story ("The election was held on 9 August 2020. On 10 August ...").
    """
    resolved = []
    previous_end = 0
    for candidate, value, granularity, anchor in _values(text, published, sentence_starts, tense_at):
        kind = dates_timex.TYPES.get(candidate.found.rule, "date") if candidate.found is not None else "date"
        if (
            resolved
            and _YEAR_AFTER_DAY.fullmatch(text[candidate.start : candidate.end])
            and (value.isdigit() or not value)
        ):
            day, day_value, day_granularity, _day_anchor, day_mod, day_kind = resolved[-1]
            surface = text[day.start : day.end]
            if (
                re.fullmatch(r"(?:\d{4}|XXXX)-\d\d(?:-\d\d)?(?:/(?:\d{4}|XXXX)-\d\d(?:-\d\d)?)?", day_value)
                and not re.search(r"\d{4}", surface)
                and text[day.end : candidate.start].strip() in ("", "of")
            ):
                # "on 3 March last year", "June 21 of last year": the day of the year named right after
                # it, one row; with no anchor to count the year from, the row stays relative and
                # unresolved (not XXXX-03);
                # so for both ends of a span ("from August to November last year")
                merged_value = "/".join(value + end[4:] for end in day_value.split("/")) if value else ""
                merged = (
                    replace(day, end=candidate.end, is_relative=True),  # its year is counted from the anchor
                    merged_value,
                    day_granularity,
                )
                resolved[-1] = (*merged, anchor, day_mod, day_kind)
                previous_end = candidate.end
                continue
        weekday = _WEEKDAY_BEFORE.search(text, max(previous_end, candidate.start - 12), candidate.start)
        if weekday and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            candidate = replace(candidate, start=weekday.start())  # "Thursday, 21 November 2019"
        clock = _CLOCK_BEFORE.search(text, max(previous_end, candidate.start - 30), candidate.start)
        if clock and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            # "10 p.m. Wednesday", "noon Thursday": a time of that day (TIMEX3 TIME)
            candidate = replace(candidate, start=clock.start())
            value, granularity, kind = f"{value}T{_clock_value(clock)}", "time", "time"
        if candidate.found is not None and candidate.found.rule == "period_end":
            # "the end of the month", "the beginning of the year" name their own modifier
            mod = _EDGE_MOD[(candidate.found.groups.get("edge") or "end").lower()]
        else:
            start, mod = dates_timex.modifier(text, candidate.start)
            # "get around Wednesday's ruling", "about Monday's vote": the word governs the noun the
            # date qualifies, it does not approximate the date
            if mod == "APPROX" and re.match(r"\s*['’]s\b", text[candidate.end : candidate.end + 4]):
                mod = ""
            if mod and start >= previous_end and "\n" not in text[start : candidate.start]:
                candidate = replace(candidate, start=start)
            else:
                mod = ""
            if not mod and candidate.found is not None and candidate.found.rule == "season":
                # "late summer 2020": the season's rule takes "early"/"late" into its own span
                mod = _SEASON_MOD.get((candidate.found.groups.get("which") or "").lower(), "")
        counted = dates_timex.counted_from_date(text, candidate.start, value) if not mod else None
        last = resolved[-1][0] if resolved else None
        if counted and (last is None or last.end <= counted[0] or last.start >= counted[0]):
            start, value = counted
            if last is not None and last.start >= start:
                resolved.pop()  # "the day before" was read alone, from the date before it
            candidate = replace(candidate, start=start)
            granularity = dates_timex.granularity(value)
        previous_end = candidate.end
        resolved.append((candidate, value, granularity, anchor, mod, kind))
    return _same_day_named_again(text, resolved)


def _same_day_named_again(
    text: str, resolved: list[tuple[_Candidate, str, str, str, str, str]]
) -> list[tuple[_Candidate, str, str, str, str, str]]:
    """A year-less day the text names more than once is one day: "a news conference on Thursday 30
    October ... embargoed until 13:30 on 30 October" (the second clause's tense alone would send it a
    year back). Where its mentions were given different years, all take the one nearest its anchor."""
    by_day: dict[str, list[int]] = {}
    for n, (candidate, value, granularity, anchor, _mod, _kind) in enumerate(resolved):
        year_less = not _FOUR_DIGITS.search(text[candidate.start : candidate.end])
        explicit_day = granularity == "day" and not candidate.is_relative and _FULL_DAY.fullmatch(value)
        if explicit_day and year_less and _as_date(anchor) is not None:
            by_day.setdefault(value[5:], []).append(n)
    for mentions in by_day.values():
        if len({resolved[n][1] for n in mentions}) < 2:
            continue
        nearest = min(mentions, key=lambda n: abs(date.fromisoformat(resolved[n][1]) - _as_date(resolved[n][3])))
        for n in mentions:
            resolved[n] = (resolved[n][0], resolved[nearest][1], *resolved[n][2:])
    return resolved


_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_FOUR_DIGITS = re.compile(r"\b\d{4}\b")


# A relative year right after a year-less day or month ("3 March last year", "in May next year", "June 21 of last
# year").
_YEAR_AFTER_DAY = re.compile(r"(?i:last|this|next|previous|the\s+following|the\s+previous)\s+year")
_WEEKDAY_BEFORE = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+$")
# A clock time just before a day: "at 10 p.m. Wednesday", "5 p.m. EST, Nov. 6", "noon Thursday".
_CLOCK_BEFORE = re.compile(
    r"(?:\b(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*(?P<half>[ap])\.?m\.?|\b(?P<word>noon|midnight))"
    r"(?:\s+[A-Z]{2,4})?,?\s+(?:on\s+)?$"
)


# TimeML's mod of a period's named part ("the beginning of the year": START), and of a season's
# "early"/"late" ("late summer 2020": END).
_EDGE_MOD = {"end": "END", "beginning": "START", "start": "START", "middle": "MID"}
_SEASON_MOD = {"early": "START", "late": "END"}


def _clock_value(clock: re.Match) -> str:
    """HH:MM of a clock time ("10 p.m." 22:00, "noon" 12:00, "midnight" 24:00 as TIMEX3 writes it)."""
    if clock.group("word"):
        return "12:00" if clock.group("word").lower() == "noon" else "24:00"
    hour = int(clock.group("hour")) % 12 + (12 if clock.group("half").lower() == "p" else 0)
    return f"{hour:02d}:{clock.group('minute') or '00'}"


def _values(
    text: str,
    published: str,
    sentence_starts: Sequence[int],
    tense_at: Callable[[int], str] | None,
) -> Iterator[tuple[_Candidate, str, str, str]]:
    """(candidate, value, granularity, anchor) of every selected candidate; see `resolve`."""
    datelines = _datelines(text)
    published_day = _as_date(published)
    # the last full date seen: (sentence number, line start, date)
    last_full: tuple[int, int, date] | None = None
    last_full_past = False  # whether the clause that gave it is in the past: the text was written after it
    last_day: date | None = None  # the last full date with a day: the day a story is told from
    last_month: date | None = None  # the last full date without a day ("December 2010"): its 1st
    # the last year named alone: (sentence number, line start, year), for a month or day after it in
    # its sentence ("After his arrest in 2020, ... the August elections")
    last_year: tuple[int, int, int] | None = None
    previous = ""  # the value of the nearest date before, for "a year earlier", "the quarter"
    previous_sentence = -1
    reported = ""  # the last past quarter named: the one an earnings report speaks of
    named_days: dict[tuple[int, int], int] = {}  # (month, day) -> year of each full date named so far
    for candidate, points in _select(text, _candidates(text)):
        line_start = text.rfind("\n", 0, candidate.start) + 1
        sentence = bisect_right(sentence_starts, candidate.start) - 1
        above = _dateline_above(datelines, candidate.start)
        anchor = above or published_day
        tense = tense_at(candidate.start) if tense_at else ""
        if candidate.kind == "timex" and candidate.found is not None:
            # "a year earlier" refers to a year named in its own sentence, or to a quarter before
            said_of = previous if previous_sentence == sentence or not re.fullmatch(r"\d{4}", previous) else ""
            value = dates_timex.value(candidate.found, text, anchor, tense, said_of, reported)
            uses_anchor = candidate.is_relative and value[:1].isdigit()
            granularity = dates_timex.granularity(value, candidate.found)
            base = anchor.isoformat() if uses_anchor and anchor else ""
            # "Two days later" after "7 September 2020": the date it was read from is that earlier
            # date, not the document's (the value without it says which of the two was used)
            if (
                uses_anchor
                and said_of
                and dates_timex.is_anaphoric(candidate.found)
                and value != dates_timex.value(candidate.found, text, anchor, tense, "", reported)
            ):
                base = said_of
            yield candidate, value, granularity, base
            if dates_timex.reported_quarter(candidate.found, value, anchor):
                reported = value
            if dates_timex.is_anaphoric(candidate.found) and not (
                dates_timex.moves_story_on(candidate.found) and base and re.fullmatch(r"\d{4}-\d\d-\d\d", value)
            ):
                # "a year earlier" is said of the date before it, and so is the next one; "two days
                # later" moves a story on: "the following day" then counts from it
                continue
            if candidate.found.rule == "duration" and anchor and re.fullmatch(r"P\d+M", value):
                # "in the first nine months ... the 1988 period": the period spoken of is now
                # months of the anchor's year, not the quarter
                previous, previous_sentence = str(anchor.year), sentence
                continue
        elif candidate.is_relative:
            value, granularity = _relative(text[candidate.start : candidate.end], anchor)
            yield candidate, value, granularity, anchor.isoformat() if anchor and value else ""
        elif all(p.year for p in points):
            value, granularity = _format(points, None)
            yield candidate, value, granularity, ""
            first = points[0]
            if first.year and not first.month and len(points) == 1 and granularity == "year":
                last_year = (sentence, line_start, first.year)
            if first.year and first.month and first.day and len(points) == 1:
                named_days.setdefault((first.month, first.day), first.year)
            if first.year and first.month:
                last_full = (sentence, line_start, date(first.year, first.month, first.day or 1))
                last_full_past = tense == "past"
                last_day = date(first.year, first.month, first.day) if first.day else None
                last_month = None if first.day else date(first.year, first.month, 1)
        else:
            same_sentence = last_full[2] if last_full and last_full[:2] == (sentence, line_start) else None
            same_line = last_full[2] if last_full and last_full[1] == line_start else None
            if same_sentence and tense == "future" and anchor and same_sentence < anchor:
                # "which were invited in July 1997, will join on March 12": a date ahead of the
                # document is not read from a past date in another clause of its sentence
                same_sentence = None
            year_before = last_year[2] if last_year and last_year[:2] == (sentence, line_start) else None
            # with nothing else to count from, a day takes the year its sentence named before it too
            # ("the first meeting of the AICHR in 2011, on 10-13 February", in a text with no date)
            unanchored = not (above or published_day or same_line)
            if (
                year_before is not None
                and not same_sentence
                and ((tense != "future" and not points[0].day) or unanchored)
            ):
                # a month after a year written earlier in its sentence: "After his arrest in 2020, his
                # wife ran in the August elections" (not a month before the year, nor one in a clause
                # about what will come; not a day: "a program approved in 1987 ... had bought shares
                # through Sept. 29" counts to a day of the document's year)
                value, granularity = _format(points, year_before)
                yield candidate, value, granularity, ""
                previous, previous_sentence = value, sentence
                continue
            if len(points) == 1 and _OF_THAT_YEAR.match(text, candidate.end) and re.match(r"\d{4}", previous):
                # "In November of the same year": the year of the date before it, whichever it was
                value, granularity = _format(points, int(previous[:4]))
                yield candidate, value, granularity, ""
                previous, previous_sentence = value, sentence
                continue
            repeated = named_days.get((points[0].month, points[0].day)) if len(points) == 1 else None
            if repeated is not None and points[0].day and not same_sentence:
                # "the July 27 raid" after "on July 27, 2018": the day the text already dated
                value, granularity = _format(points, repeated)
                yield candidate, value, granularity, date(repeated, points[0].month, points[0].day).isoformat()
                previous, previous_sentence = value, sentence
                continue
            # with no date of its own, a text's year-less day is read from the last full date it gave,
            # in whichever paragraph ("... on 4 February 2013. ... a demonstration on 26 January")
            earlier = last_full[2] if last_full and unanchored else None
            reference = same_sentence or above or published_day or same_line or earlier
            # The tense orders a date against the document's own date, not against another date.
            own_date = reference is not same_sentence and reference in (above, published_day)
            by_tense = tense if own_date and _is_event_date(text, candidate.start) else ""
            if (
                reference is earlier
                and earlier is not None
                and last_full_past
                and tense == "future"
                and _is_event_date(text, candidate.start)
            ):
                # a text with no date of its own is written after the dates it reports in the past: what
                # "will be held from 28 September" is ahead of the last ("... met until 6 March 2020")
                by_tense = "future"
            # "last Oct. 23", "next May 5": the word before says the direction, whatever the tense
            said = text[max(0, candidate.start - 6) : candidate.start].lower().split()
            direction = said[-1] if said and said[-1] in ("last", "next") else ""
            if own_date and direction:
                by_tense = "past" if direction == "last" else "future"
            if own_date and not by_tense and tense == "past" and reference and _far_ahead(points[0], reference):
                by_tense = "past"  # "was last seen Nov. 3" in May: not six months ahead
            story = None
            if own_date and last_day and tense != "future" and not direction:
                story = _story_year(points[0], last_day, reference)
            elif own_date and last_month and tense != "future" and not direction:
                story = _story_year_of_month(points[0], last_month, reference)
            if story is not None:
                year, reference = story, last_day or last_month
            else:
                year = _closest_year(points[0], reference, by_tense) if reference else None
            value, granularity = _format(points, year)
            yield candidate, value, granularity, reference.isoformat() if reference else ""
            if story is not None and points[0].day:
                # the story goes on from the day just read: "on 19 December [2010] ... on 3 January"
                last_day = date(story, points[0].month, points[0].day)
        if re.match(r"\d{4}", value):  # a decade ("199") or century is no base for "a year earlier"
            previous = value if "/" not in value else value.split("/")[-1]
            previous_sentence = sentence


# "of that year", "of the same year" after a year-less month or day: the year of the date before.
_OF_THAT_YEAR = re.compile(r"\s+of\s+(?:that|the\s+same)\s+year\b", re.IGNORECASE)

# Nouns of a part of a day before "of" and a date: the date says when, as after "on".
_TIME_OF_DAY_NOUNS = frozenset({"night", "morning", "afternoon", "evening", "day"})


def _is_event_date(text: str, start: int) -> bool:
    """A date that says when something happened ("in November", "on 3 May", "the night of 9
    August", "between February and June") rather than a deadline or an end ("until 20 November",
    "payable Dec. 1"): only these follow the tense."""
    before = text[max(0, start - 20) : start].lower().split()
    if len(before) >= 2 and before[-1] == "of" and before[-2] in _TIME_OF_DAY_NOUNS:
        return True  # "on the night of 9 to 10 August", "the morning of 3 May"
    if re.match(r"(?i)(?:between|from)\s", text[start : start + 8]):
        return True  # a period the span opens itself: "were detained between February and June"
    return bool(before) and before[-1] in ("in", "on", "during", "since", "ended")


# How near a full date a year-less day still belongs to its story ("On 9 August 2020 ... On 10
# August ...", "between 13 and 16 August 2020 ... on 9 August"): a month; days further away fall
# back on the document's date.
STORY_DAYS = 31


def _story_year(point: _Point, last_day: date, document_date: date) -> int | None:
    """The year of the last full date with a day the text gave, when a year-less day lies within
    STORY_DAYS of it (before or after) and not after the document's own date: "The election was held on 9 August
    2020. On 10 August police ..." is 10 August 2020 in a report of 2022. None otherwise, for a
    month alone ("in September" may be the document's own September), and for a day within
    STORY_DAYS of the document's date (the news of its own days comes first)."""
    if not point.day:
        return None
    if _near_document_date(point, document_date):
        return None  # news of the document's own days: "A year after 9 August 2020 ... On 10 August"
    year = _closest_year(point, last_day)
    day = date(year, point.month, min(point.day, 28))
    if abs((day - last_day).days) <= STORY_DAYS and day <= document_date:
        return year
    return None


def _near_document_date(point: _Point, document_date: date) -> bool:
    """Does a year-less day fall within STORY_DAYS of the document's own date, read in its
    nearest year (the news of the document's own days)?"""
    recent = date(_closest_year(point, document_date), point.month, min(point.day, 28))
    return abs((recent - document_date).days) <= STORY_DAYS


def _story_year_of_month(point: _Point, month: date, document_date: date) -> int | None:
    """The year of the last month the text named with its year, for a year-less day of that same
    month: "Protests broke out in December 2010. On 19 December police ..." is 19 December 2010 in
    a report of 2012. None for another month, for a month alone, for a day after the document's
    date, and for a day within STORY_DAYS of the document's date (as `_story_year`)."""
    if not point.day or point.month != month.month:
        return None
    if _near_document_date(point, document_date):
        return None
    if date(month.year, point.month, min(point.day, 28)) > document_date:
        return None
    return month.year


def _far_ahead(point: _Point, reference: date, days: int = 120) -> bool:
    """Whether the nearest reading of a year-less day or month lies more than `days` after the
    reference: a past-tense clause does not report so far ahead (a dividend "payable Dec. 1"
    said in October does, and stays ahead)."""
    year = _closest_year(point, reference)
    day = date(year, point.month or 1, min(point.day or 1, 28))
    return (day - reference).days > days


def _closest_year(point: _Point, reference: date, tense: str = "") -> int:
    """The year that puts a year-less month or day nearest to `reference` ("20 December" read
    in a text dated 5 January 2021 is 2020-12-20). A tie (six months either way) goes to the
    earlier year: our documents mostly report what has happened. In a past-tense clause the date
    is not after the reference ("was arrested in November" in a text of 3 October is last
    November); in a future one not before it ("will vote in March")."""

    def distance(year: int) -> tuple[int, int]:
        if point.day:
            return abs((date(year, point.month, min(point.day, 28)) - reference).days), year
        return abs(year * 12 + (point.month or 1) - (reference.year * 12 + reference.month)), year

    def order(year: int) -> int:  # -1 before the reference, 0 in its month (or day), 1 after
        mine = (year, point.month or 1, point.day or 0)
        theirs = (reference.year, reference.month, reference.day if point.day else 0)
        return (mine > theirs) - (mine < theirs)

    years = (reference.year - 1, reference.year, reference.year + 1)
    if tense == "past":
        years = tuple(y for y in years if order(y) <= 0)
    elif tense == "future":
        years = tuple(y for y in years if order(y) >= 0)
    return min(years, key=distance)


def _relative(surface: str, anchor: date | None) -> tuple[str, str]:
    """Value and granularity of a relative expression; value "" without an anchor."""
    rules = _rules()
    phrase = " ".join(surface.lower().split())
    granularity = "day"
    if phrase in rules.relative_days:
        offset, unit = rules.relative_days[phrase], "day"
    elif phrase.endswith(" ago"):
        *count, unit, _ago = phrase.split()
        offset, unit = -(count_value(" ".join(count)) or 0), unit.rstrip("s")
    else:
        modifier, _, last = phrase.rpartition(" ")
        if last in ("week", "month", "year"):
            offset, unit = rules.unit_modifiers[modifier], last
        elif last in rules.weekday_number:
            offset, unit = {"last": -1, "next": 1, "this": 0}[modifier], "weekday:" + last
        else:
            offset, unit = {"last": -1, "next": 1, "this": 0}[modifier], "month:" + last
    granularity = unit if unit in ("day", "week", "month", "year") else unit.split(":")[0].replace("weekday", "day")
    if anchor is None:
        return "", granularity
    if unit == "day":
        return (anchor + timedelta(days=offset)).isoformat(), "day"
    if unit == "week":
        year, week, _ = (anchor + timedelta(weeks=offset)).isocalendar()
        return f"{year}-W{week:02d}", "week"
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + offset
        return f"{index // 12}-{index % 12 + 1:02d}", "month"
    if unit == "year":
        return str(anchor.year + offset), "year"
    if unit.startswith("weekday:"):
        target = rules.weekday_number[unit.split(":")[1]]
        if offset == 0:
            day = anchor + timedelta(days=target - anchor.weekday())
        else:
            step = timedelta(days=offset)
            day = anchor + step
            while day.weekday() != target:
                day += step
        return day.isoformat(), "day"
    month = rules.month_number[unit.split(":")[1].rstrip(".")]
    year = anchor.year
    if offset < 0 and month >= anchor.month:
        year -= 1
    elif offset > 0 and month <= anchor.month:
        year += 1
    return f"{year}-{month:02d}", "month"


# --- datelines and reference dates -----------------------------------------------------------


# A line that is a date alone with its month in lower case ("13 august 2022"), as sites print it.
_LINE_OF_A_DATE_IN_LOWER_CASE = re.compile(r"^(\d{1,2}\s+)([a-z]{3,9})(\s+\d{4})$")
# A separator ending a line after its date.
# "June 30, 2013 |": a page's date field with the next one empty; "December 10, 2013 -": a
# dateline's dash with the story below it
_TRAILING_SEPARATOR = re.compile(rf"\s+(?:[|·•]|{_DASH}{{1,2}})\s*$")


def _dateline_value(line: str) -> str:
    """YYYY-MM-DD when `line` is a dateline with a full date, else ""."""
    if not _DIGIT.search(line):  # a full date has a year in digits: most lines stop here
        return ""
    rules = _rules()
    line = line.strip().removeprefix("- ").strip()
    line = re.sub(r"\b(\d{1,2})\.\s+(?=[A-Z][a-z])", r"\1 ", line)  # "02. November 2021" (German style)
    line = _dateline_cleanup(line)
    line = _LINE_OF_A_DATE_IN_LOWER_CASE.sub(lambda m: m.group(1) + m.group(2).capitalize() + m.group(3), line)
    line = _TRAILING_SEPARATOR.sub("", line)
    match = rules.dateline.fullmatch(line)
    if not match:
        # "By Jane Doe | 3 May 2023", "News · 3 May 2023 · 4 min read": the date is one segment
        segments = _SEGMENT_SEPARATOR.split(line)
        if len(segments) > 1:
            return next((v for v in map(_dateline_value, segments) if v), "")
        return ""
    surface = match.group(1)
    kind = "numeric" if rules.numeric.fullmatch(surface) else "point"
    points = _points(surface, kind)
    if len(points) == 1 and points[0].year and points[0].day:
        return _iso(points[0], None)
    return ""


# A time of day before the date ("10:15 AM, Monday, March 02, 2023", "14:05 CET | 3 May 2021"),
# never the day and month of a dotted date ("10.11.2021" is 10 November 2021, not 10:11).
_TIME_FIRST = re.compile(
    r"^\d{1,2}[:.]\d\d(?::\d\d)?(?!\d|[./]\d)(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?\s*(?:[,|]|[-–—])?\s*"
)
# Segments of a byline or metadata line: "By Jane Doe | 3 May 2023", "News · 3 May 2023", and of a
# breadcrumb or a dateline of two places: "News release / 3 May 2023", "GENEVA / MINSK (3 May 2023)".
_SEGMENT_SEPARATOR = re.compile(r"\s+[|·•/]\s+")
# A wire service's tag between the date and the dash: "NEW YORK, Jan. 5, 2022 /PRNewswire/ -- ...".
# (with no space before it, the service's acronym in brackets: "October 27, 2014/African Press
# Organization (APO)/ — The UN Human Rights Committee ...")
_WIRE_TAG = re.compile(r"(?<=\d)\s*/[A-Za-z][\w .()-]{1,40}/(?=\s*(?:--|[-–—]))")
# A page's credit line after a date that opens the line, a few capitalised words and nothing else:
# "07.01.2023 EEAS Press Team" (its author), "12 May 2023 Amnesty International".
_CREDIT_AFTER_LEADING_DATE = re.compile(
    r"^(\d[\d./ ]*\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})(?:\s+[A-Z][\w&'’-]*){1,4}$"
)
# After the date, a blog's byline or category, or a credit: "9 Jul 2008 Posted in Press releases",
# "12.05.2020 Source: BAJ Press Service".
# A letter's salutation run on after its date line: "31 January 2014 Excellency, I have the honour ...".
_AFTER_DATE = re.compile(
    r"(?<=\d)\s+(?:(?i:posted|filed|published|updated|by)\b|(?i:source|author|credits?)\s*:|Excellency\b|Dear\s).*$"
)
# A wire service's name before the date in a dateline's parentheses, and the story running on after
# the closing parenthesis with no dash: "MOSCOW (UrduPoint News / Sputnik - 04th December, 2020) UN
# experts ...", "Geneva, Aug. 21, 2020 (dpa) The UN ...".
# (or a newspaper's name and a comma, as Pacific papers date their stories: "HONIARA, Solomon Islands
# (Solomon Star, Feb. 19, 2014) – ...")
_AGENCY_BEFORE_DATE = re.compile(rf"^({_PLACE}(?:,\s+{_PLACE})?\s*\()[^()\d]{{2,60}}?(?:\s+{_DASH}|,)\s+(?=[^()]*\d\))")
_AGENCY_AFTER_DATE = re.compile(r"(?<=\d)\s*\((?=[^()]*[A-Za-z]{2})[^()]{2,40}\)(?=\s+[A-Z])")
# The place in parentheses after the date, then the dash: "February 22, 2017 (KHARTOUM) – UN ...".
_PLACE_AFTER_DATE = re.compile(rf"(?<=\d)\s*\([A-Z][A-Za-z .'-]{{1,30}}\)(?=\s*{_DASH})")
# A document number after the date, as the EU's press releases print it: "Brussels, 17 September
# 2010 13637/10".
_DOCUMENT_NUMBER_AFTER_DATE = re.compile(r"(?<=\d{4})\s+\d{3,6}/\d{2,4}$")
# A credit before the place of a dateline that runs on into the story: "14ymedio (via EFE),
# Washington, 12 July 2024 — Members of Congress ..." (the place, date and dash make it a dateline).
_CREDIT_BEFORE_DATELINE = re.compile(
    rf"^[^,]{{2,60}}(?:\([^()]{{2,40}}\))?,\s+(?={_PLACE},\s+(?:\d{{1,2}}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{{1,2}},?)\s+\d{{4}}\s+{_DASH}\s)"
)
# A full stop and a dash after the year: "Geneva, 3 November, 2022.- The UN Human Rights Committee ..."
_STOP_DASH_AFTER_YEAR = re.compile(r"(?<=\d{4})\.-\s")
_STORY_AFTER_PARENTHESIS = re.compile(r"(?<=\d\))\s+(?=[A-Z])")
# OCR confusions in a date: a zero for the O of October, a split day ("1 2 May 2021").
_OCR_MONTH = re.compile(r"\b0(?=ct(?:ober)?\b|CT(?:OBER)?\b)")
# A comma between the month and the day, as some sites print their timestamp: "July, 05 2012, 08:36am EDT".
_MONTH_COMMA_DAY = re.compile(
    r"^((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?),\s+(?=\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b)"
)
_OCR_SPLIT_DAY = re.compile(r"^((?:[A-Za-z]+,?\s+)?)([0-3]) (\d)(?=\s+[A-Z][a-z]{2})")
# Words a page prints in elements of their own, glued in its text with no space between them: an
# image's alt text before the place ("blankGENEVA, 21 July 2020"), a label before the day ("Press
# release13 June 2018"), the place after the year ("Aug 22nd 2020MINSK").
_GLUED_BEFORE_PLACE = re.compile(r"^[a-z]+(?=[A-Z]{3,}\b)")
_GLUED_BEFORE_DAY = re.compile(
    r"(?<=[a-z])(?=\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4})"
)
_GLUED_AFTER_YEAR = re.compile(r"(?<=\b(?:19|20)\d\d)(?=[A-Z]{2,}\b)")


# A full date closing a title after a spaced dash ("... under Agenda Item 3 – 10.3.2017"), or a short
# label after a comma or colon ("Press releases, 24.03.2017", "UNOG press briefing: 19 November 2019")
_DASHED_DATE = re.compile(rf"\s{_DASH}\s+(\S.*)$")
_SHORT_LABEL_WORDS = 5
_NOT_PUBLISHED = re.compile(r"(?i)\b(?:last|updated|reviewed|modified|accessed|retrieved|printed)\b")


def _date_closing_a_label(line: str) -> str:
    """YYYY-MM-DD when a heading line ends with its full date after a spaced dash, or a label of a
    few words ends with it after a comma or colon (a page's category or a briefing's title), else
    "". Not a sentence (a final full stop) nor a long attribution after a comma ("Mary Lawlor, UN
    Special Rapporteur on ..., 9 December 2022")."""
    line = _TRAILING_TIME.sub("", line.strip())  # "Publish Date : 19 October 2019 - 23:17"
    if not _DIGIT.search(line) or line.endswith(".") or _NOT_PUBLISHED.search(line):
        return ""  # (an update's or a review's date is never the publication's)
    dashed = _DASHED_DATE.search(line)
    if dashed is not None:
        value, granularity = normalise(dashed.group(1))
        if granularity == "day" and not value.startswith("XXXX"):
            return value
    label, _, tail = max(line.rpartition(","), line.rpartition(":"), key=lambda parts: len(parts[0]))
    # (a "Date:" field may close a longer header line of other fields: "UA: 264/12 Index: MDE
    # 24/076/2012 Syria Date: 18 September 2012", as Amnesty International's urgent actions open)
    dated_field = label.split()[-1:] == ["Date"] and line.rpartition(":")[0] == label
    if not label or (len(label.split()) > _SHORT_LABEL_WORDS and not dated_field):
        return ""
    value, granularity = normalise(tail.strip())
    return value if granularity == "day" and not value.startswith("XXXX") else ""


_BRACKETED_END = re.compile(r"\(([^()]{6,30})\)\s*$")  # a date in brackets closing the line


def _date_after_comma(line: str) -> str:
    """YYYY-MM-DD when the line ends with a full date after a comma or colon, or in brackets, as
    titles and bylines date themselves ("Comment by X on Viet Nam, 29 September 2023", "by the
    Association ..., Kilinochchi, May 12, 2025", "Day 6 Arguments: 20th September, 2018", "Item 2:
    Interactive dialogue on the oral update of the Mission (19 June 2024)"), else ""."""
    bracketed = _BRACKETED_END.search(line)
    if bracketed is not None:
        value, granularity = normalise(bracketed.group(1))
        if granularity == "day" and not value.startswith("XXXX"):
            return value
    parts = line.split(",")
    for n in (1, 2):  # "29 September 2023", "May 12, 2025"
        if len(parts) > n:
            tail = ",".join(parts[-n:]).strip()
            tail = tail.rpartition(":")[2].strip() if n == 2 or ":" in tail else tail
            value, granularity = normalise(tail)
            if granularity == "day" and not value.startswith("XXXX"):
                return value
    head, colon, tail = line.rpartition(":")
    if colon and head.strip():
        value, granularity = normalise(tail.strip())
        if granularity == "day" and not value.startswith("XXXX"):
            return value
    return ""


# A dateline's place in capitals and its date in one pair of brackets with no comma between: "(GENEVA
# 23 August 2012) – ..." (read as "(GENEVA, 23 August 2012)")
_PLACE_AND_DATE_IN_BRACKETS = re.compile(r"^\(([A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,2})\s+(?=[^()\n]{4,25}\d{4}\))")


def _dateline_cleanup(line: str) -> str:
    """The same line without markdown emphasis or code span, a leading time of day, a trailing byline or
    category, and with OCR's digit-letter confusions undone, so the dateline pattern sees the
    date: "*10:15 AM, Monday, March 02, 2023*" -> "Monday, March 02, 2023", "`Mr. WOLF — 7 December 2010`"."""
    # "Geneva, 20 August 2015," and "15th November, 2022." (a letter's date line)
    line = line.strip().strip("*_`").strip().rstrip(",.").rstrip()
    line = _GLUED_BEFORE_PLACE.sub("", line)
    line = _PLACE_AND_DATE_IN_BRACKETS.sub(r"(\1, ", line)
    line = _GLUED_BEFORE_DAY.sub(" ", line)
    line = _GLUED_AFTER_YEAR.sub(" ", line)
    line = _STOP_DASH_AFTER_YEAR.sub(" – ", line)
    line = _TIME_FIRST.sub("", line)
    line = _CREDIT_BEFORE_DATELINE.sub("", line)
    line = _WIRE_TAG.sub("", line)
    line = _AFTER_DATE.sub("", line)
    line = _CREDIT_AFTER_LEADING_DATE.sub(r"\1", line)
    line = _AGENCY_BEFORE_DATE.sub(r"\1", line)
    line = _AGENCY_AFTER_DATE.sub(" –", line)
    line = _PLACE_AFTER_DATE.sub("", line)
    line = _DOCUMENT_NUMBER_AFTER_DATE.sub("", line)
    line = _STORY_AFTER_PARENTHESIS.sub(" – ", line)
    line = _OCR_MONTH.sub("O", line)
    line = _MONTH_COMMA_DAY.sub(r"\1 ", line)
    return _OCR_SPLIT_DAY.sub(r"\1\2\3", line)


def _datelines(text: str) -> list[tuple[int, date]]:
    """(line start, date) of every dateline in the text, in order."""
    found = []
    position = 0
    for line in text.split("\n"):
        value = _dateline_value(line)
        if value:
            found.append((position + len(line) - len(line.lstrip()), date.fromisoformat(value)))
        position += len(line) + 1
    return found


def _dateline_above(datelines: list[tuple[int, date]], position: int) -> date | None:
    index = bisect_right([start for start, _ in datelines], position)
    return datelines[index - 1][1] if index else None


def _as_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None
