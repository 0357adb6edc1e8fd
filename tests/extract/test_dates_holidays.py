"""Named days as dates (pipeline/extract/dates/holidays.py), on sentences written for these tests.

The trained model gives the clause's tense, which picks the past or the coming holiday when the
text names no year.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from pipeline.extract.dates import holidays
from pipeline.extract.dates.extractor import extract_dates
from pipeline.nlp.sentences import sentence_index


@pytest.fixture
def parsed(nlp):
    """`parsed(text)` -> [(surface, value)], published Wednesday 10 March 2021."""

    def run(text: str, published: str = "2021-03-10"):
        doc = nlp(text)
        mentions = extract_dates(doc, "doc", published, sentence_index(doc))
        assert all(m.text == text[m.start_char : m.end_char] for m in mentions)
        return [(m.text, m.value) for m in mentions]

    return run


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        # a past clause takes the last one, a future clause the coming one
        ("The activists were released on Christmas Day.", "Christmas Day", "2020-12-25"),
        ("The monitors will return after Easter.", "Easter", "2021-04-04"),
        ("The prisoners were freed last Thanksgiving.", "last Thanksgiving", "2020-11-26"),
        ("The hearing will resume after Memorial Day.", "Memorial Day", "2021-05-31"),
        # a UN international day, with or without the article
        (
            "Experts will speak on the International Day in Support of Victims of Torture.",
            "International Day in Support of Victims of Torture",
            "2021-06-26",
        ),
        ("The appeal was published on World Press Freedom Day.", "World Press Freedom Day", "2020-05-03"),
        # "ahead of" and "in advance of" are prepositions of time, unlike "of"
        ("Ahead of Human Rights Day, the experts will report.", "Human Rights Day", "2021-12-10"),
        ("The experts spoke on the occasion of World Refugee Day.", "World Refugee Day", "2020-06-20"),
        # a year given, whatever the tense; the curly apostrophe of typeset text
        ("The petition was delivered on Human Rights Day 2019.", "Human Rights Day 2019", "2019-12-10"),
        ("Marches were held on International Women’s Day 2018.", "International Women’s Day 2018", "2018-03-08"),
        # a holiday's week is its ISO week
        ("The camp emptied during Easter week.", "Easter week", "2020-W15"),
        # an event held to mark the day is told in its clause's tense
        (
            "At a ceremony in Jakarta to mark World Press Freedom Day, UNESCO awarded its prize to the poet.",
            "World Press Freedom Day",
            "2020-05-03",
        ),
    ],
)
def test_named_day_is_a_date(parsed, sentence, surface, value):
    assert (surface, value) in parsed(sentence)


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        # a text dated within days of the day means this year's, whatever the clause's tense
        ("He released the statement to mark World Press Freedom Day on Sunday.", "2020-05-01", "2020-05-03"),
        ("We will be celebrating World Press Freedom Day on 3 May.", "2009-05-04", "2009-05-03"),
        # further away, the tense decides
        ("He released the statement to mark World Press Freedom Day.", "2020-06-01", "2020-05-03"),
        ("We will be celebrating World Press Freedom Day.", "2009-06-04", "2010-05-03"),
    ],
)
def test_a_named_day_within_days_of_the_text_is_this_years(parsed, sentence, published, value):
    assert ("World Press Freedom Day", value) in parsed(sentence, published)


@pytest.mark.parametrize(
    "sentence",
    [
        # the observance itself, not a day: after "of"
        "The theme of Human Rights Day was equality.",
        "The slogan of the Human Rights Day 2020 was recover better.",
        # a one-word name modifying a noun, without a preposition of time
        "Christmas shopping fell sharply.",
        "Easter celebrations were banned.",
        # not a proper name, or part of another one
        "They sang about a merry christmas.",
        "The asylum seekers were flown to Christmas Island.",
        "The tourists sailed to Easter Island.",
    ],
)
def test_named_day_that_dates_nothing_is_no_row(parsed, sentence):
    assert not [
        surface for surface, value in parsed(sentence) if value.endswith(("-12-10", "-12-25")) or "Easter" in surface
    ]


def test_named_day_without_an_anchor_keeps_an_empty_value(parsed):
    assert ("Christmas Day", "") in parsed("The activists were released on Christmas Day.", published="")


@pytest.mark.parametrize(
    ("year", "easter"),
    [(2000, date(2000, 4, 23)), (2019, date(2019, 4, 21)), (2024, date(2024, 3, 31)), (2025, date(2025, 4, 20))],
)
def test_easter_sunday_follows_the_gregorian_computus(year, easter):
    assert holidays.easter_sunday(year) == easter


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((1999, 11, 3, 4), date(1999, 11, 25)),  # Thanksgiving: fourth Thursday of November
        ((2024, 5, 0, -1), date(2024, 5, 27)),  # Memorial Day: last Monday of May
        ((2021, 1, 0, 3), date(2021, 1, 18)),  # Martin Luther King Jr. Day: third Monday of January
        ((2021, 12, 4, -1), date(2021, 12, 31)),  # the last day of December, a Friday
    ],
)
def test_nth_weekday_of_a_month(args, expected):
    assert holidays.nth_weekday(*args) == expected


def test_every_named_day_has_one_rule_a_cited_source_and_a_unique_name():
    data = json.loads(holidays.HOLIDAYS_PATH.read_text(encoding="utf-8"))
    names = [name.lower() for entry in data["holidays"] for name in entry["names"]]
    assert len(names) == len(set(names))
    for entry in data["holidays"]:
        assert sum(rule in entry for rule in ("fixed", "nth_weekday", "easter")) == 1, entry
        assert entry["source"] in data["_sources"], entry
