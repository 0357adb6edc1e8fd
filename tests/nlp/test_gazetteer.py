"""The gazetteer data files and the patterns generated from them."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.tokens import Span

from pipeline.nlp.entity_rules import EntityRules
from pipeline.nlp.gazetteer import (
    GazetteerError,
    build_gazetteer,
    default_gazetteer,
    default_lexicon,
    normalise,
    parse_entries,
    read_gazetteer,
)
from pipeline.nlp.model import add_gazetteer


def test_gazetteer_shipped_files_load_and_cover_the_human_rights_system():
    gazetteer = default_gazetteer()
    for entity_id in (
        "ohchr",
        "unhrc",
        "ccpr",
        "cat",
        "ced",
        "crpd",
        "sr-belarus",
        "unga-third-committee",
        "osce",
        "odihr",
        "viasna",
        "belarus",
    ):
        assert entity_id in gazetteer.by_id
    assert len(gazetteer.entries) > 300


@pytest.mark.parametrize(
    ("name", "entity_id"),
    [
        ("OHCHR", "ohchr"),
        ("the Human Rights Council", "unhrc"),
        ("Miklos Haraszti", "miklos-haraszti"),
        ("U.K.", "united-kingdom"),
        ("the former Yugoslav Republic of Macedonia", "north-macedonia"),  # its name in the UN until 2019
    ],
)
def test_gazetteer_lookup_ignores_case_accents_and_punctuation(name, entity_id):
    assert default_gazetteer().lookup(name).id == entity_id


def test_gazetteer_adding_one_line_adds_an_entity(tmp_path):
    line = {"id": "minsk-legal-aid", "label": "ORG", "canonical": "Minsk Legal Aid", "aliases": ["MLA"], "wikidata": ""}
    (tmp_path / "gazetteer_extra.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    gazetteer = read_gazetteer(tmp_path)
    assert gazetteer.lookup("MLA").canonical == "Minsk Legal Aid"
    nlp = spacy.blank("en")
    add_gazetteer(nlp, folder=str(tmp_path))  # through the components' config
    doc = nlp("Lawyers of Minsk Legal Aid and MLA staff met.")
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents] == [
        ("Minsk Legal Aid", "ORG", "minsk-legal-aid"),
        ("MLA", "ORG", "minsk-legal-aid"),
    ]
    assert nlp.get_pipe("hr_entity_rules").gazetteer.lookup("MLA").id == "minsk-legal-aid"


def test_gazetteer_id_defaults_to_slug_of_canonical():
    [entry] = parse_entries(['{"label": "PERSON", "canonical": "Anaïs Marin"}'])
    assert entry.id == "anais-marin"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"label": "THING", "canonical": "X"}', "label must be one of"),
        ('{"label": "ORG", "canonical": ""}', "'canonical'"),
        ('{"label": "ORG", "canonical": "X", "aliases": "Y"}', "'aliases'"),
        ('{"label": "ORG", "canonical": "X", "wikidata": "42"}', "'wikidata'"),
        ('{"id": "Bad Id", "label": "ORG", "canonical": "X"}', "'id'"),
        ('{"label": "GPE", "canonical": "X", "ambiguous": "yes"}', "'ambiguous'"),
    ],
)
def test_gazetteer_malformed_line_names_file_and_line(line, message):
    with pytest.raises(GazetteerError, match=message) as error:
        parse_entries(["", line], "extra.jsonl")
    assert "extra.jsonl:2" in str(error.value)


def test_gazetteer_same_name_for_two_entities_is_an_error():
    entries = parse_entries(
        [
            '{"id": "a", "label": "ORG", "canonical": "Alpha", "aliases": ["AB"]}',
            '{"id": "b", "label": "ORG", "canonical": "AB"}',
        ]
    )
    with pytest.raises(GazetteerError, match="listed for both"):
        build_gazetteer(entries)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Children’s", "childrens"),
        ("Children's", "childrens"),
        ("the OSCE/ODIHR", "osce odihr"),
        # letters with a stroke, which Unicode does not decompose
        ("Lê Đình Lượng", "le dinh luong"),
        ("Lech Wałęsa", "lech walesa"),
    ],
)
def test_gazetteer_normalise(text, expected):
    assert normalise(text) == expected


def test_gazetteer_patterns_accept_either_apostrophe_and_quotes_between_words():
    nlp = spacy.blank("en")
    gazetteer = build_gazetteer(parse_entries(['{"id": "f", "label": "ORG", "canonical": "Children\'s Fund Viasna"}']))
    nlp.add_pipe("gazetteer_ruler").initialize(nlp=nlp, gazetteer=gazetteer)
    for text in ("Children’s Fund “Viasna” said", "Children's Fund Viasna said"):
        assert [e.ent_id_ for e in nlp(text).ents] == ["f"]


def test_gazetteer_ruler_prefers_the_longest_name_and_replaces_overlapping_model_entities():
    nlp = spacy.blank("en")
    lines = [
        '{"id": "un", "label": "ORG", "canonical": "United Nations"}',
        '{"id": "unhrc", "label": "ORG", "canonical": "United Nations Human Rights Council"}',
        '{"id": "minsk", "label": "GPE", "canonical": "Minsk"}',
    ]
    gazetteer = build_gazetteer(parse_entries(lines))
    ruler = nlp.add_pipe("gazetteer_ruler")
    ruler.initialize(nlp=nlp, gazetteer=gazetteer)
    doc = nlp.make_doc("The United Nations Human Rights Council met in Minsk with the United Nations.")
    doc.ents = [Span(doc, 1, 3, label="GPE"), Span(doc, 8, 9, label="PERSON")]  # what a model might guess
    found = [(e.text, e.label_, e.ent_id_) for e in ruler(doc).ents]
    assert found == [
        ("United Nations Human Rights Council", "ORG", "unhrc"),
        ("Minsk", "GPE", "minsk"),
        ("United Nations", "ORG", "un"),
    ]


def test_entity_rules_merged_span_does_not_inherit_a_swallowed_gazetteer_id():
    nlp = spacy.blank("en")
    doc = nlp("Contact the Europe and Central Asia Section today")
    from spacy.tokens import Span

    doc.ents = [Span(doc, 2, 3, label="LOC", span_id="europe")]
    doc = EntityRules(default_gazetteer(), default_lexicon())(doc)
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents] == [("Europe and Central Asia Section", "ORG", "")]


def test_names_match_across_case_of_function_words_accents_and_ocr_confusions(nlp):
    """Loose spellings of known names still find the entry; a lower-case common word does not."""
    doc = nlp("Reporters without Borders wrote to Volker Tuerk and Nils Muiznieks about a memorial service.")
    found = {(e.text, e.ent_id_) for e in doc.ents}
    assert ("Reporters without Borders", "rsf") in found
    assert ("Volker Tuerk", "volker-turk") in found
    assert ("Nils Muiznieks", "nils-muiznieks") in found
    assert not any(e.text == "memorial" for e in doc.ents)


def test_a_bodys_name_in_the_press_lower_case_finds_the_body_but_not_a_phrase_about_it(nlp):
    doc = nlp(
        "A spokeswoman for the U.N. human rights office said the United Nations human rights office had"
        " received reports. UN human rights experts urged restraint."
    )
    found = {(e.text, e.ent_id_) for e in doc.ents}
    assert ("U.N. human rights office", "ohchr") in found
    assert ("United Nations human rights office", "ohchr") in found
    assert not any(e.text.startswith("UN human rights") for e in doc.ents)


def test_a_un_bodys_name_is_found_with_united_nations_written_out_or_abbreviated(nlp):
    """The list gives one opening; the press writes either, and the body is one name, not the UN
    beside a second organisation."""
    doc = nlp(
        "She wrote to the United Nations Working Group on Enforced or Involuntary Disappearances and to"
        " the UN Office on Drugs and Crime."
    )
    found = {(e.text, e.ent_id_) for e in doc.ents}
    assert ("United Nations Working Group on Enforced or Involuntary Disappearances", "wgeid") in found
    assert ("UN Office on Drugs and Crime", "unodc") in found
    assert not any(e.text == "United Nations" for e in doc.ents)
    # and "U.N.", as American news writes it
    doc = nlp("Human Rights Watch sent letters to the U.N. Security Council setting out recommendations.")
    assert ("U.N. Security Council", "unsc") in {(e.text, e.ent_id_) for e in doc.ents}


def test_fold_merges_ocr_look_alikes():
    from pipeline.nlp.gazetteer_ruler import fold

    assert fold("Türk") == fold("Tuerk") == "turk"
    assert fold("Amnesty") == fold("Arnnesty")
    assert fold("Memorial", keep_case=True) != fold("memorial", keep_case=True)


def test_a_stray_combining_accent_does_not_stop_a_document(nlp):
    """An accent left alone after a space (a broken encoding) is a token that folds to nothing."""
    doc = nlp("The UN experts urged Belarus to release Ales Bialiatski \u0301 now.")
    assert "Belarus" in {e.text for e in doc.ents}


def test_every_un_member_state_is_a_place():
    """The places file covers the UN's 193 member states (its cited source), by their usual names."""
    from pipeline.nlp.gazetteer import read_gazetteer

    gazetteer = read_gazetteer()
    for name in (
        "Tanzania",
        "Côte d'Ivoire",
        "Ivory Coast",
        "Laos",
        "Timor-Leste",
        "Saint Lucia",
        "Eswatini",
        "Tuvalu",
    ):
        entry = gazetteer.lookup(name)
        assert entry is not None and entry.label == "GPE", name


def test_regional_bodies_and_un_system_entities_are_known(nlp):
    doc = nlp("The Inter-American Commission on Human Rights and the League of Arab States wrote to UNCTAD.")
    assert {e.ent_id_ for e in doc.ents} >= {
        "inter-american-commission-on-human-rights",
        "league-of-arab-states",
        "united-nations-conference-on-trade-and-development",
    }


def test_an_ambiguous_entry_is_found_only_when_asked_for():
    gazetteer = build_gazetteer(
        parse_entries(['{"id": "isabel", "label": "GPE", "canonical": "Isabel", "ambiguous": true}'])
    )
    assert gazetteer.lookup("Isabel") is None  # rules that leave known names alone still complete "Isabel Santos"
    assert gazetteer.lookup("Isabel", ambiguous=True).id == "isabel"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # counties, states and provinces the model misses or calls organisations
        ("Police killed protesters in Nyeri, Bungoma and Kiambu last week.", ["Nyeri", "Bungoma", "Kiambu"]),
        ("The journalist was shot dead in Sinaloa on Monday.", ["Sinaloa"]),
        ("He was abducted in the province of Khyber Pakhtunkhwa in June.", ["Khyber Pakhtunkhwa"]),
        # towns and cities the model misses or calls persons or organisations
        ("Police detained 20 activists in Phan Thiet on Monday.", ["Phan Thiet"]),
        ("Protests spread to Quetta and Petrozavodsk.", ["Quetta", "Petrozavodsk"]),
        # a town inside a longer place name the model found stays inside it; a unit word does not count
        ("The activists were detained in San Francisco de Lempira last week.", ["San Francisco de Lempira"]),
        ("They were held in Shandong province.", ["Shandong"]),
    ],
)
def test_a_countrys_provinces_and_counties_are_places(nlp, text, places):
    doc = nlp(text)
    assert [e.text for e in doc.ents if e.label_ == "GPE"] == places


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # "Isabel" is a province of Solomon Islands, "Guerrero" a state of Mexico
        ("Isabel Santos, the Chair of the Committee, criticised the decision.", "Isabel Santos"),
        (
            "The court sentenced Antonio Guerrero Rodriguez on Monday. Guerrero denied the charges.",
            "Antonio Guerrero Rodriguez",
        ),
    ],
)
def test_a_province_that_is_also_a_personal_name_stays_the_persons(nlp, text, person):
    doc = nlp(text)
    assert person in [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert not [e.text for e in doc.ents if e.label_ == "GPE"]


def test_a_town_that_is_also_a_surname_found_by_the_rules_stays_the_persons(nlp):
    # "Pereira" is a city in Colombia; the model finds no person here, the title rule finds the full name
    text = (
        "Commission Chair Paulo Sergio Pereira noted that only a political solution can end this war. The"
        " resolution is a solid platform, Pereira added."
    )
    doc = nlp(text)
    assert [(e.text, e.label_) for e in doc.ents] == [("Paulo Sergio Pereira", "PERSON"), ("Pereira", "PERSON")]


def test_every_mention_of_a_town_carries_its_id(nlp):
    # after a capitalised article ("The Quetta police") and with a possessive ("Quetta's")
    text = '"The Quetta police must stop," she said. The committee criticized Quetta\'s police. Quetta is tense.'
    doc = nlp(text)
    assert [(e.text, e.ent_id_) for e in doc.ents if e.label_ == "GPE"] == [("Quetta", "city-quetta-pk")] * 3


def test_a_town_after_an_organisations_acronym_is_part_of_its_name(nlp):
    # "HCA Vanadzor" (Helsinki Citizens' Assembly-Vanadzor) is the body, not the city
    text = (
        "Helsinki Citizens' Assembly-Vanadzor\n\nHCA Vanadzor received an alarm from an RA citizen willing to"
        " return from the Russian Federation.\n"
    )
    doc = nlp(text)
    assert "Vanadzor" not in [e.text for e in doc.ents if e.label_ == "GPE"]


def test_a_word_that_folds_to_a_towns_name_is_no_place(nlp):
    # "Caen" folds to "Can" as "Tuerk" to "Turk": a town is matched loosely only without its accents
    doc = nlp("Can I explain the relevance of my resolutions in one minute?")
    assert [e.text for e in doc.ents if e.label_ == "GPE"] == []


def test_a_country_name_inside_a_persons_name_stays_a_person(nlp):
    doc = nlp("The meeting heard Ms. Jordan Adeyemi and Mr. Chad Okafor.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Jordan Adeyemi", "PERSON"), ("Chad Okafor", "PERSON")]


@pytest.mark.parametrize(
    ("name", "entity_id"),
    [("International Bar Association Human Rights Institute", "international-bar-associations-human-rights-institute")],
)
def test_an_organisations_name_with_a_possessive_is_also_found_without_it(name, entity_id):
    entry = default_gazetteer().lookup(name)
    assert entry is not None and entry.id == entity_id


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the model reads a list of known places as one organisation; each is a place
        ("Protests also took place in Hrodna and Brest.", [("Hrodna", "hrodna"), ("Brest", "brest")]),
        (
            "Marches were held in Vitebsk, Hrodna and Brest.",
            [("Vitebsk", "vitsebsk"), ("Hrodna", "hrodna"), ("Brest", "brest")],
        ),
        # Belarusian cities under their official romanisation too (Homieĺ, written without its accent)
        ("Marches were held in Homiel and Viciebsk.", [("Homiel", "homel"), ("Viciebsk", "vitsebsk")]),
        # a country whose name holds "and" stays one place
        ("Bosnia and Herzegovina voted in favour.", [("Bosnia and Herzegovina", "bosnia-and-herzegovina")]),
        # and with an ampersand, as lists and tables write it
        (
            "Delegations of Antigua & Barbuda and Trinidad & Tobago voted in favour.",
            [("Antigua & Barbuda", "antigua-and-barbuda"), ("Trinidad & Tobago", "trinidad-and-tobago")],
        ),
    ],
)
def test_a_list_of_known_places_is_not_one_organisation(nlp, text, expected):
    doc = nlp(text)
    assert [(e.text, e.ent_id_) for e in doc.ents] == expected
    assert {e.label_ for e in doc.ents} == {"GPE"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # quotes around a word of the name: the closing one belongs to the name too
        ('The Human Rights Centre "Viasna" reported abuses.', 'Human Rights Centre "Viasna"'),
        ("The Human Rights Centre “Viasna” reported abuses.", "Human Rights Centre “Viasna”"),
        # quotes around the whole name are not part of it
        ('The group "Viasna" reported abuses.', "Viasna"),
    ],
)
def test_a_name_keeps_both_quotes_or_neither(nlp, text, expected):
    assert [e.text for e in nlp(text).ents] == [expected]
