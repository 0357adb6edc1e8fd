"""Numbered recommendation lists as UN reports lay them out: a lead sentence, then items.

Universal Periodic Review reports: "The recommendations ... enjoy the support of X:" / "The
following recommendations will be examined by X, which will provide responses in due time:" /
"... did not enjoy the support of X and would thus be noted:", then items "115.12 Ratify the
Optional Protocol ... (Denmark) (Estonia);" or "1. ... (Denmark, Estonia);". Treaty bodies'
concluding observations: "The Committee recommends that the State party: (a) ...; (b) ...".

This module reads the layout from the text's lines, with no parse: where an item starts and ends
(an item goes on over the lines that follow it, as PDF text breaks it, up to the next marker or a
blank line), and the recommending parties written in parentheses at its end. `spans.list_items`
turns the items into token ranges, `frames` into demands.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

# A list item's marker: "- " (what cleaning makes of bullets and "1."), "•", "1." / "1)", "(a)" / "a)",
# roman "(iv)", and a report's sub-paragraph numbers "115.12" / "115.12." / "5.3.1".
ITEM_MARKER = re.compile(
    r"[ \t]*(?:[-•*▪●◦]|\d{1,3}(?:\.\d{1,3})+\.?|\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])[ \t]*(?=\S)"
)
# A number or letter marker on a line of its own, its item on the next line, as PDF text writes
# numbered paragraphs ("1.\nRatify CAT (Italy);").
_MARKER_ALONE = re.compile(r"[ \t]*(?:\d{1,3}(?:\.\d{1,3})+\.?|\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])[ \t]*")
# A bare "-" glued to its word ("-release all prisoners") is a bullet too; "- " with a space is the
# cleaned form. A digit marker needs its space ("1.5 million" is not an item).
_NEEDS_SPACE = re.compile(r"[ \t]*(?:\d|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])")
# Trailing attributions: one or more "(Name)" / "(Name, Name)" groups at an item's end, before its
# closing ";", "." or ", and".
_TRAILING_GROUP = re.compile(r"\(([^()]{1,200})\)\s*$")  # a name may be broken over lines
_ITEM_END = re.compile(r"(?:\s*[;.,:]\s*(?:and|or)?)?\s*$")
# A footnote's number a PDF's text glues to the closing bracket of the States: "(Spain)3;"
_FOOTNOTE_AFTER_BRACKET = re.compile(r"\)\d{1,2}$")
# How many lines of page furniture (page numbers, the document symbol, footnotes) may stand between
# two items of a numbered list that a PDF's page break split
_MAX_FURNITURE_LINES = 10
# Words of a name that may be written in lower case: "Republic of Korea", "Bosnia and Herzegovina".
_NAME_FUNCTION_WORDS = frozenset({"of", "and", "the", "de", "du", "d'", "des", "la", "le", "for", "&"})
_MAX_NAME_WORDS = 9
# Lines an item may run over (a long recommendation broken by a PDF export at ~90 characters).
_MAX_ITEM_LINES = 12


@dataclass(frozen=True)
class Item:
    """One list item: [start, end) is its text without marker and trailing attribution, with the
    recommending parties the attribution names ("(Denmark) (Estonia)" -> Denmark, Estonia)."""

    start: int
    end: int
    parties: tuple[str, ...] = ()
    attribution: tuple[int, int] = (0, 0)  # where the parentheses naming the parties are


def item_marker(line: str) -> re.Match[str] | None:
    """The marker at the start of a line, if the line is a list item."""
    match = ITEM_MARKER.match(line)
    if match is None or not any(ch.isalnum() for ch in line[match.end() :]):
        return None  # "**", "* * *": markup a conversion left, not an item
    if _NEEDS_SPACE.match(match.group(0)) and not match.group(0)[-1:].isspace():
        return None
    if marker_kind(match.group(0)) == "subnumber" and not line[match.end() : match.end() + 1].isupper():
        return None  # "1.5 million people fled" is a sentence; "115.12 Ratify ..." an item
    return match


def line_marker(line: str) -> re.Match[str] | None:
    """The marker opening a list item's line, or standing alone on it (its item on the next line)."""
    return item_marker(line) or _MARKER_ALONE.fullmatch(line)


def marker_kind(marker: str) -> str:
    """ "bullet", "number", "subnumber" ("115.12") or "letter" (roman numerals count as letters:
    "(i)" is both): the items of one list share their kind of marker."""
    marker = marker.strip().strip("()")
    if re.fullmatch(r"\d+(?:\.\d+)+\.?", marker):
        return "subnumber"
    marker = marker.strip(".")
    if marker.isdigit():
        return "number"
    return "letter" if marker.isalpha() else "bullet"


def lines_from(text: str, start: int) -> Iterator[tuple[int, int]]:
    """(start, end) character ranges of the lines from `start` on, without their line break."""
    position = start
    while position < len(text):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        yield position, end
        position = end + 1


def list_items(text: str, start: int) -> list[Item]:
    """The items of the list that starts at the first non-blank line from `start`.

    One item per marker line, going on over the following lines that have no marker (a PDF's line
    breaks) while it has not ended with a full stop or semicolon, up to a blank line or the next
    marker. The list ends at a line that is not an item, at
    a marker of another kind (the report's next numbered paragraph after items "115.1", "115.2"), or
    at an item without the trailing attribution all the items before it had (the report's
    closing paragraph after the recommendations).
    """
    unmarked = _unmarked_items(text, start)
    if unmarked is not None:
        return unmarked
    items: list[Item] = []
    kinds: set[str] = set()  # the kinds of marker read: a list's own, and those of the lists inside it
    current: list[int] | None = None  # [start, end] of the item being read
    attributed = 0
    number = None  # the last item's number in a numbered list
    resume_at = -1
    for line_start, line_end in lines_from(text, start):
        if line_start < resume_at:
            continue
        line = text[line_start:line_end]
        waiting = current is not None and not text[current[0] : current[1]].strip()  # a marker alone so far
        if _furniture(line):
            if current is not None and not waiting:
                found = _items(text, *current)
                if not found:
                    break
                items += found
                attributed += sum(bool(item.parties) for item in found)
                current = None
            continue
        marker = line_marker(line)
        if marker is None and waiting:
            current = [line_start, line_end]  # the item of a marker on the line above
            continue
        if marker is None:
            if current is None:
                resumed = _next_numbered_item(text, line_start, number)
                if resumed is not None:
                    resume_at = resumed  # a page break's furniture between items 3 and 4
                    continue
                if items or kinds:
                    break
                return []  # the first line is not an item: no list here
            if text[current[0] : current[1]].rstrip().endswith((".", ";", "!", "?", ":")):
                break  # the item was complete: this line is the paragraph after the list
            if line_end - current[0] > _MAX_ITEM_LINES * 120:
                break
            current[1] = line_end  # the item goes on over this line, where a PDF broke it
            continue
        sub_lead = current is not None and _is_sub_lead(text, *current)
        kind = marker_kind(marker.group(0))
        if kinds and kind not in kinds and not sub_lead:
            break
        kinds.add(kind)  # another kind only after a sub-lead: "(a) In general:" over "(i) Take ...", a list inside
        number = _marker_number(marker.group(0))
        if current is not None and not sub_lead:
            found = _items(text, *current)
            items += found
            attributed += sum(bool(item.parties) for item in found)
        current = [line_start + marker.end(), line_end]
    if current is not None and not _is_sub_lead(text, *current):
        items += _items(text, *current)
    # a paragraph after attributed items that has none is not one of them ("All conclusions ...")
    while attributed and items and not items[-1].parties and len(items) > attributed:
        items.pop()
    return items


def _is_sub_lead(text: str, start: int, end: int) -> bool:
    """An item that leads the items under it ("(a) With respect to the authors:" over "(i) Provide
    ..."): what it says is no item of its own."""
    return text[start:end].rstrip().endswith(":")


def _furniture(line: str) -> bool:
    """A line that is blank or only markup left by a conversion ("**", "* * *", "---"): neither an
    item nor the end of the list."""
    return not any(ch.isalnum() for ch in line)


def _marker_number(marker: str) -> tuple[int, ...] | None:
    """The number a numbered marker gives ("4." -> (4,), "115.12" -> (115, 12)), else None."""
    digits = marker.strip().strip("().").split(".")
    return tuple(int(d) for d in digits) if all(d.isdigit() for d in digits) else None


def _next_numbered_item(text: str, start: int, number: tuple[int, ...] | None) -> int | None:
    """Where a numbered list goes on after page furniture: the start of the next item's line, its
    marker numbered one more than the last, within `_MAX_FURNITURE_LINES` lines from `start` (a
    PDF's page number, document symbol and footnotes between "3. ... (Spain)3;" and "4. ...")."""
    if number is None:
        return None
    following = (*number[:-1], number[-1] + 1)
    for k, (line_start, line_end) in enumerate(lines_from(text, start)):
        if k >= _MAX_FURNITURE_LINES:
            return None
        line = text[line_start:line_end]
        marker = line_marker(line)
        if marker is not None and _marker_number(marker.group(0)) == following:
            return line_start
    return None


def unmarked_item(line: str) -> bool:
    """Is the line an item of a list copied without its bullets: it opens in lower case and ends
    with a semicolon ("take necessary steps to release ...;" after "calls on X to:")?"""
    line = line.strip()
    return bool(line) and line[0].islower() and line.endswith(";")


def _unmarked_items(text: str, start: int) -> list[Item] | None:
    """The items of a list whose bullets were lost (None when the first line is not one): each
    line that opens in lower case and ends with a semicolon is an item, blank lines between; the
    list ends after the item that ends with a full stop, or at any other line."""
    lines = [(a, b) for a, b in lines_from(text, start) if text[a:b].strip()]
    if not lines or item_marker(text[lines[0][0] : lines[0][1]]) or not unmarked_item(text[lines[0][0] : lines[0][1]]):
        return None
    items: list[Item] = []
    for line_start, line_end in lines:
        line = text[line_start:line_end]
        if not line.strip()[:1].islower() or not line.rstrip().endswith((";", ".")):
            break  # (a line cut short, as a page's text may end, is no item)
        item = _item(text, line_start + len(line) - len(line.lstrip()), line_end)
        if item is not None:
            items.append(item)
        if not line.rstrip().endswith(";"):
            break
    return items


def _items(text: str, start: int, end: int) -> list[Item]:
    """The items of one marker: one, or several when the early UPR reports join the versions of
    one recommendation made by different States with slashes or semicolons, "Ratify CAT (Italy,
    Austria)/accede to CAT (Czech Republic); ratify CAT (Chile)" (each with its own States)."""
    pieces = []
    for joint in _JOINED_VERSION.finditer(text, start, end):
        if _party_names(joint.group(1)):
            pieces.append((start, joint.end(1) + 1))  # through the closing bracket
            start = joint.end()
    pieces.append((start, end))
    pieces = [sub for piece in pieces for sub in _enumerated(text, *piece)]
    return [item for piece in pieces if (item := _item(text, *piece)) is not None]


def _enumerated(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """An item that enumerates its measures inline after a colon, "adopt the necessary measures ...,
    including the following: i. allowing contact with her lawyers; ii. ensuring that ...; and iii.
    ...", as the Inter-American Commission's resolutions write them: the lead up to the colon, then
    each measure (at least two, marked i., ii., iii. ... or a), b), c) ... in order). Else the item."""
    colon = text.find(":", start, end)
    if colon < 0:
        return [(start, end)]
    first = _INLINE_MARKER.match(text, colon + 1, end)
    series = _SERIES.get(first.group("mark")) if first is not None else None
    if series is None:
        return [(start, end)]
    starts = [first.end()]
    for mark in series[1:]:
        following = _NEXT_MARK[mark].search(text, starts[-1], end)
        if following is None:
            break
        starts.append(following.end())
    if len(starts) < 2:
        return [(start, end)]
    lead_end = colon
    lead = _ENUMERATION_LEAD.search(text, start, colon)
    if lead is not None:
        lead_end = lead.start()  # ", including the following:" announces the measures, it is none
    ends = [text.rfind(";", a, b) for a, b in itertools.pairwise(starts)] + [end]
    return [(start, lead_end), *zip(starts, ends, strict=True)]


# The first mark of an inline enumeration after a colon: "i.", "(i)", "a)", "(a)".
_INLINE_MARKER = re.compile(r"\s*\(?(?P<mark>i|a)[.)]\s+")
_SERIES = {
    "i": ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"),
    "a": tuple("abcdefghij"),
}
# A later mark of the enumeration, after the semicolon closing the measure before it: "; and iii. "
_NEXT_MARK = {
    mark: re.compile(rf";\s*(?:and\s+)?\(?{mark}[.)]\s+") for series in _SERIES.values() for mark in series[1:]
}
# What announces an inline enumeration at the end of its lead: ", including the following", "namely".
_ENUMERATION_LEAD = re.compile(r",?\s*(?:including|in particular|namely)(?:\s+the\s+following)?\s*$")


# A version's recommending States closed by a slash or semicolon before the next version.
_JOINED_VERSION = re.compile(r"\(([^()]{1,200})\)\s*[/;]\s*(?=\S)")


def _item(text: str, start: int, end: int) -> Item | None:
    core_end, parties = split_attribution(text, start, end)
    if core_end <= start:
        return None
    attribution = (core_end, end) if parties else (0, 0)
    return Item(start, core_end, parties, attribution)


def split_attribution(text: str, start: int, end: int) -> tuple[int, tuple[str, ...]]:
    """Where an item's own words end, and the parties its trailing parentheses name.

    "Ratify the Convention (Denmark) (Estonia);" -> end before " (Denmark)", (Denmark, Estonia);
    "Ratify the Convention (Denmark, Estonia)." -> the same; "... (allegations and urgent appeals)"
    and "... (CRPD);" are the item's own words (not names of parties).
    """
    stem = text[start:end]
    stem = stem[: _ITEM_END.search(stem).start()]
    stem = _FOOTNOTE_AFTER_BRACKET.sub(")", stem)  # "(Spain)3;": a PDF's footnote mark glued on
    groups: list[list[str]] = []
    while True:
        match = _TRAILING_GROUP.search(stem)
        if match is None:
            break
        names = _party_names(match.group(1))
        if not names:
            break
        groups.insert(0, names)
        stem = stem[: match.start()].rstrip()
    core = stem.rstrip(" \t\n;,:")
    parties = tuple(name for names in groups for name in names)
    return start + len(core), parties


def _party_names(group: str) -> list[str]:
    """The names a bracket holds ("Denmark, Estonia and Chile" -> three), or [] when one of them
    is no name of a State or body ("allegations and urgent appeals", "CRPD")."""
    names = [" ".join(part.split()) for part in re.split(r",|;|\band\b(?=\s+[A-Z])", group)]
    names = [name for name in names if name]
    return names if names and all(_is_name(name) for name in names) else []


def _is_name(words: str) -> bool:
    """Does this look like the name of a State or body ("United Kingdom", "Republic of Korea")?
    Not an acronym ("CRPD"), a number, or words in lower case ("allegations and urgent appeals")."""
    parts = words.replace("’", "'").split()
    if not parts or len(parts) > _MAX_NAME_WORDS:
        return False
    if len(parts) == 1 and parts[0].isupper():
        return False  # an acronym the item spells out: "the Convention (CRPD)"
    if not parts[0][:1].isupper():
        return False
    return all(p[:1].isupper() or p.lower() in _NAME_FUNCTION_WORDS for p in parts) and not any(
        ch.isdigit() for ch in words
    )


def lead_text(text: str, colon_line_start: int, colon_line_end: int) -> tuple[int, int]:
    """The lead sentence that ends at a line's final colon, with the lines a PDF broke it over:
    back over lines that end without a full stop, semicolon or colon, up to 4 lines."""
    start = colon_line_start
    for _ in range(4):
        if start == 0:
            break
        previous_end = start - 1
        previous_start = text.rfind("\n", 0, previous_end) + 1
        previous = text[previous_start:previous_end].rstrip()
        if not previous or previous.endswith((".", ";", ":", "!", "?")):
            break
        start = previous_start
    return start, colon_line_end
