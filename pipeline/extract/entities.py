"""Persons, organisations and places: clean spans, one canonical name and one id per entity.

Works on a parsed spaCy Doc whose `doc.ents` the gazetteer ruler and `pipeline.nlp.entity_rules`
have already corrected; returns `EntityMention` records whose offsets index the cleaned text.

Within one document every mention of an entity gets the same `canonical` and `entity_id`:
- a gazetteer name takes the entry's canonical name and id ("OHCHR" -> "Office of the United
  Nations High Commissioner for Human Rights", id "ohchr");
- an acronym introduced in parentheses takes its expansion ("Belarusian Association of
  Journalists (BAJ)" ... "BAJ");
- a surname or partial name takes the full name mentioned elsewhere ("Bachelet" -> "Michelle
  Bachelet");
- a title in front of a person's name goes to `role`, not into the name.
Other entities get an id derived from label and canonical name ("org:minsk-city-court"), the
same in every document and every run.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from pipeline.nlp.gazetteer import (
    AYN_SIGNS,
    Gazetteer,
    GazetteerEntry,
    Lexicon,
    countries_with_article,
    country_entry,
    default_gazetteer,
    default_lexicon,
    normalise,
    slug,
    state_named,
)
from pipeline.nlp.gazetteer_ruler import is_line_wrap
from pipeline.records import ENTITY_LABELS, EntityMention

if TYPE_CHECKING:
    from pipeline.extract.registry import Context

_ID_PREFIX = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place"}
_TRIM_START = re.compile(r"^(?:the|The|THE)\s+")
_TRIM_END = re.compile(r"(?:['’]s?|[\s.,;:!?)\]}\"“”‘’'-])+$")
_FINAL_INITIAL = re.compile(r"\s[A-Z]$")
_TRIM_START_PUNCT = re.compile(r"^[\s(\[{\"“”‘’'-]+")
_LINE_BREAKS = re.compile(r"\s*\n\s*")
_POSSESSIVES = {"'s", "’s", "'", "’"}
_HEAD_STOPS = {"of", "for", "on", "against", "to", "in", "at", "by", "with"}
# Bodies that texts name in lower case ("the ministry of justice") and that belong to a country.
_LOWER_CASE_HEADS = {"ministry"}
_COUNTRY_BODIES = {"ministry", "government", "department", "parliament", "cabinet", "embassy", "police", "army"}
_ROLE_MAX_TOKENS = 12  # titles are short; a longer run in front of a name is a heading, not a title


@dataclass(frozen=True)
class _Candidate:
    mention: EntityMention
    entry: GazetteerEntry | None


def extract_entities(
    doc: Doc,
    doc_id: str,
    sent_of: Sequence[int],
    gazetteer: Gazetteer | None = None,
    lexicon: Lexicon | None = None,
    text: str | None = None,
) -> list[EntityMention]:
    """Entity mentions of `doc` with canonical names, ids and roles, linked within the document.

    `sent_of[i]` is the sentence number of token i (see `pipeline.nlp.sentences.sentence_index`);
    `text` is `doc.text` when the caller has it.
    """
    gazetteer = gazetteer or default_gazetteer()
    lexicon = lexicon or default_lexicon()
    text = doc.text if text is None else text  # spaCy builds it from the tokens at each access
    candidates = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        name, role = split_role(ent, lexicon)
        if name is None:
            continue
        mention = _mention(name, doc_id, sent_of[name.start], role)
        if mention is None:
            continue
        entry = gazetteer.by_id.get(ent.id_) or gazetteer.lookup(mention.text)
        if entry is None and mention.label == "PERSON" and not _looks_like_person_name(mention.text, lexicon):
            continue
        if entry is None and mention.label == "PERSON" and _is_title_alone(name, mention.text, lexicon):
            continue  # "Special Rapporteur", "Deputy Minister": a title, not a name
        if entry is None and mention.label == "ORG":
            mention = _as_government(mention, gazetteer) or _with_country(mention, text, gazetteer)
        candidates.append(_Candidate(mention, entry))
    candidates += _nested_organisations(candidates, gazetteer)
    candidates += _places_in_names(candidates, gazetteer)
    candidates += _parent_organisations(candidates, gazetteer, lexicon)  # after: its places are the outer name's
    candidates += _unlabelled_surnames(doc, text, candidates, sent_of, lexicon)
    return link_within_document(candidates, text, lexicon)


def _unlabelled_surnames(
    doc: Doc, text: str, candidates: list[_Candidate], sent_of: Sequence[int], lexicon: Lexicon
) -> list[_Candidate]:
    """Later mentions of a named person's surname that the model missed ("Sevyarynets remains ...").

    Only surnames of full names found in this document, of four letters or more and not in any
    word list, so a surname that is also a common word is not picked up everywhere. `text` is
    `doc.text`.
    """
    taken = [(c.mention.start_char, c.mention.end_char) for c in candidates]
    # nor inside a name of another kind: a named day, a law ("Nelson Mandela Day", "the Magnitsky Act")
    taken += [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("EVENT", "LAW") and len(e) > 1]
    surnames: dict[str, _Candidate] = {}
    for c in candidates:
        words = c.mention.text.split()
        if c.mention.label == "PERSON" and len(words) > 1:
            surname = words[-1]
            if len(surname) >= 4 and surname[0].isupper() and not _in_word_lists(surname, lexicon):
                surnames.setdefault(surname, c)
    found = []
    for surname, person in sorted(surnames.items()):
        for match in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            span = doc.char_span(start, end)
            if span is None:
                continue
            mention = replace(
                person.mention, start_char=start, end_char=end, text=surname, role="", sent_id=sent_of[span.start]
            )
            found.append(_Candidate(mention, None))
            taken.append((start, end))
    return found


def _in_word_lists(word: str, lexicon: Lexicon) -> bool:
    key = word.casefold()
    return any(
        key in words
        for words in (lexicon.not_entities, lexicon.platforms, lexicon.groups, lexicon.org_heads, lexicon.roles)
    )


# every UN body's name starts with "United Nations"/"UN"; counting each as a mention of the UN
# itself would inflate the UN's mention count with names that are not about the UN as an actor
_NOT_NESTED = {"un"}


def _nested_organisations(candidates: list[_Candidate], gazetteer: Gazetteer) -> list[_Candidate]:
    """Known organisations named inside a longer organisation name are mentions of their own.

    "Third Committee of the UN General Assembly" also mentions the "UN General Assembly", and
    "UNDG Human Rights Mainstreaming Fund" mentions "UNDG". The inner name must start with a
    capital and end the outer name, be followed by a preposition (not at its start: "European
    Commission for Democracy through Law" and "European Commission against Racism and Intolerance"
    are other bodies than the European Commission), or be a leading acronym followed by a plain word
    (not a quote: in 'HRC "Viasna"' HRC means "Human Rights Centre"): "UN Human Rights" inside "UN
    Human Rights Council" is only a modifier. Rows may therefore nest.
    """
    nested = []
    for c in candidates:
        m = c.mention
        if m.label != "ORG" or len(m.text.split()) < 2:
            continue
        words = [(w.start(), w.end()) for w in re.finditer(r"[^\s\"“”«»()]+", m.text)]
        found: list[tuple[int, int, GazetteerEntry]] = []
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                if (i, j) == (0, len(words)):
                    continue
                start, end = words[i][0], words[j - 1][1]
                if not m.text[start].isupper():
                    break  # a name starts with a capital: not "the ..."
                followed_by = m.text[end : words[j][0]] if j < len(words) else ""
                parent_acronym = i == 0 and j == 1 and words[0][1] - words[0][0] >= 2 and m.text[:end].isupper()
                if parent_acronym and followed_by.strip() == "":
                    pass  # "UNDG Human Rights Mainstreaming Fund", "OSCE Representative on ...": the parent body
                elif j < len(words) and m.text[words[j][0] : words[j][1]].casefold() not in _HEAD_STOPS | {"and"}:
                    continue  # "UN Human Rights" in "UN Human Rights Council" is a modifier, not a name
                elif i == 0 and j < len(words) and m.text[words[j][0] : words[j][1]].casefold() != "and":
                    continue  # the outer name's head goes on: "[European Commission] for Democracy through Law"
                if any(ch in m.text[start:end] for ch in "()"):
                    continue
                inner = gazetteer.lookup(m.text[start:end])
                if inner is None or inner.label != "ORG" or inner.id in _NOT_NESTED:
                    continue
                if (c.entry and inner.id == c.entry.id) or any(s <= start and end <= e for s, e, _ in found):
                    continue
                found.append((start, end, inner))
                break
        for start, end, inner in found:
            text = m.text[start:end]
            inner_mention = replace(m, start_char=m.start_char + start, end_char=m.start_char + end, text=text, role="")
            nested.append(_Candidate(replace(inner_mention, canonical=text), inner))
    return nested


# "<unit> of the <organisation>": the part after "of the" that ends the name.
_OF_THE = re.compile(
    r"\bof the ((?:[A-Z][\w.’'-]*|of|for|on|and|in|the)(?:\s+(?:[A-Z][\w.’'-]*|of|for|on|and|in|the))*)$"
)


def _parent_organisations(candidates: list[_Candidate], gazetteer: Gazetteer, lexicon: Lexicon) -> list[_Candidate]:
    """A unit named after the body it belongs to mentions that body too: "Human Rights Division of
    the United Nations Observer Mission in El Salvador" also mentions the Mission. The body is the
    part after "of the" that ends the name, of two words or more with an organisation head noun
    (a known place there is left to `_places_in_names`; known bodies to `_nested_organisations`).
    """
    found = []
    for c in candidates:
        m = c.mention
        match = _OF_THE.search(m.text) if m.label == "ORG" else None
        if match is None:
            continue
        name = match.group(1)
        words = name.split()
        if len(words) < 2 or not any(w[:1].isupper() and w.casefold() in lexicon.org_heads for w in words):
            continue
        if words[-1].casefold() in lexicon.connectors or gazetteer.lookup(name) is not None:
            continue
        start = m.start_char + match.start(1)
        mention = replace(m, start_char=start, end_char=start + len(name), text=name, canonical=name, role="")
        found.append(_Candidate(mention, None))
    return found


def _with_country(mention: EntityMention, text: str, gazetteer: Gazetteer) -> EntityMention:
    """A country's ministry, government or embassy named without its country gets the country in
    its entity_id: "Norway's Ministry of Foreign Affairs" or "the ministry of foreign affairs of
    Norway" -> org:norway-ministry-of-foreign-affairs (not the same entity as Belarus's ministry).
    """
    words = mention.canonical.split()
    if words[0].casefold() not in _COUNTRY_BODIES:
        return mention
    if any(
        _is_place(gazetteer.lookup(" ".join(words[i:j])))
        for i in range(len(words))
        for j in range(i + 1, len(words) + 1)
    ):
        return mention  # "Ministry of Justice of Belarus": the country is in the name already
    before = re.search(
        r"([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})['’]s?\s+$", text[max(0, mention.start_char - 60) : mention.start_char]
    )
    after = re.match(
        r"\s+of\s+(?:the\s+)?([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})", text[mention.end_char : mention.end_char + 60]
    )
    for match in (before, after):
        place = gazetteer.lookup(match.group(1)) if match else None
        if _is_place(place):
            return replace(mention, entity_id=f"org:{place.id}-{slug(mention.canonical)}")
    return mention


# A State's government named by its nationality or its name before the word (after it: `_GOVERNMENT_OF`).
_GOVERNMENT_BEFORE = re.compile(r"^(?P<country>.+?)(?:['’]s)? [Gg]overnment$")


def _as_government(mention: EntityMention, gazetteer: Gazetteer) -> EntityMention | None:
    """ "the Syrian government", "Sudan's government", "the government of Eritrea" all name the
    Government of <country>: one canonical name and id for every way of writing it (None when the
    mention names no State's government)."""
    match = _GOVERNMENT_BEFORE.match(mention.text) or _GOVERNMENT_OF.match(mention.text)
    if match is None:
        return None
    country = match["country"]
    entry = state_named(gazetteer, country)
    if entry is None:
        return None
    the = "the " if entry.canonical in countries_with_article() else ""
    canonical = f"Government of {the}{entry.canonical}"
    return replace(mention, canonical=canonical, entity_id=f"org:{slug(canonical)}")


def _is_place(entry: GazetteerEntry | None) -> bool:
    return entry is not None and entry.label in ("GPE", "LOC")


def _places_in_names(candidates: list[_Candidate], gazetteer: Gazetteer) -> list[_Candidate]:
    """A known country or city after "of" or "in" inside an organisation's name is a place mention
    too: "Government of the United States of America", "Observer Mission in El Salvador". Not a
    continent or region (LOC): the "Council of Europe" and the "Organization for Security and
    Co-operation in Europe" are named after Europe, not placed in it."""
    found = []
    for c in candidates:
        m = c.mention
        if m.label != "ORG":
            continue
        owner = _GOVERNMENT_BEFORE.match(m.text)
        entry = country_entry(gazetteer, owner["country"]) if owner is not None else None
        if owner is not None and entry is not None:
            # "Sudan's government", "the Singapore Government": the country is named too
            name = owner["country"]
            place = replace(
                m, end_char=m.start_char + len(name), label="GPE", text=name, canonical=name, role="", entity_id=""
            )
            found.append(_Candidate(place, entry))
        for match in re.finditer(r"\b(?:of|in)\s+(?:the\s+)?([A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*)*)", m.text):
            words = match.group(1).split()
            # the longest run of words from the start that is a known place
            for n in range(len(words), 0, -1):
                name = " ".join(words[:n])
                entry = gazetteer.lookup(name)
                if _is_place(entry) and entry.label == "GPE":
                    start = m.start_char + match.start(1)
                    mention = replace(
                        m,
                        start_char=start,
                        end_char=start + len(name),
                        label=entry.label,
                        text=name,
                        canonical=name,
                        role="",
                        entity_id="",
                    )
                    found.append(_Candidate(mention, entry))
                    break
        section = _section_place(m.text, gazetteer)
        if section is not None:
            name, entry = section
            start = m.end_char - len(name)
            place = replace(m, start_char=start, label="GPE", text=name, canonical=name, role="", entity_id="")
            found.append(_Candidate(place, entry))
    return found


def _section_place(name: str, gazetteer: Gazetteer) -> tuple[str, GazetteerEntry] | None:
    """The country or city ending a known organisation's national section or office, and its entry:
    "Mexico" of "ARTICLE 19 Mexico", "Sri Lanka" of "Transparency International Sri Lanka"."""
    words = name.split()
    for n in range(1, min(3, len(words) - 1) + 1):
        place, body = " ".join(words[-n:]), " ".join(words[:-n])
        entry, parent = gazetteer.lookup(place), gazetteer.lookup(body)
        if _is_place(entry) and entry.label == "GPE" and parent is not None and parent.label == "ORG":
            return place, entry
    return None


def _mention(span: Span, doc_id: str, sent_id: int, role: str) -> EntityMention | None:
    """The span as a mention, trimmed of a leading article and trailing punctuation or possessive."""
    text = span.text
    start = span.start_char
    trimmed = _TRIM_START_PUNCT.sub("", text)
    start += len(text) - len(trimmed)
    without_article = _TRIM_START.sub("", trimmed)
    start += len(trimmed) - len(without_article)
    surface = _with_closing_marks(_TRIM_END.sub("", without_article), without_article)
    if without_article[len(surface) : len(surface) + 1] == "." and _FINAL_INITIAL.search(surface):
        surface += "."  # a name ending with an initial keeps its full stop: "Kounthini R."
    lower_body = span.label_ == "ORG" and surface.split(" ", 1)[0].casefold() in _LOWER_CASE_HEADS
    # (a line break inside a name only where a line wraps a gazetteer name: "Working Group on the
    # Universal\nPeriodic Review")
    broken = "\n" in surface and not (span.id_ and all(map(is_line_wrap, _LINE_BREAKS.findall(surface))))
    if len(surface) < 2 or broken or not (lower_body or any(ch.isupper() for ch in surface)):
        return None
    if lower_body and any(w.islower() and w not in _HEAD_STOPS | {"and", "the"} for w in surface.split()):
        # "the ministry of foreign affairs": a named body written in lower case gets its name's capitals
        canonical = " ".join(w if w in _HEAD_STOPS | {"and", "the"} else w[:1].upper() + w[1:] for w in surface.split())
        return EntityMention(
            doc_id, start, start + len(surface), span.label_, surface, canonical, role=role, sent_id=sent_id
        )
    return EntityMention(
        doc_id=doc_id,
        start_char=start,
        end_char=start + len(surface),
        label=span.label_,
        text=surface,
        canonical=surface,
        role=role,
        sent_id=sent_id,
    )


_CLOSING_MARKS = {")": "(", "]": "[", "”": "“", '"': '"'}


def _with_closing_marks(surface: str, text: str) -> str:
    """`surface` (a prefix of `text`) taken on over the closing brackets and quotation marks that
    close one it opens: "Giuristi Democratici (Italian Democratic Lawyers Association)", "Human
    Rights Center “Memorial”", not a name cut inside its own brackets."""
    while (close := text[len(surface) : len(surface) + 1]) in _CLOSING_MARKS:
        opening = _CLOSING_MARKS[close]
        still_open = (
            surface.count(opening) % 2 == 1 if opening == close else surface.count(opening) > surface.count(close)
        )
        if not still_open:
            break
        surface += close
    return surface


def _looks_like_person_name(text: str, lexicon: Lexicon) -> bool:
    """Every word capitalised (or a particle such as "von" or a patronymic's "uulu", or joined to the
    name by a hyphen as Arabic names join "al-" / "el-": "Abdulhadi al-Khawaja"), no digits: "Kristina Rikhter". A
    transliteration's sign for the letter ‘ayn may open a word: "Ali ‘Esa Mansoor al-‘Ekri"."""
    words = [w.lstrip(AYN_SIGNS) for w in text.split()]
    if any(ch.isdigit() for ch in text):
        return False
    lower_ok = lexicon.name_particles | lexicon.patronymic_markers  # "von", and "kyzy" after a patronymic
    return all(w[:1].isupper() or w in lower_ok or _particle_joined(w, lexicon) for w in words)


def _is_title_alone(name: Span, text: str, lexicon: Lexicon) -> bool:
    """Does the person's name end in a title word, so that it is a title without a name ("Special
    Rapporteur", "the Anglican Bishop")? A given name and a title that is also a surname is a name
    ("Julie Bishop", "Debra King"): two words, the first no title word, no article before them."""
    words = text.split()
    if words[-1].casefold() not in lexicon.roles:
        return False
    if len(words) > 2 and words[-2].casefold() in lexicon.name_particles:
        return False  # a surname after a particle: "Tarig El Sheikh"
    if len(words) != 2 or words[-1].casefold() not in lexicon.surname_roles:
        return True
    first = words[0].casefold()
    before = name.doc[name.start - 1] if name.start > 0 else None
    after_article = before is not None and (before.pos_ == "DET" or before.tag_ == "PRP$" or before.tag_ == "POS")
    return first in lexicon.roles or first in lexicon.title_modifiers or after_article


def _particle_joined(word: str, lexicon: Lexicon) -> bool:
    particle, hyphen, rest = word.partition("-")
    return bool(hyphen) and particle in lexicon.name_particles and rest.lstrip(AYN_SIGNS)[:1].isupper()


# -- titles and roles ---------------------------------------------------------------------------


def split_role(ent: Span, lexicon: Lexicon) -> tuple[Span | None, str]:
    """A PERSON span without its title, and the title ("" if none).

    "UN High Commissioner for Human Rights Michelle Bachelet" -> ("Michelle Bachelet",
    "UN High Commissioner for Human Rights"); "RC Joanna" -> ("Joanna", "RC"); the title may be
    inside the model's span or right before it ("Norway's Minister of Foreign Affairs Ine
    Eriksen Søreide", "head of the HRC "Viasna" Ales Bialiatski"). Other labels pass unchanged.
    """
    if ent.label_ != "PERSON":
        return ent, ""
    doc = ent.doc
    start = ent.start
    while start < ent.end and _is_role_word(doc[start], lexicon):
        start += 1
    if start == ent.end:
        return None, ""
    start = _after_title_inside(doc, start, ent.end, lexicon)
    name = Span(doc, start, ent.end, label=ent.label_, span_id=ent.id_)
    role_start = _role_start(doc, start, lexicon)
    if role_start is None:
        return name, ""
    role_end = start
    while role_end > role_start and doc[role_end - 1].text in {",", ":"}:
        role_end -= 1
    return name, doc[role_start:role_end].text.strip()


# Title words that are also names or parts of names ("Martin Luther King", "Ahmed Sheikh Mohamed"):
# never the end of a title inside a name the model found.
_NAME_LIKE_ROLES = frozenset({"king", "queen", "sheikh", "general", "dame", "sir"})


def _after_title_inside(doc: Doc, start: int, end: int, lexicon: Lexicon) -> int:
    """Where the name begins after a title the model ran into it, "Goroka MP Aiye Tambua" ->
    "Aiye Tambua": capitalised words ending in a title word, then a name of two words or more."""
    for k in range(end - 3, start - 1, -1):
        word = doc[k].text.casefold()
        if _is_role_word(doc[k], lexicon) and word not in _NAME_LIKE_ROLES:
            name = doc[k + 1 : end]
            if all(t.text[:1].isupper() and t.is_alpha for t in name) and all(
                t.text[:1].isupper() for t in doc[start:k]
            ):
                return k + 1
            return start
    return start


def _role_start(doc: Doc, name_start: int, lexicon: Lexicon) -> int | None:
    """Start of the title right in front of a name, or None when there is no title word there."""
    j = name_start - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1  # "Sviatlana Tsikhanouskaya's Advisor on Legal Affairs, Kristina Rikhter"
    if j < 0 or doc[j].text.casefold() in lexicon.connectors:
        return None  # "representatives of the Lukashenka regime": the name is a modifier here
    # (the entities are read from the tokens: `doc.ents` builds every span of the document at each access)
    office_start = _entity_start(doc, j) if doc[j].ent_type_ == "ORG" else None
    ends_here = j + 1 >= len(doc) or doc[j + 1].ent_iob_ != "I"
    if office_start is not None and ends_here and any(_is_role_word(t, lexicon) for t in doc[office_start : j + 1]):
        return office_start  # "The Special Rapporteur on the situation of human rights in Belarus, Nils Muižnieks"
    first = j + 1
    while j >= 0 and name_start - j <= _ROLE_MAX_TOKENS:
        token = doc[j]
        if "\n" in token.text or token.is_space:
            break
        word = token.text.casefold()
        if token.ent_type_ == "PERSON" and not _in_one_entity(doc, j, name_start):
            break  # "Ms. Racu and Mr. Popescu": another person's name is never part of a title
        if not (
            token.text[:1].isupper()
            or word in lexicon.connectors
            or token.text in _POSSESSIVES
            or token.is_quote
            or token.text in ("-", "/")
            or word in lexicon.roles
        ):
            break
        first = j
        j -= 1
    while first < name_start and (
        doc[first].text.casefold() in lexicon.connectors or doc[first].is_quote or doc[first].text in _POSSESSIVES
    ):
        first += 1
    # a capitalised sentence opener ("Today President ...") is not part of the title
    while (
        first < name_start
        and doc[first].is_sent_start
        and not doc[first].ent_type_
        and not _is_role_word(doc[first], lexicon)
    ):
        first += 1
    tokens = [t for t in doc[first:name_start] if t.text != ","]
    if not any(_is_role_word(t, lexicon) for t in tokens):
        return None
    return first


def _entity_start(doc: Doc, i: int) -> int:
    """The first token of the entity that holds token `i` (which is in one)."""
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    return i


def _in_one_entity(doc: Doc, first: int, last: int) -> bool:
    """Do tokens `first` and `last` (first <= last) lie in the same entity?"""
    return bool(doc[first].ent_type_) and all(doc[k].ent_iob_ == "I" for k in range(first + 1, last + 1))


def _is_role_word(token: Token, lexicon: Lexicon) -> bool:
    return token.text.casefold() in lexicon.roles


# -- linking within a document --------------------------------------------------------------------


def link_within_document(
    candidates: list[_Candidate], text: str, lexicon: Lexicon | None = None
) -> list[EntityMention]:
    """Give every mention of one entity the same canonical name, label and entity_id.

    Non-entities that only show once linked are dropped: an organisation whose name ends in a
    title or a document word ("Senior Human Rights Adviser", "Universal Periodic Review"), and
    a one-word person name that is neither in the gazetteer nor part of a fuller name here.
    """
    lexicon = lexicon or default_lexicon()
    acronyms = _acronym_definitions(candidates, text)
    full_names = [c for c in candidates if c.mention.label == "PERSON" and len(c.mention.text.split()) > 1]
    places = {c.mention.text: c for c in candidates if c.mention.label in ("GPE", "LOC")}
    addressee = _addressed_government(candidates, places)
    linked: list[tuple[EntityMention, GazetteerEntry | None]] = []
    for c in candidates:
        m, entry = c.mention, c.entry
        # "Long Name (ACR)" in this text decides what ACR means here, over the gazetteer: "ICJ" is
        # the International Commission of Jurists where the text says so, not the Court
        target = acronyms.get(m.text)
        ending = _named_by_its_last_word(m, entry, candidates)
        if target is not None:
            m, entry = replace(m, label=target.mention.label, canonical=target.mention.canonical), target.entry
        elif addressee is not None and entry is None and _EXCELLENCY.match(m.text):
            # "the Government of Your Excellency" in a letter to a State: that State's government
            m, entry = replace(m, canonical=addressee.mention.canonical, entity_id=addressee.mention.entity_id), None
        elif ending is not None:
            # "the Memorial" after "Auschwitz Memorial": this document's Memorial, not the gazetteer's
            m, entry = replace(m, canonical=ending.mention.canonical), None
        elif entry is None and m.label == "ORG" and m.text in places:
            # "Kano's Sharia Penal Code": a one-word "organisation" the document also names as a place
            m, entry = replace(m, label=places[m.text].mention.label), places[m.text].entry
        elif (
            entry is None
            and m.label == "ORG"
            and len(m.text.split()) > 1
            and not _names_no_organisation(m.text, lexicon)  # "Universal Periodic Review": a process
            and (longer := _long_form(m, candidates)) is not None
        ):
            # "Working Group" after "Working Group on Arbitrary Detention": the short form of a name here
            m, entry = replace(m, canonical=longer.mention.canonical), longer.entry
        elif entry is None and m.label == "ORG" and (named := _person_after_one_word(m, full_names)) is not None:
            # "the Presidency of Nicaragua Félix Maradiaga", "the Sandinista Daniel Ortega": a place or
            # group word run into the full name of a person named here is that person
            start = m.end_char - len(named.mention.text)
            m = replace(m, start_char=start, text=named.mention.text, label="PERSON", canonical=named.mention.text)
            entry = named.entry
        elif entry is None and m.label != "PERSON" and _is_person_name_here(m, full_names, lexicon):
            # "Aung San Suu Kyi" as ORG where the text also has her as a person: one person
            fuller = _fuller_name(m, full_names) or next(f for f in full_names if f.mention.text == m.text)
            m, entry = replace(m, label="PERSON", canonical=fuller.mention.text), fuller.entry
        elif entry is None and (m.label == "PERSON" or len(m.text.split()) == 1):
            # a one-word organisation or place that is the surname of a person named here is that
            # person: the model often labels a lone surname ORG ("Mijatovic also met ...")
            fuller = _fuller_name(m, full_names)
            longer = _long_form(m, candidates) if fuller is None and m.label == "ORG" else None
            if fuller is not None:
                m, entry = replace(m, label="PERSON", canonical=fuller.mention.text), fuller.entry
            elif longer is not None:
                m, entry = replace(m, canonical=longer.mention.canonical), longer.entry
            elif m.label == "PERSON" and len(m.text.split()) == 1 and not m.role and not _is_case_party(m, text):
                continue  # a lone word, unless a title shows a person ("President Ortega")
        if entry is not None:
            m = replace(m, label=entry.label, canonical=entry.canonical, entity_id=entry.id)
        elif m.label == "ORG" and _names_no_organisation(m.canonical, lexicon):
            continue
        if m.label == "ORG" and _head_word(m.canonical).casefold() in lexicon.mandate_heads:
            continue  # "Special Rapporteur on ...": one person's title, even when the gazetteer lists it
        linked.append((m, entry))
    return _unify_spellings([m for m, _ in linked])


# How letters to a State (special procedures' communications, diplomatic notes) name its government.
_EXCELLENCY = re.compile(r"^[Gg]overnment of (?:His|Her|Your|his|her|your) Excellency$")
_GOVERNMENT_OF = re.compile(r"^[Gg]overnment of (?:the )?(?P<country>.+)$")


def _addressed_government(candidates: list[_Candidate], places: dict[str, _Candidate]) -> _Candidate | None:
    """The one "Government of <place named here>" of the document (None when none or several)."""
    found: dict[str, _Candidate] = {}
    for c in candidates:
        match = _GOVERNMENT_OF.match(c.mention.canonical) if c.mention.label == "ORG" else None
        if match and _EXCELLENCY.match(c.mention.text) is None and match.group(1) in places:
            found.setdefault(c.mention.canonical, c)
    return next(iter(found.values())) if len(found) == 1 else None


def _is_person_name_here(mention: EntityMention, full_names: list[_Candidate], lexicon: Lexicon) -> bool:
    """A name of two words or more, with no organisation word, that is (part of) a person's full name here."""
    words = mention.text.split()
    if len(words) < 2 or any(w.casefold() in lexicon.org_heads for w in words):
        return False
    return any(f.mention.text == mention.text for f in full_names) or _fuller_name(mention, full_names) is not None


def _person_after_one_word(mention: EntityMention, full_names: list[_Candidate]) -> _Candidate | None:
    """The full name of a person named here that this organisation's text is, after one word."""
    words = mention.text.split()
    if len(words) < 3:
        return None
    rest = " ".join(words[1:])
    return next((f for f in full_names if f.mention.text == rest), None)


def _named_by_its_last_word(
    mention: EntityMention, entry: GazetteerEntry | None, candidates: list[_Candidate]
) -> _Candidate | None:
    """A one-word known organisation name that ends a longer, unknown organisation name here
    ("Memorial" and "Auschwitz Memorial") refers to that organisation in this document."""
    if entry is None or mention.label != "ORG" or len(mention.text.split()) != 1:
        return None
    longer = {
        c.mention.canonical: c
        for c in candidates
        if c.entry is None and c.mention.label == "ORG" and c.mention.text.endswith(" " + mention.text)
    }
    return next(iter(longer.values())) if len(longer) == 1 else None


def _long_form(mention: EntityMention, candidates: list[_Candidate]) -> _Candidate | None:
    """The one longer organisation name here that starts with this short form: "Amnesty" ->
    "Amnesty International" in the same document, "Working Group" -> "UN Working Group on ..."
    (by its canonical name, "Working Group on ..."). None when several names start with it."""
    words = mention.text.split()
    longer = {
        # (one known body however its mentions are written: "United Nations Working Group on X", "Working Group on X")
        c.entry.id if c.entry is not None else c.mention.canonical: c
        for c in candidates
        if c.mention.label == "ORG"
        and any(len(name.split()) > len(words) and name.split()[: len(words)] == words for name in _names_of(c))
    }
    return next(iter(longer.values())) if len(longer) == 1 else None


def _names_of(candidate: _Candidate) -> set[str]:
    """The candidate's text and canonical names, the gazetteer's included."""
    names = {candidate.mention.text, candidate.mention.canonical}
    return names | {candidate.entry.canonical} if candidate.entry is not None else names


def _is_case_party(mention: EntityMention, text: str) -> bool:
    """ "Junger v. Daley": a party of a court case, cited by surname alone."""
    return bool(
        re.match(r"\s+vs?\.\s", text[mention.end_char : mention.end_char + 5])
        or re.search(r"\svs?\.\s+$", text[max(0, mention.start_char - 5) : mention.start_char])
    )


def _fuller_name(mention: EntityMention, full_names: list[_Candidate]) -> _Candidate | None:
    """The longest full name of which `mention` is a run of words: "Bachelet" in "Michelle Bachelet",
    also in other capitals ("Mr BIni", a typing slip, in "Ola Bini")."""
    words = mention.text.casefold().split()
    best = None
    for c in full_names:
        other = c.mention.text.casefold().split()
        if len(other) <= len(words):
            continue
        contained = any(other[i : i + len(words)] == words for i in range(len(other) - len(words) + 1))
        if contained and (best is None or len(c.mention.text) > len(best.mention.text) or (c.entry and not best.entry)):
            best = c
    return best


def _names_no_organisation(canonical: str, lexicon: Lexicon) -> bool:
    """True when the name's head noun is a title or a document word, not an organisation.

    The head of an English name is its last word before the first preposition or quote:
    "National Plan of Gender Equality" -> "Plan", "Senior Human Rights Adviser" -> "Adviser".
    """
    head = _head_word(canonical).casefold()
    if _ends_with_organisation_head(canonical, lexicon):
        return False  # "Defenders of Human Rights Centre": the body the whole name heads
    return head in lexicon.roles or head in lexicon.non_org_heads


def _ends_with_organisation_head(name: str, lexicon: Lexicon) -> bool:
    """Does an organisation head noun end the name after a complement of its first word, with no
    "the" in it ("Defenders of Human Rights Centre"; not "Report of the Committee", a document)?"""
    words = name.split()
    complement = next((k for k, w in enumerate(words) if w.casefold() in _HEAD_STOPS), None)
    if complement is None or complement == len(words) - 1:
        return False
    if any(w.casefold() == "the" for w in words[complement:]):
        return False
    return words[-1].strip(".,;:").casefold() in lexicon.org_heads


def _head_word(name: str) -> str:
    """The last word of an English name before its first preposition or quote."""
    head = ""
    for word in re.split(r"\s+|(?=[\"“”«])", name):
        if not word:
            continue
        if word.casefold() in _HEAD_STOPS or word[:1] in '"“”«':
            break
        head = word
    return head


def _acronym_definitions(candidates: list[_Candidate], text: str) -> dict[str, _Candidate]:
    """ "ACR" -> the mention it abbreviates, from "Long Name (ACR)" in the text.

    The long name is an organisation mention ending right before " (ACR)" whose capitalised
    words start with the acronym's first letter; a gazetteer entry's own acronyms come from the
    gazetteer instead.
    """
    found: dict[str, _Candidate] = {}
    # (a known place in brackets says where: "Progressive Atheists Inc (Australia)")
    places = {c.mention.text for c in candidates if c.entry is not None and c.entry.label in ("GPE", "LOC")}
    for c in candidates:
        m = c.mention
        if m.label != "ORG":
            continue
        match = re.match(r"\s*\(([A-Z][A-Za-z./&-]{1,11})\)", text[m.end_char : m.end_char + 16])
        if match is None or match.group(1) in places:
            continue
        acronym = match.group(1)
        initials = {w[0] for w in m.text.split() if w[:1].isupper()}
        # an all-capital acronym may stand for the name in another language: "(INREDH)"
        if (acronym[0] in initials or (acronym.isupper() and len(acronym) >= 3)) and acronym != m.text:
            found.setdefault(acronym, c)
    return found


def _unify_spellings(mentions: list[EntityMention]) -> list[EntityMention]:
    """Mentions whose canonical names differ only in case, accents or punctuation share one, and
    so do persons' names that differ only in a doubled letter ("Nargess Mohammadi", "Narges
    Mohammadi": transliterations of one name).

    The shared canonical is the most frequent spelling (the first one seen on a tie), and the
    entity_id of non-gazetteer entities is derived from it: label prefix + slug.
    """
    keys = [_spelling_key(m) for m in mentions]
    spellings: dict[tuple[str, str], Counter] = {}
    for m, key in zip(mentions, keys, strict=True):
        spellings.setdefault(key, Counter())[m.canonical] += 1
    out = []
    for m, key in zip(mentions, keys, strict=True):
        prefix = _ID_PREFIX[m.label]
        counts = spellings[key]
        canonical = max(counts, key=lambda s: counts[s]) if not m.entity_id else m.canonical
        entity_id = m.entity_id or f"{prefix}:{slug(canonical)}"
        out.append(replace(m, canonical=canonical, entity_id=entity_id))
    return out


def _spelling_key(mention: EntityMention) -> tuple[str, str]:
    key = normalise(mention.canonical)
    if mention.label == "PERSON" and " " in key:
        key = re.sub(r"(\w)\1+", r"\1", key)  # "nargess mohammadi" -> "narges mohamadi"
    return _ID_PREFIX[mention.label], key


def extract(doc: Doc, context: Context) -> list[EntityMention]:
    """The `entities` extractor of the registry."""
    return extract_entities(doc, context.doc_id, context.sent_of, gazetteer=context.gazetteer, text=context.text)
