"""Demands: who calls on whom to do what.

First version: trigger verbs found in the dependency parse ("call on X to", "urge X to",
"call for", "X must ..."), list items after "... to:", one demand per item.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc, Span, Token

from pipeline import config
from pipeline.records import Demand

_TRIGGER_LEMMAS = {"call", "urge", "demand", "appeal", "request", "recommend", "insist", "press"}
_MODALS = {"must", "should"}
_LIST_INTRO = re.compile(r"\bto:\s*$")


def extract_demands(doc: Doc, doc_id: str, sent_of: Sequence[int], published: str = "") -> list[Demand]:
    """Demands in `doc`, one row per demanded action."""
    demands: list[Demand] = []
    text = doc.text
    for sent in doc.sents:
        for token in sent:
            if token.lemma_.lower() in _TRIGGER_LEMMAS and token.pos_ == "VERB":
                demands.extend(_from_trigger(token, sent, doc_id, sent_of, text, published))
            elif token.lower_ in _MODALS and token.head.pos_ == "VERB":
                demands.extend(_from_modal(token, sent, doc_id, sent_of, published))
    return demands


def _from_trigger(verb: Token, sent: Span, doc_id: str, sent_of: Sequence[int], text: str, published: str):
    actor = _subject(verb)
    target = ""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "upon"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                target = _phrase(objects[0])
        elif child.dep_ == "dobj" and verb.lemma_ != "call":
            target = _phrase(child)
    sentence_end = sent.end_char
    # a list introduced by "... to:" gives one demand per following "- item" line
    if _LIST_INTRO.search(text[verb.idx : sentence_end + 2].split("\n")[0]):
        line_end = text.find("\n", verb.idx)
        for item in re.finditer(r"^- (.+)$", text[line_end + 1 :], re.M):
            if item.start() and text[line_end + 1 + item.start() - 1] != "\n":
                break
            start = line_end + 1 + item.start(1)
            end = line_end + 1 + item.end(1)
            yield _demand(doc_id, text, start, end, actor, target, verb.text, sent_of[verb.i], published)
            next_char = line_end + 1 + item.end() + 1
            if not text[next_char : next_char + 2].startswith("- "):
                break
        return
    xcomp = next((c for c in verb.subtree if c.dep_ == "xcomp" and c.head.i >= verb.i), None)
    if verb.lemma_ == "call":
        for_prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        if for_prep is not None:
            span = _subtree_span(for_prep, skip_head=True)
            if span:
                yield _demand(doc_id, text, *span, actor, target, verb.text, sent_of[verb.i], published)
            return
    if xcomp is not None:
        span = _subtree_span(xcomp, skip_head=False, drop_to=True)
        if span:
            yield _demand(doc_id, text, *span, actor, target, verb.text, sent_of[verb.i], published)


def _from_modal(modal: Token, sent: Span, doc_id: str, sent_of: Sequence[int], published: str):
    verb = modal.head
    subject = _subject(verb)
    start = verb.idx
    end = max(t.idx + len(t) for t in verb.subtree)
    if not subject:
        return
    yield _demand(doc_id, sent.doc.text, start, end, "", subject, modal.text, sent_of[modal.i], published)


def _subject(verb: Token) -> str:
    head = verb
    while head is not None:
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return _phrase(subjects[0])
        if head.dep_ in ("conj", "xcomp", "advcl") and head.head is not head:
            head = head.head
        else:
            return ""
    return ""


def _phrase(token: Token) -> str:
    tokens = [t for t in token.subtree if t.dep_ not in ("punct",)]
    text = " ".join(t.text for t in tokens) if tokens else token.text
    return text.split("\n")[0].strip()


def _subtree_span(token: Token, skip_head: bool, drop_to: bool = False) -> tuple[int, int] | None:
    tokens = [t for t in token.subtree if not (skip_head and t.i == token.i)]
    if drop_to:
        tokens = [t for t in tokens if not (t.dep_ == "aux" and t.lower_ == "to" and t.i < token.i)]
    if not tokens:
        return None
    start = tokens[0].idx
    end = tokens[-1].idx + len(tokens[-1])
    return start, end


def _demand(
    doc_id: str, text: str, start: int, end: int, actor: str, target: str, trigger: str, sent_id: int, published: str
) -> Demand:
    """A demand row whose span is trimmed to one line and to no trailing full stop."""
    surface = text[start:end].split("\n")[0].rstrip(". ")
    return Demand(
        doc_id,
        start,
        start + len(surface),
        actor,
        target,
        surface,
        theme_of(surface),
        trigger,
        sent_id=sent_id,
        date=published,
    )


@cache
def _themes() -> dict[str, list[str]]:
    data = json.loads((config.DATA_DIR / "themes.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def theme_of(demand: str) -> str:
    """The first theme whose keyword occurs in the demand text, else "other"."""
    lowered = demand.lower()
    for theme, keywords in _themes().items():
        if any(k in lowered for k in keywords):
            return theme
    return "other"
