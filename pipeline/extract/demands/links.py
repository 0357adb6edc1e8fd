"""Demands join to entities: a demand's actor and target get the id of an entity the document names."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.records import Demand, EntityMention

__all__ = ["link_parties"]


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


def _words(text: str) -> str:
    """Space-separated words with a space at each end, for whole-word containment tests."""
    return f" {' '.join(_WORD.findall(text))} "


_WORD = re.compile(r"[\w.’'-]+")
