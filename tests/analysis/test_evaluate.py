import pytest

from pipeline.analysis.evaluate import (
    calendar_values,
    gold_notation,
    normalise_name,
    score_demands,
    score_entities,
    token_f1,
)


@pytest.mark.parametrize(
    ("name", "normalised"),
    [("The Office of the UN", "office of the un"), ("Søreide", "søreide"), ("Miklós", "miklos"), ("U.N.", "u n")],
)
def test_names_are_normalised_as_gold_format_says(name, normalised):
    assert normalise_name(name) == normalised


def test_splitting_one_entity_in_two_costs_precision():
    gold = [["Office of the United Nations High Commissioner for Human Rights", "OHCHR"]]
    split = score_entities([{"OHCHR"}, {"Office of the United Nations High Commissioner for Human Rights"}], gold)
    linked = score_entities([{"OHCHR", "Office of the United Nations High Commissioner for Human Rights"}], gold)
    assert (split.precision, split.recall) == (0.5, 1.0)
    assert (linked.precision, linked.recall) == (1.0, 1.0)


def test_demands_match_by_token_f1_and_score_actor_target_theme():
    gold = [
        {
            "actor": "UN experts",
            "target": "Belarus",
            "demand": "release opposition leader Maria Kalesnikava",
            "theme": "release_of_detainees",
        }
    ]
    predicted = [
        {
            "actor": "UN human rights experts",
            "target": "Belarus",
            "demand": "release Maria Kalesnikava",
            "theme": "release_of_detainees",
        }
    ]
    result = score_demands(predicted, gold)
    assert result.match.true_positives == 1
    assert (result.actor_correct, result.target_correct, result.theme_correct) == (1, 1, 1)


def test_token_f1():
    assert token_f1("release all detainees", "release all detainees") == 1.0
    assert token_f1("", "x") == 0.0


def test_samples_and_other_documents_are_scored_apart(corpus_run, tmp_path):
    """A gold folder holding the five samples plus another document gives both groups and the pool."""
    import json
    import shutil

    from pipeline import config
    from pipeline.analysis.evaluate import evaluate, evaluate_groups

    gold = tmp_path / "gold"
    shutil.copytree(config.GOLD_DIR, gold)
    other = json.loads((gold / "000_d084f42574af16c7.json").read_text(encoding="utf-8"))
    (gold / "000_d084f42574af16c7.json").rename(gold / "zz_other.json")
    (gold / "zz_other.json").write_text(json.dumps(other), encoding="utf-8")
    groups = evaluate_groups(corpus_run, gold, config.GOLD_DIR)
    assert set(groups) == {"samples", "others", "all"}
    assert groups["all"] == evaluate(corpus_run, gold)  # pooled over every gold document
    # the moved file keeps its doc_id, so the "others" group scores that document alone
    assert groups["others"] == evaluate(corpus_run, gold, {"zz_other"})
    assert evaluate_groups(corpus_run, config.GOLD_DIR, config.GOLD_DIR).keys() == {"samples"}


@pytest.mark.parametrize(
    ("value", "gold", "scored"),
    [
        ("2014-W51", {"2014-12-15/2014-12-21"}, "2014-12-15/2014-12-21"),  # "last week" written as its days
        ("2016-W47", {"2016-W47"}, "2016-W47"),  # or as the week
        ("199", {"1990/1999"}, "1990/1999"),  # "the 1990s" as its years
        ("2014-W51", {"2014-12-15"}, "2014-W51"),  # a day of the week is another time
        ("2018-W28-WE", {"2018-07-14/2018-07-15"}, "2018-07-14/2018-07-15"),  # "last weekend" as its two days
        ("2018-W28-WE", {"2018-W28"}, "2018-W28"),  # or as its week
        ("2020-FA", set(), "2020"),
        # a time of day on a named day is its day: "3:30 pm on May 22, 2018", "this morning"
        ("2018-05-22T15:30", {"2018-05-22"}, "2018-05-22"),
        ("2013-03-13TMO", set(), "2013-03-13"),
    ],
)
def test_a_week_or_decade_is_scored_as_the_span_the_gold_writes_for_it(value, gold, scored):
    assert gold_notation(value, gold) == scored


def test_the_days_of_times_of_day_are_calendar_values_but_a_clock_alone_is_not():
    values = ["2018-05-22T15:30", "T21:00", "2018-05-22", "P5Y", "PRESENT_REF", ""]
    types = ["time", "time", "date", "duration", "date", "date"]
    assert calendar_values(values, types) == ["2018-05-22T15:30", "2018-05-22"]
