"""Extract stage: one spaCy pass per document, then entities, dates and demands from the Doc."""

from __future__ import annotations

import re
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
    entities = extract_entities(doc, doc_id, sent_of)
    # a demand's date is its own sentence's date when it has one, else the published date
    demands = extract_demands(doc, doc_id, sent_of, published, dates)
    return Extraction(entities=entities, dates=dates, demands=link_parties(demands, entities))


def link_parties(demands: list[Demand], entities: list[EntityMention]) -> list[Demand]:
    """Fill a demand's missing actor/target entity id from the document's entity mentions.

    The demand extractor knows gazetteer ids only; a person or body outside the gazetteer ("Ms.
    Marin" after "Anaïs Marin") gets the id that entities.csv gives it, so demands join to entities.
    The longest mention named in the party's words wins ("UN Resident Coordinator" over "UN").
    A definite description ("the Committee", "the Special Rapporteur") refers back to the nearest
    organisation mentioned before the demand whose name has that head word.
    """
    named = sorted({(_words(m.text), m.entity_id) for m in entities if m.entity_id}, key=lambda x: (-len(x[0]), x))
    organisations = sorted(
        (m for m in entities if m.entity_id and m.label == "ORG"), key=lambda m: (m.start_char, m.end_char)
    )

    def entity_of(party: str, position: int) -> str:
        if not party:
            return ""
        words = _words(party)
        found = next((eid for text, eid in named if text in words), "")
        head = _DEFINITE.fullmatch(party.strip())
        if found or head is None:
            return found
        earlier = [m for m in organisations if m.start_char < position and _words(head.group(1)) in _words(m.canonical)]
        return earlier[-1].entity_id if earlier else ""

    return [
        replace(
            demand,
            actor_entity_id=demand.actor_entity_id or entity_of(demand.actor, demand.start_char),
            target_entity_id=demand.target_entity_id or entity_of(demand.target, demand.start_char),
        )
        for demand in demands
    ]


# "the Committee", "The Special Rapporteur": a capitalised head noun after "the" names a body
# mentioned before; the group is the head word as `_words` writes it.
_DEFINITE = re.compile(r"(?i:the)\s+((?:[A-Z][\w-]*\s+)*[A-Z][\w-]*)")


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


def _words(text: str) -> str:
    """Space-separated words with a space at each end, for whole-word containment tests."""
    return f" {' '.join(_WORD.findall(text))} "


_WORD = re.compile(r"[\w.’'-]+")
