"""The TimeML benchmark: the .tml reader, the TempEval-3 scorer, and a smoke run on real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import config
from pipeline.analysis.benchmarks import DataMissing, load_all
from pipeline.analysis.benchmarks.timeml import (
    Prediction,
    Timex,
    dev_test_split,
    load_corpus,
    parse_tml,
    predict,
    run,
    same_in_notation,
    score,
    score_document,
)

# A tiny document in the TimeML layout, written for this test.
TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2001-05-04" functionInDocument="CREATION_TIME">20010504</TIMEX3></DCT>
<TEXT>
The board <EVENT eid="e1" class="OCCURRENCE">met</EVENT> \
<TIMEX3 tid="t1" type="DATE" value="2001-05-03">on Thursday</TIMEX3> &amp; \
agreed to sell the mill in <TIMEX3 tid="t2" type="DATE" value="2001-Q3">the third quarter</TIMEX3> after \
<TIMEX3 tid="t3" type="DURATION" value="P2Y">two years</TIMEX3> of losses.
</TEXT>
</TimeML>
"""

SHARED_TIMEML = config.PROJECT_ROOT.parent / "shared" / "external" / "timeml"


def test_parse_tml_strips_tags_and_keeps_gold_spans():
    document = parse_tml(TML, "TEST0001")
    assert document.dct == "2001-05-04"
    assert "<" not in document.text and "&amp;" not in document.text and " & " in document.text
    assert [(document.text[t.start : t.end], t.type, t.value) for t in document.timexes] == [
        ("on Thursday", "DATE", "2001-05-03"),
        ("the third quarter", "DATE", "2001-Q3"),
        ("two years", "DURATION", "P2Y"),
    ]


def _span(document, surface: str, value: str, kind: str = "date") -> Prediction:
    start = document.text.index(surface)
    return Prediction(start, start + len(surface), kind, value)


def test_scorer_relaxed_strict_and_value():
    document = parse_tml(TML, "TEST0001")
    predictions = [
        _span(document, "Thursday", "2001-05-03"),  # overlaps "on Thursday": relaxed only, right value
        _span(document, "the third quarter", "2001-Q4"),  # exact span, wrong value
        _span(document, "the mill", "2001"),  # no gold: a false alarm
    ]
    counts = score_document(document, predictions)
    assert (counts.system, counts.system_matched, counts.system_strict) == (3, 2, 1)
    assert (counts.gold, counts.gold_matched, counts.gold_strict, counts.value_right) == (2, 2, 1, 1)
    figures = counts.figures()
    assert figures["precision"] == pytest.approx(2 / 3)
    assert figures["recall"] == 1.0
    assert figures["relaxed F1"] == pytest.approx(0.8)
    assert figures["strict F1"] == pytest.approx(2 * (1 / 3) * 0.5 / (1 / 3 + 0.5))
    assert figures["value accuracy"] == 0.5
    assert figures["value F1"] == pytest.approx(0.4)


def test_scorer_types_and_span_ends():
    document = parse_tml(TML, "TEST0001")
    duration = _span(document, "two years", "P2Y", "duration")
    # A DATE score ignores durations on both sides; all types count them.
    assert score_document(document, [duration]).system == 0
    all_types = score([document], [[duration]], None)
    assert (all_types.gold, all_types.gold_matched, all_types.value_right) == (3, 1, 1)
    # A START/END span matched to a gold expression that covers one end gives that end's value.
    text = "Prices rose from 1995 to 1998."
    gold = (Timex(17, 21, "DATE", "1995"), Timex(25, 29, "DATE", "1998"))
    document = type(document)("span", text, "2000-01-01", gold)
    counts = score_document(document, [Prediction(12, 29, "date", "1995/1998")])
    assert (counts.gold_matched, counts.value_right, counts.system_matched) == (2, 2, 1)


@pytest.mark.parametrize(
    ("ours", "gold", "same"),
    [
        ("2000-W07", "2000-W7", True),  # the gold's week without its leading zero
        ("2000-W07-WE", "2000-W7-WE", True),
        ("199", "199X", True),  # a decade with a placeholder digit
        ("19", "19XX", True),
        ("2000-W05", "2000-W7", False),  # another week
        ("1949", "1949-XX", False),  # another granularity
        ("1999-04", "1999-04", False),  # not an error at all
    ],
)
def test_notation_only_differences_are_counted_apart_but_stay_wrong(ours, gold, same):
    assert same_in_notation(ours, gold) is same
    document = parse_tml(TML.replace('value="2001-05-03"', f'value="{gold}"'), "TEST0001")
    counts = score_document(document, [_span(document, "on Thursday", ours)])
    assert counts.value_notation == int(same)
    assert counts.value_right == int(ours == gold)


def test_dev_test_split_alternates():
    assert dev_test_split(list(range(5))) == ([0, 2, 4], [1, 3])


def test_registered_and_skips_without_data(tmp_path: Path):
    assert "timeml" in load_all()
    with pytest.raises(DataMissing):
        run(tmp_path)


@pytest.mark.skipif(not SHARED_TIMEML.is_dir(), reason="../shared/external/timeml is absent (TimeML gold)")
def test_smoke_on_three_timebank_documents():
    documents = load_corpus(SHARED_TIMEML / "TimeBank")[:3]
    assert all(d.text and d.dct and d.timexes for d in documents)
    predictions = predict(documents)
    for document, predicted in zip(documents, predictions, strict=True):
        for p in predicted:
            assert 0 <= p.start < p.end <= len(document.text)
    counts = score(documents, predictions)
    assert counts.gold > 0 and 0.0 <= counts.figures()["relaxed F1"] <= 1.0


def test_both_corpora_get_dev_and_test_rows(tmp_path: Path):
    # Two copies of the tiny document in each corpus: one lands in the dev half, one in the test half.
    for corpus in ("TimeBank", "AQUAINT"):
        folder = tmp_path / "external" / "timeml" / corpus
        folder.mkdir(parents=True)
        for n in (1, 2):
            (folder / f"doc{n}.tml").write_text(TML, encoding="utf-8")
    details = run(tmp_path).details
    for corpus in ("TimeBank", "AQUAINT"):  # the document has two DATE expressions
        assert f"| {corpus}-dev | DATE | 2 |" in details and f"| {corpus}-test | DATE | 2 |" in details
        assert f"| {corpus} | DATE | 4 |" in details
    assert "Examples of error on AQUAINT-dev" in details and "Examples of error on TimeBank-dev" in details
