"""Table writers: every format gives the same rows back through the loader."""

import pytest

from pipeline.records import EntityMention
from pipeline.store.load import TABLES, load_table
from pipeline.store.writers import FORMATS, TableWriter, table_path, write_table

ENTITIES = TABLES["entities"]
ROWS = [
    EntityMention("b", 5, 12, "ORG", "=OHCHR", "OHCHR", "ohchr", "", 0),
    EntityMention("a", 0, 4, "GPE", "Minsk", "Minsk", "minsk", "", 1),
]


def test_csv_and_parquet_are_registered():
    assert {"csv", "parquet"} <= set(FORMATS)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_a_table_written_in_any_format_loads_back_to_the_same_rows(tmp_path, fmt):
    write_table(ROWS, ENTITIES, tmp_path / fmt, fmt)
    assert table_path(ENTITIES, tmp_path / fmt, fmt).suffix == f".{fmt}"
    frame = load_table("entities", tmp_path / fmt)
    assert list(frame["doc_id"]) == ["a", "b"]
    assert list(frame["text"]) == ["Minsk", "=OHCHR"]  # the formula guard is undone on load
    assert list(frame["start_char"]) == [0, 5]


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_streaming_in_batches_gives_the_same_rows_as_writing_at_once(tmp_path, fmt):
    write_table(ROWS, ENTITIES, tmp_path / "whole", fmt)
    with TableWriter(ENTITIES, tmp_path / "stream", fmt) as writer:
        writer.write([ROWS[1]])
        writer.write([ROWS[0]])
    whole, streamed = load_table("entities", tmp_path / "whole"), load_table("entities", tmp_path / "stream")
    assert whole.equals(streamed)


def test_an_unknown_format_is_refused_with_the_known_ones(tmp_path):
    with pytest.raises(ValueError, match="csv, parquet"):
        write_table(ROWS, ENTITIES, tmp_path, "xlsx")
