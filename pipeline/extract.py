"""Extract stage: one spaCy pass per document, then entities, dates and demands from the Doc."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from pipeline.dates import extract_dates
from pipeline.demands import extract_demands
from pipeline.entities import extract_entities
from pipeline.nlp import sentence_index
from pipeline.records import DateMention, Demand, EntityMention


@dataclass
class Extraction:
    """Everything extracted from one document."""

    entities: list[EntityMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    demands: list[Demand] = field(default_factory=list)


def extract_document(doc: Doc, doc_id: str, published: str = "") -> Extraction:
    """All extractors on one parsed document. `published` is YYYY-MM-DD or ""."""
    sent_of = sentence_index(doc)
    dates = extract_dates(doc, doc_id, published, sent_of)
    return Extraction(
        entities=extract_entities(doc, doc_id, sent_of),
        dates=dates,
        # a demand's date is its own sentence's date when it has one, else the published date
        demands=extract_demands(doc, doc_id, sent_of, published, dates),
    )


def shift_extraction(extraction: Extraction, offset: int, sent_offset: int = 0) -> Extraction:
    """The extraction of a piece of a text (see `pipeline.nlp.chunk_text`) moved to where the
    piece starts in the whole text: character offsets by `offset`, sentence numbers by
    `sent_offset` (the number of sentences in the pieces before it)."""
    if offset == 0 and sent_offset == 0:
        return extraction

    def moved(record):
        sent_id = record.sent_id + sent_offset if record.sent_id >= 0 else record.sent_id
        return replace(
            record, start_char=record.start_char + offset, end_char=record.end_char + offset, sent_id=sent_id
        )

    return Extraction(
        entities=[moved(r) for r in extraction.entities],
        dates=[moved(r) for r in extraction.dates],
        demands=[moved(r) for r in extraction.demands],
    )
