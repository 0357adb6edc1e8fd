import pytest

from pipeline.ingest.clean import (
    clean_text,
    close_double_spacing,
    drop_boilerplate_lines,
    drop_navigation_menus,
    drop_repeated_lines,
    join_broken_lines,
    normalise_bullets,
    normalise_unicode,
    normalise_whitespace,
)


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        ("Cafe\u0301", "Café"),
        ("zero\u200bwidth soft\u00adhyphen", "zerowidth softhyphen"),
        ("windows\r\nline", "windows\nline"),
        ("bell\x07 gone", "bell gone"),
        ("Plain text stays.", "Plain text stays."),
    ],
)
def test_normalise_unicode(text_in, text_out):
    assert normalise_unicode(text_in) == text_out


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        ("tab\tand\nnewline kept", "tab\tand\nnewline kept"),
        ("nul\x00 esc\x1b del\x7f c1\x85\x9f gone", "nul esc del c1 gone"),
        ("no-break\u00a0space and \u00e9 kept", "no-break\u00a0space and \u00e9 kept"),
    ],
)
def test_normalise_unicode_drops_exactly_the_control_characters(text_in, text_out):
    assert normalise_unicode(text_in) == text_out


def test_normalise_unicode_control_table_is_category_cc():
    # the translate table must stay the Unicode category it replaces (every code point checked)
    import sys
    import unicodedata

    from pipeline.ingest.clean import _CONTROL

    expected = {c for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cc"} - {ord("\n"), ord("\t")}
    assert set(_CONTROL) == expected


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        ("a  \t b\u00a0c  ", "a b c"),
        ("one\n\n\n\ntwo", "one\n\ntwo"),
        ("  indented line", "indented line"),
        ("unchanged line", "unchanged line"),
    ],
)
def test_normalise_whitespace(text_in, text_out):
    assert normalise_whitespace(text_in) == text_out


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        ("  • Release all detainees", "- Release all detainees"),
        ("* Respect the right", "- Respect the right"),
        ("1. Investigate", "- Investigate"),
        ("– Cease torture", "- Cease torture"),
        ("2018 - 2021", "2018 - 2021"),
        ("-5 degrees", "-5 degrees"),
        # numbering pasted without its space
        ("1.Ajitha A. - Vallamai Traveler", "- Ajitha A. - Vallamai Traveler"),
        ("131..Marx Prabagar", "- Marx Prabagar"),
        ("a)Uphold your election promise", "- Uphold your election promise"),
        ("1.5 million people fled", "1.5 million people fled"),
        ("a)b is a formula", "a)b is a formula"),
        # a marker alone on its line, the item's text on the next one
        (
            "urge the authorities to:\n-\nRelease the students.\n-\nInvestigate the attack.",
            "urge the authorities to:\n- Release the students.\n- Investigate the attack.",
        ),
        # an enumerator alone on its line (a PDF's numbering column), the item's text on the next one
        (
            "recommends that the State party:\n(a)\nTake additional steps;\n(b)\nUndertake all measures;\n3.\nReview",
            "recommends that the State party:\n(a) Take additional steps;\n(b) Undertake all measures;\n- Review",
        ),
        ("Chapter\n(iv)\n\nText", "Chapter\n(iv)\n\nText"),
        # a lone dash before a blank line or another dash is no item's marker
        ("Text\n-\n\nMore text", "Text\n-\n\nMore text"),
        # Markdown's third marker; a telephone number is no item
        (
            "+ Source: The Record\n+ Date: October 14, 2021\n+41 22 917 9000",
            "- Source: The Record\n- Date: October 14, 2021\n+41 22 917 9000",
        ),
    ],
)
def test_bullet_markers_become_uniform(text_in, text_out):
    assert normalise_bullets(text_in) == text_out


def test_repeated_caption_is_dropped_once():
    text = "Intro.\nA caption under a photo\nA caption under a photo\nBody text."
    assert drop_repeated_lines(text) == "Intro.\nA caption under a photo\nBody text."


def test_the_category_line_above_an_ohchr_headline_is_dropped():
    text = "Press releases Special Procedures\n\nUN experts call for the release of X\n\nGENEVA - UN experts today ..."
    assert clean_text(text) == "UN experts call for the release of X\n\nGENEVA - UN experts today ..."


def test_navigation_menu_printed_twice_is_dropped():
    menu = "- News\n- Office\n- Partners\n- Contacts"
    text = f"{menu}\n{menu}\nHeadline of the story\nThe story itself."
    assert clean_text(text) == "Headline of the story\nThe story itself."


def test_a_date_line_among_a_menu_printed_twice_is_kept():
    text = "date 2024-05-03\nENGLISH\nSupport Us\nSupport Us\nENGLISH\nGeorgia\nGeorgia\n\nHeadline\nThe story."
    assert drop_navigation_menus(text) == "date 2024-05-03\n\nHeadline\nThe story."


def test_list_of_names_that_is_not_repeated_is_kept():
    text = "Complaints can go to:\nHuman Rights Committee\nCommittee against Torture\nCEDAW Committee"
    assert drop_navigation_menus(text) == text


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        ("Related articles:\nStory", "Story"),
        ("Share\nStory", "Story"),
        # a share button alone on its line; a sentence about the platform stays
        ("Facebook Share\nStory", "Story"),
        ("He posted it on Facebook.\nStory", "He posted it on Facebook.\nStory"),
        ("News about Belarus", "News about Belarus"),
        # a page builder's screen-reader label for its search form's close button
        ("Close this search box.\n\nHRC38: Interactive Dialogue", "\nHRC38: Interactive Dialogue"),
    ],
)
def test_chrome_lines_are_dropped(text_in, text_out):
    assert drop_boilerplate_lines(text_in) == text_out


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        (
            "The Special Rapporteur called on the authorities to release\nall those detained.",
            "The Special Rapporteur called on the authorities to release all those detained.",
        ),
        ("the imple-\nmentation of recommendations", "the implementation of recommendations"),
        # a compound number keeps its own hyphen across the break
        ("the support of the Group of Thirty-\nthree donors", "the support of the Group of Thirty-three donors"),
        ("at its fifty-\nsecond session in Geneva", "at its fifty-second session in Geneva"),
        ("Headline\nnext line", "Headline\nnext line"),
        (
            "A full sentence ends here.\nanother starts in lower case",
            "A full sentence ends here.\nanother starts in lower case",
        ),
        (
            "- Calls upon the parties to the conflict and all other\ngroups to lay down their arms;",
            "- Calls upon the parties to the conflict and all other groups to lay down their arms;",
        ),
        (
            "Requests the Secretary-General to report to the\nGeneral Assembly at its next session;",
            "Requests the Secretary-General to report to the General Assembly at its next session;",
        ),
        ("A headline that is long enough to be a paragraph\nNext Headline", None),
        ("- A first list item that is long enough to break;\n- a second item", None),
    ],
)
def test_broken_lines_are_rejoined(text_in, text_out):
    assert join_broken_lines(text_in) == (text_in if text_out is None else text_out)


WRAPPED = """The delegation met officials of the Ministry of Justice and of the
Central American Integration System in the capital, and then visited the
Supreme Court of Justice, where the judges described the backlog of cases.

The report was adopted on Friday.
This second paragraph has a short line before it.
"""


def test_hard_wrapped_paragraphs_are_reflowed_whatever_the_next_line_starts_with():
    from pipeline.ingest.clean import clean_text

    text = clean_text(WRAPPED * 3)
    assert "of the Central American Integration System in the capital, and then visited the Supreme Court" in text
    # a line that ends a sentence, or a short last line, still ends its paragraph
    assert "The report was adopted on Friday.\nThis second paragraph" in text


def test_running_text_is_not_taken_for_hard_wrapped():
    from pipeline.ingest.clean import wrap_width

    long_lines = ["A paragraph written as one long line " * 4] * 10
    assert wrap_width(long_lines) == 0
    assert 60 <= wrap_width(WRAPPED.split("\n") * 3) <= 80


def test_hard_wrapped_lines_are_rejoined_whatever_case_the_next_line_starts_in():
    wrapped = (
        "Recalling its earlier resolutions on the situation in the region and the\n"
        "reports of the Special Rapporteur on the rights of detainees and prisoners,\n"
        "Aware of the work done by the national institutions of the four countries,\n"
        "- Requests the Secretary-General to submit a report to the General\n"
        "Assembly at its next session on the implementation of this resolution;\n"
        "- Decides to remain seized of the matter and to take up the question\n"
        "again at its next regular session in the coming year under this item;\n"
        "- Invites the Member States to give their views to the Office of the High\n"
        "Commissioner.\n"
        "Short closing line\n"
        "Next Heading"
    )
    lines = join_broken_lines(wrapped).split("\n")
    assert "- Requests the Secretary-General to submit a report to the General Assembly at its next session" in lines[2]
    assert lines[0].startswith("Recalling") and lines[1].startswith("Aware")  # a preamble's paragraphs stay apart
    assert lines[-2:] == ["Short closing line", "Next Heading"]


DOUBLE_SPACED = (
    "MINISTER FOR FOREIGN AFFAIRS\n\n"
    "Embassies and High Commissions across the world have been in contact with\n\n"
    "other countries conveying our support for this important initiative.\n\n"
    "The goals of this meeting are important:\n\n"
    "- Encourage the provision of humanitarian assistance;\n\n"
    "- Strengthen the voice of the international community for an end to this bloodshed.\n\n"
    "It remains to be seen how the Security Council decides to respond to the\n\n"
    "call for help. The full membership of the Council must accept its responsibility to the\n\n"
    "people of the country, by listening to the unified voice of the region's leaders and\n\n"
    "its civil society. We call on the authorities to release all those detained and to\n\n"
    "allow humanitarian access. The Government must end the violence and must return\n\n"
    "to the negotiating table.\n\n"
    "We have robust sanctions in place to underline the need for the Government to comply with relevant\n\n"
    "Security Council resolutions.\n\n"
    "Media contact: 02 6277 7500"
)


def test_sentences_of_a_double_spaced_text_run_on_across_its_blank_lines():
    paragraphs = clean_text(DOUBLE_SPACED).split("\n\n")
    assert paragraphs[1] == (
        "Embassies and High Commissions across the world have been in contact with other countries"
        " conveying our support for this important initiative."
    )
    assert paragraphs[4].startswith("- Strengthen") and paragraphs[4].endswith("bloodshed.")  # list items stay apart
    assert paragraphs[5].startswith("It remains") and paragraphs[5].endswith("to the negotiating table.")
    assert paragraphs[-2].endswith("comply with relevant Security Council resolutions.")  # a wrapped line
    assert paragraphs[-1] == "Media contact: 02 6277 7500"


def test_a_page_of_one_line_paragraphs_with_a_stray_break_is_not_double_spaced():
    page = "\n\n".join(
        ["Statement on the situation in the region", "The Council met today to discuss the situation in the"]
        + ["region, where fighting has gone on for weeks."]
        + [f"Paragraph {n} of the statement ends here." for n in range(10)]
    )
    assert close_double_spacing(page) == page


def test_a_hard_wrapped_semicolon_before_a_lower_case_line_goes_on_but_a_short_list_item_ends():
    wrapped = (
        "With the measures announced today, the administration is abiding by its\n"
        "pledge to hold the regime accountable for its abuses. Its position remains\n"
        "clear: the regime must permit a legitimate international investigation into\n"
        "the flight diversion; it must immediately release all political prisoners;\n"
        "it must stop targeting activists and dissidents, including across borders,\n"
        "and it must initiate a genuine political dialogue with the democratic\n"
        "opposition and the civil society figures of the country that results in a\n"
        "free and fair presidential election under international observation.\n"
        "\n"
        "The authorities should:\n"
        "release the detainees;\n"
        "end torture.\n"
    )
    text = join_broken_lines(wrapped)
    assert "release all political prisoners; it must stop targeting activists" in text
    assert "release the detainees;\nend torture." in text


def test_text_with_lines_of_any_length_is_not_rewrapped():
    text = "A headline\n" + "\n".join("A paragraph of a web page that goes on " * n for n in range(1, 10))
    assert join_broken_lines(text) == text


def test_a_hard_wrapped_byline_ending_with_its_date_stays_a_line_of_its_own():
    wrapped = (
        "by the Association of Relatives of the Disappeared, Kilinochchi, May 12, 2025\n"
        "Chairperson and Committee Members of the Core Group on Sri Lanka in Geneva\n"
        "We, the relatives of those who were forcibly disappeared by the security forces\n"
        "of the State during the final stages of the war and in the years after it, write\n"
        "to you as the three-year documentation mandate of the Office nears its end in\n"
        "September. We extend our heartfelt gratitude to all who made the resolution\n"
        "possible and take this moment to acknowledge the immense and critical work of\n"
        "the team. Their efforts in collecting and safeguarding our evidence have been\n"
        "vital, and we believe that extending this mandate would be an act of solidarity.\n"
    )
    lines = join_broken_lines(wrapped).split("\n")
    assert lines[0].endswith("May 12, 2025")
    assert lines[1].startswith("Chairperson")


def test_a_list_of_signers_and_their_countries_keeps_one_signer_a_line():
    signers = (
        "We the undersigned condemn the reactions of the governments\n"
        "to the findings of the Working Group on Arbitrary Detention.\n"
        "Acceso Libre, Venezuela\n"
        "Alternative Intervention of Athens Lawyers (AIAL), Greece\n"
        "American Association of Jurists (AAJ), United States\n"
        "Articulacao de Empregados Rurais do estado de MG (ADERE-MG), Brazil\n"
        "Artistas, Cientificos y Movimientos Sociales, Cuba\n"
        "Asociacion por los Derechos Civiles (ADC), Argentina\n"
        "Associacao de Radios Publicas do Brasil (ARPUB), Brazil\n"
        "Australian Lawyers for Human Rights, Australia\n"
        "Brazilian Association for Investigative Journalism, Brazil\n"
        "Centro de Estudios Legales y Sociales (CELS), Argentina\n"
    )
    lines = join_broken_lines(signers).split("\n")
    assert "Articulacao de Empregados Rurais do estado de MG (ADERE-MG), Brazil" in lines
    assert "Artistas, Cientificos y Movimientos Sociales, Cuba" in lines
    # the wrapped sentence above the list is still one line
    assert lines[0] == (
        "We the undersigned condemn the reactions of the governments to the findings of the Working Group on "
        "Arbitrary Detention."
    )


def test_lines_opened_by_the_same_pictograph_are_list_items():
    text = "Our conditions:\n🔺 Release of the 50 political prisoners.\n🔺Withdraw the troops.\n📍 Minsk\nMore text."
    assert clean_text(text) == (
        "Our conditions:\n- Release of the 50 political prisoners.\n- Withdraw the troops.\n📍 Minsk\nMore text."
    )


def test_a_pictograph_bullet_takes_its_skin_tone_with_it():
    assert (
        clean_text("Votes:\n👍🏽 Release them\n👍🏽 Drop the charges") == "Votes:\n- Release them\n- Drop the charges"
    )
