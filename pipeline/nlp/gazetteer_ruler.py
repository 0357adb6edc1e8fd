"""The `gazetteer_ruler` spaCy component: every gazetteer name in a document becomes an entity."""

from __future__ import annotations

import itertools
import unicodedata
from functools import lru_cache

from spacy.attrs import IS_QUOTE, LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from pipeline.nlp.gazetteer import (
    ADMINISTRATIVE_UNITS,
    ROMAN_ORDINAL,
    STROKED_LETTERS,
    Gazetteer,
    default_lexicon,
    gazetteer_from,
)

__all__ = ["GazetteerRuler", "fold", "is_line_wrap", "ruler_patterns"]


_POSSESSIVES = {"'s", "’s"}


def ruler_patterns(gazetteer: Gazetteer, tokenize) -> list[dict]:
    """Phrase patterns for the gazetteer ruler: the words of every name of every entry, with its id.

    `tokenize` is `nlp.make_doc`, so names split exactly as document text does; quote tokens are
    left out (the ruler skips quotes between words: `HRC “Viasna”`), and a word with an apostrophe
    comes in both spellings (`Children's` / `Children’s`), an organisation's name with a
    possessive inside also matches without it, and a name with "and" also with "&". Places also
    match in capitals, as datelines write them; a body's name that opens with an abbreviation and
    ends with a head noun also matches with its other words in lower case, as the press writes it
    ("UN Human Rights Office" / "the UN human rights office"), and a body's name that opens with "UN"
    also matches with "United Nations" written out, and the other way round. Each pattern is
    `{"label", "id", "words"}`.
    """
    patterns = []
    seen: set[tuple] = set()
    heads = default_lexicon().org_heads
    for entry in gazetteer.entries:
        names = list(entry.names)
        if entry.label in ("GPE", "LOC"):
            # datelines write the place in capitals: "GENEVA (14 May 2023) -", "MINSK, 3 March"
            names += [n.upper() for n in entry.names if len(n) > 3 and n.upper() != n]
        if entry.label == "ORG":
            names += [lowered for n in entry.names if (lowered := _press_case(n, heads))]
            # a UN body's name opens with "UN", "U.N." or "United Nations" written out, whichever the list gives
            names += [other for n in names for other in _other_un_openings(n)]
        # "Trinidad & Tobago", "Antigua & Barbuda": lists and tables write "and" as an ampersand
        names += [n.replace(" and ", " & ") for n in names if " and " in n]
        for name in names:
            words = [t.text for t in tokenize(name) if not t.is_space and not t.is_quote]
            forms = [words]
            if entry.label == "ORG" and any(w in _POSSESSIVES for w in words[:-1]):
                # "International Bar Association's Human Rights Institute" is also written without "'s"
                forms.append([w for w in words if w not in _POSSESSIVES])
            for form in forms:
                spellings = [sorted({w.replace("’", "'"), w.replace("'", "’")}) for w in form]
                for variant in itertools.product(*spellings):
                    key = (entry.id, variant)
                    if variant and key not in seen:
                        seen.add(key)
                        patterns.append({"label": entry.label, "id": entry.id, "words": list(variant)})
    return patterns


def _press_case(name: str, heads: frozenset[str]) -> str:
    """The name with the words after its opening abbreviation (or "United Nations") in lower case, when it ends with an
    organisation's head noun ("UN Human Rights Office" -> "UN human rights office"); "" for any
    other name ("UN Human Rights", which would take in "UN human rights experts")."""
    first, _, rest = name.partition(" ")
    if name.startswith(_UNITED_NATIONS):
        first, rest = _UNITED_NATIONS.strip(), name.removeprefix(_UNITED_NATIONS)
    words = rest.split()
    opening = (first.isupper() and len(first) >= 2) or first == _UNITED_NATIONS.strip()
    if not (opening and len(words) >= 2 and words[-1].lower() in heads):
        return ""
    lowered = rest.lower()
    return f"{first} {lowered}" if lowered != rest else ""


_UNITED_NATIONS = "United Nations "  # the UN's name written out opens names as "UN" does


_UN_OPENINGS = ("UN ", "U.N. ", _UNITED_NATIONS)  # as UN pages, US news style and the written-out name open names


def _other_un_openings(name: str) -> list[str]:
    """The name with its opening "UN" written the other ways ("UN Working Group on X" -> "U.N. Working
    Group on X", "United Nations Working Group on X"); [] when it opens with none of them."""
    opening = next((o for o in _UN_OPENINGS if name.startswith(o)), None)
    if opening is None:
        return []
    return [other + name.removeprefix(opening) for other in _UN_OPENINGS if other != opening]


@Language.factory("gazetteer_ruler", assigns=["doc.ents"], requires=["doc.ents"], default_config={"gazetteer": ""})
def make_gazetteer_ruler(nlp: Language, name: str, gazetteer: str) -> GazetteerRuler:
    """`gazetteer`: a folder of `gazetteer*.jsonl` files ("" = the package's). Loaded in `initialize`."""
    return GazetteerRuler(nlp, gazetteer)


class GazetteerRuler:
    """Set every gazetteer name found in a document as an entity with the entry's id in `ent_id_`.

    Like spaCy's `entity_ruler` with `overwrite_ents`: longer matches win, then earlier ones, and
    a match replaces the model's entities it overlaps. But names are matched as phrases (one hash
    lookup per token, whatever the size of the gazetteer) on the document's words with quote
    tokens left out, so a name may have quotes between its words; token patterns with an optional
    quote between words cost a check per pattern at every token, a third of the whole parse time
    with a gazetteer of 1,300 names.
    """

    def __init__(self, nlp: Language, gazetteer: str = "") -> None:
        self.vocab = nlp.vocab
        self.source = gazetteer
        self.gazetteer: Gazetteer | None = None
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")

    def initialize(self, get_examples=None, *, nlp: Language, gazetteer: Gazetteer | None = None) -> None:
        """Read the gazetteer named in the config (or use `gazetteer`, already read) and build the
        phrase patterns. spaCy calls this from `nlp.initialize`; `pipeline.nlp.model.add_gazetteer`
        calls it when the components are added to a trained pipeline."""
        self.gazetteer = gazetteer or gazetteer_from(self.source)
        self.matcher = PhraseMatcher(self.vocab, attr="ORTH")
        # Real text spells known names loosely: "Reporters without Borders", "Muiznieks" for
        # "Muižnieks", OCR's "Tuerk" for "Türk" or "rn" for "m". A second matcher compares folded
        # words (see `fold`): function words ignore case ("without"/"Without"), other words keep
        # their capital (a capitalised "Memorial" is a name, "memorial" a word; "Belarusian
        # government" is not the entry "Belarusian Government"), "the" is left out ("Organisation
        # of the American States") and British and American spellings meet ("-isation", "Centre").
        self.folded = PhraseMatcher(self.vocab, attr="ORTH")
        by_key: dict[str, list[Doc]] = {}
        folded: dict[str, list[Doc]] = {}
        ambiguous = {entry.id for entry in self.gazetteer.entries if entry.ambiguous}
        for pattern in ruler_patterns(self.gazetteer, nlp.make_doc):
            key = f"{pattern['label']}\t{pattern['id']}"
            words = pattern["words"]
            by_key.setdefault(key, []).append(Doc(self.vocab, words=words))
            loose = [w for w in words if w.casefold() != "the"] or words
            if pattern["id"] in ambiguous and not _only_accents_folded(loose):
                # a town's or province's name folds to a word too easily ("Caen" -> "Can"): it is
                # matched without its accents only ("Sao Paulo"), not with OCR's look-alikes merged
                continue
            folded.setdefault(key, []).append(Doc(self.vocab, words=_folded_words(loose)))
        for key, docs in by_key.items():
            self.matcher.add(key, docs)
        for key, docs in folded.items():
            self.folded.add(key, docs)

    def __call__(self, doc: Doc) -> Doc:
        texts = [token.text for token in doc]  # one pass of Token objects: they are slow to make
        # (a name also runs on over a line break: "Working Group on the Universal\nPeriodic Review" on a cover)
        quotes = doc.to_array(IS_QUOTE).tolist()
        kept = [i for i, quote in enumerate(quotes) if not quote and not is_line_wrap(texts[i])]
        words = Doc(self.vocab, words=[texts[i] for i in kept])
        matches = {(self.vocab.strings[key], kept[start], kept[end - 1] + 1) for key, start, end in self.matcher(words)}
        the = self.vocab.strings["the"]
        lowers = doc.to_array(LOWER).tolist()
        loose = [i for i in kept if lowers[i] != the]
        folded = Doc(self.vocab, words=_folded_words([texts[i] for i in loose]))
        for key, start, end in self.folded(folded):
            matches.add((self.vocab.strings[key], loose[start], loose[end - 1] + 1))
        matches = _without_joined_lines(matches, texts)
        entities = _without_place_lists(list(doc.ents), matches, texts)
        taken: set[int] = set()
        new: list[Span] = []
        # Longest first, then leftmost, then by label and id so that ties never depend on hashing.
        for key, start, end in sorted(matches, key=lambda m: (m[1] - m[2], m[1], m[0])):
            if taken.intersection(range(start, end)):
                continue
            label, entity_id = key.split("\t")
            if self._taken_by_a_name(entity_id, start, end, entities, doc):
                continue
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

    def _taken_by_a_name(self, entity_id: str, start: int, end: int, entities: list[Span], doc: Doc) -> bool:
        """Is an ambiguous entry's match (a province that is also a personal name) part of a person's
        name: inside the model's person ("Isabel Santos"), a word of a full name the model found
        elsewhere in the text, or run on with a capitalised word before or
        after it that is no administrative unit ("President Isabel", "Guerrero Rodriguez"; not
        "Bungoma County")? Or part of a longer place name the model found around it ("San Francisco
        de Lempira"), or of an event's name, a roman ordinal after it ("Kariba II")?"""
        entry = self.gazetteer.by_id.get(entity_id) if self.gazetteer is not None else None
        if entry is None or not entry.ambiguous:
            return False
        person = next((e for e in entities if e.label_ == "PERSON" and e.start < end and start < e.end), None)
        if (person is not None and len(person) > end - start) or _surname_elsewhere(doc[start:end].text, entities):
            return True  # "Guerrero denied the charges" after "Antonio Guerrero Rodriguez"
        if any(
            e.label_ in ("GPE", "LOC", "FAC") and e.start <= start and end <= e.end and _more_than_a_unit(e, start, end)
            for e in entities
        ):
            return True  # the model's longer place name around it: "San Francisco de Lempira"
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        if after is not None and ROMAN_ORDINAL.match(after.text):
            return True  # "the Kariba II talks": a numbered place names an event
        if before is not None and not before.is_sent_start and _is_name_word(before.text) and before.pos_ != "DET":
            return True
        if before is not None and _is_acronym(before.text):
            return True  # an organisation's acronym before a town: "HCA Vanadzor" is the body's name
        return after is not None and _is_name_word(after.text) and after.lower_ not in ADMINISTRATIVE_UNITS


def _more_than_a_unit(outer: Span, start: int, end: int) -> bool:
    """Does the model's name `outer` hold more words around tokens `start`-`end` than an
    administrative unit, an article, a possessive or punctuation ("the Eastern Highlands", "Hong Kong's",
    "Shandong province" are the place; "San Francisco de Lempira" is another place than San Francisco)?"""
    extra = [t for t in outer if not start <= t.i < end and t.lower_ != "the" and not t.is_punct and t.tag_ != "POS"]
    return bool(extra) and not all(t.lower_ in ADMINISTRATIVE_UNITS for t in extra)


def _surname_elsewhere(name: str, entities: list[Span]) -> bool:
    """Does one of the model's persons of several words hold the word `name` ("Guerrero" of
    "Antonio Guerrero Rodriguez")?"""
    return any(e.label_ == "PERSON" and len(e) > 1 and any(t.text == name for t in e) for e in entities)


def _is_acronym(text: str) -> bool:
    """A word of two to six capital letters ("HCA", "UNHCR"), not a place in capitals (`VANADZOR`)."""
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


def _is_name_word(text: str) -> bool:
    """A capitalised word of letters ("Santos"), not a word in capitals ("GENEVA")."""
    return text[:1].isupper() and text.isalpha() and not text.isupper()


def is_line_wrap(text: str) -> bool:
    """Is a token's text one line break (spaces around it), no blank line: where a line of a title or
    a cover page wraps?"""
    return text.count("\n") == 1 and not text.strip()


def _without_joined_lines(matches: set[tuple[str, int, int]], texts: list[str]) -> set[tuple[str, int, int]]:
    """The matches less those across a line break where the line before or the line after is a name
    of its own: "United Nations" over "Human Rights Council" on a letterhead are two names."""
    kept = set()
    bounds = {(start, end) for _key, start, end in matches}
    for key, start, end in matches:
        wraps = [i for i in range(start + 1, end - 1) if is_line_wrap(texts[i])]
        if any((start, i) in bounds or (i + 1, end) in bounds for i in wraps):
            continue
        kept.add((key, start, end))
    return kept


# Words that join the names of a list: "Homiel, Hrodna and Brest".
_LIST_JOINERS = frozenset({",", "and", "or", "&"})


def _without_place_lists(entities: list[Span], matches: set[tuple[str, int, int]], texts: list[str]) -> list[Span]:
    """The model's entities less those that are lists of gazetteer places: the model reads
    "Hrodna, Brest" or "Hrodna and Brest" as one organisation, but each name is a place the
    gazetteer knows, so the ruler's places replace it."""
    places: set[int] = set()
    for key, start, end in matches:
        if key.split("\t")[0] in ("GPE", "LOC"):
            places.update(range(start, end))
    kept = []
    for entity in entities:
        tokens = range(entity.start, entity.end)
        joined = any(texts[i].lower() in _LIST_JOINERS for i in tokens)
        if joined and all(i in places or texts[i].lower() in _LIST_JOINERS for i in tokens):
            continue
        kept.append(entity)
    return kept


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

# Words written in either case inside names ("Reporters without Borders", "Committee Against Torture").
_FUNCTION_WORDS = frozenset(
    "of for on and the against to in at by with without from de del des du la le los las et da do dos das y".split()  # noqa: SIM905
)


def fold(word: str, keep_case: bool = False) -> str:
    """A word without accents, with OCR look-alikes merged; casefolded unless `keep_case`."""
    word = "".join(
        ch for ch in unicodedata.normalize("NFKD", word.translate(STROKED_LETTERS)) if not unicodedata.combining(ch)
    )
    if not keep_case:
        word = word.casefold()
    for old, new in _FOLDS:
        word = word.replace(old, new)
    return word


def _only_accents_folded(words: list[str]) -> bool:
    """Does folding change `words` by their accents and stroked letters only ("São", "Tromsø"), not
    by the look-alikes and spellings `_FOLDS` merges ("Caen" -> "Can")?"""
    return not any(old in word.casefold() for word in words for old, _ in _FOLDS)


def _folded_words(words: list[str]) -> list[str]:
    return [_folded(w) for w in words]


@lru_cache(maxsize=100_000)
def _folded(word: str) -> str:
    """`fold` of one word of a document, remembered: the same words come back in every document. A
    token of combining marks alone (a stray accent after a space) folds to nothing, which no Doc
    takes as a word: it stays as it is."""
    return fold(word, keep_case=word.casefold() not in _FUNCTION_WORDS) or word
