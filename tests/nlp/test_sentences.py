"""Sentences: a line break ends one, and a sentence inside a line never ends on a plain word or a comma."""

from __future__ import annotations

from pipeline.nlp.sentences import line_ends, sentence_index


def _sentences(nlp, text: str) -> list[str]:
    return [sent.text.strip() for sent in nlp(text).sents]


def test_a_line_break_ends_a_sentence(nlp):
    assert _sentences(nlp, "UN experts urge release of activist\nThe experts said the arrest was arbitrary.") == [
        "UN experts urge release of activist",
        "The experts said the arrest was arbitrary.",
    ]


def test_a_name_opening_a_line_stays_with_its_verb(nlp):
    # The parser had cut after "Reporters", leaving "calls on" without its subject.
    text = (
        "China urged to free relatives of journalists\n\n"
        "Reporters Without Borders (RSF) calls on the Chinese government to release those who are detained."
    )
    assert _sentences(nlp, text)[-1] == (
        "Reporters Without Borders (RSF) calls on the Chinese government to release those who are detained."
    )


def test_a_lead_is_not_cut_at_a_comma_before_its_list(nlp):
    # The parser had cut after "following,", leaving "that:" a sentence of its own.
    text = "Open letter\n\nWe request the following, that:\n\n- States ratify the Convention.\n- Candidates say why."
    assert _sentences(nlp, text)[1] == "We request the following, that:"


def test_sentences_inside_a_line_still_split_after_punctuation(nlp):
    assert _sentences(nlp, "The court ruled on Monday. Lawyers will appeal.") == [
        "The court ruled on Monday.",
        "Lawyers will appeal.",
    ]


def test_sentence_index_numbers_every_token(nlp):
    doc = nlp("First sentence here. Second one.")
    assert sentence_index(doc) == [0, 0, 0, 0, 1, 1, 1]


def test_line_ends_mark_the_token_after_every_line_break(nlp):
    doc = nlp("Headline here\nFirst line.\n\nLast line")
    ends = line_ends(doc)
    assert [doc[start:end].text for start, end in zip([0, *ends[:-1]], ends, strict=True)] == [
        "Headline here\n",
        "First line.\n\n",
    ]
    assert doc[ends[-1] :].text == "Last line"
