import pytest

from pipeline.extract.demands.links import link_parties
from pipeline.extract.registry import extract_document
from pipeline.records import Demand, EntityMention


def _demand(actor: str, target: str = "", actor_id: str = "") -> Demand:
    return Demand("d", 0, 1, actor, target, "x", "other", actor_entity_id=actor_id)


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        ("Ms. Marin", "person:marin-full"),
        ("UN Resident Coordinator in Freedonia", "rc"),
        ("the Freedonian authorities", ""),
    ],
)
def test_party_takes_the_id_of_the_longest_entity_it_names(actor, expected):
    entities = [
        EntityMention("d", 0, 5, "PERSON", "Marin", "Ana Marin", entity_id="person:marin-full"),
        EntityMention("d", 9, 11, "ORG", "UN", "United Nations", entity_id="un"),
        EntityMention("d", 20, 43, "ORG", "UN Resident Coordinator", "UN Resident Coordinator", entity_id="rc"),
    ]
    assert link_parties([_demand(actor)], entities)[0].actor_entity_id == expected


def test_gazetteer_id_found_by_the_demand_extractor_is_kept():
    entities = [EntityMention("d", 0, 2, "ORG", "UN", "United Nations", entity_id="un")]
    assert link_parties([_demand("UN experts", actor_id="ohchr")], entities)[0].actor_entity_id == "ohchr"


def test_demand_actor_joins_to_a_person_outside_the_gazetteer(nlp):
    text = (
        "Lena Kowalski, head of the Freedonia Press Union, spoke in Geneva.\n"
        "Ms. Kowalski urged the authorities to release the detained reporters.\n"
    )
    found = extract_document(nlp(text), "d")
    person_ids = {m.entity_id for m in found.entities if m.label == "PERSON"}
    assert [d.actor_entity_id for d in found.demands] == [next(iter(person_ids))]


@pytest.mark.parametrize(
    ("party", "expected"),
    [("the Committee", "cat"), ("The Special Rapporteur", "sr-freedonia"), ("the Court", "")],
)
def test_definite_description_refers_to_the_nearest_body_named_before(party, expected):
    entities = [
        EntityMention("d", 0, 25, "ORG", "Committee against Torture", "Committee against Torture", entity_id="cat"),
        EntityMention(
            "d",
            30,
            59,
            "ORG",
            "Special Rapporteur on Freedonia",
            "Special Rapporteur on Freedonia",
            entity_id="sr-freedonia",
        ),
    ]
    demand = Demand("d", 100, 110, party, "", "x", "other")
    assert link_parties([demand], entities)[0].actor_entity_id == expected
