"""Two of the model's components, made fast without changing what they annotate.

The attribute ruler: en_core_web_sm's (tag -> POS, morphology and lemma exceptions) holds 179
patterns, and spaCy's `Matcher` checks every one of them at every token: a sixth of the whole parse
time on our texts. Whether a pattern's first token matches depends only on the token's tag,
lowercase form, dependency and is_space, so `IndexedRulerMatch` works that out once per distinct
combination and checks the following tokens only for the few two-token patterns. It returns the
very matches `AttributeRuler.match` returns, in the same order, but for one thing: a word written
with a typographic apostrophe is matched as its straight form ("It’s" as "It's": the model's
rules know only the straight one, and gave "’s" the lemma "’"); the ruler's own `set_annotations`
still applies them. A pattern with anything else (an operator, another attribute or predicate)
leaves the ruler as it is.

The lemmatizer: see `RememberedLemmas`."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

__all__ = [
    "DirectAnnotations",
    "IndexedRulerMatch",
    "RememberedLemmas",
    "UnsupportedPattern",
    "index_attribute_ruler",
    "remember_lemmas",
]

_COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_ARRAY_ATTRS = [TAG, LOWER, DEP, IS_SPACE]


@dataclass(frozen=True)
class _Check:
    """One condition on one token attribute: `kind` is "eq", "in", "not_in" or "regex"."""

    column: int
    kind: str
    value: object


@dataclass(frozen=True)
class _Pattern:
    attr_id: int
    match_id: int
    tokens: tuple[tuple[_Check, ...], ...]


class UnsupportedPattern(ValueError):
    """A pattern with something the index does not reproduce exactly (spaCy's Matcher is kept)."""


def _checks(spec: dict, string_id: Callable[[str], int]) -> tuple[_Check, ...]:
    checks = []
    for key, value in spec.items():
        if key not in _COLUMNS:
            raise UnsupportedPattern(key)
        column = _COLUMNS[key]
        if key == "IS_SPACE":
            if not isinstance(value, bool):
                raise UnsupportedPattern(f"{key}: {value!r}")
            checks.append(_Check(column, "eq", int(value)))
        elif isinstance(value, str):
            checks.append(_Check(column, "eq", string_id(value)))
        elif isinstance(value, dict) and len(value) == 1:
            ((op, arg),) = value.items()
            if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
                checks.append(_Check(column, op.lower(), frozenset(string_id(a) for a in arg)))
            elif op == "REGEX" and isinstance(arg, str):
                checks.append(_Check(column, "regex", re.compile(arg)))
            else:
                raise UnsupportedPattern(f"{key}: {value!r}")
        else:
            raise UnsupportedPattern(f"{key}: {value!r}")
    return tuple(checks)


class IndexedRulerMatch:
    """A drop-in for `AttributeRuler.match` (a list of `(attr_id, match_id, start, end)`, sorted)."""

    def __init__(self, ruler) -> None:
        strings = ruler.vocab.strings
        self.strings = strings

        def string_id(text: str) -> int:
            return 0 if text == "" else strings.as_int(text)

        patterns: list[_Pattern] = []
        for attr_id, entry in enumerate(ruler.patterns):
            match_id = strings.as_int(str(attr_id))
            for pattern in entry["patterns"]:
                if not pattern or not all(isinstance(spec, dict) and spec for spec in pattern):
                    raise UnsupportedPattern(repr(pattern))
                patterns.append(_Pattern(attr_id, match_id, tuple(_checks(spec, string_id) for spec in pattern)))
        self.patterns = patterns
        # Whether a pattern's first token matches depends on the token's four values only, and
        # common words come back with the same ones: the patterns whose first token matches are
        # worked out once per distinct (tag, word, dependency, is_space).
        self._first: dict[tuple[int, ...], tuple[_Pattern, ...]] = {}
        self._straightened: dict[int, int] = {}

    def _straight(self, lower: int) -> int:
        """The word with a typographic apostrophe read as its straight form, where the ruler has
        patterns for that ("’s" as "'s": the model's rules give "It’s" the lemma and part of speech
        of "It's"); any other word as it is."""
        straight = self._straightened.get(lower)
        if straight is None:
            text = self.strings[lower] if lower else ""
            candidate = text.replace("’", "'")
            straight = self.strings.as_int(candidate) if candidate != text and candidate in self.strings else lower
            self._straightened[lower] = straight
        return straight

    def _holds(self, checks: tuple[_Check, ...], row: list[int]) -> bool:
        for check in checks:
            value = row[check.column]
            if check.kind == "eq":
                if value != check.value:
                    return False
            elif check.kind == "in":
                if value not in check.value:
                    return False
            elif check.kind == "not_in":
                if value in check.value:
                    return False
            elif not check.value.search(self.strings[value]):
                return False
        return True

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        rows = doc.to_array(_ARRAY_ATTRS).tolist() if len(doc) else []
        for row in rows:
            row[1] = self._straight(row[1])
        first = self._first
        n = len(rows)
        found = set()
        for i, row in enumerate(rows):
            key = tuple(row)
            starting = first.get(key)
            if starting is None:
                if len(first) >= _MEMO_SIZE:  # bounded: a long run meets ever more words
                    first.clear()
                starting = first[key] = tuple(p for p in self.patterns if self._holds(p.tokens[0], row))
            for pattern in starting:
                size = len(pattern.tokens)
                if size == 1:
                    found.add((pattern.attr_id, pattern.match_id, i, i + 1))
                elif i + size <= n and all(self._holds(pattern.tokens[k], rows[i + k]) for k in range(1, size)):
                    found.add((pattern.attr_id, pattern.match_id, i, i + size))
        return sorted(found)


_MEMO_SIZE = 200_000


class DirectAnnotations:
    """A drop-in for `AttributeRuler.set_annotations`: each match's attributes go straight to its
    token. spaCy's makes a `Span` per match to find the token (a match per token and more: the tag
    map is one pattern per tag), which costs more than setting the attributes; the values set, and
    their order (later rules win), are the same."""

    def __init__(self, ruler) -> None:
        self.attrs = ruler.attrs
        self.indices = ruler.indices
        self.fallback = ruler.set_annotations

    def __call__(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        for attr_id, _match_id, start, end in matches:
            index = self.indices[attr_id]
            position = start + index if index >= 0 else end + index
            if not start <= position < end:
                self.fallback(doc, matches)  # spaCy's error for an index outside the match
                return
            set_token_attrs(doc[position], self.attrs[attr_id])


def index_attribute_ruler(nlp: Language) -> Language:
    """Give the model's `attribute_ruler` (if any) the indexed matcher and `DirectAnnotations`;
    unchanged when a pattern is one the index does not handle, or an attribute an extension's."""
    if "attribute_ruler" not in nlp.pipe_names:
        return nlp
    ruler = nlp.get_pipe("attribute_ruler")
    with contextlib.suppress(UnsupportedPattern):  # then spaCy's own matching stays
        ruler.match = IndexedRulerMatch(ruler)
    if not any("_" in attrs for attrs in ruler.attrs):
        ruler.set_annotations = DirectAnnotations(ruler)
    return nlp


class RememberedLemmas:
    """A drop-in for the rule lemmatizer's `__call__`: a token's lemma is worked out once per distinct
    (word, POS, morphology) and then looked up.

    spaCy's rule lemmatizer computes a lemma from exactly those three (its own cache is keyed on
    them), but it builds a Token and its morphology for every token of every document to find the
    cached value. Here the three come from one `doc.to_array`, the lemma of a new combination from
    the lemmatizer itself, and the lemmas go back with one `doc.from_array`; tokens that already
    have a lemma keep it, as in spaCy (``overwrite = False``).
    """

    def __init__(self, lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or not getattr(self.lemmatizer, "_validated", True):
            return self.lemmatizer(doc)  # the first document checks the lookup tables
        strings = doc.vocab.strings
        lemmas = self._lemmas
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        new = []
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                new.append(lemma)
                continue
            key = (orth, pos, morph)
            value = lemmas.get(key)
            if value is None:
                value = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                if pos:  # without a POS spaCy warns each time: leave that to it
                    if len(lemmas) >= _MEMO_SIZE:
                        lemmas.clear()
                    lemmas[key] = value
            new.append(value)
        doc.from_array([LEMMA], numpy.asarray(new, dtype=rows.dtype).reshape(-1, 1))
        return doc


def remember_lemmas(nlp: Language) -> Language:
    """Run the model's rule lemmatizer (if any, and not overwriting lemmas) through `RememberedLemmas`
    in `nlp.pipe`; `nlp(text)` keeps spaCy's own call."""
    if "lemmatizer" not in nlp.pipe_names:
        return nlp
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", "") != "rule" or getattr(lemmatizer, "overwrite", True):
        return nlp
    remembered = RememberedLemmas(lemmatizer)

    def pipe(stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        handler = lemmatizer.get_error_handler()
        for doc in stream:
            try:
                yield remembered(doc)
            except Exception as exc:
                handler(lemmatizer.name, lemmatizer, [doc], exc)

    lemmatizer.pipe = pipe
    return nlp
