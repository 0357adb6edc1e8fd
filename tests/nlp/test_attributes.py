"""The indexed attribute-ruler matcher returns exactly what spaCy's Matcher returns."""

from __future__ import annotations

import pytest
import spacy

from pipeline import config
from pipeline.nlp.attributes import IndexedRulerMatch, UnsupportedPattern, index_attribute_ruler


@pytest.fixture(scope="module")
def plain():
    """The model as spaCy loads it: its attribute ruler matches with spaCy's own Matcher."""
    return spacy.load(config.MODEL_NAME)


@pytest.mark.parametrize(
    "text",
    [
        "The committee said it wasn't going to wait, and they ain't gonna stop.",
        "Let's meet; y'all know there's nothing we can't do if we try.",
        "She has been detained since March and has not seen a lawyer.",
        "Release them now!\n\n- Stop the arrests.\n- Drop the charges.",
        "There were 12 journalists who were arrested, whereas others gotta wait.",
        "I'd have done it, but he'd rather we didn't.",
        "",
    ],
)
def test_indexed_match_equals_spacy_matcher(plain, text):
    names = plain.pipe_names
    with plain.select_pipes(enable=names[: names.index("attribute_ruler")]):
        doc = plain(text)
    ruler = plain.get_pipe("attribute_ruler")
    assert IndexedRulerMatch(ruler)(doc) == sorted(set(ruler.match(doc)))


@pytest.mark.parametrize(
    "text",
    [
        "The Special Rapporteur urged the authorities to release all detained journalists.",
        "Ain't nobody gonna tell us what we can't say.",
    ],
)
def test_loaded_model_annotates_like_spacy(nlp, plain, text):
    ours, theirs = nlp(text), plain(text)
    assert [(t.pos_, t.tag_, t.lemma_, str(t.morph), t.dep_) for t in ours] == [
        (t.pos_, t.tag_, t.lemma_, str(t.morph), t.dep_) for t in theirs
    ]


def test_unsupported_pattern_keeps_spacy_matching():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"LEMMA": "a"})
    with pytest.raises(UnsupportedPattern):
        IndexedRulerMatch(ruler)
    index_attribute_ruler(nlp)
    assert "match" not in vars(ruler)
