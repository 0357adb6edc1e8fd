"""Demands join to entities: a demand's actor and target get the id of an entity the document names."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from pipeline.extract.demands.lexicon import Lexicon, load_lexicon
from pipeline.nlp.gazetteer import default_gazetteer, state_named
from pipeline.records import Demand, EntityMention

__all__ = ["link_parties", "name_head"]


def link_parties(demands: list[Demand], entities: list[EntityMention]) -> list[Demand]:
    """Name each demand's actor and target as the document does, and fill their entity ids from
    the document's entity mentions.

    Naming: a short reference to a party the document names in full is written as that full name
    (`fuller_name`: "Zeid" -> "Zeid Ra'ad Al Hussein", "the Council" -> "United Nations Human
    Rights Council", "the organisation added" -> "Amnesty International"), and an actor written as
    an abbreviation with its short name ("The EU" -> "European Union (EU)"), so a table grouped by
    actor counts one party once.

    Ids: the demand extractor knows gazetteer ids only; a person or body outside the gazetteer ("Ms.
    Marin" after "Anaïs Marin") gets the id that entities.csv gives it, so demands join to entities.
    The longest mention named in the party's words wins ("UN Resident Coordinator" over "UN").
    A definite description ("the Committee", "the Special Rapporteur") refers back to the nearest
    organisation mentioned before the demand whose name has that head word.
    """
    named = sorted({(_words(m.text), m.entity_id) for m in entities if m.entity_id}, key=lambda x: (-len(x[0]), x))
    organisations = sorted(
        (m for m in entities if m.entity_id and m.label == "ORG"), key=lambda m: (m.start_char, m.end_char)
    )
    persons = [m for m in entities if m.label == "PERSON"]
    expansions = _abbreviation_expansions(entities)
    lexicon = load_lexicon()

    def entity_of(party: str, position: int) -> str:
        if not party:
            return ""
        words = _words(party)
        found = next((eid for text, eid in named if text in words), "")
        head = _DEFINITE.fullmatch(party.strip())
        if found or head is None:
            return found
        earlier = [m for m in organisations if m.start_char < position and _words(head.group(1)) in _words(m.canonical)]
        return earlier[-1].entity_id if earlier else ""

    linked = []
    speaking = ""  # the organisation last named as an actor: who "the organisation" is
    calling = ""  # the party last named as an actor: who issued "the letter" no one is named as writing
    addressed = ""  # the party last named as a target: who "you" are in a letter the story quotes
    actors = [d.actor for d in demands]  # (who later demands are made by: who a lede's unnamed "rights group" is)
    for n, demand in enumerate(demands):
        actor = fuller_name(demand.actor, demand.start_char, persons, organisations, lexicon, speaking, actors[n + 1 :])
        actor = expansions.get(_without_article(actor), actor)
        if _names_a_document(actor, lexicon):
            # "29 rights groups called on the Prime Minister to ... '"We urge your government ...," says
            # the letter': the letter of those who called
            actor = calling or actor
        elif actor and actor.casefold() not in _PRONOUNS:
            calling = actor
        # a target is named more loosely ("the Court" of a hearing that cites other courts): only
        # a person's short name is written in full
        target = fuller_name(demand.target, demand.start_char, persons, [], lexicon) if demand.target else ""
        if _SECOND_PERSON.fullmatch(target.strip()):
            # "called on the Prime Minister to free X ... '"We urge your government to ...," says the
            # letter': the letter quoted is to the party the story named as addressed
            target = addressed or target
        elif target and target.casefold() not in _PRONOUNS:
            addressed = target
        if any(m.canonical == actor or m.text == _without_article(actor) for m in organisations):
            speaking = actor
        linked.append(
            replace(
                demand,
                actor=actor,
                target=target,
                actor_entity_id=demand.actor_entity_id or entity_of(demand.actor, demand.start_char),
                target_entity_id=demand.target_entity_id or entity_of(demand.target, demand.start_char),
            )
        )
    return _states_address_the_state_addressed(linked)


# A State's demands that name no addressee go to the State that its other demands address when at
# least this share of the addressed demands (and two of them) address it.
_STATE_ADDRESSED_SHARE = 2 / 3


def _states_address_the_state_addressed(demands: list[Demand]) -> list[Demand]:
    """A demand a State makes with no addressee, in a text whose demands address one State ("Denmark
    recommended that Colombia ... Japan requested more efforts to improve the country's human rights
    situation", a UPR Working Group's summary of the dialogue), is addressed to that State."""
    gazetteer = default_gazetteer()
    targets = Counter(d.target for d in demands if d.target)
    if not targets:
        return demands
    state, n = targets.most_common(1)[0]
    addressed = state_named(gazetteer, state)
    if addressed is None or n < 2 or n < _STATE_ADDRESSED_SHARE * sum(targets.values()):
        return demands
    return [
        replace(d, target=state, target_entity_id=addressed.id)
        if not d.target and d.actor and (s := state_named(gazetteer, d.actor)) is not None and s.id != addressed.id
        else d
        for d in demands
    ]


def fuller_name(
    party: str,
    position: int,
    persons: list[EntityMention],
    organisations: list[EntityMention],
    lexicon: Lexicon,
    speaking: str = "",
    later_actors: Sequence[str] = (),
) -> str:
    """The name the document gives a party written short; the party as written otherwise.

    - a person's surname or short name, with or without a courtesy title ("Zeid", "Mr. Ahmadi"):
      the longest name the document writes for the same person ("Zeid Ra'ad Al Hussein", "Huzefa
      Ahmadi"), else the party as written;
    - "the" + a capitalised head ("the Council", "The Collective"): the nearest organisation named
      before the demand whose name has that head as its own (not "Group of Friends of the
      Secretary-General" for "the Secretary-General"), when that name is longer ("United Nations
      Human Rights Council", "CSO Collective"); not an acronym ("the UN" stays);
    - "the" + a noun for organisations in general ("the organisation", "the press freedom group";
      `organisation_nouns` of the demand lexicon): `speaking`, the organisation last named as an
      actor, else the organisation named most often before the demand;
    - "a" or no article + such a noun ("A prominent human rights group", a headline's "Rights group"):
      the first organisation named after the demand that a later demand names as its actor
      (`later_actors`): a lede holds the name back for the next paragraph.

    Targets are passed without `organisations`: only a person's short name is written in full.
    """
    if not party:
        return party
    name = _COURTESY_TITLE.sub("", _without_article(party), count=1)
    mention = next((m for m in persons if m.text == name), None)
    if mention is not None:
        # the longest form the document itself writes ("Tikhanovsky" -> "Sergei Tikhanovsky"), not
        # a gazetteer's canonical spelling ("Siarhei Tsikhanouski"; `actor_entity_id` links it)
        forms = [m.text for m in persons if m.canonical == mention.canonical]
        if not _in_gazetteer(mention):
            forms.append(mention.canonical)  # the name the document's entity index gave the person
        fullest = max(forms, key=len)
        return fullest if len(fullest) > len(name) else party
    before = [m for m in organisations if m.start_char < position]
    head = _DEFINITE.fullmatch(party.strip())
    if head is not None:
        words = head.group(1)
        if words.isupper():
            return party
        earlier = [m for m in before if name_head(m.canonical).endswith(_words(words))]
        fuller = earlier[-1].canonical if earlier else ""
        return fuller if len(fuller.split()) > len(words.split()) else party
    generic = _GENERIC_DESCRIPTION.fullmatch(party.strip())
    if generic is not None and generic.group(1).lower() in lexicon.organisation_nouns:
        return speaking or _most_named(before) or party
    unnamed = _INDEFINITE_DESCRIPTION.fullmatch(party.strip())
    if unnamed is not None and unnamed.group(1).lower() in lexicon.organisation_nouns:
        # a lede that holds the name back ("A prominent human rights group called upon X ..." /
        # "Amnesty International said ..."; a headline's "Rights group urges X"): the organisation
        # the text names next
        later = [_words(actor) for actor in later_actors if actor]
        after = (m for m in organisations if m.start_char > position)
        named = next(
            (m for m in after if any(_words(m.text) in words or _words(m.canonical) in words for words in later)), None
        )
        return named.canonical if named is not None else party
    return party


_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "it", "you"})
# "you", "your government", "Your Excellency's Government": the reader of a letter
_SECOND_PERSON = re.compile(r"(?i:you|your(?:\s+[\w’']+){1,2})")


def _names_a_document(party: str, lexicon: Lexicon) -> bool:
    """Is the party a document and nothing more ("the letter", "the joint statement")?"""
    found = _GENERIC_DESCRIPTION.fullmatch(party.strip())
    return found is not None and found.group(1).lower() in lexicon.document_nouns


def _in_gazetteer(mention: EntityMention) -> bool:
    """Is the mention linked to a gazetteer entry (whose canonical spelling may be another
    transliteration) rather than to a name of the document's own ("person:..." ids)?"""
    return bool(mention.entity_id) and not mention.entity_id.startswith(f"{mention.label.lower()}:")


def _abbreviation_expansions(entities: list[EntityMention]) -> dict[str, str]:
    """Abbreviations the document's entities spell out, written as the name with the abbreviation
    kept in brackets: "EU" -> "European Union (EU)" (from the gazetteer), "CAT" -> "Committee
    against Torture (CAT)" (defined in the text). Only names of up to `_MAX_EXPANDED_WORDS` words."""
    expansions = {}
    for m in entities:
        short_name = m.canonical != m.text and len(m.canonical.split()) <= _MAX_EXPANDED_WORDS
        if m.label != "PERSON" and short_name and _ABBREVIATION.fullmatch(m.text):
            expansions.setdefault(m.text, f"{m.canonical} ({m.text})")
    return expansions


def _most_named(mentions: list[EntityMention]) -> str:
    """The canonical name mentioned most often (the nearest of equals, `mentions` in text order):
    the organisation a story is about, as "the watchdog" after "Amnesty International: ..." and
    "... the Appeal Court has overturned ..." means Amnesty."""
    counts = Counter(m.canonical for m in mentions)
    last = {m.canonical: i for i, m in enumerate(mentions)}
    return max(counts, key=lambda name: (counts[name], last[name]), default="")


def name_head(name: str) -> str:
    """A name up to its head word, as `_words` writes it: "Committee against Torture" ->
    " Committee ", "Group of Friends of the Secretary-General" -> " Group ", "United Nations Human
    Rights Council" -> the whole name."""
    return _words(_NAME_COMPLEMENT.split(name, maxsplit=1)[0])


def _without_article(party: str) -> str:
    return re.sub(r"^(?i:the)\s+", "", party.strip())


# "the Committee", "The Special Rapporteur": a capitalised head noun after "the" names a body
# mentioned before; the group is the head word as `_words` writes it.
_DEFINITE = re.compile(r"(?i:the)\s+((?:[A-Z][\w-]*\s+)*[A-Z][\w-]*)")


def _words(text: str) -> str:
    """Space-separated words with a space at each end, for whole-word containment tests."""
    return f" {' '.join(_WORD.findall(text))} "


_WORD = re.compile(r"[\w.’'-]+")

# where a body's name goes on after its head: "Committee against Torture", "Group of Friends of ..."
_NAME_COMPLEMENT = re.compile(r"\s(?:of|on|for|against|to|in)\s")

# an abbreviation: capital letters, maybe with lower-case ones inside ("EU", "OHCHR", "AsiaDHRRA")
_ABBREVIATION = re.compile(r"[A-Z][A-Za-z]*[A-Z]")
# Longer names stay abbreviated, as writers and readers keep "OHCHR", "UNHCR", "ODIHR": on the
# 13th-33rd sets the actor fell on five sets when names of any length were written out.
_MAX_EXPANDED_WORDS = 3

# "Mr. Ahmadi", "Ms Marin", "Dr. Mukwege": a courtesy title is not part of the name
_COURTESY_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+")

# "the organisation", "The press freedom group", "the 27-nation bloc": "the", lower-case words (or
# a number joined to one), and the noun last
_GENERIC_DESCRIPTION = re.compile(r"(?i:the)\s+(?:[a-z0-9-]+\s+)*([a-z-]+)")
# "A prominent human rights group", "Rights group": an organisation not named, with "a" or no article
_INDEFINITE_DESCRIPTION = re.compile(r"(?:[Aa]n?\s+)?(?:(?!(?i:the|by|of|in|for|on)\s)[\w-]+\s+)*?([a-z-]+)")
