"""Typed records that flow between stages. One record = one row of a table."""

from __future__ import annotations

from dataclasses import dataclass

# The entity labels the tables use (OntoNotes names, as spaCy's English models).
ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC")


@dataclass(frozen=True)
class Document:
    """One input file: where it came from, what we learnt about it, and whether it was read."""

    doc_id: str
    source_path: str
    format: str = ""
    title: str = ""
    published: str = ""  # ISO date (YYYY-MM-DD) or empty when unknown
    published_source: str = ""  # where `published` came from: meta tag, JSON-LD, front matter, dateline...
    author: str = ""  # from the front matter of a text, Markdown or HTML file ("; " between several)
    source_url: str = ""  # the original address, from the front matter (absolute http(s) URLs only)
    language: str = ""
    encoding: str = ""
    n_chars: int = 0  # length of the cleaned text
    sha256: str = ""  # of the raw bytes
    status: str = "ok"  # ok | skipped | error
    error: str = ""  # human-readable reason when status is not ok
    warning: str = ""  # what reading had to repair (invalid bytes replaced, NUL bytes removed); "" if nothing


@dataclass(frozen=True)
class EntityMention:
    """A person, organisation or place mentioned in a document."""

    doc_id: str
    start_char: int
    end_char: int
    label: str  # PERSON | ORG | GPE | LOC
    text: str
    canonical: str
    entity_id: str = ""
    role: str = ""  # title in front of a person's name ("UN High Commissioner for Human Rights")
    sent_id: int = -1


@dataclass(frozen=True)
class IndexedEntity:
    """One canonical entity across the corpus: a row of entity_index.csv."""

    entity_id: str
    label: str  # PERSON | ORG | GPE | LOC
    canonical: str
    wikidata_id: str = ""  # "Q184" when the gazetteer knows it
    n_documents: int = 0
    n_mentions: int = 0
    aliases: str = ""  # every distinct surface form seen, sorted, joined with " | "


@dataclass(frozen=True)
class DateMention:
    """A calendar expression with its ISO value at the granularity the text gives."""

    doc_id: str
    start_char: int
    end_char: int
    text: str
    value: str  # 2020 | 2020-09 | 2020-09-18 | 2018/2021 | XXXX-11-20 | "" when unresolvable
    granularity: str  # year | month | week | day | range
    is_relative: bool = False
    anchor: str = ""  # the reference used to resolve a relative or year-less date (README, dates.csv)
    sent_id: int = -1
    mod: str = ""  # TimeML modifier of the span: START ("early"), END ("late"), MID ("mid-"), APPROX ("around")
    type: str = "date"  # TIMEX3 type: date | time ("this morning", "10 p.m. Friday") | duration ("five years")


@dataclass(frozen=True)
class Demand:
    """Someone (actor) calling on someone (target) to do something (demand)."""

    doc_id: str
    start_char: int  # span of the demand text
    end_char: int
    actor: str
    target: str
    demand: str
    theme: str
    trigger: str = ""
    actor_entity_id: str = ""
    target_entity_id: str = ""
    specificity: str = ""
    sent_id: int = -1
    date: str = ""
    response: str = ""  # a listed recommendation's response: supported | noted | examined; else ""
    issues: str = ""  # UPR issues of the demand text, ";"-joined (pipeline.classify.model.ISSUE_THRESHOLD)
    action_category: str = ""  # UPR action category of the demand text, "1 minimal" ... "5 specific"


@dataclass(frozen=True)
class PageSpan:
    """Where one page of a PDF lies in the document's cleaned text (pages are numbered from 1)."""

    doc_id: str
    page: int
    start_char: int
    end_char: int
