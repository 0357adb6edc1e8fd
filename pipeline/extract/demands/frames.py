"""Frames: the sentences that demand something, their trigger, actor and target tokens.

Rule families, each a function with examples in its docstring: recommendation lists under a lead
sentence (`_lead_frames`), demand verbs (`_verb_frame`, with relayed demands `_relayed`), imperative
requests (`_imperative_frame`), need statements (`_need_frame`), calls made as nouns
(`_call_noun_frame`), modal statements and headlines (`_modal_frame`); `_blocked` rules out
negated, conditional and refused calls."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from pipeline.extract.demands import layout
from pipeline.extract.demands.lexicon import Lexicon
from pipeline.extract.demands.spans import (
    ListedItem,
    calls_on_its_own,
    clause_items,
    demand_region,
    ends_with_list,
    further_that_clauses,
    inside_a_quotation,
    is_dangling,
    list_items,
    names_a_document,
    opens_quotation,
    own_that,
    relative_aside_end,
    split,
    states,
    through_misattached_actions,
)
from pipeline.extract.demands.syntax import (
    DASHES,
    FINITE_TAGS,
    according_to,
    across_colon,
    agent_of,
    child_with_dep,
    gets_rid,
    has_to,
    hung_on_dateline,
    infinitive_child,
    inverted_attribution_speaker,
    is_clause,
    is_named,
    is_party,
    is_party_like,
    is_separator,
    must_or_should,
    nearest_subject,
    opens_with_that,
    phrase_bounds,
    prep_object,
    s_form_stem,
    subject_of,
    to_marker,
    verb_start,
)
from pipeline.extract.demands.themes import specificity_of, theme_of
from pipeline.nlp.dictionary import OPERATIVE_ADVERBS
from pipeline.nlp.gazetteer import default_gazetteer, default_lexicon, state_named
from pipeline.nlp.signatories import is_kind_heading, is_signatory_lead

_CONDITIONAL_MARKS = {"if", "unless", "whether", "once"}
# "would/could/might" with an if-clause makes a call hypothetical ("would urge X ... if Y");
# without one, "We would urge the Government to ..." is a polite demand
_HYPOTHETICAL_AUX = {"would", "could", "might"}
_NEGATIVE_SUBJECTS = {"nobody", "none", "noone", "neither"}
# An addressee after a demand verb read as a noun: a few words of a noun phrase ("EU officials and governments")
_MAX_MISREAD_ADDRESSEE = 8
_ADDRESSEE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "CCONJ"})


@dataclass
class Frame:
    """One demanding statement: its trigger, who, of whom, and the token ranges demanded."""

    trigger: Token
    kind: str  # verb | need | modal | layout | imperative | request (polite: "would welcome", "would be grateful")
    actor: Token | None = None
    target: Token | None = None
    items: list[tuple[int, int]] = field(default_factory=list)  # token ranges [start, end)
    # a listed item's own parties (the States in its trailing parentheses), by item
    listed: dict[tuple[int, int], ListedItem] = field(default_factory=dict)
    target_span: tuple[int, int] | None = None  # a target read from the layout rather than from a token
    response: str = ""  # supported | noted | examined, from a recommendation list's lead sentence
    action: Token | None = None  # the head of the demanded actions when they are one clause's
    relayed: Token | None = None  # the inner demand verb of "call on X to urge Y to ...", not a frame of its own
    # a listed clause's own subject, by item: "that:" / "- States ratify X" asks it of the States
    item_targets: dict[tuple[int, int], Token] = field(default_factory=dict)


def frames(doc: Doc, lexicon: Lexicon, text: str | None = None) -> Iterator[Frame]:
    """Every demand frame of `doc`; `text` is `doc.text` when the caller has it (spaCy rebuilds it
    from the tokens at each access)."""
    text = doc.text if text is None else text
    led = list(_lead_frames(doc, lexicon, text))
    yield from led  # first: their items are not searched for other demands
    yield from _unled_recommendation_lists(doc, text, led)
    openers = _possible_openers(doc, lexicon)
    for sent in doc.sents:
        if _ends_with(text, sent, "?"):
            asked = _question_request(sent, lexicon)
            if asked is not None:
                yield asked
            continue
        if _is_preamble(sent):
            continue
        imperative = _imperative_frame(sent, lexicon, text)
        if imperative is not None:
            yield imperative
            continue
        for i in openers[bisect_left(openers, sent.start) : bisect_left(openers, sent.end)]:
            token = doc[i]
            lemma = token.lemma_.lower()
            frame = None
            verb_lemma = trigger_lemma(token, lexicon)
            if verb_lemma:
                frame = _verb_frame(token, lexicon, verb_lemma)
            elif _misread_verb(token, lexicon) or _verbless_call(token, lexicon):
                frame = _misread_verb_frame(token, lexicon)
            elif (addressee := _addressing_noun(token, lexicon)) is not None:
                frame = _misread_verb_frame(token, lexicon, addressee)
            elif (addressee := _operative_verb_read_as_name(token, lexicon, text)) is not None:
                frame = _misread_verb_frame(token, lexicon, addressee)
                if frame is not None:
                    frame.actor = None  # an operative paragraph's verb has no subject: its author speaks
            elif lemma in lexicon.need_nouns and token.dep_ == "dobj" and token.head.lemma_ in lexicon.need_verbs:
                frame = _need_frame(token, lexicon)
            elif (
                token.pos_ == "NOUN"
                and lemma in lexicon.call_nouns
                and token.dep_ == "dobj"
                and token.head.lemma_.lower() in lexicon.call_noun_verbs
            ):
                frame = _call_noun_frame(token, lexicon)
            elif token.pos_ == "NOUN" and lemma in lexicon.call_nouns and _call_read_as_subject(token, lexicon):
                frame = _call_noun_frame(token, lexicon)  # "repeats its call on X to release Y", misparsed
            elif token.pos_ == "NOUN" and lemma in lexicon.call_nouns and _brought_with(token, lexicon):
                frame = _call_noun_frame(token, lexicon)  # "addressed the authorities with the demand to ..."
            elif token.pos_ == "NOUN" and lemma in lexicon.call_nouns and (closer := _closing_speaker(token, lexicon)):
                frame = _call_noun_frame(token, lexicon)  # "She concluded her remarks with a call to X to ..."
                if frame is not None and frame.actor is None:
                    frame.actor = closer
            elif token.pos_ == "NOUN" and lemma in lexicon.call_nouns and _call_by_named_maker(token, lexicon):
                frame = _call_noun_frame(token, lexicon)  # "despite an appeal by Mr. Ban for Indonesia to refrain"
            elif (
                token.pos_ == "NOUN"
                and lemma in lexicon.call_nouns
                and _call_under_operative_verb_read_as_name(token, lexicon, text)
            ):
                frame = _call_noun_frame(token, lexicon)  # "- Reiterates its call on X to ...", misparsed
                if frame is not None:
                    frame.actor = None  # an operative paragraph's verb has no subject: its author speaks
            elif (
                token.pos_ == "NOUN"
                and lemma in lexicon.call_nouns
                and token.dep_ == "nsubj"
                and token.head.lemma_ == "be"
                and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in token.children)
            ):
                frame = _call_noun_frame(token, lexicon)  # "The Council's call for X is long-standing"
            elif (
                token.pos_ == "VERB"
                and lemma in lexicon.polite_request_verbs
                and any(c.lower_ == "would" for c in token.children)
            ):
                frame = _polite_frame(token, lexicon)
            elif (
                lemma in lexicon.gratitude_adjectives
                and token.dep_ == "acomp"
                and token.head.lemma_ == "be"
                and any(c.lower_ in ("would", "should") for c in token.head.children)
            ):
                frame = _grateful_frame(token, lexicon)
            elif (
                # "It is essential that X release Y", "It is high time that X release Y", "It is time to end Z"
                (
                    (
                        (lemma in lexicon.necessity_adjectives or lemma in lexicon.party_necessity_adjectives)
                        and token.dep_ == "acomp"
                    )
                    or (lemma in lexicon.necessity_nouns and token.dep_ == "attr")
                )
                and token.head.lemma_ == "be"
                and any(c.lower_ in ("it", "this") and c.dep_ in ("nsubj", "expl") for c in token.head.children)
                and not any(c.dep_ == "neg" for c in token.head.children)
                and not _counted(token)
            ):
                frame = _necessity_frame(token, lexicon)
            elif (
                lemma in lexicon.semi_modals | lexicon.party_semi_modals
                and token.pos_ in ("VERB", "AUX")
                and token.tag_ in ("VBZ", "VBP", "MD")
            ):
                frame = _semi_modal_frame(token, lexicon)
            elif lemma in lexicon.need_nouns and token.dep_ == "attr" and token.head.lemma_ == "be":
                frame = _existential_need_frame(token, lexicon)
            elif lemma in lexicon.passive_need_verbs and token.tag_ == "VBN" and token.dep_ in ("ROOT", "ccomp"):
                frame = _passive_need_frame(token, lexicon)
            elif lemma in lexicon.reminder_verbs and token.pos_ == "VERB":
                frame = _reminder_frame(token, lexicon)
            elif lemma in lexicon.obligation_nouns and (holder := _obliging_verb(token)) is not None:
                frame = _obligation_frame(token, lexicon, holder)
            elif token.lower_ in lexicon.modals and _before_colon(token):
                frame = _modal_list_frame(token, lexicon)
            elif token.lower_ in lexicon.modals and token.dep_ == "aux":
                frame = _modal_frame(token, lexicon)
            if frame is None or not frame.items or _blocked(frame.trigger, lexicon):
                continue
            if _called_for_no_demand(frame.trigger, lexicon):
                continue  # "were called for questioning", "charged for calling for riots"
            if frame.actor is not None and frame.actor.pos_ == "ADV":
                frame.actor = None  # "Further urges ...": an operative paragraph's adverb read as its subject
            if frame.actor is not None and _after_operative_verb(frame.actor):
                frame.actor = None  # the paragraph's verbs have no subject: its author speaks
            if frame.actor is not None and _relative_of_which(frame.actor):
                frame.actor = None  # "..., the absence of which make peace unattainable, and reaffirming its call ..."
            if (
                frame.actor is not None
                and frame.actor.lemma_.lower() in lexicon.non_agents
                and not _known_organisation(frame.actor)
            ):
                continue  # "the law calls for ...": a rule prescribing, not someone demanding
            if frame.actor is not None and (
                frame.actor.lower_ in _NEGATIVE_SUBJECTS
                or any(c.dep_ == "det" and c.lower_ == "no" for c in frame.actor.children)
            ):
                continue  # "Nobody urged the police to ...", "no signs calling for X hang ...": no call made
            if frame.kind == "verb":
                frame.items += _listed_bare_verbs(frame, lexicon)
            further = list(_coordinated_that_frames(frame, verb_lemma, lexicon)) if verb_lemma else []
            if further:
                _end_items_before(frame, min(clause.left_edge.i for clause, _frame in further))
            called_for = _called_for_before_for_clause(frame, verb_lemma, lexicon) if verb_lemma else None
            if called_for is not None:
                yield called_for
            yield frame
            passive = _passive_for_clause_after_call(frame, verb_lemma, lexicon) if verb_lemma else None
            if passive is not None:
                yield passive
            after = _called_for_after_for_clause(frame, verb_lemma, lexicon) if verb_lemma else None
            if after is not None:
                yield after
            yield from (f for _clause, f in further)


def _known_organisation(subject: Token) -> bool:
    """Is the subject inside the name of an organisation the gazetteer knows, not a provision of a
    text? "ARTICLE 19 calls for ..." (the NGO), not "Article 19 of the Covenant calls for ..."."""
    return (
        subject.ent_type_ == "ORG"
        and bool(subject.ent_id_)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)
    )


def _listed_bare_verbs(frame: Frame, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The demanded actions listed after the last item as bare verbs that the parser hung on the
    clause before the demand verb: "condemn this treatment and urge the authorities to free X, |
    drop the charges against her, and ensure ..." ("drop" read as a conjunct of "condemn"). Only
    an action of the `specificity` lists, without a subject of its own, after the item's comma."""
    doc = frame.trigger.doc
    end = frame.items[-1][1]
    if end + 1 >= len(doc) or doc[end].text != ",":
        return []
    verb = doc[end + 1]
    if (
        verb.tag_ != "VB"
        or verb.head.i >= frame.trigger.i
        or verb.lemma_.lower() not in lexicon.specificity
        or verb.lemma_.lower() in lexicon.triggers
        or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children)
    ):
        return []
    return split(demand_region(verb, verb, verb.i, lexicon), verb, lexicon)


def _coordinated_that_frames(frame: Frame, verb_lemma: str, lexicon: Lexicon) -> Iterator[tuple[Token, Frame]]:
    """The that-clauses after a demand verb's first one, each its own demand of its own subject:
    "demanding that the president resign, that the parliament be dissolved, and that new
    elections be held" (the parser hangs them on the first clause, as a conjunct or a clause of
    its own). A clause in a tense of its own states a fact and is none. Each with its clause."""
    verb = frame.trigger
    first = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and own_that(c)), None)
    if first is None or not lexicon.triggers[verb_lemma].get("that_clause"):
        return
    for clause in further_that_clauses(first):
        if is_clause(clause) and not states(clause):
            items, subject = clause_items(clause, lexicon)
            if items:
                yield clause, Frame(verb, frame.kind, actor=frame.actor, target=subject, items=items)


def _called_for_before_for_clause(frame: Frame, verb_lemma: str, lexicon: Lexicon) -> Frame | None:
    """What a demand verb calls for before the for-to clause coordinated with it: "We call for the
    immediate release of all those detained and for the authorities to abide by their obligations"
    (the frame is the clause's; the release is demanded too, of the same authorities)."""
    verb = frame.trigger
    spec = lexicon.triggers[verb_lemma]
    clause = next(
        (
            c
            for c in verb.children
            if c.dep_ == "advcl" and c.i > verb.i and has_to(c) and _for_to_mark(c, spec) and child_with_dep(c, "nsubj")
        ),
        None,
    )
    if clause is None or frame.target is None or frame.target.i < clause.left_edge.i:
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < clause.i), None)
    nominal = prep_object(prep) if prep is not None else None
    if nominal is None or nominal.pos_ != "NOUN" or is_party(nominal):
        return None  # (not "for the authorities and for the courts to ...": parties, not what is called for)
    called = Frame(
        verb,
        frame.kind,
        actor=frame.actor,
        target=frame.target,
        items=split(demand_region(nominal, verb, nominal.left_edge.i, lexicon), nominal, lexicon),
    )
    _end_items_before(called, clause.left_edge.i)
    return called if called.items else None


def _passive_for_clause_after_call(frame: Frame, verb_lemma: str, lexicon: Lexicon) -> Frame | None:
    """A passive for-to clause coordinated after what a demand verb calls for: "PEN calls for
    their release and for the charges against them to be dropped" (the parser hangs the clause on
    the verb, its "for" as a preposition). What is to be done is a demand of its own, of no one
    named, as `_verb_frame` reads a for-to clause in the passive alone."""
    verb = frame.trigger
    if "for" not in lexicon.triggers[verb_lemma].get("nominal_preps", ()):
        return None
    called_for = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    if called_for is None or prep_object(called_for) is None:
        return None
    clause = next(
        (
            c
            for c in verb.children
            # (as a clause of the verb, or a conjunct of it: "call for X's release and for his work to be returned")
            if c.dep_ in ("advcl", "conj") and has_to(c) and _passive(c) and _for_to_after(c, called_for)
        ),
        None,
    )
    if clause is None or any(clause.left_edge.i <= start < clause.right_edge.i for start, _end in frame.items):
        return None
    items = split(demand_region(clause, verb, _after_for(clause), lexicon), clause, lexicon)
    return Frame(verb, frame.kind, actor=frame.actor, items=items, action=clause) if items else None


def _called_for_after_for_clause(frame: Frame, verb_lemma: str, lexicon: Lexicon) -> Frame | None:
    """What a demand verb calls for after the for-to clause it takes, coordinated with it: "called
    for them to receive access to counsel, and for a speedier judicial process" (the parser hangs
    the second "for" on the verb). A demand of its own, of no one named; not a party ("for the
    authorities to X and for the courts ...")."""
    verb = frame.trigger
    if "for" not in lexicon.triggers[verb_lemma].get("nominal_preps", ()):
        return None
    clause = next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and _opens_with_for(c)), None)
    if clause is None or not frame.items or frame.items[0][0] < clause.left_edge.i:
        return None
    doc = verb.doc
    second = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("prep", "conj")
            and c.lower_ == "for"
            and c.i > clause.right_edge.i
            and any(t.lower_ == "and" for t in doc[clause.right_edge.i + 1 : c.i])
        ),
        None,
    )
    nominal = prep_object(second) if second is not None else None
    if nominal is None or nominal.pos_ != "NOUN" or is_party_like(nominal, lexicon):
        return None
    items = split(demand_region(nominal, verb, nominal.left_edge.i, lexicon), nominal, lexicon)
    return Frame(verb, frame.kind, actor=frame.actor, items=items) if items else None


def _end_items_before(frame: Frame, limit: int) -> None:
    """Cut the frame's items at token `limit` (where a coordinated that-clause of its own starts),
    without the "and that" / ", that" left before it."""
    doc = frame.trigger.doc
    items = []
    for start, end in frame.items:
        end = min(end, limit)
        while end > start and (doc[end - 1].is_punct or doc[end - 1].pos_ == "CCONJ" or doc[end - 1].lower_ == "that"):
            end -= 1
        if end > start:
            items.append((start, end))
    frame.items = items


def _remark(verb: Token, lexicon: Lexicon) -> bool:
    """ "It should be recalled that X", "It must be stressed that Y": a verb of saying or noting in the
    passive with "it" as subject frames a statement; nobody is asked to do anything ("It must be
    ensured that X" is still a demand)."""
    lemma = verb.lemma_.lower()
    return (
        (lemma in lexicon.reporting_verbs or lemma in lexicon.framing_gerunds)
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in verb.children)
    )


def _counted(noun: Token) -> bool:
    """A noun counted among others ("It was the first time since 2005 that X visited", "the last
    time"): an occasion told, not a call to act now."""
    return any(c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in ("last", "only")) for c in noun.children)


def end_before_coordinated_calls(found: list[Frame]) -> list[Frame]:
    """The frames with every demanded item ended before the next coordinated demand verb of its clause.

    "An expert today demanded the release of X, called on the Government to end Y and urged the
    authorities to engage in Z" is three demands: the parse puts the later verbs inside the first
    demand. A coordinated call is a finite demand verb without a subject of its own, right after a
    comma or "and" ("also" may stand between); an embedded one ("urge X to request a visit") is
    neither, and stays inside the demand that contains it.
    """
    starts = {frame.trigger.i: _coordinated_call_start(frame.trigger) for frame in found if frame.kind == "verb"}
    cuts = sorted(start for start in starts.values() if start is not None)
    if not cuts:
        return found
    calls = {i for i, start in starts.items() if start is not None}
    out = []
    for frame in found:
        # (an item the split opened at the coordinated call's own verb is that call's, not a second
        # action: "call on X to withdraw the law and demand that Y refrain from ...")
        kept = [item for item in frame.items if item[0] not in calls or item[0] == frame.trigger.i]
        items = [_ended_before(item, cuts, frame.trigger.doc) for item in kept]
        if items == frame.items:
            out.append(frame)
            continue
        listed = {new: frame.listed[old] for old, new in zip(kept, items, strict=True) if old in frame.listed}
        out.append(replace(frame, items=items, listed=listed))
    return out


def with_semicolon_lists(found: list[Frame]) -> list[Frame]:
    """The frames with the actions a semicolon list adds after their last one.

    "urged the Government to conduct a review of the Act; suspend its application; and release all
    those detained under it" is three demands of the same addressee, but the parser makes a new
    sentence root of "suspend". Each part after a semicolon that opens with a bare verb (after "and"
    or "or") is one more action; the list ends at the first part that does not.
    """
    out = []
    for frame in found:
        if frame.kind != "verb" or not frame.items or frame.trigger.doc[frame.items[-1][0]].tag_ != "VB":
            out.append(frame)
            continue
        doc, position = frame.trigger.doc, frame.items[-1][1]
        # "review the press law, which was adopted in May; repeal ...": the aside cut from the item
        position = relative_aside_end(doc, position) or position
        added = _semicolon_parts(doc, position, frame.trigger.sent.end)
        out.append(replace(frame, items=[*frame.items, *added]) if added else frame)
    return out


def _semicolon_parts(doc: Doc, position: int, sent_end: int) -> list[tuple[int, int]]:
    """The token ranges of the bare-verb parts from `position` (a semicolon) to the sentence end."""
    parts = []
    while position < sent_end and doc[position].text == ";":
        start = position + 1
        while start < sent_end and doc[start].lower_ in ("and", "or"):
            start += 1
        if start >= sent_end or doc[start].tag_ != "VB" or any(c.dep_ == "nsubj" for c in doc[start].children):
            break
        end = next((i for i in range(start, sent_end) if doc[i].text == ";"), sent_end)
        position = end
        while end > start + 1 and doc[end - 1].is_punct:
            end -= 1
        parts.append((start, end))
    return parts


def _coordinated_call_start(trigger: Token) -> int | None:
    """Where a coordinated call begins: the comma or "and" before its verb; None if it is not one."""
    # a base form coordinated with a finite verb is finite too: "We call for X, and urge the Government to ..."
    # (a demand verb the tagger read as a noun is one too: "call for X and URGE officials to ...")
    finite = (
        trigger.tag_ in FINITE_TAGS
        or trigger.pos_ == "NOUN"
        or (trigger.tag_ == "VB" and trigger.dep_ == "conj" and trigger.head.tag_ in FINITE_TAGS)
    )
    if not finite or any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return None
    doc = trigger.doc
    i = trigger.i - 1
    while i > trigger.sent.start and doc[i].dep_ == "advmod" and doc[i].head.i == trigger.i:
        i -= 1  # ", and also called on ..."
    if doc[i].text == "," or (doc[i].dep_ == "cc" and doc[i].lower_ == "and"):
        while i > trigger.sent.start and (doc[i - 1].text == "," or doc[i - 1].lower_ == "and"):
            i -= 1  # ", and"
        return i
    return None


def _ended_before(item: tuple[int, int], cuts: list[int], doc: Doc) -> tuple[int, int]:
    """The item up to the first coordinated call that starts inside it, without trailing punctuation."""
    start, end = item
    inside = [cut for cut in cuts if start < cut < end]
    if not inside:
        return item
    end = inside[0]
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    return (start, end)


def _possible_openers(doc: Doc, lexicon: Lexicon) -> list[int]:
    """Indices of the tokens that may open a frame in the token loop of `frames`: a lemma of one of
    the lexicon's trigger classes, a modal, or a word whose stem without "s"/"es" is a demand verb
    (read as a noun). A superset: each branch's own test decides. Made from the token arrays, since
    a Token object for every token of a long document costs more than the tests themselves."""
    lemmas = lexicon.opener_lemmas
    strings = doc.vocab.strings
    seen: dict[tuple[int, int], bool] = {}
    openers = []
    for i, (lemma, lower) in enumerate(doc.to_array([LEMMA, LOWER]).tolist()):
        may_open = seen.get((lemma, lower))
        if may_open is None:
            word = strings[lower]
            may_open = seen[lemma, lower] = (
                strings[lemma].lower() in lemmas
                or word in lexicon.modals
                or (word.endswith("s") and (word[:-1] in lexicon.triggers or word[:-2] in lexicon.triggers))
            )
        if may_open:
            openers.append(i)
    return openers


def _title_case_verb(token: Token, lexicon: Lexicon) -> bool:
    """A verb of a Title Case headline that the tagger read as a name: "Iran Must Halt Executions Of
    Protesters" (a capitalised word after the modal that recommendations open with)."""
    return token.pos_ in ("PROPN", "NOUN") and token.text[:1].isupper() and token.lower_ in lexicon.recommendation_verbs


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _blocked(trigger: Token, lexicon: Lexicon) -> bool:
    """Negated, refused or conditional calls are not demands ("did not call for", "if it urges")."""
    if any(c.dep_ == "neg" for c in trigger.children) and trigger.lower_ not in lexicon.modals:
        return True
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in trigger.children):
        return True
    if (
        trigger.lemma_.lower() not in lexicon.polite_request_verbs  # "would appreciate it if X could ..." asks
        and any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_AUX for c in trigger.children)
        and any(t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in trigger.subtree)
    ):
        return True  # "The experts would call on X to act if the situation deteriorated"
    return trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in lexicon.blocking_heads


def _called_for_no_demand(trigger: Token, lexicon: Lexicon) -> bool:
    """Is what the trigger calls "for" a summons or an offence (`not_called_for`): "Staff were
    called for questioning", "proceedings for calling for mass riots"?"""
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ == "for" and child.i > trigger.i:
            called = prep_object(child)
            if called is None or called.lemma_.lower() not in lexicon.not_called_for:
                return False
            after = called.right_edge.i + 1
            # "call for the violence to stop": what is to end, not what is incited
            infinitive = any(c.dep_ in ("acl", "relcl") and has_to(c) for c in called.children)
            return not infinitive and not (after < len(trigger.doc) and trigger.doc[after].tag_ == "TO")
    return False


def _is_preamble(sent: Span) -> bool:
    """A resolution's preambular paragraph: no main verb, a participle first, a comma last
    ("Recognizing also the need to preserve ...,", "Noting with concern ...,"). It recalls the
    context; the operative paragraphs after it ("Calls upon ...;") make the demands. A headline
    "Calling on X to free Y" is not one (no final comma)."""
    first = next((t for t in sent if t.is_alpha), None)
    if first is None or first.tag_ != "VBG" or first.dep_ != "ROOT" or not first.text[:1].isupper():
        return False
    return sent.text.rstrip().endswith(",")


def trigger_lemma(token: Token, lexicon: Lexicon) -> str:
    """The demand verb's lemma, or "". A resolution's operative paragraph opens with its verb and no
    subject ("Requests the Secretary-General to ...", "Calls upon States to ..."), which the
    tagger reads as a noun or a name: a sentence's first word in the third person singular of a
    demand verb, with an object or an addressee after it, is that verb."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in lexicon.triggers:
        return lemma
    if token.pos_ not in ("VERB", "NOUN", "PROPN") or token.dep_ not in ("ROOT", "nsubj"):
        return ""
    stem = s_form_stem(token.lower_, lexicon.triggers)
    # (a plural subject's verb has no "-s": "CIVICUS and IPHR call on the authorities to ...")
    finite = stem or (lemma if lemma in lexicon.triggers and token.lower_ == lemma else "")
    if (
        finite
        and token.pos_ == "NOUN"
        and any(c.dep_ == "nsubj" for c in token.children)
        and any(c.dep_ in ("prep", "advcl", "xcomp") and c.i > token.i for c in token.children)
    ):
        return finite  # a noun has no subject: "UN chief calls on Myanmar to release ..." misread as a noun
    if not token.text[:1].isupper():
        return ""
    if any(t.is_alpha for t in token.doc[token.sent.start : token.i]):
        return ""
    if stem and any(c.dep_ in ("dobj", "prep", "xcomp", "advcl", "ccomp") and c.i > token.i for c in token.children):
        return "" if _is_subheading(token, lexicon.triggers[stem]) else stem
    return ""


def _is_subheading(token: Token, spec: dict) -> bool:
    """A plural noun with only its "for" phrase on a line with no final punctuation ("Calls for
    protection"), as news pages head their sections: it names calls, it does not make one (an
    operative paragraph ends with a mark and names its addressee: "Calls upon States to ...;")."""
    last = next((t for t in reversed(token.sent) if not t.is_space), token)
    after = [c for c in token.children if c.i > token.i]
    return not last.is_punct and all(c.dep_ == "prep" and c.lower_ in spec.get("nominal_preps", ()) for c in after)


def _misread_verb(token: Token, lexicon: Lexicon) -> str:
    """The lemma of a demand verb the tagger read as a plural noun after "and": "rejects these
    allegations and CALLS upon the Rapporteur to ...", "... and URGES the Government to ..." (the
    noun is right before the addressee's preposition or article)."""
    word = token.lower_
    if token.pos_ != "NOUN" or token.dep_ != "conj" or not word.endswith("s") or token.i + 1 >= len(token.doc):
        return ""
    stem = s_form_stem(word, lexicon.triggers)
    if not stem or token.doc[token.i - 1].lower_ != "and":
        return ""
    following = token.nbor(1)
    spec = lexicon.triggers[stem]
    if following.lower_ in spec.get("target_preps", ()) or (spec.get("target_dobj") and following.pos_ == "DET"):
        return stem
    if following.lower_ in spec.get("nominal_preps", ()) and _after_present_object(token):
        # "Poland opposes politically motivated trials and CALLS for the release of ...": after the
        # object of a present-tense verb the "-s" form is that verb's fellow ("rejected appeals and
        # calls for his release" keeps its noun)
        return stem
    return ""


def _after_present_object(conjunct: Token) -> bool:
    """Is the word coordinated with the direct object of a verb in the present third person?"""
    first = conjunct.head
    return first.dep_ == "dobj" and first.head.tag_ == "VBZ"


def _verbless_call(token: Token, lexicon: Lexicon) -> bool:
    """A plural subject's demand verb the tagger read as a noun, in a sentence left with no finite
    verb: "On Human Rights Day, organisations across the globe CALL on you to release ..." (parsed
    as "the globe call", with "release" the root). Only with its addressee's preposition after it;
    a sentence with a finite verb has its verb elsewhere."""
    # (the "-s" form too, after a name: "UNHCR appeals to the government to refrain from ...")
    s_form = token.tag_ == "NNS" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)
    spec = lexicon.triggers.get(token.lower_) or (
        lexicon.triggers.get(s_form_stem(token.lower_, lexicon.triggers)) if s_form else None
    )
    if spec is None or token.pos_ != "NOUN" or token.i + 1 >= len(token.doc):
        return False
    determined = any(c.dep_ in ("det", "poss") for c in token.children)
    if determined and not any(c.dep_ == "compound" for c in token.children):
        return False  # "A call on governments to act": a noun ("the globe call": the subject's noun glued on)
    if token.nbor(1).lower_ not in spec.get("target_preps", ()):
        return False
    return not any(t.tag_ in FINITE_TAGS or t.tag_ == "MD" for t in token.sent)


def _addressing_noun(token: Token, lexicon: Lexicon) -> Span | None:
    """The addressee of a demand verb in its base form that the tagger read as a noun, although an
    addressee and a to-infinitive follow it, which only the verb takes: "FORUM-ASIA and its member
    organisations in Indonesia URGE authorities to drop all charges", "... and URGE EU officials to
    speak out" (the noun "urge" takes no object: "the urge to act"); None when it is not one."""
    spec = lexicon.triggers.get(token.lower_)
    if spec is None or not spec.get("target_dobj") or token.pos_ != "NOUN" or token.tag_ != "NN":
        return None
    if token.dep_ == "compound" or any(c.dep_ in ("det", "poss", "compound") for c in token.children):
        return None  # "a press conference", "the press freedom groups"
    return _addressee_before_infinitive(token)


def _operative_verb_read_as_name(token: Token, lexicon: Lexicon, text: str) -> Span | None:
    """The addressee of a list item's opening demand verb that the tagger read as part of a name
    with the addressee ("- Urges States to take ...", "- ALSO INVITES Member States to ...": "Urges
    States" as one name), the noun phrase between the verb and its to-infinitive; None otherwise.
    Only a capitalised "-s" form of a verb that takes its addressee as object, first on a list
    item's line (after the marker and an adverb such as "Also"). `text` is `doc.text`."""
    stem = s_form_stem(token.lower_, lexicon.triggers) if token.lower_.endswith("s") else ""
    if not stem or not lexicon.triggers[stem].get("target_dobj") or token.pos_ not in ("PROPN", "NOUN"):
        return None
    if not _opens_list_item(token, text):
        return None
    return _addressee_before_infinitive(token)


def _opens_list_item(token: Token, text: str) -> bool:
    """Is the capitalised token first on a list item's line, after the marker and an adverb such as
    "Also" ("- Urges", "3. ALSO INVITES")? `text` is `doc.text`."""
    if not token.text[:1].isupper():
        return False
    line_start = text.rfind("\n", 0, token.idx) + 1
    marker = layout.item_marker(text[line_start : token.idx + len(token)])
    before = text[line_start + (marker.end() if marker is not None else 0) : token.idx].split()
    return marker is not None and all(word.lower() in OPERATIVE_ADVERBS for word in before)


def _call_under_operative_verb_read_as_name(noun: Token, lexicon: Lexicon, text: str) -> bool:
    """Is the call noun the object of a list item's opening verb that the tagger read as a name?
    "- Reiterates its call on the EU to support ...": "Reiterates" a proper noun, "call" its
    apposition. Only the "-s" form of a verb of `call_noun_verbs`."""
    verb = noun.head
    return (
        verb.i < noun.i
        and verb.pos_ in ("PROPN", "NOUN")
        and bool(s_form_stem(verb.lower_, lexicon.call_noun_verbs))
        and _opens_list_item(verb, text)
    )


def _addressee_before_infinitive(verb: Token) -> Span | None:
    """The noun phrase between a demand verb the tagger misread and the to-infinitive right after it
    ("URGE [EU officials] to speak out"), a few words naming someone; None when there is none."""
    doc = verb.doc
    end = min(verb.i + 1 + _MAX_MISREAD_ADDRESSEE, verb.sent.end - 1)
    to = next((t.i for t in doc[verb.i + 1 : end] if t.tag_ == "TO"), None)
    if to is None or to == verb.i + 1 or doc[to + 1].tag_ != "VB":
        return None
    addressee = doc[verb.i + 1 : to]
    named = any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in addressee)
    if not named or not all(t.pos_ in _ADDRESSEE_POS for t in addressee):
        return None
    return addressee


def _means_listed(xcomp: Token) -> bool:
    """Does the action end in a list of what it consists of? "called upon X to take immediate
    steps to uphold democracy by:" / "- ensuring ...", "urged them to take the following
    measures:": the listed items are what is asked, the lead only names them."""
    before = _before_colon_word(xcomp)
    if before.pos_ == "ADP" and before.i > xcomp.i:
        return True  # "... by:", "... through:", "... including:"
    return any(t.lower_ == "following" for t in xcomp.doc[xcomp.i : before.i])


def _misread_verb_frame(token: Token, lexicon: Lexicon, addressee: Span | None = None) -> Frame | None:
    """A demand verb read as a noun (`_misread_verb`): its addressee is the noun phrase after it (the
    `addressee` span `_addressing_noun` found, if given) and its action the next to-infinitive,
    whatever the parser attached them to (or what its "for" names); its actor the subject of the
    clause it is coordinated into."""
    doc = token.doc
    clause = token
    while clause.pos_ != "VERB" and clause.head != clause:
        clause = clause.head
    # (a noun read as the sentence's root keeps its subject: "media groups across the region call on ...")
    actor = subject_of(clause) if clause.pos_ == "VERB" else child_with_dep(token, "nsubj")
    if actor is None and clause.i == token.i:  # "UNHCR appeals to ...": the name glued on as a compound
        actor = next((c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    if actor is None and addressee is not None and clause.pos_ in ("NOUN", "PROPN") and clause.i < token.i:
        actor = clause  # "FORUM-ASIA and its members urge X to ...", parsed as one noun phrase: its head speaks
    frame = Frame(token, "verb", actor=actor)
    spec = lexicon.triggers.get(s_form_stem(token.lower_, lexicon.triggers) or token.lower_, {})
    if token.i + 1 < len(doc) and token.nbor(1).lower_ in spec.get("nominal_preps", ()):
        return _with_for_object(frame, token, lexicon)  # "... and calls for the release of X"
    end = token.sent.end
    # "and calls upon them to increase ...": a pronoun addressee too
    nouns = (t for t in doc[token.i + 1 : end] if t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ in ("pobj", "dobj"))
    frame.target = next(nouns, None) if addressee is None else addressee.root
    if addressee is not None:
        frame.target_span = (addressee.start, addressee.end)
    if frame.target is None:
        return None
    action = next(
        (t for t in doc[frame.target.i + 1 : end] if t.pos_ == "VERB" and has_to(t) and t.tag_ == "VB"),
        None,
    )
    if action is None or any(t.pos_ == "VERB" and t.dep_ != "amod" for t in doc[frame.target.i + 1 : action.i]):
        return None
    frame.items = split(demand_region(action, action, verb_start(action), lexicon), action, lexicon)
    frame.action = action
    return frame


def _lead_frames(doc: Doc, lexicon: Lexicon, text: str) -> Iterator[Frame]:
    """Recommendations listed under a lead sentence that ends with a colon and names them (UN
    Universal Periodic Review and treaty-body reports): "The following recommendations will be
    examined by X ...:", "The recommendations below did not enjoy the support of X and would thus
    be noted:", "The Special Rapporteur makes the following recommendations to the Government:".
    Each item is a demand; its actors the parties in its trailing parentheses, else the lead's
    subject; its target the party the lead names ("by X", "of X", "to X"); its response
    (supported / noted / examined) the lead's. `text` is `doc.text`."""
    for line_start, line_end in layout.lines_from(text, 0):
        if not text[line_start:line_end].rstrip().endswith(":"):
            continue
        lead_start, lead_end = layout.lead_text(text, line_start, line_end)
        lead = doc.char_span(lead_start, lead_end, alignment_mode="expand")
        if lead is None:
            continue
        noun = next((t for t in lead if t.pos_ == "NOUN" and t.lemma_.lower() in lexicon.lead_nouns), None)
        if noun is None or any(t.pos_ == "VERB" and t.lemma_.lower() in lexicon.triggers for t in lead):
            continue  # "recommends that the State party:" is a demand verb's list (`_verb_frame`)
        frame = Frame(noun, "layout")
        _fill_list(frame, doc, line_end, text)
        # an item of several sentences ("(c) Renew the system of quotas. The State party should also take
        # ...") is a paragraph: its first sentence is the item, the others make their own demands
        frame.items = [_first_sentence(doc, *bounds) for bounds in frame.items]
        if not frame.items:
            continue
        if noun.dep_ == "dobj":  # "The Committee makes the following recommendations:"
            frame.actor = subject_of(noun.head)
        elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB":
            frame.actor = subject_of(noun.head.head)  # "..., to which the Committee answers with the following ...:"
        frame.target_span = _lead_target(lead, lexicon) or _modal_lead_party(doc, (line_start, line_end), text)
        frame.response = _response(lead, lexicon)
        yield frame


def _first_sentence(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The token range of the first sentence of an item, when every sentence of it has a verb (the
    parser's cut inside a title or a list of names is no sentence of its own); else the whole item."""
    sentences = list(doc[start:end].sents)
    if len(sentences) < 2 or not all(any(t.pos_ in ("VERB", "AUX") for t in sent) for sent in sentences):
        return start, end
    stop = sentences[0].end
    while stop > start + 1 and doc[stop - 1].is_punct:
        stop -= 1  # without its full stop, as an item ends
    return start, stop


# Items a list needs, most of them naming their recommending States, to be read without its lead.
_UNLED_ITEMS = 2


def _unled_recommendation_lists(doc: Doc, text: str, led: list[Frame]) -> Iterator[Frame]:
    """Recommendations numbered as a report's sub-paragraphs (or, in the first cycle's reports, as its
    paragraphs) and closed by the States that made them, where the text has no lead sentence above
    them (an excerpt, an annex, a page that starts mid-list): "140.58 Set concrete steps ...
    (Austria);" / "140.59 Refrain from ... (Belarus);", "102. Guarantee the protection of ... (Chile);".
    The States in brackets are the actors; the target is the State under review (`_state_under_review`);
    with no lead, no response."""
    covered = [(doc[start].idx, doc[end - 1].idx) for frame in led for start, end in frame.items]
    taken: list[Frame] = []
    resume = 0
    for line_start, line_end in layout.lines_from(text, 0):
        if line_start < resume or any(start <= line_start <= end for start, end in covered):
            continue
        marker = layout.line_marker(text[line_start:line_end])  # "140.58", "115.1." (alone on its line), "102."
        if marker is None or layout.marker_kind(marker.group(0)) not in ("subnumber", "number"):
            continue
        found = Frame(doc[0], "layout")
        _fill_list(found, doc, line_start, text)
        if found.items:  # a list is read once, whether it is taken or not
            resume = doc[found.items[-1][1] - 1].idx
        if len(found.items) < _UNLED_ITEMS or 2 * len(found.listed) < len(found.items):
            continue
        for bounds in found.items:  # each its own frame: no lead word triggers them all
            listed = {bounds: found.listed[bounds]} if bounds in found.listed else {}
            taken.append(Frame(doc[bounds[0]], "layout", items=[bounds], listed=listed))
    if taken:
        under_review = _state_under_review(doc, text, taken, led)
        for frame in taken:
            frame.target_span = under_review
    yield from taken


# The title of a report of the Universal Periodic Review's Working Group, on its cover page
_UPR_REPORT_TITLE = re.compile(r"report\s+of\s+the\s+working\s+group\s+on\s+the\s+universal\s+periodic\s+review", re.I)
# How far into a document its cover page's title is looked for
_COVER_CHARS = 3000


def reviewed_state(doc: Doc, text: str) -> tuple[int, int] | None:
    """The State under review of a Universal Periodic Review Working Group report (its cover page
    titles it so): the country it names most often (`_state_under_review`), to whom the report's
    requests and recommendations are made ("Mexico requested information on ..."). The token range
    of its first mention; None for other documents."""
    if not _UPR_REPORT_TITLE.search(text, 0, _COVER_CHARS):
        return None
    return _state_under_review(doc, text, [], [])


def _state_under_review(doc: Doc, text: str, unled: list[Frame], led: list[Frame]) -> tuple[int, int] | None:
    """The State recommendations listed without a lead are made to: the target of the document's
    led lists ("did not enjoy the support of X:"), else the country the document names most often
    (by name or nationality adjective: "Cuba", "the Cuban Penal Code") among those none of the
    items' brackets names, since a State never recommends to itself in its own review. The token
    range of its first mention by name; None when no country stands out or none is named."""
    led_target = next((frame.target_span for frame in led if frame.target_span is not None), None)
    if led_target is not None:
        return led_target
    gazetteer = default_gazetteer()

    def country(name: str) -> str:
        entry = state_named(gazetteer, name)
        return entry.canonical if entry is not None else ""

    recommending = {country(name) or name for frame in unled for item in frame.listed.values() for name in item.parties}
    places = [entity for entity in doc.ents if entity.label_ in ("GPE", "NORP")]
    bracketed = _in_brackets(text, [entity.start_char for entity in places])
    mentions: dict[str, int] = {}
    first: dict[str, tuple[int, int]] = {}
    for entity, inside in zip(places, bracketed, strict=True):
        if inside:
            continue  # "(Kingdom of the Netherlands)", "/ Continue (India)": who recommends
        named = country(entity.text)
        if not named or named in recommending:
            continue
        mentions[named] = mentions.get(named, 0) + 1
        if entity.label_ == "GPE":
            first.setdefault(named, (entity.start, entity.end))
    ranked = sorted(mentions.items(), key=lambda pair: -pair[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return first.get(ranked[0][0])


def _in_brackets(text: str, positions: list[int]) -> list[bool]:
    """Whether a round bracket is open at each of `positions` (in increasing order) of `text`."""
    inside, depth, scanned = [], 0, 0
    for position in positions:
        for char in text[scanned:position]:
            depth = depth + 1 if char == "(" else max(0, depth - 1) if char == ")" else depth
        scanned = max(scanned, position)
        inside.append(depth > 0)
    return inside


def _fill_list(frame: Frame, doc: Doc, start_char: int, text: str | None = None) -> None:
    for item in list_items(doc, start_char, text):
        frame.items.append(item.bounds)
        if item.parties:
            frame.listed[item.bounds] = item


def _lead_target(lead: Span, lexicon: Lexicon) -> tuple[int, int] | None:
    """The token range of the party a lead sentence addresses: the first named party or government
    after "by", "of" or "to" ("examined by X", "the support of X", "made to the Government of X")."""
    doc = lead.doc
    for token in lead:
        if token.dep_ != "pobj" or token.head.lower_ not in ("by", "of", "to"):
            continue
        if token.ent_type_ in ("DATE", "TIME", "ORDINAL", "CARDINAL", "PERCENT"):
            continue
        # (a treaty's "State party": "makes the following recommendations to the State party:")
        state_party = token.lemma_.lower() == "party" and any(c.lower_ == "state" for c in token.lefts)
        if (
            token.ent_type_ in ("GPE", "NORP")
            or token.pos_ == "PROPN"
            or token.lemma_.lower() in lexicon.party_nouns
            or state_party
        ):
            entity = next((e for e in doc.ents if e.start <= token.i < e.end), None)
            if entity is not None and entity.label_ in ("GPE", "NORP"):
                return entity.start, entity.end
            keep = ("det", "amod", "compound", "prep", "pobj", "nummod", "poss", "case", "flat")
            return phrase_bounds(token, keep=keep)  # not "X and the recommendations below"
    place = next((e for e in lead.ents if e.label_ == "GPE"), None)
    return (place.start, place.end) if place is not None else None


def _response(lead: Span, lexicon: Lexicon) -> str:
    """The response a lead sentence gives its recommendations: "noted" (noted, rejected, or support
    negated: "did not enjoy the support of"), "supported" (support, accept), "examined" (to be
    examined: "will be examined"), else ""."""
    lemmas = {t.lemma_.lower() for t in lead}
    responses = lexicon.responses
    negated = any(t.dep_ == "neg" or t.lower_ in ("not", "n't") for t in lead)
    if lemmas & responses["noted"] or (negated and lemmas & responses["supported"]):
        return "noted"
    if lemmas & responses["supported"]:
        return "supported"
    if lemmas & responses["examined"] and any(t.lower_ in ("will", "shall") for t in lead):
        return "examined"
    return ""


def _imperative_frame(sent: Span, lexicon: Lexicon, text: str) -> Frame | None:
    """A request in the imperative: "Please provide information on ...", "Kindly indicate ...", and a
    campaign's "Release the students now!". Its actor is the document's author, its target the
    addressee of the letter (`parties.addressee`)."""
    item = _list_item_line(sent, text, lexicon)
    words_start = item[1] if item is not None else sent.start_char
    first = next((t for t in sent if t.is_alpha and t.idx >= words_start), None)
    if first is None:
        return None
    # the items of a list: "- Adopt a national action plan;", "(c) Improve ..."
    leads = _list_leads(item[0], sent.doc, text, lexicon) if item is not None and first.idx == words_start else None
    lead = leads[0] if leads is not None else None
    if lead is not None and is_signatory_lead(text[lead[0] : lead[1]]):
        return None  # "This statement is launched by following organizations:": names, not requests
    if lead is not None and is_kind_heading(text[lead[0] : lead[1]]) and _is_title_case_name(text, words_start):
        return None  # "Civil Society Organizations:" over "- Open Rights Group": a name, whatever its first word
    infinitive = _listed_infinitive(first) if lead is not None else None
    if infinitive is not None:  # "• To (strictly) observe ...": recommendations listed as to-infinitives
        first = sent.doc[first.i + 1]
    polite = first.lower_ in lexicon.politeness
    if polite:  # "Please also explain ...", "Kindly further indicate ...": the verb after the adverbs
        words = [t for t in sent[first.i - sent.start + 1 :] if t.is_alpha]
        rest = [t for t in words if not (t.pos_ == "ADV" and t.dep_ == "advmod" and t.head.i > t.i)]
        verb = rest[0] if rest else first
    else:
        verb = infinitive or _after_adverbs(first)
    # the tagger reads a sentence-initial "Free the students" as an adjective: its object says verb
    # (not a verb in the third person or past: "- expresses its indignation ..." under "The
    # Association:" says what the party does)
    takes_object = (
        verb.dep_ == "ROOT"
        and verb.tag_ not in ("VBZ", "VBD", "VBN", "VBG")
        and any(c.dep_ == "dobj" for c in verb.children)
    )
    if _third_person_in_capitals(verb):
        # "1. ADOPTS the Activity Report": a decision's operative verb, tagged as a base form; a
        # demand verb among them ("5. FURTHER REQUESTS X to provide ...") makes its own frame
        lemma = trigger_lemma(verb, lexicon)
        operative = _verb_frame(verb, lexicon, lemma) if lemma else None
        return operative if operative is not None and operative.items else None
    misread = lead is not None and not polite and infinitive is None and _item_verb_misread(verb, first, lexicon)
    if not ((verb.pos_ == "VERB" and verb.tag_ in ("VB", "VBP")) or takes_object or misread):
        return _exclaimed_action(sent, first, lexicon, text) if not polite else None
    if any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") and not (infinitive is not None and c.i < verb.i)
        for c in verb.children
    ):
        return None
    if any(c.lower_ == "me" and c.dep_ in ("dobj", "nsubj") for c in verb.children):
        return None  # "Allow me first to thank ...", "Let me begin by ...": a speaker asks leave to speak
    exclaimed = _ends_with(text, sent, "!")
    # an action the genre demands, said to whoever holds the power: "Stop hiding the political
    # prisoners from their families.", "Release all political prisoners."
    # (a base form: not a heading's or a preamble's participle, "Strengthening the rule of law")
    # (nor a lead to instructions, "Take action: write to the Minister ...")
    action = (
        verb.tag_ == "VB"
        and (verb.lemma_.lower() in lexicon.specificity or verb.lemma_.lower() in lexicon.cessation_verbs)
        and not any(t.text == ":" for t in sent if t.i > verb.i)
    )
    if not polite and not (
        (exclaimed or action or lead is not None)
        and (
            verb.dep_ == "ROOT"
            or infinitive is not None
            or misread
            or _opens_a_reported_quotation(first, verb, lexicon)
        )
    ):
        return None
    if polite and verb.lemma_.lower() in lexicon.non_requests:
        return None  # "Please note that ...", "Please find attached ...": not asking for an action
    if not polite and _calls_the_reader(verb, lexicon):
        return None  # "Become a member today!", "Help us defend ...!": the page asks its reader
    if polite and verb.lemma_.lower() in lexicon.reader_calls and not any(c.dep_ == "dobj" for c in verb.children):
        return None  # "Please write immediately in English, Spanish or your own language:" (not "Please share X")
    lemma = trigger_lemma(verb, lexicon)
    if lemma:  # "Tell the authorities to stop ...!", "Urge the minister to ...": the reader relays it
        relayed = _verb_frame(verb, lexicon, lemma)
        if relayed is not None and relayed.items and relayed.target is not None:
            return relayed
    frame = Frame(first if polite else verb, "imperative")
    start = first.i
    region = (start, _last_word(sent) + 1) if misread else demand_region(verb, verb, start, lexicon)
    frame.items = [(a, b) for a, b in split(region, verb, lexicon) if a >= start]
    frame.action = verb
    if leads is not None and leads[1] is not None:
        frame.actor, frame.target_span = _named_parties(sent.doc, leads[1], text, lexicon)
    elif lead is not None:
        frame.target_span = _modal_lead_party(sent.doc, lead, text)
        call = _call_of_lead(sent.doc, lead, lexicon) if frame.target_span is None else None
        if call is not None:  # "Amnesty International urges the Human Rights Council to:" over unbulleted lines
            frame.actor, frame.target = call.actor, call.target
    return frame


def _call_of_lead(doc: Doc, lead: tuple[int, int], lexicon: Lexicon) -> Frame | None:
    """The frame of the demand verb of a list's lead line ("X urges Y to:"), when it names who calls
    or whom: the items under it are what it calls for, with or without their bullets."""
    span = doc.char_span(lead[0], lead[1], alignment_mode="expand")
    for token in span if span is not None else ():
        lemma = trigger_lemma(token, lexicon) if token.pos_ == "VERB" else ""
        call = _verb_frame(token, lexicon, lemma) if lemma else None
        if call is not None and (call.actor is not None or call.target is not None):
            return call
    return None


def _item_verb_misread(verb: Token, first: Token, lexicon: Lexicon) -> bool:
    """Is the verb that opens a list item misparsed? In "- Support civil society and grassroots
    movements calling for democracy." the parser makes "Support" a modifier of "society" and
    "calling" the root; in "- Support free and independent media, and protect ..." the tagger
    reads it as a noun too, and a "Release all persons detained ..." as a name heading the
    sentence. The whole sentence is then the item: the word is tagged a base-form verb or is one
    that recommendations open with."""
    if verb.i != first.i:
        return False
    opens_recommendations = verb.is_title and _opens_an_item(verb.lower_, lexicon)
    if verb.dep_ == "ROOT":
        return opens_recommendations and verb.pos_ in ("NOUN", "PROPN")
    hung_on_later_word = verb.dep_ in ("nmod", "amod", "compound", "nsubj") and verb.head.i > verb.i
    return hung_on_later_word and (verb.tag_ == "VB" or opens_recommendations)


def _last_word(sent: Span) -> int:
    """The index of the sentence's last token that is not punctuation or space."""
    return next((t.i for t in reversed(sent) if not (t.is_punct or t.is_space)), sent.start)


def _third_person_in_capitals(verb: Token) -> bool:
    """A verb in capitals with the "-S" of the third person ("ADOPTS", "COMMENDS", "AUTHORIZES"), as
    decisions and resolutions print their operative verbs; not a base form ending in "s" ("ADDRESS",
    "DISCUSS", "FOCUS")."""
    word = verb.text
    return len(word) > 3 and word.isupper() and word.endswith("S") and not word.endswith(("SS", "US", "IS"))


def _list_item_line(sent: Span, text: str, lexicon: Lexicon) -> tuple[int, int] | None:
    """(where its line starts, where its words start after the marker) when the sentence is the
    words of a list item ("(c) Improve ...": the marker's letter is no word of the item; an item
    whose bullet was lost, "Ratify the Convention ...;", starts at its line), else None."""
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    line_end = text.find("\n", sent.start_char)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    marker = layout.item_marker(line)
    if marker is None:
        unmarked = sent.start_char == line_start and _unmarked_imperative(sent.doc, line_start, line, lexicon)
        return (line_start, line_start) if unmarked else None
    if line_start + marker.end() < sent.start_char:
        return None  # the sentence starts inside the line (the parser may cut after "•")
    return line_start, line_start + marker.end()


def _is_title_case_name(text: str, start: int) -> bool:
    """Is the line from `start` (up to a bracket) written as a name: every word of four letters or more
    capitalised ("Open Rights Group", "Reform Government Surveillance (RGS is ...)"), not a request
    ("Press the Government to release ...")?"""
    end = text.find("\n", start)
    line = text[start : len(text) if end < 0 else end].split("(")[0]
    words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) >= 4]
    return bool(words) and all(w[0].isupper() for w in words)


def _unmarked_imperative(doc: Doc, line_start: int, line: str, lexicon: Lexicon) -> bool:
    """Is the line a recommendation whose bullet was lost, as a PDF's text may list them: it opens
    with a capitalised verb in the base form (one that recommendations open with, or tagged so) and
    ends as an item does ("Ratify the Optional Protocol ...;", "Release all persons detained ... .")?
    Such a line is an item only under a lead (`_list_leads`)."""
    words = line.rstrip()
    first = words.split(maxsplit=1)[0] if words.strip() else ""
    if not first[:1].isupper() or not first.isalpha() or not words.endswith((";", ".")) or line[:1].isspace():
        return False
    token = doc.char_span(line_start, line_start + len(first))
    return token is not None and (_opens_an_item(first.lower(), lexicon) or token[0].tag_ == "VB")


def _opens_an_item(word: str, lexicon: Lexicon) -> bool:
    """Is the lower-case word a verb that opens recommendations, or a demand verb an item relays to
    others ("Urge States to adopt ...;")?"""
    return word in lexicon.recommendation_verbs or word in lexicon.triggers


# A lead that ends with its subject's modal: "The State party should:", "Government should:".
_MODAL_LEAD = re.compile(r"\s*(?P<party>[A-Z][^:.;]*?\S)\s+(?:should|must|shall)(?:\s+also)?\s*:\s*$")
# ... or with the subject of a recommendation's that-clause, its verbs the items: "The Committee
# reiterates its recommendation that the State party:" (treaty bodies' concluding observations)
_THAT_LEAD = re.compile(r".*\bthat\s+(?P<party>(?:the\s+)?[A-Z][^:.;]*?\S)\s*:\s*$")


def _modal_lead_party(doc: Doc, lead: tuple[int, int], text: str) -> tuple[int, int] | None:
    """The party a list's lead obliges ("The State party should:" / "(a) Continue ..."), or the one
    its that-clause names ("... its recommendation that the State party:"), whom its items address,
    as a token range; None for another lead."""
    start, end = lead
    found = _MODAL_LEAD.fullmatch(text, start, end) or _THAT_LEAD.fullmatch(text, start, end)
    if found is None:
        return None
    span = doc.char_span(found.start("party"), found.end("party"), alignment_mode="contract")
    return (span.start, span.end) if span is not None and len(span) <= _HEADING_WORDS else None


def _item_above(text: str, line_start: int) -> bool:
    """Is the nearest non-blank line above the line starting at `line_start` a marked list item?"""
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line:
            return layout.item_marker(line) is not None
        end = start - 1
    return False


# Lines walked back from a list item to the line that leads its list.
_MAX_LIST_LINES = 40
# Words at most in a heading that leads a list ("Recommendations to the Government of X").
_HEADING_WORDS = 12


def _list_leads(
    item_start: int, doc: Doc, text: str, lexicon: Lexicon
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """The lines that lead the list whose item's line starts at `item_start` ("- Adopt a national
    action plan;"), as (start, end) characters, or None: the nearest line before it that ends with a colon ("...
    the following areas require particular attention:") or a heading that names recommendations or
    their addressee, over items, blank lines and the sub-headings between ("National human rights
    institution"); and, further up over such headings, the line that names the recommendations
    ("Amnesty International makes the following recommendations to Guatemala", "Recommendations to
    the Government of X", "To the European Union", as NGO reports head them), or None. Such items
    in the imperative are what the lead asks for, whatever its wording. `text` is the document's."""
    start = item_start
    nearest = None
    for _ in range(_MAX_LIST_LINES):
        if start == 0:
            break
        end = start - 1
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if not line or layout.item_marker(line) is not None:
            continue
        if _unmarked_imperative(doc, start, text[start:end], lexicon):
            continue  # a sibling item whose bullet was lost
        if _names_recommendations(line, lexicon):
            return nearest or (start, end), (start, end)
        if not _is_heading(line.rstrip(":")):
            if nearest is None and line.endswith(":"):
                return (start, end), None  # a sentence leading its list: "... require attention:"
            if not line.endswith(":") and _item_above(text, start):
                continue  # a note under the item above it: "• Investigate X." / "These should include ..."
            break
        if nearest is None and line.endswith(":"):
            nearest = (start, end)  # a sub-heading that leads the items: "Indigenous Peoples:"
    return (nearest, None) if nearest is not None else None


def addressed_sections(doc: Doc, text: str, lexicon: Lexicon) -> list[tuple[int, tuple[int, int] | None]]:
    """Each heading line's start and the token range of the party it addresses ("To the Government
    of X", "To Member States"), None for a heading that addresses no one ("Recommendations"), in
    order: a report's sections of recommendations, each for the party its heading names."""
    sections: list[tuple[int, tuple[int, int] | None]] = []
    state = None  # a State's name heading its part of a review of several; its subheadings stay in it
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        words = line.strip()
        if words and _is_heading(words.rstrip(":")):
            begin = start + len(line) - len(line.lstrip())
            addressed = words.split()[0].casefold() == "to" and _names_recommendations(words, lexicon)
            party = _named_parties(doc, (begin, begin + len(words)), text, lexicon)[1] if addressed else None
            if party is None:
                state = _state_heading(doc, begin, words) or state
                party = state
            else:
                state = None
            sections.append((begin, party))
        start = end + 1
    return sections


def _state_heading(doc: Doc, begin: int, words: str) -> tuple[int, int] | None:
    """The token range of a heading that is a State's name alone, maybe with a note in brackets
    ("Bangladesh (7 recommendations)", as a review of several countries heads each one's part);
    None for any other heading."""
    name = re.sub(r"\s*\([^()]*\)$", "", words.rstrip(":")).strip()
    if not name or state_named(default_gazetteer(), name) is None:
        return None
    span = doc.char_span(begin, begin + len(name), alignment_mode="contract")
    return (span.start, span.end) if span is not None and len(span) else None


def _is_heading(line: str) -> bool:
    """A short capitalised line with no closing punctuation: a heading, not a sentence."""
    return line[:1].isupper() and not line.endswith((".", ";", ",", "!", "?")) and len(line.split()) <= _HEADING_WORDS


def _names_recommendations(line: str, lexicon: Lexicon) -> bool:
    """Does a line name recommendations ("Recommendations to the Government of X", "X makes the
    following recommendations to Y", not closed by a full stop) or, as a heading, whom the items
    under it address ("To the Government of X", "To Member States")?"""
    words = line.rstrip(":").split()
    if not words or line.endswith((".", ";", "!", "?")):
        return False
    if words[0].casefold() == "to":
        addressed = len(words) > 1 and (words[1][:1].isupper() or words[1] in ("the", "all"))
        return addressed and _is_heading(line.rstrip(":"))
    return any(w.casefold().removesuffix("s") in lexicon.lead_nouns for w in words)


def _named_parties(
    doc: Doc, line: tuple[int, int], text: str, lexicon: Lexicon
) -> tuple[Token | None, tuple[int, int] | None]:
    """Who makes the recommendations a line names and to whom: the subject of "makes the following
    recommendations to Guatemala" and its "to" party; the party after a heading's "To" or after
    "Recommendations to"."""
    start, end = line
    words = text[start:end].rstrip(" :")
    if re.match(r"To\s", words):
        span = doc.char_span(start + 3, start + len(words), alignment_mode="contract")
        return None, ((span.start, span.end) if span is not None and len(span) else None)
    lead = doc.char_span(start, start + len(words), alignment_mode="expand")
    if lead is None:
        return None, None
    noun = next((t for t in lead if t.lemma_.lower() in lexicon.lead_nouns), None)
    if noun is None:
        return None, _lead_target(lead, lexicon)
    actor = subject_of(noun.head) if noun.dep_ == "dobj" else None
    # "to" on the noun or on the verb that makes them ("makes the following recommendations to
    # Guatemala"), before any other party the line names ("In the context of the UPR, ...")
    to = next(
        (c for c in (*noun.children, *noun.head.children) if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None
    )
    party = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if party is None:
        return actor, _lead_target(lead, lexicon) or _modal_lead_party(doc, line, text)
    entity = next((e for e in doc.ents if e.start <= party.i < e.end and e.label_ in ("GPE", "NORP")), None)
    return actor, (entity.start, entity.end) if entity is not None else phrase_bounds(party)


def _opens_a_reported_quotation(first: Token, verb: Token, lexicon: Lexicon) -> bool:
    """Is the imperative the first words of a quotation its speaker is said to have spoken
    ('"Immediately release all political prisoners," a US spokesperson said')?"""
    lemma = verb.lemma_.lower()
    return (
        first.i > 0
        and opens_quotation(first.doc[first.i - 1])
        # what the genre demands, not a speaker's "Look at the numbers" or "Consider this"
        and (lexicon.specificity.get(lemma) in ("specific", "general") or lemma in lexicon.cessation_verbs)
        and verb.dep_ == "ccomp"
        and verb.head.i > verb.i
        and verb.head.lemma_.lower() in lexicon.reporting_verbs
    )


def _after_adverbs(first: Token) -> Token:
    """The base-form verb after the adverbs an imperative opens with ("Immediately release all
    political prisoners", "Urgently stop ...", "Finally, release ..."), else `first`."""
    doc = first.doc
    k = first.i
    while k < len(doc) and k - first.i < 2 and doc[k].tag_ == "RB" and doc[k].dep_ == "advmod":
        k += 1
    if k == first.i + 1 and k + 1 < len(doc) and doc[k].text == ",":
        k += 1  # a speech's steps: "First, make your resolutions understandable", "Finally, release ..."
    if k == first.i or k >= len(doc):
        return first
    # the tagger may read the verb after the adverb as a noun: "Promptly release all detainees"
    verb_like = doc[k].tag_ == "VB" or any(c.dep_ == "dobj" for c in doc[k].children)
    return doc[k] if verb_like else first


def _listed_infinitive(first: Token) -> Token | None:
    """The verb of a list item that opens with a to-infinitive ("To ratify ...", "To strictly
    observe ...", "To not deprive ..."), or None."""
    if first.lower_ != "to":
        return None
    doc = first.doc
    k = first.i + 1
    while k < len(doc) and k - first.i <= 3 and doc[k].tag_ == "RB":
        k += 1
    return doc[k] if k < len(doc) and doc[k].tag_ == "VB" else None


def _ends_with(text: str, sent: Span, mark: str) -> bool:
    """Does the sentence end with `mark` ("?", "!")? `text` is the document's (no Span.text built)."""
    return text[sent.start_char : sent.end_char].rstrip().endswith(mark)


def _exclaimed_action(sent: Span, first: Token, lexicon: Lexicon, text: str) -> Frame | None:
    """A campaign's exclamation whose first word the tagger took for a name ("Free Ahmed Salem
    now!"): a capitalised demanded action of the lexicon (`specificity`), then its object."""
    if not _ends_with(text, sent, "!") or first.pos_ not in ("PROPN", "ADJ", "NOUN"):
        return None
    demanding = first.lower_ in lexicon.triggers  # "Demand justice for X!": what follows is demanded
    if not (demanding or first.lower_ in lexicon.specificity) or not first.text[:1].isupper():
        return None
    if first.i + 1 >= sent.end or any(t.pos_ in ("VERB", "AUX") for t in sent):
        return None  # a sentence with its own verb ("Free speech is under attack!")
    end = sent.end
    while end > first.i + 1 and (sent.doc[end - 1].is_punct or sent.doc[end - 1].is_space):
        end -= 1
    frame = Frame(first, "imperative")
    frame.items = split((first.i + 1 if demanding else first.i, end), first, lexicon)
    return frame


def _question_request(sent: Span, lexicon: Lexicon) -> Frame | None:
    """A request put as a question to the addressee: "Could you please provide information on X?",
    "Would your Government kindly indicate ...?". The subject is second person ("you", "your ...");
    "Could the authorities have prevented X?" and "Would the Government accept Y?" ask, not request."""
    words = [t for t in sent if t.is_alpha]
    if len(words) < 3 or words[0].tag_ != "MD" or words[0].lower_ not in ("could", "would", "can", "will"):
        return None
    verb = words[0].head
    subject = child_with_dep(verb, "nsubj")
    if verb.pos_ != "VERB" or verb.tag_ not in ("VB", "VBP") or subject is None:
        return None
    if not any(t.lower_ in ("you", "your") for t in subject.subtree):
        return None
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return None
    frame = Frame(words[0], "imperative", target=subject)  # "Could you please PROVIDE ...": from its verb
    frame.items = split(demand_region(verb, verb, verb.i, lexicon), verb, lexicon)
    frame.action = verb
    return frame


def _calls_the_reader(verb: Token, lexicon: Lexicon) -> bool:
    """A campaign page's call on its own reader ("Join us!", "Donate now!", "Become a member
    today!", "Help us preserve ...!"), not a demand on anyone."""
    if verb.lemma_.lower() in lexicon.reader_calls:
        return True
    # "us" right after the verb, whatever the parse makes of it ("Help us protect ...": its subject),
    # or after its preposition ("Stand with us", "Act with us")
    doc = verb.doc
    after = [doc[i] for i in range(verb.i + 1, min(verb.i + 3, len(doc)))]
    return bool(after) and (
        after[0].lower_ == "us" or (len(after) > 1 and after[0].pos_ == "ADP" and after[1].lower_ == "us")
    )


def _relayed(xcomp: Token, lexicon: Lexicon) -> Frame | None:
    """A demand passed on: the addressee is asked to ask someone else ("I call on you to urge the
    government to release X", "urges France to use its visit to press the authorities to:"). The
    demand is the inner one, of its addressee; the actor stays the outer one."""
    for token in xcomp.subtree:
        if token.pos_ != "VERB" or token.i == xcomp.head.i:
            continue
        if _in_relative_clause(token, xcomp):
            continue  # "calling on Arabs to rise up against leaders who invited soldiers to ...": described
        if token.dep_ == "conj" and token.tag_ in ("VBP", "VBZ") and token.head.tag_ == "VB":
            # "call on X to withdraw the law and demand that Y refrain from ...": a present-tense verb
            # the parser joined to the infinitive is the speakers' own second call, not one relayed
            continue
        if token.dep_ == "conj" and token.head.i == xcomp.i and calls_on_its_own(token, lexicon):
            # "urge the police to rescind X and call on the Government to halt Y": a call with its
            # own addressee coordinated with the demanded action is the speakers' second call
            continue
        lemma = trigger_lemma(token, lexicon)
        if not lemma or _blocked(token, lexicon):
            continue
        inner = _verb_frame(token, lexicon, lemma)
        if inner is not None and inner.items and inner.target is not None and inner.target.pos_ != "PRON":
            return inner
    return None


def _infinitive_right_after(addressee: Token) -> Token | None:
    """The base-form verb whose "to" comes right after the addressee's phrase, wherever the parser
    hung it ("Call on Authorities | to take Immediate Action", an adverb allowed: "to swiftly open")."""
    doc = addressee.doc
    to = addressee.right_edge.i + 1
    if to >= len(doc) or doc[to].tag_ != "TO":
        return None
    verb = doc[to].head
    between = doc[to + 1 : verb.i]
    if verb.tag_ != "VB" or verb.i <= to or any(t.tag_ != "RB" for t in between):
        return None
    return verb


def _hung_on_addressees_phrase(infinitive: Token, addressee: Token) -> bool:
    """Is this infinitive the call's, hung on the last noun of the addressee's own phrase: "call on
    all those in power | to put ...", "calls on those responsible for his detention | to release him"
    (a noun's own infinitive comes right after the noun it completes, not after a phrase on it)?"""
    noun = infinitive.head
    if addressee.pos_ == "NOUN" and addressee.tag_ != "NNS":
        return False  # "urged the formation of a commission with full authority to monitor X": the noun's own
    if infinitive.dep_ != "acl" or noun.dep_ != "pobj":
        return False
    holder = noun.head.head  # what the noun's preposition hangs on: the addressee, or its adjective ("responsible")
    return holder == addressee or (holder.head == addressee and holder.dep_ in ("amod", "acl"))


def _in_relative_clause(token: Token, top: Token) -> bool:
    """Is `token` inside a relative clause below `top` ("leaders who invited soldiers to ...")?"""
    current = token
    while current.i != top.i and current.head != current:
        if current.dep_ == "relcl":
            return True
        current = current.head
    return False


def _call_hung_on_relative_clause(infinitive: Token, addressee: Token) -> bool:
    """The demand's to-clause read as a purpose of the addressee's relative clause: "called on
    activists who have joined the movement | to support efforts" (a restrictive clause, the
    infinitive after its verb's object, its complement or "do so": "appeal to all those who are
    close to them | to help them", "call on States that are parties to X | to ratify"). Not a
    clause set off by a comma, nor an infinitive the clause's verb takes: "told ambassadors, who
    came to offer X", "leaders who invited soldiers to ..." (README)."""
    clause = infinitive.head
    if infinitive.dep_ != "advcl" or clause.dep_ != "relcl" or clause.head.i != addressee.i:
        return False
    doc = infinitive.doc
    return _clause_complete_before(infinitive, clause) and doc[clause.left_edge.i - 1].text != ","


def _clause_complete_before(infinitive: Token, clause: Token) -> bool:
    """Has the relative clause its object or complement before the infinitive hung on it, so that
    the infinitive is not its own ("that have not yet done so | to ratify", "where the death penalty
    is still in place | to declare a moratorium")?"""
    return any(
        c.i < infinitive.i
        # "do so" stands for the verb and its object; a place or state after "be" is its complement
        and (c.dep_ in ("dobj", "acomp", "attr") or _so_of_do(c) or (c.dep_ == "prep" and clause.lemma_ == "be"))
        for c in clause.children
    )


def _infinitive_after_relative_clause_read_as_object(verb: Token, addressee: Token) -> Token | None:
    """The demanded infinitive where the parser read the addressee's relative clause as the call's
    own clause and hung the infinitive on it: "urged all States | that have not yet done so (ccomp) |
    to declare a moratorium" (the States are to declare); None otherwise."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > addressee.i), None)
    if clause is None or clause.left_edge.i != addressee.right_edge.i + 1:
        return None
    relative = clause.left_edge.lower_ in ("that", "who", "which", "where") and clause.left_edge.dep_ in (
        "nsubj",
        "nsubjpass",
        "advmod",
    )
    infinitive = next((c for c in clause.children if c.dep_ == "advcl" and has_to(c) and c.i > clause.i), None)
    if not relative or infinitive is None or not _clause_complete_before(infinitive, clause):
        return None
    return infinitive


def _so_of_do(token: Token) -> bool:
    """Is the token the "so" of "do so" ("States that have not yet done so")?"""
    return token.lower_ == "so" and token.dep_ == "advmod" and token.head.lemma_ == "do"


def _object_of_control(verb: Token, lexicon: Lexicon) -> Token | None:
    """Who is moved to demand: the object of the verb that governs the demand's to-infinitive ("a
    toll that prompted the OHCHR to call for restraint", "led the Council to urge ..."); None when
    that verb demands itself ("urged the EU to call for ...": the frame of "urged" holds it)."""
    governor = verb.head
    if verb.dep_ != "xcomp" or not has_to(verb) or governor.lemma_.lower() in lexicon.triggers:
        return None
    return next((c for c in governor.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _protesters(participle: Token, lexicon: Lexicon) -> Token | None:
    """Who went out demanding: "Demonstrators took to the streets demanding X" hangs the participle
    on "the streets"; the subject of the verb of assembly is the actor. None for any other noun
    ("met protesters demanding X": the protesters demand)."""
    place = participle.head
    if participle.dep_ != "acl" or place.dep_ != "pobj" or place.pos_ == "PROPN" or place.ent_type_:
        return None
    went = place.head.head
    if went.lemma_.lower() not in lexicon.assembly_verbs or place.head.lower_ == "with":
        return None
    return subject_of(went)


def _semicolon_before_head(clause: Token) -> bool:
    """Does a semicolon stand between a clause and the verb the parser hangs it on as an object
    ("the regime must permit an inquiry; it must release ...": "permit" read as what "release"
    says), or a dash before a verb with a must/should of its own ("The authorities must end this
    misery — they must release them")? Then each clause is a main clause of its own."""
    doc = clause.doc
    if clause.i > clause.head.i:
        return False
    between = doc[clause.right_edge.i + 1 : clause.head.i]
    if any(t.text == ";" for t in between):
        return True
    return must_or_should(clause.head) is not None and any(t.text != ":" and is_separator(t) for t in between)


def _relative_of_which(actor: Token) -> bool:
    """Is the actor the subject of a relative clause, a noun with "of which"/"of whom" ("the absence
    of which make peace unattainable")? It names no one who calls."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ in ("which", "whom") for o in c.children)
        for c in actor.children
    )


def _after_operative_verb(actor: Token) -> bool:
    """Is the actor a noun after the verb that opens a resolution's operative paragraph? "-
    Reiterates the importance of resuming the negotiations between X and Y, ..., expresses its
    appreciation ... and requests him to ...": the tagger reads "Reiterates" as a name, hung on
    the next verb as its subject or as an adverbial clause, and the parser gives that verb "the
    negotiations" as (a second) subject, or takes "Reiterates" itself for the subject ("-
    Reiterates its serious concern about X, calls upon the Government to ..."), or a clause of its
    own ("- Condemns the exploitation of X, calls for renewed efforts ... and urges ..."), or a
    name before its object ("- [Condemns support] provided by X ..., and calls for ..."). An
    unnamed capitalised plural that opens the paragraph and governs an object (or names the actor
    with it) is its verb, and the paragraph has no subject."""
    words = [t for t in actor.sent if t.is_alpha]
    first = words[0] if words else None
    if first is None or first.i > actor.i:
        return False
    governs = first.dep_ in ("advcl", "nsubj", "parataxis") and any(c.dep_ == "dobj" for c in first.children)
    names = first.dep_ == "compound" and first.head == actor
    return (
        (governs or names)
        and first.tag_ in ("NNP", "NNPS", "VBZ", "VB")
        and first.text[:1].isupper()
        and first.lower_.endswith("s")
        and not first.ent_type_
        and not any(c.dep_ in ("nsubj", "mark") for c in first.children)
    )


def _verb_frame(verb: Token, lexicon: Lexicon, lemma: str = "") -> Frame | None:
    """A demand verb with its addressee and what is demanded.

    "The experts called on the authorities to release all detainees" (target prep + xcomp);
    "urges States to work towards X and to facilitate Y" (dobj + xcomp, two items);
    "The report calls for the immediate release of political prisoners" (nominal);
    "Amnesty called for the charges to be dropped" (a for-to clause in the passive);
    "The Committee recommends that the State party repeal article 193" (that-clause);
    "The authorities were urged to release them" (passive: subject is the target);
    "The High Commissioner called on the authorities to:\\n- Release ...\\n- Respect ..." (list).
    """
    spec = lexicon.triggers[lemma or verb.lemma_.lower()]
    if any(c.dep_ == "prt" and c.lower_ in spec.get("other_sense_particles", ()) for c in verb.children):
        return None  # "the protests were called off by the organisers": cancelled, not asked for
    if _names_as(verb):
        return None  # 'called Egypt's actions "outrageous"', "called the verdict a travesty": naming, not asking
    frame = Frame(verb, "verb")
    passive = _passive(verb)
    if passive and _summoned(verb):
        return None  # "The mother was called to Evin Prison for a final meeting": summoned, not asked
    frame.actor = agent_of(verb) if passive else (_object_of_control(verb, lexicon) or subject_of(verb))
    if frame.actor is not None and frame.actor.i == verb.head.i:
        frame.actor = _protesters(verb, lexicon) or frame.actor
    if frame.actor is not None and verb.tag_ == "VBG" and verb in frame.actor.subtree:
        frame.actor = _writer_of_letter_to(frame.actor, lexicon) or frame.actor
    if frame.actor is not None and _adverb_read_as_subject(frame.actor):
        frame.actor = None  # "19. Further calls upon ...": a resolution's paragraph, its author speaks
    dobj = xcomp = ccomp = nominal = purpose = nominal_tail = None
    listed_nominals: list[Token] = []  # "called for X, for Y and for Z": the objects after the first
    for_clause = False  # "called for | the charges to be dropped": the preposition has no object
    # the addressee comes before what it is called on to do: not "call on X to consider Y, at the
    # very least, | on humanitarian grounds", where the parser hangs the later phrase on the verb
    to_clause = next((c for c in verb.children if c.dep_ == "xcomp" and has_to(c)), None)
    for child in verb.children:
        # "called on the authorities": the parser may read the preposition as a particle
        if (
            child.dep_ in ("prep", "prt")
            and child.lower_ in spec.get("target_preps", ())
            # not a phrase before the verb or after what is called for: "On the first anniversary,
            # 65 groups call for ...", "calling for justice on the anniversary of the protests"
            and child.i > verb.i
            and (nominal is None or child.i < nominal.i)
            and (to_clause is None or child.i < to_clause.i)
        ):
            addressee = prep_object(child)  # not "called on Friday for ..."
            if addressee is not None and addressee.dep_ == "pcomp" and has_to(addressee):
                # "pleaded with the authorities to spare X": read as a clause with its own subject
                clause, addressee = addressee, child_with_dep(addressee, "nsubj")
                xcomp = clause if addressee is not None else xcomp
            if addressee is not None and addressee.ent_type_ not in ("DATE", "TIME"):
                frame.target = addressee
            elif addressee is None:  # "call upon | all States to": the parser makes the addressee the object
                frame.target = next((c for c in verb.children if c.dep_ == "dobj" and c.i > child.i), frame.target)
        elif child.dep_ in ("prep", "prt") and child.lower_ in spec.get("nominal_preps", ()) and child.i > verb.i:
            obj = prep_object(child)
            if obj is not None and (obj.lemma_ == "time" or obj.ent_type_ in ("DATE", "TIME")):
                continue  # "called for the second time for X", "for two years"
            if nominal is not None and obj is not None and child.i == nominal.right_edge.i + 1:
                # "called for justice | for the victims": the parser hangs the noun's own phrase on the verb
                nominal_tail = child
            elif nominal is not None and obj is not None and verb.doc[child.i - 1].text in (",", "and", "or"):
                if not _names_people(obj):  # not whom it is for: "asked for visas, for Elian's father"
                    listed_nominals.append(obj)  # "called for the release of X, for an inquiry into Y"
            else:
                nominal = obj or nominal
            for_clause = for_clause or obj is None
        elif (
            child.dep_ in ("conj", "oprd", "dobj", "npadvmod", "attr")
            and child.pos_ in ("NOUN", "PROPN")
            and nominal is not None
            and nominal_tail is None
            and child.i > nominal.i
            and verb.doc[child.i - 1].text == ","
        ):
            # "calls for respect for human rights, | rule of law and democratic governance": the rest
            # of the list the parser hung on the verb (as a conjunct, a predicate, an object)
            nominal_tail = child
        elif child.dep_ == "dobj" and (dobj is None or (xcomp is None and not _colon_between(dobj, child))):
            # the addressee before the to-clause: "urged the Government to release, without delay,
            # all those detained" (the parser hangs the released on the trigger too); and before the
            # colon of a list: "urges the military to: 1) stop X; 2) release detainees" (not "detainees")
            dobj = child
        elif child.dep_ == "xcomp" and child.i > verb.i and xcomp is None:
            xcomp = child  # the first: "to stop X, to release Y and to ..." are taken in by `demand_region`
        elif child.dep_ == "advcl" and child.i > verb.i and has_to(child) and _for_to_mark(child, spec):
            # "called for the authorities to release X": the parser makes the for-to clause adverbial
            ccomp = child
            for_clause = True
        elif child.dep_ == "advcl" and child.i > verb.i and has_to(child) and purpose is None:
            purpose = child  # "calls on X to immediately release": the parser's adverbial reading
        elif child.dep_ == "ccomp" and child.i > verb.i and (ccomp is None or (has_to(child) and not has_to(ccomp))):
            # the first clause after the verb, or the first to-clause ("expect the authorities to reinstate
            # X and to release Y ... recently put under detention": a later word read as a second clause)
            ccomp = child
        elif child.dep_ == "nsubjpass":
            frame.target = child
    if nominal is None:
        nominal = _called_for_in_manner(verb, spec) or nominal
    if (
        dobj is not None
        and frame.target is None
        and dobj.lemma_.lower() in lexicon.action_nouns
        and not spec.get("state_addressee")  # "expects an equal effort from X" is no call for efforts
        and (xcomp is None or xcomp.head == dobj)
        # not a that-clause the parser broke up: "recommends that the State party increase efforts to ..."
        and not any(t.dep_ in ("mark", "nsubj") for t in verb.doc[verb.i + 1 : dobj.i])
    ):
        # "urges increased efforts to hold X accountable": the efforts are what is urged, with their infinitive
        frame.items = split(demand_region(dobj, verb, dobj.left_edge.i, lexicon), dobj, lexicon)
        return frame
    if ccomp is None and dobj is None and frame.target is None and nominal is not None:
        clause = xcomp if xcomp is not None else purpose
        addressed = _for_object_as_subject(verb, nominal, clause)
        if addressed is not None and _passive(clause):
            # "called for Sinn Fein, the IRA's political wing, to be expelled from the talks": what
            # is to be done to the subject, as one clause (as "called for the charges to be dropped")
            frame.items = split(demand_region(clause, verb, addressed[0], lexicon), clause, lexicon)
            frame.action = clause
            return frame
        if addressed is not None:
            # "call for all parties | to this conflict | to end this violence": the for-to clause's
            # subject read as what is called for, its own phrase and the clause hung on the trigger
            frame.target, frame.target_span, xcomp, nominal = nominal, addressed, clause, None
    if spec.get("that_clause") and frame.target is None:
        misread = _misread_that_clause(verb, lexicon)
        if misread is not None:
            frame.target_span, frame.items, frame.action = misread
            return frame
    if xcomp is None:  # "calls on authorities to take ...": the parser may hang the VP on the addressee
        addressee = frame.target if frame.target is not None else dobj
        xcomp = infinitive_child(addressee) if addressee is not None else None
        if xcomp is None and addressee is not None:  # "... all groups involved in the talks to respect X"
            xcomp = next(
                (
                    t
                    for t in addressee.subtree
                    if t.i > addressee.i
                    and t.pos_ == "VERB"
                    and has_to(t)
                    and (t.head.pos_ not in ("NOUN", "PROPN") or _hung_on_addressees_phrase(t, addressee))
                    and (not _in_relative_clause(t, addressee) or _call_hung_on_relative_clause(t, addressee))
                ),
                None,
            )
        root = verb.head.head
        if (
            xcomp is None
            and addressee is not None
            and verb.dep_ == "acl"
            and verb.head.dep_ == "nsubj"
            and has_to(root)
        ):
            # "The UN diplomat | called on the authorities | to swiftly open ...": the parser made the
            # call a clause of its subject and the demanded infinitive the subject's verb
            xcomp = root if root.i > addressee.i else None
    if xcomp is None and dobj is not None and spec.get("target_dobj"):
        xcomp = _infinitive_after_relative_clause_read_as_object(verb, dobj)
        if xcomp is not None:  # the addressee with its clause: "all States that have not yet done so"
            frame.target, frame.target_span = dobj, (dobj.left_edge.i, xcomp.left_edge.i)
    if xcomp is None and frame.target is not None:
        # "... and Call on Authorities | to take Immediate Action": the parser hung the infinitive right
        # after the addressee on an earlier noun
        xcomp = _infinitive_right_after(frame.target)
    if xcomp is None and frame.target is not None:
        named = _named_between_dashes(verb, frame.target)
        if named is not None:  # "call on the belligerents—the SAF and the RSF—to pull back their forces"
            frame.target_span, xcomp = named
    if frame.target is not None and frame.target_span is None:
        listed = _addressees_listed(verb, frame.target, xcomp)
        if listed is not None:  # "call on government, the private sector and civil society to come together"
            frame.target_span, xcomp = listed
    if xcomp is None:  # "urged X in an open letter to abandon Y": the to-clause hung on the document noun
        xcomp = _infinitive_on_document(verb, lexicon)
    if xcomp is None and dobj is not None:  # "urged the government, led by X, to fight corruption"
        xcomp = _infinitive_after_participle(verb, dobj)
    if xcomp is None and purpose is not None and dobj is not None and _set_off(dobj, purpose):
        xcomp = purpose  # "urged the State party, in its report, to release them": read as a purpose clause
    if (
        xcomp is None
        and purpose is not None
        and dobj is not None
        and spec.get("target_dobj")
        and _occasion_between(verb, dobj, purpose, lexicon)
    ):
        xcomp = purpose  # "urged Sudan's military in a joint statement Tuesday to release X"
    if (
        xcomp is None
        and purpose is not None
        and dobj is not None
        and spec.get("target_dobj")
        and purpose.left_edge.i == dobj.right_edge.i + 1
        # (a purpose clause proper is set off or marked: "an action plan ..., so as to allow ...")
        and verb.doc[dobj.right_edge.i].text != ","
        and not any(c.dep_ == "mark" for c in purpose.children)
        # (not an imperative opening a list item: "• Press the government to release X" under "To the
        # European Union" is asked of the Union, the whole item its demand)
        and any(t.is_alpha for t in verb.doc[verb.sent.start : verb.i])
    ):
        xcomp = purpose  # "implored the regime to free the protestors": the object's infinitive read as a purpose
    if dobj is not None and spec.get("target_dobj") and frame.target is None and (xcomp is not None or is_party(dobj)):
        frame.target = dobj  # "urged the authorities of Belarus to respect ..."
    ceasing = _ceasing_for_clause(verb, nominal, purpose, ccomp if for_clause else None, lexicon)
    if ceasing is not None:
        # "called for the violence to stop", "for attacks on journalists to cease": the for-to
        # clause whose verb is one of ending says what is to end, not who is to act
        subject, clause = ceasing
        frame.items = split(demand_region(clause, verb, subject.left_edge.i, lexicon), clause, lexicon)
        frame.action = clause
        return frame
    if xcomp is None and ccomp is not None and has_to(ccomp):  # "urge X to VP" parsed as a clause
        subject = child_with_dep(ccomp, "nsubj")
        if subject is not None:
            frame.target = subject
        elif for_clause and nominal is None and child_with_dep(ccomp, "nsubjpass") is not None:
            # "called for the charges against him to be dropped": a for-to clause in the passive
            # names what is to be done, not who is to do it; the demand is the whole clause after
            # its "for" (the trigger's preposition, which the parser may make the clause's mark)
            frame.items = split(demand_region(ccomp, verb, _after_for(ccomp), lexicon), ccomp, lexicon)
            frame.action = ccomp
            return frame
        elif (
            spec.get("state_addressee")
            and (patient := child_with_dep(ccomp, "nsubjpass")) is not None
            and _demands_an_action(ccomp, patient.left_edge.i, lexicon)
        ):
            # "The EU expects both men to be released": the passive names what is to be done, of no
            # one named ("expects the economy to be hit" predicts: no action demands are made of)
            frame.items = split(demand_region(ccomp, verb, patient.left_edge.i, lexicon), ccomp, lexicon)
            frame.action = ccomp
            return frame
        xcomp, ccomp = ccomp, None
    if xcomp is None and purpose is not None and frame.target is None:
        # "calls upon Belarusian authorities to drop X": the parser made "upon" the clause's mark,
        # the addressee its object
        mark = next(
            (c for c in purpose.children if c.dep_ == "mark" and c.lower_ in spec.get("target_preps", ())), None
        )
        addressee = child_with_dep(mark, "pobj") if mark is not None and mark.i > verb.i else None
        if addressee is not None:
            frame.target = addressee
    if xcomp is None and purpose is not None and frame.target is not None:
        xcomp = purpose
    if (
        spec.get("headline_passive")
        and not passive
        and frame.target is None
        and dobj is None
        and xcomp is not None
        and xcomp.lemma_.lower() not in spec.get("infinitive_not", ())  # "They called to say they were safe"
        and verb.tag_ in ("VBD", "VBN")
        and frame.actor is not None
        # "X's called to ...": "has", an active perfect (the parser may read it as a possessive)
        and not any(c.dep_ == "aux" for c in verb.children)
        and not any(c.dep_ == "case" for c in frame.actor.children)
        and verb.doc[verb.i - 1].lower_ not in ("'s", "’s")
        and all(t.lower_ in spec.get("target_preps", ()) for t in verb.doc[verb.i + 1 : xcomp.left_edge.i])
    ):
        # a headline's passive without "is": "Kenya urged to stop all evictions", "Government called on
        # to resign" (these verbs take no bare to-infinitive in the active): its subject is addressed
        frame.target, frame.actor = frame.actor, None
    # "demanded to abolish X"; not the noun "demands" in "that demands to increase X are met" (parsed as a
    # verb whose subject is the conjunction)
    demanded_alone = (
        (
            spec.get("infinitive_alone")
            # (its "to" right after the verb: "Mr. Roe calls discounting a loser's game" names, it does
            # not call; in "We call for X and urge Y to speak out" the infinitive is Y's)
            or (
                spec.get("infinitive_alone_present")
                and verb.tag_ in ("VBP", "VBZ")
                and verb.i + 1 < len(verb.doc)
                and verb.nbor(1).tag_ == "TO"
            )
        )
        and verb.pos_ == "VERB"
        and dobj is None
        and (frame.actor is None or frame.actor.tag_ != "IN")
    )
    if xcomp is not None and frame.target is None and spec.get("infinitive_needs_target") and not demanded_alone:
        xcomp = None  # "The group asked to meet the minister" asks nothing of anyone
    if xcomp is not None and frame.target is None and xcomp.lemma_.lower() in spec.get("infinitive_not", ()):
        xcomp = None  # "He demanded to know why he was detained" asks to be told
    # ("we expect the following:" and a list: what the list asks for is expected of no one named)
    listed = dobj is not None and dobj.lower_ == "following" and ends_with_list(verb)
    if spec.get("state_addressee") and not listed and (xcomp is None or not _is_state(frame.target, lexicon)):
        return None  # "expects the authorities to release X" demands; "expect the economy to slow" predicts
    # (not when the infinitive is the call's own head, `root` above: its subtree holds the call itself)
    relayed = (
        _relayed(xcomp, lexicon)
        if xcomp is not None and frame.target is not None and not xcomp.is_ancestor(verb)
        else None
    )
    if relayed is not None:  # "I call on you to urge the government to release X": X, of the government
        frame.target, frame.items, frame.listed = relayed.target, relayed.items, relayed.listed
        frame.relayed = relayed.trigger
        if relayed.action is not None and relayed.items:
            # the parser may hang the later actions on the outer verb: "..., grant Y, enter Z"
            end = demand_region(xcomp, verb, verb_start(xcomp), lexicon)[1]
            if end > relayed.items[-1][1]:
                frame.items = split((relayed.items[0][0], end), relayed.action, lexicon)
        return frame

    inline = _inline_list(verb, lexicon)
    if inline or (ends_with_list(verb) and (xcomp is None or is_dangling(xcomp) or _means_listed(xcomp))):
        if inline:
            frame.items = inline
        else:
            _fill_list(frame, verb.doc, verb.sent.end_char)
            if spec.get("that_clause") and _before_colon_word(verb).lower_ == "that":
                _listed_clauses(frame, lexicon)
            if frame.target is None and _lead_end(verb).lower_ in ("on", "upon"):
                _addressed_items(frame)  # "We call on" / "• the Ministry of X to release ..."
        if frame.target is None:  # "recommends that the State party:"
            following = verb.doc[verb.i + 1 : verb.sent.end]
            noun = next(
                (t for t in following if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "poss")), None
            )
            # "calls for the following (measures) without delay:" names the list, not whom it addresses
            names_the_list = noun is not None and any(t.lower_ == "following" for t in (noun, *noun.children))
            # ... and so does the noun whose relative clause the items complete ("amendments that would")
            completed = noun is not None and any(c.dep_ in ("relcl", "acl") for c in noun.children)
            frame.target = None if names_the_list or completed else noun
    elif xcomp is not None:
        frame.items = split(demand_region(xcomp, verb, verb_start(xcomp), lexicon), xcomp, lexicon)
        frame.action = xcomp
        for later in _later_infinitives(verb, xcomp, frame.items[-1][1] if frame.items else xcomp.i):
            # '... to take steps "with full regard to X," and in the meantime to ensure his release': a
            # to-infinitive the parser hangs on the trigger after a quotation ended the first
            frame.items += split(demand_region(later, verb, verb_start(later), lexicon), later, lexicon)
    elif nominal is not None and not _own_request(nominal, lexicon):  # "asked for anonymity"
        head = nominal
        start, end = demand_region(head, verb, head.left_edge.i, lexicon)
        if nominal_tail is not None and (
            end == nominal_tail.i or (end == nominal_tail.i - 1 and verb.doc[end].text == ",")
        ):
            end = nominal_tail.right_edge.i + 1
        further = sorted(
            {*listed_nominals, *(o for n in (nominal, *listed_nominals) for o in _coordinated_objects(n))},
            key=lambda t: t.i,
        )
        whole_end, end = end, min(end, further[0].head.i - 1) if further else end
        frame.items = split((start, end), head, lexicon)
        for n, obj in enumerate(further):
            # "calls for an end to X and for accountability for Y": a second thing called for, up to
            # the next one, or to the end of the whole (the parser may hang its own phrases elsewhere)
            obj_start, obj_end = demand_region(obj, verb, obj.left_edge.i, lexicon)
            obj_end = further[n + 1].head.i - 1 if n + 1 < len(further) else max(obj_end, whole_end)
            frame.items += split((obj_start, obj_end), obj, lexicon)
        # "called for investigations into the killings, along with X, and to hold those responsible to
        # account": a to-infinitive after ", and", hung on the trigger (as a purpose or a conjunct), with
        # no subject of its own, is a second demand (not "the right to protection and to live ...")
        later = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("advcl", "conj")
                and c.i > nominal.i
                and c.tag_ == "VB"
                and has_to(c)
                and c.left_edge == to_marker(c)
                and verb.doc[c.left_edge.i - 2 : c.left_edge.i].text == ", and"
            ),
            None,
        )
        if later is not None and frame.items and frame.items[-1][1] >= later.left_edge.i:
            last_start = frame.items[-1][0]
            frame.items = frame.items[:-1] + split((last_start, later.left_edge.i - 1), head, lexicon)
            frame.items += split(demand_region(later, verb, verb_start(later), lexicon), later, lexicon)
    elif ccomp is not None and spec.get("that_clause") and is_clause(ccomp):
        frame.items, target = clause_items(ccomp, lexicon)
        # "recommends to the State party that it reinforce ...": the pronoun is the party addressed
        addressed_before = frame.target is not None and target is not None and target.tag_ == "PRP"
        frame.target = target if target is not None and not addressed_before else frame.target
    elif (called := _call_before_inverted_speaker(verb, lexicon)) is not None:
        frame.actor, frame.items = called[0], [called[1]]
    elif (
        dobj is not None
        and spec.get("dobj_demand")
        and not _object_is_addressee(dobj, spec)
        and not _own_request(dobj, lexicon)  # "officials who requested anonymity"
        and inverted_attribution_speaker(verb, lexicon) is None  # "X must end, urged the group": it urges
        # "We encourage the release of X" asks for it; "Such harassment encourages self-censorship" fosters it
        and (not spec.get("dobj_demand_of_agents") or frame.actor is None or _is_agent(frame.actor, lexicon))
    ):
        frame.items = split(demand_region(dobj, verb, dobj.left_edge.i, lexicon), dobj, lexicon)
    return frame


def _called_for_in_manner(verb: Token, spec: dict) -> Token | None:
    """What is called for after the manner of the call, where the parser hangs it on the manner:
    "I call in the strongest terms for accountability" (accountability); else None."""
    for child in verb.children:
        manner = prep_object(child) if child.dep_ == "prep" and child.lower_ == "in" and child.i > verb.i else None
        if manner is None or manner.lemma_.lower() != "term":
            continue
        called = next(
            (c for c in manner.children if c.dep_ == "prep" and c.lower_ in spec.get("nominal_preps", ())), None
        )
        return prep_object(called) if called is not None else None
    return None


def _is_agent(subject: Token, lexicon: Lexicon) -> bool:
    """Can the subject ask for something: a person, an organisation or a State (named, by role, or a
    personal pronoun), not a thing ("This", "the role of the UN", "such harassment")?"""
    if subject.tag_ == "PRP":
        return subject.lower_ not in ("it", "this", "that")
    lemma = subject.lemma_.lower()
    # (and the bodies news names by kind or head word: "the watchdog", "the council")
    organisation = lemma in lexicon.organisation_nouns or lemma in default_lexicon().org_heads
    return is_party_like(subject, lexicon) or organisation


def _colon_between(first: Token, later: Token) -> bool:
    return any(t.text == ":" for t in first.doc[first.i : later.i])


def _names_as(verb: Token) -> bool:
    """Does the verb name its object as something ("called the verdict a travesty")? Not when the
    complement the parser read so follows a to-infinitive and a comma: "call on all States to
    strengthen their engagement with X, a core component of security" (an apposition)."""
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    infinitive = next((c.i for c in verb.children if c.dep_ == "xcomp"), None)
    return any(
        c.dep_ == "oprd"
        and not (infinitive is not None and c.i > infinitive and verb.doc[c.left_edge.i - 1].text == ",")
        for c in verb.children
    )


def _adverb_read_as_subject(subject: Token) -> bool:
    """Is the subject the capitalised adverb opening an operative paragraph ("19. Further calls upon
    X to ..."), which the tagger read as a name and the parser as the subject?"""
    before = subject.doc[subject.sent.start : subject.i]
    first_word = all(t.is_punct or t.is_space or t.like_num for t in before)  # after "19.", "(c)"
    return first_word and subject.lower_ in OPERATIVE_ADVERBS and not list(subject.children)


def _call_before_inverted_speaker(verb: Token, lexicon: Lexicon) -> tuple[Token, tuple[int, int]] | None:
    """A headline's call in the imperative before its inverted speaker, which ends the line (the
    parser makes it the verb's object or subject): "Turkey: Stop mis-using the law to detain human
    rights defenders, urges UN expert", "Free all political prisoners, urges Amnesty International"
    -> (the speaker, the imperative clause); None when what follows the verb is what is urged."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    speaker = next((c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i), None)
    if speaker is None or any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
        return None
    named = speaker.ent_type_ in ("ORG", "PERSON", "NORP") or speaker.lemma_.lower() in lexicon.person_roles
    after = doc[speaker.i + 1] if speaker.i + 1 < len(doc) else None
    if not named or (after is not None and "\n" not in after.text and after.text not in (".", "!")):
        return None  # the speaker ends the headline
    start = verb.sent.start
    colons = [t.i for t in doc[start : verb.i] if t.text == ":"]
    start = colons[-1] + 1 if colons else start
    first = doc[start]
    if not (first.tag_ == "VB" or first.lower_ in lexicon.specificity or first.lower_ in lexicon.same_actions):
        return None
    return speaker, (start, verb.i - 1)


def _may_be_a_party(noun: Token, lexicon: Lexicon) -> bool:
    """Can the noun name whom a call addresses: a party (`is_party_like`: "the Government", "the
    judge"), a plural ("authorities", "States") or a pronoun?"""
    return is_party_like(noun, lexicon) or noun.tag_ in ("NNS", "NNPS") or noun.pos_ == "PRON"


def _is_state(target: Token | None, lexicon: Lexicon) -> bool:
    """A State or its authorities: "the Vietnamese authorities", "the Government", "Belarus"."""
    return target is not None and (target.lemma_.lower() in lexicon.party_nouns or target.ent_type_ == "GPE")


def _names_people(noun: Token) -> bool:
    """A named person, or someone of a named person's ("Elian's father")."""
    return noun.ent_type_ == "PERSON" or any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in noun.children)


def _coordinated_objects(nominal: Token) -> list[Token]:
    """The objects of the same preposition repeated after "and"/"or": "calls for the release of X
    and for an investigation into Y" -> investigation (the parser hangs the second "for" on the
    first or on a word inside its phrase)."""
    prep = nominal.head
    if nominal.dep_ != "pobj" or prep.dep_ != "prep":
        return []
    doc = nominal.doc
    found = []
    for token in doc[nominal.i + 1 : nominal.sent.end]:
        after_comma_or_and = doc[token.i - 1].pos_ == "CCONJ" or doc[token.i - 1].text == ","
        if token.dep_ == "conj" and token.lower_ == prep.lower_ and after_comma_or_and:
            # (or hung on the word the first hangs on: "We call for X, and | for Y" read as the verb's conjunct)
            inside = prep.left_edge.i <= token.head.i <= prep.right_edge.i or token.head == prep.head
            obj = prep_object(token)
            if inside and obj is not None and not _names_people(obj):
                found.append(obj)
    return found


def _set_off(dobj: Token, clause: Token) -> bool:
    """Is only a prepositional or participle phrase between commas between the object and the
    clause ("the State party | , in its report , | to release them", "the government | , led by X , |
    to fight corruption")?"""
    doc = dobj.doc
    comma = dobj.right_edge.i + 1
    if comma + 1 >= clause.left_edge.i:  # nothing between, or the clause comes first
        return False
    phrase = doc[comma + 1]
    # the closing comma, which the parser may hang on the phrase itself
    closing = phrase.right_edge.i if doc[phrase.right_edge.i].text == "," else phrase.right_edge.i + 1
    return (
        doc[comma].text == ","
        and (phrase.dep_ == "prep" or (phrase.dep_ in ("advcl", "acl") and phrase.tag_ in ("VBN", "VBG")))
        and closing + 1 == clause.left_edge.i
        and doc[closing].text == ","
    )


def _infinitive_after_participle(verb: Token, dobj: Token) -> Token | None:
    """The to-clause after a participle phrase set off by commas after the addressee, which the
    parser hangs on the participle: "urged the government | , led by Prime Minister X, | to fight
    corruption"."""
    doc = verb.doc
    comma = dobj.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    participle = next(
        (c for c in verb.children if c.dep_ in ("advcl", "acl") and c.tag_ in ("VBN", "VBG") and c.i == comma + 1),
        None,
    )
    if participle is None:
        return None
    return next(
        (
            c
            for c in participle.children
            if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and has_to(c) and doc[c.left_edge.i - 1].text == ","
        ),
        None,
    )


def _writer_of_letter_to(recipient: Token, lexicon: Lexicon) -> Token | None:
    """Who wrote the letter a participle hung on its recipient speaks for: "X sent a letter to
    President Y | calling ... and urging his release", "in a statement to the Council urging ..."
    (the recipient does not call; the letter's writer does). None when `recipient` is not the
    object of "to" after a document noun or a verb whose object is one."""
    if recipient.dep_ not in ("pobj", "dative") or recipient.head.lower_ != "to":
        return None
    governor = recipient.head.head
    if governor.lemma_.lower() in lexicon.document_nouns:
        verb = governor.head if governor.dep_ in ("dobj", "pobj") else None
        verb = verb.head if verb is not None and verb.dep_ == "prep" else verb
    elif governor.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lexicon.document_nouns for c in governor.children
    ):
        verb = governor
    else:
        return None
    return subject_of(verb) if verb is not None and verb.pos_ in ("VERB", "AUX") else None


def _occasion_between(verb: Token, dobj: Token, clause: Token, lexicon: Lexicon) -> bool:
    """Is only the occasion of the call, a phrase the parser hung on the verb, between its object and
    the to-clause: the document it was made in or its date ("urged the military | in a joint
    statement Tuesday | to release ...", "urged the authorities | on Friday | to ...")?"""
    start, end = dobj.right_edge.i + 1, clause.left_edge.i
    if start >= end:
        return False
    phrase = next((c for c in verb.children if c.left_edge.i == start and c.right_edge.i + 1 == end), None)
    if phrase is None:
        return False
    if phrase.dep_ == "npadvmod":
        return phrase.ent_type_ == "DATE"  # "urged X Tuesday to ..."
    obj = prep_object(phrase) if phrase.dep_ == "prep" else None
    # (also a report still to come: "requests the State party in its next report to submit data")
    return obj is not None and (names_a_document(phrase, lexicon) or obj.ent_type_ == "DATE")


def _infinitive_on_document(verb: Token, lexicon: Lexicon) -> Token | None:
    """The to-infinitive the parser hung on the document a demand was made in, after the verb:
    "urged the committee in an open letter | to abandon its plan", "called on X in a statement to
    release Y"."""
    for child in verb.children:
        obj = prep_object(child) if child.dep_ == "prep" and child.i > verb.i else None
        if obj is not None and obj.lemma_.lower() in lexicon.document_nouns:
            return next((c for c in obj.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VB" and has_to(c)), None)
    return None


def _object_is_addressee(dobj: Token, spec: dict) -> bool:
    """Is the trigger's object whom it addresses rather than what it demands? For a verb that takes
    its addressee as object ("urged the authorities"), any party; for one that never does ("demand",
    whose addressee comes with "of" or "from"), only a name or a pronoun: "demanding free
    elections", "demanding reforms" demand the plural noun."""
    if spec.get("target_dobj"):
        return is_party(dobj)
    return is_named(dobj)


def _ceasing_for_clause(
    verb: Token, nominal: Token | None, purpose: Token | None, for_clause: Token | None, lexicon: Lexicon
) -> tuple[Token, Token] | None:
    """(subject, verb) of a for-to clause after a call whose verb is one of ending, used without an
    object (`_ceases`): "call for the killings to end" (the clause marked by "for"), "called for the
    violence | to stop" (the infinitive hung on the call), "for attacks on journalists to cease" (on
    the noun); None otherwise."""
    if for_clause is not None:
        subject = child_with_dep(for_clause, "nsubj")
        return (subject, for_clause) if subject is not None and _ceases(for_clause, lexicon) else None
    if nominal is None or nominal.head.lower_ != "for" or nominal.head.head != verb:
        return None
    hung = [c for c in nominal.children if c.dep_ in ("acl", "relcl")]
    if purpose is not None:
        hung.append(purpose)
    clause = next((c for c in hung if has_to(c) and c.left_edge.i == nominal.right_edge.i + 1), None)
    if clause is None or not _ceases(clause, lexicon):
        return None
    return nominal, clause


def _for_object_as_subject(verb: Token, nominal: Token, clause: Token | None) -> tuple[int, int] | None:
    """The token range of a party called on by "for" when the parser read the for-to clause as a
    call for the party plus a purpose clause: "We call for all parties to this conflict to end this
    violence" (the party's own "to" phrase and the to-clause both hung on "call"). Only a party
    (plural or named), or whatever a passive clause says is to be done to ("the situation in Syria to
    be referred to the ICC"), right before the to-clause, with nothing between but phrases of the
    trigger: "called for the release of X to ..." stays a call for a release."""
    if clause is None or not has_to(clause) or nominal.head.lower_ != "for":
        return None
    # a plural with its own phrase names parties when they are to act: "all parties in Yemen to
    # respect"; in the passive, whatever is to be done to is called for with the clause: "the
    # situation in Syria to be referred to the ICC", "improvements in prisons to be made"
    if not is_party(nominal) and not _passive(clause) and nominal.tag_ not in ("NNS", "NNPS"):
        return None
    return _with_hung_phrases(verb, nominal, clause)


def _with_hung_phrases(verb: Token, party: Token, clause: Token) -> tuple[int, int] | None:
    """The token range of `party` up to the to-clause after it, when all between are phrases the
    parser hung on `verb` (the party's own: "all parties | to the conflict | to comply"); None
    when something else stands between or the clause does not follow."""
    start, end = party.left_edge.i, clause.left_edge.i
    if end <= party.right_edge.i:
        return None
    between = verb.doc[party.right_edge.i + 1 : end]
    if len(between) and between[-1].lower_ in ("and", "or"):
        return None  # "called for investigations into X, along with Y, and to hold ...": a second demand
    phrases = [c for c in verb.children if c.dep_ == "prep" and party.i < c.i < end]
    if any(not any(t in p.subtree for p in phrases) for t in between):
        return None
    return start, end


def _named_between_dashes(verb: Token, addressee: Token) -> tuple[tuple[int, int], Token] | None:
    """The parties named between dashes right after the addressee, and the to-clause after the
    closing dash, wherever the parser hangs them: "I call on the belligerents—the Sudanese Armed
    Forces (SAF) and the Rapid Support Forces (RSF)—to pull back their forces" (the names, a token
    range, are the target: they say who is addressed)."""
    doc = verb.doc
    opening = addressee.right_edge.i + 1
    end = verb.sent.end
    if opening >= end or doc[opening].text not in DASHES:
        return None
    closing = next((t.i for t in doc[opening + 1 : end] if t.text in DASHES), None)
    if closing is None or closing + 2 >= end or not any(t.pos_ in ("NOUN", "PROPN") for t in doc[opening:closing]):
        return None
    to = doc[closing + 1]
    clause = to.head
    if to.tag_ != "TO" or clause.pos_ != "VERB" or clause.i <= to.i:
        return None
    return (opening + 1, closing), clause


def _addressees_listed(verb: Token, addressee: Token, clause: Token | None) -> tuple[tuple[int, int], Token] | None:
    """The list of parties called on, and its to-clause, where the parser took the parties after
    the first for the trigger's object or for the subject of a verb coordinated with the trigger:
    "we call on government, the private sector and civil society to come together". The names
    from the first to the "to" (a token range) are the target."""
    doc = verb.doc
    if clause is None:  # "come" a conjunct of "call", "sector ... society" its subject
        clause = next(
            (c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VB" and c.i > addressee.i and has_to(c)),
            None,
        )
    to = to_marker(clause) if clause is not None else None
    if to is None or to.i <= addressee.right_edge.i + 2:
        return None
    between = doc[addressee.right_edge.i + 1 : to.i]
    if (
        between[0].text == ","
        and any(t.dep_ == "cc" for t in between)
        and between[-1].pos_ in ("NOUN", "PROPN")
        and all(t.pos_ in _LISTED_PARTY_POS or t.text == "," for t in between)
    ):
        return (addressee.left_edge.i, to.i), clause
    return None


# the words of a list of parties: "the government, the private sector and civil society"
_LISTED_PARTY_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "CCONJ", "PART", "NUM"})


def _summoned(verb: Token) -> bool:
    """Is a passive "called" a summons to a place ("was called to the prison", "were called to the
    police station for questioning"): "to" with a noun after it and no infinitive of what to do?"""
    if verb.lemma_.lower() != "call":
        return False
    to_place = any(
        c.dep_ == "prep" and c.lower_ == "to" and child_with_dep(c, "pobj") is not None for c in verb.children
    )
    return to_place and not any(c.dep_ in ("xcomp", "advcl", "ccomp") and has_to(c) for c in verb.children)


def _passive(verb: Token) -> bool:
    """Is the verb in the passive ("to be expelled", "were urged")?"""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _for_to_mark(clause: Token, spec: dict) -> bool:
    """Does the to-clause open with "for" and a subject of its own ("for Cambodia to release"),
    after a trigger that takes "for" ("call for", "appeal for")?"""
    return "for" in spec.get("nominal_preps", ()) and _opens_with_for(clause)


# An item's marker inside a line: "(a)", "b)", "(ii)", "(1)".
_INLINE_MARKER = re.compile(r"^\s*\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s*")
_INLINE_FIRST_MARKER = re.compile(r"\((?:a|i|1)\)\s")
_INLINE_LEAD = re.compile(r"^\s*(?:(?:and|or)\s+)?")
_INLINE_TAIL = re.compile(r"[\s.,;:]*(?:\s(?:and|or))?[\s.,;:]*$")


def _inline_list(verb: Token, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The items of a list written inside the call's sentence, after a colon or a first "(a)":
    "called on the State party to: repeal article 193; release all detainees; and ensure ...",
    "recommends that the State party: (a) repeal ...; (b) release ...". Each part between
    semicolons that opens with a verb (after its marker and an "and") is one item; the list ends
    at the first part that does not, and needs two. A list on lines of its own is `_fill_list`'s."""
    doc, sent = verb.doc, verb.sent
    # offsets into the sentence's own text (`doc.text` joins every token of the document on each access)
    base = sent.start_char
    text = sent.text
    tail = text[verb.idx - base :]
    colon = tail.find(":")
    marker = _INLINE_FIRST_MARKER.search(tail)
    if colon < 0 and marker is None:
        return []
    start_char = verb.idx + (colon + 1 if colon >= 0 and (marker is None or colon < marker.start()) else marker.start())
    region = text[start_char - base :]
    if not region.strip() or "\n" in region.strip():
        return []
    items = []
    for piece in re.finditer(r"[^;]+", region):
        start, end = start_char + piece.start(), start_char + piece.end()
        start += _INLINE_LEAD.match(text[start - base : end - base]).end()
        item_marker = _INLINE_MARKER.match(text[start - base : end - base])
        start += item_marker.end() if item_marker else 0
        start += _INLINE_LEAD.match(text[start - base : end - base]).end()
        end = start + _INLINE_TAIL.search(text[start - base : end - base]).start()
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            break
        # the verb after its adverbs: "1) immediately stop the violence; 2) release detainees"
        first = next((t for t in span if not (t.tag_ == "RB" and t.head.i > t.i)), span[0])
        if first.tag_ != "VB" and first.lower_ not in lexicon.recommendation_verbs:
            break
        items.append((span.start, span.end))
    return items if len(items) >= 2 else []


# What a that-clause's subject may be made of: "the State party", "the Government of Belarus", "the
# Belarusian authorities", "Belarus and Ukraine", "the Government's security forces".
_SUBJECT_POS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "ADP", "CCONJ", "PART"})
_MAX_SUBJECT = 8  # tokens
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _misread_that_clause(verb: Token, lexicon: Lexicon) -> tuple[tuple[int, int], list[tuple[int, int]], Token] | None:
    """(target range, items, action verb) of a that-clause whose verb the tagger read as a noun.

    In "recommends that the State party repeal article 193" the subjunctive verb is tagged a noun and
    the parser builds one noun phrase, "the State party repeal article 193"; in "that the Government
    ratify X" it leaves the subject a compound of the verb. The verb is the first word after the
    subject's noun that recommendations are made of (`recommendation_verbs`, counted in UPR Info's
    database); the words between "that" and it are the addressee, the rest of the clause the demand.
    None when the parse already has the clause's subject, or the words before the verb are not a noun
    phrase ("that the State party should repeal" has its modal and is read by the parse)."""
    doc = verb.doc
    mark = next((t for t in doc[verb.i + 1 : verb.i + 3] if t.lower_ == "that" and t.dep_ == "mark"), None)
    if mark is None:
        return None
    end = min(verb.sent.end, mark.i + 2 + _MAX_SUBJECT)
    action = next(
        (
            t
            for t in doc[mark.i + 2 : end]
            if t.lower_ in lexicon.recommendation_verbs and t.nbor(-1).pos_ in ("NOUN", "PROPN")
        ),
        None,
    )
    if action is None or any(t.pos_ not in _SUBJECT_POS for t in doc[mark.i + 1 : action.i]):
        return None
    if action.pos_ in ("VERB", "AUX") and child_with_dep(action, "nsubj") is not None:
        return None  # parsed right: the usual reading applies
    # the clause: what the parser hung under the trigger from the mark on
    top = mark.head
    while top.head.i not in (verb.i, top.i):
        top = top.head
    if top.i != action.i and (top.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") for c in top.children)):
        # the clause has a finite verb of its own: "insisted that the government support was lawful"
        # (a misread clause goes on in the base form: "that the State party adopt and implement X")
        return None
    if action.pos_ == "VERB":
        region = demand_region(action, action, verb_start(action), lexicon)
    else:
        region = (action.i, through_misattached_actions(verb, max(top.right_edge.i, action.i) + 1))
    items = split(region, action, lexicon)
    return ((mark.i + 1, action.i), items, action) if items else None


def _need_frame(noun: Token, lexicon: Lexicon) -> Frame | None:
    """A statement of what is needed: "75 countries stated the need to protect defenders",
    "The experts stressed the need for an independent investigation"."""
    verb = noun.head
    frame = Frame(verb, "need", actor=subject_of(verb))
    verbal = next((c for c in noun.children if c.pos_ in ("VERB", "AUX") and has_to(c)), None)
    if verbal is not None:
        frame.items = split(demand_region(verbal, verbal, verb_start(verbal), lexicon), verbal, lexicon)
        return frame
    return _with_for_object(frame, noun, lexicon)


def _existential_need_frame(noun: Token, lexicon: Lexicon) -> Frame | None:
    """ "There is an urgent need to preserve evidence": what is needed is demanded, of no one named;
    the speaker found as for a modal statement. Not "there is no need to"."""
    be = noun.head
    if child_with_dep(be, "expl") is None or _negated(be) or any(c.lower_ == "no" for c in noun.children):
        return None
    verbal = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and has_to(c)), None)
    if verbal is None:
        return None
    frame = Frame(noun, "modal")
    if be.dep_ == "ccomp" and be.head.lemma_.lower() in lexicon.reporting_verbs:
        frame.actor = subject_of(be.head)
    elif be.dep_ != "ROOT":
        return None
    frame.items = split(demand_region(verbal, verbal, verb_start(verbal), lexicon), verbal, lexicon)
    return frame


def _passive_need_frame(verb: Token, lexicon: Lexicon) -> Frame | None:
    """ "Special funding and simpler visa procedures are urgently needed", "Urgent action is
    required to facilitate X": what is needed, with the rest of its clause, demanded of no one
    named; the speaker found as for a modal statement. Not what a party is required to do ("The
    Government is required to respond"), "No action is needed", nor a rule ("Under the law, ...",
    "A permit is required": "required" takes only a noun of action, "needed" any)."""
    present = any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    subject = child_with_dep(verb, "nsubjpass")
    if not present or subject is None or subject.pos_ != "NOUN" or _negated(verb):
        return None
    # (the subject's head or a noun the parser hung on it: "labour organisations and workers
    # centres are urgently needed to offer help" names who helps, not what is demanded)
    heads = [subject, *(c for c in subject.children if c.dep_ in ("nsubj", "conj") and c.pos_ == "NOUN")]
    if any(c.lower_ == "no" for c in subject.children) or any(_names_a_party(h, lexicon) for h in heads):
        return None
    if verb.lemma_.lower() != "need" and subject.lemma_.lower() not in lexicon.action_nouns:
        return None  # "A permit is required to hold a rally": what a rule requires ("Urgent action is required")
    if any(c.dep_ == "prep" and c.i < verb.i and c.lower_ in lexicon.legal_frames for c in verb.children):
        return None
    frame = Frame(verb, "modal")
    if verb.dep_ == "ccomp":
        if verb.head.lemma_.lower() not in lexicon.reporting_verbs:
            return None
        frame.actor = subject_of(verb.head)
    frame.items = split(demand_region(verb, verb, subject.left_edge.i, lexicon), verb, lexicon)
    return frame


def _reminder_frame(verb: Token, lexicon: Lexicon) -> Frame | None:
    """ "We remind the Government of its duty to take measures to ensure X": the infinitive of the
    obligation the addressee is reminded of is demanded of it (the parser hangs the "of" on the
    verb or on the addressee)."""
    # said, not described: "The role of the Office is to remind States of their duty to ..." tells
    # what the Office does ("we wish to remind", "would like to remind" say it)
    said = (
        verb.tag_ in ("VBZ", "VBP", "VBD")
        or (verb.dep_ == "xcomp" and verb.head.lemma_ in ("wish", "like", "want"))
        # "..., she stated, reminding the Government of its obligation to ...": said as the speech goes on
        or (verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.lemma_.lower() in lexicon.reporting_verbs)
    )
    addressee = child_with_dep(verb, "dobj")
    if addressee is None or not said:
        return None
    # the "of" after the addressee wherever the parser hung it: on the verb, the addressee or a name or
    # phrase after it ("remind the Government of Bahrain | of its obligations", "remind all parties to
    # the conflict | of their obligation"), before any other verb
    of = duty = None
    for token in verb.doc[addressee.i + 1 : verb.sent.end]:
        if token.pos_ in ("VERB", "AUX") or token.text in (";", ":"):
            break
        obj = prep_object(token) if token.dep_ == "prep" and token.lower_ == "of" else None
        if obj is not None and obj.lemma_.lower() in lexicon.obligation_nouns:
            of, duty = token, obj
            break
    if of is None or duty is None:
        return None
    # the infinitive on the obligation, on the verb after it ("remind X of its duty | to take"), or
    # right after the obligation wherever the parser hung it
    infinitives = [*duty.children, *(c for c in verb.children if c.i > duty.i)]
    action = next((c for c in infinitives if c.pos_ == "VERB" and has_to(c)), None)
    after = duty.right_edge.i + 2
    if action is None and after < len(verb.doc) and verb.doc[after - 1].tag_ == "TO" and verb.doc[after].tag_ == "VB":
        action = verb.doc[after]
    if action is None:
        return None
    frame = Frame(verb, "verb", actor=subject_of(verb), target=addressee)
    frame.target_span = (addressee.left_edge.i, of.i) if of.head.i != verb.i else None
    start, end = demand_region(action, action, verb_start(action), lexicon)
    # "of its obligations to prevent, investigate and punish X": the verbs after the first, which the
    # parser may coordinate with "remind" itself
    listed = [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VB" and c.i > action.i and c.i >= end - 1]
    if listed and not any(g.dep_ in ("nsubj", "nsubjpass") for c in listed for g in c.children):
        end = max(end, listed[-1].right_edge.i + 1)
        while end > start + 1 and verb.doc[end - 1].is_punct:
            end -= 1
    frame.items = split((start, end), action, lexicon)
    frame.action = action
    return frame


def _obliging_verb(duty: Token) -> Token | None:
    """The verb whose subject an obligation noun binds: "is" of "is under an obligation", a present
    "has"/"have" of "has the duty"; else None."""
    if duty.dep_ == "pobj" and duty.head.lower_ == "under" and duty.head.head.lemma_ == "be":
        return duty.head.head
    if duty.dep_ == "dobj" and duty.head.lemma_ == "have" and duty.head.tag_ in ("VBZ", "VBP"):
        return duty.head
    return None


def _obligation_frame(duty: Token, lexicon: Lexicon, be: Token) -> Frame | None:
    """ "The State party is under an obligation to provide the author with an effective remedy" (the
    remedy paragraph of treaty bodies' Views), "The authorities have the duty to investigate all
    allegations" (`be` the verb, "is" or "have", `_obliging_verb`): said as "must" of a party (the
    subject, its target); in a main clause or one reported."""
    action = next((c for c in duty.children if c.pos_ == "VERB" and has_to(c)), None)
    subject = child_with_dep(be, "nsubj")
    if action is None or subject is None or _negated(be) or _negated(action):
        return None
    parties = lexicon.party_nouns | lexicon.collective_parties | lexicon.organisation_nouns
    if subject.ent_type_ not in ("ORG", "GPE", "NORP") and subject.lemma_.lower() not in parties:
        return None  # "Everyone is under an obligation to ...": no party obliged
    # "Any State has a heightened duty to ...", "States have an obligation to ...": the law, stated for all
    determiners = [c.lower_ for c in subject.children if c.dep_ in ("det", "poss")]
    if any(d in ("any", "every", "each", "no", "all") for d in determiners) or (
        subject.tag_ == "NNS" and not determiners
    ):
        return None
    frame = Frame(duty, "modal", target=subject)
    if be.dep_ == "ccomp" and be.head.lemma_.lower() in lexicon.reporting_verbs:
        frame.actor = subject_of(be.head)  # "The Committee considers that the State party is under ..."
    elif be.dep_ != "ROOT":
        return None
    frame.items = split(demand_region(action, action, to_marker(action).i + 1, lexicon), action, lexicon)
    frame.action = action
    return frame


def _names_a_party(noun: Token, lexicon: Lexicon) -> bool:
    """A party (`is_party_like`) or a kind of organisation ("labour organisations")."""
    return is_party_like(noun, lexicon) or noun.lemma_.lower() in lexicon.organisation_nouns


def _necessity_frame(adjective: Token, lexicon: Lexicon) -> Frame | None:
    """ "It is essential that the authorities release X" (the clause's subject the target), "It is
    imperative to end Y": what is said to be necessary is demanded; the speaker is found as for a
    modal statement (quote, headline, the document's author)."""
    frame = Frame(adjective, "modal")
    copula = adjective.head
    if copula.dep_ == "ccomp" and copula.head.lemma_.lower() in lexicon.reporting_verbs:
        frame.actor = subject_of(copula.head)  # "The minister said it was vital that ..."
    dependents = [*adjective.children, *copula.children]
    past_demands = adjective.lemma_.lower() in lexicon.necessity_nouns  # "It's high time the boy was sent back"
    # reported in the past, the clause shifts back with the copula: "It was essential that those
    # responsible were held to account, Ms. Lee said" ("It is essential that they are held ...")
    reporting = [copula.head] if copula.dep_ == "ccomp" else [c for c in copula.children if c.dep_ == "parataxis"]
    said = next((v for v in reporting if v.dep_ == "parataxis" and v.lemma_.lower() in lexicon.reporting_verbs), None)
    if said is not None:
        frame.actor = subject_of(said)  # "It is vital that ..., Ms. Lee said"
    past_demands = past_demands or (
        copula.tag_ == "VBD" and any(v.tag_ == "VBD" and v.lemma_.lower() in lexicon.reporting_verbs for v in reporting)
    )
    clause = next(
        (c for c in dependents if c.dep_ == "ccomp" and c.i > adjective.i and is_clause(c, past_demands)), None
    )
    if clause is not None:
        frame.items, frame.target = clause_items(clause, lexicon)
        return _of_a_party(frame, lexicon)
    verbal = next(
        (c for c in dependents if c.dep_ in ("xcomp", "acl", "relcl") and c.i > adjective.i and has_to(c)), None
    )
    # "It is essential for the authorities to release X": a for-to clause, its subject the target
    for_to = next(
        (c for c in dependents if c.dep_ == "advcl" and c.i > adjective.i and has_to(c) and _opens_with_for(c)), None
    )
    if verbal is None and for_to is not None and _passive(for_to):
        # "It is vital for the detainees to be released": what is to be done to them, one clause
        frame.items = split(demand_region(for_to, adjective, _after_for(for_to), lexicon), for_to, lexicon)
        return frame
    if verbal is None and for_to is not None:
        verbal, frame.target = for_to, child_with_dep(for_to, "nsubj")
    elif verbal is not None and _opens_with_for(verbal) and not _passive(verbal):
        # "It is time for the authorities to comply ...": the for-to clause read as a relative clause
        frame.target = child_with_dep(verbal, "nsubj")
    if verbal is not None:
        frame.items = split(demand_region(verbal, adjective, verb_start(verbal), lexicon), verbal, lexicon)
    on = next((c for c in adjective.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")), None)
    if frame.target is None and on is not None:
        frame.target = child_with_dep(on, "pobj")  # "It is incumbent on the authorities to ..."
    return _of_a_party(frame, lexicon)


def _of_a_party(frame: Frame, lexicon: Lexicon) -> Frame | None:
    """The frame of a necessity word, unless the word demands only of a party
    (`party_necessity_adjectives`) and its clause names none but the speakers: "It is important to
    note that ...", "It is important that we learn from this"."""
    if frame.trigger.lemma_.lower() not in lexicon.party_necessity_adjectives:
        return frame
    if frame.target is None or frame.target.lower_ in ("we", "i", "us", "you"):
        return None
    return frame


def _for_to_after(clause: Token, called_for: Token) -> bool:
    """Is the clause a for-to clause ("or for the charges to be dropped") after the call's own "for"
    phrase, its "for" hung on the clause as a mark or a preposition?"""
    return (
        clause.i > called_for.i
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        and any(c.dep_ in ("mark", "prep") and c.lower_ == "for" and c.i < clause.i for c in clause.children)
    )


def _opens_with_for(clause: Token) -> bool:
    """Does the clause open with "for" and a subject of its own ("for the authorities to release")?"""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children
    )


def _after_for(clause: Token) -> int:
    """Where a for-to clause starts without its "for" (the trigger's preposition, which the parser
    may make the clause's own mark): "for | the charges to be dropped"."""
    start = clause.left_edge.i
    return start + 1 if clause.doc[start].lower_ == "for" else start


def _polite_frame(verb: Token, lexicon: Lexicon) -> Frame | None:
    """A request put politely: "We would welcome a response from the Government on ...", "would
    appreciate information about ...", "I would appreciate receiving details of ...": the object
    is demanded, of whom "from" names."""
    obj = child_with_dep(verb, "dobj")
    condition = _if_clause([*verb.children])
    if obj is not None and obj.lower_ == "it" and condition is not None and condition.pos_ == "VERB":
        # "We would appreciate it if your Government could share X": as "would be grateful if"
        frame = Frame(verb, "request", actor=subject_of(verb), target=child_with_dep(condition, "nsubj"))
        frame.items = split(demand_region(condition, condition, condition.i, lexicon), condition, lexicon)
        frame.action = condition
        return frame
    if obj is None or obj.pos_ != "NOUN":
        obj = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)  # "receiving X"
        if obj is None:
            return None
    frame = Frame(verb, "request", actor=subject_of(verb))
    source = next((c for c in [*obj.children, *verb.children] if c.dep_ == "prep" and c.lower_ == "from"), None)
    frame.target = prep_object(source) if source is not None else None
    start = obj.i if obj.tag_ == "VBG" else obj.left_edge.i
    frame.items = split(_with_topic(demand_region(obj, verb, start, lexicon), verb, lexicon), obj, lexicon)
    return frame


def _with_topic(region: tuple[int, int], verb: Token, lexicon: Lexicon) -> tuple[int, int]:
    """A requested thing goes on with what it is about, even when the parser hangs that on the
    verb: "would welcome information | on the steps taken" (not a framing "on Monday")."""
    start, end = region
    for child in verb.rights:
        if child.i < end or child.dep_ == "punct":
            continue
        if child.dep_ != "prep" or child.lower_ not in lexicon.topic_preps or child.i != end:
            break
        if any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree) or any("\n" in t.text for t in child.subtree):
            break
        end = child.right_edge.i + 1
    return start, end


def _if_clause(dependents: list[Token]) -> Token | None:
    """The if-clause among a head's dependents: what would be appreciated ("... if X could Y")."""
    return next(
        (c for c in dependents if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)),
        None,
    )


def _grateful_frame(adjective: Token, lexicon: Lexicon) -> Frame | None:
    """A request as thanks in advance, as UN communications and diplomatic letters close: "We would
    be grateful if your Excellency's Government could provide ..." (the if-clause's subject the
    target), the same ending "could:" before a numbered list (one demand per item), "I would be
    grateful for information on ...", "would be grateful to receive ..."."""
    copula = adjective.head
    frame = Frame(adjective, "request", actor=subject_of(copula))
    dependents = [c for c in (*adjective.children, *copula.children) if c.i > adjective.i]
    clause = _if_clause(dependents)
    if ends_with_list(adjective):  # "... if your Government could:", "... on the following points:"
        frame.target = child_with_dep(clause, "nsubj") if clause is not None else None
        _fill_list(frame, adjective.doc, adjective.sent.end_char)  # the list's items are what is asked
        return frame
    if clause is not None:
        frame.target = child_with_dep(clause, "nsubj")
        if clause.pos_ == "VERB":
            frame.items = split(demand_region(clause, clause, clause.i, lexicon), clause, lexicon)
            frame.action = clause
        return frame
    verbal = next((c for c in dependents if c.dep_ == "xcomp" and has_to(c)), None)
    if verbal is not None:  # "would be grateful to receive ..."
        frame.items = split(demand_region(verbal, verbal, verb_start(verbal), lexicon), verbal, lexicon)
        return frame
    return _with_for_object(frame, adjective, lexicon)  # "would be grateful for information on ..."


def _further_action(conjunct: Token) -> bool:
    """Is a verb coordinated with the one that made the call another demanded action: a to-infinitive,
    or a bare form with no subject of its own ("reiterates his call on X to release Y, bring Z to an
    end, and investigate them": "bring" read as a present tense)?"""
    bare = conjunct.tag_ in ("VB", "VBP") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux") for c in conjunct.children
    )
    return has_to(conjunct) or bare


def _end_to(prep: Token) -> bool:
    """Is the preposition the "to" of "an end to X", right after "end" though the parser hung it elsewhere?"""
    return prep.lower_ == "to" and prep.i > 0 and prep.nbor(-1).lemma_.lower() == "end" and prep.nbor(-1).pos_ == "NOUN"


def _call_noun_frame(noun: Token, lexicon: Lexicon) -> Frame | None:
    """A call made or repeated as a noun: "The Rapporteur reiterated her call for the release of X",
    "The experts renewed their appeal to the authorities to free Y". Not "rejected his appeal"
    (only the verbs of `call_noun_verbs` make or repeat a call)."""
    # "addressed X | with | the demand"; "repeats | its call on X | to release Y" read as "its call ... release Y"
    verb = noun.head.head if noun.dep_ == "pobj" or _call_read_as_subject(noun, lexicon) else noun.head
    owner = child_with_dep(noun, "poss")
    if owner is None:
        owner = _maker_of_call(noun, lexicon)  # "Lee echoed a call from the High Commissioner for X"
    frame = Frame(noun, "verb", actor=owner if owner is not None and owner.pos_ != "PRON" else subject_of(verb))
    addressed = _addressed_with_call(noun) if _brought_with(noun, lexicon) else None
    if addressed is not None:
        frame.target = addressed
    misread = _infinitive_read_as_noun(noun, lexicon)
    if misread is not None:
        frame.items = [misread]  # "her call to decriminalise defamation": not addressed "to defamation"
        return frame
    # the parser hangs "to the authorities to free ..." on the noun or on the verb
    attached = [*noun.children, *(c for c in verb.children if c.i > noun.i)]
    for child in attached:
        addressee = prep_object(child) if child.dep_ == "prep" and child.lower_ in ("on", "upon", "to") else None
        if addressee is not None and _end_to(child):
            addressee = None  # "call for end to jailing of X": what the end is put to, not whom the call is to
        if addressee is not None and addressee.ent_type_ not in ("DATE", "TIME") and frame.target is None:
            frame.target = addressee  # the first: "our call on all parties | to the conflict | to comply"
    verbal = next((c for c in attached if c.pos_ in ("VERB", "AUX") and has_to(c)), None)
    if verbal is None and frame.target is not None:
        verbal = infinitive_child(frame.target)

    called_for = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" and prep_object(c)), None)
    if verbal is not None and called_for is not None and _for_to_after(verbal, called_for):
        # "calls for the swift conclusion of X, or for the charges against him to be dropped": the
        # noun called for, then the for-to clause coordinated with it, subject and all
        # (alternatives, "X, or for Y to be Z", are one demand: either satisfies it)
        frame = _with_for_object(frame, noun, lexicon)
        subject = next(c for c in verbal.children if c.dep_ in ("nsubj", "nsubjpass"))
        clause = split(demand_region(verbal, verbal, subject.left_edge.i, lexicon), verbal, lexicon)
        alternative = any(t.lower_ == "or" for t in noun.doc[prep_object(called_for).i : subject.left_edge.i])
        if alternative and frame.items and clause:
            frame.items = [(frame.items[0][0], clause[-1][1])]
        else:
            frame.items += clause
        return frame
    if verbal is not None:
        target = frame.target
        hung = _with_hung_phrases(verb, target, verbal) if target is not None and addressed is None else None
        if target is not None and hung is not None and hung[1] > target.right_edge.i + 1:
            frame.target_span = hung  # the addressee's own phrase, hung on the verb, is part of it
        frame.items = split(demand_region(verbal, verbal, verb_start(verbal), lexicon), verbal, lexicon)
        # "reiterated their appeal to X to provide justice ..., and to ensure Y": a further
        # to-infinitive the parser coordinated with the verb that made the call
        for more in (c for c in verb.children if c.dep_ == "conj" and c.i > verbal.i and _further_action(c)):
            frame.items += split(demand_region(more, more, verb_start(more), lexicon), more, lexicon)
        subject = child_with_dep(verbal, "nsubj")
        if frame.target is None and subject is not None and _opens_with_for(verbal):
            frame.target = subject  # "renewed calls for Belarus to release X": of Belarus
        called = prep_object(called_for) if called_for is not None and frame.target is None else None
        to = to_marker(verbal)
        if (
            called is not None
            and to is not None
            and called.right_edge.i + 1 == to.i
            and _may_be_a_party(called, lexicon)
        ):
            # "our call for the Government to free X", "for" hung on the noun (not "the call for
            # restraint to prevent further loss of life": what is called for, not of whom)
            frame.target = called
        return frame
    # "reiterates its recommendation that the State party (should) abolish X", "her call that all
    # prisoners be released": a that-clause on the noun, or hung on the verb after it
    clause = next(
        (c for c in attached if c.dep_ in ("acl", "ccomp") and opens_with_that(c) and is_clause(c)),
        None,
    )
    if clause is not None:
        frame.items, target = clause_items(clause, lexicon)
        frame.target = target if target is not None else frame.target
        return frame
    frame = _with_for_object(frame, noun, lexicon)
    if not frame.items and verb.i < noun.i:
        # "echoed a call from X last week | for the creation of a probe": "for" hung on the verb
        frame = _with_for_object(frame, verb, lexicon)
    return frame


def _call_by_named_maker(noun: Token, lexicon: Lexicon) -> bool:
    """Is the call noun one a named person or body made, with the action it asks for: "an appeal by
    Mr. Ban on Saturday for Indonesia to refrain from ..." (a past call, whatever the sentence says of
    it; not one a verb acts on, "dismissed the appeal by X to ...")?"""
    if noun.dep_ in ("dobj", "nsubjpass"):
        return False  # what a verb does with it: "the court rejected an appeal by X to overturn ..."
    made_by = any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children)
    asks = any(c.pos_ in ("VERB", "AUX") and has_to(c) and c.i > noun.i for c in noun.children)
    return made_by and asks and _maker_of_call(noun, lexicon) is not None


def _maker_of_call(noun: Token, lexicon: Lexicon) -> Token | None:
    """Who made the call that the sentence's subject echoes or supports ("a call from UN human rights
    chief X", "the appeal from Amnesty International", "an appeal by Mr. Ban"): a person or
    organisation after "from" or "by", else None."""
    source = next((prep_object(c) for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by")), None)
    if source is None:
        return None
    named = source.ent_type_ in ("PERSON", "ORG") or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in source.children
    )
    return source if named or source.lemma_.lower() in lexicon.person_roles else None


def _infinitive_read_as_noun(noun: Token, lexicon: Lexicon) -> tuple[int, int] | None:
    """The token range of the infinitive after a call noun that the tagger read as a noun, "to" as a
    preposition ("reiterated her call to decriminalise defamation": "decriminalise" a compound of
    "defamation"): from the verb, one UN recommendations open with, to the phrase's end; else None."""
    to = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "to" and c.i == noun.i + 1), None)
    obj = prep_object(to) if to is not None else None
    if obj is None or to.i + 1 >= obj.i:
        return None  # "a call to action": the object alone, no verb before it
    first = noun.doc[to.i + 1]
    if first.lower_ not in lexicon.recommendation_verbs or first.pos_ == "PROPN":
        return None
    end = obj.right_edge.i + 1
    while end > first.i + 1 and noun.doc[end - 1].is_punct:
        end -= 1
    return first.i, end


def _call_read_as_subject(noun: Token, lexicon: Lexicon) -> bool:
    """Did the parser make the call noun the subject of the demanded infinitive, under a verb of
    `call_noun_verbs` ("The EU repeats its call on Russia to release X": "call" the subject of
    "release", "release" the clausal complement of "repeats")?"""
    verbal = noun.head
    return (
        noun.dep_ == "nsubj"
        and verbal.pos_ in ("VERB", "AUX")
        and has_to(verbal)
        and verbal.dep_ in ("ccomp", "xcomp")
        and verbal.head.lemma_.lower() in lexicon.call_noun_verbs
    )


def _brought_with(noun: Token, lexicon: Lexicon) -> bool:
    """Is the call noun brought to someone "with" by a verb of `addressing_verbs` ("BAJ addressed
    the authorities with the demand to stop ...")?"""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "with"
        and prep.head.lemma_.lower() in lexicon.addressing_verbs
        and _addressed_with_call(noun) is not None
    )


def _closing_speaker(noun: Token, lexicon: Lexicon) -> Token | None:
    """Who closes a speech or visit "with" the call noun, and so made the call ("She concluded her
    remarks with a call to X to ...", "The Rapporteur ended the visit with an appeal for ..."): a person,
    body or State as the closing verb's subject, else None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return None
    head = noun.head.head
    verb = head.head if head.dep_ == "dobj" else head  # "concluded [her remarks] with"
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.closing_verbs:
        return None
    subject = subject_of(verb)
    return subject if subject is not None and _is_agent(subject, lexicon) else None  # not "The meeting ended with


def _addressed_with_call(noun: Token) -> Token | None:
    """Whom the verb before "with <call noun>" addresses: its object ("addressed the authorities")
    or the object of its "to" ("turned to the Supreme Court")."""
    verb = noun.head.head
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i < noun.i), None)
    return child_with_dep(verb, "dobj") or (prep_object(to) if to is not None else None)


def _with_for_object(frame: Frame, noun: Token, lexicon: Lexicon) -> Frame:
    """The demanded items of a nominal "need for X" / "call for X": the object of its "for"."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    head = prep_object(prep) if prep is not None else None
    if head is None:
        return frame
    # "his call for their release and for the full adherence to due process": each "for" its own item
    further = _coordinated_objects(head)
    start, end = demand_region(head, head, head.left_edge.i, lexicon)
    frame.items = split((start, min(end, further[0].head.i - 1) if further else end), head, lexicon)
    for n, obj in enumerate(further):
        obj_start, obj_end = demand_region(obj, obj, obj.left_edge.i, lexicon)
        obj_end = min(obj_end, further[n + 1].head.i - 1) if n + 1 < len(further) else obj_end
        frame.items += split((obj_start, obj_end), obj, lexicon)
    return frame


def _before_colon(token: Token) -> bool:
    following = next((t for t in token.doc[token.i + 1 : token.sent.end] if not t.is_space), None)
    return following is not None and following.text == ":"


def _modal_list_frame(modal: Token, lexicon: Lexicon) -> Frame | None:
    """A modal that leads a list: "The State party should:" and its items, on lines of their own
    or in the sentence ("should: (a) repeal ...; (b) ..."), each demanded of the subject."""
    subject = nearest_subject(modal) or nearest_subject(modal.head)
    if subject is None or (subject.tag_ == "PRP" and subject.lower_ not in ("they", "it")):
        return None  # "we must:" is the speakers' own resolve
    frame = Frame(modal, "modal")
    frame.target = subject
    frame.items = _inline_list(modal, lexicon)
    if not frame.items and ends_with_list(modal):
        _fill_list(frame, modal.doc, modal.sent.end_char)
    return frame


def _included_list_frame(modal: Token, verb: Token, lexicon: Lexicon) -> Frame | None:
    """ "Such measures by the authorities should include:" and its list lines: each item is
    demanded, of the agent the subject names ("by the authorities"), if any. Not what a text
    should hold ("The report should include:")."""
    subject = child_with_dep(verb, "nsubj")
    if subject is not None and subject.lemma_.lower() in lexicon.document_nouns:
        return None
    frame = Frame(modal, "modal")
    agent = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "by"), None) if subject else None
    frame.target = prep_object(agent) if agent is not None else None
    _fill_list(frame, modal.doc, modal.sent.end_char)
    return frame


def _modal_frame(modal: Token, lexicon: Lexicon) -> Frame | None:
    """A must/should statement or headline: "Belarus must release opposition leader X",
    "The experts said the authorities should stop ...", "Those responsible must be held accountable".

    Not: epistemic "must have been", copulas ("This should be a priority"), questions, relative
    or conditional clauses ("what should be included", "if they should"), and clauses reported by
    a verb that is not a statement ("the court ruled that he must serve five years").
    """
    if modal.lower_ == "shall" and inside_a_quotation(modal.doc, modal.i):
        return None  # 'Article 19 provides that "Everyone shall have the right ...": a provision quoted
    verb = modal.head
    passive_be = None  # "These men should all be released": the parser hangs "should" and the subject on "be"
    if verb.dep_ == "auxpass" and gets_rid(verb.head):
        verb = verb.head  # "Vietnam must get rid of X": the parser hangs "must" on "get"
    elif verb.dep_ == "auxpass" and verb.head.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children):
        passive_be, verb = verb, verb.head
    there = next((c for c in verb.children if c.dep_ == "expl"), None)
    attribute = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)  # "there must have been"
    if verb.lemma_ == "be" and there is not None and attribute is not None and not _negated(verb) and not perfect:
        frame = Frame(modal, "modal")
        frame.items = _what_must_exist(verb, lexicon)
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lexicon.reporting_verbs:
            frame.actor = subject_of(verb.head)  # "The Rapporteur said there should be an inquiry"
        return frame
    if verb.lemma_.lower() in lexicon.inclusion_verbs and ends_with_list(verb):
        return _included_list_frame(modal, verb, lexicon)
    prioritised = _action_as_priority(modal, verb, lexicon)
    if prioritised is not None:
        return prioritised
    action = _pseudo_cleft_action(verb)
    if action is not None:
        # "What the government should do is (to) assist these organisations": the action after "is",
        # demanded of the subject of "should do"
        subject = child_with_dep(verb, "nsubj")
        if subject is None or not _addressable(subject, lexicon):
            return None  # "What we should do is wait", "What the report should do is explain X"
        frame = Frame(modal, "modal")
        frame.target = subject
        frame.items = split(demand_region(action, action, verb_start(action), lexicon), action, lexicon)
        return frame
    # "should be ready to provide assistance": a copula whose adjective takes an action
    ready = verb.lemma_ == "be" and any(
        c.dep_ == "acomp" and any(x.dep_ == "xcomp" and has_to(x) for x in c.children) for c in verb.children
    )
    if verb.lemma_ == "be" and not ready:
        return None
    if verb.lemma_.lower() in lexicon.triggers:
        # "X should urge Y to release Z" is the demand verb's own frame; "Obama should press
        # concerns about X" demands the pressing itself
        own = _verb_frame(verb, lexicon, verb.lemma_.lower()) if verb.pos_ == "VERB" else None
        if own is None or own.items or verb.pos_ != "VERB":
            return None
    if verb.pos_ != "VERB" and not ready and not _title_case_verb(verb, lexicon):
        return None
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return None
    if any(c.dep_ == "mark" and c.lower_ != "that" for c in verb.children):
        return None  # "if they should", "because it must", "so that it should"
    if _remark(verb, lexicon):
        return None
    frame = Frame(modal, "modal")
    clause = verb
    while clause.dep_ == "conj":
        clause = clause.head
    source = next((s for head in (verb, clause) for c in head.children if (s := according_to(c)) is not None), None)
    if (
        source is not None
        and source.lemma_.lower() not in lexicon.non_agents
        and (source.pos_ == "PROPN" or source.lemma_.lower() in lexicon.person_roles)
    ):
        frame.actor = source  # "According to the experts, the authorities must ...": who says so
    elif any(
        c.dep_ == "prep" and c.i < head.i and c.lower_ in lexicon.legal_frames
        for head in (verb, clause)
        for c in head.children
    ):
        return None  # "Under the law, NGOs must register and should report": what a rule requires
    if clause.dep_ == "ccomp" and not _semicolon_before_head(clause):
        # '"She should be released unconditionally," he demanded': a demand verb after the quotation
        # it reports says it as "said" does ("X must permit an inquiry; it must release the
        # prisoners": clauses a semicolon joins are main clauses, reported by no one)
        reporting = _above_misread_relative_clause(clause)
        reported_demand = reporting.lemma_.lower() in lexicon.triggers and clause.i < reporting.i
        if reporting.lemma_.lower() in lexicon.reporting_verbs or reported_demand:
            frame.actor = subject_of(reporting)
        else:
            content = _content_noun(clause, lexicon)
            if content is None:
                return None
            # "The Committee's view is that ...": the body; "My main message is that ...": the speaker
            # the sentence is left to, as a must/should sentence with no one named
            owner = child_with_dep(content, "poss")
            frame.actor = owner if owner is not None and owner.pos_ != "PRON" else None
    elif hung_on_dateline(clause):
        # "New York, June 23, 2021 — X should release Y, CPJ said today": the parser made the
        # dateline's place the subject of "said" and hung the demand on it
        reporter = clause.head.head
        if reporter.i > clause.i and reporter.lemma_.lower() in lexicon.reporting_verbs:
            frame.actor = subject_of(reporter)
    elif clause.dep_ not in ("ROOT", "csubj", "ccomp") and not across_colon(clause):
        # (a clause with its own subject and modal read as the subject of the next one, "X should
        # welcome aid and Y should be ready to ...", is a main clause all the same)
        return None
    if frame.actor is None:
        frame.actor = _parenthetical_reporter(verb, clause, modal, lexicon)
    subject = nearest_subject(verb) or nearest_subject(verb, "nsubjpass") or nearest_subject(clause)
    if subject is None and passive_be is not None:
        subject = nearest_subject(passive_be)
    shared = False
    if subject is None and verb is not clause and child_with_dep(verb, "nsubj") is None:
        # "Safarian is prosecuted for his views and should therefore be released": the passive
        # subject of the first verb is the second's, and the demand starts at the modal
        subject = child_with_dep(clause, "nsubjpass")
        shared = subject is not None
    if subject is None or subject.tag_ in ("WDT", "WP"):
        return None
    if subject.i > modal.i and not shared:
        return None  # "..., should the final appeal fail": a condition, the subject after its modal
    # (a passive subject may be the apposition after a dateline the parser read as the subject:
    # "(Bishkek, March 20, 2023) – Twenty-two activists ... should be immediately released")
    passive = (
        subject.dep_ == "nsubjpass"
        or (subject.dep_ == "appos" and subject.head.dep_ == "nsubjpass")
        or (passive_be is not None and subject.head == passive_be)
        # "The threat to prosecute them is unacceptable and should be immediately withdrawn": a
        # passive joined to the clause whose subject it shares (from the subject on, as `_ceases`)
        or (
            clause != verb
            and subject.head == clause
            and any(c.dep_ == "auxpass" for c in verb.children)
            and not any(is_separator(t) for t in verb.doc[subject.left_edge.i : verb.i])  # one span up to the verb
        )
    )
    # "we must", "you should" (the speakers' resolve, the reader's instructions), "he must report
    # weekly" (a condition); "they/it must ..." is resolved to its antecedent, and "she must be
    # released" asks for someone's release
    released = subject.lower_ in ("he", "she") and passive
    # "you must repeal the law": a letter's demand of its reader (kept only where the text is a
    # letter with a reader, `rows.extract_demands`)
    if not released and not _addressable(subject, lexicon):
        return None
    if (
        subject.pos_ == "PRON"
        and subject.tag_ != "PRP"
        and not any(c.dep_ in ("amod", "prep", "relcl", "acl") for c in subject.children)
    ):
        return None  # "this should ..."; but "those responsible must be held accountable" is kept
    if subject.dep_ == "nsubj" and _ceases(verb, lexicon):
        # "The criminalization of rights activists must stop": what must stop, not an addressee; one
        # demand, whatever its subject lists, from the first subject of a list the parser cut in two
        # ("The violence against students, | members of the clergy, ... is unacceptable and must end")
        start = min(c.left_edge.i for c in subject.head.children if c.dep_ == "nsubj")
        items = split(demand_region(verb, verb, start, lexicon), verb, lexicon)
        frame.items = [(items[0][0], items[-1][1])] if items else []
        _set_doer_as_target(frame, subject, lexicon)
        return frame
    # "Journalists must be free to report": the subject is to be let act, no addressee
    capable = ready and any(
        c.dep_ == "acomp" and c.lemma_.lower() in lexicon.capacity_adjectives for c in verb.children
    )
    if capable and not shared:
        start = subject.left_edge.i
    elif passive and not gets_rid(verb):  # "Those responsible must be held accountable": no addressee
        # a passive is a demand when its action is one (release, repeal, hold accountable), not
        # "the report should be read with the annex"
        # (with its subject: "A fair investigation into his death should be undertaken")
        if not _demands_an_action(verb, modal.i if shared else subject.left_edge.i, lexicon):
            return None
        start = modal.i if shared else subject.left_edge.i
        if not shared:
            _set_doer_as_target(frame, subject, lexicon)
    else:
        frame.target = subject
        start = modal.i + 1
    if ends_with_list(verb) and _before_colon_word(verb).lower_ == "to":
        # "The international community must maintain pressure on the authorities to:" and list
        # lines: each item is demanded, of the party the pressure is on
        _fill_list(frame, verb.doc, verb.sent.end_char)
        pressed = next((prep_object(c) for c in verb.subtree if c.dep_ == "prep" and c.lower_ in ("on", "upon")), None)
        frame.target = pressed or frame.target
        return frame
    # "The State party should adopt measures ...: (a) strengthen X; (b) ensure Y": the listed actions
    inline = _inline_list(verb, lexicon) if frame.target is not None else []
    frame.items = inline or split(demand_region(verb, verb, start, lexicon), verb, lexicon)
    return frame


def _set_doer_as_target(frame: Frame, subject: Token, lexicon: Lexicon) -> None:
    """Address the demand to the doer its subject names (`_doer_named_in`), by the doer's noun and
    the words before it ("security forces", not "authorities on humanitarian access")."""
    doer = _doer_named_in(subject, lexicon)
    if doer is not None:
        frame.target_span = (doer.left_edge.i, doer.i + 1)


def _doer_named_in(subject: Token, lexicon: Lexicon) -> Token | None:
    """The party a thing's phrase names as doing it, who is to stop or undo it: "The use of excessive
    force against demonstrators by security forces must stop", "Restrictions imposed by authorities on
    humanitarian access should be lifted" -> security forces, authorities. None when the subject is a
    party itself ("Those detained by the police must be released")."""
    if subject.pos_ == "PRON" or is_party_like(subject, lexicon):
        return None
    for token in subject.subtree:
        if token.dep_ == "agent" or (token.dep_ == "prep" and token.lower_ == "by" and token.head.pos_ == "NOUN"):
            doer = prep_object(token)
            if doer is None:
                continue
            # (a body's head noun names a party too: "by the police")
            if is_party_like(doer, lexicon) or is_party(doer) or doer.lower_ in default_lexicon().org_heads:
                return doer
    return None


def _action_as_priority(modal: Token, verb: Token, lexicon: Lexicon) -> Frame | None:
    """A must/should statement that an action is a priority or essential: "Releasing all persons
    detained for their views should remain a priority for the authorities", "Ending impunity must be
    essential": the gerund subject is the action demanded, of whom "for" names; else None."""
    if verb.lemma_ not in ("be", "remain") or _negated(verb):
        return None
    gerund = next((c for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG"), None)
    goal = next(
        (
            c
            for c in verb.children
            if (c.dep_ == "attr" and c.lemma_.lower() in lexicon.priority_nouns)
            or (c.dep_ == "acomp" and c.lemma_.lower() in lexicon.necessity_adjectives)
        ),
        None,
    )
    if gerund is None or goal is None:
        return None
    frame = Frame(modal, "modal")
    start, end = gerund.left_edge.i, gerund.right_edge.i + 1
    while end > start + 1 and verb.doc[end - 1].is_punct:
        end -= 1
    frame.items = [(start, end)]
    frame.action = gerund
    holder = next((c for c in goal.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    frame.target = prep_object(holder) if holder is not None else None
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lexicon.reporting_verbs:
        frame.actor = subject_of(verb.head)  # "The Commissioner said that releasing X should remain a priority"
    return frame


def _addressable(subject: Token, lexicon: Lexicon) -> bool:
    """Can a must/should statement with this subject be a demand of it? Not of a personal pronoun
    other than "they", "it", "you" ("we must", "he must report weekly": the speakers' resolve, a
    condition), nor of a text ("The report should include ...": an instruction about a text)."""
    pronoun = subject.tag_ == "PRP" and subject.lower_ not in ("they", "it", "you")
    return not pronoun and subject.lemma_.lower() not in lexicon.document_nouns


def _later_infinitives(verb: Token, first: Token, end: int) -> list[Token]:
    """The trigger's to-infinitives after its first (`first`) that start past `end`, the end of the
    first's demand, each after "and" hung on the trigger: "urged X to A ... and to B" (as its
    complement, or as a verb coordinated with it: "call on X to A, at the very least, on Y grounds,
    and to B")."""
    conjoined = any(c.dep_ == "cc" and first.i < c.i for c in verb.children)
    return [
        c
        for c in verb.children
        if conjoined
        and c.dep_ in ("xcomp", "conj")
        and c.i > first.i
        and c.tag_ == "VB"
        and has_to(c)
        and c.left_edge.i >= end
    ]


def _pseudo_cleft_action(do: Token) -> Token | None:
    """The action a pseudo-cleft names after "is": "What X should do is to release Y" (the parser
    hangs "release" on "is") or "What X must do now is release Y" (it makes "release" the root, "is"
    its auxiliary); None when `do` is no "what ... do" subject clause."""
    if do.lemma_ != "do" or do.dep_ != "csubj" or not any(c.dep_ == "dobj" and c.lower_ == "what" for c in do.children):
        return None
    be = do.head
    if be.lemma_ != "be":
        return None
    if be.dep_ == "aux" and be.head.tag_ == "VB":
        return be.head
    return next((c for c in be.children if c.dep_ == "xcomp" and c.tag_ == "VB"), None)


def _semi_modal_frame(need: Token, lexicon: Lexicon) -> Frame | None:
    """ "Need to" said as "must": "The Ethiopian government needs to address X", "The recent
    violence needs to be investigated", "X needs to stop". In a main clause or one reported, in the
    present tense; an active one of a party (a named organisation or State, "the authorities"),
    since "families need to travel far" states a fact; a passive one when its action is one demands
    are made of (as for a modal's passive). "Have to" only of a party, in the active
    (`party_semi_modals`). "There needs to be an inquiry": what must exist (`_what_must_exist`)."""
    verb = next((c for c in need.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and has_to(c)), None)
    if verb is None or _negated(need) or _negated(verb):
        return None
    frame = Frame(need, "modal")
    if need.dep_ == "ccomp" and need.head.lemma_.lower() in lexicon.reporting_verbs:
        frame.actor = subject_of(need.head)  # "The experts said the violence needs to be investigated"
    elif need.dep_ != "ROOT":
        return None
    if child_with_dep(need, "expl") is not None:
        frame.items = _what_must_exist(verb, lexicon)
        return frame
    subject = child_with_dep(need, "nsubj") or child_with_dep(need, "csubj")  # "Charging them ... needs to stop"
    if subject is None or subject.lemma_.lower() in lexicon.document_nouns:
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children) and not gets_rid(verb)
    # "needs to be urgently and thoroughly investigated": the parser may make "be" the verb and
    # hang the participle on an adverb; the participle is the passive's verb
    participle = (
        next((t for t in verb.subtree if t.i > verb.i and t.tag_ == "VBN"), None) if verb.lemma_ == "be" else None
    )
    if passive or participle is not None or _ceases(verb, lexicon):
        if need.lemma_.lower() in lexicon.party_semi_modals:
            return None  # "had to be hospitalised", "the fighting has to stop": no party obliged
        if subject.pos_ == "PRON" and subject.lower_ not in ("they", "it"):
            return None
        start = subject.left_edge.i
        if not _demands_an_action(participle or verb, start, lexicon):
            return None
    else:
        parties = lexicon.party_nouns | lexicon.collective_parties | lexicon.organisation_nouns
        if subject.ent_type_ not in ("ORG", "GPE", "NORP") and subject.lemma_.lower() not in parties:
            return None
        frame.target = subject
        start = to_marker(verb).i + 1
    frame.items = split(demand_region(verb, verb, start, lexicon), verb, lexicon)
    return frame


def _what_must_exist(be: Token, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The items of "There should be / needs to be <an independent investigation into X>": the thing
    that should exist, the attribute of "be" (none when there is no noun there)."""
    attribute = next((c for c in be.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if be.lemma_ != "be" or attribute is None:
        return []
    return split(demand_region(attribute, be, attribute.left_edge.i, lexicon), attribute, lexicon)


def _own_request(noun: Token, lexicon: Lexicon) -> bool:
    """Is the object of a demand verb what the subject asks for itself (`own_requests`: "requested
    anonymity", "her father requested asylum"), not for someone it names ("asylum for the refugees")?"""
    return noun.lemma_.lower() in lexicon.own_requests and not any(
        c.dep_ == "prep" and c.lower_ == "for" for c in noun.children
    )


def _demands_an_action(verb: Token, start: int, lexicon: Lexicon) -> bool:
    """Is the clause from token `start` to the end of `verb`'s phrase one that demands are made of:
    the verb an action of the `specificity` lists or one UN recommendations open with (not a verb of
    `statement_passives`), or the clause a theme ("A fair investigation into his death should be
    undertaken"), not "the report should be read with the annex"?"""
    predicate = verb.doc[start : verb.right_edge.i + 1].text
    lemma = verb.lemma_.lower()
    recommended = lemma in lexicon.recommendation_verbs and lemma not in lexicon.statement_passives
    return bool(specificity_of(lemma)) or recommended or theme_of(predicate) != "other"


def _parenthetical_reporter(verb: Token, clause: Token, modal: Token, lexicon: Lexicon) -> Token | None:
    """The subject of a reporting verb set off by commas between a must/should clause's subject and
    its modal ("Immigration detainees, the committee concludes, should not have fewer safeguards"):
    who says so; None when there is none."""
    doc = modal.doc
    for head in (verb, clause):
        for aside in head.children:
            if (
                aside.dep_ == "parataxis"
                and aside.i < modal.i
                and aside.lemma_.lower() in lexicon.reporting_verbs
                and "," in (doc[aside.left_edge.i].text, doc[aside.left_edge.i - 1].text)
                and (subject := child_with_dep(aside, "nsubj")) is not None
            ):
                return subject
    return None


def _above_misread_relative_clause(clause: Token) -> Token:
    """The verb that reports the clause, past a relative clause after it that the parser read as its
    head: in '"Steps must be taken to protect the population, more than half of which are children,"
    she said' the clause hangs on "are", which hangs on "said"; else the clause's head."""
    head = clause.head
    subject = child_with_dep(head, "nsubj")
    relative = subject is not None and any(
        t.tag_ in ("WDT", "WP") and t.dep_ == "pobj" for t in subject.subtree
    )  # "half of which", "many of whom"
    if relative and head.i > clause.i and head.dep_ == "ccomp" and head.head.i > head.i:
        return head.head
    return head


def _content_noun(clause: Token, lexicon: Lexicon) -> Token | None:
    """The subject of the copula whose that-clause `clause` is, when it is a noun of what a speaker
    holds or asks (`content_nouns`: "My main message is that ...", "Our position is that ..."); else
    None ("The problem is that the police must ...")."""
    copula = clause.head
    if copula.lemma_ != "be" or not own_that(clause):
        return None
    subject = child_with_dep(copula, "nsubj")
    return subject if subject is not None and subject.lemma_.lower() in lexicon.content_nouns else None


def _ceases(verb: Token, lexicon: Lexicon) -> bool:
    """A verb of ending used without an object ("must stop", "must end", "must come to an end"):
    its subject is the practice to end."""
    if any(c.dep_ in ("dobj", "xcomp", "ccomp", "dative") for c in verb.children):
        return False  # "must stop the harassment", "must stop harassing": the subject acts
    if verb.lemma_.lower() in lexicon.cessation_verbs:
        return True
    return verb.lemma_.lower() == "come" and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(o.lemma_.lower() == "end" for o in c.children)
        for c in verb.children
    )


def _addressed_items(frame: Frame) -> None:
    """The items listed under "We call on" (or "call on:") that each name their addressee before
    the demanded infinitive ("• the Ministry of Internal Affairs to immediately release X"): the
    infinitive on is the item, demanded of the party before it."""
    doc = frame.trigger.doc
    items: list[tuple[int, int]] = []
    for start, end in frame.items:
        to = next((t for t in doc[start + 1 : end] if t.tag_ == "TO" and t.head.tag_ == "VB" and t.head.i < end), None)
        party = doc[start : to.i] if to is not None else None
        if (
            party is None
            or party.root.pos_ not in ("NOUN", "PROPN")
            or party[0].pos_ not in ("DET", "PROPN", "NOUN", "ADJ")
        ):
            items.append((start, end))
            continue
        bounds = (verb_start(to.head), end)
        items.append(bounds)
        frame.item_targets[bounds] = party.root
    frame.items = items


def _listed_clauses(frame: Frame, lexicon: Lexicon) -> None:
    """The items listed under "... that:" that are clauses with a subject of their own ("- States
    ratify the Convention"): each demands its action of its subject, as the same clause inline does
    ("recommends that States ratify the Convention"); a passive keeps its subject (`clause_items`)."""
    doc = frame.trigger.doc
    items: list[tuple[int, int]] = []
    for start, end in frame.items:
        root = doc[start:end].root
        clause, subject = clause_items(root, lexicon) if is_clause(root) else ([], None)
        # the subject opens the item (the parser may hang the item's bullet on it)
        opens = subject is not None and min(t.i for t in subject.subtree if not t.is_punct) == start
        if not opens or not clause or clause[-1][1] > end:
            items.append((start, end))
            continue
        for bounds in clause:
            items.append(bounds)
            frame.item_targets[bounds] = subject
            if (start, end) in frame.listed:
                frame.listed[bounds] = frame.listed[(start, end)]
    frame.items = items


def _lead_end(token: Token) -> Token:
    """The word that ends the sentence of the list lead `token`, before its colon if it has one ("We
    call on:", or "We call on" over a list)."""
    last = next(t for t in reversed(token.sent) if not t.is_space)
    return _before_colon_word(token) if last.text == ":" else last


def _before_colon_word(token: Token) -> Token:
    """The word before the colon that ends `token`'s sentence (`ends_with_list` found it)."""
    sent = token.sent
    colon = next(t for t in reversed(sent) if not t.is_space)
    return colon.nbor(-1) if colon.i > sent.start else colon
