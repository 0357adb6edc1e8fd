import itertools

import pandas as pd
import pytest

from pipeline.records import EntityMention
from pipeline.store.atomic import write_atomic
from pipeline.store.load import TABLES, load_table
from pipeline.store.tables import neutralise_formula, restore_formula
from pipeline.store.writers import TableWriter, write_table

ENTITIES = TABLES["entities"]


@pytest.mark.parametrize("cell", ["=1+1", "+cmd", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_cells_are_neutralised_and_restored(cell):
    assert neutralise_formula(cell).startswith("'")
    assert restore_formula(neutralise_formula(cell)) == cell


@pytest.mark.parametrize("cell", ["Belarus", "'quoted", "", "2020-09"])
def test_ordinary_cells_are_unchanged(cell):
    assert neutralise_formula(cell) == cell
    assert restore_formula(cell) == cell


def test_rows_are_sorted_and_bytes_are_stable(tmp_path):
    rows = [
        EntityMention("b", 5, 9, "ORG", "OSCE", "OSCE"),
        EntityMention("a", 10, 17, "GPE", "Belarus", "Belarus"),
        EntityMention("a", 0, 4, "ORG", "=bad", "=bad"),
    ]
    path = write_table(rows, ENTITIES, tmp_path)
    first = path.read_bytes()
    write_table(list(reversed(rows)), ENTITIES, tmp_path)
    assert path.read_bytes() == first
    frame = load_table("entities", tmp_path)
    assert list(frame["doc_id"]) == ["a", "a", "b"]
    assert frame.loc[0, "text"] == "=bad"
    assert "'=bad" in first.decode()
    assert not list(tmp_path.glob(".*.tmp"))


def test_empty_table_has_its_header(tmp_path):
    path = write_table([], ENTITIES, tmp_path)
    assert list(pd.read_csv(path).columns) == list(ENTITIES.columns)


@pytest.mark.parametrize("cell", ["'=1+1", "''-2", "'@x", "'\tx"])
def test_cells_already_starting_with_a_quote_round_trip_exactly(cell):
    assert restore_formula(neutralise_formula(cell)) == cell
    assert neutralise_formula(cell).startswith("''")


@pytest.mark.parametrize("cell", ["a\rb", "\r", "x\r\ny", 'say "no", twice', "line\nbreak", "=A1\r"])
def test_awkward_cells_parse_back_to_one_row_each(tmp_path, cell):
    rows = [EntityMention("a", 0, 1, "ORG", cell, cell), EntityMention("b", 0, 1, "ORG", "OSCE", "OSCE")]
    path = write_table(rows, ENTITIES, tmp_path)
    assert len(pd.read_csv(path, dtype=str, keep_default_na=False)) == 2
    assert list(load_table("entities", tmp_path)["text"]) == [cell, "OSCE"]


def test_a_failed_write_leaves_the_previous_file_and_no_temporary(tmp_path):
    path = write_table([EntityMention("a", 0, 4, "ORG", "OSCE", "OSCE")], ENTITIES, tmp_path)
    before = path.read_bytes()
    with pytest.raises(TypeError):
        write_atomic(path, None)  # type: ignore[arg-type]
    assert path.read_bytes() == before
    assert not list(tmp_path.glob(".*.tmp"))


# --- streaming writer (the extract stage appends each batch's rows) ---------------------------

# Unsorted within doc "a", with a tie on the sort keys whose order (the extraction order) must be kept.
ROWS = [
    EntityMention("a", 10, 17, "GPE", "Belarus", "Belarus", sent_id=0),
    EntityMention("a", 0, 4, "ORG", "=bad", "=bad"),
    EntityMention("a", 10, 17, "GPE", "Belarus", "Belarus, Minsk", sent_id=0),
    EntityMention("b", 5, 9, "ORG", "OSCE", 'OSCE "quoted"', role="-lead"),
    EntityMention("c", 1, 3, "PERSON", "Li", "Li"),
]


@pytest.mark.parametrize("cuts", [(), (3,), (4,), (3, 4), (0, 3, 3, 5, 5)])
def test_streaming_writer_gives_the_bytes_of_write_table(tmp_path, cuts):
    """Batches split at document boundaries (as the extract stage sends them), some empty."""
    expected = write_table(ROWS, ENTITIES, tmp_path / "whole").read_bytes()
    bounds = [0, *cuts, len(ROWS)]
    with TableWriter(ENTITIES, tmp_path / "stream") as writer:
        for start, end in itertools.pairwise(bounds):
            writer.write(ROWS[start:end])
    assert (tmp_path / "stream" / "entities.csv").read_bytes() == expected
    assert writer.n_rows == len(ROWS)


def test_streaming_writer_with_no_rows_writes_the_header(tmp_path):
    with TableWriter(ENTITIES, tmp_path) as writer:
        writer.write([])
    assert (tmp_path / "entities.csv").read_bytes() == write_table([], ENTITIES, tmp_path / "w").read_bytes()


def test_streaming_writer_leaves_the_previous_table_when_interrupted(tmp_path):
    path = write_table(ROWS[:1], ENTITIES, tmp_path)
    before = path.read_bytes()
    with pytest.raises(RuntimeError), TableWriter(ENTITIES, tmp_path) as writer:
        writer.write(ROWS[1:])
        raise RuntimeError("interrupted")
    assert path.read_bytes() == before
    assert not list(tmp_path.glob(".*.tmp"))


def test_streaming_writer_refuses_batches_out_of_doc_id_order(tmp_path):
    with pytest.raises(ValueError, match="doc_id"), TableWriter(ENTITIES, tmp_path) as writer:
        writer.write(ROWS[3:4])
        writer.write(ROWS[:1])
