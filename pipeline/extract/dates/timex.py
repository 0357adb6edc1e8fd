"""TimeML constructions beyond calendar dates: weekdays, quarters, halves, seasons, decades,
centuries, fiscal years, anaphoric relative phrases, reference words and modifiers.

Pure functions on text (no spaCy): `find` returns the spans, `value` gives each one its TIMEX3
value from an anchor (the dateline or published date), the tense of the clause it sits in, and
the previous date value of the text (for "a year earlier", "the quarter", "that year").
Named days ("Thanksgiving Day") come from `holidays.py`. `pipeline/dates.py` adds these spans to
its candidates and keeps its own rules for calendar dates.

Values follow TIMEX3 as the TimeBank/AQUAINT gold writes them: `1998-Q3`, `1998-H1`, `1998-SU`
(SP, SU, FA, WI), `199` (the 1990s), `19` (the 20th century), `1998-W12-WE` (a weekend),
`PRESENT_REF` / `PAST_REF` / `FUTURE_REF` ("now", "recently", "the future"). "fiscal 1998" is
`1998` (the gold writes the fiscal year as its number). Modifiers before a date ("early", "late",
"mid-", "the end of", "around") widen its span and give TimeML's `mod`: START, END, MID, APPROX.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from pipeline.extract.dates import holidays
from pipeline.extract.dates.first_char import with_first_char_lookahead
from pipeline.extract.dates.numbers import CARDINAL, TENS_WORDS, UNIT_WORDS, cardinal_value, count_value

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ORDINAL = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}
_SEASON = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_CENTURY_WORDS = {
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "twenty first": 21,
}
_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}
_FISCAL_OFFSET = {"last": -1, "latest": -1, "previous": -1, "prior": -1, "next": 1, "coming": 1}
_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_MONTH_PREFIXES = "|".join(m.capitalize()[:3] for m in _MONTHS)
# year words: "nineteen ninety-five" is 19, the tens digit, the unit
_TENS = {word: n for n, word in enumerate(TENS_WORDS, 2)}
_UNITS = {word: n for n, word in enumerate(UNIT_WORDS, 1)}
_DURATION_UNIT = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "M", "decade": "DE"}
_UNITS_PATTERN = "|".join(_DURATION_UNIT)
_COUNTS = "|".join([CARDINAL, r"hundred", r"several", r"a\s+few", r"few", r"recent"])
_PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
# TIMEX3 type of each rule's spans; every other rule gives a date.
TYPES = {"part_of_day": "time", "duration": "duration"}
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_SEP = r"(?:\s+|-)"


# Rules whose value is said of the date before them: their own value is not the next one's base.
ANAPHORIC = frozenset({"earlier", "year_ago", "adjacent", "that", "period_year_ago"})


@dataclass(frozen=True)
class Found:
    """One span of a rule family: [start, end), the rule's name and its matched groups."""

    start: int
    end: int
    rule: str
    groups: dict
    relative: bool  # needs an anchor or an earlier date


def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.I)


_ORD = "|".join(_ORDINAL)
# "the first quarter of next year", "the spring of last year": a year named relative to the anchor
_OF_YEAR = r"\s+of\s+(?P<of_rel>this|last|next)\s+year"
_YEAR_OFFSET = {"this": 0, "last": -1, "next": 1}
_WEEKDAY = "|".join(w.capitalize() for w in WEEKDAYS)
# The patterns: case-insensitive except where a capital is the evidence (weekday names).
_RULES: tuple[tuple[str, re.Pattern, bool], ...] = (
    # "the third quarter of 1989", "third-quarter", "the fiscal first quarter", "the latest quarter"
    (
        "quarter",
        _rx(
            rf"\b(?:the\s+)?(?:(?P<which>this|last|next|latest|current|previous|prior|same|comparable|year-ago)\s+"
            rf"|(?P<year_rel>this|last|next)\s+year's\s+|(?:fiscal\s+)?(?P<year0>{_YEAR})(?:'s)?\s+)?"
            rf"(?:fiscal{_SEP})?(?P<n>{_ORD}){_SEP}(?:fiscal{_SEP})?quarter"
            rf"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<year>{_YEAR})|{_OF_YEAR})?\b"
        ),
        True,
    ),
    (
        "this_quarter",
        _rx(
            rf"\b(?:(?:the\s+)?(?P<which>this|latest|current|previous|prior|last|next|year-ago|year-earlier)\s+quarter"
            # (not a period the words after it delimit: "the period from August to December 2020",
            # "the period under review", "the period of detention", "the period 2016-2020", "the period
            # leading up to the elections", "the period before the vote"; "in the quarter from the
            # sale", "in the latest period to $42.9 million" are the reported quarter)
            rf"|the\s+(?:(?P<year>{_YEAR})\s+|latest\s+)?(?:quarter|period)"
            r"(?!\s+(?:of|under|covered|in\s+which|leading|preceding|following|before|after|when|during|that|which)\b"
            r"|\s+(?:from|between|since|until|to)\s+(?:the\s+)?(?-i:[\dA-Z])"
            r"|\s+\d))\b"
        ),
        True,
    ),
    # "Q3 2022", "Q1-2023", "H1 2023", "2023 Q2": a quarter or half as reports abbreviate it
    (
        "period_code",
        re.compile(
            rf"\b(?:(?P<code>Q[1-4]|H[12])[\s-]?(?P<year>{_YEAR})|(?P<year2>{_YEAR})[\s-]?(?P<code2>Q[1-4]|H[12]))\b"
        ),
        False,
    ),
    # "the first half of 1998", "the second half", "the first two quarters of 1990" (a half)
    (
        "half",
        _rx(
            rf"\b(?:the\s+)?(?P<n>first|second|last)\s+(?:half|two\s+quarters)"
            rf"(?:\s+of\s+(?:(?:the\s+)?year|(?P<year>{_YEAR}))|{_OF_YEAR})?\b"
        ),
        True,
    ),
    # "this summer", "last fall", "the summer of 1998", "summer 2020", "in the spring"
    (
        "season",
        _rx(
            rf"\b(?:the\s+)?(?:(?P<which>this|last|next|coming|past|this\s+past|early|late)\s+)?"
            rf"(?P<season>spring|summer|autumn|winter|fall)(?:\s+(?:of\s+)?(?P<year>{_YEAR})|{_OF_YEAR})?\b"
        ),
        True,
    ),
    # "the 1990s", "the '90s", "the nineties", "the mid-1990s"
    ("decade", _rx(r"\b(?:the\s+)?(?:(?P<year>1[89]\d0|20\d0)'?s|'(?P<short>\d0)'?s)(?![\w'])"), False),
    ("decade_word", _rx(rf"\bthe\s+(?P<word>{'|'.join(_DECADE_WORDS)})\b"), False),
    # "the 20th century", "the twenty-first century"
    (
        "century",
        _rx(r"\b(?:the\s+)?(?P<n>1[5-9]th|2[01](?:st|th)|eighteenth|nineteenth|twentieth|twenty[- ]first)\s+century\b"),
        False,
    ),
    # "fiscal 1998", "fiscal year 1998", "FY1998", "the current fiscal year", "this fiscal year"
    ("fiscal", _rx(rf"\b(?:fiscal(?:\s+year)?\s+|FY\s?)(?P<year>{_YEAR})\b"), False),
    (
        "fiscal_relative",
        _rx(r"\b(?:the\s+)?(?P<which>this|current|last|latest|next|previous|prior|coming)\s+fiscal\s+year\b"),
        True,
    ),
    # "a year earlier", "a month ago", "two weeks from now" (a day/week/month/year before or after
    # the previous date or the anchor)
    (
        "earlier",
        _rx(
            rf"\b(?P<n>an?|{CARDINAL}|\d{{1,3}})"
            # not a comparison ("two days later than planned") nor a span before an event ("20 years
            # before his release", "a year before he died"): "before" stands alone
            r"\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>(?:earlier|later)\b(?!\s+than\b)|ago\b|before(?=\s*(?:[,.;:)!?]|$))"
            r"|from\s+(?:now|today)\b)"  # "two weeks from now": ahead of the document's date
        ),
        True,
    ),
    # "for the full year", "for the year ended Sept. 30": the anchor's year
    ("the_year", _rx(r"\b(?:the\s+full\s+year|(?<=for\s)the\s+(?:fiscal\s+)?year(?=\s+ended|\s*[,.]))\b"), True),
    # "earlier in the year", "later in the month": the anchor's year or month
    ("in_the", _rx(r"\b(?:earlier|later)\s+in\s+the\s+(?P<unit>year|month|week)\b"), True),
    # "that year", "later that year", "the same day": the one named before
    ("that", _rx(r"\b(?:(?:earlier|later)\s+)?(?:that|the\s+same)\s+(?P<unit>year|month|day|week)\b"), True),
    # Years read out in transcripts: "nineteen ninety-six", "January nineteen ninety-seven"
    (
        "spoken_year",
        _rx(
            rf"\b(?:(?P<month>{'|'.join(m.capitalize() for m in _MONTHS)})\s+)?nineteen\s+(?P<tens>{'|'.join(_TENS)})"
            rf"(?:-(?P<unit>{'|'.join(_UNITS)}))?\b"
            # "the year two thousand", "the year two thousand and one" (not a count: "in the year two
            # thousand people died")
            rf"|\bthe\s+year\s+two\s+thousand(?:\s+(?:and\s+)?(?P<unit2>{'|'.join(_UNITS)}))?\b"
            r"(?!\s+(?:people|persons|men|women|children|dollars|troops|deaths|cases)\b)"
        ),
        False,
    ),
    # "year-ago", "year-earlier", "the year-ago quarter", "the year-earlier period"
    (
        "year_ago",
        # (the noun is part of the expression only for a period: "the year-ago quarter", "year-ago results")
        _rx(r"\b(?:(?:the\s+)?(?:comparable\s+)?year-(?:ago|earlier)\s+(?:period|quarter)|year-(?:ago|earlier))\b"),
        True,
    ),
    # "the same period last year", "the quarter a year ago", "last year's quarter": the period
    # spoken of, a year before
    (
        "period_year_ago",
        _rx(
            r"\b(?:(?:the\s+)?(?:same|corresponding|comparable)\s+(?:quarter|period)"
            r"\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year|(?:of\s+)?the\s+(?:previous|prior)\s+year)"
            r"|the\s+(?:quarter|period)\s+a\s+year\s+(?:ago|earlier)|last\s+year's\s+(?:quarter|period))\b"
        ),
        True,
    ),
    # "the previous month", "the day before", "the following year", "the next day"
    (
        "adjacent",
        _rx(
            r"\bthe\s+(?:(?P<dir>previous|prior|preceding|following|next)\s+(?P<unit>day|week|month|year)"
            r"|(?P<unit2>day|week|month|year)\s+(?P<dir2>before|after))\b"
        ),
        True,
    ),
    # "the weekend", "this weekend", "last weekend", "this past weekend" (the last one)
    ("weekend", _rx(r"\b(?:the|this|last|next|(?:this|the)\s+past)\s+weekend\b"), True),
    # "the end of the year", "year-end", "the end of the month", "the beginning of the year"
    (
        "period_end",
        _rx(
            r"\b(?:the\s+)?(?:(?P<edge>end|beginning|start|middle)\s+of\s+the\s+(?P<unit>year|month)"
            r"|(?P<unit2>year)(?:'s)?[- ]end)\b"
        ),
        True,
    ),
    # Parts of days (TIMEX3 TIME): "this morning", "Friday night", "tonight"
    (
        "part_of_day",
        _rx(
            rf"\b(?:(?P<rel>this|yesterday|tomorrow|last|(?P<wd>{_WEEKDAY}))\s+(?P<part>morning|afternoon|evening|night)"
            r"|(?P<tonight>tonight))\b"
        ),
        True,
    ),
    # Durations (TIMEX3 DURATION): "five years", "a 15-year sentence", "24 hours", "the past two weeks",
    # prison terms as courts write them: "1.5 years", "three and a half years", "a year and a
    # half", "two years and six months" (P2Y6M)
    (
        "duration",
        _rx(
            rf"\b(?:(?:the\s+)?(?P<which>past|last|next|previous|first|coming)\s+)?"
            # not the end of a decimal number: "1.5 years" is not "5 years"
            rf"(?<![\d.,])(?:(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:\.\d{{1,2}})?|{_COUNTS})(?P<half>\s+and\s+a\s+half)?(?:\s+|-)"
            rf"(?P<unit>{_UNITS_PATTERN})s?|(?P<a>an?)\s+(?P<a_unit>{_UNITS_PATTERN})\s+and\s+a\s+half)\b"
            rf"(?:,?\s+and\s+(?P<n2>\d{{1,3}}|{_COUNTS})\s+(?P<unit2>{_UNITS_PATTERN})s?\b)?"
            r"(?!\s+(?:ago|earlier|later|before|after|old)\b|-old)"
        ),
        False,
    ),
    # Reference words: TimeML PRESENT_REF / PAST_REF / FUTURE_REF
    (
        "present_ref",
        re.compile(
            r"\b(?:(?i:right\s+now)|[Nn]ow|NOW|[Cc]urrently|[Nn]owadays|(?i:these\s+days|at\s+present)"
            # the adjective: "the current system" (TimeML PRESENT_REF); not the noun ("the current is
            # strong"), a unit another rule reads ("the current quarter") or an accounting term
            r"|current(?=\s+[a-z])(?!\s+(?:quarter|year|fiscal|period|month|week|account|assets|liabilities"
            r"|is|was|are|were|has|had|have|will|would|can|could|may|might|and|or|of|in|on|at|from)\b))\b(?!-)"
        ),
        True,
    ),
    (
        "past_ref",
        _rx(
            r"\b(?:(?:more\s+)?recently|then[\s-]current|(?:(?<=\bin\s)|(?<=\bIn\s))the\s+past(?!\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?))"
            r"|the\s+past(?=\s*[,.;]|\s+(?:and|but|when|as)\b))\b"
        ),
        True,
    ),
    (
        "future_ref",
        _rx(
            r"\b(?:the\s+(?:near\s+|distant\s+)?future|soon|the\s+coming\s+(?:days|weeks|months|years|quarters)"
            # "will one day be", "could someday": an unnamed day ahead; "at a later date"
            r"|(?:(?<=\bwill\s)|(?<=\bcould\s)|(?<=\bmight\s)|(?<=\bwould\s))(?:one\s+day|some\s?day)"
            r"|(?<=\bat\s)a\s+later\s+date)\b"
        ),
        True,
    ),
    # A weekday alone, capitalised ("on Friday", "Thursday's vote")
    # (not "a Monday", "every Friday": a kind of day and a set)
    (
        "weekday",
        re.compile(
            rf"(?<!\b[Aa]\s)(?<!\b[Ee]very\s)(?<!\b[Ee]ach\s)\b(?P<day>{_WEEKDAY})\b"
            r"(?!\s+(?:[Mm]orning|[Aa]fternoon|[Ee]vening|[Nn]ight))"
            # a weekday that names the date after it ("Thursday, 21 November 2019", "Friday,
            # 21.11.2019") is part of it; not a count after a comma ("on Saturday, 69 percent")
            rf"(?!,?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_PREFIXES})|\d{{1,4}}[./-]\d|{_MONTH_PREFIXES}))"
        ),
        True,
    ),
)
# The same patterns, each opened by a lookahead on the characters its matches start with
# (`first_char`): the same matches, found several times faster.
_FAST_RULES: tuple[tuple[str, re.Pattern, bool], ...] = tuple(
    (rule, with_first_char_lookahead(pattern), relative) for rule, pattern, relative in _RULES
)


_STRETCH_BEFORE = re.compile(r"(?i)\b(?:in|over|within|during|for)\s+$")

# Words one of which every match of a rule contains, lowercased (read off the patterns above).
# Scanning a text for a word is far cheaper than running a pattern over it, and most texts hold
# none of a rule's words ("quarter", "nineteen", "weekend"...), so the pattern is not run at all.
# Rules whose words are everyday ones (durations, "the next day") are always run.
_RULE_WORDS: dict[str, tuple[str, ...]] = {
    "quarter": ("quarter",),
    "this_quarter": ("quarter", "period"),
    "half": ("half", "quarters"),
    "period_code": ("q1", "q2", "q3", "q4", "h1", "h2"),
    "season": ("spring", "summer", "autumn", "winter", "fall"),
    "decade": ("0s", "0's"),
    "decade_word": tuple(_DECADE_WORDS),
    "century": ("century",),
    "fiscal": ("fiscal", "fy"),
    "fiscal_relative": ("fiscal",),
    "earlier": ("earlier", "before", "later", "ago", "from"),
    "the_year": ("year",),
    "that": ("that", "same"),
    "spoken_year": ("nineteen", "thousand"),
    "year_ago": ("year-",),
    "weekend": ("weekend",),
    "period_end": ("end", "beginning", "start", "middle"),
    "part_of_day": ("morning", "afternoon", "evening", "night"),
    "present_ref": ("now", "current", "these", "present"),
    "past_ref": ("recently", "current", "past"),
    "future_ref": ("future", "soon", "coming", "day", "later"),
    "weekday": WEEKDAYS,
}
# The only characters outside ASCII that a case-insensitive pattern matches to an ASCII letter
# (İ, ı, ſ and the Kelvin sign) and that `str.lower` does not turn into it: a text with one of
# them runs every pattern.
_CASE_TWINS = "\u0130\u0131\u017f\u212a"


def _skipped_rules(text: str) -> frozenset[str]:
    """The rules none of whose words occurs in `text`: they cannot match it."""
    if any(ch in text for ch in _CASE_TWINS):
        return frozenset()
    lowered = text.lower()
    return frozenset(rule for rule, words in _RULE_WORDS.items() if not any(w in lowered for w in words))


def find(text: str) -> list[Found]:
    """Every span of these rule families in `text` (they may overlap each other and the calendar
    rules; the caller keeps the longest)."""
    found = []
    skipped = _skipped_rules(text)
    for rule, pattern, relative in _FAST_RULES:
        if rule in skipped:
            continue
        for match in pattern.finditer(text):
            groups = {k: v for k, v in match.groupdict().items() if v is not None}
            if rule == "season" and not _is_season(text, match, groups):
                continue
            # "in the next year", "over the next month": a stretch of time, not a date
            if rule == "adjacent" and _STRETCH_BEFORE.search(text[max(0, match.start() - 10) : match.start()]):
                continue
            # "a previously announced plan", "the recently passed law": an adverb of the participle
            if rule == "past_ref" and _is_participle_adverb(text, match):
                continue
            is_relative = relative and not groups.get("year")
            start = match.start()
            # "the third-quarter results": the adjective is the expression, not its article
            if rule == "quarter" and "-quarter" in match.group(0).lower() and match.group(0)[:4].lower() == "the ":
                start += 4
            found.append(Found(start, match.end(), rule, groups, is_relative))
    for day in holidays.find(text):
        found.append(Found(day.start, day.end, "holiday", day.groups, "year" not in day.groups))
    # "will one day be": a reference word, not the duration the same words make elsewhere
    references = {(f.start, f.end) for f in found if f.rule == "future_ref"}
    return [f for f in found if f.rule != "duration" or (f.start, f.end) not in references]


def _is_participle_adverb(text: str, match: re.Match) -> bool:
    """ "a previously announced plan", "the recently passed law": the adverb belongs to a participle
    used as an adjective (a determiner before it), it does not date an event."""
    before = text[max(0, match.start() - 8) : match.start()].lower().split()
    after = text[match.end() : match.end() + 20]
    determiner = bool(before) and before[-1] in ("a", "an", "the", "its", "their", "his", "her", "our", "this")
    return determiner and bool(re.match(r"\s+[a-z]+(?:ed|en)\b", after))


def _is_season(text: str, match: re.Match, groups: dict) -> bool:
    """ "fall" and "spring" are also verbs and nouns: a season needs a year, a modifier, "the"
    or a preposition before it, and "the fall of <not a year>" is a fall."""
    if groups.get("year") or groups.get("which") or groups.get("of_rel"):
        return True  # "the spring of last year" is a season, "the fall of the regime" is not
    if re.match(r"\s+of\b", text[match.end() : match.end() + 6]):
        return False
    before = text[max(0, match.start() - 8) : match.start()].lower()
    return match.group(0)[:4].lower() == "the " or bool(re.search(r"\b(?:in|during|by|until|since)\s+$", before))


def value(found: Found, text: str, anchor: date | None, tense: str, previous: str, reported: str = "") -> str:
    """TIMEX3 value of one span ("" when it cannot be known). `tense` is past, future or present;
    `previous` the value of the nearest date before it in the text ("" when none); `reported` the
    last past quarter the text named (an earnings report's quarter, see `reported_quarter`)."""
    g = found.groups
    # "the quarter ended Sept. 30": a day inside the reported quarter stands for that quarter
    if reported and not _is_quarter(previous) and _quarter_of(previous) == reported:
        previous = reported
    surface = " ".join(text[found.start : found.end].lower().split())
    rule = found.rule
    if rule == "duration":
        return duration_value(g)
    if rule == "part_of_day":
        return _part_of_day(g, anchor, tense)
    if rule == "present_ref":
        return "PRESENT_REF"
    if rule == "past_ref":
        return "PAST_REF"
    if rule == "future_ref":
        return "FUTURE_REF"
    if rule == "decade":
        if g.get("year"):
            return g["year"][:3]
        return ("19" + g["short"])[:3]
    if rule == "decade_word":
        return f"19{_DECADE_WORDS[g['word'].lower()]}"
    if rule == "century":
        n = g["n"].lower()
        number = _CENTURY_WORDS.get(n.replace("-", " ")) or _CENTURY_WORDS.get(n) or int(re.sub(r"\D", "", n))
        return f"{number - 1:02d}"
    if rule == "fiscal":
        return g["year"]
    if rule == "spoken_year":
        if not g.get("tens"):  # "two thousand (and one)"
            return str(2000 + _UNITS.get((g.get("unit2") or "").lower(), 0))
        year = f"19{_TENS[g['tens'].lower()]}{_UNITS.get((g.get('unit') or '').lower(), 0)}"
        return f"{year}-{_MONTHS.index(g['month'].lower()) + 1:02d}" if g.get("month") else year
    if rule == "the_year":
        return str(anchor.year) if anchor else ""
    if rule == "in_the":
        return _truncate(anchor.isoformat(), g["unit"].lower()) if anchor else ""
    if rule == "that":
        # "that year" refers back to the last date; with none before it, to the anchor's
        return _truncate(previous or (anchor.isoformat() if anchor else ""), g["unit"].lower())
    year_given = int(g["year"]) if g.get("year") else None
    if g.get("of_rel"):
        if anchor is None:
            return ""
        year_given = anchor.year + _YEAR_OFFSET[g["of_rel"].lower()]
    if rule == "quarter":
        quarter = _ORDINAL[g["n"].lower()]
        year_given = year_given or (int(g["year0"]) if g.get("year0") else None)
        if year_given:
            return f"{year_given}-Q{quarter}"
        if g.get("year_rel") and anchor:
            return f"{anchor.year + {'last': -1, 'next': 1}.get(g['year_rel'].lower(), 0)}-Q{quarter}"
        which = (g.get("which") or "").lower()
        if which in ("year-ago", "previous", "prior", "last") and which != "last":
            base = _year_of(previous) or (anchor.year if anchor else None)
            return f"{base - 1}-Q{quarter}" if base else ""
        if anchor is None:
            return ""
        current = (anchor.month - 1) // 3 + 1
        # A named quarter after the anchor's is last year's when the text reports the past.
        year = anchor.year - 1 if quarter > current and tense == "past" and which != "next" else anchor.year
        if which == "next" and quarter <= current:
            year = anchor.year + 1
        return f"{year}-Q{quarter}"
    if rule == "this_quarter":
        which = (g.get("which") or "").lower()
        spoken = previous if _is_quarter(previous) else "" if re.fullmatch(r"\d{4}", previous) else reported
        if not which:  # "the quarter", "the 1988 period": the quarter spoken of, in that year
            if year_given:
                return f"{year_given}{spoken[4:]}" if spoken else str(year_given)
            if spoken:
                return spoken
            which = "latest"
        if which in ("year-ago", "year-earlier") and spoken:
            return _shift_year(spoken, -1)
        if which == "this" and spoken:
            return spoken
        if anchor is None:
            return ""
        index = anchor.year * 4 + (anchor.month - 1) // 3
        offset = {"last": -1, "previous": -1, "prior": -1, "latest": -1, "next": 1, "year-ago": -4, "year-earlier": -4}
        index += offset.get(which, 0)
        return f"{index // 4}-Q{index % 4 + 1}"
    if rule == "period_code":
        return f"{g.get('year') or g['year2']}-{g.get('code') or g['code2']}"
    if rule == "half":
        half = 1 if g["n"].lower() == "first" else 2
        year = year_given or _year_of(previous) or (anchor.year if anchor else None)
        return f"{year}-H{half}" if year else ""
    if rule == "season":
        season = _SEASON[g["season"].lower()]
        if year_given:
            return f"{year_given}-{season}"
        if anchor is None:
            return ""
        which = " ".join((g.get("which") or "").lower().split())
        year = anchor.year
        order = {"SP": 1, "SU": 2, "FA": 3, "WI": 4}
        now = {12: 4, 1: 4, 2: 4, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2, 9: 3, 10: 3, 11: 3}[anchor.month]
        if anchor.month in (1, 2) and season != "WI":
            now = 0  # in January, this year's spring, summer and fall are all to come: "last fall" is last year's
        if which in ("last", "past", "this past") or (not which and tense == "past"):
            if order[season] >= now:  # the last such season before the current one
                year -= 1
        elif which in ("next", "coming") and order[season] <= now:
            year += 1
        return f"{year}-{season}"
    if rule == "fiscal_relative":
        if anchor is None:
            return ""
        return str(anchor.year + _FISCAL_OFFSET.get(g["which"].lower(), 0))
    if rule == "earlier":
        count = count_value(g["n"]) or 0
        sign = 1 if g["dir"].lower() == "later" else -1
        unit = g["unit"].lower()
        if g["dir"].lower() == "ago":  # from the anchor; from the quarter a report speaks of
            if unit == "year" and _is_quarter(previous):
                return _shift_year(previous, -count)
            return _shift(_truncate(anchor.isoformat(), unit) if anchor else "", unit, -count)
        if g["dir"].lower().startswith("from"):  # "two weeks from now": from the anchor only
            return _shift(_truncate(anchor.isoformat(), unit) if anchor else "", unit, count)
        if sign > 0 and not previous:
            return ""  # "sixteen years later" counts from a date of the story, never from the document's own
        return _shift(previous or (anchor.isoformat() if anchor else ""), unit, sign * count)
    if rule == "period_year_ago":
        spoken = previous if _is_quarter(previous) else "" if re.fullmatch(r"\d{4}", previous) else reported
        return _shift_year(spoken, -1) if spoken else str(anchor.year - 1) if anchor else ""
    if rule == "year_ago":
        if reported and _is_quarter(previous) and anchor and previous > reported_of(anchor):
            previous = reported  # "the year-ago period" compares a past quarter, not one ahead
        return _shift(previous or (str(anchor.year) if anchor else ""), "year", -1)
    if rule == "adjacent":
        unit = (g.get("unit") or g.get("unit2")).lower()
        direction = (g.get("dir") or g.get("dir2")).lower()
        sign = -1 if direction in ("previous", "prior", "preceding", "before") else 1
        said_of = _granularity(previous) == unit or (
            # "arrested on 3 May. The following week ...": a story moves on from a finer date too;
            # a comparison ("the previous year") stays with the document's own date
            sign > 0 and direction != "next" and _granularity(previous) in _FINER[unit]
        )
        base = previous if said_of else (anchor.isoformat() if anchor else "")
        if (
            g.get("dir2")
            and base == previous
            and re.search(r"\d,\s*$", text[max(0, found.start - 4) : found.start])
            and re.match(r"\s+[a-z]", text[found.end : found.end + 3])
        ):
            # "Oct. 12, the day before the crash": an apposition names the date just written
            return _truncate(previous, unit)
        return _shift(_truncate(base, unit), unit, sign)
    if rule == "weekend":
        if anchor is None:
            return ""
        gone = surface.startswith("last") or " past " in f" {surface} "
        shift = -7 if gone or (tense == "past" and anchor.weekday() < 5) else 0
        if surface.startswith("next"):
            shift = 7
        year, week, _ = (anchor + timedelta(days=shift)).isocalendar()
        return f"{year}-W{week:02d}-WE"
    if rule == "period_end":
        unit = (g.get("unit") or g.get("unit2")).lower()
        if anchor is None:
            return ""
        return str(anchor.year) if unit == "year" else f"{anchor.year}-{anchor.month:02d}"
    if rule == "holiday":
        return holidays.value(g, anchor, tense)
    if rule == "weekday":
        if anchor is None:
            return ""
        reading = "past" if tense == "present" or _is_possessive(text, found.end) else tense
        return weekday_date(anchor, WEEKDAYS.index(g["day"].lower()), reading).isoformat()
    return ""


def duration_value(g: dict) -> str:
    """TIMEX3 duration: "five years" P5Y, "24 hours" PT24H, "two decades" P2DE, "several days" PXD,
    "three and a half years" P3.5Y, "a year and a half" P1.5Y, "two years and six months" P2Y6M."""
    first = ("1.5", g["a_unit"]) if g.get("a") else (_count(g["n"], bool(g.get("half"))), g["unit"])
    parts = [(first[0], first[1].lower())]
    if g.get("n2"):
        parts.append((_count(g["n2"], False), g["unit2"].lower()))
    dates = "".join(f"{n}{_DURATION_UNIT[unit]}" for n, unit in parts if unit not in ("hour", "minute"))
    times = "".join(f"{n}{_DURATION_UNIT[unit]}" for n, unit in parts if unit in ("hour", "minute"))
    return f"P{dates}" + (f"T{times}" if times else "")


def _count(number: str, half: bool) -> str:
    """A duration's count as TIMEX3 writes it: "24", "5" for "five", "1.5", "1000" for "1,000",
    "X" for "several"."""
    number = " ".join(number.lower().replace(",", "").split())
    if number[0].isdigit():
        value = float(number) + (0.5 if half else 0)
    elif (count := 100 if number == "hundred" else cardinal_value(number)) is not None:
        value = count + (0.5 if half else 0)
    else:
        return "X"
    return f"{value:g}"


def _part_of_day(g: dict, anchor: date | None, tense: str) -> str:
    """TIMEX3 time of a part of a day: "this morning" 2021-03-10TMO, "Friday night" 2021-03-05TNI."""
    if anchor is None:
        return ""
    if g.get("tonight"):
        return f"{anchor.isoformat()}TNI"
    rel = g["rel"].lower()
    if g.get("wd"):
        day = weekday_date(anchor, WEEKDAYS.index(rel), "past" if tense == "present" else tense)
    else:
        day = anchor + timedelta(days={"yesterday": -1, "tomorrow": 1, "last": -1}.get(rel, 0))
    return f"{day.isoformat()}T{_PART_OF_DAY[g['part'].lower()]}"


def _is_possessive(text: str, end: int) -> bool:
    """ "Wednesday's ruling", "Friday's edition": a weekday that owns an event names one already
    held or under way, whatever the tense of the clause around it ("they would look for ways to
    get around Wednesday's ruling"). In TimeBank and AQUAINT all 17 such weekdays are on or
    before the document's date."""
    return text[end : end + 2] in ("'s", "’s")


def weekday_date(anchor: date, weekday: int, tense: str) -> date:
    """The weekday a bare "Friday" names: the last one up to the anchor in a past-tense clause,
    the next one from it otherwise (the anchor's own weekday is the anchor day). The caller
    reads a simple present as past: news writes "says Friday" of what was said (TimeBank-dev:
    value accuracy 0.869 -> 0.877); "is meeting Friday" and "will meet Friday" are future."""
    if tense == "past":
        return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)
    return anchor + timedelta(days=(weekday - anchor.weekday()) % 7)


# --- modifiers -------------------------------------------------------------------------------

_MODIFIER = re.compile(
    r"(?:\b(?P<start>early|(?:the\s+)?(?:beginning|start)\s+of)"
    r"|\b(?P<end>late|(?:the\s+)?end\s+of)"
    r"|\b(?P<mid>mid|(?:the\s+)?middle\s+of)"
    r"|\b(?P<approx>about|around|approximately|nearly|almost|roughly))(?:\s+|-)(?:the\s+)?$",
    re.I,
)


def modifier(text: str, start: int) -> tuple[int, str]:
    """Where a date's span starts once a modifier just before it is included, and TimeML's mod
    (START, END, MID, APPROX); (start, "") when there is none."""
    window = text[max(0, start - 24) : start]
    match = _MODIFIER.search(window)
    if not match:
        return start, ""
    mod = next(name.upper() for name in ("start", "end", "mid", "approx") if match.group(name))
    return start - len(window) + match.start(), mod


# --- value arithmetic ------------------------------------------------------------------------


# "the day before last Tuesday", "the week after 9 August", "the week of March 6": a unit
# counted from the date written right after it names a date of its own, anchored on that date.
_COUNTED_FROM_DATE = re.compile(
    r"\b(?:the\s+)?(?P<unit>day|week|weekend|month|year)\s+(?P<relation>before|after|of)\s+$", re.I
)


def counted_from_date(text: str, start: int, value: str) -> tuple[int, str] | None:
    """(new start, value) when the date at `start` (value `value`) ends a phrase that counts a
    unit from it ("the day before" + "last Tuesday" -> the Monday), else None. "of" only with a
    week or weekend ("the week of March 6" is that date's week)."""
    match = _COUNTED_FROM_DATE.search(text, max(0, start - 20), start)
    if match is None or "\n" in match.group(0):
        return None
    unit, relation = match.group("unit").lower(), match.group("relation").lower()
    if relation == "of":
        week = _truncate(value, "week") if unit in ("week", "weekend") else ""
        composed = f"{week}-WE" if week and unit == "weekend" else week
    elif unit == "weekend" or _granularity(value) not in ("day", unit):
        composed = ""  # "the month before 2020" has no month to count from
    else:
        composed = _shift(value, unit, -1 if relation == "before" else 1)
    return (match.start(), composed) if composed else None


def _year_of(value: str) -> int | None:
    return int(value[:4]) if re.match(r"\d{4}", value) else None


def reported_quarter(found: Found, value: str, anchor: date | None) -> bool:
    """Whether `value`, found by `found`, is a quarter an earnings report speaks of: a quarter
    named by itself ("the third quarter", "the latest quarter", not "the year-ago quarter")
    that has ended by the anchor ("the fourth quarter" in October looks ahead)."""
    if found.rule not in ("quarter", "this_quarter") or not _is_quarter(value) or anchor is None:
        return False
    if (found.groups.get("which") or "").lower() in _YEAR_BEFORE:
        return False
    if found.rule == "this_quarter" and found.groups.get("year"):
        return False  # "the 1988 period" is the comparison, not the quarter reported on
    return value < reported_of(anchor)


def reported_of(anchor: date) -> str:
    """The anchor's own quarter ("1989-10-26" 1989-Q4): only quarters before it are reported on."""
    return f"{anchor.year}-Q{(anchor.month - 1) // 3 + 1}"


# A quarter named a year before another one ("the year-ago quarter"): said of that other one.
_YEAR_BEFORE = frozenset({"year-ago", "year-earlier"})


def is_anaphoric(found: Found) -> bool:
    """Whether a span is said of the date before it ("a year earlier", "the year-ago quarter"),
    so that its own value is no base for the next one."""
    return found.rule in ANAPHORIC or (found.groups.get("which") or "").lower() in _YEAR_BEFORE


def moves_story_on(found: Found) -> bool:
    """Whether an anaphoric span steps a story forward from the date before it ("two days later",
    "the following day", "the next week"): the next such span counts from it. A comparison ("a year
    earlier", "the year-ago quarter", "the day before") is said of a date and does not move the story."""
    groups = {k: (v or "").lower() for k, v in found.groups.items()}
    if found.rule == "earlier":
        return groups.get("dir") == "later"
    if found.rule == "adjacent":
        return (groups.get("dir") or groups.get("dir2")) in ("following", "next", "after")
    return False


def _quarter_of(value: str) -> str:
    """The quarter of a day or month value ("1989-09-30" 1989-Q3), else ""."""
    if _granularity(value) not in ("day", "month"):
        return ""
    return f"{value[:4]}-Q{(int(value[5:7]) - 1) // 3 + 1}"


# A quarter, half or season of a year (TIMEX3 "1989-Q3", "1989-H1", "1989-SU").
_PART_OF_YEAR = re.compile(r"\d{4}-(?:Q[1-4]|H[12]|SP|SU|FA|WI)")


def _is_quarter(value: str) -> bool:
    return bool(re.fullmatch(r"\d{4}-Q[1-4]", value))


# Granularities finer than a unit: a day has a week, a month and a year.
_FINER = {"day": (), "week": ("day",), "month": ("day", "week"), "year": ("day", "week", "month")}


def _granularity(value: str) -> str:
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return "day"
    if re.fullmatch(r"\d{4}-W\d\d", value):
        return "week"
    if re.fullmatch(r"\d{4}-\d\d", value):
        return "month"
    if re.fullmatch(r"\d{4}", value):
        return "year"
    return ""


def _truncate(value: str, unit: str) -> str:
    """`value` at the granularity of `unit` (a day cut to its month, ...), or "" when coarser."""
    if not value:
        return ""
    granularity = _granularity(value)
    if unit == "year" and (granularity in ("year", "month", "day") or _PART_OF_YEAR.fullmatch(value)):
        return value[:4]  # "the third quarter ... that year": the quarter's year
    if unit == "month" and granularity in ("month", "day"):
        return value[:7]
    if unit == "day" and granularity == "day":
        return value
    if unit == "week" and granularity == "day":
        y, w, _ = date.fromisoformat(value).isocalendar()
        return f"{y}-W{w:02d}"
    if unit == "week" and granularity == "week":
        return value
    return ""


def _shift_year(value: str, years: int) -> str:
    year = _year_of(value)
    return f"{year + years}{value[4:]}" if year is not None else ""


def _shift(value: str, unit: str, count: int) -> str:
    """`value` moved by `count` units; a year shift keeps the granularity ("1989-Q3" -> "1988-Q3")."""
    if not value:
        return ""
    if unit == "year":
        return _shift_year(value, count)
    base = _truncate(value, unit)
    if not base:
        return ""
    if unit == "month":
        index = int(base[:4]) * 12 + int(base[5:7]) - 1 + count
        return f"{index // 12}-{index % 12 + 1:02d}"
    if unit == "day":
        return (date.fromisoformat(base) + timedelta(days=count)).isoformat()
    year, week = int(base[:4]), int(base[6:8])
    y, w, _ = (date.fromisocalendar(year, week, 1) + timedelta(weeks=count)).isocalendar()
    return f"{y}-W{w:02d}"


_RULE_GRANULARITY = {
    "quarter": "quarter",
    "this_quarter": "quarter",
    "half": "half",
    "season": "season",
    "decade": "decade",
    "decade_word": "decade",
    "century": "century",
    "fiscal": "year",
    "fiscal_relative": "year",
    "the_year": "year",
    "year_ago": "year",
    "spoken_year": "year",
    "weekend": "week",
    "weekday": "day",
    "holiday": "day",
    "present_ref": "ref",
    "part_of_day": "time",
    "duration": "duration",
    "past_ref": "ref",
    "future_ref": "ref",
}


def granularity(value: str, found: Found | None = None) -> str:
    """The granularity column for a value: day, week, month, quarter, half, season, year, decade,
    century, ref (PRESENT_REF, ...); for an empty value, the unit the rule names."""
    if found is not None and found.rule in TYPES:
        return TYPES[found.rule]
    if not value:
        if found is None:
            return ""
        unit = found.groups.get("unit") or found.groups.get("unit2") or ""
        return _RULE_GRANULARITY.get(found.rule) or unit.lower() or "year"
    if value.endswith("_REF"):
        return "ref"
    if re.fullmatch(r"\d{4}-W\d\d-WE", value):
        return "week"
    if re.fullmatch(r"\d{4}-Q\d", value):
        return "quarter"
    if re.fullmatch(r"\d{4}-H\d", value):
        return "half"
    if re.fullmatch(r"\d{4}-(?:SP|SU|FA|WI)", value):
        return "season"
    if re.fullmatch(r"\d{3}", value):
        return "decade"
    if re.fullmatch(r"\d{2}", value):
        return "century"
    return _granularity(value) or "range"
