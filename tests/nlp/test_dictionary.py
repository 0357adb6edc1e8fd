"""pipeline/nlp/dictionary.py: English words as the model's lemmatizer knows them."""

from __future__ import annotations

import spacy

from pipeline.nlp.dictionary import english_words, recommendation_verbs


def test_english_words_know_lemmas_and_their_regular_and_irregular_forms(nlp):
    words = english_words(nlp)
    for word in ("free", "Rights", "mayors", "moved", "media", "Urgent"):
        assert word in words, word


def test_english_words_do_not_know_foreign_first_names(nlp):
    words = english_words(nlp)
    for name in ("Natalya", "Nononsi", "Aristide", "Sadyr"):
        assert name not in words, name


def test_a_pipeline_without_a_rule_lemmatizer_knows_no_words():
    words = english_words(spacy.blank("en"))
    assert not words
    assert "free" not in words


def test_recommendation_verbs_come_in_both_spellings():
    # UN texts write "criminalize", British and Commonwealth ones "criminalise"
    verbs = recommendation_verbs()
    assert {"ratify", "decriminalize", "decriminalise"} <= verbs
