"""pipeline.classify.train: the corpus written by session, and a clear error without the data."""

from __future__ import annotations

import pytest
from spacy.tokens import DocBin

from pipeline.classify.train import SharedDataMissing, task_of, write_corpus


def test_write_corpus_writes_both_tasks_by_session(shared, tmp_path, nlp):
    corpus = write_corpus(shared, tmp_path / "corpus")
    assert set(corpus) == {"issues", "actions"}
    train, dev = corpus["issues"]
    assert len(DocBin().from_disk(train)) == 2 and len(DocBin().from_disk(dev)) == 2
    assert task_of("actions_bow.cfg") == "actions"


def test_training_says_clearly_when_the_data_is_absent(tmp_path):
    with pytest.raises(SharedDataMissing, match="training needs"):
        write_corpus(tmp_path, tmp_path / "corpus")
