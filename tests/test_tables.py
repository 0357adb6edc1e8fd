import pandas as pd
import pytest

from pipeline.load import load_table
from pipeline.records import EntityMention
from pipeline.tables import ENTITIES, neutralise_formula, restore_formula, write_table


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
