"""A spaCy component that corrects `doc.ents` after the statistical NER and the gazetteer ruler.

The small English model splits and joins names badly on our texts (menu lines glued into one
span, "Belarus" as an organisation, "Sviatlana Tsikhanouskaya's Advisor on Legal Affairs" as one
organisation). These rules fix the spans on the Doc itself, so every later step (entities,
demands) sees the same corrected entities. Spans the gazetteer matched (they carry an `ent_id_`)
are trusted and never dropped; every rule is generic and its word lists are data
(`pipeline/data/entity_lexicon.json`).
"""

from __future__ import annotations

import bisect
import itertools
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from functools import cache

from spacy.attrs import ENT_ID
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline import config
from pipeline.nlp.dictionary import NO_WORDS, OPERATIVE_ADVERBS, EnglishWords, english_words, recommendation_verbs
from pipeline.nlp.gazetteer import (
    ADMINISTRATIVE_UNITS,
    AYN_SIGNS,
    ROMAN_ORDINAL,
    Gazetteer,
    GazetteerEntry,
    Lexicon,
    country_adjectives,
    country_entry,
    gazetteer_from,
    lexicon_from,
    normalise,
)
from pipeline.nlp.gazetteer_ruler import is_line_wrap
from pipeline.nlp.sentences import line_ends
from pipeline.nlp.signatories import is_kind_heading, signatory_headings
from pipeline.nlp.text import doc_text, tokens_written
from pipeline.records import ENTITY_LABELS

_POSSESSIVES = {"'s", "’s", "'", "’"}
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
_POSSESSIVE_DETERMINERS = frozenset({"my", "our", "your", "his", "her", "their", "its"})
# words that may stand between a name's comma and the title after it ("X, the Special Rapporteur")
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
# surnames with an inner capital: "McKew", "MacDonald", "O'Flaherty"
_MAC_NAME = re.compile(r"(?:Mc|Mac|O['’])[A-Z][a-z]+")
_TITLE_OPENERS = frozenset({"the", "a", "an", "former", "acting"})
# Words a name cannot end with: a span ending so was cut before the rest of the name.
_OPEN_ENDS = frozenset({"of", "the", "for", "and"})
# (a possessive too: the model may begin a name with the owner's clitic, "the nation| ’s Supreme Court")
_ADVERB_TAGS = ("RB", "RBR", "RBS")
_DASHES = frozenset({"-", "–", "—"})
_ROLE_WORDS = 4  # a signer's role after the comma: "Executive Director", "atheist Writer & Editor"
_ARTICLES = frozenset({"the", "a", "an"})
# The words a title and what it is for may run through up to a comma ("Special Rapporteur on the
# situation of human rights in Belarus,"), and how far.
_TITLE_PHRASE_POS = frozenset({"ADP", "DET", "ADJ", "NOUN", "PROPN", "CCONJ", "PART"})
_TITLE_REACH = 15
_LEADING_JUNK = {*_ARTICLES, *_DASHES, "(", "[", '"', "“", "”", "‘", "’", "'", "«", "»", "'s", "’s"}
# words that may follow an organisation's head noun as its complement ("Ministry of Interior of
# the Republic of Belarus", "Delegation to Belarus"); "in" is left out on purpose: "Team in
# Belarus" says where the team is, it is not part of the name.
_COMPLEMENT_STARTERS = {"of", "for", "on", "against", "to"}


@Language.factory(
    "hr_entity_rules",
    assigns=["doc.ents"],
    requires=["doc.ents", "token.pos"],
    default_config={"gazetteer": "", "lexicon": ""},
)
def make_entity_rules(nlp: Language, name: str, gazetteer: str, lexicon: str) -> EntityRules:
    """`gazetteer`: folder of `gazetteer*.jsonl` ("" = the package's); `lexicon`: the word lists
    ("" = `pipeline/data/entity_lexicon.json`). Both are read in `initialize`."""
    return EntityRules(gazetteer_from(gazetteer), lexicon_from(lexicon), sources=(gazetteer, lexicon))


class EntityRules:
    """Split, trim, merge, relabel and drop entity spans; see `__call__` for the order."""

    def __init__(self, gazetteer: Gazetteer, lexicon: Lexicon, sources: tuple[str, str] = ("", "")) -> None:
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.sources = sources
        self.english: EnglishWords = NO_WORDS  # the model's dictionary, set by `initialize`

    def initialize(self, get_examples=None, *, nlp: Language | None = None, gazetteer: Gazetteer | None = None) -> None:
        """Read the gazetteer and word lists named in the config (or use `gazetteer`, already read),
        and take the English words of `nlp`'s lemmatizer (rules that need them stay off without)."""
        self.gazetteer = gazetteer or gazetteer_from(self.sources[0])
        self.lexicon = lexicon_from(self.sources[1])
        self.english = english_words(nlp) if nlp is not None else NO_WORDS

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        model_labels: dict[tuple[int, int], str] = {}
        lexicon = self.lexicon
        joined = _join_split_names(
            doc,
            lexicon.name_particles,
            self.gazetteer.lookup,
            lexicon.nasab_particles,
            lexicon.titles_not_surnames,
        )
        ents = _instrument_title_tails(_law_head_out_of_date(joined))
        text = doc_text(doc)  # once per document: for the rules that read lines, and the extractors after
        outline = _outline_letters(doc, text)
        limits = [e.start for e in ents[1:]] + [len(doc)] * bool(ents)  # each up to the next
        for ent, limit in zip(ents, limits, strict=True):
            ent = self._complete_name_against(_complete_law_title(ent, limit))
            parts = (q for part in split_at_line_breaks(ent) for q in split_at_relative_words(part))
            credited = (c for part in parts for c in self._split_photo_credit(part))
            coordinated = (c for part in credited for c in self._split_coordination(part))
            coordinated = (c for part in coordinated for c in _split_plural_subject(part))
            held = (h for part in coordinated for h in self._split_at_holders_title(part))
            for piece in (p for part in held for p in self._split_place_before_holder(part)):
                piece = self._cut_at_possessive(piece)
                piece = _without_outline_letter(piece, outline)
                piece = trim_span(_cut_before_date(self._person_before_comma(piece))) if piece is not None else None
                if piece is not None:
                    piece = self._place_without_title(piece)
                    piece = self._facility_or_body_by_head(piece)
                    piece = _website_as_organisation(self._relabel(self._organiser_of_event(piece)))
                    piece = self._person_by_title(self._person_after_title(self._person_by_apposition(piece)))
                    # (after: "Balaod Mindanaw Executive" is no name of foreign words)
                    piece = self._name_before_title(self._person_by_foreign_words(piece))
                    piece = self._person_before_own_title(piece)
                    piece = _region_with_compass_word(self._territorial_unit(piece))
                    law = self._law_or_case(piece, limit)
                    if law.label_ == "LAW" and piece.label_ != "LAW":
                        model_labels[(law.start, law.end)] = piece.label_  # what the model saw in a case
                    spans.append(law)
        # a headline read as one name still names the known bodies in it ("... - OHCHR")
        spans = [k for s in spans for k in (self._known_names_in(s) if self._is_headline(s) and not s.id_ else [s])]
        spans = [s for s in spans if not self._is_non_entity(s)]
        spans = [self._without_headline_verb(s) for s in spans]
        # a law's title made longer than the model's span holds what the model read inside it
        # ("... Trafficking in Persons | Bill", the last word read as a person's name)
        laws = [s for s in spans if s.label_ == "LAW"]
        spans = [s for s in spans if not any(law is not s and _within(s, law) for law in laws)]
        checked = {(s.start, s.end) for s in spans}  # no headline among them any more
        spans = self._add_organisation_phrases(doc, spans, outline)
        spans = _names_ending_at_their_short_form(doc, spans, text)
        spans = self._add_ministries(doc, spans)
        spans = self._add_governments(doc, spans)
        spans = self._add_offices_of_titles(doc, spans)
        spans = self._add_organisations_by_kind(doc, spans)
        spans = self._add_media_names(doc, spans)
        spans = self._missions_with_their_place(doc, spans)
        spans = [self._cut_before_infinitive(s) for s in spans]
        spans = [k for s in spans if (k := self._without_operative_verb(s)) is not None]
        # the phrases those rules build from capitalised words may be a headline too ("Human Rights
        # Chief Condemns Police", built around its head "Police")
        spans = [s for s in spans if s.id_ or (s.start, s.end) in checked or not self._is_headline(s)]
        spans = self._organisations_named_for_days(doc, spans)
        spans = self._add_signatories(doc, spans, text)
        spans = _same_kind_in_a_list_with_places(spans, text, lexicon.organisation_nouns)
        spans = self._persons_in_name_lists(doc, spans, text)
        spans = self._add_names_marked_by_sex(doc, spans, text)
        spans = self._add_case_parties(doc, spans, model_labels)
        spans = self._persons_with_initials(doc, spans)
        spans = self._persons_named_as_examples(doc, spans)
        spans = self._add_names_after_roles(doc, spans)
        spans = self._add_names_after_owners(doc, spans)
        spans = self._add_listed_names(doc, spans)
        spans = self._persons_by_coordination(doc, spans)
        # (after the list rules: before them, the signer's organisation would read as a second person)
        spans = self._signers_with_affiliations(doc, spans)
        spans = self._add_names_spelled_by_acronyms(doc, spans)
        spans = self._add_acronyms(doc, spans)
        spans = self._add_names_after_titles(doc, spans)
        spans = self._add_names_before_titles(doc, spans)
        # (after the rules on lists of names, which would read "Amnesty International Turkey" as one)
        spans = self._national_sections(doc, spans)
        spans = [self._without_owned_title(s) for s in spans]
        spans = [s for s in spans if not self._is_title(s)]  # after: a title finds its holder's name
        spans = self._whole_person_names(doc, spans)
        spans = [self._without_post_nominals(s) for s in spans]
        spans = [s for s in spans if not self._ends_as_no_name(s)]
        spans = _persons_by_name(spans, self.gazetteer.by_id)
        spans = self._with_patronymic_markers(doc, spans)
        # doc.ents keeps a token's old ent_id when a new span without an id covers it; clear them
        # so a merged span never inherits the id of a gazetteer name it swallowed
        for i in doc.to_array([ENT_ID]).nonzero()[0].tolist():
            doc[i].ent_id_ = ""
        # Each rule keeps clear of the spans before it; should two still overlap, the longer one
        # stays rather than the document failing (spaCy refuses overlapping entities).
        doc.ents = sorted(filter_spans(spans), key=lambda s: s.start)
        return doc

    # -- rules on one span ------------------------------------------------------------------

    def _complete_name_against(self, span: Span) -> Span:
        """A body's name the model cut before its "against" ("[European Commission] against Racism and
        Intolerance", "[Coalition] against Corruption"): on through the capitalised words after it,
        joined by "and", "of" or "the", over what the model read there as a name of another kind
        ("Racism and Intolerance" as a work of art) but not into a person, place or date. The longer
        name is another body than a known one it starts with: it keeps no gazetteer id."""
        doc = span.doc
        k = span.end
        if span.label_ != "ORG" or span[-1].lower_ not in self.lexicon.org_heads or k + 1 >= len(doc):
            return span
        if doc[k].lower_ != "against" or not _is_capitalised(doc[k + 1]):
            return span
        end = _capitalised_run_end(doc, k + 1, k + _AGAINST_WORDS, _NOT_IN_A_BODYS_NAME)
        return Span(doc, span.start, end, label="ORG")

    def _is_headline(self, span: Span) -> bool:
        """A title-case headline read as one name (`_is_headline_phrase`), or one the tagger read
        as proper nouns throughout: a capitalised verb of `headline_verbs` inside it ("Human Rights
        Chief Condemns Police"), or a base-form verb that recommendations open with first, in a
        span with no organisation head ("Enforce ICJ Provisional Measures"; not "Open Society
        Foundations")."""
        if _is_headline_phrase(span):
            return True
        if len(span) < 2:
            return False
        if any(t.text.istitle() and t.lower_ in self.lexicon.headline_verbs for t in span[1:]):
            return True
        return (
            span[0].text.istitle()
            and span[0].lower_ in recommendation_verbs()
            and not any(t.lower_ in self.lexicon.org_heads for t in span)
        )

    def _split_photo_credit(self, span: Span) -> list[Span]:
        """ "Jorge Silva/Reuters", "AP Photo/Jane Roe": a photo credit is the agency (an organisation)
        and the photographer (a person), not one name. Only when a part is a news agency
        (`news_agencies`): "Radio Free Europe/Radio Liberty" is one name. The copyright word before a
        credit is no part of it ("Copyright AP Photo/Alexander Zemlianichenko")."""
        doc = span.doc
        if len(span) > 1 and span[0].lower_ in ("copyright", "©"):
            span = Span(doc, span.start + 1, span.end, label=span.label_)
        if not any(t.text == "/" for t in span):
            return [span]
        # the parts are split at slashes, and at a spaced dash that joins a second agency to the
        # credit: "Johan Ordonez / AFP - Getty Images"
        breaks = [
            t.i for t in span if t.text == "/" or (t.text in _DASHES and t.whitespace_ and doc[t.i - 1].whitespace_)
        ]
        bounds = zip([span.start, *(i + 1 for i in breaks)], [*breaks, span.end], strict=True)
        parts, credited = [], []
        for start, end in bounds:
            photo = False
            while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("photo", "photos")):
                photo = photo or doc[end - 1].lower_ in ("photo", "photos")
                end -= 1  # "AP Photo", "Reuters]"
            while start < end and doc[start].is_punct:
                start += 1
            if end > start:
                parts.append(Span(doc, start, end))
                if photo:
                    credited.append(parts[-1])  # "UN Photo/Eskinder Debebe": whoever's photo it is
        if parts and parts[-1].end == span.end < len(doc):
            # the model may stop inside the agency's name: "Getty | Images"
            longer = Span(doc, parts[-1].start, span.end + 1)
            if longer.text.casefold() in self.lexicon.news_agencies:
                parts[-1] = longer
        agencies = [p for p in parts if p.text.casefold() in self.lexicon.news_agencies or p in credited]
        if not agencies:
            agencies = self._credited_organisation(span, parts)
        if not agencies:
            return [span]
        if parts and parts[-1] not in agencies:
            # the model may stop inside the photographer's name: "[UN Photo/Eskinder] Debebe"
            end = parts[-1].end
            while (
                end < len(doc)
                and end - parts[-1].start < 4
                and not doc[end].ent_type_
                and _is_name_token(doc[end], self.lexicon)
            ):
                end += 1
            parts[-1] = Span(doc, parts[-1].start, end)
        # (a hyphenated first name or surname is one name: "UN Photo/Jean-Marc Ferre")
        people = [
            Span(doc, p.start, p.end, label="PERSON")
            for p in parts
            if p not in agencies
            and 2 <= len([t for t in p if t.text != "-"]) <= 4
            and all(_is_name_token(t, self.lexicon) or _closed_hyphen(t) for t in p)
        ]
        return sorted([*(Span(doc, a.start, a.end, label="ORG") for a in agencies), *people], key=lambda s: s.start)

    def _credited_organisation(self, span: Span, parts: list[Span]) -> list[Span]:
        """The organisation of a credit in brackets made of a known organisation and a person's
        name: "(CPJ/Loghman Fattahi)" under a photo; [] for any other name with a slash."""
        doc = span.doc
        bracketed = (
            span.start > 0 and doc[span.start - 1].text == "(" and span.end < len(doc) and doc[span.end].text == ")"
        )
        if not bracketed or len(parts) != 2 or self.gazetteer.lookup(span.text) is not None:
            return []
        known = [p for p in parts if (entry := self.gazetteer.lookup(p.text)) is not None and entry.label == "ORG"]
        other = [p for p in parts if p not in known]
        if len(known) != 1 or len(other) != 1 or self.gazetteer.lookup(other[0].text) is not None:
            return []
        named = 2 <= len(other[0]) <= 4 and all(_is_name_token(t, self.lexicon) for t in other[0])
        return known if named else []

    def _split_coordination(self, span: Span) -> list[Span]:
        """ "the URNG and the Government of Guatemala", "OMCT & FIDH": two names joined by "and the",
        or two known names joined by "and" or "&", are two spans."""
        if span.id_ or span.label_ not in ("ORG", "GPE", "LOC"):
            return [span]
        doc = span.doc
        for token in span[1:-1]:
            if token.lower_ not in ("and", "&"):
                continue
            # two known names: "OMCT & FIDH", "the EU and the UN"
            left, right = doc[span.start + (span[0].lower_ == "the") : token.i], doc[token.i + 1 : span.end]
            right = right[1:] if len(right) > 1 and right[0].lower_ == "the" else right
            known = [self.gazetteer.lookup(part.text) for part in (left, right)]
            if all(entry is not None for entry in known):
                return [
                    Span(doc, part.start, part.end, label=entry.label, span_id=entry.id)
                    for part, entry in zip((left, right), known, strict=True)
                ]
        for token in span[1:-2]:
            if token.lower_ == "and" and token.nbor(1).lower_ == "the" and _is_capitalised(token.nbor(2)):
                doc = span.doc
                left = Span(doc, span.start, token.i, label=span.label_)
                return [left, *self._split_coordination(Span(doc, token.i + 2, span.end, label=span.label_))]
        return [span]

    def _split_at_holders_title(self, span: Span) -> list[Span]:
        """ "the Commission of Inquiry Chair Paulo Pinheiro": a body, its officer's title and the
        officer's name read as one organisation are the body and the person."""
        if span.id_ or span.label_ != "ORG" or len(span) < 4:
            return [span]
        doc = span.doc
        for token in span[1:-2]:
            name = doc[token.i + 1 : span.end]
            if (
                self._is_title_word(token)
                and _is_capitalised(token)
                and len(name) <= 4
                and all(_is_name_token(t, self.lexicon) for t in name)
            ):
                body = Span(doc, span.start, token.i, label="ORG")
                if body[-1].lower_ in self.lexicon.title_modifiers:  # "... Executive Director X"
                    body = Span(doc, span.start, token.i - 1, label="ORG")
                if not any(t.lower_ in self.lexicon.org_heads for t in body):
                    return [span]  # "Chief Public Prosecutor Kemal Ersoy": all title, no body
                return [body, Span(doc, name.start, name.end, label="PERSON")]
        return [span]

    def _split_place_before_holder(self, span: Span) -> list[Span]:
        """ "President of Burundi Pierre Nkurunziza", "the mayor of Minsk Ivan Petrov": a title's
        country (a gazetteer place) and its holder's name, read as one name, are the place and
        the person."""
        doc = span.doc
        if span.id_ or span.label_ not in ("PERSON", "ORG", "GPE") or len(span) < 3:
            return [span]
        first = span.start + (span[0].lower_ == "the")  # "of [the Kyrgyz Republic Sooronbay Jeenbekov]"
        k = first - 1
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        if k < 1 or doc[k].lower_ != "of" or not self._is_title_word(doc[k - 1]):
            return [span]
        for size in (1, 2, 3):
            name = doc[first + size : span.end]
            if not 2 <= len(name) <= 4:
                continue
            words = doc[first : first + size]
            place = self.gazetteer.lookup(words.text)
            # (or a State's official name the gazetteer lacks: "the Kyrgyz Republic Sooronbay Jeenbekov")
            state = size > 1 and words[-1].lower_ in _STATE_FORMS and all(_is_capitalised(t) for t in words)
            known = place is not None and place.label == "GPE"
            if (known or state) and all(_is_name_token(t, self.lexicon) for t in name):
                return [
                    Span(doc, first, name.start, label="GPE", span_id=place.id if known else ""),
                    Span(doc, name.start, name.end, label="PERSON"),
                ]
        return [span]

    def _person_before_comma(self, span: Span) -> Span:
        """A person's name ends at a comma: "Abderrazak Rouwane, Country Co-Rapporteur" is the name
        and a title (a suffix after the comma stays: "Martin Luther King, Jr.")."""
        if span.label_ != "PERSON":
            return span
        comma = next((t.i for t in span[1:-1] if t.text == ","), None)
        if comma is None:
            return span
        after_comma = span.doc[comma + 1].lower_
        if after_comma in self.lexicon.not_entities or after_comma in self.lexicon.platforms:
            return span
        return Span(span.doc, span.start, comma, label="PERSON", span_id=span.id_)

    def _name_before_title(self, span: Span) -> Span:
        """An organisation's name the model ran on into the first word of a compound title after it
        ends before that word: "Balaod Mindanaw Executive | Director Ritz Lee Santos III"."""
        doc = span.doc
        if span.id_ or span.label_ != "ORG" or len(span) < 2 or span.end >= len(doc):
            return span
        last, after = span[-1], doc[span.end]
        if last.lower_ in self.lexicon.title_modifiers and _is_capitalised(after) and self._is_title_word(after):
            return Span(doc, span.start, span.end - 1, label="ORG")
        return span

    def _person_before_own_title(self, span: Span) -> Span:
        """A person's name the model ran on into the title written after it, with no comma between,
        ends before the title: "Statement by Ben Emmerson | Special Rapporteur on ...". The title is
        a role word (`roles`, not one that is also a surname: "Julie Bishop"), in the span or right
        after it, and the capitalised modifiers before it; at least two words of name stay."""
        if span.id_ or span.label_ != "PERSON" or len(span) < 3:
            return span
        doc = span.doc
        end = span.end
        if span[-2].lower_ in self.lexicon.name_particles:
            return span  # the title word after a particle is a surname: "Tarig El Sheikh"
        if span[-1].lower_ in self.lexicon.titles_not_surnames and _is_capitalised(span[-1]):
            end -= 1
        elif not (end < len(doc) and doc[end].lower_ in self.lexicon.titles_not_surnames and _is_capitalised(doc[end])):
            return span
        while end > span.start and _is_capitalised(doc[end - 1]) and self._opens_a_title(doc[end - 1]):
            end -= 1
        name = doc[span.start : end]
        if end == span.end or len(name) < 2 or not all(_is_name_token(t, self.lexicon) for t in name):
            return span  # "Honorary Professorial | Fellow", "H. E. | Minister": no name before the title
        return Span(doc, span.start, end, label="PERSON")

    def _opens_title_before_role(self, doc: Doc, i: int) -> bool:
        """Does token i open a compound title whose role word follows ("Special Rapporteur")?"""
        k = i
        while k < len(doc) and _is_capitalised(doc[k]) and self._opens_a_title(doc[k]):
            if doc[k].lower_ in self.lexicon.titles_not_surnames:
                return k > i
            k += 1
        return False

    def _opens_a_title(self, token: Token) -> bool:
        """A word of a compound title before its role word: "Special", "Deputy", "Executive"."""
        word = token.lower_
        return word in self.lexicon.title_modifiers or word in _TITLE_ADJECTIVES or word in self.lexicon.roles

    def _facility_or_body_by_head(self, span: Span) -> Span:
        """A "person" whose name has the head noun of a facility's name is a place, and one of three
        words or more ending in an organisation's head noun is an organisation: "Robert Mugabe
        International Airport", "Jaw Prison", "Plaza Montañeta" (LOC); "Rotten Row Magistrates
        Court" (ORG), also as a "place" ("Hong Kong Watch"). Not a two-word name ("Margaret Court"
        is a person). A "person" or "place" opening with the head of a Spanish, Portuguese or French
        organisation's name is an organisation ("Fundación Karisma")."""
        if span.id_ or span.label_ not in ("PERSON", "GPE", "LOC") or len(span) < 2:
            return span
        if _is_capitalised(span[0]) and span[0].text.casefold() in self.lexicon.head_first_org_heads:
            return Span(span.doc, span.start, span.end, label="ORG")  # "Fundación Karisma": the head first
        if (
            span.label_ != "PERSON"
            and len(span) >= 3
            and _is_capitalised(span[-1])
            and span[-1].lower_ in self.lexicon.org_heads
        ):
            return Span(span.doc, span.start, span.end, label="ORG")  # "Hong Kong Watch", "Minsk City Court"
        if span.label_ != "PERSON":
            return self._body_read_as_place(span)
        heads = self.lexicon.facility_heads
        if (_is_capitalised(span[-1]) and span[-1].lower_ in heads) or span[0].lower_ in heads:
            return Span(span.doc, span.start, span.end, label="LOC")
        if len(span) >= 3 and _is_capitalised(span[-1]) and span[-1].lower_ in self.lexicon.org_heads:
            return Span(span.doc, span.start, span.end, label="ORG")
        return span

    def _body_read_as_place(self, span: Span) -> Span:
        """A "place" named as a body is: an organisation's head noun, then "of" and what it gathers,
        no place ("the Russian [Union] of Journalists", "[Federation] of Trade Unions"); not "the
        Union of the Comoros" (a place after "of")."""
        of = next((t.i for t in span[1:-1] if t.lower_ == "of"), None)
        if of is None or len(span) < 3:
            return span
        doc = span.doc
        head = doc[of - 1]
        if not (_is_capitalised(head) and head.lower_ in self.lexicon.org_heads):
            return span
        rest = doc[of + 1 : span.end]
        if rest[0].lower_ == "the":
            rest = rest[1:]
        entry = self.gazetteer.lookup(rest.text) if len(rest) else None
        if entry is not None and entry.label in _PLACE_LABELS:
            return span
        return Span(doc, span.start, span.end, label="ORG")

    def _cut_at_possessive(self, span: Span) -> Span:
        """Keep the owner of a possessive: "OSCE's Guidelines on ..." -> "OSCE"."""
        if span.id_:
            return span
        for token in span[1:-1]:
            if token.text in _POSSESSIVES and not self._possessive_in_name(token):
                return Span(span.doc, span.start, token.i, label=span.label_)
        return span

    def _possessive_in_name(self, token: Token) -> bool:
        """A possessive of a group of people followed by the rest of a name: "National People's
        Congress" (`name_possessors`), "Workers' Party of Korea", "Institute for Reporters' Freedom
        and Safety" (any plural's); not "OSCE's Guidelines"."""
        doc = token.doc
        if not (token.text in _POSSESSIVES and 0 < token.i < len(doc) - 1):
            return False
        owner = doc[token.i - 1]
        # a plural's possessive ("Reporters'", "States'") names a group of people or bodies
        plural = token.text in ("'", "’") and owner.lower_.endswith("s") and not self._is_known_place(owner)
        return (
            (owner.lower_ in self.lexicon.name_possessors or plural)
            and _is_capitalised(owner)
            and _is_capitalised(doc[token.i + 1])
        )

    def _is_known_place(self, token: Token) -> bool:
        """A place of the gazetteer ("Belarus’ Minsk City Court": a country's, not a plural's)."""
        entry = self.gazetteer.lookup(token.text)
        return token.ent_type_ in _PLACE_LABELS or (entry is not None and entry.label in _PLACE_LABELS)

    def _organiser_of_event(self, span: Span) -> Span:
        """ "the IBA Conference", "an OSCE Summit": a known organisation's event mentions the
        organisation; the event itself is not one."""
        if span.id_ or span.label_ != "ORG" or len(span) < 2 or span[-1].lower_ not in self.lexicon.event_heads:
            return span
        entry = self.gazetteer.lookup(span[:-1].text)
        if entry is None or entry.label != "ORG":
            return span
        return Span(span.doc, span.start, span.end - 1, label="ORG", span_id=entry.id)

    def _relabel(self, span: Span) -> Span:
        """A span whose text is a gazetteer name takes that entry's label and id."""
        if span.id_:
            return span
        entry = self.gazetteer.lookup(span.text)
        if entry is None:
            return span
        return Span(span.doc, span.start, span.end, label=entry.label, span_id=entry.id)

    def _person_by_apposition(self, span: Span) -> Span:
        """A short proper name followed by ", <title>" is a person, whatever the model said:
        "Natallia Pushkarova, Deputy Minister of Labour", "Phumzile Mlambo-Ngcuka, Under-Secretary-General
        of the United Nations" (the model often calls such names ORG). Gazetteer names and names with
        an organisation head noun ("Viasna Centre, the ...") keep their label."""
        if span.id_ or span.label_ == "PERSON" or not 2 <= len(span) <= 4:
            return span
        if not all((t.pos_ == "PROPN" and _is_capitalised(t)) or _joins_a_double_name(t, span) for t in span):
            return span
        if any(t.lower_ in self.lexicon.org_heads or t.lower_ in self.lexicon.roles for t in span):
            return span
        doc = span.doc
        k = span.end
        if k >= len(doc) or doc[k].text != ",":
            return span
        k += 1
        if _is_age(doc, k):  # news gives a person's age so: "a lawsuit from Mohamed Soltan, 32."
            return Span(doc, span.start, span.end, label="PERSON")
        if k < len(doc) and doc[k].lower_ in _TITLE_OPENERS:
            k += 1
        if k < len(doc) and doc[k].lower_ in self.lexicon.roles and _is_capitalised(doc[k]):
            return Span(doc, span.start, span.end, label="PERSON")
        # the title after a few words that qualify it: "Agnes Callamard, the UN Special Rapporteur on
        # ...", "Asma Jahangir, special rapporteur on ...", "Hilary Power, Amnesty International's
        # representative to the UN", "X, OHCHR's acting regional representative"; the title is the
        # phrase's head (not "a press freedom advocate group")
        roles = self.lexicon.roles
        for token in doc[k : k + 5]:
            if token.lower_ in roles and token.pos_ in ("NOUN", "PROPN"):
                following = doc[token.i + 1] if token.i + 1 < len(doc) else None
                if following is None or following.pos_ not in ("NOUN", "PROPN") or following.lower_ in roles:
                    return Span(doc, span.start, span.end, label="PERSON")
                return span
            hyphenated = token.tag_ == "HYPH" or (
                token.i + 1 < len(doc) and not token.whitespace_ and doc[token.i + 1].text == "-"
            )
            if not (token.pos_ in ("ADJ", "PROPN", "DET") or token.tag_ in ("POS", "VBG", "VBN") or hyphenated):
                return span  # (the words of a hyphenated title: "Under-Secretary-General")
        return span

    def _person_after_title(self, span: Span) -> Span:
        """A short proper name set off by commas after a title it stands in apposition to is a
        person, whatever the model said: "the Secretary General of the Council of Europe, Thorbjørn
        Jagland, has ..." (the model read the name as a place). Gazetteer names and names with an
        organisation head noun or a title keep their label."""
        if span.id_ or span.label_ == "PERSON" or not 2 <= len(span) <= 4:
            return span
        doc = span.doc
        if span.start == 0 or doc[span.start - 1].text != "," or span.end >= len(doc) or doc[span.end].text != ",":
            return span
        if not all(t.pos_ == "PROPN" and _is_capitalised(t) for t in span):
            return span
        if any(t.lower_ in self.lexicon.org_heads or t.lower_ in self.lexicon.roles for t in span):
            return span
        root = span.root
        if root.dep_ != "appos" or root.head.i >= span.start or root.head.lower_ not in self.lexicon.roles:
            return span
        return Span(doc, span.start, span.end, label="PERSON")

    def _person_by_foreign_words(self, span: Span) -> Span:
        """Two or three capitalised words none of which is English, a title, a head noun or a known
        name are a person's name, whatever the model called them (not a place: the model's places
        of such words are towns): "Alexei Navalny" and "Sadyr Japarov" as organisations, "Aristide
        Nononsi" as a product, "Farid Mehralizade" as a work of art. In the gold of the shared and
        the 13th to 25th sets, 353 of the 364 names of this shape that are not places are persons'.
        Not when the document writes the name, anywhere, as an organisation's."""
        if span.id_ or span.label_ in ("PERSON", "GPE", "LOC") or not 2 <= len(span) <= 3:
            return span
        if not all(self._is_foreign_name_word(t) for t in span) or self.gazetteer.lookup(span.text):
            return span
        if _listed_with_organisations(span):
            return span  # "FIDH, Maayer Daak and OMCT": the model's organisation among organisations
        doc = span.doc
        words = [t.lower_ for t in span]
        for first in tokens_written(doc, (words[0],)):
            mention = doc[first.i : first.i + len(words)]
            if [t.lower_ for t in mention] == words and self._named_as_organisation(mention):
                return span  # "Sinn Fein was expelled", after "the IRA-allied Sinn Fein party"
        return Span(doc, span.start, span.end, label="PERSON")

    def _named_as_organisation(self, span: Span) -> bool:
        """Is the name used as an organisation's: after "the" ("the Novaya Gazeta newspaper": a
        person's name takes no article) or next to a kind of organisation ("the ruling Chama Cha
        Mapinduzi party", "French banks Credit Lyonnais")?"""
        doc = span.doc
        if span.start > 0 and doc[span.start - 1].lower_ == "the":
            return True
        kinds = self.lexicon.organisation_nouns
        around = [doc[i].lower_ for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
        return any(word in kinds or word.removesuffix("s") in kinds for word in around)

    def _is_foreign_name_word(self, token: Token) -> bool:
        """A capitalised word that is no English word (the model's dictionary), stop word, title,
        honorific, head noun, group, connector, calendar word, known name or first word of a known
        place's name: "Natalya", "Nononsi"."""
        text = token.text
        if not (self.english and len(text) > 1 and text.isalpha() and text[0].isupper() and text[1:].islower()):
            return False
        word = text.casefold()
        return not (
            token.is_stop
            or word in self.english
            or word in self.lexicon.non_name_words
            or word in _HONORIFICS
            or _is_calendar_word(token)
            or self.gazetteer.lookup(text) is not None
            or normalise(text) in self.gazetteer.place_openers  # "San Isidro", "Port Louis"
        )

    def _known_names_in(self, span: Span, longest: int = 8) -> list[Span]:
        """The gazetteer names inside a span, longest first from the left."""
        found, i = [], span.start
        while i < span.end:
            for j in range(min(span.end, i + longest), i, -1):
                entry = self.gazetteer.lookup(span.doc[i:j].text)
                if entry is not None:
                    found.append(Span(span.doc, i, j, label=entry.label, span_id=entry.id))
                    i = j
                    break
            else:
                i += 1
        return found

    def _is_non_entity(self, span: Span) -> bool:
        """Generic words, group names ("Belarusian", "Roma") and verb-headed phrases are not names."""
        if span.label_ in ("GPE", "LOC") and self._in_job_title(span):
            return True  # even a known place: "East Africa director" mentions no place
        if span.label_ in ("GPE", "LOC") and _in_capitals_compound(span):
            return True  # nor a part of a name in capitals: "FORUM-ASIA"
        if span.label_ in ("GPE", "LOC") and len(span) == 1 and not span.id_ and self._capitalised_only_first(span[0]):
            return True  # "Quoting reports from various sources, ...": an English word opening its sentence
        key = span.text.casefold()
        if key in self.lexicon.platforms and _on_a_line_of_buttons(span):
            return True  # "Share on Facebook", "Twitter @UNHumanRights": a button or handle, not the company
        if span.id_ or span.label_ not in ENTITY_LABELS:
            return False
        if any(t.like_email for t in span):
            return True  # a press contact's address ("STUBBERF@unhcr.org") names no one
        if key in self.lexicon.not_entities or normalise(span.text) in self.lexicon.not_entities:
            return True
        if key in _HONORIFICS:
            return True  # a title before a name ("Ven. Galwewa Siridhamma") is not itself a name
        if span[0].lower_ in _POSSESSIVE_DETERMINERS:
            return True  # "My Office has documented ...": a speaker's own office, named by no name
        if len(span) == 1 and self._is_heading_word(span[0]):
            return True  # a section heading alone on its line: "Background", "Recommendations"
        if key in self.lexicon.groups or key.rstrip("s") in self.lexicon.groups:
            return True
        if len(span) == 1 and (key in self.lexicon.org_heads or key in self.lexicon.roles):
            return True  # "the Court", "the Committee": a head noun alone refers back, it names nothing new
        if any(ch.isdigit() for ch in span.text) and span.label_ in ("PERSON", "GPE", "LOC"):
            return True
        if span.label_ == "ORG" and _AMOUNT_OR_DATE.search(span.text):
            return True  # "KZT 144,235,090", "29.11.2013 - Press": a sum or a date is no body's name
        if len(span) == 1 and _ROMAN_NUMERAL.match(span.text) and _in_brackets(span):
            return True  # "Resolution ACHPR/Res.119 (XXXXII)": the session's number
        if len(span) == 1 and span.label_ == "ORG" and _SMALL_ROMAN_NUMERAL.fullmatch(span.text):
            return True  # "the XII Latin American Forum", "Regions X and XII": a number, not a body's name
        if span.label_ == "ORG" and _SYMBOL_OR_CLOCK.search(span.text):
            # "UA 264/12", "AL CHN 4/2021", "Resolution ACHPR/Res.69", "EX.CL/199": a document's symbol
            # (numbers or a resolution's, decision's or recommendation's mark after a slash); "Minsk
            # 20:26": a dateline's time
            return True
        if span.label_ in ("GPE", "LOC") and len(span) > 1 and ROMAN_ORDINAL.match(span[-1].text):
            return True  # a numbered place names an event or an agreement: "the Esquipulas II summit"
        if _SPELLED_ORDINAL.fullmatch(span.text):
            return True  # "Human Rights Council Fortieth session": the session's number, no one's name
        if _SECTION_NUMBER.match(span.text):
            return True  # a report's section heading: "I. Introduction", "2.3 Methodology"
        if _DOCUMENT_SYMBOL.search(span.text + _glued_after(span)):
            # a document symbol: "A/HRC/55/L.3", "A/48/L.21/Rev.1", also cut before its number
            # ("CAT/C/GTM" of "CAT/C/GTM/CO/5-6")
            return True
        last = span[-1].lower_
        if len(span) > 1 and (last in self.lexicon.groups or (last[-1:] == "s" and last[:-1] in self.lexicon.groups)):
            return True  # a nationality adjective or its plural: "Central American", "Sri Lankans"
        head = next((t for t in span if t.lower_ in self.lexicon.connectors), None)
        head = span[-1] if head is None or head.i == span.start else span.doc[head.i - 1]
        plural = span.label_ == "ORG" and head.lower_.endswith("s") and head.tag_ in ("NNS", "NNPS")
        if (
            plural
            and (head.lower_[:-1] in self.lexicon.org_heads or head.lower_[:-1] in self.lexicon.roles)
            and not any(self._names_an_association(span.doc, t.i) for t in span)
        ):
            return True  # "Central American Governments", "Governments of Colombia": several bodies, no one name
        if (
            span.label_ == "ORG"
            and span.start > 0
            and span.doc[span.start - 1].lower_ in ("a", "an")
            and not _modifies_next_noun(span)
        ):
            return True  # "without reference to a Main Committee": a name never takes "a"
        if span.label_ in ("ORG", "GPE", "LOC") and span.start >= 2:
            title, prep = span.doc[span.start - 2], span.doc[span.start - 1].lower_
            preps = ("of", "for", "on") if span.label_ == "ORG" else ("on",)
            if prep in preps and title.lower_ in self.lexicon.roles and _is_capitalised(title):
                # "Minister of External Affairs", "Advocate on Record": a title's portfolio, not a
                # body; a place after "of" stays ("Governor of Kano"), one after "on" is a topic
                return True
        # a title-case menu line like "Promoting ..." or "Persons Deprived of ...": names end in nouns
        if span[-1].tag_ in ("VBG", "VBN", "VBD", "VB", "VBZ", "VBP", "IN"):
            return True
        if len(span) > 1 and span[-1].tag_ == "JJ" and span[-1].is_lower:
            return True  # cut off before its noun: "Committee of 10 independent international [experts]"
        # a lone adjective or adverb ("Digital rights"); "Transparency International" ends in one too
        return len(span) == 1 and span[0].tag_ in ("JJ", "RB")

    def _capitalised_only_first(self, token: Token) -> bool:
        """Is the token an English word capitalised only as its sentence's first word?"""
        text = token.text
        return (
            bool(self.english)
            and _starts_sentence(token)
            and text.istitle()
            and text.casefold() in self.english
            # a gerund, or a word the tagger reads as a common one (the word list also has towns:
            # "washington", "frankfurt")
            and (text.endswith("ing") or token.tag_ not in ("NNP", "NNPS"))
        )

    def _is_heading_word(self, token: Token) -> bool:
        """An English word alone on its line ("Background", "Recommendations"): a section heading,
        which the model may type as a place or organisation."""
        doc = token.doc
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        alone = (before is None or "\n" in before.text) and (after is None or "\n" in after.text)
        return alone and bool(self.english) and token.text.isalpha() and token.lower_ in self.english

    def _is_title(self, span: Span) -> bool:
        """A title the model called an organisation: "the Chief Public Prosecutor" (several words
        ending in a role, with no organisation head, connector or acronym: "Office of the High
        Commissioner", "Group of Friends of the Secretary-General" and "UNICEF Representative" stay)."""
        return (
            span.label_ == "ORG"
            and not span.id_
            and len(span) > 1
            and span[-1].lower_ in self.lexicon.roles
            and not any(
                t.lower_ in self.lexicon.org_heads or t.lower_ in self.lexicon.connectors or _looks_like_acronym(t.text)
                for t in span
            )
        )

    def _without_owned_title(self, span: Span) -> Span:
        """An organisation the model ran into the title of one of its officials: "the Ministry for
        Europe and Foreign Affairs Spokesperson", "the Human Rights Council President" name the body;
        the title is no part of its name. The body is a name ending in its head noun ("Human Rights
        Council") or one opening with it ("Ministry of Justice"); not a body named after the title
        ("Office of the Legal Adviser", "Office of the High Commissioner"), nor a title whose own
        words are not known as such ("UN Resident Coordinator": "UN Resident" is no body)."""
        if span.label_ != "ORG" or span.id_ or len(span) < 3 or span[-1].lower_ not in self.lexicon.roles:
            return span
        doc = span.doc
        start = span.end - 1
        while start > span.start and _is_capitalised(doc[start - 1]) and self._opens_a_title(doc[start - 1]):
            start -= 1
        owner = doc[span.start : start]
        if len(owner) < 2 or not _is_capitalised(owner[-1]) or owner[-1].lower_ in self.lexicon.connectors:
            return span
        # "Office of the [Resident and Humanitarian] Coordinator": an article inside makes the title its object
        after_article = any(t.lower_ == "the" for t in owner[1:])
        ends_with_head = owner[-1].lower_ in self.lexicon.org_heads
        opens_with_head = owner[0].lower_ in self.lexicon.org_heads and owner[1].lower_ in ("of", "for")
        if after_article or not (ends_with_head or opens_with_head):
            return span
        return Span(doc, span.start, start, label="ORG")

    def _in_job_title(self, span: Span) -> bool:
        """A region qualifying a job title is not a place mention: "East Africa director",
        "the Asia researcher at ..."; "Belarus" in "the Belarus Special Rapporteur" too. A world
        region (LOC, never a country) also among other regions and a few modifiers before a title
        or a staff unit, or after a capitalised title and "for" / "in" / a comma: "CPJ's Europe
        and Central Asia senior research associate", "RSF's Eastern Europe and Central Asia desk",
        "Deputy Director for the Middle East and North Africa", "Director, Horn of Africa"."""
        doc = span.doc
        k = span.end
        if k < len(doc) and doc[k].text == "-":
            k += 1
        if k < len(doc) and self._is_title_word(doc[k]) and span.label_ != "GPE":
            return True
        return span.label_ == "LOC" and (self._region_before_title(span) or self._region_after_title(span))

    def _organisations_named_for_days(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A movement named for a day, after "the" or a possessive: "the [6 April] Youth Movement",
        "Cuba's [26th of July] Movement", "the April 6 Youth Movement" (the model reads the day as
        a date, and may leave the rest unnamed or cut the name at the month). One to three
        capitalised words after the day, the last an organisation's head noun."""
        result = list(spans)
        for before in tokens_written(doc, ("the", *_POSSESSIVES)):
            if before.i >= len(doc) - 3 or (before.lower_ != "the" and before.text not in _POSSESSIVES):
                continue
            i = before.i + 1
            if _is_day_number(doc[i]) and _is_calendar_word(doc[i + 1]):
                k = i + 2  # "6 April"
            elif _is_calendar_word(doc[i]) and _is_day_number(doc[i + 1]):
                k = i + 2  # "April 6"
            elif _is_day_number(doc[i]) and doc[i + 1].lower_ == "of" and _is_calendar_word(doc[i + 2]):
                k = i + 3  # "26th of July"
            else:
                continue
            end = k
            while end < len(doc) and end - k < 3 and _is_capitalised(doc[end]) and doc[end].is_alpha:
                end += 1
            if end == k or doc[end - 1].lower_ not in self.lexicon.org_heads:
                continue
            named = Span(doc, i, end, label="ORG")
            result = [s for s in result if not (s.start < named.end and named.start < s.end)] + [named]
        return result

    def _cut_before_infinitive(self, span: Span) -> Span:
        """A body's name run on into the infinitive a headline asks of it ends at the place it is of:
        "Call on the [Government of Zimbabwe] to Respect and Protect Citizens' Right"; a name whose
        "to" follows a noun keeps it ("Committee to Protect Journalists")."""
        if span.label_ != "ORG" or span.id_:
            return span
        for token in span[2:-1]:
            if token.lower_ != "to" or token.nbor().tag_ != "VB":
                continue
            place = self.gazetteer.lookup(token.nbor(-1).text)
            if place is not None and place.label in ("GPE", "LOC"):
                return Span(span.doc, span.start, token.i, label=span.label_)
        return span

    def _place_without_title(self, span: Span) -> Span:
        """A place the model ran into the title after it is the place alone: "Mombasa Governor,
        Hassan Joho" -> "Mombasa"."""
        if span.label_ not in ("GPE", "LOC") or span.id_ or len(span) < 2 or not self._is_title_word(span[-1]):
            return span
        return Span(span.doc, span.start, span.end - 1, label=span.label_)

    def _is_title_word(self, token: Token) -> bool:
        return token.lower_ in self.lexicon.roles and token.lower_ not in _HONORIFICS

    def _region_before_title(self, span: Span, reach: int = 8) -> bool:
        """Regions, then lower-case modifiers, then a title or staff unit ("Europe and Central
        Asia senior research associate", "Africa program coordinator"); no other name between."""
        doc = span.doc
        for token in doc[span.end : span.end + reach]:
            if self._is_title_word(token) or token.lower_ in self.lexicon.staff_units:
                return True
            if token.lower_ in ("and", "-", "–"):
                continue
            if _is_capitalised(token) and "\n" not in token.text and token.ent_type_ in ("", "LOC", "GPE"):
                continue  # another region, "Asia-Pacific"; a title in capitals is caught above
            if token.is_lower and token.pos_ in ("ADJ", "NOUN"):
                continue  # "senior research", "deputy"
            return False
        return False

    def _region_after_title(self, span: Span, reach: int = 10) -> bool:
        """A capitalised title, "for" / "in" / a comma, then regions: "Deputy Director for the
        Middle East and North Africa", "Director for East Africa, the Horn and the Great Lakes",
        "Senior Researcher in East and Southern Africa"."""
        doc = span.doc
        k = span.start - 1
        while k >= 1 and span.start - k <= reach:
            token = doc[k]
            if "\n" in token.text:
                return False
            if token.lower_ in ("for", "in", ","):
                title = doc[k - 1]
                if _is_capitalised(title) and self._is_title_word(title):
                    return True
                if token.text != ",":
                    return False
            elif not (token.lower_ in ("and", "the", "of") or _is_capitalised(token)):
                return False
            k -= 1
        return False

    def _person_by_title(self, span: Span) -> Span:
        """A name the model called a place or organisation is a person after an honorific or a
        rapporteur's title: "Special Rapporteur Fionnuala Ní Aoláin", "Ms. Racu"."""
        if span.label_ == "PERSON":
            return span
        rest = span[1:]
        if (
            not span.id_
            and span[0].lower_ in _HONORIFICS
            and 1 <= len(rest) <= 4
            and all(_is_name_token(t, self.lexicon) or t.lower_ in self.lexicon.name_particles for t in rest)
            and _is_name_token(rest[-1], self.lexicon)
        ):
            return Span(span.doc, rest.start, rest.end, label="PERSON")  # "Mr Le Dinh Luong" (ORG)
        k = span.start
        while k < span.end and span.doc[k].lower_ in self.lexicon.roles and _is_capitalised(span.doc[k]):
            k += 1
        if k == span.start:
            # a title of several words ending in a role: "Chief Public Prosecutor Bilal Bayraktar" (ORG)
            roles = [t.i for t in span[:-2] if t.lower_ in self.lexicon.roles and _is_capitalised(t)]
            last_role = max(roles, default=-1)
            if last_role >= 0 and all(_is_capitalised(t) for t in span.doc[span.start : last_role]):
                k = last_role + 1
        rest = span.doc[k : span.end]
        # (a surname alone after the title when it is no English word: "Magistrate Chikwekwe" (ORG))
        surname = len(rest) == 1 and bool(self.english) and rest[0].text not in self.english
        if (
            not span.id_
            and span.start < k
            and (2 <= len(rest) <= 4 or surname)
            and all(_is_name_token(t, self.lexicon) for t in rest)
        ):
            return Span(span.doc, span.start, span.end, label="PERSON")  # "Rapporteur Florence Wambui" (ORG)
        if span.start == 0:
            return span
        before = span.doc[span.start - 1]
        word = before.lower_
        if before.text == "," and span.start >= 2 and not span.id_:
            # "represented by Advocates, Jane Roe and ...": a title (or titles), a comma, the name
            before = span.doc[span.start - 2]
            if before.lower_ in _HONORIFICS:
                return span
            if not _is_capitalised(before) or _after_a_comma(span.doc, span.start - 2):
                # "- Jane Roe, human rights lawyer, Doughty Street Chambers", "Helen Caldicott,
                # President, Beyond Nuclear": after a name's occupation and a comma comes where the
                # person works, not another name
                return span
            word = before.lower_
            if word.endswith("s") and word[:-1] in self.lexicon.roles:
                word = word[:-1]
        titled = word in _HONORIFICS or (
            not span.id_
            and word in self.lexicon.roles
            # a lower-case occupation names a person only before a full name: "journalist Jane Roe"
            and (_is_capitalised(before) or (len(span) >= 2 and all(_is_name_token(t, self.lexicon) for t in span)))
        )
        name_like = len(span) <= 4 and all(
            _is_capitalised(t) or t.lower_ in self.lexicon.connectors or _joins_a_hyphenated_word(span.doc, t.i)
            for t in span
        )  # "President Díaz-Canel"
        title_words = self.lexicon.org_heads | self.lexicon.roles
        if titled and name_like and not any(t.lower_ in title_words for t in span):
            return Span(span.doc, span.start, span.end, label="PERSON")
        return span

    def _with_patronymic_markers(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A person's name goes on through the lower-case word of a Turkic patronymic after it
        (`patronymic_markers`): "Makhabat Tazhibek kyzy", "Maksat Tazhibek uulu"."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        result = []
        for span in spans:
            after = span.end
            if (
                span.label_ == "PERSON"
                and after < len(doc)
                and after not in taken
                and doc[after].lower_ in self.lexicon.patronymic_markers
            ):
                span = Span(doc, span.start, after + 1, label="PERSON", span_id=span.id_)
            result.append(span)
        return result

    def _territorial_unit(self, span: Span) -> Span:
        """ "Kachin State", "Shan state", "Kano State", "Gomel Region": a place, not an organisation.

        A place or name followed by a word for an administrative unit becomes one GPE span; the
        model calls these ORG, or stops before a lower-case "state".
        """
        doc = span.doc
        if span.id_ and span.label_ not in ("GPE", "LOC"):
            return span
        unit_named = (
            len(span) >= 2 and span[-1].lower_ in ADMINISTRATIVE_UNITS and all(_is_capitalised(t) for t in span[:-1])
        )
        if span.label_ in ("ORG", "GPE", "LOC", "PERSON") and unit_named:
            return Span(doc, span.start, span.end, label="GPE")
        if span.label_ in ("GPE", "LOC") and span.end < len(doc) and doc[span.end].text == "City":
            after = doc[span.end + 1] if span.end + 1 < len(doc) else None
            if after is None or not _is_capitalised(after):  # "Mexico City", not "Minsk City Court"
                return Span(doc, span.start, span.end + 1, label="GPE")
        unit_after = span.end < len(doc) and doc[span.end].lower_ in ADMINISTRATIVE_UNITS
        if span.id_ and unit_after and doc[span.end].is_lower:
            return span  # "northern Rakhine state": a known place's name, and a common noun after it
        if span.label_ in ("GPE", "LOC", "ORG") and unit_after:
            after = doc[span.end + 1] if span.end + 1 < len(doc) else None
            if after is None or after.pos_ not in ("NOUN", "PROPN"):  # "Kano state judiciary" is a body
                return Span(doc, span.start, span.end + 1, label="GPE")
        return span

    def _law_or_case(self, span: Span, limit: int) -> Span:
        """Laws, treaties, agreements and court cases are LAW (as in OntoNotes), not organisations
        or places: "Peace Agreement", "Public Order Act", "Universal City Studios v. Corley"; a
        place that names a treaty, even a known one, is the treaty's title: "Tegucigalpa Protocol",
        "Paris Agreement", "Geneva Conventions". The head word after the span is taken only before
        `limit`, where the next entity starts."""
        following = span.doc[span.end] if span.end < limit else None
        if (
            span.label_ in ("GPE", "LOC")
            and following is not None
            and _is_capitalised(following)
            and (following.lower_ in _LAW_HEADS or following.lower_.removesuffix("s") in _LAW_HEADS)
        ):
            return Span(span.doc, span.start, span.end + 1, label="LAW")
        if span.id_ or span.label_ not in ("ORG", "GPE", "LOC", "PERSON"):
            return span
        if len(span) > 1 and span[-1].text == "Day":
            return Span(span.doc, span.start, span.end, label="EVENT")  # a named day: "Nelson Mandela Day"
        if span.text.casefold() in self.lexicon.instrument_acronyms:
            return Span(span.doc, span.start, span.end, label="LAW")  # "the ICCPR": the Covenant itself
        words = [t.lower_ for t in span]
        if any(w in ("v.", "v", "vs.", "vs") for w in words[1:-1]):
            return Span(span.doc, span.start, span.end, label="LAW")
        head = next((t for t in reversed(span) if t.lower_ not in self.lexicon.connectors), None)
        for i, token in enumerate(span):
            if token.lower_ in self.lexicon.connectors and i > 0:
                head = span[i - 1]
                break
        if span.label_ != "PERSON" and head is not None and head.lower_ in _LAW_HEADS and _is_capitalised(head):
            return Span(span.doc, span.start, span.end, label="LAW")
        if span.label_ == "ORG" and _ends_a_law_title(span):
            return Span(span.doc, span.start, span.end, label="LAW")
        if span.label_ == "ORG" and len(span) > 1 and span[-1].text in _ACT_HEADS and span[-1].text != "Law":
            # a domestic law's title the model typed as a body, its head last after "of" or "and" ("Prevention
            # of Terrorism Act", "Organisation and Financing of Education Act"); not "Law", which ends the
            # names of schools and faculties too ("Harvard School of Law")
            return Span(span.doc, span.start, span.end, label="LAW")
        if span.label_ == "ORG" and following is not None and following.text in _ACT_HEADS:
            # "the Broadcasting Commission Act": a body's name before "Act" names the law, not the body
            return Span(span.doc, span.start, span.end + 1, label="LAW")
        return span

    def _add_signatories(self, doc: Doc, spans: list[Span], text: str) -> list[Span]:
        """Each line of a signatory list is one organisation (or the person the model found there).

        Joint statements end with "Signatories:" / "Signed by:" / "Endorsed by:" (or a lead line such
        as "Organizations that sign the statement:", "This statement is launched by following
        organizations:") and one signer per line; the model splits
        foreign-language names there into persons and places ("Fundación", "Derechos Humanos"). A
        line of the list that is a gazetteer name or one PERSON keeps it.
        """
        result = list(spans)
        for heading in signatory_headings(text):
            # under a heading that only names a kind of signers ("Groups and NGOs:"), names, not requests
            names_only = is_kind_heading(heading.group())
            if names_only:  # "Civil Society Organizations:" names no one
                result = [s for s in result if s.id_ or not heading.start() <= s.start_char < heading.end()]
            offset = heading.end()
            for line in text[offset:].split("\n")[1:]:
                start = offset + text[offset:].index("\n") + 1
                offset = start + len(line)
                name = _LIST_NUMBER.sub("", _LEADING_BULLET.sub("", line.strip()).strip())
                # the separator a list writes after each signer: "Aegis Trust /", "Cordaid,", "Cordaid;"
                name = _LIST_SEPARATOR_AT_END.sub("", name)
                if not name:
                    continue
                if is_kind_heading(name):  # the next part of the list: "Technology Companies and Trade Associations:"
                    result = [s for s in result if s.id_ or not start <= s.start_char < offset]
                    continue
                ended = _SENTENCE_END_PUNCT.search(name) and not _ABBREVIATION_AT_END.search(name)
                if ended and not _EXCLAIMED_NAME.fullmatch(name):
                    break  # the list is over: a sentence follows (not "Linux Australia Inc.", "XR Justice Now!")
                if names_only and not _is_name_line(doc, start + line.index(name), offset, self.english):
                    break  # "International organisations:" over "- Press the Government to ..." or over a report
                # a model's name run across two lines of the list ("... Network /\nAmnesty International")
                result = _without_names_across(result, start, offset)
                # several signers on one line, a spaced slash between them: "Aegis Trust / Cordaid"
                begin = start + line.index(name)
                for part in _SPACED_SLASH.split(name):
                    at = text.index(part, begin)
                    begin = at + len(part)
                    # (nor is a model's name run across the slash: "Bedrohte Völker International / The")
                    result = _without_names_across(result, at, begin)
                    result = self._add_signer(doc, result, part, at, start)
        return result

    def _add_signer(self, doc: Doc, result: list[Span], name: str, at: int, line_start: int) -> list[Span]:
        """`result` with one signer of a signatory list, `name` at character `at` of a line starting at
        `line_start`: an organisation, a person signing in their own name or for a body, and where the
        signer works when the line says so ("PEN Norway, Norway")."""
        if len(name) > 120 or len(name.split()) > 16:
            # a signer with a note ("FIDH (...), within the framework of the Observatory for
            # ...)"): the model's names in it stay, and the list goes on
            return result
        located = _SIGNER_AND_PLACE.match(name)
        signer, country = located.groups() if located else ("", "")
        place = self.gazetteer.lookup(country.strip()) if located else None
        # (or a union of States: "Free Press Unlimited - EU")
        known_place = place is not None and place.label in ("GPE", "LOC", "ORG")
        where = at + name.rindex(country.strip()) if located else -1  # where the place starts
        # (a town the model found there keeps the model's span: "Otvoreni Centar Bona Fide, Pljevlja")
        town = located and place is None and self._model_place_at(result, where, country.strip())
        # ("OpenMedia - Global": where it works is everywhere, no place)
        everywhere = located and country.strip().casefold() in self.lexicon.signatory_scopes
        if (known_place or town or everywhere) and signer.strip():
            # "PEN Norway, Norway", "Pax for Peace – Netherlands": the signer and where it works
            # (a model's name run across both, "Media Alliance - US", is neither)
            result = [s for s in result if not (line_start <= s.start_char < where < s.end_char and not s.id_)]
            found = doc.char_span(where, where + len(country.strip()), alignment_mode="expand")
            if (
                known_place
                and found is not None
                and not any(s.start < found.end and s.end > found.start for s in result)
            ):
                result.append(Span(doc, found.start, found.end, label=place.label, span_id=place.id))
            name = signer.strip()
        name = _TRAILING_ACRONYM.sub("", name)  # "(CPJ)" is found by the acronym rule
        span = doc.char_span(at, at + len(name), alignment_mode="expand")
        if span is None:
            return result
        inside = [s for s in result if s.start >= span.start and s.end <= span.end]
        if any(s.id_ and s.start == span.start and s.end == span.end for s in inside):
            return result
        org_word = any(t.lower_ in self.lexicon.org_heads for t in span)
        # a person signing in their own name (one word alone, "Cordaid", is a body's name)
        if len(inside) == 1 and inside[0].label_ == "PERSON" and len(inside[0]) == len(span) > 1 and not org_word:
            return result
        signer_spans = self._person_and_affiliation(span, inside)
        if signer_spans is not None:  # "Liam Pomfret, Australian Privacy Foundation"
            return [s for s in result if s not in inside] + signer_spans
        if inside and all(s.id_ and s.label_ in _PLACE_LABELS for s in inside) and _only_names_of(span, inside):
            return result  # States signing, two on a line: "Chile Iceland"
        if any(s.start < span.end and s.end > span.start and s not in inside for s in result):
            return result
        return [s for s in result if s not in inside] + [self._relabel(Span(doc, span.start, span.end, label="ORG"))]

    def _person_and_affiliation(self, line: Span, inside: list[Span]) -> list[Span] | None:
        """The spans of a signatory line that is a person's name, a comma and what the person signs
        as ("Liam Pomfret, Australian Privacy Foundation", "James Horton, Founder & CEO, Datanomics",
        "Asher Wolf, journalist"): the model's person, and the last part after a comma as an
        organisation unless it is a role or a place (a gazetteer name there keeps its entry). None
        when the line does not open with the model's person (a title may stand before the name)
        right before a comma."""
        doc = line.doc
        comma = next((t.i for t in line if t.text == ","), None)
        if comma is None or comma + 1 >= line.end:
            return None
        person = next((s for s in inside if s.label_ == "PERSON" and s.end == comma), None)
        titles = doc[line.start : person.start] if person is not None else []
        if person is None or not all(t.lower_ in self.lexicon.roles or t.lower_ in _HONORIFICS for t in titles):
            return None
        last = max((t.i for t in doc[comma : line.end] if t.text == ","), default=comma)
        part = doc[last + 1 : line.end]
        role = max((t.i for t in part if self._is_title_word(t)), default=None)
        if role is not None:  # "CEO ActionAid Australia": the body after the role; none after "journalist"
            begin = role + 1
            if begin < line.end and doc[begin].text in _DASHES:
                begin += 1  # "Executive Director - British Columbia Humanist Association"
            part = doc[begin : line.end]
        known = [s for s in inside if s.start >= part.start and s.label_ != "PERSON"]
        if not part or not _is_capitalised(part[0]) or part[0].lower_ in self.lexicon.connectors:
            return [person, *known]  # "journalist", "Law Lecturer", "Professor of Law"
        if known and known[0].start == part.start and known[0].end == part.end:
            return [person, known[0]]  # a known body or a place: "Jana Novak, Ljubljana"
        return [person, self._relabel(Span(doc, part.start, part.end, label="ORG"))]

    @staticmethod
    def _model_place_at(spans: list[Span], start: int, text: str) -> bool:
        """Is there a place (not from the gazetteer) spanning exactly `text` at `start`?"""
        end = start + len(text)
        return any(s.start_char == start and s.end_char == end and s.label_ in ("GPE", "LOC") for s in spans)

    def _signers_with_affiliations(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A signatory line of a person and her organisation, read as one organisation, is both:
        "Vera Jarach, Plaza de Mayo Annesi" -> the person, then the organisation. The person is
        two or three capitalised words, none English, at the start of the line; or two to four
        capitalised words before a comma and a role, the organisation after the role
        (`_organisation_after_role`): "Ian Bushfield, Executive Director - British Columbia
        Humanist Association", "Veronica Abbass, Editor Canadian Atheist"."""
        result = list(spans)
        for span in spans:
            if span.label_ != "ORG" or span.id_ or not _opens_its_line(span):
                continue
            comma = next((t.i for t in span if t.text == ","), None)
            if comma is None:  # "Christine Shellska – President - Atheist Alliance International"
                dashes = [t.i for t in span if t.text in _DASHES and t.whitespace_]
                comma = dashes[0] if len(dashes) >= 2 else None
            if comma is None or not 2 <= comma - span.start <= 4 or comma + 1 >= span.end:
                continue
            begin = self._organisation_after_role(doc, span, comma)
            if begin is None:
                if comma - span.start > 3 or not all(self._is_foreign_name_word(t) for t in doc[span.start : comma]):
                    continue
                begin = comma + 1
            person = Span(doc, span.start, comma, label="PERSON")
            organisation = Span(doc, begin, span.end, label="ORG")
            result = [s for s in result if s is not span] + [person, organisation]
        return result

    def _organisation_after_role(self, doc: Doc, span: Span, comma: int) -> int | None:
        """Where the organisation starts in "Name, Role - Organisation" (the words before the comma
        capitalised, a role word between it and the first spaced dash), or in "Name, Role
        Organisation" (a role word among the first words after the comma, the organisation's
        capitalised name right after it: "Veronica Abbass, Editor Canadian Atheist"), else None."""
        if not all(t.text[:1].isupper() or t.lower_ in self.lexicon.name_particles for t in doc[span.start : comma]):
            return None
        roles = self.lexicon.roles
        dash = next((t.i for t in doc[comma + 1 : span.end] if t.text in _DASHES and t.whitespace_), None)
        if dash is not None:
            return dash + 1 if dash + 1 < span.end and any(t.lower_ in roles for t in doc[comma + 1 : dash]) else None
        after = doc[comma + 1 : min(comma + 1 + _ROLE_WORDS, span.end)]
        role = max((t.i for t in after if t.lower_ in roles), default=None)
        # (not "Professor of Law, Victoria University": what follows "of" may be the role's field)
        if role is None or role + 1 >= span.end or not doc[role + 1].text[:1].isupper():
            return None
        return role + 1

    def _persons_in_name_lists(self, doc: Doc, spans: list[Span], text: str) -> list[Span]:
        """Each name of a list of persons, one per bullet, that an open letter's signers make with
        no lead line ("- Dr. Ramila Usoof - University of Peradeniya", "- Kusal Perera - Journalist",
        "- Anuratha Rajaretnam"): the model finds a few of them and reads the rest as places and
        organisations. A run of at least five bullets, nearly all a short name (capitalised words or
        initials, before " - ", ", ", ": " or " (", no organisation word), is such a list when enough of
        them show a person: a title before the name, a role after it, or the model's own reading. So
        is a run of short lines with no bullets ("Jana Novak, Ljubljana", `_short_line_runs`). A
        run is judged by stretches (`_name_stretches`): the organisations that signed may follow the
        persons in the same run of bullets."""
        result = list(spans)
        for run in itertools.chain(_bullet_runs(text), _short_line_runs(text)):
            # (a list of persons may go straight on into the organisations that signed: each stretch apart)
            for stretch in _name_stretches([self._listed_name(doc, start, item) for start, item in run]):
                result = self._persons_of_name_list(stretch, result)
        return result

    def _persons_of_name_list(self, stretch: list[tuple[Span, bool] | None], spans: list[Span]) -> list[Span]:
        """The spans with the names of a stretch of bullets added as persons, when the stretch is a
        list of persons' names (see `_persons_in_name_lists`)."""
        names = [n for n in stretch if n is not None]
        if len(names) < _MIN_NAME_LIST or len(names) < _NAME_LIST_SHARE * len(stretch):
            return spans
        if sum(shown for _span, shown in names) < _PERSON_SIGNAL_SHARE * len(names):
            return spans
        result = list(spans)
        for name, _shown in names:
            if any(s.id_ and s.start == name.start and s.end == name.end for s in result):
                continue  # a gazetteer name keeps its entry
            result = [s for s in result if not (s.start < name.end and name.start < s.end)]
            result.append(name)
        return result

    def _listed_name(self, doc: Doc, start: int, item: str) -> tuple[Span, bool] | None:
        """The person's name an item of a name list opens with, and whether the item shows a person
        (title, role, the model's PERSON); None when the item is no short name."""
        cut = _NAME_PART_END.search(item)
        name, tail = (item[: cut.start()], item[cut.end() :]) if cut is not None else (item, "")
        words = name.split()
        titled = bool(words) and words[0].casefold() in (_HONORIFICS | self.lexicon.roles)
        words = words[1:] if titled else words
        while len(words) > 1 and _is_post_nominal_word(words[-1], self.lexicon):
            words.pop()  # "Rebecca Peters AO", "Julian Burnside AO QC"
        name = name[: name.rindex(words[-1]) + len(words[-1])] if words else name
        if not 2 <= len(words) <= 5 or not all(w[0].isupper() and _LISTED_NAME_WORD.fullmatch(w[1:]) for w in words):
            return None
        if any(w.casefold().strip(".") in self.lexicon.non_name_words for w in words):
            return None
        begin = start + name.index(words[0])
        span = doc.char_span(begin, start + len(name.rstrip()), label="PERSON", alignment_mode="expand")
        if span is None:
            return None
        roles = {w.casefold() for w in re.split(r"[\s-]+", tail)} & self.lexicon.roles
        modelled = any(t.ent_type_ == "PERSON" for t in span)
        return span, titled or bool(roles) or modelled

    def _add_names_marked_by_sex(self, doc: Doc, spans: list[Span], text: str) -> list[Span]:
        """Each name of a list that marks every person's sex after the name, as Amnesty's Urgent
        Actions do ("Ali ‘Esa Mansoor al-‘Ekri (m) Nader Mohammed Hassan Dewani (m) Nada Sa’eed
        ‘Abdelnabi Dhaif (f)"), is one person from the marker back to the one before it, the line's
        start or a comma: the model cuts such names into pieces, most of all at the ‘ of a
        transliterated Arabic name. Only where the text has two markers or more."""
        markers = list(_SEX_MARKER.finditer(text))
        if len(markers) < 2:
            return spans
        result = list(spans)
        for marker in markers:
            end = marker.start()
            start = max(text.rfind(stop, 0, end) for stop in ("\n", ",", ";", ":", ")"))
            start += 1
            name = text[start:end].strip()
            words = name.split()
            if not 2 <= len(words) <= _MARKED_NAME_MAX_WORDS:
                continue
            if not all(_MARKED_NAME_WORD.fullmatch(w) or w.casefold() in self.lexicon.name_particles for w in words):
                continue
            lead = start + text[start:end].index(name)
            span = doc.char_span(lead, lead + len(name), label="PERSON", alignment_mode="expand")
            if span is None:
                continue
            result = [s for s in result if s.end <= span.start or s.start >= span.end]
            result.append(span)
        return result

    def _add_case_parties(
        self, doc: Doc, spans: list[Span], model_labels: dict[tuple[int, int], str] | None = None
    ) -> list[Span]:
        """The parties of a court case named "A v. B" are entities, the case itself is not one.

        "Junger v. Daley" -> persons "Junger" and "Daley"; "Bernstein v. United States Department
        of Justice" -> "Bernstein" and the department. A party of one word is a person (cases are
        cited by surname); a longer party is an organisation unless the model or gazetteer said
        otherwise; a party of plain name words that the model read as (part of) a person is a person
        ("Roe v. Jane Doe"). `model_labels`: the model's label of spans since made LAW.
        """
        model_labels = model_labels or {}
        result = list(spans)
        for token in tokens_written(doc, ("v.", "vs.")):
            if token.i == 0 or token.i + 1 >= len(doc):
                continue
            left_end, right_start = token.i, token.i + 1
            left_start = left_end
            while left_start > 0 and self._party_token(doc[left_start - 1]):
                left_start -= 1
            right_end = right_start
            while right_end < len(doc) and self._party_token(doc[right_end]):
                right_end += 1
            while right_end > right_start and doc[right_end - 1].lower_ in self.lexicon.connectors:
                right_end -= 1
            while left_start < left_end and doc[left_start].lower_ in self.lexicon.connectors:
                left_start += 1  # "the decision in Doe v. Roe": "in" is not part of the party
            parties = [(a, b) for a, b in ((left_start, left_end), (right_start, right_end)) if b > a]
            if len(parties) < 2 or not all(_is_capitalised(doc[a]) for a, _ in parties):
                continue
            for a, b in parties:
                if any(s.id_ and s.start == a and s.end == b for s in result):
                    continue
                same = next((s for s in result if s.start == a and s.end == b), None)
                label = same.label_ if same is not None and same.label_ in ENTITY_LABELS else "ORG"
                if b - a == 1 or (
                    b - a == 2 and self._is_initials(doc[a]) and _is_name_token(doc[a + 1], self.lexicon)
                ):
                    label = "PERSON"  # cited by surname ("Junger"), or initials and surname ("KS Puttaswamy")
                covering = next((s for s in spans if s.start < b <= s.end), None)
                seen_as = model_labels.get((covering.start, covering.end), covering.label_) if covering else ""
                if same is None and seen_as == "PERSON" and all(_is_name_token(t, self.lexicon) for t in doc[a:b]):
                    label = "PERSON"
                result = [s for s in result if s.end <= a or s.start >= b]
                result.append(self._relabel(Span(doc, a, b, label=label)))
            result = [s for s in result if not (s.start < token.i < s.end)]
        return result

    def _persons_with_initials(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Initials in front of a person's surname are part of the name: "Justice HR Khanna",
        "H.R. Khanna" (not a known abbreviation: "U.S. Smith" stays as the model said)."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        result = []
        for span in spans:
            if not span.id_ and span.label_ == "PERSON" and span.start > 0 and span.start - 1 not in taken:
                before = doc[span.start - 1]
                if self._is_initials(before) and not before.is_sent_start:
                    span = Span(doc, span.start - 1, span.end, label="PERSON")
            result.append(span)
        return result

    def _is_initials(self, token: Token) -> bool:
        """ "HR", "K.S.", "J." in front of a surname; not a known abbreviation ("U.S.", "UN")."""
        return bool(_INITIALS.match(token.text)) and self.gazetteer.lookup(token.text) is None

    def _persons_named_as_examples(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A short proper name given as an example of people is a person: "opposition politicians,
        including Job Sikhala", "journalists such as Jane Roe" (a plural title or occupation of
        `roles` before "including", "such as", "namely"), where the model typed it as a place or
        an organisation. Later names of the list follow by coordination."""
        result = []
        for span in spans:
            if (
                span.label_ in ("ORG", "NORP", "GPE", "LOC")
                and not span.id_
                and 2 <= len(span) <= 3
                and all(_is_name_token(t, self.lexicon) for t in span)
                and self._after_people(doc, span.start)
            ):
                span = Span(doc, span.start, span.end, label="PERSON")
            result.append(span)
        return result

    def _after_people(self, doc: Doc, start: int) -> bool:
        """Does "including" / "such as" / "namely" after a plural noun of people come right before `start`?"""
        k = start - 1
        if k >= 1 and doc[k].lower_ == "as" and doc[k - 1].lower_ == "such":
            k -= 1
        elif k < 0 or doc[k].lower_ not in ("including", "namely"):
            return False
        k -= 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
        return k >= 0 and doc[k].tag_ in ("NNS", "NNPS") and doc[k].lemma_.lower() in self.lexicon.roles

    def _name_run_end(self, doc: Doc, start: int, held: dict[int, Span], longest: int = 5) -> int:
        """The end of the run of name words from `start` that no span holds: capitalised proper
        nouns, a particle inside ("Rafael Matos de Oca") or joined by a hyphen ("al-Khawaja")."""
        end = start
        while end < len(doc) and end - start < longest and end not in held:
            token = doc[end]
            if _is_name_token(token, self.lexicon):
                end += 1
            elif (
                (end > start or token.text[:1].isupper())
                and token.lower_ in self.lexicon.name_particles
                and end + 1 < len(doc)
            ):
                # inside a name ("Rafael Matos de Oca"), or opening it capitalised ("Le Dinh Luong", "Van Rompuy")
                after = doc[end + 1]
                if not (_is_name_token(after, self.lexicon) or (after.text == "-" and not token.whitespace_)):
                    break
                end += 1
            elif _INITIAL.fullmatch(token.text) and end + 1 < len(doc):
                if not _is_name_token(doc[end + 1], self.lexicon):
                    break
                end += 1  # a middle initial, "Rosario G. Manalo", or a first one, "V. Balukh"
            elif end > start and token.text == "-" and not token.whitespace_ and not doc[end - 1].whitespace_:
                if end + 1 < len(doc) and not _is_name_token(doc[end + 1], self.lexicon):
                    end -= 1  # "Country Co-Rapporteur": the word before the hyphen is part of a title
                    break
                end += 1
            else:
                break
        while end > start and (doc[end - 1].text == "-" or doc[end - 1].lower_ in self.lexicon.name_particles):
            end -= 1
        return end

    def _is_name_item(self, doc: Doc, start: int, end: int) -> bool:
        """A whole name of 2-5 words: not followed by another capitalised word (a longer name), unless
        that word is a title and a word of the name is no English word ("The Honorable Mike Pompeo
        Secretary of State"; not "Madam Acting High Commissioner")."""
        if not 2 <= end - start <= 5 or not _is_name_token(doc[end - 1], self.lexicon):
            return False
        following = doc[end] if end < len(doc) else None
        if following is None or not _is_capitalised(following) or following.is_punct:
            return True
        foreign = self.english and not all(t.text in self.english for t in doc[start:end])
        return self._is_title_word(following) and bool(foreign)

    def _person_item_at(self, doc: Doc, start: int, held: dict[int, Span]) -> Span | None:
        """The person's name that starts at `start` as a list item: a new span over a name the
        model missed, or the model's span of a name it typed as an organisation or place."""
        if start >= len(doc):
            return None
        span = held.get(start)
        after_initial = held.get(start + 1) if _INITIAL.fullmatch(doc[start].text) else None
        initial_alone = span is None or (len(span) == 1 and span.label_ != "PERSON")
        if initial_alone and after_initial is not None and after_initial.start == start + 1:
            # "D. [Tretyakov]", "[D.] [Tretyakov]": the model typed the surname after an initial (and
            # the initial) as a place or body
            span = Span(doc, start, after_initial.end, label=after_initial.label_)
        if span is not None:
            if span.start == start and span.label_ != "PERSON" and self._may_be_a_persons_name(span):
                return Span(doc, span.start, span.end, label="PERSON")
            return None
        end = self._name_run_end(doc, start, held)
        if any(t.ent_type_ in _PLACE_LABELS for t in doc[start:end]) or self.gazetteer.lookup(doc[start:end].text):
            return None  # a place the rules dropped ("deputy Middle East and North Africa director")
        if end > start and doc[end - 1].lower_ in ADMINISTRATIVE_UNITS:
            return None  # a territorial unit: "Rakhine State" (`_territorial_unit`)
        return Span(doc, start, end, label="PERSON") if self._is_name_item(doc, start, end) else None

    def _owns_a_title(self, span: Span) -> bool:
        """Is `span` followed by a possessive and a title within the next three words ("Hong Kong’s
        Security Minister", "Belarus's Deputy Foreign Minister")?"""
        doc = span.doc
        after = span.end if span[-1].tag_ == "POS" else span.end + 1  # (the model's span may hold the "’s")
        if after > len(doc) or doc[after - 1].tag_ != "POS":
            return False
        return any(t.lower_ in self.lexicon.roles for t in doc[after : after + 3])

    def _add_names_after_roles(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Full names the model missed right after an occupation or title, one or several when the
        noun is plural: "journalists Getenet Ashagre and Aragaw Sisay", "professors Anand
        Teltumbde, Hany Babu and Shoma Sen", "activist Abdulhadi al-Khawaja", also after the place
        the title is for ("researcher for the South Caucasus Natalie Notadze"). A name the model
        typed as an organisation or place there is relabelled (outside the gazetteer)."""
        roles = self.lexicon.roles
        result = list(spans)
        held = _holders_of_tokens(result)
        for token in tokens_written(doc, roles | {role + "s" for role in roles} | _HONORIFICS):
            word = token.lower_
            singular = word[:-1] if word.endswith("s") and word[:-1] in roles else word
            honorific = word in _HONORIFICS and token.text[:1].isupper()  # "Mr Le Dinh Luong"
            if (singular not in roles or singular in _HONORIFICS) and not honorific:
                continue
            if token.pos_ not in ("NOUN", "PROPN") and not honorific:  # "Honorable" is an adjective
                continue
            if token.i in held:
                if held[token.i].label_ != "PERSON":  # a mandate the model typed as an organisation
                    item = self._name_after_title_and_comma(doc, token.i, held)
                    result = result if item is None else self._with_item(result, item, held)
                continue  # part of a name or title already found
            item = self._person_item_at(doc, token.i + 1, held)
            past_place = _past_place_complement(doc, token.i + 1)
            if item is None and past_place > token.i + 1:
                item = self._person_item_at(doc, past_place, held)
            past_area = self._past_office_area(doc, token.i + 1, held)
            if item is None and past_area > token.i + 1:
                item = self._person_item_at(doc, past_area, held)
            if item is None and singular == word:
                item = self._name_after_title_and_comma(doc, token.i, held)
            if item is None:
                continue
            result = self._with_item(result, item, held)
            if singular != word:
                result = self._following_items(doc, item, result, held)
        return result

    def _add_names_after_owners(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A full name the model missed right after an organisation's possessive is its staff
        member's: "said Human Rights First’s Brian Dooley", "CPJ's Sherif Mansour"."""
        result = list(spans)
        held = _holders_of_tokens(result)
        for org in [s for s in spans if s.label_ == "ORG"]:
            if org.end + 1 < len(doc) and doc[org.end].text in _POSSESSIVES:
                item = self._person_item_at(doc, org.end + 1, held)
                if item is not None:
                    result = self._with_item(result, item, held)
        return result

    def _name_after_title_and_comma(self, doc: Doc, role: int, held: dict[int, Span]) -> Span | None:
        """The name set off by commas after a title and what it is for: "the Special Rapporteur on
        the situation of human rights in Belarus, Adrian Severin, also called ..."; None unless the
        title runs to the comma in nouns, adjectives and prepositions on one line, and a comma, a
        full stop or a verb closes the name."""
        k = role + 1
        while k < len(doc) and k - role <= _TITLE_REACH and doc[k].text != ",":
            if doc[k].pos_ not in _TITLE_PHRASE_POS or "\n" in doc[k].text:
                return None
            if k in held and held[k].label_ == "PERSON":
                return None
            k += 1
        if k >= len(doc) or doc[k].text != "," or k + 1 >= len(doc):
            return None
        item = self._person_item_at(doc, k + 1, held)
        if item is None or item.end >= len(doc):
            return item
        closing = doc[item.end]
        return item if closing.text in (",", ".") or closing.pos_ in ("VERB", "AUX") else None

    def _past_office_area(self, doc: Doc, k: int, held: dict[int, Span]) -> int:
        """Past the field an office at `k` is for, in capitalised English words, when a name of two
        words follows it ("Commissioner for Human Rights | Navi Pillay", "Minister of Justice | Bekir
        Bozdag"): where the name starts, or `k`. The name is the last two capitalised words, one of
        them no English word (first names may be: "Michael O'Flaherty")."""
        if not self.english or k >= len(doc) or doc[k].lower_ not in ("for", "on", "of"):
            return k
        start = end = k + 1
        while end < len(doc) and end not in held and doc[end].is_alpha and doc[end].text[:1].isupper():
            end += 1
        name, area = doc[end - 2 : end], doc[start : end - 2]
        if len(area) < 1 or not all(t.text in self.english for t in area):
            return k
        if all(_is_name_token(t, self.lexicon) for t in name) and not all(t.text in self.english for t in name):
            return end - 2
        return k

    def _with_item(self, spans: list[Span], item: Span, held: dict[int, Span]) -> list[Span]:
        """`spans` with `item` in place of the span it relabels, or added; `held` (token -> span)
        kept in step."""
        # (the spans it covers: "D." and "Tretyakov" the model typed apart make one person)
        old = {id(held[i]) for i in range(item.start, item.end) if i in held}
        held.update(dict.fromkeys(range(item.start, item.end), item))
        if not old:
            return [*spans, item]
        first = next(k for k, s in enumerate(spans) if id(s) in old)
        return [item if k == first else s for k, s in enumerate(spans) if k == first or id(s) not in old]

    def _following_items(self, doc: Doc, person: Span, spans: list[Span], held: dict[int, Span]) -> list[Span]:
        """The names listed after `person`: ", NAME", " and NAME", ", and NAME", up to the list's
        end; `held` (token -> span of `spans`) is kept in step."""
        while True:
            k = person.end + (person.end < len(doc) and doc[person.end].text == ",")
            k += k < len(doc) and doc[k].lower_ == "and"
            if k == person.end or k >= len(doc):
                return spans
            nxt = held.get(k)
            if nxt is not None and nxt.label_ == "PERSON" and nxt.start == k:
                person = nxt
                continue
            j = k  # a name the model cut short of its first word: "Anand Teltumbde, Hany [Babu]"
            while j < len(doc) and j - k < 2 and j not in held and _is_name_token(doc[j], self.lexicon):
                j += 1
            cut = held.get(j)
            if j > k and cut is not None and cut.start == j and cut.label_ == "PERSON" and not cut.id_:
                person = Span(doc, k, cut.end, label="PERSON")
                spans = [person if s is cut else s for s in spans]
                held.update(dict.fromkeys(range(person.start, person.end), person))
                continue
            item = self._person_item_at(doc, k, held)
            if item is None or _is_signers_affiliation(person, item):
                return spans
            spans = self._with_item(spans, item, held)
            person = item

    def _add_listed_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Full names the model missed, or typed as organisations, in a list after a person's name:
        "Kevin Yam, Anna Kwok, Elmer Yuen, and Christopher Mung", "Vladimir Kara-Murza, Alexei
        Navalny, Ilya Yashin, and all those ..."; and the one name right before a person's in a
        list ("Egide Harerimana and Térence Mpozenzi")."""
        result = list(spans)
        held = _holders_of_tokens(result)
        for person in sorted((s for s in spans if s.label_ == "PERSON"), key=lambda s: s.start):
            result = self._following_items(doc, person, result, held)
        for person in [s for s in result if s.label_ == "PERSON"]:
            j = person.start - 1  # "NAME, " / "NAME and " / "NAME, and "
            if j >= 1 and doc[j].lower_ == "and" and doc[j - 1].text == ",":
                j -= 1
            if j < 2 or doc[j].lower_ not in (",", "and"):
                continue
            # the names before it, back to the one that opens the list: "three men - Amirhossein
            # Moradi, Saeed Tamjidi and Mohammad Rajabi -" (the model knew only the last)
            items: list[tuple[int, int]] = []
            while True:
                start = j
                while (
                    start > 0
                    and j - start < 5
                    and (start - 1) not in held
                    and _is_name_token(doc[start - 1], self.lexicon)
                ):
                    start -= 1
                if start > 0 and start < j and (start - 1) not in held and _INITIAL.fullmatch(doc[start - 1].text):
                    start -= 1  # a first initial: "V. Balukh, K. Barabash"
                if j - start < 2:
                    break
                items.append((start, j))
                if self._opens_an_item(doc, start, held) or start < 2 or doc[start - 1].text != ",":
                    break
                j = start - 1
            # (a dash opens a list of three names or more: the first is followed by a comma)
            if items and self._opens_an_item(doc, items[-1][0], held, dash=doc[items[-1][1]].text == ","):
                for start, end in items:
                    item = Span(doc, start, end, label="PERSON")
                    result.append(item)
                    held.update({i: item for i in range(start, end)})
        return result

    def _opens_an_item(self, doc: Doc, start: int, held: dict[int, Span], dash: bool = False) -> bool:
        """Does a list item begin at `start`: at the start of a line or of the text, after a colon
        or "including" (or a dash, when `dash`: a list of three names or more set off by dashes),
        or after a comma or "and" that follows a person's name ("Health and Food Safety, Stella
        Kyriakides" is a portfolio, not a list)."""
        if start == 0:
            return True
        before = doc[start - 1]
        if before.text in (":", ";") or "\n" in before.text or before.is_space or before.lower_ == "including":
            return True
        if dash and before.text in _DASHES and before.whitespace_:
            return True
        previous = held.get(start - 2)
        return before.lower_ in (",", "and") and previous is not None and previous.label_ == "PERSON"

    def _missions_with_their_place(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """An embassy's or consulate's name runs on through the place it is in ("the [Egyptian
        Embassy] in [the United States]" -> "Egyptian Embassy in the United States"): a State keeps
        one in many places, so the place is part of which one is meant, not a place the text is about."""
        places = {s.start: s for s in spans if s.label_ in ("GPE", "LOC")}
        heads = self.lexicon.diplomatic_mission_heads  # last, or first before "of" ("Embassy of Japan")

        def place_in(span: Span) -> Span | None:
            k = span.end
            if not any(t.lower_ in heads for t in span) or k + 1 >= len(doc) or doc[k].lower_ != "in":
                return None
            return places.get(k + 2 if doc[k + 1].lower_ == "the" else k + 1)

        return _organisations_through_places(spans, place_in)

    def _national_sections(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A known organisation's name runs on through the country or city right after it when the
        name ends there: "Transparency International Sri Lanka.", "Amnesty International USA
        stated", "Human Rights House Yerevan condemns", "Greenpeace UK's" (a national section or
        office is an organisation of its own). Not where a word follows that goes on the name or
        makes the place a modifier: "HRW Geneva Advocacy Director", "the UN Syria envoy"."""
        places = {s.start: s for s in spans if s.label_ == "GPE"}

        def section_place(span: Span) -> Span | None:
            # (not after an acronym: "UNICEF Afghanistan" goes on naming UNICEF, `entities._nested_organisations`)
            if not span.id_ or (len(span) == 1 and span.text.isupper()) or doc[span.end - 1].whitespace_ != " ":
                return None
            place = places.get(span.end)
            return place if place is not None and _name_ends_before(doc, place.end) else None

        return _organisations_through_places(spans, section_place)

    def _persons_by_coordination(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A short proper name joined by "and" or a comma to a person's name, before or after it,
        is a person too: "Jane Roe and Mary Major", "Polad Aslanov, Fuad Ahmadli, Ziya Asadli"
        where the model typed one of them as a group or organisation."""
        ordered = sorted(spans, key=lambda s: s.start)
        for i in [*range(1, len(ordered)), *range(len(ordered) - 2, -1, -1)]:  # after a person, then before
            span = ordered[i]
            before = ordered[i - 1] if i > 0 else None
            after = ordered[i + 1] if i + 1 < len(ordered) else None
            person_beside = (before is not None and before.label_ == "PERSON" and _joined(doc, before, span)) or (
                after is not None and after.label_ == "PERSON" and _joined(doc, span, after)
            )
            affiliation = before is not None and before.label_ == "PERSON" and _is_signers_affiliation(before, span)
            if person_beside and not affiliation and self._may_be_a_persons_name(span):
                ordered[i] = Span(doc, span.start, span.end, label="PERSON")
        return ordered

    def _may_be_a_persons_name(self, span: Span) -> bool:
        """A span outside the gazetteer, typed as a group, organisation or place, of 2-5 name words
        (a particle such as "de" inside): "Rafael Matos Montes de Oca"; not after a person's name and
        a preposition ("Mark A. Adley of First Boston, James F. Lyons": an affiliation)."""
        words = list(span)
        return (
            span.label_ in ("ORG", "NORP", "GPE", "LOC")
            and not span.id_
            and 2 <= len(span) <= 5
            and span[-1].lower_ not in ADMINISTRATIVE_UNITS  # "Rakhine State" (`_territorial_unit`)
            # ("John Lee, Hong Kong’s Security Minister": the place whose title describes him)
            and not (span.label_ in _PLACE_LABELS and self._owns_a_title(span))
            and not (
                span.start >= 2
                and span.doc[span.start - 1].pos_ == "ADP"
                and span.doc[span.start - 2].ent_type_ == "PERSON"
            )
            and (_is_name_token(words[0], self.lexicon) or bool(_INITIAL.fullmatch(words[0].text)))
            and _is_name_token(words[-1], self.lexicon)
            # (a first initial: "M. Karpyuk", as lists of prisoners write names)
            and all(_is_name_token(t, self.lexicon) or t.lower_ in self.lexicon.name_particles for t in words[1:])
        )

    def _party_token(self, token: Token) -> bool:
        if "\n" in token.text or token.is_space:
            return False
        if token.tag_.startswith("VB") or (_starts_sentence(token) and token.tag_ not in ("NNP", "NNPS")):
            return False  # "See Harlan v. Morrow": a capitalised first word is not part of the party
        return (_is_capitalised(token) and token.lower_ not in ("v.", "vs.")) or (
            token.lower_ in self.lexicon.connectors and token.lower_ != "and"
        )

    # -- rules that add spans -----------------------------------------------------------------

    def _add_organisation_phrases(self, doc: Doc, spans: list[Span], outline: frozenset[int]) -> list[Span]:
        """A capitalised phrase with an organisation head noun is an organisation.

        Examples: "Europe and Central Asia Section", "Field Operations and Technical Cooperation
        Division", "Minsk City Court", "Ministry of Interior of the Republic of Belarus" (not "...
        Team in Belarus": "in" starts a place, not part of the name). A phrase that only extends
        a gazetteer name without adding a head noun of its own is left to the gazetteer. No phrase
        opens with the letter of a lettered heading (`outline`): "C. The Supreme Court: ...".
        """
        for start, head, end in self._organisation_phrases(doc, outline):
            start = _after_members_name(doc, spans, start, head)
            if doc[start].lower_ in _POSSESSIVE_DETERMINERS:
                continue  # "My Office has documented ...": the speaker's own office, named by no name
            inside = [s for s in spans if start <= s.start and s.end <= end]
            crossing = [s for s in spans if s.start < end and s.end > start and s not in inside]
            if crossing or any(s.start == start and s.end == end and s.label_ not in _WORK_LABELS for s in inside):
                continue  # (a work's title the model saw in the same words is the body's name: "Journalists
                # for Human Rights")
            if any(self._body_after_headless_of(s, start, head) for s in inside):
                continue  # "Moses Masinde of MediaMax Group": someone of the body the model found
            if head > start and any(self._person_joined_to_body(s, start, end) for s in inside):
                continue  # "Nation Media Group and Lydia Nyawira of Standard Group": a person and two bodies
            if any(s.id_ and s.start <= head < s.end for s in inside):
                continue  # the head noun belongs to a gazetteer name: the gazetteer already named it
            if start > 0 and doc[start - 1].lower_ in ("a", "an") and not _modifies_next_noun(Span(doc, start, end)):
                continue  # "a Main Committee": a kind of body, not a name
            if _runs_on_in_lower_case(doc, end):
                continue  # "The Observatory for the Protection of human rights defenders": no end to be found
            spans = [s for s in spans if s not in inside]
            if end < len(doc) and doc[end].text in _ACT_HEADS and not any(s.start <= end < s.end for s in spans):
                spans.append(Span(doc, start, end + 1, label="LAW"))  # "Broadcasting Commission Act"
                continue
            spans.append(self._relabel(Span(doc, start, end, label="ORG")))
        return spans

    def _body_after_headless_of(self, span: Span, start: int, head: int) -> bool:
        """Is `span` the model's organisation holding the phrase's head right after an "of" that no
        organisation head precedes in the phrase ("Moses Masinde of [MediaMax Group]"; not "Bank of
        [America Group]")?"""
        doc = span.doc
        if span.label_ != "ORG" or not span.start <= head < span.end or span.start - 1 <= start:
            return False
        if doc[span.start - 1].lower_ != "of":
            return False
        return not any(
            t.lower_ in self.lexicon.org_heads or t.lower_ in self.lexicon.roles for t in doc[start : span.start - 1]
        )

    def _person_joined_to_body(self, span: Span, start: int, end: int) -> bool:
        """Is `span` a person's name inside the phrase doc[start:end] that the phrase only joins to a
        body, not a name the body bears? A person opening the phrase ("Robert F. Kennedy Human
        Rights") or right before its head noun ("Nelson Mandela Foundation") names it (as do the
        words after a head that opens the phrase: "Frente Farabundo Martí para la Liberación
        Nacional", which the caller leaves alone)."""
        if span.label_ != "PERSON" or span.start == start:
            return False
        return span.end == end or span.doc[span.end].lower_ not in self.lexicon.org_heads

    def _organisation_phrases(self, doc: Doc, outline: frozenset[int]) -> list[tuple[int, int, int]]:
        """(start, head, end) token indices of capitalised phrases with an organisation head noun."""
        found = []
        words = [token.text for token in doc]  # a Token object only for capitalised words (speed)
        i = 0
        while i < len(doc):
            if (
                not words[i][:1].isupper()
                or not _is_capitalised(doc[i])
                or words[i].casefold() in self.lexicon.connectors
                or doc[i].tag_ in _ADVERB_TAGS  # "Particularly the Supreme Court": no name opens with an adverb
                or i in outline
            ):
                i += 1
                continue
            j = i
            heads = []
            while j < len(doc) and self._in_name(doc, j):
                if (doc[j].text.casefold() in self.lexicon.org_heads and _is_capitalised(doc[j])) or (
                    self._names_an_association(doc, j)
                ):
                    heads.append(j)
                j += 1
            if heads and self._names_an_association(doc, heads[-1]):
                # "Zimbabwe Lawyers for Human Rights", "Physicians for Human Rights" (even opening a sentence)
                start = self._association_start(doc, i, heads[-1])
                end = self._complement_end(doc, heads[-1] + 1, j)
                if start == heads[-1]:  # no word before the members placed it: "Journalists for X in Sudan"
                    end = self._country_of_association(doc, end, j)
                found.append((start, heads[-1], end))
                i = max(j, i + 1)
                continue
            if doc[i].text.casefold() in self.lexicon.roles:
                i += 1  # "Secretary of the Security Council": the name starts after the title
                continue
            if _starts_sentence(doc[i]) and doc[i].tag_ not in ("NNP", "NNPS"):
                i += 1  # "Contact the Europe and Central Asia Section": capitalised only as first word
                continue
            if heads and any(doc[k].lower_ == "to" for k in range(i, heads[-1])):
                # "the UN to the Government of Ecuador": "to" before the head is not inside a name
                i = max(k for k in range(i, heads[-1]) if doc[k].lower_ == "to") + 1
                continue
            if heads and any(self._topic_after_name(doc, i, k) for k in range(i + 1, heads[-1])):
                # "Statement by Norway on Situations Requiring the Council's Attention": what a text is
                # about, after its author, is not one name with it (the model's own names stand)
                i = max(j, i + 1)
                continue
            if heads and heads[-1] > i:
                found.append((i, heads[-1], self._complement_end(doc, heads[-1] + 1, j)))
            elif heads and heads[0] == i and doc[i].text.casefold() in self.lexicon.head_first_org_heads:
                # "Frente Farabundo Martí para la Liberación Nacional": the name follows its head
                end = next((k for k in range(i + 1, j) if doc[k].text.casefold() in _ENGLISH_CONNECTORS), j)
                while end > i + 1 and doc[end - 1].text.casefold() in self.lexicon.connectors:
                    end -= 1
                if end > i + 1:
                    found.append((i, i, end))
            elif heads and heads[0] == i and not _starts_sentence(doc[i]) and doc[i].tag_ not in ("NNS", "NNPS"):
                # "the Government of Nicaragua", "Ministry of Justice": a head noun with a named complement
                end = self._complement_end(doc, i + 1, j)
                if end > i + 2:
                    found.append((i, i, end))
            i = max(j, i + 1)
        return found

    def _names_an_association(self, doc: Doc, j: int) -> bool:
        """Is token j the members' noun of an association named "<members> for <cause>" ("Zimbabwe
        Lawyers for Human Rights", "Canadian Journalists for Free Expression"): a capitalised plural of
        `association_members` before "for" and a capitalised word?"""
        return (
            j + 2 < len(doc)
            and doc[j].text.casefold() in self.lexicon.association_members
            # not in a headline in title case ("Amnesty Demands Lawyers for Ethiopian Journalists")
            and not any(t.text.istitle() and t.lower_ in self.lexicon.headline_verbs for t in _line_of(doc, j))
            and _is_capitalised(doc[j])
            and doc[j + 1].lower_ == "for"
            and _is_capitalised(doc[j + 2])
            and doc[j + 2].text.casefold() not in self.lexicon.connectors
        )

    def _association_start(self, doc: Doc, run_start: int, members: int) -> int:
        """Where an association's name begins before its members' noun: at the capitalised words that
        qualify the members ("Zimbabwe", "Canadian"), not at a verb or another name before them."""
        start = members
        while start > run_start:
            word = doc[start - 1]
            if word.text == "&" or word.lower_ == "and":
                # members of two professions: "Swedish Professors & Doctors for Human Rights"
                if start - 2 < run_start or doc[start - 2].text.casefold() not in self.lexicon.association_members:
                    break
                start -= 2
                continue
            if (
                not _is_capitalised(word)
                or word.text.casefold() in self.lexicon.connectors
                or word.tag_.startswith("VB")
                or word.ent_type_ in ("ORG", "PERSON")
            ):
                break
            if (
                _starts_sentence(word)
                and word.tag_ not in ("NNP", "NNPS")
                and word.ent_type_ not in ("NORP", "GPE", "LOC")
                and word.text not in country_adjectives()
            ):
                break  # capitalised only as its sentence's first word ("Today Lawyers for ..."), not "Australian"
            start -= 1
        return start

    def _country_of_association(self, doc: Doc, end: int, run_end: int) -> int:
        """The end of an association's name with the country it works in after it, when no word
        before its members' noun placed it ("Journalists for Human Rights in Sudan", "Lawyers for
        Justice in Libya"): "in" and a State's name, else `end` unchanged."""
        if end + 1 >= run_end or doc[end].lower_ != "in" or doc[end + 1].ent_type_ != "GPE":
            return end
        country = end + 1
        while country + 1 < run_end and doc[country + 1].ent_iob_ == "I":
            country += 1
        name = doc[end + 1 : country + 1].text
        return country + 1 if country_entry(self.gazetteer, name) is not None else end

    def _in_name(self, doc: Doc, j: int) -> bool:
        token = doc[j]
        if "\n" in token.text or token.is_space:
            return False
        if _shouting_non_name(token, self.lexicon):
            return False  # "RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY": a verb in capitals is no name
        if _is_capitalised(token) and token.text.casefold() != "the":
            return True
        if self._possessive_in_name(token):
            return True  # "Workers' Party of Korea"
        if token.lower_ == "and" and j + 1 < len(doc) and doc[j + 1].lower_ == "the":
            return False  # "the URNG and the Government of Guatemala": "and the" joins two names
        if token.text.casefold() in self.lexicon.connectors or token.text in ("-", "&"):
            if j + 2 < len(doc) and doc[j + 1].text.casefold() in self.lexicon.connectors - {"and"}:
                return _is_capitalised(doc[j + 2])  # "para la Liberación", "de los Derechos"
            return j + 1 < len(doc) and (_is_capitalised(doc[j + 1]) or doc[j + 1].text.casefold() == "the")
        # "Sustainable Development Goals (SDG) Partnership Group": an acronym in brackets inside a name
        if token.text == "(" and j + 2 < len(doc) and doc[j + 1].is_upper and doc[j + 2].text == ")":
            return j + 3 < len(doc) and _is_capitalised(doc[j + 3])
        if token.text == ")" and j >= 2 and doc[j - 2].text == "(":
            return j + 1 < len(doc) and _is_capitalised(doc[j + 1])
        return bool(
            j >= 1 and doc[j - 1].text == "(" and token.is_upper and j + 1 < len(doc) and doc[j + 1].text == ")"
        )

    def _topic_after(self, doc: Doc, k: int) -> bool:
        """Is token k an "on" that starts what a text is about rather than the rest of a name? Only
        bodies and mandates whose names go on with "on" (`topic_bodies`, `topic_titles`: "Committee on
        the Rights of the Child", "Rapporteur on Torture") take it; "the Information and Press Department
        on the Universal Periodic Review" is a department and its topic."""
        lexicon = self.lexicon
        return doc[k].lower_ == "on" and doc[k - 1].lower_ not in lexicon.topic_bodies | lexicon.topic_titles

    def _topic_after_name(self, doc: Doc, start: int, k: int) -> bool:
        """Is token k an "on" that starts a topic (`_topic_after`) right after a State or body the
        model named from `start` ("Norway on Situations Requiring the Council's Attention")?"""
        if (
            k < 1
            or not self._topic_after(doc, k)
            or doc[k - 1].ent_type_ not in ("GPE", "ORG")
            or doc[k].ent_iob_ == "I"
        ):
            return False
        first = k - 1
        while doc[first].ent_iob_ == "I":
            first -= 1
        return first <= start

    def _complement_end(self, doc: Doc, k: int, run_end: int) -> int:
        """End of the name after its head: "of the Republic of Belarus" is kept, "in Belarus" is not."""
        end = k
        head = doc[k - 1]
        while k < run_end:
            word = doc[k].text.casefold()
            if word == "on" and head.lower_ not in self.lexicon.topic_bodies and self._topic_after(doc, k):
                break  # "Department on the Universal Periodic Review": the topic, not the department's name
            if word == "in" and doc[k - 1].lower_ in _IN_NAME_HEADS:
                word = "of"  # "United Nations Observer Mission in El Salvador": where the mission is, in its name
            if word == "and" and k + 1 < run_end and doc[k + 1].lower_ == "the":
                break  # "the URNG and the Government of Guatemala": two names, not one
            if (
                word == "and"
                and end == k
                and _is_capitalised(doc[k - 1])
                and doc[k - 1].lower_ in self.lexicon.org_heads
            ):
                break  # "Digital Rights Watch and Electronic Frontiers Australia": "and" right after the head joins two
            if word in _COMPLEMENT_STARTERS or word == "and":
                k += 1
                while k < run_end and doc[k].text.casefold() == "the":
                    k += 1
                if k < run_end and _is_calendar_word(doc[k]):
                    break  # "Buganda Road Court on Monday": when, not part of the name
                if k < run_end and _is_capitalised(doc[k]) and doc[k].text.casefold() not in self.lexicon.connectors:
                    first = k
                    while k < run_end and (
                        (_is_capitalised(doc[k]) and doc[k].text.casefold() not in self.lexicon.connectors)
                        or _joins_a_hyphenated_word(doc, k)  # "on Non-Governmental Organizations"
                    ):
                        if k > first and self._titles_a_name(doc, k):
                            break  # "Commission of Inquiry | Chair Paulo Pinheiro": an officer after the name
                        k += 1
                    end = k
                    continue
            break
        return end

    def _titles_a_name(self, doc: Doc, k: int) -> bool:
        """Is token k a title right before a person's name ("Chair Paulo Pinheiro")?"""
        return (
            self._is_title_word(doc[k])
            and k + 2 < len(doc)
            and all(_is_name_token(t, self.lexicon) for t in doc[k + 1 : k + 3])
        )

    def _add_names_spelled_by_acronyms(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Capitalised words right before "(ACR)" whose initials spell the acronym are an
        organisation's name, which the model missed or took in parts: "Lawyers' Rights Watch
        Canada (LRWC)" (connectors and possessive marks between the words are skipped)."""
        owner = _holders_of_tokens(spans)
        result = list(spans)
        for close in (t.i for t in tokens_written(doc, (")",)) if t.i >= 3):
            if doc[close - 2].text != "(" or not doc[close - 1].text.isalpha() or not doc[close - 1].is_upper:
                continue
            acronym, end = doc[close - 1].text, close - 2
            start = _start_of_spelled_name(doc, end, acronym, self.lexicon.connectors)
            if start is None:
                continue
            if doc[end - 1].lower_ in _LAW_HEADS:
                continue  # a law's name: "Prevention of Terrorism Act (PTA)"
            inside = {owner[i] for i in range(start, end) if i in owner}
            if any(s.start < start or s.end > end or (s.id_ and s.label_ not in _PLACE_LABELS) for s in inside):
                continue  # a span that crosses the name's edge, or a known body inside it (a place may be)
            if any(s.start == start and s.end == end for s in inside):
                continue  # found already
            result = [s for s in result if s not in inside]
            # a region's name ends with its unit: "Xinjiang Uyghur Autonomous Region (XUAR)" is a place,
            # not "Election Network in the Arab Region (ENAR)", a body
            body = any(t.lower_ in self.lexicon.org_heads for t in doc[start:end])
            label = "GPE" if doc[end - 1].lower_ in ADMINISTRATIVE_UNITS and not body else "ORG"
            result.append(Span(doc, start, end, label=label))
        return result

    def _add_acronyms(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """ "Long Name (ACR)": ACR becomes an entity of the same label wherever it occurs."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        definitions: dict[str, Span] = {}
        for span in spans:
            if span.label_ not in ("ORG", "LAW", "GPE") or span.end + 2 >= len(doc):
                # a treaty's acronym is a treaty too: "American Convention on Human Rights (CADH)"; a
                # region's a place: "Gorno-Badakhshan Autonomous Region (GBAO)"
                continue
            # the acronym may be quoted, as legal texts define their short names: 'Law ("NSL")'
            inside = [t for t in doc[span.end + 1 : span.end + 5] if t.text not in _QUOTES]
            open_, acronym, close = doc[span.end], inside[0], inside[1] if len(inside) > 1 else inside[0]
            if open_.text == "(" and close.text == ")" and _looks_like_acronym(acronym.text):
                initials = {w[0] for w in span.text.split() if w[:1].isupper()}
                if span.label_ == "GPE" and acronym.text != _initials(span.text):
                    continue  # a place's acronym spells it whole ("XUAR"); "CANBERRA, Australia (AP)" is a credit
                if acronym.text[0] in initials:
                    definitions.setdefault(acronym.text, span)
        added = []
        for token in doc if definitions else ():
            expansion = definitions.get(token.text)
            if expansion is not None and token.i not in taken:
                added.append(Span(doc, token.i, token.i + 1, label=expansion.label_, span_id=expansion.id_))
                taken.add(token.i)
        # the model may have typed the acronym itself otherwise ("PIDCP" as ORG for a covenant)
        relabelled = []
        for span in spans:
            expansion = definitions.get(span.text) if len(span) == 1 and not span.id_ else None
            if expansion is not None and expansion.label_ in ("LAW", "GPE") and span.label_ != expansion.label_:
                span = Span(doc, span.start, span.end, label=expansion.label_)
            relabelled.append(span)
        return relabelled + added

    def _add_organisations_by_kind(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """An unknown name in apposition to a kind of organisation (`org_kinds`) is an
        organisation: right after the noun ("the independent outlets Batumelebi and Netgazeti",
        "TV channel NTN24", "rights group Cristosal"), or before a comma and the noun with an
        article ("ALQST, a Saudi rights group based in London"). A name the model typed as a
        person or place there is relabelled; gazetteer names keep theirs."""
        result = list(spans)
        held = _holders_of_tokens(result)
        for token in tokens_written(doc, self.lexicon.org_kinds):
            if not token.is_lower or token.tag_ not in ("NN", "NNS"):
                continue
            if token.i in held:
                continue
            k = token.i + 1
            while k < len(doc):
                if k > token.i + 1 and k in held and doc[k - 1].lower_ != "and":
                    break  # a name after a comma is left to the model: "outlets A and B, [Jane Roe]"
                item = self._organisation_name_at(doc, k, held)
                if item is None:
                    break
                result = self._with_item(result, item, held)
                if token.tag_ != "NNS" or item.end + 1 >= len(doc) or doc[item.end].lower_ not in ("and", ","):
                    break
                k = item.end + 1 + (doc[item.end].text == "," and doc[item.end + 1].lower_ == "and")
            if token.i >= 2 and doc[token.i + 1 : token.i + 2].text not in ("'s", "’s"):
                result = self._organisation_before_kind(doc, token, result, held)
        return result

    def _without_headline_verb(self, span: Span) -> Span:
        """A person's name the model ran a title-case headline's verb into: "European Parliament
        [Warns Lukashenka] About ..." -> "Lukashenka"."""
        if span.label_ != "PERSON" or len(span) < 2 or span.id_:
            return span
        first = span[0]
        if first.text.istitle() and first.lower_ in self.lexicon.headline_verbs and _is_capitalised(span[1]):
            return Span(span.doc, span.start + 1, span.end, label="PERSON")
        return span

    def _without_operative_verb(self, span: Span) -> Span | None:
        """An organisation the model ran a paragraph's opening verb into ("Urges the Government of
        Kyrgyzstan to ..." -> "Government of Kyrgyzstan"), or a lone verb opening a recommendation
        that the model read as a name ("Ratify", "Cease"): the verb is no part of a name."""
        if span.label_ != "ORG" or span.id_:
            return span
        first = span[0]
        if not _title_or_capitals(first):
            return span
        if len(span) == 1:  # at the start of its item ("138.9. Ratify ...", "4. FURTHER"), not "Monitor magazine"
            opening = first.lower_ in recommendation_verbs() or first.lower_ in OPERATIVE_ADVERBS
            return None if opening and _first_word_of_line(first) else span
        # (after an adverb the paragraph may open with: "Further Requests the Commission",
        # "FURTHER REQUESTS the African Union Commission", printed in capitals in decisions)
        verb = 1 if first.lower_ in OPERATIVE_ADVERBS and len(span) > 3 and _title_or_capitals(span[1]) else 0
        word = span[verb].lower_
        third_person = word.endswith("s") and (
            word[:-1] in recommendation_verbs() or word[:-2] in recommendation_verbs()
        )
        if (
            (third_person or word in self.lexicon.headline_verbs)
            and span[verb + 1].lower_ == "the"
            and len(span) > verb + 2
        ):
            return Span(span.doc, span.start + verb + 2, span.end, label="ORG")
        return span

    def _add_media_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A media outlet named by a proper name and the kind of medium it is (`media_heads`): "Abzas
        Media", "Meydan TV", "Addis Standard", which the model misses or types as a place. The words
        before the head are capitalised, on one line, one at least no English word (not "Mass Media",
        "JOINT PRESS"; WordNet's place names count as English, so "Colombo Gazette" is left to the
        model); a gazetteer name or a person's name is left alone, but for a "person" whose name ends
        with a head no personal name ends with (`outlet_heads`: "Sudan Tribune", "Asia Times")."""
        if not self.english:
            return spans
        result = [
            Span(doc, s.start, s.end, label="ORG")
            if s.label_ == "PERSON"
            and not s.id_
            and len(s) > 1
            and s[-1].lower_ in self.lexicon.outlet_heads
            and s[-1].text[:1].isupper()
            else s
            for s in spans
        ]
        for head in doc:
            if head.lower_ not in self.lexicon.media_heads or not head.text[:1].isupper() or head.i == 0:
                continue
            start = head.i
            while start > 0 and head.i - start < 3 and _is_media_name_word(doc[start - 1]):
                start -= 1
            if start == head.i or all(t.text in self.english or t.lower_ in self.english for t in doc[start : head.i]):
                continue
            inside = [s for s in result if s.start < head.i + 1 and s.end > start]
            if any(s.id_ or s.label_ == "PERSON" or s.start < start or s.end > head.i + 1 for s in inside):
                continue
            result = [s for s in result if s not in inside]
            result.append(Span(doc, start, head.i + 1, label="ORG"))
        return result

    def _organisation_name_at(self, doc: Doc, start: int, held: dict[int, Span]) -> Span | None:
        """The name from `start`: 1-4 capitalised words (or words with digits: "NTN24") that end
        before a lower-case word or punctuation; or the model's span there if it typed the name a
        person, place, work or product ("the organisation [Global Witness]" read as a report's title)."""
        span = held.get(start)
        if span is not None:
            if span.start != start or span.id_ or span.label_ not in _NAMED_AS_ORGANISATION_KINDS or len(span) > 4:
                return None
            if not all(self._org_name_word(t) for t in span):
                return None
            return Span(doc, span.start, span.end, label="ORG")
        end = start
        while end < len(doc) and end - start < 5 and end not in held and self._org_name_word(doc[end]):
            end += 1
        if not 1 <= end - start <= 4 or (end < len(doc) and end in held):
            return None
        if end < len(doc) and _is_capitalised(doc[end]) and not doc[end].is_punct:
            return None
        return Span(doc, start, end, label="ORG")

    def _org_name_word(self, token: Token) -> bool:
        word = token.lower_
        return (
            (_is_capitalised(token) or (any(ch.isdigit() for ch in token.text) and token.is_alpha is False))
            and not token.is_punct
            and "\n" not in token.text
            and word not in self.lexicon.roles
            and word not in self.lexicon.groups
            and not _is_calendar_word(token)
            # nor an adverb opening the sentence: "However, the advocacy group ...", "Earlier, the coalition ..."
            and token.tag_ not in ("PRP", "PRP$", "DT", "IN", "CC", "CD", *_ADVERB_TAGS)
        )

    def _organisation_before_kind(self, doc: Doc, kind: Token, spans: list[Span], held: dict[int, Span]) -> list[Span]:
        """ "NAME, a/an/the [modifiers] KIND": NAME a whole capitalised run at a sentence start or
        after a non-capitalised word; `held` (token -> span of `spans`) is kept in step."""
        k = kind.i - 1
        while k > 0 and kind.i - k <= 6 and (self._modifies_kind(doc, k) or doc[k].ent_type_ == "NORP"):
            if doc[k].lower_ in ("a", "an", "the"):
                break
            k -= 1
        if doc[k].lower_ not in ("a", "an", "the") or k < 2 or doc[k - 1].text != ",":
            return spans
        end = k - 1
        start = end
        while start > 0 and end - start < 4 and self._org_name_word(doc[start - 1]):
            start -= 1
        if start == end:
            return spans
        if (
            start > 0
            and (_is_capitalised(doc[start - 1]) and not doc[start - 1].is_punct)
            and not _starts_sentence(doc[start])
        ):
            return spans
        item = self._organisation_name_at(doc, start, held)
        if item is None or item.end != end:
            return spans
        return self._with_item(spans, item, held)

    @staticmethod
    def _modifies_kind(doc: Doc, k: int) -> bool:
        """A word of the modifiers before a kind of organisation: "a Saudi rights group", "a
        London-based human rights group" (a hyphenated "X-based" counts as its three tokens)."""
        token = doc[k]
        hyphenated = token.text == "-" or (k + 1 < len(doc) and doc[k + 1].text == "-" and token.pos_ == "PROPN")
        based = token.lower_ == "based" and k > 0 and doc[k - 1].text == "-"
        return token.pos_ in ("ADJ", "NOUN", "PROPN") or hyphenated or based

    def _add_ministries(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """ "the ministry of foreign and European affairs": a ministry named in lower case is a body.

        Letters and translations write portfolios in lower case; the capitalised-phrase rule
        misses them. "Ministry"/"ministry" + "of"/"for" + the words up to the end of the phrase.
        """
        result = list(spans)
        for token in tokens_written(doc, ("ministry",)):
            if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ not in ("of", "for"):
                continue
            end = token.i + 2
            while (
                end < len(doc)
                and end - token.i <= 8
                and (
                    (doc[end].is_alpha and doc[end].pos_ in ("NOUN", "PROPN", "ADJ"))
                    or doc[end].lower_ in ("and", "the")
                )
            ):
                if doc[end].lower_ == "and" and end + 1 < len(doc) and doc[end + 1].lower_ in _NOT_IN_NAMES:
                    break  # "Ministry of Interior and other state institutions"
                end += 1
            while end > token.i + 2 and doc[end - 1].lower_ in ("and", "the"):
                end -= 1
            if end <= token.i + 2 or doc[end - 1].pos_ not in ("NOUN", "PROPN"):
                continue
            if any(s.start < end and s.end > token.i and (s.id_ or s.label_ in ("PERSON", "GPE")) for s in result):
                continue
            if any(s.start == token.i and s.label_ == "ORG" for s in result):
                continue  # "Ministry of Interior" found as a capitalised name already
            result = [s for s in result if s.end <= token.i or s.start >= end]
            result.append(Span(doc, token.i, end, label="ORG"))
        return result

    def _add_governments(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A State's government is a body, however it is written: "the Syrian government", "Sudan's
        government", "the Singapore Government", "the government of Eritrea" (the model leaves the
        lower-case ones out and reads the nationality or the country alone). The country must be a
        State: a nationality adjective of `country_adjectives.json` or a country of the gazetteer."""
        result = list(spans)
        for token in tokens_written(doc, ("government",)):
            bounds = self._government_bounds(doc, token, result)
            if bounds is None:
                continue
            start, end = bounds
            covering = [s for s in result if s.start < end and s.end > start]
            if any(s.label_ not in ("GPE", "NORP") or s.start < start or s.end > end for s in covering):
                continue  # "Kurdistan Regional Government", "Federal Government of Somalia": a name already
            result = [s for s in result if s not in covering]
            result.append(Span(doc, start, end, label="ORG"))
        return result

    def _government_bounds(self, doc: Doc, government: Token, spans: list[Span]) -> tuple[int, int] | None:
        """The token range of "<nationality or country>['s] government" or "government of [the]
        <country>" around the word `government`; None when no State is named there."""
        i = government.i
        adjectives = country_adjectives()
        for n in (3, 2, 1):  # "Papua New Guinean", "Sri Lankan", "Syrian"
            if i - n >= 0 and doc[i - n : i].text in adjectives:
                return i - n, i + 1
        owner_end = i - 1 if i > 0 and doc[i - 1].lower_ in _POSSESSIVES else i
        country = next((s for s in spans if s.end == owner_end and s.label_ == "GPE"), None)
        if country is not None and country_entry(self.gazetteer, country.text) is not None:
            return country.start, i + 1
        after = i + 2 if i + 2 < len(doc) and doc[i + 1].lower_ == "of" else None
        if after is not None and doc[after].lower_ == "the":
            after += 1
        country = next((s for s in spans if after is not None and s.start == after and s.label_ == "GPE"), None)
        if country is not None and country_entry(self.gazetteer, country.text) is not None:
            return i, country.end
        return None

    def _add_offices_of_titles(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """ "The Prosecutor's Office of Georgia", "Prosecutor General's office", "the Public
        Defender's Office": the office of a capitalised title is a body. The model leaves the
        possessive out ("Office of Georgia") or the whole name; not a person's office ("Ashton's
        office": the owner is no title) nor a title in lower case ("the prosecutor's office")."""
        result = list(spans)
        for office in tokens_written(doc, ("office",)):
            k = office.i - 1
            if k < 1 or doc[k].text not in _POSSESSIVES or doc[k - 1].lower_ not in self.lexicon.roles:
                continue
            start = k - 1
            while start > 0 and k - start < _OFFICE_OWNER_TOKENS:
                before = doc[start - 1]
                if _is_capitalised(before) and not before.is_sent_start and before.ent_type_ not in ("DATE", "TIME"):
                    start -= 1
                elif start > 1 and _hyphen_inside_word(doc, start - 1) and _is_capitalised(doc[start - 2]):
                    start -= 2  # "Specialized Sub-Attorney General's Office"
                else:
                    break
            if not all(_is_capitalised(t) or _hyphen_inside_word(doc, t.i) for t in doc[start:k]):
                continue
            end = office.i + 1
            if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].ent_type_ in ("GPE", "ORG"):
                place = next(e for e in doc.ents if e.start <= end + 1 < e.end)
                end = place.end
            elif end + 1 < len(doc) and doc[end].lower_ == "for" and _is_capitalised(doc[end + 1]):
                end = _capitalised_run_end(doc, end + 1, end + 1 + _MAX_RUN_WORDS)  # "... Office for Organized Crime"
            if any(s.start < end and s.end > start and s.label_ == "PERSON" for s in result):
                continue
            result = [s for s in result if s.end <= start or s.start >= end]
            result.append(Span(doc, start, end, label="ORG"))
        return result

    def _add_names_after_titles(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Two or three proper nouns right after an office (an ORG with a title word) name its holder.

        "Council of Europe Commissioner for Human Rights Dunja Kovacevic said": the gazetteer
        span for the office overwrote the model's (wrong) span, which held the name, or the
        model found only the surname.
        """
        owner = {i: s for s in spans for i in range(s.start, s.end)}
        result = list(spans)
        for span in spans:
            if span.label_ != "ORG" or not any(t.text.casefold() in self.lexicon.roles for t in span):
                continue  # only an office ("... Commissioner for Human Rights") is followed by its holder
            end = span.end
            while end < len(doc) and end - span.end < 4 and _is_name_token(doc[end], self.lexicon):
                held = owner.get(end)
                if held is not None and (held.label_ != "PERSON" or held.end > span.end + 3):
                    break
                end += 1
            if not 2 <= end - span.end <= 3 or (end < len(doc) and _is_capitalised(doc[end])):
                continue
            # the model may have found only part of the name ("Kovacevic" of "Dunja Kovacevic")
            partial = [s for s in result if s.start < end and s.end > span.end and s is not span]
            if any(s.start < span.end or s.end > end or s.id_ for s in partial):
                continue  # crossing spans, or a gazetteer person who is linked to the full name anyway
            result = [s for s in result if s not in partial]
            result.append(Span(doc, span.end, end, label="PERSON"))
        return result

    def _without_post_nominals(self, span: Span) -> Span:
        """A person's name ends before the letters of honours, offices and degrees written after it
        (`post_nominals`): "[Tilman Ruff] AM", "[Julian Burnside] AO QC", "[Adam Bandt] MP"."""
        if span.label_ != "PERSON":
            return span
        end = span.end
        while end - span.start > 1 and _is_post_nominal_word(span.doc[end - 1].text, self.lexicon):
            end -= 1
        return span if end == span.end else Span(span.doc, span.start, end, label="PERSON", span_id=span.id_)

    def _ends_as_no_name(self, span: Span) -> bool:
        """A "person" ending in the head noun of a document, law or concept (`non_org_heads`) is the
        end of a title the model read as a name: "[Racial] Discrimination Act", "Joint Submission",
        "Indigenous Peoples" (not a surname that is such a noun too: "Archie Law")."""
        return (
            span.label_ == "PERSON"
            and not span.id_
            and len(span) > 1
            and span[-1].lower_ in self.lexicon.non_org_heads - _SURNAME_HEADS
        )

    def _whole_person_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A person's name the model cut short of its last part: "[Hoang Thi Minh] Hong", "[Husain
        Moosa Ali] Moosa" (names of four or five parts, which the model knows less). A proper noun
        right after it, outside any other entity, joins the name, up to five words; not a title
        (`roles`), an honorific or a calendar word. So does one right before it that is no English
        word ("Natalya Filonova", where the model found "Filonova")."""
        taken = {i for s in spans for i in range(s.start, s.end)}

        def joins(i: int) -> bool:
            token = doc[i]
            return (
                i not in taken
                and token.tag_ == "NNP"
                and token.is_alpha
                and token.text[:1].isupper()
                and not token.is_upper
                and token.lower_ not in self.lexicon.roles
                and token.lower_ not in _HONORIFICS
                and not _is_calendar_word(token)
                and not (i + 1 < len(doc) and doc[i + 1].text == ":")  # a label: "President X Fax: +963 ..."
                and not self._opens_title_before_role(doc, i)  # "Ben Emmerson | Special Rapporteur"
            )

        whole = []
        for span in spans:
            start, end = span.start, span.end
            titled = all(t.lower_ in _HONORIFICS or t.lower_ in self.lexicon.roles for t in span)
            if span.label_ == "PERSON" and not span.id_ and not titled:  # not "Madam" | "Vice" ...
                while end < len(doc) and end - start < 5 and joins(end):
                    end += 1
                # before the name stand titles the tagger also reads as names ("Secretary of State
                # Antony Blinken", "Excellency", "Justice HR Khanna"), so only a word that is no
                # English word joins there, whatever its tag (the tagger reads some first names
                # opening a sentence as adverbs): "[Natalya] Filonova", "[Rolando] José Álvarez"
                while (
                    start > 0
                    and end - start < 5
                    and start - 1 not in taken
                    and self._is_foreign_name_word(doc[start - 1])
                ):
                    start -= 1
            if (start, end) != (span.start, span.end):
                taken.update(range(start, end))
                span = Span(doc, start, end, label="PERSON")
            whole.append(span)
        return whole

    def _add_names_before_titles(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Two or three proper nouns right before a comma and a title name a person: "Alessandra
        Vellucci, Director of the United Nations Information Service, chaired ..." where the model,
        in that context, found no name, or typed a part of it as an organisation or place
        ("Christof [Heyns], the UN Special Rapporteur on ...")."""
        owner = {i: s for s in spans for i in range(s.start, s.end)}
        result = list(spans)
        for comma in (t.i for t in tokens_written(doc, (",",))):
            title = comma + 1
            if title < len(doc) and doc[title].lower_ in _TITLE_OPENERS:
                title += 1
            employer = owner.get(title)
            if (
                employer is not None
                and employer.label_ == "ORG"
                and employer.start == title
                and employer.end + 1 < len(doc)
                and doc[employer.end].text in _POSSESSIVES
            ):
                title = employer.end + 1  # "Mari Struthers, Amnesty International’s Director for ..."
            # a title of a few capitalised words ending in a role: "Executive Director", "Programs Officer"
            qualified = title
            while (
                qualified < min(title + 2, len(doc) - 1)
                and _is_capitalised(doc[qualified])
                and doc[qualified].text.casefold() not in self.lexicon.roles
            ):
                qualified += 1
            if (
                qualified < len(doc)
                and doc[qualified].text.casefold() in self.lexicon.roles
                and _is_capitalised(doc[qualified])
            ):
                title = qualified
            if title >= len(doc) or doc[title].text.casefold() not in self.lexicon.roles:
                continue
            start = comma
            # (a surname the tagger read as a plural is no English word: "Mari Struthers")
            while (
                start > 0
                and comma - start < 3
                and (_is_name_token(doc[start - 1], self.lexicon) or self._is_foreign_name_word(doc[start - 1]))
            ):
                start -= 1
            if not 2 <= comma - start <= 3:
                continue
            # the model may have typed a part of the name as something else ("Christof [Heyns]" ORG)
            inside = {owner[i] for i in range(start, comma) if i in owner}
            if any(s.id_ or s.label_ == "PERSON" or s.start < start or s.end > comma for s in inside):
                continue
            if start > 0 and _is_capitalised(doc[start - 1]) and not doc[start - 1].is_sent_start:
                continue  # part of a longer capitalised run: not a name alone
            if doc[comma - 1].lower_ in self.lexicon.outlet_heads:
                continue  # "an interview with Kenya Times, the minister ...": an outlet (`_add_media_names`)
            if doc[comma - 1].lower_ in ADMINISTRATIVE_UNITS:
                continue  # "fighting in Rakhine State, the expert said": a place (`_territorial_unit`)
            result = [s for s in result if s not in inside]
            result.append(Span(doc, start, comma, label="PERSON"))
        return result


def _organisations_through_places(spans: list[Span], joined_place: Callable[[Span], Span | None]) -> list[Span]:
    """`spans` with each organisation run on through the place `joined_place` finds for it, the
    place then no span of its own."""
    result = []
    swallowed: set[int] = set()
    for span in sorted(spans, key=lambda s: s.start):
        place = joined_place(span) if span.label_ == "ORG" else None
        if place is not None:
            swallowed.add(place.start)
            span = Span(span.doc, span.start, place.end, label="ORG")
        result.append(span)
    return [s for s in result if not (s.start in swallowed and s.label_ in ("GPE", "LOC"))]


def _name_ends_before(doc: Doc, k: int) -> bool:
    """Does a name end before token `k`: the text's end, a line break, punctuation, a possessive or
    a verb follows."""
    if k >= len(doc) or "\n" in doc[k - 1].whitespace_:
        return True
    after = doc[k]
    return after.is_punct or after.is_space or after.text in _POSSESSIVES or after.pos_ in ("VERB", "AUX")


def _website_as_organisation(span: Span) -> Span:
    """A website's address the model typed as a place or person is the medium it names, an
    organisation: "Reuters, Euroradio.fm, Tut.by"; a gazetteer name keeps its entry."""
    if span.id_ or span.label_ not in ("GPE", "LOC", "PERSON", "NORP") or len(span) != 1:
        return span
    if not _DOMAIN_NAME.fullmatch(span.text):
        return span
    return Span(span.doc, span.start, span.end, label="ORG")


def _past_place_complement(doc: Doc, k: int) -> int:
    """Past the place a title at `k` is for ("for the South Caucasus", "on Belarus", "of Armenia",
    places joined by "and"), or `k` when none follows."""
    if k >= len(doc) or doc[k].lower_ not in ("for", "on", "of"):
        return k
    j = start = k + 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
    while j < len(doc) and (
        doc[j].ent_type_ in ("GPE", "LOC")
        or (doc[j].lower_ == "and" and j > start and j + 1 < len(doc) and doc[j + 1].ent_type_ in ("GPE", "LOC"))
    ):
        j += 1
    return j if j > start else k


# A bullet line of a list: "- ", "• ", "* ", or a number ("12. ", "3) ").
# The bullet that opens a list line: "- ", "* " (markdown), "• ".
_LEADING_BULLET = re.compile(r"^[-•*▪‣–][ \t]+")
_BULLET_LINE = re.compile(r"^[ \t]*(?:[-•*▪‣–]|\d{1,3}[.)])[ \t]+(?P<item>\S[^\n]*?)[ \t]*$", re.M)
# Where a listed person's name ends: before a role or affiliation after a dash, a comma or a bracket.
_NAME_PART_END = re.compile(r"\s+[-–—]\s+|[,:]\s|\s\(")
# A word of a listed name: capitalised ("Rajaretnam", "Kara-Murza"), or initials ("A.", "D.B.S.", "K").
# after its capital letter, any script's ("Čigon", "Øverland"): lower-case letters, or an initial's full stops
_LISTED_NAME_WORD = re.compile(r"(?:[a-z'’-][\w'’-]*|\.(?:[A-Z]\.)*)?\.?")
_LINE = re.compile(r"[^\n]+")
_SHORT_LINE_WORDS = 8  # a signer's name and place or affiliation, not a sentence
_MIN_NAME_LIST = 5  # bullets of names: fewer could be any short list
_NAME_LIST_SHARE = 0.8  # of a run's bullets that must be short names
_PERSON_SIGNAL_SHARE = 0.3  # of those names that must show a person


def _initials(name: str) -> str:
    """The initials of a name's capitalised words, hyphenated parts included ("Gorno-Badakhshan
    Autonomous Region": "GBAR")."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())


def _name_stretches(items: list[tuple[Span, bool] | None]) -> Iterator[list[tuple[Span, bool] | None]]:
    """The items of a run of bullets cut where two in a row are no short name (None): a stretch of
    names with a stray item among them stays whole, the organisations listed after the persons
    go apart."""
    stretch: list[tuple[Span, bool] | None] = []
    for n, item in enumerate(items):
        if item is None and (n + 1 == len(items) or items[n + 1] is None):
            if any(x is not None for x in stretch):
                yield stretch
            stretch = []
            continue
        stretch.append(item)
    if any(x is not None for x in stretch):
        yield stretch


def _bullet_runs(text: str) -> Iterator[list[tuple[int, str]]]:
    """Runs of bullet lines with nothing but blank lines between them: (where the item starts, its text)."""
    run: list[tuple[int, str]] = []
    last_end = None
    for line in _BULLET_LINE.finditer(text):
        if last_end is not None and text[last_end : line.start()].strip():
            yield run
            run = []
        run.append((line.start("item"), line.group("item")))
        last_end = line.end()
    if run:
        yield run


def _short_line_runs(text: str) -> Iterator[list[tuple[int, str]]]:
    """Runs of short lines with no bullet and no sentence's end, blank lines between them allowed, as
    a joint letter lists its signers one per line with no heading ("Jana Novak, Ljubljana" /
    "Ivan Horvat, Zagreb"): (where the line starts, its text)."""
    run: list[tuple[int, str]] = []
    for line in _LINE.finditer(text):
        item = line.group().strip()
        if not item:
            continue
        if (
            len(item.split()) <= _SHORT_LINE_WORDS
            and not item.endswith((".", ";", "!"))
            and not _BULLET_LINE.match(item)
        ):
            run.append((line.start() + line.group().index(item), item))
            continue
        if run:
            yield run
        run = []
    if run:
        yield run


def _holders_of_tokens(spans: list[Span]) -> dict[int, Span]:
    """Token index -> the span that holds it (the later one where spans overlap)."""
    return {i: s for s in spans for i in range(s.start, s.end)}


def _is_headline_phrase(span: Span) -> bool:
    """A headline in title case read as one name: "UN Experts Laud Courage Of Alexei Navalny",
    "Belarus Authorities Should Urgently Release All ...", "Official Dushanbe Silent As Tajik
    Society ...". Names write their prepositions, conjunctions (subordinating ones too) and
    auxiliaries in lower case ("Committee to Protect Journalists"); a capitalised one inside a
    span of four words or more is title case, and the span a phrase of a headline.
    (Known names written so, "Reporters Without Borders", come from the gazetteer and are kept.)"""
    # a finite verb or an imperative in title case: "Human Rights Chief Condemns Police",
    # "Protect Civilian Population" (call-to-action headlines)
    if len(span) >= 2 and (
        span[0].tag_ == "VB" or any(t.tag_ in ("VBZ", "VBD", "VBP") and t.text.istitle() for t in span[1:])
    ):
        return True
    if len(span) < 4:
        return False
    return any(
        t.text.istitle() and len(t.text) > 1 and (t.pos_ in ("ADP", "AUX", "CCONJ", "SCONJ", "PART") or t.tag_ == "MD")
        for t in span[1:]
    )


def _ends_a_law_title(span: Span) -> bool:
    """Is the span the end of an international instrument's title that the model cut off its head: "the 1951
    Convention relating to the [Status of Refugees]", "the Convention on the [Rights of the Child]"?"""
    doc = span.doc
    k = span.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k >= 1 and doc[k].lower_ == "to" and doc[k - 1].lower_ in ("relating", "related"):
        k -= 2
    elif k >= 0 and doc[k].lower_ in ("on", "against", "for", "concerning"):
        k -= 1
    else:
        return False
    return k >= 0 and doc[k].lower_ in _TREATY_HEADS and _is_capitalised(doc[k])


# the heads of international instruments' titles ("a resolution on the Human Rights Council" names a body)
_TREATY_HEADS = {"convention", "covenant", "protocol", "charter", "treaty", "declaration", "agreement", "accord"}


def _join_split_names(
    doc: Doc,
    particles: frozenset[str] = frozenset(),
    known: Callable[[str], object] | None = None,
    nasab: frozenset[str] = frozenset(),
    titles: frozenset[str] = frozenset(),
) -> list[Span]:
    """The model's entities, with two one-word places side by side that no gazetteer knows joined
    into one span: the model splits a name it does not know ("said [Natalia] [Zviagina], the
    director of ..."); the joined span is then judged whole (a person, by the title after it). A
    person's name cut at its particles is joined too: "[René van] der [Linden]" (the last word
    read as a person or a place), and one whose last word the model read as a place or body that
    `known` (the gazetteer's lookup) does not know: "Foreign Minister [Shah Mahmood] [Qureshi]"; and
    two persons linked by an Arabic name's chain of "son of" (`nasab`): "[Nasser b Saeed] b [Saad Al
    Qahtani]", "[Ali] b Hadi b [Saeed Al Qahtani]"; and two persons side by side on a line with no
    title word (`titles`) in them: "Mr. [Sètondji] [Roland Adjovi]", "[Seong]-[Phil Kim]"."""
    joined: list[Span] = []
    for ent in doc.ents:
        last = joined[-1] if joined else None
        if (
            last is not None
            and "PERSON" in (last.label_, ent.label_)
            and {last.label_, ent.label_} <= _NAME_LABELS
            and _nasab_link(doc, last, ent, nasab)
        ):  # (the model may read one part as a body or place: "[Abdulaziz b Saleh](ORG) b [Mohamed Al Amri]")
            joined[-1] = Span(doc, last.start, ent.end, label="PERSON")
            continue
        if (
            last is not None
            and known is not None
            and last.label_ == "PERSON"
            and len(last) >= 2
            and last.end == ent.start
            and doc[last.end - 1].whitespace_ == " "
            and ent.label_ in ("GPE", "LOC", "ORG")
            and len(ent) == 1
            and not ent.id_
            and ent[0].pos_ == "PROPN"
            and ent[0].text.istitle()
            and not known(ent.text)
        ):
            joined[-1] = Span(doc, last.start, ent.end, label="PERSON")
            continue
        if (
            last is not None
            and last.label_ == "PERSON"
            and ent.label_ in ("PERSON", "GPE", "LOC", "ORG")
            and len(ent) == 1
            and not ent.id_
            and ent[0].pos_ == "PROPN"
            and all(t.lower_ in particles and t.is_lower for t in doc[last.end : ent.start])
            and (last.end < ent.start or last[-1].lower_ in particles)
        ):
            joined[-1] = Span(doc, last.start, ent.end, label="PERSON")
            continue
        if (
            last is not None
            and last.end == ent.start
            and last.label_ == ent.label_ in ("GPE", "LOC")
            and len(last) == len(ent) == 1
            and not last.id_
            and not ent.id_
            and last[0].pos_ == ent[0].pos_ == "PROPN"
        ):
            joined[-1] = Span(doc, last.start, ent.end, label=ent.label_)
            continue
        if (
            last is not None
            and last.label_ == ent.label_ == "PERSON"
            and (
                (last.end == ent.start and doc[last.end - 1].whitespace_ == " ")
                or (last.end + 1 == ent.start and _joins_a_hyphenated_word(doc, last.end))
            )
            and not last.id_
            and not ent.id_
            and all(t.is_title or t.text == "-" for t in doc[last.start : ent.end])
            and not any(t.lower_ in titles for t in doc[last.start : ent.end])  # "[Campaigner] [Gwen Lee]"
        ):  # one name the model cut in two: "Mr. [Sètondji] [Roland Jean-Baptiste Adjovi] (Benin)",
            # "[Seong]-[Phil Kim]"
            joined[-1] = Span(doc, last.start, ent.end, label="PERSON")
            continue
        if last is not None and last.end == ent.start and last[-1].is_lower and last[-1].lower_ in _OPEN_ENDS:
            # a name the model cut after its last function word: "[the Kingdom of the] [Netherlands]"
            joined[-1] = Span(doc, last.start, ent.end, label=last.label_)
            continue
        ent = _with_hyphenated_suffix(doc, _with_hyphenated_prefix(doc, ent))
        joined.append(_through_hyphenated_particle(doc, ent, particles))
    return joined


# The model's labels for the parts of a name it split.
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})


def _nasab_link(doc: Doc, last: Span, ent: Span, nasab: frozenset[str]) -> bool:
    """Are the words between two persons' spans the links of one Arabic name: "son of" words
    (`nasab`, in lower case) at both ends, capitalised names between ("b Hadi b"), or one such word
    that ends the first span or opens the second when nothing is between?"""
    gap = doc[last.end : ent.start]
    if not len(gap):
        return (last[-1].is_lower and last[-1].lower_ in nasab) or (ent[0].is_lower and ent[0].lower_ in nasab)
    links = [t.is_lower and t.lower_ in nasab for t in gap]
    names = [t.is_title and t.is_alpha for t in gap]
    return links[0] and links[-1] and all(a or b for a, b in zip(links, names, strict=True))


def _through_hyphenated_particle(doc: Doc, ent: Span, particles: frozenset[str]) -> Span:
    """A person's name the model cut at the hyphen after its particle, "[Bashar al-]Assad" or
    "[Bashar al]-Assad", runs on through the capitalised word after the hyphen (when no entity of its
    own starts there)."""
    if ent.label_ != "PERSON" or len(ent) < 2:
        return ent
    hyphen = ent.end - 1 if ent[-1].text in _DASHES else ent.end  # the model's span may hold the hyphen
    particle = doc[hyphen - 1]
    if (
        hyphen + 1 >= len(doc)
        or doc[hyphen].text not in _DASHES
        or particle.lower_ not in particles
        or particle.whitespace_
        or doc[hyphen].whitespace_
        or not doc[hyphen + 1].is_title
        or doc[hyphen + 1].ent_iob_ == "B"
    ):
        return ent
    return Span(doc, ent.start, hyphen + 2, label="PERSON")


def _with_hyphenated_prefix(doc: Doc, ent: Span) -> Span:
    """The model's entity with the capitalised word hyphenated to its start that it left out: "[Gorno-]
    Badakhshan Autonomous Region". Not a word the model or the gazetteer named itself ("Russia-
    Ukraine"), nor a name the gazetteer knows whole."""
    start = ent.start
    while (
        start >= 2
        and _joins_a_hyphenated_word(doc, start - 1)
        and not doc[start - 2].whitespace_
        and doc[start - 2].is_title  # "Gorno-", "Nagorno-"; not "R-Fla." (a party and a State)
        and len(doc[start - 2]) >= 3
        and doc[start - 2].is_alpha
        and not doc[start - 2].ent_type_
    ):
        start -= 2
    if start == ent.start or ent.id_:
        return ent
    return Span(doc, start, ent.end, label=ent.label_)


def _with_hyphenated_suffix(doc: Doc, ent: Span) -> Span:
    """An organisation the model cut at a closed hyphen inside its name, with the capitalised word
    after the hyphen: "[OVD]-Info", "[Kloop]-Media". Not a word that names something of its own
    ("EU-Russia", "the BellSouth-LIN agreement": an entity, or a word in capitals, or a word the
    model names elsewhere), nor a name the gazetteer knows whole."""
    end = ent.end
    if ent.label_ == "PERSON":
        return _with_hyphenated_given_name(doc, ent)
    if (
        ent.label_ != "ORG"
        or ent.id_
        or end + 1 >= len(doc)
        or not _joins_a_hyphenated_word(doc, end)
        or doc[end + 1].ent_type_
        or not doc[end + 1].is_alpha
        or doc[end + 1].is_upper
        or any(doc[end + 1].text in e.text.split() for e in doc.ents)
    ):
        return ent
    return Span(doc, ent.start, end + 2, label=ent.label_)


def _with_hyphenated_given_name(doc: Doc, ent: Span) -> Span:
    """A person the model cut at the hyphen of a given name, with the rest of the name: "Mr. [Seong]-Phil
    Hong (Republic of Korea)": the capitalised word after the hyphen and the capitalised words after
    it on the line that no entity holds."""
    end = ent.end
    if ent.id_ or end + 1 >= len(doc) or not _joins_a_hyphenated_word(doc, end) or doc[end + 1].ent_type_:
        return ent
    if not (doc[end + 1].is_alpha and doc[end + 1].is_title):
        return ent
    end += 2
    while (
        end < len(doc)
        and doc[end - 1].whitespace_ == " "
        and doc[end].is_title
        and doc[end].is_alpha
        and doc[end].pos_ == "PROPN"
        and not doc[end].ent_type_
    ):
        end += 1
    return Span(doc, ent.start, end, label=ent.label_)


def _in_capitals_compound(span: Span) -> bool:
    """Is the span, in capitals, joined by a closed hyphen to a word in capitals ("FORUM-ASIA")?"""
    doc = span.doc
    if not span.text.isupper() or span.start < 2:
        return False
    hyphen, word = doc[span.start - 1], doc[span.start - 2]
    return hyphen.text == "-" and not hyphen.whitespace_ and not word.whitespace_ and word.is_upper and word.is_alpha


def _joins_a_hyphenated_word(doc: Doc, k: int) -> bool:
    """Is token k a hyphen written closed between two capitalised parts ("Non-Governmental")?"""
    return (
        doc[k].text == "-"
        and 0 < k < len(doc) - 1
        and not doc[k - 1].whitespace_
        and not doc[k].whitespace_
        and _is_capitalised(doc[k + 1])
    )


def _law_head_out_of_date(ents: list[Span]) -> list[Span]:
    """A year the model read with the law's head before it ("Scheme | Bill 2017", "Cybercrimes |
    Act 2018", as Australian, British and Indian laws are titled) gives the head back to the title:
    the date is the year alone, and the head is free for the name before it."""
    out = []
    for ent in ents:
        if (
            ent.label_ == "DATE"
            and len(ent) > 1
            and ent[0].text in _ACT_HEADS
            and ent[1].like_num
            and ent.start > 0
            and _is_capitalised(ent.doc[ent.start - 1])
        ):
            ent = Span(ent.doc, ent.start + 1, ent.end, label="DATE")
        out.append(ent)
    return out


# Lowercase words inside an instrument's title before the capitalised words the model may read as a
# body's name: "Convention for the Protection of All Persons from [Enforced Disappearance]"
_TITLE_CONNECTORS = frozenset({"from", "against", "of", "on", "for", "to", "the", "and", "in"})


def _instrument_title_tails(ents: list[Span]) -> list[Span]:
    """An organisation the model found at the end of a treaty's or law's title (a capitalised head of
    `_LAW_HEADS` back over capitalised words and connectors: "the International Convention for the
    Protection of All Persons from [Enforced Disappearance]") is the title's last words: the title
    is one LAW span, which holds the model's own part of it. Gazetteer names stay."""
    out: list[Span] = []
    for ent in ents:
        start = None if ent.label_ != "ORG" or ent.id_ else _instrument_title_start(ent)
        if start is None:
            out.append(ent)
            continue
        out = [kept for kept in out if kept.end <= start]
        out.append(Span(ent.doc, start, ent.end, label="LAW"))
    return out


def _instrument_title_start(span: Span) -> int | None:
    """Where the title of a treaty or law begins that `span`, after a connector, ends; else None."""
    doc = span.doc
    k = span.start - 1
    if k < 1 or doc[k].text not in _TITLE_CONNECTORS or doc[k].text in ("the", "and"):
        return None
    head = None
    while k > 0 and span.start - k <= 12:
        k -= 1
        token = doc[k]
        if token.lower_ in _LAW_HEADS and _is_capitalised(token):
            head = k
        elif not (_is_capitalised(token) and token.is_alpha) and token.text not in _TITLE_CONNECTORS:
            break
    if head is None:
        return None
    while head > 0 and _is_capitalised(doc[head - 1]) and doc[head - 1].is_alpha:
        head -= 1  # "International Convention", "Optional Protocol"
    return head


# Capitalised adjectives that open the titles of UN and government office holders ("Special
# Rapporteur", "Deputy Minister", "Senior Adviser", "High Commissioner", "Chief Executive").
# the model's labels a name after a kind of organisation ("the rights group X") may carry instead of ORG
_NAMED_AS_ORGANISATION_KINDS = frozenset({"PERSON", "GPE", "LOC", "NORP", "WORK_OF_ART", "PRODUCT"})
_TITLE_ADJECTIVES = frozenset({"special", "deputy", "senior", "chief", "high", "vice", "first", "general", "principal"})


def _runs_on_in_lower_case(doc: Doc, end: int) -> bool:
    """Does a capitalised name ending at token `end` go on with "of" and lowercase words ("the
    Observatory for the Protection | of human rights defenders"), a name written partly in lower case?"""
    return (
        end + 1 < len(doc)
        and doc[end].lower_ == "of"
        and doc[end + 1].is_lower
        and doc[end + 1].is_alpha
        and doc[end + 1].pos_ in ("NOUN", "ADJ")
    )


def _complete_law_title(span: Span, limit: int) -> Span:
    """A law's title the model cut at a connector, completed up to token `limit` (the next entity):
    "[Computer Misuse and] Cybercrimes Act" through the law's head ("Act", "Law", ...) when only
    capitalised words come before it. Others are returned as they are."""
    doc = span.doc
    end = span.end
    if span[-1].lower_ in ("and", "of", "for", "on") and span.label_ != "PERSON":
        k = end
        while k < limit and k < end + 4 and _is_capitalised(doc[k]) and doc[k].is_alpha:
            if doc[k].text in _ACT_HEADS:
                return Span(doc, span.start, k + 1, label="LAW")
            k += 1
    return span


def _region_with_compass_word(span: Span) -> Span:
    """A place the model found without the compass word that opens its name: "[North] Africa",
    "[Southeast] Asia", "[South] Punjab" (the word capitalised, in no entity of its own). Before a
    known country only a compass point makes a name ("South Australia"); "Southern Russia" is a part
    of Russia, and the annotators differ on it, so the country stays the place named."""
    doc = span.doc
    if span.label_ not in ("GPE", "LOC") or span.start == 0:
        return span
    before = doc[span.start - 1]
    if before.text not in _COMPASS_WORDS or before.ent_type_:
        return span
    if span.label_ == "GPE" and span.id_ and before.text.endswith("ern"):
        return span
    return Span(doc, span.start - 1, span.end, label=span.label_)


def _persons_by_name(spans: list[Span], entries: Mapping[str, GazetteerEntry] | None = None) -> list[Span]:
    """A one-word name the model typed as a place or organisation is a person when a person's full
    name before it ends with it, or it followed an honorific before, as news writes a surname after
    the first mention: "Dawit Isaak ... no news of Isaak", "Mr. Navalny ... charges against
    Navalny". A name of two or three capitalised words is a person when its last word follows an
    honorific anywhere in the text ("Saman Naseem" ... "Mr Naseem"), and "X and Y" two persons
    when both are such surnames or end persons' full names. Gazetteer names keep their label, but
    an `ambiguous` one of `entries` (a town that is also a surname: "Paulo Sergio Pinheiro ...
    Pinheiro added", the full name found by these rules after the gazetteer ruler had run)."""
    entries = entries or {}
    first_seen: dict[str, int] = {}  # a person's surname -> where the person is first named
    for span in sorted(spans, key=lambda s: s.start):
        honoured = len(span) == 1 and span.start > 0 and span.doc[span.start - 1].lower_ in _HONORIFICS
        if span.label_ == "PERSON" and (len(span) >= 2 or honoured) and _is_capitalised(span[-1]):
            first_seen.setdefault(span[-1].text, span.start)
    if not spans:
        return spans
    doc = spans[0].doc
    # a word written after an honorific anywhere in the text is a surname ("Mr Naseem")
    honoured = {
        doc[t.i + 1].text
        for t in tokens_written(doc, _HONORIFICS)
        if t.i + 1 < len(doc) and _is_capitalised(doc[t.i + 1])
    }
    persons: list[Span] = []
    for s in spans:
        known = s.id_ and not (s.id_ in entries and entries[s.id_].ambiguous)
        if s.label_ not in ("ORG", "GPE", "LOC", "NORP") or known:
            persons.append(s)
        elif len(s) == 1 and first_seen.get(s.text, len(doc)) < s.start:
            persons.append(Span(doc, s.start, s.end, label="PERSON"))
        elif 2 <= len(s) <= 3 and all(_is_capitalised(t) and t.is_alpha for t in s) and s[-1].text in honoured:
            persons.append(Span(doc, s.start, s.end, label="PERSON"))  # "Saman Naseem" ... "Mr Naseem"
        elif len(s) == 3 and s[1].lower_ == "and" and {s[0].text, s[2].text} <= honoured | set(first_seen):
            # "Hasanli and Gasimova" after "Ulvi Hasanli" and "Elnara Gasimova": two persons
            persons += [Span(doc, s.start, s.start + 1, label="PERSON"), Span(doc, s.end - 1, s.end, label="PERSON")]
        else:
            persons.append(s)
    return persons


def _glued_after(span: Span) -> str:
    """The text of the tokens written on to the span with no space between ("/CO/5-6" after
    "CAT/C/GTM"): the rest of the word the span was cut from."""
    doc, end = span.doc, span.end
    glued = []
    while end < len(doc) and not doc[end - 1].whitespace_ and len(glued) < _MAX_GLUED_TOKENS:
        glued.append(doc[end].text)
        end += 1
    return "".join(glued)


_MAX_BUTTON_LINE_WORDS = 4  # lower-case words a line of buttons or handles holds at most ("Share on", "Log in with")


def _on_a_line_of_buttons(span: Span) -> bool:
    """The span names a platform on a line of share, follow or log-in buttons or of handles
    ("Share on Facebook", "Twitter @UNHumanRights"): a line with few lower-case words, where prose
    that names a platform ("posted on Facebook that ...") has many."""
    doc = span.doc  # (the line from its tokens: doc.text would rebuild the whole text)
    start, end = span.start, span.end
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    while end < len(doc) and "\n" not in doc[end - 1].whitespace_ and "\n" not in doc[end].text:
        end += 1
    line = doc[start:end].text
    return len(re.findall(r"(?<![\w@./])[a-z]+\b(?![@./])", line)) <= _MAX_BUTTON_LINE_WORDS


_MAX_GLUED_TOKENS = 10

# A UN (or similar) document symbol: slash-separated parts with a number ("A/HRC/55/L.3").
_DOCUMENT_SYMBOL = re.compile(r"^[A-Z]{1,8}(?:/[A-Za-z0-9.\-]+)*/[A-Za-z.]*\d")
# Heads whose name goes on with "in <place>" (peace and observer missions are named so).
_IN_NAME_HEADS = {"mission"}
# The model's labels for titles of works and products, which a phrase with an organisation's head overrides.
_WORK_LABELS = {"WORK_OF_ART", "PRODUCT"}
# Words after "and" that start a new noun phrase, not the rest of a name.
_NOT_IN_NAMES = {"other", "others", "all", "its", "their", "his", "her", "relevant", "various", "local", "some", "any"}
# An initial of a name, one capital and a full stop: a middle one, "Rosario G. Manalo", or a first, "V. Balukh"
_INITIAL = re.compile(r"[A-Z]\.")
# Head nouns of documents and concepts (`non_org_heads`) that are also surnames ("Archie Law", "Doris Day").
_SURNAME_HEADS = frozenset({"law", "laws", "day"})

_HONORIFICS = {
    *("mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "prof", "prof.", "sir", "dame", "madam"),
    *("h.e.", "h.e"),  # His or Her Excellency, as letters and programmes title ambassadors and ministers
    *("u", "daw"),  # Burmese: "U Kyaw Tint Swe", "Daw Aung San Suu Kyi" (Mr, Mrs; capitalised only)
    *("mdm", "mdm.", "mme", "mme.", "mlle", "mlle.", "mx", "mx."),  # Madam, Madame, Mademoiselle abbreviated; Mx
    *("honorable", "honourable", "hon", "hon."),  # "The Honorable Mike Pompeo" (US and Commonwealth officials)
    *("venerable", "ven", "ven.", "reverend", "rev", "rev."),  # clergy: "Ven. Galwewa Siridhamma" (a Buddhist monk)
    # lawyers, abbreviated before the name: "Atty. Jacqueline Ann de Guia" (Attorney, as the Philippines titles
    # members of its bar), "Adv. Pansy Tlakula" (Advocate, in South Africa and South Asia)
    *("atty", "atty.", "adv", "adv."),
}
# Words at most after "against" in a body's name ("Committee against Torture and Other Cruel ..."), and
# what the model's names there may not be ("Protests against Lukashenko")
_AGAINST_WORDS = 10
_NOT_IN_A_BODYS_NAME = frozenset({"PERSON", "GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL"})
# Capitalised compass words that open the name of a region: "North Africa", "Southeast Asia".
_COMPASS_WORDS = frozenset(
    f"{word}{suffix}"
    for word in ("North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest")
    for suffix in ("", "ern")
) | {"Central", "North-East", "North-West", "South-East", "South-West"}
# Head nouns of laws, treaties, agreements and instruments (OntoNotes LAW).
# the heads of a domestic law's title, written after the name of what it governs ("Broadcasting
# Commission Act", "Mass Media Law")
_ACT_HEADS = frozenset({"Act", "Law", "Code", "Bill", "Decree", "Ordinance", "Statute"})

_LAW_HEADS = {
    "act",
    "acts",
    "law",
    "laws",
    "code",
    "treaty",
    "treaties",
    "convention",
    "covenant",
    "protocol",
    "charter",
    "agreement",
    "agreements",
    "accord",
    "accords",
    "declaration",
    "resolution",
    "constitution",
    "decree",
    "statute",
    "amendment",
    "bill",
    "ordinance",
    "directive",
    "regulation",
    "regulations",
    # UN standards named as rules or principles: "the Bangkok Rules", "the Paris Principles", "the
    # United Nations Standard Minimum Rules for the Administration of Juvenile Justice"
    "rules",
    "principles",
}
# the number of a numbered list line: "1. ", "12) "
_LIST_NUMBER = re.compile(r"^\d{1,3}[.)]\s+")


def _without_names_across(spans: list[Span], *positions: int) -> list[Span]:
    """`spans` but the model's names (no gazetteer id) that run across any of the character
    `positions`: the bounds of a signatory list's line or of one signer on it."""
    return [s for s in spans if s.id_ or not any(s.start_char < p < s.end_char for p in positions)]


_LIST_SEPARATOR_AT_END = re.compile(r"(?:\s+/|\s*[,;])$")
_SPACED_SLASH = re.compile(r"\s+/\s+")

# a person's sex after the name in a list ("Nada Dhaif (f)"); a list item's letter is no marker:
# it follows a line break, not a name
_SEX_MARKER = re.compile(r"(?<=[^\W\d_]) \([mf]\)(?=\s|[,;.]|$)", re.I)
_MARKED_NAME_MAX_WORDS = 7
# a word of a name: capitalised, maybe after an Arabic article ("al-‘Ekri") or an ‘ayn ("‘Ali")
_MARKED_NAME_WORD = re.compile(rf"(?:(?:al|el|as|ash|ad|ar|at|az|an)-)?[{AYN_SIGNS}]?[A-Z][\w{AYN_SIGNS}-]*")
_TRAILING_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z.&/-]{1,11}\)$")
_SENTENCE_END_PUNCT = re.compile(r"[.!?;:]$")
# a name's abbreviated last word: "Linux Australia Inc.", "Media Co.", "Verein ... e.V.", "S.A."
_ABBREVIATION_AT_END = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b(?:[A-Za-z]\.)+[A-Za-z])\.$")
# a name that ends with an exclamation mark, every word capitalised: "XR Justice Now!" (not "Sign now!")
_EXCLAIMED_NAME = re.compile(r"(?:[A-Z0-9][\w'’&.-]*\s+){1,5}[A-Z0-9][\w'’-]*!")
# a signatory line's signer and, after its last comma or spaced dash, where it works
_SIGNER_AND_PLACE = re.compile(r"^(.*?\S)\s*(?:,|\s[-–—])\s*([^,–—]+)$")

# English words that end a Spanish, Portuguese or French name written head first: "Fundación
# Caminos de Paz in Quito", "... and the Instituto ...".
_ENGLISH_CONNECTORS = {"of", "for", "on", "and", "the", "against", "to", "in", "at", "with"}
# A website's name ("Euroradio.fm", "Tut.by", "Meduza.io"): a medium named by its address.
_DOMAIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9-]*[a-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,4}")
# Tags of relative pronouns and adverbs ("which", "who", "whose", "where"): they start a clause.
_RELATIVE_TAGS = {"WDT", "WP", "WP$", "WRB"}
# Initials in front of a surname: "HR Khanna", "H.R. Khanna", "K. S. Puttaswamy", "J. Smith".
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$|^[A-Z]{2}$")
# Tags of words that are never part of a name written in capitals ("RESOLUTION ADOPTED BY THE
# GENERAL ASSEMBLY"): in an all-capital heading every word looks like a name's.
_NOT_NAME_TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "IN", "MD", "PRP", "TO", "WDT", "WP", "WRB"}

# A numbered heading of a report: roman or arabic section number, then the heading's words.
# A sum in the millions ("144,235,090") or of five digits or more or a dotted date ("29.11.2013") inside a span.
_AMOUNT_OR_DATE = re.compile(r"\b\d{1,3}(?:[,.]\d{3}){2,}\b|\b\d{5,}\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b")
_ROMAN_NUMERAL = re.compile(r"^[IVXLCDM]{2,}$")
# A roman numeral of the small numbers that count sessions, forums and regions ("XII", "IV").
_SMALL_ROMAN_NUMERAL = re.compile(r"[IVX]{2,}")
# An ordinal in words, as sessions and anniversaries are numbered: "Fortieth", "Thirty-first", "Fifty-Second".
_SPELLED_ORDINAL = re.compile(
    r"(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]?)?"
    r"(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
    r"|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth"
    r"|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth)"
)
_SYMBOL_OR_CLOCK = re.compile(r"\w/(?:[A-Za-z]+\.?)?\d|\w/(?:Res|RES|Dec|DEC|Rec|REC)\b|\b\d{1,2}:\d\d\b")
_SECTION_NUMBER = re.compile(r"(?:[IVXLC]{1,5}|\d{1,2}(?:\.\d{1,2})*)\.?\s")


def _in_brackets(span: Span) -> bool:
    doc = span.doc
    return span.start > 0 and span.end < len(doc) and doc[span.start - 1].text == "(" and doc[span.end].text == ")"


def _within(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


# Tokens of the title that owns an office, at most: "Specialized Sub - Attorney General".
_OFFICE_OWNER_TOKENS = 6


def _hyphen_inside_word(doc: Doc, i: int) -> bool:
    """Is token `i` a hyphen that joins two words without spaces ("Sub-Attorney")?"""
    return doc[i].text in _DASHES and not doc[i].whitespace_ and i > 0 and not doc[i - 1].whitespace_


# Words a capitalised run of a name may hold between its capitalised words ("Crime and Terrorism").
_RUN_JOINERS = frozenset({"and", "of", "the"})
_MAX_RUN_WORDS = 8


def _capitalised_run_end(doc: Doc, start: int, stop: int, not_in_name: frozenset[str] = frozenset()) -> int:
    """The end of the capitalised words from `start` on (before token `stop`), through "and" / "of" /
    "the" between them, not into an entity labelled `not_in_name`: "Organized Crime Investigation",
    "Racism and Intolerance"."""
    end = j = start
    while j < min(len(doc), stop) and doc[j].ent_type_ not in not_in_name:
        if _is_capitalised(doc[j]) and doc[j].is_alpha:
            end = j + 1
        elif doc[j].lower_ not in _RUN_JOINERS:
            break
        j += 1
    return end


def _joined(doc: Doc, first: Span, second: Span) -> bool:
    """Are two spans joined by one "and" or comma ("Jane Roe and Mary Major", "Roe, Major")?"""
    return second.start == first.end + 1 and doc[first.end].lower_ in ("and", ",")


def _is_media_name_word(token: Token) -> bool:
    """A word of a media outlet's proper name: capitalised letters, maybe with a hyphen ("Asia-Plus")."""
    return token.text[:1].isupper() and token.text.replace("-", "").isalpha() and not token.is_sent_start


def _after_a_comma(doc: Doc, i: int) -> bool:
    """Does the title ending at token `i` follow a comma ("Jane Roe, Executive Director, ...")? The
    title is up to three capitalised words."""
    k = i
    while k > 0 and i - k < 3 and _is_capitalised(doc[k]):
        k -= 1
    return doc[k].text == ","


def _is_post_nominal_word(word: str, lexicon: Lexicon) -> bool:
    """Letters of an honour, office or degree after a name ("AM", "QC", "PhD"), not a word ("Am")."""
    return word.casefold() in lexicon.post_nominals and word != word.capitalize()


def _joins_a_double_name(token: Token, span: Span) -> bool:
    """Is the token a hyphen written between two words of a name inside the span ("Mlambo-Ngcuka")?"""
    return (
        token.text == "-"
        and span.start < token.i < span.end - 1
        and not token.whitespace_
        and not token.nbor(-1).whitespace_
    )


def _same_kind_in_a_list_with_places(spans: list[Span], text: str, organisation_nouns: frozenset[str]) -> list[Span]:
    """The names of a list that gives each its country in brackets are of one kind: "composed of X
    (Paraguay), Y (Spain), Z (Hungary)" (members), "our sister organisations include A (USA), B
    (Germany), C (Australia)". Where at least three items are listed so, they are organisations when
    a plural organisation noun before them on the line says so (each name then one, those the model
    missed too), else of the kind most of the names the model typed among them are (persons or
    organisations); never a gazetteer name."""
    doc = spans[0].doc if spans else None
    places = [
        s
        for s in sorted(spans, key=lambda s: s.start)
        if s.label_ in _PLACE_LABELS
        and s.start >= 2
        and s.end < len(doc)
        and doc[s.start - 1].text == "("
        and doc[s.end].text == ")"
    ]
    if len(places) < 3:
        return spans  # (a list needs three such items: most texts have none)
    covering = {i: s for s in spans for i in range(s.start, s.end)}
    runs: list[list[tuple[int, int]]] = []  # runs of "Name (Place)" items as token ranges, in order
    last_close = -1
    for place in places:
        end = place.start - 1
        while end > 0 and doc[end - 1].is_punct and doc[end - 1].text not in (",", ";", ":", ")"):
            end -= 1  # "GetUp! (Australia)": the name without its exclamation mark
        start = end
        while (
            start > 0
            and (_is_capitalised(doc[start - 1]) or doc[start - 1].like_num)
            and "\n" not in doc[start - 1].text
        ):
            start -= 1
        if start < end and covering.get(start) is not None and covering[start].start < start:
            start = covering[start].start  # a name with a particle the model found: "Villagra de Biedermann"
        if start == end:
            continue
        separator = [t.lower_ for t in doc[last_close + 1 : start]] if last_close >= 0 else None
        if runs and separator in ([","], ["and"], [",", "and"], [";"]):
            runs[-1].append((start, end))
        else:
            runs.append([(start, end)])
        last_close = place.end
    replaced: dict[tuple[int, int], Span] = {}
    added: list[Span] = []
    for run in runs:
        if len(run) < 3:
            continue
        named = [covering.get(start) for start, _end in run]
        labels = Counter(
            s.label_
            for s, (start, end) in zip(named, run, strict=True)
            if s is not None and (s.start, s.end) == (start, end)
        )
        kind = "PERSON" if labels["PERSON"] > labels["ORG"] else "ORG" if labels["ORG"] > labels["PERSON"] else None
        if kind is not None and labels[kind] < 2:
            kind = None
        line_start = text.rfind("\n", 0, doc[run[0][0]].idx) + 1
        lead = [t for t in doc[: run[0][0]] if t.idx >= line_start]
        if any(t.tag_ == "NNS" and t.lower_.removesuffix("s") in organisation_nouns for t in lead):
            kind = "ORG"  # "Our sister organisations include MoveOn (USA), Campact (Germany), ..."
        if kind is None:
            continue
        for span, (start, end) in zip(named, run, strict=True):
            if span is not None and span.id_:
                continue
            if span is not None and (span.start, span.end) == (start, end):
                if span.label_ != kind:
                    replaced[(start, end)] = Span(doc, start, end, label=kind)
            elif kind == "ORG" and not any(covering.get(i) is not None for i in range(start, end)):
                added.append(Span(doc, start, end, label="ORG"))  # a name the model missed
    return [replaced.get((s.start, s.end), s) for s in spans] + added


# The last word of a State's official name ("Kyrgyz Republic", "United Kingdom", "Russian Federation")
_STATE_FORMS = frozenset({"republic", "kingdom", "federation", "emirates", "principality", "sultanate"})


def _split_plural_subject(span: Span) -> list[Span]:
    """An organisation's "name" of two capitalised names joined by "and" that is the subject of a verb
    in the plural is two organisations: "Digital Rights Watch and Electronic Frontiers Australia urge
    ..." (one body's name, "Ministry of Justice and Public Security", takes a singular verb)."""
    if span.id_ or span.label_ != "ORG" or span.root.dep_ != "nsubj":
        return [span]
    verb = span.root.head
    plural = verb.tag_ == "VBP" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBP" for c in verb.children)
    if not plural:
        return [span]
    joints = [t for t in span if t.lower_ == "and"]
    if len(joints) != 1:
        return [span]
    doc, joint = span.doc, joints[0]
    left, right = doc[span.start : joint.i], doc[joint.i + 1 : span.end]
    if len(left) < 2 or len(right) < 2 or not all(_is_capitalised(t) for t in (*left, *right)):
        return [span]
    return [Span(doc, left.start, left.end, label="ORG"), Span(doc, right.start, right.end, label="ORG")]


_BRACKETED_THE = re.compile(r"\(\s*the\s", re.IGNORECASE)


def _names_ending_at_their_short_form(doc: Doc, spans: list[Span], text: str) -> list[Span]:
    """An organisation's name cut short before the word its defined short form repeats ends at that
    word: "The Zimbabwe Human Rights NGO | Forum (the Forum)" is "Zimbabwe Human Rights NGO Forum"
    (up to three capitalised words between; the short form is one word after "the", in brackets)."""
    if _BRACKETED_THE.search(text) is None:
        return spans  # (most texts define no short form: no pass over their tokens)
    result = list(spans)
    for bracket in (t.i for t in doc if t.text == "("):
        if bracket < 2 or bracket + 3 >= len(doc) or doc[bracket + 3].text != ")":
            continue
        the, short = doc[bracket + 1], doc[bracket + 2]
        if the.lower_ != "the" or not _is_capitalised(short) or doc[bracket - 1].text != short.text:
            continue
        for k, span in enumerate(result):
            between = doc[span.end : bracket]
            if (
                span.label_ == "ORG"
                and not span.id_
                and 1 <= len(between) <= 3
                and all(_is_capitalised(t) and "\n" not in t.text_with_ws for t in between)
                and not any(s.start < bracket and s.end > span.end for s in result if s is not span)
            ):
                result[k] = Span(doc, span.start, bracket, label="ORG")
    return result


def _listed_with_organisations(span: Span) -> bool:
    """Is the name an item of a list of names next to an organisation's (the model's or the
    gazetteer's): after one, a comma or "and" away, with the list going on after it, or before one
    after "and": "FIDH, Maayer Daak and the OMCT"? (Not a name set off by commas after a body or
    before one: "the Council of Europe, Marija Pejčinović Burić, has ...", "Marija Pejčinović Burić,
    Council of Europe Secretary General" name its officer.)"""
    doc = span.doc
    before, after = span.start - 1, span.end
    if after + 1 < len(doc) and doc[after].text in ("and", "&") and doc[after + 1].ent_type_ == "ORG":
        return True
    if before < 1 or doc[before].text not in (",", "and", "&") or doc[before - 1].ent_type_ != "ORG":
        return False
    rest = doc[after : after + 3]
    if rest[:1].text == ",":
        rest = rest[1:]
    return bool(len(rest)) and rest[0].lower_ in ("and", "&")


def _after_members_name(doc: Doc, spans: list[Span], start: int, head: int) -> int:
    """Where a capitalised phrase's organisation name starts when it opens with a person's name and
    "of": "Judge Andrei Sidorenko of Minsk City Court" names the judge and the court, not one body."""
    person = next((s for s in spans if s.label_ == "PERSON" and s.start == start and s.end < head), None)
    if person is not None and doc[person.end].lower_ == "of":
        return person.end + 1
    return start


def _is_name_token(token: Token, lexicon: Lexicon) -> bool:
    word = token.text.casefold()
    return (
        # the tagger reads some foreign surnames as plural proper nouns ("Alemu"); real plurals end in -s
        (token.tag_ == "NNP" or (token.tag_ == "NNPS" and not word.endswith("s")))
        and token.text[:1].isupper()
        and (token.text[1:].islower() or bool(_MAC_NAME.fullmatch(token.text)))
        and word not in lexicon.roles
        and not (word.endswith("s") and word[:-1] in lexicon.roles)  # "Mayors", "Judges"
        and word not in lexicon.org_heads
        and word not in lexicon.groups
        and word not in lexicon.connectors
    )


def _shouting_non_name(token: Token, lexicon: Lexicon) -> bool:
    """A verb, preposition or pronoun written in capitals (a heading), not a connector of a name."""
    return (
        len(token.text) > 1
        and token.is_upper
        and token.tag_ in _NOT_NAME_TAGS
        and token.lower_ not in lexicon.connectors
    )


def _modifies_next_noun(span: Span) -> bool:
    """The span is a modifier of the common noun after it: "an Israeli Supreme Court decision",
    "an IFF member"; the article before it belongs to that noun."""
    doc = span.doc
    if len(span) == 1 and not span.text.isupper():
        return False  # "a Swahili newspaper": one capitalised word before a noun is an adjective
    return span.end < len(doc) and doc[span.end].tag_ in ("NN", "NNS") and doc[span.end].text[:1].islower()


def _starts_sentence(token: Token) -> bool:
    return token.i == 0 or bool(token.is_sent_start) or "\n" in token.nbor(-1).text


def _closed_hyphen(token: Token) -> bool:
    """A hyphen written closed between two words ("Jean-Marc")."""
    return token.text == "-" and token.i > 0 and not token.whitespace_ and not token.nbor(-1).whitespace_


def _is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and not token.is_punct


def _start_of_spelled_name(doc: Doc, end: int, acronym: str, connectors: frozenset[str]) -> int | None:
    """Where the capitalised words ending at `end` start whose initials spell `acronym`, or None."""
    initials = ""
    for k in range(end - 1, max(end - 3 * len(acronym), 0) - 1, -1):
        token = doc[k]
        if token.is_alpha and token.text[:1].isupper():
            initials = token.text[0] + initials
            if initials.upper() == acronym.upper():
                return k
            if not acronym.upper().endswith(initials.upper()):
                return None
        elif not (token.lower_ in connectors or token.text in ("'", "’", "-")):
            return None
    return None


def _looks_like_acronym(text: str) -> bool:
    """ "OHCHR", "UNCT", "SDG", "OSCE/ODIHR"; not "I" or "A"."""
    letters = [ch for ch in text if ch.isalpha()]
    return 2 <= len(letters) <= 10 and sum(ch.isupper() for ch in letters) >= 2 and text[0].isupper()


def _is_age(doc: Doc, k: int) -> bool:
    """Is the token at `k` an age set off by commas after a name: a whole number under 120 followed
    by a comma, a full stop or the end of the text ("Mohamed Soltan, 32, was held ...")."""
    if k >= len(doc) or not doc[k].is_digit or len(doc[k].text) > 3 or not 0 < int(doc[k].text) < 120:
        return False
    return k + 1 == len(doc) or doc[k + 1].text in (",", ".", ";")


_BULLETS = frozenset({"•", "·", "▪", "◦"})


def split_at_line_breaks(span: Span) -> list[Span]:
    """Pieces of `span` between line-break tokens: a name never continues on the next line, but for
    a gazetteer name that a line wraps (`gazetteer_ruler.is_line_wrap`); nor past a bullet that
    separates the parts of a line ("Department of Public Information • News and Media Division")."""
    pieces, start = [], span.start
    for token in span:
        if ("\n" in token.text and not (span.id_ and is_line_wrap(token.text))) or token.text in _BULLETS:
            if token.i > start:
                pieces.append(Span(span.doc, start, token.i, label=span.label_, span_id=span.id_))
            start = token.i + 1
    if span.end > start:
        pieces.append(Span(span.doc, start, span.end, label=span.label_, span_id=span.id_))
    return pieces


def split_at_relative_words(span: Span) -> list[Span]:
    """Pieces of `span` around a relative word: "Governments that Central America" is no name.

    A relative pronoun or "that" starts a clause; it never stands inside a name. Gazetteer
    names are left whole.
    """
    if span.id_:
        return [span]
    pieces, start = [], span.start
    for token in span:
        if token.tag_ in _RELATIVE_TAGS or token.lower_ == "that":
            if token.i > start:
                pieces.append(Span(span.doc, start, token.i, label=span.label_))
            start = token.i + 1
    if span.end > start:
        pieces.append(Span(span.doc, start, span.end, label=span.label_))
    return pieces


@cache
def _calendar_names() -> frozenset[str]:
    """Month and weekday names (`pipeline/data/dates_lexicon.json`), lower case."""
    lexicon = json.loads((config.DATA_DIR / "dates_lexicon.json").read_text(encoding="utf-8"))
    return frozenset(lexicon["months"]) | frozenset(lexicon["weekdays"])


def _is_calendar_word(token: Token) -> bool:
    """A month or weekday name, capitalised as in a date ("Monday", "June"; not the verb "may")."""
    return _is_capitalised(token) and token.lower_ in _calendar_names()


def _title_or_capitals(token: Token) -> bool:
    """Is the word in title case ("Urges") or in capitals ("URGES"), as a paragraph's verb is printed?"""
    return token.text.istitle() or (len(token.text) > 1 and token.text.isupper() and token.is_alpha)


def _line_of(doc: Doc, i: int) -> Span:
    """The tokens of token i's line, from the document's line ends (`sentences.line_ends`, found once)."""
    ends = line_ends(doc)
    k = bisect.bisect_right(ends, i)
    return doc[ends[k - 1] if k else 0 : ends[k] - 1 if k < len(ends) else len(doc)]


def _first_word_of_line(token: Token) -> bool:
    """Is the token the first word of its line, after a list marker or number if any ("138.9. Ratify")?"""
    doc = token.doc
    k = token.i - 1
    while k >= 0 and "\n" not in doc[k].text_with_ws and not any(ch.isalpha() for ch in doc[k].text):
        k -= 1
    return k < 0 or "\n" in doc[k].text_with_ws


def _only_names_of(span: Span, names: list[Span]) -> bool:
    """Is every word of the span inside one of the names?"""
    covered = {i for name in names for i in range(name.start, name.end)}
    return all(t.i in covered for t in span if t.is_alpha)


def _is_name_line(doc: Doc, start: int, end: int, english: EnglishWords) -> bool:
    """Is the line from `start` to `end` written as a name: it opens with a capitalised word that is
    no verb, and no English verb in it has a subject ("Borders None, Zagreb", "U dobroj vjeri, Zagreb";
    not a request, "Press the Government to ...", nor a report, "Amnesty International documented 20
    cases")?"""
    line = doc.char_span(start, end, alignment_mode="expand")
    if line is None or not len(line):
        return False
    first = line[0]
    if not first.text[:1].isupper() or first.pos_ in ("VERB", "AUX"):
        return False
    return not any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.head.pos_ in ("VERB", "AUX")
        and line.start <= t.head.i < line.end
        and t.head.text in english
        for t in line
    )


def _opens_its_line(span: Span) -> bool:
    """Does the span open its line, after a list marker if any ("- Vera Jarach, ..."; cleaning
    writes every bullet as "- ")?"""
    k = span.start
    if k > 0 and span.doc[k - 1].text == "-":
        k -= 1
    return k == 0 or "\n" in span.doc[k - 1].text_with_ws


def _is_signers_affiliation(person: Span, name: Span) -> bool:
    """Is `name` what a signer signs as, a line "Person, Name" of a signatory list ("Justin
    Clacherty, Future Wise Australia"), not the second of two persons' names?"""
    doc = person.doc
    if name.start != person.end + 1 or doc[person.end].text != "," or not _opens_its_line(person):
        return False
    return name.end == len(doc) or "\n" in doc[name.end - 1].whitespace_ + doc[name.end].text


def _is_day_number(token: Token) -> bool:
    return bool(_DAY_NUMBER.fullmatch(token.text))


# A day of the month, as the date rules read it ("6", "26th").
_DAY_NUMBER = re.compile(r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?")


def _cut_before_date(span: Span) -> Span:
    """A name the model ran on into a date: "the Ministry on June 26" -> "the Ministry", "the
    Council of 18 June 2007" -> "the Council" (a resolution's date after its body), or after a
    year: "the 2014 Supreme Court judgment" -> "Supreme Court"."""
    if span.id_ or span.label_ not in ("ORG", "GPE", "LOC", "FAC"):
        return span
    year = 1 if span[0].lower_ == "the" else 0
    if len(span) > year + 2 and _YEAR.fullmatch(span[year].text) and _is_capitalised(span[year + 1]):
        # a year before the name dates what follows it: "the 2014 Supreme Court judgment"
        span = Span(span.doc, span.start + year + 1, span.end, label=span.label_)
    for token in span[1:-1]:
        if token.lower_ in ("on", "in", "since") and _is_calendar_word(token.nbor(1)):
            return Span(span.doc, span.start, token.i, label=span.label_)
        day = token.nbor(1)
        if token.lower_ == "of" and day.like_num and day.i + 1 < span.end and _is_calendar_word(day.nbor(1)):
            return Span(span.doc, span.start, token.i, label=span.label_)
    return span


_YEAR = re.compile(r"(?:19|20)\d\d")

# A lettered heading of a report or its table of contents: "B. Constitutional and legislative framework"
_OUTLINE_HEADING = re.compile(r"^[ \t]*([A-Z])\.[ \t]+(?=[A-Z])", re.M)


def _outline_letters(doc: Doc, text: str) -> frozenset[int]:
    """The tokens that are the letters of lettered headings ("A. Scope of ...", "B. Constitutional
    ..."): a capital and a full stop opening a line, where the letter before or after it opens
    another such line (a list of persons' initials is no sequence: "K. Rao" / "M. Das")."""
    found = {m.start(1): m.group(1) for m in _OUTLINE_HEADING.finditer(text)}
    letters = set(found.values())
    tokens = set()
    for start, letter in found.items():
        if chr(ord(letter) - 1) in letters or chr(ord(letter) + 1) in letters:
            token = doc.char_span(start, start + 2)
            if token is not None and len(token) == 1:
                tokens.add(token.start)
    return frozenset(tokens)


def _without_outline_letter(span: Span, outline: frozenset[int]) -> Span | None:
    """The span without the heading's letter it opens with, read by the model as an initial:
    "G. The Constitutional Court: competences ..." -> "The Constitutional Court"; None when one
    word of a heading is left ("A. Scope of international obligations"). A heading, not a name
    with its initial ("H. Marshall Schwarz said"): an article after the letter, or the heading's
    lower-case words after the span on its line."""
    if span.start not in outline:
        return span
    doc = span.doc
    rest = doc[span.start + 1 : span.end]
    after = doc[span.end] if span.end < len(doc) else None
    article = len(rest) > 0 and rest[0].lower_ == "the"
    if not article and not (after is not None and after.is_alpha and after.is_lower):
        return span
    if len(rest) - article < 2:
        return None
    return Span(doc, span.start + 1, span.end, label=span.label_, span_id=span.id_)


def trim_span(span: Span) -> Span | None:
    """Drop a leading article or punctuation and a trailing possessive or punctuation; a quote
    opened inside the name keeps (or takes in) the quote that closes it."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].text.casefold() in _LEADING_JUNK or doc[start].is_space):
        start += 1
    if end - start > 1 and doc[start].text == "Dear" and (start == 0 or "\n" in doc[start - 1].text_with_ws):
        start += 1  # a letter's salutation opening its line: "Dear Mr Pichai," greets Mr Pichai
    if span.label_ == "PERSON":
        # "According to Turgut Gambar - the head of NIDA": a spaced dash ends a name (a double
        # name's hyphen has no spaces)
        end = next((t.i for t in doc[start:end] if t.text in _DASHES and t.i > start and doc[t.i - 1].whitespace_), end)
    while end > start and doc[end - 1].lower_ in _ARTICLES:
        end -= 1  # a name never ends in an article
    opened = [t.i for t in doc[start:end] if t.text == "("]
    if opened and not any(t.text == ")" for t in doc[opened[-1] : end]):
        end = opened[-1]  # "National League for Democracy (NLD": the bracket closes outside the span
    while end > start and (doc[end - 1].text in _POSSESSIVES or doc[end - 1].is_punct or doc[end - 1].is_space):
        if doc[end - 1].is_quote and sum(t.is_quote for t in doc[start:end]) % 2 == 0:
            break  # the quote closes one inside the name: Human Rights Centre "Viasna"
        end -= 1
    if end <= start:
        return None
    if end < len(doc) and doc[end].is_quote and sum(t.is_quote for t in doc[start:end]) % 2 == 1:
        end += 1  # the name stops before the quote that closes one inside it: take it in
    return Span(doc, start, end, label=span.label_, span_id=span.id_)
