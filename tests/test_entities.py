"""Entity extraction on short texts written for these tests (not taken from the bundled corpus)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities import extract_entities
from pipeline.extract.entity_index import build_entity_index
from pipeline.nlp.sentences import sentence_index
from pipeline.records import EntityMention


def _entities(nlp, text: str) -> list[EntityMention]:
    doc = nlp(text)
    return extract_entities(doc, "t", sentence_index(doc))


def _by_text(mentions: list[EntityMention]) -> dict[str, EntityMention]:
    return {m.text: m for m in mentions}


@pytest.mark.parametrize(
    ("text", "acronym", "expansion"),
    [
        (
            "The Minsk Legal Aid Network (MLAN) filed an appeal on Tuesday. According to MLAN, the court "
            "ignored the evidence.",
            "MLAN",
            "Minsk Legal Aid Network",
        ),
        (
            "The report of the Office of the High Commissioner for Human Rights (OHCHR) was welcomed. "
            "OHCHR asked for access.",
            "OHCHR",
            "Office of the United Nations High Commissioner for Human Rights",
        ),
    ],
)
def test_entities_acronym_in_parentheses_links_to_its_expansion(nlp, text, acronym, expansion):
    mentions = _entities(nlp, text)
    acronyms = [m for m in mentions if m.text == acronym]
    assert acronyms, mentions
    full = next(m for m in mentions if m.text != acronym and m.label == "ORG")
    assert {m.canonical for m in acronyms} == {expansion} == {full.canonical}
    assert {m.entity_id for m in acronyms} == {full.entity_id}


@pytest.mark.parametrize(
    ("text", "surname", "full_name"),
    [
        (
            "Human rights lawyer Yuliya Marozava was detained in Hrodna. Marozava's colleagues said she had "
            "been beaten.",
            "Marozava",
            "Yuliya Marozava",
        ),
        (
            "Council of Europe Commissioner for Human Rights Dunja Kovacevic called for her release. "
            "Kovacevic also met civil society.",
            "Kovacevic",
            "Dunja Kovacevic",
        ),
        (
            "The UN Working Group on Arbitrary Detention found that the detention of Andrei Kazlouski was "
            "arbitrary. Kazlouski remains in prison.",
            "Kazlouski",
            "Andrei Kazlouski",
        ),
    ],
)
def test_entities_surname_links_to_full_name_in_same_document(nlp, text, surname, full_name):
    mentions = [m for m in _entities(nlp, text) if m.label == "PERSON"]
    by_text = _by_text(mentions)
    assert by_text[surname].canonical == full_name
    assert by_text[surname].entity_id == by_text[full_name].entity_id


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "OSCE Representative on Freedom of the Media Teresa Ribeiro criticised the verdict.",
            "Teresa Ribeiro",
            "OSCE Representative on Freedom of the Media",
        ),
        (
            "Council of Europe Commissioner for Human Rights Dunja Kovacevic called for her release.",
            "Dunja Kovacevic",
            "Council of Europe Commissioner for Human Rights",
        ),
        ("Human rights lawyer Yuliya Marozava was detained in Hrodna.", "Yuliya Marozava", "lawyer"),
        (
            "The Special Rapporteur on the situation of human rights in Belarus, Nils Muižnieks, spoke on Monday.",
            "Nils Muižnieks",
            "Special Rapporteur on the situation of human rights in Belarus",
        ),
        (
            "President Lukashenko told reporters in Minsk that the protests were organised abroad.",
            "Lukashenko",
            "President",
        ),
    ],
)
def test_entities_title_in_front_of_name_goes_to_role_column(nlp, text, name, role):
    person = _by_text(_entities(nlp, text))[name]
    assert person.label == "PERSON"
    assert person.role == role
    assert role not in person.text


@pytest.mark.parametrize("text", ["Observers met representatives of the Lukashenko government in Minsk on Friday."])
def test_entities_name_used_as_modifier_gets_no_role(nlp, text):
    person = _by_text(_entities(nlp, text))["Lukashenko"]
    assert person.role == ""


@pytest.mark.parametrize(
    ("text", "surface", "canonical", "entity_id", "label"),
    [
        (
            "Belarus has ignored the Committee against Torture for years.",
            "Committee against Torture",
            "Committee against Torture",
            "cat",
            "ORG",
        ),
        (
            "Speaking in Vilnius, she thanked the UN Refugee Agency.",
            "UN Refugee Agency",
            "United Nations High Commissioner for Refugees",
            "unhcr",
            "ORG",
        ),
        ("Delegates of the Russian Federation objected.", "Russian Federation", "Russia", "russia", "GPE"),
        ("GENEVA (14 May 2023) – UN experts today expressed alarm.", "GENEVA", "Geneva", "geneva", "GPE"),
        (
            "The verdict was criticised by HRC “Viasna” and others.",
            "HRC “Viasna",
            "Human Rights Centre Viasna",
            "viasna",
            "ORG",
        ),
        (
            "The UN Children's Fund warned about detained minors.",
            "UN Children's Fund",
            "United Nations Children's Fund",
            "unicef",
            "ORG",
        ),
    ],
)
def test_entities_gazetteer_names_take_canonical_name_and_id(nlp, text, surface, canonical, entity_id, label):
    mention = _by_text(_entities(nlp, text))[surface]
    assert (mention.canonical, mention.entity_id, mention.label) == (canonical, entity_id, label)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Questions should go to the Europe and Central Asia Section by email.", "Europe and Central Asia Section"),
        ("The Minsk City Court sentenced the journalist to two years.", "Minsk City Court"),
    ],
)
def test_entities_capitalised_phrase_with_organisation_head_is_one_organisation(nlp, text, expected):
    orgs = [m.text for m in _entities(nlp, text) if m.label == "ORG"]
    assert expected in orgs


@pytest.mark.parametrize(
    ("text", "not_an_entity"),
    [
        ("Digital rights\nHuman rights and COVID-19\nPeople with Disabilities during COVID-19", "COVID-19"),
        ("The Senior Human Rights Adviser will support the national action plan.", "Senior Human Rights Adviser"),
        ("The government adopted the National Plan of Gender Equality in spring.", "National Plan of Gender Equality"),
        ("An Azerbaijani journalist was refused entry at the border.", "Azerbaijani"),
    ],
)
def test_entities_titles_documents_groups_and_diseases_are_not_entities(nlp, text, not_an_entity):
    assert not_an_entity not in {m.text for m in _entities(nlp, text)}


@pytest.mark.parametrize("text", ["Read more\nHuman Rights Council\nStatement by the delegation\nBelarus"])
def test_entities_never_cross_a_line_break(nlp, text):
    mentions = _entities(nlp, text)
    assert mentions
    assert all("\n" not in m.text for m in mentions)


@pytest.mark.parametrize(
    "text",
    [
        "The Third Committee of the UN General Assembly adopted the text in New York. The OHCHR report on "
        "Belarus was presented by UN High Commissioner Volker Türk.",
    ],
)
def test_entities_offsets_point_at_surface_text(nlp, text):
    for m in _entities(nlp, text):
        assert text[m.start_char : m.end_char] == m.text


@pytest.mark.parametrize(
    ("text", "inner", "inner_id"),
    [
        ("The Third Committee of the UN General Assembly adopted the text.", "UN General Assembly", "unga"),
        ("The project is paid for by the UNDG Human Rights Mainstreaming Fund.", "UNDG", "unsdg"),
    ],
)
def test_entities_known_organisation_inside_a_longer_name_is_also_a_mention(nlp, text, inner, inner_id):
    mention = _by_text(_entities(nlp, text))[inner]
    assert mention.entity_id == inner_id
    assert text[mention.start_char : mention.end_char] == inner


@pytest.mark.parametrize(
    ("text", "modifier"),
    [
        ("The UN Human Rights Council met in Geneva on Monday.", "UN Human Rights"),
        ("The head of HRC “Viasna” was arrested.", "HRC"),
    ],
)
def test_entities_gazetteer_name_used_as_modifier_is_not_nested(nlp, text, modifier):
    assert modifier not in {m.text for m in _entities(nlp, text)}


@pytest.mark.parametrize(
    "texts",
    [
        (
            "The Minsk City Court sentenced Yuliya Marozava. OHCHR condemned it.",
            "Marozava appealed. The Office of the United Nations High Commissioner for Human Rights was informed.",
        )
    ],
)
def test_entity_index_one_row_per_canonical_entity_across_documents(nlp, texts):
    mentions = []
    for n, text in enumerate(texts):
        doc = nlp(text)
        mentions += extract_entities(doc, f"d{n}", sentence_index(doc))
    index = {row.entity_id: row for row in build_entity_index(mentions)}
    assert index["ohchr"].n_documents == 2
    assert index["ohchr"].n_mentions == 2
    assert index["ohchr"].aliases == "OHCHR | Office of the United Nations High Commissioner for Human Rights"
    assert index["ohchr"].wikidata_id == "Q1140103"
    court = index["org:minsk-city-court"]
    assert (court.label, court.canonical, court.n_documents) == ("ORG", "Minsk City Court", 1)
    assert build_entity_index(mentions) == build_entity_index(list(reversed(mentions)))


@pytest.mark.parametrize("text", ["Ales Bialiatski of Viasna met the OSCE in Vienna. Bialiatski spoke first."])
def test_entities_are_deterministic(nlp, text):
    assert _entities(nlp, text) == _entities(nlp, text)


def test_entity_index_table_matches_entities_table(corpus_run):
    from pipeline.store.load import load_table

    entities = load_table("entities", corpus_run)
    index = load_table("entity_index", corpus_run)
    assert (entities["entity_id"] != "").all()
    assert index["entity_id"].is_unique
    assert set(index["entity_id"]) == set(entities["entity_id"])
    assert index["n_mentions"].sum() == len(entities)
    per_entity = entities.groupby("entity_id")["doc_id"].nunique()
    assert (index.set_index("entity_id")["n_documents"] == per_entity).all()
    known = index.set_index("entity_id")
    assert known.loc["belarus", "wikidata_id"] == "Q184"
    assert known.loc["belarus", "n_documents"] == 5


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Olga Brzhezinskaya, Deputy Minister of Justice, presented the report.", "Olga Brzhezinskaya"),
        ("The report was introduced by Tomas Vaitkus, the Ambassador of Freedonia.", "Tomas Vaitkus"),
    ],
)
def test_name_followed_by_a_title_is_a_person(nlp, text, person):
    doc = nlp(text)
    assert person in {e.text for e in doc.ents if e.label_ == "PERSON"}


@pytest.mark.parametrize("text", ["The Committee urged the State party to act.", "Member States should cooperate."])
def test_treaty_body_vocabulary_is_not_an_entity(nlp, text):
    doc = nlp(text)
    assert not {e.text for e in doc.ents} & {"State party", "Member States"}


def test_acronym_defined_in_the_text_overrides_the_gazetteer_meaning(nlp):
    text = (
        "The International Commission of Jurists (ICJ) and Lawyers for Lawyers published a report.\n"
        "The ICJ said lawyers in Freedonia face disbarment.\n"
    )
    mentions = _entities(nlp, text)
    assert {m.canonical for m in mentions if m.text == "ICJ"} == {"International Commission of Jurists"}


@pytest.mark.parametrize("heading", ["I. Introduction", "IV. Conclusions and recommendations", "2.1 Methodology"])
def test_report_section_headings_are_not_organisations(nlp, heading):
    doc = nlp(f"{heading}\nThe Special Rapporteur visited Freedonia in 2022.\n")
    assert not [
        e for e in doc.ents if e.label_ in ("PERSON", "ORG", "GPE", "LOC") and e.text.startswith(heading.split()[0])
    ]
