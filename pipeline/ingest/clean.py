"""Clean stage: small `str -> str` steps composed in one place (`clean_text`).

The cleaned text is what gets saved under processed/text/ and what every character offset in
every table points into, so cleaning never needs to keep a mapping back to the raw bytes.
Line structure is kept on purpose: headlines, list items and datelines are one per line, and
the extractors use that layout.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from functools import cache

from pipeline import config

# Zero-width characters, soft hyphens and the BOM carry no text; they break tokens and offsets.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Control characters (category Cc: U+0000-U+001F and U+007F-U+009F) but newline and tab, deleted by
# one translate; testing the category of every character cost more than the rest of the cleaning.
_CONTROL = dict.fromkeys(
    (c for c in [*range(0x20), *range(0x7F, 0xA0)] if chr(c) not in "\n\t" and unicodedata.category(chr(c)) == "Cc"),
    None,
)
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# List markers: bullets, dashes, asterisks, plus signs (CommonMark's three bullet list markers are "-",
# "+" and "*"; a hyphen last, so the class reads it literally).
_BULLET_MARKS = "•●○◦▪▫■□►▶‣⁃∙·*+–—-"
_BULLET = re.compile(rf"^[ \t]*(?:[{_BULLET_MARKS}]|\d{{1,2}}[.)]|[a-z][.)])[ \t]+(?=\S)")
# A number or letter glued to a capitalised item ("1.Ajitha A.", "12..Marx", "a)Uphold the promise"):
# list numbering lost its space when pasted from a word processor. A digit or a lower-case letter
# after the marker ("1.5 million", "a)b") is not an item.
_GLUED_BULLET = re.compile(r"^[ \t]*(?:\d{1,3}\.{1,2}|\d{1,3}\)|[a-z]\))(?=[A-Z])")
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]$")
# A marker alone on its line, the item's text on the next one (a list item's paragraph rendered on a
# line of its own by some HTML-to-text tools).
_LONE_BULLETS = frozenset(_BULLET_MARKS)
# An enumerator alone on its line ("(b)", "(iv)", "3.", "c)"), the item's text on the next one: the
# numbering column of a PDF's list, extracted a line before its item.
_LONE_ENUMERATOR = re.compile(r"^(?:\((?:\d{1,3}|[A-Za-z]|[ivxlc]{1,6})\)|(?:\d{1,3}|[A-Za-z])[.)])$")


def normalise_unicode(text: str) -> str:
    """NFC-compose, drop invisible characters and control characters other than newline.

    >>> normalise_unicode("Cafe\\u0301\\u00ad")
    'Café'
    """
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n").replace("\v", "\n")
    return text.translate(_CONTROL)


def normalise_whitespace(text: str) -> str:
    """One space between words, no trailing spaces, at most one blank line between blocks."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def normalise_bullets(text: str) -> str:
    """List markers (•, -, *, 1., a)) become a uniform "- " so list items are easy to find.

    >>> normalise_bullets("  • Release all detainees")
    '- Release all detainees'
    """
    lines = text.split("\n")
    joined: list[str] = []
    n = 0
    while n < len(lines):
        line = lines[n]
        if line.strip() in _LONE_BULLETS and n + 1 < len(lines) and lines[n + 1].strip()[:1].isalnum():
            line = f"- {lines[n + 1]}"  # the item's text under its marker: "-" / "Take all measures ..."
            n += 1
        elif _LONE_ENUMERATOR.match(line.strip()) and n + 1 < len(lines) and lines[n + 1].strip()[:1].isalnum():
            line = f"{line.strip()} {lines[n + 1]}"  # "(b)" / "Undertake all measures ..." as "(b) Undertake ..."
            n += 1
        joined.append(line)
        n += 1
    joined = _emoji_bullets(joined)
    return "\n".join(_GLUED_BULLET.sub("- ", _BULLET.sub("- ", line)) for line in joined)


# A pictograph or symbol opening a line, then its text ("🔺 Release of the 50 political prisoners",
# "✅ Stop the raids"): how posts on social networks mark list items. The characters that complete a
# pictograph go with it: a variation selector, a joiner, skin tones, a flag's second letter.
_SYMBOL_MARK = re.compile(r"^[ \t]*(\S)[\ufe0f\u200d\U0001f3fb-\U0001f3ff\U0001f1e6-\U0001f1ff]*[ \t]*(?=\S)")


def _emoji_bullets(lines: list[str]) -> list[str]:
    """Lines opened by the same symbol (Unicode category So) as the line before or after them become
    list items ("- "); one such line alone stays as it is ("📍 Minsk")."""
    matches = [_SYMBOL_MARK.match(line) for line in lines]
    marks = [m.group(1) if m is not None and unicodedata.category(m.group(1)) == "So" else "" for m in matches]
    out = list(lines)
    for n, mark in enumerate(marks):
        if mark and ((n > 0 and marks[n - 1] == mark) or (n + 1 < len(marks) and marks[n + 1] == mark)):
            out[n] = "- " + lines[n][matches[n].end() :]
    return out


def join_broken_lines(text: str) -> str:
    """Rejoin sentences broken across lines (PDF and e-mail exports, hard-wrapped text).

    A line is joined to the next when it does not end a sentence and the next line starts in
    lower case, or in capitals after a word no line ends with ("the", "of", "and": "requests the\n
    Secretary-General"); a word hyphenated at a line break is rejoined ("imple-\nmentation"). In a
    hard-wrapped text (see `wrap_width`) a line that reaches the wrap width and does not end a
    sentence is joined to the next whatever its case, so a name wrapped as "Central\nAmerican
    Integration System" is one name again; a line ending in a comma before a capital still ends a
    paragraph (a resolution's preamble). A list item goes on over its broken lines as a paragraph
    does; headlines, new list items and short lines are left alone.
    """
    text = _COMPOUND_NUMBER_BREAK.sub(r"\1-", text)  # "Group of Twenty-\nfour" keeps its hyphen
    text = re.sub(r"(?<=[a-z])-\n(?=[a-z])", "", text)
    lines = text.split("\n")
    width = wrap_width(lines)
    out: list[str] = []
    last = ""  # the previous physical line (out[-1] may already hold several)
    for line in lines:
        previous = out[-1] if out else ""
        wrapped = (
            bool(width)
            and len(last) >= width - _WRAP_SLACK
            and not line.startswith("- ")
            and not (previous.endswith(",") and line[:1].isupper())
            # a byline or dateline ends with its date: "by X, Kilinochchi, May 12, 2025" / "Chairperson ..."
            and not (_ENDS_WITH_DATE.search(previous) and line[:1].isupper())
            # a list of signers and where they work, one a line: "Acceso Libre, Venezuela\nACI Participa,
            # Honduras" (the long lines of such a list reach the width without wrapping)
            and not (_ENDS_LIKE_LIST_ITEM.search(last) and _ENDS_LIKE_LIST_ITEM.search(line))
        )
        continues = _goes_on(previous, line)
        # a semicolon the wrap put at a line's end goes on into a lower-case clause ("release all
        # political prisoners;\nit must stop ..."); a short line ending in one is a list item
        semicolon = previous.endswith(";") and wrapped and line[:1].islower()
        ends = bool(_SENTENCE_END.search(previous)) and not semicolon
        if previous and line and not ends and (wrapped or continues):
            out[-1] = f"{previous} {line}"
        else:
            out.append(line)
        last = line
    return "\n".join(out)


def _goes_on(previous: str, line: str) -> bool:
    """Does `line` go on with the sentence of `previous`, a line long enough to have been broken: it
    starts in lower case, or `previous` ends with a word no line ends with ("of", "the")?"""
    return len(previous) > 40 and line[:1].isalnum() and (line[:1].islower() or _ends_with_function_word(previous))


# A double-spaced text (a PDF or word-processor export with a blank line after every line): nearly
# every block between blank lines is one line, and sentences run on across blank lines this often.
_DOUBLE_SPACED_SINGLE_LINES = 0.9
_DOUBLE_SPACED_MIN_BREAKS = 5


def close_double_spacing(text: str) -> str:
    """In a double-spaced text, drop the blank line inside a sentence, so `join_broken_lines` can
    rejoin it ("have been in contact with\n\nother countries"): after a line that does not end a
    sentence, before a line that goes on in lower case or after a function word ("of", "the").
    A text is double-spaced when at least nine blocks in ten are one line and at least five of its
    blank lines fall inside a sentence; any other text is left as it is (a stray break in a page's
    text is no line spacing)."""
    blocks = text.split("\n\n")

    def runs_on(previous: str, block: str) -> bool:
        return not _SENTENCE_END.search(previous) and _goes_on(previous, block)

    single = sum("\n" not in block for block in blocks)
    breaks = sum(runs_on(a, b) for a, b in itertools.pairwise(blocks))
    if single < _DOUBLE_SPACED_SINGLE_LINES * len(blocks) or breaks < _DOUBLE_SPACED_MIN_BREAKS:
        return text
    # a line that reaches the width the text is wrapped at goes on whatever the case of the next
    # ("comply with relevant\n\nUN Security Council resolutions"): `join_broken_lines` decides
    width = wrap_width(blocks)
    out = [blocks[0]]
    for block in blocks[1:]:
        line = out[-1].rsplit("\n", 1)[-1]
        wrapped = bool(width) and len(line) >= width - _WRAP_SLACK and not _SENTENCE_END.search(line)
        if runs_on(line, block) or (wrapped and block[:1].isalnum()):
            out[-1] = f"{out[-1]}\n{block}"
        else:
            out.append(block)
    return "\n\n".join(out)


# A line ending with a full date: "May 12, 2025", "12 May 2025".
_ENDS_WITH_DATE = re.compile(r"(?:\b\d{1,2}\s+[A-Z][a-z]+\.?|\b[A-Z][a-z]+\.?\s+\d{1,2},?)\s+\d{4}\s*$")

# A line ending as an item of a list of signers does: a comma, then one to four capitalised words
# naming where the signer works ("..., Brazil", "..., Middle East", "..., United States of America").
_ENDS_LIKE_LIST_ITEM = re.compile(r",[ \t]+[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|of|the|and)){0,3}[ \t]*$")

# A compound number word broken after its hyphen ("twenty-\nfour"): the hyphen is the word's own.
_COMPOUND_NUMBER_BREAK = re.compile(
    r"(?i)\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-\n(?=(?:one|two|three|four|five|six|seven|"
    r"eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b)"
)

# Words that never end a line of text unless a line break cut the sentence there: "requests the\n
# Secretary-General", "the Government of\nEl Salvador" (a capital after them still continues).
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "to",
        "for",
        "in",
        "on",
        "by",
        "with",
        "from",
        "at",
        "into",
        "upon",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "that",
        "which",
    ]
)


def _ends_with_function_word(line: str) -> bool:
    last = line.rsplit(" ", 1)[-1]
    return last.lower() in _FUNCTION_WORDS


# A hard-wrapped line ends within this many characters of the wrap width (the next word did not fit).
_WRAP_SLACK = 15


def wrap_width(lines: list[str]) -> int:
    """The column a hard-wrapped text is wrapped at, or 0 when it is not hard-wrapped.

    Hard-wrapped text (e-mail, plain-text exports, PDF lines) has nearly all its substantial
    lines no longer than about 80 characters; in running text a paragraph is one long line.
    The width is the 90th percentile of the lengths of lines of 25 characters or more, when
    there are at least 8 such lines and that percentile is at most 100.
    """
    lengths = sorted(len(line) for line in lines if len(line) >= 25)
    if len(lengths) < 8:
        return 0
    width = lengths[int(0.9 * (len(lengths) - 1))]
    return width if width <= 100 else 0


def drop_boilerplate_lines(text: str) -> str:
    """Drop lines that are only site chrome ("Share", "Related articles:", "Menu")."""
    chrome = _boilerplate_lines()
    kept = [line for line in text.split("\n") if _line_key(line) not in chrome]
    return "\n".join(kept)


def drop_repeated_lines(text: str) -> str:
    """Drop repeats of a line seen just before (image captions printed twice)."""
    out: list[str] = []
    for line in text.split("\n"):
        previous = next((x for x in reversed(out) if x.strip()), None)
        if line.strip() and previous is not None and line.strip() == previous.strip():
            continue
        out.append(line)
    return "\n".join(out)


def drop_navigation_menus(text: str) -> str:
    """Drop navigation menus: runs of 3+ short lines that occur more than once in the page.

    Menus are printed twice on many sites (header and mobile menu); real lists of names in an
    article (committees, UN agencies) are not repeated, so they are kept.
    """
    lines = text.split("\n")
    short = [_is_menu_item(line) for line in lines]
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if short[i]:
            j = i
            while j < len(lines) and short[j]:
                j += 1
            if j - i >= 3:
                runs.append((i, j))
            i = j
        else:
            i += 1
    items = Counter(_line_key(lines[k]) for a, b in runs for k in range(a, b))
    drop: set[int] = set()
    for a, b in runs:
        keys = [_line_key(lines[k]) for k in range(a, b)]
        repeated = sum(1 for key in keys if items[key] > 1)
        if repeated >= 3 and repeated >= 0.6 * len(keys):
            # a line printed once with a year among the menu's items is the page's date, not a menu item
            drop.update(k for k in range(a, b) if items[keys[k - a]] > 1 or not _YEAR_IN_LINE.search(lines[k]))
    return "\n".join(line for k, line in enumerate(lines) if k not in drop)


_YEAR_IN_LINE = re.compile(r"\b(?:19|20)\d\d\b")


def _is_menu_item(line: str) -> bool:
    stripped = line.strip().removeprefix("- ")
    return 0 < len(stripped) <= 30 and len(stripped.split()) <= 3 and not _SENTENCE_END.search(stripped)


def _line_key(line: str) -> str:
    return line.strip().removeprefix("- ").rstrip(":").strip().casefold()


@cache
def _boilerplate_lines() -> frozenset[str]:
    path = config.DATA_DIR / "boilerplate_lines.txt"
    entries = (line.strip().casefold() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(e for e in entries if e and not e.startswith("#"))


# The order matters: unicode first (so the other steps see plain spaces and newlines), bullets
# before menus (so "• News" and "News" compare equal), broken lines last (on the final layout).
STEPS: tuple[Callable[[str], str], ...] = (
    normalise_unicode,
    normalise_whitespace,
    normalise_bullets,
    drop_navigation_menus,
    drop_repeated_lines,
    drop_boilerplate_lines,
    close_double_spacing,
    join_broken_lines,
    normalise_whitespace,
)


def clean_text(text: str) -> str:
    """Run every cleaning step in order."""
    for step in STEPS:
        text = step(text)
    return text
