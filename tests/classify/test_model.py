"""pipeline.classify.model: the committed models on recommendations written for these tests."""

from __future__ import annotations

import pytest

from pipeline.classify import linear
from pipeline.classify.model import ACTION_MODELS, ISSUE_MODELS, ISSUE_THRESHOLD, classify, load_pipeline, score_texts
from pipeline.classify.upr import ACTION_LABELS, ISSUES


def test_committed_models_need_no_shared_data():
    for path in ISSUE_MODELS:
        if linear.is_linear_model(path):
            assert set(linear.load(path).labels) == set(ISSUES)
        else:
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


def test_weights_shipped_in_parts_load_as_the_whole_file(tmp_path):
    import spacy

    from pipeline.classify.model import load_pipeline
    from pipeline.classify.parts import PART_SUFFIX, join_parts, split_into_parts

    nlp = spacy.blank("en")
    nlp.add_pipe("tok2vec")
    nlp.initialize()
    nlp.to_disk(tmp_path / "model")
    weights = tmp_path / "model" / "tok2vec" / "model"
    whole = weights.read_bytes()
    parts = split_into_parts(weights, part_bytes=len(whole) // 3 + 1)
    assert [p.name for p in parts] == [f"model{PART_SUFFIX}{n}" for n in range(3)]
    assert not weights.exists() and join_parts(weights) == whole
    loaded = load_pipeline(tmp_path / "model")
    assert loaded.get_pipe("tok2vec").model.to_bytes() == nlp.get_pipe("tok2vec").model.to_bytes()
