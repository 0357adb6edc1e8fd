"""The document's author, read from its layout: resolution body, title, signature, first person."""

from __future__ import annotations

import pytest

from pipeline.extract.demands import author as author_module
from pipeline.extract.demands.author import document_author, first_person_voice
from pipeline.extract.demands.lexicon import load_lexicon
from tests.extract.test_demands import demands_of


def author_of(nlp, text: str) -> str:
    lexicon = load_lexicon()
    author = document_author(
        nlp(text),
        lexicon.closings,
        lexicon.title_nouns,
        lexicon.closing_formulas,
        labels=lexicon.author_labels,
        speaking_verbs=lexicon.speaking_verbs,
    )
    return author.text if author is not None else ""


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "Resolution 12/3\nThe Assembly of States Parties,\nRecalling its earlier decisions,\n"
            "- Requests the Registrar to report on the matter;",
            "The Assembly of States Parties",
        ),
        (
            "Joint statement by the Coalition for Free Media on 3 May 2021\nWe call on ...",
            "the Coalition for Free Media",
        ),
        # a presidency speaks for the Union
        (
            "Declaration by the Presidency on behalf of the European Union concerning the release of Mr X\n"
            "The EU calls on the authorities to release all political prisoners.",
            "the European Union",
        ),
        # a right of reply, and what it answers
        (
            "Right of Reply by India in response to the statement by Pakistan delegation under Agenda Item 3\n\n"
            "Mr. President,\n\nPakistan must shut down its camps.",
            "India",
        ),
        # a listing of statements: the agenda item, its date, then who speaks for whom
        (
            "Reports of the High Commissioner on Freedonia – 8 September 2025, Canada on behalf of CANZ\n\n"
            "Thank you, President.\n\nWe urge the regime to engage in dialogue.",
            "CANZ",
        ),
        (
            "Mandates of the Working Group on Enforced Disappearances and the Special Rapporteur on torture\n\n"
            "Excellency,",
            "the Working Group on Enforced Disappearances and the Special Rapporteur on torture",
        ),
        (
            "Dear Minister,\nI write to you about the trial.\n\nYours sincerely,\n\nMaria Okafor, Director\n",
            "Maria Okafor",
        ),
        (
            "The undersigned organisations express our alarm at the arrest of the editors.",
            "The undersigned organisations",
        ),
        ("We, the undersigned journalists, call for the release of our colleague.", "the undersigned journalists"),
        # a description of the name that the parser hangs on its last word
        (
            "We, the Freedonia Scholars for Academic Freedom, a group of over 200 academics working in higher"
            " education, write to condemn the detention of Professor Ana Vel and call for her release.",
            "the Freedonia Scholars for Academic Freedom",
        ),
        # a plural noun after "We," that the parser reads as its conjunct; a bracket closed stays
        (
            "We, leaders and members of the Asian Partnership for Rural Development (AsiaDHRRA), a network of"
            " groups, call for the release of the protesters.",
            "leaders and members of the Asian Partnership for Rural Development (AsiaDHRRA)",
        ),
        # a decision's body over numbered paragraphs with operative verbs in capitals
        (
            "Decision on the Activity Report of the Commission\n\nThe Executive Council:\n\n1. TAKES NOTE of the"
            " report;\n\n2. URGES Member States to ratify the Protocol;",
            "The Executive Council",
        ),
        # a decision's record over lettered paragraphs in the past tense
        (
            "Decision on the complaint\n\nThe Governing Body:\n\n(a) expressed concern at the arrests;\n\n"
            "(b) urged the Government to release the union leaders;",
            "The Governing Body",
        ),
        # the European Parliament cites its sources after a dash, in lower case
        (
            "Motion for a resolution\nThe European Parliament,\n– having regard to its previous resolutions,\n"
            "1. Urges the authorities to release all political prisoners;",
            "The European Parliament",
        ),
        ("The police arrested three editors on Monday. The court will sit in June.", ""),
        # an author's "my" in a sentence about a State does not make the State the author
        ("This means that Belarus is not subject to reports by most mechanisms and my own office.", ""),
        # a text named for its topic has no author in its title
        ("Universal Declaration of Human Rights\nPreamble\nNo one shall be held in slavery.", ""),
        ("Statement of the European Union\n\nThe EU calls for the release of the editors.", "the European Union"),
        # where a statement was delivered is not part of its speaker's name
        (
            "Statement by the Permanent Representative of Vantia at the 40th session of the Council\n\nMr. President,",
            "the Permanent Representative of Vantia",
        ),
        (
            "Remarks by the Deputy High Commissioner during the interactive dialogue\n\nThank you.",
            "the Deputy High Commissioner",
        ),
        # OHCHR's comments, title case cut before its topic; "as delivered"; a "Presented by" line
        (
            "Comment By UN Human Rights Chief Volker Türk On Abduction Of Opposition Leader\n\nI urge X to free him.",
            "UN Human Rights Chief Volker Türk",
        ),
        (
            "Statement as delivered by the Delegation of Costa Rica\n\nWe urge X to free him.",
            "the Delegation of Costa Rica",
        ),
        (
            "Joint Statement on Nicaragua\n\nPresented by the Nicaragua Core Group\non behalf of 59 countries\n\n"
            "We urge",
            "the Nicaragua Core Group",
        ),
        # a diplomatic closing formula is a closing: the signature is the line under it
        (
            "Excellency,\nWe write about the trial.\n\nPlease accept, Excellency, the assurances of our "
            "highest consideration.\n\nTomas Varga\nSpecial Rapporteur on the independence of judges",
            "Tomas Varga",
        ),
        (
            "Sir,\nI refer to the arrests.\nI avail myself of this opportunity to renew the assurances of my "
            "highest consideration.\nLina Haddad",
            "Lina Haddad",
        ),
        # the resolving clause of a US congressional resolution names the body adopting its clauses
        (
            "Resolution on Cambodia\n\nResolved, That the Senate—\n(1) urges the Government of Cambodia to "
            "free Mr. Kem Sokha;",
            "the Senate",
        ),
        # a byline names the writer of a dispatch or opinion piece
        (
            "Ethiopia Frees Seven Politicians\n\nBy Hanna Tesfaye\nDirector, Horn of Africa\n\nThe "
            "government should provide redress.",
            "Hanna Tesfaye",
        ),
        # a treaty body's or mandate holder's recommendations name their author in the title, also
        # before the kind of text and with a PDF's footnote number after the name
        (
            "General Recommendations of the Special Rapporteur on torture 1\n\n(a) Countries should ratify "
            "the Convention.",
            "the Special Rapporteur on torture",
        ),
        (
            "CAT concluding observations 2019, paragraph 21\nThe State party should:\n(a) Improve prison conditions.",
            "CAT",
        ),
        ("Joint NGO statement on the elections\nThe authorities should release the detainees.", ""),
        # the author's possessive opening the title, however long the name
        (
            "Human Rights Lawyers Association's statement on the arrest of 2 activists\n\nFair trial principles "
            "must be observed",
            "Human Rights Lawyers Association",
        ),
        (
            "The Belarusian Association of Journalists' appeal on the detention of reporters\n\nThe reporters "
            "must be released without delay.",
            "Belarusian Association of Journalists",
        ),
        # "The undersigned" speaking in the first person, however the parser reads the verb
        (
            "We urge the release of political prisoners\n\nThe undersigned voice our support for the people of "
            "Freedonia.\n\nWe appeal to the leaders of the world to act.",
            "The undersigned",
        ),
        (
            "The undersigned organisations express our concern about the trial.\nWe call for his release.",
            "The undersigned organisations",
        ),
        # "on" after a plural name starts the title's topic; after a mandate it is the mandate's
        (
            "Statement by Human Rights Groups on the Unjust Verdict Against Oleg Orlov\nWe call for his release.",
            "Human Rights Groups",
        ),
        (
            "Joint statement by UN Experts on Freedom of Expression\nThe authorities should release him.",
            "UN Experts on Freedom of Expression",
        ),
        # "we" named by an apposition right after it, with or without a comma, or by "As ..." before it
        (
            "We the undersigned organizations represent the community.\nWe call for his release.",
            "the undersigned organizations",
        ),
        (
            "Dear President,\n\nAs friends of Freedonia, we are writing to express our concern. We respectfully ask "
            "you to address these concerns; particularly the cases cited above.",
            "friends of Freedonia",
        ),
        # not a phrase the parser hung on "we" further on, nor "As" before a clause or a plain noun
        (
            "Dear President,\n\nWe respectfully ask you to address these concerns; particularly the cases cited above.",
            "",
        ),
        ("Dear President,\n\nAs a result, we ask you to release him.", ""),
        # "the undersigned", with the members it goes on to list
        ("We, the undersigned, share a common concern about the new law.", "the undersigned"),
        (
            "We the undersigned, including lawyers, academics, and journalists, condemn the verdict.",
            "the undersigned, including lawyers, academics, and journalists",
        ),
        # or by the names the sentence before it lists as its subject, in the same paragraph
        (
            "Today the statement below was delivered at the Council.\n“The Freedonia Bar Association (the FBA), "
            "the Lawyers Guild (the LG), Jurists Without Borders, and The Law Circle express deep concern at the "
            "arrests of lawyers. We urge the authorities to release them.",
            "The Freedonia Bar Association (the FBA), the Lawyers Guild (the LG), Jurists Without Borders, and "
            "The Law Circle",
        ),
        (
            "Amnesty International and PEN Freedonia condemn the arrests. We urge his release.",
            "Amnesty International and PEN Freedonia",
        ),
        # not one name: "we" may be speaking of it
        ("Freedonia arrested the poet.\n\nFreedonia must free him. We urge his release.", ""),
        # an oral statement's header: the organisation, not the person who reads it
        (
            "Item 4: General Debate\nOrganisation: Christian Solidarity Worldwide (CSW)\nSpeaker: Claire Denman\n"
            "Thank you, Mr President,\nWe call on the Council to act.",
            "Christian Solidarity Worldwide (CSW)",
        ),
        ("Speaker: Claire Denman\nThank you, Mr President.", "Claire Denman"),
        # a body's name ends where a topic in lower case begins; a working group's mandate goes on
        (
            "Statement of the Human Rights Committee on the consideration of the eighth periodic report of"
            " Freedonia\n\nThe Committee urges the State party to comply with its obligations.",
            "the Human Rights Committee",
        ),
        (
            "Statement by the Working Group on the use of mercenaries\n\nThe Group urges States to act.",
            "the Working Group on the use of mercenaries",
        ),
        ("From: the coordinator of the campaign, who wrote on Monday.\nText.", ""),
        # the voice a speech names: "on behalf of" a speaking verb, before the person delivering it
        (
            "EU Statement\n\nMister President,\n\nI have the honour to speak on behalf of the European Union.\n\n"
            "We call on Russia to release all political prisoners.",
            "the European Union",
        ),
        (
            "Delivered by H.E. Ambassador Jan de Vries\nMr. President,\nI have the honour of delivering this joint "
            "statement on behalf of 47 countries.\nWe urge China to end arbitrary detention.",
            "47 countries",
        ),
        ("Mr. President,\nWe call on the parties to act on behalf of the victims.", ""),
        # a letter or appeal written, or a call made, on behalf of a body: that body is the voice
        (
            "Open letter\n\nDear Minister,\n\nI am writing to you on behalf of the Freedonia Press Union to "
            "express my concern over the arrest of Jane Roe.\n\nWe urge you to release her.",
            "the Freedonia Press Union",
        ),
        (
            "12 May 2021 - On behalf of the media organizations listed below, we once again urge the Prime "
            "Minister to end all acts of intimidation against journalists.",
            "the media organizations",
        ),
        # but a call made on behalf of the detained is made for them, not by them
        ("Dear Ms. Roe,\nWe are here to appeal, on behalf of all detained defenders, and urge you to act.", ""),
        # a quantifier after "we" names no one: "We all had the chance ..."
        ("We all had the chance to meet him in 2007.\n\nWe urge Your Majesty to release him.", ""),
        # a person's name in a title ends before the topic ("on Sudan"); a mandate's "on" stays
        ("Statement from President Joe Biden on Sudan\n\nI call on the parties to stop.", "President Joe Biden"),
        # ... and before the venue it was delivered in
        (
            "Statement by Ambassador Jane Roe in the Security Council meeting on Freedonia\n\nI call on the "
            "parties to stop.",
            "Ambassador Jane Roe",
        ),
        # ... and before the title written after the name, with the mandate's topic
        (
            "Check against delivery Statement by Ben Emmerson Special Rapporteur on the Promotion and Protection "
            "of Human Rights While Countering Terrorism\n\nI call for the release of the classified reports.",
            "Ben Emmerson",
        ),
        # ... and before what occasioned the text
        (
            "Statement of the Prosecutor of the Court, Jane Roe, following the recent violence in Freedonia\n\n"
            "I call on all those involved to exercise restraint.",
            "the Prosecutor of the Court, Jane Roe",
        ),
        (
            "Statement by the Special Rapporteur after the verdict against X\n\nI call for his release.",
            "the Special Rapporteur",
        ),
        # a title after its dateline on the same line
        (
            "New York/Amman/Port Sudan — Statement by UNICEF Executive Director Catherine Russell\n\n"
            '"These attacks are an outrage. We call on all parties to end the violence."',
            "UNICEF Executive Director Catherine Russell",
        ),
        (
            "NAIROBI, 3 May 2020 – Statement by the Secretary-General of Amnesty International\n\nWe call on the"
            " police to stop.",
            "the Secretary-General of Amnesty International",
        ),
        # one named body in the singular with "our" after it: in a lead it speaks ("Digital Rights Watch
        # has joined ... our digital future"), in a list of measures "our" is the statement's voice
        (
            "Digital Rights Watch has joined over 100 organisations in appealing to G20 leaders to bring human "
            "rights to the centre of our digital future.",
            "Digital Rights Watch",
        ),
        ("- The Department of Justice, including the FBI, is working closely on this with our partners.", ""),
        # a title giving its topic first, then the kind of text after a colon: a State delivers a
        # statement; the body before the colon is what it is about
        (
            "Speech\n\nFact-Finding Mission Report on Freedonia: UK statement to the OSCE\n\nThank you, Mr Chair. "
            "We call upon the authorities to release all political prisoners.",
            "UK",
        ),
        ("Human Rights Council, 52nd Session: EU Statement item 4\n\nWe urge Freedonia to act.", "EU"),
        # a name whose parts a dash joins ("Bir Duino–Kyrgyzstan") names a party after "Appeal of"
        (
            'Appeal of Tash Kala–Kazakhstan and the solidarity network: "Kazakhstan is in danger!"\n\nWe urge '
            "all political groups to ensure a peaceful transition.",
            "Tash Kala–Kazakhstan and the solidarity network",
        ),
        # the participle that says what the text does is no part of its author's name
        (
            "Following is a statement by a group of members of the civil society condemning the harassment of"
            " journalist Anna Petrova by the police\n\nThe surveillance of the reporter must end.",
            "a group of members of the civil society",
        ),
        # a sentence that opens with a text and its author is not a title line
        (
            "The rapporteurs wrote to the Government in July.\n\nThe latest letter by the UN is one of several "
            "such communications sent to the Government this year.",
            "",
        ),
        # nor one whose verb comes before the kind of text, nor a listed recommendation
        (
            "Interactive Dialogue on Norland\n\nCanada welcomes the reports of the Secretary-General and the Special"
            " Rapporteur.\n\nCanada urges Norland to release all detainees.",
            "",
        ),
        (
            "Recommendations\n\nTo the Government of Norland\n\n- Make public the reports of the Presidential"
            " Commission on Abductions.\n- Release all detainees.",
            "",
        ),
        # a body's name ends before the kind of text it wrote, in lower case
        (
            "Recommendations of Human Rights Centre annual report on the situation in Norland\n\nTo the"
            " government\n\n- End the crackdown on the media;",
            "Human Rights Centre",
        ),
    ],
)
def test_document_author(nlp, text, author):
    assert author_of(nlp, text) == author


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("The United States condemns the verdict.\n\nWe call on the court to free him.", "The United States"),
        # the person addressed before the subject is no subject
        (
            "Thank you, Mr. Chair.\nMr. Chair, the United States is gravely concerned by reports of torture.\n\n"
            "We call on the court to free him.",
            "the United States",
        ),
        # the dateline's place the parser reads as a second subject is no subject
        (
            "KUALA LUMPUR (3 October 2025) – The Human Rights Commission of Norland joins the international"
            " community in condemning the attack.\n\nWe call on the court to free him.",
            "The Human Rights Commission of Norland",
        ),
        # people who say who they are; "We all" is no apposition naming them
        (
            "We are twenty-one activists, policy-makers and journalists from nineteen countries.\n\n"
            "We all had the chance to meet him in 2007.\n\nWe urge Your Majesty to release him.",
            "twenty-one activists, policy-makers and journalists from nineteen countries",
        ),
        ("We are concerned about the arrests.\n\nWe urge the authorities to release them.", ""),
        (
            "- The United States, with its partners, is developing a list of targeted sanctions.\n\n"
            "We call on Lukashenka to release all political prisoners.",
            "The United States",
        ),
        (
            "Helsinki Foundation for Human Rights and World Organisation against Torture are dismayed at the"
            " sentences.\n\nWe urge the authorities to free them.",
            "Helsinki Foundation for Human Rights and World Organisation against Torture",
        ),
        (
            "Over 30 groups call for their release\n\nThe undersigned groups call on the authorities to free"
            " them. We further urge them to drop the charges.",
            "The undersigned groups",
        ),
        # a headline (no full stop) names the voice when no sentence does; the perfect reports
        ("Over 30 groups call for their release\n\nWe urge the authorities to free them.", "Over 30 groups"),
        ("The United States has condemned the verdict.\n\nWe call on the court to free him.", ""),
        # past tense reports; "we" before any name; a quoted speaker's words
        ("The United States condemned the verdict.\n\nWe call on the court to free him.", ""),
        ("We call on the court to free him. The United States condemns the verdict.", ""),
        ('"Amnesty International condemns the verdict," she said.\n\nWe call on the court to free him.', ""),
        # "we" introduced as a group, up to its members
        (
            "We are a group of Hong Kong groups from labour rights and media circles. We call on the court to"
            " free him.",
            "a group of Hong Kong groups",
        ),
        ("We are deeply concerned. We call on the court to free him.", ""),
        # "we" says who it is a few sentences after it first speaks: people named by whom they belong to
        (
            "Dear High Commissioner,\n\nWe are writing to express our worries about the case of Ana Vel. We urge"
            " you to raise it during your visit.\n\nWe are friends of Ana Vel, a journalist who was arrested in"
            " 2021, and Tom Roe, a labour advocate. We call for their release.",
            "friends of Ana Vel",
        ),
        ("We are writing to you. We are victims of torture and we call for redress.", ""),
    ],
)
def test_first_person_voice(nlp, text, voice):
    found = first_person_voice(nlp(text), load_lexicon().organisation_nouns)
    assert (found.text if found is not None else "") == voice


def test_a_stance_voice_takes_only_a_verb_of_stance(nlp):
    organisations = load_lexicon().organisation_nouns
    stances = load_lexicon().stance_verbs
    believes = "Amnesty International believes that her conviction is unlawful. She must be released."
    assert first_person_voice(nlp(believes), organisations, stances).text == "Amnesty International"
    concerned = "The European Union is deeply concerned by the verdict. He must be freed."
    assert first_person_voice(nlp(concerned), organisations, stances).text == "The European Union"
    # a headline names no stance: news headlines are in the present
    headline = "UN condemns the sentence\n\nHe must be released."
    assert first_person_voice(nlp(headline), organisations, stances) is None
    # comment writes of organisations in the present too
    routine = "The INS routinely sends immigrants back to countries where tyranny is worse. It must not yield."
    assert first_person_voice(nlp(routine), organisations, stances) is None


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # named by a stance in the very sentence where "we" first speaks
        (
            "Thank you, Madam President.\n\nCanada welcomes the new Special Rapporteur and we fully support his"
            " mandate. We call for the withdrawal of foreign forces.",
            "Canada",
        ),
        # not a claim the speaker goes on to contradict, nor a State "we" is named after
        (
            "Thank you, Madam President.\n\nRussia claims that the elections were free, but we know they were"
            " not. We call for the release of all political prisoners.",
            "",
        ),
        ("We and Canada welcome the new Special Rapporteur. We call for the withdrawal of foreign forces.", ""),
        # the party the statement is about comes first; the voice is the one taking a stance before "we"
        (
            "The Belarusian government continues to arrest citizens for their beliefs.\n\nThe United States"
            " reiterates its dismay about these arrests. We call for the release of all prisoners of conscience.",
            "The United States",
        ),
    ],
)
def test_a_statement_names_its_voice_where_we_first_speaks(nlp, text, voice):
    lexicon = load_lexicon()
    found = first_person_voice(nlp(text), lexicon.organisation_nouns, None, lexicon.stance_verbs)
    assert (found.text if found is not None else "") == voice


def test_the_us_of_the_united_states_is_no_first_person_and_an_emoji_bullet_no_part_of_the_voice(nlp):
    text = (
        "- 🌐📢 HRW calls for a moratorium on the law, insisting partners such as the US and the EU demand its"
        " repeal.\n\nWe urge the authorities to release those detained under it."
    )
    found = first_person_voice(nlp(text), load_lexicon().organisation_nouns)
    assert found is not None and found.text == "HRW"


def test_we_under_a_header_naming_a_speaker_who_thanks_the_chair_is_the_speaker(nlp):
    text = (
        "Explanation of Vote on the Situation of Human Rights in Freedonia\n\nAmbassador Jane Roe\n"
        "Representative to the Economic and Social Council\nNew York, November 16, 2022\n\n"
        "Thank you, Chair. The human rights situation has deteriorated.\n\n"
        "We urge the Government of Freedonia to allow a country visit without delay."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["Jane Roe"]


def test_we_in_a_letter_one_person_signs_is_the_group_it_names(nlp):
    """The signer speaks as "I"; "we" are the organisations the letter names as itself."""
    text = (
        "Dear Minister,\n\nPEN International and the Writers in Prison Committee are concerned with the arrest"
        " of the writer.\n\nWe urge you to release him immediately.\n\nYours sincerely,\n\nMari Holsve\n"
    )
    assert [d.actor for d in demands_of(nlp, text)] == ["PEN International and the Writers in Prison Committee"]


def test_a_un_document_symbol_names_the_body_issuing_the_page(nlp):
    """A treaty body's page is headed by its symbol; "The Committee" on it is that committee."""
    text = (
        "CRC/C/HND/CO/3\npage 22\n(c) Improve the conditions of detention of children;\n"
        "(d) Establish an independent complaints system;\n"
        "82. The Committee recommends that the State party bring its juvenile justice system in line with"
        " the Convention."
    )
    rows = demands_of(nlp, text)
    # the items name no one: the body's name; "The Committee" as the sentence names it, and who it is
    assert [(r.actor, r.actor_entity_id) for r in rows] == [
        ("Committee on the Rights of the Child", "crc"),
        ("Committee on the Rights of the Child", "crc"),
        ("Committee", "crc"),
    ]
    # a report to the Council is its rapporteur's: no body from its symbol
    lexicon = load_lexicon()
    report = nlp("A/HRC/55/61\n\nReport of the Special Rapporteur on the situation of human rights in Belarus")
    author = document_author(report, lexicon.closings, lexicon.title_nouns, symbols=lexicon.document_symbols)
    assert author is None or not author.body


def test_a_symbol_heading_every_page_of_an_excerpt_names_the_body_adopting_it(nlp):
    # an excerpt of a resolution that starts mid-text: the symbol heads each of its pages
    page = "A/HRC/RES/59/25\n\n"
    text = (
        "3. Expresses grave concern that climate change continues to affect human rights;\n\n"
        "4. Calls upon States to enhance international cooperation and assistance;\n\n"
        "13 A/HRC/37/61.\n\n"
        + page
        + "5. Urges States to allocate adequate resources to adaptation;\n\n"
        + page
        + "6. Requests the High Commissioner to prepare a report on climate finance;\n"
    )
    rows = demands_of(nlp, text)
    assert [r.actor for r in rows] == ["Human Rights Council"] * 3
    # cited once in a text, a symbol names a document, not the text's issuer
    cited = "The Council adopted its resolution on 8 July.\n\nA/HRC/RES/59/25\n\nStates must cut emissions now.\n"
    assert all(r.actor != "Human Rights Council" for r in demands_of(nlp, "Note.\n\nMore.\n\n" + cited))


def test_we_named_after_a_dateline_and_colon_is_the_organisation_it_names(nlp):
    text = (
        "Press Statement\n\nArvia, October 16th, 2015: We, the National Coalition for Human Rights Defenders"
        " in Freedonia (NCHRDF), hereby call upon the government to protect human rights defenders.\n\n"
        "Defenders are people who act to promote human rights. We urge the government to support their work.\n"
    )
    rows = demands_of(nlp, text)
    assert [r.actor for r in rows] == ["the National Coalition for Human Rights Defenders in Freedonia (NCHRDF)"] * 2


def test_members_listed_between_dashes_inside_we_are_not_part_of_the_voice(nlp):
    text = (
        "We, the foreign ministers of the Nordic Council – Denmark, Finland, Iceland, Norway and Sweden – and the"
        " Secretary General of the Council of Europe, condemn the arrests. We call on the authorities to release"
        " the journalists."
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["the foreign ministers of the Nordic Council"]


def test_we_after_an_opening_phrase_is_the_group_it_names(nlp):
    text = (
        "18 June 2025. On the eve of the birthday of Ivan Petrov, a respected human rights defender from"
        " Arvia, we, the undersigned organizations, renew our call for his immediate and unconditional release.\n"
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["the undersigned organizations"]


def test_we_of_an_oral_statement_is_the_organisation_its_header_names(nlp):
    text = (
        "Item 4: General Debate\nOrganisation: Christian Solidarity Worldwide (CSW)\nSpeaker: Claire Denman\n"
        "Thank you, Mr President,\nWe, therefore, call on the Council to establish an independent mechanism."
    )
    [row] = demands_of(nlp, text)
    assert (row.actor, row.target) == ("Christian Solidarity Worldwide (CSW)", "the Council")


def signature_of(text: str):
    lexicon = load_lexicon()
    lines = author_module._lines(text)
    return author_module._signature(text, lines, lexicon.closings, lexicon.closing_formulas, lexicon.person_roles)


def test_a_joint_letter_is_signed_by_every_name_above_a_title():
    # each signatory heads a block of their own, the name above the mandate it signs with
    text = (
        "Excellency,\n\nWe write about the trial.\n\nPlease accept, Excellency, the assurances of our highest "
        "consideration.\n\nTomas Varga\nSpecial Rapporteur on the independence of judges and lawyers\n\n"
        "Ana Ruiz\nVice-Chair of the Working Group on Arbitrary Detention\n\nLeo Mensah\nSpecial Rapporteur on "
        "the situation of human rights defenders\n\nSource: a public archive"
    )
    author = signature_of(text)
    assert author is not None and author.names == "Tomas Varga, Ana Ruiz and Leo Mensah"
    assert text[author.start : author.end] == "Tomas Varga"


def test_an_address_under_the_signature_signs_nothing():
    # the block after the signed name is the sender's address, with no title: one signatory
    text = (
        "Dear Minister,\n\nPlease free the reporters.\n\nSincerely yours,\n\nJane Okafor\nDirector, Press Watch\n\n"
        "Press Watch International\n350 Fifth Avenue\nNew York"
    )
    author = signature_of(text)
    assert author is not None and author.names == "Jane Okafor"


def test_the_demands_of_a_joint_communication_are_all_its_signatories(nlp):
    text = (
        "Excellency,\n\nWe have the honour to address you concerning the detention of Mr. Ivan Sokol.\n\n"
        "We urge that he be released.\n\nPlease accept, Excellency, the assurances of our highest consideration."
        "\n\nTomas Varga\nSpecial Rapporteur on the independence of judges and lawyers\n\nAna Ruiz\nChair-"
        "Rapporteur of the Working Group on Arbitrary Detention\n"
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["Tomas Varga and Ana Ruiz"]


def test_we_is_the_undersigned_whatever_tense_the_tagger_reads(nlp):
    text = (
        "Arvia: Release editor Lin Tao\n\nAhead of his trial on 4 May, the undersigned 12 press freedom "
        "organizations today condemn the detention of editor Lin Tao. We call on the authorities to release him.\n"
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["the undersigned 12 press freedom organizations"]


def test_a_dateline_place_read_as_the_subject_is_not_the_voice(nlp):
    text = (
        "BANGKOK (3 September 2014) – The United Nations Human Rights Office for Freedonia (OHCHR) is "
        "seriously concerned about restrictions on defenders in Arvia. As a member of the United Nations, it "
        "should respect the Declaration on Human Rights Defenders.\n"
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["The United Nations Human Rights Office for Freedonia (OHCHR)"]


@pytest.mark.parametrize(
    ("opening", "author"),
    [
        (
            "Twelve civil society groups and 30 activists have issued the following statement on the arrests.",
            "Twelve civil society groups and 30 activists",
        ),
        ("The Arvia Press Union issued the following statement:", "The Arvia Press Union"),
        ("The following statement was released by the Arvia Press Union:", "the Arvia Press Union"),
    ],
)
def test_a_page_that_introduces_a_statement_names_its_issuer_as_the_author(nlp, opening, author):
    text = (
        f"Stop the attacks on reporters\n\n{opening}\n\nReporters in Arvia face threats that must end. "
        "We call on the Government to protect them and on voters to respect their work.\n"
    )
    assert {r.actor for r in demands_of(nlp, text)} == {author}


@pytest.mark.parametrize(
    "title",
    [
        "Arvia Young Lawyers' Association makes a statement regarding the situation in Arvia",
        "Arvia: Arvia Young Lawyers' Association issues statement on the arrests",
    ],
)
def test_a_title_saying_an_organisation_issues_the_text_names_its_author(nlp, title):
    text = f"{title}\n\nUrges the authorities to investigate every attack on the demonstrators.\n"
    assert [r.actor for r in demands_of(nlp, text)] == ["Arvia Young Lawyers' Association"]


def test_an_office_whose_possessive_mark_opens_the_title_is_the_author_of_i(nlp):
    # the model reads "’" after "Rights" as a closing quotation mark and the office as no name
    text = (
        "Commissioner for Human Rights’ statement on the situation in Arvia\n\nThe attack is a grave breach. I"
        " call on all member states to receive people fleeing Arvia with open arms.\n"
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["Commissioner for Human Rights"]
    # a sentence about a statement names no author
    assert [r.actor for r in demands_of(nlp, "The Commissioner’s statement says the authorities must act.")] == [
        "The Commissioner’s statement"
    ]


def test_a_group_the_opening_says_made_the_statement_it_quotes_is_the_author(nlp):
    text = (
        "Reacting to the arrests, 20 rights groups from three continents have made a statement demanding the "
        "release of the activists.\n\nThe statement reads as follows:\n\n"
        '"We are writing to express our dismay. We call on the Government to release them."\n'
    )
    quoted = [r.actor for r in demands_of(nlp, text) if r.demand == "release them"]
    assert quoted == ["20 rights groups from three continents"]


def test_a_subject_is_not_the_voice_for_an_our_in_a_clause_below_it(nlp):
    # "our democracy" is the country's: neither the parties who must recognise it nor the women who
    # will enrich it say "we"
    text = (
        "Women in politics\n\nParties and voters alike must recognise that women in parliament will enrich our "
        "democracy. We call on the Government to protect women candidates.\n"
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["", "We"]


def test_a_body_named_alone_above_a_documents_title_is_its_author(nlp):
    text = (
        "GE.21-01234(E)\nCommittee against Torture\nConcluding observations on the fifth periodic report of Arvia\n"
        "C. Principal subjects of concern and recommendations\n"
        "(a) Ensure that all detainees have access to a lawyer from the outset of detention;\n"
        "(b) Investigate all allegations of torture promptly and impartially.\n"
        "- The Committee recommends that the State party review its legislation on pretrial detention. "
        "It should also ensure that detention is a measure of last resort.\n"
    )
    rows = demands_of(nlp, text)
    # "The Committee recommends ..." as the sentence names it; the items and "It should ..." name no demander
    assert [r.actor for r in rows] == ["Committee against Torture"] * 2 + ["Committee", "Committee against Torture"]
    assert {r.actor_entity_id for r in rows} == {"cat"}
    assert rows[-1].target == "the State party"  # "It" is the State party, not the Committee that speaks


def test_a_subject_the_parser_made_of_a_hyphen_does_not_stop_the_document(nlp):
    """In "Since mid-November, the regime has ..." the parser may make the hyphen a subject; a
    subject with no word in it is no addressee of the text, and the document still gets its rows."""
    text = (
        "Up to 15,000 migrants remain in the four countries. The vast majority hope to seek asylum in the EU, and "
        "many are housed in sub-standard conditions. Since mid-November, the regime has repatriated more than "
        "4,000 migrants to their countries of origin."
    )
    assert demands_of(nlp, text) == []


def test_a_line_of_punctuation_among_the_first_lines_names_no_author_and_breaks_nothing(nlp):
    text = "Freedonia: release the students\n\n* * * * *\n\nThe students must be released without delay."
    assert author_of(nlp, text) == ""


def test_lower_case_words_the_tagger_read_as_names_are_not_the_voice_of_our(nlp):
    text = (
        "Kyiv, 17 May 2020 - We welcome the progress of recent years, and today we encourage the authorities "
        "to address areas where further improvement is needed.\n\nToday, in the 21st century, homophobia, "
        "transphobia and biphobia still exist, poisoning our societies with intolerance.\n"
    )
    assert author_of(nlp, text) == ""


# (a name that opens with a verb, which the parser reads as a clause, names the voice as well)
@pytest.mark.parametrize("name", ["The Kardonian Helsinki Committee", "Save the Children"])
def test_a_body_naming_itself_with_a_stance_right_after_we_first_speaks_is_the_voice(nlp, name):
    text = (
        "“We are deeply concerned about the arrests of lawyers in Kardonia.\n"
        f"{name} condemns the detention of the lawyers in the strongest terms."
        " We urgently call for the detentions to end."
    )
    assert [r.actor for r in demands_of(nlp, text)] == [name]


@pytest.mark.parametrize("name", ["Forest Sentinel", "Open Ledger"])
def test_a_name_the_model_left_untyped_that_takes_a_stance_is_the_voice_of_we(nlp, name):
    text = (
        "Press release | July 10, 2016\n\n"
        f"{name} strongly condemns the murder of an environmental activist who was shot this morning.\n\n"
        "We are calling for a thorough and independent investigation into the murder."
    )
    assert [r.actor for r in demands_of(nlp, text)] == [name]


def test_a_joint_statements_authors_listed_with_their_roles_are_named_without_them(nlp):
    text = (
        "Joint statement by Maria Okonjo, Under-Secretary-General for Humanitarian Affairs, Peter Lindqvist,"
        " UNICEF Executive Director, and Sofia Marquez, United Nations Population Fund Executive Director\n"
        'NEW YORK, 3 December 2018 - "In the past 12 days, more than 150 women have sought assistance. We call on'
        ' the relevant authorities to publicly denounce the attacks."'
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["Maria Okonjo, Peter Lindqvist and Sofia Marquez"]


def test_a_titles_author_with_a_role_set_off_before_the_topic_is_the_person(nlp):
    text = (
        "Statement by Kari Nordmann, Secretary General of the Ruritanian Refugee Council, on the humanitarian pause"
        " in the north:\n\n“All hostages must be released without delay.”\n"
    )
    assert [r.actor for r in demands_of(nlp, text)] == ["Kari Nordmann"]


@pytest.mark.parametrize(
    ("title", "author"),
    [
        ("Statement by Norway on Situations Requiring the Council's Attention", "Norway"),
        (
            "Comment by the Information and Press Department on the Periodic Review of Freedonia",
            "the Information and Press Department",
        ),
        # a body whose name goes on with "on" keeps it, and a topic in lower case is cut after it
        (
            "Statement by the Working Group on Arbitrary Detention on the case of Jan Kowal",
            "the Working Group on Arbitrary Detention",
        ),
        ("Declaration by the Venice Commission on undue interference in the work of courts", "the Venice Commission"),
    ],
)
def test_a_titles_author_ends_before_what_the_text_is_about(nlp, title, author):
    text = f"{title}\n\nThe Council met on Monday.\n\nWe call on the Government to release all political prisoners."
    assert [r.actor for r in demands_of(nlp, text)] == [author]


def test_a_statement_attributable_to_two_officials_is_by_both_by_name(nlp):
    text = (
        "Freedonia: UN officials urge an inquiry into the killings\n"
        "This statement is attributable to Ms. Maria Okonjo, Special Representative of the Secretary-General on"
        " Children and Armed Conflict, and Ms. Anna Lindqvist, Executive Director of UN Women.\n"
        "We are deeply shocked by the images of civilians killed in the north. Rigorous investigation of the"
        " killings must be conducted to ensure justice."
    )
    assert [r.actor for r in demands_of(nlp, text)][-1] == "Maria Okonjo and Anna Lindqvist"
