"""Cardinal numbers written in words, one to ninety-nine, as counts of time units.

"fourteen years ago", "a twenty-five-year sentence", "sixty days": a count of years, days or hours
may be spelt out. A compound is one number ("twenty-five", "twenty five"): read word by word, its
last word would give a wrong value ("five years ago" for "twenty-five years ago").
"""

from __future__ import annotations

UNIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

_VALUES = (
    {word: n for n, word in enumerate(UNIT_WORDS, 1)}
    | {word: n for n, word in enumerate(_TEENS, 10)}
    | {word: 10 * n for n, word in enumerate(TENS_WORDS, 2)}
)


def _alternation(words) -> str:
    # longest first, so that "seventeen" is tried before "seven"
    return "|".join(sorted(words, key=len, reverse=True))


_TENS_UNITS = rf"(?:{_alternation(TENS_WORDS)})(?:[- ](?:{_alternation(UNIT_WORDS)}))?"
# A regex (no groups, case as the caller compiles it) for one number word or compound.
CARDINAL = rf"(?:{_TENS_UNITS}|{_alternation(_TEENS)}|{_alternation(UNIT_WORDS)})"


def cardinal_value(words: str) -> int | None:
    """The number a word or compound of CARDINAL names, else None.

    >>> cardinal_value("Twenty-five"), cardinal_value("fourteen"), cardinal_value("sixty"), cardinal_value("dozen")
    (25, 14, 60, None)
    """
    parts = words.lower().replace("-", " ").split()
    if not parts or not all(part in _VALUES for part in parts):
        return None
    if len(parts) == 2 and parts[0] in TENS_WORDS and parts[1] in UNIT_WORDS:
        return _VALUES[parts[0]] + _VALUES[parts[1]]
    return _VALUES[parts[0]] if len(parts) == 1 else None


def count_value(count: str) -> int | None:
    """A count of time units as a text writes it: digits, "a"/"an" or a cardinal in words.

    >>> count_value("3"), count_value("a"), count_value("twenty five")
    (3, 1, 25)
    """
    if count.isdigit():
        return int(count)
    return 1 if count.lower() in ("a", "an") else cardinal_value(count)
