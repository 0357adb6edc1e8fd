"""Counts of time units written in words (pipeline/extract/dates/numbers.py)."""

import re

import pytest

from pipeline.extract.dates.numbers import CARDINAL, cardinal_value, count_value


@pytest.mark.parametrize(
    ("words", "value"),
    [("one", 1), ("twelve", 12), ("fourteen", 14), ("Nineteen", 19), ("sixty", 60), ("twenty-five", 25),
     ("Twenty five", 25), ("ninety-nine", 99)],
)  # fmt: skip
def test_a_number_in_words_is_read_whole(words, value):
    assert re.fullmatch(CARDINAL, words, re.I)
    assert cardinal_value(words) == value


@pytest.mark.parametrize("words", ["dozen", "five twenty", "twenty twenty", "", "hundred"])
def test_words_that_are_no_cardinal_of_one_to_ninety_nine_have_no_value(words):
    assert cardinal_value(words) is None


def test_a_count_may_be_digits_an_article_or_words():
    assert [count_value(c) for c in ("3", "a", "An", "seventeen", "few")] == [3, 1, 1, 17, None]
