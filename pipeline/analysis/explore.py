"""Small analysis and plotting helpers shared by the notebooks in notebooks/.

Pure functions from the typed tables of `pipeline.store.load.load_tables` to DataFrames, plus one
heatmap drawer that takes a matplotlib Axes (so this module never picks a backend). Nothing here
re-extracts anything: it only counts, joins and displays what the pipeline wrote.
"""

from __future__ import annotations

import re
import textwrap
from itertools import combinations
from urllib.parse import urlsplit

import pandas as pd

UNSTATED = "(unstated)"

# Characters that end a sentence when followed by white space; line breaks end one too. Used only
# to show a readable snippet around a mention, not to segment (spaCy did that during extraction).
_SENTENCE_END = re.compile(r"[.!?…]['\"’”)]*(?=\s)|\n")


def entity_names(entities: pd.DataFrame, entity_index: pd.DataFrame | None = None) -> pd.Series:
    """One display name per mention, shared by every mention of the same entity across documents.

    Mentions with an `entity_id` take the entity index's canonical name when an index is given,
    else the canonical most often written for that id; other mentions keep their `canonical`
    (their `text` when that is empty).
    """
    names = entities["canonical"].where(entities["canonical"] != "", entities["text"])
    with_id = entities["entity_id"] != ""
    if not with_id.any():
        return names.rename("name")
    by_id = (
        pd.DataFrame({"entity_id": entities.loc[with_id, "entity_id"], "name": names[with_id]})
        .value_counts()
        .reset_index()
        .sort_values(["entity_id", "count", "name"], ascending=[True, False, True], kind="stable")
        .drop_duplicates("entity_id")
        .set_index("entity_id")["name"]
    )
    if entity_index is not None and {"entity_id", "canonical"} <= set(entity_index.columns):
        indexed = entity_index[entity_index["canonical"] != ""].set_index("entity_id")["canonical"]
        by_id = indexed.combine_first(by_id)
    return names.where(~with_id, entities["entity_id"].map(by_id)).rename("name")


def top_entities(entities: pd.DataFrame, labels: tuple[str, ...], n: int = 15) -> pd.DataFrame:
    """Most mentioned entities with these labels: label, name, n_mentions, n_documents, documents.

    `entities` must have a `name` column (see `entity_names`). Ties are broken by name so the
    order is the same on every run.
    """
    subset = entities[entities["label"].isin(labels)]
    counts = (
        subset.groupby(["label", "name"])
        .agg(n_mentions=("doc_id", "size"), n_documents=("doc_id", "nunique"), documents=("doc_id", _joined))
        .reset_index()
    )
    counts = counts.sort_values(["n_mentions", "n_documents", "name"], ascending=[False, False, True])
    return counts.head(n).reset_index(drop=True)


def cooccurrence(
    entities: pd.DataFrame, names: list[str], unit: tuple[str, ...] = ("doc_id", "sent_id")
) -> pd.DataFrame:
    """How many units (sentences by default; `("doc_id",)` for documents) mention both entities.

    Returns a symmetric names x names DataFrame; the diagonal counts the units mentioning the
    entity at all. `entities` must have a `name` column.
    """
    matrix = pd.DataFrame(0, index=names, columns=names, dtype=int)
    subset = entities[entities["name"].isin(names)]
    for _, group in subset.groupby(list(unit)):
        present = sorted(set(group["name"]))
        for name in present:
            matrix.loc[name, name] += 1
        for a, b in combinations(present, 2):
            matrix.loc[a, b] += 1
            matrix.loc[b, a] += 1
    return matrix


def top_pairs(matrix: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The `n` pairs of a co-occurrence matrix seen together most often (a, b, together)."""
    rows = [(a, b, int(matrix.loc[a, b])) for a, b in combinations(matrix.index, 2) if matrix.loc[a, b] > 0]
    pairs = pd.DataFrame(rows, columns=["a", "b", "together"])
    return pairs.sort_values(["together", "a", "b"], ascending=[False, True, True]).head(n).reset_index(drop=True)


def who_demands(demands: pd.DataFrame, entities: pd.DataFrame | None = None) -> pd.DataFrame:
    """Demands with display columns `actor_name` and `target_name`.

    An actor or target that resolved to an entity id takes that entity's display name (from
    `entities["name"]`, see `entity_names`); otherwise the words as written; `(unstated)` when
    the text does not say.
    """
    names: dict[str, str] = {}
    if entities is not None and "name" in entities.columns:
        with_id = entities[entities["entity_id"] != ""]
        names = dict(zip(with_id["entity_id"], with_id["name"], strict=True))
    frame = demands.copy()
    for role in ("actor", "target"):
        written = frame[role].str.strip().replace("", UNSTATED)
        id_column = f"{role}_entity_id"
        if id_column in frame.columns and names:
            resolved = frame[id_column].map(names)
            written = resolved.where(resolved.notna(), written)
        frame[f"{role}_name"] = written
    return frame


def crosstab(frame: pd.DataFrame, rows: str, columns: str, top: int | None = None) -> pd.DataFrame:
    """Counts of rows x columns, the busiest rows first (all rows, or the `top` busiest)."""
    table = pd.crosstab(frame[rows], frame[columns])
    order = table.sum(axis=1).sort_values(ascending=False, kind="stable").index
    table = table.loc[order]
    return table.head(top) if top else table


def sentence_around(text: str, start: int, end: int, max_chars: int = 300) -> str:
    """The sentence (text between sentence ends or line breaks) holding `text[start:end]`.

    A snippet for reading, not a segmentation. Longer sentences are cut to about `max_chars`
    around the mention, with "…" where text was left out.

    >>> sentence_around("First one. The vote was on 4 May 2021. Next.", 27, 37)
    'The vote was on 4 May 2021.'
    """
    left = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        left = match.end()
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.end() if right_match else len(text)
    left, right = _trim(text, left, right)
    if right - left > max_chars:
        half = max(0, (max_chars - (end - start)) // 2)
        cut_left, cut_right = max(left, start - half), min(right, end + half)
        snippet = text[cut_left:cut_right].strip()
        return ("…" if cut_left > left else "") + snippet + ("…" if cut_right < right else "")
    return text[left:right].strip()


def wrap(label: str, width: int = 40, max_lines: int = 2) -> str:
    """A long label broken into at most `max_lines` lines (for axis tick labels)."""
    return "\n".join(textwrap.wrap(str(label), width, max_lines=max_lines, placeholder=" …")) or str(label)


def heatmap(ax, matrix: pd.DataFrame, *, title: str, xlabel: str, ylabel: str, cmap: str = "Blues"):
    """Draw a counts matrix with a number in every non-zero cell; returns the image."""
    values = matrix.to_numpy()
    image = ax.imshow(values, cmap=cmap, aspect="auto", vmin=0)
    ax.set_xticks(range(matrix.shape[1]), [wrap(c, 24) for c in matrix.columns], rotation=45, ha="right")
    ax.set_yticks(range(matrix.shape[0]), [wrap(r, 40) for r in matrix.index])
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    high = values.max() if values.size else 0
    for (i, j), value in pd.DataFrame(values).stack().items():
        if value:
            colour = "white" if value > high / 2 else "black"
            ax.text(j, i, str(value), ha="center", va="center", color=colour, fontsize=8)
    return image


def _trim(text: str, left: int, right: int) -> tuple[int, int]:
    while left < right and text[left].isspace():
        left += 1
    while right > left and text[right - 1].isspace():
        right -= 1
    return left, right


def _joined(values: pd.Series) -> str:
    return ", ".join(sorted(set(values)))


def document_labels(documents: pd.DataFrame, width: int = 38) -> dict[str, str]:
    """doc_id -> "Short title [doc_id]": a readable label for axes and headings."""
    labels = {}
    for doc_id, title in zip(documents["doc_id"], documents["title"], strict=True):
        short = textwrap.shorten(title, width, placeholder=" …") if title else ""
        labels[doc_id] = f"{short} [{doc_id}]" if short else doc_id
    return labels


def document_sources(documents: pd.DataFrame, raw_name: str = "raw/") -> pd.Series:
    """Where each document came from, as precisely as the table says.

    The web site of its URL when documents.csv has a `url` or `source_url` column (added by
    scrapers), else its `publisher` column, else the sub-folder of the raw folder it sits in
    (`raw_name`, e.g. "mydocs/", for files at the top; see `narrative.raw_label`).
    """
    for column in ("source_url", "url"):
        if column in documents.columns:
            hosts = documents[column].map(lambda u: urlsplit(u).hostname or "" if u else "")
            hosts = hosts.str.removeprefix("www.")
            if (hosts != "").any():
                return hosts.where(hosts != "", _folders(documents, raw_name)).rename("source")
    if "publisher" in documents.columns and (documents["publisher"] != "").any():
        publishers = documents["publisher"]
        return publishers.where(publishers != "", _folders(documents, raw_name)).rename("source")
    return _folders(documents, raw_name).rename("source")


def _folders(documents: pd.DataFrame, raw_name: str = "raw/") -> pd.Series:
    return documents["source_path"].map(lambda p: raw_name + p.rsplit("/", 1)[0] + "/" if "/" in p else raw_name)
