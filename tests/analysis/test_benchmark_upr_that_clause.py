"""The that-clause benchmark: builder and scorer on recommendations written here, with the real model."""

from __future__ import annotations

import pytest

from pipeline.analysis.benchmarks import DataMissing, load_all
from pipeline.analysis.benchmarks.upr_that_clause import ADDRESSEES, LEAD, build_sentences, score


def test_only_recommendations_opening_with_a_verb_are_built_with_each_addressee_in_turn(nlp):
    texts = [
        "Repeal the law on foreign agents",
        "In light of its obligations, adopt a law on torture",
        "Decriminalize defamation and libel",
        "Ratify the Optional Protocol",
    ]
    cases = build_sentences(texts, nlp)
    assert [c.verb for c in cases] == ["repeal", "decriminalize", "ratify"]
    assert [c.addressee for c in cases] == list(ADDRESSEES[:3])
    assert cases[0].text == f"{LEAD} the State party repeal the law on foreign agents"


def test_a_sentence_is_right_when_its_demand_opens_with_the_verb_and_names_the_addressee(nlp):
    cases = build_sentences(["Repeal the law on foreign agents", "Decriminalize defamation and libel"], nlp)
    right, wrong = score(cases, nlp)
    assert (right, wrong) == (2, [])


def test_the_benchmark_skips_without_the_shared_data(tmp_path):
    with pytest.raises(DataMissing):
        load_all()["upr_that_clause"](tmp_path)
