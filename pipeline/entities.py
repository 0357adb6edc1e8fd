"""Persons, organisations and places: clean spans and one canonical name per entity.

Works on a parsed spaCy Doc; returns `EntityMention` records whose offsets index the cleaned
text. Spans never cross a line break and carry no leading "the", possessive or punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span

from pipeline.records import EntityMention

LABELS = ("PERSON", "ORG", "GPE", "LOC")
_TRIM_START = re.compile(r"^(?:the|The|THE)\s+")
_TRIM_END = re.compile(r"(?:['’]s?|[\s.,;:!?)\]}\"“”‘’'-])+$")
_TRIM_START_PUNCT = re.compile(r"^[\s(\[{\"“”‘’'-]+")


def extract_entities(doc: Doc, doc_id: str, sent_of: Sequence[int]) -> list[EntityMention]:
    """Entity mentions of `doc`, with a canonical name shared by all mentions of one entity.

    `sent_of[i]` is the sentence number of token i (see `pipeline.nlp.sentence_index`).
    """
    mentions = [m for ent in doc.ents if ent.label_ in LABELS for m in _clean_mentions(ent, doc_id, sent_of[ent.start])]
    return link_within_document(mentions, doc.text)


def _clean_mentions(ent: Span, doc_id: str, sent_id: int) -> Iterator[EntityMention]:
    """Split a span at line breaks and trim it; yields zero or more clean mentions."""
    text = ent.text
    offset = 0
    for piece in text.split("\n"):
        start = ent.start_char + offset
        offset += len(piece) + 1
        trimmed = _TRIM_START_PUNCT.sub("", piece)
        start += len(piece) - len(trimmed)
        without_article = _TRIM_START.sub("", trimmed)
        start += len(trimmed) - len(without_article)
        surface = _TRIM_END.sub("", without_article)
        if len(surface) < 2 or not any(ch.isupper() for ch in surface):
            continue
        yield EntityMention(
            doc_id=doc_id,
            start_char=start,
            end_char=start + len(surface),
            label=ent.label_,
            text=surface,
            canonical=surface,
            entity_id=ent.ent_id_,
            sent_id=sent_id,
        )


def link_within_document(mentions: list[EntityMention], text: str) -> list[EntityMention]:
    """Give every mention of one entity the same canonical name.

    - an acronym introduced in parentheses takes its expansion: "Office ... (OHCHR)";
    - a surname or partial name takes the longest full name of the same label containing it.
    """
    from dataclasses import replace

    acronyms = _acronym_expansions(text)
    by_label: dict[str, list[str]] = {}
    for m in mentions:
        by_label.setdefault(m.label, []).append(m.text)
    linked = []
    for m in mentions:
        canonical = acronyms.get(m.text, m.text)
        if m.label == "PERSON":
            fuller = [n for n in by_label["PERSON"] if n != m.text and m.text in n.split()]
            if fuller:
                canonical = max(fuller, key=len)
        linked.append(replace(m, canonical=canonical))
    return linked


_ACRONYM_DEFINITION = re.compile(
    r"((?:[A-Z][\w’'&-]*\s+)(?:(?:of|for|on|and|the|in|[A-Z][\w’'&-]*)\s+){0,12}?)\(([A-Z]{2,10})\)"
)


def _acronym_expansions(text: str) -> dict[str, str]:
    """Map "ACR" to "Long Name" for every "Long Name (ACR)" whose initials fit the acronym."""
    found: dict[str, str] = {}
    for match in _ACRONYM_DEFINITION.finditer(text):
        words = match.group(1).split()
        acronym = match.group(2)
        # take the shortest tail of the words whose capitalised initials spell the acronym
        for i in range(len(words) - 1, -1, -1):
            initials = "".join(w[0] for w in words[i:] if w[0].isupper())
            if initials == acronym:
                found.setdefault(acronym, " ".join(words[i:]))
                break
    return found
