"""Model loading: the gazetteer ruler and the entity rules sit after the statistical NER."""

from __future__ import annotations

import pytest

from pipeline.nlp.chunks import chunk_text


def test_nlp_gazetteer_ruler_and_rules_follow_ner(nlp):
    names = nlp.pipe_names
    assert names.index("ner") < names.index("gazetteer_ruler") < names.index("hr_entity_rules")


@pytest.mark.parametrize(
    ("text", "surface", "label", "entity_id"),
    [
        ("Belarus rejected the findings of OHCHR.", "Belarus", "GPE", "belarus"),
        ("Belarus rejected the findings of OHCHR.", "OHCHR", "ORG", "ohchr"),
    ],
)
def test_nlp_gazetteer_ids_are_kept_in_ent_id(nlp, text, surface, label, entity_id):
    ents = {e.text: e for e in nlp(text).ents}
    assert (ents[surface].label_, ents[surface].ent_id_) == (label, entity_id)


# --- chunking long texts ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "max_chars"),
    [
        ("short text", 100),
        ("", 10),
        ("first paragraph.\n\nsecond paragraph.\n\nthird.", 20),
        ("one line\nanother line\nand a third line", 15),
        ("words without any line break at all here", 12),
        ("x" * 50, 8),
    ],
)
def test_chunks_cover_the_text_within_the_limit(text, max_chars):
    chunks = chunk_text(text, max_chars)
    assert "".join(piece for _, piece in chunks) == text
    for offset, piece in chunks:
        assert text[offset : offset + len(piece)] == piece
        assert len(piece) <= max_chars


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("abcde\n\nf\nghij", 7),  # a paragraph break wins over a later line break
        ("ab cd\nef gh", 6),  # else a line break
        ("Abcde. Gh i jk", 7),  # else a sentence end, even with a later space
        ("ab\n\ncd\nefgh", 7),  # a break in the window's first half would leave tiny pieces: not used
    ],
)
def test_chunks_end_at_paragraph_then_line_then_sentence_breaks(text, cut):
    assert chunk_text(text, 10)[0] == (0, text[:cut])


def test_east_asian_brackets_are_tokens_of_their_own(nlp):
    """ "【Amnesty International】China" is a name, a bracket and a country, not one word."""
    assert [t.text for t in nlp.make_doc("【Amnesty International】China: journalist")] == [
        "【",
        "Amnesty",
        "International",
        "】",
        "China",
        ":",
        "journalist",
    ]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("the Forces (RSF)—to pull", ["the", "Forces", "(", "RSF", ")", "—", "to", "pull"]),
        ("the groups—(including HRW)—said", ["the", "groups", "—", "(", "including", "HRW", ")", "—", "said"]),
        ("a “quote”—and more", ["a", "“", "quote", "”", "—", "and", "more"]),
        # a dash between two words or numbers is left as the English rules split it
        ("1990–2000 well-known", ["1990–2000", "well", "-", "known"]),
        # two brackets back to back after a word: a footnote's number after an acronym
        ("Rights (BCHR)(3), who", ["Rights", "(", "BCHR", ")", "(", "3", ")", ",", "who"]),
        # a slash after a closing bracket: versions of one recommendation joined in a UPR report
        ("(Borduria)/ratify it", ["(", "Borduria", ")", "/", "ratify", "it"]),
    ],
)
def test_dashes_and_brackets_written_without_spaces_are_tokens(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text)] == tokens
