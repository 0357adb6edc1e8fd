"""The demand lexicon (`pipeline/data/demand_lexicon.json`), read once: trigger words, modals,
exclusions, action categories; and the verbs recommendations are made of
(`pipeline/data/recommendation_verbs.txt`, counted in UPR Info's database by
`pipeline.classify.verbs`). The only module that parses those files."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache, cached_property

from pipeline import config
from pipeline.nlp.dictionary import recommendation_verbs


@dataclass(frozen=True)
class Lexicon:
    """Word lists that steer the demand rules; `specificity` maps a lemma to its action category."""

    specificity: dict[str, str]
    same_actions: dict[str, str]
    triggers: dict[str, dict]
    document_symbols: dict[str, str]  # UN symbol prefix -> the body issuing it
    need_verbs: frozenset[str]
    need_nouns: frozenset[str]
    passive_need_verbs: frozenset[str]
    reminder_verbs: frozenset[str]
    obligation_nouns: frozenset[str]
    call_nouns: frozenset[str]
    content_nouns: frozenset[str]
    call_noun_verbs: frozenset[str]
    addressing_verbs: frozenset[str]
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
    collective_parties: frozenset[str]
    organisation_nouns: frozenset[str]
    plural_of_nouns: frozenset[str]
    assembly_verbs: frozenset[str]
    closings: frozenset[str]
    closing_formulas: frozenset[str]
    title_nouns: frozenset[str]
    politeness: frozenset[str]
    non_requests: frozenset[str]
    reader_calls: frozenset[str]
    salutations: frozenset[str]
    nameless_salutations: frozenset[str]
    styles_of_address: frozenset[str]
    polite_request_verbs: frozenset[str]
    necessity_adjectives: frozenset[str]
    party_necessity_adjectives: frozenset[str]
    capacity_adjectives: frozenset[str]
    gratitude_adjectives: frozenset[str]
    necessity_nouns: frozenset[str]
    priority_nouns: frozenset[str]
    closing_verbs: frozenset[str]
    linking_adverbs: frozenset[str]
    future_document_modifiers: frozenset[str]
    topic_preps: frozenset[str]
    own_requests: frozenset[str]
    action_nouns: frozenset[str]
    inclusion_verbs: frozenset[str]
    complex_preposition_nouns: frozenset[str]
    cessation_verbs: frozenset[str]
    semi_modals: frozenset[str]
    party_semi_modals: frozenset[str]
    stance_verbs: frozenset[str]
    speaking_verbs: frozenset[str]
    spokesperson_nouns: frozenset[str]
    not_called_for: frozenset[str]
    statement_passives: frozenset[str]
    responses: dict[str, frozenset[str]]
    author_labels: tuple[str, ...] = ()  # in order of preference
    speech_openings: tuple[str, ...] = ()
    recommendation_verbs: frozenset[str] = frozenset()
    irregular_past_forms: dict[str, str] = field(default_factory=dict)

    @cached_property
    def opener_lemmas(self) -> frozenset[str]:
        """Lemmas that may open a demand frame (triggers, need, call, request, gratitude and
        necessity words, semi-modals, obligations): worked out once, not for every document."""
        return frozenset(
            self.triggers.keys()
            | self.need_nouns
            | self.passive_need_verbs
            | self.reminder_verbs
            | self.call_nouns
            | self.polite_request_verbs
            | self.gratitude_adjectives
            | self.necessity_adjectives
            | self.party_necessity_adjectives
            | self.necessity_nouns
            | self.semi_modals
            | self.party_semi_modals
            | self.obligation_nouns
        )


@cache
def load_lexicon() -> Lexicon:
    """The lexicon of the package data, read once per process."""
    data = json.loads((config.DATA_DIR / "demand_lexicon.json").read_text(encoding="utf-8"))
    sets = {
        name: frozenset(data[name])
        for name in (
            "need_verbs",
            "need_nouns",
            "passive_need_verbs",
            "reminder_verbs",
            "obligation_nouns",
            "call_nouns",
            "content_nouns",
            "call_noun_verbs",
            "addressing_verbs",
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
            "collective_parties",
            "organisation_nouns",
            "plural_of_nouns",
            "assembly_verbs",
            "closings",
            "closing_formulas",
            "title_nouns",
            "politeness",
            "non_requests",
            "reader_calls",
            "salutations",
            "nameless_salutations",
            "styles_of_address",
            "polite_request_verbs",
            "necessity_adjectives",
            "party_necessity_adjectives",
            "capacity_adjectives",
            "gratitude_adjectives",
            "necessity_nouns",
            "priority_nouns",
            "closing_verbs",
            "linking_adverbs",
            "future_document_modifiers",
            "topic_preps",
            "own_requests",
            "action_nouns",
            "inclusion_verbs",
            "complex_preposition_nouns",
            "cessation_verbs",
            "semi_modals",
            "party_semi_modals",
            "stance_verbs",
            "speaking_verbs",
            "spokesperson_nouns",
            "not_called_for",
            "statement_passives",
        )
    }
    specificity = {lemma: level for level, lemmas in data["specificity"].items() for lemma in lemmas}
    responses = {name: frozenset(lemmas) for name, lemmas in data["responses"].items()}
    verbs = recommendation_verbs()
    return Lexicon(
        specificity=specificity,
        same_actions=data["same_actions"],
        triggers=data["triggers"],
        document_symbols=data["document_symbols"],
        responses=responses,
        author_labels=tuple(data["author_labels"]),
        speech_openings=tuple(data["speech_openings"]),
        recommendation_verbs=verbs,
        irregular_past_forms=data["irregular_past_forms"],
        **sets,
    )
