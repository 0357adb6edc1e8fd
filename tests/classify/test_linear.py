"""pipeline.classify.linear: numpy scoring reproduces scikit-learn's, through a save and load."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.classify import linear
from pipeline.classify.linear import LinearSettings

# Recommendations written for these tests, with the issues a coder would give them.
TEXTS = [
    "Ratify the Optional Protocol to the Convention against Torture",
    "Ratify the Convention on the Rights of Persons with Disabilities",
    "Abolish the death penalty and commute all death sentences",
    "Establish a moratorium on executions with a view to abolishing the death penalty",
    "Investigate all allegations of torture and ill-treatment in detention",
    "Prevent torture in places of detention and prosecute those responsible",
    "Guarantee the right to education for all children, including girls",
    "Ensure free primary education for every child",
    "Ratify the Convention against Torture and abolish the death penalty",
    "Ensure access to education for children with disabilities",
]
ISSUES = [
    {"International instruments", "Torture"},
    {"International instruments", "Disabilities"},
    {"Death penalty"},
    {"Death penalty"},
    {"Torture", "Detention"},
    {"Torture", "Detention"},
    {"Education", "Children"},
    {"Education", "Children"},
    {"International instruments", "Torture", "Death penalty"},
    {"Education", "Disabilities", "Children"},
]
LABELS = (
    "Children",
    "Death penalty",
    "Detention",
    "Disabilities",
    "Education",
    "International instruments",
    "Torture",
    "Unused",
)
SETTINGS = LinearSettings(max_ngram=2, min_df=1, c=20.0)
NEW_TEXTS = [
    "Abolish the death penalty",
    "Ratify the Convention against Torture",
    "Protect girls' education",
    "nothing known",
]


@pytest.fixture(scope="module")
def model():
    return linear.fit(TEXTS, ISSUES, LABELS, SETTINGS)


def test_ngrams_are_those_of_scikit_learn():
    from sklearn.feature_extraction.text import TfidfVectorizer

    analyse = TfidfVectorizer(ngram_range=(1, 2)).build_analyzer()
    for text in [*TEXTS, "Réformer l'article 193-1 (2010) du Code pénal; A 1 b", "  "]:
        assert sorted(linear.ngrams(text, 2)) == sorted(analyse(text))


def test_saved_model_scores_as_scikit_learn_predicts(model, tmp_path):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    files = linear.save(model, tmp_path / "model", part_bytes=1000)
    assert any(".part-" in f.name for f in files)  # the weights went into parts, joined on loading
    loaded = linear.load(tmp_path / "model")
    assert loaded.labels == LABELS and loaded.settings == SETTINGS

    vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)
    x = vectorizer.fit_transform(TEXTS)
    new = vectorizer.transform(NEW_TEXTS)
    scores = loaded.scores(NEW_TEXTS)
    for label in LABELS[:-1]:
        y = [label in found for found in ISSUES]
        expected = LogisticRegression(C=20.0, max_iter=1000).fit(x, y).predict_proba(new)[:, 1]
        assert np.allclose([s[label] for s in scores], expected, atol=1e-5)


def test_nb_features_score_as_naive_bayes_scaled_logistic_regression(tmp_path):
    """NB-LR: presence features times each label's log-count ratio, folded into the saved weights."""
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    settings = LinearSettings(max_ngram=2, min_df=1, c=0.3, features="nb")
    linear.save(linear.fit(TEXTS, ISSUES, LABELS, settings), tmp_path / "nb")
    loaded = linear.load(tmp_path / "nb")
    assert loaded.settings == settings

    vectorizer = CountVectorizer(ngram_range=(1, 2), binary=True)
    x = vectorizer.fit_transform(TEXTS).toarray().astype(float)
    new = vectorizer.transform(NEW_TEXTS).toarray().astype(float)
    scores = loaded.scores(NEW_TEXTS)
    for label in LABELS[:-1]:
        y = np.array([label in found for found in ISSUES])
        positive, negative = 1 + x[y].sum(axis=0), 1 + x[~y].sum(axis=0)
        ratio = np.log(positive / positive.sum()) - np.log(negative / negative.sum())
        expected = LogisticRegression(C=0.3, max_iter=1000).fit(x * ratio, y).predict_proba(new * ratio)[:, 1]
        assert np.allclose([s[label] for s in scores], expected, atol=1e-5)
    death, torture, education, _ = scores
    assert max(death, key=death.get) == "Death penalty"
    assert torture["Torture"] > death["Torture"] and education["Education"] > death["Education"]


def test_unknown_features_are_refused():
    with pytest.raises(ValueError, match="unknown features"):
        linear.fit(TEXTS, ISSUES, LABELS, LinearSettings(features="bm25"))


def test_a_label_never_seen_in_training_is_never_predicted(model):
    assert all(s["Unused"] < 1e-9 for s in model.scores(NEW_TEXTS))


def test_the_model_learns_the_words_of_its_labels(model):
    death, torture, education, unknown = model.scores(NEW_TEXTS)
    assert unknown["Death penalty"] < death["Death penalty"]
    assert max(death, key=death.get) == "Death penalty"
    assert torture["Torture"] > 0.5 and torture["International instruments"] > 0.5
    assert education["Education"] > death["Education"]
    assert linear.ngrams("nothing known", 2) and not model.features("nothing known")[0].size  # no known word


def test_loading_refuses_weights_that_do_not_fit_the_terms(model, tmp_path):
    linear.save(model, tmp_path / "broken")
    weights = tmp_path / "broken" / linear.WEIGHTS_FILE
    weights.write_bytes(weights.read_bytes()[:-4])
    with pytest.raises(ValueError, match="weights for"):
        linear.load(tmp_path / "broken")
