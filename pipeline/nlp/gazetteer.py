"""The gazetteer of known entities and the word lists the entity rules use, read from data files.

Gazetteer files are `pipeline/data/gazetteer*.jsonl`, one entity per line:

    {"id": "ohchr", "label": "ORG", "canonical": "Office of the United Nations High Commissioner
     for Human Rights", "aliases": ["OHCHR", "UN Human Rights Office"], "wikidata": "Q656812"}

`id` is the stable entity_id written to the tables (lowercase letters, digits and hyphens);
`wikidata` may be "". Adding an entity is adding one line. Word lists live in
`pipeline/data/entity_lexicon.json`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from pipeline import config
from pipeline.records import ENTITY_LABELS

GAZETTEER_GLOB = "gazetteer*.jsonl"
LEXICON_FILE = "entity_lexicon.json"
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_WIKIDATA = re.compile(r"^(?:Q[1-9][0-9]*)?$")
_BRACKETED = re.compile(r"\s*\([^()]*\)")
_POSSESSIVE_INSIDE = re.compile(r"['’]s(?=\s)")


# Administrative units a place name can be followed by ("Kachin State", "Minsk Region", "Bungoma County").
ADMINISTRATIVE_UNITS = frozenset(
    {"state", "province", "region", "oblast", "district", "county", "governorate", "prefecture"}
)
# A roman ordinal after a place's name: "Esquipulas II", "Minsk II", "the Kariba II talks" name an event or an
# agreement, not the place (single letters may be initials).
ROMAN_ORDINAL = re.compile(r"^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$")


class GazetteerError(ValueError):
    """A gazetteer line is malformed; the message names the file and line."""


@dataclass(frozen=True)
class GazetteerEntry:
    id: str
    label: str
    canonical: str
    aliases: tuple[str, ...] = ()
    wikidata: str = ""
    # a name other texts also give persons ("Guerrero", "Isabel", "Hidalgo" are provinces and
    # names): the ruler leaves it to the model's person and does not take it out of a longer name
    ambiguous: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        return (self.canonical, *self.aliases)


@dataclass(frozen=True)
class Gazetteer:
    entries: tuple[GazetteerEntry, ...]
    by_id: dict[str, GazetteerEntry] = field(repr=False)
    by_name: dict[str, GazetteerEntry] = field(repr=False)  # normalised name -> entry

    @cached_property
    def place_openers(self) -> frozenset[str]:
        """The first words of the places' names of several words ("san" of "San Salvador", "port" of
        "Port Louis"), normalised; not the ambiguous ones' (see `lookup`)."""
        return frozenset(
            words[0]
            for entry in self.entries
            if entry.label in ("GPE", "LOC") and not entry.ambiguous
            for name in entry.names
            if len(words := normalise(name).split()) > 1
        )

    def lookup(self, name: str, ambiguous: bool = False) -> GazetteerEntry | None:
        """The entry one of whose names is `name` (ignoring case, accents, punctuation); an
        `ambiguous` entry (a province that is also a personal name) only when asked for, so that the
        rules that leave known names alone still complete "Isabel Santos".

        An acronym in brackets inside the name is ignored when the name itself is not listed:
        "Sustainable Development Goals (SDG) Partnership Group".
        """
        found = self.by_name.get(normalise(name))
        if found is None and "(" in name:
            found = self.by_name.get(normalise(_BRACKETED.sub("", name)))
        return found if found is None or ambiguous or not found.ambiguous else None


# Letters with a stroke that Unicode does not decompose into a letter and an accent: "Lê Đình
# Lượng" and "Le Dinh Luong", "Wałęsa" and "Walesa", "Søren" and "Soren" are one name.
# Signs a transliteration writes for the Arabic letter ‘ayn at the start of a word: "‘Ali", "al-‘Ekri".
AYN_SIGNS = "‘’ʿ'"
STROKED_LETTERS = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ħ": "h", "Ħ": "H"})


def normalise(name: str) -> str:
    """Casefold, strip accents, apostrophes and punctuation, collapse spaces: the lookup key."""
    name = unicodedata.normalize("NFKD", name.translate(STROKED_LETTERS))
    name = "".join(ch for ch in name if not unicodedata.combining(ch)).casefold()
    name = re.sub(r"['’](?=s\b)", "", name)
    name = re.sub(r"[^\w\s]|_", " ", name)
    return " ".join(name.split()).removeprefix("the ")


def slug(name: str) -> str:
    """Lowercase ASCII words joined by hyphens: "Ales Bialiatski" -> "ales-bialiatski"."""
    return normalise(name).replace(" ", "-") or "x"


def parse_entries(lines: Iterable[str], source: str = "<gazetteer>") -> list[GazetteerEntry]:
    """Gazetteer entries from JSONL lines; blank lines and lines starting with // are skipped."""
    entries = []
    for number, line in enumerate(lines, start=1):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        where = f"{source}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GazetteerError(f"{where}: not valid JSON ({exc.msg})") from exc
        if not isinstance(row, dict):
            raise GazetteerError(f"{where}: expected a JSON object")
        label, canonical = row.get("label"), row.get("canonical")
        aliases, wikidata = row.get("aliases", []), row.get("wikidata", "") or ""
        entity_id = row.get("id") or (slug(canonical) if isinstance(canonical, str) else "")
        if label not in ENTITY_LABELS:
            raise GazetteerError(f"{where}: label must be one of {', '.join(ENTITY_LABELS)}, not {label!r}")
        if not isinstance(canonical, str) or not canonical.strip():
            raise GazetteerError(f"{where}: 'canonical' must be a non-empty string")
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise GazetteerError(f"{where}: 'aliases' must be a list of non-empty strings")
        if not _ID.match(entity_id):
            raise GazetteerError(f"{where}: 'id' must be lowercase letters, digits and hyphens, not {entity_id!r}")
        if not _WIKIDATA.match(wikidata):
            raise GazetteerError(f"{where}: 'wikidata' must look like Q42 or be empty, not {wikidata!r}")
        ambiguous = row.get("ambiguous", False)
        if not isinstance(ambiguous, bool):
            raise GazetteerError(f"{where}: 'ambiguous' must be true or false, not {ambiguous!r}")
        aliases = tuple(a.strip() for a in aliases)
        entries.append(GazetteerEntry(entity_id, label, canonical.strip(), aliases, wikidata, ambiguous))
    return entries


def build_gazetteer(entries: Iterable[GazetteerEntry]) -> Gazetteer:
    """Index entries by id and by every normalised name; a duplicate id or name is an error."""
    entries = tuple(entries)
    by_id: dict[str, GazetteerEntry] = {}
    by_name: dict[str, GazetteerEntry] = {}
    for entry in entries:
        if entry.id in by_id:
            raise GazetteerError(f"duplicate gazetteer id {entry.id!r}")
        by_id[entry.id] = entry
        for name in entry.names:
            key = normalise(name)
            other = by_name.setdefault(key, entry)
            if other.id != entry.id:
                raise GazetteerError(f"name {name!r} is listed for both {other.id!r} and {entry.id!r}")
        for name in entry.names:
            # an organisation's name with a possessive inside is also written without it:
            # "International Bar Association Human Rights Institute"
            if entry.label == "ORG":
                by_name.setdefault(normalise(_POSSESSIVE_INSIDE.sub("", name)), entry)
    return Gazetteer(entries, by_id, by_name)


def read_gazetteer(folder: Path = config.DATA_DIR) -> Gazetteer:
    """Every `gazetteer*.jsonl` file in `folder`, in file-name order."""
    entries: list[GazetteerEntry] = []
    for path in sorted(Path(folder).glob(GAZETTEER_GLOB)):
        entries.extend(parse_entries(path.read_text(encoding="utf-8").splitlines(), path.name))
    return build_gazetteer(entries)


@cache
def default_gazetteer() -> Gazetteer:
    """The package's gazetteer, read once per process (the files are read-only package data)."""
    return read_gazetteer(config.DATA_DIR)


def gazetteer_from(folder: str | Path = "") -> Gazetteer:
    """The gazetteer of `folder` (its `gazetteer*.jsonl` files); the package's for "" (read once)."""
    return read_gazetteer(Path(folder)) if folder else default_gazetteer()


def lexicon_from(path: str | Path = "") -> Lexicon:
    """The entity word lists of `path`; the package's for "" (read once)."""
    return read_lexicon(Path(path)) if path else default_lexicon()


@dataclass(frozen=True)
class Lexicon:
    """Word lists for the entity rules (all lowercase); see entity_lexicon.json for each list's use."""

    not_entities: frozenset[str]
    platforms: frozenset[str]
    groups: frozenset[str]
    org_heads: frozenset[str]
    head_first_org_heads: frozenset[str]
    association_members: frozenset[str]
    roles: frozenset[str]
    non_org_heads: frozenset[str]
    mandate_heads: frozenset[str]
    topic_titles: frozenset[str]
    topic_bodies: frozenset[str]
    event_heads: frozenset[str]
    connectors: frozenset[str]
    name_particles: frozenset[str]
    nasab_particles: frozenset[str]
    name_possessors: frozenset[str]
    patronymic_markers: frozenset[str]
    news_agencies: frozenset[str]
    headline_verbs: frozenset[str]
    instrument_acronyms: frozenset[str]
    staff_units: frozenset[str]
    org_kinds: frozenset[str]
    media_heads: frozenset[str]
    outlet_heads: frozenset[str]
    facility_heads: frozenset[str]
    diplomatic_mission_heads: frozenset[str]
    title_modifiers: frozenset[str]
    signatory_scopes: frozenset[str]
    post_nominals: frozenset[str]
    surname_roles: frozenset[str]

    @cached_property
    def party_heads(self) -> frozenset[str]:
        """Words that make a phrase name a body or person: titles, organisation and mandate head
        nouns ("Special Rapporteur", "Working Group", "Committee")."""
        return self.roles | self.org_heads | self.mandate_heads

    @cached_property
    def titles_not_surnames(self) -> frozenset[str]:
        """Title words that are no common surname ("Minister", not "Bishop"): a person's name holds
        none of them."""
        return self.roles - self.surname_roles

    @cached_property
    def titles_without_topic(self) -> frozenset[str]:
        """Person titles after which "on the ..." is what a statement is about, not part of the title
        ("Statement by the Spokesperson on the extension of ..."): roles that are no `topic_titles`."""
        return self.roles - self.topic_titles

    @cached_property
    def organisation_nouns(self) -> frozenset[str]:
        """Head nouns and kinds of organisations ("party", "newspaper", "group")."""
        return self.org_heads | self.org_kinds

    @cached_property
    def non_name_words(self) -> frozenset[str]:
        """Words never part of a person's name: titles, organisation heads and kinds, groups,
        connectors and whole non-entities."""
        return (
            self.roles
            | self.org_heads
            | self.head_first_org_heads
            | self.org_kinds
            | self.groups
            | self.connectors
            | self.not_entities
            | self.platforms
        )


def read_lexicon(path: Path = config.DATA_DIR / LEXICON_FILE) -> Lexicon:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return Lexicon(**{name: frozenset(w.casefold() for w in data[name]) for name in Lexicon.__dataclass_fields__})


@cache
def default_lexicon() -> Lexicon:
    return read_lexicon()


COUNTRY_ADJECTIVES_FILE = "country_adjectives.json"


@cache
def _countries() -> dict:
    """`pipeline/data/country_adjectives.json`, read once."""
    return json.loads((config.DATA_DIR / COUNTRY_ADJECTIVES_FILE).read_text(encoding="utf-8"))


def country_adjectives() -> dict[str, str]:
    """Nationality adjective -> the country's name in the gazetteer ("Syrian" -> "Syria")."""
    return _countries()["country_adjectives"]


@cache
def countries_with_article() -> frozenset[str]:
    """Countries named with "the" in running text ("the United States")."""
    return frozenset(_countries()["countries_with_article"])


def country_entry(gazetteer: Gazetteer, name: str) -> GazetteerEntry | None:
    """The gazetteer's country (a State: one a nationality adjective names) that `name` names, or
    None for another place or no place ("U.S." -> United States; "Minsk" -> None)."""
    entry = gazetteer.lookup(name)
    if entry is None or entry.label != "GPE" or entry.canonical not in _states():
        return None
    return entry


def state_named(gazetteer: Gazetteer, name: str) -> GazetteerEntry | None:
    """The State a name or a nationality adjective names ("Cuba", "Cuban" -> Cuba), or None."""
    return country_entry(gazetteer, country_adjectives().get(name, name))


@cache
def _states() -> frozenset[str]:
    return frozenset(country_adjectives().values())
