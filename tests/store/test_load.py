"""The analyst's loader: every table typed, ISO date values turned into calendar spans."""

from pathlib import Path

import pandas as pd
import pytest

from pipeline import config
from pipeline.store.load import PROCESSED_ENV_VAR, load_tables, parse_date_value, processed_dir

T = pd.Timestamp


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2021-06-15", T(2021, 6, 15), T(2021, 6, 15)),
        ("2024-02", T(2024, 2, 1), T(2024, 2, 29)),
        ("2019", T(2019, 1, 1), T(2019, 12, 31)),
        ("2016/2019", T(2016, 1, 1), T(2019, 12, 31)),
        ("2022-03-01/2022-03-05", T(2022, 3, 1), T(2022, 3, 5)),
        (" 2019 ", T(2019, 1, 1), T(2019, 12, 31)),
        # TIMEX3 periods (pipeline/extract/dates/timex.py)
        ("1998-Q3", T(1998, 7, 1), T(1998, 9, 30)),
        ("1998-H1", T(1998, 1, 1), T(1998, 6, 30)),
        ("1998-SU", T(1998, 6, 1), T(1998, 8, 31)),
        ("1998-WI", T(1998, 12, 1), T(1999, 2, 28)),
        ("2024-W12", T(2024, 3, 18), T(2024, 3, 24)),
        ("2024-W12-WE", T(2024, 3, 23), T(2024, 3, 24)),
        ("199", T(1990, 1, 1), T(1999, 12, 31)),
        ("19", T(1900, 1, 1), T(1999, 12, 31)),
        ("2021-03-10TMO", T(2021, 3, 10), T(2021, 3, 10)),
        ("2021-03-09T22:00", T(2021, 3, 9), T(2021, 3, 9)),
    ],
)
def test_date_value_becomes_its_first_and_last_day(value, start, end):
    assert parse_date_value(value) == (start, end)


@pytest.mark.parametrize(
    "value",
    ["", "XXXX-11-20", "XXXX-09", "2021-02-30", "2021-13", "2021/2019", "spring", None, "PRESENT_REF", "P5Y", "PT24H"],
)
def test_date_value_that_is_not_on_a_calendar_gives_no_span(value):
    start, end = parse_date_value(value)
    assert pd.isna(start) and pd.isna(end)


def test_load_tables_types_every_table_of_a_run(corpus_run):
    tables = load_tables(corpus_run)
    assert tables.folder == corpus_run
    assert pd.api.types.is_datetime64_any_dtype(tables.documents["published_date"])
    assert pd.api.types.is_datetime64_any_dtype(tables.dates["start"])
    assert pd.api.types.is_datetime64_any_dtype(tables.dates["end"])
    assert pd.api.types.is_integer_dtype(tables.entities["start_char"])
    placed = tables.dates.dropna(subset=["start"])
    assert len(placed) > 0 and (placed["start"] <= placed["end"]).all()
    assert tables.dates.loc[tables.dates["value"].str.startswith("XXXX"), "start"].isna().all()
    row = tables.entities.iloc[0]
    assert tables.text(row["doc_id"])[row["start_char"] : row["end_char"]] == row["text"]


def test_load_tables_picks_up_extra_tables_when_present(corpus_run, tmp_path):
    folder = tmp_path / "processed"
    folder.mkdir()
    for name in ("documents", "entities", "dates", "demands"):
        (folder / f"{name}.csv").write_bytes((corpus_run / f"{name}.csv").read_bytes())
    (folder / "entity_index.csv").write_text("entity_id,label,canonical,n_documents\nQ184,GPE,Belarus,5\n")
    tables = load_tables(folder)
    assert list(tables.extras) == ["entity_index"]
    assert tables.extras["entity_index"].loc[0, "n_documents"] == 5


def test_load_tables_without_a_run_says_what_to_do(tmp_path):
    with pytest.raises(FileNotFoundError, match="make all"):
        load_tables(tmp_path)


@pytest.mark.parametrize(("env", "expected"), [("/data/run-7", Path("/data/run-7")), ("", config.PROCESSED_DIR)])
def test_processed_dir_follows_the_environment_variable(monkeypatch, env, expected):
    monkeypatch.setenv(PROCESSED_ENV_VAR, env)
    assert processed_dir() == expected
