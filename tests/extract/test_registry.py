"""The extractor registry: a new table is one function, one Extractor entry, and its test."""

from dataclasses import dataclass

from pipeline.extract import registry
from pipeline.extract.registry import EXTRACTORS, Extractor, extract_document
from pipeline.run.stages import extract_stage, read_stage
from pipeline.store.load import load_table
from pipeline.store.tables import TableSpec, table_columns


@dataclass(frozen=True)
class Shout:
    """A toy record: a word written in capitals."""

    doc_id: str
    start_char: int
    end_char: int
    text: str
    sent_id: int = -1


def extract_shouts(doc, context) -> list[Shout]:
    return [
        Shout(context.doc_id, t.idx, t.idx + len(t), t.text, context.sent_of[t.i])
        for t in doc
        if t.is_upper and len(t) > 4
    ]


SHOUTS = Extractor(
    "shouts",
    Shout,
    TableSpec("shouts", table_columns(Shout, ("doc_id", "start_char", "end_char")), ("doc_id", "start_char")),
    f"{__name__}:extract_shouts",
    "shouted words",
)


def test_the_three_tables_are_registered_in_order():
    assert [e.name for e in EXTRACTORS] == ["entities", "dates", "demands"]


def test_an_extractor_sees_the_rows_of_those_before_it(nlp):
    found = extract_document(nlp("UN experts urged Belarus on 3 May 2021 to release Ales Bialiatski."), "d")
    assert found.dates and found.demands and found["entities"] is found.entities


def test_a_registered_extractor_gets_its_own_table_through_the_whole_stage(tmp_path, monkeypatch, nlp):
    monkeypatch.setattr(registry, "EXTRACTORS", (*EXTRACTORS, SHOUTS))
    monkeypatch.setattr(registry, "EXTRACTOR_NAMES", (*registry.EXTRACTOR_NAMES, "shouts"))
    import pipeline.run.stages as stages

    monkeypatch.setattr(stages, "EXTRACTORS", registry.EXTRACTORS)
    raw = tmp_path / "raw"
    raw.mkdir()
    text = "The OSCE said that NGOs must be free. RELEASE them now, the statement says."
    (raw / "a.txt").write_text(text, encoding="utf-8")
    read_stage(raw, tmp_path / "out")
    summary = extract_stage(tmp_path / "out", use_cache=False, nlp=nlp)
    shouts = load_table("shouts", tmp_path / "out")
    assert list(shouts["text"]) == ["RELEASE"] and summary.n_rows["shouts"] == 1
    assert text[shouts["start_char"][0] : shouts["end_char"][0]] == "RELEASE"
