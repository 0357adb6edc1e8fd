"""Who speaks in a document: its author, the default actor of its unattributed demands.

Letters, statements, resolutions and communications voice demands without naming the demander in
the sentence ("We call on ...", "I urge ...", "The State party should ...", "Requests the
Secretary-General to ..."). The document says who speaks once, in a place its genre fixes:

- a resolution's opening line, "The General Assembly," before its preambular paragraphs
  ("Recalling ...", "Noting ...");
- a letterhead or title line: "Statement by X", "Joint letter from X", "Mandates of the Special
  Rapporteur on ..." (UN special procedures' communications);
- a signature block: the name under "Sincerely yours," / "Yours faithfully,";
- a speech's header: the person named alone on a short line above its opening address ("Ambassador
  Jane Roe" / "New York, 3 March 2020" / "Thank you, Mr. President.");
- a subject that speaks in the first person: "The undersigned organisations express our
  concern ...", "We, the undersigned NGOs, call on ...".

`parties.resolve_actor` uses it for first-person actors ("we", "I"), and for demands with no actor in
the sentence (modal statements, passives, imperatives), after a quoted speaker and a headline's
attribution.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from pipeline.extract.demands import layout
from pipeline.extract.demands.spans import description_aside_end
from pipeline.extract.demands.syntax import (
    FINITE_TAGS,
    after_dateline,
    after_leading_date,
    child_with_dep,
    first_word,
    is_separator,
)
from pipeline.nlp.gazetteer import default_lexicon
from pipeline.nlp.text import doc_text, tokens_written

# A speaker's name under a closing is a short line: "William Smith", "Ms. Jane Doe, Director".
_MAX_SIGNATURE_WORDS = 10
# Openings and titles (their author, and for `parties` their addressee) are searched in the
# document's first lines.
HEAD_LINES = 25
_FIRST_PERSON = frozenset({"we", "i", "us", "me"})
# "We are X" says who "we" is in the opening of a letter: the first "we" sentence ("We are writing to
# you about ...") and the few after it.
_INTRODUCTION_SENTENCES = 5
# How many sentences after the first "we" may name the voice taking a stance in the third person
_SELF_NAMING_SENTENCES = 2
_FINITE_TAGS = FINITE_TAGS | {"MD"}
# "our" only: a name speaking of "my" office is a sentence about a State by its author ("This means
# that Belarus is not subject to ... my own office"), not a subject speaking in the first person
_FIRST_PERSON_POSSESSIVE = frozenset({"our"})


@dataclass(frozen=True)
class Author:
    """The author as written, and where: doc.text[start:end] == text."""

    text: str
    start: int
    end: int
    signed: bool = False  # the name under a letter's closing
    delivered: bool = False  # the person a "Delivered by X" line names: a group's statement, read by one of it
    # the body a UN document symbol stands for ("CRC/C/HND/CO/3": "Committee on the Rights of the Child")
    body: str = ""
    # the names signed after this one under a joint letter's closing, in order
    cosigners: tuple[str, ...] = ()

    @property
    def names(self) -> str:
        """The author, or all who signed, as a list: "A, B and C"."""
        if not self.cosigners:
            return self.text
        *first, last = (self.text, *self.cosigners)
        return f"{', '.join(first)} and {last}"


def document_author(
    doc: Doc,
    closings: frozenset[str],
    title_nouns: frozenset[str],
    formulas: frozenset[str] = frozenset(),
    text: str | None = None,
    symbols: dict[str, str] | None = None,
    labels: tuple[str, ...] = (),
    speaking_verbs: frozenset[str] = frozenset(),
    speech_openings: tuple[str, ...] = (),
    roles: frozenset[str] = frozenset(),
    authoring_verbs: frozenset[str] = frozenset(),
) -> Author | None:
    """The document's author, from its opening, header, title, signature or first-person subject;
    `formulas` open a closing sentence ("Please accept, Excellency, the assurances of ...");
    `text` is `doc.text` when the caller has it; `symbols` map UN document symbols to the body
    issuing them ("CRC/C/": "Committee on the Rights of the Child"); `labels` open header lines
    naming who speaks ("Organisation: X"), in order of preference; `speaking_verbs` take the "on
    behalf of X" that names a speech's voice; `speech_openings` open a speech ("Mr. President,"),
    under a header naming its speaker; `roles` are the words of the title a joint letter's
    signatories sign with ("Special Rapporteur on ..."); `authoring_verbs` issue a text ("X issued
    the following statement")."""
    text = doc.text if text is None else text  # spaCy builds it from the tokens at each access
    lines = _lines(text)
    return (
        _document_symbol(text, lines, symbols or {})
        or _resolution_body(doc, text, lines)
        or _resolving_clause(text, lines)
        or _spoken_on_behalf(doc, lines, speaking_verbs)
        or _labelled_author(text, lines, labels)
        or _title_author(doc, text, lines, title_nouns)
        or _body_above_title(doc, lines, title_nouns)
        or _quoted_title_speaker(doc, text, lines)
        or _signature(text, lines, closings, formulas, roles)
        or _speaker_above_opening(doc, text, lines, speech_openings)
        or _issuer_of_following_text(doc, lines, title_nouns, authoring_verbs)
        or _signers_of_quoted_text(doc, text, lines, title_nouns, authoring_verbs)
        or _headline_issuer(doc, text, lines, title_nouns, authoring_verbs)
        or _first_person_subject(doc)
        or _byline(doc, text, lines)
    )


def _head_tokens(doc: Doc, lines: list[tuple[int, int]]) -> Iterator[Token]:
    """The tokens of the document's first `HEAD_LINES` lines, where genres say who speaks."""
    if not lines:
        return
    head_end = lines[min(len(lines), HEAD_LINES) - 1][1]
    for token in doc:
        if token.idx > head_end:
            return
        yield token


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, without surrounding spaces."""
    lines = []
    position = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = position + line.index(stripped[0])
            lines.append((start, start + len(stripped)))
        position += len(line) + 1
    return lines


# "The" is required: a salutation "Excellency," or "Madam President," before a line opening with a
# participle ("Following the review, ...") is not a body adopting a text
_BODY_LINE = re.compile(r"The\s+[A-Z][\w'’-]*(?:\s+(?:of|on|for|and|the|[A-Z][\w'’-]*))*\s*[,:]")
# ... or the body with the session it adopts the text at, as the African Commission opens its
# resolutions: "The African Commission on Human and Peoples’ Rights (the Commission), meeting at its
# 26th Ordinary Session held in Kigali, Rwanda, from 1-15 November 1999:"
_SESSION_LINE = re.compile(
    r"(?P<body>The\s+[A-Z][\w'’-]*(?:\s+(?:of|on|for|and|the|[A-Z][\w'’-]*))*)\s*(?:\([^()]*\))?,?"
    r"\s+(?:meeting|met|assembled|gathered)\s+(?:at|in|during)\s.*[,:;]"
)


# A page header holds the symbol within its first lines ("CRC/C/HND/CO/3" / "page 22").
_SYMBOL_LINES = 3


def _document_symbol(text: str, lines: list[tuple[int, int]], symbols: dict[str, str]) -> Author | None:
    """A UN document symbol alone on one of the first lines, or alone on two lines or more anywhere
    (the header of each page of an excerpt that starts mid-document), names the body issuing the
    document ("CRC/C/HND/CO/3": the Committee on the Rights of the Child)."""
    seen: set[str] = set()
    for number, (start, end) in enumerate(lines):
        line = text[start:end]
        body = next((name for prefix, name in symbols.items() if line.startswith(prefix)), None)
        if body is None or " " in line:
            continue
        if number < _SYMBOL_LINES or line in seen:
            return Author(line, start, end, body=body)
        seen.add(line)
    return None


def _resolution_body(doc: Doc, text: str, lines: list[tuple[int, int]]) -> Author | None:
    """ "The General Assembly," / "The Human Rights Council," alone on a line (or with the session it
    meets at: `_SESSION_LINE`), followed by a line that opens with a participle ("Recalling",
    "Noting", "Reaffirming"; after a dash in the European Parliament's citations, "– having regard to
    ..."): the body adopting the text. Also "The Executive Council:" over numbered paragraphs whose
    verbs are in capitals ("1. ADOPTS ...", as the African Union prints its decisions), or "The Governing
    Body:" over lettered paragraphs in the past tense ("(a) endorsed ...", as the ILO records decisions)."""
    for (start, end), (next_start, next_end) in itertools.pairwise(lines):
        session = _SESSION_LINE.fullmatch(text, start, end)
        if session is not None:
            name_end = session.end("body")
        elif _BODY_LINE.fullmatch(text[start:end]) and len(text[start:end].split()) <= 8:
            name_end = end - 1  # without its comma or colon
        else:
            continue
        marker = layout.item_marker(text[next_start:next_end])
        words_start = next_start + (marker.end() if marker is not None else 0)  # past "(a)"
        following = doc.char_span(words_start, next_end, alignment_mode="expand")
        first = next((t for t in following if t.is_alpha), None) if following is not None else None
        cited = text[next_start] in "-–—"  # "– having regard to its previous resolutions,"
        participle = first is not None and first.tag_ in ("VBG", "VBN") and (first.text[:1].isupper() or cited)
        # "1. ADOPTS ...", or a decision's record in the past: "The Governing Body: / (a) endorsed ..."
        past = first is not None and first.tag_ in ("VBD", "VBN") and first.is_lower
        operative = marker is not None and first is not None and ((first.is_upper and len(first) > 2) or past)
        if participle or operative:
            return Author(text[start:name_end].rstrip(), start, name_end)
    return None


# The resolving clause of a resolution of the US Congress: "Resolved, That the Senate—",
# "Resolved by the House of Representatives (the Senate concurring), That ..."
_RESOLVED = re.compile(r"Resolved,?\s+(?:That\s+|by\s+)(the\s+(?:[A-Z][\w]*)(?:\s+(?:of\s+)?[A-Z][\w]*)*)")


def _resolving_clause(text: str, lines: list[tuple[int, int]]) -> Author | None:
    """The body named by a line that opens with "Resolved, That the Senate" or "Resolved by the
    House of Representatives": it adopts the numbered clauses that follow."""
    for start, end in lines:
        match = _RESOLVED.match(text, start, end)
        if match:
            return Author(match.group(1), match.start(1), match.end(1))
    return None


def _labelled_author(text: str, lines: list[tuple[int, int]], labels: tuple[str, ...]) -> Author | None:
    """The name on a labelled header line ("Organisation: Christian Solidarity Worldwide (CSW)",
    "Speaker: Jane Doe", a memo's "From: X"), the first label of `labels` found among the first lines."""
    found: dict[str, Author] = {}
    for start, end in lines[:HEAD_LINES]:
        label, colon, name = text[start:end].partition(":")
        key = label.strip().casefold()
        # a label may say whose spokesperson speaks: "Spokesperson for the UN High Commissioner for
        # Human Rights: Rupert Colville", as a UN briefing note heads its items; the spokesperson's
        # "we" is the one spoken for, who is the author
        spoken_for = next((k for k in labels if key.startswith(f"{k} for ")), None)
        key = spoken_for or key
        if not colon or key not in labels or key in found:
            continue
        name_start = start + len(label) + 1 + (len(name) - len(name.lstrip()))
        name = name.strip().rstrip(".;,")
        if spoken_for is not None:
            name_start = start + len(label) - len(label.lstrip()) + len(spoken_for) + len(" for ")
            name = label.strip()[len(spoken_for) + len(" for ") :].rstrip()
        # a name: a few words, capitalised, not a sentence (a "From:" line of prose is no sender)
        if name.removeprefix("the ")[:1].isupper() and len(name.split()) <= _MAX_SIGNATURE_WORDS:
            found[key] = Author(name, name_start, name_start + len(name))
    return next((found[label] for label in labels if label in found), None)


def _spoken_on_behalf(doc: Doc, lines: list[tuple[int, int]], speaking_verbs: frozenset[str]) -> Author | None:
    """The voice a speech names in its opening: "I have the honour to speak on behalf of the
    European Union", "This statement is delivered on behalf of 47 countries", "I am writing on behalf
    of X" ("on behalf of" a speaking or writing verb whose speaker is "I"/"we" or a statement; not
    "act on behalf of victims"), and any verb's where the phrase opens the sentence before "we"/"I":
    "On behalf of X, we urge ..." (but "we appeal, on behalf of the detainees, ..." names whom for)."""
    for token in _head_tokens(doc, lines):
        if token.lower_ != "behalf" or token.head.lower_ != "on":
            continue
        verb = token.head.head
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        named = child_with_dep(of, "pobj") if of is not None else None
        if named is None:
            continue
        speakers = {t.lower_ for t in verb.sent if t.dep_ in ("nsubj", "nsubjpass")}
        opening = verb.doc[verb.sent.start : token.head.i]  # a dateline may come before: "13 May 2021 - On behalf of"
        fronted = not any(t.pos_ in ("VERB", "AUX") for t in opening) and any(
            t.dep_ == "nsubj" and t.lower_ in ("we", "i") and t.i > named.i for t in verb.children
        )
        if fronted or (verb.lemma_.lower() in speaking_verbs and speakers & {"i", "we", "statement"}):
            return _author_of(_phrase(named))
    return None


def _quoted_title_speaker(doc: Doc, text: str, lines: list[tuple[int, int]]) -> Author | None:
    """The person or body a title quotes: "Sviatlana Tsikhanouskaya: “The regime deprives political
    prisoners of ...”" (a statement published in its speaker's words)."""
    if not lines:
        return None
    start, end = lines[0]
    name_end = text.find(":", start, end)
    if name_end < 0 or text[name_end + 1 : end].lstrip()[:1] not in ("“", '"', "«", "‘"):
        return None
    name = doc.char_span(start, name_end, alignment_mode="expand")
    if name is None or not 2 <= len(name) <= 6:
        return None
    if not all(t.ent_type_ in ("PERSON", "ORG") for t in name):
        return None
    return Author(text[start:name_end], start, name_end)


# "By Jane Doe", "By Jane Doe and John Roe", "BY JANE DOE": a byline among the first lines
_BYLINE = re.compile(r"(?i:by)\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*(?:[,|]|$)")


def _byline(doc: Doc, text: str, lines: list[tuple[int, int]]) -> Author | None:
    """The writer a byline names on one of the first lines ("By Laetitia Bader"): a person's name
    (the model's, or proper nouns outside any organisation's name; not "By Reuters Staff"). An
    opinion piece or dispatch speaks in its writer's voice."""
    for start, end in lines[:HEAD_LINES]:
        match = _BYLINE.match(text, start, end)
        if match is None:
            continue
        name = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if name is None or any(t.ent_type_ in ("ORG", "GPE") for t in name):
            continue
        if any(t.ent_type_ == "PERSON" for t in name) or all(t.pos_ == "PROPN" for t in name):
            return Author(match.group(1), match.start(1), match.end(1))
    return None


def _title_author(doc: Doc, text: str, lines: list[tuple[int, int]], title_nouns: frozenset[str]) -> Author | None:
    """A title or letterhead line naming its author: "Joint statement by X", "Letter from X",
    "Statement delivered by X", "Statement attributable to X", "Mandates of the Working Group on ..."
    (the line's first noun is a kind of text, then by/from/of, a participle and by/from, or
    "attributable to")."""
    for start, end in lines[:HEAD_LINES]:
        line = doc.char_span(start, end, alignment_mode="expand")
        if line is None or len(line) < 3:
            continue
        spoken = _speaker_after_topic(line, title_nouns)
        if spoken is not None:
            return spoken
        words = [t for t in line if not t.is_punct]
        nouns = _title_nouns(words, title_nouns)
        dash = next((t for t in line[:_DATELINE_TOKENS] if t.text in ("—", "–")), None)
        if not nouns and dash is not None:
            # the title after its dateline: "NEW YORK, 3 May 2020 – Statement by UNICEF Executive Director X"
            words = [t for t in line[dash.i - line.start + 1 :] if not t.is_punct]
            nouns = _title_nouns(words, title_nouns)
        if not nouns:
            # the author's possessive opening the title: "Human Rights Lawyers Association's statement on ..."
            nouns = _noun_after_possessive(line, words, title_nouns)
        if not nouns:
            titled = _title_before_possessive_mark(line, title_nouns)
            if titled is not None:
                return titled
        if not nouns:
            # a long name opening the title: "Human Rights House Foundation statement"
            nouns = _noun_after_opening_name(words, title_nouns)
        if not nouns and len(words) > 2 and words[0].lower_ in _PRESENTED and words[1].lower_ == "by":
            nouns = [-1]  # "Presented by the Nicaragua Core Group": the line under a statement's title
        if not nouns:
            continue
        noun = words[nouns[0]] if nouns[0] >= 0 else None
        if noun is not None and noun.dep_ == "dobj" and noun.head.tag_ in _FINITE_TAGS and noun.head.i < noun.i:
            continue  # a sentence, not a title: "Australia welcomes the reports of the Secretary-General"
        if layout.item_marker(text[start:end]) is not None and words[0].tag_ == "VB":
            continue  # a listed recommendation: "- Make public the reports of the Presidential Commission"
        named = _organisation_before(line, words, nouns[0])
        if named is not None:
            return named
        after = nouns[0] + 1
        if after + 2 < len(words) and words[after].lower_ == "as" and words[after + 1].tag_ in ("VBN", "VBD"):
            after += 1  # "Statement as delivered by the Delegation of X"
        if after + 1 < len(words) and words[after].tag_ in ("VBN", "VBD") and words[after + 1].lower_ in ("by", "from"):
            after += 1  # "Statement delivered by X", "Joint letter signed by X"
        if after + 2 < len(words) and words[after].lower_ == "is" and words[after + 1].lower_ == "attributable":
            after += 1  # the line under a UN statement's title: "This statement is attributable to Ms. X, ..."
        attributed = (
            after + 1 < len(words) and words[after].lower_ == "attributable" and words[after + 1].lower_ == "to"
        )
        if attributed:
            after += 1  # "Statement attributable to the Spokesperson for the Secretary-General", as the UN heads them
        if after < len(words) and (words[after].lower_ in ("by", "from", "of") or attributed):
            begin = words[after + 1].idx if after + 1 < len(words) else end
            stop = _before_purpose(doc, begin, _after_person(doc, begin, _name_end(text, begin, end)))
            stop = _before_topic(doc, begin, stop)
            stop = _before_own_text(doc, begin, stop, title_nouns)
            if words[after].lower_ == "of" and not _names_a_party(doc, begin, stop):
                continue  # "Universal Declaration of Human Rights": what the text is about, not its author
            if any(t.tag_ in _FINITE_TAGS for t in words[after + 1 :] if t.idx < stop):
                continue  # a sentence, not a title: "The latest letter by the UN is one of several ..."
            behalf = text.find(_ON_BEHALF, begin, end)
            if behalf > begin:
                # "Declaration by the Presidency on behalf of the European Union": the Union speaks,
                # as in a speech "on behalf of" (`_spoken_on_behalf`); so does the group a listing
                # of statements names after the item ("Reports of X – 8 September 2025, Canada on
                # behalf of CANZ")
                begin = behalf + len(_ON_BEHALF)
                stop = max(stop, _name_end(text, begin, end)) if behalf >= stop else stop
            if stop > begin and any(t.text[:1].isupper() for t in words[after + 1 :]):
                delivered = words[after].lower_ == "by" and words[after - 1].lower_ in _PRESENTED
                return Author(text[begin:stop], begin, stop, delivered=delivered and _is_person(doc, begin, stop))
    return None


def _before_own_text(doc: Doc, begin: int, stop: int, title_nouns: frozenset[str]) -> int:
    """Where a name ends before the kind of text it wrote, in lower case after it ("Recommendations
    of Human Rights Centre annual report on ..." -> "Human Rights Centre"), else `stop`."""
    span = doc.char_span(begin, stop, alignment_mode="contract")
    for token in span if span is not None else ():
        if not token.is_lower or token.lemma_ not in title_nouns:
            continue
        first = token
        while first.i > span.start and first.nbor(-1).is_lower and first.nbor(-1).pos_ == "ADJ":
            first = first.nbor(-1)  # "annual", "latest"
        if first.i > span.start and first.nbor(-1).text[:1].isupper():
            return first.nbor(-1).idx + len(first.nbor(-1).text)
        return stop
    return stop


def _title_nouns(words: list[Token], title_nouns: frozenset[str]) -> list[int]:
    """Where a kind of text ("statement", "letter") stands among a title's first four words."""
    return [i for i, t in enumerate(words[:4]) if t.lemma_.lower() in title_nouns or t.lower_ in title_nouns]


def _noun_after_possessive(line: Span, words: list[Token], title_nouns: frozenset[str]) -> list[int]:
    """Where a kind of text stands right after an organisation's possessive that opens the line
    ("Human Rights Lawyers Association's statement", "The Belarusian Association of Journalists'
    appeal"), however long the name."""
    if not any(t.tag_ == "POS" for t in line):
        return []  # asked first: `line.ents` reads every entity of the document
    first = line.ents[0] if line.ents else None
    if first is None or not words:
        return []
    opening = words[1].i if words[0].lower_ == "the" and len(words) > 1 else words[0].i
    if first.label_ != "ORG" or first.start != opening:
        return []
    if any(t.tag_ in ("VBZ", "VBP", "MD") for t in line):
        return []  # a sentence: "Amnesty International's report says ..."
    after = first.end
    if after < line.end and line.doc[after].tag_ == "POS":
        after += 1
    elif line.doc[after - 1].tag_ != "POS":
        return []
    return [i for i, t in enumerate(words) if t.i == after and t.lemma_.lower() in title_nouns]


# The words a title names its holder's office with, between its capitalised words ("Commissioner for
# Human Rights", "Special Rapporteur on the Rights of Indigenous Peoples").
_TITLE_JOINERS = frozenset({"for", "of", "on", "the", "and"})


def _title_before_possessive_mark(line: Span, title_nouns: frozenset[str]) -> Author | None:
    """The office a title line opens with, as the possessive of a kind of text that the model read as
    no name ("Commissioner for Human Rights’ statement on the situation in Ukraine": the mark read
    as a closing quotation mark): capitalised words, and the words that join an office's name, up
    to the mark; None otherwise."""
    tokens = [t for t in line if not t.is_space]
    mark = next((k for k, t in enumerate(tokens) if t.lower_ in ("'s", "’s", "'", "’")), None)
    if mark is None or mark < 1 or mark + 1 >= len(tokens) or tokens[mark + 1].lemma_.lower() not in title_nouns:
        return None
    name = tokens[:mark]
    if not name[0].text[:1].isupper() or not all(t.text[:1].isupper() or t.lower_ in _TITLE_JOINERS for t in name):
        return None
    if any(t.tag_ in ("VBZ", "VBP", "MD", "VBD") for t in line):
        return None  # a sentence: "The Commissioner's statement says ..."
    start, end = name[0].idx, name[-1].idx + len(name[-1].text)
    return Author(line.doc.text[start:end], start, end)


def _noun_after_opening_name(words: list[Token], title_nouns: frozenset[str]) -> list[int]:
    """Where a kind of text stands right after an organisation's name that opens the line, a name
    longer than the first words `_title_nouns` reads ("Human Rights House Foundation statement");
    not in a sentence ("... Foundation statement says ...")."""
    opening = 1 if words and words[0].lower_ == "the" else 0
    after = _after_opening_name(words, opening, ("ORG",))
    if after is None or after == len(words):
        return []
    if not (words[after].lemma_.lower() in title_nouns or words[after].lower_ in title_nouns):
        return []
    return [] if any(t.tag_ in ("VBZ", "VBP", "MD") for t in words) else [after]


def _after_opening_name(words: list[Token], opening: int, labels: tuple[str, ...]) -> int | None:
    """The index in `words` right after the named entity (of one of `labels`) that starts at
    `opening`, else None."""
    if len(words) <= opening or words[opening].ent_iob_ != "B" or words[opening].ent_type_ not in labels:
        return None
    after = opening + 1
    while after < len(words) and words[after].ent_iob_ == "I":
        after += 1
    return after


_ON_BEHALF = " on behalf of "
_DATELINE_TOKENS = 12  # a dateline before a title on its line: "New York/Amman/Port Sudan —", "GENEVA, 3 May 2020 –"


def _before_purpose(doc: Doc, begin: int, stop: int) -> int:
    """Where a title's author ends before the participle that says what the text does: "a statement
    by a group of members of the civil society [condemning the harassment of X]", "a letter from 40
    groups [calling for ...]" (a name writes its words capitalised)."""
    span = doc.char_span(begin, stop, alignment_mode="expand")
    if span is None:
        return stop
    purpose = next((t for t in span[1:] if t.tag_ == "VBG" and t.is_lower), None)
    if purpose is None:
        return stop
    last = doc[purpose.i - 1]
    while last.is_punct and last.i > span.start:
        last = doc[last.i - 1]
    return last.idx + len(last.text)


def _after_person(doc: Doc, begin: int, stop: int) -> int:
    """Where a title's author ends when it is a person: before the topic or the venue after the name
    ("Statement from President Joe Biden on Sudan", "Statement by Ambassador X in the Security
    Council", "Statement by Ben Emmerson Special Rapporteur on ...", the title written after the name; a
    mandate's "on" stays: "Special Rapporteur on torture")."""
    span = doc.char_span(begin, stop, alignment_mode="expand")
    if span is None:
        return stop
    for token in span:
        if token.lower_ not in ("on", "in") or token.i == span.start:
            continue
        k = token.i - 1
        if doc[k].text == "," and k > span.start:
            k -= 1  # the name set off after the title: "Statement by the Coordinator, June Kunugi, on ..."
        # the person's title between the name and the topic: "Ben Emmerson Special Rapporteur on ..."
        while k > span.start and token.i - k <= 4 and not doc[k].ent_type_ and doc[k].text[:1].isupper():
            k -= 1
        if doc[k].ent_type_ == "PERSON":
            return doc[k].idx + len(doc[k])
        if doc[token.i - 1].text == ",":
            # the person's title set off by commas before the topic: "Statement by Jan Egeland, Secretary
            # General of the Norwegian Refugee Council, on the humanitarian pause in Gaza"
            named = [e for e in span.ents if e.label_ == "PERSON" and e.end < token.i - 1 and doc[e.end].text == ","]
            if named:
                return named[-1].end_char
    return stop


def _before_topic(doc: Doc, begin: int, stop: int) -> int:
    """Where a title's author that the model names as a State or a body ends before what the text is
    about ("Statement by Norway on Situations Requiring the Council's Attention" -> "Norway", "Comment by
    the Information and Press Department on the Universal Periodic Review ..."). A body whose name goes
    on with "on" (`topic_bodies`: "the Committee on Enforced Disappearances") keeps it, unless what
    follows is in lower case, a topic rather than a name ("the Venice Commission on undue interference");
    a mandate keeps it always ("the Working Group on the use of mercenaries")."""
    span = doc.char_span(begin, stop, alignment_mode="expand")
    if (
        span is None
        or not span.ents
        or span.ents[0].label_ not in ("GPE", "ORG")
        or span.ents[0].start > span.start + 1
    ):
        return stop
    name = span.ents[0]
    if name.end >= span.end or doc[name.end].lower_ != "on":
        return stop
    topic = (
        doc[name.end + 2]
        if doc[name.end + 1].lower_ in ("the", "a", "an") and name.end + 2 < len(doc)
        else doc[name.end + 1]
    )
    head = name[-1].lower_
    if head in default_lexicon().topic_titles or head in ("group", "groups"):
        return stop  # a mandate's topic may be in lower case: "the Working Group on the use of mercenaries"
    if head in default_lexicon().topic_bodies and not topic.is_lower:
        return stop
    return name.end_char


def _organisation_before(line: Span, words: list[Token], noun: int, states: bool = False) -> Author | None:
    """An organisation opening the title, before the kind of text and its lower-case modifiers:
    "CAT concluding observations 2019", "HRW report on ...", "EU statement on ..."; with `states`,
    a State as well ("UK statement to the OSCE")."""
    if noun == 0 or not line.ents:
        return None
    first = line.ents[0]
    if first.end == words[noun].i + 1 and first.start < words[noun].i:
        # the model read "EU Statement" as one name: the kind of text is not in it
        first = Span(first.doc, first.start, first.end - 1, label=first.label_)
    labels = ("ORG", "GPE") if states else ("ORG",)
    # "The Belarusian Association of Journalists' appeal" (not "The IBAHRI Report questions ...", a sentence)
    possessive = first.end < words[noun].i and first.doc[first.end].tag_ == "POS"
    opening = words[1].i if possessive and words[0].lower_ == "the" and len(words) > 1 else words[0].i
    if first.label_ not in labels or first.start != opening or first.end > words[noun].i:
        return None
    if not all(t.is_lower or t.tag_ == "POS" for t in words[noun].doc[first.end : words[noun].i]):
        return None  # "Joint NGO statement" names no author; "UN Joint statement" neither
    return Author(first.text, first.start_char, first.end_char)


# kinds of text a State delivers: "UK statement", "US remarks" name their speaker as an organisation does
_SPOKEN_KINDS = frozenset({"statement", "speech", "remarks", "address", "declaration"})


def _speaker_after_topic(line: Span, title_nouns: frozenset[str]) -> Author | None:
    """The speaker of a title that gives its topic first and the text's kind after a colon or
    dash: "Moscow Mechanism Report on Belarus: UK statement to the OSCE", "Human Rights Council,
    29th Session: UK Statement item 2" (the body before the colon is what the text is about)."""
    separators = [t.i for t in line if is_separator(t)]
    if not separators:
        return None
    part = line.doc[separators[-1] + 1 : line.end]
    words = [t for t in part if not t.is_punct]
    noun = next((i for i, t in enumerate(words[:4]) if t.lemma_.lower() in title_nouns), None)
    if noun is None or not part.ents:
        return None
    states = words[noun].lemma_.lower() in _SPOKEN_KINDS
    return _organisation_before(part, words, noun, states=states)


# participles that open a line naming who presents a statement: "Presented by X", "Delivered by X"
_PRESENTED = frozenset({"presented", "delivered", "issued", "submitted"})


def _is_person(doc: Doc, begin: int, stop: int) -> bool:
    """Is the text between `begin` and `stop` a person's name (with a title: "Mr. Nicolas Agostini")?"""
    span = doc.char_span(begin, stop, alignment_mode="expand")
    return span is not None and any(
        e.label_ == "PERSON" and e.end == span.end and e.start - span.start <= 1 for e in span.ents
    )


def _names_a_party(doc: Doc, begin: int, stop: int) -> bool:
    """Does the name after "of" name a body, person or State ("Mandates of the Special Rapporteur on
    ...", "Statement of the European Union"), rather than a topic ("Declaration of Human Rights")?
    Its capitalised run must hold a named entity or a title or organisation head noun
    (`entity_lexicon.json`)."""
    span = doc.char_span(begin, stop, alignment_mode="expand")
    if span is None:
        return False
    run = []
    for token in span:
        # (a dash joining a name's parts counts: "Bir Duino–Kyrgyzstan", "Helsinki Committee-Armenia")
        joining = (
            token.text in ("-", "–") and token.i > span.start and not (token.whitespace_ or token.nbor(-1).whitespace_)
        )
        if not (token.text[:1].isupper() or token.lower_ in _NAME_LINKS or joining):
            break
        run.append(token)
    heads = default_lexicon().party_heads
    return any(t.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or t.lower_ in heads for t in run)


# lowercase words inside a name's capitalised run ("the Special Rapporteur on the ...")
_NAME_LINKS = {"the", "of", "on", "for", "and"}


def _name_end(text: str, begin: int, end: int) -> int:
    """Where an author's name ends on its line: before a date, a closing full stop or the party it
    is addressed to ("Letter from X to the Minister of Justice", "a letter written by X to Justice
    Minister Y"; a name with "to" inside, "Special Envoy to Myanmar", keeps its head)."""
    stop = end
    for mark in (" – ", " - ", " (", " [", ":"):  # (" [EN/AR]": the languages a page is in)
        found = text.find(mark, begin, end)
        if found > begin:
            stop = min(stop, found)
    addressed = _ADDRESSEE.search(text, begin, stop)
    if addressed is not None and addressed.start() > begin:
        stop = addressed.start()
    dated = _DATED.search(text, begin, stop)  # "Statement by X on 3 May", not "Group on Detention"
    if dated is not None:
        stop = dated.start()
    venue = _VENUE.search(text, begin, stop)  # "Statement by X at the 52nd session of the Council"
    if venue is not None:
        stop = venue.start()
    occasion = _OCCASION.search(text, begin, stop)  # "Statement of the Prosecutor, X, following the violence"
    if occasion is not None and occasion.start() > begin:
        stop = occasion.start()
    topic = _TITLE_CASE_TOPIC.search(text, begin, stop)  # "Comment By UN Human Rights Chief X On Abduction Of Y"
    if topic is not None:
        stop = topic.start()
    topic = _BODY_THEN_TOPIC.search(text, begin, stop)
    if topic is not None and topic.group(1).casefold() in _body_heads():
        # "Statement of the Human Rights Committee on the consideration of the report ...": a body's
        # name goes on in capitals after "on" ("Committee on the Rights of the Child"); a mandate's
        # may not ("Working Group on the use of mercenaries"), so a group keeps its "on"
        stop = topic.end(1)
    elif topic is not None and _is_title_without_topic(topic.group(1)):
        # "Statement by the Spokesperson on the extension of Mr Kavala's detention": what the
        # statement is about; only a mandate's title goes on with its topic ("Special Adviser on the ...")
        stop = topic.end(1)
    for plural_on in _PLURAL_ON.finditer(text, begin, stop):
        # "Statement by Human Rights Groups on the Unjust Verdict ...": several bodies' name takes no
        # "on" complement as "Working Group on ..." does; experts' and rapporteurs' mandates do
        if plural_on.group(1).casefold() not in default_lexicon().mandate_heads:
            stop = plural_on.end(1)
            break
    stop = len(text[:stop].rstrip(" .,;"))
    footnote = _FOOTNOTE_MARK.search(text, begin, stop)  # "... of the Special Rapporteur on torture 1"
    return footnote.start() if footnote is not None else stop


# " to " before the party a text is addressed to ("from X to the Minister", "by X to Justice Minister
# Y"), not inside a mandate's right ("the Special Rapporteur on the right to food", "... to the
# highest attainable standard of health").
_ADDRESSEE = re.compile(r"(?<!\bright)(?<!\brights) to (?=the\s|[A-Z])")

# What occasioned a text, after its author's name: "Statement of the Prosecutor of the ICC, Fatou
# Bensouda, following the recent violence in ...", "Statement by X after the verdict", "... ahead of".
_OCCASION = re.compile(r",?\s+(?:following|after|ahead of|in response to|on the occasion of)\s")

# A capitalised word, then "on the" and a topic in lower case ("Committee on the consideration of ...").
_BODY_THEN_TOPIC = re.compile(r"\b([A-Z][A-Za-z'-]*)\s+(?:on|regarding|concerning)\s+the\s+(?=[a-z])")


@cache
def _body_heads() -> frozenset[str]:
    """Head words of bodies' names (the entity lexicon's `org_heads`), but a group: a working group's
    mandate names its topic in lower case."""
    return default_lexicon().org_heads - {"group"}


def _is_title_without_topic(word: str) -> bool:
    """A person's title (`roles` of entity_lexicon.json) that names no topic after "on"."""
    return word.casefold() in default_lexicon().titles_without_topic


# " on " after a plural word and before a capitalised topic ("Groups on the Unjust Verdict").
_PLURAL_ON = re.compile(r"\b([A-Za-z]+[a-z]s)\s+on\s+(?=(?:the\s+)?[A-Z])")

# A footnote's number after a name that ends a title line, as PDFs print it.
_FOOTNOTE_MARK = re.compile(r"(?<=[a-z])\s+\d{1,2}$")

# Where a speech or statement was given, after its speaker: "at the 52nd session", "during the
# interactive dialogue", "before the Third Committee" (a name rarely holds these words); and what it
# answers: "Right of Reply by India in response to the statement by Pakistan".
_VENUE = re.compile(r"\s(?:at|during|before)\s+(?:the|its|a|an)\s|\s(?:in response|in reply)\b")

# A title-case headline's topic after its author: " On ", " About ", " Regarding " capitalised (a
# name writes them in lower case: "Special Rapporteur on torture").
_TITLE_CASE_TOPIC = re.compile(r"\s(?:On|About|Regarding|Concerning)\s+(?=[A-Z])")

_DATED = re.compile(r"\s(?:on|at|in)\s+(?=\d|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")


def _signature(
    text: str,
    lines: list[tuple[int, int]],
    closings: frozenset[str],
    formulas: frozenset[str] = frozenset(),
    roles: frozenset[str] = frozenset(),
    authoring_verbs: frozenset[str] = frozenset(),
) -> Author | None:
    """The name on the line under a letter's closing ("Sincerely yours," / "Yours faithfully,", a
    diplomatic "Please accept, Excellency, the assurances of my highest consideration."), with the
    names signed after it when each heads a block of its own above its title (`_cosigners`)."""
    for n in range(len(lines) - 1, -1, -1):
        start, end = lines[n]
        line = text[start:end].lower()
        closing, comma, name = text[start:end].partition(",")
        if comma and closing.lower().strip() in closings and _signed_name(name):
            # "Sincerely, Shawn Nock": the closing and the name on one line
            name_start = start + len(closing) + 1 + (len(name) - len(name.lstrip()))
            return Author(name.strip(), name_start, name_start + len(name.strip()), signed=True)
        if n == len(lines) - 1:
            continue
        if line.rstrip(",.! ") not in closings and not any(line.startswith(f) for f in formulas):
            continue
        name_start, name_end = lines[n + 1]
        name = text[name_start:name_end]
        if len(name.split()) <= _MAX_SIGNATURE_WORDS and not name.endswith(".") and name[:1].isupper():
            stop = len(name.split(",")[0])  # "Jane Doe, Director": the name
            signed = name[:stop].rstrip()
            cosigners = _cosigners(text, lines, n + 1, roles)
            return Author(signed, name_start, name_start + len(signed), signed=True, cosigners=cosigners)
        return None
    return None


def _cosigners(text: str, lines: list[tuple[int, int]], first: int, roles: frozenset[str]) -> tuple[str, ...]:
    """The names signed after the one on line `first` under a joint letter's closing, when each name
    heads a block of its own with its title under it, blocks set apart by blank lines ("Mary Lawlor /
    Special Rapporteur on the situation of human rights defenders // Irene Khan / Special Rapporteur
    on ..."): a name a title follows that holds one of `roles`. The first block that is not such a
    name and title ends the signatures."""
    if not roles or not _signs_with_title(text, lines, first, roles):
        return ()
    names = []
    for k in range(first + 1, len(lines)):
        start, end = lines[k]
        if text[lines[k - 1][1] : start].count("\n") < 2:
            continue  # a title's second line, inside its block
        if not _signs_with_title(text, lines, k, roles):
            break
        names.append(text[start:end])
    return tuple(names)


def _signs_with_title(text: str, lines: list[tuple[int, int]], k: int, roles: frozenset[str]) -> bool:
    """Is line `k` a signed name ("Luciano Hazan") with a title holding one of `roles` right under it
    ("Chair-Rapporteur of the Working Group on ...")?"""
    if k + 1 >= len(lines) or not _signed_name(text[slice(*lines[k])]):
        return False
    start, end = lines[k + 1]
    if text[lines[k][1] : start].count("\n") != 1:
        return False  # the title under the name, no blank line between them
    return any(word in roles for word in re.split(r"[^a-z]+", text[start:end].lower()))


def _speaker_above_opening(
    doc: Doc, text: str, lines: list[tuple[int, int]], openings: tuple[str, ...]
) -> Author | None:
    """The person named on a short header line above a speech's opening address ("United Nations
    High Commissioner for Human Rights Volker Türk" / "Geneva, 16 June 2025" / "Mr. President,
    Excellencies, ..."): the nearest such line, the person's name alone. A speaker speaks for the
    body or State the speech names as speaking, so the speech's "we" is that voice (`delivered`)."""
    opening = next(
        (n for n, (start, end) in enumerate(lines[:HEAD_LINES]) if text[start:end].lower().startswith(openings)), None
    )
    if not opening:
        return None
    for start, end in reversed(lines[:opening]):
        line = doc.char_span(start, end, alignment_mode="expand")
        if line is None or len(text[start:end].split()) > _MAX_SIGNATURE_WORDS:
            continue
        if any(t.tag_ in _FINITE_TAGS for t in line):
            continue  # a sentence or a headline ("Türk Updates Human Rights Council: ..."), not a header
        person = next((e for e in line.ents if e.label_ == "PERSON"), None)
        if person is not None:
            return Author(person.text, person.start_char, person.end_char, delivered=True)
    return None


def _issuer_of_following_text(
    doc: Doc, lines: list[tuple[int, int]], text_nouns: frozenset[str], authoring_verbs: frozenset[str]
) -> Author | None:
    """The one a page's opening names as issuing the text that follows it, as pages republishing a
    statement introduce it: "Freedom House issued the following statement:", "25 civil society
    organisations have issued the following statement against ...", "The following statement was
    released by X" (`text_nouns`: statement, letter ...; `authoring_verbs`: issue, release, make ...).
    Not a pronoun ("he issued the following statement": whom it stands for is said elsewhere)."""
    for token in _head_tokens(doc, lines):
        if token.lower_ not in ("following", "below") or token.dep_ != "amod":
            continue
        text_noun, verb = token.head, token.head.head
        if text_noun.lemma_.lower() not in text_nouns or verb.lemma_.lower() not in authoring_verbs:
            continue
        if text_noun.dep_ == "dobj":
            issuer = child_with_dep(verb, "nsubj")
        elif text_noun.dep_ == "nsubjpass":
            agent = child_with_dep(verb, "agent")
            issuer = child_with_dep(agent, "pobj") if agent is not None else None
        else:
            continue
        if issuer is not None and issuer.pos_ in ("NOUN", "PROPN"):
            return _author_of(_phrase(issuer))
    return None


def _headline_issuer(
    doc: Doc, text: str, lines: list[tuple[int, int]], text_nouns: frozenset[str], authoring_verbs: frozenset[str]
) -> Author | None:
    """The organisation a page's title names as issuing the text under it, in a headline's present
    tense: "Georgian Young Lawyers' Association makes a statement regarding ...", "Kardonia: Rights
    Centre issues appeal on ..." (the name opens the title, or follows the country and colon it
    starts with; then an authoring verb, `authoring_verbs`: make, issue, release ..., and the kind of
    text, `text_nouns`: statement, appeal ..., with at most its article and modifiers between).
    Headlines drop articles, so the tagger often reads "issues" as a noun: the words decide."""
    if not lines:
        return None
    start, end = lines[0]
    line = doc.char_span(start, end, alignment_mode="expand")
    if line is None or not line.ents:
        return None
    name = next((e for e in line.ents if e.label_ == "ORG"), None)
    if name is None:
        return None
    before = [t for t in doc[line.start : name.start] if t.lower_ != "the"]
    if before and not (len(before) <= _HEADLINE_PREFIX and before[-1].text == ":"):
        return None  # the name opens the title, or follows "Country:"
    verb = doc[name.end] if name.end < line.end else None
    if verb is None or not _present_of(verb.lower_, authoring_verbs):
        return None
    for token in doc[verb.i + 1 : min(verb.i + 1 + _HEADLINE_MODIFIERS, line.end)]:
        if token.lemma_.lower() in text_nouns or token.lower_ in text_nouns:
            return Author(name.text, name.start_char, name.end_char)
        if token.pos_ not in ("DET", "ADJ", "NOUN", "PROPN"):
            break
    return None


# Words at most of the country and colon a headline may open with ("South Sudan:").
_HEADLINE_PREFIX = 4
# Words at most between a headline's verb and the kind of text ("makes a joint urgent statement").
_HEADLINE_MODIFIERS = 4


def _present_of(word: str, verbs: frozenset[str]) -> bool:
    """Is `word` the third person present of one of `verbs` ("issues", "makes", "publishes")?"""
    return word.endswith("s") and (word[:-1] in verbs or (word.endswith("es") and word[:-2] in verbs))


# A paragraph that opens a quoted text in the first person: '"We are writing to you ...'
_QUOTED_FIRST_PERSON = re.compile(r"^\s*[\"“‘']\s*We\b", re.MULTILINE)


def _signers_of_quoted_text(
    doc: Doc, text: str, lines: list[tuple[int, int]], text_nouns: frozenset[str], authoring_verbs: frozenset[str]
) -> Author | None:
    """The group a page's opening names as making a statement it then quotes in the first person:
    "41 rights organizations and defenders ... have made a statement demanding ..." and below it
    '"We are writing to you to express ...' (a plural or listed subject; one body may be the one
    the page reports on, not the voice of the quoted text)."""
    if _QUOTED_FIRST_PERSON.search(text) is None:
        return None
    for token in _head_tokens(doc, lines):
        verb = token.head
        if token.dep_ != "dobj" or token.lemma_.lower() not in text_nouns:
            continue
        if verb.lemma_.lower() not in authoring_verbs:
            continue
        subject = child_with_dep(verb, "nsubj")
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            continue
        if subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children):
            return _author_of(_phrase(subject))
    return None


def _body_above_title(doc: Doc, lines: list[tuple[int, int]], title_nouns: frozenset[str]) -> Author | None:
    """The body named alone on the line above a UN document's title, as treaty bodies and working
    groups head their texts: "Committee on the Elimination of Racial Discrimination" / "Concluding
    observations on the ... reports of X", "Working Group on Arbitrary Detention" / "Opinions
    adopted by the Working Group ..." (the title's first noun is a kind of text, `title_nouns`)."""
    head = lines[:HEAD_LINES]
    if not head:
        return None
    bodies = {(e.start_char, e.end_char): e for e in doc.ents if e.label_ == "ORG" and e.start_char < head[-1][1]}
    for (start, end), (title_start, title_end) in itertools.pairwise(head):
        body = bodies.get((start, end))
        title = doc.char_span(title_start, title_end, alignment_mode="expand") if body is not None else None
        # (its first noun, or the one after a modifier: "Concluding observations", "Final report")
        if title is not None and any(t.lower_ in title_nouns or t.lemma_.lower() in title_nouns for t in title[:2]):
            return _author_of(body)
    return None


def _signed_name(name: str) -> bool:
    """A signature's name: a few capitalised words, no full stop ("Shawn Nock")."""
    words = name.split()
    return 1 <= len(words) <= 5 and all(w[:1].isupper() for w in words) and not name.rstrip().endswith(".")


def _first_person_subject(doc: Doc) -> Author | None:
    """A subject that speaks of itself as "our"/"we": "The undersigned organisations express our
    concern", "We, the undersigned NGOs, call on ..." (the apposition of "we")."""
    # the possessives a subject's clause may speak with, found once (a scan of each clause is costly)
    possessives = tokens_written(doc, _FIRST_PERSON_POSSESSIVE)
    for sent in doc.sents:
        for token in sent:
            # (or a "we" the parser hung on a phrase before it as its apposition: a dateline's place,
            # "Kampala, 16 October 2015: We, the X, call on", or a name: "On the birthday of X, we, the Y, renew")
            misread = token.lower_ == "we" and token.dep_ == "appos" and token.head.i < token.i
            if token.dep_ != "nsubj" and not misread:
                continue
            if token.lower_ == "we":
                # right after "we", set off by a comma or not ("We, the undersigned NGOs, call on",
                # "We the undersigned organizations"), not a phrase the parser hung on it further on
                # ("we ask you to X; particularly the cases"); a plural noun after "We," may be read
                # as its conjunct ("We, leaders and members of X, call for ...")
                comma = doc[token.i + 1].text == ","
                opens = token.i + 2 if comma else token.i + 1
                apposition = next(
                    (
                        c
                        for c in token.children
                        if (c.dep_ == "appos" or (comma and c.dep_ == "conj" and c.tag_ == "NNS"))
                        and c.left_edge.i == opens
                        # not a quantifier ("We all had the chance ..."); "undersigned" is an adjective
                        and (c.pos_ in ("NOUN", "PROPN") or c.lower_ == "undersigned")
                    ),
                    None,
                )
                if apposition is not None:
                    return _author_of(_with_members(token, _phrase(apposition)))
                voice = _said_as(token)
                if voice is not None:
                    return _author_of(_phrase(voice))
                named = _named_just_before(token)
                if named is not None:
                    return _author_of(named)
                continue
            if token.pos_ not in ("NOUN", "PROPN") or token.tag_ not in ("NNS", "NNPS", "NNP"):
                continue
            if token.tag_ in ("NNP", "NNPS") and token.text.islower():
                continue  # a lower-case word tagged a name: "homophobia, transphobia ... still exist, poisoning our"
            verb = token.head
            if verb.dep_ not in ("ROOT", "conj"):
                continue  # the subject of a clause below the sentence's: "... recognise that women will enrich our"
            if not any(
                t.i > verb.i and verb.is_ancestor(t) and not _inside(t, token) and not _in_clause_below(t, verb)
                for t in possessives
            ):
                continue
            if token.tag_ == "NNP" and not any(c.dep_ == "conj" for c in token.children) and _in_list_item(token):
                # one of the measures a statement lists: "- The Department of Justice is working with our
                # European counterparts" (a White House text); "our" is the statement's voice, not the
                # body's (as it is in a lead: "Digital Rights Watch has joined ... our digital future").
                # Asked last: it rebuilds the document's text (spaCy joins the tokens at each access).
                continue
            return _author_of(_phrase(token))
    return _undersigned(doc)


def _in_list_item(token: Token) -> bool:
    """Is the token on a line that is a list item ("- ", "• ", "1. ", `layout.item_marker`)?"""
    text = doc_text(token.doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    line_end = text.find("\n", token.idx)
    return layout.item_marker(text[line_start : line_end if line_end >= 0 else len(text)]) is not None


def _said_as(we: Token) -> Token | None:
    """Who "we" are when a phrase of "as" before it says so: "As friends of Belarus, we are writing
    ...", "As members of Congress, we urge ..." (plural nouns or named bodies; not "As a result, we")."""
    doc = we.doc
    opener = next((c for c in we.head.children if c.dep_ == "prep" and c.lower_ == "as" and c.i < we.i), None)
    named = child_with_dep(opener, "pobj") if opener is not None else None
    if named is None or named.right_edge.i + 1 >= len(doc) or doc[named.right_edge.i + 1].text != ",":
        return None
    return named if named.tag_ in ("NNS", "NNPS") or named.ent_type_ in ("ORG", "NORP") else None


def _with_members(we: Token, apposition: Span) -> Span:
    """The apposition of "we" with the members it goes on to list: "We the undersigned, including
    legal and human rights organisations, academics, and policymakers, condemn ..."."""
    doc = we.doc
    comma = apposition.end < len(doc) and doc[apposition.end].text == ","
    including = next((c for c in we.children if c.i == apposition.end + comma and c.lower_ == "including"), None)
    if including is None:
        return apposition
    end = including.right_edge.i + 1
    while doc[end - 1].is_punct:
        end -= 1
    return doc[apposition.start : end]


def _named_just_before(we: Token) -> Span | None:
    """Who "we" are when the sentence before it, in the same paragraph, has them as its subject:
    "Amnesty International, ARTICLE 19 and PEN express deep concern at ... We urge ..." (names
    listed before a plural verb, however the parser split the list; one name may be someone "we"
    speak of)."""
    doc = we.doc
    start = we.sent.start
    if start == 0 or "\n" in doc[start - 1].text_with_ws:  # the sentence opens a paragraph
        return None
    root = doc[start - 1].sent.root
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].pos_ != "PROPN":
        return None
    first = subjects[0]
    if any(c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") for c in first.children):
        return _phrase(first)
    # the list read as two subjects ("X (the IBAHRI), Y, Z and W express"), or its rest as the
    # first name's apposition, before a verb not in the singular
    split = len(subjects) > 1 or (
        root.tag_ in ("VB", "VBP")
        and any(c.dep_ == "appos" and any(t.lower_ == "and" for t in c.subtree) for c in first.children)
    )
    if not split:
        return None
    begin = first_word(doc, first.left_edge.i, first.i)  # the quotation mark opening a quoted statement
    return doc[begin : subjects[-1].right_edge.i + 1]


def _undersigned(doc: Doc) -> Author | None:
    """A sentence that opens "The undersigned" and goes on in the first person, however the parser
    read it ("The undersigned voice our support ...", "voice" taken for a noun): "The undersigned",
    with the plural noun after it if any ("The undersigned organisations")."""
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if len(words) < 4 or words[0].lower_ != "the" or words[1].lower_ != "undersigned":
            continue
        if not any(t.lower_ in _FIRST_PERSON_POSSESSIVE or t.lower_ == "we" for t in words[2:]):
            continue
        end = words[2].i + 1 if words[2].tag_ in ("NNS", "NNPS") else words[1].i + 1
        return _author_of(doc[words[0].i : end])
    return None


def group_voice(doc: Doc, group_nouns: frozenset[str]) -> Author | None:
    """Whom "we" stands for in a letter one person signs: the group it names as itself ("We,
    leaders and members of X, call for ...", "The undersigned organisations express our ..."), or
    the organisation that speaks in the present before the first "we" ("PEN International and X
    are concerned ... We urge you ..."); the signer speaks as "I"."""
    return _first_person_subject(doc) or first_person_voice(doc, group_nouns)


def first_person_voice(
    doc: Doc,
    group_nouns: frozenset[str],
    stances: frozenset[str] | None = None,
    stances_before_we: frozenset[str] = frozenset(),
) -> Author | None:
    """Who speaks in a statement that names itself in the third person: "The United States
    condemns ... We urge ...", "HFHR, IPHR and OMCT are dismayed at ... We urge ...", "The
    undersigned groups call on ... We further call on ...", "Amnesty International believes that
    ... She must be released". The subject of the first sentence whose main clause is in the
    present tense, outside quotations and before the first "we", when it names an organisation or
    a State (a named entity) or a group of them (a noun of `group_nouns`, or one qualified as
    "undersigned"); a sentence ending with a full stop comes before a headline ("UK condemns
    sentencing of X"). With `stances`, only a main verb of taking a stance ("condemns",
    "believes", "is alarmed") in a full sentence names it: comment also writes of organisations in
    the present ("The INS routinely sends ... back"), and news headlines are in the present.
    The sentence where "we" first speaks names the voice too when its main verb, before the "we",
    is one of `stances_before_we` ("The United Kingdom welcomes X and we fully support Y"; not
    "Belarus claims X, but we know Y")."""
    headline = None
    described = None  # a subject that takes no stance ("X continues to arrest ..."), for want of one that does
    sentences = list(doc.sents)
    for n, sent in enumerate(sentences):
        if any(_first_person_plural(t) for t in sent):
            if described is not None:
                return _author_of(_phrase(described))  # no subject took a stance before "we": the first named
            # "we" comes first: the voice, if any, is not named before it speaks, but "we" may say
            # who it is in one of the next sentences ("We are writing to ... We are friends of X")
            opening = sentences[n : n + _INTRODUCTION_SENTENCES] if stances is None else []
            introduced = next((i for s in opening if (i := _we_are(s.root, group_nouns)) is not None), None)
            if introduced is not None:
                return _author_of(introduced)
            first_we = next(t for t in sent if _first_person_plural(t))
            apposed = _apposition_of_we(first_we, group_nouns)
            if apposed is not None:
                return _author_of(_phrase(apposed))  # "We, the undersigned organisations, are ..."
            named = (
                _present_subject(sent.root, group_nouns, stances or stances_before_we)
                if stances_before_we and sent.root.i < first_we.i and not any(t.is_quote for t in sent)
                else None
            )
            if named is not None and sent.text.rstrip().endswith("."):
                return _author_of(_phrase(named))
            # "We are extremely concerned about X. Save the Children condemns ...": a named body that
            # takes a stance in the present right after "we" first speaks is the voice naming itself
            following = sentences[n + 1 : n + 1 + _SELF_NAMING_SENTENCES]
            named = next((body for s in following if (body := _named_stance(s, stances_before_we)) is not None), None)
            if named is not None:
                return _author_of(_phrase(named))
            break
        if any(t.is_quote for t in sent):
            continue  # a quoted speaker's words
        subject = _present_subject(sent.root, group_nouns, stances)
        if subject is None and stances is None and not sent.text.rstrip().endswith("."):
            subject = _title_case_issuer(sent, stances_before_we)
        if subject is None:
            continue
        if sent.text.rstrip().endswith("."):
            if stances is not None or not stances_before_we or _takes_a_stance(sent.root, stances_before_we):
                return _author_of(_phrase(subject))
            # "The Venezuelan government continues to arrest citizens ... The United States reiterates
            # its dismay ... We call for ...": the party the statement is about comes first; the voice
            # is the one that takes a stance before "we"
            described = described or subject
            continue
        headline = headline or subject
    if described is not None:
        return _author_of(_phrase(described))
    return _author_of(_phrase(headline)) if headline is not None and stances is None else None


def _named_stance(sent: Span, stances: frozenset[str]) -> Token | None:
    """The named organisation that takes a stance in the present as the subject of a full sentence
    outside quotations ("Save the Children condemns the killing of civilians."), else None."""
    if not stances or not sent.text.rstrip().endswith(".") or any(t.is_quote for t in sent):
        return None
    subject = _present_subject(sent.root, frozenset(), stances)
    return subject if subject is not None and subject.ent_type_ == "ORG" else None


def _takes_a_stance(root: Token, stances: frozenset[str]) -> bool:
    """Is the main verb, or the adjective it takes ("is deeply concerned"), one of `stances`?"""
    return any(t.lemma_.lower() in stances for t in (root, *(c for c in root.children if c.dep_ == "acomp")))


def _apposition_of_we(we: Token, group_nouns: frozenset[str]) -> Token | None:
    """Who "we" says it is in an apposition: "We, the undersigned organisations, ...", "We the
    Foreign Ministers of Australia, Canada ... are concerned": a group noun, a plural noun or a
    name; None when "we" has no such apposition."""
    if we.lower_ != "we":
        return None
    return next(
        (
            c
            for c in we.children
            if c.dep_ == "appos"
            and c.i > we.i
            and (c.lemma_.lower() in group_nouns or c.tag_ in ("NNS", "NNPS") or c.pos_ == "PROPN" or c.ent_type_)
        ),
        None,
    )


def _first_person_plural(token: Token) -> bool:
    """ "we" or "us", not the "US" of the United States ("partners such as the US and the EU")."""
    return token.lower_ == "we" or (token.lower_ == "us" and token.text != "US")


def _we_are(root: Token, group_nouns: frozenset[str]) -> Span | None:
    """What a sentence "We are a coalition of 30 organisations from ..." names "we" as: the group
    noun and its "of" phrase, without what follows that ("a coalition of 30 organisations"), or the
    people it counts or names by role, whole ("twenty-one activists, ... and journalists from
    nineteen countries"); None when the sentence is no such introduction."""
    if root.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "we" for c in root.children):
        return None
    group = next((c for c in root.children if c.dep_ == "attr" and _names_a_group(c, group_nouns)), None)
    if group is None:
        return None
    belongs = _named_after_of(group)
    if belongs is not None:  # "friends of Huang Xueqin, a journalist who ...": up to the first name
        return root.doc[group.left_edge.i : belongs.end]
    if group.lemma_.lower() not in group_nouns:
        return _phrase(group)  # people: all of them, with where they are from ("... and journalists from 19 countries")
    end = group.i + 1
    of = next((c for c in group.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > group.i), None)
    members = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if members is not None:
        end = members.i + 1
    return root.doc[group.left_edge.i : end]


def _names_a_group(noun: Token, group_nouns: frozenset[str]) -> bool:
    """A group noun ("a coalition of ..."), or people counted or named by their role ("twenty-one
    activists, policy-makers and journalists", "human rights defenders") or by the person or body
    they belong to ("friends of Huang Xueqin", "members of Viasna")."""
    if noun.lemma_.lower() in group_nouns:
        return True
    counted = any(c.dep_ == "nummod" for c in noun.children)
    named = _named_after_of(noun) is not None
    return noun.tag_ == "NNS" and (counted or named or noun.lemma_.lower() in default_lexicon().roles)


def _named_after_of(noun: Token) -> Span | None:
    """The name right after a plural noun's "of" ("friends of Huang Xueqin": Huang Xueqin), else None."""
    doc = noun.doc
    if noun.tag_ != "NNS" or noun.i + 2 >= len(doc) or doc[noun.i + 1].lower_ != "of":
        return None
    of = doc[noun.i + 1]
    named = next((c for c in of.children if c.dep_ == "pobj"), None)
    if named is None or of.head.i != noun.i or named.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP"):
        return None
    name = next(e for e in doc.ents if e.start <= named.i < e.end)
    # from the word after "of": the parser's compound may hold a first name the model left out
    return doc[of.i + 1 : name.end] if named.left_edge.i == of.i + 1 else None


def _present_subject(root: Token, group_nouns: frozenset[str], stances: frozenset[str] | None) -> Token | None:
    """The subject of a main verb in the present (see `first_person_voice`), else None."""
    # the present ("condemns", "call on", "are dismayed at"), not the perfect ("have denounced"),
    # which news and comment use to report what others did
    present = root.tag_ in ("VBZ", "VBP") or any(
        (c.dep_ == "auxpass" or (c.dep_ == "aux" and root.tag_ == "VBG")) and c.tag_ in ("VBZ", "VBP")
        for c in root.children
    )  # also the progressive: "The United States ... is developing a list of sanctions"
    # "X are dismayed" (the parser may hang the subject on the auxiliary: "X | are <- concerned")
    auxiliaries = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    subjects = [
        c
        for t in (root, *auxiliaries)
        for c in t.children
        if c.dep_ in ("nsubj", "nsubjpass") or _name_read_as_clause(c)
    ]
    # "Mr. Chair, the United States is concerned ...": the parser may read the person addressed as
    # a second subject; the one nearest the verb is the subject
    # (and "KUALA LUMPUR (3 October 2025) – The Commission joins ...": the dateline's place read as a
    # second subject)
    subject = (
        max(subjects, key=lambda c: c.i)
        if len(subjects) > 1 and (_addressed(subjects[0]) or subjects[0].ent_type_ in ("GPE", "LOC"))
        else next(iter(subjects), None)
    )
    if subject is not None and subject.ent_type_ in ("GPE", "LOC"):
        # "BANGKOK (3 September 2014) – The UN Human Rights Office ... is concerned": the dateline's
        # place read as the subject; the body after the dash is
        subject = after_dateline(subject, before=root)
    undersigned = subject is not None and any(c.lower_ == "undersigned" for c in subject.children)
    # "the undersigned" are the text's signatories whatever the tense the tagger reads ("the
    # undersigned 28 organizations today condemn ...", "condemn" tagged as a past)
    if not (present or undersigned) or subject is None or subject.pos_ == "PRON":
        return None
    stance = [root, *(c for c in root.children if c.dep_ == "acomp")]  # "is deeply concerned"
    if stances is not None and not any(t.lemma_.lower() in stances for t in stance):
        return None
    named = subject.ent_type_ in ("ORG", "GPE", "NORP") or _untyped_name(subject)
    group = subject.lemma_.lower() in group_nouns or undersigned
    return subject if named or group else None


def _untyped_name(token: Token) -> bool:
    """A proper name of two or more words the model gave no type, as the subject of an active verb
    ("Global Witness strongly condemns ..."), which speaks for a body as a typed one does; not the
    addressee of a passive ("Member States are urged to ...")."""
    return (
        token.dep_ == "nsubj"
        and not token.ent_type_
        and token.pos_ == "PROPN"
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" and not c.ent_type_ for c in token.children)
    )


def _name_read_as_clause(token: Token) -> bool:
    """Is the token a clausal subject that opens a name ("[Save the Children] condemns ...": "Save"
    read as a verb with its object)?"""
    return token.dep_ == "csubj" and token.ent_iob_ == "B" and token.ent_type_ == "ORG"


def _title_case_issuer(headline: Span, stances: frozenset[str]) -> Token | None:
    """The organisation or State that opens a Title Case headline before a verb of taking a stance,
    `stances`, in the present: "U.S. Condemns Detention of ...", "EU Welcomes Release of ...". The
    tagger reads such a headline's words as one name ("Condemns" a proper noun), so the words decide."""
    words = [t for t in headline if not t.is_space]
    end = _after_opening_name(words, 0, ("ORG", "GPE", "NORP"))
    verb = words[end] if end is not None and end < len(words) else None
    if verb is None or not verb.is_title or not _present_of(verb.lower_, stances):
        return None
    return headline.doc[words[0].i : words[end - 1].i + 1].root


def _addressed(subject: Token) -> bool:
    """Does a subject open its sentence and end at a comma ("Mr. Chair, ...", "Madam President, ...")?"""
    doc = subject.doc
    sentence_start = subject.sent.start
    opens = all(t.is_space for t in doc[sentence_start : subject.left_edge.i])
    last = max((t.i for t in subject.subtree if not t.is_punct), default=subject.i)  # (the comma may hang on it)
    return opens and last + 1 < len(doc) and doc[last + 1].text == ","


def _in_clause_below(token: Token, verb: Token) -> bool:
    """Is the token in a clause of its own under the verb, one with its own subject? "Parties must
    recognise that women will enrich our democracy": "our" is the country's, not the parties' voice."""
    head = token.head
    while head.i != verb.i and head.head.i != head.i:
        if child_with_dep(head, "nsubj") is not None or child_with_dep(head, "nsubjpass") is not None:
            return True
        head = head.head
    return False


def _inside(token: Token, head: Token) -> bool:
    return head.left_edge.i <= token.i <= head.right_edge.i


def _phrase(token: Token) -> Span:
    """The noun phrase of a subject or apposition, without relative clauses and trailing commas."""
    doc = token.doc
    skip = {
        t.i
        for c in token.children
        if c.dep_ in ("relcl", "acl", "appos", "punct") and not _lists_more_names(token, c)
        for t in c.subtree
    }
    indices = [t.i for t in token.subtree if t.i not in skip]
    start, end = min(indices), max(indices) + 1
    start = first_word(doc, start, token.i)  # "🌐📢 HRW calls for ...": a summary's emoji bullet
    start = after_leading_date(doc, start, end)
    # what a spaced dash or a colon sets off inside the phrase (a list of members: "the foreign
    # ministers of the G7 – Germany, France, ... – and the High Representative") says who they are:
    # the phrase ends before it (a span cannot skip it; the party before it is the one that speaks)
    end = next((t.i for t in doc[token.i + 1 : end] if is_separator(t)), end)
    # a description set off after a name inside the phrase says what it is, and the parser may hang it
    # on the name's last word: "the Scholars for Academic Freedom, [a group of over 200 academics ...]"
    end = next((t.i for t in doc[token.i + 1 : end] if description_aside_end(doc, t.i) is not None), end)
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space) and not _closes(doc, start, end - 1):
        end -= 1
    opened = sum(t.text == "(" for t in doc[start:end]) - sum(t.text == ")" for t in doc[start:end])
    if opened > 0 and end < len(doc) and doc[end].text == ")":
        end += 1  # "(NCHRDU)": the parser hung the closing bracket outside the phrase
    return doc[start:end]


def _lists_more_names(subject: Token, child: Token) -> bool:
    """Is the subject's "apposition" the rest of a list of names with a plural verb ("Right
    Livelihood, ALQST for Human Rights and MENA Rights Group remain concerned"): one name is no
    subject of "remain"."""
    return (
        child.dep_ == "appos"
        and subject.dep_ == "nsubj"
        and subject.tag_ == "NNP"
        and subject.head.tag_ == "VBP"
        and child.i > subject.i
        and any(t.dep_ == "cc" and t.lower_ == "and" for t in child.subtree)
    )


def _closes(doc: Doc, start: int, i: int) -> bool:
    """Does the bracket at `i` close one opened after `start` ("X (AsiaDHRRA)")?"""
    return doc[i].text == ")" and any(t.text == "(" for t in doc[start:i])


def _author_of(span: Span) -> Author:
    return Author(span.text, span.start_char, span.end_char)


def is_first_person(token: Token | None) -> bool:
    return token is not None and token.lower_ in _FIRST_PERSON
