"""Frames: the sentences that demand something, their trigger, actor and target tokens.

Rule families, each a function with examples in its docstring: demand verbs (`_verb_frame`),
need statements (`_need_frame`), calls made as nouns (`_call_noun_frame`), modal statements and
headlines (`_modal_frame`); `_blocked` rules out negated, conditional and refused calls."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from pipeline.extract.demands.lexicon import Lexicon
from pipeline.extract.demands.spans import clause_items, demand_region, ends_with_list, is_dangling, list_items, split
from pipeline.extract.demands.syntax import (
    across_colon,
    agent_of,
    child_with_dep,
    has_to,
    infinitive_child,
    is_clause,
    is_party,
    prep_object,
    subject_of,
    verb_start,
)
from pipeline.extract.demands.themes import specificity_of, theme_of

_CONDITIONAL_MARKS = {"if", "unless", "whether", "once"}


@dataclass
class Frame:
    """One demanding statement: its trigger, who, of whom, and the token ranges demanded."""

    trigger: Token
    kind: str  # verb | need | modal
    actor: Token | None = None
    target: Token | None = None
    items: list[tuple[int, int]] = field(default_factory=list)  # token ranges [start, end)


def frames(doc: Doc, lexicon: Lexicon) -> Iterator[Frame]:
    for sent in doc.sents:
        if sent.text.rstrip().endswith("?"):
            continue
        for token in sent:
            lemma = token.lemma_.lower()
            frame = None
            if token.pos_ == "VERB" and lemma in lexicon.triggers:
                frame = _verb_frame(token, lexicon)
            elif lemma in lexicon.need_nouns and token.dep_ == "dobj" and token.head.lemma_ in lexicon.need_verbs:
                frame = _need_frame(token, lexicon)
            elif (
                token.pos_ == "NOUN"
                and lemma in lexicon.call_nouns
                and token.dep_ == "dobj"
                and token.head.lemma_.lower() in lexicon.call_noun_verbs
            ):
                frame = _call_noun_frame(token, lexicon)
            elif token.lower_ in lexicon.modals and token.dep_ == "aux":
                frame = _modal_frame(token, lexicon)
            if frame is None or not frame.items or _blocked(frame.trigger, lexicon):
                continue
            if frame.actor is not None and frame.actor.lemma_.lower() in lexicon.non_agents:
                continue  # "the law calls for ...": a rule prescribing, not someone demanding
            yield frame


def _blocked(trigger: Token, lexicon: Lexicon) -> bool:
    """Negated, refused or conditional calls are not demands ("did not call for", "if it urges")."""
    if any(c.dep_ == "neg" for c in trigger.children) and trigger.lower_ not in lexicon.modals:
        return True
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in trigger.children):
        return True
    return trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in lexicon.blocking_heads


def _verb_frame(verb: Token, lexicon: Lexicon) -> Frame | None:
    """A demand verb with its addressee and what is demanded.

    "The experts called on the authorities to release all detainees" (target prep + xcomp);
    "urges States to work towards X and to facilitate Y" (dobj + xcomp, two items);
    "The report calls for the immediate release of political prisoners" (nominal);
    "The Committee recommends that the State party repeal article 193" (that-clause);
    "The authorities were urged to release them" (passive: subject is the target);
    "The High Commissioner called on the authorities to:\\n- Release ...\\n- Respect ..." (list).
    """
    spec = lexicon.triggers[verb.lemma_.lower()]
    frame = Frame(verb, "verb")
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    frame.actor = agent_of(verb) if passive else subject_of(verb)
    dobj = xcomp = ccomp = nominal = purpose = None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in spec.get("target_preps", ()):
            addressee = prep_object(child)  # not "called on Friday for ..."
            if addressee is not None and addressee.ent_type_ not in ("DATE", "TIME"):
                frame.target = addressee
        elif child.dep_ == "prep" and child.lower_ in spec.get("nominal_preps", ()) and child.i > verb.i:
            nominal = prep_object(child) or nominal
        elif child.dep_ == "dobj":
            dobj = child
        elif child.dep_ == "xcomp" and child.i > verb.i:
            xcomp = child
        elif child.dep_ == "advcl" and child.i > verb.i and has_to(child) and purpose is None:
            purpose = child  # "calls on X to immediately release": the parser's adverbial reading
        elif child.dep_ == "ccomp" and child.i > verb.i:
            ccomp = child
        elif child.dep_ == "nsubjpass":
            frame.target = child
    if xcomp is None:  # "calls on authorities to take ...": the parser may hang the VP on the addressee
        addressee = frame.target if frame.target is not None else dobj
        xcomp = infinitive_child(addressee) if addressee is not None else None
    if dobj is not None and spec.get("target_dobj") and frame.target is None and (xcomp is not None or is_party(dobj)):
        frame.target = dobj  # "urged the authorities of Belarus to respect ..."
    if xcomp is None and ccomp is not None and has_to(ccomp):  # "urge X to VP" parsed as a clause
        subject = child_with_dep(ccomp, "nsubj")
        if subject is not None:
            frame.target = subject
        xcomp, ccomp = ccomp, None
    if xcomp is None and purpose is not None and frame.target is not None:
        xcomp = purpose
    if xcomp is not None and frame.target is None and spec.get("infinitive_needs_target"):
        xcomp = None  # "The group asked to meet the minister" asks nothing of anyone

    if ends_with_list(verb) and (xcomp is None or is_dangling(xcomp)):
        frame.items = list_items(verb)
        if frame.target is None:  # "recommends that the State party:"
            following = verb.doc[verb.i + 1 : verb.sent.end]
            frame.target = next(
                (t for t in following if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "poss")), None
            )
    elif xcomp is not None:
        frame.items = split(demand_region(xcomp, verb, verb_start(xcomp), lexicon), xcomp, lexicon)
    elif nominal is not None:
        head = nominal
        frame.items = split(demand_region(head, verb, head.left_edge.i, lexicon), head, lexicon)
    elif ccomp is not None and spec.get("that_clause") and is_clause(ccomp):
        frame.items, target = clause_items(ccomp, lexicon)
        frame.target = target if target is not None else frame.target
    elif dobj is not None and spec.get("dobj_demand") and not is_party(dobj):
        frame.items = split(demand_region(dobj, verb, dobj.left_edge.i, lexicon), dobj, lexicon)
    return frame


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


def _call_noun_frame(noun: Token, lexicon: Lexicon) -> Frame | None:
    """A call made or repeated as a noun: "The Rapporteur reiterated her call for the release of X",
    "The experts renewed their appeal to the authorities to free Y". Not "rejected his appeal"
    (only the verbs of `call_noun_verbs` make or repeat a call)."""
    verb = noun.head
    owner = child_with_dep(noun, "poss")
    frame = Frame(noun, "verb", actor=owner if owner is not None and owner.pos_ != "PRON" else subject_of(verb))
    # the parser hangs "to the authorities to free ..." on the noun or on the verb
    attached = [*noun.children, *(c for c in verb.children if c.i > noun.i)]
    for child in attached:
        if child.dep_ == "prep" and child.lower_ in ("on", "upon", "to") and prep_object(child) is not None:
            frame.target = prep_object(child)
    verbal = next((c for c in attached if c.pos_ in ("VERB", "AUX") and has_to(c)), None)
    if verbal is None and frame.target is not None:
        verbal = infinitive_child(frame.target)
    if verbal is not None:
        frame.items = split(demand_region(verbal, verbal, verb_start(verbal), lexicon), verbal, lexicon)
        return frame
    return _with_for_object(frame, noun, lexicon)


def _with_for_object(frame: Frame, noun: Token, lexicon: Lexicon) -> Frame:
    """The demanded items of a nominal "need for X" / "call for X": the object of its "for"."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    head = prep_object(prep) if prep is not None else None
    if head is not None:
        frame.items = split(demand_region(head, head, head.left_edge.i, lexicon), head, lexicon)
    return frame


def _modal_frame(modal: Token, lexicon: Lexicon) -> Frame | None:
    """A must/should statement or headline: "Belarus must release opposition leader X",
    "The experts said the authorities should stop ...", "Those responsible must be held accountable".

    Not: epistemic "must have been", copulas ("This should be a priority"), questions, relative
    or conditional clauses ("what should be included", "if they should"), and clauses reported by
    a verb that is not a statement ("the court ruled that he must serve five years").
    """
    verb = modal.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() in lexicon.triggers or verb.lemma_ == "be":
        return None
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return None
    if any(c.dep_ == "mark" and c.lower_ != "that" for c in verb.children):
        return None  # "if they should", "because it must", "so that it should"
    frame = Frame(modal, "modal")
    clause = verb
    while clause.dep_ == "conj":
        clause = clause.head
    if any(
        c.dep_ == "prep" and c.i < head.i and c.lower_ in lexicon.legal_frames
        for head in (verb, clause)
        for c in head.children
    ):
        return None  # "Under the law, NGOs must register and should report": what a rule requires
    if clause.dep_ == "ccomp":
        if clause.head.lemma_.lower() not in lexicon.reporting_verbs:
            return None
        frame.actor = subject_of(clause.head)
    elif clause.dep_ != "ROOT" and not across_colon(clause):
        return None
    subject = child_with_dep(verb, "nsubj") or child_with_dep(verb, "nsubjpass") or child_with_dep(clause, "nsubj")
    if subject is None or subject.tag_ in ("WDT", "WP", "PRP"):
        return None
    if subject.pos_ == "PRON" and not any(c.dep_ in ("amod", "prep", "relcl", "acl") for c in subject.children):
        return None  # "this should ..."; but "those responsible must be held accountable" is kept
    if subject.lemma_.lower() in lexicon.document_nouns:
        return None  # "The report should include ...": an instruction about a text
    if subject.dep_ == "nsubjpass":  # "Those responsible must be held accountable": no addressee
        # a passive is a demand when its action is one (release, repeal, hold accountable), not
        # "the report should be read with the annex"
        predicate = verb.doc[verb.i : verb.right_edge.i + 1].text
        if not specificity_of(verb.lemma_) and theme_of(predicate) == "other":
            return None
        start = subject.left_edge.i
    else:
        frame.target = subject
        start = modal.i + 1
    frame.items = split(demand_region(verb, verb, start, lexicon), verb, lexicon)
    return frame
