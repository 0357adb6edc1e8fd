"""Read the pipeline's tables back with the right types (for stages, tests and notebooks)."""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline import config
from pipeline.extract.registry import EXTRACTORS
from pipeline.store.tables import DOCUMENTS, ENTITY_INDEX, PAGES, TableSpec, restore_formula

# Every table the pipeline writes: the read stage's, one per registered extractor, the entity index.
TABLES: dict[str, TableSpec] = {
    spec.name: spec for spec in (DOCUMENTS, *(e.table for e in EXTRACTORS), ENTITY_INDEX, PAGES)
}
_INTEGER_COLUMNS = {"start_char", "end_char", "n_chars", "sent_id", "page", "n_documents", "n_mentions"}
_BOOLEAN_COLUMNS = {"is_relative"}

log = logging.getLogger(__name__)


def load_table(name: str, processed_dir: Path = config.PROCESSED_DIR) -> pd.DataFrame:
    """One table as a DataFrame: text columns as str ("" for empty), offsets as int.

    Cells that the writer protected against spreadsheet formula injection get their original
    value back, so `text[start_char:end_char] == row.text` holds on what this returns.
    """
    path = Path(processed_dir) / f"{name}.csv"
    parquet = path.with_suffix(".parquet")
    if not path.exists() and parquet.exists():  # written with --format parquet: every cell is text
        frame = pd.read_parquet(parquet).astype(str)
    else:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    for column in frame.columns:
        if column in _INTEGER_COLUMNS or _is_count(column, frame[column]):
            frame[column] = frame[column].replace("", "-1").astype(int)
        elif column in _BOOLEAN_COLUMNS:
            frame[column] = frame[column].map({"True": True, "False": False}).astype(bool)
        else:
            frame[column] = frame[column].map(restore_formula).astype(object)
    return frame


def _is_count(column: str, values: pd.Series) -> bool:
    """Columns named n_... (n_documents, n_mentions in tables other stages add) holding whole numbers."""
    return column.startswith("n_") and bool(values.str.fullmatch(r"\d*").all())


def load_text(doc_id: str, processed_dir: Path = config.PROCESSED_DIR) -> str:
    """The cleaned text of one document: the string every offset in the tables points into."""
    path = Path(processed_dir) / config.TEXT_SUBDIR / f"{doc_id}.txt"
    return path.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# The analyst's loader: every table at once, dates parsed (used by the notebooks in notebooks/).
# ---------------------------------------------------------------------------------------------

# Notebooks and `make notebooks` read the tables from this folder when the variable is set
# (the test suite points it at a temporary run); otherwise from processed/.
PROCESSED_ENV_VAR = "PIPELINE_PROCESSED"

_CORE_TABLES = ("documents", "entities", "dates", "demands")


@dataclass(frozen=True)
class Tables:
    """All tables of one processed folder, typed for analysis.

    On top of `load_table`'s types: `documents.published_date` and `demands.published_date`
    are Timestamps (NaT when unknown); `dates.start` and `dates.end` are the first and last day
    the ISO `value` covers (NaT when the year is unknown or the value is empty). `extras` holds
    any further table found in the folder (e.g. `entity_index`), keyed by file name without .csv.
    """

    folder: Path
    documents: pd.DataFrame
    entities: pd.DataFrame
    dates: pd.DataFrame
    demands: pd.DataFrame
    extras: dict[str, pd.DataFrame] = field(default_factory=dict)

    def text(self, doc_id: str) -> str:
        """The cleaned text of one document (what `start_char`/`end_char` point into)."""
        return load_text(doc_id, self.folder)


def processed_dir(default: Path = config.PROCESSED_DIR) -> Path:
    """The folder to analyse: `$PIPELINE_PROCESSED` when set and not empty, else `default`
    (relative to the current folder, or to its parent for a notebook opened in notebooks/)."""
    chosen = os.environ.get(PROCESSED_ENV_VAR)
    if chosen:
        return Path(chosen)
    default = Path(default)
    if not default.is_absolute() and not default.is_dir() and (Path("..") / default).is_dir():
        return Path("..") / default
    return default


def load_tables(folder: Path | None = None) -> Tables:
    """Load documents, entities, dates, demands (and any extra table) from a processed folder.

    A missing core table is an error that says which command makes it; extra tables are optional.
    """
    folder = Path(folder) if folder is not None else processed_dir()
    missing = [name for name in _CORE_TABLES if not (folder / f"{name}.csv").is_file()]
    if missing:
        raise FileNotFoundError(
            f"{folder} has no {', '.join(m + '.csv' for m in missing)}: run `make all` "
            f"(or `python -m pipeline run --processed {folder}`) first"
        )
    documents = load_table("documents", folder)
    documents["published_date"] = _to_timestamps(documents["published"])
    dates = load_table("dates", folder)
    spans = [parse_date_value(value) for value in dates["value"]]
    dates["start"] = pd.to_datetime(pd.Series([s for s, _ in spans], index=dates.index, dtype=object))
    dates["end"] = pd.to_datetime(pd.Series([e for _, e in spans], index=dates.index, dtype=object))
    demands = load_table("demands", folder)
    if "date" in demands.columns:
        demands["published_date"] = _to_timestamps(demands["date"])
    extras = {
        path.stem: load_table(path.stem, folder)
        for path in sorted(folder.glob("*.csv"))
        if path.stem not in _CORE_TABLES and not path.name.startswith(".")
    }
    return Tables(folder, documents, load_table("entities", folder), dates, demands, extras)


def parse_date_value(value: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    """First and last day covered by an ISO value of `dates.csv`; (NaT, NaT) when not on a calendar.

    >>> parse_date_value("2020-09")
    (Timestamp('2020-09-01 00:00:00'), Timestamp('2020-09-30 00:00:00'))
    >>> parse_date_value("2018/2021")
    (Timestamp('2018-01-01 00:00:00'), Timestamp('2021-12-31 00:00:00'))
    >>> parse_date_value("XXXX-11-20")  # year unknown: cannot be placed on a timeline
    (NaT, NaT)
    """
    value = (value or "").strip()
    if "/" in value:
        left, _, right = value.partition("/")
        start, _ = parse_date_value(left)
        _, end = parse_date_value(right)
        if pd.isna(start) or pd.isna(end) or end < start:
            return pd.NaT, pd.NaT
        return start, end
    period = _period(value)
    if period is not None:
        return period
    match = _ISO_VALUE.fullmatch(value)
    if not match:
        if value:
            log.debug("date value %r is not a calendar date; left off the timeline", value)
        return pd.NaT, pd.NaT
    year, month, day = match.group("year"), match.group("month"), match.group("day")
    try:
        if day:
            start = pd.Timestamp(int(year), int(month), int(day))
            return start, start
        if month:
            start = pd.Timestamp(int(year), int(month), 1)
            return start, start + pd.offsets.MonthEnd(0)
        return pd.Timestamp(int(year), 1, 1), pd.Timestamp(int(year), 12, 31)
    except ValueError:  # 2020-02-30, month 13: not a real day
        log.debug("date value %r is not a real calendar date", value)
        return pd.NaT, pd.NaT


_ISO_VALUE = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")
# TIMEX3 periods: quarter, half, season, ISO week (and its weekend), decade, century, a time of day.
_PERIOD = re.compile(
    r"(?P<year>\d{4})-(?:Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)|W(?P<week>\d\d)(?P<weekend>-WE)?)"
    r"|(?P<decade>\d{3})|(?P<century>\d{2})|(?P<day>\d{4}-\d\d-\d\d)T[\w:]+"
)
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # winter runs into the next year


def _period(value: str) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """First and last day of a TIMEX3 period value ("1998-Q3", "1998-SU", "199", "2021-03-10TMO"),
    None for any other value."""
    match = _PERIOD.fullmatch(value)
    if not match:
        return None
    g = match.groupdict()
    try:
        if g["day"]:
            day = pd.Timestamp(g["day"])
            return day, day
        if g["decade"]:
            return pd.Timestamp(int(g["decade"]) * 10, 1, 1), pd.Timestamp(int(g["decade"]) * 10 + 9, 12, 31)
        if g["century"]:
            return pd.Timestamp(int(g["century"]) * 100, 1, 1), pd.Timestamp(int(g["century"]) * 100 + 99, 12, 31)
        year = int(g["year"])
        if g["week"]:
            monday = pd.Timestamp.fromisocalendar(year, int(g["week"]), 1)
            first = monday + pd.Timedelta(days=5) if g["weekend"] else monday
            return first, monday + pd.Timedelta(days=6)
        first_month, last_month = (
            (3 * int(g["quarter"]) - 2, 3 * int(g["quarter"]))
            if g["quarter"]
            else (6 * int(g["half"]) - 5, 6 * int(g["half"]))
            if g["half"]
            else _SEASON_MONTHS[g["season"]]
        )
        start = pd.Timestamp(year, first_month, 1)
        end = pd.Timestamp(year + (last_month - 1) // 12, (last_month - 1) % 12 + 1, 1) + pd.offsets.MonthEnd(0)
        return start, end
    except ValueError:  # week 54, day 2021-02-30
        return pd.NaT, pd.NaT


def _to_timestamps(values: pd.Series) -> pd.Series:
    """ISO day strings to Timestamps; empty or malformed cells become NaT."""
    return pd.to_datetime(values.where(values != ""), format="%Y-%m-%d", errors="coerce")
