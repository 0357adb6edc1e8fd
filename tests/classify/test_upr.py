"""pipeline.classify.upr: reading, the session split and DocBins, on a small CSV written for the test."""

from __future__ import annotations

import pytest

from pipeline.classify.upr import (
    DEV_SESSIONS,
    FIT_SESSIONS,
    ISSUES,
    TRAIN_SESSIONS,
    UPR_CSV,
    VALIDATION_SESSIONS,
    issue_themes,
    parse_issues,
    read_recommendations,
    split_by_session,
    themes_of_issues,
    to_docbin,
)


def test_read_recommendations_skips_rows_without_text_and_normalises_spaces(shared):
    rows = read_recommendations(shared / UPR_CSV)
    assert len(rows) == 4
    assert rows[0].text == "Ratify the Convention on Disabilities"
    assert rows[0].issues == ("Disabilities", "International instruments")
    assert (rows[0].action, rows[0].session) == (5, 3)


def test_split_is_by_session(shared):
    train, validation = split_by_session(read_recommendations(shared / UPR_CSV))
    assert [r.session for r in train] == [3, 11]
    assert [r.session for r in validation] == [12, 13]


def test_inner_development_set_is_the_last_training_session_not_a_held_out_one(shared):
    fit, dev = split_by_session(read_recommendations(shared / UPR_CSV), FIT_SESSIONS, DEV_SESSIONS)
    assert [r.session for r in fit] == [3] and [r.session for r in dev] == [11]
    assert DEV_SESSIONS <= TRAIN_SESSIONS and not DEV_SESSIONS & VALIDATION_SESSIONS


def test_unknown_issue_is_an_error():
    assert parse_issues("Women's rights, Women's rights") == ("Women's rights",)
    with pytest.raises(ValueError, match="unknown UPR issue"):
        parse_issues("Freedom of the press,Space law")


def test_docbins_carry_every_label_of_their_task(nlp, shared):
    rows = read_recommendations(shared / UPR_CSV)
    docs = list(to_docbin(nlp, rows, "actions").get_docs(nlp.vocab))
    assert docs[1].cats["2 continuing"] == 1.0 and sum(docs[1].cats.values()) == 1.0
    docs = list(to_docbin(nlp, rows, "issues").get_docs(nlp.vocab))
    assert len(docs[0].cats) == 54
    assert {k for k, v in docs[0].cats.items() if v} == {"Disabilities", "International instruments"}


@pytest.mark.parametrize(
    ("issues", "themes"),
    [
        (["Torture and other CID treatment"], {"torture_ill_treatment"}),
        (["Women's rights", "Rights of the Child"], {"non_discrimination", "children_rights"}),
        (["International instruments", "Right to health"], {"engagement_with_un"}),  # "other" gives way
        (["Death penalty"], {"other"}),
        (["Justice"], None),  # fair trial or bringing to justice: no single theme
        ([], None),
    ],
)
def test_issues_map_to_the_theme_keys_of_the_gold_format(issues, themes):
    assert themes_of_issues(issues) == (None if themes is None else frozenset(themes))


def test_every_issue_has_a_theme_entry():
    assert set(issue_themes()) == set(ISSUES)
