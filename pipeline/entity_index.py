"""The corpus-level entity index: one row per canonical entity, from every entity mention."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from pipeline.gazetteer import Gazetteer, default_gazetteer
from pipeline.records import EntityMention, IndexedEntity

ALIAS_SEPARATOR = " | "


def build_entity_index(mentions: Iterable[EntityMention], gazetteer: Gazetteer | None = None) -> list[IndexedEntity]:
    """Group mentions by entity_id: label, canonical name, Wikidata id, counts and surface forms.

    The label and canonical name are the gazetteer's for known entities, otherwise the most
    frequent ones (alphabetically first on a tie, so the table is deterministic).
    """
    gazetteer = gazetteer or default_gazetteer()
    groups: dict[str, list[EntityMention]] = {}
    for m in mentions:
        groups.setdefault(m.entity_id, []).append(m)
    rows = []
    for entity_id, group in sorted(groups.items()):
        entry = gazetteer.by_id.get(entity_id)
        rows.append(
            IndexedEntity(
                entity_id=entity_id,
                label=entry.label if entry else _most_common(m.label for m in group),
                canonical=entry.canonical if entry else _most_common(m.canonical for m in group),
                wikidata_id=entry.wikidata if entry else "",
                n_documents=len({m.doc_id for m in group}),
                n_mentions=len(group),
                aliases=ALIAS_SEPARATOR.join(sorted({m.text for m in group})),
            )
        )
    return rows


def _most_common(values: Iterable[str]) -> str:
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v))
