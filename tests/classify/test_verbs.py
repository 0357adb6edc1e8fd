"""pipeline.classify.verbs: the verbs recommendations open with, counted with the real model."""

from __future__ import annotations

from pipeline.classify.upr import UPR_CSV
from pipeline.classify.verbs import HEADER, main, opening_verbs
from pipeline.extract.demands.lexicon import load_lexicon


def test_a_verb_counts_when_it_opens_enough_recommendations():
    texts = [
        "Ratify the Convention against Torture",
        "Ratify the Optional Protocol",
        "Repeal the law on foreign agents",
        "The State should ensure fair trials",
        "Re-establish the moratorium",
        "Re-establish the commission",
    ]
    assert opening_verbs(texts, min_count=2) == ["ratify"]
    assert opening_verbs(texts, min_count=1) == ["ratify", "repeal"]


def test_the_list_is_written_from_the_training_sessions_only(shared, tmp_path):
    out = tmp_path / "verbs.txt"
    assert main(["--shared", str(shared), "--out", str(out)]) == 0
    # sessions 3 and 11 are training sessions (one verb each: below the count); 12-13 are not read
    assert out.read_text(encoding="utf-8").startswith(HEADER.splitlines()[0])
    assert [line for line in out.read_text(encoding="utf-8").splitlines() if not line.startswith("#")] == []


def test_a_missing_csv_is_a_clear_error(tmp_path, capsys):
    assert main(["--shared", str(tmp_path), "--out", str(tmp_path / "v.txt")]) == 2
    assert str(UPR_CSV) in capsys.readouterr().err
    assert not (tmp_path / "v.txt").exists()


def test_the_committed_list_is_loaded_by_the_demand_lexicon():
    verbs = load_lexicon().recommendation_verbs
    assert {"repeal", "ratify", "decriminalize", "release", "investigate"} <= verbs
    assert not {"the", "re", "be"} & verbs
