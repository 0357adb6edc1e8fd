"""Property tests (hypothesis): arbitrary text through clean and extract never raises, and every
extracted row points at its surface text (`text[start_char:end_char] == surface`); pieces cut for
the model cover the text exactly; tables give back exactly the cells written to them."""

from __future__ import annotations

import csv

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract.registry import extract_document, shift_extraction
from pipeline.ingest.clean import clean_text
from pipeline.nlp.chunks import chunk_text
from pipeline.records import EntityMention
from pipeline.store.load import TABLES, load_table
from pipeline.store.tables import FORMULA_PREFIXES
from pipeline.store.writers import write_table

ENTITIES = TABLES["entities"]

# Fragments in the register of the documents, so that the extractors have something to find;
# interleaved with arbitrary text, so that they also meet what they were never written for.
_FRAGMENTS = [
    "Belarus",
    "Minsk",
    "the Special Rapporteur",
    "OHCHR",
    "United Nations",
    "called on",
    "urges the authorities to",
    "must release",
    "all political prisoners",
    "investigate torture",
    "12 March 2023",
    "since 2020",
    "today",
    "last week",
    "in May",
    "- ",
    "• ",
    "“",
    "”",
    "'s",
    ".",
    ",",
    ":",
    "\n",
    "\n\n",
    " ",
    "\t",
    "=",
    "@",
    "\u00a0",
    "\u200b",
    "\ufeff",
    "é",
    "Лукашенко",
]

texts = st.lists(
    st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=30)),
    max_size=60,
).map("".join)

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


def _rows(extraction):
    yield from ((r.start_char, r.end_char, r.text) for r in extraction.entities)
    yield from ((r.start_char, r.end_char, r.text) for r in extraction.dates)
    yield from ((r.start_char, r.end_char, r.demand) for r in extraction.demands)


@SETTINGS
@given(raw=texts, published=st.sampled_from(["", "2023-03-12"]))
def test_clean_and_extract_keep_provenance_on_any_text(nlp, raw, published):
    text = clean_text(raw)
    assert clean_text(text) == text  # cleaning is idempotent: saved text stays as it is
    extraction = extract_document(nlp(text), "doc", published)
    for start, end, surface in _rows(extraction):
        assert 0 <= start <= end <= len(text)
        assert text[start:end] == surface


@SETTINGS
@given(raw=texts, max_chars=st.integers(min_value=20, max_value=200))
def test_extraction_in_pieces_points_into_the_whole_text(nlp, raw, max_chars):
    text = clean_text(raw)
    for offset, piece in chunk_text(text, max_chars):
        extraction = shift_extraction(extract_document(nlp(piece), "doc"), offset)
        for start, end, surface in _rows(extraction):
            assert text[start:end] == surface


@settings(max_examples=200, deadline=None)
@given(text=st.text(), max_chars=st.integers(min_value=1, max_value=50))
def test_chunks_cover_any_text_exactly(text, max_chars):
    chunks = chunk_text(text, max_chars)
    assert "".join(piece for _, piece in chunks) == text
    assert all(text[offset : offset + len(piece)] == piece and len(piece) <= max_chars for offset, piece in chunks)


cells = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20) | st.sampled_from(
    ["=1+1", "'=1", "''@x", "-", "+", "'", "\t", "\r", "\r\n", '"', '","', "\n=cmd"]
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.lists(cells, min_size=1, max_size=5))
def test_any_cell_survives_the_table_round_trip(tmp_path, values):
    rows = [EntityMention(f"d{n}", n, n + 1, "ORG", value, value) for n, value in enumerate(values)]
    path = write_table(rows, ENTITIES, tmp_path)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):  # text cells; numbers such as sent_id -1 are not formulas
            assert not row["text"].startswith(FORMULA_PREFIXES) and not row["canonical"].startswith(FORMULA_PREFIXES)
    frame = load_table("entities", tmp_path)
    assert list(frame["text"]) == values
    assert list(frame["canonical"]) == values
