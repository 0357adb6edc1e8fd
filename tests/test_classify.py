"""pipeline.classify: the committed UPR classifiers on recommendations written for these tests, and
the UPR data reading, session split and corpus writing on a small CSV written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import DocBin

from pipeline.analysis.benchmarks import DataMissing
from pipeline.analysis.benchmarks.upr_classifier import run as run_benchmark
from pipeline.classify.demands import classify_demands
from pipeline.classify.model import ACTION_MODELS, ISSUE_MODELS, ISSUE_THRESHOLD, classify, load_pipeline, score_texts
from pipeline.classify.train import SharedDataMissing, task_of, write_corpus
from pipeline.classify.upr import (
    ACTION_LABELS,
    ISSUES,
    UPR_CSV,
    parse_issues,
    read_recommendations,
    split_by_session,
    to_docbin,
)
from pipeline.extract.registry import Extraction
from pipeline.records import Demand

CSV_TEXT = """To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session
Fr,WEOG,EU,"Ratify the  Convention on Disabilities",Sy,EEG,,,5,"Disabilities,International instruments",3
Freedonia,WEOG,EU,Continue to train its police officers,Sylvania,EEG,,Accepted,2,Human rights education and training,11
Sylvania,EEG,,Consider a moratorium on executions,Freedonia,WEOG,EU,Noted,3,Death penalty,12
Sylvania,EEG,,Take steps to reduce prison overcrowding,Freedonia,WEOG,EU,Accepted,4,Detention,13
Sylvania,EEG,,,Freedonia,WEOG,EU,Accepted,4,Detention,13
"""


@pytest.fixture
def shared(tmp_path) -> Path:
    path = tmp_path / UPR_CSV
    path.parent.mkdir(parents=True)
    path.write_text(CSV_TEXT, encoding="utf-8")
    return tmp_path


# --- the committed models ---------------------------------------------------------------------------


def test_committed_models_need_no_shared_data():
    for path in ISSUE_MODELS:
        assert set(load_pipeline(path).get_pipe("textcat_multilabel").labels) == set(ISSUES)
    for path in ACTION_MODELS:
        assert set(load_pipeline(path).get_pipe("textcat").labels) == set(ACTION_LABELS)


def test_committed_model_files_stay_under_five_megabytes():
    models = ISSUE_MODELS[0].parent
    assert all(path.stat().st_size < 5_000_000 for path in models.rglob("*") if path.is_file())


@pytest.mark.parametrize(
    ("text", "issue", "category"),
    [
        ("Ratify the Optional Protocol to the Convention against Torture", "International instruments", "5 specific"),
        ("Continue its efforts to combat domestic violence", "Women's rights", "2 continuing"),
        ("Consider abolishing the death penalty", "Death penalty", "3 considering"),
        ("Take measures to guarantee the right to education of all children", "Right to education", "4 general"),
        ("Extend a standing invitation to all special procedures", "Special procedures", "5 specific"),
    ],
)
def test_classify_recommendations_written_for_the_test(text, issue, category):
    (result,) = classify([text])
    assert issue in result.issues
    assert result.action_category == category


def test_classify_keeps_order_and_returns_one_result_per_text():
    texts = ["Abolish the death penalty", "Share its good practices with other States", "Protect journalists"]
    results = classify(texts)
    assert len(results) == 3
    assert "Death penalty" in results[0].issues
    assert results[1].action_name == "minimal"
    assert classify([]) == []


def test_issues_are_those_at_or_above_the_threshold_best_first():
    (scores,) = score_texts(["Ratify the Convention against Torture and release all political prisoners"])
    (result,) = classify(["Ratify the Convention against Torture and release all political prisoners"])
    values = [scores.issues[issue] for issue in result.issues]
    assert values == sorted(values, reverse=True)
    assert set(result.issues) == {issue for issue, value in scores.issues.items() if value >= ISSUE_THRESHOLD}


# --- data reading and the split ---------------------------------------------------------------------


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


def test_write_corpus_writes_both_tasks_by_session(shared, tmp_path, nlp):
    corpus = write_corpus(shared, tmp_path / "corpus")
    assert set(corpus) == {"issues", "actions"}
    train, dev = corpus["issues"]
    assert len(DocBin().from_disk(train)) == 2 and len(DocBin().from_disk(dev)) == 2
    assert task_of("actions_bow.cfg") == "actions"


def test_training_and_benchmark_say_clearly_when_the_data_is_absent(tmp_path):
    with pytest.raises(SharedDataMissing, match="training needs"):
        write_corpus(tmp_path, tmp_path / "corpus")
    with pytest.raises(DataMissing, match="recommendations"):
        run_benchmark(tmp_path)


# --- demands of a job -------------------------------------------------------------------------------


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
