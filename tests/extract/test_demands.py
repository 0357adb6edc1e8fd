"""Demands: every rule family and every exclusion, on sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.demands import extract_demands
from pipeline.extract.demands.themes import specificity_of, theme_of
from pipeline.nlp.sentences import sentence_index
from pipeline.records import DateMention


def demands_of(nlp, text: str, published: str = "", dates=()):
    doc = nlp(text)
    return extract_demands(doc, "doc", sentence_index(doc), published, dates)


def triples(rows) -> list[tuple[str, str, str]]:
    return [(r.actor, r.target, r.demand) for r in rows]


# --- 1. pattern families --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an NGO report's recommendations under headings naming whom they address, no colons
        (
            "Recommendations\n\nTo the Government of Freedonia\n\n• Establish a national human rights "
            "institution.\n• Release all detainees held for their views.\n\nTo the European Union\n\n"
            "• Press the government to release the detainees.\n",
            [
                ("", "the Government of Freedonia", "Establish a national human rights institution"),
                ("", "the Government of Freedonia", "Release all detainees held for their views"),
                ("", "the European Union", "Press the government to release the detainees"),
            ],
        ),
        # suggested recommendations as to-infinitives under sub-headings, after the line that makes them
        (
            "FREEDONIA\n\nIn the context of the review, Human Rights Watch makes the following recommendations "
            "to Freedonia\n\nFreedom of expression:\n•    To release all journalists held for their work;\n"
            "•    To strictly observe the right to a fair trial.\n\nDetention\n\n•    To end incommunicado "
            "detention\n",
            [
                ("Human Rights Watch", "Freedonia", "release all journalists held for their work"),
                ("Human Rights Watch", "Freedonia", "strictly observe the right to a fair trial"),
                ("Human Rights Watch", "Freedonia", "end incommunicado detention"),
            ],
        ),
    ],
)
def test_items_under_headings_that_name_recommendations_or_their_addressee(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an imperative that opens with an adverb
        (
            "Recommendations\n\nTo the Government of Freedonia\n\n- Promptly release all detainees held "
            "without charge.\n",
            [("", "the Government of Freedonia", "Promptly release all detainees held without charge")],
        ),
        # a quoted imperative, with its speaker after it
        (
            "\u201cImmediately release all political prisoners,\u201d a US spokesperson said at the review.",
            [("a US spokesperson", "", "Immediately release all political prisoners")],
        ),
        # a speech's last step, its adverb set off by a comma (not "First, let me thank ...")
        (
            "We have three requests.\n\nFinally, release all political prisoners.\n\nFirst, let me thank the Chair.\n",
            [("", "", "release all political prisoners")],
        ),
    ],
)
def test_imperatives_after_an_adverb_or_opening_a_reported_quotation(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


def test_a_name_closing_the_speakers_phrase_after_coordinated_roles_is_the_actor(nlp):
    text = (
        "\u201cThe UN deplores the violence,\u201d said the Secretary-General\u2019s Special Representative for "
        "Afghanistan and head of UNAMA, J\u00e1n Kubi\u0161. "
        "\u201cAll parties must abide by the Codes of Conduct.\u201d"
    )
    assert [row.actor for row in demands_of(nlp, text)] == ["J\u00e1n Kubi\u0161"]


def test_a_name_after_a_comma_and_its_title_closing_the_speakers_phrase_is_the_actor(nlp):
    text = (
        "In a statement, Radio Free Europe/Radio Liberty, president and CEO Jamie Fly said: "
        '"The authorities must release Andrey immediately."'
    )
    assert [row.actor for row in demands_of(nlp, text)] == ["Jamie Fly"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Responding to the charges, Amnesty International\u2019s China Campaigner Gwen Lee said the "
            "authorities must release them.",
            "Gwen Lee",
        ),
        ('"They must be freed," said Index on Censorship\u2019s senior advocacy officer Melody Patry.', "Melody Patry"),
        ("Yemen's Foreign Minister Riyadh Yaseen called on the coalition to intervene.", "Riyadh Yaseen"),
    ],
)
def test_a_name_after_its_owners_title_is_the_actor_without_the_title(nlp, text, speaker):
    assert [row.actor for row in demands_of(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Activists said Buhari's government is not doing enough, urging the state to use the video for clues.",
            "Activists",
        ),
        ("Amnesty said the trial was unfair, urging the court to quash the verdict.", "Amnesty"),
    ],
)
def test_a_participle_after_a_reported_clause_is_the_reporters(nlp, text, actor):
    # the parser hangs "urging" on the reported clause's verb, whose subject urges nothing
    assert [row.actor for row in demands_of(nlp, text)] == [actor]


@pytest.mark.parametrize("lead", ["calls for the following without delay:", "calls for the following measures:"])
def test_a_lead_that_names_its_list_addresses_no_one(nlp, lead):
    text = f"GNDEM {lead}\n\n- Her immediate release.\n- An end to the intimidation of civil society actors."
    assert [(row.actor, row.target) for row in demands_of(nlp, text)] == [("GNDEM", ""), ("GNDEM", "")]


def test_a_spokespersons_quotation_in_many_paragraphs_is_theirs_to_its_last(nlp):
    paragraphs = [
        "Responding to the charges against two activists, Amnesty International\u2019s China Campaigner Gwen Lee said:",
        "\u201cThe government\u2019s disdain for human rights has once again been laid bare.",
        "\u201cJournalist Huang Xueqin has been targeted by the authorities after helping women.",
        "\u201cHer arrest also exemplifies the authorities\u2019 hostility towards journalists.",
        "\u201cWang Jianbing is also facing a lengthy jail sentence on the same bogus charge.",
        "\u201cNeither of them has committed any crime. They must be released immediately.\u201d",
    ]
    rows = demands_of(nlp, "\n\n".join(paragraphs))
    assert [(row.actor, row.demand) for row in rows] == [("Gwen Lee", "They must be released immediately")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and to VERB" hung by the parser on a verb of a clause inside the first item
        (
            "The High Commissioner calls on the Government to foster an environment in which free elections "
            "can take place and to protect the civil and political rights of all.",
            [
                "foster an environment in which free elections can take place",
                "protect the civil and political rights of all",
            ],
        ),
        # it continues an infinitive inside the item, not the demand
        (
            "The experts urged the authorities to allow journalists to work and to travel freely.",
            ["allow journalists to work and to travel freely"],
        ),
    ],
)
def test_a_second_to_infinitive_is_a_demand_of_its_own_unless_it_continues_an_inner_one(nlp, text, expected):
    assert [row.demand for row in demands_of(nlp, text)] == expected


def test_a_quoted_imperative_that_demands_nothing_is_no_demand(nlp):
    text = "\u201cLook at the numbers,\u201d the minister said."
    assert demands_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "CAT concluding observations 2019\nThe State party should:\n(a) Continue its efforts to improve "
        "conditions of detention;\n(b) Investigate all incidents of violence in places of detention.\n",
        # the lead's line after a line naming the recommendation
        "Original UN recommendation\nThe State party should:\n(a) Continue its efforts to improve "
        "conditions of detention;\n(b) Investigate all incidents of violence in places of detention.\n",
    ],
)
def test_a_lead_that_ends_with_its_subjects_modal_addresses_the_items(nlp, text):
    rows = demands_of(nlp, text)
    assert len(rows) == 2
    assert {row.target for row in rows} == {"The State party"}


def test_list_items_under_an_ordinary_heading_are_no_demands(nlp):
    text = "Related stories\n\n• Read the report on prisons.\n• Watch the video of the hearing.\n"
    assert demands_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Special Rapporteur called on the Government of Freedonia to free all jailed journalists.",
            [("The Special Rapporteur", "the Government of Freedonia", "free all jailed journalists")],
        ),
        (
            "On 12 May, the experts called upon the authorities to release the detained doctors.",
            [("the experts", "the authorities", "release the detained doctors")],
        ),
        (
            "The Ombudsperson has asked the police to return the confiscated equipment.",
            [("The Ombudsperson", "the police", "return the confiscated equipment")],
        ),
        (
            "The Commissioner appealed to all parties to refrain from violence.",
            [("The Commissioner", "all parties", "refrain from violence")],
        ),
        (
            "The delegation pressed the minister to lift the travel ban on the opposition leader.",
            [("The delegation", "the minister", "lift the travel ban on the opposition leader")],
        ),
        (
            "The Working Group encourages the State to establish an independent oversight body.",
            [("The Working Group", "the State", "establish an independent oversight body")],
        ),
        (
            "The experts recommended that the Government repeal the law on foreign agents.",
            [("The experts", "the Government", "repeal the law on foreign agents")],
        ),
        # the tagger reads "release" as a noun, the parser still builds the clause around it
        (
            "The Committee recommends that the State party release all political prisoners.",
            [("The Committee", "the State party", "release all political prisoners")],
        ),
        # the tagger reads the verb as a noun and the parser makes one noun phrase of the clause
        # ("the State party repeal article"), or leaves the subject a compound of the verb: the verb
        # is the first word after the subject that recommendations are made of
        (
            "The Committee recommends that the State party repeal article 193 of the Criminal Code.",
            [("The Committee", "the State party", "repeal article 193 of the Criminal Code")],
        ),
        (
            "The Committee recommends that the State party decriminalize defamation.",
            [("The Committee", "the State party", "decriminalize defamation")],
        ),
        (
            "The Committee recommends that the Government ratify ILO Convention No. 111 without delay.",
            [("The Committee", "the Government", "ratify ILO Convention No. 111 without delay")],
        ),
        (
            "The Committee recommends that the State party review all laws that restrict freedom of expression.",
            [("The Committee", "the State party", "review all laws that restrict freedom of expression")],
        ),
        # a past form that is also the base form may be the demand's verb
        (
            "The Committee recommends that Belarus set up a moratorium on executions.",
            [("The Committee", "Belarus", "set up a moratorium on executions")],
        ),
        # the party addressed before the that-clause, which names it again as "it"
        (
            "The Committee recommends to the State party that it reinforce ongoing efforts to prevent trafficking.",
            [("The Committee", "the State party", "reinforce ongoing efforts to prevent trafficking")],
        ),
        (
            "The mission insisted on unhindered access to all places of detention.",
            [("The mission", "", "unhindered access to all places of detention")],
        ),
        # a demand verb as a gerund after "by": the subject of the verb it completes
        (
            "The Rapporteur ended her visit by urging the Government to close the camps.",
            [("The Rapporteur", "the Government", "close the camps")],
        ),
        # "explain" reports what a speaker says must be done
        (
            "The lawyer explained that the court should hear the witnesses in public.",
            [("The lawyer", "the court", "hear the witnesses in public")],
        ),
    ],
)
def test_demand_verbs_give_actor_target_and_action(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a noun that can be a recommendation's verb, in a that-clause with a verb of its own
        "The minister insisted that the government support was lawful.",
        # a that-clause in the past tense states a fact, also in the passive
        "The lawyer insisted that the police report contained errors.",
        "Amnesty International insists that the detainees were denied their right to freedom of expression.",
    ],
)
def test_a_that_clause_with_its_own_verb_is_not_read_as_a_misparsed_demand(nlp, text):
    assert triples(demands_of(nlp, text)) == []


def test_after_high_time_a_past_form_is_the_demand(nlp):
    text = "``It's high time'' the boy was sent back to his birthplace, said Ana Vel, a former adviser."
    assert triples(demands_of(nlp, text)) == [("Ana Vel", "", "the boy was sent back to his birthplace")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The committee calls for an independent inquiry into the deaths in custody.",
            [("The committee", "", "an independent inquiry into the deaths in custody")],
        ),
        (
            "The trade unions demanded the reinstatement of the dismissed workers.",
            [("The trade unions", "", "the reinstatement of the dismissed workers")],
        ),
        (
            "Rights groups call for probe into killing of farmers",
            [("Rights groups", "", "probe into killing of farmers")],
        ),
        (
            "The Rapporteur called for the release of the editor in a statement on Monday, citing his health.",
            [("The Rapporteur", "", "the release of the editor")],
        ),
        # a for-to clause in the passive: what is to be done, with no one named to do it
        (
            "The lawyers' association called for the charges against the poet to be dropped.",
            [("The lawyers' association", "", "the charges against the poet to be dropped")],
        ),
        # ... also when the parser makes "for" the clause's own mark
        ("Amnesty called for the charges to be dropped.", [("Amnesty", "", "the charges to be dropped")]),
        # a second for-to clause after "and for" is a second demand, without its "for"
        (
            "The Office calls for the detainees' safety to be guaranteed and for them to be given access to lawyers.",
            [
                ("The Office", "", "the detainees' safety to be guaranteed"),
                ("The Office", "", "them to be given access to lawyers"),
            ],
        ),
        # a for-to clause whose subject the parser read as what is called for, with the subject's
        # own phrase and the to-clause hung on the verb: the subject is addressed
        (
            "We call for all parties to this conflict to end this violence.",
            [("We", "all parties to this conflict", "end this violence")],
        ),
        (
            "The UN called for all parties in Yemen to respect international law.",
            [("The UN", "all parties in Yemen", "respect international law")],
        ),
        # ... but in the passive the subject is what something is to be done to: one clause
        (
            "The government has called for Sinn Fein, the IRA's political wing, to be expelled from the talks.",
            [("The government", "", "Sinn Fein, the IRA's political wing, to be expelled from the talks")],
        ),
        # ... whatever it is, not only a party
        (
            "The UK called for the situation in Syria to be referred to the International Criminal Court.",
            [("The UK", "", "the situation in Syria to be referred to the International Criminal Court")],
        ),
        # "urge for", as news English writes it
        (
            "The UN human rights experts are urging for the immediate release of the publisher.",
            [("The UN human rights experts", "", "the immediate release of the publisher")],
        ),
    ],
)
def test_nominal_demands_keep_the_noun_phrase(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected_demands"),
    [
        (
            "Amnesty International urged the authorities to drop the charges against the students "
            "and to investigate the beatings.",
            ["drop the charges against the students", "investigate the beatings"],
        ),
        (
            "Freedonia must free the imprisoned bloggers and end the harassment of their families",
            ["free the imprisoned bloggers", "end the harassment of their families"],
        ),
        (
            "The report calls for the release of detainees, the closure of the camps and an end to forced labour.",
            ["the release of detainees", "the closure of the camps", "an end to forced labour"],
        ),
        # the parser hangs the listed actions on the first one's last noun, or "an end to X" on the verb
        (
            "We call for the immediate release of all prisoners of conscience, respect for the rule of law, the"
            " freedom of the press and the restoration of a democratic process.",
            [
                "the immediate release of all prisoners of conscience",
                "respect for the rule of law",
                "the freedom of the press",
                "the restoration of a democratic process",
            ],
        ),
        (
            "We call for the immediate release of all prisoners of conscience, respect for the rule of law, the"
            " separation of powers within the government, and the restoration of a democratic process.",
            [
                "the immediate release of all prisoners of conscience",
                "respect for the rule of law",
                "the separation of powers within the government",
                "the restoration of a democratic process",
            ],
        ),
        (
            "We call for the release of the journalists, an end to torture and the restoration of the rule of law.",
            ["the release of the journalists", "an end to torture", "the restoration of the rule of law"],
        ),
        (
            "The council urged the government to respect the right to assembly and expression.",
            ["respect the right to assembly and expression"],
        ),
        # the parser hangs the bare "drop" on the trigger as a present tense: one more action
        (
            "The mission urged Freedonia to free the detainees, drop all charges and allow monitors in.",
            ["free the detainees", "drop all charges", "allow monitors in"],
        ),
        # the parser hangs the second to-infinitive on the gerund inside the first demand
        (
            "The envoys called on the State to release all persons detained for exercising their rights "
            "and to stop the torture of detainees.",
            ["release all persons detained for exercising their rights", "stop the torture of detainees"],
        ),
        (
            "The envoys called for the immediate and unconditional release and rehabilitation of the activists.",
            ["the immediate and unconditional release and rehabilitation of the activists"],
        ),
    ],
)
def test_coordinated_actions_are_split_and_coordinated_objects_are_not(nlp, text, expected_demands):
    assert [r.demand for r in demands_of(nlp, text)] == expected_demands


@pytest.mark.parametrize(
    ("text", "demand"),
    [
        (
            "The group urged the authorities to immediately release journalist Tom Roe who has been detained for "
            "more than a year on spying charges.",
            "immediately release journalist Tom Roe",
        ),
        # the parser reads "sentenced" as a past tense whose subject is the name
        (
            "Amnesty International on Wednesday called on Freedonian authorities to release leading Shiite activist "
            "Tom Roe sentenced to three months in jail for posting tweets deemed insulting to the king.",
            "release leading Shiite activist Tom Roe",
        ),
        # a clause demanded, not a description: it stays
        (
            "The experts urged the authorities to ensure Tom Roe received adequate medical care.",
            "ensure Tom Roe received adequate medical care",
        ),
    ],
)
def test_a_clause_right_after_a_persons_name_only_describes_her_and_ends_the_demand(nlp, text, demand):
    assert [r.demand for r in demands_of(nlp, text)] == [demand]


@pytest.mark.parametrize(
    "text",
    [
        "The envoy called for prompt and independent investigations into the killings of protesters, including two"
        " nurses, along with other reported abuses, and to hold those responsible to account.",
        "The group called for an inquiry into the deaths, and to hold those responsible to account.",
        # the parser reads the infinitive as a for-to clause whose subject is what was called for
        "She called for prompt, thorough, and independent investigations into the killings of villagers, including"
        " three aid workers, along with other reported rights violations, and to hold those responsible to account.",
    ],
)
def test_a_to_infinitive_after_and_following_what_is_called_for_is_a_second_demand(nlp, text):
    rows = demands_of(nlp, text)
    assert [r.demand for r in rows][1:] == ["hold those responsible to account"]
    assert [r.target for r in rows] == ["", ""]
    assert not rows[0].demand.endswith("account")


def test_a_to_infinitive_coordinated_inside_what_is_called_for_stays_in_it(nlp):
    text = (
        "UNICEF calls for the upholding of children's right to protection and to live in an environment free"
        " from violence."
    )
    assert [r.demand for r in demands_of(nlp, text)] == [
        "the upholding of children's right to protection and to live in an environment free from violence"
    ]


def test_parties_listed_after_call_on_are_all_its_target(nlp):
    # the parser reads "the business sector and the churches" as the subject of "work", a verb coordinated with "call"
    text = (
        "On the anniversary of the killings, we call on the government, the business sector and the churches "
        "to work together to protect land defenders from threats."
    )
    assert [(r.target, r.demand) for r in demands_of(nlp, text)] == [
        ("the government, the business sector and the churches", "work together to protect land defenders from threats")
    ]


def test_a_phrase_after_the_to_clause_is_not_the_addressee_and_a_later_to_infinitive_is_a_demand(nlp):
    # the parser hangs "on medical grounds" and "and to allow ..." on "call", not inside the to-clause
    text = (
        "“We call on the Freedonian authorities to consider Ms Roe's immediate release, at the very least, "
        "on medical grounds, and to allow her family to visit her, respecting her dignity,” the spokesperson said."
    )
    rows = demands_of(nlp, text)
    assert [(r.target, r.demand) for r in rows] == [
        ("the Freedonian authorities", "consider Ms Roe's immediate release"),
        ("the Freedonian authorities", "allow her family to visit her, respecting her dignity"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The prison authorities were urged to allow independent monitors into the facility.",
            [("", "The prison authorities", "allow independent monitors into the facility")],
        ),
        (
            "The authorities were urged by the Committee to end the use of solitary confinement.",
            [("the Committee", "The authorities", "end the use of solitary confinement")],
        ),
    ],
)
def test_passive_demands_take_the_subject_as_target_and_the_agent_as_actor(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


def test_list_after_to_colon_gives_one_demand_per_item_inheriting_actor_and_target(nlp):
    text = (
        "The NGOs called on the parliament to:\n"
        "- Abolish the death penalty;\n"
        "- Guarantee the independence of judges;\n"
        "- Ratify the Optional Protocol.\n"
        "The session ended in the evening.\n"
    )
    rows = demands_of(nlp, text)
    assert triples(rows) == [
        ("The NGOs", "the parliament", "Abolish the death penalty"),
        ("The NGOs", "the parliament", "Guarantee the independence of judges"),
        ("The NGOs", "the parliament", "Ratify the Optional Protocol"),
    ]
    assert {r.trigger for r in rows} == {"called"}


@pytest.mark.parametrize("mark", [";", ","])
def test_a_list_after_to_and_a_mistyped_colon_is_a_list_after_to_colon(nlp, mark):
    text = (
        f"The NGOs called on the parliament to{mark}\n\n- Abolish the death penalty\n\n- Ratify the Optional Protocol\n"
    )
    assert triples(demands_of(nlp, text)) == [
        ("The NGOs", "the parliament", "Abolish the death penalty"),
        ("The NGOs", "the parliament", "Ratify the Optional Protocol"),
    ]


@pytest.mark.parametrize(
    ("lead", "response"),
    [
        (
            "The recommendations formulated during the interactive dialogue have been examined by Arcadia "
            "and enjoy the support of Arcadia:",
            "supported",
        ),
        ("The following recommendations will be examined by Arcadia, which will respond in due time:", "examined"),
        ("The recommendations below did not enjoy the support of Arcadia and would thus be noted:", "noted"),
        ("The following recommendations were rejected by Arcadia:", "noted"),
        ("In the course of the dialogue, the following recommendations were made to Arcadia:", ""),
    ],
)
@pytest.mark.parametrize("numbering", ["97.{n} ", "{n}. "])
def test_recommendation_lists_under_a_lead_sentence(nlp, lead, response, numbering):
    text = (
        "Report of the Working Group\n\n"
        f"{lead}\n"
        f"{numbering.format(n=1)}Ratify the Convention against Torture (Borduria) (Upper Carpania);\n"
        f"{numbering.format(n=2)}Guarantee the independence of the judiciary and the\n"
        "Bar Association (Dalmora, Republic of Elbonia);\n"
        f"{numbering.format(n=3)}Abolish the death penalty (Fredonia).\n\n"
        "98. All conclusions reflect the position of the submitting States. They should not be construed "
        "as endorsed by the Working Group.\n"
    )
    rows = demands_of(nlp, text)
    assert [(r.actor, r.target, r.demand.replace("\n", " ")) for r in rows] == [
        ("Borduria, Upper Carpania", "Arcadia", "Ratify the Convention against Torture"),
        (
            "Dalmora, Republic of Elbonia",
            "Arcadia",
            "Guarantee the independence of the judiciary and the Bar Association",
        ),
        ("Fredonia", "Arcadia", "Abolish the death penalty"),
    ]
    assert {r.response for r in rows} == {response}
    assert all("(" not in r.demand for r in rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Committee recommends that the State party:\n"
            "(a) Repeal the provisions of the Penal Code that criminalise defamation;\n"
            "(b) Ensure that all detainees have access to a lawyer\n"
            "from the moment of arrest; and\n"
            "(c) Establish an independent complaints mechanism.\n"
            "12. The Committee is concerned about prison conditions.\n",
            [
                "Repeal the provisions of the Penal Code that criminalise defamation",
                "Ensure that all detainees have access to a lawyer from the moment of arrest",
                "Establish an independent complaints mechanism",
            ],
        ),
        (
            "The Special Rapporteur makes the following recommendations to the Government:\n"
            "1. Release the detained students;\n"
            "2. Lift the curfew.\n",
            ["Release the detained students", "Lift the curfew"],
        ),
    ],
)
def test_treaty_body_and_report_lists(nlp, text, expected):
    rows = demands_of(nlp, text)
    assert [r.demand.replace("\n", " ") for r in rows] == expected
    assert all(r.target and r.actor for r in rows)
    assert {r.response for r in rows} == {""}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rights groups: Freedonia must halt executions", [("Rights groups", "Freedonia", "halt executions")]),
        (
            "Freedonia should allow observers to monitor the elections: OSCE",
            [("OSCE", "Freedonia", "allow observers to monitor the elections")],
        ),
        (
            "Freedonia must stop jailing poets – UN expert",
            [("UN expert", "Freedonia", "stop jailing poets")],
        ),
        (
            "The envoy said the government should reopen the independent newspapers.",
            [("The envoy", "the government", "reopen the independent newspapers")],
        ),
        (
            "Those responsible for the killings must be brought to justice.",
            [("", "", "Those responsible for the killings must be brought to justice")],
        ),
        # a passive whose subject says what is demanded
        (
            "A fair and transparent investigation into the boy's death should be undertaken as a matter of urgency.",
            [
                (
                    "",
                    "",
                    "A fair and transparent investigation into the boy's death should be undertaken as a matter"
                    " of urgency",
                )
            ],
        ),
        ("The report should be read with the annex.", []),
        # in a sentence (final full stop) the names after a dash explain a noun; they do not speak
        (
            "Freedonia must release all those detained, including the three monitors - Ana Lind, Bo Kim and Cy Ruiz.",
            [("", "Freedonia", "release all those detained, including the three monitors")],
        ),
    ],
)
def test_modal_statements_and_headlines(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


def test_topic_before_colon_is_not_the_actor_of_a_headline_with_its_own_subject(nlp):
    rows = demands_of(nlp, "Freedonia: Rights groups call for probe into killing of farmers")
    assert triples(rows) == [("Rights groups", "", "probe into killing of farmers")]


def test_need_statements_are_demands(nlp):
    rows = demands_of(nlp, "The rapporteurs stressed the need to protect journalists covering the protests.")
    assert triples(rows) == [("The rapporteurs", "", "protect journalists covering the protests")]


def test_a_need_for_a_noun_is_a_demand(nlp):
    rows = demands_of(nlp, "The experts stressed the need for an independent investigation.")
    assert triples(rows) == [("The experts", "", "an independent investigation")]


# --- 3. actors and targets resolved ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "The Council adopted a statement on the crisis in Freedonia. It calls on the government to end the curfew.",
            "The Council",
            "the government",
        ),
        (
            "The inquiry report was presented by the Special Rapporteur on Freedonia. "
            "The report calls on the army to withdraw from the villages.",
            "inquiry report by the Special Rapporteur on Freedonia",
            "the army",
        ),
        (
            "Several ambassadors met the foreign minister and urged the latter to release the detained lawyers.",
            "Several ambassadors",
            "the foreign minister",
        ),
        (
            "Freedonia is not among the 40 states that stressed the need to protect whistleblowers.",
            "the 40 states",
            "",
        ),
        (
            "The UN, represented by its Resident Coordinator, called on the police to stop the raids.",
            "The UN, represented by its Resident Coordinator",
            "the police",
        ),
    ],
)
def test_pronouns_roles_and_documents_resolve_to_the_named_party(nlp, text, actor, target):
    rows = demands_of(nlp, text)
    assert [(r.actor, r.target) for r in rows] == [(actor, target)]


def test_headline_without_actor_takes_the_subject_of_its_lede(nlp):
    text = "Mayors must stop harassing street artists\nThirty cultural NGOs send an open letter to the mayors.\n"
    rows = demands_of(nlp, text)
    assert triples(rows) == [("Thirty cultural NGOs", "Mayors", "stop harassing street artists")]


def test_each_headline_line_is_its_own_sentence(nlp):
    doc = nlp("Freedonia must free the poets\nUN experts: Freedonia must end torture\n")
    assert [s.text.strip() for s in doc.sents] == [
        "Freedonia must free the poets",
        "UN experts: Freedonia must end torture",
    ]
    assert [r.actor for r in demands_of(nlp, doc.text)] == ["", "UN experts"]


def test_entity_ids_come_from_gazetteer_entities_in_actor_and_target(nlp):
    rows = demands_of(nlp, "The OHCHR called on Belarus to release the detained students.")
    assert [(r.actor_entity_id, r.target_entity_id) for r in rows] == [("ohchr", "belarus")]


# --- 4. not demands -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # reminders of obligations that ask no action, and the role of reminding described
        "The High Commissioner reminded the authorities of their human rights obligations.",
        "The role of the Office is to remind States of their duty to release detainees.",
        # hopes
        "The experts hope that the authorities will release the detained students.",
        "The NGOs expressed hope that the courts would end impunity.",
        # condemnations without a requested action
        "The Special Rapporteur condemned the arrests of journalists.",
        "The experts decry threats against women human rights defenders",
        # descriptions of what someone did
        "The police dispersed the demonstration and detained forty people.",
        "The court ruled that the blogger must serve five years in a penal colony.",
        "The group called on the ministry during its visit to the capital.",
        "She called the verdict a travesty of justice.",
        "Court rejects activist's appeal for early release",
        # negated, refused, conditional, questions, first person, epistemic
        "The minister did not call for an investigation.",
        "The government refused to call for new elections.",
        "Should the government release the prisoners?",
        "They will keep up the pressure, should the final appeal process fail.",  # a condition, inverted
        "The meeting ended with a call for calm.",  # a thing that ends with a call makes none
        "We must remember the victims.",
        "There must have been a mistake in the records.",
        "It is not clear what should be included in the strategy.",
    ],
)
def test_not_demands(nlp, text):
    assert demands_of(nlp, text) == []


def test_negated_modal_is_still_a_demand(nlp):
    assert [r.demand for r in demands_of(nlp, "The police must not torture detainees.")] == ["not torture detainees"]


# --- 2. per-demand fields -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Intro line\nThe experts called on the authorities to:\n- Release the students.\n- Stop the raids.\n",
        "The report calls for the release of detainees, the closure of the camps and an end to forced labour.",
        "UN experts: Freedonia must stop torturing protesters and prevent enforced disappearances\n",
    ],
)
def test_demand_span_points_into_the_text(nlp, text):
    rows = demands_of(nlp, text)
    assert rows
    for row in rows:
        assert text[row.start_char : row.end_char] == row.demand
        assert row.demand == row.demand.strip()
        assert not row.demand.endswith((".", ",", ";"))


def test_demand_date_is_its_sentence_date_else_the_published_date(nlp):
    text = "On 3 March 2021 the experts urged Freedonia to free the poets. They also urged it to end torture."
    doc = nlp(text)
    sent_of = sentence_index(doc)
    start = text.index("3 March 2021")
    mention = DateMention("doc", start, start + 12, "3 March 2021", "2021-03-03", "day", sent_id=sent_of[1])
    rows = extract_demands(doc, "doc", sent_of, "2021-04-01", [mention])
    assert [(r.demand, r.date) for r in rows] == [
        ("free the poets", "2021-03-03"),
        ("end torture", "2021-04-01"),
    ]


def test_date_inside_the_demand_is_not_the_demand_date(nlp):
    text = "The experts urged Freedonia to release those detained since 3 March 2021."
    doc = nlp(text)
    sent_of = sentence_index(doc)
    start = text.index("3 March 2021")
    mention = DateMention("doc", start, start + 12, "3 March 2021", "2021-03-03", "day", sent_id=0)
    rows = extract_demands(doc, "doc", sent_of, "2021-04-01", [mention])
    assert [r.date for r in rows] == ["2021-04-01"]


def test_trigger_and_sentence_id_are_recorded(nlp):
    rows = demands_of(nlp, "Nothing here.\nThe experts urge Freedonia to free the poets.")
    assert [(r.trigger, r.sent_id) for r in rows] == [("urge", 1)]


@pytest.mark.parametrize(
    ("demand", "core", "theme"),
    [
        ("stop torturing protesters", "stop torturing", "torture_ill_treatment"),
        ("probe into violence against protesters", "probe into violence", "accountability"),
        ("investigate the beatings", "investigate the beatings", "accountability"),
        ("Cease the violent dispersal of peaceful assemblies", "Cease the violent dispersal", "freedom_of_assembly"),
        ("the immediate release of political prisoners", "the immediate release of political", "release_of_detainees"),
        ("ending all other ongoing violations", "ending all", "other"),
        (
            "facilitate international protection for refugees",
            "facilitate international protection",
            "refugees_protection",
        ),
        ("stop slandering civil society organisations", "stop slandering", "freedom_of_association"),
        ("ensure access to lawyers for all detainees", "ensure access", "fair_trial"),
        ("protect human rights defenders", "protect human", "protection_of_defenders"),
        ("ratify the Convention against enforced disappearance", "ratify the Convention", "engagement_with_un"),
        ("allow children to attend school", "allow children", "children_rights"),
    ],
)
def test_theme_prefers_the_action_then_its_core_then_the_whole_demand(demand, core, theme):
    assert theme_of(demand, core) == theme


@pytest.mark.parametrize(
    ("lemma", "level"),
    [
        ("release", "specific"),
        ("ratify", "specific"),
        ("ensure", "general"),
        ("consider", "considering"),
        ("continue", "continuing"),
        ("share", "minimal"),
        ("celebrate", ""),
    ],
)
def test_specificity_follows_upr_info_action_categories(lemma, level):
    assert specificity_of(lemma) == level


def test_specificity_is_read_from_the_action_word(nlp):
    rows = demands_of(nlp, "The experts urged Freedonia to immediately release the poets and to consider reforms.")
    assert [(r.demand, r.specificity) for r in rows] == [
        ("immediately release the poets", "specific"),
        ("consider reforms", "considering"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"These verdicts silence the press," the rapporteurs said. "The authorities should quash them now."',
            [("the rapporteurs", "The authorities", "quash them now")],
        ),
        (
            "LONDON (2 May 2022) – Rights experts today called for the closure of the camp.",
            [("Rights experts", "", "the closure of the camp")],
        ),
        # a dateline the parser read as a second subject, or as the subject with the real one its apposition
        (
            "GENEVA, Switzerland – Vantian authorities must respect the rights to life of all Vantians, "
            "the Fact-Finding Mission said today.",
            [("the Fact-Finding Mission", "Vantian authorities", "respect the rights to life of all Vantians")],
        ),
        (
            "(Oslo) – The Committee of Ministers should issue a decision directing Freedonia to release the poet, "
            "the groups said.",
            [
                (
                    "the groups",
                    "The Committee of Ministers",
                    "issue a decision directing Freedonia to release the poet",
                )
            ],
        ),
        (
            "The Committee recommends that the State party:\n- Repeal the blasphemy law;\n- Free all bloggers.\n",
            [
                ("The Committee", "the State party", "Repeal the blasphemy law"),
                ("The Committee", "the State party", "Free all bloggers"),
            ],
        ),
    ],
)
def test_quote_speakers_datelines_and_recommendation_lists(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an em dash or a double hyphen separates even written closed
        ("Freedonia must free the jailed poet—UN experts", [("UN experts", "Freedonia", "free the jailed poet")]),
        (
            "GENEVA--The authorities must release the poet, the experts said.",
            [("the experts", "The authorities", "release the poet")],
        ),
        # a demand verb the tagger read as a plural noun with a subject of its own
        (
            "UN chief calls on Myanmar to release two journalists",
            [("UN chief", "Myanmar", "release two journalists")],
        ),
        (
            "Rights chief calls on Myanmar to free Reuters reporters",
            [("Rights chief", "Myanmar", "free Reuters reporters")],
        ),
    ],
)
def test_closed_dashes_and_a_headline_verb_read_as_a_noun(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


def test_the_statement_a_speaker_made_it_in_is_not_part_of_the_speaker(nlp):
    text = (
        "Zambia Must Deliver On Promises To Protect Freedom Of Expression, UN Expert Says\n"
        "LUSAKA (31 January 2025) – Human rights are at a crossroads in Zambia as the country prepares for general"
        " elections in 2026, a UN expert said today.\n“This government came to power on a platform for change,"
        " promising to uphold human rights, and it must follow through on its commitments to foster a truly"
        " enabling environment for the freedom of expression,” said Irene Khan, the Special Rapporteur on Freedom"
        " of Expression, in a statement at the conclusion of an official visit to Zambia from 20 to 31 January"
        " 2025."
    )
    assert demands_of(nlp, text)[-1].actor == "Irene Khan"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Anna Weiss, the UN special rapporteur on the right to food, in a statement called on Freedonian"
            " authorities to guarantee that the farmers are not evicted.",
            "Anna Weiss",
        ),
        ("Amnesty International in a statement called on the government to drop all charges.", "Amnesty International"),
        (
            "Ravi Kumar, the UN expert on freedom of expression, in a statement issued on Monday called on the"
            " authorities to free the bloggers.",
            "Ravi Kumar",
        ),
    ],
)
def test_the_speaker_before_in_a_statement_is_the_actor_not_the_statement(nlp, text, actor):
    # the parser hangs "in a statement" on the name and the call on "statement"
    assert [row.actor for row in demands_of(nlp, text)] == [actor]


def test_the_city_a_speaker_spoke_in_is_not_part_of_the_speaker(nlp):
    text = (
        "“The court must free him now,” said PEN Programme Director Ana Lopes, in London. “The prosecutors must"
        " drop every charge.”"
    )
    assert [row.actor for row in demands_of(nlp, text)] == ["Ana Lopes"] * 2  # the name alone, without its title


def test_a_dateline_read_as_the_subject_leaves_the_speaker_named_after_it(nlp):
    text = (
        "VIENNA, 23 July 2015 – OSCE Representative on Freedom of the Media Dunja Mijatović today wrote to Foreign"
        " Minister Nikola Poposki in Skopje, calling for a swift and transparent investigation of the attack."
    )
    assert [row.actor for row in demands_of(nlp, text)] == ["Dunja Mijatović"]


def test_clauses_a_dash_joins_are_each_a_demand_and_the_pronoun_after_it_is_the_party_before(nlp):
    text = (
        "Police at the courthouse turned the diplomats away. “The Freedonian authorities must end this ordeal for"
        " the students — they must immediately release them and drop the charges,” the campaigns director said."
    )
    assert triples(demands_of(nlp, text)) == [
        ("the campaigns director", "The Freedonian authorities", "end this ordeal for the students"),
        ("the campaigns director", "The Freedonian authorities", "immediately release them"),
        ("the campaigns director", "The Freedonian authorities", "drop the charges"),
    ]


def test_a_dateline_is_no_antecedent_of_it(nlp):
    text = (
        "LUSAKA (31 January 2025) – Human rights are at a crossroads in Freedonia as the country prepares for"
        " elections, a UN expert said today.\n“This government came to power promising to uphold human rights, and"
        " it must follow through on its commitments,” said the expert."
    )
    assert [row.target for row in demands_of(nlp, text)] == ["the country"]


def test_a_speaker_they_stands_for_a_group_of_people_not_for_a_subject_quoted_in_between(nlp):
    # "they" agrees with "a group of seven experts" (the group counts a plural); the quoted sentence's
    # subject ("The raids") is the speakers' words, not a party of the story
    text = (
        "A group of seven independent UN experts today voiced alarm at the raids on newspapers in Freedonia"
        " and called for an end to censorship.\n"
        '"The raids and the closures of the newspapers are a grave setback for the country," they said in'
        " a statement.\n"
        '"We therefore call upon the Government of Freedonia to lift all restrictions on the press," they added.'
    )
    rows = [row for row in demands_of(nlp, text) if "restrictions" in row.demand]
    assert [(row.actor, row.target) for row in rows] == [
        ("A group of seven independent UN experts", "the Government of Freedonia")
    ]


def test_a_time_phrase_opening_the_story_after_the_dateline_is_not_the_actor(nlp):
    text = (
        "Berta Cáceres’ murder: UN experts renew call to Honduras to end impunity\n\nHonduran rights defender\n\n"
        "11 April 2016\n\nGENEVA (11 April 2016) – More than a month after Berta Cáceres’ murder, United Nations"
        " experts* have reiterated their appeal to the Government of Honduras to provide justice and reveal the truth"
        " in the killing of the woman human rights defender."
    )
    assert {row.actor for row in demands_of(nlp, text)} == {"UN experts", "United Nations experts"}


def test_the_speaker_of_a_statement_is_not_the_dateline_the_parser_made_its_subject(nlp):
    text = (
        "Criminalisation of journalism around the world must end now, says UN expert\n\n01 May 2020\n\n"
        "GENEVA (1 May 2020) – The UN's Special Rapporteur on freedom of expression, David Kaye, has urged States"
        " to free all media workers detained because of their work and stop the intimidation and repression of the"
        " independent press. He released the following statement today.\n\n"
        '"A free press gives people access to information of all kinds.\n\n'
        "The criminalisation of journalism must end. That can start with releasing journalists."
    )
    assert triples(demands_of(nlp, text)) == [
        ("David Kaye", "States", "free all media workers detained because of their work"),
        ("David Kaye", "States", "stop the intimidation and repression of the independent press"),
        ("David Kaye", "", "The criminalisation of journalism must end"),
    ]


def test_the_to_clause_after_expect_is_the_demand_when_a_later_word_reads_as_a_clause(nlp):
    text = (
        "We also expect the Georgian authorities to reinstate the political rights of all opposition members"
        " banned from public life and to fully release all opposition members, supporters and activists recently"
        " put under detention."
    )
    assert [(target, demand) for _, target, demand in triples(demands_of(nlp, text))] == [
        (
            "the Georgian authorities",
            "reinstate the political rights of all opposition members banned from public life",
        ),
        ("the Georgian authorities", "fully release all opposition members, supporters and activists"),
    ]


def test_a_subject_with_examples_calls_not_the_speaker_who_reports_it(nlp):
    text = (
        "The marchers, including women and children, hailed mainly from different districts of Basra that had"
        " suffered bomb attacks, such as Old Town, were calling on the Government to take immediate action to"
        " ensure greater accountability for those attacks and to protect their families, Colville said."
    )
    assert {row.actor for row in demands_of(nlp, text)} == {"The marchers, including women and children"}


@pytest.mark.parametrize(
    ("opening", "actor"),
    [
        (
            "We the Foreign Ministers of Australia, Canada and New Zealand are gravely concerned by the"
            " disqualification of candidates.",
            "the Foreign Ministers of Australia, Canada and New Zealand",
        ),
        (
            "We, the undersigned organisations, are gravely concerned by the disqualification of candidates.",
            "the undersigned organisations",
        ),
    ],
)
def test_we_is_who_its_apposition_says_it_is(nlp, opening, actor):
    text = (
        f"Statement on the elections\n\n{opening}\n\n"
        "We call on the city government to reinstate the eligibility of disqualified candidates."
    )
    assert [row.actor for row in demands_of(nlp, text)] == [actor]


def test_him_after_writing_to_an_official_named_by_two_nouns_is_that_official(nlp):
    text = (
        "Amnesty International today urged the Moldovan authorities to release the prisoners. The organization"
        " wrote to the Attorney General of the Republic of Moldova, calling on him to review the legality of"
        " their sentences."
    )
    assert [row.target for row in demands_of(nlp, text)] == [
        "the Moldovan authorities",
        "the Attorney General of the Republic of Moldova",
    ]


def test_the_dateline_whose_date_the_parser_hung_on_the_speakers_is_no_actor(nlp):
    text = (
        "WARSAW/VIENNA, 24 April 2022 - OSCE Chairman-in-Office and Polish Minister of Foreign Affairs, Zbigniew"
        " Rau, and OSCE Secretary General Helga Maria Schmid call for the release of two journalists."
    )
    assert [row.actor for row in demands_of(nlp, text)] == ["Zbigniew Rau"]


def test_a_demand_after_a_body_states_its_concern_is_the_bodys(nlp):
    text = (
        "The Committee is concerned about reports of serious violations against civilians in Tigray. Ethiopia"
        " should investigate alleged violations of international humanitarian law."
    )
    assert triples(demands_of(nlp, text)) == [
        ("The Committee", "Ethiopia", "investigate alleged violations of international humanitarian law")
    ]
    # a concern of no one named gives no voice
    text = "Many people are concerned about the violations. Ethiopia should investigate them."
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == [""]


def test_a_call_the_parser_hangs_on_an_adjective_of_concern_is_its_subjects(nlp):
    text = (
        "The HRC called on Japan, as a matter of priority, to establish a national human rights institution. The"
        " Committee is concerned about reports on the removal of children from their families without a court order"
        " and calls on Japan to establish clear criteria for the removal of a child, ensuring it is a last resort."
    )
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == ["The HRC", "The Committee"]


def test_a_spokesperson_does_not_hold_the_title_of_the_office_he_speaks_for(nlp):
    text = (
        "Jeremy Laurence, for the Office of the High Commissioner of Human Rights (OHCHR), said the release of"
        " political prisoners was a relief. This year, the High Commissioner had called for an end to arbitrary"
        " detention once and for all."
    )
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == ["the High Commissioner"]


def test_the_experts_are_the_persons_the_story_first_named_as_such(nlp):
    text = (
        "GENEVA (7 August 2015) – The United Nations Special Rapporteurs on freedom of expression, David Kaye, and on"
        " extrajudicial executions, Christof Heyns, have condemned today’s killing of the blogger Niloy Neel.\n"
        "“The killing shows that serious threats persist,” the experts said, calling for a prompt and thorough"
        " investigation."
    )
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == ["David Kaye and Christof Heyns"]
    # experts first named without their names stay as written
    text = "UN experts have condemned the killing.\nThe experts called for a prompt investigation."
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == ["UN experts"]


def test_an_opportunity_to_call_for_something_is_no_actor(nlp):
    text = "This was an opportunity to call for the release of the thousands of others who remained in detention."
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == [""]


def test_a_heading_naming_whose_statement_follows_is_the_speaker_of_its_quotation(nlp):
    text = (
        "UN on Georgian bill\n\nVolker Türk’s statement\n\n"
        "“I am concerned by reports of unnecessary use of force against demonstrators in Tbilisi this week.\n\n"
        "I call on the authorities to conduct prompt and transparent investigations into all allegations of"
        " ill-treatment."
    )
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == ["Volker Türk"]


def test_who_issues_the_following_statement_speaks_its_quotation(nlp):
    text = (
        "GENEVA (11 November 2019) - The Special Rapporteur on Cambodia, Rhona Smith, welcomes the lifting of"
        " some restrictions. Smith issues the following statement:\n\n"
        "“I reiterate my call on the Government and all parties to seek dialogue in a peaceful environment.”"
    )
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == ["Smith"]


@pytest.mark.parametrize(
    "text",
    [
        # a speaker named two paragraphs above the quotation's introduction
        "Global update\n\nThe Special Rapporteur, Jane Roe, said on Monday that the clashes were alarming.\n\n"
        "Below are some examples of those risks.\n\nFor the full statement, click here.\n\n"
        "“The clashes have resulted in casualties. I also call upon the authorities to immediately release anyone"
        " who is arbitrarily detained.\n",
        # the person the paragraphs above are about, by name or by "she"
        "Global update\n\nOn 12 September 2022, the Acting High Commissioner, Jane Roe, addressed the Human Rights"
        " Council.\n\nIn her statement, she mentioned some of the challenges faced by defenders.\n\n"
        "Below are some examples of those risks.\n\n“The clashes have resulted in casualties. I also call upon"
        " the authorities to immediately release anyone who is arbitrarily detained.\n",
    ],
)
def test_the_speaker_of_a_quotation_is_found_above_an_introduction_that_names_no_one(nlp, text):
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == ["Jane Roe"]


def test_he_after_a_dateline_read_as_the_subject_is_the_speaker_after_its_dash(nlp):
    text = (
        "Criminalisation of journalism must end now, says UN expert\n\n01 May 2020\n\nChinese | Russian\n\n"
        "GENEVA (1 May 2020) – The UN's Special Rapporteur on freedom of expression, David Kaye, has urged States"
        " to free all media workers detained because of their work. He released the following statement today.\n\n"
        '"A free press gives people access to information.\n\nThe criminalisation of journalism must end.'
    )
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == ["David Kaye", "David Kaye"]


def test_speakers_after_an_opening_participle_clause_after_the_dateline_are_the_actor(nlp):
    text = (
        "UN experts: Time to end impunity\n\n31 October 2018\n\n"
        "GENEVA (31 October 2018) - Speaking ahead of the International Day to End Impunity for Crimes Against"
        " Journalists, UN human rights experts* strongly urge States to take firm steps to ensure accountability"
        " for violence against journalists."
    )
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == ["UN human rights experts"]


def test_he_after_a_quotation_attributed_by_name_is_its_speaker(nlp):
    text = (
        "The top United Nations human rights official today expressed deep concern about the detentions.\n\n"
        "“I am deeply concerned that opposition leaders have again been taken into custody,” said UN High"
        " Commissioner for Human Rights Zeid Ra'ad Al Hussein in a statement.\n\n"
        "He urged the Government to immediately release all those being held for exercising their rights."
    )
    [(actor, _target, _demand)] = triples(demands_of(nlp, text))
    assert actor.endswith("Zeid Ra'ad Al Hussein")


def test_a_spokesperson_reading_a_statement_for_an_office_speaks_with_its_voice(nlp):
    text = (
        "UNOG Bi-weekly press briefing: 19 November 2019\n\n"
        "Rupert Colville, for the Office of the United Nations High Commissioner for Human Rights (OHCHR), read the"
        " following statement:\n\n"
        "“We are deeply concerned by reported violations against demonstrators in Iran.\n\n"
        "We urge the Iranian authorities and security forces to avoid the use of force to disperse peaceful"
        " assemblies."
    )
    assert [row.actor for row in demands_of(nlp, text)] == [
        "the Office of the United Nations High Commissioner for Human Rights"
    ]


def test_a_dateline_the_parser_makes_the_head_of_the_call_is_not_its_actor(nlp):
    # the parse of the model in this layout: "called" a clause on "GENEVA", the experts its apposition
    text = (
        "Freedonia must end harassment of human rights defenders: UN experts\n\n11 July 2023\n\n"
        "GENEVA (11 July 2023) – UN experts* today called on Freedonia to end all acts of harassment against"
        " representatives of the human rights organisation Odhikar and ensure respect for due process."
    )
    assert {row.actor for row in demands_of(nlp, text)} == {"UN experts"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Special Rapporteur reiterated her call for the release of the jailed poet.",
            [("The Special Rapporteur", "", "the release of the jailed poet")],
        ),
        (
            "The experts renewed their appeal to the authorities to free the poets.",
            [("The experts", "the authorities", "free the poets")],
        ),
        # a call reaffirmed or stressed, as resolutions and spokespeople restate one
        (
            "The Council reaffirms its call on all States to cooperate fully with the Special Rapporteur.",
            [("The Council", "all States", "cooperate fully with the Special Rapporteur")],
        ),
        (
            "The experts stressed their call for the release of all detainees.",
            [("The experts", "", "the release of all detainees")],
        ),
        # a call kept up: "continue" makes it as "renew" does
        (
            "We continue our call for the Government of Freedonia to immediately facilitate the release of all"
            " political prisoners.",
            [("We", "the Government of Freedonia", "immediately facilitate the release of all political prisoners")],
        ),
        # the addressee's own phrase hung on the verb stays with the addressee, not in its place
        (
            "We reiterate our call on all parties to the conflict to comply with international law.",
            [("We", "all parties to the conflict", "comply with international law")],
        ),
        (
            "The experts renewed their call on Monday to the authorities to free the journalists.",
            [("The experts", "the authorities", "free the journalists")],
        ),
        # a for-to clause coordinated with the noun called for: alternatives ("or") are one demand
        (
            "I reiterate calls for the swift conclusion of the investigation into Mr. Sokha’s case, or for the"
            " charges against him to be dropped.",
            [
                (
                    "I",
                    "",
                    "the swift conclusion of the investigation into Mr. Sokha’s case, or for the charges against him"
                    " to be dropped",
                )
            ],
        ),
        (
            "We renew our calls for an inquiry into the killings, and for the officers to be suspended.",
            [("We", "", "an inquiry into the killings"), ("We", "", "the officers to be suspended")],
        ),
        # a further to-infinitive the parser coordinated with the verb that made the call
        (
            "United Nations experts have reiterated their appeal to the Government of Freedonia to provide justice,"
            " and to ensure the security of all people defending human rights in the country.",
            [
                ("United Nations experts", "the Government of Freedonia", "provide justice"),
                (
                    "United Nations experts",
                    "the Government of Freedonia",
                    "ensure the security of all people defending human rights in the country",
                ),
            ],
        ),
        # the parser makes the call the subject of the infinitive ("its call ... release")
        (
            "The EU repeats its call on Russia to immediately and unconditionally release all political prisoners.",
            [("The EU", "Russia", "immediately and unconditionally release all political prisoners")],
        ),
        # the tagger reads the infinitive as a noun ("decriminalise" a compound of "defamation"), in
        # British spelling as in American; "to defamation" is no addressee
        (
            "The Commissioner reiterated her call to decriminalise defamation.",
            [("The Commissioner", "", "decriminalise defamation")],
        ),
        # a speech or a visit closed with a call: the call is the speaker's, not addressed to the visit
        (
            "She concluded her remarks with a call to all African countries to accelerate the implementation of"
            " strategies.",
            [("She", "all African countries", "accelerate the implementation of strategies")],
        ),
        (
            "The Rapporteur ended his visit with an appeal for the release of all political prisoners.",
            [("The Rapporteur", "", "the release of all political prisoners")],
        ),
        # a call echoed or supported is its maker's, "for" hung on the verb that echoes it
        (
            "Lindqvist echoed a call from UN human rights chief Anna Berg last week for the creation of a new"
            " international probe.",
            [("Anna Berg", "", "the creation of a new international probe")],
        ),
        # bare forms coordinated with the verb that repeats the call are demanded too ("bring" read as a present)
        (
            "The Special Rapporteur reiterates his call on the Government of Freedonia to release all political"
            " prisoners, bring all violations of human rights to an immediate end, and investigate them.",
            [
                ("The Special Rapporteur", "the Government of Freedonia", "release all political prisoners"),
                (
                    "The Special Rapporteur",
                    "the Government of Freedonia",
                    "bring all violations of human rights to an immediate end",
                ),
                ("The Special Rapporteur", "the Government of Freedonia", "investigate them"),
            ],
        ),
        # a headline's "end to X", its "to" hung on the call: what the end is put to, not whom the call is to
        (
            "Rights groups renew call for end to killing of protesters in Freedonia",
            [("Rights groups", "", "end to killing of protesters in Freedonia")],
        ),
    ],
)
def test_calls_made_as_nouns_are_demands(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Amnesty renews call on Freedonia to release rights defenders", "Amnesty"),
        ("UN rights chief renews call for release of activists", "UN rights chief"),
    ],
)
def test_a_headline_verb_read_as_the_subjects_noun_is_not_part_of_the_actor(nlp, text, actor):
    assert [row.actor for row in demands_of(nlp, text)] == [actor]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "on" before the verb, or after what is called for, says when, not whom
        (
            "On the first anniversary of their arrest, 65 organizations call for their immediate and unconditional"
            " release.",
            [("65 organizations", "", "their immediate and unconditional release")],
        ),
        # a base-form call coordinated with a present one is a second call
        (
            "We call for a thorough independent investigation into this and other similar cases, and urge the"
            " Government to immediately implement protection measures for journalists.",
            [
                ("We", "", "a thorough independent investigation into this and other similar cases"),
                ("We", "the Government", "immediately implement protection measures for journalists"),
            ],
        ),
    ],
)
def test_when_a_call_was_made_and_a_second_call_after_and(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first organisations of a trailing attribution, which the parser hangs on the demand
        (
            "(Beirut) – Freedonia should free the human rights defender Ana Vel ahead of her birthday on October 22,"
            " 2019, Human Rights Watch, Amnesty International, the Gulf Centre for Human Rights, and over 135 other"
            " organizations said today.",
            [
                (
                    "Human Rights Watch, Amnesty International, the Gulf Centre for Human Rights, and over 135 other"
                    " organizations",
                    "Freedonia",
                    "free the human rights defender Ana Vel ahead of her birthday on October 22, 2019",
                )
            ],
        ),
        # the people before an attribution are those the demand is about
        (
            "The experts urged Freedonia to free Ana Vel, Tom Roe, Li Wu, the rapporteurs said.",
            [("The experts", "Freedonia", "free Ana Vel, Tom Roe, Li Wu")],
        ),
    ],
)
def test_a_trailing_list_of_organisations_speaks(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # efforts, measures, steps urged are the demand, not its addressee
        (
            "The mission condemns the killing of two activists and urges increased government efforts to hold the"
            " perpetrators accountable.",
            [("The mission", "", "increased government efforts to hold the perpetrators accountable")],
        ),
        (
            "The experts urged urgent measures to protect the defenders.",
            [("The experts", "", "urgent measures to protect the defenders")],
        ),
        # an addressee before them is still the target
        (
            "The experts urged the authorities to take measures to protect the defenders.",
            [("The experts", "the authorities", "take measures to protect the defenders")],
        ),
    ],
)
def test_urged_efforts_and_measures_are_the_demand(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


def test_a_second_that_clause_is_a_second_statement(nlp):
    text = (
        "The experts said that the authorities must release the poet and that those responsible must be held to"
        " account."
    )
    assert triples(demands_of(nlp, text)) == [
        ("The experts", "the authorities", "release the poet"),
        ("The experts", "", "those responsible must be held to account"),
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a headline's comma for "and" between two subjects
        (
            "More than 30 media outlets, press freedom groups call for Freedonia to release jailed reporter",
            "More than 30 media outlets, press freedom groups",
        ),
        # a topic place before the speakers stays out
        ("Belarus, UN experts call for release of activists", "UN experts"),
    ],
)
def test_subjects_joined_by_a_comma_in_a_headline_are_all_actors(nlp, text, actor):
    assert [row.actor for row in demands_of(nlp, text)] == [actor]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Parliament calls on the authorities to immediately and unconditionally release all prisoners.",
            [("The Parliament", "the authorities", "immediately and unconditionally release all prisoners")],
        ),
        (
            "The ambassador, who called on the government to free the activists last year, was expelled.",
            [("The ambassador", "the government", "free the activists")],
        ),
        (
            "The parents called on Friday for a meeting with the governor.",
            [("The parents", "", "a meeting with the governor")],
        ),
        (
            "The Office called on the police to stop the raids, and urged them to return the seized phones.",
            [
                ("The Office", "the police", "stop the raids"),
                ("The Office", "the police", "return the seized phones"),
            ],
        ),
        (
            "UN experts urge Freedonia to:\n1. release all detained journalists;\n2. repeal the media law.\n",
            [
                ("UN experts", "Freedonia", "release all detained journalists"),
                ("UN experts", "Freedonia", "repeal the media law"),
            ],
        ),
    ],
)
def test_demand_edges_adverbs_time_phrases_pronoun_targets_and_numbered_lists(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The group asked to meet the minister.",
        "The UN called a meeting to discuss the crisis.",
        "He demanded to know why he was detained.",
        "The report should be read together with the annex.",
        "The statement should include a list of sources.",
        "The authorities must have known about the abuses.",
    ],
)
def test_requests_without_an_addressed_action_and_instructions_about_texts_are_not_demands(nlp, text):
    assert demands_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "specificity"),
    [
        ("The death penalty should be abolished.", "specific"),
        ("All political prisoners must be released.", "specific"),
    ],
)
def test_passive_modal_demands_read_specificity_from_their_verb(nlp, text, specificity):
    assert [(r.demand, r.specificity) for r in demands_of(nlp, text)] == [(text.rstrip("."), specificity)]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n",
        ":",
        "The experts called on the authorities to:",
        "The experts called on the authorities to:\n\n",
        "- Release everyone\n- Stop the raids\n",
        "Urge\nCall for\nMust",
        "The experts urged the authorities to (",
        "The experts must: – UN",
        "They said: “The authorities must",
    ],
)
def test_odd_layouts_never_fail_and_spans_stay_true(nlp, text):
    for row in demands_of(nlp, text):
        assert text[row.start_char : row.end_char] == row.demand


@pytest.mark.parametrize(
    "text",
    [
        "The Rapporteur recommends that the Government:\n(a) Release the poets;\n(b) Close the camp.\nOther news.\n",
        "The Rapporteur recommends that the Government:\n\n- Release the poets;\n\n- Close the camp.\n\nOther news.\n",
        "The Rapporteur recommends that the Government:\n• Release the poets;\n• Close the camp.\n",
    ],
)
def test_list_items_with_letters_bullets_or_blank_lines_between(nlp, text):
    rows = demands_of(nlp, text)
    assert triples(rows) == [
        ("The Rapporteur", "the Government", "Release the poets"),
        ("The Rapporteur", "the Government", "Close the camp"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Under the law, organisations must register with the ministry and should submit annual reports.",
        "According to the Constitution, the President must be elected by popular vote.",
        "The Special Rapporteur, whose mandate calls for annual reporting, visited the country in May.",
        "The new law calls for the registration of all bloggers.",
    ],
)
def test_what_rules_require_is_not_a_demand(nlp, text):
    assert demands_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Staff of various centres were called for questions and even arrested.",
        "The Council is facing a criminal probe that has seen some of its members arrested and called for questioning.",
        "Criminal proceedings had been initiated against them under article 278 of the Criminal Code for "
        "«calling for riots.»",
    ],
)
def test_a_summons_or_an_offence_called_for_is_not_a_demand(nlp, text):
    assert demands_of(nlp, text) == []


def test_names_under_a_signatory_lead_are_no_demands(nlp):
    """A signer whose name opens with a verb form ("Reclaiming Social Work Movement") is a name."""
    text = (
        "Here, we demand the Chinese government to,\n\n- Immediately release the arrested labor rights activists\n"
        "- End the suppression of social workers\n\nThis statement is launched by following organizations:\n\n"
        "- Hong Kong Confederation of Trade Unions\n- Worker Empowerment\n- Reclaiming Social Work Movement\n"
        "- Hong Kong Christian Institute"
    )
    assert [row.demand for row in demands_of(nlp, text)] == [
        "Immediately release the arrested labor rights activists",
        "End the suppression of social workers",
    ]


def test_names_under_a_heading_of_their_kind_are_no_demands_but_requests_are(nlp):
    # a name that opens with a verb ("Open Rights Group") under "Civil Society Organizations:" is a signer;
    # requests under a heading that names bodies are still requests
    text = (
        "We urge Parliament to amend the law.\n\nCivil Society Organizations:\n\n- Access Now\n"
        "- Open Rights Group\n- Reform Government Surveillance (RGS is a coalition of technology companies)\n\n"
        "International organisations:\n\n"
        "- Monitor the trials of journalists\n"
    )
    assert [row.demand for row in demands_of(nlp, text)] == ["amend the law", "Monitor the trials of journalists"]


def test_a_call_for_an_end_to_violence_is_still_a_demand(nlp):
    [row] = demands_of(nlp, "Amnesty called for an end to the violence against protesters.")
    assert row.demand == "an end to the violence against protesters"


def test_first_person_call_in_a_quote_takes_the_speaker(nlp):
    text = '"We call on the international community to stand with the people of Freedonia," said the opposition leader.'
    assert triples(demands_of(nlp, text)) == [
        ("the opposition leader", "the international community", "stand with the people of Freedonia")
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("We urge the authorities to free him, Amnesty International said on Monday.", "Amnesty International"),
        # the parser hangs the speaker on the word before the comma and leaves "said" without subject
        (
            "We call for the urgent release of all of those detained in Saudi Arabia, the Special Rapporteurs "
            "and experts said.",
            "the Special Rapporteurs and experts",
        ),
        ("We urge the authorities to free him, he said.", "We"),
    ],
)
def test_first_person_words_reported_without_quotation_marks_take_the_reported_speaker(nlp, text, actor):
    [row] = demands_of(nlp, text)
    assert row.actor == actor


def test_a_speaker_after_a_guillemet_quotation_is_the_actor_of_the_next_one(nlp):
    """The parser makes the closing « » mark a subject of "said": the speaker is the name after it."""
    text = (
        "«Kyrgyz authorities are choosing to shatter the country’s reputation as a haven for free speech,» said "
        "Gulnoza Said, CPJ’s program coordinator. «Authorities should immediately release all 11 detained journalists.»"
    )
    assert triples(demands_of(nlp, text)) == [
        ("Gulnoza Said", "Authorities", "immediately release all 11 detained journalists")
    ]


@pytest.mark.parametrize(
    ("demand", "theme"),
    [
        ("ensure the respect of freedom of expression, assembly and association", "freedom_of_expression"),
        ("guarantee the rights to peaceful assembly and to freedom of expression", "freedom_of_assembly"),
        ("uphold the freedoms of association and expression of all citizens", "freedom_of_association"),
    ],
)
def test_the_theme_of_a_demand_naming_several_rights_is_the_first_named(demand, theme):
    assert theme_of(demand) == theme


@pytest.mark.parametrize(
    ("demand", "theme"),
    [
        ("stand with the people of Freedonia", "other"),  # "freed" is a word, not a prefix
        ("support mediation between the parties", "other"),  # nor is "media"
        ("release the protesters", "release_of_detainees"),
    ],
)
def test_theme_keywords_match_whole_words_unless_stems(demand, theme):
    assert theme_of(demand) == theme


@pytest.mark.parametrize(
    ("demand", "theme"),
    [
        ("Give the men access to legal representation", "fair_trial"),
        ("designate her as wrongfully detained", "release_of_detainees"),
        ("request OHCHR to monitor and report to the Human Rights Council on the situation", "engagement_with_un"),
        # police brutality and detention conditions
        (
            "The disproportionate use of force by law enforcement officials against protesters must end",
            "torture_ill_treatment",
        ),
        ("end the excessive use of force against demonstrators", "torture_ill_treatment"),
        ("express your concern about their solitary confinement", "torture_ill_treatment"),
        ("repeal the 'foreign agents' law", "freedom_of_association"),
        (
            "step up its efforts to promote tolerance and peaceful coexistence in all sectors of society",
            "non_discrimination",
        ),
        ("allow him to conduct a fact-finding mission to the country as soon as possible", "engagement_with_un"),
        ("convene a special session on China", "engagement_with_un"),
        # British spelling, and the treaties a State is party to
        ("co-operate with the Secretary-General to ensure the enjoyment of rights", "engagement_with_un"),
        ("honour its obligations under these treaties", "engagement_with_un"),
        ("The rest of the POCs remaining behind bars, including Mikhail Khodorkovsky", "release_of_detainees"),
        ("The criminalisation of journalism must end", "freedom_of_expression"),
    ],
)
def test_synonyms_of_the_theme_definitions_give_their_theme(demand, theme):
    assert theme_of(demand) == theme


@pytest.mark.parametrize(
    ("demand", "theme"),
    [
        # a body named "Assembly" is no gathering; capital punishment is not accountability
        ("report to the General Assembly at its next session", "other"),
        ("refer the bill back to the National Assembly", "other"),
        ("abolish capital punishment", "other"),
        ("respect the right of peaceful assembly", "freedom_of_assembly"),
        # "information" alone asks for facts; the facts asked for decide the theme
        ("Please provide information on the legal basis for the arrest of the lawyer", "fair_trial"),
        ("Please provide details of any investigation opened into the killings", "accountability"),
        ("guarantee access to information held by public bodies", "freedom_of_expression"),
        # a request for information or a reply that names no subject: engagement with the mechanism
        ("Please provide any additional information you consider relevant", "engagement_with_un"),
        ("provide a response to this communication within sixty days", "engagement_with_un"),
        # groups named in UPR Info's issue definitions and its chart of common terms
        ("increase the participation of women in public life", "non_discrimination"),
        ("protect persons with albinism from attacks", "non_discrimination"),
        ("end forced marriages and honour killings", "non_discrimination"),
        ("consult indigenous peoples on land use", "non_discrimination"),
        ("accede to the Convention relating to the Status of Refugees", "engagement_with_un"),
        ("withdraw its reservations to the Covenant", "engagement_with_un"),
        ("submit its overdue periodic reports", "engagement_with_un"),
        ("decriminalise defamation", "freedom_of_expression"),
        # a pardon that names no one frees a prisoner
        ("a pardon", "release_of_detainees"),
        ("repeal the blasphemy provisions of the penal code", "freedom_of_expression"),
        ("hold the officers to account", "accountability"),
        ("end the judicial harassment of activists", "protection_of_defenders"),
        # a child named as a boy (the Convention on the Rights of the Child: every person under 18)
        ("pardon the boy sentenced to ten years", "children_rights"),
        # charges, convictions and verdicts are the justice system's, unless those charged decide
        ("drop all charges against them", "fair_trial"),
        ("quash his politically motivated conviction and sentence", "fair_trial"),
        ("render a verdict of acquittal", "fair_trial"),
        ("support HRDs and their work", "protection_of_defenders"),
        # a gag order silences; the full force of the law is prosecution
        ("lift gag orders that prohibit any public discussion of the case", "freedom_of_expression"),
        ("face the full force of the law", "accountability"),
        ("assert his right to criticise abuses in the kingdom", "freedom_of_expression"),
        # words UPR Info codes with one issue almost always (mined from sessions 1-11)
        ("consider acceding to the 1954 Convention", "engagement_with_un"),
        ("raise the minimum age of marriage to 18", "children_rights"),
        ("decriminalize consensual same-sex relations", "non_discrimination"),
        ("eliminate FGM", "non_discrimination"),
        ("reduce maternal mortality", "non_discrimination"),
        ("immediately drop charges against eight detained journalists", "freedom_of_expression"),
        # a mandate holder's visit and the UN's technical assistance are engagement with the UN
        ("undertake an official visit to the country as soon as possible", "engagement_with_un"),
        ("avail itself of technical assistance", "engagement_with_un"),
        # civilians before military courts are denied a fair trial
        ("restrict the jurisdiction of military courts", "fair_trial"),
        # lèse-majesté laws punish what is said of the monarch
        ("amend the vague and broad lese-majeste law", "freedom_of_expression"),
        ("end the criminalization of rights activists", "protection_of_defenders"),
        # restraint is asked of those policing protests
        ("exercise utmost restraint", "freedom_of_assembly"),
        # a missing person is located
        ("intensify measures to locate him and to ensure his safe return", "enforced_disappearance"),
        # lethal force and live ammunition are the police violence "excessive force" names
        ("Lethal force should only be used as a last resort", "torture_ill_treatment"),
        ("Live ammunition must never be used against peaceful protesters", "torture_ill_treatment"),
    ],
)
def test_theme_keywords_cover_constructions_of_requests_and_recommendations(demand, theme):
    assert theme_of(demand) == theme


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # "free" as the action verb is a release, whatever else the demand names
        (
            "HRW urged the authorities to immediately free Egyptian colleagues who are still detained.",
            "release_of_detainees",
        ),
        ("RSF called on Baku to free at least five journalists and bloggers.", "release_of_detainees"),
        # the adjective is not
        ("The authorities must ensure free and fair elections.", "other"),
        # the action after "need to", its participle too, decides before the subject's words
        ("The journalists need to be released.", "release_of_detainees"),
        ("The violence against protesters needs to be investigated.", "accountability"),
    ],
)
def test_theme_of_a_demand_whose_action_is_free_is_release(nlp, text, theme):
    assert [r.theme for r in demands_of(nlp, text)] == [theme]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The Committee on Enforced Disappearances (CED) recommended that the State party:\n"
            "- Establish the whereabouts of all disappeared persons;\n",
            "The Committee on Enforced Disappearances",
        ),
    ],
)
def test_actor_never_ends_in_an_unclosed_bracket(nlp, text, actor):
    assert {r.actor for r in demands_of(nlp, text)} == {actor}


def test_a_demand_verb_inside_a_demand_is_not_a_second_demand(nlp):
    text = "We urge the Special Rapporteur on Freedonia to request a country visit to Freedonia."
    assert [r.demand for r in demands_of(nlp, text)] == ["request a country visit to Freedonia"]


def test_numbered_paragraph_after_a_lettered_list_is_not_an_item(nlp):
    text = (
        "4. The Special Rapporteur recommends that the Government of Freedonia:\n"
        "(a) Release all persons detained for peaceful protest;\n"
        "(b) Restore the legal status of liquidated associations.\n"
        "5. The authorities were reminded of their obligations under the Covenant.\n"
    )
    assert [r.demand for r in demands_of(nlp, text)] == [
        "Release all persons detained for peaceful protest",
        "Restore the legal status of liquidated associations",
    ]


def test_she_refers_back_to_the_rapporteur(nlp):
    text = (
        "The Special Rapporteur recommends that the Government of Freedonia:\n"
        "(a) Release all detained journalists;\n"
        "(b) Repeal the law on foreign agents.\n"
        "She further recommends that the international community continue to document violations.\n"
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["The Special Rapporteur"] * 3


# --- genre layouts: resolutions, letters, relayed and imperative requests ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Assembly of States Parties,\nRecalling its earlier decisions,\n"
            "- Requests the Registrar to publish the annual accounts;\n",
            [("The Assembly of States Parties", "the Registrar", "publish the annual accounts")],
        ),
        (
            "The Assembly of States Parties,\nNoting the report of the Bureau,\n"
            "- Calls upon all States to cooperate fully with the Court;\n",
            [("The Assembly of States Parties", "all States", "cooperate fully with the Court")],
        ),
        (
            "The Assembly of States Parties,\nNoting the report of the Bureau,\n"
            "- Urges the parties to resume the negotiations without delay;\n",
            [("The Assembly of States Parties", "the parties", "resume the negotiations without delay")],
        ),
    ],
)
def test_operative_paragraphs_of_a_resolution_take_the_adopting_body_as_actor(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    "opening",
    [
        "The African Commission on Human and Peoples’ Rights (the Commission), meeting at its 30th Ordinary"
        " Session held in Banjul, The Gambia, from 13 to 27 October 2001:",
        "The African Commission on Human and Peoples’ Rights meeting at its 17th Ordinary Session held from"
        " 13 to 22 March 1995, Lomé, Togo:",
    ],
)
def test_a_body_opening_a_resolution_with_its_session_adopts_the_operative_paragraphs(nlp, opening):
    text = (
        opening + "\n\nRecalling its previous resolutions on Freedonia;\n\n1. Calls upon the Government of"
        " Freedonia to release all political prisoners;\n"
    )
    assert triples(demands_of(nlp, text)) == [
        (
            "The African Commission on Human and Peoples’ Rights",
            "the Government of Freedonia",
            "release all political prisoners",
        )
    ]


def test_i_in_a_statement_is_the_person_its_headline_names_as_calling(nlp):
    text = (
        "UN refugee chief Filippo Grandi calls on Greece to end pushbacks 3 May 2021\n\n"
        "Greece has a proud tradition. We agreed to help. I urge Greece to end the pushbacks at sea."
    )
    assert [actor for actor, _, demand in triples(demands_of(nlp, text)) if "at sea" in demand] == ["Filippo Grandi"]
    # an organisation's headline does not speak as "I"
    text = "Amnesty International calls on Greece to end pushbacks\n\nI urge Greece to end the pushbacks at sea."
    assert [actor for actor, _, demand in triples(demands_of(nlp, text)) if "at sea" in demand] == ["I"]


def test_a_statement_in_the_first_person_is_the_headlines_speaker_below_a_section_label(nlp):
    text = (
        "Statements\nUN expert Anna Weiss calls for restraint in Freedonia\n19 July 2024\nI am deeply concerned by"
        " this week’s violence in Freedonia. The Government should take the necessary measures to protect the"
        " students. I urge all sides to exercise restraint.\n"
    )
    # "I" and the demands that name no speaker alike: the body is the headline's speaker's own words
    assert [row.actor for row in demands_of(nlp, text)] == ["Anna Weiss"] * 3


def test_he_continues_the_main_clause_subject_not_the_one_recalled_before_it(nlp):
    text = (
        "The Director-General of the International Labour Organization (ILO), Guy Ryder, has expressed grave"
        " concern about the situation in Myanmar.\n\nRecalling that the UN Secretary-General, António Guterres,"
        " has called on the military leadership to respect the will of the people of Myanmar, Ryder urged military"
        " leaders not to interfere with the rights of workers, including civil servants, and employers, to"
        " participate in peaceful protests. He called for the restoration of democratic order and civilian rule."
    )
    assert [actor for actor, _, demand in triples(demands_of(nlp, text)) if "restoration" in demand] == ["Ryder"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a meeting summary's paragraph goes on in the speaker's reported speech
        (
            "Jane Roe, Chair of the Commission of Inquiry, said the civilian population had now endured more than 11"
            " years of conflict. They were currently suffering new levels of hardship. The international community"
            " must show the courage to move beyond rhetorical commitments.",
            "Jane Roe",
        ),
        (
            "John Doe presented his report. He said that the crisis had deepened since February. The international"
            " community must make a stronger commitment to ensure that aid reached those in need.",
            "John Doe",
        ),
        # an argument only supposed names no speaker
        (
            "Only the most obdurate foes of the government can argue that the boy should stay. His father's arrival"
            " should also help clear the way for the Justice Department to act.",
            "",
        ),
    ],
)
def test_a_must_sentence_goes_on_with_the_speaker_its_paragraph_reports(nlp, text, actor):
    rows = [r for r in demands_of(nlp, text) if r.demand.startswith(("show", "make", "help"))]
    assert [r.actor for r in rows] == [actor]


def test_an_item_of_several_sentences_under_a_lead_is_its_first_sentence_and_the_others_demand_too(nlp):
    text = (
        "- The Committee reiterates its recommendation that the State party:\n"
        "(a) Adopt adequate measures to address illiteracy;\n"
        "(b) Renew the system of quotas for places at higher educational institutions. The State party should"
        " also take the opportunity of the review to strengthen the quota system."
    )
    assert [demand for _, _, demand in triples(demands_of(nlp, text))] == [
        "Adopt adequate measures to address illiteracy",
        "Renew the system of quotas for places at higher educational institutions",
        "take the opportunity of the review to strengthen the quota system",
    ]


@pytest.mark.parametrize(
    "text",
    [
        'The lawyer called the court\'s actions "outrageous" in comments to a magazine.',
        "The lawyer called the verdict a travesty of justice.",
    ],
)
def test_calling_something_by_a_name_is_no_demand(nlp, text):
    assert demands_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "In 2010, CERD encouraged Slovenia to ratify ICRMW. In 2011, the Committee against Torture invited"
            " the country to also ratify CPED.",
            "Slovenia",
        ),
        (
            "Human Rights Watch said Sri Lanka's counterterrorism law has been used to detain critics. The"
            " Government should impose a full moratorium on the law.",
            "Government of Sri Lanka",
        ),
    ],
)
def test_the_country_or_the_government_addressed_is_the_state_named_before(nlp, text, target):
    assert [r.target for r in demands_of(nlp, text)][-1] == target


def test_the_government_is_not_a_state_its_own_demand_names(nlp):
    text = "The Committee recommends that the Government cooperate fully with Switzerland on the return of assets."
    assert [r.target for r in demands_of(nlp, text)] == ["the Government"]


def test_a_subheading_naming_calls_is_not_a_call(nlp):
    text = (
        "Ms. Vel said the death was shocking.\nCalls for protection\nAny State has a heightened duty to protect"
        " the lives of individuals deprived of their liberty, the UN rights office said."
    )
    assert demands_of(nlp, text) == []
    # an operative paragraph ends with a mark
    paragraph = "3. Calls for the immediate release of all political prisoners;"
    assert [row.demand for row in demands_of(nlp, paragraph)] == ["the immediate release of all political prisoners"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I call on you to urge the Government of Arcadia to free the editors, lift the curfew and "
            "reopen the schools.\n\nSincerely,\nJohn Ferris\n",
            [
                ("John Ferris", "the Government of Arcadia", "free the editors"),
                ("John Ferris", "the Government of Arcadia", "lift the curfew"),
                ("John Ferris", "the Government of Arcadia", "reopen the schools"),
            ],
        ),
        (
            "We urge the envoy to use her visit to press the authorities to:\n"
            "- release the detained journalists;\n- repeal the press law.\n",
            [
                ("We", "the authorities", "release the detained journalists"),
                ("We", "the authorities", "repeal the press law"),
            ],
        ),
    ],
)
def test_relayed_demands_are_of_the_inner_addressee(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "demands"),
    [
        ("The experts urged the army to announce and enforce a ceasefire.", ["announce and enforce a ceasefire"]),
        # a modal demand whose verbs share the subject and the object
        ("Every State must respect and protect the right to protest.", ["respect and protect the right to protest"]),
        (
            "The experts urged the donors to provide funds so that the ministry may hire and train more judges.",
            ["provide funds so that the ministry may hire and train more judges"],
        ),
        (
            "The experts urged the army to end the siege, open the roads and release the prisoners.",
            ["end the siege", "open the roads", "release the prisoners"],
        ),
    ],
)
def test_split_keeps_shared_objects_and_subordinate_clauses_whole(nlp, text, demands):
    assert [r.demand for r in demands_of(nlp, text)] == demands


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dear Minister Ortega,\nWe urge the Government of Arcadia to release the students.\n"
            "- Please provide information on the charges against them.\n"
            "- Kindly indicate the measures taken to protect the witnesses.\n",
            [
                ("We", "the Government of Arcadia", "release the students"),
                ("", "the Government of Arcadia", "Please provide information on the charges against them"),
                ("", "the Government of Arcadia", "Kindly indicate the measures taken to protect the witnesses"),
            ],
        ),
        (
            "Dear Minister Ortega,\nPlease explain why the lawyers were not allowed to see their clients.\n",
            [("", "Minister Ortega", "Please explain why the lawyers were not allowed to see their clients")],
        ),
        ("Free the detained students now!", [("", "", "Free the detained students now")]),
    ],
)
def test_imperative_requests_are_addressed_to_the_letters_addressee(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Please note that the office will be closed on Monday.",
        "Please find attached the report of the mission.",
        # instructions to the page's reader
        "Please check with your section office if sending appeals after the above date.",
        "Please understand that comments are moderated before they appear.",
        "Please turn on subtitles and choose your language in the video settings.",
        "Read the full report here.",
        # a speaker asking leave to speak: "me" is whom the verb is said of
        "Allow me first to thank the delegation of Freedonia for presenting the resolution.",
        "Let me begin by thanking the Special Rapporteur for her report.",
        # calls on the page's reader (GOLD_FORMAT.md): join, donate, subscribe, become a member, help us
        "Become a member of the coalition today!",
        "Join us in defending the defenders!",
        "Donate now to keep our lawyers in court!",
        "Help us protect free speech online!",
        "Subscribe to our newsletter!",
        # a request made to the speakers, not one they make
        "There had been heavy snow and the temperatures were far below zero. They asked us to come quickly because "
        "they were so cold.",
    ],
)
def test_imperatives_that_request_no_action_are_not_demands(nlp, text):
    assert demands_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("We call on the police to free the protesters.\n\nYours sincerely,\nAmina Yusuf\n", "Amina Yusuf"),
        (
            "Joint statement by the Press Freedom Coalition\nWe urge the court to acquit the editors.",
            "the Press Freedom Coalition",
        ),
        # the UN's heading of a statement made for a spokesperson or representative
        (
            "Statement attributable to Ana Vel, UNICEF Representative, Freedonia.\n"
            "Those responsible for violence against children must be held accountable.",
            "Ana Vel, UNICEF Representative, Freedonia",
        ),
        (
            "The undersigned organisations express our concern. The authorities must release the editors.",
            "The undersigned organisations",
        ),
    ],
)
def test_the_documents_author_speaks_for_we_and_unattributed_demands(nlp, text, actor):
    assert {r.actor for r in demands_of(nlp, text)} == {actor}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "- Calls upon the parties to the conflict and all other groups involved in the talks to respect "
            "the ceasefire, as it is an essential element of the process;",
            [("", "the parties to the conflict and all other groups involved in the talks", "respect the ceasefire")],
        ),
        (
            "The Panel would welcome a reply from the Government of Arcadia about the steps taken to protect "
            "the witnesses.",
            [
                (
                    "The Panel",
                    "the Government of Arcadia",
                    "a reply from the Government of Arcadia about the steps taken to protect the witnesses",
                )
            ],
        ),
        (
            "The Bar Association's call for the release of the detained lawyers is long-standing.",
            [("The Bar Association", "", "the release of the detained lawyers")],
        ),
        (
            "The rapporteur asked that the detainees be transferred to a civilian prison.",
            [("The rapporteur", "", "the detainees be transferred to a civilian prison")],
        ),
        (
            "The ministry has closed the shelters. They must be reopened without delay.",
            [("", "", "They must be reopened without delay")],
        ),
    ],
)
def test_further_request_constructions(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Recognizing also the need to protect the independence of judges,",
        "Noting with concern that the authorities should have acted sooner,",
    ],
)
def test_preambular_paragraphs_of_a_resolution_are_not_demands(nlp, text):
    assert demands_of(nlp, text) == []


def test_a_headline_opening_with_a_participle_is_still_a_demand(nlp):
    rows = demands_of(nlp, "Calling on Arcadia to free the jailed bloggers\n")
    assert [r.demand for r in rows] == ["free the jailed bloggers"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "There should be an independent investigation into the killings.",
            [("", "", "an independent investigation into the killings")],
        ),
        (
            "It is essential that the authorities release the detained journalists.",
            [("", "the authorities", "release the detained journalists")],
        ),
        ("It is imperative to end the use of torture.", [("", "", "end the use of torture")]),
        # a for-to clause: its subject is addressed, or in the passive the whole clause is demanded
        (
            "It is essential for the authorities to release all political prisoners.",
            [("", "the authorities", "release all political prisoners")],
        ),
        ("It is vital for the detainees to be released at once.", [("", "", "the detainees to be released at once")]),
        # "time" takes the for-to clause as a relative clause
        (
            "It is time for the Bahraini authorities to comply with the rights to peaceful assembly.",
            [("", "the Bahraini authorities", "comply with the rights to peaceful assembly")],
        ),
        (
            "The minister said it was vital that the army withdraw from the city.",
            [("The minister", "the army", "withdraw from the city")],
        ),
        # "important" demands only of a party its clause names
        (
            "It is important that the authorities investigate this crime.",
            [("", "the authorities", "investigate this crime")],
        ),
        (
            "It is even more important for the government to show compassion for its citizen.",
            [("", "the government", "show compassion for its citizen")],
        ),
        # an action that must be a priority or essential: the gerund subject, of whom "for" names
        (
            "The commissioner said that releasing all persons detained for their views should remain a priority for"
            " the authorities.",
            [("The commissioner", "the authorities", "releasing all persons detained for their views")],
        ),
        ("Ending impunity must be essential.", [("", "", "Ending impunity")]),
    ],
)
def test_existential_and_necessity_statements(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "There should not be any delay.",
        "It is not necessary that the court meet.",
        "It is clear that the police should have acted.",
        "It is important to note that the report was late.",
        "It is important that we learn from this.",
        "Ending impunity should not be a priority.",
    ],
)
def test_negated_or_epistemic_necessity_is_not_a_demand(nlp, text):
    assert demands_of(nlp, text) == []


# --- issue 17 audit: constructions of real UN, NGO and government documents ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dear Minister Okonkwo,\n\nWe write to you concerning the arrest of three "
            "journalists.\n\nPlease provide information on the legal basis for their detention.\n\n"
            "Kindly indicate the measures taken to guarantee their access to a lawyer.\n\nSincerely "
            "yours,\nAnna Berg\nDirector, Press Freedom Watch",
            [
                ("Anna Berg", "Minister Okonkwo", "Please provide information on the legal basis for their detention"),
                (
                    "Anna Berg",
                    "Minister Okonkwo",
                    "Kindly indicate the measures taken to guarantee their access to a lawyer",
                ),
            ],
        ),
        (
            "Mandates of the Special Rapporteur on the right to food\n\nExcellency,\n\nI have the "
            "honour to address you in my capacity as Special Rapporteur.\n\nIn this connection, we "
            "would be grateful if your Excellency's Government could:\n\n1. Provide any additional "
            "information on the allegations mentioned above.\n\n2. Explain the steps taken to "
            "compensate the displaced families.\n\n3. Indicate whether an investigation has been "
            "opened.",
            [
                (
                    "the Special Rapporteur on the right to food",
                    "your Excellency's Government",
                    "Provide any additional information on the allegations mentioned above",
                ),
                (
                    "the Special Rapporteur on the right to food",
                    "your Excellency's Government",
                    "Explain the steps taken to compensate the displaced families",
                ),
                (
                    "the Special Rapporteur on the right to food",
                    "your Excellency's Government",
                    "Indicate whether an investigation has been opened",
                ),
            ],
        ),
        (
            "Mandates of the Working Group on Arbitrary Detention\n\nIn this connection, we would "
            "like to ask your Excellency's Government to:\n\n1. Clarify the charges brought against "
            "Mr. Tanaka.\n2. Ensure that he is given access to his family.",
            [
                (
                    "the Working Group on Arbitrary Detention",
                    "your Excellency's Government",
                    "Clarify the charges brought against Mr. Tanaka",
                ),
                (
                    "the Working Group on Arbitrary Detention",
                    "your Excellency's Government",
                    "Ensure that he is given access to his family",
                ),
            ],
        ),
        (
            "Dear Ambassador,\n\nI would appreciate receiving information on the status of the "
            "investigation into the killing of the activist.\n\nYours faithfully,\nPeter Lund",
            [
                (
                    "Peter Lund",
                    "Ambassador",
                    "receiving information on the status of the investigation into the killing of the activist",
                )
            ],
        ),
        (
            "Excellency,\n\nWe would be grateful if your Government could provide details of the "
            "measures taken to protect the witnesses.\n\nPlease accept, Excellency, the assurances "
            "of our highest consideration.\n\nMaria Costa\nSpecial Rapporteur on the situation of "
            "human rights defenders",
            [("Maria Costa", "your Government", "provide details of the measures taken to protect the witnesses")],
        ),
        (
            "Dear President Ramos,\n\nWe urge you to pardon the imprisoned union leaders.\n\n"
            "Sincerely,\nThe Labour Rights Coalition",
            [("The Labour Rights Coalition", "President Ramos", "pardon the imprisoned union leaders")],
        ),
        (
            "The Special Rapporteur would welcome information on any steps taken to review the legislation.",
            [("The Special Rapporteur", "", "information on any steps taken to review the legislation")],
        ),
        (
            "Dear Secretary of State,\n\nWe respectfully request that your office open an inquiry "
            "into the deaths of the three farmers.\n\nYours sincerely,\nJohn Mbeki",
            # "your office" is the reader's, named by the salutation
            [("John Mbeki", "Secretary of State", "open an inquiry into the deaths of the three farmers")],
        ),
        (
            "Excellency,\n\nWe would also appreciate it if your Government could share the findings of the autopsy.",
            [("We", "your Government", "share the findings of the autopsy")],
        ),
        (
            "Mandates of the Independent Expert on sexual orientation and gender identity\n\nWe "
            "would be grateful for any information on the measures taken to protect the victims.",
            [
                (
                    "the Independent Expert on sexual orientation and gender identity",
                    "",
                    "any information on the measures taken to protect the victims",
                )
            ],
        ),
        (
            "Please also explain how the new law complies with the State's obligations under the Covenant.",
            [("", "", "Please also explain how the new law complies with the State's obligations under the Covenant")],
        ),
        (
            "Please inform us of any steps taken to reunite the children with their families.",
            [("", "", "Please inform us of any steps taken to reunite the children with their families")],
        ),
        (
            "Dear Governor Alvarez,\n\nI am writing to ask you to commute the death sentence of Mr. "
            "Reyes.\n\nRespectfully,\nSara Klein",
            [("Sara Klein", "Governor Alvarez", "commute the death sentence of Mr. Reyes")],
        ),
        (
            "We therefore respectfully urge your Excellency's Government to take all necessary "
            "measures to protect the journalists.",
            [("We", "your Excellency's Government", "take all necessary measures to protect the journalists")],
        ),
        (
            "Kindly provide details of any compensation offered to the families of the victims.",
            [("", "", "Kindly provide details of any compensation offered to the families of the victims")],
        ),
    ],
)
def test_audit_letters_and_communications(nlp, text, expected):
    """Requests in letters and UN communications: imperatives after "Please"/"Kindly", "would be grateful
    if X could" (inline or before a numbered list), "would appreciate (receiving) ...", "would welcome
    information on ..."; the salutation or the if-clause's subject as target, the letterhead or the
    signature (also under a diplomatic closing formula) as actor."""
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Free Ahmed Salem now!",
            [("", "", "Free Ahmed Salem now")],
        ),
        (
            "Release the jailed students immediately!",
            [("", "", "Release the jailed students immediately")],
        ),
        (
            "Dear Prime Minister,\n\nI urge you to drop all charges against the peaceful protesters.",
            [("I", "Prime Minister", "drop all charges against the peaceful protesters")],
        ),
        (
            "Tell the authorities to stop the forced evictions!",
            [("", "the authorities", "stop the forced evictions")],
        ),
        (
            "Write to the Minister of Justice and ask him to release the detained lawyers.",
            [("", "the Minister of Justice", "release the detained lawyers")],
        ),
        (
            "Join our campaign today!",
            [],
        ),
        (
            "Donate now to support our work!",
            [],
        ),
        (
            "Sign up for our newsletter.",
            [],
        ),
        (
            "Take action now: sign the petition!",
            [],
        ),
        (
            "Stand with us and help protect the rights of refugees!",
            [],
        ),
        (
            "Stop the executions now!",
            [("", "", "Stop the executions now")],
        ),
        (
            "Call on the Prime Minister to stop the deportations!",
            [("", "the Prime Minister", "stop the deportations")],
        ),
        (
            "Urge the Governor to grant clemency to Mr. Lee.",
            [("", "the Governor", "grant clemency to Mr. Lee")],
        ),
        (
            "Demand justice for the victims of the massacre!",
            [("", "", "justice for the victims of the massacre")],
        ),
        (
            "End the blockade now!",
            [("", "", "End the blockade now")],
        ),
        (
            "Subscribe to our newsletter to stay informed!",
            [],
        ),
        (
            "Share this page with your friends!",
            [],
        ),
        (
            "Find out more about our work.",
            [],
        ),
        (
            "Give now to help families in need!",
            [],
        ),
        (
            "Spread the word!",
            [],
        ),
    ],
)
def test_audit_campaign_pages(nlp, text, expected):
    """Campaign pages: exclamations ("Free X now!" even when tagged as a name), the reader asked to relay a
    demand ("Tell the authorities to ...", "Call on X to ..."), and the reader's own calls (join,
    donate, give, spread, share, "Stand with us") that are not demands."""
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Statement by the Committee against Torture\n\nThe State party should ensure that all "
            "allegations of torture are promptly investigated.",
            [
                (
                    "the Committee against Torture",
                    "The State party",
                    "ensure that all allegations of torture are promptly investigated",
                )
            ],
        ),
        (
            "Joint statement by Amnesty Network and Rights Now\n\nWe call on the authorities to lift "
            "the ban on the opposition party.",
            [("Amnesty Network and Rights Now", "the authorities", "lift the ban on the opposition party")],
        ),
        (
            "Statement by the Special Rapporteur on freedom of expression\n\nThe Government is "
            "encouraged to decriminalise defamation.",
            [("the Special Rapporteur on freedom of expression", "The Government", "decriminalise defamation")],
        ),
        (
            "Statement by the Minister of Foreign Affairs of Norland at the 52nd session of the "
            "Human Rights Council\n\nMr. President,\n\nWe call upon all States to cooperate fully "
            "with the Commission of Inquiry.",
            [
                (
                    "the Minister of Foreign Affairs of Norland",
                    "all States",
                    "cooperate fully with the Commission of Inquiry",
                )
            ],
        ),
        (
            "The Ministry of Foreign Affairs calls on all parties to respect the ceasefire.",
            [("The Ministry of Foreign Affairs", "all parties", "respect the ceasefire")],
        ),
        (
            "Speech by the High Commissioner\n\nI urge the Government to halt the demolitions.",
            [("the High Commissioner", "the Government", "halt the demolitions")],
        ),
        (
            "Mr. President,\n\nMy delegation calls on the Council to extend the mandate of the Special Rapporteur.",
            [("My delegation", "the Council", "extend the mandate of the Special Rapporteur")],
        ),
        (
            "Statement by the European Union\n\nThe EU urges the authorities to release all political prisoners.",
            [("The EU", "the authorities", "release all political prisoners")],
        ),
        (
            "Statement by the Delegation of Freeland\n\nMadam President,\n\nFreeland urges the "
            "Government of Norland to grant humanitarian access.",
            [("Freeland", "the Government of Norland", "grant humanitarian access")],
        ),
        (
            "Statement by the Delegation of Freeland\n\nWe encourage the authorities to engage "
            "constructively with the treaty bodies.",
            [("the Delegation of Freeland", "the authorities", "engage constructively with the treaty bodies")],
        ),
        (
            "Statement by the Working Group on Business and Human Rights\n\nCompanies are urged to "
            "carry out human rights due diligence.",
            [("the Working Group on Business and Human Rights", "Companies", "carry out human rights due diligence")],
        ),
        (
            "Press release by the Ministry of the Interior\n\nThe Ministry calls on citizens to "
            "refrain from unauthorised gatherings.",
            [("the Ministry of the Interior", "citizens", "refrain from unauthorised gatherings")],
        ),
        (
            "Statement by Human Rights Alliance\n\nThe authorities must immediately release all detained activists.",
            [("Human Rights Alliance", "The authorities", "immediately release all detained activists")],
        ),
    ],
)
def test_audit_default_actor(nlp, text, expected):
    """The document's author or speaker as actor of unattributed, passive and first-person demands: titles
    "Statement by X at the ... session" (the venue is not part of the name), "Mr. President, we call
    upon ...", government statements."""
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize("session", ["Fortieth", "Thirty-first", "Fifty-Second"])
def test_a_sessions_number_in_words_is_not_the_speaker(nlp, session):
    # the model may read a spelled-out ordinal in a speech's heading as a person's name
    text = (
        f"UN Human Rights Council {session} session\n\nMr. President,\n\n"
        "Given the scale of the crisis, we call on this Council to create a Commission of Inquiry.\n"
    )
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == ["we"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The experts urged the Government to release the detained activists and investigate the "
            "allegations of torture.",
            [
                ("The experts", "the Government", "release the detained activists"),
                ("The experts", "the Government", "investigate the allegations of torture"),
            ],
        ),
        (
            "The Commission called on the authorities to respect and protect the rights of minorities.",
            [("The Commission", "the authorities", "respect and protect the rights of minorities")],
        ),
        (
            "The NGOs welcomed the Government's pledge. They said the authorities must now "
            "investigate every case of disappearance.",
            [("The NGOs", "the authorities", "investigate every case of disappearance")],
        ),
        (
            "The Rapporteur said there should be an independent investigation into the deaths.",
            [("The Rapporteur", "", "an independent investigation into the deaths")],
        ),
        (
            "Human Rights Forum urged the police to stop using excessive force, to release the "
            "detained protesters and to compensate the victims.",
            [
                ("Human Rights Forum", "the police", "stop using excessive force"),
                ("Human Rights Forum", "the police", "release the detained protesters"),
                ("Human Rights Forum", "the police", "compensate the victims"),
            ],
        ),
        (
            "The Government must guarantee the safety of journalists. It must also end the practice "
            "of arbitrary detention.",
            [
                ("", "The Government", "guarantee the safety of journalists"),
                ("", "The Government", "end the practice of arbitrary detention"),
            ],
        ),
        (
            "The Council urged the Government to repeal the decree and to restore the independence of the judiciary.",
            [
                ("The Council", "the Government", "repeal the decree"),
                ("The Council", "the Government", "restore the independence of the judiciary"),
            ],
        ),
        (
            "The experts called on the authorities to investigate, prosecute and punish those responsible.",
            [("The experts", "the authorities", "investigate, prosecute and punish those responsible")],
        ),
        (
            "The delegation called for the release of all political prisoners and the lifting of the curfew.",
            [
                ("The delegation", "", "the release of all political prisoners"),
                ("The delegation", "", "the lifting of the curfew"),
            ],
        ),
        (
            "The Government should release the detainees. They must also be given access to lawyers.",
            [("", "The Government", "release the detainees"), ("", "", "They must also be given access to lawyers")],
        ),
        (
            "There must be a prompt and impartial investigation into the killing.",
            [("", "", "a prompt and impartial investigation into the killing")],
        ),
        (
            "The report said there should be accountability for the crimes committed.",
            [("The report", "", "accountability for the crimes committed")],
        ),
    ],
)
def test_audit_segmentation(nlp, text, expected):
    """Segmentation: coordinated actions split (also a second to-infinitive hung on the trigger), shared
    objects kept, pronoun subjects resolved, "there should be ..." kept (with its reporting speaker),
    linking adverbs ("also", "now") off the start."""
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Council exhorted the parties to resume negotiations.",
            [("The Council", "the parties", "resume negotiations")],
        ),
        (
            "The bishops implored the rebels to free the hostages.",
            [("The bishops", "the rebels", "free the hostages")],
        ),
        (
            "The union insists that the Government reinstate the dismissed workers.",
            [("The union", "the Government", "reinstate the dismissed workers")],
        ),
        (
            "The observers asked the electoral commission to publish the results without delay.",
            [("The observers", "the electoral commission", "publish the results without delay")],
        ),
        (
            "It is high time that the authorities abolish the death penalty.",
            [("", "the authorities", "abolish the death penalty")],
        ),
        (
            "It is imperative that the Government lift the state of emergency.",
            [("", "the Government", "lift the state of emergency")],
        ),
        (
            "The Committee renewed its call for the abolition of corporal punishment.",
            [("The Committee", "", "the abolition of corporal punishment")],
        ),
        (
            "Amnesty Watch has called for the immediate release of the two bloggers.",
            [("Amnesty Watch", "", "the immediate release of the two bloggers")],
        ),
        (
            "Member States are urged to ratify the Convention.",
            [("", "Member States", "ratify the Convention")],
        ),
        (
            "The Human Rights Council,\nRecalling its resolution 5/1,\n1. Calls upon all States to "
            "cooperate with the Independent Expert;\n2. Urges the Government to end impunity for "
            "attacks on journalists;\n3. Requests the Secretary-General to provide all necessary "
            "assistance to the Special Rapporteur;",
            [
                ("The Human Rights Council", "all States", "cooperate with the Independent Expert"),
                ("The Human Rights Council", "the Government", "end impunity for attacks on journalists"),
                (
                    "The Human Rights Council",
                    "the Secretary-General",
                    "provide all necessary assistance to the Special Rapporteur",
                ),
            ],
        ),
        (
            "The Commissioner invited the Government to consider a moratorium on executions.",
            [("The Commissioner", "the Government", "consider a moratorium on executions")],
        ),
        (
            "Civil society groups appealed to the international community to pressure the junta to release detainees.",
            [("Civil society groups", "the junta", "release detainees")],
        ),
        (
            "The experts demanded that the authorities disclose the whereabouts of the missing activist.",
            [("The experts", "the authorities", "disclose the whereabouts of the missing activist")],
        ),
        (
            "The Special Rapporteur requests the Government to ensure that the defenders can work without fear.",
            [("The Special Rapporteur", "the Government", "ensure that the defenders can work without fear")],
        ),
        (
            "The students' demands for the reinstatement of their professors were ignored.",
            [],
        ),
        (
            "The Committee urges the State party to adopt a comprehensive anti-discrimination law.",
            [("The Committee", "the State party", "adopt a comprehensive anti-discrimination law")],
        ),
        (
            "The opposition leader pressed for an inquiry into the election fraud.",
            [("The opposition leader", "", "an inquiry into the election fraud")],
        ),
        (
            "Rights groups are calling on the authorities to drop the charges.",
            [("Rights groups", "the authorities", "drop the charges")],
        ),
        (
            "The Working Group recommends that the Government should release Mr. Diallo immediately.",
            [("The Working Group", "the Government", "release Mr. Diallo immediately")],
        ),
        (
            "The Committee encourages the State party to step up its efforts to combat trafficking.",
            [("The Committee", "the State party", "step up its efforts to combat trafficking")],
        ),
        (
            "The Committee requested the State party to submit its next report by 2026.",
            [("The Committee", "the State party", "submit its next report by 2026")],
        ),
        (
            "The ombudsman has urged that the detainees be released on bail.",
            [("The ombudsman", "", "the detainees be released on bail")],
        ),
        (
            "The experts reiterated their call on the Government to abolish the death penalty.",
            [("The experts", "the Government", "abolish the death penalty")],
        ),
        (
            "Journalists' unions have repeatedly demanded the repeal of the cybercrime law.",
            [("Journalists' unions", "", "the repeal of the cybercrime law")],
        ),
        (
            "The Special Rapporteur has called on the authorities to stop harassing human rights defenders.",
            [("The Special Rapporteur", "the authorities", "stop harassing human rights defenders")],
        ),
        (
            "It is crucial that the Government ensure the safety of the returnees.",
            [("", "the Government", "ensure the safety of the returnees")],
        ),
        (
            "The Assembly,\nRecalling its previous resolutions,\n1. Strongly urges all parties to "
            "the conflict to protect civilians;\n2. Encourages Member States to contribute to the "
            "humanitarian appeal;",
            [
                ("The Assembly", "all parties to the conflict", "protect civilians"),
                ("The Assembly", "Member States", "contribute to the humanitarian appeal"),
            ],
        ),
        (
            "The parties were called upon to respect the ceasefire.",
            [("", "The parties", "respect the ceasefire")],
        ),
        (
            "The High Commissioner pleaded with the authorities to spare the lives of the condemned men.",
            [("The High Commissioner", "the authorities", "spare the lives of the condemned men")],
        ),
        (
            "Activists are pushing for the abolition of the death penalty.",
            [("Activists", "", "the abolition of the death penalty")],
        ),
    ],
)
def test_audit_trigger_classes(nlp, text, expected):
    """Trigger coverage: request verbs with an object and a to-infinitive (VerbNet urge/beg classes:
    exhort, implore, plead with, pressure, push), particles read as prepositions ("called on"), passives
    ("were called upon to"), that-clauses, "it is essential/high time that", nominal calls, operative
    paragraphs."""
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Human Rights Council, 55th session\nInteractive dialogue with the Special Rapporteur on "
            "Eritrea\nStatement delivered by the Kingdom of Valdoria\n\nThank you, Mr. "
            "Vice-President.\n\nValdoria thanks the Special Rapporteur for her report.\n\nWe remain "
            "concerned by the continued detention of journalists without trial. We urge the "
            "Government to release them or bring them promptly before a court.\n\nWe also call on "
            "the authorities to allow the Special Rapporteur to visit the country.\n\nThank you.",
            [
                ("the Kingdom of Valdoria", "Government of Eritrea", "release them"),
                ("the Kingdom of Valdoria", "Government of Eritrea", "bring them promptly before a court"),
                ("the Kingdom of Valdoria", "the authorities", "allow the Special Rapporteur to visit the country"),
            ],
        ),
        (
            "Ministry of Foreign Affairs of Tarsia\nPress statement\n\nThe Ministry of Foreign "
            "Affairs is following with concern the reports of violence in the northern provinces. "
            "The Ministry calls on all sides to exercise restraint and to resume the dialogue. Those "
            "responsible for attacks on civilians should be held to account.",
            [
                ("The Ministry of Foreign Affairs", "all sides", "exercise restraint"),
                ("The Ministry of Foreign Affairs", "all sides", "resume the dialogue"),
                (
                    "The Ministry of Foreign Affairs",
                    "",
                    "Those responsible for attacks on civilians should be held to account",
                ),
            ],
        ),
        (
            "GENEVA (5 March 2025) - A group of UN experts today urged Vantia to halt the execution "
            'of a man convicted as a juvenile.\n\n"International law absolutely prohibits the death '
            'penalty for crimes committed by children," the experts said. "The authorities must '
            'commute his sentence immediately."\n\nThe experts also called for a moratorium on all '
            "executions.",
            [
                ("A group of UN experts", "Vantia", "halt the execution of a man convicted as a juvenile"),
                ("A group of UN experts", "The authorities", "commute his sentence immediately"),
                ("A group of UN experts", "", "a moratorium on all executions"),
            ],
        ),
        (
            "Free the Kaldor Five\n\nFive students have been held for six months for posting a poem "
            "online.\n\nTake action: write to the Minister of the Interior and urge him to release "
            "the students immediately and unconditionally.\n\nDonate to support our campaigns.",
            [("", "the Minister of the Interior", "release the students immediately and unconditionally")],
        ),
        (
            "Excellency,\n\nFollowing the third cycle of the Universal Periodic Review of your "
            "country, I would like to draw your attention to the following areas that in my view "
            "require particular attention:\n\n- Adopt a national action plan on human rights;\n- "
            "Ensure that the national human rights institution is fully compliant with the Paris "
            "Principles;\n- Take effective measures to prevent violence against women.\n\nPlease "
            "accept, Excellency, the assurances of my highest consideration.\n\nVolker Hansen\nHigh "
            "Commissioner for Human Rights",
            [
                ("Volker Hansen", "", "Adopt a national action plan on human rights"),
                (
                    "Volker Hansen",
                    "",
                    "Ensure that the national human rights institution is fully compliant with the Paris Principles",
                ),
                ("Volker Hansen", "", "Take effective measures to prevent violence against women"),
            ],
        ),
        (
            "The General Assembly,\nReaffirming the Universal Declaration of Human Rights,\n1. "
            "Condemns all acts of violence against journalists;\n2. Invites States to consider "
            "establishing national protection mechanisms;\n3. Decides to remain seized of the matter.",
            [("The General Assembly", "States", "consider establishing national protection mechanisms")],
        ),
        (
            "Concluding observations of the Committee on the Elimination of Racial Discrimination\n\n"
            "The Committee recommends that the State party:\n(a) Adopt a comprehensive definition of "
            "racial discrimination;\n(b) Ensure that victims have access to effective remedies.\n\n"
            "The Committee further encourages the State party to ratify the amendment to article 8.",
            [
                ("Committee", "the State party", "Adopt a comprehensive definition of racial discrimination"),
                ("Committee", "the State party", "Ensure that victims have access to effective remedies"),
                ("Committee", "the State party", "ratify the amendment to article 8"),
            ],
        ),
        (
            "Mandates of the Special Rapporteur on the rights of indigenous peoples\n\n"
            "Excellency,\n\nWe are issuing this appeal in order to safeguard the rights of the "
            "above-mentioned persons from irreparable harm. We urge your Excellency's Government to "
            "take all necessary interim measures to halt the alleged violations.\n\nWe would "
            "appreciate a response within 60 days.",
            [
                (
                    "the Special Rapporteur on the rights of indigenous peoples",
                    "your Excellency's Government",
                    "take all necessary interim measures to halt the alleged violations",
                ),
                (
                    "the Special Rapporteur on the rights of indigenous peoples",
                    "your Excellency's Government",
                    "a response within 60 days",
                ),
            ],
        ),
    ],
)
def test_audit_whole_documents(nlp, text, expected):
    """Short documents of each genre: a Human Rights Council speech ("Statement delivered by X"), a
    government press statement ("The Ministry" as its full name, an unattributed demand voicing the
    paragraph's demander), news with quotes, a campaign page ("urge him" -> the minister just named), a
    UPR follow-up letter (imperative items after a colon lead, the signature under a diplomatic
    closing), a resolution, concluding observations and a communication."""
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Human Rights Council,\nRecalling its earlier resolutions,\n1. Also requests the "
            "High Commissioner to present an oral update at its next session;\n2. Further urges the "
            "Government to cooperate fully with the special procedures;\n3. Reiterates its call upon "
            "all parties to protect civilians;",
            [
                ("The Human Rights Council", "the High Commissioner", "present an oral update at its next session"),
                ("The Human Rights Council", "the Government", "cooperate fully with the special procedures"),
                ("The Human Rights Council", "all parties", "protect civilians"),
            ],
        ),
        (
            "The Security Council,\nExpressing grave concern at the situation,\n1. Demands that all "
            "parties immediately cease hostilities;\n2. Emphasizes the need to ensure unhindered "
            "humanitarian access;",
            [
                ("The Security Council", "all parties", "immediately cease hostilities"),
                ("The Security Council", "", "ensure unhindered humanitarian access"),
            ],
        ),
        (
            "It is recommended that the Government establish an independent police complaints body.",
            [("", "the Government", "establish an independent police complaints body")],
        ),
    ],
)
def test_audit_resolution_paragraphs(nlp, text, expected):
    """Operative paragraphs opening with an adverb ("Also requests", "Further urges": the adverb is not the
    actor), "Reiterates its call upon", "Demands that", "Emphasizes the need to", and the impersonal "It
    is recommended that"."""
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Statement by the Delegation of Norland\n\nNorland recommends that Vantia ratify the "
            "Convention against Torture and establish a national preventive mechanism.",
            [
                ("Norland", "Vantia", "ratify the Convention against Torture"),
                ("Norland", "Vantia", "establish a national preventive mechanism"),
            ],
        ),
        (
            "Statement by the Delegation of Norland\n\nWe recommend that Vantia:\n1) decriminalize "
            "defamation;\n2) guarantee the independence of the judiciary.",
            [
                ("the Delegation of Norland", "Vantia", "decriminalize defamation"),
                ("the Delegation of Norland", "Vantia", "guarantee the independence of the judiciary"),
            ],
        ),
    ],
)
def test_audit_upr_statements(nlp, text, expected):
    """Recommendations voiced in Universal Periodic Review statements: "X recommends that Y ratify A and
    establish B" (two demands), "We recommend that Y:" then a numbered list."""
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UN human rights office issued a statement urging the authorities to lift the internet shutdown.",
            [("The UN human rights office", "the authorities", "lift the internet shutdown")],
        ),
        (
            "Amnesty Watch, which has campaigned for his release, called the verdict a travesty.",
            [],
        ),
        (
            "Rights groups are demanding that the military hand power back to civilians.",
            [("Rights groups", "", "the military hand power back to civilians")],
        ),
        (
            "The opposition has asked the Supreme Court to annul the election results.",
            [("The opposition", "the Supreme Court", "annul the election results")],
        ),
        (
            "In a letter to the Prime Minister, the union called on him to withdraw the bill.",
            [("the union", "the Prime Minister", "withdraw the bill")],
        ),
        (
            "The lawyers said the court should release their client on bail.",
            [("The lawyers", "the court", "release their client on bail")],
        ),
        (
            "We ask the authorities to respect the right to peaceful assembly.",
            [("We", "the authorities", "respect the right to peaceful assembly")],
        ),
        (
            "We are calling on the Government to halt the evictions.",
            [("We", "the Government", "halt the evictions")],
        ),
    ],
)
def test_audit_news_and_ngo_voices(nlp, text, expected):
    """News and NGO wording: "issued a statement urging X to", "are demanding that", "has asked the court
    to", "In a letter to X, Y called on him to" (him: the person the fronted phrase names), "We ask / We
    are calling on"."""
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mandates of the Special Rapporteur on the situation of human rights defenders\n\nIn "
            "view of the urgency of the matter, we would appreciate a response on the initial steps "
            "taken by your Excellency's Government to safeguard the rights of the above-mentioned "
            "persons.",
            [
                (
                    "the Special Rapporteur on the situation of human rights defenders",
                    "",
                    "a response on the initial steps taken by your Excellency's Government to safeguard the "
                    "rights of the above-mentioned persons",
                )
            ],
        ),
        (
            "We wish to remind your Excellency's Government of its obligation to protect the right to life.",
            [("We", "your Excellency's Government", "protect the right to life")],
        ),
        (
            "While awaiting a reply, we urge that all necessary interim measures be taken to halt "
            "the alleged violations.",
            [("we", "", "all necessary interim measures be taken to halt the alleged violations")],
        ),
    ],
)
def test_audit_communications_formulas(nlp, text, expected):
    """Formulas of special procedures' communications: "we would appreciate a response on the steps taken
    ..." (a demand), "we wish to remind your Excellency's Government of its obligation to protect X"
    (a demand of the Government since 5 December 2026: the sets' annotators count such reminders), "we
    urge that all necessary interim measures be taken"."""
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Government of Tarsia rejects these allegations and calls upon the Special "
            "Rapporteur to rely on verified sources.",
            [("The Government of Tarsia", "the Special Rapporteur", "rely on verified sources")],
        ),
        (
            "We demand the immediate withdrawal of foreign troops from our territory.",
            [("We", "", "the immediate withdrawal of foreign troops from our territory")],
        ),
        (
            "The Prime Minister called for calm and urged citizens not to take the law into their own hands.",
            [
                ("The Prime Minister", "", "calm"),
                ("The Prime Minister", "citizens", "not to take the law into their own hands"),
            ],
        ),
    ],
)
def test_audit_government_statements(nlp, text, expected):
    """Government statements: "rejects these allegations and calls upon X to" (a demand verb the tagger
    read as a noun), "We demand the immediate withdrawal of", "called for calm and urged citizens not
    to" (the negation kept)."""
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The experts expressed concern about the arrests and urged the authorities to ensure due process.",
            [("The experts", "the authorities", "ensure due process")],
        ),
        (
            "States have an obligation to protect journalists.",
            [],
        ),
        (
            "The Committee welcomes the adoption of the new law.",
            [],
        ),
        (
            "The minister told diplomats who had travelled to the capital to attend the funeral.",
            [],
        ),
        (
            "No banners calling for the release of the prisoners were allowed in the square.",
            [],
        ),
        (
            "The journalists asked whether the curfew would apply to aid workers.",
            [],
        ),
        (
            "The governor met the bishop. Later the mayor urged him to reopen the schools.",
            [("the mayor", "him", "reopen the schools")],
        ),
        (
            "The Government has pushed for the return of the refugees, ruling that the region is safe.",
            [("The Government", "", "the return of the refugees")],
        ),
        (
            "The experts called on the authorities to release the journalists. The authorities must "
            "also lift the ban on the newspaper.",
            [
                ("The experts", "the authorities", "release the journalists"),
                ("", "The authorities", "lift the ban on the newspaper"),
            ],
        ),
        (
            "The Commission calls on the authorities to release the journalists. The ban on the "
            "newspaper must be lifted.",
            [
                ("The Commission", "the authorities", "release the journalists"),
                ("The Commission", "", "The ban on the newspaper must be lifted"),
            ],
        ),
        (
            "The Commission regrets that the Government has not yet ratified the Optional Protocol.",
            [],
        ),
    ],
)
def test_audit_descriptions_are_not_demands(nlp, text, expected):
    """Descriptions, obligations and welcomes are not demands; nor a to-infinitive inside a relative clause
    ("told diplomats who had travelled to attend"), a call by "no" one, an indirect question; "him" is
    not guessed from an earlier subject; an unattributed demand takes the paragraph's present-tense
    demander only ("calls on", not "called on")."""
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dear Minister,\n\nCould you please provide information on the whereabouts of Mr. Osei?",
            [("", "Minister", "provide information on the whereabouts of Mr. Osei")],
        ),
        (
            "Would your Government kindly indicate the legal basis for the ban?",
            [("", "your Government", "indicate the legal basis for the ban")],
        ),
        (
            "Could the authorities have prevented the killings?",
            [],
        ),
        (
            "Would the Government accept an independent inquiry?",
            [],
        ),
    ],
)
def test_audit_requests_put_as_questions(nlp, text, expected):
    """A request put as a question to the addressee ("Could you please provide ...?", "Would your
    Government kindly indicate ...?") is a demand; a question about the past or a third party ("Could
    the authorities have prevented ...?", "Would the Government accept ...?") is not."""
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dear Sir or Madam,\n\nI am writing to urge you to halt the deportation of Ms. Haile.\n\n"
            "Yours sincerely,\nDavid Chen",
            [("David Chen", "Sir or Madam", "halt the deportation of Ms. Haile")],
        ),
        (
            "We, the undersigned organisations, call on the European Parliament to suspend the trade agreement.",
            [("the undersigned organisations", "the European Parliament", "suspend the trade agreement")],
        ),
        (
            "We request your Excellency's Government to provide the medical records of the detainee.",
            [("We", "your Excellency's Government", "provide the medical records of the detainee")],
        ),
        (
            "The experts have been urging the Government to adopt the bill for years.",
            [("The experts", "the Government", "adopt the bill for years")],
        ),
        (
            "The Rapporteur will urge the authorities to reopen the case.",
            [("The Rapporteur", "the authorities", "reopen the case")],
        ),
        (
            "The authorities have repeatedly been asked to disclose the number of detainees.",
            [("", "The authorities", "disclose the number of detainees")],
        ),
        (
            'The High Commissioner urged: "Release them now."',
            [("The High Commissioner", "", "Release them now")],
        ),
        (
            "Authorities in Vantia must stop the crackdown on peaceful protesters, a group of UN experts said today.",
            [("a group of UN experts", "Authorities in Vantia", "stop the crackdown on peaceful protesters")],
        ),
        (
            "States should refrain from using counter-terrorism legislation against human rights defenders.",
            [("", "States", "refrain from using counter-terrorism legislation against human rights defenders")],
        ),
        (
            "The Government is requested to provide updated information in its next periodic report.",
            [("", "The Government", "provide updated information in its next periodic report")],
        ),
    ],
)
def test_audit_tense_voice_and_person(nlp, text, expected):
    """The same demand in other tenses, voices and persons: progressive, future, passive perfect ("have
    repeatedly been asked to"), "is requested to" (a future report keeps its "in its next periodic
    report"), a quoted imperative, a trailing attribution, "We, the undersigned ...", "I am writing to
    urge you"."""
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Under the law, NGOs must register with the ministry.",
            [],
        ),
        (
            "The authorities demanded that the protesters disperse.",
            [("The authorities", "the protesters", "disperse")],
        ),
        (
            "Should the Government release the prisoners?",
            [],
        ),
        (
            "If the Government were to release the prisoners, the sanctions could be lifted.",
            [],
        ),
        (
            "The Minister did not call for an investigation.",
            [],
        ),
        (
            "The Council has never urged the State to release the detainees.",
            [],
        ),
        (
            "Will the authorities investigate the killings?",
            [],
        ),
        (
            "The law requires that all associations must report their funding.",
            [],
        ),
        (
            "He asked whether the Government would investigate.",
            [],
        ),
        (
            "The court ruled that the newspaper must pay a fine.",
            [],
        ),
        (
            "Had the police been ordered to stop, the violence would have ended.",
            [],
        ),
        (
            "The experts would call on the Government to act if the situation deteriorated.",
            [],
        ),
        (
            "Under article 12, the State must notify the Secretary-General of any derogation.",
            [],
        ),
        (
            "The law stipulates that detainees should be brought before a judge within 48 hours.",
            [],
        ),
        (
            "Why has the Government not released the detainees?",
            [],
        ),
        (
            "The Minister declined to call for an inquiry.",
            [],
        ),
        (
            "Nobody urged the police to show restraint.",
            [],
        ),
        (
            "The Government must have known about the abuses.",
            [],
        ),
        (
            "According to the regulations, candidates must submit their applications by May.",
            [],
        ),
        (
            "If the authorities release the prisoners, the opposition will join the talks.",
            [],
        ),
        (
            "The police ordered the crowd to disperse.",
            [],
        ),
        (
            "The NGO asked to meet the Minister.",
            [],
        ),
    ],
)
def test_audit_not_demands(nlp, text, expected):
    """Not demands: what rules require, questions, indirect questions ("asked whether"), conditionals and
    hypotheticals ("would call on X ... if Y"), negated or refused calls, calls by nobody; a reported
    order of the criticised party is still a demand (GOLD_FORMAT: each call addressed to someone)."""
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the headline restates the body's demand: one row, where the body states it
        (
            "UN experts urge Arcadia to free jailed poets\n"
            "UN human rights experts today urged the Government of Arcadia to free the three jailed poets.",
            ["free the three jailed poets"],
        ),
        # a headline demand the body does not repeat stays
        (
            "UN experts urge Arcadia to free jailed poets\n"
            "The experts also urged the Government of Arcadia to repeal the press law.",
            ["free jailed poets", "repeal the press law"],
        ),
    ],
)
def test_a_headline_restated_by_the_body_is_one_demand(nlp, text, expected):
    assert [row.demand for row in demands_of(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a press release's lede: each coordinated call is its own demand, with the lede's subject
        (
            "A UN rights expert today demanded the release of the jailed editors, called on the Government"
            " to end the raids and urged the police to return the seized laptops.",
            [
                ("A UN rights expert", "", "the release of the jailed editors"),
                ("A UN rights expert", "the Government", "end the raids"),
                ("A UN rights expert", "the police", "return the seized laptops"),
            ],
        ),
        # a footnote star after the experts, and the day of the call, are no part of the actor
        (
            "ROME (3 May 2022) - UN experts* today called for the release of the jailed poet.",
            [("UN experts", "", "the release of the jailed poet")],
        ),
        (
            "A group of UN experts on Tuesday called on Freedonia to free the bloggers.",
            [("A group of UN experts", "Freedonia", "free the bloggers")],
        ),
        # a quoted demand ends with its quotation; a trailing attribution is not demanded
        (
            "The rapporteur urged the Government \u201cto lift the ban on the newspaper,\u201d as a first step.",
            [("The rapporteur", "the Government", "lift the ban on the newspaper")],
        ),
        (
            "The two States urged Freedonia to release the detained students, representatives of both"
            " States said on Monday.",
            [("The two States", "Freedonia", "release the detained students")],
        ),
        # a semicolon list of actions after one call: each part is a demand of the same addressee
        (
            "The envoy urged the Government of Freedonia to review the press law, which was adopted in May;"
            " repeal its article 12; and free the editors held under it.",
            [
                ("The envoy", "the Government of Freedonia", "review the press law"),
                ("The envoy", "the Government of Freedonia", "repeal its article 12"),
                ("The envoy", "the Government of Freedonia", "free the editors held under it"),
            ],
        ),
        # "them" in the speakers' next sentence is the addressee they have just named
        (
            "\u201cWe urge the authorities to free the poets. We also urge them to lift the ban on the union,\u201d"
            " the experts said.",
            [
                ("the experts", "the authorities", "free the poets"),
                ("the experts", "the authorities", "lift the ban on the union"),
            ],
        ),
    ],
)
def test_news_ledes_coordinated_calls_quotes_and_attributions(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lone participle after the call is the speakers' own act, not a second demand
        (
            "The envoys appealed for the release of the students held in Freedonia, denouncing the raids"
            " on their homes.",
            [("The envoys", "", "the release of the students held in Freedonia")],
        ),
        # a list of participles after it is demanded
        (
            "The experts called for the release of the editors, ensuring their safety, and ending the raids.",
            [
                ("The experts", "", "the release of the editors"),
                ("The experts", "", "ensuring their safety"),
                ("The experts", "", "ending the raids"),
            ],
        ),
        # "..., it said": the speaker named before, not the subject of the sentence in between
        (
            "The UN rights office said ten students had been freed. The rest remain in custody, it said.\n"
            "\u201cWe call on the Government to release them,\u201d it said.",
            [("The UN rights office", "the Government", "release them")],
        ),
        # "..., she said" after a speaker who called for something herself; a phrase set off by
        # commas is how she spoke, not part of who she is (her title before her name is left out too)
        (
            "In turn, Amnesty International researcher Natalie Notadze, on behalf of her organization, "
            "also called for the release of the activist.\n"
            "\u201cThe authorities must stop detaining their critics,\u201d she said.",
            [
                ("Natalie Notadze", "", "the release of the activist"),
                ("Natalie Notadze", "The authorities", "stop detaining their critics"),
            ],
        ),
        # a quotation in paragraphs of its own, introduced by "X said:"
        (
            "The federation's director, Ana Lind, said:\n\n"
            "\u201cThis is an attack on the press.\n\n"
            "\u201cThe authorities must free the reporters.\u201d",
            [("Ana Lind", "The authorities", "free the reporters")],
        ),
        # a document-like noun after the verb's own preposition: "follow through its decision ..."
        (
            "\u201cThe Government must follow through its decision to free the poet by releasing all other"
            " writers,\u201d the director said.",
            [
                (
                    "the director",
                    "The Government",
                    "follow through its decision to free the poet by releasing all other writers",
                )
            ],
        ),
    ],
)
def test_press_release_speakers_participles_and_phrasal_verbs(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


def test_a_quoted_paragraph_goes_on_with_the_speaker_named_in_the_one_before(nlp):
    text = (
        '"We call on the Government of Freedonia to release the activist," said Ana Vel, spokesperson for the'
        ' UN human rights office.\n"We urge the government to stop criminalising dissenting voices."'
    )
    speaker = "Ana Vel"
    assert [row.actor for row in demands_of(nlp, text)] == [speaker, speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "call for X to VP": the for-to clause names whom and what, also with a day in between
        (
            "Rights groups called for the authorities to release the activists.",
            [("Rights groups", "the authorities", "release the activists")],
        ),
        (
            "The UN human rights office called Friday for Freedonia to release the detained reporters.",
            [("The UN human rights office", "Freedonia", "release the detained reporters")],
        ),
        # a long opening phrase: the parser hangs the subject on its last noun
        (
            "In a joint statement issued in Geneva, the experts, including the Special Rapporteur on"
            " torture, urged the authorities to release the detainees.",
            [("the experts, including the Special Rapporteur on torture", "the authorities", "release the detainees")],
        ),
        (
            "In his third statement in a week over the elections in Freedonia, decried by monitors as"
            " unfair, a United Nations expert today deplored the raids and called for the release of all"
            " detainees.",
            [("a United Nations expert", "", "the release of all detainees")],
        ),
        # "X was joined by Y in calling for ...": X calls
        (
            "Human Rights Watch was joined by 30 organisations in calling for the release of the journalists.",
            [("Human Rights Watch", "", "the release of the journalists")],
        ),
        # ... also when the parser hangs "in calling" on the last name of a long list of those who joined
        (
            "Sekaggya was joined by UN Special Rapporteur on freedom of expression Frank La Rue; on torture Juan"
            " Mendez and the Chair-Rapporteur of the Working Group on Arbitrary Detention, El Hadji Malick Sow in"
            " calling for the release of those arbitrarily detained.",
            [("Sekaggya", "", "the release of those arbitrarily detained")],
        ),
    ],
)
def test_for_to_clauses_and_subjects_after_a_long_opening_phrase(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Committee called on the State party to: repeal article 193; release all detainees; and ensure fair"
        " trials.",
        "The Committee called on the State party to (a) repeal article 193; (b) release all detainees; and (c) ensure"
        " fair trials.",
        "The Committee recommends that the State party: (a) repeal article 193; (b) release all detainees; and (c)"
        " ensure fair trials.",
        # numbered "1)", and the object of an item is no addressee
        "The Committee urged the State party to: 1) repeal article 193; 2) release all detainees; and 3) ensure fair"
        " trials.",
    ],
)
def test_a_list_inside_the_sentence_of_the_call_gives_one_demand_per_item(nlp, text):
    assert triples(demands_of(nlp, text)) == [
        ("The Committee", "the State party", "repeal article 193"),
        ("The Committee", "the State party", "release all detainees"),
        ("The Committee", "the State party", "ensure fair trials"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The State party should:\n(a) Repeal article 193;\n(b) Release all detainees.",
        "The State party should: (a) repeal article 193; (b) release all detainees.",
    ],
)
def test_a_modal_that_leads_a_list_demands_each_item_of_its_subject(nlp, text):
    assert [(target, demand.lower()) for _actor, target, demand in triples(demands_of(nlp, text))] == [
        ("The State party", "repeal article 193"),
        ("The State party", "release all detainees"),
    ]


def test_recommendations_made_to_the_state_party_under_a_lead_address_the_state_party(nlp):
    # a treaty body's Views: "makes the following recommendations to the State party:", items nested
    text = (
        "9. The Committee makes the following recommendations to the State party:\n"
        "(a) With respect to the authors:\n(i) Provide adequate compensation to the authors;\n"
        "(b) In general:\n(i) Investigate every act of forced sterilization.\n"
    )
    assert triples(demands_of(nlp, text)) == [
        ("The Committee", "the State party", "Provide adequate compensation to the authors"),
        ("The Committee", "the State party", "Investigate every act of forced sterilization"),
    ]


def test_an_item_of_an_inline_list_may_open_with_an_adverb(nlp):
    # (the parser makes "detainees" a second object of "urges": the addressee is the one before the colon)
    text = (
        "Canada strongly urges the Myanmar military to: 1) immediately stop the violence; 2) release detainees; and"
        " 3) swiftly restore the democratic political system."
    )
    assert triples(demands_of(nlp, text)) == [
        ("Canada", "the Myanmar military", "immediately stop the violence"),
        ("Canada", "the Myanmar military", "release detainees"),
        ("Canada", "the Myanmar military", "swiftly restore the democratic political system"),
    ]


def test_a_modal_statement_whose_measures_are_enumerated_after_a_colon_demands_each_measure(nlp):
    # treaty bodies' reports: the lead announces the measures, the lettered items are what is demanded
    text = (
        "The State party should adopt a series of specific measures described in the following sections:"
        " (a) strengthen institutions and investigations; (b) ensure effective coordination of institutions;"
        " and (c) protect public officials involved in searches."
    )
    assert triples(demands_of(nlp, text)) == [
        ("", "The State party", "strengthen institutions and investigations"),
        ("", "The State party", "ensure effective coordination of institutions"),
        ("", "The State party", "protect public officials involved in searches"),
    ]


def test_a_call_for_a_list_on_the_lines_below_needs_no_colon(nlp):
    # "calls for" ends no sentence: the bulleted lines under it are what is called for
    text = (
        "The Federation calls for\n- all charges against Anna Lindqvist to be dropped\n"
        "- the union to be registered as a legal trade union\n"
    )
    assert triples(demands_of(nlp, text)) == [
        ("The Federation", "", "all charges against Anna Lindqvist to be dropped"),
        ("The Federation", "", "the union to be registered as a legal trade union"),
    ]


def test_a_recommendation_that_leads_a_list_addresses_its_items_to_the_that_clause_subject(nlp):
    # treaty bodies' concluding observations: the items are the verbs of the that-clause
    text = (
        "Access to education\n"
        "- The Committee reiterates its previous recommendation that the State party:\n"
        "(a) Adopt measures to address illiteracy among Roma children;\n"
        "(b) Support Roma families to gain access to the Internet for online learning."
    )
    assert [(actor, target) for actor, target, _ in triples(demands_of(nlp, text))] == [
        ("The Committee", "the State party"),
        ("The Committee", "the State party"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to the experts, the authorities must end incommunicado detention.",
            [("the experts", "the authorities", "end incommunicado detention")],
        ),
        (
            "The authorities must end incommunicado detention, according to the Special Rapporteur.",
            [("the Special Rapporteur", "The authorities", "end incommunicado detention")],
        ),
        # what a rule requires is not a demand
        ("According to the law, NGOs must register with the ministry.", []),
    ],
)
def test_according_to_names_who_makes_a_must_statement(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Committee considers that the State party should establish an independent complaints mechanism.",
            [("The Committee", "the State party", "establish an independent complaints mechanism")],
        ),
        (
            "The organisations believe that the authorities should drop all charges.",
            [("The organisations", "the authorities", "drop all charges")],
        ),
        # counsel's submission in a hearing report
        (
            "Counsel submitted that the restrictions should be reviewed every week.",
            [("Counsel", "", "the restrictions should be reviewed")],
        ),
        # not a position put on record: a question the court weighed
        ("The court considered whether he should be released.", []),
    ],
)
def test_a_should_clause_under_a_verb_of_opinion_is_a_demand_of_its_holder(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a resolution's operative paragraph: the pronoun is the party the coordinated verb named
        (
            "Welcomes the cooperation of the Government of Freedonia with the Special Rapporteur and urges it"
            " to allow unhindered access to all detainees.",
            "the Government of Freedonia",
        ),
        (
            "Notes the steps taken by the specialized agencies and requests them to strengthen their assistance.",
            "the specialized agencies",
        ),
        (
            "Expresses its appreciation to the international community and encourages it to continue providing"
            " assistance.",
            "the international community",
        ),
        ("The source said he called congressional leaders and asked them to back the bill.", "congressional leaders"),
    ],
)
def test_an_object_pronoun_of_a_call_is_the_party_named_before_it(nlp, text, target):
    [(_actor, found, _demand)] = triples(demands_of(nlp, text))
    assert found == target


def test_a_call_read_as_a_noun_with_a_pronoun_addressee_is_a_demand_of_the_party_named_before(nlp):
    text = "Appreciates the support of Member States and donors and calls upon them to increase their contributions."
    # raised AttributeError once, then gave no row: the tagger reads "calls" as a plural noun
    assert triples(demands_of(nlp, text)) == [("", "Member States and donors", "increase their contributions")]


@pytest.mark.parametrize(
    ("text", "demand"),
    [
        # the noun's own "for" phrase, which the parser hangs on the verb, stays with it
        ("The experts called for justice for the victims.", "justice for the victims"),
        ("The High Commissioner called for accountability for the violations.", "accountability for the violations"),
        # a time after "for" is not what is called for
        ("The experts called for a moratorium for two years.", "a moratorium for two years"),
    ],
)
def test_call_for_a_noun_and_its_own_for_phrase(nlp, text, demand):
    assert [d for _actor, _target, d in triples(demands_of(nlp, text))] == [demand]


def test_a_colon_before_a_clause_is_not_a_list(nlp):
    text = "The experts urged the Government to act: the situation is grave; people are dying."
    assert triples(demands_of(nlp, text)) == [("The experts", "the Government", "act")]


@pytest.mark.parametrize(
    "headline",
    [
        "Iran must halt executions of protesters, UN experts say",
        "The world must change the way it treats refugees, UN expert says",
        "Freedonian authorities should urgently release all political prisoners - OHCHR",
    ],
)
def test_a_title_case_headline_gives_the_demand_of_its_sentence_case(nlp, headline):
    """The tagger reads a capitalised verb after the modal as a name ("Must Halt"); the headline's
    demand is the one its sentence-case form gives."""
    title_case = " ".join(word[:1].upper() + word[1:] for word in headline.split())
    expected = [tuple(part.lower() for part in row) for row in triples(demands_of(nlp, headline))]
    assert expected
    assert [tuple(part.lower() for part in row) for row in triples(demands_of(nlp, title_case))] == expected


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The head of the memorial has written to Nigeria's president asking him to pardon the boy.",
            "Nigeria's president",
        ),
        ("The group wrote to the Minister of Justice urging him to release the detainees.", "the Minister of Justice"),
        ("Amnesty sent a letter to the President, asking her to stop the executions.", "the President"),
    ],
)
def test_an_object_pronoun_of_a_participle_is_the_party_the_verb_above_addressed(nlp, text, target):
    [(_actor, found, _demand)] = triples(demands_of(nlp, text))
    assert found == target


def test_a_gerund_hung_on_the_demanded_verb_is_the_speakers_own_act(nlp):
    text = (
        "The head of the memorial has written to the president asking him to pardon the boy, Omar Farouq, and"
        " offering to serve part of the jail term himself."
    )
    assert [d for _actor, _target, d in triples(demands_of(nlp, text))] == ["pardon the boy, Omar Farouq"]


def test_a_past_tense_with_its_own_object_after_a_demanded_passive_is_the_speakers_own_act(nlp):
    # the parser makes "warned" a conjunct of "used"; a modal's passive coordinates with passives only
    text = (
        "Hong Kong authorities imposed a ban on face masks on Saturday.\n"
        "In response to the ban, Bachelet said face masks should not be used to provoke violence but warned"
        " Hong Kong against using the ban to target particular groups or curtail the right to freedom of assembly.\n"
    )
    assert [d for _actor, _target, d in triples(demands_of(nlp, text))] == [
        "face masks should not be used to provoke violence"
    ]


def test_a_clause_with_its_own_subject_and_modal_ends_the_demand(nlp):
    text = (
        '"Freedom of peaceful assembly should be enjoyed without restriction to the greatest extent possible, but'
        ' on the other hand, we cannot accept people who use masks to provoke violence," she said.'
    )
    assert [d for _actor, _target, d in triples(demands_of(nlp, text))] == [
        "Freedom of peaceful assembly should be enjoyed without restriction to the greatest extent possible"
    ]


@pytest.mark.parametrize(
    ("text", "actor", "demand"),
    [
        # the parser hangs the participle on the place; those who went there demand
        (
            "Demonstrators took to the streets demanding the singer be punished.",
            "Demonstrators",
            "the singer be punished",
        ),
        (
            "Supporters gathered outside the court demanding that the charges be dropped.",
            "Supporters",
            "the charges be dropped",
        ),
        # people met on the way demand for themselves
        (
            "The minister met protesters demanding the release of political prisoners.",
            "protesters",
            "the release of political prisoners",
        ),
        (
            "Police fired on protesters demanding the resignation of the mayor.",
            "protesters",
            "the resignation of the mayor",
        ),
    ],
)
def test_who_demands_when_the_participle_hangs_on_a_place_or_on_people(nlp, text, actor, demand):
    assert triples(demands_of(nlp, text)) == [(actor, "", demand)]


def test_a_web_address_after_a_headline_is_not_demanded(nlp):
    text = (
        "Poet detained 3 years; groups demand his release https://news.example.org/2025/07/29/poet-detained/ "
        "Tue, 29 Jul 2025 17:03:53 +0000 https://example.org/?p=500980"
    )
    assert [row.demand for row in demands_of(nlp, text)] == ["his release"]


def test_a_participle_on_the_last_of_coordinated_nouns_is_all_of_theirs(nlp):
    text = (
        "The following is a letter by 40 PEN members and other writers' groups calling on the Freedonian "
        "authorities to release the poet Ana Vel."
    )
    assert triples(demands_of(nlp, text)) == [
        ("40 PEN members and other writers' groups", "the Freedonian authorities", "release the poet Ana Vel")
    ]


@pytest.mark.parametrize(
    ("text", "demand"),
    [
        ("Thousands of people marched through the capital, demanding free elections.", "free elections"),
        ("Protesters demanded reforms.", "reforms"),
    ],
)
def test_a_plural_noun_demanded_is_not_taken_for_the_addressee(nlp, text, demand):
    assert [d for _actor, _target, d in triples(demands_of(nlp, text))] == [demand]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a subject pronoun of a reported clause stands for the reporting verb's subject ...
        (
            "The UN experts said they were alarmed by the reports and called for a prompt, impartial investigation.",
            "The UN experts",
        ),
        (
            "Amnesty International said it was deeply concerned and urged the authorities to release the activists.",
            "Amnesty International",
        ),
        # ... and the subject of a passive is the subject of the verb coordinated with it
        ("The Office was alarmed by the reports and called for an investigation.", "The Office"),
    ],
)
def test_a_pronoun_of_a_reported_clause_is_the_reporter(nlp, text, actor):
    [(found, _target, _demand)] = triples(demands_of(nlp, text))
    assert found == actor


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        # in a quotation the speaker would say "I": "he" is someone else
        (
            "``He called on many of the same people to express outrage,'' Joseph Zwilling, a spokesman, said.",
            "He",
            "many of the same people",
        ),
        # "warned Y that they": they may be Y
        (
            "Elected officials warned immigration officials that they should stop the raids on the house.",
            "Elected officials",
            "they",
        ),
    ],
)
def test_a_pronoun_in_a_quotation_or_after_an_addressee_is_not_taken_for_the_reporter(nlp, text, actor, target):
    assert triples(demands_of(nlp, text))[0][:2] == (actor, target)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phrase set off by commas does not end the demand before the verb's object
        (
            "The Committee requests the State party to include, in its next report, detailed information on the"
            " measures taken.",
            (
                "The Committee",
                "the State party",
                "include, in its next report, detailed information on the measures taken",
            ),
        ),
        # the addressee is the object before the to-clause, not the one the parser also hangs on the trigger
        (
            "The experts urged the Government to release, without delay, all those detained.",
            ("The experts", "the Government", "release, without delay, all those detained"),
        ),
    ],
)
def test_a_phrase_between_commas_inside_the_demand(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == [expected]


def test_a_resolution_paragraph_opened_by_its_verb_has_no_subject_of_its_own(nlp):
    """The tagger reads the opening "Reiterates" as a name and the parser finds a later noun as the
    subject of the next verb: the paragraph's author speaks."""
    text = (
        "The General Assembly,\n"
        "Recalling its resolution 47/118 of 18 December 1992,\n"
        "- Reiterates the importance of resuming, in the shortest possible time, the negotiations between"
        " the Government of Guatemala and the Unidad Revolucionaria Nacional Guatemalteca, bearing in mind"
        " the progress and agreements achieved up to May 1993, expresses its appreciation to the"
        " Secretary-General and his representative for their participation in the peace process in"
        " Guatemala, and requests him to continue supporting that process;"
    )
    actors = {actor for actor, _target, _demand in triples(demands_of(nlp, text))}
    assert actors == {"The General Assembly"}


def test_a_resolution_paragraph_whose_opening_verb_is_read_as_the_subject_is_its_authors(nlp):
    text = (
        "The General Assembly,\n"
        "Recalling its resolution 67/233 of 24 December 2012,\n"
        "- Reiterates its serious concern about the situation of the minority in the north, including"
        " repeated instances of violence, and about attacks against minorities elsewhere in the country,"
        " calls upon the Government to protect the civilian population from ongoing violence;"
    )
    assert triples(demands_of(nlp, text)) == [
        ("The General Assembly", "the Government", "protect the civilian population from ongoing violence")
    ]


def test_a_resolution_paragraph_whose_opening_verb_is_read_as_a_name_or_a_clause_is_its_authors(nlp):
    # "Condemns support" read as a name and its noun; "Condemns the exploitation ..." as a clause of its own
    text = (
        "The Security Council,\n\nRecalling its previous resolutions,\n\n"
        "- Condemns support provided by the armed forces of Freedonia to specific armed groups, in particular the"
        " FLF, and calls for the cessation of such support and for the urgent implementation of commitments to"
        " neutralize the group;\n"
        "- Condemns the systematic illicit exploitation and trafficking of natural resources in eastern Freedonia,"
        " calls for renewed efforts to restrict illegal labelling and urges all companies operating in the mineral"
        " sector to exercise due diligence;\n"
    )
    assert {actor for actor, _, _ in triples(demands_of(nlp, text))} == {"The Security Council"}


def test_a_relative_clauses_subject_of_which_is_no_actor_of_a_resolutions_call(nlp):
    text = (
        "The Security Council,\n\nExpressing its serious concern about the increasing erosion of respect for human"
        " rights and fundamental freedoms, in particular for women and girls and their lack of equal access to"
        " education, employment, justice and enjoyment of basic services, the absence of which make peace,"
        " stability, and prosperity in the country unattainable, and in this regard reaffirming its call for the"
        " Taliban to swiftly reverse these policies and practices,\n"
    )
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == ["The Security Council"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # treaty bodies repeat a recommendation as a noun with its that-clause
        (
            "The Committee reiterates its previous recommendation that the State party should abolish the death"
            " penalty.",
            [("The Committee", "the State party", "abolish the death penalty")],
        ),
        (
            "The Special Rapporteur reiterates her call that all political prisoners be released.",
            [("The Special Rapporteur", "", "all political prisoners be released")],
        ),
        # a recommendation rejected is no demand
        ("The Council rejected the recommendation that the mandate be extended.", []),
    ],
)
def test_a_call_or_recommendation_repeated_as_a_noun_with_a_that_clause(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object after an inserted phrase belongs to the demand's last verb, wherever the parser hung it
        (
            "- Encourages the international community to continue providing the necessary assistance for the"
            " people of Guatemala to achieve, in the shortest possible time, its aspirations of peace;",
            "continue providing the necessary assistance for the people of Guatemala to achieve, in the shortest"
            " possible time, its aspirations of peace",
        ),
        # an addressee set off from its to-clause by a phrase between commas
        ("The Committee urged the State party, in its concluding observations, to release them.", "release them"),
    ],
)
def test_an_inserted_phrase_does_not_cut_the_demanded_action_short(nlp, text, expected):
    assert [demand for _actor, _target, demand in triples(demands_of(nlp, text))] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle phrase between addressee and to-clause, whichever verb the parser hung the clause on
        (
            "Moreover, Rapporteur Vel urged the government, led by Prime Minister Ana Tor, to fight corruption and"
            " ensure the right to peaceful public assembly for the members of the opposition.",
            [
                ("Rapporteur Vel", "the government", "fight corruption"),
                (
                    "Rapporteur Vel",
                    "the government",
                    "ensure the right to peaceful public assembly for the members of the opposition",
                ),
            ],
        ),
        (
            "The Rapporteur urged the authorities, citing the law, to release the poet.",
            [("The Rapporteur", "the authorities", "release the poet")],
        ),
        # the participle describes the addressee; it is not part of its name
        (
            "The experts urged the Government, led by President Vel, to free the poet.",
            [("The experts", "the Government", "free the poet")],
        ),
    ],
)
def test_a_participle_set_off_after_the_addressee(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the to-clause the parser hangs on the document the call was made in
        (
            "Eighty-six groups have urged the standing committee of the parliament in an open letter to abandon"
            " its plan.",
            [("Eighty-six groups", "the standing committee of the parliament", "abandon its plan")],
        ),
        # the document is where the call was made, not part of whom it addresses
        (
            "The experts called on the authorities in a joint statement to stop the executions.",
            [("The experts", "the authorities", "stop the executions")],
        ),
        # the to-clause the parser hangs on the verb, after the document and the day of the call
        (
            "The groups urged Sudan’s military in a joint statement Tuesday to release government officials and"
            " activists.",
            [("The groups", "Sudan’s military", "release government officials and activists")],
        ),
    ],
)
def test_a_call_made_in_a_document_named_between_addressee_and_action(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


def test_a_relative_clause_hung_on_the_main_verb_speaks_for_the_noun_before_it(nlp):
    text = (
        "She met with human rights defenders this week, who are pleading with the international community"
        " not to abandon them and instead to take strong measures to protect them."
    )
    assert triples(demands_of(nlp, text)) == [
        ("human rights defenders", "the international community", "not to abandon them"),
        ("human rights defenders", "the international community", "take strong measures to protect them"),
    ]


def test_the_addressee_of_a_salutation_is_not_the_writer(nlp):
    text = (
        "Dear Secretary Cheng, We, a group of 71 international organizations, are writing to call on your"
        " government to drop the charge against her."
    )
    assert triples(demands_of(nlp, text)) == [
        ("a group of 71 international organizations", "your government", "drop the charge against her")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It should be recalled that his arrest occurred right after he visited the embassy.",
        "It must be stressed that the protests were peaceful.",
        "It was the first time since 2005 that a UN human rights chief had visited the region.",
    ],
)
def test_a_remark_or_an_occasion_told_is_no_demand(nlp, text):
    assert demands_of(nlp, text) == []


def test_list_items_saying_what_the_lead_party_does_are_no_imperatives(nlp):
    text = (
        "The Belarusian Association of Journalists:\n\n"
        "- expresses its indignation and protests against the detention of journalists;\n"
        "- confirms the demands expressed in its statement on June 23, 2020, and calls upon the authorities"
        " to stop harassment of journalists;\n"
    )
    assert [(d.target, d.demand) for d in demands_of(nlp, text)] == [
        ("the authorities", "stop harassment of journalists")
    ]


@pytest.mark.parametrize(
    ("text", "demand"),
    [
        # the occasion of the call
        (
            "UN experts today reiterated calls for the release of Ales Bialiatski after the Nobel Committee’s"
            " decision to symbolically award him the 2022 Nobel Peace Prize.",
            "the release of Ales Bialiatski",
        ),
        # the speaker's own act in the past tense, hung on the demanded verb
        (
            "Josep Borrell today called on the authorities to release political opponents and recalled that he"
            " will impose sanctions on the people responsible.",
            "release political opponents",
        ),
        # a past participle inside a name stays ("lèse majesté")
        (
            "The groups urged the government to abolish the draconian lèse majesté law.",
            "abolish the draconian lèse majesté law",
        ),
    ],
)
def test_a_demand_ends_before_the_occasion_of_the_call_and_the_speakers_own_act(nlp, text, demand):
    assert [d.demand for d in demands_of(nlp, text)] == [demand]


def test_a_list_item_that_asks_again_in_a_later_sentence_gives_a_demand_for_each(nlp):
    text = (
        "Dear High Commissioner,\n\nWe urge you to:\n\n"
        "- Come to the detention centre to meet the detained defenders. Please conduct inquiries into their"
        " solitary confinement.\n"
        "- Press the authorities to release them. Also, please demand that their lawyers may see them.\n"
    )
    assert [d.demand for d in demands_of(nlp, text)] == [
        "Come to the detention centre to meet the detained defenders",
        "Please conduct inquiries into their solitary confinement",
        "Press the authorities to release them",
        "please demand that their lawyers may see them",
    ]


def test_we_goes_on_as_the_group_that_demanded_first(nlp):
    text = (
        "Dear World Leaders,\n\nOn Nelson Mandela Day, civil society organisations across the globe call on you"
        " to release imprisoned human rights defenders.\n\nThe defenders have done nothing wrong.\n\n"
        "We urge you to stop the arbitrary arrest of journalists."
    )
    assert [d.actor for d in demands_of(nlp, text)] == ["civil society organisations"] * 2


def test_modal_clauses_a_semicolon_joins_are_each_a_demand(nlp):
    text = (
        "The administration's position remains clear: the regime must permit a legitimate international"
        " investigation into the flight diversion; it must immediately release all political prisoners;"
        " it must stop targeting activists."
    )
    assert [d.demand for d in demands_of(nlp, text)] == [
        "permit a legitimate international investigation into the flight diversion",
        "immediately release all political prisoners",
        "stop targeting activists",
    ]


def test_it_must_be_ensured_is_still_a_demand(nlp):
    assert [d.demand for d in demands_of(nlp, "It must be ensured that all detainees are released.")] == [
        "It must be ensured that all detainees are released"
    ]


def test_a_demand_verb_after_a_modal_with_no_action_of_its_own_is_the_demanded_action(nlp):
    text = "“The President should press concerns about the jailing of political opponents,” the group said."
    assert triples(demands_of(nlp, text)) == [
        ("the group", "The President", "press concerns about the jailing of political opponents")
    ]


def test_a_modal_before_a_demand_verb_with_its_own_action_leaves_it_to_that_verb(nlp):
    text = "The EU should urge Belarus to release all political prisoners."
    assert triples(demands_of(nlp, text)) == [("The EU", "Belarus", "release all political prisoners")]


def test_the_to_clause_of_a_call_read_as_the_purpose_of_the_addressees_relative_clause(nlp):
    text = "She also called on activists who have joined the protest movement to support efforts to end impunity."
    expected = ("She", "activists who have joined the protest movement", "support efforts to end impunity")
    assert triples(demands_of(nlp, text)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a that-clause with "do" states what is so; a demand reads "that they not ..."
        "Cuban exiles insist the majority of Americans don't understand life in Cuba.",
        # what a source asks for itself in a reporting formula
        "A Justice official, who requested anonymity, said the decision was near.",
        "The witness asked for anonymity.",
        # the protection a person asks for themselves
        "She was arrested shortly after her father requested asylum in a third country.",
    ],
)
def test_statements_and_reporting_formulas_are_no_demands(nlp, text):
    assert demands_of(nlp, text) == []


def test_a_negated_base_form_that_clause_is_still_a_demand(nlp):
    text = "The Committee recommends that the State party not extradite him."
    assert triples(demands_of(nlp, text)) == [("The Committee", "the State party", "not extradite him")]


@pytest.mark.parametrize(
    "text",
    [
        # an indirect question, a progressive or a perfect: what is so, not what is to be done
        "Asked how the company hopes to expand its business, Mr. Ousley said it would focus on software.",
        "The officials insist the U.S. isn't trying to lure him into an attack.",
    ],
)
def test_questions_and_finite_tenses_after_a_demand_verb_are_no_demands(nlp, text):
    assert demands_of(nlp, text) == []


def test_a_passive_relative_pronoun_addressee_is_its_antecedent(nlp):
    text = "Poland, the Czech Republic and Hungary, who were invited to join NATO in 1997, will join on March 12."
    assert [(target, demand) for _actor, target, demand in triples(demands_of(nlp, text))] == [
        ("Poland, the Czech Republic and Hungary", "join NATO in 1997")
    ]


def test_a_time_ago_after_the_demand_is_when_it_was_made(nlp):
    text = "The British and Irish governments invited Sinn Fein to rejoin two weeks ago."
    assert [demand for _actor, _target, demand in triples(demands_of(nlp, text))] == ["rejoin"]


def test_a_clause_of_its_own_in_a_tense_ends_the_demand(nlp):
    text = (
        "The father has demanded that the boy be returned to him, and the government has said that father and"
        " son should be reunited."
    )
    assert [demand for _actor, _target, demand in triples(demands_of(nlp, text))] == ["the boy be returned to him"]


def test_a_clause_that_obliges_a_party_of_its_own_is_a_demand_of_its_own(nlp):
    text = (
        "The Kremlin must free her and drop these ludicrous charges immediately, but until that day comes,"
        " the State Department must designate her as wrongfully detained."
    )
    assert [(target, demand) for _actor, target, demand in triples(demands_of(nlp, text))] == [
        ("The Kremlin", "free her"),
        ("The Kremlin", "drop these ludicrous charges immediately"),
        ("the State Department", "designate her as wrongfully detained"),
    ]


def test_parties_named_between_dashes_after_the_addressee_are_the_target(nlp):
    text = (
        "I call on the belligerents responsible for Sudanese suffering—the Sudanese Armed Forces (SAF) and the"
        " Rapid Support Forces (RSF)—to pull back their forces."
    )
    assert triples(demands_of(nlp, text)) == [
        ("I", "the Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF)", "pull back their forces")
    ]


def test_an_apposition_after_the_verb_is_not_the_speaker(nlp):
    text = "We’re asking for a very simple thing: a special session at the Human Rights Council."
    assert [actor for actor, _t, _d in triples(demands_of(nlp, text))] == ["We"]


def test_let_alone_is_a_stronger_case_of_the_same_demand(nlp):
    text = "Police should not interfere with the legitimate work of journalists, let alone at peaceful protests."
    assert [demand for _a, _t, demand in triples(demands_of(nlp, text))] == [
        "not interfere with the legitimate work of journalists, let alone at peaceful protests"
    ]


def test_an_inverted_negative_after_the_demand_stays_in_it(nlp):
    text = (
        "Patients should not have to take a chance that an organ will become available in their area,"
        " nor should patients have to travel far from their homes."
    )
    assert not any(demand.startswith("patients have to") for _a, _t, demand in triples(demands_of(nlp, text)))


@pytest.mark.parametrize(
    "text",
    [
        "Federal officials have been insisting the boy would be turned over to his father once the group arrives.",
        "His lawyer, however, insists he will continue to stand up for what he thinks is right.",
    ],
)
def test_a_that_clause_that_foretells_is_no_demand(nlp, text):
    assert demands_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's passive without "is": the subject is addressed, nobody is named as asking
        ("COVID-19 crisis: Kenya urged to stop all evictions", [("", "Kenya", "stop all evictions")]),
        ("Government called on to resign after the scandal", [("", "Government", "resign after the scandal")]),
        # not a verb that takes a bare to-infinitive in the active
        ("They asked to meet the minister.", []),
        # ... nor a call made to tell something ("called to say" is a telephone call)
        ("They called to say they were safe.", []),
    ],
)
def test_a_headline_passive_addresses_its_subject(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


def test_a_call_to_an_action_in_the_present_with_no_addressee_demands_it(nlp):
    """ "We also call to stop repression", as groups writing English as a second language say it:
    the present tense calls for the actions, of no one named."""
    text = "We also call to stop repression and to release all political prisoners."
    assert triples(demands_of(nlp, text)) == [
        ("We", "", "stop repression"),
        ("We", "", "release all political prisoners"),
    ]
    # "calls X Y" names X; a gerund after it is no called-for action
    naming = (
        'Mr. Roe calls discounting "a loser\'s game for anyone without a dominant market share," and projected growth.'
    )
    assert demands_of(nlp, naming) == []


def test_a_day_between_addressee_and_action_is_not_part_of_the_addressee(nlp):
    text = "The UN office urged the Thai government on Thursday to halt arbitrary detention."
    assert triples(demands_of(nlp, text)) == [("The UN office", "the Thai government", "halt arbitrary detention")]


def test_a_past_verb_after_a_present_that_clause_joins_the_outer_clause(nlp):
    text = (
        "The Committee to Protect Journalists welcomed a ruling that sections of the Media Act restrict press"
        " freedom, and called on the government to repeal the act."
    )
    assert triples(demands_of(nlp, text)) == [
        ("The Committee to Protect Journalists", "the government", "repeal the act")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "- Demands that the police and National Security Service respect and protect the rights of detainees,"
            " ruling out the use of weapons, act in a lawful manner;",
            "respect and protect the rights of detainees, ruling out the use of weapons, act in a lawful manner",
        ),
        (
            "- Demands that the police and State Security Service respect and protect the freedoms of citizens, act "
            "in a lawful and accountable manner;",
            "respect and protect the freedoms of citizens, act in a lawful and accountable manner",
        ),
    ],
)
def test_base_forms_the_parser_hangs_on_the_calling_word_stay_in_the_that_clause(nlp, text, expected):
    """The tagger reads the clause's first verb as a noun and the parser hangs "protect ..." and "act
    ..." on "Demands"; a base form cannot be the conjunct of "Demands", so they are the clause's."""
    assert [r.demand for r in demands_of(nlp, text)] == [expected]


def test_a_call_coordinated_with_the_demanded_action_is_the_speakers_second_call(nlp):
    """ "urge the police to rescind X and call on Y to halt Z": the parser joins "call" to "rescind";
    a demand verb with its own addressee is a second call, not one the police are asked to relay."""
    text = "We strongly urge the police to rescind the proposal and call on the Government to halt the proposal."
    assert triples(demands_of(nlp, text)) == [
        ("We", "the police", "rescind the proposal"),
        ("We", "the Government", "halt the proposal"),
    ]


def test_a_provision_quoted_with_shall_is_no_demand(nlp):
    text = (
        "Article 19 of the Covenant provides, among other things, that “Everyone shall have the right to freedom of "
        "expression; this right shall include freedom to seek, receive and impart information and ideas of all "
        "kinds.” We urge the police to withdraw the rule."
    )
    assert triples(demands_of(nlp, text)) == [("We", "the police", "withdraw the rule")]


def test_the_adverb_opening_a_resolutions_paragraph_is_not_its_actor(nlp):
    """ "Further" capitalised at the paragraph's start is read as a name and the verb's subject; the
    paragraph's author (the Assembly) speaks."""
    text = (
        "A/RES/99/1\nThe General Assembly,\n19. Further calls upon the Government of Freedonia to translate "
        "the pledges into concrete action;"
    )
    assert triples(demands_of(nlp, text)) == [
        ("General Assembly", "the Government of Freedonia", "translate the pledges into concrete action")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The High Commissioner said that the verdict was a blow to justice and called for the journalist's "
            "release.",
            [("The High Commissioner", "", "the journalist's release")],
        ),
        (
            "The experts noted that the law violated international standards and urged the parliament to repeal it.",
            [("The experts", "the parliament", "repeal it")],
        ),
    ],
)
def test_a_call_after_a_that_clause_about_a_thing_is_the_speakers(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Observatory regrets that the two lawyers remain in detention, and calls upon the authorities to "
            "release them.",
            [("The Observatory", "the authorities", "release them")],
        ),
        (
            "The Observatory deplores that Mr. Ali and Ms. Hassan remain under investigation, and urges the "
            "prosecutor to close the case.",
            [("The Observatory", "the prosecutor", "close the case")],
        ),
        (
            "Amnesty International notes that several students remain missing and calls on the police to disclose "
            "their whereabouts.",
            [("Amnesty International", "the police", "disclose their whereabouts")],
        ),
    ],
)
def test_a_call_in_the_number_of_the_outer_verb_is_the_outer_subjects(nlp, text, expected):
    """The parser hangs the call on the that-clause's verb; "calls" agrees with the one who
    regrets, not with the plural subject of the clause (who would "call")."""
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "New York, April 3, 2018 – The Committee to Protect Journalists welcomes Turkey’s decision to free two "
            "reporters, urges authorities to drop the charges against them, and calls on the courts to release all "
            "journalists still in jail.",
            [
                ("The Committee to Protect Journalists", "authorities", "drop the charges against them"),
                ("The Committee to Protect Journalists", "the courts", "release all journalists still in jail"),
            ],
        ),
        (
            "Paris, May 12, 2021 – Reporters Without Borders welcomes Egypt’s decision to release a photographer and "
            "calls on authorities to free all journalists who remain behind bars.",
            [("Reporters Without Borders", "authorities", "free all journalists who remain behind bars")],
        ),
    ],
)
def test_a_call_after_a_dateline_and_a_welcomed_decision_is_the_speakers(nlp, text, expected):
    """Not the dateline's place (read as the subject, the speaker's clause hung on it) nor the
    decision (a finite "calls" does not coordinate with the infinitive "to release")."""
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(("topic", "label", "expected"), [("Vietnam", "GPE", None), ("Amnesty", "ORG", "Amnesty")])
def test_a_place_before_a_headline_colon_is_its_topic_not_its_subject(nlp, topic, label, expected):
    """The parse the model gave a headline in its document: the place before the colon as the
    subject of the call after it."""
    from spacy.tokens import Doc, Span

    from pipeline.extract.demands.syntax import subject_of

    words = [topic, ":", "Prisoner", "amnesty", "welcomed", ",", "call", "for", "all", "prisoners"]
    heads = [6, 4, 3, 4, 6, 4, 6, 6, 9, 7]
    deps = ["nsubj", "punct", "compound", "nsubj", "parataxis", "punct", "ROOT", "prep", "det", "pobj"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    doc.ents = [Span(doc, 0, 1, label=label)]
    subject = subject_of(doc[6])
    assert (subject.text if subject is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On World Press Freedom Day, media groups across the region call on governments to free jailed reporters.",
            [("media groups across the region", "governments", "free jailed reporters")],
        ),
        (
            "On Human Rights Day, lawyers around the world call on you to free detained colleagues.",
            [("lawyers around the world", "you", "free detained colleagues")],
        ),
        ("A call on governments to act.", []),
    ],
)
def test_a_call_read_as_a_noun_in_a_sentence_without_a_verb_is_the_verb(nlp, text, expected):
    """The tagger reads "call" as a noun glued to the subject ("the region call"), leaving the
    sentence no finite verb; a noun phrase that is a call ("A call on ...") stays one."""
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Union expects the Vietnamese authorities to immediately release Mr Le.",
            [("The European Union", "the Vietnamese authorities", "immediately release Mr Le")],
        ),
        (
            "The EU expects Belarus to free all political prisoners.",
            [("The EU", "Belarus", "free all political prisoners")],
        ),
        # a prediction: no State addressed, or no to-infinitive
        ("Analysts expect the economy to slow.", []),
        ("We expect McCaw to escalate the bidding.", []),
        ("Netanyahu expects an equal effort from the Palestinians.", []),
    ],
)
def test_expecting_a_state_to_act_is_a_demand(nlp, text, expected):
    """Diplomatic statements demand with "expects the authorities to ..."; news predicts with "expect"."""
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "FORUM-ASIA and its eight member organisations in Indonesia urge authorities to drop all charges.",
            [("FORUM-ASIA and its eight member organisations in Indonesia", "authorities", "drop all charges")],
        ),
        (
            "We call for their immediate release and urge EU officials and governments to speak out.",
            [("We", "", "their immediate release"), ("We", "EU officials and governments", "speak out")],
        ),
        ("The groups pledged to hold a press conference to mark the day.", []),
    ],
)
def test_a_demand_verb_read_as_a_noun_before_an_addressee_and_infinitive_is_the_verb(nlp, text, expected):
    """Only the verb "urge" takes an addressee and a to-infinitive; a coordinated one ends the demand
    before it. "press" glued to "conference" stays a noun."""
    assert triples(demands_of(nlp, text)) == expected


def test_a_quote_around_the_verb_alone_does_not_end_the_demand(nlp):
    text = 'The group urged the police to "immediately release" the students and drop all charges.'
    assert triples(demands_of(nlp, text)) == [
        ("The group", "the police", 'immediately release" the students'),
        ("The group", "the police", "drop all charges"),
    ]


def test_those_who_made_a_statement_demanding_something_are_its_authors(nlp):
    text = (
        "As a reaction against the arrests, 41 rights organizations from five continents have made a statement "
        "demanding the release of the detained advocates."
    )
    assert triples(demands_of(nlp, text)) == [
        ("41 rights organizations from five continents", "", "the release of the detained advocates")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We urge the regime in the coming months to cease arbitrary detentions.",
            [("We", "the regime", "cease arbitrary detentions")],
        ),
        (
            "The experts urged the authorities in Minsk to release them.",
            [("The experts", "the authorities in Minsk", "release them")],
        ),
    ],
)
def test_a_time_between_addressee_and_action_is_not_part_of_the_addressee(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MOSCOW — A veteran activist was jailed for calling for a protest.",
            [("A veteran activist", "", "a protest")],
        ),
        (
            "The court jailed the blogger for calling for a boycott of the elections.",
            [("the blogger", "", "a boycott of the elections")],
        ),
    ],
)
def test_one_punished_for_calling_for_something_made_the_call(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


def test_a_should_sentence_after_a_lede_attribution_is_the_attributed_speakers(nlp):
    text = (
        "(New York) – The arrest of at least 11 lawyers on subversion charges is a grave escalation of attacks "
        "on rights defenders, Human Rights Watch said today. Authorities should immediately drop the charges."
        "\n\nThe minister must resign."
    )
    assert triples(demands_of(nlp, text)) == [
        ("Human Rights Watch", "Authorities", "immediately drop the charges"),
        # later paragraphs that name no speaker go on in the voice the lede named (`lede_voice`)
        ("Human Rights Watch", "The minister", "resign"),
    ]


def test_a_lede_whose_reported_clause_the_parser_hangs_as_an_adverbial_clause_still_names_the_voice(nlp):
    # the parser reads "some" as a second subject of "said" and the clause before it as adverbial
    text = (
        "(Geneva) – Scores of activists have been forcibly disappeared in Uzbekistan, some for more than five "
        "years, Amnesty International said in a film released today. The authorities should immediately tell "
        "the families where they are."
    )
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == ["Amnesty International"]


def test_a_lede_saying_who_adopted_a_text_gives_its_quoted_paragraphs_that_voice(nlp):
    text = (
        "The European Parliament adopted a resolution on the situation in Freedonia. 453 deputies voted in favour "
        "of the resolution, 31 voted against.\nIt highlights the deteriorating human rights situation in that "
        "country. In particular, the resolution:\n“… Calls for the EU to end its reliance on gas exports from "
        "Freedonia; calls on the Commission to suspend the 2022 memorandum of understanding;\n"
    )
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == ["The European Parliament"] * 2


def test_a_trailing_attribution_to_experts_with_a_footnote_mark_names_them(nlp):
    # OHCHR marks "UN experts*" for the list of experts under the release; the parser loses the subject
    text = (
        "GENEVA (13 December 2022) – The Government of Freedonia must intensify efforts to investigate the"
        " enforced disappearance of Mr. John Doe, a development worker and human rights defender, whose fate and"
        " whereabouts are still unknown 10 years after his abduction, UN human rights experts* said today.\n"
    )
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == ["UN human rights experts"]


def test_a_lede_that_attributes_nothing_gives_no_voice_to_later_paragraphs(nlp):
    text = (
        "(New York) – The arrest of at least 11 lawyers on subversion charges is a grave escalation of attacks "
        "on rights defenders.\n\nThe minister must resign."
    )
    assert triples(demands_of(nlp, text)) == [("", "The minister", "resign")]


def test_a_lede_that_is_itself_a_call_takes_the_voice_of_the_next_sentence_that_makes_the_call(nlp):
    text = (
        "Freedonia: free the arrested students\n\n"
        "The government of Freedonia must respect the right of its citizens to peacefully protest.\n\n"
        "Global civil society alliance, CIVICUS, has called on the authorities to uphold fundamental freedoms. "
        "The police banned public rallies last week.\n"
    )
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))][:2] == ["CIVICUS", "CIVICUS"]


def test_a_lede_call_followed_by_a_sentence_that_calls_for_nothing_gives_no_voice(nlp):
    text = (
        "The government of Freedonia must respect the right of its citizens to peacefully protest.\n\n"
        "Global civil society alliance CIVICUS has documented dozens of arrests since the vote in March.\n"
    )
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == [""]


def test_a_quotations_he_is_the_speaker_just_named_not_a_person_named_in_the_quotation(nlp):
    # the parser reads "called" as a clause on the name, and "Omar Khalil" is who is spoken of
    text = (
        "John Doe, a senior adviser at the US-based group Human Rights First, called on the US administration "
        "to show “some spine in standing up to the dictatorship in Freedonia.”\n\n"
        "“The authorities must let lawyers visit Omar Khalil in prison,” he said.\n"
    )
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == ["John Doe", "John Doe"]


def test_it_opening_a_quotation_after_a_call_is_the_party_just_called_on(nlp):
    text = (
        "The activist's Facebook page posted a photo of him after the verdict was announced.\n\n"
        "John Smith, a senior adviser at the US-based group Human Rights First, called on the US administration "
        "to show “some spine in standing up to the government.”\n\n"
        "“It should take punitive action over this verdict,” he said.\n"
    )
    assert [target for _, target, _ in triples(demands_of(nlp, text))] == ["the US administration"] * 2


def test_a_demand_according_to_a_named_body_is_that_bodys(nlp):
    text = "The authorities should overturn the sentence and free him, according to Amnesty International."
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == ["Amnesty International"] * 2


def test_the_subject_of_a_series_of_verbs_calls_also_with_the_later_verbs(nlp):
    text = (
        "The Committee to Protect Journalists welcomes the decision to release four reporters, urges the "
        "authorities to clear their records, and calls on them to free all other journalists."
    )
    actors = {actor for actor, _, _ in triples(demands_of(nlp, text))}
    assert actors == {"The Committee to Protect Journalists"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The State party is urged to ensure, possibly by imposing a moratorium, that no death sentence is "
            "handed down for drug offences.",
            [
                (
                    "",
                    "The State party",
                    "ensure, possibly by imposing a moratorium, that no death sentence is handed "
                    "down for drug offences",
                )
            ],
        ),
        (
            "The Committee urged it to ensure, as a matter of priority, that all detainees have access to a lawyer.",
            [("The Committee", "it", "ensure, as a matter of priority, that all detainees have access to a lawyer")],
        ),
    ],
)
def test_a_that_clause_after_an_inserted_phrase_is_part_of_the_demand(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


def test_a_quotation_followed_by_its_speaker_and_a_demand_verb_is_the_speakers(nlp):
    text = "“We also urge the Government to reopen the commission,” the UN experts demanded."
    assert triples(demands_of(nlp, text)) == [("the UN experts", "the Government", "reopen the commission")]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the statement's first mention names who issued it, in a phrase opening the sentence
        (
            "In a joint statement, the embassies of five countries condemned the sentencing of the editor. "
            "“We call for her immediate release,” the statement said.",
            "the embassies of five countries",
        ),
        # ... or in the speaker's own "of" phrase, the reporting verb left out
        (
            "The verdict drew protests. “We call for his immediate release,” the statement of the Freedonian "
            "Helsinki Committee. “We call on the Council of Europe to act,” the statement said.",
            "the Freedonian Helsinki Committee",
        ),
    ],
)
def test_a_quotation_attributed_to_a_statement_is_its_issuers(nlp, text, actor):
    assert demands_of(nlp, text)[-1].actor == actor


@pytest.mark.parametrize(
    "text",
    [
        "We call on the authorities to engage in a genuine dialogue with the opposition, as well as to release "
        "all political prisoners.",
        "We urge the government to engage in a genuine dialogue with the opposition as well as to release all "
        "political prisoners.",
    ],
)
def test_a_second_to_infinitive_after_as_well_as_is_its_own_demand(nlp, text):
    assert [r.demand for r in demands_of(nlp, text)] == [
        "engage in a genuine dialogue with the opposition",
        "release all political prisoners",
    ]


def test_as_well_as_inside_one_demand_keeps_it_whole(nlp):
    text = "They urged the authorities to protect journalists as well as human rights defenders."
    assert [r.demand for r in demands_of(nlp, text)] == ["protect journalists as well as human rights defenders"]


def test_a_coordinated_call_the_tagger_read_as_a_participle_is_the_subjects(nlp):
    text = (
        "The European Parliament, in a resolution adopted on Thursday in Strasbourg, condemned the dispersal "
        "of the peaceful demonstrators and repressions on the eve of the demonstrations on March 25, 2017, "
        "called upon the Belarusian authorities to immediately release the detainees."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["The European Parliament"]


def test_a_call_to_a_list_copied_without_its_bullets_gives_each_line_the_calls_parties(nlp):
    text = (
        "Considering this, the Freedonia Human Rights Center calls on the authorities of Freedonia to:\n\n"
        "take necessary steps to release the political prisoners who are still behind bars: Ana Vel and "
        "Tom Roe;\n\nrefrain from the persecution of civil society;\n\nabolish the death penalty.\n"
    )
    rows = demands_of(nlp, text)
    assert {(r.actor, r.target) for r in rows} == {
        ("the Freedonia Human Rights Center", "the authorities of Freedonia")
    }
    assert [r.demand for r in rows][1:] == [
        "refrain from the persecution of civil society",
        "abolish the death penalty",
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "ALQST, a Saudi rights group based in London, called on the authorities to release Salma al-Shehab.",
            "ALQST",
        ),
        (
            "The undersigned organizations, representing authors, artists, and journalists, urge the government "
            "to stop the harassment of artists.",
            "The undersigned organizations",
        ),
        (
            "The Helsinki Foundation for Human Rights (HFHR), International Partnership for Human Rights (IPHR) "
            "and World Organisation against Torture (OMCT) call on the authorities to release the lawyers.",
            "The Helsinki Foundation for Human Rights (HFHR), International Partnership for Human Rights (IPHR) "
            "and World Organisation against Torture",
        ),
        # more speakers after the comma stay
        (
            "The experts, including the Special Rapporteur on torture, urged the authorities to release him.",
            "The experts, including the Special Rapporteur on torture",
        ),
        (
            "The Freedonia Rights Council, one of the oldest groups in the region, called on the authorities "
            "to release Ana Vel.",
            "The Freedonia Rights Council",
        ),
        (
            "The Lumen Society (LS), the country's only legal aid organisation, urged the police to stop the raids.",
            "The Lumen Society (LS)",
        ),
        ("UNICEF, the United Nations Children's Fund, called on all parties to protect schools.", "UNICEF"),
        # the parser's second subject, a description of the name before it
        (
            "The World League Against Hunger (WLAH), the leading coalition against hunger, urged the government "
            "to open the borders.",
            "The World League Against Hunger",
        ),
        # a second speaker named after the comma stays
        (
            "The Lumen Society (LS), Freedonia's Coalition against Torture and the Roe Foundation urged the "
            "police to stop the raids.",
            "The Lumen Society (LS), Freedonia's Coalition against Torture and the Roe Foundation",
        ),
        (
            "The UN Secretary General, the UN High Commissioner for Human Rights, and myself call on the "
            "authorities to respect the right to peaceful assembly.",
            "The UN Secretary General, the UN High Commissioner for Human Rights, and myself",
        ),
    ],
)
def test_a_description_set_off_by_a_comma_is_not_part_of_the_speakers_name(nlp, text, actor):
    assert [r.actor for r in demands_of(nlp, text)] == [actor]


def test_lettered_items_of_a_page_cut_from_its_lead_are_still_demands(nlp):
    text = (
        "CRC/C/XYZ/CO/3\npage 22\n(c) Improve the conditions of detention of children;\n"
        "(d) Establish an independent system for the processing of complaints by children;\n"
    )
    assert [r.demand for r in demands_of(nlp, text)] == [
        "Improve the conditions of detention of children",
        "Establish an independent system for the processing of complaints by children",
    ]


def test_a_document_named_inside_the_object_does_not_end_the_demand(nlp):
    text = (
        "Iceland calls on Belarus to address all of the concerns raised in the report and to use the "
        "recommendations contained therein as a basis for action."
    )
    assert [r.demand for r in demands_of(nlp, text)] == [
        "address all of the concerns raised in the report",
        "use the recommendations contained therein as a basis for action",
    ]
    # where the call was made still ends it
    said = "The experts called for the release of the journalists in a statement issued on Monday."
    assert [r.demand for r in demands_of(nlp, said)] == ["the release of the journalists"]


def test_more_addressees_set_off_by_commas_are_part_of_the_target(nlp):
    text = (
        "The High Commissioner on Thursday urged all, including security forces, protesters and others, to "
        "refrain from violence."
    )
    assert triples(demands_of(nlp, text)) == [
        ("The High Commissioner", "all, including security forces, protesters and others", "refrain from violence")
    ]


def test_a_quotation_in_single_marks_opening_its_paragraph_is_its_speakers(nlp):
    text = (
        "Brussels - The European Union called for the release of the organizers.\n\n"
        "'I urge the Belarusian authorities to immediately release all those detained on political grounds,' "
        "Anna Kovacs, the EU commissioner in charge of external relations, said in a statement."
    )
    assert [r.actor for r in demands_of(nlp, text)][-1] == "Anna Kovacs"


def test_let_me_call_on_is_the_speeches_speaker(nlp):
    text = (
        "Statement on the referendum\n\nDelivered by Ambassador Jane Doe at the Permanent Council.\n\n"
        "Mr Chair,\n\nLet me call on the authorities to engage in a genuine dialogue with the opposition."
    )
    assert triples(demands_of(nlp, text)) == [
        ("Ambassador Jane Doe", "the authorities", "engage in a genuine dialogue with the opposition")
    ]


def test_a_name_after_a_datelines_dash_is_the_speaker_however_the_parser_hangs_it(nlp):
    text = (
        "FREEDONIA CITY, May 4, 2016, Daily Wire – Human Rights Watch and the Helsinki Committee on May 4 "
        "released a statement urging the authorities to release four lawyers."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["Human Rights Watch and the Helsinki Committee"]


def test_a_statement_issued_by_a_second_party_is_its_own_not_the_first_statement_named(nlp):
    text = (
        "UN experts said the vote would not be free, the statement said.\n"
        "The same day, the media-freedom group Committee to Protect Journalists issued a statement urging "
        "Freedonia to release all the journalists currently being held."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["the media-freedom group Committee to Protect Journalists"]


def test_a_quotation_in_paragraphs_keeps_its_speaker_past_one_of_its_own_paragraphs_ending_with_a_colon(nlp):
    text = (
        "Highlighting the work of human rights defenders, the Foreign Secretary said:\n\n"
        '"Human rights are at the very heart of Britain’s foreign policy. We cannot have a foreign policy without a '
        "conscience, and we cannot achieve long term security unless we uphold our values. We have to be resolute "
        "in standing up for those who are denied the rights and freedoms we enjoy.\n\n"
        '"So today we remember all those who champion the rights of their fellow men and women, often at great '
        "personal cost:\n\n"
        '"We remember in particular Jane Roe who has been awarded a prize but is imprisoned in Freedonia, and we '
        "call again for her release.\n\n"
        '"We remember the more than 2,200 prisoners of conscience still detained in Ruritania.\n\n'
        '"We call on Freedonia to cease its harassment of human rights defenders, and we call for justice for '
        "John Doe.\n"
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["the Foreign Secretary"] * 3


def test_he_is_the_person_set_beside_the_body_the_parser_makes_the_subject(nlp):
    text = (
        "The Council of Europe Commissioner for Human Rights, Jane Roe, has called on the authorities to "
        "respect the freedom of peaceful assembly after the dispersal of protests in the capital. He urged the "
        "immediate release of the detained protesters."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["Jane Roe", "Jane Roe"]


def test_a_dateline_of_a_date_alone_gives_way_to_the_speakers_after_it(nlp):
    text = "16 February 2024 – UN experts* today called on the authorities to investigate the death in custody."
    assert triples(demands_of(nlp, text)) == [("UN experts", "the authorities", "investigate the death in custody")]


def test_today_after_the_speakers_name_is_not_part_of_it(nlp):
    text = (
        "The United Nations official dedicated to human rights issues in Myanmar today called on the "
        "Government to release all political prisoners."
    )
    assert triples(demands_of(nlp, text)) == [
        (
            "The United Nations official dedicated to human rights issues in Myanmar",
            "Government of Myanmar",
            "release all political prisoners",
        )
    ]


def test_a_gerund_inside_a_clause_under_a_noun_is_not_a_demand_of_its_own(nlp):
    text = (
        "The experts called for the release of all activists detained for exercising their rights and opposing the war."
    )
    assert triples(demands_of(nlp, text)) == [
        ("The experts", "", "the release of all activists detained for exercising their rights and opposing the war")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Such steps by the authorities should include:\n\n  • releasing those behind bars;\n"
            "  • dropping charges against all those prosecuted.",
            [
                ("", "the authorities", "releasing those behind bars"),
                ("", "the authorities", "dropping charges against all those prosecuted"),
            ],
        ),
        # what a text should hold is no demand
        ("The report should include:\n\n- the number of detainees.", []),
    ],
)
def test_a_list_a_should_sentence_includes_is_demanded(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The protesters are demanding that the president resign, that the parliament be dissolved, and that "
            "new elections be held.",
            [
                ("The protesters", "the president", "resign"),
                ("The protesters", "", "the parliament be dissolved"),
                ("The protesters", "", "new elections be held"),
            ],
        ),
        (
            "The experts urged that the detainees be released and that the charges be dropped.",
            [("The experts", "", "the detainees be released"), ("The experts", "", "the charges be dropped")],
        ),
        (
            "The Committee recommends that the State party repeal the law and that it release all detainees.",
            [
                ("The Committee", "the State party", "repeal the law"),
                ("The Committee", "the State party", "release all detainees"),
            ],
        ),
        # a that-clause in a tense of its own states a fact
        (
            "He insisted that the case be reopened and that the police report contained errors.",
            [("He", "", "the case be reopened")],
        ),
    ],
)
def test_each_coordinated_that_clause_is_a_demand_of_its_own(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


def test_a_headline_takes_the_speaker_of_the_ledes_second_sentence(nlp):
    text = (
        "Freedonia must free the poet\n\nThe Union is appalled by the verdict. The Union condemns the sentence and "
        "calls on the court to quash it."
    )
    assert triples(demands_of(nlp, text)) == [
        ("The Union", "Freedonia", "free the poet"),
        ("The Union", "the court", "quash it"),
    ]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the body restates the headline's action in other words: one demand, the body's
        (
            "Eritrea: free journalist jailed for 20 years\n\nUN experts said he must be released at once.",
            "he must be released at once",
        ),
        (
            "UN experts call for probe of photographer's murder\n\nThe experts urged the authorities to "
            "investigate the killing.",
            "investigate the killing",
        ),
    ],
)
def test_a_headline_demand_the_body_restates_with_the_same_action_is_one_demand(nlp, text, kept):
    assert [demand for _, _, demand in triples(demands_of(nlp, text))] == [kept]


def test_a_headline_call_before_its_inverted_speaker_is_the_speakers(nlp):
    text = "Kardonia: Stop using the law to detain rights defenders, urges UN expert\n\nThe expert met the minister."
    assert triples(demands_of(nlp, text)) == [("UN expert", "", "Stop using the law to detain rights defenders")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GENEVA United Nations human rights investigators called on Tuesday for the release of 16 activists.",
            [("United Nations human rights investigators", "", "the release of 16 activists")],
        ),
        # an acronym in capitals names
        (
            "UK Foreign Office officials urged Iran to release the detainees.",
            [("UK Foreign Office officials", "Iran", "release the detainees")],
        ),
    ],
)
def test_a_datelines_city_in_capitals_without_a_mark_is_not_part_of_the_speaker(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The group called for a rally on Sunday in support of the jailed teachers.",
            [("The group", "", "a rally on Sunday in support of the jailed teachers")],
        ),
        (
            "He called for a protest in October in support of the students accused of extremism.",
            [("He", "", "a protest in October in support of the students accused of extremism")],
        ),
        # a scene-setting phrase still ends the demand
        (
            "The experts called for the release of the journalists in a statement on Monday.",
            [("The experts", "", "the release of the journalists")],
        ),
    ],
)
def test_a_complex_preposition_after_the_demand_belongs_to_it(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“Freedonia opposes politically motivated trials and calls for the release of all political prisoners.”",
            [("Freedonia", "", "the release of all political prisoners")],
        ),
    ],
)
def test_calls_for_after_a_present_verbs_object_is_that_verbs_fellow(nlp, text, expected):
    """The tagger reads "calls" as a plural noun coordinated with the object; after a verb in the
    present third person it is the second verb of the same subject."""
    assert triples(demands_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a list of named persons with their roles in apposition: the names (entities.csv keeps the roles)
        (
            "Agnès Callamard, the Special Rapporteur on extrajudicial executions, and Irene Khan, the Special "
            "Rapporteur on freedom of expression, called on the Russian Federation to release Mr. Navalny.",
            "Agnès Callamard and Irene Khan",
        ),
        # one person, the role after or before the name
        (
            '"The authorities should free them now," said Kenneth Roth, executive director of Human Rights Watch.',
            "Kenneth Roth",
        ),
        (
            "The Council of Europe Commissioner for Human Rights, Michael O'Flaherty, called on the authorities to"
            " release the detainees.",
            "Michael O'Flaherty",
        ),
        # the owner's name before the title, written without "'s"
        (
            "Amnesty International Europe and Central Asia Director John Dalhuisen said the authorities must"
            " release all prisoners of conscience.",
            "John Dalhuisen",
        ),
        # a role with an "and" inside, which the parser coordinates with the name
        (
            '"They must be released immediately," said Hassiba Hadj Sahraoui, Deputy Middle East and North Africa'
            " Director at Amnesty International.",
            "Hassiba Hadj Sahraoui",
        ),
        # the title before the name, no owner and no comma
        (
            "UN High Commissioner for Human Rights Navi Pillay called on the Government to release all detained"
            " protesters.",
            "Navi Pillay",
        ),
        # ... after a clause the parser hangs on the name
        (
            "Given concerns about the postponed vote, UN High Commissioner for Human Rights Volker Turk urged the"
            " authorities to ensure that the dialogue is broad.",
            "Volker Turk",
        ),
        # a list in apposition to a role stays whole
        (
            "The experts, Ana Vel and Tom Roe, urged the authorities to release him.",
            "The experts, Ana Vel and Tom Roe",
        ),
        # a role with no name after it stays the actor
        (
            "The UN High Commissioner for Human Rights urged the authorities to release them.",
            "The UN High Commissioner for Human Rights",
        ),
    ],
)
def test_the_roles_of_named_speakers_are_not_part_of_the_actor(nlp, text, actor):
    assert [r.actor for r in demands_of(nlp, text)] == [actor]


def test_a_list_of_means_after_by_gives_one_demand_per_item(nlp):
    text = (
        "The Collective called upon the political establishment to take immediate steps to uphold democracy by:\n\n"
        "  • Ensuring that free and fair elections are held on time.\n"
        "  • Uphold the fundamental rights of citizens.\n"
        "  • Empower the independent commissions to fulfill their roles.\n"
    )
    assert triples(demands_of(nlp, text)) == [
        ("The Collective", "the political establishment", "Ensuring that free and fair elections are held on time"),
        ("The Collective", "the political establishment", "Uphold the fundamental rights of citizens"),
        ("The Collective", "the political establishment", "Empower the independent commissions to fulfill their roles"),
    ]


def test_a_headline_call_the_body_restates_in_longer_words_is_one_demand(nlp):
    text = (
        "Russia: UN Experts Laud Courage Of Alexei Navalny, Call For Immediate Release\n\n"
        "GENEVA (18 January 2021) – Two UN human rights experts today called on the Russian Federation to"
        " immediately release Mr. Navalny."
    )
    assert [r.demand for r in demands_of(nlp, text)] == ["immediately release Mr. Navalny"]


def test_a_first_paragraph_is_no_headline_whose_demands_the_body_restates(nlp):
    text = (
        "The undersigning organizations express concern. We demand the strong protection of their work.\n\n"
        "We demand the protection of their work at the legal level."
    )
    assert len(demands_of(nlp, text)) == 2


def test_pressure_on_a_party_to_do_a_list_demands_each_item_of_that_party(nlp):
    text = (
        "The international community must maintain pressure on the Belarusian authorities to:\n\n"
        "• Fully abide by their international human rights obligations.\n"
        "• Fully respect and protect the work of human rights defenders.\n"
    )
    assert [(r.target, r.demand) for r in demands_of(nlp, text)] == [
        ("the Belarusian authorities", "Fully abide by their international human rights obligations"),
        ("the Belarusian authorities", "Fully respect and protect the work of human rights defenders"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela should release arbitrarily detained individuals and end torture, the High Commissioner said.",
        "The High Commissioner urged Venezuela to release arbitrarily detained individuals and end torture.",
    ],
)
def test_a_recommendation_verb_read_as_a_nouns_modifier_after_and_is_a_second_action(nlp, text):
    assert [r.demand for r in demands_of(nlp, text)] == ["release arbitrarily detained individuals", "end torture"]


def test_a_lede_printed_twice_is_one_demand_but_a_listed_recommendation_of_two_states_is_two(nlp):
    lede = "The UN Office urged the Freedonian authorities to immediately release people in arbitrary detention"
    text = (
        f"Freedonia Must Release Protesters\n\n{lede}\n\nUNITED NATIONS (Freedonia News - 21st August, 2020) {lede}.\n"
    )
    assert len(demands_of(nlp, text)) == 1
    listed = "The following recommendations enjoy the support of Freedonia:\n\n1. Ratify the Convention (Chile);\n"
    assert len(demands_of(nlp, listed + "2. Ratify the Convention (Chile);\n")) == 2


def test_a_quotation_that_lost_its_opening_mark_still_names_the_speaker_of_the_next_one(nlp):
    text = (
        "Ana Vel was arrested on 7 March.\n\n"
        "We want to remind the authorities that journalism is not a crime”, said Ana Lind, director of FW.\n\n"
        "“We call on the Freedonian authorities to immediately release Ana Vel.\n"
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["Ana Lind"]


def test_an_acronym_in_brackets_inside_the_object_does_not_end_the_demand(nlp):
    text = "Amnesty says the authorities should release 79 Citizens Coalition for Change (CCC) youth activists."
    assert [r.demand for r in demands_of(nlp, text)] == [
        "release 79 Citizens Coalition for Change (CCC) youth activists"
    ]
    # a recommending State in brackets still ends a recommendation
    listed = "The following recommendations enjoy the support of Freedonia:\n\n1. Ratify the Convention (Chile);\n"
    assert [r.demand for r in demands_of(nlp, listed)] == ["Ratify the Convention"]


@pytest.mark.parametrize(
    ("text", "demand", "theme"),
    [
        # a plural possessive whose mark the parser left hanging owns the noun after it
        ("Group calls for Cubans’ release\n\nHAVANA – Amnesty said.", "Cubans’ release", "release_of_detainees"),
        (
            "Rights groups call for journalists' release after the trial.",
            "journalists' release",
            "release_of_detainees",
        ),
        # a singular one too, its "’s" read as a subject or as "is"
        (
            "We deplore the government’s actions that are undermining the courts and we call on the government to"
            " respect the citizen’s right to peacefully express their discontent.",
            "respect the citizen’s right to peacefully express their discontent",
            "other",
        ),
        (
            "The group urged the council to protect the child’s right to education.",
            "protect the child’s right to education",
            "children_rights",
        ),
    ],
)
def test_a_possessive_demand_keeps_its_noun_and_release_is_a_release(nlp, text, demand, theme):
    assert [(r.demand, r.theme) for r in demands_of(nlp, text)][:1] == [(demand, theme)]


def test_an_urgent_actions_call_to_write_is_no_demand_and_its_points_share_their_addressee(nlp):
    text = (
        "1) Please write immediately in English, Spanish, or your own language:\n"
        "  • Calling on the authorities to order an independent investigation into the threats;\n"
        "  • Urging them to take immediate steps to provide full protection to Ana Vel;\n"
    )
    assert [(r.target, r.demand) for r in demands_of(nlp, text)] == [
        ("the authorities", "order an independent investigation into the threats"),
        ("the authorities", "take immediate steps to provide full protection to Ana Vel"),
    ]
    # a polite request that names its object is still one
    assert [r.demand for r in demands_of(nlp, "Please share any information on the case.")] == [
        "Please share any information on the case"
    ]


def test_he_after_a_hyphenated_role_is_that_role(nlp):
    text = "The Secretary-General is gravely concerned. He reiterates that it is vital to end the violence."
    assert [r.actor for r in demands_of(nlp, text)] == ["The Secretary-General"]


def test_two_or_more_means_listed_after_by_are_demands_of_their_own(nlp):
    text = (
        "We call on your delegation to send a clear message of support to civil society, by co-sponsoring the"
        " draft resolution as tabled, rejecting any attempts to undermine it, and voting in favour of the resolution."
    )
    assert [r.demand for r in demands_of(nlp, text)] == [
        "send a clear message of support to civil society",
        "co-sponsoring the draft resolution as tabled",
        "rejecting any attempts to undermine it",
        "voting in favour of the resolution",
    ]
    # after ", including by", and on an action coordinated inside the item
    including = (
        "We urge China to engage meaningfully with the United Nations to implement the recommendations and uphold"
        " its obligations and commitments, including by promptly releasing all individuals arbitrarily detained in"
        " Xinjiang, urgently clarifying the fate and whereabouts of missing family members, and facilitating safe"
        " contact and reunion."
    )
    assert [r.demand for r in demands_of(nlp, including)][1:] == [
        "uphold its obligations and commitments",
        "promptly releasing all individuals arbitrarily detained in Xinjiang",
        "urgently clarifying the fate and whereabouts of missing family members",
        "facilitating safe contact and reunion",
    ]
    # one means stays with its action
    one = "Anyone questioning these verdicts should try to do so by examining these decisions properly."
    assert [r.demand for r in demands_of(nlp, one)] == ["try to do so by examining these decisions properly"]


def test_we_is_the_organisation_that_named_itself_before_speaking(nlp):
    text = (
        "The United States condemns the prosecution of Jimmy Lai in Hong Kong.\n\n"
        "We call on Hong Kong authorities to immediately release Jimmy Lai."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["The United States"]
    groups = (
        "The undersigned human rights groups are dismayed at the sentences.\n\n"
        "We urge the authorities to release the defenders."
    )
    assert [r.actor for r in demands_of(nlp, groups)] == ["The undersigned human rights groups"]
    # a quoted speaker still speaks for "we"; an unnamed "we" stays as written
    quoted = 'Amnesty International condemns the verdict. "We urge the court to free her," said Jane Doe.'
    assert [r.actor for r in demands_of(nlp, quoted)] == ["Jane Doe"]
    assert [r.actor for r in demands_of(nlp, "We urge the authorities to release the defenders.")] == ["We"]


def test_what_must_end_is_one_demand_whatever_its_subject_lists(nlp):
    text = (
        "The ongoing violence against students, members of the clergy, journalists, and political and human"
        " rights activists is unacceptable and must end."
    )
    demands = [r.demand for r in demands_of(nlp, text)]
    assert len(demands) == 1 and demands[0].startswith("The ongoing violence against students")


def test_what_must_stop_is_demanded_with_its_subject_and_no_addressee(nlp):
    text = "“The criminalization of rights activists must stop,” the experts said."
    assert triples(demands_of(nlp, text)) == [("the experts", "", "The criminalization of rights activists must stop")]
    ended = "“Forced confessions and smear campaigns must come to an end,” said Jeanne Cavelier."
    assert [r.demand for r in demands_of(nlp, ended)] == ["Forced confessions and smear campaigns must come to an end"]
    # with an object the subject is the one asked to stop
    assert triples(demands_of(nlp, "The authorities must stop harassing journalists, she said.")) == [
        ("she", "The authorities", "stop harassing journalists")
    ]


def test_need_to_demands_like_must(nlp):
    passive = "“The recent violence in Venezuela needs to be urgently investigated,” the experts stressed."
    assert triples(demands_of(nlp, passive)) == [
        ("the experts", "", "The recent violence in Venezuela needs to be urgently investigated")
    ]
    # the parser may make "be" the verb and hang the participle on an adverb
    hung = "The recent violence amid protests in Venezuela need to be urgently and thoroughly investigated."
    assert [r.demand for r in demands_of(nlp, hung)] == [hung.rstrip(".")]
    active = "The Ethiopian government needs to release the opposition leaders."
    assert triples(demands_of(nlp, active)) == [("", "The Ethiopian government", "release the opposition leaders")]
    # what people need to do is a fact, not a demand; nor is a need denied
    assert demands_of(nlp, "Families need to travel 300 km to visit relatives in prison.") == []
    assert demands_of(nlp, "The authorities do not need to release anyone.") == []


def test_we_in_a_clause_coordinated_with_a_named_partys_is_that_party(nlp):
    text = (
        "The United States is concerned that the Government of Iran continues to deny the Special Rapporteur"
        " access to the country, and we call on Iran to immediately allow a country visit."
    )
    assert triples(demands_of(nlp, text)) == [("The United States", "Iran", "immediately allow a country visit")]


def test_a_headlines_second_verb_of_stance_read_as_a_noun_is_not_demanded(nlp):
    text = "UN experts urge release of rights defenders in Egypt, condemn misuse of counter-terrorism measures\n"
    assert [d for _actor, _target, d in triples(demands_of(nlp, text))] == ["release of rights defenders in Egypt"]


@pytest.mark.parametrize(
    "text",
    [
        # a treaty body's findings on several States, each paragraph labelled with its State ...
        "Some of the key findings include:\n\nBurkina Faso: The Committee welcomes reforms, but remains concerned"
        " about conditions of detention. The Committee encourages the State to speed up the establishment of a"
        " national preventive mechanism.",
        # ... or headed by it on a line of its own
        "Key highlights include:\n\nBurkina Faso\nThe Committee was seriously concerned about corporal punishment."
        " The Committee urged the State party to speed up the establishment of a national preventive mechanism.",
    ],
)
def test_the_state_party_is_the_state_its_paragraph_is_labelled_with(nlp, text):
    assert [target for _actor, target, _demand in triples(demands_of(nlp, text))] == ["Burkina Faso"]


def test_ought_to_demands_like_should(nlp):
    text = "Vietnam ought to repeal these laws and stop persecuting students for talking."
    assert triples(demands_of(nlp, text)) == [
        ("", "Vietnam", "repeal these laws"),
        ("", "Vietnam", "stop persecuting students for talking"),
    ]
    assert demands_of(nlp, "You ought to see the place.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "get rid of" is an action of its subject, not a passive, after a modal, "ought to" or a call
        (
            "Vietnam must get rid of these laws and stop persecuting students.",
            [("", "Vietnam", "get rid of these laws"), ("", "Vietnam", "stop persecuting students")],
        ),
        ("Vietnam ought to get rid of these laws.", [("", "Vietnam", "get rid of these laws")]),
        (
            "We call on the government to get rid of the law and release the prisoners.",
            [("We", "the government", "get rid of the law"), ("We", "the government", "release the prisoners")],
        ),
    ],
)
def test_get_rid_of_is_demanded_of_its_subject(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


def test_a_quoted_demand_ends_at_the_closing_mark(nlp):
    text = (
        '"Women defenders are acting in defence of human rights. We urge the government of Iran to remember that,"'
        " the experts said."
    )
    assert [r.demand for r in demands_of(nlp, text)] == ["remember that"]


def test_the_speaker_after_an_opening_participle_clause_is_named(nlp):
    text = (
        "Responding to the arrest of Faith Zaba, editor of the Zimbabwe Independent, on allegations of insulting"
        " President Emmerson Mnangagwa, Khanyo Farisè, Amnesty International’s Senior Researcher, said:\n\n"
        "“Zimbabwean authorities must immediately release Faith Zaba.”"
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["Khanyo Farisè"]


def test_each_thing_called_for_after_a_repeated_for_is_a_demand(nlp):
    text = (
        "The United States again calls for an end to the crackdown against peaceful protestors and for"
        " accountability for all those who have committed abuses."
    )
    assert [r.demand for r in demands_of(nlp, text)] == [
        "an end to the crackdown against peaceful protestors",
        "accountability for all those who have committed abuses",
    ]
    listed = (
        "The experts called for the release of the detainees, for an investigation into the deaths, and for the"
        " repeal of the law."
    )
    assert [r.demand for r in demands_of(nlp, listed)] == [
        "the release of the detainees",
        "an investigation into the deaths",
        "the repeal of the law",
    ]
    # whom it is for is not a second demand
    visas = "Cuba had asked for 28 visas for the trip, for Elian's father, his stepmother and a teacher."
    assert len(demands_of(nlp, visas)) == 1


def test_a_first_person_paragraph_under_an_introducing_line_is_its_speakers(nlp):
    text = (
        "UN High Commissioner for Human Rights Michelle Bachelet commented on the situation:\n\n"
        "I have repeatedly warned about the situation and call once again on the Government to cease its"
        " harassment of civil society."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["Michelle Bachelet"]


def test_an_unattributed_demand_is_the_organisation_whose_stance_the_statement_gives(nlp):
    text = (
        "Amnesty International believes that Natalya Filonova's conviction is unlawful.\n\n"
        "She is persecuted for her opinion. She must be released immediately and unconditionally."
    )
    assert triples(demands_of(nlp, text)) == [
        ("Amnesty International", "", "She must be released immediately and unconditionally")
    ]
    # "he/she must" in the active states a condition, not a demand
    assert demands_of(nlp, "He must report to the police every week.") == []


def test_we_in_a_statement_under_a_said_line_is_the_speaker_of_that_line(nlp):
    text = (
        "Foreign Secretary James Cleverly said:\n\n"
        "Vladimir Kara-Murza has courageously condemned the invasion.\n\n"
        "This is cause for concern. We continue to urge Russia to comply with its international obligations."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["James Cleverly"]


def test_a_quotation_open_over_many_paragraphs_is_its_speakers(nlp):
    text = (
        "Sviatlana Tsikhanouskaya spoke at a briefing for journalists in Vilnius. The briefing focused on"
        " incommunicado detention:\n"
        "“It’s been a year since I last heard from my husband.\n"
        "Being cut off from the outside world for so long is a form of torture.\n"
        "The torture of people in prisons must stop. I am calling on the UN Secretary-General to intervene."
        " Demand an end to “incommunicado” detention in Belarusian prisons.”"
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["Sviatlana Tsikhanouskaya"] * 3
    # a quotation closed before the demand does not speak for it
    closed = "Ana Vel said:\n“We are worried.”\nThe authorities must release the editors."
    assert [r.actor for r in demands_of(nlp, closed)] != ["Ana Vel"]


def test_that_clauses_listed_after_ensure_that_are_the_demands(nlp):
    text = (
        "Lawyers for Lawyers and ISHR condemn the sentencing and call upon the Chinese authorities to ensure that:\n\n"
        "  • Xu Zhiyong and Ding Jiaxi are released;\n"
        "  • all charges against them are expunged."
    )
    assert [r.demand for r in demands_of(nlp, text)] == [
        "Xu Zhiyong and Ding Jiaxi are released",
        "all charges against them are expunged",
    ]


def test_a_speaker_named_after_said_and_a_time_is_the_actor(nlp):
    text = (
        "Georgian authorities should immediately release journalist Afgan Sadygov, said today the European"
        " Federation of Journalists."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["the European Federation of Journalists"]
    # the object of a demand verb is its addressee, not a speaker
    urged = "The Committee to Protect Journalists welcomes the pardon, urges authorities to free all journalists."
    assert [r.actor for r in demands_of(nlp, urged)] == ["The Committee to Protect Journalists"]


def test_an_organisations_name_opening_with_a_verb_is_the_actor(nlp):
    # the parser reads "Save the Children" as a clause ("Save" with its object) standing as the subject
    text = (
        "Leaders and governments have a powerful role to play. Save the Children calls on them to:\n\n"
        "- Uphold standards of conduct in conflict.\n- Hold perpetrators of violations to account.\n"
    )
    assert [(r.actor, r.demand) for r in demands_of(nlp, text)] == [
        ("Save the Children", "Uphold standards of conduct in conflict"),
        ("Save the Children", "Hold perpetrators of violations to account"),
    ]


def test_the_experts_who_speak_refer_back_to_the_experts_after_the_dateline(nlp):
    # the parser reads the dateline's place as the subject and "UN experts" as its apposition
    text = (
        "GENEVA (13 March 2024) – UN experts* today called on the Government to protect civic space.\n\n"
        "“We call on the President to uphold the trust of the people,” the experts said."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["UN experts", "UN experts"]


def test_a_passive_for_to_clause_after_what_is_called_for_is_a_demand_of_its_own(nlp):
    text = "PEN calls for their immediate and unconditional release and for the charges against them to be dropped."
    assert [(r.actor, r.target, r.demand) for r in demands_of(nlp, text)] == [
        ("PEN", "", "their immediate and unconditional release"),
        ("PEN", "", "the charges against them to be dropped"),
    ]


def test_a_passive_for_to_clause_the_parser_coordinates_with_the_call_is_a_demand_of_its_own(nlp):
    text = "“We call for Ahmed's immediate release and for his notebooks to be promptly returned to him,” they said."
    assert [r.demand for r in demands_of(nlp, text)] == [
        "Ahmed's immediate release",
        "his notebooks to be promptly returned to him",
    ]


def test_what_is_called_for_after_a_for_to_clause_is_a_demand_of_its_own(nlp):
    text = "The envoy called for them to receive better access to legal counsel, and for a speedier judicial process."
    assert [(r.actor, r.target, r.demand) for r in demands_of(nlp, text)] == [
        ("The envoy", "them", "receive better access to legal counsel"),
        ("The envoy", "", "a speedier judicial process"),
    ]


@pytest.mark.parametrize(
    ("headline", "actor"),
    [("Norway Condemns Arrests of Journalists in Tarsia", "Norway"), ("EU Welcomes Release of Students", "EU")],
)
def test_we_is_who_a_title_case_headline_names_as_taking_a_stance(nlp, headline, actor):
    # the tagger reads "Condemns" in a Title Case headline as part of a name
    text = f"{headline}\nMay 3, 2021\n\nPress Statement\n\nWe urge the authorities to free the detained reporters."
    assert [r.actor for r in demands_of(nlp, text)] == [actor]


def test_a_long_name_before_the_kind_of_text_in_a_title_is_the_author(nlp):
    text = (
        "World Organisation Against Torture statement\nHRC55 – Item 4 – Interactive Dialogue\n\n"
        "Thank you, Mr President.\n\nWe urge the Government to release the detained lawyers."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["World Organisation Against Torture"]


def test_each_clause_listed_after_request_the_following_that_is_a_demand(nlp):
    text = (
        "Open letter\n\nWith this in mind, we would like to request the following, that:\n\n"
        "- States ratify the Convention without delay.\n- Candidates make public the reasons for their candidacy."
    )
    assert [(r.target, r.demand) for r in demands_of(nlp, text)] == [
        ("States", "ratify the Convention without delay"),
        ("Candidates", "make public the reasons for their candidacy"),
    ]


def test_a_clause_listed_under_that_asks_its_action_of_its_own_subject_as_inline(nlp):
    text = (
        "Open letter\n\nWe recommend that:\n\n1. States with an interest in civil society stand for election.\n"
        "2. Those responsible be brought to justice.\n3. Repeal the law on foreign agents."
    )
    assert [(r.target, r.demand) for r in demands_of(nlp, text)] == [
        ("States with an interest in civil society", "stand for election"),
        ("", "Those responsible be brought to justice"),  # a passive keeps its subject, as inline
        ("", "Repeal the law on foreign agents"),
    ]


def test_a_stray_closing_mark_outside_a_quotation_ends_nothing(nlp):
    text = (
        "Amnesty International called on Salvadoran authorities to immediately release Ruth López,” and"
        " “guarantee her physical safety and due process rights."
    )
    assert [r.demand for r in demands_of(nlp, text)] == [
        "immediately release Ruth López",
        "guarantee her physical safety and due process rights",
    ]


def test_a_trailing_attribution_to_a_name_with_a_verb_in_it_names_the_speaker(nlp):
    text = (
        "Iraqi Kurdish authorities should release journalist Sherwan Sherwani at once, drop all charges against"
        " him, and allow members of the press to work freely, the Committee to Protect Journalists said Thursday."
    )
    rows = demands_of(nlp, text)
    assert {r.actor for r in rows} == {"the Committee to Protect Journalists"}
    assert rows[-1].demand == "allow members of the press to work freely"


def test_the_speaker_named_inside_a_subject_after_an_opening_phrase(nlp):
    text = (
        "Following the sentencing of four journalists to two years in prison and a fine of one million Burundian"
        " francs, Seif Magango, Amnesty International’s Deputy Regional Director for East Africa said:\n\n"
        "“The authorities must quash the conviction.”"
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["Seif Magango"]


def test_you_in_a_letter_is_the_person_of_its_inside_address(nlp):
    text = (
        "Joint letter on Bangladesh\n\nHer Excellency Michelle Bachelet\n\nHigh Commissioner for Human Rights\n\n"
        "Your Excellency:\n\nThe undersigned organizations urge you to undertake an official visit to Bangladesh."
    )
    assert [r.target for r in demands_of(nlp, text)] == ["Michelle Bachelet"]


def test_a_salutation_by_title_is_the_person_the_letter_names_with_it(nlp):
    text = (
        "Groups call on British Prime Minister Rishi Sunak to act\n\nDear Prime Minister,\n\n"
        "We urge you to take decisive action to secure the release of Jimmy Lai."
    )
    assert [r.target for r in demands_of(nlp, text)][-1] == "Rishi Sunak"


def test_a_salutation_by_title_then_name_is_written_to_the_person(nlp):
    text = (
        "Dear High Commissioner, Ms. Bachelet:\n\nWe are writing to express our worries about the case."
        " We urge you to raise it with the Government during your visit."
    )
    assert [r.target for r in demands_of(nlp, text)] == ["Ms. Bachelet"]


def test_a_letter_whose_salutation_names_no_one_is_written_to_its_inside_address(nlp):
    text = (
        "Turkey: a writer detained\n\nThe writer faces up to ten years in prison.\n\n"
        "Minister of Justice Bekir Bozdag\nMilli Mudafaa Caddesi No: 22\n06659, Kizilay\n\nFebruary 10th 2017\n\n"
        "Dear Sir,\n\nWe urge you to release all journalists held for their writing.\n\nYours sincerely,\n\nMari Holsve"
    )
    assert [r.target for r in demands_of(nlp, text)] == ["Minister of Justice Bekir Bozdag"]


def test_the_speaker_introducing_a_quotation_is_found_when_the_parser_loses_the_subject(nlp):
    text = (
        "In response to the start of a politically-motivated trial against Ales Petrov - a Nobel Peace Prize"
        " laureate and chair of a human rights group - and his colleagues, Anna Lind, Amnesty International’s"
        " Director for Eastern Europe and Central Asia, said:\n“The administration is vengeful. All charges should"
        " be urgently dropped.”\n"
    )
    # the name, not the role set off after it
    assert [row.actor for row in demands_of(nlp, text)] == ["Anna Lind"]


@pytest.mark.parametrize(
    ("text", "demand"),
    [
        ("The authorities must release him, because he was detained solely for his work.", "release him"),
        (
            "We urge you not to allow it to come into force, since it would strengthen martial law.",
            "not to allow it to come into force",
        ),
        # "since" as a preposition of time is part of what is demanded
        (
            "The authorities must release all those detained since the elections.",
            "release all those detained since the elections",
        ),
    ],
)
def test_the_reason_given_for_a_demand_after_a_comma_is_not_part_of_it(nlp, text, demand):
    assert [row.demand for row in demands_of(nlp, text)] == [demand]


def test_a_list_item_of_imperatives_between_semicolons_is_one_demand_each(nlp):
    text = (
        "One can see a clear problem of legislation, to which the Committee answers with the following"
        " recommendations:\n\n- Protect them from physical attacks and harassment; ensure that police and officials"
        " receive adequate training; register complaints and investigate all attacks.\n- Release the detainees.\n"
    )
    # the lead's "answers with the following recommendations" makes its subject their maker
    assert [(row.actor, row.demand) for row in demands_of(nlp, text)] == [
        ("the Committee", "Protect them from physical attacks and harassment"),
        ("the Committee", "ensure that police and officials receive adequate training"),
        ("the Committee", "register complaints and investigate all attacks"),
        ("the Committee", "Release the detainees"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The mother of the prisoner was called to Evin Prison for a final meeting with her son today.",
        "The mother of Ali Karimi, a shop worker due to be executed on 13 October, was called to Evin Prison for a"
        " final meeting with her son today.",
    ],
)
def test_a_person_called_to_a_place_is_summoned_not_asked(nlp, text):
    assert demands_of(nlp, text) == []


def test_the_expert_is_the_one_person_whose_title_the_parser_coordinated_with_the_name(nlp):
    text = (
        "UN Expert on Human Rights in Freedonia, Anna Weiss, voiced concern about the killing of two protesters on"
        " Monday.\n\nThe UN expert further called on the government to urgently investigate these incidents."
    )
    assert [row.actor for row in demands_of(nlp, text)] == ["Anna Weiss"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a name the model reads as an organisation's (this one, a researcher's, is): the role after it
        # only a person holds
        (
            "“The authorities should release the students,” said Oryem Nyeko, Africa researcher at Human Rights Watch.",
            "Oryem Nyeko",
        ),
        # titles listed with the speaker are no name
        (
            "The UN Secretary General, the UN High Commissioner for Human Rights, and myself as the UN"
            " representative in the country have called on the authorities to respect the right to assembly.",
            "The UN Secretary General, the UN High Commissioner for Human Rights, and myself as the UN"
            " representative in the country",
        ),
    ],
)
def test_a_speakers_role_after_the_name_is_not_part_of_the_actor(nlp, text, actor):
    assert [row.actor for row in demands_of(nlp, text)] == [actor]


def test_a_quotation_closed_by_two_single_marks_is_its_speakers(nlp):
    # wire copy's doubled single mark closes the quotation, so the speaker after it is outside it
    text = (
        "After the execution, clashes erupted and on Monday, witnesses said police fired birdshots at"
        " demonstrators.\n\n“We again urge Freedonia to impose a moratorium on the use of the death penalty,’’"
        " Colville said.\n"
    )
    assert [row.actor for row in demands_of(nlp, text)] == ["Colville"]


def test_dear_excellency_is_written_to_the_inside_address_above_a_subject_line(nlp):
    # a style alone names no one; the letter's subject on a long line of its own between address and salutation
    text = (
        "June 13, 2020\nH. E. Mr Anton Veski\nPresident of the Republic of Freedonia\nPresidential Palace\nVeski\n"
        "Appeal to accept the report and recommendations of the UN High Commissioner for Human Rights regarding"
        " Freedonia\nDear Excellency,\nWe urge you to set aside the Anti-Terror Bill."
    )
    assert [r.target for r in demands_of(nlp, text)] == ["H. E. Mr Anton Veski"]


def test_you_in_a_letter_is_its_reader_even_after_another_party_is_urged(nlp):
    text = (
        "Dear Mr Tsang,\n\nWe also urge the Hong Kong government to conduct an inquiry into the violence. "
        "We call on you to release all the detainees unconditionally.\n\nRespectfully yours,\nMarlene Ramirez"
    )
    assert [r.target for r in demands_of(nlp, text)] == ["the Hong Kong government", "Mr Tsang"]


def test_a_list_of_recommendations_naming_no_addressee_goes_to_the_last_one_named(nlp):
    text = (
        "The UK welcomes the recent successes, but urges the DRC Government to increase its efforts to fight"
        " impunity.\n\nWe recommend:\n\n1) Ratifying the 2014 ILO Protocol to the Forced Labour Convention.\n\n"
        "2) Strengthening the independence of the judicial system."
    )
    assert [r.target for r in demands_of(nlp, text)] == ["the DRC Government"] * 3


def test_your_delegation_in_a_letter_is_the_body_its_to_line_names(nlp):
    text = (
        "Joint NGO Letter\n\nTo Permanent Representatives of Member and Observer States of the UN Human Rights"
        " Council\n\nYour Excellency,\n\nWe urge your delegation to support a resolution on Cambodia."
    )
    assert [r.target for r in demands_of(nlp, text)] == [
        "Permanent Representatives of Member and Observer States of the UN Human Rights Council"
    ]
    # with no line naming the reader, it stays as written
    plain = "Excellencies,\n\nWe urge your delegation to support a resolution on Cambodia."
    assert [r.target for r in demands_of(nlp, plain)] == ["your delegation"]


def test_a_role_without_a_name_is_the_one_person_holding_it(nlp):
    text = (
        "GENEVA (9 June 2021) – A UN expert today urged Turkey to release imprisoned human rights defenders.\n\n"
        "“I am greatly concerned,” said Mary Lawlor, UN Special Rapporteur on the situation of human rights defenders."
    )
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == ["Mary Lawlor"]


def test_the_high_commissioner_is_the_human_rights_chief_the_story_named(nlp):
    text = (
        "GENEVA - UN Human Rights Chief Volker Türk on Tuesday voiced his deep concern over the number of"
        " arbitrary detentions.\n\n"
        '"I call for the immediate release of everyone who has been arbitrarily detained," the High Commissioner said.'
    )
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == ["Volker Türk"]


def test_a_holder_the_parser_joins_to_the_title_as_a_conjunct_still_holds_it(nlp):
    # "High Commissioner for Human Rights Zeid Ra'ad Al Hussein": the parser reads the name as a
    # conjunct of "Commissioner", though no "and" or comma stands between them
    text = (
        "GENEVA (14 May 2015) – United Nations High Commissioner for Human Rights Zeid Ra’ad Al Hussein on"
        " Thursday expressed deep regret at the closing of the human rights office in Burundi in recent weeks,"
        " stressing that no State could silence its critics.\n"
        "The High Commissioner urged the Government of Burundi to reopen the office."
    )
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == ["Zeid Ra’ad Al Hussein"]


def test_the_rights_chief_is_the_high_commissioner_the_story_named(nlp):
    text = (
        "GENEVA — The United Nations human rights chief called Wednesday for an independent probe into the"
        " killings.\n"
        '"I urge the authorities to end the use of force," said Navi Pillay, UN High Commissioner for Human Rights.\n'
        '"Those responsible should be held accountable," the UN rights chief added.'
    )
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == ["Navi Pillay"] * 3


def test_she_after_a_surname_alone_is_that_person(nlp):
    # the model tags the full name, not the surname repeated later; "she" is that person, and "it" is not
    text = (
        '"I urge the authorities to end the use of force," said Navi Pillay, UN High Commissioner for Human Rights.\n'
        "Pillay reiterated her concerns at attempts by the authorities to curb civil society activities.\n"
        'It is "imperative that the authorities ensure the respect of freedom of expression," she stressed.'
    )
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == ["Navi Pillay", "Pillay"]


def test_a_place_after_a_preposition_is_not_the_subject_of_the_gerund_that_demands(nlp):
    text = "Thousands of people rallied again Wednesday in Tahrir Square demanding an end to military rule."
    assert triples(demands_of(nlp, text)) == [("Thousands of people", "", "an end to military rule")]


def test_a_role_is_held_by_the_name_its_long_title_is_set_off_by_not_by_a_name_it_demands_for(nlp):
    text = (
        "A United Nations rights expert today demanded the release of political prisoners in Freedonia.\n\n"
        "In a statement, the Special Rapporteur on the situation of human rights in Freedonia, Adrian Severin,"
        " also called for a visit.\n\n"
        "“The Special Rapporteur demands the immediate release of Aleksandr Milinkevich,” the statement said."
    )
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == ["Adrian Severin"] * 3


def test_a_capitalised_title_without_a_name_is_the_one_person_holding_it(nlp):
    text = (
        "PACE President René van der Linden today started a visit to Belarus.\n\n"
        "The PACE President also called for the intensification of student exchanges."
    )
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == ["René van der Linden"]


def test_a_role_two_persons_hold_stays_as_written(nlp):
    text = (
        "A UN expert today urged Turkey to release the defenders.\n\n"
        "Mary Lawlor, UN Special Rapporteur on defenders, and Fionnuala Ní Aoláin, UN Special Rapporteur on "
        "counter-terrorism, wrote to the Government."
    )
    assert next(actor for actor, _, _ in triples(demands_of(nlp, text))) == "A UN expert"


def test_the_council_is_the_council_named_as_subject_not_one_named_in_between(nlp):
    text = (
        "The Human Rights Council has adopted a resolution on the situation of human rights in Freedonia.\n"
        "In the resolution, adopted by a vote of 23 in favour, the Council calls upon the Freedonian authorities"
        " to enter into a dialogue with the political opposition, including the Coordination Council and civil"
        " society. The Council urges the Freedonian authorities to fulfil their obligations under international"
        " human rights law.\n"
    )
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == ["Human Rights Council"] * 2


def test_two_short_forms_joined_are_the_two_full_names(nlp):
    text = (
        "WASHINGTON – Senators Jane Roe and John Doe, co-chairs of the Senate Human Rights Caucus, and"
        " Representatives Mary Major and Richard Miles, co-chairs of the Tom Lantos Human Rights Commission,"
        ' issued the following statement:\n\n"As partners in the Defending Freedoms Project, the Caucus and the'
        " Commission also urge members of Congress to continue advocating for the release of prisoners of"
        ' conscience."\n'
    )
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == [
        "Senate Human Rights Caucus and Tom Lantos Human Rights Commission"
    ]


def test_it_is_the_text_that_called_before_though_a_quotation_in_between_lists_people(nlp):
    # the parser hangs "family members", inside the quotation, on "decision" as a second subject
    text = (
        "The decision, which recognizes “that the work of journalists can put them, and their family members, at"
        " risk of violence, as well as of intimidation”, calls on the participating States to “take effective"
        " measures to end impunity for crimes committed against journalists”.\nIt also urges “political leaders"
        " and public officials to refrain from intimidating journalists”.\n"
    )
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == ["The decision"] * 2


def test_a_closed_straight_quotation_in_the_paragraph_before_gives_a_we_paragraph_no_speaker(nlp):
    # the tagger reads the closing straight mark as an opening one
    text = (
        "Dear Mr. Smith,\n\nIn a May 4 video, you announced new rules pertaining to the platform and argued that"
        " net neutrality and the platform are not in conflict. However, on the accompanying website, the new rules"
        ' explicitly state that "websites must be properly integrated with the platform to allow zero rating."\n\n'
        "We urge Facebook to assert its support for a true definition of net neutrality.\n"
    )
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == ["We"]


def test_a_short_plural_description_is_the_fuller_one_given_first(nlp):
    text = (
        "UN human rights experts today urged Bahrain to halt the execution of two men.\n\n"
        "“The authorities must quash the death sentences,” the experts said."
    )
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == ["UN human rights experts"] * 2


def test_an_imperative_of_a_demanded_action_is_a_demand_in_the_speakers_voice(nlp):
    text = (
        "Maria Lenz: “They will not be forgotten”\n\nThe regime hides the prisoners. Here is what I say to "
        "the guards. Stop hiding the political prisoners from their families."
    )
    assert triples(demands_of(nlp, text)) == [
        ("Maria Lenz", "", "Stop hiding the political prisoners from their families")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\nStrengthening the rule of law and accountability for human rights violations\n\nThe report says so.",
        "Take action: sign our petition today.",
    ],
)
def test_a_participle_heading_or_a_lead_to_instructions_is_no_imperative_demand(nlp, text):
    assert demands_of(nlp, text) == []


def test_a_word_in_quotes_inside_a_long_quotation_does_not_close_it(nlp):
    text = (
        "Maria Lenz spoke at a briefing in Vilnius. The briefing focused on prisons:\n"
        "“It has been a year since I last heard from my husband.\n"
        "I call on the Secretary-General to demand an end to “incommunicado” detention.\n"
        "I urge governments worldwide to make the issue of political prisoners a priority."
    )
    assert {actor for actor, _, _ in triples(demands_of(nlp, text))} == {"Maria Lenz"}


def test_a_closing_and_a_name_on_one_line_sign_the_letter(nlp):
    text = (
        "To:  Sheikh Hasina\n    Prime Minister\n\nHonourable Prime Minister:\n\nI call on you to drop the case "
        "against him.\n\nSincerely, Shawn Nock"
    )
    assert triples(demands_of(nlp, text)) == [("Shawn Nock", "Sheikh Hasina", "drop the case against him")]


def test_you_must_in_a_letter_is_a_demand_of_its_reader_and_elsewhere_an_instruction(nlp):
    letter = "Dear Minister,\n\nYou must repeal the law to conform to international standards.\n\nSincerely, Jane Roe"
    assert triples(demands_of(nlp, letter)) == [
        ("Jane Roe", "Minister", "repeal the law to conform to international standards")
    ]
    assert demands_of(nlp, "To join the march, you should register before Friday.") == []


def test_both_organisations_are_the_two_named_just_before(nlp):
    text = (
        "Paris, 15 June 2022 – The detained journalists must be released, said the Free Press League and the "
        "Helsinki Watch Group. Both organisations called for an end to the harassment of journalists."
    )
    actors = [actor for actor, _, _ in triples(demands_of(nlp, text))]
    assert actors[-1] == "the Free Press League and the Helsinki Watch Group"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He urged Moscow to “immediately and unconditionally” release the Tatar leaders.",
            "immediately and unconditionally” release the Tatar leaders",
        ),
        ('They called on the police to "immediately free" the activists.', 'immediately free" the activists'),
    ],
)
def test_a_quotation_of_the_demands_first_words_does_not_end_it(nlp, text, expected):
    assert [r.demand for r in demands_of(nlp, text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The High Commissioner takes this opportunity to urge the authorities to release all detainees.",
        "The High Commissioner would like to seize this opportunity to call upon the authorities to end torture.",
    ],
)
def test_a_call_made_by_taking_an_opportunity_is_the_takers(nlp, text):
    assert [r.actor for r in demands_of(nlp, text)] == ["The High Commissioner"]


def test_a_base_form_after_a_relative_clause_is_a_second_demand(nlp):
    text = (
        "Front Line Defenders calls on the authorities to remove any conditions that may have been attached "
        "to the release and drop any outstanding charges against the defenders."
    )
    assert [r.demand for r in demands_of(nlp, text)] == [
        "remove any conditions that may have been attached to the release",
        "drop any outstanding charges against the defenders",
    ]


def test_a_verb_with_its_own_modal_stays_in_the_relative_clause(nlp):
    text = (
        "The Council requested the government to present a plan detailing the steps that the Government "
        "has taken and will take to implement the recommendations."
    )
    assert len(demands_of(nlp, text)) == 1


def test_a_salutation_by_style_alone_is_written_to_the_inside_address(nlp):
    text = (
        "Shaikh Hamad bin Issa Al Khalifa\n\nOffice of His Majesty the King\n\nP.O. Box 555\n\nRifa Palace\n\n"
        "Your Majesty,\n\nI would like to ask you to order an independent investigation of the allegations."
    )
    assert [r.target for r in demands_of(nlp, text)] == ["Shaikh Hamad bin Issa Al Khalifa"]


@pytest.mark.parametrize(
    "text",
    [
        "Letter from Amnesty International to the Minister of Justice\n\nWe call on you to release Ali Salem.",
        "Following is a letter written by Amnesty International to the Minister of Justice to free Ali Salem.\n\n"
        "We call on you to release Ali Salem.",
    ],
)
def test_a_title_naming_the_letters_author_and_addressee_gives_both(nlp, text):
    rows = demands_of(nlp, text)
    assert [(r.actor, r.target) for r in rows] == [("Amnesty International", "the Minister of Justice")]


def test_a_passive_must_of_lethal_force_is_a_demand(nlp):
    text = "Lethal force, in particular live ammunition, should only be used as a last resort."
    assert [r.demand for r in demands_of(nlp, text)] == [text.rstrip(".")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "What the Chinese government should do is to assist these organizations instead of suppressing them.",
            [("", "the Chinese government", "assist these organizations instead of suppressing them")],
        ),
        (
            "What the authorities must do now is release all political prisoners.",
            [("", "the authorities", "release all political prisoners")],
        ),
        ("What the report should do is explain the method.", []),
        ("What we should do is wait.", []),
    ],
)
def test_what_a_party_should_do_is_demanded_of_it(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


def test_a_to_infinitive_after_a_quotation_that_ended_the_first_demand_is_a_second_one(nlp):
    text = (
        "The Committee urged Turkish authorities to take steps to ensure that the court rules in the case of"
        ' Selahattin Demirtas as soon as possible "with full regard to the findings of the European Court of'
        " Human Rights,\" and in the meantime to ensure Demirtas's immediate release."
    )
    assert [r.demand for r in demands_of(nlp, text)][1:] == ["ensure Demirtas's immediate release"]


def test_he_in_an_adverbial_clause_is_the_main_clauses_subject(nlp):
    text = (
        "The move came as the envoy Keith Kellogg travelled to Minsk.\n\nIn an emotional press conference, "
        "Tikhanovsky broke down in tears as he described his years in solitary confinement and called for the "
        "freedom of more than 1,000 political prisoners."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["Tikhanovsky"]


def test_he_goes_on_naming_the_person_a_story_quotes_at_length(nlp):
    text = (
        "Sergei Tikhanovsky was freed on Saturday.\n\nThe envoy Keith Kellogg met Lukashenko in Minsk.\n\n"
        'Tikhanovsky spoke to reporters on Sunday.\n\n"It\'s a nightmare," he said. "You ask about torture. '
        'Is that not torture? Murderers get to watch TV. They have to stop this. We have to get people out."\n\n'
        "He has barely spoken to anyone for years.\n\nHe called on the US president for more help."
    )
    assert [r.actor for r in demands_of(nlp, text)][-1:] == ["Tikhanovsky"]


def test_he_in_a_clause_coordinated_with_the_main_one_is_its_subject(nlp):
    text = (
        "Donald Spitz praised the killer.\n\nCardinal John O'Connor called the murder wrong but he urged "
        "those angered by the slaying to be equally angered by abortions."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["John O'Connor"]


@pytest.mark.parametrize(
    "text",
    [
        "The European Union on Monday led calls for Belarus to immediately release the protesters.",
        "The European Union renewed calls for Belarus to immediately release the protesters.",
    ],
)
def test_calls_for_a_party_to_act_are_made_of_that_party(nlp, text):
    assert triples(demands_of(nlp, text)) == [("The European Union", "Belarus", "immediately release the protesters")]


def test_a_speechs_closing_thank_you_is_no_demand(nlp):
    text = "The ICJ calls on Belarus:\n- to end all harassment of lawyers; and\n- to release the lawyers.\nThank you!"
    assert [r.demand for r in demands_of(nlp, text)] == ["end all harassment of lawyers", "release the lawyers"]


def test_a_quotation_inside_a_quoted_demand_does_not_end_it(nlp):
    text = "The statement urges the government to “revoke the “transparency of foreign influence” law,” he said."
    assert [r.demand for r in demands_of(nlp, text)] == ["revoke the “transparency of foreign influence” law"]


@pytest.mark.parametrize(
    ("demand", "theme"),
    [("Free Dawit Isaak", "release_of_detainees"), ("free and fair elections", "other")],
)
def test_a_campaigns_free_before_a_name_is_a_release(demand, theme):
    assert theme_of(demand) == theme


def test_a_demand_verb_after_a_quotation_reports_it(nlp):
    text = "“Her detention has been arbitrary. She should be released unconditionally,” the High Commissioner demanded."
    rows = demands_of(nlp, text)
    assert [(r.actor, r.demand) for r in rows] == [("the High Commissioner", "She should be released unconditionally")]


def test_the_speaker_of_an_inverted_attribution_is_named_after_the_verb(nlp):
    text = (
        "“These two penal provisions, along with other similar articles dealing with so-called National Security"
        " offences, run contrary to international human rights standards and should be repealed,” said Laurent"
        " Meillan, the acting regional representative. “Viet Nam should conduct a thorough and impartial"
        " investigation into allegations of torture”."
    )
    rows = demands_of(nlp, text)
    assert [(r.actor, r.target) for r in rows if r.demand.startswith("conduct")] == [("Laurent Meillan", "Viet Nam")]


def test_who_is_prompted_to_call_for_something_calls_for_it(nlp):
    text = (
        "Up to 50 people were killed by security forces, a toll that last week prompted the UN Office of the High"
        " Commissioner for Human Rights to call for utmost restraint from law enforcement officials."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["the UN Office of the High Commissioner for Human Rights"]


def test_we_is_every_organisation_the_statement_lists_as_its_speakers(nlp):
    text = (
        "Mr. President,\nRight Livelihood, ALQST for Human Rights and MENA Rights Group remain deeply concerned at"
        " the arbitrary detention of human rights defenders.\nHence, we reiterate our calls on the Council to"
        " urge Saudi Arabia to ratify the ICCPR."
    )
    speakers = "Right Livelihood, ALQST for Human Rights and MENA Rights Group"
    assert [r.actor for r in demands_of(nlp, text)] == [speakers]


@pytest.mark.parametrize(
    ("demand", "theme"),
    [
        ("inform families of the location of those detained", "enforced_disappearance"),
        ("end unlawful detention of Tigrayans, activists, and journalists", "release_of_detainees"),
    ],
)
def test_the_place_of_detention_and_unlawful_detention_have_their_themes(demand, theme):
    assert theme_of(demand) == theme


def test_when_those_to_be_released_were_detained_is_part_of_the_demand(nlp):
    text = (
        "We call for the urgent release of all of those detained while pursuing their legitimate activities in the"
        " promotion of women’s rights, the experts added. Amnesty called for the release of X, condemning the arrest"
        " of Y."
    )
    assert [r.demand for r in demands_of(nlp, text)] == [
        "the urgent release of all of those detained while pursuing their legitimate activities in the promotion of"
        " women’s rights",
        "the release of X",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BAJ and 57 media organizations addressed the state authorities of Belarus with the demand to stop"
            " harassment of journalists.",
            ("BAJ and 57 media organizations", "the state authorities of Belarus", "stop harassment of journalists"),
        ),
        (
            "The lawyers turned to the Supreme Court with a request to review the verdict.",
            ("The lawyers", "the Supreme Court", "review the verdict"),
        ),
    ],
)
def test_a_call_brought_to_someone_with_with_is_a_demand_of_them(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == [expected]


def test_he_is_the_one_person_named_before_him_when_the_parse_gives_no_subject(nlp):
    text = (
        "Commissioner O’Flaherty published today a letter he addressed to the President of the Republic of"
        " Azerbaijan, in which he asks the authorities for the immediate release of all human rights defenders."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["O’Flaherty"]


@pytest.mark.parametrize(
    ("text", "target", "demand"),
    [
        (
            "“Countries that retain the death penalty must ensure that individuals are not subjected to torture,”"
            " the experts said.",
            "Countries that retain the death penalty",
            "ensure that individuals are not subjected to torture",
        ),
        (
            "The Council calls upon States that have not yet done so to ratify the Convention.",
            "States that have not yet done so",
            "ratify the Convention",
        ),
        # the demand's to-clause hung on a clause of "be" with its complement
        (
            "I furthermore appeal to all those who are close to the two prisoners to help them end their strike.",
            "all those who are close to the two prisoners",
            "help them end their strike",
        ),
        (
            "The experts urged the officials who were present at the hearing to release the detainees.",
            "the officials who were present at the hearing",
            "release the detainees",
        ),
    ],
)
def test_a_restrictive_relative_clause_says_which_addressees_are_meant(nlp, text, target, demand):
    assert [(r.target, r.demand) for r in demands_of(nlp, text)] == [(target, demand)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“Special funding and simpler visa procedures for fleeing writers are urgently needed,” she said.",
            [("she", "", "Special funding and simpler visa procedures for fleeing writers are urgently needed")],
        ),
        (
            "Urgent action is required to facilitate the patients’ transfer abroad, the doctor said.",
            [("the doctor", "", "Urgent action is required to facilitate the patients’ transfer abroad")],
        ),
        # an obligation of a party, a rule, and nothing needed are no demands
        ("The Government is required to respond within 60 days.", []),
        ("A permit is required to hold a rally in the capital.", []),
        ("No further action is needed.", []),
    ],
)
def test_what_is_said_to_be_needed_is_demanded_of_no_one_named(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


def test_a_decisions_operative_verbs_in_capitals_demand_only_what_they_ask_of_others(nlp):
    text = (
        "The Assembly:\n\n1. ADOPTS the Annual Activity Report of the Commission;\n\n2. COMMENDS the Commission for"
        " its work;\n\n3. REQUESTS the African Union Commission to provide adequate resources to the Commission;\n"
    )
    assert triples(demands_of(nlp, text)) == [
        ("The Assembly", "the African Union Commission", "provide adequate resources to the Commission")
    ]


def test_an_s_form_of_a_demand_verb_read_as_a_noun_after_a_name_is_the_call(nlp):
    text = (
        "UNHCR appeals to the government to refrain from any further arrests and deportations of people of"
        " concern and to uphold its responsibilities under international law."
    )
    assert triples(demands_of(nlp, text)) == [
        ("UNHCR", "the government", "refrain from any further arrests and deportations of people of concern"),
        ("UNHCR", "the government", "uphold its responsibilities under international law"),
    ]


def test_bare_verbs_listed_after_the_first_demanded_action_are_demanded_too(nlp):
    # the parser hangs "drop" on "condemn"; "meanwhile" links the action to the text around it
    text = (
        "The undersigned organisations strongly condemn this treatment and urge Belarusian authorities to free"
        " Anna Petrova, drop the criminal charges against her, and meanwhile ensure her access to independent"
        " lawyers, and end her subjection to cruel, inhuman and degrading treatment."
    )
    assert [r.demand for r in demands_of(nlp, text)] == [
        "free Anna Petrova",
        "drop the criminal charges against her",
        "ensure her access to independent lawyers",
        "end her subjection to cruel, inhuman and degrading treatment",
    ]


def test_to_infinitives_listed_after_a_call_noun_are_separate_demands(nlp):
    text = (
        "We renew our call on the Colombian Government to make a strenuous effort to prevent attacks on people"
        " defending fundamental rights, to investigate each and every case and to prosecute those responsible for"
        " these violations."
    )
    first, second, *_ = [r.demand for r in demands_of(nlp, text)]
    assert first == "make a strenuous effort to prevent attacks on people defending fundamental rights"
    assert second.startswith("investigate each and every case")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We remind the Government of its duty to take measures to ensure the safety of all Freedonians.",
            [("We", "the Government", "take measures to ensure the safety of all Freedonians")],
        ),
        (
            "We wish to remind the Saudi government of its obligation to protect and promote the rights of all"
            " human rights defenders.",
            [("We", "the Saudi government", "protect and promote the rights of all human rights defenders")],
        ),
        (
            "The High Commissioner reminded the authorities of their obligation to protect peaceful protesters.",
            [("The High Commissioner", "the authorities", "protect peaceful protesters")],
        ),
        # the "of" hung on the name inside the addressee, the later verbs on "remind"
        (
            "We remind the Government of Bahrain of its obligations to prevent, investigate and punish all acts"
            " of torture.",
            [("We", "the Government of Bahrain", "prevent, investigate and punish all acts of torture")],
        ),
        # the "of" hung on the addressee's own phrase
        (
            "We remind all parties to the conflict of their legal and moral obligation to protect children from harm.",
            [("We", "all parties to the conflict", "protect children from harm")],
        ),
        # a participle going on with what the speaker stated
        (
            "“The fighting is troubling,” she stated, reminding the Government and armed forces of their obligation"
            " to protect civilians.",
            [("she", "the Government and armed forces", "protect civilians")],
        ),
        # a right or an importance one is reminded of asks nothing
        ("The court reminded him of his right to remain silent.", []),
    ],
)
def test_reminding_a_party_of_its_obligation_to_act_demands_the_act(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


def test_a_statement_released_by_two_bodies_is_written_by_both(nlp):
    text = (
        "Front Line Defenders (FLD) and the Danish Helsinki Committee on Monday released a statement urging"
        " the Freedonian authorities to release four lawyers."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["Front Line Defenders (FLD) and the Danish Helsinki Committee"]


def test_a_spokespersons_statement_names_its_topic_after_on_not_its_author(nlp):
    text = (
        "Statement by the Spokesperson on the sentencing of two journalists\n\n"
        "Today's verdict is deeply troubling. We call on the authorities to release both journalists."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["the Spokesperson"]


def test_two_adjectives_before_the_object_do_not_end_the_demand(nlp):
    # the parser reads "concrete" as the object and "sustained" as a second verb
    text = (
        "As a member of the Council of Europe, Freedonia urgently needs to make concrete and sustained"
        " progress in the protection of journalists."
    )
    assert [r.demand for r in demands_of(nlp, text)] == [
        "make concrete and sustained progress in the protection of journalists"
    ]


@pytest.mark.parametrize(
    ("text", "demands"),
    [
        (
            "We reiterate our call for the release of Ms. Petrova, as well as the release of all other political"
            " prisoners.",
            ["the release of Ms. Petrova, as well as the release of all other political prisoners"],
        ),
        (
            "The experts repeated their call for the release of the activists, and an end to the crackdown.",
            ["the release of the activists", "an end to the crackdown"],
        ),
    ],
)
def test_a_second_noun_called_for_is_demanded_though_the_parser_hangs_it_on_the_verb(nlp, text, demands):
    assert [r.demand for r in demands_of(nlp, text)] == demands


def test_a_passive_demand_after_a_dateline_the_parser_read_as_its_subject(nlp):
    text = (
        "(Almaty, June 2, 2022) – Fifteen civil activists, bloggers, and journalists who disagreed with the"
        " authorities over the election and are currently in pretrial facilities in Freedonia should be"
        " immediately released, Amnesty International said today."
    )
    assert triples(demands_of(nlp, text)) == [
        (
            "Amnesty International",
            "",
            "Fifteen civil activists, bloggers, and journalists who disagreed with the authorities over the"
            " election and are currently in pretrial facilities in Freedonia should be immediately released",
        )
    ]


@pytest.mark.parametrize(
    "headline",
    ["", "Police detain journalist for alleged treason\n\n"],
)
def test_a_modal_demand_the_parser_hangs_on_the_datelines_place_is_the_ledes(nlp, headline):
    # after a headline the parser reads "New York" as the subject of "said" and hangs the demand on it
    text = headline + (
        "New York, June 23, 2021 — Freedonian authorities should immediately release journalist Ivan Petrov, drop"
        " the criminal investigation into him, and halt the campaign of harassment against the independent"
        " press, the Committee to Protect Journalists said today."
    )
    assert triples(demands_of(nlp, text)) == [
        ("the Committee to Protect Journalists", "Freedonian authorities", demand)
        for demand in (
            "immediately release journalist Ivan Petrov",
            "drop the criminal investigation into him",
            "halt the campaign of harassment against the independent press",
        )
    ]


def test_first_person_words_under_a_lede_naming_a_persons_stance_are_that_persons(nlp):
    # a press release quotes its head in the paragraph under the lede, its quotation marks lost
    text = (
        "UNESCO Director-General Anna Petrova has condemned the attack on a meeting of journalists in"
        " Freedonia City on 3 May.\n\n"
        "I condemn the murder of the two reporters. I call for an independent investigation into this crime."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["Anna Petrova"]


def test_a_briefing_notes_spokesperson_label_names_whom_the_spokesperson_speaks_for(nlp):
    text = (
        "Spokesperson for the UN High Commissioner for Human Rights: Ivan Petrov\n\nLocation: Geneva\n\n"
        "Freedonia\n\nWe urge the Government to stop cracking down on peaceful protesters."
    )
    assert [(r.actor, r.target) for r in demands_of(nlp, text)] == [
        ("the UN High Commissioner for Human Rights", "the Government")
    ]


def test_a_pull_quote_is_spoken_by_the_person_on_the_line_below_it(nlp):
    text = (
        "Freedonia: reforms must protect the press\n\n"
        "As interim leader Ivan Petrov looks to reform the courts, he must put press freedom first.\n\n"
        "“We call on the interim government to release the five detained journalists.”\n\n"
        "Anna Petrova, Director of Advocacy at Freedom Watch\n\n"
        "At least 40 journalists were injured in August."
    )
    assert [r.actor for r in demands_of(nlp, text) if "release" in r.demand] == ["Anna Petrova"]


def test_its_time_to_with_a_typographic_apostrophe_is_a_demand(nlp):
    text = "“It’s time to release Anna Petrova and all of the other detained activists,” the union said."
    assert [r.demand for r in demands_of(nlp, text)] == ["release Anna Petrova and all of the other detained activists"]


def test_a_speech_verb_inside_a_quotation_does_not_name_the_quotations_speaker(nlp):
    text = (
        "Anna Petrova, the union’s president, said: “The arrest of the activists is a blatant case of repression.\n\n"
        "“And it’s not just the Freedonian Trade Union Congress and Education International saying that. Many"
        " experts have intervened in the case.\n\n"
        "“The government must release the activists now.”"
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["Anna Petrova"]


def test_an_impersonal_its_time_to_goes_on_addressing_the_paragraphs_last_addressee(nlp):
    text = (
        "“It is time for the Freedonian government to prove its commitment to human rights. It is time to"
        " release Anna Petrova and the other activists,” the union said."
    )
    assert [r.target for r in demands_of(nlp, text)] == ["the Freedonian government", "the Freedonian government"]


def test_a_demand_verb_with_a_particle_of_another_sense_demands_nothing(nlp):
    text = (
        "The planned protests in Freedonia City have just been called off by the organisers, following a court"
        " decision to uphold a government ban."
    )
    assert demands_of(nlp, text) == []


def test_a_second_to_infinitive_after_a_comma_and_is_a_second_demand(nlp):
    text = (
        "We urge the Government to find ways to continuously engage with the population about their grievances"
        " on the economic situation, and to stop cracking down on peaceful protesters."
    )
    assert [r.demand for r in demands_of(nlp, text)] == [
        "find ways to continuously engage with the population about their grievances on the economic situation",
        "stop cracking down on peaceful protesters",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reported in the past tense, the necessity and its clause shift back together
        (
            "It was essential that all those responsible for the killings were held to account, Ms. Petrova said.",
            [("Ms. Petrova", "all those responsible for the killings were held to account")],
        ),
        # not reported by anyone: a past necessity is history, not a demand
        ("It was essential that the troops were withdrawn in 1995.", []),
    ],
)
def test_a_backshifted_necessity_is_demanded_only_when_reported(nlp, text, expected):
    assert [(r.actor, r.demand) for r in demands_of(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a title after the dash names the one person the text gives it
        (
            "“I urge Freedonia's government to repeal the 'foreign agents' law.” - UN High Commissioner for"
            " Human Rights\n\nThe UN High Commissioner for Human Rights, Anna Petrova, expressed concern over the"
            " law.",
            "Anna Petrova",
        ),
        # a name after the dash is the speaker
        ("“We call on the authorities to release Ivan Petrov.” - Freedom Watch", "Freedom Watch"),
    ],
)
def test_a_quotation_is_spoken_by_who_follows_its_dash(nlp, text, actor):
    assert [r.actor for r in demands_of(nlp, text)][:1] == [actor]


def test_a_few_words_in_scare_quotes_after_the_object_stay_in_the_demand(nlp):
    text = (
        "The Council has repeated its call on Baku to release all Armenian prisoners “unlawfully held” both in"
        " Azerbaijan and in the Lachin corridor."
    )
    assert [r.demand for r in demands_of(nlp, text)] == [
        "release all Armenian prisoners “unlawfully held” both in Azerbaijan and in the Lachin corridor"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The union urged the court to free the editor, who has spent two years in pre-trial detention.",
            ["free the editor"],
        ),
        (
            "Lawyers called for the repeal of the decree, which was adopted without any public consultation.",
            ["the repeal of the decree"],
        ),
        (
            "The panel called for the release of the blogger, whose health has worsened, and the closure of his case.",
            ["the release of the blogger", "the closure of his case"],
        ),
    ],
)
def test_a_relative_clause_after_a_comma_tells_about_the_object_and_is_not_demanded(nlp, text, expected):
    assert [r.demand for r in demands_of(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The group calls for the immediate release of Tran Van Minh, a Vietnamese blogger whose location has"
            " been unknown since May.",
            ["the immediate release of Tran Van Minh"],
        ),
        (
            "The opposition demanded the release of lawmaker Jorge Palma, detained since August on charges of"
            " conspiracy.",
            ["the release of lawmaker Jorge Palma"],
        ),
        # a role without an article
        (
            "UN experts urged the Government of Freedonia to halt the execution of Ashraf Kalim, artist and poet"
            " of Palestinian origin born in Freedonia.",
            ["halt the execution of Ashraf Kalim"],
        ),
        (
            "Amnesty International urged the authorities to release Ales Marko, head of the Spring human rights"
            " centre.",
            ["release Ales Marko"],
        ),
        # in a list each name has its own description: the last one is not cut from the list
        (
            "They urged the court to free Ana Vel, a journalist, and Tom Roe, a lawyer.",
            ["free Ana Vel, a journalist, and Tom Roe, a lawyer"],
        ),
    ],
)
def test_a_description_set_after_a_name_is_not_demanded(nlp, text, expected):
    assert [r.demand for r in demands_of(nlp, text)] == expected


def test_a_relative_clause_that_makes_a_call_of_its_own_stays_with_its_caller(nlp):
    text = (
        "The State should comply with the resolution of the regional assembly, which calls for the ratification"
        " of the Convention against Torture."
    )
    assert len(demands_of(nlp, text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The union said the port authorities have to reinstate the dismissed dockers.",
            [("The union", "the port authorities", "reinstate the dismissed dockers")],
        ),
        (
            "The government has to publish the list of detainees.",
            [("", "The government", "publish the list of detainees")],
        ),
        ("Prisoners have to share a single cell, the report said.", []),
        ("Two of the marchers had to be treated in hospital.", []),
    ],
)
def test_have_to_says_must_of_a_party_only(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


def test_there_needs_to_be_names_what_must_exist(nlp):
    text = "There needs to be a full inquiry into the shooting of the farmers, the lawyers said."
    assert [(r.actor, r.demand) for r in demands_of(nlp, text)] == [
        ("the lawyers", "a full inquiry into the shooting of the farmers")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Council expects the two editors to be released without delay.",
            ["the two editors to be released without delay"],
        ),
        ("Observers expect the economy to be hit by the new sanctions.", []),
    ],
)
def test_expecting_someone_to_be_done_something_demands_it_of_no_one_named(nlp, text, expected):
    rows = demands_of(nlp, text)
    assert [r.demand for r in rows] == expected
    assert all(r.target == "" for r in rows)


def test_a_verb_left_waiting_on_its_preposition_shares_the_next_verbs_object(nlp):
    text = "The experts urged the authorities to refrain from, and to investigate, attacks on journalists."
    assert [r.demand for r in demands_of(nlp, text)] == ["refrain from, and to investigate, attacks on journalists"]


def test_each_version_of_a_joined_recommendation_is_a_demand_of_its_own_states(nlp):
    text = (
        "The following recommendations will be examined by Arcadia:\n"
        "1.\nRatify the Convention against Torture (Borduria, Carpania)/accede to the Convention (Dalmora);\n"
    )
    assert [(r.actor, r.demand) for r in demands_of(nlp, text)] == [
        ("Borduria, Carpania", "Ratify the Convention against Torture"),
        ("Dalmora", "accede to the Convention"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hangs the speaker's name on the demand and reads "urged" as a second verb
        (
            "The Iranian authorities should immediately release lawyer Nasrin Sotoudeh and cease all acts of "
            "harassment against her, the Observatory for the Protection of Human Rights Defenders urged today.",
            [
                (
                    "the Observatory for the Protection of Human Rights Defenders",
                    "The Iranian authorities",
                    "immediately release lawyer Nasrin Sotoudeh",
                ),
                (
                    "the Observatory for the Protection of Human Rights Defenders",
                    "The Iranian authorities",
                    "cease all acts of harassment against her",
                ),
            ],
        ),
        # an apposition that describes the speaker stands between its name and the verb
        (
            "The Egyptian authorities must free the journalist Ali Hassan, the Observatory for the Protection of "
            "Human Rights Defenders, a partnership of FIDH and the World Organisation Against Torture (OMCT), "
            "said today.",
            [
                (
                    "the Observatory for the Protection of Human Rights Defenders",
                    "The Egyptian authorities",
                    "free the journalist Ali Hassan",
                )
            ],
        ),
        (
            "The Kenyan police must end abductions of critics, Amnesty International, a global movement of ten "
            "million people, said today.",
            [("Amnesty International", "The Kenyan police", "end abductions of critics")],
        ),
    ],
)
def test_a_trailing_attribution_whose_subject_the_parser_lost_names_the_speaker(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


def test_them_after_a_call_is_the_party_that_call_addressed(nlp):
    text = (
        "I would like to raise one case, as my colleagues did, that of Ivan Petrov.\n\nWe call upon the Freedonian "
        "authorities to ensure his safety. Moreover, we urge them to release Ivan Petrov unconditionally."
    )
    assert [r.target for r in demands_of(nlp, text)] == ["the Freedonian authorities", "the Freedonian authorities"]


def test_a_person_named_after_the_role_the_parser_made_the_speaker_is_the_speaker(nlp):
    text = (
        "“Independent news is essential,” said CPJ’s Europe and Central Asia program coordinator, Gulnoza Said, "
        "in New York. “We call on authorities to release all journalists in detention.”"
    )
    assert triples(demands_of(nlp, text)) == [("Gulnoza Said", "authorities", "release all journalists in detention")]


def test_call_after_a_plural_subject_is_a_verb_the_tagger_read_as_a_noun(nlp):
    text = (
        "As the eighth anniversary of the detention of lawyer Ivan Petrov approaches, global civil society alliance "
        "CIVICUS and the International Partnership for Human Rights (IPHR) call on the country’s authorities to "
        "immediately release him and unconditionally drop all charges."
    )
    assert [(r.target, r.demand) for r in demands_of(nlp, text)] == [
        ("the country’s authorities", "immediately release him"),
        ("the country’s authorities", "unconditionally drop all charges"),
    ]


def test_an_objects_infinitive_read_as_a_purpose_is_what_is_asked_of_the_object(nlp):
    text = "The senator implored the regime to free the protestors."
    assert triples(demands_of(nlp, text)) == [("The senator", "the regime", "free the protestors")]


def test_a_coordinated_call_ends_the_demand_before_it_and_makes_its_own(nlp):
    text = (
        "The people clamor for change, demand an end to political violence, and implore the regime to liberate "
        "the protestors."
    )
    assert [(r.target, r.demand) for r in demands_of(nlp, text)] == [
        ("", "an end to political violence"),
        ("the regime", "liberate the protestors"),
    ]


def test_a_phrasal_verb_set_off_before_a_shared_object_takes_that_object(nlp):
    text = (
        "She urged the Government to carry out, or fully cooperate with, a thorough and impartial investigation. "
        "He urged the union to speak out and to raise its voice for the activists."
    )
    assert [r.demand for r in demands_of(nlp, text)] == [
        "carry out, or fully cooperate with, a thorough and impartial investigation",
        "speak out",
        "raise its voice for the activists",
    ]


def test_a_verb_whose_preposition_waits_for_the_shared_object_is_not_cut_off(nlp):
    text = "We call on regional bodies to closely investigate, report on and publicize these killings at the border."
    assert [r.demand for r in demands_of(nlp, text)] == [
        "closely investigate, report on and publicize these killings at the border"
    ]


def test_what_we_expect_in_a_list_after_expect_the_following_is_demanded(nlp):
    text = (
        "We are deeply concerned by the situation.\n\nIn order to avoid casualties, today we expect the following:\n\n"
        "• Voluntary resignation of the President of Ruritania and the head of the electoral commission;\n"
        "• Convening an emergency meeting of the parliament to organize the transfer of power;\n"
        "\nWe expect the economy to slow down.\n"
    )
    assert [r.demand for r in demands_of(nlp, text)] == [
        "Voluntary resignation of the President of Ruritania and the head of the electoral commission",
        "Convening an emergency meeting of the parliament to organize the transfer of power",
    ]


def test_an_apposition_after_the_called_for_action_is_no_naming_of_the_addressee(nlp):
    text = (
        "We call on all participating States to further strengthen their engagement with ODIHR in implementing"
        " our human rights commitments, a core component of the concept of security. The minister called the"
        " verdict a travesty."
    )
    rows = demands_of(nlp, text)
    assert [(r.actor, r.target) for r in rows] == [("We", "all participating States")]
    assert rows[0].demand.startswith("further strengthen their engagement with ODIHR")


def test_a_demand_no_one_is_named_for_in_a_letter_whose_voice_says_who_we_are_is_that_voices(nlp):
    text = (
        "Excellencies,\n\nWe are a diverse group of nongovernmental organisations from all parts of the world. We"
        " write to you regarding your candidacies.\n\nAs candidates, it is especially incumbent on you to set an"
        " example by cooperating fully with the mechanisms, in particular by ensuring that you do the following:\n\n"
        "1. Issue effective standing invitations to Special Procedures.\n\n"
        "2. Act responsibly and respectfully in relations with Special Procedures.\n"
    )
    assert {r.actor for r in demands_of(nlp, text)} == {"a diverse group of nongovernmental organisations"}


def test_unbulleted_lines_under_a_lead_that_urges_someone_are_demanded_by_it_of_them(nlp):
    text = (
        "Freedom Watch urges the Human Rights Council to:\n"
        "Renew the mandate of the Special Rapporteur on the situation of human rights defenders.\n"
        "Recognize the legitimacy of human rights defenders.\n"
    )
    assert {(r.actor, r.target) for r in demands_of(nlp, text)} == {("Freedom Watch", "the Human Rights Council")}


def test_a_note_under_a_bulleted_item_does_not_end_the_list(nlp):
    text = (
        "Recommendations\n\nTo the Government of Ruritania\n\n"
        "• Promptly investigate allegations of enforced disappearances.\n\n"
        "These should include politically motivated cases.\n\n"
        "• Investigate allegations of deaths in custody, and prosecute the officers responsible.\n"
    )
    assert [r.target for r in demands_of(nlp, text)] == ["the Government of Ruritania"] * 2


def test_what_is_called_for_before_a_coordinated_for_to_clause_is_demanded_too(nlp):
    text = (
        "We call for the immediate release of all those arbitrarily detained and for the authorities to abide by "
        "their international obligations."
    )
    assert triples(demands_of(nlp, text)) == [
        ("We", "the authorities", "the immediate release of all those arbitrarily detained"),
        ("We", "the authorities", "abide by their international obligations"),
    ]


def test_an_addressee_the_parser_hung_on_the_clauses_mark_is_the_target(nlp):
    text = (
        "Front Line Defenders expresses grave concerns about the mass crackdown on human rights defenders in "
        "Freedonia and calls upon Freedonian authorities to drop trumped-up charges and release imprisoned human "
        "rights defenders."
    )
    [row] = demands_of(nlp, text)
    assert (row.actor, row.target) == ("Front Line Defenders", "Freedonian authorities")
    assert row.demand.startswith("drop trumped-up charges")


def test_a_verb_in_a_tense_after_a_subjunctive_clause_is_the_outer_subjects(nlp):
    text = (
        "The committee insists that all political prisoners be released without delay and calls on the "
        "authorities to engage in dialogue with the opposition."
    )
    assert triples(demands_of(nlp, text)) == [
        ("The committee", "", "all political prisoners be released without delay"),
        ("The committee", "the authorities", "engage in dialogue with the opposition"),
    ]


def test_a_bodys_head_word_in_lower_case_is_its_short_form(nlp):
    text = (
        "The Committee on Legal Affairs and Human Rights adopted a report on Freedonia on Monday.\n\n"
        "The committee calls on the authorities to engage in dialogue with the opposition. The experts urge "
        "restraint."
    )
    assert [r.actor for r in demands_of(nlp, text)] == [
        "The Committee on Legal Affairs and Human Rights",
        "The experts",
    ]


def test_a_purpose_clause_set_off_after_the_object_stays_a_purpose(nlp):
    text = (
        "The Committee recommends that the authorities establish, at the earliest, an action plan aimed at "
        "preventing racist assaults, so as to allow members of vulnerable groups to live in security and dignity."
    )
    assert [r.target for r in demands_of(nlp, text)] == ["the authorities"]


def test_a_verb_of_a_series_the_parser_broke_off_takes_the_subject_before_the_comma(nlp):
    text = (
        "Thousands of Freedonians marched on Sunday. The regime deployed harsh prison sentences in an attempt to "
        "silence the voice of the people as they clamor for change, demand an end to political violence, and "
        "implore the regime to liberate the hundreds of peaceful protestors."
    )
    assert [(r.actor, r.demand) for r in demands_of(nlp, text)] == [
        ("Thousands of Freedonians", "an end to political violence"),
        ("Thousands of Freedonians", "liberate the hundreds of peaceful protestors"),
    ]


def test_the_role_a_spokesperson_speaks_for_is_the_holder_named_with_it_below(nlp):
    # "Spokesperson for the High Commissioner: X" titles the spokesperson; the High Commissioner is
    # the one person named with the title itself
    text = (
        "Spokesperson for the UN High Commissioner for Human Rights: Ivan Petrov\n\nLocation: Geneva\n\n"
        "The High Commissioner for Human Rights, Anna Petrova, said today she is dismayed by the verdict.\n\n"
        "The High Commissioner said: “I urge the Government to promptly release the journalist.”"
    )
    assert [(r.actor, r.demand) for r in demands_of(nlp, text)] == [("Anna Petrova", "promptly release the journalist")]


def test_a_role_in_the_title_is_the_one_person_holding_it(nlp):
    # words coordinated inside the title ("... Policy and Humanitarian Aid") hold no role
    text = (
        "Statement by the Human Rights Commissioner on the sentence against Freedonian human rights defender Petrova\n"
        "Maria Holm, Federal Government Commissioner for Human Rights Policy and Humanitarian Aid at the Federal"
        " Foreign Office, issued the following statement today (29 September) on the sentence announced yesterday"
        " against Freedonian human rights activist Anna Petrova in appeal proceedings:\n"
        "Additional information\n"
        "I am appalled by the news that the 16-year prison sentence against Freedonian human rights activist Anna"
        " Petrova has been upheld in the appeal proceedings.\n"
        "No one should be arrested or sentenced because of their political or civil commitment or for expressing"
        " their opinion.\n"
        "I call on the Freedonian judiciary to ensure that Anna Petrova receives justice and to quash the verdict"
        " immediately."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["Maria Holm"] * 3


def test_a_caption_reprinting_a_sentence_of_the_story_gives_the_storys_demand_once(nlp):
    # the caption lifts the sentence out of the story, where "She" has its antecedent
    text = (
        "UN expert deplores arrests of defenders in Freedonia\n\n"
        "She urged the immediate release of all detained rights defenders. Image Credit: Twitter\n\n"
        "A UN expert deplored today the arrest of human rights defenders.\n\n"
        "“I am extremely concerned,” said Anna Petrova, UN Special Rapporteur on human rights defenders.\n\n"
        "She urged the immediate release of all detained rights defenders."
    )
    rows = demands_of(nlp, text)
    assert [(r.actor, r.demand) for r in rows] == [
        ("Anna Petrova", "the immediate release of all detained rights defenders")
    ]
    assert text.rindex("She urged") < rows[0].start_char


def test_we_of_a_statement_delivered_by_a_person_is_the_organisation_it_names(nlp):
    text = (
        "Statement at the 57th Session of the UN Human Rights Council\nItem 10 General Debate\n"
        "Delivered by Anna Petrova\nMr. President,\n"
        "Amnesty International regrets that the lack of commitment to civic space continues.\n"
        "We urge the government to release all those arbitrarily detained."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["Amnesty International"]


def test_we_of_a_statement_delivered_by_a_person_naming_no_organisation_is_that_person(nlp):
    text = (
        "Item 4: Interactive dialogue on Freedonia\n\nOral statement delivered by Mr. Ivan Petrov\n\n"
        "Mr. President,\n\nWe thank you for your report. We call on the Council to extend the mandate."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["Mr. Ivan Petrov"]


def test_we_of_a_spokespersons_statement_is_the_body_it_names_as_speaking(nlp):
    text = (
        "Statement by the Spokesperson on the trial of opposition members in Freedonia\n\nBrussels, 4 March 2021\n\n"
        "The verdict handed down yesterday runs against the commitments the authorities made.\n\n"
        "The European Union calls for a fair appeal. We expect the authorities to release the defendants."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["The European Union"] * 2


def test_we_of_a_spokespersons_statement_naming_no_body_is_the_spokesperson(nlp):
    text = (
        "Statement by the Spokesperson on the trial of opposition members in Freedonia\n\nBrussels, 4 March 2021\n\n"
        "The verdict handed down yesterday runs against the commitments the authorities made.\n\n"
        "We therefore call on the authorities to release the defendants."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["the Spokesperson"]


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        # "I" is the speaker named on the header line above the speech's opening address
        ("I call on the authorities of Freedonia to release all political prisoners.", "Jane Roe"),
        # "we" is the State the speech names as speaking
        (
            "The United Kingdom is deeply concerned about the situation in Freedonia. We call on the authorities "
            "to release all political prisoners.",
            "The United Kingdom",
        ),
    ],
)
def test_a_speech_is_its_speaker_named_in_the_header_above_the_opening_address(nlp, body, actor):
    text = (
        "Remarks at a Security Council Briefing on Freedonia\n\nAmbassador Jane Roe\nPermanent Representative\n"
        f"New York\nMarch 3, 2020\n\nThank you, Mr. President.\n\n{body}\n"
    )
    assert [r.actor for r in demands_of(nlp, text)] == [actor]


def test_a_reports_to_headings_address_their_lists_and_make_no_letter(nlp):
    # several "To X" headings are a report's sections, not the reader of a letter: a quoted "You must
    # ..." above them is no demand on the first of them
    text = (
        "Former detainees described the classes. “They said that you must thank the President for everything.”\n"
        "Recommendations\n"
        "To the Government of Freedonia\n"
        "- Immediately release all persons held in the camps.\n"
        "- Allow all those held to challenge their detention.\n"
        "To the UN Human Rights Council\n"
        "- Hold a special session on the situation in Freedonia.\n"
    )
    assert [(r.target, r.demand) for r in demands_of(nlp, text)] == [
        ("the Government of Freedonia", "Immediately release all persons held in the camps"),
        ("the Government of Freedonia", "Allow all those held to challenge their detention"),
        ("the UN Human Rights Council", "Hold a special session on the situation in Freedonia"),
    ]


def test_a_reports_listed_recommendations_are_the_organisation_it_reports_as(nlp):
    text = (
        "Amnesty International interviewed 55 former detainees. Amnesty International documented the"
        " conditions in the camps. Amnesty International found that the detentions were arbitrary.\n"
        "Recommendations\n"
        "To the Government of Freedonia\n"
        "- Immediately release all persons held in the camps.\n"
        "- Allow all those held to challenge their detention.\n"
    )
    assert {(r.actor, r.target) for r in demands_of(nlp, text)} == {
        ("Amnesty International", "the Government of Freedonia")
    }


def test_the_organisation_a_news_story_is_about_does_not_voice_its_unattributed_demands(nlp):
    # the Justice Department is the story's subject, not the speaker of "should"
    text = (
        "The Justice Department acted on Tuesday. The Justice Department met the family's"
        " lawyers. The Justice Department filed papers in court.\n\n"
        "The relatives should quickly hand over the child to his father."
    )
    assert [r.actor for r in demands_of(nlp, text)] == [""]


def test_a_passive_demand_with_a_floating_quantifier_is_a_demand(nlp):
    # "should all be released": the parser hangs the modal and the subject on "be"
    text = (
        "“These 14 men should all be immediately and unconditionally released – but instead the Court of"
        " Cassation has adjourned their appeal and denied them bail,” said Anna Petrova, deputy director at"
        " Amnesty International."
    )
    assert [(r.actor, r.demand) for r in demands_of(nlp, text)] == [
        ("Anna Petrova", "These 14 men should all be immediately and unconditionally released")
    ]


def test_the_rest_of_a_list_called_for_that_the_parser_hung_on_the_verb_stays_in_the_demand(nlp):
    text = (
        "The UN calls for respect for human rights, rule of law and democratic governance in Freedonia.\n\n"
        "We call for justice, truth and reparation."
    )
    assert [r.demand for r in demands_of(nlp, text)] == [
        "respect for human rights, rule of law and democratic governance in Freedonia",
        "justice, truth and reparation",
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a name with no "of" phrase, its head word alone after it
        (
            "The Freedonia Fact-Finding Mission presented its findings. The mission urged the authorities to"
            " stop executions.",
            "Freedonia Fact-Finding Mission",
        ),
    ],
)
def test_a_bodys_head_word_alone_is_the_body_named_before(nlp, text, actor):
    assert [r.actor for r in demands_of(nlp, text)] == [actor]


def test_a_name_ending_in_a_prepositional_phrase_is_not_the_short_form_of_its_last_word(nlp):
    # "the EU" is not "Council of the EU", whose head is "Council"
    text = (
        "Council conclusions on Freedonia\n\nCouncil of the EU\n\nThe EU condemns the attempted coup.\n\n"
        "The EU calls on all parties to refrain from violence. It calls on the security forces to show restraint."
    )
    assert {r.actor for r in demands_of(nlp, text)} == {"The EU"}


def test_a_statement_delivered_by_a_states_delegation_is_the_states(nlp):
    text = (
        "Statement as delivered by the Delegation of the United States of America\n\nItem 4 General Debate\n\n"
        "Thank you, Mr. President.\n\nWe call on the government of Freedonia to free all political prisoners."
    )
    assert [(r.actor, r.actor_entity_id) for r in demands_of(nlp, text)] == [("United States", "united-states")]


def test_a_statement_printed_twice_keeps_the_copy_whose_speaker_is_named(nlp):
    # an aggregator prints the statement again below, without the line that says who speaks
    statement = (
        "I remain very concerned by the rejection of a visa for a senior journalist.\n\n"
        "This undermines the freedom of the press, guaranteed by the Basic Law.\n\n"
        "It also increases the pressure on the framework.\n\n"
        "I urge the Freedonian authorities to reconsider this decision. Confidence in its freedoms matters."
    )
    text = (
        f"Press release: Foreign Secretary statement on Freedonia\n\nForeign Secretary Ivan Petrov said:\n\n"
        f"{statement}\n\nPress release: Foreign Secretary statement on Freedonia\n\n{statement}"
    )
    rows = demands_of(nlp, text)
    assert [(r.actor, r.demand) for r in rows] == [("Ivan Petrov", "reconsider this decision")]
    assert rows[0].start_char < text.rindex("I urge")


def test_recommendations_numbered_as_sub_paragraphs_need_no_lead_when_they_name_their_states(nlp):
    # an excerpt of a UPR report that starts mid-list, its lead sentence left out
    text = (
        "140.58 Set concrete steps and a time frame to conclude the pending proceedings (Austria);\n"
        "140.59 Refrain from applying unilateral coercive measures (Belarus);\n"
        "140.60\n\nContinue to strengthen the response to hate speech (Pakistan) (Poland);\n"
    )
    rows = demands_of(nlp, text)
    assert [(r.actor, r.demand) for r in rows] == [
        ("Austria", "Set concrete steps and a time frame to conclude the pending proceedings"),
        ("Belarus", "Refrain from applying unilateral coercive measures"),
        ("Pakistan, Poland", "Continue to strengthen the response to hate speech"),
    ]


def test_recommendations_numbered_as_a_first_cycle_reports_paragraphs_need_no_lead_either(nlp):
    # the first cycle's reports number each recommendation as a paragraph of its own, past 99
    text = (
        "Report of the Working Group on the Universal Periodic Review\nIceland\n\n"
        "99. Share with other developing countries its best practices in combating poverty (Tajikistan);\n"
        "100. Guarantee the protection of the civil and political rights of all (Chile);\n"
        "101. Establish effective complaint mechanisms for victims of torture (Czech Republic);\n"
    )
    rows = demands_of(nlp, text)
    assert [(r.actor, r.target, r.demand) for r in rows] == [
        ("Tajikistan", "Iceland", "Share with other developing countries its best practices in combating poverty"),
        ("Chile", "Iceland", "Guarantee the protection of the civil and political rights of all"),
        ("Czech Republic", "Iceland", "Establish effective complaint mechanisms for victims of torture"),
    ]


_DIALOGUE = (
    "B. Interactive dialogue and responses by the State under review\n"
    "10. The delegation of Ecuador presented the national report. Ecuador has adopted a new Constitution.\n"
    "11. Mexico requested information on the measures taken to combat corruption. Ecuador replied that a "
    "commission had been set up.\n"
)


def test_a_upr_reports_requests_are_made_of_the_state_under_review(nlp):
    # the interactive dialogue of a Working Group report: "Mexico requested information on ..." names
    # no addressee; the report's cover names the State it reviews
    text = "Report of the Working Group on the Universal Periodic Review\nEcuador\n\n" + _DIALOGUE
    rows = demands_of(nlp, text)
    assert [(r.actor, r.target) for r in rows] == [("Mexico", "Ecuador")]
    assert demands_of(nlp, _DIALOGUE)[0].target == ""  # in other documents no addressee is guessed


def test_recommendations_without_a_lead_are_made_to_the_country_no_bracket_names(nlp):
    # the State under review never recommends to itself: the country the items name outside the
    # brackets is the one they are made to
    text = (
        "140.70 Ensure the independence of the public media (Kingdom of the Netherlands);\n"
        "140.71 Continue its efforts for the Roma community in Slovenia (Türkiye);\n"
        "140.72 Amend the Slovenian Criminal Code to decriminalize defamation (Ireland) (Netherlands);\n"
    )
    rows = demands_of(nlp, text)
    assert [r.target for r in rows] == ["Slovenia"] * 3


def test_recommendations_without_a_lead_take_the_target_of_the_report_s_led_list(nlp):
    text = (
        "103.1 Consider abolishing the death penalty (Argentina);\n"
        "103.2 Adopt a law on access to information (Chile);\n\n"
        "104. The recommendations below did not enjoy the support of Zambia:\n\n"
        "104.1 Decriminalize same-sex relations (France);\n"
    )
    rows = demands_of(nlp, text)
    assert [(r.actor, r.target) for r in rows] == [("Argentina", "Zambia"), ("Chile", "Zambia"), ("France", "Zambia")]


def test_a_line_of_markup_between_a_lead_and_its_list_keeps_the_list(nlp):
    text = (
        "115. The following recommendations will be examined by Bahrain, which will respond in due course:\n\n"
        "**\n\n115.1.\n\nRatify OP-CAT (Czech Republic);\n\n115.2.\n\nAbolish the death penalty (Brazil);\n"
    )
    rows = demands_of(nlp, text)
    assert [(r.actor, r.target, r.response) for r in rows] == [
        ("Czech Republic", "Bahrain", "examined"),
        ("Brazil", "Bahrain", "examined"),
    ]


def test_the_same_committee_is_the_committee_named_before(nlp):
    text = (
        "- The Committee against Torture requested Freedonia to review its legislation on torture.\n"
        "- The Committee on the Rights of the Child welcomed the new ombudsman.\n"
        "- The same Committee recommended that Freedonia raise the minimum age of criminal responsibility.\n"
    )
    rows = demands_of(nlp, text)
    assert [r.actor for r in rows] == ["The Committee against Torture", "The Committee on the Rights of the Child"]


def test_numbered_paragraphs_that_name_no_states_are_no_recommendations(nlp):
    text = (
        "2.1 The law was adopted in 2019 after a public consultation.\n"
        "2.2 The courts have applied it in twelve cases since then.\n"
    )
    assert demands_of(nlp, text) == []


def test_your_excellencys_government_is_the_government_of_the_state_the_letter_is_about(nlp):
    # a special procedures' communication greets its reader by style and names no State in its head:
    # the government is that of the State it writes about
    text = (
        "Excellency,\n\nWe have the honour to address you concerning the arrest of Mr. Arman Sahakyan in "
        "Armenia.\n\nMr. Sahakyan was detained by the police of Armenia on 3 May.\n\nIn view of the urgency, "
        "we urge your Excellency's Government to release him.\n\nPlease provide information on the legal basis "
        "of his detention."
    )
    rows = demands_of(nlp, text)
    assert [(r.target, r.target_entity_id != "") for r in rows] == [("Government of Armenia", True)] * 2


def test_the_government_of_his_excellency_is_that_of_the_permanent_mission_addressed(nlp):
    text = (
        "To: His Excellency\nAmbassador\nPermanent Mission of Chile\n\nExcellency:\n\nWe have the honour to "
        "write about Mr. Pablo Rojas and the events in Peru and Bolivia.\n\nWe urge the Government of His "
        "Excellency to investigate the attack.\n"
    )
    assert [r.target for r in demands_of(nlp, text)] == ["Government of Chile"]


def test_a_styled_government_stays_as_written_when_no_state_stands_out(nlp):
    text = (
        "Excellency,\n\nWe write about refugees moving between Chad and Niger.\n\nWe urge your Excellency's "
        "Government to protect them.\n"
    )
    assert [r.target for r in demands_of(nlp, text)] == ["your Excellency's Government"]


@pytest.mark.parametrize(
    ("demand", "theme"),
    [
        # medical care for a person held is a detention condition
        ("provide her with the medical treatment she needs", "torture_ill_treatment"),
        ("ensure that the detainees receive adequate medical care", "torture_ill_treatment"),
        # for everyone, it is the right to health; a named theme still decides
        ("improve the system of medical care in rural areas", "other"),
        ("ensure medical care for women victims of violence", "non_discrimination"),
        ("release him so that he can receive medical care", "release_of_detainees"),
    ],
)
def test_medical_care_of_a_detainee_is_ill_treatment(demand, theme):
    assert theme_of(demand) == theme


@pytest.mark.parametrize(
    ("demand", "theme"),
    [
        # synonyms of the definitions in GOLD_FORMAT.md that the keywords lacked
        ("secure her freedom", "release_of_detainees"),
        ("guarantee their freedom of movement", "other"),
        ("stop arbitrarily detaining students", "release_of_detainees"),
        ("implement the decision by freeing the teacher", "release_of_detainees"),
        ("ensure that they are treated humanely", "torture_ill_treatment"),
        ("stop jailing reporters", "freedom_of_expression"),
        ("protect the independent press", "freedom_of_expression"),
        ("respect academic freedom", "freedom_of_expression"),
        ("restore the free flow of information", "freedom_of_expression"),
        ("grant him access to his legal representative", "fair_trial"),
        ("guarantee the independence of the courts and the legal profession", "fair_trial"),
        ("create conditions for voluntary repatriation", "refugees_protection"),
        ("end protracted displacement", "refugees_protection"),
        ("submit a mid-term UPR report", "engagement_with_un"),
        ("ensure that standing invitations are honoured", "engagement_with_un"),
        # a treaty body's own words, its complaint procedures and the UN's experts
        ("take into account its previous concluding observations", "engagement_with_un"),
        ("include updated figures in its next report", "engagement_with_un"),
        ("accept the individual complaints procedure under the Convention", "engagement_with_un"),
        ("grant access to the region for United Nations experts", "engagement_with_un"),
        # reporting and speaking freely; a defender's work
        ("allow them to report freely and without interference", "freedom_of_expression"),
        ("let people express their views without fear", "freedom_of_expression"),
        ("allow her to carry on her human rights work", "protection_of_defenders"),
    ],
)
def test_theme_synonyms_of_the_gold_definitions(demand, theme):
    assert theme_of(demand) == theme


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is incumbent on a party, or urgently needed, is demanded
        (
            "It is incumbent on the Arvian authorities to fully investigate the killing.",
            [("", "the Arvian authorities", "fully investigate the killing")],
        ),
        (
            "There is an urgent need to preserve evidence, the experts said.",
            [("the experts", "", "preserve evidence")],
        ),
        # a need denied is none; a reminding described is no call (test_not_demands), but a party's duty
        # said in the present is said as "must" (test_what_a_party_has_a_duty_to_do_is_demanded_of_it)
        ("There is no need to panic.", []),
        (
            "The authorities have an urgent obligation to investigate this disappearance.",
            [("", "The authorities", "investigate this disappearance")],
        ),
    ],
)
def test_what_is_incumbent_on_a_party_or_urgently_needed_is_a_demand(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


def test_a_short_aside_in_brackets_does_not_end_a_demand_that_goes_on(nlp):
    text = (
        "The Assembly called on Arvia to implement the judgments set out in its Resolution 1900 (2012) and to "
        "immediately release Ivan Petrov."
    )
    assert [r.demand for r in demands_of(nlp, text)] == [
        "implement the judgments set out in its Resolution 1900 (2012)",
        "immediately release Ivan Petrov",
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a description set beside an organisation's name with a comma is not its name
        ("Global civil society alliance, CIVICUS, has called on the authorities to free the activists.", "CIVICUS"),
        (
            "Reporters Without Borders, the press watchdog, has called for his immediate release.",
            "Reporters Without Borders",
        ),
        ("Human Rights Watch, or HRW, said the authorities have to investigate the case.", "Human Rights Watch"),
        # a list of names stays whole
        (
            "Human Rights Watch, Amnesty International and 135 other groups called for his release.",
            "Human Rights Watch, Amnesty International and 135 other groups",
        ),
    ],
)
def test_an_organisation_is_named_without_the_description_beside_it(nlp, text, actor):
    assert [r.actor for r in demands_of(nlp, text)] == [actor]


def test_an_operative_verb_read_as_part_of_a_name_opens_its_paragraph(nlp):
    # "Urges States" and "INVITES Member States" read as names: the verb and its addressee
    text = (
        "The Assembly,\n- Recognizing the importance of adaptation;\n- Urges States to take effective measures "
        "to fulfil the new collective goal;\n- ALSO INVITES Member States to communicate their observations;\n"
    )
    assert [(r.target, r.demand) for r in demands_of(nlp, text)] == [
        ("States", "take effective measures to fulfil the new collective goal"),
        ("Member States", "communicate their observations"),
    ]


def test_a_number_restated_in_figures_does_not_end_a_demand(nlp):
    text = "The Council urged Member States to submit their observations within two (2) months of the decision."
    assert [r.demand for r in demands_of(nlp, text)] == [
        "submit their observations within two (2) months of the decision"
    ]


def test_a_letter_greeted_by_style_is_read_by_the_addressee_its_title_names(nlp):
    text = (
        "Open Letter to Member States of the UN Human Rights Council\n29 June 2016\nYour Excellency,\n"
        "We, the undersigned 244 civil society organizations, call on your delegation to support the draft "
        "resolution. We urge you to reject all amendments.\n"
    )
    assert {r.target for r in demands_of(nlp, text)} == {"Member States of the UN Human Rights Council"}


def test_a_later_to_infinitive_after_a_shared_object_is_a_demand_of_its_own(nlp):
    # "respect and protect" share their object; ", and to release X" is a further demand
    text = (
        "The Centre urges the authorities to respect and protect the right to peaceful assembly, and to "
        "immediately and unconditionally release Anna Petrova."
    )
    assert [r.demand for r in demands_of(nlp, text)] == [
        "respect and protect the right to peaceful assembly",
        "immediately and unconditionally release Anna Petrova",
    ]


def test_a_present_tense_call_joined_to_the_infinitive_is_the_speakers_own(nlp):
    # the parser joins "demand" to "repeal": the deputies make a second call, of the police
    text = (
        "The deputies call on the government to repeal the 'Foreign Agents Law' and demand that the police "
        "refrain from arresting protesters."
    )
    assert [(r.target, r.demand) for r in demands_of(nlp, text)] == [
        ("the government", "repeal the 'Foreign Agents Law"),
        ("the police", "refrain from arresting protesters"),
    ]


def test_an_organisation_named_like_a_provision_makes_demands(nlp):
    assert triples(demands_of(nlp, "ARTICLE 19 calls for the release of the two journalists.")) == [
        ("ARTICLE 19", "", "the release of the two journalists")
    ]
    assert demands_of(nlp, "Article 19 of the Covenant calls for the protection of opinions.") == []


def test_a_renewed_call_opening_an_operative_paragraph_is_a_demand(nlp):
    # "Reiterates" read as a name, "call" as its apposition
    text = (
        "The European Parliament,\n- Reiterates its call on the Member States to support the families of "
        "detainees by seizing every opportunity to request their release;\n"
    )
    assert [(r.target, r.demand) for r in demands_of(nlp, text)] == [
        (
            "the Member States",
            "support the families of detainees by seizing every opportunity to request their release",
        )
    ]


def test_a_speakers_demand_verb_read_as_a_clause_of_the_speaker_is_not_in_the_name(nlp):
    text = (
        "The UN rights chief called Thursday on Freedonia to urgently disclose the details of the crackdown, "
        'calling for "an impartial and transparent investigation".'
    )
    assert {r.actor for r in demands_of(nlp, text)} == {"The UN rights chief"}


def test_a_short_form_of_a_name_whose_head_opens_it_is_that_name(nlp):
    # "the committee" refers back to the Committee to Protect Journalists (head first, no preposition)
    text = (
        "New York - A Freedonian journalist was rearrested on Friday, the Committee to Protect Journalists said.\n"
        '"The authorities should immediately release journalist Anna Petrova," the committee said in a statement.'
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["Committee to Protect Journalists"]


def test_demanding_to_act_with_no_addressee_demands_the_act(nlp):
    # (asking to be told is no demand: "He demanded to know why he was detained", tested above)
    text = "The protesters demanded to scrap the foreign agents bill and release the detained students."
    assert triples(demands_of(nlp, text)) == [
        ("The protesters", "", "scrap the foreign agents bill"),
        ("The protesters", "", "release the detained students"),
    ]


@pytest.mark.parametrize(
    ("demand", "theme"),
    [
        ("take effective measures to prevent racial profiling by the police", "non_discrimination"),
        ("end the enforced segregation of the two communities", "non_discrimination"),
        ("recognise Aboriginal and Torres Strait Islander peoples in the constitution", "non_discrimination"),
        ("provide redress and compensation for victims", "accountability"),
        ("strengthen the national preventive mechanism", "torture_ill_treatment"),
        ("bring an end to offshore processing", "refugees_protection"),
        ("resist calls to weaken end-to-end encryption", "freedom_of_expression"),
        ("reverse the decision to deregister the group", "freedom_of_association"),
        ("let accredited CSOs observe the sessions", "freedom_of_association"),
        # GOLD_FORMAT: torture_ill_treatment covers detention conditions
        ("work with the OSCE to improve prison conditions", "torture_ill_treatment"),
        ("improve conditions in prisons and pre-trial centres", "torture_ill_treatment"),
    ],
)
def test_synonyms_of_the_theme_definitions_have_their_themes(demand, theme):
    assert theme_of(demand) == theme


def test_what_a_party_is_under_an_obligation_to_do_is_demanded_of_it(nlp):
    text = (
        "In accordance with article 2 (3) (a) of the Covenant, the State party is under an obligation to provide the"
        " author with an effective remedy. The State party is also under an obligation to take steps to prevent"
        " similar violations in the future. Everyone is under an obligation to respect the law. The State party is"
        " not under an obligation to extradite him."
    )
    rows = demands_of(nlp, text)
    assert [(r.target, r.demand) for r in rows] == [
        ("the State party", "provide the author with an effective remedy"),
        ("The State party", "take steps to prevent similar violations in the future"),
    ]


def test_what_a_party_has_a_duty_to_do_is_demanded_of_it(nlp):
    text = (
        "“The Freedonian authorities have the duty to investigate all allegations of torture,” the experts said."
        " Freedonia has an obligation to protect journalists. We have a duty to speak out. The police had a duty"
        " to protect him, but failed. States have a duty to protect journalists."
    )
    assert [(r.actor, r.target, r.demand) for r in demands_of(nlp, text)] == [
        ("the experts", "The Freedonian authorities", "investigate all allegations of torture"),
        ("the experts", "Freedonia", "protect journalists"),  # the paragraph goes on in their voice
    ]
    # a remark that introduces the duty says it too ("It must be stressed" is no demand of its own)
    stressed = "It must be stressed that the authorities have a duty to protect protesters."
    assert [(r.target, r.demand) for r in demands_of(nlp, stressed)] == [("the authorities", "protect protesters")]


def test_they_after_a_quotation_of_two_named_rapporteurs_is_both_of_them(nlp):
    text = (
        "“Torture is prohibited,” said the UN Special Rapporteurs on executions, Jane Roe, and on torture, John"
        " Doe.\n\n“The authorities must release him,” they emphasised."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["Jane Roe and John Doe"]


def test_what_is_said_to_be_fundamental_is_demanded(nlp):
    text = "It is fundamental that the authorities take immediate steps to preserve the evidence."
    assert [(r.target, r.demand) for r in demands_of(nlp, text)] == [
        ("the authorities", "take immediate steps to preserve the evidence")
    ]


def test_an_emoji_bullet_before_the_speaker_is_no_part_of_its_name(nlp):
    text = "- 🌐📢 HRW calls for a full moratorium on the PTA."
    assert [r.actor for r in demands_of(nlp, text)] == ["HRW"]


def test_words_a_writer_put_in_brackets_inside_a_phrase_do_not_end_the_demand(nlp):
    text = (
        "The IACHR urged the State to end the harassment of opposition figures, including (human rights)"
        " defenders, as well as to immediately free those detained arbitrarily."
    )
    assert [r.demand for r in demands_of(nlp, text)] == [
        "end the harassment of opposition figures, including (human rights) defenders",
        "immediately free those detained arbitrarily",
    ]


def test_a_base_form_the_parser_hangs_on_a_noun_is_a_second_action(nlp):
    text = (
        "The EU calls on the Egyptian authorities to abide by their international obligations, to uphold the right"
        " to a fair trial and safeguard due legal process."
    )
    assert [r.demand for r in demands_of(nlp, text)] == [
        "abide by their international obligations",
        "uphold the right to a fair trial",
        "safeguard due legal process",
    ]


def test_recommendations_whose_bullets_were_lost_are_items_of_the_heading_above_them(nlp):
    # a PDF's recommendation list without its bullets: each line opens with its verb, headings between
    text = (
        "Recommendations to the government of Freedonia\n\n"
        "International standards\n"
        "Ratify the Convention against Torture and its Optional Protocol;\n\n"
        "Ratify the Second Optional Protocol to the Covenant;\n\n"
        "Detention\n\n"
        "Release all persons detained for peacefully exercising their rights.\n"
    )
    assert triples(demands_of(nlp, text)) == [
        ("", "the government of Freedonia", "Ratify the Convention against Torture and its Optional Protocol"),
        ("", "the government of Freedonia", "Ratify the Second Optional Protocol to the Covenant"),
        ("", "the government of Freedonia", "Release all persons detained for peacefully exercising their rights"),
    ]


def test_a_listed_recommendation_whose_verb_the_parser_reads_as_a_modifier_is_the_whole_sentence(nlp):
    text = (
        "Policy Recommendations for Governments\n"
        "- Support civil society and grassroots movements calling for democracy. Such movements need help.\n"
        "- Support free and independent media, and protect access to information.\n"
    )
    assert [(r.actor, r.demand) for r in demands_of(nlp, text)] == [
        ("", "Support civil society and grassroots movements calling for democracy"),
        ("", "Support free and independent media, and protect access to information"),
    ]


def test_the_experts_take_the_first_description_written_with_a_bracketed_acronym(nlp):
    # the parser makes "experts" an apposition of "Nations" before the bracketed acronym
    text = (
        "United Nations (UN) human rights experts yesterday called on Arcadia to end the abductions.\n\n"
        "The experts said the charges against the three poets should be dropped."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["United Nations (UN) human rights experts"] * 2


def test_quoted_paragraphs_under_a_long_opening_clause_are_the_speakers_the_parser_hung_said_on(nlp):
    # the parser reads "said" closing a long participle clause as its auxiliary
    text = (
        "Reacting to the release by the Arvian authorities of 123 individuals, including Nobel Peace Prize "
        "laureate Ales Bialiatski and Maryia Kalesnikava, prisoner of conscience and subject of Rights Watch "
        "International’s Write for Rights 2024, Jane Roe, Director for Eastern Europe and Central Asia at Rights "
        "Watch International, said:\n"
        "“We welcome the release. But the system remains.\n"
        "“All those freed must receive full reparations. Every official responsible must be held accountable.\n"
    )
    assert {r.actor for r in demands_of(nlp, text)} == {"Jane Roe"}


def test_a_lead_that_stops_mid_sentence_goes_on_in_the_list_under_it(nlp):
    # no colon: "that would" is finished by each item
    text = (
        "The coalition's comments filed today call for amendments that would\n\n"
        "- Narrow the technical assistance notice authorities;\n"
        "- Provide for more robust judicial oversight of the new tools; and\n"
        "- Limit the definition of designated communications providers.\n"
    )
    rows = demands_of(nlp, text)
    assert [(r.target, r.demand) for r in rows] == [
        ("", "Narrow the technical assistance notice authorities"),
        ("", "Provide for more robust judicial oversight of the new tools"),
        ("", "Limit the definition of designated communications providers"),
    ]


def test_a_date_word_the_parser_read_as_a_second_subject_is_not_the_actor(nlp):
    text = (
        "KYIV POST – The European Commission against Racism (ECRI) today urged the Government of Ukraine to "
        "release the students."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["The European Commission against Racism"]


def test_a_quoted_demand_and_a_further_action_after_the_quote_are_two_demands(nlp):
    text = (
        "The Commission today urged the Government of Arvia to “immediately cease the repression” of social "
        "protests and to investigate and punish those responsible for 76 deaths since last April."
    )
    demands = [r.demand for r in demands_of(nlp, text)]
    assert len(demands) == 2
    assert demands[0].startswith("immediately cease the repression")
    assert demands[1].startswith("investigate and punish those responsible")


def test_a_demand_ends_before_its_speakers_name_the_parser_broke_at_a_colon(nlp):
    text = (
        "The Freedonian government should immediately free 45 trade unionists arrested during the recent "
        "clampdown against President John Doe, CIVICUS: World Alliance for Citizen Participation said today."
    )
    [row] = demands_of(nlp, text)
    assert row.demand.endswith("against President John Doe")


def test_unbulleted_items_relaying_a_call_or_refraining_stay_in_the_list_of_their_lead(nlp):
    text = (
        "Rights Watch International urges the Human Rights Council to:\n"
        "Recognize the legitimacy of human rights defenders;\n"
        "Urge States to adopt and implement legislation which protects human rights defenders;\n"
        "Refrain from bringing criminal charges against human rights defenders;\n"
        "Ensure that those who challenge injustice peacefully are not portrayed as threats to security;\n"
    )
    rows = demands_of(nlp, text)
    assert [r.demand.split()[0] for r in rows] == ["Recognize", "Urge", "Refrain", "Ensure"]
    assert {(r.actor, r.target) for r in rows} == {("Rights Watch International", "the Human Rights Council")}


def test_a_call_for_something_to_happen_names_no_addressee_and_its_maker_no_possessive(nlp):
    text = "We reiterate the UN Secretary-General’s call for restraint to prevent further loss of life."
    [row] = demands_of(nlp, text)
    assert (row.actor, row.target, row.demand) == ("the UN Secretary-General", "", "prevent further loss of life")


def test_a_passive_demand_sharing_its_subject_with_a_clause_before_it_names_no_addressee(nlp):
    text = "The law on foreign agents is unjust and must be repealed."
    [row] = demands_of(nlp, text)
    assert (row.target, row.demand) == ("", "The law on foreign agents is unjust and must be repealed")


@pytest.mark.parametrize(
    "title",
    [
        "Statement by the Resident and Humanitarian Coordinator, Anna Lindqvist, on the floods in Norland",
        "Statement by the UN High Commissioner for Human Rights, Anna Lindqvist",
        "Statement by the Humanitarian Coordinator for Norland, Anna Lindqvist [EN/AR]",  # the page's languages
    ],
)
def test_a_title_naming_its_author_by_role_and_name_makes_the_name_the_actor(nlp, title):
    # as a name in apposition to a role in the body: the person, not the office and the topic
    text = f"{title}\n\nI am gravely concerned by the fighting. I call on all parties to exercise maximum restraint.\n"
    assert triples(demands_of(nlp, text)) == [("Anna Lindqvist", "all parties", "exercise maximum restraint")]


def test_a_letter_urging_speaks_for_its_writers_not_its_recipient(nlp):
    # the parser hangs the letter's participles on the recipient's name
    text = (
        "In May 2014, six members of the European Parliament sent a letter to Turkmen President Gurbanguly"
        ' Berdymukhammedov calling the journalist\'s imprisonment "unlawful" and urging his immediate release.'
    )
    assert [actor for actor, _, _ in triples(demands_of(nlp, text))] == ["six members of the European Parliament"]


def test_a_state_the_statement_describes_does_not_voice_the_demands_made_of_it(nlp):
    # the present tense describes the State here; it is not the text naming itself before "we"
    text = (
        "Remarks at the Interactive Dialogue\n\nEritrea is one of the most repressive in the world.\n\n"
        "We are pleased the Council acted. Eritrea must grant monitors unhindered access.\n"
    )
    assert triples(demands_of(nlp, text)) == [("", "Eritrea", "grant monitors unhindered access")]


def test_a_speech_thanking_the_special_rapporteur_is_given_by_the_person_named_above_it(nlp):
    # an interactive dialogue's speech opens by thanking the mandate holder, not the chair
    text = (
        "Remarks at an Interactive Dialogue with the Special Rapporteur on Norland\n\nAmbassador Thomas Armbruster\n"
        "Adviser for the Third Committee\nNew York, New York\nOctober 23, 2023\n\n"
        "Thank you, Special Rapporteur, for your new report.\n\nThe situation remains dire. Norland must grant"
        " monitors unhindered access.\n"
    )
    assert triples(demands_of(nlp, text)) == [("Thomas Armbruster", "Norland", "grant monitors unhindered access")]


def test_a_call_in_the_strongest_terms_for_x_calls_for_x(nlp):
    # the parser hangs "for accountability" on the manner of the call
    text = '"I call in the strongest terms for accountability," Anna Lindqvist told the Council.'
    assert triples(demands_of(nlp, text)) == [("Anna Lindqvist", "", "accountability")]


def test_encouraging_an_act_asks_for_it(nlp):
    text = '"We encourage the release of other individuals arbitrarily detained," said the expert.'
    assert triples(demands_of(nlp, text)) == [
        ("the expert", "", "the release of other individuals arbitrarily detained")
    ]
    # a thing that encourages something fosters it: no one asks
    assert demands_of(nlp, "Such judicial harassment encourages self-censorship among journalists.") == []


def test_a_headline_demand_is_kept_when_the_body_asks_for_another_action(nlp):
    # "free speech" in the headline is no release: the body's release is another demand
    text = (
        "Norland should ease pressure on free speech, Commissioner says\n\nThe commissioner said that releasing"
        " all persons detained for their views should remain a priority.\n"
    )
    assert [demand for _actor, _target, demand in triples(demands_of(nlp, text))] == [
        "ease pressure on free speech",
        "releasing all persons detained for their views",
    ]


def test_the_day_a_statement_is_made_is_not_part_of_its_speakers_name(nlp):
    text = (
        "Today UNFPA, the United Nations Population Fund, calls for stronger commitment to end female genital "
        "mutilation."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["UNFPA"]


def test_a_resolutions_opening_adverb_is_not_the_subject_of_its_paragraph(nlp):
    text = (
        "A/RES/51/109\nThe General Assembly,\n"
        "- Expresses its deep concern about violations of human rights in Freedonia;\n"
        "- Further calls upon the Government of Freedonia to implement fully its undertakings;\n"
    )  # (the numbers as the cleaned text has them: list markers written as dashes)
    assert [(r.actor, r.demand) for r in demands_of(nlp, text)] == [
        ("General Assembly", "implement fully its undertakings")
    ]


def test_asylum_asked_for_named_people_is_still_a_demand(nlp):
    text = "The UN called for asylum for the refugees stranded at the border."
    assert [r.demand for r in demands_of(nlp, text)] == ["asylum for the refugees stranded at the border"]


def test_a_passive_list_item_whose_dash_the_parser_hung_on_its_subject_is_a_demand(nlp):
    text = (
        "Recommendations\n\nTo the Government of Freedonia\n\n- Release all political prisoners.\n"
        "- Torture allegations must be investigated promptly.\n"
    )
    assert "Torture allegations must be investigated promptly" in [r.demand for r in demands_of(nlp, text)]


def test_a_demand_naming_no_addressee_under_a_heading_that_names_one_is_made_of_it(nlp):
    text = (
        "Recommendations\n\nTo the Government of Freedonia\n\nThe new government should end impunity. Torture "
        "allegations must be investigated promptly. An independent commission should be established.\n\n"
        "Conclusion\n\nTorture must end.\n"
    )
    assert [(r.target, r.demand) for r in demands_of(nlp, text)] == [
        ("The new government", "end impunity"),
        ("the Government of Freedonia", "Torture allegations must be investigated promptly"),
        ("the Government of Freedonia", "An independent commission should be established"),
        ("", "Torture must end"),  # another heading ends the section
    ]


def test_a_list_items_marker_is_no_part_of_the_party_it_addresses(nlp):
    text = (
        "General Recommendations of the Special Rapporteur\n\n(a) Countries that are not party to the Convention "
        "against Torture should sign and ratify it;\n"
    )
    assert [r.target for r in demands_of(nlp, text)] == [
        "Countries that are not party to the Convention against Torture"
    ]


def test_an_addressee_coordinated_after_and_runs_on_to_the_demands_to(nlp):
    # the parser reads "states" as a verb and cuts the addressees after "and"
    text = (
        "Recommendations\n- Advocate an interpretation of the rules that is more in line with solidarity. Urge the "
        "European Commission and the member states to take firmer measures against states that fail to meet "
        "their obligations.\n"
    )
    assert [r.target for r in demands_of(nlp, text)][-1] == "the European Commission and the member states"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the demanded infinitive hung on the last noun of the addressee's own phrase
        (
            "I call on all those in power to put the declaration into action.",
            [("I", "all those in power", "put the declaration into action")],
        ),
        (
            "The High Representative calls on those responsible for his detention to release him.",
            [("The High Representative", "those responsible for his detention", "release him")],
        ),
        # the call read as a clause of its subject, the demanded infinitive as the subject's verb
        (
            "The UN diplomat called on the authorities to swiftly open legal actions to establish the truth.",
            [("The UN diplomat", "the authorities", "swiftly open legal actions to establish the truth")],
        ),
    ],
)
def test_a_call_whose_infinitive_the_parser_hung_elsewhere_is_still_a_demand(nlp, text, expected):
    assert triples(demands_of(nlp, text)) == expected


def test_a_called_for_nouns_own_infinitive_stays_in_the_demand(nlp):
    text = "The statement urged the formation of a commission with full authority to monitor the situation."
    assert [(r.target, r.demand) for r in demands_of(nlp, text)] == [
        ("", "the formation of a commission with full authority to monitor the situation")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Secretary-General reiterates his call for their release and for the full adherence to due process.",
            ["their release", "the full adherence to due process"],
        ),
        # the second "for" read as a conjunct of the verb
        (
            '"We call for a prompt investigation into the abduction of Mr. Roe, and for the prosecution of those '
            'responsible," the experts said.',
            ["a prompt investigation into the abduction of Mr. Roe", "the prosecution of those responsible"],
        ),
    ],
)
def test_each_for_after_and_is_a_demand_of_its_own(nlp, text, expected):
    assert [r.demand for r in demands_of(nlp, text)] == expected


def test_an_infinitive_right_after_the_addressee_is_the_demand_wherever_the_parser_hung_it(nlp):
    # a Title Case headline: the parser makes "take" a relative clause of "Situation"
    text = (
        "The Regional Networks of Human Rights Defenders in Africa deplore the deteriorating Human Rights "
        "Situation in Chad and Call on Authorities to take Immediate Action to Address the Situation\n"
    )
    assert [(r.target, r.demand) for r in demands_of(nlp, text)] == [
        ("Authorities", "take Immediate Action to Address the Situation")
    ]


def test_items_under_a_call_on_each_name_their_addressee(nlp):
    text = (
        "Statement of NGOs\n\nThe police arrested seven activists.\n\nWe once again call on\n\n"
        "• the Ministry of Internal Affairs to immediately release the detained individuals;\n\n"
        "• the Special Investigation Service to investigate the facts of illegal detention;\n"
    )
    assert [(r.target, r.demand) for r in demands_of(nlp, text)] == [
        ("the Ministry of Internal Affairs", "immediately release the detained individuals"),
        ("the Special Investigation Service", "investigate the facts of illegal detention"),
    ]


def test_an_attribution_with_its_verb_before_the_speaker_names_the_actor(nlp):
    # news style puts the verb first after what was said: "..., urged X"; the parser reads X as
    # the verb's object, yet X urges and is not urged
    text = (
        "Efforts to end torture in custody must be accelerated, urged rights organisations from across the"
        " region gathered in Nairobi this week.\n\n"
        "Detained journalists must be freed, urged Reporters Without Borders on Monday."
    )
    rows = demands_of(nlp, text)
    assert [(r.actor, r.demand) for r in rows] == [
        ("rights organisations", "Efforts to end torture in custody must be accelerated"),
        ("Reporters Without Borders", "Detained journalists must be freed"),
    ]
    # an object asked to act is still the addressee
    asked = "The ministry must act, urged lawyers, asking the court to release the men."
    assert "lawyers" not in [r.target for r in demands_of(nlp, asked)]


def test_a_reason_after_comma_as_ends_the_demand(nlp):
    text = (
        "The lawyers urged the court to quash the verdict against Ana Vel, as they believe she was convicted"
        " for her reporting.\n\n"
        "The State should return the land, as required by its own constitution."
    )
    assert [r.demand for r in demands_of(nlp, text)] == [
        "quash the verdict against Ana Vel",
        "return the land, as required by its own constitution",
    ]


def test_a_place_said_to_be_something_is_no_attribution(nlp):
    # "an island said to be at risk" reports what the island is; the comma before it ends nothing
    text = (
        "The group is calling on the government to stop moving families to a small, remote island said to be"
        " at severe risk of flooding."
    )
    assert [r.demand for r in demands_of(nlp, text)] == ["stop moving families to a small, remote island"]


def test_a_preposition_the_parser_left_without_its_object_keeps_it(nlp):
    # (the parser hangs "the Mediterranean" on "call" when a dated line follows the headline)
    text = (
        "Seafarers and IOM call on States to end humanitarian crisis onboard ship in the Mediterranean\n\n"
        "Mon, 09/07/2020 - 11:23\n"
    )
    assert [r.demand for r in demands_of(nlp, text)] == ["end humanitarian crisis onboard ship in the Mediterranean"]


def test_a_bracketed_item_letter_is_not_the_subject(nlp):
    # the item's speaker is named nowhere: better none than the letter "c"
    text = (
        "The Board met in March.\n\n(c) expressed its concern about the arrests of union leaders, and called on the"
        " authorities to immediately cease such activities;"
    )
    assert [r.actor for r in demands_of(nlp, text)] == [""]


def test_an_addressees_relative_clause_the_parser_made_the_calls_clause_keeps_the_demand(nlp):
    # "that have not yet done so" read as the clause urged, the infinitive hung on it
    text = "The expert urged all States that have not yet done so to declare a moratorium."
    assert triples(demands_of(nlp, text)) == [
        ("The expert", "all States that have not yet done so", "declare a moratorium")
    ]


def test_an_addressee_where_something_is_in_place_keeps_the_demand_after_it(nlp):
    text = "The expert urged all countries where the death penalty is still in place to declare a moratorium."
    assert triples(demands_of(nlp, text)) == [
        ("The expert", "all countries where the death penalty is still in place", "declare a moratorium")
    ]


def test_a_call_by_a_named_maker_is_a_demand_whatever_the_sentence_says_of_it(nlp):
    text = (
        "The men were hanged despite an appeal by Mr. Lund on Saturday for Kardonia to refrain from executing"
        " those convicted.\n\nThe court rejected an appeal by Ana Vel to overturn her conviction."
    )
    assert triples(demands_of(nlp, text)) == [("Mr. Lund", "Kardonia", "refrain from executing those convicted")]


def test_a_passive_of_a_verb_un_recommendations_open_with_is_a_demand(nlp):
    # the verbs learnt from the UPR recommendations ("support", "revise") ask for action in the passive
    text = (
        "Families of the missing should be supported at the legislative level.\n\n"
        "The decree should be revised to comply with the rulings of the court.\n\n"
        "The report should be read with its annex."
    )
    assert [r.demand for r in demands_of(nlp, text)] == [
        "Families of the missing should be supported at the legislative level",
        "The decree should be revised to comply with the rulings of the court",
    ]


def test_a_call_for_something_to_end_demands_its_end_of_no_one(nlp):
    # the subject of a for-to clause of ending is what is to end, not an addressee
    text = (
        "The union called for the killings to end.\n\n"
        "Amnesty called for the violence to stop immediately.\n\n"
        "The experts called for attacks on journalists to cease.\n\n"
        "He was charged with calling for violence."
    )
    assert triples(demands_of(nlp, text)) == [
        ("The union", "", "the killings to end"),
        ("Amnesty", "", "the violence to stop immediately"),
        ("The experts", "", "attacks on journalists to cease"),
    ]


def test_a_relative_clause_the_parser_hung_on_a_time_speaks_for_the_noun_before_it(nlp):
    text = (
        "The crisis grew from the response to largely peaceful protests in 2016-2017, which demanded an end to"
        " the marginalization of the minority."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["largely peaceful protests"]


def test_speakers_the_parser_made_the_datelines_apposition_are_the_actor(nlp):
    text = (
        "GENEVA (16 July 2015) – Three United Nations human rights experts* today call on the Kardonian"
        " authorities to drop all charges the prominent Kardonian human rights defender Ana Vel, who was released"
        " from prison earlier this week for health reasons."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["Three United Nations human rights experts"]


@pytest.mark.parametrize("name", ["Ileana Forteza Benavides", "Rosalba Ortiz Devandas"])
def test_she_goes_on_for_a_name_with_a_persons_role_beside_it(nlp, name):
    # the model may leave such a name without a type; the role set beside it makes it a person
    text = (
        "Little has been done to protect tenants during the pandemic, a UN human rights expert has warned.\n\n"
        f"{name} (pictured), the UN’s special rapporteur on the right to adequate housing, said tenants feel as"
        " though they have been “forgotten”.\n\n"
        "She called on governments to halt all evictions."
    )
    assert [r.actor for r in demands_of(nlp, text)] == [name]


def test_a_bracketed_note_after_the_speakers_name_is_not_part_of_it(nlp):
    text = (
        "The Minister of Labour (centre), a former union leader, urged employers to raise wages.\n\n"
        "Human Rights Watch (HRW), a New York-based group, urged the authorities to free the students."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["The Minister of Labour", "Human Rights Watch (HRW)"]


def test_a_must_clause_that_gives_a_speakers_message_or_position_is_a_demand(nlp):
    # what a speaker holds or asks, said as "X is that ...", by the noun's owner; not "the problem is that"
    text = (
        "My main message is that racism must stop.\n\n"
        "The Committee’s view is that the law should be repealed.\n\n"
        "The problem is that the police must obey orders."
    )
    assert [(r.actor, r.demand) for r in demands_of(nlp, text)] == [
        ("", "racism must stop"),
        ("The Committee", "the law should be repealed"),
    ]


def test_subjunctive_clauses_listed_after_a_demand_verb_are_a_demand_each(nlp):
    # each clause has its own subject in the form a demand takes ("be opened", "compensate")
    text = (
        "Amnesty demanded that an inquiry be opened and the government compensate the victims.\n\n"
        "The group urged that the law be repealed, the detainees be released and the police be held accountable."
    )
    assert [(r.actor, r.demand) for r in demands_of(nlp, text)] == [
        ("Amnesty", "an inquiry be opened"),
        ("Amnesty", "the government compensate the victims"),
        ("The group", "the law be repealed"),
        ("The group", "the detainees be released"),
        ("The group", "the police be held accountable"),
    ]


def test_a_tensed_clause_after_a_demand_is_no_second_demand(nlp):
    text = "They demanded that the law be repealed, the minister said, and the court agreed that it was unjust."
    assert [r.demand for r in demands_of(nlp, text)] == ["the law be repealed"]


def test_a_quoted_demand_the_parser_hung_on_the_relative_clause_after_it_is_the_speakers(nlp):
    # "more than half of which are children" read as the clause the demand depends on
    text = (
        "“Firm steps must be taken to protect the health and safety of the displaced population, more than half"
        " of which are children,” she said."
    )
    assert [(r.actor, r.demand) for r in demands_of(nlp, text)] == [
        ("she", "Firm steps must be taken to protect the health and safety of the displaced population")
    ]


def test_a_reporting_clause_set_off_inside_a_must_sentence_names_its_actor(nlp):
    text = (
        "The authorities, the experts said, must release all detainees.\n\n"
        "Immigration detainees, the committee concludes, should not have fewer safeguards than other prisoners.\n\n"
        "The law, Amnesty International argues, should be repealed."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["the experts", "the committee", "Amnesty International"]


def test_a_ledes_role_without_a_name_is_the_person_who_speaks_by_name_next(nlp):
    # a news lede holds the name back for the next paragraph; a name with a title may be someone else
    named = (
        "Ruritania’s human rights commissioner has called on the government to halt the evictions.\n\n"
        "Marta Kovalenko said the government was ignoring its obligations."
    )
    other = (
        "A UN human rights expert has urged the government to halt the evictions.\n\n"
        "Lawyer Jan Novak said the families had nowhere to go."
    )
    assert [r.actor for r in demands_of(nlp, named)] == ["Marta Kovalenko"]
    assert [r.actor for r in demands_of(nlp, other)] == ["A UN human rights expert"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "On 21 May the Ruritanian Bar Council issued an urgent opinion on the law in which it strongly"
            " recommends that the law be repealed.",
            "the Ruritanian Bar Council",
        ),
        ("The Committee adopted a statement in which it urged Ruritania to release the detainees.", "The Committee"),
    ],
)
def test_it_in_a_relative_clause_on_what_a_body_issued_is_the_body(nlp, text, actor):
    # "in which it recommends": the relative pronoun is the document, "it" the one who issued it
    assert [r.actor for r in demands_of(nlp, text)] == [actor]


def test_the_day_a_speaker_spoke_is_not_part_of_the_speakers_name(nlp):
    text = (
        "A panel of 18 independent experts on Monday called on Ruritania to end child labour.\n\n"
        "The Special Rapporteur on the rights of persons with disabilities urged Ruritania to close the institutions."
    )
    assert [r.actor for r in demands_of(nlp, text)] == [
        "A panel of 18 independent experts",
        "The Special Rapporteur on the rights of persons with disabilities",
    ]


def test_a_date_that_names_a_law_stays_in_the_actor(nlp):
    text = "The Belarus Democracy and Human Rights Act of 2011 calls on the President to impose sanctions."
    assert [r.actor for r in demands_of(nlp, text)] == ["The Belarus Democracy and Human Rights Act of 2011"]


def test_who_must_be_able_or_free_to_act_is_not_the_addressee(nlp):
    # the subject is to be let act (the demand keeps it, as a passive's does); "ready to" asks the subject
    text = (
        "Human rights defenders in Ruritania must be able to carry out their legitimate work without fear.\n\n"
        "Journalists must be free to report without interference.\n\n"
        "The ministry should be ready to provide assistance to the victims."
    )
    assert triples(demands_of(nlp, text)) == [
        ("", "", "Human rights defenders in Ruritania must be able to carry out their legitimate work without fear"),
        ("", "", "Journalists must be free to report without interference"),
        ("", "The ministry", "be ready to provide assistance to the victims"),
    ]


def test_him_is_the_person_a_letter_set_off_after_the_subject_is_addressed_to(nlp):
    text = (
        "Amnesty International Ruritania’s chief executive, P. Okafor, in a letter to Mr. Lindqvist, requested him"
        " to commute all death sentences."
    )
    assert [r.target for r in demands_of(nlp, text)] == ["Mr. Lindqvist"]


def test_listed_recommendations_under_a_states_name_are_made_of_that_state(nlp):
    # a review of several countries heads each one's part with its name; its subheadings stay in it
    text = (
        "We present below an overview of the recommendations on human rights defenders made by the Committee.\n\n"
        "Kenya (2 recommendations)\n\n"
        "Freedom of association\n\n"
        "The Committee answers with the following recommendations:\n\n"
        "  • Protect them from physical attacks and harassment\n\n"
        "  • Investigate all attacks on journalists\n\n"
        "Peru (1 recommendation)\n\n"
        "The Committee answers with the following recommendations:\n\n"
        "  • Repeal the law on foreign funding\n"
    )
    assert [(r.target, r.demand) for r in demands_of(nlp, text)] == [
        ("Kenya", "Protect them from physical attacks and harassment"),
        ("Kenya", "Investigate all attacks on journalists"),
        ("Peru", "Repeal the law on foreign funding"),
    ]


def test_you_and_your_government_in_a_letter_is_its_reader(nlp):
    text = (
        "H. E. Mr Tomas Lindqvist\nPresident of the Republic of Ruritania\n\nDear Excellency,\n\n"
        "We write to urge you and your government to release the detained journalists.\n\nYours sincerely,\nAna Vel\n"
    )
    assert [r.target for r in demands_of(nlp, text)] == ["H. E. Mr Tomas Lindqvist"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "UN agencies working in Freedonia said in a joint statement on Monday that they condemned the killings."
            '\n\n"All criminal cases should be pursued through the courts," their statement said.',
            "UN agencies working in Freedonia",
        ),
        (
            "Justice Forum International said in a report on Monday that the police had tortured detainees."
            '\n\n"The authorities must investigate the killings," its report said.',
            "Justice Forum International",
        ),
    ],
)
def test_a_quotation_its_or_their_statement_gives_is_its_authors(nlp, text, actor):
    assert [r.actor for r in demands_of(nlp, text)] == [actor]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "A report released today by the Freedonia Truth Centre, together with the Association of Families"
            " of the Disappeared, calls on the government to provide reparations to victims.",
            "the Freedonia Truth Centre",
        ),
        ("The resolution adopted by MEPs calls on the authorities to release all journalists.", "MEPs"),
    ],
)
def test_a_text_that_names_who_made_it_demands_as_its_author(nlp, text, actor):
    assert [r.actor for r in demands_of(nlp, text)] == [actor]


def test_a_dateline_the_parser_hangs_on_the_speaker_is_no_part_of_it(nlp):
    text = (
        "Freedonia: joint statement on the fighting in Port Alba\n\n"
        "8 November 2018 - International non-government organisations (INGOs) in Freedonia are appalled by the"
        " renewed fighting in and around Port Alba.\n\n"
        "All parties to the conflict must immediately stop the violence."
    )
    assert [r.actor for r in demands_of(nlp, text)] == [
        "International non-government organisations (INGOs) in Freedonia"
    ]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Freedonia, the spyware firm's home, is also called on to reveal its export licences.", "Freedonia"),
        ("Amnesty urged Freedonia, a party to the Convention, to release the journalists.", "Freedonia"),
    ],
)
def test_what_a_named_state_is_set_off_after_its_name_is_no_part_of_the_addressee(nlp, text, target):
    assert [r.target for r in demands_of(nlp, text)] == [target]


@pytest.mark.parametrize(
    ("text", "demand"),
    [
        (
            "The Committee recommends that the State party continue to improve the National Referral Mechanism,"
            " including by implementing the reform package announced in October 2017.",
            "continue to improve the National Referral Mechanism",
        ),
        (
            "The experts called for the immediate release of all those detained on arbitrary grounds, including"
            " for criticising the authorities.",
            "the immediate release of all those detained on arbitrary grounds",
        ),
        (
            "The Commissioner urged the authorities to ensure judicial independence, in particular, by providing"
            " access to effective remedies to the dismissed judges.",
            "ensure judicial independence",
        ),
        # examples of who or what is demanded stay: they are part of it
        (
            "They urged the government to release all detainees, including journalists and lawyers.",
            "release all detainees, including journalists and lawyers",
        ),
    ],
)
def test_the_means_or_grounds_after_a_demand_are_not_demanded(nlp, text, demand):
    assert [r.demand for r in demands_of(nlp, text)] == [demand]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The use of excessive force against demonstrators by security forces must stop.", "security forces"),
        ("Restrictions imposed by authorities on humanitarian access should be lifted.", "authorities"),
        ("The harassment of journalists by the police must end.", "the police"),
        # a party as the subject is demanded for, not of the one who acted on it
        ("Those detained by the police must be released.", ""),
    ],
)
def test_what_must_stop_or_be_undone_is_demanded_of_the_doer_its_phrase_names(nlp, text, target):
    assert [r.target for r in demands_of(nlp, text)] == [target]


def test_a_date_the_parser_makes_a_second_subject_does_not_cut_the_demand(nlp):
    text = (
        "Restrictions imposed by authorities on humanitarian access in conflict-affected areas since at least"
        " January 2019 should be lifted as well."
    )
    assert next(r.demand for r in demands_of(nlp, text)).startswith("Restrictions imposed by authorities")


def test_they_is_not_the_thing_their_own_possessive_names(nlp):
    text = (
        "These five women are known as Families for Freedom. They have stood outside the Palais des Nations"
        " this afternoon to make their voices heard. They are demanding that the regime release all detainees."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["These five women"]
