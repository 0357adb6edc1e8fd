"""Parties: who demands (actor) and of whom (target), with pronouns, roles, documents, headlines
and quotes resolved to the named party the text allows."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

import numpy
from spacy.attrs import IS_PUNCT, IS_SPACE, POS
from spacy.symbols import NOUN
from spacy.tokens import Doc, Span, Token

from pipeline.extract.demands.author import HEAD_LINES, Author, document_author, first_person_voice, group_voice
from pipeline.extract.demands.frames import Frame, reviewed_state
from pipeline.extract.demands.lexicon import Lexicon
from pipeline.extract.demands.links import name_head
from pipeline.extract.demands.spans import (
    closes_quotation,
    inside_a_quotation,
    is_document_prep,
    lines_from,
    named_list_start,
    names_a_document,
    opens_quotation,
)
from pipeline.extract.demands.syntax import (
    according_to,
    after_dateline,
    after_leading_date,
    agent_of,
    child_with_dep,
    first_word,
    in_salutation,
    inverted_attribution_speaker,
    is_definite,
    is_party,
    is_party_like,
    is_separator,
    is_set_off_apposition,
    is_set_off_participle,
    is_time_modifier,
    lost_attribution_subject,
    must_or_should,
    name_before_verb_after_dateline,
    phrase_bounds,
    relative_antecedent,
    s_form_stem,
    subject_of,
    trim_edges,
)
from pipeline.nlp.gazetteer import countries_with_article, default_gazetteer, default_lexicon, slug, state_named
from pipeline.nlp.sentences import line_ends

# Possessive pronouns that stand for a party ("its report", "their statement").
_POSSESSIVE_PRONOUNS = {"its": "sing", "their": "plur"}

_PERSONAL_PRONOUNS = {
    "it": "sing",
    "they": "plur",
    "them": "plur",
    "he": "person",
    "she": "person",
    "him": "person",
    "her": "person",
}


# Longest prefix or suffix of a headline that can still name its actor ("UN human rights
# experts:"): the corpus' longest is 4 tokens; 10 leaves room for "UN Special Rapporteur on ...".
_MAX_ATTRIBUTION_TOKENS = 10


# Sentences searched backwards for the antecedent of "it"/"they"/"she": the previous paragraph
# at most, where a list's items count as sentences of their own (a lettered list of 3-5 items).
_ANTECEDENT_WINDOW = 6
# Most sentences looked back over for a "he"/"she" that earlier sentences keep saying
_CHAIN_LIMIT = 30

_QUOTES = ('"', "“", "”", "«")
_SINGLE_QUOTES = ("'", "‘")
# First-person paragraphs without marks searched back for the line that introduces them ("The
# director said:").
_QUOTED_PARAGRAPHS = 4
# Words that make a paragraph first-person speech.
_FIRST_PERSON = frozenset({"i", "we", "my", "our", "me", "us"})
# Paragraphs of one quotation searched back for the paragraph that introduces it: each opens with a
# mark, so the quotation itself bounds the search; this only caps it (press releases quote a
# spokesperson in five paragraphs and more: "X said:" / "“The Chinese government's ..." / ... /
# "“... They must be released immediately.”").
_QUOTATION_PARAGRAPHS = 10


@dataclass(frozen=True)
class Party:
    """An actor or target as written, and the gazetteer id of an entity named in it."""

    text: str = ""
    entity_id: str = ""
    # a person who signs a letter or delivers a statement (`author.Author.signed`, `.delivered`): the
    # text's "we" is a group they speak for, not them
    signs_or_delivers: bool = False


def find_first_mentions(doc: Doc, lexicon: Lexicon) -> dict[tuple[str, str], Token]:
    """First mention of every document noun ("report", "resolution"), by lemma and tag."""
    first: dict[tuple[str, str], Token] = {}
    for i in (doc.to_array(POS) == NOUN).nonzero()[0].tolist():  # Token objects for the nouns only
        token = doc[i]
        if token.lemma_.lower() in lexicon.document_nouns:
            first.setdefault((token.lemma_.lower(), token.tag_), token)
    return first


def voice_party(doc: Doc, lexicon: Lexicon, stance: bool = False) -> Party | None:
    """The organisation or State a statement names as itself before it says "we"
    (`author.first_person_voice`), as a party; with `stance`, only one that takes a stance
    ("X condemns ...", `stance_verbs`); None when it names none."""
    stances = lexicon.stance_verbs if stance else None
    return _party_of_author(doc, first_person_voice(doc, lexicon.organisation_nouns, stances, lexicon.stance_verbs))


def group_party(doc: Doc, lexicon: Lexicon) -> Party | None:
    """The group "we" stands for in a letter one person signs (`author.group_voice`), as a party."""
    return _party_of_author(doc, group_voice(doc, lexicon.organisation_nouns))


def author_party(doc: Doc, lexicon: Lexicon, text: str | None = None) -> Party | None:
    """The document's author (`author.document_author`) as a party, or None when it does not say;
    `text` is `doc.text` when the caller has it."""
    author = document_author(
        doc,
        lexicon.closings,
        lexicon.title_nouns,
        lexicon.closing_formulas,
        text,
        lexicon.document_symbols,
        lexicon.author_labels,
        lexicon.speaking_verbs,
        lexicon.speech_openings,
        lexicon.person_roles,
        lexicon.authoring_verbs,
    )
    party = _party_of_author(doc, author)
    if party is not None and _names_a_spokesperson(party.text, lexicon):
        # "Statement by the Spokesperson": the spokesperson speaks for a body, which "we" is
        return replace(party, signs_or_delivers=True)
    span = doc.char_span(author.start, author.end, alignment_mode="expand") if party is not None else None
    holder = _holder_named_after_title(span) if span is not None and not author.cosigners else None
    if holder is not None:
        # "Statement by the Resident Coordinator, June Kunugi": the person who holds the title, by name
        return Party(holder.text, _entity_id(holder), party.signs_or_delivers)
    if span is not None and not author.body:
        # "Statement by the Human Rights Commissioner" over "Bärbel Kofler, Federal Government
        # Commissioner for ..., issued the following statement": the one person holding the role
        return _role_holder(span.root, lexicon) or party
    return party


def _holder_named_after_title(span: Span) -> Span | None:
    """The person's name that closes an author's title after a comma ("the UN High Commissioner for
    Human Rights, Michelle Bachelet"), else None."""
    doc = span.doc
    name = _closing_person(doc, span.start, span.end)
    if name is None or name.start - 1 <= span.start or doc[name.start - 1].text != ",":
        return None
    roles = default_lexicon().roles - _COURTESY_TITLES
    return name if any(t.lower_ in roles for t in doc[span.start : name.start - 1]) else None


def _names_a_spokesperson(name: str, lexicon: Lexicon) -> bool:
    """Is the name a spokesperson's role and no one's name ("the Spokesperson", "Spokesperson of the
    High Representative"; not "Spokesperson Peter Stano")?"""
    role = name_head(name).split()
    return bool(role) and role[-1].lower() in lexicon.spokesperson_nouns


def _party_of_author(doc: Doc, author: Author | None) -> Party | None:
    if author is None:
        return None
    if author.body:  # a UN document symbol's body, by its name
        entry = default_gazetteer().lookup(author.body)
        return Party(author.body, entry.id if entry is not None else "")
    span = doc.char_span(author.start, author.end, alignment_mode="expand")
    state = _state_of_delegation(author.text)
    if state is not None:
        return state
    names = (_listed_persons_without_roles(span) if span is not None else None) or author.names
    return Party(names, _entity_id(span) if span is not None else "", author.signed or author.delivered)


def _listed_persons_without_roles(span: Span) -> str | None:
    """The names alone of persons listed each with a role after a comma, as a joint statement's
    title lists its authors ("Mark Lowcock, Under-Secretary-General for ..., Henrietta Fore, UNICEF
    Executive Director, and Natalia Kanem, ... Executive Director" -> "Mark Lowcock, Henrietta Fore
    and Natalia Kanem"): the span cut at its commas is name, role, name, role ..., each name in
    proper nouns alone and the first two typed persons (the model may type a later one a place); None
    when the span is no such list."""
    if any("\n" in t.text for t in span):
        return None
    segments: list[list[Token]] = [[]]
    for token in span:
        if token.text == ",":
            segments.append([])
        elif not (token.lower_ == "and" and not segments[-1]):
            segments[-1].append(token)
    if len(segments) < 4 or len(segments) % 2 or not all(segments):
        return None
    names, roles = segments[0::2], segments[1::2]
    # "Ms. Pramila Patten, UN Special Representative ..., and Ms. Sima Bahous, ...": the names without "Ms."
    names = [name[1:] if len(name) > 1 and name[0].lower_ in _COURTESY_TITLES else name for name in names]
    if not all(len(name) <= 4 and all(t.pos_ == "PROPN" for t in name) for name in names):
        return None
    if any(t.ent_type_ != "PERSON" for name in names[:2] for t in name):
        return None
    if any(t.ent_type_ == "PERSON" for role in roles for t in role):
        return None
    texts = [span.doc[name[0].i : name[-1].i + 1].text for name in names]
    return f"{', '.join(texts[:-1])} and {texts[-1]}"


# "the Delegation of X", "the Permanent Mission of X": the State X speaks through it
_DELEGATION = re.compile(r"(?i:the\s+)?(?:Permanent\s+)?(?:Delegation|Mission)\s+of\s+(?:the\s+)?(?P<state>[A-Z].*)")


def _state_of_delegation(name: str) -> Party | None:
    """The State a delegation or permanent mission speaks for, as the gazetteer names it: "the
    Delegation of the United States of America" -> "United States" (a statement "as delivered by"
    it is the State's); None for any other name."""
    found = _DELEGATION.fullmatch(name.strip())
    entry = default_gazetteer().lookup(found.group("state")) if found is not None else None
    return Party(entry.canonical, entry.id) if entry is not None and entry.label == "GPE" else None


def resolve_actor(
    frame: Frame,
    lexicon: Lexicon,
    first_mentions: dict[tuple[str, str], Token],
    author: Party | None = None,
    voice: Party | None = None,
    stance: Party | None = None,
    lede: Party | None = None,
    reporter: Party | None = None,
) -> Party:
    """The actor as written, resolved: a pronoun to its antecedent, "we"/"I" to the quoted speaker
    or the document's author, and "we" else to the `voice` that named itself before speaking
    (`voice_party`); with none in the sentence, a quoted speaker or the party the sentence is
    "according to", a headline's attribution, the document's author, the organisation whose
    stance the statement gives (`stance`), the speaker its lede names (`lede_voice`) or the
    organisation the report speaks as (`reporting_voice`)."""
    token = frame.actor
    if token is not None and token.lower_ in ("we", "i", "us", "me"):  # '"We call on ...," said the opposition leader'
        speaker = (
            _quote_speaker(frame.trigger, lexicon)
            or _introduced_first_person(frame.trigger, lexicon, token.lower_ in ("i", "me"))
            or _reporting_speaker(frame.trigger, lexicon)
        )
        if speaker is not None:
            return speaker
        coordinated = _party_of_coordinated_clause(token) if token.lower_ == "we" else None
        if coordinated is not None:
            return coordinated
        if voice is not None and author is not None and author.signs_or_delivers and token.lower_ in ("we", "us"):
            return voice
        if author is not None:
            return author  # "Let me call on the authorities to ...": the speech's speaker
        if voice is not None and token.lower_ not in ("i", "me"):
            return voice
        headline = _headline_speaker(token.doc, lexicon) if token.lower_ in ("i", "me") else None
        if headline is not None:
            return headline
    named = name_before_verb_after_dateline(token) if token is not None and _dateline(token) else None
    if named is not None:
        return _party(named.start, named.end, token.doc)
    if token is not None:
        token = _antecedent(token, lexicon) or token
        if author is not None and _author_by_head(token, author):
            # "The Committee recommends ..." on a page of the Committee on the Rights of the Child: the
            # body as the sentence names it, and who it is
            return Party(token.text, author.entity_id)
        document = _document_party(token, lexicon, first_mentions) or _document_owner(token, lexicon)
        if document is not None:
            return document
        fuller = (
            _role_holders_in_phrase(token)
            or _fuller_mention(token)
            or _role_holder(token, lexicon)
            or _first_description(token, lexicon)
            or _named_role_holders(token)
            or _named_pair(token)
        )
        if fuller is not None:
            return fuller
        start, end = _actor_bounds(token, frame.trigger, lexicon)
        doc = token.doc
        comma = max((i for i in range(start, token.i) if doc[i].text == ","), default=None)
        if comma is not None and any(t.pos_ == "VERB" for t in doc[start:comma]):
            start = comma + 1  # "decried by monitors as unfair, a UN expert": the clause is not the name
        start, end = _organisation_name_of(token, start, end)
        return _names_without_roles(token, start, end) or _party(start, end, doc)
    speaker = None
    if frame.kind == "modal":
        speaker = (
            _quote_speaker(frame.trigger, lexicon)
            or _according_to(frame.trigger)
            or _lost_subject_speaker(frame.trigger, lexicon)
            or _lede_speaker(frame.trigger, lexicon)
            or _reported_speaker(frame.trigger, lexicon)
        )
    elif frame.kind != "layout":
        # a quoted speaker's "Release them now!", "Demand an end to X" (a demand verb with no subject)
        speaker = _quote_speaker(frame.trigger, lexicon) or _according_to(frame.trigger)
    return speaker or _headline_actor(frame.trigger, lexicon) or author or stance or lede or reporter or Party()


# How many title lines above the first full sentence may hold the headline (a section label such as
# "Statements" or "Press releases" and the publisher's name may come first).
_TITLE_LINES = 4


def _headline_speaker(doc: Doc, lexicon: Lexicon) -> Party | None:
    """The person a headline names as making the call or statement the body then gives in the first
    person ("UNHCR chief Filippo Grandi calls on Australia to end offshore processing" / "... I urge
    Australia to ..."): the first of the title lines above the first full sentence whose subject is a
    person; None when no such line names one."""
    for sent in itertools.islice(doc.sents, _TITLE_LINES):
        if sent.text.rstrip().endswith((".", "!", "?", ";")):
            return None
        root = sent.root
        lemma = root.lemma_.lower()
        subject = child_with_dep(root, "nsubj")
        if subject is None or (lemma not in lexicon.triggers and lemma not in lexicon.statement_verbs):
            continue
        start, end = phrase_bounds(subject)
        if any(t.ent_type_ == "PERSON" for t in doc[start:end]):  # "UN refugee chief [Filippo Grandi]"
            return _names_without_roles(subject, start, end) or _party(start, end, doc)
    return None


def headline_voice(doc: Doc, lexicon: Lexicon) -> Party | None:
    """The person a headline names as speaking (`_headline_speaker`) when the body speaks as "I"
    outside quotation marks: a statement given in its speaker's own words ("UN Human Rights Chief
    Volker Türk calls for accountability" / "I am deeply concerned ... The Government should ..."),
    whose unattributed demands are that person's. None otherwise."""
    first_person = any(t.dep_ == "nsubj" and not inside_a_quotation(doc, t.i) for t in doc if t.text == "I")
    return _headline_speaker(doc, lexicon) if first_person else None


def _party_of_coordinated_clause(we: Token) -> Party | None:
    """The named party that speaks of itself as "we" in the next clause of its sentence: "The United
    States is concerned that X continues to ..., and we call on Iran to ..." -> the United States (a
    State, organisation or group named as the subject of the clause "we" is coordinated with)."""
    verb = we.head
    if we.dep_ != "nsubj" or verb.dep_ != "conj":
        return None
    subject = child_with_dep(verb.head, "nsubj")
    if subject is None or subject.i > we.i or subject.ent_type_ not in ("GPE", "ORG", "NORP"):
        return None
    return _party(*phrase_bounds(subject), we.doc)


def _author_by_head(token: Token, author: Party) -> bool:
    """Does "the Committee" (a capitalised head word with only its article) name the document's
    author by the head of its name ("Committee on the Rights of the Child", "General Assembly")?"""
    if token.lower_ not in default_lexicon().org_heads:
        return False  # a body's head word ("Committee", "Council"), not "the UNICEF Representative"
    bare = all(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    return bare and token.text[:1].isupper() and token.text in author.text.split()


def _according_to(trigger: Token) -> Party | None:
    """The named body or person a sentence is "according to": "The authorities should overturn the
    sentence ..., according to Amnesty International" (a source of facts, "according to reports",
    names no one)."""
    for token in trigger.sent:
        source = according_to(token)
        if source is not None and source.ent_type_ in ("ORG", "PERSON"):
            return _speaker_party(source)
    return None


def _lost_subject_speaker(trigger: Token, lexicon: Lexicon) -> Party | None:
    """The speaker of the sentence's trailing attribution when the parser hung its name on the
    demand before it: "The authorities should release X, the Observatory for the Protection of
    Human Rights Defenders, a partnership of FIDH and OMCT, urged today"."""
    for verb in trigger.sent:
        if verb.i > trigger.i and verb.lemma_.lower() in lexicon.reporting_verbs:
            speaker = lost_attribution_subject(verb) or inverted_attribution_speaker(verb, lexicon)
            if speaker is not None:
                return _party(speaker.start, speaker.end, verb.doc)
    return None


def lede_voice(doc: Doc, lexicon: Lexicon) -> Party | None:
    """The speaker a press release's lede names: its first full sentence ends with "..., Amnesty
    International said today" (or opens "X said today that ..."), or says that X adopted or issued
    a text ("The European Parliament adopted a resolution on ...", a page quoting the text's
    paragraphs); where a later demand names no speaker, the release goes on in that voice. None
    when the lede attributes nothing. A lede that is itself an unattributed call ("The government
    must respect the right to protest ...") may be attributed by the next full sentence ("CIVICUS
    has called on the authorities to ...")."""
    lede_calls = False
    for sent in doc.sents:
        if not sent.text.rstrip().endswith((".", "!")) or len(sent) < 8:
            continue  # a title or heading: the lede is the first full sentence
        verb = sent.root
        # the named subject: the parser may give the verb a second one ("Dozens have disappeared, some
        # for a decade, Human Rights Watch said": "some" as well)
        subject = next(
            (
                c
                for c in verb.children
                if c.dep_ == "nsubj"
                and c.pos_ in ("NOUN", "PROPN")
                and any(t.ent_type_ in ("ORG", "PERSON") for t in c.subtree)
            ),
            None,
        )
        reports = verb.lemma_.lower() in lexicon.reporting_verbs and _reports_a_clause(verb)
        if lede_calls and not reports:
            # "X has called on the authorities to uphold ...": a call verb with its infinitive
            calls = verb.lemma_.lower() in lexicon.triggers
            reports = calls and any(t.tag_ == "VB" and t.dep_ in ("xcomp", "ccomp", "advcl") for t in verb.subtree)
        if subject is not None and (reports or _authors_a_text(verb, lexicon)):
            return _speaker_party(subject)
        if lede_calls or not _unattributed_call(verb, lexicon):
            return None
        lede_calls = True
    return None


def _unattributed_call(verb: Token, lexicon: Lexicon) -> bool:
    """Is the sentence a call that names no one making it: its root takes a modal of obligation
    ("The government must respect ...", "Authorities should release ...")?"""
    return any(c.dep_ == "aux" and c.lower_ in lexicon.modals for c in verb.children)


def _authors_a_text(verb: Token, lexicon: Lexicon) -> bool:
    """Is the verb one of adopting or issuing a text, with the text its object ("adopted a
    resolution", "issued a joint statement"; not "made the right decision", which is deciding)?"""
    lemma = verb.lemma_.lower()
    return lemma in lexicon.authoring_verbs and any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in lexicon.document_nouns
        and not (lemma == "make" and c.lemma_.lower() == "decision")
        for c in verb.children
    )


def _reports_a_clause(verb: Token) -> bool:
    """Does the reporting verb report a clause: its that-clause or the clause before it ("X is a grave
    escalation, Amnesty said"), which the parser may also hang on it as an adverbial clause when no
    conjunction or "when" opens it ("Dozens of people have been disappeared ..., HRW said")?"""
    return any(
        c.dep_ == "ccomp"
        or (c.dep_ == "advcl" and c.i < verb.i and not any(m.dep_ == "mark" or m.tag_ == "WRB" for m in c.children))
        for c in verb.children
    )


# Clauses an organisation must be the subject of to be the voice a report speaks in.
_REPORTING_CLAUSES = 3


def reporting_voice(doc: Doc) -> Party | None:
    """The organisation a report speaks as: the one named as the subject of a verb in at least
    `_REPORTING_CLAUSES` clauses and in more than any other ("Amnesty International interviewed 55
    former detainees ... Amnesty International documented ... Amnesty International believes ..."),
    whose recommendations, listed without a subject ("To the Government of X" / "- Release ..."),
    are its own. None when no organisation is."""
    mentions: dict[str, list[Span]] = {}
    for entity in doc.ents:
        if entity.label_ == "ORG" and entity.root.dep_ == "nsubj" and entity.root.head.pos_ in ("VERB", "AUX"):
            mentions.setdefault(entity.text, []).append(entity)
    ranked = sorted(mentions.values(), key=len, reverse=True)
    if not ranked or len(ranked[0]) < _REPORTING_CLAUSES or (len(ranked) > 1 and len(ranked[1]) == len(ranked[0])):
        return None
    first = ranked[0][0]
    return _party(first.start, first.end, doc)


def _organisation_name_of(token: Token, start: int, end: int) -> tuple[int, int]:
    """The organisation's name alone where an actor phrase sets a description beside it with a
    comma: "Global civil society alliance, CIVICUS" (a common noun whose phrase ends with the name)
    -> "CIVICUS"; "Reporters Without Borders, the press watchdog", "Human Rights Watch, or HRW" (the
    name first, then a description or its acronym) -> the name. A list of names stays whole."""
    doc = token.doc
    names = [e for e in doc.ents if start <= e.start and e.end <= end and e.label_ == "ORG"]
    if token.ent_type_ == "ORG":
        name = next((e for e in names if e.start <= token.i < e.end), None)
        if name is None or name.end + 2 > end or doc[name.end].text != ",":
            return start, end
        tail = doc[name.end + 1 : end]
        acronym = len(tail) >= 2 and tail[0].lower_ == "or" and tail[1].is_upper and tail[1].is_alpha
        # a description: a common noun phrase, no name and no list ("the press watchdog")
        described = tail[0].pos_ == "DET" and not any(t.pos_ in ("PROPN", "CCONJ") or t.ent_type_ for t in tail)
        return (start, name.end) if acronym or described else (start, end)
    if token.pos_ != "NOUN" or token.ent_type_ or not names:
        return start, end
    last = names[-1]
    trailing = last.end == end or (last.end + 1 == end and doc[last.end].is_punct)
    opens = last.start - 1 - (doc[last.start - 1].lower_ == "the")
    if trailing and opens > start and doc[opens].text == "," and token.i < opens:
        return last.start - (doc[last.start - 1].lower_ == "the"), last.end
    return start, end


def _names_without_roles(token: Token, start: int, end: int) -> Party | None:
    """The names alone of named persons whose roles follow them in apposition: "Agnès Callamard,
    the Special Rapporteur on ..., and Irene Khan, the Special Rapporteur on ..." -> "Agnès
    Callamard and Irene Khan", "Kenneth Roth, executive director of Human Rights Watch" -> "Kenneth
    Roth", or precede the name: "The Council of Europe Commissioner for Human Rights, Michael
    O'Flaherty" -> "Michael O'Flaherty" (entities.csv keeps the roles). None when the phrase is
    no such name."""
    doc = token.doc
    closing = _closing_person(doc, start, end)
    owned = None if closing is None else _name_after_owned_title(closing, start) or _name_after_title(closing, start)
    if owned is not None:
        return Party(owned.text, _entity_id(doc[start:end]))
    if token.ent_type_ != "PERSON":
        named = next(
            (
                c
                for c in token.children
                if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i < end and doc[c.left_edge.i - 1].text == ","
            ),
            None,
        )
        if named is None:
            closing = _closing_appositive_name(doc, start, end)
            if closing is not None:  # the name alone, without the title words the parser compounds on it
                return Party(closing.text, _entity_id(doc[start:end]))
            titled = _name_with_role_after(token, end)
            if titled is not None:
                return Party(titled.text, _entity_id(doc[start:end]))
        if named is None or any(c.dep_ == "conj" for c in named.children):
            return None  # "The experts, Ana Vel and Tom Roe, ...": a list, left whole
        first = min([named.i, *(c.i for c in named.children if c.dep_ == "compound")])
        entity = next(e for e in doc.ents if e.start <= named.i < e.end)
        return Party(doc[min(first, entity.start) : max(named.i + 1, entity.end)].text, _entity_id(doc[start:end]))
    heads, roles = [token], 0
    for head in heads:  # grows: a second name may hang on the first one's role ("..., and Irene Khan")
        for child in head.children:
            if child.dep_ == "conj" and child.ent_type_ == "PERSON" and start <= child.i < end:
                heads.append(child)
            elif child.i > head.i and child.ent_type_ != "PERSON" and _role_after_comma(child):
                roles += 1
                heads.extend(c for c in child.children if c.dep_ == "conj" and c.ent_type_ == "PERSON" and c.i < end)
    if not roles:
        return None
    names = [next((e for e in doc.ents if e.start <= head.i < e.end), doc[head.i : head.i + 1]) for head in heads]
    names = sorted({(n.start, n.end): n for n in names}.values(), key=lambda n: n.start)
    text = names[0].text if len(names) == 1 else ", ".join(n.text for n in names[:-1]) + " and " + names[-1].text
    return Party(text, _entity_id(doc[start:end]))


def _name_with_role_after(token: Token, end: int) -> Span | None:
    """A proper name the model did not read as a person's, set off before a role that only a person
    holds ("Oryem Nyeko, Africa researcher at Human Rights Watch", read as an organisation): the name
    alone; None otherwise ("Amnesty International, a global movement" has no person’s role)."""
    if token.pos_ != "PROPN":
        return None
    roles = default_lexicon().roles
    role = next(
        (
            c
            for c in token.children
            if c.dep_ == "appos"
            and c.i < end
            and c.lemma_.lower() in roles
            and token.doc[c.left_edge.i - 1].text == ","
        ),
        None,
    )
    if role is None or any(c.dep_ == "conj" for c in (token, *token.children, role, *role.children)):
        return None  # "The UN Secretary General, the High Commissioner, and myself": a list of speakers
    first = min([token.i, *(c.i for c in token.children if c.dep_ == "compound" and c.i < token.i)])
    name = token.doc[first : token.i + 1]
    # a title is no name: "The UN Secretary General, the UN High Commissioner ..."
    return None if any(t.lemma_.lower() in roles for t in name) else name


def _role_after_comma(child: Token) -> bool:
    """Is this child of a person's name the role after it: an apposition, or a phrase after a comma
    that the parser coordinated with the name because of an "and" inside the role ("Hassiba Hadj
    Sahraoui, Deputy Middle East and North Africa Director at Amnesty International")?"""
    if child.dep_ == "appos":
        return True
    comma = child.doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
    roles = default_lexicon().roles
    return (
        child.dep_ == "conj"
        and comma is not None
        and comma.text == ","
        and any(t.lemma_.lower() in roles and not t.ent_type_ for t in child.subtree)
    )


def _closing_person(doc: Doc, start: int, end: int) -> Span | None:
    """The person's name that closes tokens `start`-`end` after other words, else None."""
    name = next((e for e in doc.ents if e.start < end <= e.end), None)
    if name is None or name.label_ != "PERSON" or name.end != end or name.start <= start:
        return None
    return name


def _name_after_owned_title(name: Span, start: int) -> Span | None:
    """A person's name that closes the phrase after an owner and a title, with no comma between:
    "Amnesty International’s China Campaigner Gwen Lee", "Canada's foreign minister
    Francois-Philippe Champagne", "Russia's Vladimir Putin", "Amnesty International Europe and
    Central Asia Director John Dalhuisen" -> the name."""
    doc = name.doc
    k = name.start - 1
    while k > start and name.start - k <= _TITLE_WORDS and _owned_title_word(doc[k]):
        k -= 1
    # the owner's name itself may close the walk, written without "'s": "Amnesty International Europe
    # and Central Asia Director John Dalhuisen" (a title word at least between it and the name)
    owner = doc[k].ent_type_ == "ORG" and doc[k + 1].ent_iob_ != "I" and name.start - k > 1
    return name if doc[k].tag_ == "POS" or owner else None


def _name_after_title(name: Span, start: int) -> Span | None:
    """A person's name that closes the phrase after the title it holds, with no comma between: "UN
    High Commissioner for Human Rights Navi Pillay", "OSCE Representative on Freedom of the Media
    Dunja Mijatović", "Reporters Without Borders secretary-general Christophe Deloire" -> the name.
    The title runs from the phrase's start, or from a comma after a clause the parser hung on the
    name ("Given concerns about the vote, UN High Commissioner ... Volker Türk"), and holds a role
    word (`roles` of entity_lexicon.json)."""
    doc = name.doc
    roles = default_lexicon().roles - _COURTESY_TITLES
    k, titled = name.start - 1, False
    while k >= start and name.start - k <= _TITLE_SPAN and _word_of_a_title(doc[k]):
        titled = titled or doc[k].lower_ in roles
        k -= 1
    return name if titled and (k < start or doc[k].text == ",") else None


# "Ms. Jane Roe" is how the text names her, not a title she holds
_COURTESY_TITLES = frozenset({"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "prof", "prof.", "sir", "dame"})
# Words at most of a title before a name without a comma ("OSCE Representative on Freedom of the Media").
_TITLE_SPAN = 10
# Lower-case words inside a title: "Special Rapporteur on the situation ...", "director at HRW".
_TITLE_LINKS = frozenset({"the", "of", "for", "on", "to", "at", "and", "'s", "’s"})


def _word_of_a_title(token: Token) -> bool:
    """A word of a title before a name: a title word, an organisation or place it names, a link, or
    the hyphen inside a word ("secretary-general")."""
    hyphen = token.text == "-" and not token.whitespace_ and token.i > 0 and not token.nbor(-1).whitespace_
    return (
        _owned_title_word(token)
        or token.lower_ in _TITLE_LINKS
        or token.ent_type_ in ("ORG", "GPE", "NORP", "LOC")
        or hyphen
    )


def _owned_title_word(token: Token) -> bool:
    """A word of a title after its owner's "'s": a title word, also a region it covers ("China
    Campaigner", "Middle East director")."""
    return _title_word(token) or (token.ent_type_ in ("GPE", "LOC", "NORP") and token.pos_ in ("PROPN", "ADJ"))


def _closing_appositive_name(doc: Doc, start: int, end: int) -> Span | None:
    """A person's name that closes the phrase after a comma, in apposition to a role the parser
    hung it lower in ("the Secretary-General's Special Representative for Afghanistan and head of
    UNAMA, Ján Kubiš": the name on "head"), or after a comma and the title it follows ("Radio Free
    Europe/Radio Liberty, president and CEO Jamie Fly")."""
    last = doc[end - 1]
    if end - start < 3 or last.ent_type_ != "PERSON":
        return None
    name = next((e for e in doc.ents if e.start <= last.i < e.end), None)
    if name is None or name.end != end:
        return None
    comma = name.start - 1
    while comma > start and name.start - comma <= _TITLE_WORDS and _title_word(doc[comma]):
        comma -= 1
    if comma <= start or doc[comma].text != ",":
        return None
    head = name.root
    return name if head.dep_ in ("appos", "conj") and start <= head.head.i < name.start else None


# Words at most of a title between a comma and the name it comes before ("president and CEO").
_TITLE_WORDS = 6
# A line of an inside address: "Minister of Justice Bekir Bozdağ", "Milli Müdafaa Caddesi No: 22".
_ADDRESS_LINE_WORDS = 8


def _title_word(token: Token) -> bool:
    """A word of a title before a name: a noun, adjective or "and" outside any named entity."""
    return not token.ent_type_ and (token.pos_ in ("NOUN", "PROPN", "ADJ") or token.lower_ == "and")


def _actor_bounds(token: Token, trigger: Token, lexicon: Lexicon) -> tuple[int, int]:
    """The token range of the actor phrase headed by `token`, mended where the parser cut or
    stretched it around a headline, a list of speakers or the statement they spoke in."""
    start, end = _whole_name(token, *phrase_bounds(token, without=trigger))
    doc = token.doc
    called = next(
        (c for c in token.children if c.dep_ == "acl" and token.i < c.i < end and c.lemma_.lower() in lexicon.triggers),
        None,
    )
    if called is not None:
        # "The UN rights chief | called Thursday on X to ..., calling for Y": the parser made the
        # speaker's demand verb a clause of the speaker's noun; the name ends before it
        end = called.left_edge.i
    if token.i < trigger.i < end:
        # a subject's phrase ends before its verb: "I call on the belligerents—the SAF and the
        # RSF—to ..." (the parser may hang the names after the verb on "I" as its apposition)
        end = trigger.i
        while end > token.i + 1 and doc[end - 1].is_punct:
            end -= 1
    if end - start > 1 and token.i == end - 1 and _misread_renewal(token, trigger, lexicon):
        end -= 1  # "Amnesty renews call on Egypt to ...": the headline's verb read as the subject's head
    listed = _comma_coordinated_subject(token)
    if listed is not None:  # "More than 30 media outlets, press freedom groups call for ...": both
        start = min(start, phrase_bounds(listed)[0])
    before = start - 1
    while before > 0 and doc[before].lower_ in ("and", "or"):
        before -= 1
    if before > 0 and doc[before].text == "," and token.head.lemma_.lower() in lexicon.reporting_verbs:
        # "..., Human Rights Watch, Amnesty International and 135 other groups said": the first
        # names of the list, which the parser hung on the demand, speak too
        earlier = named_list_start(doc, before, token.sent.start)
        start = earlier + 1 if earlier < before else start
    venue = next(
        (
            t
            for t in doc[token.i + 1 : end]
            if t.dep_ == "prep"
            and (
                is_document_prep(t, lexicon)
                or (t.head == token and doc[t.i - 1].text == "," and t.lower_ not in _MEMBERS_PREPS)
            )
        ),
        None,
    )
    if venue is not None:
        # "said X, the Special Rapporteur on Y, | in a statement at the end of her visit"; a phrase set
        # off by commas says how the speaker spoke, not who: "X, | on behalf of her organization,"
        end = venue.i
        while end > token.i + 1 and doc[end - 1].is_punct:
            end -= 1
    # (a pronoun's description names it: "We, a group of 71 organizations,")
    described = (
        None
        if token.pos_ == "PRON"
        else next((c for c in token.children if token.i < c.i < end and _describes(c)), None)
    )
    if described is not None:
        # "ALQST, | a Saudi rights group based in London,", "The undersigned organizations, |
        # representing authors, artists ...": a description set off by a comma, not the name
        end = described.left_edge.i - 1
        while end > token.i + 1 and doc[end - 1].is_punct and doc[end - 1].text != ")":
            end -= 1  # (an acronym's closing bracket stays: "The Lumen Society (LS), the only ...")
    opened = [t.i for t in doc[start:end] if t.text == "("]
    if opened and not any(t.text == ")" for t in doc[opened[-1] : end]):
        # "..., (IPHR) and World Organisation against Torture | (OMCT": an acronym cut at its
        # bracket goes, as a speaker's acronym after its name does ("Human Rights Watch (HRW)")
        end = opened[-1]
        while end > token.i + 1 and doc[end - 1].is_punct:
            end -= 1
    when = next(
        (
            t
            for t in doc[token.i + 1 : end]
            # (a date after "of" names and stays: "the Belarus Democracy and Human Rights Act of 2011")
            if t.dep_ == "prep" and t.right_edge.i == end - 1 and is_time_modifier(t)
        ),
        None,
    )
    if when is not None:
        end = when.i  # "the team of 18 independent experts | on Thursday voiced alarm": when, not who
    aside = _bracketed_aside_at_end(doc, token.i + 1, end)
    if aside is not None:
        end = aside  # "Catalina Devandas Aguilar (pictured), the UN's ...": a caption's note, not the name
        while end > token.i + 1 and doc[end - 1].is_punct:
            end -= 1
    start = first_word(doc, start, token.i)  # "🚨📢 HRW calls for ...": a summary's emoji bullet
    if start < token.i and doc[start].lower_ in _DAY_WORDS:
        start = first_word(doc, start + 1, token.i)  # "Today UNFPA calls for ...": when, not who
    return start, end


def _bracketed_aside_at_end(doc: Doc, start: int, end: int) -> int | None:
    """Where a bracketed aside in lower case that ends the phrase opens ("(pictured)", "(left)"),
    between `start` and `end`; None when the phrase ends otherwise or its brackets hold a name or an
    acronym ("Human Rights Watch (HRW)")."""
    if end - start < 3 or doc[end - 1].text != ")":
        return None
    opened = next((i for i in range(end - 2, start - 1, -1) if doc[i].text == "("), None)
    words = doc[opened + 1 : end - 1] if opened is not None else []
    if not words or not all(t.is_alpha and t.is_lower for t in words):
        return None
    return opened


# Words for the day a statement is made, which the parser may take into the speaker's name
_DAY_WORDS = frozenset({"today", "yesterday", "tonight"})


def _describes(child: Token) -> bool:
    """Is this dependent a description of the speaker set off by a comma: an apposition with an
    indefinite article ("a Saudi rights group") or a participle ("representing authors")?"""
    doc = child.doc
    first = child.left_edge
    if first.i < 1 or doc[first.i - 1].text != ",":
        return False
    indefinite = child.dep_ == "appos" and first.lower_ in ("a", "an")
    participle = child.dep_ == "acl" and child.tag_ == "VBG" and first.i == child.i
    return indefinite or participle or _describes_a_name(child)


def _describes_a_name(child: Token) -> bool:
    """Is this apposition of a name a definite description of it: "one of the oldest groups",
    "the country's only legal aid organisation", "the United Nations Children's Fund" (the name
    said again in full), not a second party?"""
    named = child.head
    if child.dep_ != "appos" or not (named.pos_ == "PROPN" or named.ent_type_ in ("ORG", "PERSON")):
        return False
    if child.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in child.children):
        return True  # "X, one of 10 treaty bodies,"
    if not is_definite(child):
        return False
    # a common noun describes; a proper name only spells out an acronym ("UNICEF, the United Nations
    # Children's Fund"), else it is one more speaker of a list ("IPHR, Kazakhstan's Coalition against Torture")
    return child.pos_ == "NOUN" or (named.is_upper and len(named.text) > 1)


# prepositions that name more of the speakers after a comma ("the experts, including the Special
# Rapporteur on torture,", "X, with 30 other groups,"), unlike "X, on behalf of her organization,"
_MEMBERS_PREPS = frozenset({"including", "among", "with", "like", "alongside"})


def _comma_coordinated_subject(subject: Token) -> Token | None:
    """A second subject of the same verb right before this one, joined by a comma alone, as
    headlines write "and": "More than 30 media outlets, press freedom groups call for ...". Both
    must name parties (not "Belarus, UN experts ...", a topic before its speakers)."""
    doc = subject.doc
    comma = subject.left_edge.i - 1
    if subject.dep_ != "nsubj" or comma < 1 or doc[comma].text != "," or not is_party(subject):
        return None
    return next(
        (
            c
            for c in subject.head.children
            if c.dep_ == "nsubj"
            and c.i < subject.i
            and c.right_edge.i in (comma - 1, comma)  # the parser may hang the comma on the first
            and is_party(c)
            and c.ent_type_ not in ("GPE", "LOC")
        ),
        None,
    )


def _misread_renewal(token: Token, trigger: Token, lexicon: Lexicon) -> bool:
    """Is this "-s" word right before a call noun a verb of making or repeating a call ("renews",
    "reiterates", "issues") that the tagger read as a plural noun?"""
    return (
        trigger.i == token.i + 1
        and trigger.lower_ in lexicon.call_nouns
        and bool(s_form_stem(token.lower_, lexicon.call_noun_verbs))
    )


def item_actor(frame: Frame, item: tuple[int, int], actor: Party) -> Party:
    """A listed item's actor: the parties its trailing parentheses name, as one row listing them
    all ("Denmark, Estonia"), else the frame's actor."""
    listed = frame.listed.get(item)
    if listed is None or not listed.parties:
        return actor
    doc = frame.trigger.doc
    entity_id = _entity_id(doc[listed.attribution[0] : listed.attribution[1]]) if listed.attribution else ""
    return Party(", ".join(" ".join(name.split()) for name in listed.parties), entity_id)


def reviewed_state_party(doc: Doc, text: str) -> Party | None:
    """The State under review of a UPR Working Group report (`frames.reviewed_state`), as a party."""
    bounds = reviewed_state(doc, text)
    return _party(*bounds, doc) if bounds is not None else None


def resolve_target(frame: Frame, lexicon: Lexicon) -> Party:
    if frame.target_span is not None:
        return _party(*frame.target_span, frame.trigger.doc)
    token = frame.target
    if token is None:
        return Party()
    token = _antecedent(token, lexicon) or token
    start, end = phrase_bounds(token)
    labelled = _labelled_state(token, start, end) or _named_state(token, start, end)
    if labelled is not None:
        return labelled
    first = min((a for a, _b in frame.items), default=end)
    doc = token.doc
    # "called on the authorities | in a joint statement | to stop X": where the call was made
    where = next(
        (c for c in token.children if c.i > token.i and c.dep_ == "prep" and is_document_prep(c, lexicon)), None
    )
    if where is not None and start < where.i < end:
        end = where.i
        while end > start + 1 and doc[end - 1].is_punct:
            end -= 1
    # "urged the government[, led by the Prime Minister,] to ...": the participle describes the
    # addressee. (An actor keeps it: "The UN, also represented by the High Commissioner" names who spoke.)
    described = next((c for c in token.children if is_set_off_participle(c)), None)
    if described is not None and start < described.i < end:
        end = described.left_edge.i - 1
    # "Israel, the NSO Group's home, is also called on to ...": what a named State or body is, set off
    # by commas after its name, describes it
    apposed = next((c for c in token.children if is_set_off_apposition(c)), None)
    if apposed is not None and token.ent_type_ in ("GPE", "ORG") and start < apposed.i < end:
        end = apposed.left_edge.i - 1
    restricted = _restrictive_clause_end(token)
    if restricted is not None and restricted > end:
        end = restricted  # "Countries that retain the death penalty must ...": which countries (up to the demand)
    if start < first < end:  # the parser hung the demand inside the addressee: stop before its "to"
        end = first
        while end > start + 1 and (doc[end - 1].tag_ in ("TO", "MD") or doc[end - 1].is_punct):
            end -= 1
    else:
        # "urged all, | including security forces, protesters and others, | to refrain from ...": more
        # of the addressees, set off by commas
        members = end + 1 < first and doc[end].text == "," and doc[end + 1].lower_ in _MEMBERS_PREPS
        prep = end + 1 if members else end
        after = doc[prep].right_edge.i + 1 if prep < first else first
        if prep > end and after < first and doc[after].text == ",":
            after += 1  # the comma that closes the set-off phrase
        if (
            prep < first
            and doc[prep].dep_ == "prep"
            and doc[prep].head.i == frame.trigger.i
            and not names_a_document(doc[prep], lexicon)  # nor where it is to be met: "in its next report"
            and not is_time_modifier(doc[prep])  # "urged the Thai government | on Thursday | to halt X"
            and after == first - 1
            and doc[first - 1].tag_ == "TO"
        ):
            # "urges all parties | to the conflict | to protect ...": the parser hangs the addressee's own
            # prepositional phrase on the verb; it runs up to the demand's "to"
            end = doc[prep].right_edge.i + 1
            while end > start + 1 and doc[end - 1].is_punct:
                end -= 1
    if end - start > 1 and doc[end - 1].lower_ in ("and", "or") and end < first <= end + _COORDINATED_WORDS:
        # "Urge the European Commission and | the member states to ...": the parser read the second
        # addressee's noun as a verb; the addressees run on to the demand's "to"
        end = first - 1 if doc[first - 1].tag_ == "TO" else end - 1
    return _party(start, end, doc)


# The most words of an addressee coordinated after "and" that the parser cut off from the first
_COORDINATED_WORDS = 6


# How treaty bodies' findings name the State a paragraph is about
_STATE_PARTY = re.compile(r"^(?:the\s+)?State(?:\s+party)?$", re.IGNORECASE)


def _labelled_state(token: Token, start: int, end: int) -> Party | None:
    """The State "the State party" stands for in a paragraph its name labels, as news of a treaty
    body's findings on several countries prints them ("Burkina Faso: The Committee ... encourages the
    State to speed up ..."); None elsewhere."""
    doc = token.doc
    if not _STATE_PARTY.match(doc[start:end].text):
        return None
    paragraph = _paragraph_of(token.sent)
    first = paragraph[0]
    colon = next((t for t in first if t.text == ":" and t.i < token.i), None)
    if colon is not None:
        label = doc[first.start : colon.i]  # "Burkina Faso: The Committee ..."
    elif first.start > 0:
        label = _paragraph_of(doc[first.start - 1].sent)[0]  # a heading line of its own: "Azerbaijan"
    else:
        return None
    words = [t for t in label if not t.is_space and not t.is_punct]
    if not words or len(words) > 6 or not all(t.ent_type_ in ("GPE", "LOC") for t in words):
        return None
    return _party(words[0].i, words[-1].i + 1, doc)


def _named_state(token: Token, start: int, end: int) -> Party | None:
    """The State "the country" or "the Government" a demand addresses stands for: the one named last
    before it in its paragraph, else the one the document names most outside the demand's sentence
    ("In 2011, CAT invited the country to ratify CPED" -> "Slovenia"; "the Government should ..." ->
    "Government of Sri Lanka"; not a State the demand itself names: "that the Government cooperate
    with Switzerland"); None when no State is named or none stands out."""
    doc = token.doc
    if token.lower_ not in ("country", "government") or end - start != 2 or doc[start].lower_ != "the":
        return None
    gazetteer = default_gazetteer()
    paragraph_start = _paragraph_of(token.sent)[0].start
    named = [
        (entity.start, entry)
        for entity in doc.ents
        if entity.label_ in ("GPE", "NORP") and (entry := state_named(gazetteer, entity.text)) is not None
    ]
    before = [entry for at, entry in named if paragraph_start <= at < start]
    if before:
        state = before[-1]
    else:
        sent = token.sent
        ranked = Counter(entry for at, entry in named if not sent.start <= at < sent.end).most_common(2)
        if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        state = ranked[0][0]
    if token.lower_ == "country":
        return Party(state.canonical, state.id)
    the = "the " if state.canonical in countries_with_article() else ""
    government = f"Government of {the}{state.canonical}"
    return Party(government, f"org:{slug(government)}")


def _restrictive_clause_end(token: Token) -> int | None:
    """The end of a relative clause without a comma that says which of a plural addressee are
    meant ("States that have not yet done so", "Countries that retain the death penalty", "those
    who are close to them", "countries where the death penalty is in place"), up to the demand's
    to-clause if the parser hung it on the clause; None for any other addressee."""
    clause = next((c for c in token.children if c.dep_ == "relcl" and c.i > token.i), None)
    if clause is None or (token.tag_ not in ("NNS", "NNPS") and token.lower_ != "those"):
        return None
    opening = clause.left_edge
    if opening.i != token.i + 1 or opening.lower_ not in ("that", "who", "which", "where"):
        return None
    infinitive = next(
        (c for c in clause.children if c.dep_ == "advcl" and c.i > clause.i and c.left_edge.lower_ == "to"), None
    )
    return infinitive.left_edge.i if infinitive is not None else clause.right_edge.i + 1


def addressee(frames: Sequence[Frame], lexicon: Lexicon, reader: Party | None) -> Party | None:
    """Whom a letter asks: the named target of its first "we/I urge X to ..." demand, else its
    `reader` (what `letter_reader` found, or None)."""
    for frame in frames:
        actor, target = frame.actor, frame.target
        if actor is not None and actor.lower_ in ("we", "i") and target is not None and target.pos_ != "PRON":
            return resolve_target(frame, lexicon)
    return reader


def letter_reader(doc: Doc, lexicon: Lexicon, text: str | None = None) -> Party | None:
    """Whom a letter is written to, from its head: the name after its salutation ("Dear Minister
    Smith,"), a "To" line ("To Permanent Representatives of Member and Observer States of the UN
    Human Rights Council"), else the person of its inside address styled "Her Excellency X" or
    "H.E. X", else the one the inside address names when the salutation is a style alone ("Your
    Majesty,"), else None. "Your delegation" in the letter is the reader's. `text` is `doc.text`
    when the caller has it."""
    short = _short_lines(doc)
    # "To the Government of X" / "To the UN Human Rights Council" / ...: the headings of a report's
    # recommendations to several parties, none of them the reader of a letter
    sections = sum(1 for line in short if _to_line(line)) > 1
    for line in short:
        words = [t for t in line if not t.is_space]
        longest = 16 if words and words[0].lower_ == "to" else 8  # a "To" line may name a whole body
        if len(words) >= 2 and words[0].lower_ == "to" and (words[1].tag_ == "VB" or sections):
            continue  # "To join the march, you should ...": an infinitive, no address
        if 2 <= len(words) <= longest and words[0].lower_ in lexicon.salutations:
            end = len(words) - (1 if words[-1].is_punct else 0)
            first = 2 if len(words) > 2 and words[1].is_punct else 1  # "To: Sheikh Hasina"
            named = words[first:end]
            nameless = lexicon.nameless_salutations | lexicon.styles_of_address  # "Dear Sir,", "Dear Excellency,"
            if named and all(t.lower_ in nameless or t.is_punct for t in named):
                address = _inside_address(doc, line)  # "Dear Sir,", "Dear Sirs/Madams,": the inside address says
                if address is not None:
                    return address
            if end > first:
                roles = {t.lemma_.lower() for t in named if t.lemma_.lower() in lexicon.person_roles}
                if roles and not any(t.ent_type_ == "PERSON" for t in named):
                    # "Dear Prime Minister," / "Dear Madame President,": the holder the letter names
                    holder = _only_holder(doc, tuple(sorted(roles)))
                    if holder is not None:
                        return _party(holder.start, holder.end, doc)
                comma = max((k for k, t in enumerate(named) if t.text == ","), default=None)
                if comma is not None and any(t.ent_type_ == "PERSON" for t in named[comma + 1 :]):
                    # "Dear High Commissioner, Ms. Bachelet:": the person the title is followed by
                    return _party(named[comma + 1].i, words[end - 1].i + 1, doc)
                return _party(words[first].i, words[end - 1].i + 1, doc)
    for line in short:
        # the inside address of a diplomatic letter, its salutation nameless ("Your Excellency:"):
        # "Her Excellency Michelle Bachelet" / "H.E. Mr. Antonio Guterres" on a line of its own
        words = [t for t in line if not t.is_space]
        styled = len(words) >= 3 and (
            (words[0].lower_ in ("his", "her") and words[1].lower_ == "excellency") or words[0].text == "H.E."
        )
        if styled and len(words) <= 8:
            name = next((e for e in doc.ents if e.label_ == "PERSON" and line.start <= e.start < line.end), None)
            if name is not None:
                return _party(name.start, name.end, doc)
    for line in short:
        # a salutation by style alone ("Your Majesty,", "Your Excellency:", "Excellency,"): the inside
        # address says, else the government the letter names by that style
        words = [t for t in line if not t.is_space and not t.is_punct]
        styled = 2 <= len(words) <= 3 and words[0].lower_ == "your"
        style = words[0].lower_ if len(words) == 1 else ""
        bare = style in lexicon.salutations and style in lexicon.styles_of_address  # "Excellency,"
        if (styled and all(t.lower_ in lexicon.styles_of_address for t in words[1:])) or bare:
            # (else the title says: "Open Letter to Member States of the UN Human Rights Council")
            return _inside_address(doc, line) or styled_government(doc, text) or _title_addressee(doc, lexicon)
    return _title_addressee(doc, lexicon)


# The reader's government named by the reader's style, the formula of UN special procedures'
# communications and of diplomatic notes: "your Excellency's Government", "the Government of His
# Excellency".
_STYLED_GOVERNMENT = re.compile(
    r"\b(?:your|his|her)\s+excellency['’]s\s+government\b|\bgovernment\s+of\s+(?:your|his|her)\s+excellency\b",
    re.IGNORECASE,
)


def is_styled_government(text: str) -> bool:
    """Does a party name the reader's government by the reader's style ("your Excellency's
    Government", "the Government of His Excellency")?"""
    return _STYLED_GOVERNMENT.search(text) is not None


def styled_government(doc: Doc, text: str | None = None) -> Party | None:
    """The government a letter names by its reader's style ("your Excellency's Government"), as
    "Government of X": X the State of the permanent mission its head is addressed to ("Permanent
    Mission of the Republic of Ecuador"), else the State the letter names most often, at least twice
    and more than twice as often as any other State; None when it names no government so or no
    State stands out."""
    text = doc.text if text is None else text
    if not is_styled_government(text):
        return None
    gazetteer = default_gazetteer()
    for line in itertools.islice(lines_from(doc, 0), HEAD_LINES):
        mission = _state_of_delegation(line.text)
        if mission is not None:
            return Party(f"Government of {mission.text}", mission.entity_id)
    named: Counter[str] = Counter()
    states: dict[str, str] = {}
    for entity in doc.ents:
        entry = state_named(gazetteer, entity.text) if entity.label_ in ("GPE", "NORP") else None
        if entry is not None:
            named[entry.id] += 1
            states[entry.id] = entry.canonical
    ranked = named.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] <= 2 * ranked[1][1]):
        return None
    state = ranked[0][0]
    return Party(f"Government of {states[state]}", state)


def _to_line(line: Span) -> bool:
    """Is `line` a "To" line naming a party ("To the Minister of Justice", "To: Sheikh Hasina")?"""
    words = [t for t in line if not t.is_space and not t.is_punct]
    return len(words) >= 2 and words[0].lower_ == "to" and words[1].tag_ != "VB"


def _short_lines(doc: Doc) -> list[Span]:
    """The lines a salutation, a "To" line or an inside address can be, in order: at most 16 words
    (punctuation counted), or two or three words without it. Counted from arrays, so the long
    lines of a text's body cost no Token objects."""
    space, punct = doc.to_array([IS_SPACE, IS_PUNCT]).T.astype(numpy.int64)
    spaces = numpy.concatenate(([0], numpy.cumsum(space))).tolist()
    marks = numpy.concatenate(([0], numpy.cumsum(punct & (1 - space)))).tolist()
    ends = line_ends(doc)
    found = []
    for start, end in zip([0, *ends], [*ends, len(doc)], strict=True):
        if start == end:
            continue  # after a line break that ends the text
        words = end - start - (spaces[end] - spaces[start])
        bare = words - (marks[end] - marks[start])
        if words <= 16 or 2 <= bare <= 3:
            found.append(doc[start:end])
    return found


def _title_addressee(doc: Doc, lexicon: Lexicon) -> Party | None:
    """The addressee a title or lede names after its author: "Letter from X to the Minister of
    Justice", "Following is a letter written by X to Justice Minister Y to withdraw Z" (a kind of
    text among its first words, from/by its author, then "to" and a capitalised party; a
    to-infinitive after it is the letter's purpose, not its reader), or right after the kind of
    text: "Open Letter to Member States of the UN Human Rights Council"."""
    for line in itertools.islice(lines_from(doc, 0), HEAD_LINES):
        words = [t for t in line if not t.is_space]
        noun = next((k for k, t in enumerate(words[:5]) if t.lower_ in lexicon.title_nouns), None)
        if noun is None:
            continue
        after = range(noun + 1, min(noun + 3, len(words)))  # "letter from X", "letter written by X"
        source = next((k for k in after if words[k].lower_ in ("from", "by")), None)
        if source is None and noun + 1 < len(words) and words[noun + 1].lower_ == "to":
            source = noun - 1  # "Open Letter to Member States of ...": the addressee right after the noun
        if source is None:
            continue
        to = next((k for k in range(source + 2, len(words) - 1) if words[k].lower_ == "to"), None)
        if to is None or words[to + 1].tag_ == "VB":
            continue
        end = to + 1
        while (
            end < len(words)
            and not words[end].is_punct
            and not (words[end].lower_ == "to" and end + 1 < len(words) and words[end + 1].tag_ == "VB")
        ):
            end += 1
        named = words[to + 1 : end]
        if named and any(t.text[:1].isupper() for t in named) and len(named) <= 10:
            return _party(named[0].i, named[-1].i + 1, doc)
    return None


def _inside_address(doc: Doc, salutation: Span) -> Party | None:
    """Whom a letter with a nameless salutation is written to: the first line naming a person or
    an organisation in its inside address, the block of short lines above the salutation (dates
    aside): "Minister of Justice Bekir Bozdağ / Milli Müdafaa Caddesi No: 22 / ... / Dear Sir,"."""
    block: list[Span] = []
    above = list(itertools.takewhile(lambda line: line.start < salutation.start, lines_from(doc, 0)))
    subject_line = True  # one line right above the salutation may be the letter's subject, however long
    for line in reversed(above):
        words = [t for t in line if not t.is_space]
        if not words and block:
            continue  # an address written with blank lines between its lines
        if subject_line and words and len(words) > _ADDRESS_LINE_WORDS and not words[-1].is_punct:
            subject_line = False  # "Appeal to accept the report ... , turn away from the Bill" / "Dear Excellency,"
            continue
        subject_line = False
        if not words or len(words) > _ADDRESS_LINE_WORDS or words[-1].text == ".":
            break  # the text above the address
        block.append(line)
    for line in reversed(block):
        named = [e for e in doc.ents if line.start <= e.start < line.end and e.label_ in ("PERSON", "ORG")]
        if named and not any(e.label_ == "DATE" for e in doc.ents if line.start <= e.start < line.end):
            words = [t for t in line if not t.is_space and not (t.is_punct and t.i == line.end - 1)]
            return _party(words[0].i, words[-1].i + 1, doc)
    return None


def _antecedent(token: Token, lexicon: Lexicon) -> Token | None:
    """The named party a pronoun or role word stands for, or None to keep it as written.

    "It also urges" -> subject of a recent sentence ("The report calls for ..."); "the latter" ->
    the last object before it in its sentence ("met with the authorities and called on the latter").
    """
    word = token.lower_
    if word in ("who", "which") and token.tag_ in ("WP", "WDT"):
        # "Poland, the Czech Republic and Hungary, who were invited to join NATO"
        return token.head.head if token.head.dep_ == "relcl" else relative_antecedent(token)
    if word in ("latter", "former"):
        objects = [
            t for t in token.sent if t.i < token.i and t.dep_ in ("dobj", "pobj") and t.pos_ in ("NOUN", "PROPN")
        ]
        if objects:
            return objects[-1] if word == "latter" else objects[0]
        return None
    kind = _PERSONAL_PRONOUNS.get(word) or _POSSESSIVE_PRONOUNS.get(word)
    if kind is None or token.pos_ != "PRON":
        return None
    if word in ("him", "her"):
        # an object pronoun names the person just addressed: "write to the Minister of Justice and urge
        # him to ..." (the coordinated verb's object), "wrote to the Minister, urging him to ..." (the
        # object of the verb the participle hangs on), "In a letter to the Minister, X called on him
        # to ..." (the verb's own fronted phrase); not a subject of earlier sentences
        verb = _governing_verb(token)
        heads = _with_coordinated_head(verb)
        fronted = {t.i for c in verb.children if c.dep_ == "prep" and c.i < verb.i for t in c.subtree}
        # (also one set off by commas that the parser hung on the subject: "X's chief executive, in a
        # letter to Mr. Mukherjee, requested him to ...")
        fronted |= {
            t.i
            for subject in verb.children
            if subject.dep_ == "nsubj"
            for c in subject.children
            if c.dep_ == "prep" and subject.i < c.i < verb.i and token.doc[c.i - 1].text == ","
            for t in c.subtree
        }
        named = [
            t
            for t in token.sent
            if t.i < token.i
            and t.dep_ in ("dobj", "pobj")
            and _agrees(t, kind, lexicon)
            and (t.head.i in heads or t.head.head.i in heads or t.i in fronted)
        ]
        return named[-1] if named else None
    if word in ("them", "it") and (token.dep_ == "dobj" or (token.dep_ == "pobj" and token.head.dep_ == "prep")):
        addressed = _addressed_before(token, kind, lexicon) or _called_on_before(token, kind, lexicon)
        if addressed is not None:  # "urges them to", "calls upon them to"
            return addressed
    if word in ("it", "they") and token.dep_ in ("nsubj", "nsubjpass") and _opens_a_quotation(token):
        # 'X called on the US administration to act. "It should take punitive action ...," he said':
        # the speaker goes on about the party just called on
        called = _party_called_before(token, kind, lexicon, called_on=True)
        if called is not None:
            return called
    continued = _subject_of_clause_before(token, kind, lexicon) if word in ("they", "it") else None
    if continued is not None:
        return continued
    reporter = _reporting_subject(token, kind, lexicon)
    if reporter is not None:
        return reporter
    main = _main_clause_subject(token, kind, lexicon)
    if main is not None:
        return main
    said = token.head.lemma_.lower()
    if token.dep_ == "nsubj" and said in lexicon.reporting_verbs and said not in lexicon.triggers:
        # a speaker's pronoun ("..., it said"; not "It urges X to ...", the demand's own verb, whose
        # subject is the nearest one below) continues the last named speaker, the subject of a
        # statement verb or of any verb that reports a clause ("..., the experts claimed"): "The UN
        # office said that half were released. The other half remain held, it said. 'We call on ...,'
        # it said."
        for sent in _previous_sentences(token.sent, _ANTECEDENT_WINDOW):
            for candidate in sent:
                if _is_named_speaker(candidate, lexicon) and _agrees(candidate, kind, lexicon):
                    return candidate
    # a subject in a quotation is the speaker's words, not the story's: "'The arrests are a setback,'
    # they said. 'We call upon ...,' they added" -> not "The arrests"
    quoted = inside_a_quotation(token.doc, token.i)
    for sent in _chained_sentences(token, _ANTECEDENT_WINDOW):
        # "The Council adopted a statement. It calls on ...": a document just authored is what speaks
        for candidate in sent:
            if (
                candidate.dep_ == "dobj"
                and candidate.lemma_.lower() in lexicon.document_nouns
                and candidate.head.lemma_.lower() in lexicon.authoring_verbs
                and _agrees(candidate, kind, lexicon)
            ):
                return candidate
        # the main clause's subject before a subordinate one's: "Recalling that the Secretary-General has
        # called on X, Ryder urged Y. He called for ..." -> Ryder; not a reporting verb's ("Freedonia is
        # at a crossroads as the country prepares for elections, a UN expert said. It must ..." -> the country)
        root = sent.root.lemma_.lower()
        reported = root in lexicon.reporting_verbs and root not in lexicon.triggers
        main = [] if reported else [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        for candidate in (*main, *(t for t in sent if t not in main)):
            speaker = after_dateline(candidate) if candidate.ent_type_ in ("GPE", "LOC") else candidate
            if candidate.dep_ in ("nsubj", "nsubjpass") and speaker is not candidate and speaker.dep_ == "appos":
                # "GENEVA (1 May) – The UN's Special Rapporteur ..., David Kaye, has urged ...": the
                # dateline read as the subject; its apposition after the dash is
                if _agrees(speaker, kind, lexicon):
                    return speaker
                continue
            if candidate.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if any(c.dep_ == "poss" and _POSSESSIVE_PRONOUNS.get(c.lower_) == kind for c in candidate.children):
                continue  # "They stood outside ... to make their voices heard. They demand ...": not the voices
            # "The Council of Europe Commissioner for Human Rights, Michael O’Flaherty, has called ...
            # He urged ...": the parser makes the body the subject and the person its apposition
            found = candidate if _agrees(candidate, kind, lexicon) else _apposed_person(candidate, kind, lexicon)
            if (
                found is not None
                and not _dateline(candidate)
                and (quoted or not inside_a_quotation(candidate.doc, candidate.i))
            ):
                return found
    return _only_person_before(token) if word in ("he", "she") else None


def _subject_of_clause_before(pronoun: Token, kind: str, lexicon: Lexicon) -> Token | None:
    """The subject of a demand the same sentence made before a dash or semicolon, which the pronoun
    after it goes on about: "The Saudi authorities must end this misery — they must immediately
    release them" (a modal's subject, named, not a pronoun)."""
    doc = pronoun.doc
    breaks = [t.i for t in doc[pronoun.sent.start : pronoun.i] if t.text == ";" or (t.text != ":" and is_separator(t))]
    if not breaks:
        return None
    for candidate in reversed(doc[pronoun.sent.start : breaks[-1]]):
        if (
            candidate.dep_ == "nsubj"
            and candidate.pos_ in ("NOUN", "PROPN")
            and must_or_should(candidate.head) is not None
            and _agrees(candidate, kind, lexicon)
        ):
            return candidate
    return None


def _apposed_person(subject: Token, kind: str, lexicon: Lexicon) -> Token | None:
    """The person set beside a subject that names a body, for "he"/"she": "The Council of Europe
    Commissioner for Human Rights, X" (the name hanging on the body or on the title beside it)."""
    if kind != "person":
        return None
    appositions = [c for c in subject.children if c.dep_ == "appos"]
    appositions += [g for c in appositions for g in c.children if g.dep_ == "appos"]
    named = next((c for c in appositions if c.ent_type_ == "PERSON"), None)
    return named if named is not None and _agrees(named, kind, lexicon) else None


def _only_person_before(pronoun: Token) -> Token | None:
    """The one person named before "he"/"she" in its sentence, whatever the parse made of the
    clause ("Commissioner O’Flaherty published today a letter he addressed to ..., in which he asks
    ...": a tagger reading the name as a plural noun leaves the sentence without a subject)."""
    sent = pronoun.sent
    doc = pronoun.doc
    # not one named in the quotation the pronoun attributes ('"... to visit X in prison," he said')
    quoted = inside_a_quotation(doc, pronoun.i)
    persons = [
        e
        for e in doc.ents
        if e.label_ == "PERSON"
        and sent.start <= e.start
        and e.end <= pronoun.i
        and inside_a_quotation(doc, e.start) == quoted
    ]
    return persons[-1].root if len({e.text for e in persons}) == 1 else None


def _dateline(token: Token) -> bool:
    """Is this the place of a dateline that opens its sentence ("LUSAKA (31 January 2025) – ...",
    "GENEVA – ..."), which the parser may read as a subject?"""
    sent = token.sent
    return (
        token.i == sent.start
        and token.pos_ == "PROPN"
        and any(is_separator(t) for t in sent.doc[token.i + 1 : min(token.i + 9, sent.end)])
    )


def _main_clause_subject(pronoun: Token, kind: str, lexicon: Lexicon) -> Token | None:
    """The subject of the main clause for the subject pronoun of its adverbial clause or of a clause
    coordinated with it: "Tikhanovsky broke down in tears as he described ... and called for ..." ->
    Tikhanovsky, "Cardinal O'Connor called the murder wrong but he urged ..." -> O'Connor (not a
    person of an earlier sentence). None when that subject is a pronoun or does not agree."""
    if pronoun.dep_ != "nsubj":
        return None
    clause = pronoun.head
    while clause.dep_ == "conj":
        clause = clause.head
    if clause.dep_ == "advcl":
        clause = clause.head
    elif clause.dep_ == "relcl" and any(
        t.dep_ == "pobj" and t.tag_ == "WDT" for t in clause.subtree if t.i < pronoun.i
    ):
        # "X issued an opinion in which it recommends ...": the relative clause's "it" is the one who
        # issued it, not the opinion
        clause = clause.head
        while clause.pos_ not in ("VERB", "AUX") and clause.dep_ != "ROOT":
            clause = clause.head
    if clause.dep_ != "ROOT" or clause == pronoun.head:
        return None  # the pronoun is the main clause's own subject
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
    if subject is None or subject.pos_ != "PROPN" or not _agrees(subject, kind, lexicon):
        return None
    return subject


def _reporting_subject(pronoun: Token, kind: str, lexicon: Lexicon) -> Token | None:
    """The subject of the verb that reports the pronoun's clause: "The UN experts said they were
    alarmed and called for ..." -> the UN experts; "Amnesty said it ..." -> Amnesty. None when the
    clause is not reported, when it is a quotation ("'He called on ...,' X said": the speaker would
    say "I"), when the verb also names whom it tells ("X warned Y that they ...": either), or when
    that subject is itself a pronoun or does not agree."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.dep_ != "ccomp":
        return None
    verb = pronoun.head.head
    between = pronoun.doc[verb.i + 1 : pronoun.i]
    if verb.i > pronoun.i or any(t.is_quote for t in between):
        return None
    if any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or not _agrees(subject, kind, lexicon):
        return None
    return subject


def _addressed_before(pronoun: Token, kind: str, lexicon: Lexicon) -> Token | None:
    """The party an object pronoun of a call stands for: the last party named in the object of a
    verb it is coordinated with, taken from its first conjunct ("Commends the efforts of the Central
    American peoples and Governments ..., urges them to ..." -> the peoples and Governments;
    "Expresses its appreciation to the international community and encourages it to ...")."""
    heads = _with_coordinated_head(_governing_verb(pronoun))
    found = None
    for candidate in pronoun.sent:
        if candidate.i >= pronoun.i:
            break
        if candidate.dep_ not in ("dobj", "pobj", "conj") or not is_party_like(candidate, lexicon):
            continue
        above = candidate.head
        while (
            above.i not in heads
            and (above.pos_ not in ("VERB", "AUX") or above.dep_ == "acl")  # "the steps taken by X"
            and above.head.i != above.i
        ):
            above = above.head
        if above.i not in heads:
            continue
        while candidate.dep_ == "conj" and candidate.head.pos_ in ("NOUN", "PROPN"):
            candidate = candidate.head  # the coordination from its first member
        while (
            candidate.dep_ == "pobj"
            and candidate.head.lower_ == "of"
            and is_party_like(candidate.head.head, lexicon)
            and candidate.head.head.pos_ in ("NOUN", "PROPN")
        ):
            candidate = candidate.head.head  # "the Government of Myanmar" is the Government's
        if kind == "sing" and candidate.lemma_.lower() in lexicon.person_roles:
            continue  # "it" is never the Special Rapporteur
        if _agrees(candidate, kind, lexicon):
            found = candidate
    return found


def _called_on_before(pronoun: Token, kind: str, lexicon: Lexicon) -> Token | None:
    """The party the call of the sentence before addressed, for the object of a call: "We call
    upon the Belarusian authorities to ensure his safety. Moreover, we urge them to release ..."
    (the next call goes on addressing them, not the subject of some earlier sentence)."""
    verb = _governing_verb(pronoun)
    if verb.lemma_.lower() not in lexicon.triggers:
        return None
    return _party_called_before(pronoun, kind, lexicon)


def _party_called_before(pronoun: Token, kind: str, lexicon: Lexicon, called_on: bool = False) -> Token | None:
    """The party a call of the sentence before the pronoun's addresses ("called on the authorities",
    "urged the Minister"), the last one that agrees with the pronoun; else None. A name, an entity or
    a party noun of the lexicon; with `called_on`, also any noun after "call on" ("called on the US
    administration to ...")."""
    for sent in _previous_sentences(pronoun.sent, 1):
        for candidate in reversed(sent):
            called = candidate.head if candidate.dep_ == "dobj" else candidate.head.head
            on = called_on and candidate.dep_ == "pobj" and candidate.head.lower_ in ("on", "upon")
            if (
                candidate.dep_ in ("dobj", "pobj")
                and called.lemma_.lower() in lexicon.triggers
                and (is_party_like(candidate, lexicon) or on)
                and _agrees(candidate, kind, lexicon)
            ):
                return candidate
    return None


def _opens_a_quotation(token: Token) -> bool:
    """Is the token the subject a quotation opens with ('"It should ...', '“They must ...')?"""
    before = [t for t in token.sent if t.i < token.i and not t.is_space]
    return len(before) == 1 and opens_quotation(before[0])


def _governing_verb(pronoun: Token) -> Token:
    """The verb an object pronoun belongs to: its head ("urges them"), or its preposition's head
    ("calls upon them")."""
    return pronoun.head if pronoun.dep_ == "dobj" else pronoun.head.head


def _with_coordinated_head(verb: Token) -> set[int]:
    """The verb's index and, for a coordinated verb or a participle adjunct, its head's: the verbs
    whose objects an object pronoun of `verb` may stand for ("Commends X ..., urges them to", "has
    written to the President, asking him to")."""
    joined = verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")
    return {verb.i} | ({verb.head.i} if joined else set())


# Tokens searched backwards for the full name of a short form ("The Ministry" -> "the Ministry of
# Foreign Affairs"): about two paragraphs.
_FULLER_WINDOW = 400


def _whole_name(token: Token, start: int, end: int) -> tuple[int, int]:
    """A phrase never ends inside the name its head belongs to: the parser may read "The Committee
    to Protect Journalists" as a noun with a relative clause, which the phrase leaves out."""
    name = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if name is not None and name.label_ in ("ORG", "PERSON", "GPE", "NORP") and start <= name.start < end < name.end:
        return start, name.end
    return start, end


# Adjectives that point back to the body named before: "The same Committee recommended ...", as UN
# compilations write after "The Committee against Torture requested ..."
_REFERRING_ADJECTIVES = frozenset({"same", "said", "aforementioned", "above-mentioned", "aforesaid"})


def _fuller_mention(token: Token) -> Party | None:
    """A named body's short form ("The Ministry calls on ...", "the Commission") as its nearest
    earlier full name with the same capitalised head ("The Ministry of Foreign Affairs of X"), or
    the nearest organisation's name that ends in it as its head ("Iran Fact-Finding Mission").
    Only a bare "the" + head ("the same" + head) is a short form; "the experts" (lower case) is a
    description, but a body's head word in lower case is the news's short form ("the committee"
    after "the Committee on Legal Affairs and Human Rights")."""
    doc = token.doc
    lowered_head = token.is_lower and token.lower_ in default_lexicon().org_heads
    if not (token.text[:1].isupper() or lowered_head) or token.pos_ not in ("NOUN", "PROPN"):
        return None
    start, end = phrase_bounds(token)
    referring = end - start == 3 and doc[start + 1].lower_ in _REFERRING_ADJECTIVES  # "The same Committee"
    if end - start != 2 + referring or doc[start].lower_ != "the" or token.i != end - 1:
        return _fuller_pair(token)
    return _earlier_full_name(token)


def _fuller_pair(token: Token) -> Party | None:
    """Two short forms joined ("the Caucus and the Commission") as their two full names, when the
    document gave both ("Senate Human Rights Caucus and Tom Lantos Human Rights Commission")."""
    other = next((c for c in token.children if c.dep_ == "conj"), None)
    if other is None or not token.text[:1].isupper() or not other.text[:1].isupper() or other.pos_ != "PROPN":
        return None
    if not (_bare_definite(token) and _bare_definite(other)):
        return None
    first, second = _earlier_full_name(token), _earlier_full_name(other)
    if first is None or second is None:
        return None
    return Party(f"{first.text} and {second.text}", first.entity_id)


def _bare_definite(token: Token) -> bool:
    """Is the noun "the" + itself, with nothing else but a coordination ("the Caucus")?"""
    dependents = [c for c in token.children if c.dep_ not in ("cc", "conj", "punct")]
    return len(dependents) == 1 and dependents[0].lower_ == "the" and dependents[0].i == token.i - 1


def _earlier_full_name(token: Token) -> Party | None:
    """The nearest earlier full name of the body a short form ("the Committee") refers to (see
    `_fuller_mention`), else None."""
    doc = token.doc
    names = []
    for i in range(token.i - 1, max(token.i - _FULLER_WINDOW, -1), -1):
        candidate = doc[i]
        if candidate.lower_ != token.lower_:
            continue
        # "the Mission" after "Iran Fact-Finding Mission": a name whose capitalised head it is (not
        # "the government" after "the U.S. government": news names several governments so)
        named = next((e for e in doc.ents if e.label_ == "ORG" and e.root.i == e.end - 1 == i and len(e) > 1), None)
        if named is None and candidate.text[:1].isupper() and not any(c.dep_ == "prep" for c in candidate.children):
            # "the committee" after "the Committee to Protect Journalists": a name whose head opens it,
            # with no preposition of its own (a name with one is taken whole below)
            named = next((e for e in doc.ents if e.label_ == "ORG" and e.start <= i == e.root.i < e.end - 1), None)
        if named is not None and candidate.text[:1].isupper():
            names.append(named)
            continue
        if names:
            continue
        if not any(c.dep_ == "prep" for c in candidate.children):
            continue
        first, last = phrase_bounds(candidate, keep=("det", "amod", "compound", "prep", "pobj", "cc", "conj"))
        if (
            last - first > 2
            and candidate.i <= first + 1
            and any(t.pos_ == "PROPN" for t in doc[candidate.i + 1 : last])
        ):
            return _party(first, last, doc)
    if not names:
        return None
    # the nearest such name that was a subject, as the body spoken of goes on being ("The Human
    # Rights Council has adopted ... talks with the Coordination Council ... The Council urges ..."),
    # else the nearest
    named = next((e for e in names if e.root.dep_ in ("nsubj", "nsubjpass")), names[0])
    return _party(named.start, named.end, doc)


# Roles one person holds that a description may use for another: OHCHR calls its Special
# Rapporteurs and Independent Experts "UN experts".
_SAME_ROLE = {
    "expert": ("expert", "rapporteur"),
    "rapporteur": ("rapporteur",),
    # the press's "UN human rights chief Volker Türk" is "the High Commissioner" after
    "commissioner": ("commissioner", "chief"),
    # and the reverse: "the UN rights chief added" after "said Navi Pillay, UN High Commissioner ..."
    "chief": ("chief", "commissioner"),
}
# How far a role may stand before the name it titles: a title is longer with what it is for
# ("Special Rapporteur on the situation of human rights in Belarus, Adrian Severin") than after it.
_TITLE_BEFORE = 12


def _role_holder(token: Token, lexicon: Lexicon) -> Party | None:
    """The one person the document names with a role, for a description of that role without a
    name: "A UN expert today urged ..." / "The expert called on ..." -> "Mary Lawlor" ("said Mary
    Lawlor, UN Special Rapporteur on ..."; "UN independent expert Aristide Nononsi"). None when no
    one, or more than one person, holds it."""
    lemma = token.lemma_.lower()
    # "The expert", also a capitalised title the tagger reads as a name ("The PACE President")
    if token.tag_ not in ("NN", "NNP") or lemma not in lexicon.person_roles or token.ent_type_ == "PERSON":
        return None
    start, end = phrase_bounds(token)
    doc = token.doc
    # "British Columbia's human rights commissioner": a place's holder of the role, as "the" one
    possessed = any(t.dep_ == "poss" and t.pos_ == "PROPN" and t.head == token for t in doc[start : token.i])
    if any(t.ent_type_ == "PERSON" for t in doc[start:end]) or (
        doc[start].lower_ not in ("the", "a", "an") and not possessed
    ):
        return None
    person = _named_speaker_next(token, lexicon) or _only_holder(doc, _SAME_ROLE.get(lemma, (lemma,)))
    return _party(person.start, person.end, doc) if person is not None else None


def _named_speaker_next(token: Token, lexicon: Lexicon) -> Span | None:
    """The person who speaks in the sentence right after the one a role without a name speaks in,
    named there by full name alone: a news lede holds the name back for the next paragraph
    ("British Columbia's human rights commissioner has called on Canada to ... / Kasari Govender said
    ..."). None when that sentence's subject is anything else (a pronoun, a title with a name, a
    body)."""
    doc = token.doc
    after = token.sent.end
    while after < len(doc) and doc[after].is_space:
        after += 1
    if after >= len(doc):
        return None
    sent = doc[after].sent
    subject = child_with_dep(sent.root, "nsubj")
    lemma = sent.root.lemma_.lower()
    if subject is None or lemma not in lexicon.reporting_verbs or subject.ent_type_ != "PERSON":
        return None
    name = next((e for e in sent.ents if e.start <= subject.i < e.end), None)
    if name is None or len(name) < 2 or phrase_bounds(subject) != (name.start, name.end):
        return None
    roles = default_lexicon().roles
    return None if any(t.lower_ in roles for t in name) else name  # not "Lawyer Jan Novak said"


def _only_holder(doc: Doc, roles: tuple[str, ...]) -> Span | None:
    """The one person the document names with one of `roles` (a role word within eight tokens of
    the name, on its line: "said Mary Lawlor, UN Special Rapporteur", "British Prime Minister
    Rishi Sunak"); None when no one or several persons do."""
    holders: dict[str, Span] = {}
    for person in (e for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2):
        line_start = person.start
        while line_start > 0 and "\n" not in doc[line_start - 1].text and person.start - line_start < _TITLE_BEFORE:
            line_start -= 1
        line_end = person.end
        while line_end < len(doc) and "\n" not in doc[line_end].text and line_end - person.end < 8:
            line_end += 1
        if any(_titles(t, person, roles) for t in doc[line_start:line_end]):
            holders.setdefault(person[-1].lower_, person)  # one person under several mentions
    return next(iter(holders.values())) if len(holders) == 1 else None


def _titles(word: Token, person: Span, roles: tuple[str, ...]) -> bool:
    """Is `word` one of `roles` given to `person`: no verb between them ("Mary Lawlor, UN Special
    Rapporteur"; not "The Special Rapporteur demands the release of Aleksandr Milinkevich")."""
    if word.ent_type_ == "PERSON" or word.lemma_.lower() not in roles:
        return False
    between = word.doc[word.i + 1 : person.start] if word.i < person.start else word.doc[person.end : word.i]
    # not the office a spokesperson speaks for: "Jeremy Laurence, for the Office of the High Commissioner"
    if any(t.pos_ in ("VERB", "AUX") or t.lower_ == "office" for t in between):
        return False
    # nor words coordinated inside the title's own phrase: "Commissioner for Human Rights Policy and
    # Humanitarian Aid" (read as a person by the model; "Special Rapporteur on Torture Juan Méndez"
    # is the holder, the parser's object of "on"); with no "and", "or" or comma between the two the
    # parser's conjunct is a misread holder ("High Commissioner for Human Rights Zeid Ra'ad Al Hussein")
    inside = word.i < person.start and word.left_edge.i <= person.root.i <= word.right_edge.i
    # (a comma right before the name sets it off as the title's apposition, which the parser may read
    # as a conjunct: "UN Expert on Human Rights in Sudan, Adama Dieng, voiced concern")
    apposed = len(between) > 0 and between[-1].text == "," and not any(t.lower_ in ("and", "or", "&") for t in between)
    coordinated = not apposed and any(t.lower_ in ("and", "or", "&") or t.text == "," for t in between)
    if inside and person.root.dep_ == "conj" and person.root.head.ent_type_ != "PERSON" and coordinated:
        return False
    # nor the role of the one someone else works for: "Spokesperson for the UN High Commissioner for
    # Human Rights: Ravina Shamdasani" titles the spokesperson, not the High Commissioner
    owner = word.head.head if word.dep_ == "pobj" and word.head.dep_ == "prep" else None
    return owner is None or owner.pos_ not in ("NOUN", "PROPN") or owner.ent_type_ == "PERSON"


def _first_description(token: Token, lexicon: Lexicon) -> Party | None:
    """ "the experts", "the groups": the fuller description the document first gave of that plural
    ("UN human rights experts", "51 civil society organizations"), which the short one refers back to."""
    if token.tag_ != "NNS" or not token.is_lower:
        return None
    start, end = phrase_bounds(token)
    doc = token.doc
    if end - start > 3 or doc[start].lower_ != "the" or any(t.pos_ == "PROPN" for t in doc[start:end]):
        return None
    for candidate in doc[:start]:
        if candidate.lemma_ != token.lemma_ or candidate.tag_ != "NNS":
            continue
        # (the parser may make the noun an apposition of the name before a bracketed acronym:
        # "United Nations (UN) human rights experts" -> "experts" in apposition to "Nations")
        role = candidate.head if candidate.dep_ == "appos" and candidate.head.i < candidate.i else candidate
        if role.dep_ not in ("nsubj", "nsubjpass", "pobj", "dobj"):
            continue
        whole = candidate.head.head if candidate.dep_ == "pobj" and candidate.head.lower_ == "of" else role
        if role is not candidate and role.ent_type_ in ("GPE", "LOC"):
            # "GENEVA (13 March 2024) – UN experts* today called ...": the dateline's place read as
            # the subject, the speakers as its apposition
            role = whole = candidate
        # ("A group of UN experts": the whole phrase; an apposition's: its name's phrase)
        first, last = phrase_bounds(whole if whole.pos_ == "NOUN" or role is not candidate else candidate)
        if last - first < 2 or doc[first].lower_ in ("the", "these", "those", "its", "their", "some"):
            continue
        if any(t.lower_ in ("other", "another") for t in doc[first:last]):
            continue  # "X and 26 other organisations": the plural names only part of the group
        words = doc[first:last]
        if last - first <= 8 and (
            any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "NORP", "GPE") for t in words)
            or any(t.like_num for t in words)
        ):
            return _party(first, last, doc)
    return None


def _named_role_holders(token: Token) -> Party | None:
    """ "the experts", "the Special Rapporteurs": the persons the document first named as such, when
    one phrase before its verb named two or more ("The United Nations Special Rapporteurs on freedom
    of expression, David Kaye, and on extrajudicial executions, Christof Heyns, have condemned ..."
    -> "David Kaye and Christof Heyns")."""
    if not _plural_role(token):
        return None
    doc = token.doc
    start, end = phrase_bounds(token)
    if doc[start].lower_ != "the" or any(t.ent_type_ == "PERSON" for t in doc[start:end]):
        return None
    for sent in doc[:start].sents:
        root = sent.root
        roles = [t for t in sent if t.i < root.i and _plural_role(t)]
        if not roles:
            continue
        names = [e for e in sent.ents if e.label_ == "PERSON" and roles[0].i < e.start and e.end <= root.i]
        # in the phrase of the role word, before any verb ("The experts urged X to free A, B ..." names none)
        verb_between = names and any(t.pos_ in ("VERB", "AUX") for t in doc[roles[0].i : names[-1].end])
        if len(names) >= 2 and not verb_between:
            return Party(_listed(names), "")
        return None  # the first group of experts named no one
    return None


def _role_holders_in_phrase(token: Token) -> Party | None:
    """The persons a plural role after its verb names after it, two or more, as one actor: "said the
    UN Special Rapporteurs on executions, Jane Roe, and on torture, John Doe" -> "Jane Roe and John Doe"
    (the parser hangs the second name on the verb); None otherwise (before the verb the phrase is whole:
    "The experts, Ana Vel and Tom Roe, urged ...")."""
    if not _plural_role(token) or token.dep_ != "nsubj" or token.head.i > token.i:
        return None
    doc = token.doc
    end = next((t.i for t in doc[token.i + 1 : token.sent.end] if t.pos_ in ("VERB", "AUX")), token.sent.end)
    names = [e for e in doc.ents if e.label_ == "PERSON" and token.i < e.start and e.end <= end]
    if len(names) < 2:
        return None
    return Party(_listed(names), "")


def _listed(names: Sequence[Span]) -> str:
    """Two names or more as one: "A, B and C"."""
    return ", ".join(n.text for n in names[:-1]) + " and " + names[-1].text


# Role words whose plural stands for the persons a document named with it ("the experts").
_GROUP_ROLES = frozenset({"expert", "rapporteur"})


def _plural_role(token: Token) -> bool:
    """ "experts", "Rapporteurs" (which the tagger may read as a singular proper noun)."""
    return token.pos_ in ("NOUN", "PROPN") and token.lower_.endswith("s") and token.lower_[:-1] in _GROUP_ROLES


def _named_pair(token: Token) -> Party | None:
    """ "Both organisations", "the two Federations": the two named bodies of the sentences just
    before, joined by "and" ("FIDH and OMCT said ... Both organisations called for ...")."""
    if token.tag_ not in ("NNS", "NNPS"):
        return None
    start, _ = phrase_bounds(token)
    doc = token.doc
    words = [t.lower_ for t in doc[start : token.i]]
    if words not in (["both"], ["the", "two"], ["these", "two"]):
        return None
    for sent in _previous_sentences(token.sent, _ANTECEDENT_WINDOW):
        for first in sent:
            if first.ent_type_ != "ORG" or first.dep_ == "conj":
                continue
            second = [c for c in first.children if c.dep_ == "conj" and c.ent_type_ == "ORG"]
            if len(second) == 1 and not any(c.dep_ == "conj" for c in second[0].children):
                left, _ = phrase_bounds(first)
                _, right = phrase_bounds(second[0])
                return _party(left, right, doc)
    return None


def _is_named_speaker(token: Token, lexicon: Lexicon) -> bool:
    """A noun subject of a statement verb, of a verb that reports a clause ("the experts claimed") or
    of a call ("X, on behalf of her organization, also called for ..."), also when the parser reads
    the verb after the subject's apposition as a clause on the name ("Jane Doe, a senior adviser at
    X, [called on ...]": the name the sentence's root)."""
    if token.pos_ == "PRON":
        return False
    verb = token.head if token.dep_ == "nsubj" else _verb_read_as_clause_on(token)
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    return (
        lemma in lexicon.reporting_verbs or lemma in lexicon.triggers or any(c.dep_ == "ccomp" for c in verb.children)
    )


def _verb_read_as_clause_on(name: Token) -> Token | None:
    """The past-tense verb after a comma that the parser hung on a name heading its sentence, where
    it is the sentence's main verb ("Jane Doe, a senior adviser at X, called on ..."), else None."""
    if name.dep_ != "ROOT" or name.pos_ != "PROPN":
        return None
    doc = name.doc
    return next(
        (c for c in name.children if c.dep_ == "acl" and c.tag_ == "VBD" and c.i > name.i and doc[c.i - 1].text == ","),
        None,
    )


def _chained_sentences(pronoun: Token, n: int) -> Iterator[Span]:
    """The sentences before the pronoun's, nearest first: `n` of them; for "he" or "she", not
    counting those whose subject is the same pronoun and passing over quotations (a story about one
    person goes on saying "he" and quoting him for many sentences after naming him), up to
    `_CHAIN_LIMIT` sentences in all."""
    personal = pronoun.lower_ in ("he", "she")
    left = n
    for sent in _previous_sentences(pronoun.sent, _CHAIN_LIMIT):
        first = next((t for t in sent if not t.is_space), sent[0])
        quoted = personal and (opens_quotation(first) or inside_a_quotation(sent.doc, first.i))
        if quoted and not _attributed_by_name(sent):
            # the person's own words (a sentence that opens a quotation or lies in one); but not a
            # quotation its sentence attributes by name ('"I am concerned ...," said Zeid ...')
            continue
        yield sent
        chained = personal and any(t.lower_ == pronoun.lower_ and t.dep_ in ("nsubj", "nsubjpass") for t in sent)
        left -= not chained
        if left == 0:
            return


def _attributed_by_name(sent: Span) -> bool:
    """Does the sentence name, outside its quotation, the person it quotes ('"...," said Zeid ...')?"""
    return any(
        t.dep_ == "nsubj" and not inside_a_quotation(sent.doc, t.i) and any(x.ent_type_ == "PERSON" for x in t.subtree)
        for t in sent
    )


def _previous_sentences(sent: Span, n: int) -> Iterator[Span]:
    """Up to `n` sentences before `sent`, nearest first."""
    for _ in range(n):
        if sent.start == 0:
            return
        sent = sent.doc[sent.start - 1].sent
        yield sent


def _agrees(candidate: Token, kind: str, lexicon: Lexicon) -> bool:
    if candidate.pos_ not in ("NOUN", "PROPN"):
        return False
    plural = (
        candidate.tag_ in ("NNS", "NNPS")
        or any(c.dep_ == "conj" and not _quoted_apart(candidate, c) for c in candidate.children)
        or _counts_a_plural(candidate, lexicon)
        or (candidate.tag_ == "NNP" and _plural_role(candidate))  # "the UN Special Rapporteurs", tagged singular
    )
    if kind == "plur":
        return plural
    person = (
        candidate.ent_type_ == "PERSON"
        or _surname_of_named_person(candidate)
        or _name_with_a_persons_role(candidate, lexicon)
    )
    if kind == "person":  # a named person, or a role held by one ("the Special Rapporteur", "the Prosecutor General")
        roles = lexicon.person_roles
        role = _role_word(candidate) in roles or any(
            c.dep_ == "compound" and _role_word(c) in roles for c in candidate.children
        )
        return person or (not plural and role)
    return not plural and not person


def _name_with_a_persons_role(token: Token, lexicon: Lexicon) -> bool:
    """A proper noun the model left without a type that has a person's role set beside it ("Catalina
    Devandas Aguilar (pictured), the UN's special rapporteur on ..., said"): a person, so "she"."""
    if token.ent_type_ or token.pos_ != "PROPN":
        return False
    return any(c.dep_ == "appos" and _role_word(c) in lexicon.person_roles for c in token.children)


def _surname_of_named_person(token: Token) -> bool:
    """A proper noun the model left untagged that repeats the last word of a person's full name
    given before it ("said Navi Pillay, ... Pillay reiterated her concerns"): that person, so "she",
    not "it"."""
    if token.ent_type_ or token.pos_ != "PROPN" or not token.text[:1].isupper():
        return False
    first_named = _surnames(token.doc).get(token.text)
    return first_named is not None and first_named <= token.i


def _surnames(doc: Doc) -> dict[str, int]:
    """The last word of every full name of a person in the document, with where it is first named
    (worked out once per document: pronouns ask for it many times)."""
    key = "hr_pipeline_surnames"
    if key not in doc.user_data:
        found: dict[str, int] = {}
        for e in doc.ents:
            if e.label_ == "PERSON" and len(e) >= 2:
                found.setdefault(e[-1].text, e.end)
        doc.user_data[key] = found
    return doc.user_data[key]


def _quoted_apart(noun: Token, conjunct: Token) -> bool:
    """Is the conjunct the parser hung on the noun inside a quotation the noun is outside of ("The
    decision, which recognizes “that journalists and their family members ...”, calls on ...":
    no second subject)?"""
    doc = noun.doc
    return inside_a_quotation(doc, conjunct.i) and not inside_a_quotation(doc, noun.i)


def _counts_a_plural(candidate: Token, lexicon: Lexicon) -> bool:
    """A noun that takes the number of the plural after its "of": "a group of nine experts" is
    "they"."""
    if candidate.lemma_.lower() not in lexicon.plural_of_nouns:
        return False
    of = next((c for c in candidate.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return of is not None and any(c.dep_ == "pobj" and c.tag_ in ("NNS", "NNPS") for c in of.children)


def _role_word(token: Token) -> str:
    """The lower-case word a role noun is, with the part before its hyphen that the tokenizer split
    off ("Secretary - General" -> "secretary-general")."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_:
        return f"{doc[token.i - 2].lower_}-{token.lower_}"
    return token.lemma_.lower()


def _document_party(token: Token, lexicon: Lexicon, first_mentions: dict[tuple[str, str], Token]) -> Party | None:
    """A document actor written as its first mention and its author.

    "The report calls for ..." after "the report was presented by the UN High Commissioner"
    -> "report by the UN High Commissioner"; "It calls for ..." after "The UN adopted a resolution
    on the role of defenders" -> "resolution on the role of defenders by The UN".
    """
    doc = token.doc
    lemma = token.lemma_.lower()
    if not _unattributed_document(token, lexicon):
        return None
    # "a statement" brings in a text of its own ("CPJ issued a statement urging ..."): not the one
    # the document mentioned first
    new_text = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
    first = token if new_text else first_mentions.get((lemma, token.tag_), token)
    np_start, np_end = phrase_bounds(first, keep=("det", "amod", "compound", "prep", "nummod"))
    while np_start < np_end and doc[np_start].dep_ == "det":
        np_start += 1
    author = _author(first, lexicon)
    if author is None:
        if first.i == token.i or np_end - np_start <= 1:
            return None
        return _party(np_start, np_end, doc)
    if first.i == token.i:
        return author  # the phrase names who wrote it: "A report released by ICTJ calls on ..." -> ICTJ
    # a text the document named earlier ("The resolution condemns ... It calls for ..."): the text, by its author
    return Party(f"{doc[np_start:np_end].text} by {author.text}", author.entity_id or _entity_id(doc[np_start:np_end]))


def _author(document: Token, lexicon: Lexicon) -> Party | None:
    """Who wrote a document, when its first mention says so."""
    head = document.head
    author = None
    if document.dep_ == "nsubjpass":
        author = agent_of(head)
    elif document.dep_ == "dobj" and head.lemma_.lower() in lexicon.authoring_verbs:
        author = subject_of(head)
    elif document.dep_ == "pobj" and document.head.lower_ == "in" and document.head.head.pos_ == "VERB":
        author = subject_of(document.head.head)  # "In a statement, X condemned", "X said in a letter"
    if author is None:
        # "A report released today by ICTJ", "the resolution adopted by MEPs"
        made = next((c for c in document.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
        author = agent_of(made) if made is not None else None
    if author is None:
        author = child_with_dep(document, "poss")
    if author is None:  # "the statement of the Norwegian Human Rights House"
        of = next((c for c in document.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        named = child_with_dep(of, "pobj") if of is not None else None
        author = (
            named if named is not None and (named.ent_type_ in ("ORG", "PERSON") or named.pos_ == "PROPN") else None
        )
    if author is None or author.pos_ == "PRON":
        return None
    keep = ("det", "amod", "compound", "prep", "pobj", "nummod", "poss", "case", "nmod")  # "The UN human rights office"
    start, end = phrase_bounds(author, keep=keep)
    named = next((e for e in author.doc.ents if e.start <= author.i < e.end), None)
    if named is not None:  # the whole name, though the parser reads part of it as a clause ("Committee to Protect ...")
        start, end = min(start, named.start), max(end, named.end)
    end = _before_apposition(author.doc, start, end)
    for conj in (c for c in author.children if c.dep_ == "conj" and c.ent_type_ in ("ORG", "PERSON")):
        # "Human Rights Watch (HRW) and the Norwegian Helsinki Committee released a statement": both wrote it
        conj_start, conj_end = phrase_bounds(conj, keep=keep)
        end = max(end, _before_apposition(author.doc, conj_start, conj_end))
    return _party(start, end, author.doc)


def _before_apposition(doc: Doc, start: int, end: int) -> int:
    """Where a name's phrase ends before an apposition or a quoted title set off after it; an
    acronym in brackets ("Human Rights Watch (HRW)") is part of the name."""
    i = start + 1
    while i < end:
        if doc[i].text == "(" and i + 2 < end and doc[i + 2].text == ")" and doc[i + 1].is_upper:
            i += 3
            continue
        if doc[i].text in (",", "“", '"', "(", "«"):
            return i
        i += 1
    return end


def _quote_speaker(trigger: Token, lexicon: Lexicon) -> Party | None:
    """Who is quoted saying a demand: `"The authorities should quash the sentences," the experts said.`
    The nearest sentence of the same quoted paragraph whose statement verb has a named subject; else,
    for a quotation in paragraphs of its own, the speaker of the paragraph that introduces it."""
    sent = trigger.sent
    paragraph = _paragraph_of(sent)
    # single marks open a quotation only at the paragraph's start ("'I urge ...,' X said."): inside
    # a paragraph they are mostly apostrophes
    opens_single = paragraph[0].text.lstrip()[:1] in _SINGLE_QUOTES
    if not opens_single and not any(q in s.text for s in paragraph for q in _QUOTES):
        return _opened_quotation_speaker(trigger, lexicon)
    for candidate in sorted(paragraph, key=lambda s: (abs(s.start - sent.start), s.start > sent.start)):
        speaker = _speaker_in(candidate, lexicon)
        if speaker is not None:
            return speaker
    return (
        _attribution_below(paragraph)
        or _attribution_after_dash(paragraph, lexicon)
        or _introducing_speaker(paragraph, lexicon)
        or _opened_quotation_speaker(trigger, lexicon)
    )


# The most words of a line under a quotation that attributes it ("Jane Doe, Director of Advocacy").
_ATTRIBUTION_WORDS = 15


def _attribution_below(paragraph: list[Span]) -> Party | None:
    """The person a quotation set as a paragraph of its own is attributed to on the line right
    below it, as a website sets a pull quote: '"We call on the government to act ..."' / 'Jane Doe,
    RSF's Director of Advocacy' (a short verbless line that opens with the person's name)."""
    doc = paragraph[0].doc
    text = "".join(s.text_with_ws for s in paragraph).strip()
    if not text.startswith(_QUOTES) or not text.endswith(_QUOTES) or paragraph[-1].end >= len(doc):
        return None
    below = _paragraph_of(doc[paragraph[-1].end].sent)
    words = [t for s in below for t in s if not t.is_space]
    if not words or len(words) > _ATTRIBUTION_WORDS or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    name = next((e for e in doc.ents if e.start == words[0].i), None)
    if name is None or name.label_ != "PERSON" or name.end >= len(doc) or doc[name.end].text != ",":
        return None
    return _party(name.start, name.end, doc)


def _attribution_after_dash(paragraph: list[Span], lexicon: Lexicon) -> Party | None:
    """Who a quotation is attributed to after a dash on its own line, as a headline quotes:
    '"I urge the government to repeal the law." - UN High Commissioner for Human Rights' (a short
    verbless phrase; a title names the one person the document gives it, if any)."""
    doc = paragraph[0].doc
    start, end = paragraph[0].start, paragraph[-1].end
    while end > start and doc[end - 1].is_space:
        end -= 1
    if not doc[start].text.startswith(_QUOTES):
        return None
    closing = max((t.i for t in doc[start:end] if closes_quotation(t)), default=None)
    if closing is None or closing + 2 >= end or doc[closing + 1].text == ":" or not is_separator(doc[closing + 1]):
        return None
    phrase = doc[closing + 2 : end]
    words = [t for t in phrase if not t.is_punct]
    if not words or len(words) > 8 or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    role = next((t for t in reversed(words) if t.lemma_.lower() in lexicon.person_roles), None)
    holder = _only_holder(doc, _SAME_ROLE.get(role.lemma_.lower(), (role.lemma_.lower(),))) if role else None
    if holder is not None:
        return _party(holder.start, holder.end, doc)
    return _party(words[0].i, words[-1].i + 1, doc)


def _opened_quotation_speaker(trigger: Token, lexicon: Lexicon) -> Party | None:
    """The speaker of a quotation that opened paragraphs before the trigger and has not closed
    yet, as a speech or briefing is quoted at length: 'X spoke at a briefing in Vilnius. The
    briefing focused on Y:' / '"It's been a year since ...' / 'I call on ...' (only the first
    paragraph has a mark). The speaker is named in the paragraph that opens the quotation or in
    the one before it."""
    doc = trigger.doc
    i, stop = trigger.i - 1, max(trigger.i - _QUOTATION_REACH, 0)
    while i >= stop:
        token = doc[i]
        if closes_quotation(token):
            opening = _scare_quote_opening(doc, i)
            if opening is None:
                return None  # the last quotation closed before the trigger
            i = opening - 1  # a word in quotes inside the quotation closes nothing
            continue
        if opens_quotation(token):
            paragraph = _paragraph_of(token.sent)
            if token.text == '"' and sum(t.text == '"' for s in paragraph for t in s if t.i < token.i) % 2:
                return None  # a straight mark the tagger read as opening closes the paragraph's quotation
            before = [s for s in paragraph if s.start < token.i]
            if not before and paragraph[0].start > 0:  # the mark opens its paragraph: the one above introduces it
                before = _paragraph_of(doc[paragraph[0].start - 1].sent)
            found = next(
                (found for s in reversed(before) if (found := _speaker_in(s, lexicon)) is not None), None
            ) or next((found for s in before if (found := _statement_heading(s, lexicon)) is not None), None)
            return found or _speaker_further_up(before, lexicon)
        i -= 1
    return None


# How many paragraphs above an introduction that names no one a quotation's speaker may be named
_SPEAKER_PARAGRAPHS = 3


def _speaker_further_up(introduction: list[Span], lexicon: Lexicon) -> Party | None:
    """The speaker named in the paragraphs above a quotation's introduction that names no one ("On
    12 September, the Acting High Commissioner, Nada Al-Nashif, addressed the Council. In her
    statement, she mentioned ... / Below are some examples ... / “I call upon ...”): the subject of
    the nearest sentence with a named speaker, a person, up to `_SPEAKER_PARAGRAPHS` above."""
    if not introduction:
        return None
    doc = introduction[0].doc
    paragraph = introduction
    for _ in range(_SPEAKER_PARAGRAPHS):
        if paragraph[0].start == 0:
            return None
        paragraph = _paragraph_of(doc[paragraph[0].start - 1].sent)
        for sent in reversed(paragraph):
            found = _speaker_in(sent, lexicon) or _person_subject(sent, lexicon)
            if found is not None:
                return found
    return None


def _person_subject(sent: Span, lexicon: Lexicon) -> Party | None:
    """The named person a sentence is about: its main subject, a person's name ("the Acting High
    Commissioner, Nada Al-Nashif, addressed the Council") or a pronoun standing for one ("In her
    statement, she mentioned ...")."""
    subject = child_with_dep(sent.root, "nsubj")
    if subject is None:
        return None
    if subject.pos_ == "PRON":
        subject = _antecedent(subject, lexicon)
    if subject is None or subject.pos_ == "PRON":
        return None
    named = _names_without_roles(subject, *phrase_bounds(subject))
    if named is not None:
        return named
    return _speaker_party(subject) if subject.ent_type_ == "PERSON" else None


def _statement_heading(line: Span, lexicon: Lexicon) -> Party | None:
    """The speaker a heading above a quotation names: "Volker Türk’s statement" (a named person's or
    body's possessive, then a kind of text), on a short line of its own."""
    words = [t for t in line if not t.is_space]
    if not 3 <= len(words) <= 8 or words[-1].lemma_.lower() not in lexicon.title_nouns:
        return None
    owner = next((t for t in words if t.dep_ == "case" and t.i > line.start), None)
    if owner is None or owner.i + 1 != words[-1].i:
        return None
    name = line.doc[line.start : owner.i]
    named = name.text.strip() and all(t.ent_type_ in ("PERSON", "ORG") for t in name if not t.is_space)
    return _party(name.start, name.end, line.doc) if named else None


def _scare_quote_opening(doc: Doc, closing: int, longest: int = 5) -> int | None:
    """The opening mark of a word or short phrase in quotes on one line ('the practice of
    “incommunicado” detention'), or None when the closing mark ends a longer quotation."""
    for j in range(closing - 1, max(closing - longest - 1, -1), -1):
        if "\n" in doc[j].text:
            return None
        if opens_quotation(doc[j]):
            return j
    return None


# How far back (in tokens) a quotation that is still open may have opened.
_QUOTATION_REACH = 1500


def _lede_speaker(trigger: Token, lexicon: Lexicon) -> Party | None:
    """The speaker of the sentence before, in the same paragraph, when that sentence ends with its
    attribution: "X is an unprecedented escalation, Human Rights Watch said today. Authorities
    should ..." (a press release's lede goes on in the voice it has just named)."""
    sent = trigger.sent
    paragraph = _paragraph_of(sent)
    index = next(i for i, s in enumerate(paragraph) if s.start == sent.start)
    if index == 0:
        return None
    verb = paragraph[index - 1].root
    subject = child_with_dep(verb, "nsubj")
    if subject is None or subject.pos_ == "PRON":
        return None
    attributes = verb.lemma_.lower() in lexicon.reporting_verbs and any(
        c.dep_ == "ccomp" and c.i < verb.i for c in verb.children
    )
    if not attributes and not _takes_a_stance(verb, subject, lexicon):
        return None
    return _spoken_for(subject, verb) or _speaker_party(subject)


def _reported_speaker(trigger: Token, lexicon: Lexicon) -> Party | None:
    """In a paragraph of reported speech, as meeting summaries write it, the speaker a must/should
    sentence goes on for: the subject of the nearest sentence before it in the paragraph that reports
    a clause ("Pinheiro, Chair of the Commission, said the population had endured ... They were
    suffering ... The international community must ..."; "He said that ... The international
    community must ..." with "he" resolved)."""
    sent = trigger.sent
    paragraph = _paragraph_of(sent)
    for earlier in reversed([s for s in paragraph if s.end <= sent.start]):
        verb = earlier.root
        lemma = verb.lemma_.lower()
        if lemma not in lexicon.reporting_verbs or lemma in lexicon.triggers or verb.tag_ not in ("VBD", "VBZ"):
            continue  # a report made ("said", "says"), not one supposed ("only his foes can argue that ...")
        if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
            continue
        subject = child_with_dep(verb, "nsubj")
        if subject is not None and subject.pos_ == "PRON":
            subject = _antecedent(subject, lexicon)
        if subject is None or subject.pos_ == "PRON" or inside_a_quotation(subject.doc, subject.i):
            return None
        return _spoken_for(subject, verb) or _speaker_party(subject)
    return None


def _takes_a_stance(verb: Token, subject: Token, lexicon: Lexicon) -> bool:
    """Does a named body or person state its concern in this clause ("The Committee is concerned
    about reports of violations. Ethiopia should investigate ...": the next demand is its own)?"""
    # (a body by its capitalised head word: "The Committee")
    named = subject.ent_type_ in ("ORG", "PERSON") or (
        subject.text[:1].isupper() and subject.lower_ in default_lexicon().org_heads
    )
    concerned = any(c.dep_ == "acomp" and c.lemma_.lower() in lexicon.stance_verbs for c in verb.children)
    return named and verb.lemma_ == "be" and concerned


def _paragraph_of(sent: Span) -> list[Span]:
    """The sentences of the paragraph (up to a line break) that holds `sent`."""
    doc = sent.doc
    paragraph = [sent]
    while paragraph[0].start > 0 and "\n" not in doc[paragraph[0].start - 1].text_with_ws:
        paragraph.insert(0, doc[paragraph[0].start - 1].sent)
    while paragraph[-1].end < len(doc) and "\n" not in doc[paragraph[-1].end - 1].text_with_ws:
        paragraph.append(doc[paragraph[-1].end].sent)
    return paragraph


def _speaker_in(sent: Span, lexicon: Lexicon) -> Party | None:
    """The named subject of a statement verb of the sentence ("..., the experts said"), also of a
    demand verb that follows its quotation ('"We urge X to ...," the experts demanded')."""
    for token in sent:
        lemma = token.lemma_.lower()
        speaking = (
            lemma in lexicon.reporting_verbs
            or (lemma in lexicon.triggers and any(c.dep_ == "ccomp" and c.i < token.i for c in token.children))
            or _reads_a_statement(token)
        )
        # (a speech verb inside a quotation is part of what is quoted, not who is quoted: '"It is
        # not just the unions saying that," X said.')
        quoted = speaking and inside_a_quotation(token.doc, token.i)
        subject = _speech_subject(token) if speaking and not quoted else None
        lost = lost_attribution_subject(token) if speaking and not quoted and subject is None else None
        if lost is not None:
            # "In response to the trial of X - a laureate - and his colleagues, Jane Roe, Director of Y, said:":
            # the parser hung the subject on the phrase before it; the name after its comma speaks (the
            # name, not the role set off after it)
            lost = _person_before_role(lost) or lost
            return _party(lost.start, lost.end, token.doc)
        # (the parser may read the statement verb closing a long opening participle clause as its
        # auxiliary: "Reacting to the release of X, including Y and Z, Jane Roe, Director ..., said:")
        misread = (
            token.dep_ == "aux"
            and token.head.tag_ == "VBG"
            and token.head.i < token.i
            and _past_form_lemma(token.lower_, lexicon) in lexicon.reporting_verbs
            and not inside_a_quotation(token.doc, token.i)
        )
        if misread and subject is None:
            subject = token.head
        office = _spoken_for(subject, token) if subject is not None else None
        if office is not None:
            return office  # "Rupert Colville, for the Office of the High Commissioner (OHCHR), said ...": its voice
        if subject is not None and subject.ent_type_ in ("GPE", "LOC"):
            # "GENEVA (1 May 2020) – The UN's Special Rapporteur ..., David Kaye, has urged ...": the
            # dateline read as the subject; the speaker is its apposition after the dash
            subject = after_dateline(subject, before=token)
        if subject is not None and subject.tag_ == "VBG":
            subject = _named_after_participle(subject)
        elif subject is not None and subject.ent_type_ != "PERSON":
            named = _name_after_role(subject, lexicon)
            if named is not None:
                return _party(named.start, named.end, token.doc)
            subject = _name_before_role(subject) or _named_after_fronted_phrase(token, subject) or subject
        if (token.pos_ == "VERB" or misread) and subject is not None and not in_salutation(subject):
            subject = _antecedent(subject, lexicon) or subject
            if subject.pos_ != "PRON":
                return (
                    _role_holder(subject, lexicon)
                    or _first_description(subject, lexicon)
                    or _named_role_holders(subject)
                    or _statement_author(subject, lexicon)
                    or _speaker_party(subject)
                )
    return None


def _person_before_role(role: Span) -> Span | None:
    """The person named right before a role set off by a comma ("Jane Roe, | Director of Y"), when
    the role names no person itself; else None."""
    doc = role.doc
    if any(t.ent_type_ == "PERSON" for t in role) or role.start < 2 or doc[role.start - 1].text != ",":
        return None
    return next((e for e in doc.ents if e.label_ == "PERSON" and e.end == role.start - 1), None)


def _reads_a_statement(verb: Token) -> bool:
    """ "X read the following statement:", "X delivered a statement", "Smith issues the following
    statement:": a speaker introducing the words quoted after it."""
    statement = child_with_dep(verb, "dobj")
    return (
        verb.lemma_.lower() in ("read", "deliver", "issue", "release")
        and statement is not None
        and statement.lemma_ == "statement"
    )


def _spoken_for(person: Token, verb: Token) -> Party | None:
    """The organisation a spokesperson speaks for, set off by commas after the name: "Rupert
    Colville, for the Office of the United Nations High Commissioner for Human Rights (OHCHR),"
    (the parser hangs the "for" on the name or on the verb); None for a speaker who is no person."""
    if person.ent_type_ != "PERSON":
        return None
    doc = person.doc
    between = [c for c in verb.children if person.i < c.i < verb.i]
    for prep in [*person.children, *between]:
        if prep.dep_ != "prep" or prep.lower_ != "for" or doc[prep.i - 1].text != ",":
            continue
        office = child_with_dep(prep, "pobj")
        if office is not None and office.ent_type_ == "ORG":
            start, end = phrase_bounds(office)
            while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            return _party(start, end, doc)
    return None


def _past_form_lemma(word: str, lexicon: Lexicon) -> str:
    """The verb of a past-tense form, for a verb the lemmatizer left as written: "said" -> "say",
    "stated" -> "state", "added" -> "add"; "" when it is no past form of a reporting verb."""
    if word in lexicon.irregular_past_forms:
        return lexicon.irregular_past_forms[word]
    stems = (word[:-1], word[:-2]) if word.endswith("ed") else ()
    return next((stem for stem in stems if stem in lexicon.reporting_verbs), "")


def _speech_subject(verb: Token) -> Token | None:
    """The subject of a statement verb; after an inverted attribution ('"These provisions ...
    should be repealed," said X'), the subject after the verb: the parser may hang the quotation's
    own subject on the verb as well."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and not c.is_punct]
    after = [s for s in subjects if s.i > verb.i]
    if after and subjects[0].i < verb.i and any(closes_quotation(t) for t in verb.doc[subjects[0].i : verb.i]):
        return after[0]
    return subjects[0] if subjects else None


def _unattributed_document(token: Token, lexicon: Lexicon) -> bool:
    """Is the token a document's noun whose phrase does not name its author already ("the report",
    not "The OHCHR report", "Amnesty's report")?"""
    if token.lemma_.lower() not in lexicon.document_nouns or token.pos_ != "NOUN":
        return False
    start, _end = phrase_bounds(token)
    return not any(t.pos_ == "PROPN" or t.ent_type_ or t.dep_ == "poss" for t in token.doc[start : token.i])


def _document_owner(document: Token, lexicon: Lexicon) -> Party | None:
    """Whose document a possessive pronoun says it is: '"...," their statement said.' after "UN
    agencies in Papua New Guinea said in a joint statement ..." -> the agencies."""
    owner = child_with_dep(document, "poss")
    if (
        owner is None
        or owner.lower_ not in _POSSESSIVE_PRONOUNS
        or document.lemma_.lower() not in lexicon.document_nouns
    ):
        return None
    named = _antecedent(owner, lexicon)
    return _speaker_party(named) if named is not None and named.pos_ != "PRON" else None


def _statement_author(document: Token, lexicon: Lexicon) -> Party | None:
    """Who issued the statement or letter a quotation is attributed to: '"We call for ...," the
    statement said.' after "In a joint statement, the diplomatic missions of 22 countries condemned
    ..." -> the missions; the nearest mention of the document before that names its author, or
    none when the speaker names its author already ("the OHCHR statement") or no mention does."""
    lemma = document.lemma_.lower()
    if not _unattributed_document(document, lexicon):
        return None
    for sent in (document.sent, *_previous_sentences(document.sent, _ANTECEDENT_WINDOW)):
        for token in reversed(sent):
            if token.i <= document.i and token.pos_ == "NOUN" and token.lemma_.lower() == lemma:
                author = _author(token, lexicon)
                if author is not None:
                    return author
    return None


def _name_before_role(role: Token) -> Token | None:
    """The person named between commas right before a speaker's role that the parser made the
    subject, hanging the name on the clause before: "Responding to the arrest of X, Khanyo Farisè,
    Amnesty International's Senior Researcher, said:"."""
    doc = role.doc
    comma = role.left_edge.i if role.left_edge.text == "," else role.left_edge.i - 1  # (the parser may own it)
    if comma < 2 or doc[comma].text != ",":
        return None
    name = next((e for e in doc.ents if e.end == comma and e.label_ == "PERSON"), None)
    if name is None or name.start == 0 or doc[name.start - 1].text != ",":
        return None
    return name.root


def _name_after_role(subject: Token, lexicon: Lexicon) -> Span | None:
    """The person named after a comma right after a speaker's role that the parser made the subject
    (hanging the name elsewhere): 'said CPJ's Europe and Central Asia program coordinator, Gulnoza
    Said, in New York'."""
    doc = subject.doc
    roles = [t for t in subject.subtree if t.lemma_.lower() in lexicon.person_roles and not t.ent_type_]
    if not roles or any(t.text == "," for t in doc[subject.left_edge.i : roles[-1].i]):
        return None
    comma = roles[-1].i + 1
    name = next((e for e in doc.ents if e.start == comma + 1 and e.label_ == "PERSON"), None)
    if comma >= len(doc) or doc[comma].text != "," or name is None:
        return None
    after = doc[name.end] if name.end < len(doc) else None
    return name if after is None or after.text in (",", ".") or after.pos_ == "ADP" else None


def _named_after_fronted_phrase(verb: Token, subject: Token) -> Token | None:
    """The speaker named after a comma inside a subject the parser took from an opening phrase:
    "Following the sentencing of X to two years in prison and [a fine of one million francs, Seif
    Magango, Amnesty International's Deputy Regional Director,] said:" (a participle phrase before
    the subject; the subject no name)."""
    fronted = any(c.i < subject.left_edge.i and c.dep_ in ("prep", "advcl") and c.tag_ == "VBG" for c in verb.children)
    if not fronted or subject.ent_type_:
        return None
    return _named_after_participle(subject)


def _named_after_participle(participle: Token) -> Token | None:
    """The speaker the parser hung inside an opening participle clause it read as the subject:
    "Responding to the arrest of X, Khanyo Farisè, Amnesty International's Senior Researcher, said:"
    (the last person named after a comma, else the last organisation); None when it names none."""
    doc = participle.doc
    named = [
        e
        for e in doc.ents
        if participle.left_edge.i < e.start <= participle.right_edge.i and doc[e.start - 1].text == ","
    ]
    for label in ("PERSON", "ORG"):
        names = [e for e in named if e.label_ == label]
        if names:
            return names[-1].root
    return None


def _speaker_party(subject: Token) -> Party:
    """The party a speaker's phrase names (a list of persons with their roles: the names alone)."""
    start, end = _organisation_name_of(subject, *phrase_bounds(subject))
    return _names_without_roles(subject, start, end) or _party(start, end, subject.doc)


def _introducing_speaker(paragraph: list[Span], lexicon: Lexicon) -> Party | None:
    """The speaker of a quotation set in paragraphs of its own, each opening with a quotation mark,
    after a paragraph that ends with a colon: 'The director said:' / '"This is ...' / '"The
    authorities must ..."' (press releases quote a spokesperson this way); or after a quoted
    paragraph that names its speaker: '"We call on X to ...," said the spokesperson.' / '"We urge
    the government to ..."' (news goes on quoting the same speaker without naming them again)."""
    doc = paragraph[0].doc
    for _ in range(_QUOTATION_PARAGRAPHS):
        if not paragraph[0].text.lstrip().startswith(_QUOTES) or paragraph[0].start == 0:
            return None
        paragraph = _paragraph_of(doc[paragraph[0].start - 1].sent)
        quoted = paragraph[0].text.lstrip().startswith(_QUOTES)
        if paragraph[-1].text.rstrip().endswith(":") and not quoted:
            # (one of the quotation's own paragraphs may end with a colon too: '"So today we remember:"')
            return _speaker_in(paragraph[-1], lexicon)
        # (a quotation over several paragraphs may have lost its opening mark: one closing it counts)
        if quoted or _closes_a_quotation(paragraph):
            speaker = next((found for s in paragraph if (found := _speaker_in(s, lexicon)) is not None), None)
            if speaker is not None:
                return speaker
    return None


def _introduced_first_person(trigger: Token, lexicon: Lexicon, singular: bool = False) -> Party | None:
    """The speaker of first-person paragraphs set without quotation marks under a line that
    introduces them: "UN High Commissioner Michelle Bachelet commented on the situation:" / "I
    have repeatedly warned ... and call once again on the Government to ..." (up to
    `_QUOTED_PARAGRAPHS` paragraphs below it); with none, for `singular` "I", the person whose
    stance the paragraph right above reports (`_person_taking_a_stance`)."""
    doc = trigger.doc
    paragraph = _paragraph_of(trigger.sent)
    above = None  # the paragraph right above
    for _ in range(_QUOTED_PARAGRAPHS):
        if paragraph[0].start == 0:
            break
        paragraph = _paragraph_of(doc[paragraph[0].start - 1].sent)
        above = above or paragraph
        if paragraph[-1].text.rstrip().endswith(":"):
            return _speaker_in(paragraph[-1], lexicon)
    return _person_taking_a_stance(above, lexicon) if above is not None and singular else None


def _person_taking_a_stance(paragraph: list[Span], lexicon: Lexicon) -> Party | None:
    """The named person whose words the next paragraph gives in the first person without quotation
    marks, as a press release quotes its head under its lede: "UNESCO Director-General X has
    condemned the attack on ..." / "I condemn the murder of ... I call for an independent
    investigation". The paragraph opens with the person's stance or statement (`stance_verbs`,
    `reporting_verbs`) and is in the third person."""
    if any(t.lower_ in _FIRST_PERSON for sent in paragraph for t in sent):
        return None
    root = paragraph[0].root
    if root.lemma_.lower() not in lexicon.stance_verbs | lexicon.reporting_verbs:
        return None
    subject = child_with_dep(root, "nsubj")
    name = next((e for e in root.doc.ents if subject is not None and e.start <= subject.i < e.end), None)
    if name is None or name.label_ != "PERSON":
        return None
    return _party(name.start, name.end, root.doc)


def _reporting_speaker(trigger: Token, lexicon: Lexicon) -> Party | None:
    """The named speaker of first-person words reported without quotation marks, in the sentence
    that reports them: "We call for the urgent release of ..., the Special Rapporteurs said."
    (the trigger's clause is the object of a reporting verb after it)."""
    clause = trigger
    while clause.dep_ == "conj":  # "We urge X ... and call on Y ..., the experts said"
        clause = clause.head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.i < trigger.i or verb.lemma_.lower() not in lexicon.reporting_verbs:
        return None
    return _speaker_in(trigger.doc[verb.i : verb.i + 1], lexicon) or _phrase_before_verb(verb)


# Words of a plain noun phrase: "the Special Rapporteurs and experts".
_NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "CCONJ", "NUM"})


def _phrase_before_verb(verb: Token) -> Party | None:
    """The noun phrase between the comma and a reporting verb that the parser left without a
    subject (", the Special Rapporteurs and experts said.": it hung them on the word before the
    comma); None when the words there are not a noun phrase."""
    doc = verb.doc
    comma = next((i for i in range(verb.i - 1, max(verb.i - 10, -1), -1) if doc[i].text == ","), None)
    if comma is None or comma + 1 >= verb.i:
        return None
    words = doc[comma + 1 : verb.i]
    if not all(t.pos_ in _NOUN_PHRASE_POS for t in words) or not any(t.pos_ in ("NOUN", "PROPN") for t in words):
        return None
    return _party(words.start, words.end, doc)


def _closes_a_quotation(paragraph: list[Span]) -> bool:
    """Does the paragraph end a quotation before its attribution ('... not a crime”, said X.')?"""
    return any(
        t.text in ("”", '"', "’’", "''") and t.i + 1 < len(t.doc) and t.nbor(1).text == ","
        for s in paragraph
        for t in s
    )


def _headline_actor(trigger: Token, lexicon: Lexicon) -> Party | None:
    """The actor a headline names around its statement: "UN experts: Belarus must ...",
    "Belarus must ...: UN experts", "... – UN expert", or the lede's subject on the next line."""
    sent = trigger.sent
    doc = sent.doc
    tokens = [t for t in sent if not t.is_space]
    colons = [t.i for t in tokens if t.text == ":"]
    if colons and colons[0] < trigger.i:
        prefix = (sent.start, colons[0])
        # not a dateline's places and date ("Kampala, October 16th, 2015: We, the Coalition, call on ...")
        if _is_attribution(doc, *prefix, lexicon) and not all(
            t.ent_type_ in ("GPE", "LOC", "DATE") or t.is_punct for t in doc[prefix[0] : prefix[1]]
        ):
            return _party(*prefix, doc)
    separators = [t.i for t in tokens if t.i > trigger.i and is_separator(t)]
    # a headline has no final full stop; in a sentence that has one the phrase after a dash is an
    # apposition ("release all those detained, including the three officials - A, B and C.")
    if separators and not sent.text.rstrip().endswith("."):
        suffix = trim_edges(doc, separators[-1] + 1, tokens[-1].i + 1)
        if suffix and _is_attribution(doc, *suffix, lexicon):
            return _party(*suffix, doc)
    return _lede_actor(sent, lexicon)


def _lede_actor(sent: Span, lexicon: Lexicon) -> Party | None:
    """A headline (a line with no final full stop) takes the subject of the next line when that
    line reports a statement: "Political leaders must stop ..." / "49 NGOs issue a joint letter"."""
    doc = sent.doc
    if sent.text.rstrip().endswith((".", "!", "?", ";")) or sent.end >= len(doc):
        return None  # (a line ending with ";" is a paragraph of a list, not a headline)
    line = next((line for line in lines_from(doc, sent.end) if line.text.strip()), None)
    if line is None:
        return None
    # the lede's first two sentences: "X is appalled by Y. X deplores Z and urges ..."
    first = doc[line.start].sent
    ledes = [first] + ([doc[first.end].sent] if first.end < min(line.end, len(doc)) else [])
    for lede in ledes:
        verbs = [lede.root, *(c for c in lede.root.children if c.dep_ == "conj")]
        if any(v.lemma_.lower() in lexicon.statement_verbs for v in verbs):
            subject = child_with_dep(lede.root, "nsubj")
            if subject is not None and subject.ent_type_ in ("GPE", "LOC"):
                # "Paris-Geneva, June 15, 2022 – X must be released, said FIDH": the dateline read as
                # the subject; the speaker is the one the verb's own rules find
                subject = subject_of(lede.root) or subject
            if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
                return None  # a pronoun, or an operative paragraph's "Further urges ..."
            return _party(*phrase_bounds(subject), doc)
    return None


def _is_attribution(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """A short phrase naming who speaks ("UN experts", "Bachelet", "Rights body"), not a topic
    ("COVID-19 crisis: Kenya urged to ..."): a named body, person or group, or a word for one."""
    span = doc[start:end]
    if not 0 < len(span) <= _MAX_ATTRIBUTION_TOKENS or any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    heads = default_lexicon().party_heads
    words = (lexicon.person_roles, lexicon.party_nouns, lexicon.collective_parties, heads)
    return any(
        t.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") or any(t.lemma_.lower() in w for w in words) for t in span
    )


def _party(start: int, end: int, doc: Doc) -> Party:
    # a list item's marker the parser hung on the item's subject ("(a) Countries that are not party to
    # ... should ratify") is no part of the party
    while end - start > 1 and (doc[start].tag_ == "LS" or (doc[start].text in "()" and doc[start + 1].tag_ == "LS")):
        start += 1
    while end - start > 1 and start > 0 and doc[start].text == ")" and doc[start - 1].tag_ == "LS":
        start += 1
    # A bracket the phrase opens but does not close ("the Committee against Torture (CAT") is
    # an acronym the parse cut short: the name before it is the party.
    brackets = [t.i for t in doc[start:end] if t.text in "()"]
    if brackets and doc[brackets[-1]].text == "(":
        start, end = trim_edges(doc, start, brackets[-1]) or (start, end)
    if end - start > 1 and doc[end - 1].tag_ == "POS":
        end -= 1  # "the UN Secretary-General’s call": the party, not its possessive
    start = after_leading_date(doc, start, end)
    span = doc[start:end]
    return Party(span.text, _entity_id(span))


def _entity_id(span: Span) -> str:
    """Gazetteer id (set by the gazetteer ruler) of the entity a phrase names: the entity holding the
    phrase's head word ("the Office of the High Commissioner"), else the first entity in it that
    has an id ("UN human rights experts" -> the UN), else ""."""
    if span.root.ent_id_:
        return span.root.ent_id_
    return next((t.ent_id_ for t in span if t.ent_id_), "")
