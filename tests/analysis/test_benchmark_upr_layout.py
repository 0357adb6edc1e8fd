"""The UPR layout benchmark: builder and scorer on a few recommendations written here."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.analysis.benchmarks import DataMissing, load_all
from pipeline.analysis.benchmarks.upr_layout import (
    DATA,
    Recommendation,
    Report,
    build_reports,
    load_recommendations,
    score,
    states_of,
)

COLUMNS = ["To", "To-Rgrp", "To-Org", "Text", "From", "From-Rgrp", "From-Org", "Response", "Action", "Issue", "Session"]
ROWS = [
    ("Arcadia", "Ratify the Convention against Torture.", "Borduria", "Accepted", 3),
    ("Arcadia", "Ratify the Convention against Torture.", "Carpania", "Accepted", 3),
    ("Arcadia", "Establish a national human rights institution", "Borduria", "Accepted", 3),
    ("Arcadia", "Train the police in human rights", "Dalmora", "Accepted", 3),
    ("Arcadia", "Protect journalists from attacks", "Carpania", "Accepted", 3),
    ("Arcadia", "Guarantee free primary education", "Borduria", "Accepted", 3),
    ("Arcadia", "Abolish the death penalty", "Carpania", "Noted", 3),
    ("Arcadia", "Decriminalise defamation", "Dalmora", "Noted", 3),
    ("Arcadia", "Consider inviting the special procedures", "Dalmora", "Noted", 3),
    ("Elbonia", "Adopt a law on domestic violence", "Borduria", "Accepted", 12),
    ("Elbonia", "Release all persons detained for their opinions", "Carpania", "Noted", 12),
]


def _frame() -> pd.DataFrame:
    rows = [
        (to, "", "", text, source, "", "", response, "5", "", str(session))
        for to, text, source, response, session in ROWS
    ]
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame["Session"] = frame["Session"].astype(int)
    return frame


def test_build_reports_is_deterministic_and_lays_out_every_item():
    first, second = build_reports(_frame(), n_reports=2, seed=3), build_reports(_frame(), n_reports=2, seed=3)
    assert [r.text for r in first] == [r.text for r in second]
    arcadia = next(r for r in first if "Arcadia" in r.text)
    merged = next(item for item in arcadia.items if len(item.states) == 2)
    assert merged == Recommendation(
        "Ratify the Convention against Torture", ("Borduria", "Carpania"), "Arcadia", "supported"
    )
    assert "(Borduria) (Carpania)" in arcadia.text or "(Borduria, Carpania)" in arcadia.text
    assert "enjoy the support of Arcadia:" in arcadia.text
    assert "did not enjoy the support of Arcadia and would thus be noted:" in arcadia.text
    responses = {item.response for item in arcadia.items}
    assert responses == {"supported", "examined", "noted"}
    for item in arcadia.items:
        assert item.text in " ".join(arcadia.text.split())


def test_build_reports_uses_both_numbering_styles():
    reports = build_reports(_frame(), n_reports=2, seed=3)
    texts = " ".join(r.text for r in reports)
    assert any(f"\n{n}.1 " in texts for n in range(80, 130))  # "115.1 Ratify ..."
    assert "\n1. " in texts  # "1. Ratify ..."


@pytest.mark.parametrize(
    ("actor", "states"),
    [
        ("Borduria", {"borduria"}),
        ("Borduria, Carpania", {"borduria", "carpania"}),
        ("Borduria; Carpania", {"borduria", "carpania"}),
        ("", set()),
    ],
)
def test_states_of(actor, states):
    assert states_of(actor) == states


def _report() -> Report:
    items = (
        Recommendation("Ratify the Convention against Torture", ("Borduria", "Carpania"), "Arcadia", "supported"),
        Recommendation("Abolish the death penalty", ("Dalmora",), "Arcadia", "noted"),
    )
    return Report("upr_00", "", items)


def _rows(*rows: tuple) -> pd.DataFrame:
    columns = ["doc_id", "start_char", "end_char", "demand", "actor", "target", "response"]
    return pd.DataFrame([("upr_00", *row) for row in rows], columns=columns)


def test_score_counts_matches_states_target_response_and_parentheses():
    predicted = _rows(
        (0, 10, "Ratify the Convention against Torture", "Borduria", "Arcadia", "supported"),
        (0, 10, "Ratify the Convention against Torture", "Carpania", "Arcadia", "supported"),  # one row per State
        (20, 30, "Abolish the death penalty (Dalmora)", "", "Arcadia", "examined"),
    )
    result = score([_report()], predicted)
    assert (result.n_gold, result.n_predicted, result.matched) == (2, 2, 2)
    assert (result.actor_correct, result.target_correct, result.response_correct) == (1, 2, 1)
    assert result.parentheses == 1


def test_score_without_predictions():
    result = score([_report()], _rows())
    assert (result.recall, result.matched, result.parentheses) == (0.0, 0, 0)


def test_missing_data_skips(tmp_path: Path):
    with pytest.raises(DataMissing):
        load_recommendations(tmp_path)
    assert "upr_layout" in load_all()


def test_benchmark_runs_the_pipeline_on_written_data(tmp_path: Path):
    path = tmp_path / DATA
    path.parent.mkdir(parents=True)
    _frame().to_csv(path, index=False)
    result = load_all()["upr_layout"](tmp_path)
    fields = {(s.field, s.metric) for s in result.scores}
    assert ("recommendations", "recall") in fields
    assert ("parentheses", "demand texts with a parenthesis") in fields
