"""The indexed attribute-ruler matcher and the remembered lemmas give exactly spaCy's annotations."""

from __future__ import annotations

import pytest
import spacy

from pipeline import config
from pipeline.nlp.attributes import DirectAnnotations, IndexedRulerMatch, UnsupportedPattern, index_attribute_ruler


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
    "texts",
    [
        ["The Special Rapporteur urged the authorities to release all detained journalists."],
        ["Ain't nobody gonna tell us what we can't say.", "She was singing; they sang; we have sung songs."],
        ["Courts have been closing offices.", "The closing of the courts was feared by the judges' families."],
    ],
)
def test_loaded_model_annotates_like_spacy(nlp, plain, texts):
    # through nlp.pipe, where the remembered lemmas are used; no line break, so line_sentences is idle
    def annotations(model):
        return [[(t.pos_, t.tag_, t.lemma_, str(t.morph), t.dep_, t.head.i) for t in doc] for doc in model.pipe(texts)]

    assert annotations(nlp) == annotations(plain)


def test_remembered_lemmas_keep_a_lemma_already_set(plain):
    from pipeline.nlp.attributes import RememberedLemmas

    names = plain.pipe_names
    with plain.select_pipes(enable=names[: names.index("lemmatizer")]):
        doc = plain("The judges were closing the courts.")
    doc[1].lemma_ = "JUDGE"
    RememberedLemmas(plain.get_pipe("lemmatizer"))(doc)
    assert [t.lemma_ for t in doc] == ["the", "JUDGE", "be", "close", "the", "court", "."]


def test_unsupported_pattern_keeps_spacy_matching():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"LEMMA": "a"})
    with pytest.raises(UnsupportedPattern):
        IndexedRulerMatch(ruler)
    index_attribute_ruler(nlp)
    assert "match" not in vars(ruler)


def test_a_contraction_with_a_typographic_apostrophe_gets_the_lemma_of_the_straight_one(nlp):
    # "It’s time to ..." must read as "It is time to ...", as "It's" does
    curly, straight = nlp("It’s time to act."), nlp("It's time to act.")
    assert (curly[1].lemma_, curly[1].pos_) == (straight[1].lemma_, straight[1].pos_) == ("be", "AUX")


def test_direct_annotations_set_what_spacys_set_annotations_sets(plain):
    text = "Ain't nobody gonna tell us what we can't say; she'd rather we didn't go to the courts."
    names = plain.pipe_names
    ruler = plain.get_pipe("attribute_ruler")
    with plain.select_pipes(enable=names[: names.index("attribute_ruler")]):
        ours, theirs = plain(text), plain(text)
    matches = ruler.match(ours)
    DirectAnnotations(ruler)(ours, matches)
    ruler.set_annotations(theirs, matches)  # spaCy's own: `plain` is the model as spaCy loads it
    assert [(t.pos_, t.tag_, t.lemma_, str(t.morph)) for t in ours] == [
        (t.pos_, t.tag_, t.lemma_, str(t.morph)) for t in theirs
    ]


def test_direct_annotations_count_a_negative_index_from_the_matchs_end():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "new"}, {"LOWER": "york"}]], {"LEMMA": "NYC"}, index=-1)
    doc = nlp.make_doc("flights to new york")
    DirectAnnotations(ruler)(doc, ruler.match(doc))
    assert [t.lemma_ for t in doc] == ["", "", "", "NYC"]
