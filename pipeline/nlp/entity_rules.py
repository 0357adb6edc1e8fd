"""A spaCy component that corrects `doc.ents` after the statistical NER and the gazetteer ruler.

The small English model splits and joins names badly on our texts (menu lines glued into one
span, "Belarus" as an organisation, "Sviatlana Tsikhanouskaya's Advisor on Legal Affairs" as one
organisation). These rules fix the spans on the Doc itself, so every later step (entities,
demands) sees the same corrected entities. Spans the gazetteer matched (they carry an `ent_id_`)
are trusted and never dropped; every rule is generic and its word lists are data
(`pipeline/data/entity_lexicon.json`).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.nlp.gazetteer import Gazetteer, Lexicon, gazetteer_from, lexicon_from, normalise
from pipeline.records import ENTITY_LABELS

_POSSESSIVES = {"'s", "’s", "'", "’"}
_LEADING_JUNK = {"the", "a", "an", "-", "–", "—", "(", "[", '"', "“", "”", "‘", "’", "'", "«", "»"}
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

    def initialize(self, get_examples=None, *, nlp: Language | None = None, gazetteer: Gazetteer | None = None) -> None:
        """Read the gazetteer and word lists named in the config (or use `gazetteer`, already read)."""
        self.gazetteer = gazetteer or gazetteer_from(self.sources[0])
        self.lexicon = lexicon_from(self.sources[1])

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        for ent in doc.ents:
            for piece in split_at_line_breaks(ent):
                piece = self._cut_at_possessive(piece)
                piece = trim_span(piece)
                if piece is not None:
                    spans.append(self._person_by_apposition(self._relabel(piece)))
        spans = [s for s in spans if not self._is_non_entity(s)]
        spans = self._add_organisation_phrases(doc, spans)
        spans = self._add_acronyms(doc, spans)
        spans = self._add_names_after_titles(doc, spans)
        # doc.ents keeps a token's old ent_id when a new span without an id covers it; clear them
        # so a merged span never inherits the id of a gazetteer name it swallowed
        for token in doc:
            token.ent_id_ = ""
        doc.ents = sorted(spans, key=lambda s: s.start)
        return doc

    # -- rules on one span ------------------------------------------------------------------

    def _cut_at_possessive(self, span: Span) -> Span:
        """Keep the owner of a possessive: "OSCE's Guidelines on ..." -> "OSCE"."""
        if span.id_:
            return span
        for token in span[1:-1]:
            if token.text in _POSSESSIVES:
                return Span(span.doc, span.start, token.i, label=span.label_)
        return span

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
        "Natallia Pushkarova, Deputy Minister of Labour" (the model often calls such names ORG).
        Gazetteer names and names with an organisation head noun ("Viasna Centre, the ...") keep
        their label."""
        if span.id_ or span.label_ == "PERSON" or not 2 <= len(span) <= 4:
            return span
        if not all(t.pos_ == "PROPN" and _is_capitalised(t) for t in span):
            return span
        if any(t.lower_ in self.lexicon.org_heads or t.lower_ in self.lexicon.roles for t in span):
            return span
        doc = span.doc
        k = span.end
        if k >= len(doc) or doc[k].text != ",":
            return span
        k += 1
        if k < len(doc) and doc[k].lower_ in ("the", "a", "an", "former", "acting"):
            k += 1
        if k < len(doc) and doc[k].lower_ in self.lexicon.roles and _is_capitalised(doc[k]):
            return Span(doc, span.start, span.end, label="PERSON")
        return span

    def _is_non_entity(self, span: Span) -> bool:
        """Generic words, group names ("Belarusian", "Roma") and verb-headed phrases are not names."""
        if span.id_ or span.label_ not in ENTITY_LABELS:
            return False
        key = span.text.casefold()
        if key in self.lexicon.not_entities or normalise(span.text) in self.lexicon.not_entities:
            return True
        if key in self.lexicon.groups or key.rstrip("s") in self.lexicon.groups:
            return True
        if len(span) == 1 and (key in self.lexicon.org_heads or key in self.lexicon.roles):
            return True  # "the Court", "the Committee": a head noun alone refers back, it names nothing new
        if any(ch.isdigit() for ch in span.text) and span.label_ in ("PERSON", "GPE", "LOC"):
            return True
        if _SECTION_NUMBER.match(span.text):
            return True  # a report's section heading: "I. Introduction", "2.3 Methodology"
        # a title-case menu line like "Promoting ..." or "Persons Deprived of ...": names end in nouns
        if span[-1].tag_ in ("VBG", "VBN", "VBD", "VB", "VBZ", "VBP", "IN"):
            return True
        # a lone adjective or adverb ("Digital rights"); "Transparency International" ends in one too
        return len(span) == 1 and span[0].tag_ in ("JJ", "RB")

    # -- rules that add spans -----------------------------------------------------------------

    def _add_organisation_phrases(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A capitalised phrase with an organisation head noun is an organisation.

        Examples: "Europe and Central Asia Section", "Field Operations and Technical Cooperation
        Division", "Minsk City Court", "Ministry of Interior of the Republic of Belarus" (not "...
        Team in Belarus": "in" starts a place, not part of the name). A phrase that only extends
        a gazetteer name without adding a head noun of its own is left to the gazetteer.
        """
        for start, head, end in self._organisation_phrases(doc):
            inside = [s for s in spans if start <= s.start and s.end <= end]
            crossing = [s for s in spans if s.start < end and s.end > start and s not in inside]
            if crossing or any(s.start == start and s.end == end for s in inside):
                continue
            if any(s.id_ and s.start <= head < s.end for s in inside):
                continue  # the head noun belongs to a gazetteer name: the gazetteer already named it
            spans = [s for s in spans if s not in inside]
            spans.append(self._relabel(Span(doc, start, end, label="ORG")))
        return spans

    def _organisation_phrases(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(start, head, end) token indices of capitalised phrases with an organisation head noun."""
        found = []
        i = 0
        while i < len(doc):
            if not _is_capitalised(doc[i]) or doc[i].text.casefold() in self.lexicon.connectors:
                i += 1
                continue
            j = i
            heads = []
            while j < len(doc) and self._in_name(doc, j):
                if doc[j].text.casefold() in self.lexicon.org_heads and _is_capitalised(doc[j]):
                    heads.append(j)
                j += 1
            if doc[i].text.casefold() in self.lexicon.roles:
                i += 1  # "Secretary of the Security Council": the name starts after the title
                continue
            if _starts_sentence(doc[i]) and doc[i].tag_ not in ("NNP", "NNPS"):
                i += 1  # "Contact the Europe and Central Asia Section": capitalised only as first word
                continue
            if heads and heads[-1] > i:
                found.append((i, heads[-1], self._complement_end(doc, heads[-1] + 1, j)))
            i = max(j, i + 1)
        return found

    def _in_name(self, doc: Doc, j: int) -> bool:
        token = doc[j]
        if "\n" in token.text or token.is_space:
            return False
        if _is_capitalised(token) and token.text.casefold() != "the":
            return True
        if token.text.casefold() in self.lexicon.connectors or token.text in ("-", "&"):
            return j + 1 < len(doc) and (_is_capitalised(doc[j + 1]) or doc[j + 1].text.casefold() == "the")
        # "Sustainable Development Goals (SDG) Partnership Group": an acronym in brackets inside a name
        if token.text == "(" and j + 2 < len(doc) and doc[j + 1].is_upper and doc[j + 2].text == ")":
            return j + 3 < len(doc) and _is_capitalised(doc[j + 3])
        if token.text == ")" and j >= 2 and doc[j - 2].text == "(":
            return j + 1 < len(doc) and _is_capitalised(doc[j + 1])
        return bool(
            j >= 1 and doc[j - 1].text == "(" and token.is_upper and j + 1 < len(doc) and doc[j + 1].text == ")"
        )

    def _complement_end(self, doc: Doc, k: int, run_end: int) -> int:
        """End of the name after its head: "of the Republic of Belarus" is kept, "in Belarus" is not."""
        end = k
        while k < run_end:
            word = doc[k].text.casefold()
            if word in _COMPLEMENT_STARTERS or word == "and":
                k += 1
                while k < run_end and doc[k].text.casefold() == "the":
                    k += 1
                if k < run_end and _is_capitalised(doc[k]) and doc[k].text.casefold() not in self.lexicon.connectors:
                    while (
                        k < run_end
                        and _is_capitalised(doc[k])
                        and doc[k].text.casefold() not in self.lexicon.connectors
                    ):
                        k += 1
                    end = k
                    continue
            break
        return end

    def _add_acronyms(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """ "Long Name (ACR)": ACR becomes an entity of the same label wherever it occurs."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        definitions: dict[str, Span] = {}
        for span in spans:
            if span.label_ != "ORG" or span.end + 2 >= len(doc):
                continue
            open_, acronym, close = doc[span.end], doc[span.end + 1], doc[span.end + 2]
            if open_.text == "(" and close.text == ")" and _looks_like_acronym(acronym.text):
                initials = {w[0] for w in span.text.split() if w[:1].isupper()}
                if acronym.text[0] in initials:
                    definitions.setdefault(acronym.text, span)
        added = []
        for token in doc:
            expansion = definitions.get(token.text)
            if expansion is not None and token.i not in taken:
                added.append(Span(doc, token.i, token.i + 1, label=expansion.label_, span_id=expansion.id_))
                taken.add(token.i)
        return spans + added

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


# A numbered heading of a report: roman or arabic section number, then the heading's words.
_SECTION_NUMBER = re.compile(r"(?:[IVXLC]{1,5}|\d{1,2}(?:\.\d{1,2})*)\.?\s")


def _is_name_token(token: Token, lexicon: Lexicon) -> bool:
    word = token.text.casefold()
    return (
        token.tag_ == "NNP"
        and token.text[:1].isupper()
        and token.text[1:].islower()
        and word not in lexicon.roles
        and word not in lexicon.org_heads
        and word not in lexicon.groups
        and word not in lexicon.connectors
    )


def _starts_sentence(token: Token) -> bool:
    return token.i == 0 or bool(token.is_sent_start) or "\n" in token.nbor(-1).text


def _is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and not token.is_punct


def _looks_like_acronym(text: str) -> bool:
    """ "OHCHR", "UNCT", "SDG", "OSCE/ODIHR"; not "I" or "A"."""
    letters = [ch for ch in text if ch.isalpha()]
    return 2 <= len(letters) <= 10 and sum(ch.isupper() for ch in letters) >= 2 and text[0].isupper()


def split_at_line_breaks(span: Span) -> list[Span]:
    """Pieces of `span` between line-break tokens: a name never continues on the next line."""
    pieces, start = [], span.start
    for token in span:
        if "\n" in token.text:
            if token.i > start:
                pieces.append(Span(span.doc, start, token.i, label=span.label_, span_id=span.id_))
            start = token.i + 1
    if span.end > start:
        pieces.append(Span(span.doc, start, span.end, label=span.label_, span_id=span.id_))
    return pieces


def trim_span(span: Span) -> Span | None:
    """Drop a leading article or punctuation and a trailing possessive or punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].text.casefold() in _LEADING_JUNK or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in _POSSESSIVES or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end <= start:
        return None
    return Span(doc, start, end, label=span.label_, span_id=span.id_)
