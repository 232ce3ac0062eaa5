"""Times as referents of the naming analysis (compare/times.py) on hand-written pairs."""

from __future__ import annotations

import dataclasses

from sidebyside.compare.framing import analyse_framing
from sidebyside.compare.times import find_times, time_chains, time_label

from .helpers import article


def time_contrasts(a, b):
    f = analyse_framing(a, b)
    return [
        (sorted({m.text for m in c.a}), sorted({m.text for m in c.b}))
        for c in f.label_contrasts
        if c.kind == "time"
    ]


def test_yesterday_and_a_weekday_dating_the_story_are_one_day():
    a = article("A fire destroyed the old dairy building yesterday, officials said.", "Nobody was hurt.")
    b = article("A fire destroyed the old dairy building on Monday.", "Nobody was hurt.")
    assert time_contrasts(a, b) == [(["yesterday"], ["Monday"])]


def test_a_part_of_the_day_is_a_label_of_that_day():
    a = article("Esther Williams died Thursday in her sleep.")
    b = article("Esther Williams died early Thursday in her sleep.")
    assert time_contrasts(a, b) == [(["Thursday"], ["early Thursday"])]


def test_two_different_weekdays_are_two_days():
    a = article("The bank was robbed on Monday.")
    b = article("The bank was robbed on Tuesday.")
    assert time_contrasts(a, b) == []


def test_a_preposition_or_a_date_format_is_no_other_label():
    a = article("The vote was held on Sunday, 2 December.", "Turnout was low.")
    b = article("The vote was held Sunday, December 2nd.")
    assert time_contrasts(a, b) == []


def test_dates_of_articles_turn_yesterday_into_a_date():
    a = dataclasses.replace(article("Talks began in Geneva.", "The envoy arrived yesterday."), published="2009-07-14")
    b = dataclasses.replace(article("Talks began in Geneva.", "The envoy arrived on Monday."), published="2009-07-16")
    # 2009-07-13 was a Monday: both say that day, the second not at the top
    assert time_contrasts(a, b) == [(["yesterday"], ["Monday"])]


def test_dates_of_articles_keep_two_days_apart():
    a = dataclasses.replace(article("The envoy arrived yesterday."), published="2009-07-14")
    b = dataclasses.replace(article("The envoy arrived on Wednesday."), published="2009-07-16")
    assert time_contrasts(a, b) == []


def test_a_month_alone_joins_the_one_day_of_that_month():
    chains = time_chains(find_times("The shooting happened last May. On May 29, a girl died."))
    assert len({m.chain for m in chains.mentions}) == 1


def test_a_month_alone_stays_apart_when_two_days_of_it_are_named():
    chains = time_chains(find_times("Last May was busy: on May 3 a fire, on May 29 a shooting."))
    assert len({m.chain for m in chains.mentions}) == 3


def test_may_the_verb_and_todays_are_no_times():
    assert [m.text for m in find_times("It may rain. In today's world, they march on.")] == []


def test_time_labels_drop_prepositions_and_house_style():
    assert time_label("on Nov. 12th") == time_label("November 12") == "november 12"
    assert time_label("the 6th of June") == "june 6"
    assert time_label("early Thursday") != time_label("Thursday")


def test_a_date_deep_in_one_article_is_not_the_others_weekday():
    a = dataclasses.replace(
        article("Putin met Erdogan in Sochi.", "Trade grew.", "Gas flows rose.", "Prices fell.", "Talks went on.",
                "On October 12, Putin spoke of gas."),
        published="2023-01-16",
    )
    b = article("Putin hosted Assad for talks on Wednesday.")  # 2022-10-12 was a Wednesday too
    assert time_contrasts(a, b) == []


def test_a_date_and_a_weekday_dating_both_stories_are_one_day():
    a = article("Fire gutted the Waitrose store on July 24, firefighters said.")
    b = article("Fire gutted the Waitrose store on Saturday, firefighters said.")
    assert time_contrasts(a, b) == [(["July 24"], ["Saturday"])]


def test_a_time_chain_is_shown_by_the_day_a_calendar_gives():
    a = article("A fire destroyed the dairy yesterday.", "Investigators said yesterday's fire began on Monday at dawn.")
    b = article("A fire destroyed the dairy on Monday.")
    f = analyse_framing(dataclasses.replace(a, published="2009-07-14"), dataclasses.replace(b, published="2009-07-14"))
    (contrast,) = [c for c in f.label_contrasts if c.kind == "time"]
    assert contrast.entity == "Monday"


def test_two_parts_of_one_day_are_no_naming_contrast():
    from sidebyside.compare.framing import analyse_framing

    from .helpers import article

    found = analyse_framing(
        article("The gunman opened fire on Monday morning at the office."),
        article("The gunman opened fire on Monday. He posted a message on Monday afternoon."),
    ).label_contrasts
    assert not [c for c in found if c.kind == "time"]


def test_parts_of_day_a_reader_takes_for_one_another_still_contrast():
    from sidebyside.compare.times import other_parts_of_day

    assert not other_parts_of_day(["Tuesday evening"], ["Tuesday night", "Tuesday"])
    assert other_parts_of_day(["Friday afternoon"], ["Friday night"])
    assert not other_parts_of_day(["Friday"], ["Friday night"])


def test_a_clock_time_split_by_the_capture_is_read_whole():
    from sidebyside.compare.times import find_times

    assert [m.text for m in find_times("At 9. 25 a. m. on Thursday, navy personnel boarded.")][0].endswith(
        "9. 25 a. m. on Thursday")
    assert [m.text for m in find_times("On Friday. 25 people died.")] == ["Friday"]
