"""The data dictionary written with the tables (processed/README.md, datapackage.json)."""

import json

import pandas as pd

from pipeline.run.stages import read_stage
from pipeline.store.dictionary import UNDESCRIBED, render_datapackage, render_readme, table_docs, table_records


def test_every_column_of_every_table_is_described_in_file_order():
    described = json.loads((__import__("pipeline").config.DATA_DIR / "table_columns.json").read_text("utf-8"))
    assert set(described) == {spec.name for spec, _ in table_records()}
    for doc in table_docs():
        assert [c.name for c in doc.columns] == list(doc.spec.columns)
        assert list(described[doc.spec.name]["columns"]) == list(doc.spec.columns)  # nothing stale either
        assert all(len(c.description.split()) >= 2 and c.description != UNDESCRIBED for c in doc.columns)


def test_types_come_from_the_records():
    types = {(doc.spec.name, c.name): c.type for doc in table_docs() for c in doc.columns}
    assert types["entities", "start_char"] == "integer"
    assert types["dates", "is_relative"] == "boolean"
    assert types["demands", "actor"] == "string"


def test_the_read_stage_writes_the_dictionary_with_the_tables(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "note.txt").write_text("The council met in Vienna on 3 May 2022.\n", encoding="utf-8")
    read_stage(raw, tmp_path / "p")
    readme = (tmp_path / "p" / "README.md").read_text(encoding="utf-8")
    assert readme == render_readme()
    assert "## `demands.csv`" in readme and "| target_entity_id | string |" in readme
    package = json.loads((tmp_path / "p" / "datapackage.json").read_text(encoding="utf-8"))
    assert package == json.loads(render_datapackage())
    documents = next(r for r in package["resources"] if r["path"] == "documents.csv")
    header = pd.read_csv(tmp_path / "p" / "documents.csv", nrows=0).columns.tolist()
    assert [f["name"] for f in documents["schema"]["fields"]] == header
