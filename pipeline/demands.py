"""Demands: who calls on whom to do what, read from the dependency parse and the page layout.

One row per demanded action. Rule families (each a function below, with examples):

- demand verbs (`_verb_frame`): "calls on the authorities to release ...", "urges States to ...",
  "calls for the release of ...", "appealed to X to ...", "recommends that the Government ...",
  passives ("the authorities were urged to ..."), and lists introduced by "... to:" whose items
  (one per line, "- " after cleaning) each inherit the actor and target;
- need statements (`_need_frame`): "stressed the need to protect human rights defenders";
- calls made as nouns (`_call_noun_frame`): "reiterated her call for the release of X";
- modal statements and headlines (`_modal_frame`): "Belarus must release X", "UN experts: Belarus
  must ...", "Belarus must end ...: UN experts", "The experts said the authorities should ...".

Coordinated actions are split (`_split`): "stop torturing protesters and prevent enforced
disappearances" is two demands, "calls for the release of X, ensuring Y, and ending Z" three;
coordinated objects are not ("respect the right to assembly and expression" is one).

Actors and targets are the phrases as written, with pronouns and roles resolved to the nearest
named party the text allows (`_resolve_actor`, `_resolve_target`): "It also urges" -> the
subject of the previous sentence; "the latter" -> the previous object; a relative "that" -> its
noun; a document ("the report") -> its first mention and its author ("report by the UN High Commissioner ..."); a
headline without a named actor -> the "X:" prefix, the ": X" / "– X" suffix, or the subject of the
lede line that follows ("49 NGOs issue a joint letter ..."); a quoted "X should ..." or "We call
on ..." -> the speaker of its paragraph.

Not demands: obligations reminders ("reminds the authorities of their obligations"), hopes,
condemnations without a requested action, descriptions of what someone did ("the court ruled
that he must serve five years"), what rules require ("Under the law, NGOs must register", "the
law calls for"), negated or refused calls ("did not call for", "refused to urge"), requests with
no addressee ("asked to meet the minister") and questions.

Word lists live in `pipeline/data/demand_lexicon.json`; themes in `themes.json`.
"""

from __future__ import annotations

import itertools
import json
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from pipeline import config
from pipeline import demand_layout as layout
from pipeline.demand_author import document_author
from pipeline.records import DateMention, Demand
from pipeline.themes import specificity_of, theme_of

log = logging.getLogger(__name__)

_DASHES = {"–", "—", "-", "--"}
_RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}
_PERSONAL_PRONOUNS = {"it": "sing", "they": "plur", "them": "plur", "he": "person", "she": "person"}
_CONDITIONAL_MARKS = {"if", "unless", "whether", "once"}
# Longest prefix or suffix of a headline that can still name its actor ("UN human rights
# experts:"): the corpus' longest is 4 tokens; 10 leaves room for "UN Special Rapporteur on ...".
_MAX_ATTRIBUTION_TOKENS = 10
# Sentences searched backwards for the antecedent of "it"/"they"/"she": the previous paragraph
# at most, where a list's items count as sentences of their own (a lettered list of 3-5 items).
_ANTECEDENT_WINDOW = 6


@dataclass(frozen=True)
class Party:
    """An actor or target as written, and the gazetteer id of an entity named in it."""

    text: str = ""
    entity_id: str = ""


@dataclass(frozen=True)
class _Lexicon:
    triggers: dict[str, dict]
    need_verbs: frozenset[str]
    need_nouns: frozenset[str]
    call_nouns: frozenset[str]
    call_noun_verbs: frozenset[str]
    legal_frames: frozenset[str]
    non_agents: frozenset[str]
    modals: frozenset[str]
    reporting_verbs: frozenset[str]
    blocking_heads: frozenset[str]
    framing_gerunds: frozenset[str]
    framing_preps: frozenset[str]
    statement_verbs: frozenset[str]
    document_nouns: frozenset[str]
    authoring_verbs: frozenset[str]
    person_roles: frozenset[str]
    lead_nouns: frozenset[str]
    party_nouns: frozenset[str]
    closings: frozenset[str]
    title_nouns: frozenset[str]
    politeness: frozenset[str]
    non_requests: frozenset[str]
    salutations: frozenset[str]
    responses: dict[str, frozenset[str]]


@cache
def _lexicon() -> _Lexicon:
    data = json.loads((config.DATA_DIR / "demand_lexicon.json").read_text(encoding="utf-8"))
    sets = {
        name: frozenset(data[name])
        for name in (
            "need_verbs",
            "need_nouns",
            "call_nouns",
            "call_noun_verbs",
            "legal_frames",
            "non_agents",
            "modals",
            "reporting_verbs",
            "blocking_heads",
            "framing_gerunds",
            "framing_preps",
            "statement_verbs",
            "document_nouns",
            "authoring_verbs",
            "person_roles",
            "lead_nouns",
            "party_nouns",
            "closings",
            "title_nouns",
            "politeness",
            "non_requests",
            "salutations",
        )
    }
    responses = {name: frozenset(lemmas) for name, lemmas in data["responses"].items()}
    return _Lexicon(triggers=data["triggers"], responses=responses, **sets)


@dataclass
class _Frame:
    """One demanding statement: its trigger, who, of whom, and the token ranges demanded."""

    trigger: Token
    kind: str  # verb | need | modal
    actor: Token | None = None
    target: Token | None = None
    items: list[tuple[int, int]] = field(default_factory=list)  # token ranges [start, end)
    # a listed item's own actor (the States in its trailing parentheses), by item
    item_actors: dict[tuple[int, int], Party] = field(default_factory=dict)
    target_party: Party | None = None  # a target read from the layout rather than from a token
    response: str = ""  # supported | noted | examined, from a recommendation list's lead sentence
    action: Token | None = None  # the head of the demanded actions when they are one clause's
    relayed: Token | None = None  # the inner demand verb of "call on X to urge Y to ...", not a frame of its own


def extract_demands(
    doc: Doc,
    doc_id: str,
    sent_of: Sequence[int],
    published: str = "",
    dates: Sequence[DateMention] = (),
) -> list[Demand]:
    """Demands in `doc`, one row per demanded action.

    `dates` are the document's date mentions: a demand's date is the first dated expression of
    its own sentence outside the demand text, else `published`.
    """
    lexicon = _lexicon()
    rows: list[Demand] = []
    covered: list[tuple[int, int]] = []
    last_target: dict[int, Party] = {}  # per sentence
    first_mentions = _first_mentions(doc, lexicon)
    author = _author_party(doc, lexicon)
    frames = list(_frames(doc, lexicon))
    addressee = _addressee(doc, frames, lexicon)
    for frame in frames:
        if any(start <= frame.trigger.i < end for start, end in covered):
            # already inside a demand: "calls on X to ensure that Y must ...", "urge the
            # Rapporteur to request a country visit" (the visit is requested of someone else)
            continue
        actor = _resolve_actor(frame, lexicon, first_mentions, author)
        target = frame.target_party or _resolve_target(frame, lexicon)
        if addressee is not None and (frame.kind == "imperative" or target.text.lower() == "you"):
            target = addressee  # "Please provide ...", "I urge you to ...": whom the letter addresses
        sentence = sent_of[frame.trigger.i]
        if frame.target is not None and frame.target.pos_ == "PRON" and sentence in last_target:
            target = last_target[sentence]  # "called on the authorities to ... and urged them to ..."
        elif target.text:
            last_target[sentence] = target
        if frame.relayed is not None:
            covered.append((frame.relayed.i, frame.relayed.i + 1))
        for start, end in frame.items:
            covered.append((start, end))
            item_actor = frame.item_actors.get((start, end), actor)
            rows.append(_row(doc, doc_id, start, end, frame, item_actor, target, sent_of, published, dates))
    unique = {(r.start_char, r.end_char): r for r in reversed(rows)}
    return sorted(unique.values(), key=lambda r: (r.start_char, r.end_char))


def _frames(doc: Doc, lexicon: _Lexicon) -> Iterator[_Frame]:
    yield from _lead_frames(doc, lexicon)  # first: their items are not searched for other demands
    for sent in doc.sents:
        if sent.text.rstrip().endswith("?"):
            continue
        imperative = _imperative_frame(sent, lexicon)
        if imperative is not None:
            yield imperative
            continue
        for token in sent:
            lemma = token.lemma_.lower()
            frame = None
            verb_lemma = _trigger_lemma(token, lexicon)
            if verb_lemma:
                frame = _verb_frame(token, lexicon, verb_lemma)
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


def _blocked(trigger: Token, lexicon: _Lexicon) -> bool:
    """Negated, refused or conditional calls are not demands ("did not call for", "if it urges")."""
    if any(c.dep_ == "neg" for c in trigger.children) and trigger.lower_ not in lexicon.modals:
        return True
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in trigger.children):
        return True
    return trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in lexicon.blocking_heads


# --- rule families -------------------------------------------------------------------------


def _trigger_lemma(token: Token, lexicon: _Lexicon) -> str:
    """The demand verb's lemma, or "". A resolution's operative paragraph opens with its verb and no
    subject ("Requests the Secretary-General to ...", "Calls upon States to ..."), which the
    tagger reads as a noun or a name: a sentence's first word in the third person singular of a
    demand verb, with an object or an addressee after it, is that verb."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        return lemma if lemma in lexicon.triggers else ""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ != "ROOT" or not token.text[:1].isupper():
        return ""
    if any(t.is_alpha for t in token.doc[token.sent.start : token.i]):
        return ""
    word = token.lower_
    stem = next((w for w in (word[:-1], word[:-2]) if word.endswith("s") and w in lexicon.triggers), "")
    if stem and any(c.dep_ in ("dobj", "prep", "xcomp", "advcl", "ccomp") and c.i > token.i for c in token.children):
        return stem
    return ""


def _verb_frame(verb: Token, lexicon: _Lexicon, lemma: str = "") -> _Frame | None:
    """A demand verb with its addressee and what is demanded.

    "The experts called on the authorities to release all detainees" (target prep + xcomp);
    "urges States to work towards X and to facilitate Y" (dobj + xcomp, two items);
    "The report calls for the immediate release of political prisoners" (nominal);
    "The Committee recommends that the State party repeal article 193" (that-clause);
    "The authorities were urged to release them" (passive: subject is the target);
    "The High Commissioner called on the authorities to:\\n- Release ...\\n- Respect ..." (list).
    """
    spec = lexicon.triggers[lemma or verb.lemma_.lower()]
    frame = _Frame(verb, "verb")
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    frame.actor = _agent(verb) if passive else _subject(verb)
    dobj = xcomp = ccomp = nominal = purpose = None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in spec.get("target_preps", ()):
            addressee = _prep_object(child)  # not "called on Friday for ..."
            if addressee is not None and addressee.ent_type_ not in ("DATE", "TIME"):
                frame.target = addressee
        elif child.dep_ == "prep" and child.lower_ in spec.get("nominal_preps", ()) and child.i > verb.i:
            nominal = _prep_object(child) or nominal
        elif child.dep_ == "dobj":
            dobj = child
        elif child.dep_ == "xcomp" and child.i > verb.i:
            xcomp = child
        elif child.dep_ == "advcl" and child.i > verb.i and _has_to(child) and purpose is None:
            purpose = child  # "calls on X to immediately release": the parser's adverbial reading
        elif child.dep_ == "ccomp" and child.i > verb.i:
            ccomp = child
        elif child.dep_ == "nsubjpass":
            frame.target = child
    if xcomp is None:  # "calls on authorities to take ...": the parser may hang the VP on the addressee
        addressee = frame.target if frame.target is not None else dobj
        xcomp = _infinitive_child(addressee) if addressee is not None else None
    if dobj is not None and spec.get("target_dobj") and frame.target is None and (xcomp is not None or _is_party(dobj)):
        frame.target = dobj  # "urged the authorities of Belarus to respect ..."
    if xcomp is None and ccomp is not None and _has_to(ccomp):  # "urge X to VP" parsed as a clause
        subject = _child(ccomp, "nsubj")
        if subject is not None:
            frame.target = subject
        xcomp, ccomp = ccomp, None
    if xcomp is None and purpose is not None and frame.target is not None:
        xcomp = purpose
    if xcomp is not None and frame.target is None and spec.get("infinitive_needs_target"):
        xcomp = None  # "The group asked to meet the minister" asks nothing of anyone
    relayed = _relayed(xcomp, lexicon) if xcomp is not None and frame.target is not None else None
    if relayed is not None:  # "I call on you to urge the government to release X": X, of the government
        frame.target, frame.items, frame.item_actors = relayed.target, relayed.items, relayed.item_actors
        frame.relayed = relayed.trigger
        if relayed.action is not None and relayed.items:
            # the parser may hang the later actions on the outer verb: "..., grant Y, enter Z"
            end = _region(xcomp, verb, _verb_start(xcomp), lexicon)[1]
            if end > relayed.items[-1][1]:
                frame.items = _split((relayed.items[0][0], end), relayed.action, lexicon)
        return frame

    if _ends_with_list(verb) and (xcomp is None or _is_dangling(xcomp)):
        _fill_list(frame, verb.doc, verb.sent.end_char)
        if frame.target is None:  # "recommends that the State party:"
            following = verb.doc[verb.i + 1 : verb.sent.end]
            frame.target = next(
                (t for t in following if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "poss")), None
            )
    elif xcomp is not None:
        frame.items = _split(_region(xcomp, verb, _verb_start(xcomp), lexicon), xcomp, lexicon)
        frame.action = xcomp
    elif nominal is not None:
        head = nominal
        frame.items = _split(_region(head, verb, head.left_edge.i, lexicon), head, lexicon)
    elif ccomp is not None and spec.get("that_clause") and _is_clause(ccomp):
        frame.items, target = _clause_items(ccomp, lexicon)
        frame.target = target if target is not None else frame.target
    elif dobj is not None and spec.get("dobj_demand") and not _is_party(dobj):
        frame.items = _split(_region(dobj, verb, dobj.left_edge.i, lexicon), dobj, lexicon)
    return frame


def _imperative_frame(sent: Span, lexicon: _Lexicon) -> _Frame | None:
    """A request in the imperative: "Please provide information on ...", "Kindly indicate ...", and a
    campaign's "Release the students now!". Its actor is the document's author, its target the
    addressee of the letter (`_addressee`)."""
    words = [t for t in sent if t.is_alpha]
    if not words:
        return None
    first = words[0]
    polite = first.lower_ in lexicon.politeness
    verb = words[1] if polite and len(words) > 1 else first
    # the tagger reads a sentence-initial "Free the students" as an adjective: its object says verb
    takes_object = verb.dep_ == "ROOT" and any(c.dep_ == "dobj" for c in verb.children)
    if not ((verb.pos_ == "VERB" and verb.tag_ in ("VB", "VBP")) or takes_object):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in verb.children):
        return None  # "Please, we ask ...", "Please note that you will ..." is kept below
    if not polite and not (sent.text.rstrip().endswith("!") and verb.dep_ == "ROOT"):
        return None
    if polite and verb.lemma_.lower() in lexicon.non_requests:
        return None  # "Please note that ...", "Please find attached ...": not asking for an action
    frame = _Frame(first if polite else verb, "imperative")
    start = first.i
    frame.items = _split(_region(verb, verb, start, lexicon), verb, lexicon)
    frame.items = [(a, b) for a, b in frame.items if a >= start]
    frame.action = verb
    return frame


def _addressee(doc: Doc, frames: Sequence[_Frame], lexicon: _Lexicon) -> Party | None:
    """Whom a letter asks: the named target of its first "we/I urge X to ..." demand, else the name
    after its salutation ("Dear Minister Smith,"), else None."""
    for frame in frames:
        actor, target = frame.actor, frame.target
        if actor is not None and actor.lower_ in ("we", "i") and target is not None and target.pos_ != "PRON":
            return _resolve_target(frame, lexicon)
    for line in _lines_from(doc, 0):
        words = [t for t in line if not t.is_space]
        if len(words) >= 2 and words[0].lower_ in lexicon.salutations and len(words) <= 8:
            end = len(words) - (1 if words[-1].is_punct else 0)
            if end > 1:
                return _party(words[1].i, words[end - 1].i + 1, doc)
    return None


def _relayed(xcomp: Token, lexicon: _Lexicon) -> _Frame | None:
    """A demand passed on: the addressee is asked to ask someone else ("I call on you to urge the
    government to release X", "urges France to use its visit to press the authorities to:"). The
    demand is the inner one, of its addressee; the actor stays the outer one."""
    for token in xcomp.subtree:
        if token.pos_ != "VERB" or token.i == xcomp.head.i:
            continue
        lemma = _trigger_lemma(token, lexicon)
        if not lemma or _blocked(token, lexicon):
            continue
        inner = _verb_frame(token, lexicon, lemma)
        if inner is not None and inner.items and inner.target is not None and inner.target.pos_ != "PRON":
            return inner
    return None


def _need_frame(noun: Token, lexicon: _Lexicon) -> _Frame | None:
    """A statement of what is needed: "75 countries stated the need to protect defenders",
    "The experts stressed the need for an independent investigation"."""
    verb = noun.head
    frame = _Frame(verb, "need", actor=_subject(verb))
    verbal = next((c for c in noun.children if c.pos_ in ("VERB", "AUX") and _has_to(c)), None)
    if verbal is not None:
        frame.items = _split(_region(verbal, verbal, _verb_start(verbal), lexicon), verbal, lexicon)
        return frame
    return _with_for_object(frame, noun, lexicon)


def _call_noun_frame(noun: Token, lexicon: _Lexicon) -> _Frame | None:
    """A call made or repeated as a noun: "The Rapporteur reiterated her call for the release of X",
    "The experts renewed their appeal to the authorities to free Y". Not "rejected his appeal"
    (only the verbs of `call_noun_verbs` make or repeat a call)."""
    verb = noun.head
    owner = _child(noun, "poss")
    frame = _Frame(noun, "verb", actor=owner if owner is not None and owner.pos_ != "PRON" else _subject(verb))
    # the parser hangs "to the authorities to free ..." on the noun or on the verb
    attached = [*noun.children, *(c for c in verb.children if c.i > noun.i)]
    for child in attached:
        if child.dep_ == "prep" and child.lower_ in ("on", "upon", "to") and _prep_object(child) is not None:
            frame.target = _prep_object(child)
    verbal = next((c for c in attached if c.pos_ in ("VERB", "AUX") and _has_to(c)), None)
    if verbal is None and frame.target is not None:
        verbal = _infinitive_child(frame.target)
    if verbal is not None:
        frame.items = _split(_region(verbal, verbal, _verb_start(verbal), lexicon), verbal, lexicon)
        return frame
    return _with_for_object(frame, noun, lexicon)


def _with_for_object(frame: _Frame, noun: Token, lexicon: _Lexicon) -> _Frame:
    """The demanded items of a nominal "need for X" / "call for X": the object of its "for"."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    head = _prep_object(prep) if prep is not None else None
    if head is not None:
        frame.items = _split(_region(head, head, head.left_edge.i, lexicon), head, lexicon)
    return frame


def _modal_frame(modal: Token, lexicon: _Lexicon) -> _Frame | None:
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
    frame = _Frame(modal, "modal")
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
        frame.actor = _subject(clause.head)
    elif clause.dep_ != "ROOT" and not _across_colon(clause):
        return None
    subject = _child(verb, "nsubj") or _child(verb, "nsubjpass") or _child(clause, "nsubj")
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
    frame.items = _split(_region(verb, verb, start, lexicon), verb, lexicon)
    return frame


# --- the demanded actions --------------------------------------------------------------------


def _region(head: Token, trigger: Token, start: int, lexicon: _Lexicon) -> tuple[int, int]:
    """Token range [start, end) of everything demanded: the complement's subtree plus what the
    parser hung on the trigger after it ("call for probe | into violence"), ending at a colon, a
    dash, a line break or a framing gerund (", citing ...")."""
    doc = head.doc
    end = head.right_edge.i
    if trigger is not head:
        for child in trigger.rights:
            if child.i <= end or child.dep_ in ("punct", "cc"):
                continue
            if _extends(child, lexicon):
                end = child.right_edge.i
            else:
                break
    end = min(end, head.sent.end - 1)
    for i in range(start, end + 1):
        token = doc[i]
        if token.text in (":", "(") or "\n" in token.text or (token.text in _DASHES and token.whitespace_):
            return start, i
        if i > start and token.dep_ == "prep" and _is_document_prep(token, lexicon):
            return start, i
        if (
            i > start
            and token.tag_ == "VBG"
            and token.lemma_.lower() in lexicon.framing_gerunds
            and doc[i - 1].text == ","
        ):
            return start, i - 1
    return start, end + 1


def _is_document_prep(prep: Token, lexicon: _Lexicon) -> bool:
    """ "in a statement", "in its report": where the demand was made, not part of it."""
    obj = _prep_object(prep)
    return prep.lower_ in ("in", "through", "via") and obj is not None and obj.lemma_.lower() in lexicon.document_nouns


def _extends(child: Token, lexicon: _Lexicon) -> bool:
    """Does this right child of the trigger continue the demanded action?"""
    if child.dep_ == "prep":
        return child.lower_ not in lexicon.framing_preps
    if child.dep_ in ("advcl", "conj", "dep"):
        return child.tag_ in ("VB", "VBG") and child.lemma_.lower() not in lexicon.framing_gerunds
    # "calls for the release of X, the closure of Y": the second noun phrase hung on the verb
    return child.dep_ in ("dobj", "conj") and child.pos_ == "NOUN" and _is_listed_phrase(child)


def _split(region: tuple[int, int], head: Token, lexicon: _Lexicon) -> list[tuple[int, int]]:
    """Split a region at coordinated actions; each item trimmed of edge punctuation and "and".

    "stop torturing protesters and prevent enforced disappearances" -> two items;
    "the release of X, ensuring Y, and ending Z" -> three; "release and rehabilitation" -> one.
    """
    start, end = region
    doc = head.doc
    cuts = [start]
    starts = {head.i}
    for i in range(start + 1, end):
        token = doc[i]
        if token.text == ";":
            cuts.append(i)
        elif _starts_item(token, head, lexicon, starts, start):
            starts.add(token.i)
            j = max(token.left_edge.i - 1, start)
            while j > start and (doc[j].tag_ == "TO" or doc[j].dep_ in ("advmod", "neg")):
                j -= 1
            if doc[j].text == "," or doc[j].pos_ == "CCONJ":
                if doc[j].pos_ == "CCONJ" and doc[j - 1].text == ",":
                    j -= 1
                cuts.append(j)
    cuts.append(end)
    items = []
    for a, b in itertools.pairwise(cuts):
        item = _trim(doc, a, b)
        if item is not None:
            items.append(item)
    return items


def _starts_item(token: Token, head: Token, lexicon: _Lexicon, starts: set[int], region_start: int) -> bool:
    if token.lemma_.lower() in lexicon.framing_gerunds:
        return False
    if token.dep_ in ("conj", "advcl") and token.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN"):
        return True  # "calls for the release of X, ensuring Y"
    if (
        token.dep_ in ("conj", "advcl", "dep")
        and (token.tag_ == head.tag_ or (head.tag_ == "VB" and token.tag_ == "VBP"))
        and head.tag_ in ("VB", "VBG")
        and not _in_own_clause(token, head)
        and not (token.dep_ == "conj" and _bare(token.head))
    ):
        return True  # "release X and investigate Y", "..., grant Y, enter Z" (an imperative read as VBP)
    # "the release of X, the closure of Y and an end to Z": a noun phrase with its own preposition,
    # coordinated with an item (not "freedom of expression and freedom of association" inside one)
    return (
        head.pos_ in ("NOUN", "PROPN")
        and token.dep_ in ("conj", "dobj", "appos")
        and token.pos_ == "NOUN"
        and (token.head.i in starts or token.head.i < region_start)
        and _is_listed_phrase(token)
    )


def _bare(verb: Token) -> bool:
    """A verb without a complement of its own shares its conjunct's: "announce and enforce a
    ceasefire" is one demand, "release X and investigate Y" two."""
    return not any(c.dep_ not in ("cc", "conj", "punct", "aux", "advmod", "neg") for c in verb.children)


def _in_own_clause(token: Token, head: Token) -> bool:
    """Is the verb inside a clause with its own subject or conjunction between it and the demand's
    head? "provide aid so that it may promote and strengthen X": "strengthen" is not a second demand."""
    current = token
    for _ in range(12):
        if current.head is current or current.left_edge.i <= head.i <= current.right_edge.i:
            return False  # reached the head or a word governing it: no clause of its own between
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in current.children):
            return True
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


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (
        doc[start].is_punct or doc[start].is_space or doc[start].pos_ == "CCONJ" or doc[start].tag_ in ("TO", "MD")
    ):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].pos_ == "CCONJ"):
        end -= 1
    last = doc[end - 1] if end > start else None
    if last is not None and last.ent_type_ in ("DATE", "TIME") and last.ent_iob_ != "O":
        when = next((e for e in doc.ents if e.start <= last.i < e.end), None)
        if when is not None and when.root.dep_ in ("npadvmod", "tmod") and when.start > start:
            # "free the activists | last year": when it was said, not what was asked
            return _trim(doc, start, when.start)
    if end <= start or not any(t.pos_ in ("VERB", "NOUN", "PROPN", "AUX") for t in doc[start:end]):
        return None
    return start, end


def _verb_start(verb: Token) -> int:
    """First token of a to-infinitive's action: the verb or an adverb right before it
    ("to immediately release"), never "to"."""
    to = next((c.i for c in verb.children if c.dep_ == "aux" and c.tag_ == "TO"), verb.sent.start - 1)
    adverbs = [c.left_edge.i for c in verb.children if c.dep_ in ("advmod", "neg") and to < c.i < verb.i]
    return min([verb.i, *adverbs])  # "to immediately and unconditionally release"


def _clause_items(clause: Token, lexicon: _Lexicon) -> tuple[list[tuple[int, int]], Token | None]:
    """A that-clause: "recommends that the State party (should) repeal X" -> target the State party,
    item "repeal X"; a passive clause keeps its subject ("that those responsible be punished")."""
    subject = _child(clause, "nsubj")
    passive_subject = _child(clause, "nsubjpass")
    start = passive_subject.left_edge.i if passive_subject is not None else _verb_start(clause)
    return _split(_region(clause, clause, start, lexicon), clause, lexicon), subject


def _ends_with_list(verb: Token) -> bool:
    """Does the trigger's line end with ':' and is the next line a list item?"""
    sent = verb.sent
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is None or last.text != ":" or last.i < verb.i:
        return False
    following = next((line for line in _lines_from(verb.doc, sent.end) if line.text.strip()), None)
    return following is not None and layout.item_marker(following.text) is not None


def _is_dangling(xcomp: Token) -> bool:
    """An xcomp that is only the "to" before a list's colon (parsed as a verb)."""
    return xcomp.right_edge.i - xcomp.left_edge.i <= 1


def _fill_list(frame: _Frame, doc: Doc, start_char: int) -> None:
    """One item per list item after `start_char` ("- ", "1.", "115.12", "(a)", "•"), each going on
    over the lines a PDF broke it into (`pipeline.demand_layout.list_items`); an item's trailing
    "(Denmark) (Estonia)" is not part of it but its actor, "Denmark, Estonia"."""
    for item in layout.list_items(doc.text, start_char):
        span = doc.char_span(item.start, item.end, alignment_mode="expand")
        bounds = _trim(doc, span.start, span.end) if span is not None else None
        if bounds is None:
            continue
        if (
            bounds[1] < len(doc)
            and doc[bounds[1]].text == ")"
            and doc[bounds[0] : bounds[1]].text.count("(") > doc[bounds[0] : bounds[1]].text.count(")")
        ):
            bounds = (bounds[0], bounds[1] + 1)  # "... Armed Conflict (CRC-OP-AC)": keep its closing bracket
        frame.items.append(bounds)
        if item.parties:
            named = doc.char_span(*item.attribution, alignment_mode="expand")
            entity_id = _entity_id(named) if named is not None else ""
            frame.item_actors[bounds] = Party(", ".join(item.parties), entity_id)


def _lead_frames(doc: Doc, lexicon: _Lexicon) -> Iterator[_Frame]:
    """Recommendations listed under a lead sentence that ends with a colon and names them (UN
    Universal Periodic Review and treaty-body reports): "The following recommendations will be
    examined by X ...:", "The recommendations below did not enjoy the support of X and would thus
    be noted:", "The Special Rapporteur makes the following recommendations to the Government:".
    Each item is a demand; its actors the parties in its trailing parentheses, else the lead's
    subject; its target the party the lead names ("by X", "of X", "to X"); its response
    (supported / noted / examined) the lead's."""
    text = doc.text
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
        frame = _Frame(noun, "layout")
        _fill_list(frame, doc, line_end)
        if not frame.items:
            continue
        if noun.dep_ == "dobj":  # "The Committee makes the following recommendations:"
            frame.actor = _subject(noun.head)
        frame.target_party = _lead_target(lead, lexicon)
        frame.response = _response(lead, lexicon)
        yield frame


def _lead_target(lead: Span, lexicon: _Lexicon) -> Party | None:
    """The party a lead sentence addresses: the first named party or government after "by", "of"
    or "to" ("examined by X", "the support of X", "made to the Government of X")."""
    doc = lead.doc
    for token in lead:
        if token.dep_ != "pobj" or token.head.lower_ not in ("by", "of", "to"):
            continue
        if token.ent_type_ in ("DATE", "TIME", "ORDINAL", "CARDINAL", "PERCENT"):
            continue
        if token.ent_type_ in ("GPE", "NORP") or token.pos_ == "PROPN" or token.lemma_.lower() in lexicon.party_nouns:
            entity = next((e for e in doc.ents if e.start <= token.i < e.end), None)
            if entity is not None and entity.label_ in ("GPE", "NORP"):
                return Party(entity.text, entity.ent_id_ or _entity_id(entity))
            keep = ("det", "amod", "compound", "prep", "pobj", "nummod", "poss", "case", "flat")
            return _party(*_phrase_bounds(token, keep=keep), doc)  # not "X and the recommendations below"
    place = next((e for e in lead.ents if e.label_ == "GPE"), None)
    return Party(place.text, place.ent_id_ or _entity_id(place)) if place is not None else None


def _response(lead: Span, lexicon: _Lexicon) -> str:
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


def _lines_from(doc: Doc, start: int) -> Iterator[Span]:
    """The text's lines from token `start` on, as token spans (a line ends at a line break)."""
    begin = start
    for i in range(start, len(doc)):
        if "\n" in doc[i].text_with_ws:
            yield doc[begin : i + 1]
            begin = i + 1
    if begin < len(doc):
        yield doc[begin:]


# --- actors and targets ----------------------------------------------------------------------


def _first_mentions(doc: Doc, lexicon: _Lexicon) -> dict[tuple[str, str], Token]:
    """First mention of every document noun ("report", "resolution"), by lemma and tag."""
    first: dict[tuple[str, str], Token] = {}
    for token in doc:
        if token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.document_nouns:
            first.setdefault((token.lemma_.lower(), token.tag_), token)
    return first


def _author_party(doc: Doc, lexicon: _Lexicon) -> Party | None:
    """The document's author (`pipeline.demand_author`) as a party, or None when it does not say."""
    author = document_author(doc, lexicon.closings, lexicon.title_nouns)
    if author is None:
        return None
    span = doc.char_span(author.start, author.end, alignment_mode="expand")
    return Party(author.text, _entity_id(span) if span is not None else "")


def _resolve_actor(
    frame: _Frame, lexicon: _Lexicon, first_mentions: dict[tuple[str, str], Token], author: Party | None = None
) -> Party:
    """The actor as written, resolved: a pronoun to its antecedent, "we"/"I" to the quoted speaker
    or the document's author; with none in the sentence, a quoted speaker, a headline's attribution
    or the document's author."""
    token = frame.actor
    if token is not None and token.lower_ in ("we", "i", "us"):  # '"We call on ...," said the opposition leader'
        speaker = _quote_speaker(frame.trigger, lexicon)
        if speaker is not None:
            return speaker
        if author is not None:
            return author
    if token is not None:
        token = _antecedent(token, lexicon) or token
        document = _document_party(token, lexicon, first_mentions)
        if document is not None:
            return document
        return _party(*_phrase_bounds(token, without=frame.trigger), token.doc)
    speaker = _quote_speaker(frame.trigger, lexicon) if frame.kind == "modal" else None
    return speaker or _headline_actor(frame.trigger, lexicon) or author or Party()


def _resolve_target(frame: _Frame, lexicon: _Lexicon) -> Party:
    token = frame.target
    if token is None:
        return Party()
    token = _antecedent(token, lexicon) or token
    return _party(*_phrase_bounds(token), token.doc)


def _subject(verb: Token) -> Token | None:
    """Grammatical subject of `verb`, climbing through coordinated and embedded verbs
    ("X met the authorities and called on them", "X continues to call for")."""
    head = verb
    for _ in range(8):
        # the subject nearest the verb: in "Belarus: UN experts call for ..." the topic before the
        # colon is parsed as a second subject
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        after_colon = [c for c in subjects if not any(t.text == ":" for t in head.doc[c.i : head.i])]
        subject = (after_colon or subjects or [None])[-1]
        if subject is not None:
            if subject.lower_ in _RELATIVE_PRONOUNS and head.dep_ == "relcl":
                return head.head
            # "GENEVA (14 June) – UN experts today called for ...": the dateline taken as subject
            return next((c for c in subject.children if c.dep_ == "appos" and _after_separator(c)), subject)
        if head.dep_ in ("relcl", "acl") and head.head.pos_ in ("NOUN", "PROPN"):
            # "a resolution urging States to ...", and the parser's "On 12 May, the experts
            # [called upon the authorities to ...]" read as a participle on the noun
            return head.head
        if head.dep_ in ("conj", "xcomp", "advcl") and head.head is not head:
            head = head.head
        else:
            return None
    return None


def _agent(verb: Token) -> Token | None:
    """ "were urged by the experts" -> experts."""
    agent = _child(verb, "agent")
    return _child(agent, "pobj") if agent is not None else None


def _antecedent(token: Token, lexicon: _Lexicon) -> Token | None:
    """The named party a pronoun or role word stands for, or None to keep it as written.

    "It also urges" -> subject of a recent sentence ("The report calls for ..."); "the latter" ->
    the last object before it in its sentence ("met with the authorities and called on the latter").
    """
    word = token.lower_
    if word in ("latter", "former"):
        objects = [
            t for t in token.sent if t.i < token.i and t.dep_ in ("dobj", "pobj") and t.pos_ in ("NOUN", "PROPN")
        ]
        if objects:
            return objects[-1] if word == "latter" else objects[0]
        return None
    kind = _PERSONAL_PRONOUNS.get(word)
    if kind is None or token.pos_ != "PRON":
        return None
    for sent in _previous_sentences(token.sent, _ANTECEDENT_WINDOW):
        # "The Council adopted a statement. It calls on ...": a document just authored is what speaks
        for candidate in sent:
            if (
                candidate.dep_ == "dobj"
                and candidate.lemma_.lower() in lexicon.document_nouns
                and candidate.head.lemma_.lower() in lexicon.authoring_verbs
                and _agrees(candidate, kind, lexicon)
            ):
                return candidate
        for candidate in sent:
            if candidate.dep_ in ("nsubj", "nsubjpass") and _agrees(candidate, kind, lexicon):
                return candidate
    return None


def _previous_sentences(sent: Span, n: int) -> Iterator[Span]:
    """Up to `n` sentences before `sent`, nearest first."""
    for _ in range(n):
        if sent.start == 0:
            return
        sent = sent.doc[sent.start - 1].sent
        yield sent


def _agrees(candidate: Token, kind: str, lexicon: _Lexicon) -> bool:
    if candidate.pos_ not in ("NOUN", "PROPN"):
        return False
    plural = candidate.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in candidate.children)
    if kind == "plur":
        return plural
    if kind == "person":  # a named person, or a role held by one ("the Special Rapporteur")
        return candidate.ent_type_ == "PERSON" or (not plural and candidate.lemma_.lower() in lexicon.person_roles)
    return not plural and candidate.ent_type_ != "PERSON"


def _document_party(token: Token, lexicon: _Lexicon, first_mentions: dict[tuple[str, str], Token]) -> Party | None:
    """A document actor written as its first mention and its author.

    "The report calls for ..." after "the report was presented by the UN High Commissioner"
    -> "report by the UN High Commissioner"; "It calls for ..." after "The UN adopted a resolution
    on the role of defenders" -> "resolution on the role of defenders by The UN".
    """
    doc = token.doc
    lemma = token.lemma_.lower()
    if lemma not in lexicon.document_nouns or token.pos_ != "NOUN":
        return None
    start, _end = _phrase_bounds(token)
    if any(t.pos_ == "PROPN" or t.ent_type_ or t.dep_ == "poss" for t in doc[start : token.i]):
        return None  # already names its author ("The OHCHR report", "Amnesty's report")
    first = first_mentions.get((lemma, token.tag_), token)
    np_start, np_end = _phrase_bounds(first, keep=("det", "amod", "compound", "prep", "nummod"))
    while np_start < np_end and doc[np_start].dep_ == "det":
        np_start += 1
    author = _author(first, lexicon)
    if author is None:
        if first.i == token.i or np_end - np_start <= 1:
            return None
        return _party(np_start, np_end, doc)
    text = f"{doc[np_start:np_end].text} by {author.text}"
    return Party(text, author.entity_id or _entity_id(doc[np_start:np_end]))


def _author(document: Token, lexicon: _Lexicon) -> Party | None:
    """Who wrote a document, when its first mention says so."""
    head = document.head
    author = None
    if document.dep_ == "nsubjpass":
        author = _agent(head)
    elif document.dep_ == "dobj" and head.lemma_.lower() in lexicon.authoring_verbs:
        author = _subject(head)
    if author is None:
        author = _child(document, "poss")
    if author is None or author.pos_ == "PRON":
        return None
    start, end = _phrase_bounds(author, keep=("det", "amod", "compound", "prep", "pobj", "nummod", "poss", "case"))
    for i in range(start + 1, end):  # stop at an apposition or a quoted title
        if author.doc[i].text in (",", "“", '"', "(", "«"):
            end = i
            break
    return _party(start, end, author.doc)


def _quote_speaker(trigger: Token, lexicon: _Lexicon) -> Party | None:
    """Who is quoted saying a demand: `"The authorities should quash the sentences," the experts said.`
    The nearest sentence of the same quoted paragraph whose statement verb has a named subject."""
    doc = trigger.doc
    sent = trigger.sent
    paragraph = [sent]
    while paragraph[0].start > 0 and "\n" not in doc[paragraph[0].start - 1].text_with_ws:
        paragraph.insert(0, doc[paragraph[0].start - 1].sent)
    while paragraph[-1].end < len(doc) and "\n" not in doc[paragraph[-1].end - 1].text_with_ws:
        paragraph.append(doc[paragraph[-1].end].sent)
    if not any(q in s.text for s in paragraph for q in ('"', "“", "”", "«")):
        return None
    for candidate in sorted(paragraph, key=lambda s: (abs(s.start - sent.start), s.start > sent.start)):
        for token in candidate:
            subject = _child(token, "nsubj") if token.lemma_.lower() in lexicon.reporting_verbs else None
            if token.pos_ == "VERB" and subject is not None:
                subject = _antecedent(subject, lexicon) or subject
                if subject.pos_ != "PRON":
                    return _party(*_phrase_bounds(subject), doc)
    return None


def _headline_actor(trigger: Token, lexicon: _Lexicon) -> Party | None:
    """The actor a headline names around its statement: "UN experts: Belarus must ...",
    "Belarus must ...: UN experts", "... – UN expert", or the lede's subject on the next line."""
    sent = trigger.sent
    doc = sent.doc
    tokens = [t for t in sent if not t.is_space]
    colons = [t.i for t in tokens if t.text == ":"]
    if colons and colons[0] < trigger.i:
        prefix = (sent.start, colons[0])
        if _is_attribution(doc, *prefix) and not all(t.ent_type_ in ("GPE", "LOC") for t in doc[prefix[0] : prefix[1]]):
            return _party(*prefix, doc)
    separators = [t.i for t in tokens if t.i > trigger.i and (t.text == ":" or (t.text in _DASHES and t.whitespace_))]
    if separators:
        suffix = _trim_edges(doc, separators[-1] + 1, tokens[-1].i + 1)
        if suffix and _is_attribution(doc, *suffix):
            return _party(*suffix, doc)
    return _lede_actor(sent, lexicon)


def _lede_actor(sent: Span, lexicon: _Lexicon) -> Party | None:
    """A headline (a line with no final full stop) takes the subject of the next line when that
    line reports a statement: "Political leaders must stop ..." / "49 NGOs issue a joint letter"."""
    doc = sent.doc
    if sent.text.rstrip().endswith((".", "!", "?")) or sent.end >= len(doc):
        return None
    line = next((line for line in _lines_from(doc, sent.end) if line.text.strip()), None)
    lede = doc[line.start].sent if line is not None else None
    if lede is None or lede.root.lemma_.lower() not in lexicon.statement_verbs:
        return None
    subject = _child(lede.root, "nsubj")
    if subject is None or subject.pos_ == "PRON":
        return None
    return _party(*_phrase_bounds(subject), doc)


def _is_attribution(doc: Doc, start: int, end: int) -> bool:
    span = doc[start:end]
    return (
        0 < len(span) <= _MAX_ATTRIBUTION_TOKENS
        and not any(t.pos_ in ("VERB", "AUX") for t in span)
        and any(t.pos_ in ("NOUN", "PROPN") for t in span)
    )


# --- small helpers ---------------------------------------------------------------------------


def _after_separator(token: Token) -> bool:
    """Is a colon or spaced dash between this apposition and its head?"""
    between = token.doc[token.head.i + 1 : token.left_edge.i]
    return any(t.text == ":" or (t.text in _DASHES and t.whitespace_) for t in between)


def _across_colon(clause: Token) -> bool:
    """Is the clause hung on a word before a headline colon ("UN experts: X must ...")? Then it is
    the headline's main clause, whatever the parser attached it to."""
    low, high = sorted((clause.i, clause.head.i))
    return any(t.text == ":" for t in clause.doc[low:high])


def _child(token: Token, dep: str) -> Token | None:
    return next((c for c in token.children if c.dep_ == dep), None)


def _prep_object(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def _has_to(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _infinitive_child(token: Token) -> Token | None:
    return next((c for c in token.children if c.i > token.i and c.pos_ in ("VERB", "AUX") and _has_to(c)), None)


def _is_clause(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_ != "be"


def _is_party(token: Token) -> bool:
    """Is this object someone addressed (the authorities, Belarus) rather than a demanded thing?"""
    if token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ("ORG", "GPE", "PERSON", "NORP"):
        return True
    return not any(c.dep_ == "prep" for c in token.children) and token.tag_ in ("NNS", "NNPS")


def _phrase_bounds(token: Token, keep: tuple[str, ...] | None = None, without: Token | None = None) -> tuple[int, int]:
    """Token range of the phrase headed by `token` on its line, without relative clauses, the
    dependent holding `without` (the trigger, when the parser hung it on its subject), and
    prepositions on the left ("On 12 May, the experts"); with `keep`, only those dependents."""
    doc = token.doc
    dropped: set[int] = set()
    for child in token.children:
        if (
            child.dep_ in ("relcl", "mark")
            or (child.dep_ == "prep" and child.i < token.i)
            or (without is not None and child.left_edge.i <= without.i <= child.right_edge.i)
            or (keep is not None and child.dep_ not in (*keep, "punct"))
        ):
            dropped.update(t.i for t in child.subtree)
    indices = {t.i for t in token.subtree if t.i not in dropped}
    start, end = token.i, token.i + 1
    while start - 1 in indices:  # the unbroken run around the head: a stray attachment across
        start -= 1  # the line ("Belarus must ...: UN experts" with experts as Belarus' apposition)
    while end in indices:  # does not pull the verb in between into the phrase
        end += 1
    for i in range(token.i, end):  # never across a line break
        if "\n" in doc[i].text_with_ws and i + 1 < end:
            end = i + 1
            break
    for i in range(token.i, start, -1):
        if "\n" in doc[i - 1].text_with_ws:
            start = i
            break
    for i in range(token.i + 1, end):  # nor across a headline's colon or dash ("Belarus must ...: UN experts")
        if doc[i].text == ":" or (doc[i].text in _DASHES and doc[i].whitespace_):
            end = i
            break
    for i in range(token.i - 1, start - 1, -1):
        if doc[i].text == ":" or (doc[i].text in _DASHES and doc[i].whitespace_):
            start = i + 1
            break
    return _trim_edges(doc, start, end) or (token.i, token.i + 1)


def _trim_edges(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return (start, end) if end > start else None


def _party(start: int, end: int, doc: Doc) -> Party:
    # A bracket the phrase opens but does not close ("the Committee against Torture (CAT") is
    # an acronym the parse cut short: the name before it is the party.
    brackets = [t.i for t in doc[start:end] if t.text in "()"]
    if brackets and doc[brackets[-1]].text == "(":
        start, end = _trim_edges(doc, start, brackets[-1]) or (start, end)
    span = doc[start:end]
    return Party(span.text, _entity_id(span))


def _entity_id(span: Span) -> str:
    """Gazetteer id (set by the gazetteer ruler) of the entity a phrase names: the entity holding the
    phrase's head word ("the Office of the High Commissioner"), else the first entity in it that
    has an id ("UN human rights experts" -> the UN), else ""."""
    if span.root.ent_id_:
        return span.root.ent_id_
    return next((t.ent_id_ for t in span if t.ent_id_), "")


def _row(
    doc: Doc,
    doc_id: str,
    start: int,
    end: int,
    frame: _Frame,
    actor: Party,
    target: Party,
    sent_of: Sequence[int],
    published: str,
    dates: Sequence[DateMention],
) -> Demand:
    span = doc[start:end]
    sent_id = sent_of[frame.trigger.i]
    return Demand(
        doc_id,
        span.start_char,
        span.end_char,
        actor.text,
        target.text,
        span.text,
        theme_of(span.text, _core(span)),
        frame.trigger.text,
        actor_entity_id=actor.entity_id,
        target_entity_id=target.entity_id,
        specificity=specificity_of(_action(span).lemma_),
        sent_id=sent_id,
        date=_sentence_date(dates, sent_id, span.start_char, span.end_char) or published,
        response=frame.response,
    )


def _action(span: Span) -> Token:
    """The demanded action's word: the head of the span ("immediately FREE all journalists", "the
    death penalty should be ABOLISHED"), else its first verb or noun."""
    if span.root.pos_ in ("VERB", "NOUN"):
        return span.root
    return next((t for t in span if t.pos_ in ("VERB", "NOUN")), span[0])


def _core(span: Span) -> str:
    """The demanded action and its object: the span up to its second noun or verb
    ("probe into violence", "stop torturing", "Cease the violent dispersal")."""
    content = [t.i for t in span if t.pos_ in ("NOUN", "VERB", "PROPN")]
    if len(content) < 2:
        return span.text
    return span.doc[span.start : content[1] + 1].text


def _sentence_date(dates: Sequence[DateMention], sent_id: int, start: int, end: int) -> str:
    """Value of the first fully known date in the sentence that is not inside the demand itself."""
    for mention in sorted(dates, key=lambda d: d.start_char):
        if mention.sent_id != sent_id or not mention.value or "X" in mention.value:
            continue
        if start <= mention.start_char < end:
            continue
        return mention.value
    return ""
