"""The gazetteer of known entities and the word lists the entity rules use, read from data files.

Gazetteer files are `pipeline/data/gazetteer*.jsonl`, one entity per line:

    {"id": "ohchr", "label": "ORG", "canonical": "Office of the United Nations High Commissioner
     for Human Rights", "aliases": ["OHCHR", "UN Human Rights Office"], "wikidata": "Q1140103"}

`id` is the stable entity_id written to the tables (lowercase letters, digits and hyphens);
`wikidata` may be "". Adding an entity is adding one line. Word lists live in
`pipeline/data/entity_lexicon.json`.
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from pipeline import config

GAZETTEER_GLOB = "gazetteer*.jsonl"
LEXICON_FILE = "entity_lexicon.json"
LABELS = ("PERSON", "ORG", "GPE", "LOC")
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_WIKIDATA = re.compile(r"^(?:Q[1-9][0-9]*)?$")
_APOSTROPHES = ("'", "’")
_BRACKETED = re.compile(r"\s*\([^()]*\)")


class GazetteerError(ValueError):
    """A gazetteer line is malformed; the message names the file and line."""


@dataclass(frozen=True)
class GazetteerEntry:
    id: str
    label: str
    canonical: str
    aliases: tuple[str, ...] = ()
    wikidata: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.canonical, *self.aliases)


@dataclass(frozen=True)
class Gazetteer:
    entries: tuple[GazetteerEntry, ...]
    by_id: dict[str, GazetteerEntry] = field(repr=False)
    by_name: dict[str, GazetteerEntry] = field(repr=False)  # normalised name -> entry

    def lookup(self, name: str) -> GazetteerEntry | None:
        """The entry one of whose names is `name` (ignoring case, accents, punctuation).

        An acronym in brackets inside the name is ignored when the name itself is not listed:
        "Sustainable Development Goals (SDG) Partnership Group".
        """
        found = self.by_name.get(normalise(name))
        if found is None and "(" in name:
            found = self.by_name.get(normalise(_BRACKETED.sub("", name)))
        return found


def normalise(name: str) -> str:
    """Casefold, strip accents, apostrophes and punctuation, collapse spaces: the lookup key."""
    name = unicodedata.normalize("NFKD", name)
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
        if label not in LABELS:
            raise GazetteerError(f"{where}: label must be one of {', '.join(LABELS)}, not {label!r}")
        if not isinstance(canonical, str) or not canonical.strip():
            raise GazetteerError(f"{where}: 'canonical' must be a non-empty string")
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise GazetteerError(f"{where}: 'aliases' must be a list of non-empty strings")
        if not _ID.match(entity_id):
            raise GazetteerError(f"{where}: 'id' must be lowercase letters, digits and hyphens, not {entity_id!r}")
        if not _WIKIDATA.match(wikidata):
            raise GazetteerError(f"{where}: 'wikidata' must look like Q42 or be empty, not {wikidata!r}")
        entries.append(GazetteerEntry(entity_id, label, canonical.strip(), tuple(a.strip() for a in aliases), wikidata))
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


@dataclass(frozen=True)
class Lexicon:
    """Word lists for the entity rules (all lowercase); see entity_lexicon.json for each list's use."""

    not_entities: frozenset[str]
    groups: frozenset[str]
    org_heads: frozenset[str]
    roles: frozenset[str]
    non_org_heads: frozenset[str]
    connectors: frozenset[str]
    name_particles: frozenset[str]


def read_lexicon(path: Path = config.DATA_DIR / LEXICON_FILE) -> Lexicon:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return Lexicon(**{name: frozenset(w.casefold() for w in data[name]) for name in Lexicon.__dataclass_fields__})


@cache
def default_lexicon() -> Lexicon:
    return read_lexicon()


def ruler_patterns(gazetteer: Gazetteer, tokenize) -> list[dict]:
    """Phrase patterns for the gazetteer ruler: the words of every name of every entry, with its id.

    `tokenize` is `nlp.make_doc`, so names split exactly as document text does; quote tokens are
    left out (the ruler skips quotes between words: `HRC “Viasna”`), and a word with an apostrophe
    comes in both spellings (`Children's` / `Children’s`). Places also match in capitals, as
    datelines write them. Each pattern is `{"label", "id", "words"}`.
    """
    patterns = []
    seen: set[tuple] = set()
    for entry in gazetteer.entries:
        names = list(entry.names)
        if entry.label in ("GPE", "LOC"):
            # datelines write the place in capitals: "GENEVA (14 May 2023) -", "MINSK, 3 March"
            names += [n.upper() for n in entry.names if len(n) > 3 and n.upper() != n]
        for name in names:
            words = [t.text for t in tokenize(name) if not t.is_space and not t.is_quote]
            spellings = [sorted({w.replace("’", "'"), w.replace("'", "’")}) for w in words]
            for variant in itertools.product(*spellings):
                key = (entry.id, variant)
                if variant and key not in seen:
                    seen.add(key)
                    patterns.append({"label": entry.label, "id": entry.id, "words": list(variant)})
    return patterns


@Language.factory("gazetteer_ruler", assigns=["doc.ents"], requires=["doc.ents"])
def make_gazetteer_ruler(nlp: Language, name: str, patterns: list[dict]) -> GazetteerRuler:
    return GazetteerRuler(nlp.vocab, patterns)


class GazetteerRuler:
    """Set every gazetteer name found in a document as an entity with the entry's id in `ent_id_`.

    Like spaCy's `entity_ruler` with `overwrite_ents`: longer matches win, then earlier ones, and
    a match replaces the model's entities it overlaps. But names are matched as phrases (one hash
    lookup per token, whatever the size of the gazetteer) on the document's words with quote
    tokens left out, so a name may have quotes between its words; token patterns with an optional
    quote between words cost a check per pattern at every token, a third of the whole parse time
    with a gazetteer of 1,300 names.
    """

    def __init__(self, vocab: Vocab, patterns: list[dict]) -> None:
        self.vocab = vocab
        self.matcher = PhraseMatcher(vocab, attr="ORTH")
        # Real text spells known names loosely: "Reporters without Borders", "Muiznieks" for
        # "Muižnieks", OCR's "Tuerk" for "Türk" or "rn" for "m". A second matcher compares folded
        # words (see `fold`): function words ignore case ("without"/"Without"), other words keep
        # their capital (a capitalised "Memorial" is a name, "memorial" a word; "Belarusian
        # government" is not the entry "Belarusian Government"), "the" is left out ("Organisation
        # of the American States") and British and American spellings meet ("-isation", "Centre").
        self.folded = PhraseMatcher(vocab, attr="ORTH")
        by_key: dict[str, list[Doc]] = {}
        folded: dict[str, list[Doc]] = {}
        for pattern in patterns:
            key = f"{pattern['label']}\t{pattern['id']}"
            words = pattern["words"]
            by_key.setdefault(key, []).append(Doc(vocab, words=words))
            loose = [w for w in words if w.casefold() != "the"] or words
            folded.setdefault(key, []).append(Doc(vocab, words=_folded_words(loose)))
        for key, docs in by_key.items():
            self.matcher.add(key, docs)
        for key, docs in folded.items():
            self.folded.add(key, docs)

    def __call__(self, doc: Doc) -> Doc:
        kept = [token.i for token in doc if not token.is_quote]
        texts = [doc[i].text for i in kept]
        words = Doc(self.vocab, words=texts)
        matches = {(self.vocab.strings[key], kept[start], kept[end - 1] + 1) for key, start, end in self.matcher(words)}
        loose = [i for i in kept if doc[i].lower_ != "the"]
        folded = Doc(self.vocab, words=_folded_words([doc[i].text for i in loose]))
        for key, start, end in self.folded(folded):
            matches.add((self.vocab.strings[key], loose[start], loose[end - 1] + 1))
        entities = list(doc.ents)
        taken: set[int] = set()
        new: list[Span] = []
        # Longest first, then leftmost, then by label and id so that ties never depend on hashing.
        for key, start, end in sorted(matches, key=lambda m: (m[1] - m[2], m[1], m[0])):
            if taken.intersection(range(start, end)):
                continue
            label, entity_id = key.split("\t")
            outer = next((e for e in entities if e.start <= start < end <= e.end and len(e) > 1), None)
            if end - start == 1 and outer is not None and outer.label_ in ("ORG", "PERSON"):
                # a one-word name inside the model's longer name is left to the model ("Chad Okafor"),
                # but a person's name holds no organisation's: "Auschwitz Memorial" is an ORG
                if outer.label_ == "PERSON" and label == "ORG":
                    entities = [e for e in entities if e is not outer] + [
                        Span(doc, outer.start, outer.end, label="ORG")
                    ]
                continue
            new.append(Span(doc, start, end, label=label, span_id=entity_id))
            entities = [e for e in entities if e.end <= start or e.start >= end]
            taken.update(range(start, end))
        doc.ents = entities + new
        return doc


# Spellings folded alike on both sides: British and American ("Organisation", "Centre"), and what
# OCR and transliteration confuse: a letter with an umlaut written as two letters ("ue" for "ü"),
# "rn" read for "m".
_FOLDS = (
    ("isation", "ization"),
    ("entre", "enter"),
    ("ae", "a"),
    ("oe", "o"),
    ("ue", "u"),
    ("rn", "m"),
    ("ß", "ss"),
    ("’", "'"),
)


def fold(word: str, keep_case: bool = False) -> str:
    """A word without accents, with OCR look-alikes merged; casefolded unless `keep_case`."""
    word = "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))
    word = word.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    if not keep_case:
        word = word.casefold()
    for old, new in _FOLDS:
        word = word.replace(old, new)
    return word


# Words written in either case inside names ("Reporters without Borders", "Committee Against Torture").
_FUNCTION_WORDS = frozenset(
    [
        "of",
        "for",
        "on",
        "and",
        "the",
        "against",
        "to",
        "in",
        "at",
        "by",
        "with",
        "without",
        "from",
        "de",
        "del",
        "des",
        "du",
        "la",
        "le",
        "los",
        "las",
        "et",
        "da",
        "do",
        "dos",
        "das",
        "y",
    ]
)


def _folded_words(words: list[str]) -> list[str]:
    return [fold(w, keep_case=w.casefold() not in _FUNCTION_WORDS) for w in words]
