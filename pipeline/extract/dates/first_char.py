"""Speed up a search pattern by a lookahead on the characters its matches can start with.

Python's `re` tries every alternative of a pattern at every position of the text; the date
patterns are long alternations of month names, number words and relative phrases, so most of
their search time is spent failing at positions where no match can start. A leading lookahead
``(?=[...])`` on the possible first characters fails those positions at once. The class is worked
out from the pattern's own syntax tree, so it cannot drift from the pattern: the lookahead only
skips positions where the pattern cannot match, and the matches are the same.
"""

from __future__ import annotations

import re
from re import _constants as sre  # the syntax tree's opcodes (CPython's `re` internals, stable since 3.11)
from re import _parser as sre_parse

__all__ = ["first_char_class", "with_first_char_lookahead"]

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}  # \b, ^, lookarounds: they consume nothing
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}


class _Unknown(Exception):
    """A construct whose first characters are not worked out here (the pattern stays as it is)."""


def first_char_class(pattern: str, flags: int = 0) -> str | None:
    """A lookahead body that accepts every first character of a match of `pattern` (a superset),
    such as ``[\\d]|(?i:[ft])``, or None when it cannot tell (a match may be empty or start with
    any character). Characters under ``(?i:...)`` keep their case-insensitivity."""
    try:
        parts, nullable = _first(sre_parse.parse(pattern, flags), bool(flags & re.IGNORECASE))
    except (_Unknown, re.error):
        return None
    if nullable or not parts:
        return None
    exact = "".join(sorted(text for text, folded in parts if not folded))
    folded = "".join(sorted(text for text, folded in parts if folded))
    return "|".join(([f"[{exact}]"] if exact else []) + ([f"(?i:[{folded}])"] if folded else []))


def with_first_char_lookahead(pattern: re.Pattern) -> re.Pattern:
    """`pattern` opened by a lookahead on its possible first characters (same matches, same
    groups), or `pattern` itself when they cannot be worked out."""
    first = first_char_class(pattern.pattern, pattern.flags)
    if first is None:
        return pattern
    return re.compile(f"(?={first})(?:{pattern.pattern})", pattern.flags)


# A part is (class item, under ignore-case?): "a", "0-9", "\\d".
_Part = tuple[str, bool]


def _first(items, ignore_case: bool) -> tuple[set[_Part], bool]:
    """(class parts, may the sequence match the empty string?) of a parsed sequence."""
    parts: set[_Part] = set()
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            parts.add((re.escape(chr(arg)), ignore_case))
            return parts, False
        if op is sre.IN:
            parts |= {(item, ignore_case) for item in _in(arg)}
            return parts, False
        if op is sre.BRANCH:
            nullable = False
            for alternative in arg[1]:
                found, empty = _first(alternative, ignore_case)
                parts |= found
                nullable = nullable or empty
            if not nullable:
                return parts, False
            continue
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, inner = arg
            scoped = (ignore_case or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            found, empty = _first(inner, scoped)
            parts |= found
            if not empty:
                return parts, False
            continue
        if op in _REPEATS:
            low, _high, inner = arg
            found, empty = _first(inner, ignore_case)
            parts |= found
            if low > 0 and not empty:
                return parts, False
            continue
        if op is sre.ATOMIC_GROUP:
            found, empty = _first(arg, ignore_case)
            parts |= found
            if not empty:
                return parts, False
            continue
        raise _Unknown(op)  # ANY, NOT_LITERAL, group references...
    return parts, True


def _in(items) -> set[str]:
    parts: set[str] = set()
    for op, arg in items:
        if op is sre.LITERAL:
            parts.add(re.escape(chr(arg)))
        elif op is sre.RANGE:
            parts.add(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
        elif op is sre.CATEGORY and arg in _CATEGORIES:
            parts.add(_CATEGORIES[arg])
        else:
            raise _Unknown(op)  # a negated class: any character may start
    return parts
