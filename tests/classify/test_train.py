"""pipeline.classify.train: the corpus written by session, and a clear error without the data."""

from __future__ import annotations

import pytest
from spacy.tokens import DocBin

from pipeline.classify import linear
from pipeline.classify.linear import LinearSettings
from pipeline.classify.train import (
    SharedDataMissing,
    fit_linear,
    forget_corpus_paths,
    save_linear,
    task_of,
    tune_action_weights,
    tune_issue_thresholds,
    write_corpus,
)
from pipeline.classify.upr import ACTION_LABELS, ISSUES, TRAIN_SESSIONS, Recommendation


def test_write_corpus_writes_both_tasks_by_session(shared, tmp_path, nlp):
    corpus = write_corpus(shared, tmp_path / "corpus")
    assert set(corpus) == {"issues", "actions"}
    train, dev = corpus["issues"]
    # Session 3 trains, session 11 is the inner development set; the held-out sessions 12-13 are not written.
    assert len(DocBin().from_disk(train)) == 1 and len(DocBin().from_disk(dev)) == 1
    assert task_of("actions_bow.cfg") == "actions"
    # The final fit: sessions 3 and 11, still never the held-out 12-13.
    train, dev = write_corpus(shared, tmp_path / "final", TRAIN_SESSIONS)["actions"]
    assert len(DocBin().from_disk(train)) == 2 and len(DocBin().from_disk(dev)) == 1


def test_training_says_clearly_when_the_data_is_absent(tmp_path):
    with pytest.raises(SharedDataMissing, match="training needs"):
        write_corpus(tmp_path, tmp_path / "corpus")


def test_the_linear_issue_model_learns_from_the_training_sessions_only(shared, tmp_path):
    model = fit_linear(shared, TRAIN_SESSIONS, LinearSettings(min_df=1))
    assert model.labels == ISSUES
    assert "disabilities" in model.terms and "police" in model.terms
    assert "moratorium" not in model.terms and "overcrowding" not in model.terms  # sessions 12-13
    folder = save_linear(model, tmp_path / "upr_issues_tfidf")
    (scores,) = linear.load(folder).scores(["Ratify the Convention on Disabilities"])
    assert scores["Disabilities"] > scores["Death penalty"]


def test_a_shipped_config_names_no_build_folder(tmp_path):
    from pipeline.classify.model import ACTION_MODELS, ISSUE_MODELS

    config = tmp_path / "config.cfg"
    config.write_text(
        '[paths]\ntrain = "/tmp/run1/train.spacy"\ndev = "/tmp/run1/dev.spacy"\n\n'
        "[corpora]\n\n[corpora.train]\npath = ${paths.train}\n",
        encoding="utf-8",
    )
    forget_corpus_paths(config)
    text = config.read_text(encoding="utf-8")
    assert "train = null" in text and "dev = null" in text and "/tmp/run1" not in text
    assert "path = ${paths.train}" in text  # references stay references
    for model in (*ISSUE_MODELS, *ACTION_MODELS):
        if (model / "config.cfg").is_file():
            assert "train = null" in (model / "config.cfg").read_text(encoding="utf-8")


def _rec(issues: tuple[str, ...] = (), action: int = 4) -> Recommendation:
    return Recommendation("a text", issues, action, 11)


def test_each_frequent_issue_gets_the_threshold_of_its_best_f1():
    # Death penalty: positives score 0.2, negatives 0.1, so only a threshold of 0.15-0.2 separates them.
    rows = [_rec(("Death penalty",)), _rec(("Death penalty",)), _rec(), _rec()]
    base = dict.fromkeys(ISSUES, 0.0)
    scores = [{**base, "Death penalty": v} for v in (0.2, 0.2, 0.1, 0.1)]
    thresholds = tune_issue_thresholds(rows, scores, min_positives=2)
    assert 0.1 < thresholds["Death penalty"] <= 0.2
    assert set(thresholds) == set(ISSUES)
    # Issues too rare in the development set share the global threshold.
    assert len({thresholds[issue] for issue in ISSUES if issue != "Death penalty"}) == 1


def test_action_weights_follow_the_more_accurate_model():
    rows = [_rec(action=5), _rec(action=2)]
    right = [{label: float(label.startswith(str(a))) for label in ACTION_LABELS} for a in (5, 2)]
    wrong = [{label: float(label.startswith("4")) for label in ACTION_LABELS} for _ in rows]
    assert tune_action_weights(rows, [right, wrong])[0] > 0.5
    assert tune_action_weights(rows, [wrong, right])[0] < 0.5
