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


_NAMED_BEFORE = [
    EntityMention("d", 0, 21, "PERSON", "Zeid Ra'ad Al Hussein", "Zeid Ra'ad Al Hussein"),
    EntityMention("d", 30, 34, "PERSON", "Zeid", "Zeid Ra'ad Al Hussein"),
    EntityMention("d", 40, 46, "PERSON", "Ahmadi", "Huzefa Ahmadi"),
    EntityMention("d", 50, 85, "ORG", "Human Rights Council", "United Nations Human Rights Council", entity_id="hrc"),
    EntityMention("d", 90, 92, "ORG", "UN", "United Nations", entity_id="un"),
    EntityMention(
        "d", 95, 130, "ORG", "Group of Friends", "Group of Friends of the Secretary-General", entity_id="gof"
    ),
]


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        # a surname, with or without a courtesy title, is the person the document named in full
        ("Zeid", "Zeid Ra'ad Al Hussein"),
        ("Mr. Ahmadi", "Huzefa Ahmadi"),
        # "the" + a body's head word is the body named before with that head
        ("the Council", "United Nations Human Rights Council"),
        ("The Council", "United Nations Human Rights Council"),
        # ... not an acronym (written out as its own name), and not a name whose head is another word
        ("the UN", "United Nations (UN)"),
        ("the Secretary-General", "the Secretary-General"),
        # a party written in full stays as written
        ("the Freedonian authorities", "the Freedonian authorities"),
    ],
)
def test_short_reference_to_a_party_is_written_as_the_name_the_document_gives_it(actor, expected):
    demand = Demand("d", 200, 210, actor, "", "x", "other")
    assert link_parties([demand], _NAMED_BEFORE)[0].actor == expected


def test_a_gazetteer_persons_other_spelling_stays_as_the_document_writes_it():
    entities = [
        EntityMention("d", 0, 18, "PERSON", "Sergei Tikhanovsky", "Siarhei Tsikhanouski", "siarhei-tsikhanouski"),
        EntityMention("d", 40, 51, "PERSON", "Tikhanovsky", "Siarhei Tsikhanouski", "siarhei-tsikhanouski"),
        EntityMention("d", 60, 70, "PERSON", "Lukashenko", "Alexander Lukashenka", "alexander-lukashenka"),
    ]
    demands = [Demand("d", 200, 210, actor, "", "x", "other") for actor in ("Tikhanovsky", "Lukashenko")]
    assert [d.actor for d in link_parties(demands, entities)] == ["Sergei Tikhanovsky", "Lukashenko"]


def test_target_is_written_in_full_only_for_a_person():
    demands = [Demand("d", 200, 210, "UN experts", target, "x", "other") for target in ("the Council", "Mr. Ahmadi")]
    assert [d.target for d in link_parties(demands, _NAMED_BEFORE)] == ["the Council", "Huzefa Ahmadi"]


def test_the_organisation_is_the_one_last_named_as_actor(nlp):
    text = (
        "Amnesty International said the authorities of Freedonia must release the students.\n"
        "'The Ministry of Interior must also stop harassing their families,' the organisation added.\n"
    )
    found = extract_document(nlp(text), "d")
    assert [d.actor for d in found.demands] == ["Amnesty International", "Amnesty International"]


def test_the_watchdog_is_the_organisation_the_story_names_most(nlp):
    text = (
        "Amnesty International: the overturning of the acquittal is unlawful\n\n"
        "Amnesty International described the ruling as unlawful. Shortly after the Appeal Court of Freedonia"
        " overturned the acquittal, the watchdog called for the release of the opposition leader.\n"
    )
    found = extract_document(nlp(text), "d")
    assert [d.actor for d in found.demands] == ["Amnesty International"]


def test_a_rights_group_a_lede_leaves_unnamed_is_the_one_the_story_names_next_as_calling(nlp):
    text = (
        "A prominent human rights group called on Freedonia on Friday to release the detained students.\n\n"
        "The Freedonia Times reported the arrests last week.\n\n"
        "Human Rights Watch urged the authorities to drop all charges against them.\n"
    )
    found = extract_document(nlp(text), "d")
    # the newspaper named first calls for nothing: not the group
    assert [d.actor for d in found.demands] == ["Human Rights Watch", "Human Rights Watch"]


def test_the_27_nation_bloc_is_the_union_of_states_last_named_as_actor(nlp):
    text = (
        "The European Union on Monday called on Freedonia to release people arrested during the protests.\n\n"
        '"We urge the Freedonian government to release all arbitrarily detained protesters," the 27-nation bloc'
        " said in a statement.\n"
    )
    found = extract_document(nlp(text), "d")
    assert [d.actor for d in found.demands] == ["The European Union", "The European Union"]


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        ("The EU", "European Union (EU)"),
        ("CAT", "Committee against Torture (CAT)"),
        ("OHCHR", "OHCHR"),  # a long name stays abbreviated
        ("the Freedonian authorities", "the Freedonian authorities"),
    ],
)
def test_abbreviated_actor_is_written_with_its_short_name(actor, expected):
    entities = [
        EntityMention("d", 0, 2, "ORG", "EU", "European Union", entity_id="eu"),
        EntityMention("d", 5, 8, "ORG", "CAT", "Committee against Torture", entity_id="org:cat"),
        EntityMention(
            "d",
            10,
            15,
            "ORG",
            "OHCHR",
            "Office of the United Nations High Commissioner for Human Rights",
            entity_id="ohchr",
        ),
    ]
    assert link_parties([_demand(actor)], entities)[0].actor == expected


# a story that names who called and on whom, then quotes their letter
_STORY_QUOTING_A_LETTER = (
    "A coalition of 14 press groups today called on the new Prime Minister to free the jailed editors.\n\n"
    '"We {request} to end the prosecution of reporters for their work," says the letter.\n'
)


def test_a_letter_no_one_is_named_as_writing_is_the_letter_of_those_who_last_called(nlp):
    text = _STORY_QUOTING_A_LETTER.format(request="appeal to you")
    found = extract_document(nlp(text), "d")
    assert [d.actor for d in found.demands] == ["A coalition of 14 press groups"] * 2


def test_you_in_a_quoted_letter_is_the_party_the_story_named_as_addressed(nlp):
    text = _STORY_QUOTING_A_LETTER.format(request="urge your government")
    found = extract_document(nlp(text), "d")
    assert [d.target for d in found.demands] == ["the new Prime Minister"] * 2


def test_a_states_demand_with_no_addressee_goes_to_the_state_the_others_address():
    demands = [
        Demand("d", 0, 10, "Denmark", "Colombia", "ratify the Optional Protocol", "other"),
        Demand("d", 20, 30, "Slovenia", "Colombia", "recognize conscientious objection", "other"),
        Demand("d", 40, 50, "Japan", "", "more efforts to improve the human rights situation", "other"),
        Demand("d", 60, 70, "Amnesty International", "", "an end to impunity", "other"),
    ]
    assert [d.target for d in link_parties(demands, [])] == ["Colombia", "Colombia", "Colombia", ""]


def test_a_states_demand_keeps_no_addressee_when_the_others_address_several():
    demands = [
        Demand("d", 0, 10, "Denmark", "Colombia", "ratify the Optional Protocol", "other"),
        Demand("d", 20, 30, "Slovenia", "Peru", "recognize conscientious objection", "other"),
        Demand("d", 40, 50, "Japan", "", "more efforts to improve the human rights situation", "other"),
    ]
    assert [d.target for d in link_parties(demands, [])] == ["Colombia", "Peru", ""]


def test_the_rights_body_is_the_organisation_last_named_as_actor(nlp):
    text = (
        "Human Rights Watch urged the government of Freedonia to close the safe houses.\n\n"
        '"The authorities should immediately release all detainees held in such places," the global rights body'
        " said.\n"
    )
    found = extract_document(nlp(text), "d")
    assert [d.actor for d in found.demands] == ["Human Rights Watch", "Human Rights Watch"]
