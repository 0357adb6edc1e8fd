"""Model loading: the gazetteer ruler and the entity rules sit after the statistical NER."""

from __future__ import annotations

import pytest


def test_nlp_gazetteer_ruler_and_rules_follow_ner(nlp):
    names = nlp.pipe_names
    assert names.index("ner") < names.index("entity_ruler") < names.index("hr_entity_rules")


@pytest.mark.parametrize(
    ("text", "surface", "label", "entity_id"),
    [
        ("Belarus rejected the findings of OHCHR.", "Belarus", "GPE", "belarus"),
        ("Belarus rejected the findings of OHCHR.", "OHCHR", "ORG", "ohchr"),
    ],
)
def test_nlp_gazetteer_ids_are_kept_in_ent_id(nlp, text, surface, label, entity_id):
    ents = {e.text: e for e in nlp(text).ents}
    assert (ents[surface].label_, ents[surface].ent_id_) == (label, entity_id)
