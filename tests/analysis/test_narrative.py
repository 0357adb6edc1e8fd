"""The notebooks' closing text, computed from small tables written here (issue 20)."""

import pandas as pd

from pipeline.analysis.narrative import actor_findings, corpus_findings, demand_findings, raw_label, timeline_findings
from pipeline.records import Document
from pipeline.store.load import parse_date_value
from pipeline.store.manifest import make_manifest, manifest_text

DOCUMENTS = pd.DataFrame(
    {
        "doc_id": ["a", "b", "c"],
        "source_path": ["a.txt", "b.md", "c.pptx"],
        "format": ["txt", "md", "pptx"],
        "title": ["Harbour statement", "River report", ""],
        "published": ["2023-06-12", "", ""],
        "language": ["en", "en", ""],
        "n_chars": [120, 300, 0],
        "status": ["ok", "ok", "skipped"],
        "error": ["", "", "unsupported file type .pptx"],
    }
)
ENTITIES = pd.DataFrame(
    {
        "doc_id": ["a", "a", "a", "b", "b"],
        "sent_id": [0, 0, 1, 0, 0],
        "label": ["ORG", "PERSON", "ORG", "ORG", "GPE"],
        "name": ["Dockworkers Union", "Maria Costa", "Dockworkers Union", "Greenpeace", "Porto"],
    }
)


def _dates(values: list[str], texts: list[str]) -> pd.DataFrame:
    spans = [parse_date_value(v) for v in values]
    return pd.DataFrame(
        {
            "doc_id": ["a"] * len(values),
            "text": texts,
            "value": values,
            "is_relative": [False] * len(values),
            "start": pd.to_datetime(pd.Series([s for s, _ in spans], dtype=object)),
            "end": pd.to_datetime(pd.Series([e for _, e in spans], dtype=object)),
        }
    )


def test_corpus_findings_count_what_the_tables_hold():
    demands = pd.DataFrame({"doc_id": ["a", "a"]})
    text = "\n".join(corpus_findings(DOCUMENTS, ENTITIES, _dates([], []), demands, "mydocs/"))
    assert "3 files in `mydocs/`:** 1 txt, 1 md and 1 pptx" in text
    assert "2 of 3 were read;** 1 were not: `c.pptx` (skipped: unsupported file type .pptx)" in text
    assert "120 to 300 characters" in text and '"River report"' in text
    assert "1 of 2 documents read state their own date" in text
    assert "5 entity mentions:** organisations 3, persons 1 and countries and cities 1" in text
    assert "`a` holds 2 of the 2; 1 document read has none" in text


def test_actor_findings_name_the_top_entity_persons_and_pair():
    text = "\n".join(actor_findings(ENTITIES))
    assert "Dockworkers Union is mentioned most:** 2 mentions in 1 of the 2 documents" in text
    assert "1 person named;** the most mentioned: Maria Costa (1)" in text
    assert "3 of the 4 distinct entities are mentioned once" in text
    assert "Dockworkers Union and Maria Costa, in 1 sentence" in text


def test_timeline_findings_place_years_and_list_the_unplaced():
    dates = _dates(["2019/2022", "2020-05", "XXXX-09"], ["2019 to 2022", "May 2020", "September"])
    text = "\n".join(timeline_findings(dates, DOCUMENTS))
    assert "2020 is the year talked about most:** 2 of the 2 dated mentions" in text
    assert "from 2019 to 2022" in text
    assert "1 of the 3 date mentions cannot be placed" in text and '"September"' in text


def test_demand_findings_count_themes_targets_and_unstated_actors():
    demands = pd.DataFrame(
        {
            "doc_id": ["a", "a", "b"],
            "theme": ["accountability", "accountability", "other"],
            "target_name": ["the Port Authority", "the Port Authority", "the government"],
            "actor_name": ["(unstated)", "Dockworkers Union", "(unstated)"],
        }
    )
    text = "\n".join(demand_findings(demands, 3))
    assert "3 demands in 2 of the 3 documents;** `a` holds 2" in text
    assert "3 different targets, each named once" in "\n".join(
        demand_findings(demands.assign(target_name=["x", "y", "z"]), 2)
    )
    assert "Accountability is the leading theme** (2 demands), followed by other (1)" in text
    assert "most frequent target:** the Port Authority (2 of 3)." in text
    assert "only stated actor:** Dockworkers Union (1 of 3); 2 demands have no stated actor" in text


def test_empty_tables_give_one_sentence_each():
    assert demand_findings(pd.DataFrame(columns=["doc_id"]), 2) == ["- **No demands** were found in the 2 documents."]
    assert actor_findings(ENTITIES.iloc[0:0]) == ["- **No entities** were found in these documents."]


def test_the_raw_label_is_the_folder_the_run_manifest_names(tmp_path):
    assert raw_label(tmp_path) == "raw/"
    manifest = make_manifest(tmp_path / "mydocs", [Document("a", "a.txt")])
    (tmp_path / "run.json").write_text(manifest_text(manifest), encoding="utf-8")
    assert raw_label(tmp_path) == "mydocs/"
