"""pipeline.classify.demands: every demand of a job classified in one pass."""

from __future__ import annotations

from pipeline.classify.demands import classify_demands
from pipeline.extract.registry import Extraction
from pipeline.records import Demand


def test_classify_demands_sets_issues_and_category_on_every_demand_of_the_job():
    def demand(doc_id: str, text: str) -> Demand:
        return Demand(doc_id, 0, len(text), "Sylvania", "Freedonia", text, "other")

    jobs = [
        Extraction(demands=[demand("a", "Abolish the death penalty"), demand("a", "Protect journalists")]),
        Extraction(),
        Extraction(demands=[demand("b", "Continue its efforts to combat trafficking in persons")]),
    ]
    out = classify_demands(jobs)
    assert [len(e["demands"]) for e in out] == [2, 0, 1]
    first, _, third = out[0]["demands"][0], out[0]["demands"][1], out[2]["demands"][0]
    assert "Death penalty" in first.issues.split(";") and first.action_category == "5 specific"
    assert "Trafficking" in third.issues.split(";") and third.action_category == "2 continuing"
    assert first.specificity == "specific" and third.specificity == "continuing"
    assert first.theme == "other" and first.demand == "Abolish the death penalty"
