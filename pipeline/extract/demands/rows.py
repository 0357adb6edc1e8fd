"""Rows: one `Demand` record per demanded action, with its theme, specificity and date."""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from pipeline.extract.demands.frames import (
    Frame,
    addressed_sections,
    end_before_coordinated_calls,
    frames,
    with_semicolon_lists,
)
from pipeline.extract.demands.layout import item_marker
from pipeline.extract.demands.lexicon import Lexicon, load_lexicon
from pipeline.extract.demands.parties import (
    Party,
    addressee,
    author_party,
    find_first_mentions,
    group_party,
    headline_voice,
    is_styled_government,
    item_actor,
    lede_voice,
    letter_reader,
    reporting_voice,
    resolve_actor,
    resolve_target,
    reviewed_state_party,
    styled_government,
    voice_party,
)
from pipeline.extract.demands.themes import core_of, specificity_of, theme_of
from pipeline.records import DateMention, Demand

log = logging.getLogger(__name__)

_OBJECT_PRONOUNS = {"them", "him", "her", "it"}
# Verbs that lead a list of recommendations without naming whom they address ("We recommend:").
_ADDRESSEE_LESS_LEADS = {"recommend", "propose", "suggest"}


# "we" / "our" / "us" (not "US"): a text speaking in the first person plural
_FIRST_PERSON_PLURAL = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")
# the reader of a letter as an addressee: "you", "you and your government"
_YOU = re.compile(r"(?i:you(?:\s+and\s+your\s+[\w’'-]+)?)")


def extract_demands(
    doc: Doc,
    doc_id: str,
    sent_of: Sequence[int],
    published: str = "",
    dates: Sequence[DateMention] = (),
    text: str | None = None,
) -> list[Demand]:
    """Demands in `doc`, one row per demanded action.

    `dates` are the document's date mentions: a demand's date is the first dated expression of
    its own sentence outside the demand text, else `published`. `text` is `doc.text` when the
    caller has it.
    """
    lexicon = load_lexicon()
    rows: list[Demand] = []
    covered: list[tuple[int, int]] = []
    last_target: dict[int, Party] = {}  # per sentence
    text = doc.text if text is None else text  # spaCy rebuilds it from the tokens at each access
    first_mentions = find_first_mentions(doc, lexicon)
    author = author_party(doc, lexicon, text)
    voice = voice_party(doc, lexicon) if author is None else None
    if author is not None and author.signs_or_delivers:
        # "We, members of X, urge ..." / "Yours, Jane Doe": "we" is X; "Delivered by Jane Doe" / "X regrets
        # ... We urge ...": "we" is X
        voice = group_party(doc, lexicon)
    # (the stance a statement takes stands in for its author only where it has none)
    stance = voice_party(doc, lexicon, stance=True) if author is None and voice is not None else None
    lede = (lede_voice(doc, lexicon) or headline_voice(doc, lexicon)) if author is None else None
    reporter = reporting_voice(doc) if author is None else None
    first_person = _FIRST_PERSON_PLURAL.search(text) is not None
    found = with_semicolon_lists(end_before_coordinated_calls(list(frames(doc, lexicon, text))))
    letter_reader_party = letter_reader(doc, lexicon, text)
    letter_addressee = addressee(found, lexicon, letter_reader_party)
    letter_government = styled_government(doc, text)
    under_review = reviewed_state_party(doc, text)  # whom a UPR report's requests are made of
    previous: tuple[Token, Party] | None = None  # the last demand's trigger and actor
    previous_target: tuple[Token, Party] | None = None  # the last demand's trigger and addressee
    group_speaker: Party | None = None  # the first group that demands in the present, whom a later "we" is
    sections: list[tuple[int, tuple[int, int] | None]] | None = None  # headed sections, read when first needed
    for frame in found:
        if any(start <= frame.trigger.i < end for start, end in covered):
            # already inside a demand: "calls on X to ensure that Y must ...", "urge the
            # Rapporteur to request a country visit" (the visit is requested of someone else)
            continue
        # a report's voice speaks its listed recommendations, not what its news says others must do
        listed = reporter if all(_in_list(text, doc[start].idx) for start, _end in frame.items) else None
        actor = resolve_actor(frame, lexicon, first_mentions, author, voice, stance, lede, listed)
        if frame.kind in ("modal", "need", "layout") and frame.target is None and frame.target_span is None:
            # "To the Government of X" / "... Steps must be taken to reduce bribery.": a demand that names
            # no addressee, in a section of recommendations headed with its addressee, is made of it
            # (also a listed one under a State's name: "Bangladesh (7 recommendations)" / "• Protect them")
            if sections is None:
                sections = addressed_sections(doc, text, lexicon)
            k = bisect_right(sections, frame.trigger.idx, key=lambda section: section[0]) - 1
            frame = replace(frame, target_span=sections[k][1]) if k >= 0 else frame
        target = resolve_target(frame, lexicon)
        if (
            not actor.text
            and frame.actor is None
            and first_person
            and voice is not None
            and not _names_the_actor(target.text, voice.text)
        ):
            # "We are a diverse group of NGOs ... 1. Issue standing invitations ...": a demand no one is
            # named for in a text that says whom its "we" stands for is that voice's (not one made of
            # the voice itself: "The DPRK is one of the most repressive states ... The DPRK must ...")
            actor = voice
        if not actor.text and previous is not None and _same_paragraph(doc, previous[0], frame.trigger):
            # "The Ministry calls on all sides to ... Those responsible should be held to account.":
            # an unattributed demand goes on voicing the paragraph's last (present-tense) demander
            actor = previous[1]
        if actor.text.lower() in ("we", "us") and group_speaker is not None:
            # "On Mandela Day, civil society organisations across the globe call on you to ... We
            # urge you to ...": the group that spoke first goes on as "we"
            actor = group_speaker
        elif group_speaker is None and actor.text and _speaks_as_a_group(frame):
            group_speaker = actor
        if actor.text and frame.trigger.tag_ in ("VBZ", "VBP"):
            # only a demander speaking in the present ("The Ministry calls on"): the voice of the
            # text itself, not a demand it reports ("the relatives have demanded ...")
            previous = (frame.trigger, actor)
        if frame.target is not None and frame.target.lower_ in ("us", "me"):
            continue  # "They asked us to come quickly": a request made to the speakers, not one they make
        said_to_you = frame.target is not None and frame.target.lower_ == "you"
        if frame.kind == "modal" and said_to_you and letter_reader_party is None:
            continue  # "you should apply before Friday": a reader's instructions, no letter's demand
        if _YOU.fullmatch(target.text) and letter_reader_party is not None:
            # "We call on you (and your government) to ...": the reader the salutation names
            target = letter_reader_party
        elif letter_addressee is not None and (
            (frame.kind == "imperative" and not target.text)
            or target.text.lower() == "you"
            or (frame.kind == "request" and not target.text)
        ):
            # "Please provide ...", "I urge you to ...", "I would appreciate receiving ...": whom the letter addresses
            target = letter_addressee
        elif target.text.lower().startswith("your ") and letter_reader_party is not None:
            target = letter_reader_party  # "We urge your delegation to ...": the delegations written to
        if letter_government is not None and is_styled_government(target.text):
            target = letter_government  # "We urge your Excellency's Government to ...": Government of X
        sentence = sent_of[frame.trigger.i]
        pronoun = frame.target is not None and frame.target.pos_ == "PRON"
        if pronoun and sentence in last_target:
            target = last_target[sentence]  # "called on the authorities to ... and urged them to ..."
        elif pronoun and (target.text.lower() in _OBJECT_PRONOUNS or _names_the_actor(target.text, actor.text)):
            # '"We urge the authorities to ... We also urge them to ...," the experts said': a "them"
            # left unresolved, or read as the speakers (who do not address their own call), is the
            # paragraph's last addressee
            if previous_target is not None and (
                _same_paragraph(doc, previous_target[0], frame.trigger)
                or _same_list(text, previous_target[0], frame.trigger)
            ):
                target = previous_target[1]
            elif target.text.lower() not in _OBJECT_PRONOUNS:
                target = Party()
        elif target.text:
            last_target[sentence] = target
        elif (
            previous_target is not None
            and _impersonal(frame.trigger)
            and _same_paragraph(doc, previous_target[0], frame.trigger)
        ):
            # "It’s time for the government to prove its commitment. It’s time to release X": an
            # impersonal demand goes on addressing the paragraph's last addressee
            target = previous_target[1]
        elif (
            previous_target is not None
            and frame.items
            and frame.kind != "layout"
            and frame.target is None
            and frame.target_span is None
            and all(_in_list(text, doc[start].idx) for start, _end in frame.items)
            and frame.trigger.lemma_.lower() in _ADDRESSEE_LESS_LEADS
        ):
            # "The UK ... urges the DRC Government to ... We recommend:" / "1) Ratifying ...": a list of
            # recommendations that names no addressee is addressed to the one the text last named
            target = previous_target[1]
        if not target.text and under_review is not None:
            target = under_review  # "Mexico requested information on ...": of the State under review
        if target.text and target.text.lower() not in _OBJECT_PRONOUNS:
            previous_target = (frame.trigger, target)
        if frame.relayed is not None:
            covered.append((frame.relayed.i, frame.relayed.i + 1))
        for start, end in frame.items:
            covered.append((start, end))
            actor_of_item = item_actor(frame, (start, end), actor)
            subject = frame.item_targets.get((start, end))
            # a listed clause's own subject ("that:" / "- States ratify X") is whom it addresses
            target_of_item = (
                resolve_target(replace(frame, target=subject, items=[(start, end)]), lexicon)
                if subject is not None
                else target
            )
            rows.append(_row(doc, doc_id, start, end, frame, actor_of_item, target_of_item, sent_of, published, dates))
    unique = {(r.start_char, r.end_char): r for r in reversed(rows)}
    ordered = sorted(unique.values(), key=lambda r: (r.start_char, r.end_char))
    return _without_repeated(_without_restated_headline(ordered, text), text)


def _speaks_as_a_group(frame: Frame) -> bool:
    """Is the frame's subject a plural noun that demands in the present tense ("organisations across
    the globe call on you to ...", "Rights groups urge ..."; the tagger may read the verb after the
    plural as a noun)?"""
    subject = frame.actor
    return subject is not None and subject.tag_ == "NNS" and frame.trigger.tag_ in ("VBP", "NN")


def _without_repeated(rows: list[Demand], text: str) -> list[Demand]:
    """The rows without a prose demand repeated word for word, by the same actor of the same
    addressee: a page that prints its summary above the story gives the lede twice. List items
    are never repeats: UN reports list the same recommendation of several States."""
    kept: list[Demand] = []
    seen: set[tuple[str, str, str]] = set()
    for row in rows:
        listed = _in_list(text, row.start_char)
        key = (row.actor.lower(), row.target.lower(), " ".join(row.demand.lower().split()))
        if key in seen and not listed:
            continue
        if not listed:
            seen.add(key)
        kept.append(row)
    return _without_reprinted_sentences(kept, text)


def _without_reprinted_sentences(rows: list[Demand], text: str) -> list[Demand]:
    """The rows without all but one of the prose demands whose whole sentence, up to the demand's end,
    is printed more than once with different actors: a caption or summary lifted out of the story
    ("She urged the release of X. Image Credit: ..." above the paragraph it comes from), a statement
    a page prints twice. The copy kept is the one whose speaker was resolved (a name, not "I" or
    nobody), the later one when both or neither were: a lifted copy loses its pronoun's antecedent."""
    keys = [None if _in_list(text, row.start_char) else _sentence_key(row, text) for row in rows]
    best: dict[tuple[str, str], tuple[bool, int]] = {}
    for index, (row, key) in enumerate(zip(rows, keys, strict=True)):
        if key is not None:
            rank = (row.actor.lower() not in _UNRESOLVED_SPEAKERS, index)
            best[key] = max(best.get(key, rank), rank)
    return [
        row
        for index, (row, key) in enumerate(zip(rows, keys, strict=True))
        if key is None or best[key][1] == index or rows[best[key][1]].actor == row.actor
    ]


# Actors that name no one: the speaker of a copy that lost its attribution.
_UNRESOLVED_SPEAKERS = frozenset({"", "i", "we", "he", "she", "they", "it", "me", "us"})


def _sentence_key(row: Demand, text: str) -> tuple[str, str]:
    """A prose demand's addressee and its sentence from the sentence's start to the demand's end."""
    start = max(text.rfind("\n", 0, row.start_char), text.rfind(". ", 0, row.start_char)) + 1
    return row.target.lower(), " ".join(text[start : row.end_char].split())


def _in_list(text: str, position: int) -> bool:
    """Is `position` on a list item's line ("- ", "1.", "•", "(a)")?"""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    return item_marker(text[line_start : line_end if line_end >= 0 else len(text)]) is not None


def _without_restated_headline(rows: list[Demand], text: str) -> list[Demand]:
    """The rows without a demand of the headline (the text's first line) that the body restates
    (`_restates`): "UN calls on X to scrap death penalty for musician" above "The UN has called on
    X to scrap the death sentence handed to a musician" is one demand, kept where the body states it."""
    stripped = text.lstrip()
    first_line = stripped.split("\n", 1)[0]
    if first_line.rstrip().endswith("."):
        return rows  # a paragraph, not a headline: headlines end without a full stop
    title_end = len(text) - len(stripped) + len(first_line)
    body = [r for r in rows if r.start_char >= title_end]
    lexicon = load_lexicon()
    return [
        r
        for r in rows
        if r.start_char >= title_end
        or not any(
            (_same_party(r.target, b.target) and _restates(b.demand, r.demand))
            or _first_action(r.demand, lexicon) == _first_action(b.demand, lexicon) != ""
            for b in body
        )
    ]


def _first_action(demand: str, lexicon: Lexicon) -> str:
    """The first word of a demand that names an action of `specificity`, as that action ("Eritrea
    release journalist" -> "release", "freedom for X" -> "release", "probe of Y" -> "investigate");
    "" when none does. A headline restating the body's demand in other words keeps its action. A word
    that only stands for an action ("free") after a preposition is an adjective ("ease pressure on free
    speech", "calls for free elections"): no release."""
    words = re.findall(r"[a-z]+", demand.lower())
    for k, word in enumerate(words):
        action = lexicon.same_actions.get(word, word)
        if action != word and k > 0 and words[k - 1] in _PREPOSITIONS:
            continue
        for form in (action, action.removesuffix("s"), action.removesuffix("d"), action.removesuffix("ed")):
            if form in lexicon.specificity:
                return lexicon.same_actions.get(form, form)
    return ""


_PREPOSITIONS = frozenset({"on", "of", "for", "in", "with", "about", "against", "by", "from", "at", "into"})


def _restates(body: str, headline: str) -> bool:
    """Does a body demand say what a headline's says? Their content words overlap (F1 >= 0.5), or
    most of the headline's word stems are in the body's: a headline is the short form ("Call For
    Immediate Release" above "called on X to immediately release Mr. Navalny")."""
    if _word_overlap(body, headline) >= 0.5:
        return True
    said, restated = _stems(headline), _stems(body)
    return bool(said) and len(said & restated) / len(said) >= 0.5


def _stems(text: str) -> set[str]:
    """Content words cut to their first five letters, a crude stem that is enough to match
    "immediate" with "immediately" and "detainees" with "detained"."""
    return {w[:5] for w in _words(text)}


def _same_party(a: str, b: str) -> bool:
    """Both name the same party, or one leaves it unsaid (a headline often drops the target)."""
    return not a or not b or bool(_words(a) & _words(b))


def _names_the_actor(target: str, actor: str) -> bool:
    """Is the target the actor by the same words, or by the head word of its name alone ("the
    Committee" for the "Committee on the Elimination of Racial Discrimination" that speaks)?"""
    bare = _bare_name(target)
    if bare == _bare_name(actor):
        return True
    head = target.split()[-1] if target.split() else ""
    return len(bare.split()) == 1 and head[:1].isupper() and head in actor.split()


def _bare_name(party: str) -> str:
    """A party's words for comparison: lower-case, without a leading "the"."""
    return party.lower().removeprefix("the ").strip()


def _word_overlap(a: str, b: str) -> float:
    """F1 of the two texts' content words (lower-case, no stop words)."""
    wa, wb = _words(a), _words(b)
    common = len(wa & wb)
    return 2 * common / (len(wa) + len(wb)) if common else 0.0


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP_WORDS}


def _same_list(text: str, earlier: Token, later: Token) -> bool:
    """Are two words on items of one list, with only its item lines between ("• Calling on the
    authorities to ..." / "• Urging them to ...")?"""
    if earlier.i > later.i:
        return False
    line_starts = [i + 1 for i in range(earlier.idx, later.idx) if text[i] == "\n"]
    return bool(line_starts) and all(_in_list(text, start) for start in [earlier.idx, *line_starts])


def _impersonal(trigger: Token) -> bool:
    """Is the trigger the noun or adjective of an impersonal "it is ... to" ("It is time to release
    X", "it is equally urgent to end Y"), which names no one to do it?"""
    be = trigger.head
    return (
        trigger.dep_ in ("attr", "acomp")
        and be.lemma_ == "be"
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in be.children)
    )


def _same_paragraph(doc: Doc, earlier: Token, later: Token) -> bool:
    """Are two words in one paragraph (cleaned text keeps one paragraph per line)?"""
    return earlier.i <= later.i and "\n" not in doc[earlier.i : later.i].text


def _row(
    doc: Doc,
    doc_id: str,
    start: int,
    end: int,
    frame: Frame,
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
        theme_of(span.text, core_of(span), _action_lemma(span)),
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
    root = span.root
    if root.lemma_.lower() in load_lexicon().semi_modals:
        root = _verb_after_need(root, span) or root
    if root.pos_ in ("VERB", "NOUN"):
        return root
    return next((t for t in span if t.pos_ in ("VERB", "NOUN")), span[0])


def _verb_after_need(need: Token, span: Span) -> Token | None:
    """The verb "need to" governs in the span: "X needs to STOP", "the journalists need to be
    RELEASED" (the participle, however the parser hangs it on "be")."""
    verb = next((c for c in need.children if c.dep_ == "xcomp" and span.start <= c.i < span.end), None)
    if verb is not None and verb.lemma_ == "be":
        return next((t for t in verb.subtree if t.tag_ == "VBN"), verb)
    return verb


def _action_lemma(span: Span) -> str:
    """The lemma of the demanded action, a verb or a noun ("immediately FREE all journalists",
    "journalists' RELEASE"), else ""."""
    action = _action(span)
    return action.lemma_ if action.pos_ in ("VERB", "NOUN") else ""


def _sentence_date(dates: Sequence[DateMention], sent_id: int, start: int, end: int) -> str:
    """Value of the first fully known date in the sentence that is not inside the demand itself."""
    for mention in sorted(dates, key=lambda d: d.start_char):
        # a calendar date only: not XXXX-11-20, PRESENT_REF, a decade, a time or a duration
        calendar = mention.type == "date" and mention.value[:4].isdigit() and len(mention.value) >= 4
        if mention.sent_id != sent_id or not calendar or "X" in mention.value:
            continue
        if start <= mention.start_char < end:
            continue
        return mention.value
    return ""
