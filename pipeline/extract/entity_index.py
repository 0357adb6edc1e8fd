"""The corpus-level entity index: one row per canonical entity, from every entity mention."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from pipeline.nlp.gazetteer import Gazetteer, default_gazetteer
from pipeline.records import EntityMention, IndexedEntity

ALIAS_SEPARATOR = " | "


def build_entity_index(mentions: Iterable[EntityMention], gazetteer: Gazetteer | None = None) -> list[IndexedEntity]:
    """Group mentions by entity_id: label, canonical name, Wikidata id, counts and surface forms.

    The label and canonical name are the gazetteer's for known entities, otherwise the most
    frequent ones (alphabetically first on a tie, so the table is deterministic).
    """
    index = EntityIndexBuilder(gazetteer)
    index.add(mentions)
    return index.rows()


@dataclass
class _Tally:
    labels: Counter = field(default_factory=Counter)
    canonicals: Counter = field(default_factory=Counter)
    doc_ids: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    n_mentions: int = 0


class EntityIndexBuilder:
    """`build_entity_index` fed batch by batch, so a corpus's mentions need not be in memory at once.

    It keeps one tally per entity (counts, documents, surface forms), not the mentions.
    """

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or default_gazetteer()
        self._tallies: dict[str, _Tally] = {}

    def add(self, mentions: Iterable[EntityMention]) -> None:
        for m in mentions:
            tally = self._tallies.setdefault(m.entity_id, _Tally())
            tally.labels[m.label] += 1
            tally.canonicals[m.canonical] += 1
            tally.doc_ids.add(m.doc_id)
            tally.aliases.add(m.text)
            tally.n_mentions += 1

    def rows(self) -> list[IndexedEntity]:
        """One row per entity, in entity_id order."""
        rows = []
        for entity_id, tally in sorted(self._tallies.items()):
            entry = self.gazetteer.by_id.get(entity_id)
            rows.append(
                IndexedEntity(
                    entity_id=entity_id,
                    label=entry.label if entry else _most_common(tally.labels),
                    canonical=entry.canonical if entry else _most_common(tally.canonicals),
                    wikidata_id=entry.wikidata if entry else "",
                    n_documents=len(tally.doc_ids),
                    n_mentions=tally.n_mentions,
                    aliases=ALIAS_SEPARATOR.join(sorted(tally.aliases)),
                )
            )
        return rows


def _most_common(counts: Counter) -> str:
    return min(counts, key=lambda v: (-counts[v], v))
