"""Counting and display helpers the notebooks share (written on small hand-made tables)."""

import pandas as pd
import pytest
from matplotlib.figure import Figure

from pipeline.analysis import explore


def _entities(rows):
    columns = ["doc_id", "sent_id", "label", "text", "canonical", "entity_id"]
    return pd.DataFrame(rows, columns=columns)


MENTIONS = _entities(
    [
        ("a", 0, "ORG", "Amnesty International", "Amnesty International", ""),
        ("a", 0, "PERSON", "Ms. Okafor", "Grace Okafor", ""),
        ("a", 1, "GPE", "Moldova", "Moldova", "Q217"),
        ("a", 1, "ORG", "Amnesty", "Amnesty International", ""),
        ("b", 0, "GPE", "Republic of Moldova", "Republic of Moldova", "Q217"),
        ("b", 0, "GPE", "Moldova", "Moldova", "Q217"),
        ("b", 0, "PERSON", "Grace Okafor", "Grace Okafor", ""),
    ]
)


def test_mentions_of_one_entity_id_share_its_most_written_name():
    names = explore.entity_names(MENTIONS)
    assert list(names[MENTIONS["entity_id"] == "Q217"]) == ["Moldova"] * 3
    assert names[0] == "Amnesty International"


def test_entity_index_name_wins_over_the_mentions():
    index = pd.DataFrame({"entity_id": ["Q217"], "canonical": ["Republic of Moldova"]})
    names = explore.entity_names(MENTIONS, index)
    assert set(names[MENTIONS["entity_id"] == "Q217"]) == {"Republic of Moldova"}


def test_top_entities_counts_mentions_and_documents():
    frame = MENTIONS.assign(name=explore.entity_names(MENTIONS))
    top = explore.top_entities(frame, ("PERSON", "ORG"))
    # both have two mentions: the one in more documents comes first
    assert top.to_dict("records") == [
        {"label": "PERSON", "name": "Grace Okafor", "n_mentions": 2, "n_documents": 2, "documents": "a, b"},
        {"label": "ORG", "name": "Amnesty International", "n_mentions": 2, "n_documents": 1, "documents": "a"},
    ]


@pytest.mark.parametrize(
    ("unit", "together"),
    [(("doc_id", "sent_id"), 1), (("doc_id",), 2)],
)
def test_cooccurrence_counts_units_mentioning_both(unit, together):
    frame = MENTIONS.assign(name=explore.entity_names(MENTIONS))
    matrix = explore.cooccurrence(frame, ["Grace Okafor", "Moldova", "Amnesty International"], unit)
    assert matrix.loc["Grace Okafor", "Moldova"] == matrix.loc["Moldova", "Grace Okafor"] == together
    assert explore.top_pairs(matrix).iloc[0]["together"] >= together


def test_who_demands_names_resolved_actors_and_marks_unstated_ones():
    demands = pd.DataFrame(
        {
            "actor": ["the Moldovan government", ""],
            "target": ["", "the police"],
            "actor_entity_id": ["Q217", ""],
            "target_entity_id": ["", ""],
        }
    )
    frame = MENTIONS.assign(name=explore.entity_names(MENTIONS))
    named = explore.who_demands(demands, frame)
    assert list(named["actor_name"]) == ["Moldova", explore.UNSTATED]
    assert list(named["target_name"]) == [explore.UNSTATED, "the police"]


@pytest.mark.parametrize(
    ("text", "mention", "sentence"),
    [
        (
            "Intro line\nThe trial opened on 3 May 2019. It lasted a week.",
            "3 May 2019",
            "The trial opened on 3 May 2019.",
        ),
        ("Vote held in 2017", "2017", "Vote held in 2017"),
        ("He said “it ended in 2015.” Then he left.", "2015", "He said “it ended in 2015.”"),
    ],
)
def test_sentence_around_a_mention(text, mention, sentence):
    start = text.index(mention)
    assert explore.sentence_around(text, start, start + len(mention)) == sentence


def test_sentence_around_cuts_a_long_sentence_around_the_mention():
    text = "word " * 200 + "in 2012 " + "word " * 200 + "."
    start = text.index("2012")
    snippet = explore.sentence_around(text, start, start + 4, max_chars=100)
    assert "2012" in snippet and snippet.startswith("…") and snippet.endswith("…") and len(snippet) <= 102


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ({}, ["raw/", "raw/ngo/"]),
        ({"url": ["https://www.ohchr.org/en/news/x", ""]}, ["ohchr.org", "raw/ngo/"]),
        ({"publisher": ["OHCHR", ""]}, ["OHCHR", "raw/ngo/"]),
    ],
)
def test_document_sources_use_the_most_precise_column_present(extra, expected):
    documents = pd.DataFrame({"doc_id": ["a", "b"], "source_path": ["a.txt", "ngo/b.html"], **extra})
    assert list(explore.document_sources(documents)) == expected


def test_document_labels_shorten_titles_and_keep_the_id():
    documents = pd.DataFrame({"doc_id": ["a", "b"], "title": ["A very long title " * 5, ""]})
    labels = explore.document_labels(documents, width=20)
    assert labels["a"].endswith("[a]") and len(labels["a"]) <= 24
    assert labels["b"] == "b"


def test_heatmap_labels_its_axes_and_writes_the_counts():
    matrix = pd.DataFrame([[2, 0], [1, 3]], index=["UN", "OSCE"], columns=["release", "torture"])
    ax = Figure().subplots()
    explore.heatmap(ax, matrix, title="t", xlabel="theme", ylabel="actor")
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("theme", "actor")
    assert sorted(t.get_text() for t in ax.texts) == ["1", "2", "3"]
