import pandas as pd
import pytest

from pipeline.load import load_table
from pipeline.records import EntityMention
from pipeline.tables import ENTITIES, neutralise_formula, restore_formula, write_atomic, write_table


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
