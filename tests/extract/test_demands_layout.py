"""Recommendation lists read from the text's lines: items, their line breaks, their attributions."""

from __future__ import annotations

import pytest

from pipeline.extract.demands.layout import item_marker, lead_text, list_items, marker_kind, split_attribution


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("- Release the prisoners", "bullet"),
        ("-release the prisoners", "bullet"),
        ("• Release the prisoners", "bullet"),
        ("3. Release the prisoners", "number"),
        ("(b) Release the prisoners", "letter"),
        ("(iv) Release the prisoners", "letter"),
        ("112.4 Release the prisoners", "subnumber"),
        ("112.4. Release the prisoners", "subnumber"),
    ],
)
def test_item_markers_and_their_kind(line, kind):
    marker = item_marker(line)
    assert marker is not None
    assert marker_kind(marker.group(0)) == kind


@pytest.mark.parametrize("line", ["1.5 million people fled", "e.g. the police", "Release the prisoners", ""])
def test_lines_that_are_not_items(line):
    assert item_marker(line) is None


@pytest.mark.parametrize(
    ("item", "words", "parties"),
    [
        ("Ratify the Convention (Borduria);", "Ratify the Convention", ("Borduria",)),
        ("Ratify the Convention (Borduria) (Upper Carpania);", "Ratify the Convention", ("Borduria", "Upper Carpania")),
        (
            "Ratify the Convention (Borduria, Republic of Dalmora).",
            "Ratify the Convention",
            ("Borduria", "Republic of Dalmora"),
        ),
        ("Ratify the Convention (Upper\nCarpania);", "Ratify the Convention", ("Upper\nCarpania",)),
        ("Ratify the Covenant (ICCPR) (Borduria);", "Ratify the Covenant (ICCPR)", ("Borduria",)),
        (
            "Answer the appeals (allegations and urgent appeals);",
            "Answer the appeals (allegations and urgent appeals)",
            (),
        ),
        ("Adopt the law on the press; and", "Adopt the law on the press", ()),
    ],
)
def test_split_attribution(item, words, parties):
    end, found = split_attribution(item, 0, len(item))
    assert item[:end] == words
    assert tuple(" ".join(p.split()) for p in found) == tuple(" ".join(p.split()) for p in parties)


def item_texts(text: str) -> list[str]:
    """The texts of the items of the list after the text's first line (its lead)."""
    return [text[i.start : i.end] for i in list_items(text, text.index("\n"))]


def test_list_items_run_over_broken_lines_and_stop_at_the_next_paragraph():
    text = (
        "The following recommendations enjoy the support of Arcadia:\n"
        "\n"
        "90.1 Ratify the Convention against Torture and its\n"
        "Optional Protocol (Borduria) (Carpania);\n"
        "90.2 Abolish the death penalty (Dalmora).\n"
        "\n"
        "91. All conclusions reflect the position of the submitting States.\n"
    )
    items = list_items(text, text.index("\n"))
    assert [text[i.start : i.end] for i in items] == [
        "Ratify the Convention against Torture and its\nOptional Protocol",
        "Abolish the death penalty",
    ]
    assert [i.parties for i in items] == [("Borduria", "Carpania"), ("Dalmora",)]


def test_a_numbered_list_goes_on_over_a_pdf_page_break_and_its_footnote():
    text = (
        "The following recommendations will be examined by Arcadia:\n"
        "2.\nRatify the Convention against Torture (Borduria);\n"
        "3.\nAccept requests for visits from special procedures (Carpania)3;\n\n3\n\n20\n\n"
        "The recommendation as originally formulated: “Accept immediately requests for visits” (Carpania).\n\n"
        "A/HRC/14/12\n\n4.\nAbolish the death penalty (Dalmora);\n\n"
        "91. All conclusions reflect the position of the submitting States.\n"
    )
    items = list_items(text, text.index("\n"))
    assert [text[i.start : i.end] for i in items] == [
        "Ratify the Convention against Torture",
        "Accept requests for visits from special procedures",
        "Abolish the death penalty",
    ]
    assert [i.parties for i in items] == [("Borduria",), ("Carpania",), ("Dalmora",)]


def test_list_ends_at_an_item_without_the_attribution_its_items_had():
    text = (
        "Lead:\n- Close the camps (Borduria);\n- Free the editors (Carpania).\n\n- The report was adopted on Monday.\n"
    )
    items = list_items(text, text.index("\n"))
    assert [i.parties for i in items] == [("Borduria",), ("Carpania",)]


def test_a_complete_item_does_not_run_into_the_paragraph_after_it():
    text = "Lead:\n- Free the editors.\n- Close the camps.\nThe mission met the minister.\n"
    assert item_texts(text) == ["Free the editors", "Close the camps"]


def test_an_item_that_leads_a_list_inside_the_list_is_no_item_but_its_items_are():
    # treaty bodies' Views: "(a) With respect to the authors:" over "(i) ...", then "(b) In general:"
    text = (
        "Lead:\n(a) With respect to the authors:\n(i) Provide compensation to the authors;\n"
        "(ii) Provide psychological assistance;\n(b) In general:\n(i) Investigate every act of sterilization.\n"
    )
    assert item_texts(text) == [
        "Provide compensation to the authors",
        "Provide psychological assistance",
        "Investigate every act of sterilization",
    ]
    # a list inside marked in another kind, and the outer list going on after it
    text = (
        "Lead:\n- Adopt the following measures:\n(a) Repeal article 193;\n(b) Free the editors;\n- Close the camps.\n"
    )
    assert item_texts(text) == ["Repeal article 193", "Free the editors", "Close the camps"]


def test_a_list_copied_without_its_bullets_has_one_item_per_line_in_lower_case():
    text = (
        "X calls on the authorities to:\n\ntake steps to release the prisoners: A, B and C;\n\n"
        "refrain from persecution;\n\nabolish the death penalty.\n\nThe Center will monitor it.\n"
    )
    assert item_texts(text) == [
        "take steps to release the prisoners: A, B and C",
        "refrain from persecution",
        "abolish the death penalty",
    ]


def test_a_line_cut_short_ends_a_list_without_bullets():
    text = "X calls on the authorities to:\n\nrefrain from persecution;\n\nt"
    assert item_texts(text) == ["refrain from persecution"]


def test_lead_text_takes_the_lines_a_pdf_broke_it_over():
    text = "II. Recommendations\n\nThe following recommendations will be examined by\nArcadia:\n1. Free them;"
    colon_line = text.index("Arcadia:")
    start, end = lead_text(text, colon_line, colon_line + len("Arcadia:"))
    assert text[start:end] == "The following recommendations will be examined by\nArcadia:"


def test_a_marker_on_a_line_of_its_own_opens_the_item_on_the_next_line():
    # PDF text of a report's numbered paragraphs: "1." alone, its words below (a blank line between)
    text = (
        "The following recommendations will be examined by Arcadia:\n"
        "1.\nClose the camps (Borduria);\n2.\n\nFree the editors (Carpania);\n"
    )
    items = list_items(text, text.index("\n"))
    assert [(text[i.start : i.end], i.parties) for i in items] == [
        ("Close the camps", ("Borduria",)),
        ("Free the editors", ("Carpania",)),
    ]


def test_versions_of_one_recommendation_joined_by_slashes_keep_their_own_states():
    text = (
        "Lead:\n1. Ratify the Convention (Borduria, Carpania)/accede to the Convention (Dalmora)/sign it (Elbonia);\n"
    )
    items = list_items(text, text.index("\n"))
    assert [(text[i.start : i.end], i.parties) for i in items] == [
        ("Ratify the Convention", ("Borduria", "Carpania")),
        ("accede to the Convention", ("Dalmora",)),
        ("sign it", ("Elbonia",)),
    ]


def test_a_version_after_a_semicolon_keeps_its_own_states_too():
    text = "Lead:\n1. Take steps to ratify the Convention (Borduria); ratify the Convention (Carpania);\n"
    items = list_items(text, text.index("\n"))
    assert [(text[i.start : i.end], i.parties) for i in items] == [
        ("Take steps to ratify the Convention", ("Borduria",)),
        ("ratify the Convention", ("Carpania",)),
    ]


def test_measures_enumerated_inline_after_a_colon_are_items_of_their_own():
    text = (
        "The Commission requests that the State:\n"
        "- adopt the necessary measures to ensure that her detention conditions are compatible with the applicable"
        " standards, including the following: i. allowing contact with her lawyers; ii. ensuring that she is not"
        " ill-treated; and iii. granting the necessary medicines;\n"
        "- report on the measures adopted: the Commission will follow them up.\n"
    )
    items = list_items(text, text.index("\n"))
    assert [text[i.start : i.end] for i in items] == [
        "adopt the necessary measures to ensure that her detention conditions are compatible with the applicable"
        " standards",
        "allowing contact with her lawyers",
        "ensuring that she is not ill-treated",
        "granting the necessary medicines",
        "report on the measures adopted: the Commission will follow them up",
    ]
