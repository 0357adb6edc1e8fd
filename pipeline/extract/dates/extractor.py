"""The dates extractor: date mentions of a parsed document, from the rules in `rules.py`."""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from pipeline.extract.dates.rules import LEXICON_PATH, resolve
from pipeline.records import DateMention

if TYPE_CHECKING:
    from pipeline.extract.registry import Context

__all__ = ["clause_tense", "extract_dates"]


def extract_dates(
    doc: Doc, doc_id: str, published: str, sent_of: Sequence[int], text: str | None = None
) -> list[DateMention]:
    """Date mentions of `doc` in text order; `published` (YYYY-MM-DD or "") anchors relative dates;
    `text` is `doc.text` when the caller has it.

    Only `doc.text`, the token-to-sentence index `sent_of` and, for the tense of the clause a
    date sits in, the parse are used: the model's DATE entities are not, because they include
    durations and ordinals ("five years", "the 55th").
    """
    text = doc.text if text is None else text
    # Token objects only for the first token of each sentence: building one per token is slow.
    first_tokens = [i for i in range(len(doc)) if i == 0 or sent_of[i] != sent_of[i - 1]]
    sentence_starts = [doc[i].idx for i in first_tokens]
    mentions = []

    def tense_at(position: int) -> str:
        span = doc.char_span(position, position + 1, alignment_mode="expand")
        return clause_tense(doc[span.start]) if span is not None and len(span) else ""

    for candidate, value, granularity, anchor, mod, kind in resolve(text, published, sentence_starts or [0], tense_at):
        surface = text[candidate.start : candidate.end]
        span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        sent_id = sent_of[span.start] if span is not None and len(span) else -1
        mentions.append(
            DateMention(
                doc_id,
                candidate.start,
                candidate.end,
                surface,
                value,
                granularity,
                candidate.is_relative,
                anchor,
                sent_id,
                mod,
                kind,
            )
        )
    return mentions


_FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "wo"})


@cache
def _verb_list(name: str) -> frozenset[str]:
    """A lemma list of the data file: "forward_verbs" (their to-infinitive names a later event:
    "plan", "expect", "order"), "plan_participles" ("set", "slate": with "for", an event ahead),
    "plan_verbs" ("plan", "schedule": the day said with their object is the event's)."""
    return frozenset(json.loads(LEXICON_PATH.read_text(encoding="utf-8"))[name])


def clause_tense(token: Token) -> str:
    """past, future or present: the tense of the verb that governs `token` ("met on Friday" is
    past, "will meet Friday" future, "meets Friday" present), past when no verb governs it
    (news reports what happened)."""
    verb, below = token, token
    through_noun = False  # the date qualifies a noun on the way up: "an investigation into violations between X and Y"
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb, below = verb.head, verb
        through_noun = through_noun or (verb.pos_ == "NOUN" and verb.head.i != verb.i)
    if verb.pos_ not in ("VERB", "AUX"):
        return "past"
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    forward = verb.lemma_.lower() in _verb_list("forward_verbs")
    if (
        verb.lemma_.lower() in _verb_list("plan_verbs")
        and verb.tag_ == "VBD"
        and not auxiliaries
        and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children)
        and (below.dep_ == "dobj" or (below.dep_ == "prep" and below.lower_ in ("on", "for")))
    ):
        return "future"  # the day of the event planned: "planned a rally for Sunday", "planned a march on Saturday"
    if forward and verb.tag_ in ("VBZ", "VBP"):
        return "future"  # "On Tuesday, the league plans to hold a news conference"
    if forward and verb.tag_ == "VBN" and any(a.tag_ in ("VBZ", "VBP") and a.lemma_ == "have" for a in auxiliaries):
        return "future"  # "has scheduled a news conference Thursday": the plan is made, the event ahead
    # "set", "slated" plan only with a time they are set for ("set for April"; "a record set on Aug. 6" is past)
    planned = forward or (
        verb.lemma_.lower() in _verb_list("plan_participles") and any(c.lower_ == "for" for c in verb.children)
    )
    if planned and verb.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxiliaries):
        return "future"  # "the hearing is set for Monday", "a verdict is expected Friday"
    if planned and verb.tag_ == "VBN" and verb.dep_ == "acl" and not auxiliaries and verb.head.i != verb.i:
        # a reduced participle of a plan puts the event ahead of the clause it is said in: "will
        # take part in a summit set for April"; "a speech planned for Saturday was cancelled" is past
        return "past" if clause_tense(verb.head) == "past" else "future"
    if any(a.lower_ == "could" for a in auxiliaries) and _is_negated(verb):
        return "past"  # a past inability: "could not be reached for comment Friday", "no one could be located"
    if any(a.lower_ in _FUTURE_AUXILIARIES or a.tag_ == "MD" for a in auxiliaries):
        return "future"  # "will meet", "would be paid", "may plead" look forward from the text
    if any(a.lemma_ == "have" for a in auxiliaries):
        return "past"  # a perfect, also a progressive one: "have been searching since Oct. 23"
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ != "VBD" for a in auxiliaries) and not through_noun:
        # "is going to vote", "is meeting on Friday" (not "were still missing in March", nor "is conducting
        # an investigation into violations between July 1 and August 15": the violations' dates)
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries):  # (perfects returned above)
        return "past"
    if verb.tag_ == "VB" and any(a.tag_ == "TO" for a in auxiliaries) and verb.head.i != verb.i:
        # "declined to comment on Monday" is past, "is scheduled to close Monday" future
        head = verb.head
        if head.pos_ == "NOUN" and verb.dep_ in ("acl", "relcl") and verb.lemma_.lower() in _verb_list("marking_verbs"):
            return clause_tense(head)  # the event marks the day: "a ceremony [was held] to mark World Press Day"
        if head.pos_ == "NOUN" and verb.dep_ in ("acl", "relcl"):
            return "future"  # an infinitive of a noun is prospective: "an agreement to acquire it in January"
        if head.lemma_.lower() in _verb_list("forward_verbs"):
            return "future"  # "planned to leave on Thursday", "was summoned to appear on Feb. 10"
        if head.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "agent") for c in head.children):
            # a reduced participle looks forward: "the talks, set to resume Monday" (not one with its
            # agent, a passive of what was done: "actions taken by the government to prevent a rally on April 2")
            return "future"
        governing = clause_tense(head)
        return "future" if governing == "present" else governing
    if verb.tag_ == "VB" and auxiliaries:
        return "future"  # "may plead guilty this week"
    # a passive or reduced participle: "is held Friday" is present, "arrested Monday" past
    if verb.tag_ == "VBN" and not any(a.dep_ == "auxpass" for a in auxiliaries):
        return "past"
    return "present"


_NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "nothing", "neither"})


def _is_negated(verb: Token) -> bool:
    """The verb is denied ("could not", "couldn't") or so is its subject ("no one", "neither he nor she")."""
    for child in verb.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.lower_ in _NEGATIVE_SUBJECTS:
                return True
            if any(c.lower_ in ("no", "neither") and c.dep_ in ("det", "preconj") for c in child.children):
                return True
    return False


def extract(doc: Doc, context: Context) -> list[DateMention]:
    """The `dates` extractor of the registry."""
    return extract_dates(doc, context.doc_id, context.published, context.sent_of, context.text)
