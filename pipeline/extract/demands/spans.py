"""Spans: the token ranges a frame demands, split at coordinated actions and list items, trimmed."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pipeline.extract.demands import layout
from pipeline.extract.demands.lexicon import Lexicon, load_lexicon
from pipeline.extract.demands.syntax import (
    FINITE_TAGS,
    child_with_dep,
    gets_rid,
    has_subject,
    has_to,
    hyphenated_end,
    inverted_attribution_speaker,
    is_separator,
    is_time_modifier,
    lost_attribution_subject,
    must_or_should,
    prep_object,
    subjunctive,
    verb_start,
)
from pipeline.nlp.sentences import line_ends
from pipeline.nlp.text import doc_text

# what a verb still waiting for its object may take from further on
_WAITED_FOR = frozenset({"prep", "conj", "dobj", "npadvmod"})
# the conjunctions that open the reason a speaker gives for a demand, after a comma
_REASON_MARKS = frozenset({"because", "since"})
# the pronouns that open a relative clause set off by a comma ("that" opens none: it restricts)
_ASIDE_PRONOUNS = frozenset({"who", "whom", "whose", "which"})


def _through_plural_possessive(doc: Doc, end: int) -> int:
    """A noun whose possessive mark the parser left hanging owns the noun after it: "calls for
    Cubans’ release" is "Cubans’ release", not "Cubans"; "to respect the citizen’s right to ..." (the
    "’s" read as the subject of "right") is not "respect the citizen"."""
    if end + 2 >= len(doc) or doc[end + 2].pos_ != "NOUN":
        return end
    plural = doc[end].tag_ in ("NNS", "NNPS") and doc[end + 1].text in ("'", "’")
    # (the parser also reads the mark as "is": "protect the child’s right to education")
    mark = doc[end + 1]
    singular = doc[end].pos_ in ("NOUN", "PROPN") and mark.lower_ in ("'s", "’s") and mark.head.i != end
    if plural or singular:
        return max(doc[end + 2].right_edge.i, end + 2)
    return end


def _through_end_to(doc: Doc, end: int) -> int:
    """ "An end to X" whose "to" the parser hung elsewhere ("call for end to jailing of protesters", "to"
    on "call") goes on through X."""
    if end + 1 < len(doc) and doc[end].lemma_.lower() == "end" and doc[end].pos_ == "NOUN":
        to = doc[end + 1]
        if to.lower_ == "to" and to.head.i != end:
            return max(to.right_edge.i, end + 1)
    return end


def _through_dangling_preposition(doc: Doc, end: int) -> int:
    """A preposition left with no object takes the noun phrase right after it, which the parser hung
    elsewhere ("to end the crisis onboard the ship in | the Mediterranean", "the" read as a
    dependent of the call)."""
    prep = doc[end]
    if prep.dep_ != "prep" or any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return end
    last = end
    while last + 1 < len(doc) and doc[last + 1].tag_ in _NOUN_PHRASE_TAGS:
        last += 1
    return last if last > end and doc[last].tag_.startswith("NN") else end


# the tags of a simple noun phrase: determiner, adjectives, numbers and nouns
_NOUN_PHRASE_TAGS = frozenset({"DT", "PDT", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS"})


def _acronym_inside_a_phrase(doc: Doc, bracket: int, end: int) -> bool:
    """Is the bracket at `bracket` an acronym's, with the noun phrase going on after it ("the
    National League for Democracy (NLD) members")? Other brackets end a demand: a recommendation's
    "(Denmark)", a document symbol."""
    if bracket + 3 > end:
        return False
    acronym, closing, following = doc[bracket + 1], doc[bracket + 2], doc[bracket + 3]
    return (
        acronym.is_alpha
        and acronym.is_upper
        and len(acronym) >= 2
        and closing.text == ")"
        and following.is_alpha
        and following.is_lower
    )


# Tokens at most inside a bracketed aside that a demand goes on after ("(2012)", "(A/HRC/RES/52/5)").
_MAX_ASIDE_TOKENS = 5


def _aside_before_coordinated_action(doc: Doc, bracket: int, end: int) -> bool:
    """Is the bracket at `bracket` a short aside that closes before `end`, with a coordinated action
    right after it ("to implement the judgments set out in Resolution 1900 (2012) and to release X")?
    A recommendation's "(Denmark)" before ";" or a line's end still ends its demand."""
    last = min(bracket + _MAX_ASIDE_TOKENS + 2, end)
    closing = next((j for j in range(bracket + 1, last) if doc[j].text == ")"), None)
    if closing is None or closing + 2 > end:
        return False
    after = closing + 1 + (doc[closing + 1].text == ",")
    if after + 1 > end or doc[after].pos_ != "CCONJ":
        return False
    action = doc[after + 1]
    return action.tag_ == "TO" or action.tag_ in ("VB", "VBG")


def _numeral_restated(doc: Doc, bracket: int, end: int) -> bool:
    """Is the bracket at `bracket` a number's figure after its word ("two (2) months", "thirty (30)
    days")?"""
    return (
        bracket > 0
        and bracket + 2 <= end
        and doc[bracket - 1].like_num
        and not doc[bracket - 1].is_digit
        and doc[bracket + 1].is_digit
        and doc[bracket + 2].text == ")"
    )


# Words at most in brackets inside a phrase that a demand goes on after ("(human rights) defenders").
_MAX_BRACKETED_WORDS = 3


def _words_inside_a_phrase(doc: Doc, bracket: int, end: int) -> bool:
    """Is the bracket at `bracket` around a few lower-case words inside a noun phrase that goes on
    after it ("including (human rights) defenders", "the (alleged) perpetrators")?"""
    closing = next(
        (j for j in range(bracket + 1, min(bracket + _MAX_BRACKETED_WORDS + 2, end)) if doc[j].text == ")"), None
    )
    if closing is None or closing == bracket + 1 or closing + 1 > end:
        return False
    inside = doc[bracket + 1 : closing]
    following = doc[closing + 1]
    return all(t.is_alpha and t.is_lower for t in inside) and following.is_alpha and following.is_lower


def demand_region(head: Token, trigger: Token, start: int, lexicon: Lexicon) -> tuple[int, int]:
    """Token range [start, end) of everything demanded: the complement's subtree plus what the
    parser hung on the trigger after it ("call for probe | into violence"), ending at a colon, a
    dash, a line break or a framing gerund (", citing ...")."""
    doc = head.doc
    end = max(head.right_edge.i, hyphenated_end(head).right_edge.i)  # "to re-open the schools"
    end = _through_plural_possessive(doc, end)
    end = _through_end_to(doc, end)
    end = _through_dangling_preposition(doc, end)
    # a verb still waiting for its object takes it from further on, across an inserted phrase:
    # "to pursue, by means of the national dialogue, their efforts to ..."
    # (a phrase set off by commas is no complement: "to provide, in its next report, information on X")
    waiting = head.pos_ == "VERB" and not any(c.dep_ in _COMPLEMENTS and not _inserted(c) for c in head.children)
    if trigger != head:
        for child in trigger.rights:
            if child.i <= end or child.dep_ in ("punct", "cc"):
                continue
            if _extends(child, lexicon) or (waiting and (child.dep_ in _WAITED_FOR or _is_that_clause(child))):
                end = child.right_edge.i
                waiting = waiting and child.pos_ not in ("NOUN", "PROPN", "PRON")
            elif not is_time_modifier(child):
                break
            # (a date hung on the verb joins the demand only when a phrase that does follows it:
            # "called for a protest | in October | in support of the teenagers")
    end = _displaced_object_end(doc[end], trigger, end)
    end = _noun_coordinated_with_verb_end(head, end)
    end = _through_scare_quotes(head, end)
    end = min(end, head.sent.end - 1)
    # a passive under a modal ("should not be used") coordinates with passives, not with an active
    # past tense that has its own object ("... but warned Hong Kong against ...")
    passive = head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children)
    unlike = next(
        (
            c
            for c in head.children
            if c.dep_ == "conj"
            and not _adjective_read_as_verb(c)
            and (
                (head.tag_ == "VB" and (c.tag_ == "VBG" or (c.tag_ == "VBD" and doc[c.i - 1].lower_ in ("and", "but"))))
                or (passive and c.tag_ == "VBD" and doc[c.i - 1].lower_ in ("and", "but") and child_with_dep(c, "dobj"))
            )
        ),
        None,
    )
    if unlike is not None:
        # "asking him to pardon the boy, and offering to serve the term himself", "called on them to
        # release opponents and recalled that he will ...": a gerund or a past tense does not
        # coordinate with the demanded base form; it is the speaker's own act, hung on the wrong verb
        end = min(end, unlike.left_edge.i - 1)
    told = next(
        (
            c
            for c in head.children
            if c.dep_ == "conj"
            and c.i > head.i
            and (states(c) or own_that(c) or _obliges(c) or _own_modal(c) or calls_on_its_own(c, lexicon))
        ),
        None,
    )
    if told is not None:
        # "demanded that the boy be returned, and the government has said that ...": a clause of
        # its own in a tense ends the demand (a base form or "should" would be a second demand); so
        # does one that obliges a party of its own ("..., but until then the State Department must
        # designate her"), a demand on its own
        end = min(end, told.left_edge.i - 1)
    while start < end and is_separator(doc[start]):
        start += 1  # a list item's dash the parser hung on the subject: "- Torture allegations must be ..."
    quoted = _opens_quote(doc, start)
    attribution = _attribution_comma(head.sent, lexicon)
    for i in range(start, end + 1):
        token = doc[i]
        if token.text == "(" and _acronym_inside_a_phrase(doc, i, end):
            continue  # "release 79 Citizens Coalition for Change (CCC) youth activists"
        if token.text == "(" and _aside_before_coordinated_action(doc, i, end):
            continue  # "to implement Resolution 1900 (2012) and to release X": the demand goes on
        if token.text == "(" and _numeral_restated(doc, i, end):
            continue  # "within two (2) months": legal drafting's figure after the number's word
        if token.text == "(" and _words_inside_a_phrase(doc, i, end):
            continue  # "including (human rights) defenders": words a writer put in brackets
        if token.text == "(" or "\n" in token.text or is_separator(token):
            return start, i
        if i > start and token.like_url:
            return start, i  # a feed's headline runs on into its link: "groups demand his release https://..."
        # a closing mark ends a quoted demand, whether the quote opened right before it or at
        # the start of the speaker's words ('"... We urge X to remember that," the experts said')
        opened_before = (
            closes_quotation(token)
            and not any(doc[j].tag_ == "``" for j in range(start, i))
            and inside_a_quotation(doc, start)
        )
        closes = (
            token.tag_ == "''"
            and (quoted or opened_before)
            and not _object_after_quote(doc, i, start)
            and not head.i > i  # 'urged X to "immediately and unconditionally" release ...': the verb follows
            and not _quote_open_inside(doc, start, i)  # '"revoke the "transparency" law,"': the inner one closes
            and not _action_after_quote(head, i)
        )
        if i > start and (i == attribution or closes):
            # 'urged them "to engage in dialogue," as a way of ...': a quoted demand ends with its quote;
            # "X urged Y to release Z, representatives of X said": the speakers are not demanded
            return start, i - 1 if doc[i - 1].text == "," else i
        if (
            i > start
            and token.dep_ == "prep"
            and is_document_prep(token, lexicon)
            and _has_object(doc, start, i)
            and token.head.dep_ not in ("acl", "relcl")  # "the concerns raised in the report": the object's
        ):
            return start, i
        if (
            i > start
            and token.tag_ == "VBG"
            and token.lemma_.lower() in lexicon.framing_gerunds
            and doc[i - 1].text == ","
        ):
            return start, i - 1
        if i > start and _gives_a_reason(token):
            return start, i - 1  # "release him, because he was detained for his work": why, not what
        if i > start and _describes_the_named(token, end):
            # "release activist Ana Vel sentenced to three months for her posts": a participle or relative
            # clause right after a person's name (no comma) only tells about her, as one after a comma does
            return start, i
        if token.dep_ == "prep" and token.lower_ == "after" and token.head.i == _first_noun(doc, start, i):
            # "calls for the release of X after the Committee's decision to award him the prize": the
            # occasion of the call, not part of what it asks ("an inquiry into the deaths after the
            # vote" keeps its phrase: it hangs on a later noun)
            return start, i
    return start, end + 1


def _gives_a_reason(token: Token) -> bool:
    """Does a clause giving the reason for the call open here, after a comma: "because" or "since",
    or "as" before a clause with its own subject ("drop the charges, as they believe he was charged
    for his work"; not "as required by law")?"""
    if token.dep_ != "mark" or token.doc[token.i - 1].text != ",":
        return False
    return token.lower_ in _REASON_MARKS or (token.lower_ == "as" and has_subject(token.head))


def _describes_the_named(token: Token, end: int) -> bool:
    """Does a participle phrase or relative clause that ends the demand open at this token, right
    after a person's name it describes ("Ana Vel | sentenced to ...", "Tom Roe | who has been held
    ...")? A name needs no restrictive modifier, so the clause only tells about the person. (The
    parser may read the participle as a past tense with the name its subject: "release activist Ana
    Vel | sentenced to ...".)"""
    subject = child_with_dep(token, "nsubj")
    if (
        token.dep_ in ("conj", "ccomp")
        and token.tag_ in ("VBD", "VBN")
        and subject is not None
        and subject.i == token.i - 1
    ):
        # a participle's phrase: no object of its own, a preposition after it ("ensure Ana Vel
        # received care" is a clause demanded)
        after = next(token.rights, None)
        participle = child_with_dep(token, "dobj") is None and after is not None and after.dep_ == "prep"
        return participle and token.right_edge.i >= end and subject.ent_type_ == "PERSON"
    clause = token if token.dep_ in ("acl", "relcl") else token.head if token.head.dep_ == "relcl" else None
    if clause is None or clause.left_edge.i != token.i or clause.right_edge.i < end:
        return False
    named = clause.head
    if clause.dep_ == "acl" and clause.tag_ != "VBN":
        return False
    if clause.dep_ == "relcl" and token.lower_ not in ("who", "whom", "whose"):
        return False
    return named.i == token.i - 1 and named.ent_type_ == "PERSON" and named.ent_iob_ != "O"


def _action_after_quote(head: Token, quote: int) -> bool:
    """Does a further demanded action, coordinated with the quoted one, follow the closing quote?
    'urged X to "immediately cease the repression" of protests and to investigate the deaths': the
    quote ends its own words, not the demand."""
    return any(c.dep_ == "conj" and c.i > quote and c.tag_ == "VB" for c in head.children)


def _first_noun(doc: Doc, start: int, end: int) -> int:
    return next((t.i for t in doc[start:end] if t.pos_ == "NOUN"), -1)


def opens_quotation(token: Token) -> bool:
    """Is the token a double quotation mark that opens ("“", "``", "‘‘", a straight one tagged so)?"""
    return token.text in ("“", "``", "‘‘") or (token.text == '"' and token.tag_ == "``")


def closes_quotation(token: Token) -> bool:
    """Is the token a double quotation mark that closes ("”", "''", a straight one tagged so, and the
    doubled single mark "’’" of wire copy)? A single mark may be a plural's apostrophe ("Cubans’ release")."""
    return token.text in ("”", "''", "’’") or (token.text == '"' and token.tag_ == "''")


def inside_a_quotation(doc: Doc, start: int) -> bool:
    """Does a quotation open before token `start` in its paragraph and stay open up to it? (A stray
    closing mark after a demand outside quotations, '... release Ruth López,” and “guarantee ...',
    ends nothing.)"""
    i = start - 1
    while i >= 0 and "\n" not in doc[i].text_with_ws:
        if closes_quotation(doc[i]):
            return False
        if opens_quotation(doc[i]):
            return True
        i -= 1
    return False


def _quote_open_inside(doc: Doc, start: int, end: int) -> bool:
    """Does a quotation opened inside [start, end), while the demand's own was open, stay open at
    `end`? A closing mark there closes it. Once the demand's own quotation has closed, later ones
    are no longer inside it."""
    depth = 0
    for token in doc[start:end]:
        if opens_quotation(token):
            depth += 1
        elif closes_quotation(token):
            if not depth:
                return False  # the demand's own quotation closed
            depth -= 1
    return depth > 0


def _object_after_quote(doc: Doc, quote: int, start: int) -> bool:
    """Does the object of a verb quoted in [start, quote) follow the closing quote? 'called on X to
    "immediately free" the activists': the quote took the verb only; the demand goes on."""
    if quote + 1 >= len(doc) or doc[quote - 1].is_punct:
        return False
    phrase = doc[quote + 1]
    while phrase.head.i > quote and phrase.head != phrase:
        phrase = phrase.head
    return phrase.dep_ == "dobj" and start <= phrase.head.i < quote


def further_that_clauses(first: Token) -> list[Token]:
    """The that-clauses coordinated with `first`, in order: its conjuncts with a "that" of their own
    and the clauses after a comma the parser hung on it ("that X resign, that Y be dissolved, and
    that Z be held")."""
    found = [c for c in first.children if (c.dep_ == "conj" and own_that(c)) or _listed_that_clause(c, first)]
    found += _subjunctive_clauses_after(first)
    for clause in list(found):
        found += [c for c in further_that_clauses(clause) if c not in found]
    return sorted(found, key=lambda t: t.i)


def _subjunctive_clauses_after(first: Token) -> list[Token]:
    """The subjunctive clauses without a "that" of their own that the parser hung beside a
    subjunctive that-clause after a comma ("demanded that an inquiry be opened, | its findings be
    published and ..."): each a demand of its own."""
    if first.dep_ != "ccomp" or not subjunctive(first):
        return []
    doc = first.doc
    return [
        c
        for c in first.head.children
        if c.dep_ == "ccomp"
        and c.i > first.i
        and not own_that(c)
        and subjunctive(c)
        and any(t.text == "," for t in doc[first.right_edge.i + 1 : c.left_edge.i + 1])
        and not any(t.pos_ in ("VERB", "AUX") for t in doc[first.right_edge.i + 1 : c.left_edge.i])
    ]


def _listed_that_clause(clause: Token, head: Token) -> bool:
    """A that-clause after a comma that the parser hung on the previous that-clause's verb."""
    return (
        clause.dep_ == "ccomp"
        and clause.i > head.i
        and own_that(clause)
        and head.dep_ in ("ccomp", "conj")
        and own_that(head)
        and clause.doc[clause.left_edge.i - 1].text == ","
    )


def own_that(verb: Token) -> bool:
    """A coordinated clause opened by its own "that": "said that X must A and that Y must B" is two
    statements, each its own demand."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _obliges(verb: Token) -> bool:
    """A verb with its own subject and a modal of obligation: "the State Department must designate"."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"), None)
    modal = must_or_should(verb)
    # not a question or a negative inverted ("nor should patients have to travel")
    return subject is not None and modal is not None and subject.i < modal.i


def calls_on_its_own(verb: Token, lexicon: Lexicon) -> bool:
    """A demand verb with its own addressee: "urge the police to rescind X and call on the
    Government to halt Y" (the parser coordinates "call" with "rescind"): a second call, its own frame."""
    spec = lexicon.triggers.get(verb.lemma_.lower())
    if spec is None or verb.tag_ != "VB":
        return False
    return any(c.dep_ in ("prep", "prt") and c.lower_ in spec.get("target_preps", ()) for c in verb.children)


def _own_modal(verb: Token) -> bool:
    """A verb with its own subject and modal: "..., but on the other hand, we cannot accept X" (the
    speaker's own stance after the demand)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    return subject is not None and modal is not None and subject.i < modal.i


def states(verb: Token) -> bool:
    """A verb with its own subject in a tense of its own ("the government has said", "it added"): a
    statement, never a demanded action."""
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    tensed = verb.tag_ in ("VBD", "VBZ") or any(c.dep_ == "aux" and c.tag_ in FINITE_TAGS for c in verb.children)
    return subject and tensed


def _displaced_object_end(last: Token, trigger: Token, end: int) -> int:
    """The end of the demand when its last verb's object comes after an inserted phrase and the
    parser hung that object higher up: "encourages it to help the people to achieve, in the
    shortest possible time, | its aspirations of peace". Only a direct object of a word above the
    verb, right after one or more prepositional phrases set off by commas; else ``end`` unchanged."""
    if last.pos_ != "VERB" or last.i <= trigger.i or any(c.dep_ in _COMPLEMENTS for c in last.children):
        return end
    doc = last.doc
    i = end + 1
    while i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].dep_ == "prep" and doc[i + 1].head.i != last.i:
        after = doc[i + 1].right_edge.i + 1
        if after >= len(doc) or doc[after].text != ",":
            return end
        i = after
    if i == end + 1 or i + 1 >= len(doc):
        return end
    obj = doc[i + 1]
    while obj.head.i > i and obj.head != obj:  # the phrase's own head: "its aspirations of peace"
        obj = obj.head
    if obj.dep_ != "dobj" or obj.head not in set(last.ancestors):
        return end
    return obj.right_edge.i


def _is_that_clause(token: Token) -> bool:
    """A clause opened by "that", whatever the parser hung it on: "ensure, as a matter of priority,
    that all detainees have access to a lawyer"."""
    return token.dep_ in ("ccomp", "advcl") and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)


def _inserted(child: Token) -> bool:
    """A prepositional phrase between commas right after its verb: "provide, in its report, ...",
    "ensure, possibly by imposing a moratorium, that ..."."""
    doc = child.doc
    start = child.left_edge.i
    return (
        child.dep_ == "prep"
        and start >= 2
        and doc[start - 1].text == ","
        and start - 2 == child.head.i
        and doc[child.right_edge.i + 1 : child.right_edge.i + 2].text == ","
    )


def _has_object(doc: Doc, start: int, end: int) -> bool:
    """Does [start, end) name what is demanded, not only its verb? "the release of X | in a
    statement" is cut before the document's phrase; "follow | through its decision to ..." is not."""
    return any(t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for t in doc[start:end])


def _opens_quote(doc: Doc, start: int) -> bool:
    """Does a quotation open right before the demand ('urged X "to release ...', 'urged X to "release')?"""
    return any(doc[i].tag_ == "``" for i in range(max(start - 2, 0), start))


def _attribution_comma(sent: Span, lexicon: Lexicon) -> int:
    """The comma before a trailing attribution whose subject the parser lost ("..., representatives of
    the US and the UK said on Monday"): the comma before the last reporting verb of the sentence
    when that verb has no subject and only a noun phrase stands between; else -1."""
    doc = sent.doc
    verbs = [t for t in sent if t.lemma_.lower() in lexicon.reporting_verbs and t.tag_ in ("VBD", "VBZ")]
    if not verbs:
        return -1
    verb = verbs[-1]
    if any(c.dep_ == "xcomp" for c in verb.children):
        return -1  # "to a small, uninhabited island said to be at risk": a report of what it is, no speaker
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None:
        # "..., Human Rights Watch, Amnesty International and 135 other groups said": the parser hung
        # the first names of the list on the words before them
        first = subject.left_edge.i
        while first > sent.start and doc[first].ent_iob_ == "I":
            first -= 1  # a name the parser broke at its colon: "..., CIVICUS: World Alliance for ... said"
        comma = first - 1
        while comma > sent.start and doc[comma].lower_ in ("and", "or"):
            comma -= 1  # "..., and over 135 other organizations said"
        earlier = named_list_start(doc, comma, sent.start) if doc[comma].text == "," else comma
        if first < subject.left_edge.i and doc[comma].text == ",":
            return earlier  # the name's first part hung on the words before it: they end there
        return earlier if earlier < comma else -1
    if inverted_attribution_speaker(verb, lexicon) is not None:
        return verb.i - 1  # "X must be accelerated, urged civil society organisations ...": the verb first
    lost = lost_attribution_subject(verb)
    if lost is not None:  # "..., the Observatory ..., a partnership of FIDH and OMCT, urged today"
        return named_list_start(doc, lost.start - 1, sent.start)
    for i in range(verb.i - 1, sent.start, -1):
        if doc[i].text == ",":
            return named_list_start(doc, i, sent.start) if i < verb.i - 1 else -1
        if (doc[i].pos_ in ("VERB", "AUX") or doc[i].tag_ == "TO") and doc[i].ent_type_ not in ("ORG", "PERSON"):
            return -1  # (a verb inside a name is no verb: "..., the Committee to Protect Journalists said")
    return -1


def named_list_start(doc: Doc, comma: int, limit: int) -> int:
    """The comma that opens a list of organisations ending at `comma`: back over each ", Name"
    before it ("Human Rights Watch", not "the poet"; organisations only, since the people before
    an attribution are more often those the demand is about: "free Ana Vel, Tom Roe, the experts said")."""
    while True:
        i = comma - 1
        while i > limit and doc[i].ent_type_ == "ORG" and doc[i].text[:1].isupper():
            i -= 1
        if i == comma - 1 or i <= limit or doc[i].text != ",":
            return comma
        comma = i


# Dependents that complete a verb: with none, "pursue" still waits for what is pursued.
_COMPLEMENTS = ("dobj", "prep", "xcomp", "ccomp", "attr", "acomp", "dative", "oprd", "prt", "agent", "advcl")


def relative_aside_end(doc: Doc, comma: int) -> int | None:
    """The token after a non-restrictive relative clause that opens at this comma (", who was
    sentenced ...", ", which was adopted in May"); None if none does. One that makes a call of its own
    (", which calls for the ratification of ...") is no aside: its call would stand without its caller."""
    if comma + 1 >= len(doc) or doc[comma].text != "," or doc[comma + 1].lower_ not in _ASIDE_PRONOUNS:
        return None
    clause = next((t for t in doc[comma + 1].ancestors if t.dep_ == "relcl"), None)
    if clause is None or clause.head.i >= comma:
        return None
    triggers = load_lexicon().triggers
    if any(t.lemma_.lower() in triggers for t in clause.subtree):
        return None
    return clause.right_edge.i + 1


def description_aside_end(doc: Doc, comma: int) -> int | None:
    """The token after a description set after a name at this comma (", a human rights defender
    from X", ", detained since August for ...", ", a city in the north"); None if none does, or if
    it makes a call of its own."""
    if doc[comma].text != "," or comma == 0 or comma + 1 >= len(doc):
        return None
    named = doc[comma - 1]
    # (one name: in a list, "free Ana Vel, a journalist, and Tom Roe, a lawyer", each has its own)
    if (named.pos_ != "PROPN" and named.ent_type_ not in ("PERSON", "GPE")) or named.dep_ == "conj":
        return None
    opener = doc[comma + 1]
    aside = next(
        (
            c
            for c in named.children
            if c.i > comma
            and c.left_edge.i == comma + 1
            and ((c.dep_ == "appos" and _opens_a_description(opener, c)) or (c.dep_ == "acl" and c.tag_ == "VBN"))
        ),
        None,
    )
    triggers = load_lexicon().triggers
    if aside is None or any(t.lemma_.lower() in triggers for t in aside.subtree):
        return None
    return aside.right_edge.i + 1


def _opens_a_description(opener: Token, apposition: Token) -> bool:
    """Does a description after a name open here: ", a journalist", or a role without an article
    (", artist and poet of Palestinian origin", ", head of the Viasna centre")?"""
    return opener.lower_ in ("a", "an") or (opener.i == apposition.i and opener.tag_ == "NN" and opener.is_lower)


def _closing_aside(doc: Doc, comma: int, end: int) -> bool:
    """Does a relative aside start at this comma and run to the end of the region? (One followed by
    more of the demand, ", who ..., and the closure of ...", is left in: cutting it out would break
    the span in two.)"""
    if comma > end or doc[comma].text != ",":
        return False
    after = relative_aside_end(doc, comma) or description_aside_end(doc, comma)
    return after is not None and all(t.is_punct for t in doc[after : end + 1])


def names_a_document(prep: Token, lexicon: Lexicon) -> bool:
    """Is the prepositional phrase about a document ("in a statement", "in its next report")?"""
    obj = prep_object(prep)
    return obj is not None and obj.lemma_.lower() in lexicon.document_nouns


def is_document_prep(prep: Token, lexicon: Lexicon) -> bool:
    """ "in a statement", "in its report": where the demand was made, not part of it."""
    obj = prep_object(prep)
    if obj is None or obj.lemma_.lower() not in lexicon.document_nouns:
        return False
    if any(c.lower_ in lexicon.future_document_modifiers for c in obj.children):
        return False  # "provide information in its next periodic report": where the demand is to be met
    return prep.lower_ in ("in", "through", "via")


def _extends(child: Token, lexicon: Lexicon) -> bool:
    """Does this right child of the trigger continue the demanded action?"""
    if child.dep_ == "prep":
        # a complex preposition says what for or by what measure: "in support of", "in line with"
        obj = prep_object(child)
        complex_preposition = obj is not None and obj.lower_ in lexicon.complex_preposition_nouns
        return child.lower_ not in lexicon.framing_preps or complex_preposition
    if child.dep_ == "advcl" and child.tag_ == "VBG" and _says_when_done(child):
        return True  # "the release of all those detained while pursuing their activities": when they were held
    if child.dep_ == "advcl" and child.tag_ == "VBG" and not any(c.dep_ == "conj" for c in child.children):
        # a lone participle of the trigger is the speakers' own act: "appealed for the release of X,
        # condemning the arrest of Y", "called for X, urging Z to ..." (a frame of its own); a list of
        # them is demanded: "called for X, ensuring Y and ending Z"
        return False
    if child.dep_ == "conj" and child.lemma_.lower() in lexicon.triggers:
        return False  # "demand an end to political violence, and implore the regime to ...": a call of its own
    if child.dep_ in ("npadvmod", "dep") and child.pos_ == "NOUN":
        # "calls for the release of X, an end to Y": an action's noun phrase the parser read as the
        # verb's adverb of measure, or left unattached
        return _is_action_noun(child, lexicon) and _is_listed_phrase(child)
    if child.dep_ in ("advcl", "conj", "dep", "xcomp"):  # "urged X to stop Y, to release Z": xcomps of the trigger
        # "urged X to free Y, drop Z and allow W": the parser reads the bare "drop" as a present
        # tense (VBP) coordinated with "urged"; without a subject of its own it is another action
        bare_present = child.tag_ == "VBP" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        return (child.tag_ in ("VB", "VBG") or bare_present) and child.lemma_.lower() not in lexicon.framing_gerunds
    # "calls for the release of X, the closure of Y": the second noun phrase hung on the verb
    return child.dep_ in ("dobj", "conj") and child.pos_ == "NOUN" and _is_listed_phrase(child)


def _says_when_done(participle: Token) -> bool:
    """Does "while/when <participle>" follow a past participle ("detained while pursuing ...",
    "arrested when reporting ..."), saying when that was done, though the parser hangs it on the
    main verb?"""
    mark = next((c for c in participle.children if c.dep_ == "mark" and c.i == participle.i - 1), None)
    return mark is not None and mark.lower_ in ("while", "when") and mark.i > 0 and mark.nbor(-1).tag_ == "VBN"


def split(region: tuple[int, int], head: Token, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Split a region at coordinated actions; each item trimmed of edge punctuation and "and".

    "stop torturing protesters and prevent enforced disappearances" -> two items;
    "the release of X, ensuring Y, and ending Z" -> three; "release and rehabilitation" -> one.
    """
    start, end = region
    doc = head.doc
    cuts = [start]
    starts = {head.i}
    # (also those of an action coordinated inside the item: "engage with X to implement Y and uphold
    # Z, including by ...")
    means = _listed_means(head)
    if not means and any(t.lower_ == "by" for t in doc[start:end]):  # (cheap test first: most items list no means)
        means = means.union(
            *(_listed_means(t) for t in doc[start:end] if t.dep_ == "conj" and t.pos_ == "VERB" and t.head.i >= start)
        )
    for i in range(start + 1, end):
        token = doc[i]
        if token.text == ";":
            cuts.append(i)
        elif (i in means and i not in starts) or _starts_item(token, head, lexicon, starts, start):
            starts.add(token.i)
            j = max(token.left_edge.i - 1, start)
            while j > start and (doc[j].tag_ == "TO" or doc[j].dep_ in ("advmod", "neg")):
                j -= 1
            if doc[j].lower_ == "by" and j - 2 > start and doc[j - 1].lower_ == "including" and doc[j - 2].text == ",":
                j -= 2  # ", including by releasing X, clarifying Y": the means start after the comma
            if doc[j].lower_ == "by" and j - 1 > start and doc[j - 1].text == ",":
                j -= 1  # ", by co-sponsoring X, rejecting Y": the means start after the comma
            if j - 2 > start and _as_well_as(doc, j - 2):
                j -= 2  # "to engage in dialogue, as well as to release X": a conjunction of three words
                cuts.append(j - 1 if doc[j - 1].text == "," else j)
            elif doc[j].text == "," or doc[j].pos_ == "CCONJ":
                if doc[j].pos_ == "CCONJ" and doc[j - 1].text == ",":
                    j -= 1
                cuts.append(j)
    cuts.append(end)
    items: list[tuple[int, int]] = []
    for a, b in itertools.pairwise(cuts):
        item = _trim(doc, a, b, lexicon.linking_adverbs)
        if item is not None and items and _waits_for_object(doc, items[-1]):
            # "to participate in, and benefit from, the process": the first verb shares the second's object
            item = (items.pop()[0], item[1])
        if item is not None and not (items and _speakers_stance(doc[item[0]], lexicon)):
            items.append(item)
    return items


# Prepositions a verb takes its object with ("report on", "cooperate with", "benefit from"), unlike the
# particles of phrasal verbs that need none ("speak out", "step up", "back down")
_PREPOSITIONS_READ_AS_PARTICLES = frozenset({"on", "upon", "with", "from", "into", "about", "for", "to", "against"})


def _waits_for_object(doc: Doc, item: tuple[int, int]) -> bool:
    """Does the item end with a preposition whose object comes later ("participate in"), or with a
    phrasal verb's particle and no object ("carry out, or fully cooperate with, an investigation")?"""
    last = doc[item[1] - 1]
    if last.dep_ == "prt":  # (set off by a comma: "speak out and raise its voice" waits for nothing)
        after = doc[item[1]] if item[1] < len(doc) else None
        # a preposition the parser read as a particle waits, comma or not: "investigate, report on and
        # publicize these episodes"
        waits = last.lower_ in _PREPOSITIONS_READ_AS_PARTICLES or (after is not None and after.text == ",")
        return waits and not any(c.dep_ == "dobj" and c.i < item[1] for c in last.head.children)
    if item[1] - item[0] == 1 and last.tag_ == "VB" and item[1] + 1 < len(doc) and doc[item[1]].text == ",":
        # a verb alone before a comma and a verb the parser coordinated with another clause, not with
        # it: "of its obligations to prevent, | investigate and punish all acts of torture" (the later
        # verbs hung on "remind"); its object is theirs. ("must resign, release X": coordinated, apart.)
        after = doc[item[1] + 1]
        unrelated = after.tag_ == "VB" and after.dep_ == "conj" and after.head.i != last.i
        return unrelated and not any(c.dep_ in _OWN_COMPLEMENTS for c in last.children)
    return last.pos_ == "ADP" and last.dep_ == "prep" and not any(c.i < item[1] for c in last.children)


# What a verb takes of its own after it: with none, a verb listed alone waits for the next one's object.
_OWN_COMPLEMENTS = frozenset({"dobj", "prep", "ccomp", "xcomp", "dative", "attr", "acomp", "oprd", "prt", "advcl"})


def _speakers_stance(first: Token, lexicon: Lexicon) -> bool:
    """Does a later item open with a verb of the speaker's own stance that the tagger read as a noun?
    "UN experts urge release of X, condemn misuse of Y" (a headline): the experts condemn; the
    condemning is not demanded."""
    return first.pos_ == "NOUN" and first.dep_ == "compound" and first.lower_ in lexicon.stance_verbs


def _listed_means(head: Token) -> set[int]:
    """The gerunds that start two or more means the demand lists after ", by" ("to send a clear
    message of support, by co-sponsoring the draft resolution, rejecting any attempts to undermine
    it, and voting in favour", also after ", including by"): each is demanded; none for one means
    alone, which stays with its action ("should try to do so by examining these decisions properly")."""
    by = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    opener = by
    if by is None:  # "..., including by promptly releasing X, clarifying Y, and facilitating Z"
        opener = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "including"), None)
        by = next((c for c in opener.children if c.dep_ == "prep" and c.lower_ == "by"), None) if opener else None
    if by is None or opener.i == 0 or opener.nbor(-1).text != ",":
        return set()
    gerunds = [c for c in by.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]
    if not gerunds:
        return set()
    more = [c for c in head.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > by.i]
    more += [c for g in gerunds for c in g.children if c.dep_ == "conj" and c.tag_ == "VBG"]
    more += [c for m in list(more) for c in m.children if c.dep_ == "conj" and c.tag_ == "VBG"]
    return {gerunds[0].i, *(m.i for m in more)} if more else set()


def _after_comma_and(token: Token) -> bool:
    """Does the token's phrase follow ", and" or ", or"?"""
    k = token.left_edge.i
    return k >= 2 and token.doc[k - 1].lower_ in ("and", "or") and token.doc[k - 2].text == ","


def _starts_item(token: Token, head: Token, lexicon: Lexicon, starts: set[int], region_start: int) -> bool:
    if token.lemma_.lower() in lexicon.framing_gerunds:
        return False
    if token.lower_ == "let" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "alone":
        return False  # "not interfere with journalists, let alone at ...": a stronger case of the same demand
    if (
        token.dep_ in ("conj", "advcl")
        and token.tag_ == "VBG"
        and head.pos_ in ("NOUN", "PROPN")
        and not _in_own_clause(token, head)
    ):
        # "calls for the release of X, ensuring Y"; not a gerund coordinated inside a clause under a
        # noun: "the release of all activists detained for exercising their rights and opposing the war"
        return True
    if (
        token.dep_ == "conj"
        and token.head == head
        and head.dep_ == "ccomp"
        and subjunctive(head)
        and subjunctive(token)
    ):
        # "demanded that an inquiry be opened and the government compensate the victims": a second
        # subjunctive clause with its own subject, a second demand
        return True
    if token.dep_ == "xcomp" and token.head.i < region_start and token.tag_ == head.tag_ == "VB":
        return True  # "urged X to stop Y, to release Z": a second to-infinitive hung on the trigger
    if (
        token.dep_ == "advcl"
        and token.tag_ == head.tag_ == "VB"
        and has_to(token)
        and has_to(head)
        and token.doc[token.left_edge.i - 1].text == ","
        and any(c.dep_ == "conj" and has_to(c) for c in token.children)
    ):
        # "to make an effort to prevent X, to investigate Y and to prosecute Z": a list of
        # to-infinitives, the parser hanging the second on the first's own infinitive
        return True
    if token.dep_ == "conj" and token.head.i == head.i and _for_to_clause(token) and has_subject(head):
        # "calls for the detainees' safety to be guaranteed and for them to be afforded X": a second for-to clause
        return True
    if (
        head.tag_ == "VB"
        and token.dep_ == "compound"
        and token.i > region_start
        and token.nbor(-1).lower_ in ("and", "or")
        and token.head.dep_ == "conj"
        and token.lower_ in lexicon.recommendation_verbs
    ):
        # "release arbitrarily detained individuals and end torture": a recommendation's verb after
        # "and" that the parser glued to the next noun as its modifier ("end torture")
        return True
    if (
        token.dep_ == "conj"
        and token.tag_ == head.tag_ == "VB"
        and has_to(token)
        and has_to(head)
        and token.head.dep_ in ("relcl", "acl")
        and token.head.head.i > head.i
        and _after_comma_and(token)
    ):
        # "to find ways to engage with X, and to stop cracking down on Y": after a comma, a second
        # demand, not a second thing the noun's infinitive says ("ways to engage ... and to stop")
        return True
    if (
        token.dep_ == "conj"
        and token.tag_ == head.tag_ == "VB"
        and has_to(token)
        and has_to(head)
        and (token.head.tag_ in ("VBG", "VBN") or (not has_to(token.head) and not _infinitive_between(head, token)))
    ):
        # "to release all persons detained for exercising their rights and to stop X": a
        # to-infinitive does not join the gerund the parser hangs it on, but the demand's own; nor
        # a finite verb of a clause inside the item ("to foster an environment in which elections
        # can take place and to protect ..."); "to allow them to work and to travel" stays one
        return True
    if (
        token.dep_ == "conj"
        and token.tag_ == head.tag_ == "VB"
        and token.head.tag_ in ("VBN", "VBD", "VBZ")
        # (a participle the parser made a clause of its noun: "free all media workers | detained
        # because of their work | and stop the intimidation")
        and (token.head.dep_ in ("relcl", "acl") or (token.head.dep_ == "ccomp" and token.head.tag_ == "VBN"))
        and not has_subject(token)
        and not any(c.dep_ in ("aux", "auxpass") for c in token.children)
        and not _bare(token)
    ):
        # "to remove any conditions that may have been attached to the release and drop any charges":
        # a bare base form cannot join the relative clause's passive or tensed verb the parser hangs
        # it on ("the steps it has taken and will take to ..." has its own modal; "to be" its "to")
        return True
    # "get rid of X and stop Y": the participle of "get rid" stands for a base form
    # (and a bare present with no subject stands for one: "..., bring X to an end, and investigate them")
    head_tag = "VB" if gets_rid(head) or (head.tag_ == "VBP" and not has_subject(head)) else head.tag_
    if (
        token.dep_ == "conj"
        and token.tag_ == head_tag == "VB"
        and token.head.pos_ == "NOUN"
        and token.head.i > head.i
        and head.left_edge.i <= token.head.i <= head.right_edge.i
        and any(c.dep_ == "dobj" for c in token.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children)
    ):
        # "uphold the right to a fair trial and safeguard due legal process": a base form with its own
        # object coordinates with the demand's verb, not with the noun the parser hangs it on
        return True
    if (
        token.dep_ in ("conj", "advcl", "dep")
        and (token.tag_ == head_tag or (head_tag == "VB" and token.tag_ == "VBP"))
        and head_tag in ("VB", "VBG")
        and not _in_own_clause(token, head)
        and not (token.dep_ == "conj" and _bare(token.head) and not _later_infinitive(token))
    ):
        return True  # "release X and investigate Y", "..., grant Y, enter Z" (an imperative read as VBP)
    # "the release of X, the closure of Y and an end to Z": a noun phrase with its own preposition,
    # coordinated with an item (not "freedom of expression and freedom of association" inside one)
    if (
        head.pos_ == "NOUN"
        and token.dep_ == "conj"
        and token.pos_ == "NOUN"
        and token.head.dep_ == "pobj"
        and token.head.head.head.i in starts
        and _is_listed_phrase(token)
        and any(c.dep_ == "det" for c in token.children)
        and _is_action_noun(token, lexicon)
        and _is_action_noun(token.head.head.head, lexicon)
    ):
        return True  # "the release of X and the lifting of Y": the parser hangs the second on X
    if (
        head.pos_ == "NOUN"
        and token.dep_ == "conj"
        and token.pos_ == "NOUN"
        and token.doc[token.left_edge.i - 1].text == ","
        and _is_listed_phrase(token)
        and _is_action_noun(token, lexicon)
        and _item_owning(token.head, starts) is not None
    ):
        # "the release of all prisoners of conscience, respect for the rule of law, the freedom of the
        # press, ...": the parser hangs the list on the first item's last noun, however deep
        return True
    return (
        head.pos_ in ("NOUN", "PROPN")
        and (
            token.dep_ in ("conj", "dobj", "appos")
            or (token.dep_ in ("npadvmod", "dep") and _is_action_noun(token, lexicon))
        )
        and token.pos_ == "NOUN"
        and (token.head.i in starts or token.head.i < region_start)
        and _is_listed_phrase(token)
    )


def _item_owning(noun: Token, starts: set[int]) -> Token | None:
    """The item's first word whose prepositional phrases hold `noun` ("release" for "conscience" in
    "the release of all prisoners of conscience"), or None."""
    while noun.i not in starts:
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ not in ("NOUN", "PROPN"):
            return None
        noun = noun.head.head
    return noun


def _for_to_clause(verb: Token) -> bool:
    """A clause of its own opened by "for" ("for them to be afforded X")."""
    return has_subject(verb) and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)


def _infinitive_between(head: Token, token: Token) -> bool:
    """Is there a to-infinitive between the item's verb and `token`, which "and to" may continue
    ("a policy to ensure X, and to guarantee Y")?"""
    return any(t.tag_ == "VB" and has_to(t) for t in head.doc[head.i + 1 : token.i])


def _is_action_noun(token: Token, lexicon: Lexicon) -> bool:
    """A noun naming a demanded action ("release", "lifting", "investigation"), not a party
    ("the members of his party")."""
    lemma = token.lemma_.lower()
    if lemma in lexicon.specificity or (lemma.endswith("ing") and lemma[:-3] in lexicon.specificity):
        return True
    return lemma.endswith(("tion", "ment", "sion"))


def _bare(verb: Token) -> bool:
    """A verb without a complement of its own shares its conjunct's: "announce and enforce a
    ceasefire" is one demand, "release X and investigate Y" two. The subject and a modal are shared
    too ("every State must find and decide the balance")."""
    shared = ("cc", "conj", "punct", "aux", "auxpass", "advmod", "neg", "nsubj", "nsubjpass")
    return not any(c.dep_ not in shared for c in verb.children)


def _later_infinitive(conjunct: Token) -> bool:
    """Is the conjunct a to-infinitive of its own after an earlier conjunct of the same verb? "to
    respect and protect X, and to release Y": the bare first verb shares the object of the verb
    right after it, not that of the later infinitive, which is a demand of its own."""
    return has_to(conjunct) and any(c.dep_ == "conj" and c.i < conjunct.i for c in conjunct.head.children)


def _in_own_clause(token: Token, head: Token) -> bool:
    """Is the verb inside a clause of its own rather than coordinated with the demand's head?
    "provide aid so that it may promote and strengthen X" (a clause with its own subject), "consider
    resources, given the need to anticipate X and to prevent Y" (a verb under a noun): "strengthen"
    and "prevent" are not further demands; "release X and investigate Y" and the parser's "...,
    grant Y" hung on the demand verb are."""
    current = token
    for _ in range(12):
        if current.head == current or current.left_edge.i <= head.i <= current.right_edge.i:
            return False  # reached the head or a word governing it: coordinated with it
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in current.children):
            return True
        if current.pos_ in ("NOUN", "PROPN"):
            return True  # under a noun: "the need to anticipate X and to prevent Y"
        current = current.head
    return False


def _is_listed_phrase(token: Token) -> bool:
    """A noun with its own prepositional phrase, after a comma or "and": "..., the closure of Y"."""
    before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    return (
        any(c.dep_ == "prep" for c in token.children)
        and before is not None
        and (before.text == "," or before.pos_ == "CCONJ")
    )


def _as_well_as(doc: Doc, i: int) -> bool:
    return [t.lower_ for t in doc[i : i + 3]] == ["as", "well", "as"]


def _opens_bracket(doc: Doc, start: int, end: int) -> bool:
    """Does doc[start:end] leave a bracket open?"""
    words = [t.text for t in doc[start:end]]
    return words.count("(") > words.count(")")


def _trim(doc: Doc, start: int, end: int, adverbs: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """An item without edge punctuation, "and", "to", and the linking `adverbs` that open it and tie
    it to the text around it ("must ALSO end X", "should NOW investigate"); a final "now" stays
    ("Free them now!")."""
    while start < end and (
        _as_well_as(doc, start)
        or doc[start].is_punct
        or doc[start].is_space
        or doc[start].pos_ == "CCONJ"
        or doc[start].tag_ in ("TO", "MD")
        or (doc[start].lower_ in adverbs and doc[start].dep_ == "advmod" and end - start > 1)
        or (doc[start].lower_ in ("that", "for") and doc[start].dep_ == "mark")  # a clause's own opener
        or (doc[start].lower_ == "by" and _means_follow(doc, start + 1, end))  # a listed means
        or (doc[start].lower_ == "including" and start + 1 < end and doc[start + 1].lower_ == "by")
    ):
        start += 3 if _as_well_as(doc, start) else 1
    # "release Salman, who was sentenced to ...", "face the death penalty, which Turkey outlawed in
    # 2004", "free Ana Vel, a journalist from X": a relative clause or a description after a comma
    # tells about the object; it is not demanded
    end = next((i for i in range(start + 1, end) if _closing_aside(doc, i, end - 1)), end)
    # "Continue to improve the National Referral Mechanism, including by implementing the reform ...":
    # how or why, after what is demanded, elaborates it
    end = next((i for i in range(start + _DEMAND_BEFORE_MEANS, end) if _means_after(doc, i, end)), end)
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].pos_ == "CCONJ"):
        if doc[end - 1].text == ")" and _opens_bracket(doc, start, end - 1):
            break  # "... set out in Resolution 1900 (2012)": the bracket the item opens closes in it
        end -= 1
    last = doc[end - 1] if end > start else None
    if last is not None and last.ent_type_ in ("DATE", "TIME") and last.ent_iob_ != "O":
        when = next((e for e in doc.ents if e.start <= last.i < e.end), None)
        ago = when is not None and when[-1].lower_ == "ago"  # "invited Sinn Fein to rejoin | two weeks ago"
        if when is not None and (when.root.dep_ in ("npadvmod", "tmod") or ago) and when.start > start:
            # "free the activists | last year": when it was said, not what was asked
            return _trim(doc, start, when.start, adverbs)
    # an adjective used as a noun counts ("called for calm")
    if end <= start or not any(t.pos_ in ("VERB", "NOUN", "PROPN", "AUX") or t.dep_ == "pobj" for t in doc[start:end]):
        return None
    return start, end


# The fewest words of a demand before the means it is to be met by (", including by ...").
_DEMAND_BEFORE_MEANS = 3

# Words that open, after a comma, the examples or means of what is demanded.
_ELABORATIONS = ("including", "particularly", "notably", "especially")


def _means_after(doc: Doc, comma: int, end: int) -> bool:
    """Do the means or the grounds of a demand start after this comma: ", including by implementing
    ...", ", in particular, by providing ...", ", including for criticising ..." (a preposition of
    means or grounds, or a gerund, after "including" or "in particular")?"""
    if doc[comma].text != ",":
        return False
    i = comma + 1
    if i < end and doc[i].lower_ in _ELABORATIONS:
        i += 1
    elif i + 1 < end and doc[i].lower_ == "in" and doc[i + 1].lower_ == "particular":
        i += 2
    else:
        return False
    if i < end and doc[i].text == ",":
        i += 1
    # (or nothing: the means split off as an item of their own leave ", in particular" behind)
    return i >= end or doc[i].lower_ in ("by", "for", "through") or _means_follow(doc, i, end)


def _means_follow(doc: Doc, i: int, end: int) -> bool:
    """Does a gerund, or an adverb and a gerund, start at `i` ("by [promptly] releasing X")?"""
    if i < end and doc[i].tag_ == "RB":
        i += 1
    return i < end and doc[i].tag_ == "VBG"


def clause_items(clause: Token, lexicon: Lexicon) -> tuple[list[tuple[int, int]], Token | None]:
    """A that-clause: "recommends that the State party (should) repeal X" -> target the State party,
    item "repeal X"; a passive clause keeps its subject ("that those responsible be punished")."""
    subject = child_with_dep(clause, "nsubj")
    passive_subject = child_with_dep(clause, "nsubjpass")
    start = passive_subject.left_edge.i if passive_subject is not None else verb_start(clause)
    start, end = demand_region(clause, clause, start, lexicon)
    end = through_misattached_actions(clause.head, end) if clause.head != clause else end
    return split((start, end), clause, lexicon), subject


def through_misattached_actions(caller: Token, end: int) -> int:
    """The end of a that-clause ending before token `end`, taking in the base-form actions the
    parser hung on the calling word instead of on the clause's verb: in "- Demands that the police
    respect and protect the rights of citizens, act lawfully" a base form cannot be the conjunct of
    "Demands" (or "demanded"), so "protect ..." and "act ..." go on the clause."""
    if caller.tag_ in ("VB", "VBP"):
        return end
    for child in caller.rights:
        if child.i <= end or child.dep_ in ("punct", "cc"):
            continue
        between = caller.doc[end : child.i]
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        if child.dep_ != "conj" or child.tag_ != "VB" or own_subject or any("\n" in t.text for t in between):
            break
        end = child.right_edge.i + 1
    return end


# Words no sentence ends with: a lead that stops at one goes on in the list items under it ("call for
# amendments that would" / "- Narrow the notice authorities ...", "We urge the government to" / "- ...").
_UNFINISHED_ENDS = frozenset({"to", "for", "would", "will", "should", "must", "shall"})


def ends_with_list(verb: Token) -> bool:
    """Does the trigger's line end with ':' (or with a word no sentence ends with, `_UNFINISHED_ENDS`)
    and is the next line a list item? ("to;" and "to," are a colon mistyped: no clause ends with "to".)"""
    sent = verb.sent
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is None or last.i < verb.i:
        return False
    colon = last.text == ":" or (last.text in (";", ",") and last.i > 0 and last.nbor(-1).lower_ == "to")
    # (a call's "on" with no object: "We once again call on" / "• the Ministry of X to release ...")
    addressees_below = last.lower_ in ("on", "upon") and last.head == verb and all(c.is_space for c in last.children)
    if not colon and last.lower_ not in _UNFINISHED_ENDS and not addressees_below:
        return False
    following = next((line for line in lines_from(verb.doc, sent.end) if line.text.strip()), None)
    return following is not None and (
        layout.item_marker(following.text) is not None or layout.unmarked_item(following.text)
    )


def is_dangling(xcomp: Token) -> bool:
    """An xcomp that is only the "to" before a list's colon (parsed as a verb), or a verb whose
    that-clauses are the list's items ("to ensure that:" / "• X and Y are released;")."""
    if xcomp.right_edge.i - xcomp.left_edge.i <= 1:
        return True
    after = [t for t in xcomp.doc[xcomp.i + 1 : xcomp.right_edge.i + 1] if not t.is_punct and not t.is_space]
    return len(after) == 1 and after[0].lower_ == "that"


@dataclass(frozen=True)
class ListedItem:
    """A list item as a token range, with the parties its trailing parentheses name ("(Denmark)
    (Estonia)") and the token range of those parentheses."""

    bounds: tuple[int, int]
    parties: tuple[str, ...] = ()
    attribution: tuple[int, int] | None = None


def list_items(doc: Doc, start_char: int, text: str | None = None) -> list[ListedItem]:
    """One item per list item after `start_char` ("- ", "1.", "115.12", "(a)", "•"), each going on
    over the lines a PDF broke it into (`layout.list_items`); an item's trailing "(Denmark)
    (Estonia)" is not part of it but its parties. In a report, the numbered paragraph after a list
    lettered "(a)", "(b)" is the next paragraph, not a further item."""
    items = []
    for item in layout.list_items(doc_text(doc) if text is None else text, start_char):
        span = doc.char_span(item.start, item.end, alignment_mode="expand")
        bounds = _trim(doc, span.start, span.end) if span is not None else None
        if bounds is None:
            continue
        inside = doc[bounds[0] : bounds[1]].text
        if bounds[1] < len(doc) and doc[bounds[1]].text == ")" and inside.count("(") > inside.count(")"):
            bounds = (bounds[0], bounds[1] + 1)  # "... Armed Conflict (CRC-OP-AC)": keep its closing bracket
        named = doc.char_span(*item.attribution, alignment_mode="expand") if item.parties else None
        attribution = (named.start, named.end) if named is not None else None
        if item.parties:
            items.append(ListedItem(bounds, item.parties, attribution))
            continue
        items.extend(ListedItem(part) for part in _requests_in(doc, bounds))
    return items


def _requests_in(doc: Doc, bounds: tuple[int, int]) -> list[tuple[int, int]]:
    """A list item's requests: the item, cut where a later sentence of it asks again ("- Come to
    the Detention Center to meet them. Please conduct inquiries ..., and express your concern",
    "... drop the charges. Also, please demand the government to ..."): each part is its own
    demand, from its "please" ("Also," left out), as an imperative sentence's is."""
    polite = load_lexicon().politeness
    parts = []
    start, end = bounds
    # an item of imperatives between semicolons ("- Protect them from attacks; ensure that police are
    # trained; register complaints ..."): each bare verb after a semicolon is a request of its own
    imperative = doc[start].tag_ == "VB"
    for k in range(start + 1, end):
        if imperative and doc[k - 1].text == ";":
            word = k
            while word < end and doc[word].lower_ in ("and", "or"):
                word += 1
            if word < end and doc[word].tag_ == "VB" and not any(c.dep_ == "nsubj" for c in doc[word].children):
                trimmed = _trim(doc, start, k - 1)
                if trimmed is not None:
                    parts.append(trimmed)
                start = word
                continue
        if not doc[k].is_sent_start:
            continue
        word = k
        while word < end and (doc[word].is_punct or (doc[word].pos_ == "ADV" and doc[word].lower_ not in polite)):
            word += 1  # "Also, please ..."
        if word < end and doc[word].lower_ in polite:
            trimmed = _trim(doc, start, k)
            if trimmed is not None:
                parts.append(trimmed)
            start = word
    trimmed = _trim(doc, start, end)
    return [*parts, trimmed] if trimmed is not None else parts or [bounds]


def _noun_coordinated_with_verb_end(head: Token, end: int) -> int:
    """The end of a demanded noun phrase, taking in a second noun phrase the parser coordinated
    with the calling verb instead of with it: "We renew our call for X's release, as well as the
    release of the more than 400 political prisoners" (a noun cannot be the verb's conjunct)."""
    doc = head.doc
    if head.pos_ != "NOUN":
        return end
    k = end + 1
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if doc[k : k + 3].text.lower() == "as well as":
        k += 3
    elif k < len(doc) and doc[k].lower_ in ("and", "or"):
        k += 1
    else:
        return end
    second = next(
        (
            t
            for t in doc[k : min(k + 6, len(doc))]
            if t.dep_ == "conj" and t.pos_ == "NOUN" and t.head.pos_ == "VERB" and t.head.is_ancestor(head)
        ),
        None,
    )
    if second is None or any(t.pos_ == "VERB" or t.text == "," for t in doc[k : second.i]):
        return end
    return second.right_edge.i


# The most words a phrase in scare quotes holds ("“illegally detained”", "so-called “foreign agents”").
_SCARE_QUOTE_WORDS = 4


def _through_scare_quotes(head: Token, end: int) -> int:
    """The end of a demand whose object goes on with a few words in quotation marks, which the
    parser cut off and hung elsewhere: "to release all Ukrainian citizens “illegally detained” both
    in Russia and in the occupied Crimea" (the quoted words and what depends on them)."""
    doc = head.doc
    k = end + 1
    if k >= len(doc) or not opens_quotation(doc[k]):
        return end
    closing = next(
        (i for i in range(k + 1, min(k + _SCARE_QUOTE_WORDS + 2, len(doc))) if closes_quotation(doc[i])), None
    )
    if closing is None or closing == k + 1 or any(t.is_punct or t.is_space for t in doc[k + 1 : closing]):
        return end
    quoted = [t for t in doc[k + 1 : closing] if not (k < t.head.i < closing)]  # the quoted phrase's head(s)
    if len(quoted) != 1 or quoted[0].pos_ not in ("VERB", "ADJ") or quoted[0].tag_ not in ("VBN", "VBD", "JJ"):
        return end  # only a participle or adjective describing the object: "“illegally detained”"
    return min(max(quoted[0].right_edge.i, closing), head.sent.end - 1)


def _adjective_read_as_verb(verb: Token) -> bool:
    """A participle the parser took for a verb coordinated with the demanded one, although it is the
    second of two adjectives before the object: "make concrete and sustained progress" ("concrete"
    read as the object, "sustained" as a past tense with "progress" as its object)."""
    doc = verb.doc
    if verb.i < 2 or verb.i + 1 >= len(doc) or doc[verb.i - 1].lower_ not in ("and", "or"):
        return False
    adjective, noun = doc[verb.i - 2], doc[verb.i + 1]
    return (
        adjective.pos_ == "ADJ"
        and adjective.head == verb.head
        and adjective.dep_ == "dobj"
        and noun.head == verb
        and noun.dep_ == "dobj"
    )


def lines_from(doc: Doc, start: int) -> Iterator[Span]:
    """The text's lines from token `start` on, as token spans (a line ends at a line break)."""
    ends = line_ends(doc)
    begin = start
    for end in itertools.islice(ends, bisect.bisect_right(ends, start), None):
        yield doc[begin:end]
        begin = end
    if begin < len(doc):
        yield doc[begin:]
