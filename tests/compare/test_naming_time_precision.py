"""A day told at two precisions, and a night that names no day (compare/times.py), on
hand-written pairs, negatives included."""

from __future__ import annotations

import dataclasses

from sidebyside.compare.times import find_times

from .helpers import article
from .test_naming_times import time_contrasts


def test_overnight_names_no_day():
    assert [m.text for m in find_times("The boss hanged himself overnight in his cell.", "2008-12-17")] == []
    a = dataclasses.replace(article("The boss hanged himself in his cell today, police said."), published="2008-12-17")
    b = dataclasses.replace(article("The boss hanged himself overnight in his cell, police said."), published="2008-12-17")
    assert time_contrasts(a, b) == []


def test_the_story_day_and_the_month_of_it_are_one_time():
    a = dataclasses.replace(article("A gang member shot a mother on Friday as she shielded children."),
                            published="2011-10-25")
    b = dataclasses.replace(article("A gang member shot a mother in October 2011 as she shielded children."),
                            published="2013-04-11")
    # 2011-10-21 was a Friday
    assert time_contrasts(a, b) == [(["Friday"], ["October 2011"])]


def test_a_month_of_another_year_or_two_months_stay_apart():
    a = dataclasses.replace(article("A gang member shot a mother on Friday as she shielded children."),
                            published="2011-10-25")
    other_year = dataclasses.replace(article("A gang member shot a mother in October 2010 as she shielded children."),
                                     published="2013-04-11")
    assert time_contrasts(a, other_year) == []
    # a weekday the article's date does not turn into a date fits any month
    undated = article("A gang member shot a mother on Friday as she shielded children.")
    b = dataclasses.replace(article("A gang member shot a mother in October 2011 as she shielded children."),
                            published="2013-04-11")
    assert time_contrasts(undated, b) == []
