"""The closing "What these tables show" of each notebook, computed from the tables it describes.

Issue 20: the notebooks ended with a text written once for the bundled corpus ("18 demands" where
the tables had 22), printed unchanged in a report on anyone's documents. Every sentence here is
made from the tables passed in, so it is true of whatever folder the report is built on. Each
function returns Markdown bullet lines; pure functions of DataFrames (as `load_tables` gives them).
"""

from __future__ import annotations

import pandas as pd

from pipeline.store.manifest import read_manifest

LABEL_NAMES = {"PERSON": "persons", "ORG": "organisations", "GPE": "countries and cities", "LOC": "other places"}


def raw_label(processed_dir) -> str:
    """The raw folder a processed folder was made from, as "name/" (from its run.json); "raw/" when
    the folder has no manifest."""
    try:
        manifest = read_manifest(processed_dir)
    except ValueError:
        manifest = None
    return f"{manifest.raw_dir.name}/" if manifest else "raw/"


def _n(count: int, singular: str, plural: str | None = None) -> str:
    """ "1 document", "3 documents"."""
    return f"{count:,} {singular if count == 1 else (plural or singular + 's')}"


def _listing(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def corpus_findings(documents: pd.DataFrame, entities: pd.DataFrame, dates: pd.DataFrame, demands: pd.DataFrame,
                    raw_name: str = "raw/") -> list[str]:  # fmt: skip
    """Notebook 01: how many documents, of which formats and languages, read or not, sizes, dates,
    what was extracted."""
    n = len(documents)
    if n == 0:
        return [f"- **No documents:** {raw_name} held no file the pipeline could list."]
    formats = documents["format"].replace("", "(none)").value_counts()
    kinds = _listing([f"{count} {fmt}" for fmt, count in formats.items()])
    ok = documents[documents["status"] == "ok"]
    lines = [f"- **{_n(n, 'file')} in `{raw_name}`:** {kinds}."]
    not_ok = documents[documents["status"] != "ok"]
    if not_ok.empty:
        lines.append(f"- **All {n} were read** (`status` = `ok`); none was skipped or failed.")
    else:
        reasons = _listing([f"`{r.source_path}` ({r.status}: {r.error or 'no reason given'})"
                            for r in not_ok.head(5).itertuples()])  # fmt: skip
        more = f", and {len(not_ok) - 5} more" if len(not_ok) > 5 else ""
        lines.append(f"- **{len(ok)} of {n} were read;** {len(not_ok)} were not: {reasons}{more}.")
    languages = ok["language"].replace("", "unknown").value_counts()
    if len(languages):
        lines.append(
            "- **Languages of the documents read:** "
            + _listing([f"{lang} ({count})" for lang, count in languages.items()])
            + "."
        )
    sized = ok[ok["n_chars"] > 0]
    if not sized.empty:
        longest = sized.loc[sized["n_chars"].idxmax()]
        lines.append(
            f"- **Sizes:** {sized['n_chars'].min():,} to {sized['n_chars'].max():,} characters of cleaned text, "
            f'{sized["n_chars"].sum():,} in all; the longest is "{longest["title"] or longest["doc_id"]}".'
        )
    dated = int((ok["published"] != "").sum())
    lines.append(
        f"- **{dated} of {len(ok)} documents read state their own date**"
        + ("." if dated == len(ok) else '; in the others a relative date ("this year") has nothing to resolve it.')
    )
    if not entities.empty:
        by_label = entities["label"].value_counts()
        parts = [f"{LABEL_NAMES.get(label, label)} {count}" for label, count in by_label.items()]
        lines.append(f"- **{_n(len(entities), 'entity mention')}:** {_listing(parts)}.")
    lines.append(f"- **{_n(len(dates), 'date mention')} and {_n(len(demands), 'demand')}** were extracted.")
    if not demands.empty:
        per_doc = demands["doc_id"].value_counts()
        without = len(ok) - len(per_doc)
        lines.append(
            f"- **Demands by document:** `{per_doc.index[0]}` holds {per_doc.iloc[0]} of the {len(demands)}"
            + (f"; {_n(without, 'document')} read {'has' if without == 1 else 'have'} none." if without > 0 else ".")
        )
    return lines


def actor_findings(entities: pd.DataFrame, top: int = 3) -> list[str]:
    """Notebook 02: the most mentioned entities, persons, one-mention names and the strongest pair.
    `entities` must have a `name` column (explore.entity_names)."""
    if entities.empty:
        return ["- **No entities** were found in these documents."]
    n_docs = entities["doc_id"].nunique()
    counts = (
        entities.groupby(["label", "name"])
        .agg(mentions=("doc_id", "size"), documents=("doc_id", "nunique"))
        .reset_index()
        .sort_values(["mentions", "documents", "name"], ascending=[False, False, True])
    )
    lines = []
    first = counts.iloc[0]
    lines.append(
        f"- **{first['name']} is mentioned most:** {_n(first['mentions'], 'mention')} in "
        f"{first['documents']} of the {_n(n_docs, 'document')} with entities."
    )
    rest = counts.iloc[1 : 1 + top]
    if not rest.empty:
        lines.append(
            "- **Next come** "
            + _listing([f"{r.name} ({r.mentions} in {_n(r.documents, 'document')})" for r in rest.itertuples()])
            + "."
        )
    persons = counts[counts["label"] == "PERSON"].head(top)
    if persons.empty:
        lines.append("- **No persons** were found.")
    else:
        total = int((counts["label"] == "PERSON").sum())
        lines.append(
            f"- **{_n(total, 'person')} named;** the most mentioned: "
            + _listing([f"{r.name} ({r.mentions})" for r in persons.itertuples()])
            + "."
        )
    once = int((counts["mentions"] == 1).sum())
    if once:
        lines.append(
            f"- **{once} of the {len(counts)} distinct entities are mentioned once:** check them against "
            "their sentence before counting on them; extraction errors are most often among them."
        )
    pair = _top_pair(entities)
    if pair:
        a, b, together = pair
        lines.append(f"- **The pair seen together most:** {a} and {b}, in {_n(together, 'sentence')}.")
    return lines


def _top_pair(entities: pd.DataFrame) -> tuple[str, str, int] | None:
    """The two distinct names sharing the most sentences (ties broken by name)."""
    pairs: dict[tuple[str, str], int] = {}
    for _, group in entities.groupby(["doc_id", "sent_id"]):
        present = sorted(set(group["name"]))
        for i, a in enumerate(present):
            for b in present[i + 1 :]:
                pairs[a, b] = pairs.get((a, b), 0) + 1
    if not pairs:
        return None
    (a, b), together = min(pairs.items(), key=lambda item: (-item[1], item[0]))
    return a, b, together


def timeline_findings(dates: pd.DataFrame, documents: pd.DataFrame) -> list[str]:
    """Notebook 03: the year most talked about, the span, and the mentions that cannot be placed.
    `dates` as load_tables gives it (with `start` and `end`)."""
    if dates.empty:
        return ["- **No date mentions** were found in these documents."]
    placed = dates[dates["start"].notna()]
    unplaced = dates[dates["start"].isna()]
    lines = []
    if not placed.empty:
        years = pd.Series([y for s, e in zip(placed["start"], placed["end"], strict=True)
                           for y in range(s.year, e.year + 1)])  # fmt: skip
        per_year = years.value_counts().sort_index()
        busiest = int(per_year.idxmax())
        covering = int(sum(s.year <= busiest <= e.year for s, e in zip(placed["start"], placed["end"], strict=True)))
        lines.append(
            f"- **{busiest} is the year talked about most:** {covering} of the {len(placed)} dated mentions "
            f"that could be placed cover it."
        )
        lines.append(
            f"- **The timeline reaches from {placed['start'].min().year} to {placed['end'].max().year}.**"
            if placed["start"].min().year != placed["end"].max().year
            else f"- **Every placed mention falls in {busiest}.**"
        )
    if unplaced.empty:
        lines.append(f"- **All {len(dates)} date mentions** can be placed on the calendar.")
    else:
        examples = _listing([f'"{t}"' for t in list(dict.fromkeys(unplaced["text"]))[:4]])
        lines.append(
            f"- **{len(unplaced)} of the {len(dates)} date mentions cannot be placed** (no year, or a relative "
            f"date in an undated document), e.g. {examples}."
        )
    relative = dates[dates["is_relative"]]
    if not relative.empty:
        resolved = int((relative["value"] != "").sum())
        lines.append(
            f'- **{_n(len(relative), "relative date")}** ("today", "last year"): {resolved} resolved against '
            "the document's own date."
        )
    dated_docs = int((documents["published"] != "").sum())
    lines.append(f"- **{dated_docs} of {_n(len(documents), 'document')} state their publication date.**")
    return lines


def _most_frequent(role: str, stated: pd.Series, n: int, unstated: int) -> str:
    """ "The most frequent target: X (5 of 9)", naming every tie; "each named once" when none repeats."""
    top = int(stated.iloc[0])
    if len(stated) == 1:
        head = f"- **The only stated {role}:** {stated.index[0]} ({top} of {n})"
    elif top == 1:
        head = f"- **{_n(len(stated), 'different ' + role)}, each named once**"
    else:
        tied = [str(name) for name, count in stated.items() if count == top]
        shown = _listing(tied[:3]) + (f" and {len(tied) - 3} more" if len(tied) > 3 else "")
        each = f"{top} each of {n}" if len(tied) > 1 else f"{top} of {n}"
        head = f"- **The most frequent {role}{'s' if len(tied) > 1 else ''}:** {shown} ({each})"
    tail = f"; {_n(unstated, 'demand')} {'has' if unstated == 1 else 'have'} no stated {role}" if unstated else ""
    return head + tail + "."


def demand_findings(demands: pd.DataFrame, n_documents: int) -> list[str]:
    """Notebook 04: how many demands, from which document, on which themes, of whom, by whom.
    `demands` with `actor_name` and `target_name` (explore.who_demands)."""
    if demands.empty:
        return [f"- **No demands** were found in the {_n(n_documents, 'document')}."]
    n = len(demands)
    per_doc = demands["doc_id"].value_counts()
    where = f"all {n_documents} documents"
    if per_doc.size != n_documents:
        where = f"{per_doc.size} of the {_n(n_documents, 'document')}"
    lines = [f"- **{_n(n, 'demand')} in {where};** `{per_doc.index[0]}` holds {per_doc.iloc[0]}."]
    themes = demands["theme"].replace("", "(none)").value_counts()
    lines.append(
        f"- **{themes.index[0].replace('_', ' ').capitalize()} is the leading theme** ({_n(themes.iloc[0], 'demand')})"
        + (
            ", followed by " + _listing([f"{t.replace('_', ' ')} ({c})" for t, c in themes.iloc[1:4].items()])
            if len(themes) > 1
            else ""
        )
        + "."
    )
    for role, column in (("target", "target_name"), ("actor", "actor_name")):
        stated = demands[demands[column] != "(unstated)"][column].value_counts()
        unstated = n - int(stated.sum())
        if stated.empty:
            lines.append(f"- **No demand states its {role}.**")
            continue
        lines.append(_most_frequent(role, stated, n, unstated))
    return lines
