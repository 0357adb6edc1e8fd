"""Date rules, one parametrised test per rule family, on sentences written for these tests.

A blank English pipeline with the rule-based sentencizer is enough here: the date rules read only
the text and the sentence index, so the statistical model is not needed (and not mocked).
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import config
from pipeline.extract.dates.extractor import extract_dates
from pipeline.extract.dates.rules import find_adoption_date, find_closing_date, find_dateline, normalise, parse_day
from pipeline.ingest.html import extract as extract_html
from pipeline.nlp.sentences import sentence_index
from pipeline.store.load import load_table

# Every granularity a row may have (README, dates.csv).
GRANULARITIES = {
    *("time", "day", "week", "month", "quarter", "half", "season", "year", "decade", "century"),
    *("range", "ref", "duration"),
}


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.fixture
def dates(blank):
    """`dates(text, published)` -> list of DateMention for `text`."""

    def run(text: str, published: str = ""):
        doc = blank(text)
        return extract_dates(doc, "doc", published, sentence_index(doc))

    return run


def _values(mentions) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in mentions]


# --- 2. explicit dates at their granularity ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "granularity"),
    [
        ("The Committee met on 14 July 2019 in Geneva.", "14 July 2019", "2019-07-14", "day"),
        ("The verdict came on July 14, 2019, after a trial.", "July 14, 2019", "2019-07-14", "day"),
        ("It was filed on the 3rd of August 2017.", "the 3rd of August 2017", "2017-08-03", "day"),
        ("He was arrested on July, 21st 2009 at home.", "July, 21st 2009", "2009-07-21", "day"),
        ("Sentenced on Aug. 3, 2017 by a district court.", "Aug. 3, 2017", "2017-08-03", "day"),
        ("Protests began in August 2017 across the country.", "August 2017", "2017-08", "month"),
        ("The report was finalised in Sept. 2016.", "Sept. 2016", "2016-09", "month"),
        ("Elections were held in 2015 under pressure.", "2015", "2015", "year"),
        ("The Declaration of 1948 is universal.", "1948", "1948", "year"),
        ("The decree is dated 2019-07-14 in the registry.", "2019-07-14", "2019-07-14", "day"),
        ("The decree is dated 14.07.2019 in the registry.", "14.07.2019", "2019-07-14", "day"),
        ("The note is dated 14/07/2019 in the file.", "14/07/2019", "2019-07-14", "day"),
        ("The US memo is dated 07/14/2019 in the file.", "07/14/2019", "2019-07-14", "day"),
        # a two-digit year when the day comes first beyond doubt: above 12, or the day or month with its zero
        ("Posted 23/9/22 by the editors.", "23/9/22", "2022-09-23", "day"),
        ("The court sat on 22.02.14 in Baku.", "22.02.14", "2014-02-22", "day"),
        ("The court sat on 05.11.20 in Baku.", "05.11.20", "2020-11-05", "day"),
        ("A LETTER DATED 2 MAY 2012 WAS SENT.", "2 MAY 2012", "2012-05-02", "day"),
        ("The leap day 29 February 2016 was a Monday.", "29 February 2016", "2016-02-29", "day"),
        # the year first, as document databases and citations write it
        ("Session: 33rd Regular Session (2016 Sep)", "2016 Sep", "2016-09", "month"),
        ("Report of the Special Rapporteur, 2019 Mar 3, para. 12.", "2019 Mar 3", "2019-03-03", "day"),
        ("In 2016 May Day marches were banned.", "2016", "2016", "year"),
    ],
)
def test_explicit_date_is_normalised_at_its_granularity(dates, sentence, surface, value, granularity):
    [mention] = dates(sentence)
    assert (mention.text, mention.value, mention.granularity) == (surface, value, granularity)
    assert mention.is_relative is False
    assert mention.anchor == ""


def test_a_year_ending_a_line_is_no_part_of_a_date_on_the_next(dates):
    found = [(m.text, m.value) for m in dates("African Civil Society Forum 2007\nMarch 24, 2007\n")]
    assert found == [("2007", "2007"), ("March 24, 2007", "2007-03-24")]


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The mission ran 2016 - 2019 with two staff.", "2016 - 2019", "2016/2019"),
        ("A strategy for 2022-2026 was adopted.", "2022-2026", "2022/2026"),
        ("A strategy for 2022–26 was adopted.", "2022–26", "2022/2026"),
        ("The budget for 2019/20 was cut.", "2019/20", "2019/2020"),
        ("The mandate lasted from 2012 to 2017.", "from 2012 to 2017", "2012/2017"),
        ("Cases rose between 2012 and 2017.", "between 2012 and 2017", "2012/2017"),
        ("The forum met from 3 to 7 June 2019.", "from 3 to 7 June 2019", "2019-06-03/2019-06-07"),
        ("The forum met 3-7 June 2019 in Vilnius.", "3-7 June 2019", "2019-06-03/2019-06-07"),
        ("The forum met June 3-7, 2019 in Vilnius.", "June 3-7, 2019", "2019-06-03/2019-06-07"),
        ("Arrests peaked between April and July 2018.", "between April and July 2018", "2018-04/2018-07"),
        ("Arrests peaked April-July 2018 in Minsk.", "April-July 2018", "2018-04/2018-07"),
        ("The review covered 1 May to 30 June 2018.", "1 May to 30 June 2018", "2018-05-01/2018-06-30"),
        ("It covered March 2017 – June 2018 only.", "March 2017 – June 2018", "2017-03/2018-06"),
        ("Arrests peaked between April and July.", "between April and July", "XXXX-04/XXXX-07"),
        ("It covered 1 December 2017 - 5 January 2018.", "1 December 2017 - 5 January 2018", "2017-12-01/2018-01-05"),
        ("The Committee met on 13 and 14 May 2013.", "13 and 14 May 2013", "2013-05-13/2013-05-14"),
        ("The Committee met on the 30th and 31st of May 2013.", "30th and 31st of May 2013", "2013-05-30/2013-05-31"),
        ("Many were killed in August and September 2015.", "August and September 2015", "2015-08/2015-09"),
    ],
)
def test_span_is_written_start_slash_end(dates, sentence, surface, value):
    [mention] = dates(sentence)
    assert (mention.text, mention.value, mention.granularity) == (surface, value, "range")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hearings were held on 1, 2 and 4 March 2021.", ["2021-03-01", "2021-03-02", "2021-03-04"]),
        ("Hearings were held on 7 and 9 May 2020.", ["2020-05-07", "2020-05-09"]),
        # two days running are one period: a meeting held over both
        ("Hearings were held on 7 and 8 May 2020.", ["2020-05-07/2020-05-08"]),
        ("Hearings were held on 7 & 8 May.", ["XXXX-05-07/XXXX-05-08"]),
        # month first: the days after the first share its month, all of them the year after the last
        # (TimeML's convention: "April 24 and 25" is two dates)
        ("Hearings were held on May 7 and 8, 2020.", ["2020-05-07", "2020-05-08"]),
        ("Hearings are set for June 2, 3 and 9.", ["XXXX-06-02", "XXXX-06-03", "XXXX-06-09"]),
        ("Hearings were held on May 7 and 8 in Geneva.", ["XXXX-05-07", "XXXX-05-08"]),
        # a count after a month-first day is not a day
        ("On May 7 and 25 people were arrested.", ["XXXX-05-07"]),
        ("On May 7 and 25,000 marched.", ["XXXX-05-07"]),
        # months listed before the last one share its year (two months running are one period)
        ("Protesters were killed in July and September 2013.", ["2013-07", "2013-09"]),
        ("Protests were held in March, April or May 2020.", ["2020-03", "2020-04", "2020-05"]),
        ("Arrests peaked between March and May 2020.", ["2020-03/2020-05"]),
    ],
)
def test_each_day_of_a_list_is_a_date_and_two_days_running_one_period(dates, sentence, expected):
    assert [m.value for m in dates(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a month before the noun it dates, after "the" (published 10 March 2021: nearest year)
        ("The panel reviewed the November raid on the office.", [("November", "2020-11")]),
        ("The May elections were postponed.", [("May", "2021-05")]),
        # not before a preposition: a march or a name
        ("The March for Equality drew thousands.", []),
        ("The March of the mothers ended at the square.", []),
        # "last" before a month and day points back, and the day is the date
        ("The clinic was attacked last Oct. 23 at night.", [("Oct. 23", "2020-10-23")]),
        ("The clinic was attacked last December 2.", [("December 2", "2020-12-02")]),
    ],
)
def test_month_before_a_noun_and_after_last(dates, sentence, expected):
    assert _values(dates(sentence, "2021-03-10")) == expected


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("September 2020", ("2020-09", "month")),
        ("2018 - 2021", ("2018/2021", "range")),
        ("20 November", ("XXXX-11-20", "day")),
        ("November 20", ("XXXX-11-20", "day")),
        ("five years", ("", "")),
        ("the 46th session", ("", "")),
        ("31 February 2021", ("", "")),
        # day first with hyphens, as many news sites print it
        ("27-03-2025", ("2025-03-27", "day")),
        ("1-2-3-2020", ("", "")),
        # day, month name and year joined by hyphens, as content systems print a post's date
        ("20-April-2017", ("2017-04-20", "day")),
        ("3-Mar-2021", ("2021-03-03", "day")),
    ],
)
def test_normalise_one_expression(surface, expected):
    assert normalise(surface) == expected


# --- 2. relative dates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "granularity"),
    [
        ("Today the Rapporteur presented her report.", "Today", "2021-03-10", "day"),
        ("The Council will vote tomorrow on the text.", "tomorrow", "2021-03-11", "day"),
        ("He was arrested yesterday near his home.", "yesterday", "2021-03-09", "day"),
        ("Tonight the vigil will take place.", "Tonight", "2021-03-10TNI", "time"),
        ("More trials were held this year than ever.", "this year", "2021", "year"),
        ("The law was passed last year by parliament.", "last year", "2020", "year"),
        ("A visit is planned next year if allowed.", "next year", "2022", "year"),
        ("She was released last month after a fine.", "last month", "2021-02", "month"),
        ("The NGO was closed earlier this month by court.", "earlier this month", "2021-03", "month"),
        ("The NGO was closed earlier this week by court.", "earlier this week", "2021-W10", "week"),
        ("A session is planned next week in Geneva.", "next week", "2021-W11", "week"),
        ("The law changed two years ago under pressure.", "two years ago", "2019", "year"),
        ("He was detained 3 days ago in Minsk.", "3 days ago", "2021-03-07", "day"),
        # a count in words past twelve, and a compound as one number (not "five years ago")
        ("Fourteen years ago the students rose up.", "Fourteen years ago", "2007", "year"),
        ("The war began twenty-five years ago in the east.", "twenty-five years ago", "1996", "year"),
        ("The hearing was held last Monday in Brest.", "last Monday", "2021-03-08", "day"),
        ("The hearing resumes next Friday in Brest.", "next Friday", "2021-03-12", "day"),
        ("The strike began last August in Grodno.", "last August", "2020-08", "month"),
        ("Observers return next March to Grodno.", "next March", "2022-03", "month"),
        # a month alone, or a span of months, before the relative year it is of
        ("It repeats its report of July last year.", "July last year", "2020-07", "month"),
        (
            "Those arrested from August to November last year.",
            "from August to November last year",
            "2020-08/2020-11",
            "range",
        ),
    ],
)
def test_relative_date_is_resolved_against_published(dates, sentence, surface, value, granularity):
    [mention] = dates(sentence, published="2021-03-10")  # a Wednesday
    assert (mention.text, mention.value, mention.granularity) == (surface, value, granularity)
    assert mention.is_relative is True
    assert mention.anchor == "2021-03-10"


@pytest.mark.parametrize(
    "sentence",
    [
        "Today the Rapporteur presented her report.",
        "More trials were held this year than ever.",
        "The law changed two years ago under pressure.",
        "She was released last month after a fine.",
        "The hearing was held last Monday in Brest.",
    ],
)
def test_relative_date_without_published_keeps_an_empty_value(dates, sentence):
    [mention] = dates(sentence)
    assert mention.is_relative is True
    assert mention.value == ""
    assert mention.anchor == ""
    assert mention.granularity in ("day", "week", "month", "year")


def test_relative_date_prefers_the_dateline_above_it(dates):
    text = "Digest\n\n2 May 2019\n\nThe court ruled yesterday.\n\n9 May 2019\n\nThe appeal is due tomorrow."
    found = [(m.text, m.value, m.anchor) for m in dates(text, published="2019-06-01") if m.is_relative]
    assert found == [("yesterday", "2019-05-01", "2019-05-02"), ("tomorrow", "2019-05-10", "2019-05-09")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a day within a month of a full day continues that story, in its year, even in a
        # report written two years later and across paragraphs
        (
            "The election was held on 9 August 2020. On 10 August, police detained 3,000 people.",
            "2022-07-05",
            [("9 August 2020", "2020-08-09"), ("10 August", "2020-08-10")],
        ),
        (
            "The election was held on 9 August 2020.\n\nOn 12 August, women formed chains.",
            "2022-07-05",
            [("9 August 2020", "2020-08-09"), ("12 August", "2020-08-12")],
        ),
        # a few days before the full day, too
        (
            "Protests took place between 13 and 16 August 2020. Arrests began on 9 August.",
            "2022-07-05",
            [("between 13 and 16 August 2020", "2020-08-13/2020-08-16"), ("9 August", "2020-08-09")],
        ),
        # months later, the document's own date decides again
        (
            "Since 9 August 2020 thousands were detained. On 3 February, the court convicted two journalists.",
            "2021-03-01",
            [("9 August 2020", "2020-08-09"), ("3 February", "2021-02-03")],
        ),
        # a day close to the document's own date is news of its days, not of the old story
        (
            "A year after the election of 9 August 2020, protests resumed. On 10 August, police detained 20.",
            "2021-08-12",
            [("9 August 2020", "2020-08-09"), ("10 August", "2021-08-10")],
        ),
        # a month and a year is no day to tell a story from
        (
            "The treaty was signed in August 1988. On 2 August, troops moved.",
            "1990-08-15",
            [("August 1988", "1988-08"), ("2 August", "1990-08-02")],
        ),
        # ... but a day of the very month a passage has just named with its year is of that month,
        # and the story goes on from that day
        (
            "In December 2010 protests broke out. Police detained him on 19 December and released him on 3 January.",
            "2012-03-01",
            [("December 2010", "2010-12"), ("19 December", "2010-12-19"), ("3 January", "2011-01-03")],
        ),
        # a day of another month is not
        (
            "The report of May 2011 was discussed. On 19 December the Council met.",
            "2012-03-01",
            [("May 2011", "2011-05"), ("19 December", "2011-12-19")],
        ),
    ],
)
def test_year_less_day_near_a_full_day_continues_its_story(dates, text, published, expected):
    assert _values(dates(text, published)) == expected


def test_phrase_said_of_an_earlier_date_names_that_date_as_its_anchor(dates):
    text = "She was abducted on 7 September 2020. Two days later, she was charged."
    found = [(m.text, m.value, m.anchor) for m in dates(text, published="2023-03-03") if m.is_relative]
    assert found == [("Two days later", "2020-09-09", "2020-09-07")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "She was abducted on 7 September 2020. Two days later, she was charged. The following day she was beaten.",
            [("Two days later", "2020-09-09"), ("The following day", "2020-09-10")],
        ),
        (
            "He was detained on 3 May 2021. The next day he was questioned. The next day he was released.",
            [("The next day", "2021-05-04"), ("The next day", "2021-05-05")],
        ),
        # a step back is said of the date before it and does not move the story
        (
            "He was detained on 3 May 2021. The day before, he had been warned. The following day he was released.",
            [("The day before", "2021-05-02"), ("The following day", "2021-05-04")],
        ),
    ],
)
def test_a_story_told_in_steps_counts_each_step_from_the_last(dates, text, expected):
    found = [(m.text, m.value) for m in dates(text, published="2023-03-03") if m.is_relative]
    assert found == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a coarser step forward counts from the day before it, as a step of a day does
        ("He was arrested on 3 May 2021. He was charged the following month.", [("the following month", "2021-06")]),
        ("He was arrested on 3 May 2021 and released the following week.", [("the following week", "2021-W19")]),
        # a comparison stays with the document's own date
        ("Sales fell on 3 March 2021. The previous year they rose.", [("The previous year", "2022")]),
    ],
)
def test_a_coarser_step_forward_counts_from_the_day_before_it(dates, text, expected):
    found = [(m.text, m.value) for m in dates(text, published="2023-03-03") if m.is_relative]
    assert found == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The law was adopted on 24 May 2021 and entered into force ten days later.",
            [("ten days later", "2021-06-03")],
        ),
        ("He was arrested on 3 May 2021. 10 days later, he was charged.", [("10 days later", "2021-05-13")]),
        (
            "He had been arrested on 3 May 2021. Two days before, his wife was detained.",
            [("Two days before", "2021-05-01")],
        ),
        # a span before an event or a comparison is no date
        ("He was arrested on 3 May 2021 and served 20 years before his release.", []),
        ("He was arrested on 3 May 2021; the ballots were counted 2 days later than planned.", []),
    ],
)
def test_any_number_of_units_later_counts_from_the_date_before(dates, text, expected):
    found = [(m.text, m.value) for m in dates(text, published="2023-03-03") if m.is_relative]
    assert found == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "On 16 June last year, the activist was charged. In November of the same year, another charge followed.",
            [("16 June last year", "2023-06-16"), ("November", "2023-11"), ("the same year", "2023")],
        ),
        (
            "He was detained in May 2019. On 3 March of that year his brother had fled.",
            [("May 2019", "2019-05"), ("3 March", "2019-03-03"), ("that year", "2019")],
        ),
    ],
)
def test_a_month_of_that_year_takes_the_year_of_the_date_before(dates, text, expected):
    assert _values(dates(text, published="2024-12-24")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Governor spoke in 1996. Only sixteen years later, the country elected him President.",
        "Following his release three years later, he still faces police harassment.",
    ],
)
def test_units_later_with_no_date_to_count_from_has_no_value(dates, text):
    # the document's own date is no base: counted from it, "three years later" is a day years ahead
    found = [(m.text, m.value) for m in dates(text, published="2013-02-08") if m.is_relative]
    assert [value for _, value in found] == [""] * len(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Over the last year the situation worsened.",
        "In the next year the mission will expand.",
        "Arrests continued over the past year.",
    ],
)
def test_relative_duration_is_not_a_date(dates, sentence):
    assert [m for m in dates(sentence, published="2021-03-10") if m.type != "duration"] == []


# --- 3. a day or month without a year -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "surface", "value", "anchor"),
    [
        # no reference anywhere: TIMEX3's unknown year
        ("The vote took place in New York on 18 November.", "", "18 November", "XXXX-11-18", ""),
        ("The vote took place in New York on November 18.", "", "November 18", "XXXX-11-18", ""),
        ("Searches continued in August across the region.", "", "August", "XXXX-08", ""),
        # a month alone after "for" ("figures for October") is a date too
        ("Arrest figures for October were released.", "2020-11-20", "October", "2020-10", "2020-11-20"),
        # the published date
        ("The vote took place on 18 November.", "2019-11-20", "18 November", "2019-11-18", "2019-11-20"),
        # the nearest year to the reference: late December read in early January is last year
        ("He was detained on 28 December.", "2020-01-06", "28 December", "2019-12-28", "2020-01-06"),
        # six months either way: the past
        ("The court ruled in July, after the protests.", "2020-01-15", "July", "2019-07", "2020-01-15"),
        # a dateline above beats the published date
        ("News\n\n12 October 2016\n\nIn August he was fined.", "2019-01-01", "August", "2016-08", "2016-10-12"),
        # a text with no date of its own: the last full date it gave, in whichever paragraph,
        # the nearest year to it
        (
            "The Council met on 14 February 2013.\n\nWe are concerned about the protest on 26 January.",
            "",
            "26 January",
            "2013-01-26",
            "2013-02-14",
        ),
        (
            "She was charged in December 2020.\n\nShe wrote a letter on 18 February.",
            "",
            "18 February",
            "2021-02-18",
            "2020-12-01",
        ),
        # an explicit full date earlier on the same line beats the dateline
        (
            "News\n\n12 October 2016\n\nOn 3 May 2015 he was fined; on 5 May he appealed.",
            "",
            "5 May",
            "2015-05-05",
            "2015-05-03",
        ),
    ],
)
def test_year_less_date_takes_the_nearest_reference_year(dates, text, published, surface, value, anchor):
    found = {m.text: m for m in dates(text, published)}
    mention = found[surface]
    assert (mention.value, mention.anchor, mention.is_relative) == (value, anchor, False)


@pytest.mark.parametrize(
    ("text", "published", "value", "anchor"),
    [
        # an old date in an earlier sentence does not date a recent event: the published date does
        (
            "Since 9 August 2020, thousands were held. On 3 February the court ruled.",
            "2023-02-12",
            "2023-02-03",
            "2023-02-12",
        ),
        # with no dateline and no published date, a full date earlier in the paragraph does
        ("Since 9 August 2020, thousands were held. On 3 September the court ruled.", "", "2020-09-03", "2020-08-09"),
    ],
)
def test_year_less_date_prefers_the_documents_date_over_another_sentence(dates, text, published, value, anchor):
    mention = dates(text, published)[-1]
    assert (mention.value, mention.anchor) == (value, anchor)


def test_year_less_span_across_new_year_ends_in_the_next_year(dates):
    [mention] = dates("From December to February, arrests rose.", published="2021-01-10")
    assert (mention.value, mention.anchor) == ("2020-12/2021-02", "2021-01-10")


def test_year_less_date_before_any_dateline_keeps_xxxx(dates):
    text = "Digest\n\nThe resolution passed on 2 July.\n\n9 October 2019\n\nIn September, a fine followed."
    assert [(m.text, m.value) for m in dates(text)] == [
        ("2 July", "XXXX-07-02"),
        ("9 October 2019", "2019-10-09"),
        ("September", "2019-09"),
    ]


def test_a_day_the_text_already_dated_keeps_that_year(dates):
    text = (
        "Statement\n\n25 July 2019\n\nAuthorities began detaining workers on July 27, 2018. Following the July 27"
        " raid, police detained an NGO worker."
    )
    values = [(m.text, m.value) for m in dates(text)]
    assert ("July 27", "2018-07-27") in values


def test_a_day_in_an_undated_text_takes_the_year_its_sentence_named_before_it(dates):
    text = "Open letter\n\nThis can start from the first meeting of the Commission in 2011, on 10-13 February in Solo."
    assert [(m.text, m.value) for m in dates(text)] == [("2011", "2011"), ("10-13 February", "2011-02-10/2011-02-13")]


# --- 4. no false dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # ordinals and session numbers
        "The Council opened its 46th session in Geneva.",
        "During the 55th session, the report was presented.",
        "It was the 3rd meeting of the Working Group.",
        # names
        "Belarus committed to the 2030 Agenda for Sustainable Development.",
        "The African Union adopted Agenda 2063 long ago.",
        "The Security Council adopted resolution 2019 unanimously.",
        "The Assembly adopted Recommendation 2097 on attacks against journalists.",
        "See Law No. 2020 on mass events.",
        # movements named for a day
        "Ahmed Maher, an activist with the 6 April Youth Movement, was detained.",
        "Cuba's 26th of July Movement was founded in exile.",
        # durations and anniversaries
        "He was sentenced to five years in a penal colony.",
        "The Declaration marks its 20th anniversary.",
        "For 25 years the centre has documented abuses.",
        "The detention lasted 15 days.",
        # ages
        "A 17-year-old student was detained.",
        "She was aged 72 when arrested.",
        "Children aged 14 to 17 were questioned.",
        # counts and amounts
        "More than 2000 people were detained in one night.",
        "Some 1500 complaints reached the ombudsman.",
        "Some 2000 were detained overnight.",
        "At least 1200 were beaten, about 1900 protesters said.",
        "The fine was 2500 euros for each protester.",
        "The NGO received US$ 2000 in grants.",
        "Turnout was 2020% according to a satirical poster.",
        "The hotline number is 8 017 2021 555.",
        # document symbols
        "See document A/HRC/RES/46/2020 for details.",
        "This has been reiterated in Commission resolutions 2002/38 and 2003/32.",
        # modal verb and verb "march"
        "They may march through the city centre.",
        "May the authorities listen to the people.",
        # a relative word inside a newspaper's name
        "The interview appeared in Belarus Today that spring.",
        "USA Today reported the arrests.",
        # a capitalised abbreviation that is a name; "March" as a noun
        "The statement was signed by Jan Kubis.",
        "The Women's March of solidarity filled the streets.",
        # meeting numbers written as ordinals of four digits
        "The Security Council, at its 2020th meeting, decided.",
        # a paragraph number of three parts
        "See paragraph 2.3.14 of the report.",
    ],
)
def test_not_a_date(dates, sentence):
    # a duration is a row of type duration (see test_duration_...), never a date
    assert [m for m in dates(sentence, published="2021-03-10") if m.type != "duration"] == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Observers criticised the 2020 elections.", "2020"),
        ("The campaign ended in mid-2020 abruptly.", "2020"),
        ("The slogan of Human Rights Day 2020 was recover better.", "2020"),
        ("Since 1994, one president has ruled.", "1994"),
        ("Strategy up to 2035 was adopted.", "2035"),
        ("Around 2000, the law changed.", "2000"),
        ("Decree No. 17 of 2019 was repealed.", "2019"),
    ],
)
def test_year_in_running_text_is_kept(dates, sentence, value):
    assert [m.value for m in dates(sentence)] == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        # a programme's title in quotation marks, every word capitalised
        'The minister told the BBC programme "This Morning" that the detainees were safe.',
        "The lawyer appeared on ``Next Week,'' a news show.",
        "She described the trial to “48 Hours” in an interview.",
    ],
)
def test_quoted_title_is_not_a_date(dates, sentence):
    assert dates(sentence, published="2021-03-10") == []


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # a quoted phrase in lower case, a quoted sentence's first word, a calendar date in quotes
        ('The spokesman promised a reply "next week" to the families.', "next week"),
        ('"Today," the monitor said, "the court sits again."', "Today"),
        ('The report "12 March 2021" listed the arrests.', "12 March 2021"),
    ],
)
def test_quoted_date_is_still_a_date(dates, sentence, surface):
    assert [m.text for m in dates(sentence, published="2021-03-10")] == [surface]


# --- 5. columns: offsets into the text, sentence id, determinism --------------------------------


def test_every_row_points_at_its_surface_and_sentence(dates):
    text = (
        "Minsk – 5 March 2021\n\nThe court met today. On 2 March the lawyer was detained.\n"
        "Between 2018 and 2020 over 1000 people were tried. Next week the appeal is heard."
    )
    mentions = dates(text)
    assert [m.text for m in mentions] == ["5 March 2021", "today", "2 March", "Between 2018 and 2020", "Next week"]
    for mention in mentions:
        assert text[mention.start_char : mention.end_char] == mention.text
    assert [m.sent_id for m in mentions] == sorted(m.sent_id for m in mentions)
    assert len({m.sent_id for m in mentions}) == 4
    assert [m.value for m in mentions] == ["2021-03-05", "2021-03-05", "2021-03-02", "2018/2020", "2021-W10"]


def test_same_text_gives_same_rows(dates):
    text = "On 20 November the vote passed. Today, 2 December 2018, it came into force."
    assert dates(text, "2018-12-03") == dates(text, "2018-12-03")


# A fake clock: every loaded module that holds `date` or `datetime` gets a subclass whose today()
# and now() report a day years away from the real one, and time.time() is shifted to match.
# The datetime module itself is left alone: compiled extensions check its types' sizes on import.
_FAKE_CLOCK = """
import datetime as _dt, sys, time
import dateparser, pipeline.cli, pipeline.extract.dates.rules, pipeline.extract.dates.extractor  # noqa
import pipeline.ingest.html, pipeline.ingest.pdf, pipeline.ingest.text, pipeline.run.stages  # noqa
class _Date(_dt.date):
    @classmethod
    def today(cls):
        return cls(*FAKE)
class _DateTime(_dt.datetime):
    @classmethod
    def now(cls, tz=None):
        return cls(*FAKE, 12, tzinfo=tz)
    @classmethod
    def today(cls):
        return cls(*FAKE, 12)
    @classmethod
    def utcnow(cls):
        return cls(*FAKE, 12)
_real_time = time.time
_shift = _dt.datetime(*FAKE).timestamp() - _real_time()
time.time = lambda: _real_time() + _shift
for module in list(sys.modules.values()):
    for name, fake, real in (("date", _Date, _dt.date), ("datetime", _DateTime, _dt.datetime)):
        try:
            if getattr(module, name, None) is real:
                setattr(module, name, fake)
        except Exception:
            pass
assert pipeline.extract.dates.rules.date.today() == _dt.date(*FAKE)
sys.exit(pipeline.cli.main(sys.argv[1:]))
"""


# One far-off day is enough: the real run (corpus_run) is the other. Each run loads the model.
@pytest.mark.parametrize("fake_today", [(2031, 7, 15)])
def test_dates_table_does_not_depend_on_the_day_of_the_run(corpus_run, tmp_path, fake_today):
    processed = tmp_path / "processed"
    script = f"FAKE = {fake_today!r}\n" + textwrap.dedent(_FAKE_CLOCK)
    result = subprocess.run(
        [sys.executable, "-c", script, "run", "--raw", str(config.BUNDLED_RAW_DIR), "--processed", str(processed)],
        capture_output=True,
        text=True,
        cwd=config.PROJECT_ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (processed / "dates.csv").read_bytes() == (corpus_run / "dates.csv").read_bytes()
    assert (processed / "documents.csv").read_bytes() == (corpus_run / "documents.csv").read_bytes()


def test_corpus_dates_point_into_the_cleaned_text(corpus_run):
    table = load_table("dates", corpus_run)
    assert len(table) > 0
    for row in table.itertuples():
        text = (corpus_run / config.TEXT_SUBDIR / f"{row.doc_id}.txt").read_text(encoding="utf-8")
        assert text[row.start_char : row.end_char] == row.text
    relative = table[table["is_relative"].astype(bool)]
    assert set(relative["granularity"]) <= GRANULARITIES


# --- 1. published date: datelines and HTML metadata ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Press release\n\nMarch 3, 2022\n\nThe Special Rapporteur said...", "2022-03-03"),
        ("Press release\n\n3 March 2022\n\nThe Special Rapporteur said...", "2022-03-03"),
        ("GENEVA (3 March 2022) – The Special Rapporteur said on Monday...", "2022-03-03"),
        ("VILNIUS, 3 March 2022 - The Special Rapporteur said...", "2022-03-03"),
        ("Grodno – 3 March 2022\nThe court ruled.", "2022-03-03"),
        ("Published: 3 March 2022\n\nThe court ruled.", "2022-03-03"),
        ("Posted on 03.03.2022\n\nThe court ruled.", "2022-03-03"),
        ("Thursday, 3 March 2022 | 10:30 CET\n\nThe court ruled.", "2022-03-03"),
        ("Publication date: 3 March 2022\n\nThe court ruled.", "2022-03-03"),
        ("Release date: 3 March 2022\n\nThe court ruled.", "2022-03-03"),
        ("First published on Thu 3 Mar 2022 10.15 GMT\n\nThe court ruled.", "2022-03-03"),
        ("PRESS RELEASE 3 March 2022\n\nThe court ruled.", "2022-03-03"),
        ("News and Events / 3 March 2022\n\nThe court ruled.", "2022-03-03"),
        ("GENEVA / MINSK (3 March 2022) – The Special Rapporteur said...", "2022-03-03"),
        ("Joint Statement: Free the defender\n\n3-March-2022\nAuthorities should release him.", "2022-03-03"),
        # a dateline in the language of the site that published the English text (dateparser's language data)
        ("Anförande av ambassadör\n\nNew York den 17 januari 2017. Det talade ordet gäller.\n\nFirst, I", "2017-01-17"),
        ("Déclaration\n\nGenève, 3 mars 2022\n\nThe court ruled.", "2022-03-03"),
        ("Press release\n\nThere were 17 people in 2017.\n\nThe court ruled.", ""),
        # not a dateline: a date inside a sentence, a month alone, a review date
        ("Press release\n\nOn 3 March 2022 the court ruled.", ""),
        ("Press release\n\nMarch 2022\n\nThe court ruled.", ""),
        ("Press release\n\nLast reviewed: 3 March 2022", ""),
        ("\n".join(["line"] * 20) + "\n3 March 2022", ""),
    ],
)
def test_dateline_gives_the_published_date(text, expected):
    assert find_dateline(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Local EU statement\n\nThe EU expects the authorities to release him.\n\n"
            "Delegation of the European Union to Vietnam ( Ha Noi 20.08.2018)\n\nLink: https://eeas.europa.eu/x\n",
            "2018-08-20",
        ),
        ("Statement\n\nWe call for his release.\n\nBrussels, 12 March 2021", "2021-03-12"),
        ("Statement\n\nWe call for his release.\n\n19 May 2023 в 14:48", "2023-05-19"),
        # a sentence, or a related story's date above the last line, is no closing date
        ("Statement\n\nThe trial resumes on 12 March 2021.", ""),
        ("Statement\n\nRelated\n\nOctober 3, 2018\n\nHuman Rights in Theatre: a reading", ""),
    ],
)
def test_a_closing_line_with_place_and_date_gives_the_published_date(text, expected):
    assert find_closing_date(text) == expected


def test_a_header_timestamp_may_set_its_time_off_with_a_dash():
    assert find_dateline("36 Countries Urge Georgia to Halt Attack\n\nCivil.ge Send an email 29/06/2024 - 16:35") == (
        "2024-06-29"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022-03-03T09:00:00+01:00", "2022-03-03"),
        ("Fri, 04 Mar 2022 09:00:00 GMT", "2022-03-04"),
        ("March 4, 2022", "2022-03-04"),
        ("2022/03/04", "2022-03-04"),
        ("yesterday", ""),
    ],
)
def test_parse_day_reads_one_written_date(text, expected):
    assert parse_day(text) == expected


_ARTICLE = "<article><h1>Title</h1><p>The Special Rapporteur said on 1 February 2022 that...</p></article>"


@pytest.mark.parametrize(
    ("head", "body", "published", "source"),
    [
        (
            '<meta property="article:published_time" content="2022-03-04T09:00:00+01:00">',
            _ARTICLE,
            "2022-03-04",
            "meta property=article:published_time",
        ),
        ('<meta name="DC.date.issued" content="2022-03-04">', _ARTICLE, "2022-03-04", "meta name=DC.date.issued"),
        (
            '<meta name="citation_publication_date" content="2022/03/04">',
            _ARTICLE,
            "2022-03-04",
            "meta name=citation_publication_date",
        ),
        (
            '<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, '
            '{"@type": "NewsArticle", "datePublished": "2022-03-04T08:00:00Z"}]}</script>',
            _ARTICLE,
            "2022-03-04",
            "json-ld datePublished",
        ),
        (
            "",
            '<article><time datetime="2022-03-04">4 March</time><p>Text.</p></article>',
            "2022-03-04",
            "time datetime",
        ),
        (
            "",
            '<aside class="related"><time datetime="2021-01-01">old</time></aside>'
            '<article><time pubdate datetime="2022-03-04">4 March</time></article>',
            "2022-03-04",
            "time datetime",
        ),
        ("", '<article><div class="post-date">March 4, 2022</div><p>Text.</p></article>', "2022-03-04", "date element"),
        # a teaser's date is another article's date
        ("", '<div class="teaser"><span class="date">01.01.2021</span></div>' + _ARTICLE, "", ""),
        # modified dates and broken values are not publication dates
        ('<meta property="article:modified_time" content="2022-03-04">', _ARTICLE, "", ""),
        ('<meta name="date" content="2022-13-45">', _ARTICLE, "", ""),
    ],
)
def test_html_published_date_and_its_source(head, body, published, source):
    page = extract_html(f"<html><head>{head}</head><body>{body}</body></html>")
    assert (page.published, page.published_source) == (published, source)


# --- robustness: any text gives well-formed rows --------------------------------------------------

_WORDS = [
    # TimeML constructions
    *("third", "quarter", "third-quarter", "the", "summer", "1990s", "fiscal", "now", "recently", "early"),
    *("mid-", "late", "around", "year", "earlier", "year-ago", "previous", "day", "before", "Tuesday"),
    *("night", "10", "p.m.", "five", "years", "hours", "several", "that", "century", "20th", "nineteen"),
    "on",
    "in",
    "from",
    "to",
    "between",
    "and",
    "since",
    "the",
    "of",
    "-",
    "–",
    ",",
    ".",
    "\n",
    "May",
    "may",
    "March",
    "Sept.",
    "Jan",
    "20",
    "3rd",
    "31",
    "1",
    "2020",
    "1999",
    "2021-25",
    "2019/20",
    "14.07.2019",
    "2024-03-20",
    "today",
    "last",
    "year",
    "week",
    "two",
    "years",
    "ago",
    "next",
    "Friday",
    "people",
    "Agenda",
    "GENEVA",
    "(",
    ")",
    "Published:",
    "US$",
]
_VALUE = re.compile(
    r"|(?:\d{4}|XXXX)(?:-\d\d(?:-\d\d)?)?(?:/(?:\d{4}|XXXX)(?:-\d\d(?:-\d\d)?)?)?|\d{4}-W\d\d(?:-WE)?"
    r"|\d{4}-(?:Q[1-4]|H[12]|SP|SU|FA|WI)|\d{2,3}|(?:PRESENT|PAST|FUTURE)_REF"
    r"|\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI|\d\d:\d\d)|PT?(?:\d+|X)(?:Y|M|W|D|H|DE)"
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(_WORDS), max_size=30), published=st.sampled_from(["", "2021-03-10"]))
def test_any_text_gives_well_formed_rows(dates, words, published):
    text = " ".join(words)
    mentions = dates(text, published)
    previous_end = 0
    for mention in mentions:
        assert text[mention.start_char : mention.end_char] == mention.text
        assert mention.start_char >= previous_end  # sorted, never overlapping
        previous_end = mention.end_char
        assert _VALUE.fullmatch(mention.value), mention
        assert mention.granularity in GRANULARITIES
        if not mention.value:
            assert mention.is_relative and not published


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("20th of March 2024", ("2024-03-20", "day")),
        ("Sept. 3, 2019", ("2019-09-03", "day")),
        ("31 February 2021", ("", "")),
    ],
)
def test_full_dates_are_normalised_by_dateparser_on_the_span(surface, expected):
    assert normalise(surface) == expected


# --- TimeML constructions (pipeline/dates_timex.py): the real model gives the clause's tense ------


@pytest.fixture
def parsed(nlp):
    """`parsed(text, published)` -> DateMention list, with the trained model (tense needs a parse)."""

    def run(text: str, published: str = "2021-03-10"):  # a Wednesday
        doc = nlp(text)
        return extract_dates(doc, "doc", published, sentence_index(doc))

    return run


def test_in_a_text_with_no_date_of_its_own_what_will_happen_comes_after_the_last_full_date(parsed):
    # (September 2019 is nearer to March 2020 than September 2020, but the session lies ahead)
    text = "The Committee met from 17 February to 6 March 2020.\n\nIts next session will be held on 28 September."
    found = _one(parsed(text, published=""), "28 September")
    assert (found.value, found.anchor) == ("2020-09-28", "2020-02-17")


def _one(mentions, surface):
    found = [m for m in mentions if m.text == surface]
    assert len(found) == 1, [(m.text, m.value) for m in mentions]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "granularity"),
    [
        # bare weekdays: the last one in a past clause, the coming one in a future clause
        ("The court heard the appeal on Friday.", "Friday", "2021-03-05", "day"),
        ("The court will hear the appeal on Friday.", "Friday", "2021-03-12", "day"),
        ("The tribunal is scheduled to rule on Monday.", "Monday", "2021-03-15", "day"),
        # a past progressive is past ("is meeting on Friday" looks ahead, "were still missing" does not)
        ("In September, at least 23 students were still missing.", "September", "2020-09", "month"),
        # an infinitive under a reduced participle ("set to", "scheduled to") looks forward
        ("The hearing, set to open on Monday, drew crowds.", "Monday", "2021-03-15", "day"),
        ("The vote, scheduled to take place on Friday, was postponed.", "Friday", "2021-03-12", "day"),
        ("Police detained him Wednesday, his lawyer said.", "Wednesday", "2021-03-10", "day"),
        # a weekday that names the date after it is part of that date
        ("The next hearing is on Thursday, 25 March 2021.", "Thursday, 25 March 2021", "2021-03-25", "day"),
        ("The next hearing is on Thursday, March 25.", "Thursday, March 25", "2021-03-25", "day"),
        # quarters, halves, seasons, decades, centuries, fiscal years
        ("Arrests rose in the third quarter of 2020.", "the third quarter of 2020", "2020-Q3", "quarter"),
        ("Detentions fell in the first half of 2019.", "the first half of 2019", "2019-H1", "half"),
        ("Arrests will rise in the first two quarters of 2022.", "the first two quarters of 2022", "2022-H1", "half"),
        ("Arrests rose in the last two quarters of 2019.", "the last two quarters of 2019", "2019-H2", "half"),
        ("The camp was closed last summer.", "last summer", "2020-SU", "season"),
        # a year before the quarter ("2019's third quarter") or named from the anchor after it
        ("Arrests rose in 2019's third quarter.", "2019's third quarter", "2019-Q3", "quarter"),
        # a quarter or a half as reports abbreviate it
        ("Arrests rose in Q3 2022.", "Q3 2022", "2022-Q3", "quarter"),
        ("Funding fell in H1 2023.", "H1 2023", "2023-H1", "half"),
        ("A review is due in the first quarter of next year.", "the first quarter of next year", "2022-Q1", "quarter"),
        ("The camp opened in the spring of last year.", "the spring of last year", "2020-SP", "season"),
        ("Detentions fell in the second half of last year.", "the second half of last year", "2020-H2", "half"),
        ("Elections are due in the spring of 2022.", "the spring of 2022", "2022-SP", "season"),
        ("Such trials were common in the 1990s.", "the 1990s", "199", "decade"),
        ("Torture was outlawed in the 20th century.", "the 20th century", "19", "century"),
        ("The prison budget for fiscal 2020 was cut.", "fiscal 2020", "2020", "year"),
        ("Spending will grow in the current fiscal year.", "the current fiscal year", "2021", "year"),
        # relative phrases said of the date before them, or of the published date
        ("On 4 May 2019 he was arrested; a year earlier he had been warned.", "a year earlier", "2018-05-04", "day"),
        ("On 3 March 2021 the court sat; the day before, a lawyer was held.", "the day before", "2021-03-02", "day"),
        ("The decree was signed the previous month.", "the previous month", "2021-02", "month"),
        ("Sales fell 5% from year-ago levels.", "year-ago", "2020", "year"),
        ("The decree was amended earlier in the year.", "earlier in the year", "2021", "year"),
        ("A second hearing is due later in the month.", "later in the month", "2021-03", "month"),
        # a report on a quarter: "a year ago" is that quarter a year before (Q3 2020 is the last Q3)
        ("Profit rose in the third quarter, up 4% from a year ago.", "a year ago", "2019-Q3", "quarter"),
        # reference words: TimeML PRESENT_REF / PAST_REF / FUTURE_REF
        ("The activist is now in prison.", "now", "PRESENT_REF", "ref"),
        ("The ministry recently extended the decree.", "recently", "PAST_REF", "ref"),
        ("The current law bans protests.", "current", "PRESENT_REF", "ref"),
        ("Fines were set at the then current rate.", "then current", "PAST_REF", "ref"),
        ("Protests are planned for the near future.", "the near future", "FUTURE_REF", "ref"),
        ("More trials are expected in the coming weeks.", "the coming weeks", "FUTURE_REF", "ref"),
        ("The exiles hope they will one day return.", "one day", "FUTURE_REF", "ref"),
        ("The verdict will be announced at a later date.", "a later date", "FUTURE_REF", "ref"),
        ("On 4 May 2019 he was arrested and released the same day.", "the same day", "2019-05-04", "day"),
        # "earlier" or "later" before "that day" is part of the expression
        ("She fled in June 2018 and was detained later that year.", "later that year", "2018", "year"),
        # "that year" after a quarter or a season: the year it falls in
        ("Sales fell in the third quarter of 2019 and recovered later that year.", "later that year", "2019", "year"),
        ("The camp opened in the summer of 2017 and closed that year.", "that year", "2017", "year"),
        (
            "The raid began on 2 May 2019. Earlier that day, lawyers were warned.",
            "Earlier that day",
            "2019-05-02",
            "day",
        ),
        # a year read out in a transcript
        ("In nineteen ninety-six the bomb went off.", "nineteen ninety-six", "1996", "year"),
        ("Many feared the year two thousand would bring chaos.", "the year two thousand", "2000", "year"),
        ("The law dates from the year two thousand and one.", "the year two thousand and one", "2001", "year"),
    ],
)
def test_timeml_construction_gets_its_timex3_value(parsed, sentence, surface, value, granularity):
    mention = _one(parsed(sentence), surface)
    assert (mention.value, mention.granularity) == (value, granularity)
    assert mention.text == sentence[mention.start_char : mention.end_char]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Hiring surged last fall.", "2020-FA"),  # in February the last fall is last year's
        ("The camp was closed last summer.", "2020-SU"),
        ("The strike ended last winter.", "2020-WI"),
        ("A new camp will open next spring.", "2021-SP"),  # the spring to come is this year's
        ("A new camp will open this summer.", "2021-SU"),
    ],
)
def test_a_season_said_in_january_or_february_counts_from_the_winter_the_year_opens_with(parsed, sentence, value):
    (mention,) = parsed(sentence, "2021-02-06")
    assert mention.value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # published Wednesday 10 March 2021: an infinitive under a verb of intention or order is ahead
        ("The delegation planned to leave on Friday.", "2021-03-12"),
        ("The judge ordered the witness to appear on Monday.", "2021-03-15"),
        ("The unions agreed to resume talks on Thursday.", "2021-03-11"),
        # a demand's infinitive too: what is called for comes after the call
        ("The president has called on supporters to stay on the streets until Friday.", "2021-03-12"),
        # a verb of intention in the present looks ahead too
        ("On Friday, the league plans to hold a news conference.", "2021-03-12"),
        # under other verbs the infinitive keeps the past
        ("The minister declined to comment on Monday.", "2021-03-08"),
        # the object of a plan in the past: the day is the event's, ahead
        ("Protesters planned a large demonstration in the capital on Saturday.", "2021-03-13"),
        ("The opposition planned a rally for Sunday.", "2021-03-14"),
        # "could" denied is a past inability, not a day ahead
        ("The minister could not be reached for comment on Friday.", "2021-03-05"),
        ("Neither he nor his lawyers could be located Monday.", "2021-03-08"),
        ("The group could be ready to leave on Friday.", "2021-03-12"),
        # a participle with its agent is a passive of what was done: its infinitive keeps the past
        ("Lawyers described the force used by the police to disperse the crowd on Saturday.", "2021-03-06"),
    ],
)
def test_weekday_of_a_plan_is_ahead_and_of_an_inability_past(parsed, sentence, value):
    [mention] = [m for m in parsed(sentence) if m.type == "date"]
    assert mention.value == value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a number after the comma is a count, not the weekday's date (published Wednesday 10 March 2021)
        ("In a survey published on Monday, 40 percent said they felt unsafe.", [("Monday", "2021-03-08")]),
        ("By Friday, 12 of the detainees had been released.", [("Friday", "2021-03-05")]),
        # the date after the comma is the weekday's own: one row
        ("The hearing opened on Tuesday, 9 March 2021.", [("Tuesday, 9 March 2021", "2021-03-09")]),
        ("The hearing opened on Tuesday, 09.03.2021.", [("Tuesday, 09.03.2021", "2021-03-09")]),
    ],
)
def test_weekday_before_a_comma_and_a_number(parsed, sentence, expected):
    assert [(m.text, m.value) for m in parsed(sentence) if m.type == "date"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a word ending in "a" before the weekday is not the article "a"
        ("Police searched the area Thursday.", [("Thursday", "2021-03-04")]),
        ("Protests spread across Kenya Monday.", [("Monday", "2021-03-08")]),
        # the article and "every" still make a kind of day or a set
        ("It happened on a Thursday.", []),
        ("They meet every Monday.", []),
    ],
)
def test_weekday_after_a_word_ending_in_a(parsed, sentence, expected):
    assert [(m.text, m.value) for m in parsed(sentence) if m.type == "date"] == expected


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        # an apposition after a date names that date
        ("The vote was held on 4 May 2021, the day before the strike began.", "the day before", "2021-05-04"),
        ("Talks ended on 4 May 2021, the day after the minister resigned.", "the day after", "2021-05-04"),
        # not an apposition: the day before or after the date
        ("The vote was held on 4 May 2021. The strike began the day before.", "the day before", "2021-05-03"),
        ("The vote was held on 4 May 2021 and the strike began the day after.", "the day after", "2021-05-05"),
    ],
)
def test_day_before_in_apposition_is_the_date(parsed, sentence, surface, value):
    assert _one(parsed(sentence), surface).value == value


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        # published Wednesday 10 March 2021: a unit counted from the date written after it
        ("The day before last Tuesday's hearing, he fled.", "The day before last Tuesday", "2021-03-08"),
        ("Talks resumed the week after 9 August 2020.", "the week after 9 August 2020", "2020-W33"),
        ("The case will be heard the week of 15 March.", "the week of 15 March", "2021-W11"),
        ("Protests were held the weekend of 6 March.", "the weekend of 6 March", "2021-W09-WE"),
        ("The month before May 2020 was calm.", "The month before May 2020", "2020-04"),
    ],
)
def test_a_unit_before_or_after_a_date_counts_from_it(parsed, sentence, surface, value):
    mention = _one(parsed(sentence), surface)
    assert mention.value == value
    assert [m.text for m in parsed(sentence) if m.type == "date"] == [surface]


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        # published 10 March 2021: a year-less day or month takes the relative year written after it
        ("He was arrested on 3 March last year.", "3 March last year", "2020-03-03"),
        ("He has been detained since 14 July last year.", "14 July last year", "2020-07-14"),
        ("The elections are due in May next year.", "May next year", "2022-05"),
        ("The protest took place on June 21 of last year.", "June 21 of last year", "2020-06-21"),
        # an ISO timestamp of a web page gives its date
        ("The page was updated 2020-08-09T14:00:00Z.", "2020-08-09", "2020-08-09"),
    ],
)
def test_a_day_with_its_relative_year_and_a_timestamp(parsed, sentence, surface, value):
    mentions = [m for m in parsed(sentence) if m.type == "date"]
    assert [(m.text, m.value) for m in mentions] == [(surface, value)]


def test_a_day_with_its_relative_year_stays_one_unresolved_row_without_a_published_date(parsed):
    mentions = [m for m in parsed("He was released for two weeks in April last year.", "") if m.type == "date"]
    assert [(m.text, m.value, m.is_relative) for m in mentions] == [("April last year", "", True)]


def test_a_relative_year_in_the_next_sentence_stays_apart(parsed):
    mentions = parsed("He was arrested on 3 March. Last year he was fined.")
    assert [(m.text, m.value) for m in mentions] == [("3 March", "2021-03-03"), ("Last year", "2020")]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # the quarter a report speaks of survives the day that ends it ("ended Sept. 30")
        (
            "Profit rose in the third quarter ended Sept. 30, against a loss in the year-ago quarter.",
            "the year-ago quarter",
            "2020-Q3",
        ),
        ("Profit rose in the third quarter ended Sept. 30. The year-ago results were restated.", "year-ago", "2020-Q3"),
        # "the quarter" after another date is still the reported one, not the latest
        (
            "Sales fell in the second quarter. On July 3 the chief resigned. In the quarter, costs rose.",
            "the quarter",
            "2021-Q2",
        ),
        # the period spoken of, a year before
        ("Fines rose in the third quarter from the same period last year.", "the same period last year", "2020-Q3"),
        ("Fines rose in the second quarter from the quarter a year ago.", "the quarter a year ago", "2020-Q2"),
        ("Fines rose in the third quarter; last year's quarter was calm.", "last year's quarter", "2020-Q3"),
        (
            "Fines rose 5% from the corresponding period of the previous year.",
            "the corresponding period of the previous year",
            "2020",
        ),
        # "year-ago" compares the reported quarter, not a quarter ahead just named
        (
            "Fines rose in the third quarter. Targets for the third quarter of 2022 exceed the year-ago period.",
            "the year-ago period",
            "2020-Q3",
        ),
        # after "the first nine months" the period spoken of is months of the year, not the quarter
        (
            "Fines rose in the third quarter. In the first nine months, fines fell from the 2020 period.",
            "the 2020 period",
            "2020",
        ),
        (
            "Fines rose in the third quarter. In the first nine months, fines fell from a year earlier.",
            "a year earlier",
            "2020",
        ),
        # "the 2020 period" is the comparison: "the quarter" after it is still the reported one
        (
            "Fines rose in the second quarter. In the 2020 period they fell. "
            "In April a court sat; in the quarter, 90 were fined.",
            "the quarter",
            "2021-Q2",
        ),
        # the quarter just named wins
        (
            "Sales fell in the second quarter. The fourth quarter looks weak; costs may rise in the quarter.",
            "the quarter",
            "2021-Q4",
        ),
    ],
)
def test_quarter_anaphora_follows_the_reported_quarter(parsed, text, surface, value):
    mention = _one(parsed(text, published="2021-11-05"), surface)
    assert mention.value == value


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "mod"),
    [
        ("Talks began in early December 2020.", "early December 2020", "2020-12", "START"),
        ("Prices rose until late 2019.", "late 2019", "2019", "END"),
        ("The vote is expected by mid-2022.", "mid-2022", "2022", "MID"),
        ("The report is due at the end of the month.", "the end of the month", "2021-03", "END"),
        ("The law took effect at the beginning of 2020.", "the beginning of 2020", "2020", "START"),
        ("Arrests have risen since the beginning of the year.", "the beginning of the year", "2021", "START"),
        ("The report is due in the middle of the month.", "the middle of the month", "2021-03", "MID"),
        ("Talks resumed in late summer 2020.", "late summer 2020", "2020-SU", "END"),
        ("The law took effect in 2020.", "2020", "2020", ""),
        ("The hearing is set for around 12 April 2021.", "around 12 April 2021", "2021-04-12", "APPROX"),
    ],
)
def test_modifier_is_kept_in_the_span_and_the_mod_column(parsed, sentence, surface, value, mod):
    mention = _one(parsed(sentence), surface)
    assert (mention.value, mention.mod) == (value, mod)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # published 10 March 2021: July is nearer in 2021, but a past clause means last July
        # an infinitive of a noun is prospective, whatever the tense of the clause
        ("The bank announced an agreement to acquire the lender in January.", "2022-01"),
        ("He was arrested in July.", "2020-07"),
        ("The trial will open in July.", "2021-07"),
        # so does a year-less period the span opens itself
        ("Over 3,300 people were detained between May and June.", "2020-05/2020-06"),
        ("He was held from May to June.", "2020-05/2020-06"),
        ("Elections will be held between May and June.", "2021-05/2021-06"),
        # a deadline is not an event: the nearest year, whatever the tense
        ("The offer was extended until July.", "2021-07"),
    ],
)
def test_year_less_month_follows_the_tense(parsed, sentence, value):
    [mention] = parsed(sentence)
    assert mention.value == value


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        # published 10 March 2021: a month takes the year written before it in its sentence
        ("After his arrest in 2019, his wife ran for president in the August elections.", "August", "2019-08"),
        ("In 2018, protests began in May and ended in December.", "December", "2018-12"),
        # not a day (a deadline of the document's year), nor a month in a clause about what will come
        ("Under a program approved in 1987, Nashua had purchased shares through Sept. 29.", "Sept. 29", "2020-09-29"),
        ("In 2019 he said the vote will be held in August.", "August", "2021-08"),
    ],
)
def test_a_month_takes_the_year_written_before_it_in_its_sentence(parsed, sentence, surface, value):
    assert _one(parsed(sentence), surface).value == value


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        # a weekday that owns an event names one already held, whatever the clause's tense
        # (published Wednesday 10 March 2021)
        ("Lawyers said they would look for ways to get around Monday's ruling.", "2021-03-10", "2021-03-08"),
        ("Wednesday's session will resume after the break.", "2021-03-10", "2021-03-10"),
        # a perfect, also a progressive one, is past: "have been searching since Oct. 23"
        ("Police have been searching for him since shortly after the Oct. 23 raid.", "2021-05-06", "2020-10-23"),
        # a plan made in a present perfect, a present passive or a reduced participle is ahead
        ("The court has scheduled a hearing Thursday to announce its ruling.", "2021-03-10", "2021-03-11"),
        ("The hearing is set for Monday.", "2021-03-10", "2021-03-15"),
        ("Delegates will attend a summit set for Geneva in April.", "2021-03-10", "2021-04"),
        # ... unless the clause it is said in is past: the planned day has gone
        ("A speech planned for Saturday was cancelled after threats.", "2021-03-14", "2021-03-13"),
        # "set" without "for" is any verb: the record was set in the past
        ("The index is near its record high set on Aug. 6.", "2021-02-06", "2020-08-06"),
    ],
)
def test_tense_of_plans_perfects_and_possessive_weekdays(parsed, sentence, published, value):
    [mention] = [m for m in parsed(sentence, published) if m.type == "date"]
    assert mention.value == value


def test_future_clause_does_not_take_its_year_from_a_past_date_in_the_sentence(parsed):
    """ "which were invited in July 2019, will join on March 12": March 12 is ahead of the
    document, not in 2019."""
    text = "The three States, which were invited to join in July 2019, will formally join on March 12."
    mention = _one(parsed(text, "2021-02-27"), "March 12")
    assert mention.value == "2021-03-12"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # the preposition governs the noun the date qualifies: no approximation
        ("Lawyers looked for a way around Tuesday's decision.", "Tuesday"),
        ("Reporters asked about Monday’s vote in the assembly.", "Monday"),
    ],
)
def test_preposition_before_a_possessive_date_is_not_a_modifier(parsed, sentence, surface):
    [mention] = parsed(sentence)
    assert (mention.text, mention.mod) == (surface, "")


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        # a past clause does not report a day months ahead: the nearest year would be next November
        ("The witness was last heard from Nov. 2, police said.", "2021-05-08", "2020-11-02"),
        ("Officials confirmed Sept. 30 that the mine had closed.", "2021-05-08", "2020-09-30"),
        # a day a few weeks ahead stays ahead, whatever the tense (a deadline, a payment)
        ("The board declared a dividend payable Dec. 1.", "2021-10-20", "2021-12-01"),
        # a clause about what is to come keeps the nearest year
        ("The ministry will publish the figures Oct. 4.", "2021-05-08", "2021-10-04"),
        # "the night of" a day says when, as "on" does: a past clause takes the last one
        ("On the night of 9 August, police used force.", "2022-07-05", "2021-08-09"),
    ],
)
def test_year_less_day_in_a_past_clause_is_not_far_ahead(parsed, sentence, published, value):
    [mention] = [m for m in parsed(sentence, published) if m.type == "date"]
    assert mention.value == value


@pytest.mark.parametrize(
    "sentence",
    [
        "She was born on a Monday.",
        "The market opens every Friday.",
        "The fall of the government surprised observers.",
        "In the next year the mission will expand.",
        "The board approved a previously announced plan.",
        "The current was too strong for the boat.",
        "Current assets exceed current liabilities.",
        "In the year two thousand people were displaced by the floods.",
        # a period the words after it delimit is not an earnings report's quarter
        "Arrests rose during the period under review.",
        "Abuses were documented in the period covered by the report.",
        "Disappearances rose in the period leading up to the national elections.",
    ],
)
def test_timeml_lookalikes_are_not_dates(parsed, sentence):
    assert parsed(sentence) == []


def test_the_unix_epoch_of_an_empty_timestamp_is_not_a_date(dates):
    # content systems print the epoch for a timestamp never set, beside the real one
    mentions = dates("Updated 2013-08-04T15:32:52+0300 1970-01-01T03:00:00+0300 en")
    assert _values(mentions) == [("2013-08-04", "2013-08-04")]
    # written out, 1 January 1970 is a date like any other
    assert _values(dates("He was born on 1 January 1970.")) == [("1 January 1970", "1970-01-01")]


# fifteen lines of a page's menus and teasers above the story
_MENU = "".join(f"Menu item number {i} of the site\n\n" for i in range(15))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time of day before the date, markdown emphasis around the line
        ("Title\n\n*10:15 AM, Monday, March 02, 2023*\n\nThe mission said...", "2023-03-02"),
        ("Title\n\n_14:05 CET | 3 May 2021_\n\nThe mission said...", "2021-05-03"),
        # a blog's category or byline after the date
        ("Title\n\n9 Jul 2008 Posted in [Press releases](/news)\n\n- The Ministry...", "2008-07-09"),
        # an EU press release's document number; a place in parentheses after the date; a title
        # or byline that ends with its date (not a quotation's attribution further down)
        ("Title\n\nBrussels, 17 September 2010 13637/10\n\nPRESSE 241", "2010-09-17"),
        ("Title\n\nFebruary 22, 2017 (KHARTOUM) – A UN expert called on the government.", "2017-02-22"),
        ("Comment by spokesperson Jeremy Laurence on Viet Nam, 29 September 2023\n\nText.", "2023-09-29"),
        ("Letter\n\nby the Association of Relatives, Kilinochchi, May 12, 2025\n\nDear Sirs,", "2025-05-12"),
        ("Title\n\n“Defenders are not the enemy”. Mary Lawlor, UN Special Rapporteur, 9 December 2022\n", ""),
        # a credit after the date
        ("Statement\n\n12.05.2020 Source: BAJ Press Service\n\nCourts sentenced four reporters.", "2020-05-12"),
        ("Title\n\nMarch 3, 2021 Author: Jane Doe\n\nText.", "2021-03-03"),
        ("Title\n\n12 June 2019 by Human Rights Desk\n\nThe court...", "2019-06-12"),
        # OCR: a zero for the letter O, a day split in two
        ("Title\n\n12 0ctober 2021\n\nThe court...", "2021-10-12"),
        ("Title\n\n1 2 May 2021\n\nThe court...", "2021-05-12"),
        # a line holding only a numeric date under the title (dotted dates are day-first)
        ("Refugees reach the border\n\n04.09.2022\n\nThe police said...", "2022-09-04"),
        ("Refugees reach the border\n 17.03.2020 \nThe police said...", "2020-03-17"),
        ("Refugees reach the border\n\n2022-09-04\n\nThe police said...", "2022-09-04"),
        ("Refugees reach the border\n\n09:30, 04.09.2022\n\nThe police said...", "2022-09-04"),
        # the date as one segment of a byline or metadata line
        ("Title\n\nBy Amina Yusuf | 3 May 2023\n\nThe court...", "2023-05-03"),
        ("Title\n\nAnalysis · 14 February 2022 · 6 min read\n\nThe court...", "2022-02-14"),
        # a wire service's tag between the date and the dash
        ("HARARE, Jan. 5, 2022 /PRNewswire/ -- The coalition urged the court to act.", "2022-01-05"),
        # a wire service named inside the dateline's parentheses or after its date; no dash before the story
        ("MOSCOW (Wire News / Agency - 04th December, 2020) UN experts called for ...", "2020-12-04"),
        ("Geneva, Aug. 21, 2020 (dpa/Wire24) The UN said on Friday ...", "2020-08-21"),
        ("GENEVA (4 December 2020) UN experts today called for ...", "2020-12-04"),
        # a news agency's place, numeric date and name between slashes
        ("Lawyers ask for acquittal\n\nArvia/22.02.14/Wirenews : In the trial of activists ...", "2014-02-22"),
        ("Title\n\nArvia/05.03.2021/Wirenews - The court heard ...", "2021-03-05"),
        # the place and date in parentheses at the head of the first paragraph (Human Rights Watch)
        (
            "Bangladesh: Investigate Fate of 'Disappeared'\n\n(New York, January 27, 2018) – The government should ...",
            "2018-01-27",
        ),
        # a page that prints only when it was updated; beside a publication date, never the update
        ("Title\n\nLast updated: 5 May 2010\n\nPublished: 3 May 2009\n\nThe UN ...", "2009-05-03"),
        # an update's timestamp above a labelled publication date ("Last Updated: Friday, 14 October 2022,
        # 13:56 GMT" heads a document archive's page, "Publication Date 6 September 2016" under it)
        (
            "Last Updated: Friday, 4 March 2022, 13:56 GMT\n\nTitle\n\nPublisher A News Service\n"
            "Publication Date 6 May 2016\n\nThe UN ...",
            "2016-05-06",
        ),
        (
            "Repeal special powers Act, says UN rights chief\n\nUpdated: Mar 24, 2009 01:14 IST\n\nThe UN ...",
            "2009-03-24",
        ),
        # not a dateline: a date in parentheses inside a sentence
        ("Title\n\nThe law (adopted 4 December 2020) Some text follows.", ""),
        # not datelines: a count, a time alone, segments without a full date
        ("Title\n\nBy Amina Yusuf | May 2023\n\nThe court...", ""),
        ("Title\n\n10:15 AM\n\n12 people were detained.", ""),
        ("Title\n\n10.15\n\n12 people were detained.", ""),
        # the kind of document a site prints before its date
        ("Groups urge the Prime Minister to act\n\nJoint statement September 25, 2023\nGroups call ...", "2023-09-25"),
        # a letter's place and date line ending with a comma
        ("To the Permanent Representatives\n\n Geneva, 20 August 2015,\n\nExcellency,", "2015-08-20"),
        # a credit before the dateline's place, the story running on after the dash
        (
            "Exiles call for release\n\nDaily News (via Wire), Washington, 12 July 2024 — Members of Congress "
            "asked ...",
            "2024-07-12",
        ),
        # a title dating itself after a colon
        ("Day 6 Arguments: 20th September, 2018\n\nThis case pertains to ...", "2018-09-20"),
        # not a dateline: a comma-led clause with a year inside a sentence
        ("Title\n\nThe report, in 2023, said that, in Minsk, 12 people were held.", ""),
        # a non-breaking hyphen as the dateline's dash
        ("Title\n\nGENEVA (4 July 2019) \u2011 UN human rights experts have urged the Government.", "2019-07-04"),
        # a speech's delivery line dating it at its end
        (
            "Statement on the referendum\n\nDelivered by Ambassador Jane Doe at the Permanent Council, Vienna, "
            "27 January 2022.\n\nMr Chair,",
            "2022-01-27",
        ),
        # a site's timestamp closing the repeated title: a date with its time of day
        (
            "Parliament Warns the President\nParliament Warns the President 34 6.04.2017, 15:10\n\nIn a ...",
            "2017-04-06",
        ),
        # a page's metadata copied with its text: an ISO timestamp
        ("We urge the release\n\n2014 2014-06-25T18:50:13+0300 2014-06-25T18:51:15+0300 en\n\nStatement", "2014-06-25"),
        # not a timestamp: a time closing a sentence with a date inside it
        ("Title\n\nThe hearing of 6 April opened at 15:10\n\nThe court ...", ""),
        # the country after the dateline's city, the agency after its date
        ("Groups condemn arrests\n\nGeneva (Switzerland), April 30, 2020 (SPS) - The group has ...", "2020-04-30"),
        # a year-first date without leading zeros
        ("Defender released on bail\n\nPosted 2012/9/5\n\nOn 3 September 2012 ...", "2012-09-05"),
        # a comma between the month and the day of a site's timestamp
        ("Angola: Free protesters\n\nJuly, 05 2012, 08:36am EDT\n\nThe authorities ...", "2012-07-05"),
        # the place after the date, then the dash and the story
        ("Iran: surge in executions\n\n2 September 2024, GENEVA – UN experts today expressed alarm", "2024-09-02"),
        # a letter's date line closed by a full stop
        ("15th November, 2022.\nDear Ambassadors,\nWe, the undersigned, ...", "2022-11-15"),
        # a page's metadata copied with its text: a label and an ISO date, then the title with no separator
        (" date 2020-07-17 World\n\nAn Urgent Call to Release Defenders\n\nDear World Leaders,", "2020-07-17"),
        # not a dateline: an ISO date inside a sentence
        ("Title\n\nThe date 2020-07-17 was chosen by the court.", ""),
        # a page's category, or a briefing's title, closed by its date after a comma or colon
        ("Switzerland calls for X\n\nPress releases, 24.03.2017\n\nThe Council ...", "2017-03-24"),
        (
            "UNOG press briefing\n\nPress Conferences | UNOG\n\nUNOG Bi-weekly press briefing: 19 November 2019\n",
            "2019-11-19",
        ),
        # a heading closed by its date after a spaced dash
        (
            "Right of Reply by India\n\nby Pakistan delegation under Agenda Item 3 – 10.3.2017\n\nMr. President,",
            "2017-03-10",
        ),
        # a full stop and a dash after the dateline's year
        ("Findings\n\nGeneva, 3 November, 2022.- The UN Human Rights Committee has issued its findings.", "2022-11-03"),
        # not an attribution of many words after a comma
        ("Statement\n\nMary Lawlor, UN Special Rapporteur on the situation of defenders, 9 December 2022\n\nText.", ""),
        # two places of one dateline joined by a slash
        (
            "Sri Lanka: Respect the Right\n\n(Bangkok/Kathmandu – 1 March 2023) – The Forum condemns the crackdown.",
            "2023-03-01",
        ),
        # a story's dateline below fifteen lines of a page's menus and teasers ...
        (
            _MENU + "(Bangkok/Kathmandu – 1 March 2023) – The Asian Forum strongly condemns the crackdown on protests.",
            "2023-03-01",
        ),
        # ... but not a date alone that far down, which may be any date the page lists
        (
            _MENU + "1 March 2023\n\nThe Forum condemns the crackdown.",
            "",
        ),
        # a city with its abbreviated state or district, the dash unspaced or the comma left out
        ("Title\n\nWashington, D.C., July 27, 2023—The Committee reiterated its call.", "2023-07-27"),
        ("Title\n\nWashington, D.C. July 6th 2018.- From the Center, we express our alarm.", "2018-07-06"),
        ("Title\n\nAlbany, N.Y., May 3, 2021 — The governor said.", "2021-05-03"),
        # a joint release's several places, one a city with its district; a wire's name after the date
        (
            "Title\n\nManagua, Costa Rica, Washington D.C. November 30, 2022.- The Center celebrates the decision.",
            "2022-11-30",
        ),
        ("Title\n\nUnited Nations, New York, April 08, 2022 (GLOBE NEWSWIRE) — The Fund is alarmed.", "2022-04-08"),
        # a video script's DATELINE field, the place and its country after the date
        (
            "STORY: OHCHR / FACT FINDING TEAM\nTRT: 01:23\nDATELINE: 16 SEPTEMBER 2024, GENEVA, SWITZERLAND\n",
            "2024-09-16",
        ),
        # a content system's comma with no space before the year, and a time
        ("Title\n\nJanuary 19,2021 11:02\n\nThe rapporteurs issued a statement.", "2021-01-19"),
        # a place in capitals right before the date; a full stop before the dash; ", at" before the time
        ("Title\n\nGENEVA September 17, 2018 – UN experts call on the Council to act.", "2018-09-17"),
        ("Title\n\nMaseru, 04 May, 2017. –The 29th Session of the Committee opened.", "2017-05-04"),
        ("Title\n\nMar 19, 2015, at 03:11 pm\n\nThe Special Rapporteur called on the authorities.", "2015-03-19"),
        # a story that opens by giving today's date
        ("Title\n\nToday, on November 24, 2011, the court sentenced our colleague.", "2011-11-24"),
        ("Title\n\nToday, 25 April 2018, marks a month since the kidnapping.", "2018-04-25"),
        # a page that prints only when it was last modified
        ("Title\n\nLast modified on Wed 11 Apr 2018 06.39 EDT\n\nThe authorities are holding her.", "2018-04-11"),
        # a text that opens with its date and a full stop ...
        ("18 June 2025. On the eve of his birthday, we renew our call for his release.", "2025-06-18"),
        # ... not a sentence further down that ends with a date
        ("Title\n\nThe law was adopted on 3 May 2019. It bans protests.", ""),
        # a place, a date and a full stop open the story under a title
        ("Pakistan: end disappearances\n\nLahore, 30 August 2018. The Commission reiterated its call.", "2018-08-30"),
        ("Freedonia: end arrests\n\n1 March 2011. Johannesburg. The government should free them.", "2011-03-01"),
        # a title closed by its date with no separator
        ("UNOG Bi-weekly press briefing 8 September 2020\n\nThe spokesperson said ...", "2020-09-08"),
        ("Press Release for 10th July, 2018.\n\nThe association welcomes the report.", "2018-07-10"),
        # a newspaper's name and a comma before the date in a dateline's brackets
        (
            "Title\n\nHONIARA, Freedonia (Freedonia Star, Feb. 19, 2014) – The Forum has renewed calls.",
            "2014-02-19",
        ),
        # words of elements of their own glued to the dateline with no space: an image's alt text, a
        # label, the place after the year
        ("Title\n\nblankGENEVA, 21 July 2020 (OHCHR) – UN experts today welcomed the step.", "2020-07-21"),
        ("Press release13 June 2018 – The authorities should immediately release the lawyer.", "2018-06-13"),
        ("Belarus’s dictator hopes for support\n\nAug 22nd 2020MINSK\n\nThe protests go on.", "2020-08-22"),
        # three places of one dateline, the dash glued to the story
        ("LONDON/SAN FRANCISCO/BUENOS AIRES, 5 June 2019 –The International Legal Team appealed.", "2019-06-05"),
        # a letter's date line with its salutation run on
        ("REFERENCE: UA G/SO 214\n\n31 January 2014 Excellency,\nI have the honour to address you.", "2014-01-31"),
        # a publication label and its date under a page's menus
        (_MENU + "Published 20 June 2024\n\nLast updated 20 June 2024\n\nThe UK said ...", "2024-06-20"),
        # a label of a few words and its date, with the time after a dash
        ("kayhan.ir\n\nNews ID: 71816\nPublish Date : 19 October 2019 - 23:17\n\nTitle", "2019-10-19"),
        # the word for "date" of a site in another language that republishes an English text
        ("EU declaration on Freedonia\nDato: 14.11.2022 | Utenriksdepartementet\nThe EU ...", "2022-11-14"),
        # the issue date of a UN document's symbol block under a site's menus
        (
            _MENU + "United Nations\nCAT/C/FRD/CO/2\nDistr.: General\n21 June 2013\nOriginal: Spanish\n\nText",
            "2013-06-21",
        ),
        # ... with its two columns on shared lines, as a PDF's text gives them
        (
            "United Nations A/79/814-S/2025/144\nGeneral Assembly Distr.: General\nSecurity Council 7 March 2025\n\n"
            "Original: English\n\nLetter dated 4 March 2025 from the Permanent Representative",
            "2025-03-07",
        ),
        # ... flattened into one line by a site's copy of the PDF
        (
            "CAT/C/99/2 United Nations Convention against Torture Distr.: General 3 May 2016 Original: English "
            "Committee against Torture Report on follow-up 1. The present report compiles information.",
            "2016-05-03",
        ),
        # a special procedures' reference line with its date
        (
            "PALAIS DES NATIONS • 1211 GENEVA 10, SWITZERLAND\n\nMandates of the Special Rapporteur on torture\n\n"
            "REFERENCE: AL FRD 5/2018 12 November 2018\n\nExcellency,\n\nWe have the honour to address you.",
            "2018-11-12",
        ),
        # a publisher's name with a lower-case word before the date
        ("Court promises to allow families\n\nDefend the Defenders, April 4, 2018\n\nThe court said ...", "2018-04-04"),
        # a date line with its month in lower case, and one with an empty field after its separator
        ("Statement on the visa ban\n\n13 august 2022\nWe are closely following the news.", "2022-08-13"),
        ("June 30, 2013 |\nNew York |\nSince 2006, the group has been sending letters.", "2013-06-30"),
        # a note that the text was issued or delivered on a date; an oral statement's agenda item line
        ("UK statement\n\nStatement delivered by Minister Jane Roe on 28 February 2017.\n\nText", "2017-02-28"),
        ("UK statement\n\nThe press release issued by the Foreign Office on 24 September 2024.\n\nText", "2024-09-24"),
        ("Statement\n\nItem 2: Interactive Dialogue with the High Commissioner, 3 March 2011\n\nText", "2011-03-03"),
        # ... the date in brackets closing it; and a statement's line naming its speaker, dated at its end
        (
            "Oral statements at the 56th session (18 June-12 July 2024)\nItem 2: Interactive dialogue on the oral"
            " update of the Mission (19 June 2024)\nMr. President,",
            "2024-06-19",
        ),
        (
            "Statement by the Executive Director: Those who defend our rights\n\nStatement by Jane Roe, Executive"
            " Director, on Women Human Rights Defenders Day, 29 November 2018\n\nWe honour today ...",
            "2018-11-29",
        ),
        # a date written year first with dots, after a label of its own
        ("Title of the page\n\nCreated: 2022.03.03 / Updated: 2022.03.04 10:24\nThe minister urged ...", "2022-03-03"),
        # a date and the place the text was written in, alone on the first line
        ("3 March 2022, Caglayan Courthouse, Istanbul\n\nThe hearing opened.", "2022-03-03"),
        # a date in brackets opening the first paragraph
        ("Freedonia: release the defender\n\n(3 March 2022) We, members of the Platform, are concerned.", "2022-03-03"),
        # not a sentence that opens with a date and a comma
        ("3 March 2022, the court ruled that he be released.\n\nText", ""),
        # not a verdict issued, nor detainees released, on a date
        ("Title\n\nThe court issued its verdict on 3 May 2019.\n\nText", ""),
        ("Title\n\nThe detainees were released on 3 May 2019.\n\nText", ""),
        # a byline's labelled date after the author's name, or after the time it was posted
        ("Title of the page\n\nJane Roe Published July 22, 2022 | 01:20 AM\n\nRights groups urged ...", "2022-07-22"),
        ("Title of the page\n\nPosted 11:58 AM, May 10, 2019, by\nMothers marched ...", "2019-05-10"),
        # a place, a date and the agency in brackets before the story
        ("Title\n\nBrussels, 31 December 2010 (ITUC OnLine): The ITUC has called on the authorities.", "2010-12-31"),
    ],
)
def test_dateline_layouts_and_ocr_confusions(text, expected):
    assert find_dateline(text) == expected


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "kind"),
    [
        # durations: TIMEX3 DURATION values (prison terms matter to analysts of detention)
        ("He was sentenced to five years in a penal colony.", "five years", "P5Y", "duration"),
        ("She is serving a 15-year sentence.", "15-year", "P15Y", "duration"),
        ("The detention lasted 15 days.", "15 days", "P15D", "duration"),
        ("He was questioned for 24 hours.", "24 hours", "PT24H", "duration"),
        ("Arrests doubled over the past two weeks.", "the past two weeks", "P2W", "duration"),
        ("Reprisals have grown in recent years.", "recent years", "PXY", "duration"),
        # prison terms as courts write them: a decimal is one number, a half is added, and a
        # term in years and months is one duration
        ("The journalist was sentenced to 1.5 years.", "1.5 years", "P1.5Y", "duration"),
        ("She received three and a half years in a colony.", "three and a half years", "P3.5Y", "duration"),
        ("He was jailed for a year and a half.", "a year and a half", "P1.5Y", "duration"),
        ("The blogger got two years and six months.", "two years and six months", "P2Y6M", "duration"),
        ("The interrogation lasted two hours and 30 minutes.", "two hours and 30 minutes", "PT2H30M", "duration"),
        ("The siege lasted 1,000 days.", "1,000 days", "P1000D", "duration"),
        # spelt-out terms past twelve, and compounds as one number (not "five years", P5Y)
        ("He was sentenced to fourteen years in prison.", "fourteen years", "P14Y", "duration"),
        ("She was jailed for twenty-five years.", "twenty-five years", "P25Y", "duration"),
        ("They were held for sixty days.", "sixty days", "P60D", "duration"),
        ("He was questioned for twenty four hours.", "twenty four hours", "PT24H", "duration"),
        # times of day: TIMEX3 TIME
        ("Police raided the office this morning.", "this morning", "2021-03-10TMO", "time"),
        ("The vigil was held on Friday night.", "Friday night", "2021-03-05TNI", "time"),
        ("The talks broke off at 10 p.m. Tuesday.", "10 p.m. Tuesday", "2021-03-09T22:00", "time"),
        ("The offer expires at noon, 12 March 2021.", "noon, 12 March 2021", "2021-03-12T12:00", "time"),
    ],
)
def test_durations_and_times_are_typed_rows(parsed, sentence, surface, value, kind):
    mention = _one(parsed(sentence), surface)
    assert (mention.value, mention.type) == (value, kind)


def test_ages_and_relative_phrases_are_not_durations(parsed):
    assert [m.type for m in parsed("The 40-year-old lawyer was arrested two years ago.")] == ["date"]


def test_a_delimited_period_is_its_dates_not_a_quarter(parsed):
    mentions = parsed("Arrests continued in the period from August to December 2020.")
    assert [(m.text, m.value) for m in mentions] == [("from August to December 2020", "2020-08/2020-12")]


def test_the_end_of_a_decimal_is_not_a_duration(parsed):
    """ "1.5 years" must never read as "5 years": a prison term three times too long."""
    assert [m.value for m in parsed("The court handed down 1.5 years; the prosecutor had asked 2.75 years.")] == [
        "P1.5Y",
        "P2.75Y",
    ]


# --- the word prefilter of the TimeML rule families (timex._RULE_WORDS) ------------------------


_PREFILTER_SENTENCES = [
    "Profits fell in the third quarter of 2019 and again this quarter, the latest period.",
    "In the first half of the year, and last summer, the fall of prices began.",
    "The 1990s and the '80s, the nineties and the 20th century were different.",
    "Fiscal 2020, FY2021 and the current fiscal year were audited.",
    "A year earlier, two weeks later, three days ago, that month and the same week.",
    "For the full year, nineteen ninety-six, year-ago results and the year-earlier quarter.",
    "At the end of the month, year-end, this weekend, tonight and Friday night.",
    "Right now, NOW and currently, more recently, in the past, soon and the coming weeks.",
    "They met on Monday; Thursday's vote was delayed until the near future.",
    "İstanbul, ſoon, the KELVIN scale and ı stay on the slow path.",
]


@pytest.mark.parametrize("text", _PREFILTER_SENTENCES)
def test_timex_word_prefilter_finds_the_same_spans(text, monkeypatch):
    from pipeline.extract.dates import timex

    fast = timex.find(text)
    monkeypatch.setattr(timex, "_skipped_rules", lambda _text: frozenset())
    assert fast == timex.find(text)


@pytest.mark.parametrize("text", _PREFILTER_SENTENCES)
def test_timex_rule_matches_contain_one_of_the_rule_words(text):
    from pipeline.extract.dates import timex

    for rule, pattern, _relative in timex._RULES:
        for match in pattern.finditer(text):
            if rule in timex._RULE_WORDS and not any(c in match.group(0) for c in timex._CASE_TWINS):
                assert any(w in match.group(0).lower() for w in timex._RULE_WORDS[rule]), (rule, match.group(0))


def _sentences_of_this_module() -> list[str]:
    """Every string written in this test module: the sentences of every date rule's tests."""
    import ast

    tree = ast.parse(Path(__file__).read_text(encoding="utf-8"))
    return sorted({n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)})


def test_timex_word_prefilter_holds_for_every_sentence_of_the_date_tests(monkeypatch):
    """A rule added or widened without its words in _RULE_WORDS would be skipped on texts its own
    tests use ("the first two quarters of 2022" once lost its half to a prefilter of "half")."""
    from pipeline.extract.dates import timex

    texts = _sentences_of_this_module()
    fast = [timex.find(text) for text in texts]
    monkeypatch.setattr(timex, "_skipped_rules", lambda _text: frozenset())
    assert fast == [timex.find(text) for text in texts]


def test_timex_case_twins_are_every_non_ascii_match_of_an_ascii_letter():
    from pipeline.extract.dates import timex

    letter = re.compile(r"[a-z]", re.I)
    assert {chr(c) for c in range(128, sys.maxunicode + 1) if letter.fullmatch(chr(c))} == set(timex._CASE_TWINS)


# --- the first-character lookaheads of the search patterns (first_char) -------------------------


def _pattern_pairs() -> list[tuple[str, re.Pattern, re.Pattern]]:
    """(name, pattern as written, pattern as searched) of every calendar and TimeML rule."""
    from pipeline.extract.dates import rules, timex

    plain, fast = rules.build_rules(lookahead=False), rules._rules()
    pairs = [
        (name, getattr(plain, name), getattr(fast, name))
        for name in vars(plain)
        if isinstance(getattr(plain, name), re.Pattern)
    ]
    pairs += [(rule, p, f) for (rule, p, _), (_, f, _) in zip(timex._RULES, timex._FAST_RULES, strict=True)]
    return pairs


def test_every_search_pattern_gets_a_first_character_lookahead():
    """A pattern left without one (an alternative that may start with any character) is slower
    on every document: this lists which rule lost it."""
    anchored = ("dateline", "labelled_iso")  # matched at a line's start only, never searched
    slow = [name for name, plain, fast in _pattern_pairs() if plain is fast and name not in anchored]
    assert slow == []


def test_first_character_lookaheads_keep_every_match():
    """The lookahead only skips positions where a pattern cannot match: on every sentence of the
    date tests each pattern finds the same matches, groups included, with and without it."""
    texts = [
        *_sentences_of_this_module(),
        "Held between 3 and 5 May, from March to June, BETWEEN 2019 AND 2021, NOW and ſoon.",
    ]
    for name, plain, fast in _pattern_pairs():
        for text in texts:
            expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == expected, (name, text)


@pytest.mark.parametrize(
    ("pattern", "flags", "first"),
    [
        (r"\b(?i:between)\s+x|from", 0, "[f]|(?i:[b])"),  # a case-insensitive group keeps its flag
        (r"(?:the\s+)?\d+", 0, r"[\dt]"),  # an optional word: its first letter or what follows
        (r"(?<!x)\bJan|Feb", 0, "[FJ]"),  # lookbehinds and word boundaries consume nothing
        (r"next|last", re.IGNORECASE, "(?i:[ln])"),
        (r"a?", 0, None),  # may match the empty string: any position
        (r"[^a]x", 0, None),  # a negated class: any character
        (r".x", 0, None),
    ],
)
def test_first_char_class_of_a_pattern(pattern, flags, first):
    from pipeline.extract.dates.first_char import first_char_class

    assert first_char_class(pattern, flags) == first


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The period 2016-2020 saw many arrests.", [("2016-2020", "2016/2020")]),
        (
            "In the period 1 January to 31 March 2021, 30 people were arrested.",
            [("1 January to 31 March 2021", "2021-01-01/2021-03-31")],
        ),
    ],
)
def test_a_period_its_own_numbers_name_is_not_the_reported_quarter(dates, text, expected):
    assert _values(dates(text, "2023-03-03")) == expected


@pytest.mark.parametrize("surface", ["this past weekend", "the past weekend", "last weekend"])
def test_the_weekend_just_gone(dates, surface):
    # 3 March 2023 is a Friday of ISO week 9: the weekend gone is week 8's
    assert _values(dates(f"Thousands marched {surface}.", "2023-03-03")) == [(surface, "2023-W08-WE")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The vote is two weeks from now.", [("two weeks from now", "2023-W11")]),
        ("The trial starts 10 days from now.", [("10 days from now", "2023-03-13")]),
        ("Three years from today, the law will expire.", [("Three years from today", "2026")]),
    ],
)
def test_units_from_now_count_ahead_of_the_document_date(dates, text, expected):
    assert _values(dates(text, "2023-03-03")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Attacks against journalists\n\nParliamentary Assembly\nAssembly debate on 24 January 2017 (4th Sitting). "
            "Text adopted by the Assembly on 24 January 2017 (4th Sitting).\n\n1. The Assembly ...",
            "2017-01-24",
        ),
        ("Resolution adopted by the General Assembly on 20 December 1993\n\nThe General Assembly, ...", "1993-12-20"),
        ("Adopted by the Human Rights Council on October 6, 2022\n\nThe Human Rights Council, ...", "2022-10-06"),
        # "on" glued to the body's name by a PDF's text layer
        ("Resolution adopted by the Human Rights Councilon 7 July 2022\n50/2. Situation of ...", "2022-07-07"),
        # a story's clause about a resolution dates the resolution, not the story
        ("Council acts\n\nThe resolution, adopted on 6 October 2022, calls for a probe.", ""),
        # the meeting and date that close an adopted resolution, on two lines or run into one
        (
            "7/3\nHealth of detainees\nThe Human Rights Council,\n"
            + "Recalling its earlier resolutions,\n" * 20
            + "1. Calls upon States to act;\n12th meeting\n4 July 2011\n[Adopted without a vote.]\n8/1\n",
            "2011-07-04",
        ),
        (
            "Resolution 3/2. Forum on water The Council ... decides to remain seized. 40th meeting 9 May 2008 -----",
            "2008-05-09",
        ),
        # ... but not a report's account of the meetings at which it considered a text
        ("Report\n\nThe Committee considered the report at its 1234th and 1235th meetings, on 5 and 6 May 2016.", ""),
        ("Report\n\nThe Council adopted the text at its 21st meeting, on 28 September 2007.", ""),
    ],
)
def test_an_adopted_text_is_dated_by_its_adoption_formula(text, expected):
    assert find_adoption_date(text) == expected


def test_a_first_line_that_dates_itself_is_read_below_the_documents_headline():
    # a page's headline put above its text: the line that opened the text still dates the document
    text = "DETAINEE FACES SECRET TRIAL\n\nFurther information on urgent action 12/34 of the campaign, 3 March 2015\n"
    assert find_dateline(text, title="DETAINEE FACES SECRET TRIAL") == "2015-03-03"
    assert find_dateline(text) == ""


def test_a_repost_note_dates_the_text():
    text = "Journalists jailed in Freedonia\nThis statement was first published on example.org on 4 March 2021.\n"
    assert find_dateline(text) == "2021-03-04"


def test_a_sentence_about_another_reports_publication_dates_nothing():
    text = "Freedonia: a year on\nThe report published on 4 March 2021 found that two editors had been jailed.\n"
    assert find_dateline(text) == ""


def test_a_time_of_day_after_a_dated_dash_is_no_span_end(dates):
    assert _values(dates("April 5, 2011 - 10:21 AMT. The embassy condemned the arrests.")) == [
        ("April 5, 2011", "2011-04-05")
    ]


def test_an_ocr_zero_for_the_o_of_october_is_read_in_the_body_too(dates):
    text = "The High Commissioner wrote to the Government on 1 0ctober 2025 and again in mid-November."
    assert ("1 0ctober 2025", "2025-10-01") in _values(dates(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date, a comma and the place, then the story, below a title
        ("Press release\nPakistan must act\n30 August 2022, Lahore. On this day the Commission ...", "2022-08-30"),
        # a label and an ISO timestamp in a markdown code span
        ("Journalist given years in jail\n\nPublished :`2024-07-22 23:36:41`\n\nA Russian court ...", "2024-07-22"),
        # a content system's month-first hyphenated date
        ("IOM concerned by deaths of migrants\n\nPosted on Fri, Nov-29-2013\n\nSwitzerland - The ...", "2013-11-29"),
        # a speaker and date line in a markdown code span, as a congressional record's export gives it
        ("Honouring a laureate\n`Mr. ROE — 7 December 2010`\n\nMr. ROE. I want to thank ...", "2010-12-07"),
        # a numeric date in square brackets opening the story below its title
        ("Declaration on the execution of a prisoner\n[23/04/2015] The Committee deeply regrets ...", "2015-04-23"),
        # a "Date:" field closing a header line of other fields
        (
            "Freedonia: poet held incommunicado\nUA: 101/15 Index: ABC 12/345/2015 Freedonia Date: 9 March 2015\n"
            "The poet was arrested ...",
            "2015-03-09",
        ),
        # a date and the dash of a dateline whose story begins on the next line
        ("March 3, 2019 -\nThe Minister today issued the following statement:\n“We are concerned ...", "2019-03-03"),
        # a timestamp below a long summary, and a letter's date above its salutation below a long header
        (
            "Title\n"
            + "".join(f"{n}. A point of the summary.\n" for n in range(14))
            + "*05:43 AM, Friday, July 19, 2024*\n"
            "The Government should ...",
            "2024-07-19",
        ),
        (
            "Appeal\n" + "".join(f"Recipient line {n}\n" for n in range(14)) + "25 April 2017\nYour Majesty,\nWe ...",
            "2017-04-25",
        ),
        # ... with the letter's subject line between them, and a salutation to several
        (
            "Joint letter\n\n" + "".join(f"Recipient line {n}\n" for n in range(14)) + "\n23 February 2016\n\n"
            "Re: Internet shutdown in Freedonia\n\nYour Excellencies,\n\nWe are writing ...",
            "2016-02-23",
        ),
        # a site's timestamp with words after it; a post's author and ISO timestamp; a motion's tabling
        ("Freedonia News 28 Sep 2016, 05:52 am Print\nThe Director-General ...", "2016-09-28"),
        ("[[Jane Roe\t2016-02-16, 17:25:46 [Source](https://example.org/post)]]\nWe stand ...", "2016-02-16"),
        (
            "Prisoners of conscience\nEDM (Early Day Motion) 468: tabled on 12 May 2020\nThat this House ...",
            "2020-05-12",
        ),
        # not an event's date and hour in the story
        (
            "Experts to visit\n(CITY) – The experts will speak at a press conference on 15 December 2017, 14:00.",
            "",
        ),
        # a title that dates itself and introduces the text with a colon
        ("Joint statement by the Ministers, on the Day of Peace, 21 September 2017:\nToday ...", "2017-09-21"),
        # a content manager's byline under the site's menu
        (
            "Main Menu\nLost Password?\nRegister now!\nPosted by admin on 2021/10/13 17:25:00 (89 reads)\n\n"
            "Freedonia: Freedom Now petitions the UN\n\nOn October 12, 2021, Freedom Now filed a petition.",
            "2021-10-13",
        ),
        ("Posted by Jane Roe on October 13, 2021 (12 comments)\n\nWe urge ...", "2021-10-13"),
        # a field dating an earlier step is not the text's date: the decision's adoption is
        ("Submission: 2012.02.21\nView Adopted: 2017.07.14\nIn accordance with article 2 ...", "2017-07-14"),
        ("Received: 12 June 2021\nPublished: 3 July 2021\n\nAbstract ...", "2021-07-03"),
        # the place in capitals and the date in one pair of brackets, no comma between
        ("(NEW YORK 5 May 2020) – “It is time to act,” UN experts said today.", "2020-05-05"),
        # a note's date with its author or category after a semicolon
        ("Freedonia: end the crackdown\n\nPublished on 9 December 2017; Joint Organizations\n\nWe ...", "2017-12-09"),
        # the author and a labelled date on one line, the label's colon after "on"
        (
            "Freedonia: probation lifted\n\nAuthor: The Labour Network, Published on: 20 April 2018\n\nThe ...",
            "2018-04-20",
        ),
        # a post's date with a two-digit year alone on its line, day first ("07.05.20"); not a section number
        ("07.05.20\nStatements\n\nDefenders Imprisoned Worldwide\n\nThey were jailed ...", "2020-05-07"),
        ("Freedonia\n06.06.23\n\nFreedonia: Reject the draft law\n\nWe, the undersigned ...", "2023-06-06"),
        ("Report\n2.3.14\n\nThe Committee notes the reply.", ""),
        # the text's own date in full below it comes first
        (
            "05.10.22\n\nFreedonia: facing the facts\n\n28 September 2022\n\nIn August 2022, a trial began.",
            "2022-09-28",
        ),
        # a place, a full stop and the date opening the story
        ("Johannesburg. 24 November 2011. The Alliance denounces the sentencing of X today.", "2011-11-24"),
        # "Today", the date in brackets
        ("Statement Protesting Executions\n\nToday (on December 21, 2021), three inmates were executed.", "2021-12-21"),
        # a wire tag with no space before it and an acronym in brackets
        ("KAMPALA, Uganda, October 27, 2014/Wire Press Organization (WPO)/ — The Committee will ...", "2014-10-27"),
        # a date opening a credit line: the author after it
        ("Freedonia: Statement by the Spokesperson\n\n07.01.2023 Regional Press Team\n\nThe EU ...", "2023-01-07"),
    ],
)
def test_more_dateline_layouts(text, expected):
    assert find_dateline(text) == expected


def test_a_present_progressive_does_not_send_the_dates_of_a_noun_it_governs_ahead(parsed):
    # "is meeting on Friday" looks ahead; the violations an investigation is into happened when they did
    text = "A team is conducting an investigation into violations between July 1 and August 15 arising from protests."
    found = _one(parsed(text, "2024-09-16"), "between July 1 and August 15")
    assert found.value == "2024-07-01/2024-08-15"


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # the second clause's tense alone would send "30 October" a year back
        (
            "The Committee will hold a news conference on Thursday 30 October in Geneva.\n\n"
            "It will share copies of its findings, strictly embargoed until 13:30 on 30 October.",
            "2014-10-27",
            "2014-10-30",
        ),
        # the first clause's infinitive alone would send it a year ahead: the one nearest the text's date holds
        (
            "His family decided to publicize his case on September 6. He was deported on Thursday.\n\n"
            "Read the group's September 6 alert with a full account of the case.",
            "2006-09-22",
            "2006-09-06",
        ),
    ],
)
def test_a_year_less_day_named_again_is_the_same_day(parsed, text, published, day):
    values = {m.value for m in parsed(text, published) if "Thursday" not in m.text}
    assert values == {day}


def test_a_first_line_that_is_a_sentence_ending_with_a_date_dates_no_text():
    text = (
        "Detention tops the list of violations, the Commission said in its annual report presented to"
        " Parliament on Tuesday 24th March 2015.\nOther violations include torture."
    )
    assert find_dateline(text) == ""
