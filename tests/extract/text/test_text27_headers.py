"""Text-capture headers (tune6's kinds and last release's leftovers): a clock time told in a
headline, a headline in capitals wrapped over two lines, a live blog's writers with notes in
brackets, a byline of rarer given names where the byline block stands, the day an opening
dateline states under an "Updated" line, the paper's name over its owner's bar (captures
written for these tests, fictional outlets and people)."""

from __future__ import annotations

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

from dock_story import HEADLINE, PARAS


def _article(*header: str, paras: list[str] = PARAS, footer: tuple[str, ...] = ()):
    text = "\n\n".join((*header, *paras, *footer))
    return extract_text(Capture(source=Source(path="page.txt", format="text"), content=text))


def test_a_clock_time_the_headline_tells_keeps_it_a_headline():
    headline = "Dock workers to walk out at 6:00 on Monday over automation plan"
    assert _article("Port News", headline, "By Sam Okafor", "June 2, 2026").title == headline


def test_a_line_that_is_only_a_timestamp_is_no_headline():
    article = _article("Port News", HEADLINE, "By Sam Okafor", "Updated at 14:05 on Tuesday")
    assert article.title == HEADLINE


def test_a_capitals_headline_wrapped_after_a_closed_class_word_is_joined():
    first, second = "DOCK WORKERS WALK OUT OVER AUTOMATION PLAN AS SHIPS WAIT IN", "THE OUTER HARBOUR"
    article = _article("Port News", f"{first}\n{second}", "By Sam Okafor", "June 2, 2026")
    assert article.title == f"{first} {second}"


def test_a_kicker_in_capitals_over_a_capitals_headline_is_not_joined():
    headline = "DOCK WORKERS WALK OUT OVER AUTOMATION PLAN"
    article = _article("Port News", f"STRIKE ACTION\n{headline}", "By Sam Okafor", "June 2, 2026")
    assert article.title == headline


def test_a_live_blogs_writers_with_notes_in_brackets_are_the_byline_not_the_standfirst():
    standfirst = ("Cranes idle at every berth of the container terminal; the union and the operator meet at noon; "
                  "eleven ships wait offshore")
    article = _article("LIVE", HEADLINE + " – live", standfirst, "Keziah Mbatha (now) and Oisín Daly (earlier)",
                       "Mon 2 Jun 2026 14.32 BST")
    assert article.authors == ("Keziah Mbatha", "Oisín Daly")
    assert article.lead == standfirst and article.title == HEADLINE + " – live"


def test_a_name_of_rarer_given_name_closing_the_header_is_the_byline():
    assert _article("Port News", HEADLINE, "Ewan Strachan").authors == ("Ewan Strachan",)


def test_common_words_closing_the_header_credit_no_one():
    assert _article("Port News", HEADLINE, "Harbour View").authors == ()


def test_the_day_an_opening_dateline_states_is_the_publication_under_an_update_line():
    paras = ["PORT ELLIS, June 1 — " + PARAS[0], *PARAS[1:]]
    article = _article("Port News", HEADLINE, "By Sam Okafor", "Updated June 2, 2026, 9:41 a.m.", paras=paras)
    assert (article.published or "").startswith("2026-06-01")


def test_a_dateline_day_after_the_update_is_not_taken():
    paras = ["PORT ELLIS, June 5 — " + PARAS[0], *PARAS[1:]]
    article = _article("Port News", HEADLINE, "By Sam Okafor", "Updated June 2, 2026, 9:41 a.m.", paras=paras)
    assert (article.published or "").startswith("2026-06-02")


def test_a_dateline_is_not_read_when_the_header_states_the_publication():
    paras = ["PORT ELLIS, June 1 — " + PARAS[0], *PARAS[1:]]
    article = _article("Port News", HEADLINE, "By Sam Okafor", "Published June 2, 2026, 9:41 a.m.", paras=paras)
    assert (article.published or "").startswith("2026-06-02")


def test_the_papers_name_in_menus_before_and_after_the_story_wins_over_its_owners_bar():
    bar = "KELLER ROSS, A PRESS GROUP COMPANY\nKELLER ROSS\nOrlo Charts\nHarlow Newswires\nSubscribe\nThe Harlow Gazette\nEnglish Edition"
    footer = ("TO READ THE FULL STORY\nSUBSCRIBE\nSIGN IN\nThe Harlow Gazette\nEnglish Edition\nSubscribe Now",
              "Copyright ©2026 Keller Ross & Company, Inc. All Rights Reserved.")
    article = _article(bar, HEADLINE, "By Sam Okafor", "June 2, 2026", footer=footer)
    assert article.outlet == "The Harlow Gazette"


def test_a_second_writer_of_rarer_given_name_under_the_by_line_is_credited():
    assert _article("Port News", HEADLINE, "By Ewan Strachan\nSunita Okafor", "June 2, 2026").authors == (
        "Ewan Strachan", "Sunita Okafor")


def test_the_papers_name_under_the_by_line_is_no_second_writer():
    assert _article("Port News", HEADLINE, "By Ewan Strachan\nHarbour Courier", "June 2, 2026").authors == (
        "Ewan Strachan",)


def test_a_desks_credit_under_the_headline_is_no_headline_and_a_caption_below_it_neither():
    article = _article("Port News", HEADLINE, "Port News wire services", "Published 11:11 PM EST Jun 2, 2026",
                       "[photo-2041]", "Crane drivers at the north gate", "Jane Roe, Associated Press")
    assert article.title == HEADLINE


def test_a_headline_opening_with_a_desks_words_stays_a_headline():
    headline = "Staff and agencies clash over the port automation plan"
    assert _article("Port News", headline, "By Sam Okafor", "June 2, 2026").title == headline


def test_a_metered_paywalls_counter_between_the_paragraphs_leaves_the_body():
    paras = [PARAS[0], "You have read 2 of 3 free articles this month.", *PARAS[1:]]
    article = _article("Port News", HEADLINE, "By Sam Okafor", "June 2, 2026", paras=paras)
    assert "free articles" not in article.text and PARAS[2][:40] in article.text


def test_a_sentence_about_free_articles_of_clothing_stays_in_the_body():
    said = ("The union said it had handed out free articles of warm clothing to the pickets, who expect to stand "
            "at the gates through the night.")
    article = _article("Port News", HEADLINE, "By Sam Okafor", "June 2, 2026", paras=[*PARAS, said])
    assert said in article.text


def test_a_name_of_rarer_given_name_over_the_date_under_a_question_headline_is_the_byline():
    # (a question ends as a sentence does: the body's run opens with the headline)
    article = _article("Port News", "Analysis", "Can the port keep its crane drivers once the new cranes arrive?",
                       "The operator says automation will cost no jobs. The union does not believe it.",
                       "Idris Pemberton-Achebe", "2 June 2026")
    assert article.title == "Can the port keep its crane drivers once the new cranes arrive?" and article.authors == ("Idris Pemberton-Achebe",)


def test_a_common_words_line_over_the_date_under_a_question_headline_credits_no_one():
    article = _article("Port News", "Analysis", "Can the port keep its crane drivers once the new cranes arrive?",
                       "The operator says automation will cost no jobs. The union does not believe it.",
                       "Local Politics", "2 June 2026")
    assert article.authors == ()


def test_a_headline_over_its_standfirst_over_a_name_set_without_by_is_the_headline():
    headline = "The port's crane drivers deserve more than a promise"
    standfirst = "Automation may be coming, but a plan made without the people who run the cranes is bound to fail"
    article = _article("Opinion", headline, standfirst, "Oisín Mac Giolla Bhríde", "Columnist", "Tue 2 Jun 2026 06.00 BST")
    assert article.title == headline and article.lead == standfirst
