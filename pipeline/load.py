"""Read the pipeline's tables back with the right types (for stages, tests and notebooks)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline import config
from pipeline.tables import DATES, DEMANDS, DOCUMENTS, ENTITIES, ENTITY_INDEX, TableSpec, restore_formula

TABLES: dict[str, TableSpec] = {spec.name: spec for spec in (DOCUMENTS, ENTITIES, DATES, DEMANDS, ENTITY_INDEX)}
_INTEGER_COLUMNS = {"start_char", "end_char", "n_chars", "sent_id", "n_documents", "n_mentions"}
_BOOLEAN_COLUMNS = {"is_relative"}


def load_table(name: str, processed_dir: Path = config.PROCESSED_DIR) -> pd.DataFrame:
    """One table as a DataFrame: text columns as str ("" for empty), offsets as int.

    Cells that the writer protected against spreadsheet formula injection get their original
    value back, so `text[start_char:end_char] == row.text` holds on what this returns.
    """
    path = Path(processed_dir) / f"{name}.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    for column in frame.columns:
        if column in _INTEGER_COLUMNS:
            frame[column] = frame[column].replace("", "-1").astype(int)
        elif column in _BOOLEAN_COLUMNS:
            frame[column] = frame[column].map({"True": True, "False": False}).astype(bool)
        else:
            frame[column] = frame[column].map(restore_formula).astype(object)
    return frame


def load_text(doc_id: str, processed_dir: Path = config.PROCESSED_DIR) -> str:
    """The cleaned text of one document: the string every offset in the tables points into."""
    path = Path(processed_dir) / config.TEXT_SUBDIR / f"{doc_id}.txt"
    return path.read_text(encoding="utf-8")
