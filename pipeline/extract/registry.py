"""The extractors, in one registry: each declares its table name, record type, table spec and function.

An extractor is a function `(doc, context) -> list[record]` over one parsed spaCy `Doc`; `context`
carries the document's id, published date, token-to-sentence index and the rows of the extractors
before it (demands use the dates and entities). The engines, the cache, the table writers and the
loader loop over `EXTRACTORS`, so a new table is one new module with its function and record type,
one `Extractor(...)` line below, and its test. Functions are named as "module:function" and imported
on first use, so that reading the registry (the loader, the read stage) never imports spaCy.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from pipeline.records import DateMention, Demand, EntityMention
from pipeline.store.tables import TableSpec, table_columns

__all__ = ["EXTRACTORS", "Context", "Extraction", "Extractor", "extract_document", "shift_extraction"]


@dataclass(frozen=True)
class Context:
    """What an extractor knows of the document besides its parse."""

    doc_id: str
    published: str = ""  # YYYY-MM-DD or ""
    sent_of: Sequence[int] = ()  # sentence number of every token
    found: dict[str, list] = field(default_factory=dict)  # rows of the extractors that ran before
    gazetteer: Any = None  # the pipeline's Gazetteer (`pipeline.nlp.model.gazetteer_of`); None: the package's
    text: str | None = None  # doc.text, built once for every extractor (spaCy rebuilds it at each access)


@dataclass(frozen=True)
class Extractor:
    """One extracted table: its name, record type, table spec and "module:function"."""

    name: str
    record: type
    table: TableSpec
    function: str
    description: str = ""  # what one row is, plural, for messages ("entity mentions")

    @cached_property
    def run(self) -> Callable[[Any, Context], list]:
        module, _, name = self.function.partition(":")
        return getattr(importlib.import_module(module), name)


EXTRACTORS: tuple[Extractor, ...] = (
    Extractor(
        "entities",
        EntityMention,
        TableSpec(
            "entities",
            table_columns(EntityMention, ("doc_id", "start_char", "end_char", "entity_id")),
            ("doc_id", "start_char", "end_char", "label"),
        ),
        "pipeline.extract.entities:extract",
        "entity mentions",
    ),
    Extractor(
        "dates",
        DateMention,
        TableSpec(
            "dates",
            table_columns(DateMention, ("doc_id", "start_char", "end_char")),
            ("doc_id", "start_char", "end_char"),
        ),
        "pipeline.extract.dates.extractor:extract",
        "dates",
    ),
    Extractor(
        "demands",
        Demand,
        TableSpec(
            "demands", table_columns(Demand, ("doc_id", "start_char", "end_char")), ("doc_id", "start_char", "end_char")
        ),
        "pipeline.extract.demands:extract",
        "demands",
    ),
)
EXTRACTOR_NAMES = tuple(extractor.name for extractor in EXTRACTORS)


class Extraction(dict):
    """Rows per extractor name from one document, every registered name present (an empty list
    when nothing was found); `found.entities` reads `found["entities"]`."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name in EXTRACTOR_NAMES:
            self.setdefault(name, [])

    def __getattr__(self, name: str) -> list:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


def extract_document(doc, doc_id: str, published: str = "", gazetteer: Any = None) -> Extraction:
    """Every extractor on one parsed document, in registry order. `published` is YYYY-MM-DD or "";
    `gazetteer` the one the pipeline's components use (default: the package's)."""
    from pipeline.nlp.sentences import sentence_index  # spaCy only where a Doc is parsed
    from pipeline.nlp.text import doc_text

    found = Extraction()
    context = Context(doc_id, published, sentence_index(doc), found, gazetteer, doc_text(doc))
    for extractor in EXTRACTORS:
        found[extractor.name] = extractor.run(doc, context)
    return found


def shift_extraction(extraction: Extraction, offset: int, sent_offset: int = 0) -> Extraction:
    """The extraction of a piece of a text (see `pipeline.nlp.chunks.chunk_text`) moved to where the
    piece starts in the whole text: character offsets by `offset`, sentence numbers by
    `sent_offset` (the number of sentences in the pieces before it)."""
    if offset == 0 and sent_offset == 0:
        return extraction

    def moved(record):
        sent_id = record.sent_id + sent_offset if record.sent_id >= 0 else record.sent_id
        return replace(
            record, start_char=record.start_char + offset, end_char=record.end_char + offset, sent_id=sent_id
        )

    return Extraction({name: [moved(r) for r in rows] for name, rows in extraction.items()})


def merge_extractions(parts: list[Extraction]) -> Extraction:
    """One document's extraction from those of its pieces, in order."""
    if len(parts) == 1:
        return parts[0]
    merged = Extraction()
    for part in parts:
        for name, rows in part.items():
            merged.setdefault(name, []).extend(rows)
    return merged
