"""The dates extractor: date mentions of a parsed document, from the rules in `rules.py`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from pipeline.extract.dates.rules import resolve
from pipeline.records import DateMention

if TYPE_CHECKING:
    from pipeline.extract.registry import Context

__all__ = ["extract_dates"]


def extract_dates(doc: Doc, doc_id: str, published: str, sent_of: Sequence[int]) -> list[DateMention]:
    """Date mentions of `doc` in text order; `published` (YYYY-MM-DD or "") anchors relative dates.

    Only `doc.text` and the token-to-sentence index `sent_of` are used: the model's DATE entities
    are not, because they include durations and ordinals ("five years", "the 55th").
    """
    text = doc.text
    # Token objects only for the first token of each sentence: building one per token is slow.
    first_tokens = [i for i in range(len(doc)) if i == 0 or sent_of[i] != sent_of[i - 1]]
    sentence_starts = [doc[i].idx for i in first_tokens]
    mentions = []
    for candidate, value, granularity, anchor in resolve(text, published, sentence_starts or [0]):
        surface = text[candidate.start : candidate.end]
        span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        sent_id = sent_of[span.start] if span is not None and len(span) else -1
        mentions.append(
            DateMention(
                doc_id,
                candidate.start,
                candidate.end,
                surface,
                value,
                granularity,
                candidate.is_relative,
                anchor,
                sent_id,
            )
        )
    return mentions


def extract(doc: Doc, context: Context) -> list[DateMention]:
    """The `dates` extractor of the registry."""
    return extract_dates(doc, context.doc_id, context.published, context.sent_of)
