"""The body's ends in a text capture: lists of other stories and tables of data around the
article, and the wrap width that decides which lines are one paragraph."""

from __future__ import annotations

import textwrap

import pytest

from sidebyside.extract.text import extract_text
from sidebyside.extract.text.unwrap import unwrap, wrap_width
from sidebyside.model import Capture, Source


def extract(content: str):
    return extract_text(Capture(source=Source(path="capture.txt", format="text"), content=content))


ARTICLE = [
    "The council approved the budget on Monday after a debate that lasted well into the night, officials said. "
    "The vote was closer than expected, with three members abstaining after a late change to the plan.",
    "Spending on schools rises by four percent while road repairs are postponed until next year, the plan shows. "
    "Libraries keep their opening hours, and the swimming pools reopen in the spring after repairs.",
    "Opposition members said the cuts to transport would hurt commuters in the outer districts the most. "
    "They proposed to fund the buses from the reserves instead, but the motion was defeated.",
    "The mayor defended the plan, saying the city had to balance its books after two difficult years in office. "
    "She said the reserves were needed for the flood defences planned along the river.",
    "A final vote on the transport levy is expected next month, once the committee has heard from the public.",
]


def _teaser(n: int) -> list[str]:
    summary = (f"Story {n}: our correspondent spent a week with the crews who keep the old trams running through "
               "the winter, and found a service held together by goodwill, spare parts and long night shifts.")
    return [f"Inside tram depot number {n}", "Tom Ellis", f"{n + 4} March 2024", summary]


def test_a_list_of_dated_teasers_longer_than_the_article_is_cut_at_its_first_story():
    teasers = [line for n in range(1, 7) for line in _teaser(n)]
    content = "\n\n".join(["Council approves budget", "By Ann Lee", "4 March 2024", *ARTICLE, *teasers])
    article = extract(content)
    assert article.paragraphs() == ARTICLE
    assert "tram" not in article.text



@pytest.mark.parametrize("title, separator", [("The Tour Dates\n\n", " – "), ("The tour's 2020 dates:\n", " -- ")])
def test_tour_dates_after_the_last_paragraph_are_the_articles(title, separator):
    dates = [row.replace(" – ", separator) for row in (
        "June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre", "June 10 – Tampa, FL @ Credit Union Amphitheatre",
        "June 14 – Alpharetta, GA @ Ameris Bank Amphitheatre", "June 17 – Nashville, TN @ Bridgestone Arena",
        "June 19 – Charlotte, NC @ PNC Music Pavilion")]
    content = "\n\n".join(["Council approves budget", "By Ann Lee", "4 March 2024", *ARTICLE,
                           title + "\n".join(dates), "• Home\n• Contact\n• Privacy Policy"])
    article = extract(content)
    assert article.text.count("June") == len(dates)
    assert [b.kind for b in article.blocks].count("list_item") == len(dates)
    assert article.paragraphs()[: len(ARTICLE)] == ARTICLE
    assert "Privacy" not in article.text


def test_a_menu_of_short_lines_after_the_article_is_no_table():
    menu = ["Home", "World 2024", "Sport: Football", "Weather - Today"]  # no separator all lines share
    content = "\n\n".join(["Council approves budget", "By Ann Lee", "4 March 2024", *ARTICLE, "\n".join(menu)])
    assert extract(content).paragraphs() == ARTICLE
    assert "Weather" not in extract(content).text


def test_the_wrap_width_is_the_texts_not_that_of_a_few_wider_headings():
    paragraph = ("The harbour authority voted seven to two in favour of the new ferry terminal, ending a planning "
                 "dispute that had lasted more than six years and divided the town council, whose members had "
                 "argued over the cost, the noise and the traffic the terminal would bring into the old streets.")
    wrapped = textwrap.wrap(paragraph, width=74, initial_indent="   ", subsequent_indent="   ")
    headings = ["Harbour Authority Approves New Ferry Terminal After Six Years Of Planning Row",
                "Council Members Argue Over Costs, Noise And Traffic In The Old Town Streets A"]
    assert all(len(h) == 77 for h in headings)
    content = "\n\n".join([headings[0], *["\n".join(wrapped)] * 14, headings[1], "\n".join(wrapped)])
    assert wrap_width(content.splitlines()) == 74
    assert unwrap(content).count(paragraph) == 15


def _card(n: int) -> list[str]:
    return [f"KICKER {n}", f"A headline of another story, number {n}", f"example.org News {n}",
            f"A short summary of story {n}: what happened, to whom, and why readers may care about it."]


def test_a_list_of_teaser_cards_after_the_article_ends_it():
    cards = [line for n in range(1, 30) for line in _card(n)]
    content = "\n\n".join(["Council approves budget", "By Ann Lee", "4 March 2024", *ARTICLE, *cards])
    article = extract(content)
    assert article.paragraphs() == ARTICLE


def test_sections_under_one_subheading_each_are_not_teaser_cards():
    sections = [line for n, para in enumerate(ARTICLE * 2)
                for line in (f"Section {n} of the report", f"In section {n}: {para}")]
    content = "\n\n".join(["Council approves budget", "By Ann Lee", "4 March 2024", *ARTICLE, *sections])
    assert len(extract(content).paragraphs()) == len(ARTICLE) * 3


def test_long_sections_under_a_heading_and_a_note_are_not_teaser_cards():
    long_sections = [line for n, para in enumerate(ARTICLE[:4]) for line in
                     (f"Part {n}", f"Main article: Budget part {n}", f"Part {n}: {para} {para.replace('the', 'this')}")]
    content = "\n\n".join(["Council approves budget", "By Ann Lee", "4 March 2024", *ARTICLE, *long_sections])
    assert len(extract(content).paragraphs()) == len(ARTICLE) + 4


def test_a_small_table_under_a_header_of_cells_stays_in_the_article():
    table = ["Ticker  Company  Last  Change", "HDX  Harbour Depot Inc.  225.86  -12.99", "LWX  Lowell Stores Inc.  113.40  -1.62"]
    content = "\n\n".join(["Council approves budget", "By Ann Lee", "4 March 2024", *ARTICLE[:3], "\n".join(table),
                           *ARTICLE[3:]])
    article = extract(content)
    assert "Harbour Depot Inc. 225.86" in article.text and "Lowell Stores" in article.text
    assert article.paragraphs() == ARTICLE


def test_a_header_and_rows_that_share_no_cells_are_no_table():
    lines = ["Home  World  Sport", "Page 2 of the archive", "Issue 14, spring 2024"]
    content = "\n\n".join(["Council approves budget", "By Ann Lee", "4 March 2024", *ARTICLE[:3], "\n".join(lines),
                           *ARTICLE[3:]])
    assert "archive" not in extract(content).text


def test_a_list_of_headlines_introduced_after_the_article_is_not_kept():
    headlines = ["• Man shot at a petrol station in the north of the city dies in hospital",
                 "• Three people taken to hospital after a crash on the ring road at night",
                 "• Police identify the man and woman found dead in a flat on the estate",
                 "• City may dry its sewage sludge and sell it to farmers as fertiliser"]
    content = "\n\n".join(["Council approves budget", "By Ann Lee", "4 March 2024", *ARTICLE,
                           "Our reporters also covered:", "\n".join(headlines), "Privacy Policy"])
    article = extract(content)
    assert article.paragraphs() == ARTICLE
    assert "petrol station" not in article.text


BIO = ("Dana Whitfield is a staff correspondent based in Cairo. She previously covered the courts and "
       "city hall for ten years.")


def test_the_bio_of_the_credited_author_after_the_article_is_not_body():
    page = "\n\n".join(["Council approves budget", "By Dana Whitfield", *ARTICLE, BIO])
    article = extract(page)
    assert article.authors == ("Dana Whitfield",)
    assert "staff correspondent" not in article.text
    assert ARTICLE[-1] in article.text


def test_a_credit_line_and_a_bio_of_someone_not_credited_stay():
    credit = "(Reporting by Dana Whitfield; Editing by Tom Brown for the city desk of the paper)"
    page = "\n\n".join(["Council approves budget", "By Dana Whitfield", *ARTICLE, credit])
    assert "Editing by Tom Brown" in extract(page).text
    other = BIO.replace("Dana Whitfield", "Maria Lopez")
    page = "\n\n".join(["Council approves budget", "By Dana Whitfield", *ARTICLE, other])
    assert "Maria Lopez is a staff correspondent" in extract(page).text


SIDEBAR = ("Click the picture above and see how the drivers stand in this season's ranking, race by race, "
           "with every lap time and every pit stop of the year.")


def test_the_tags_close_the_article_and_the_sidebar_under_them_is_not_body():
    show = ("A big return of the weekly show in its twelfth season, talking about everything that has happened "
            "in the world of motor sport, seriously and with good humour.")
    page = "\n\n".join(["Council approves budget", *ARTICLE, "Tags",
                        "council budget, city hall, transport levy, schools, libraries",
                        "» Power ranking", SIDEBAR, "» Weekly show", show])
    article = extract(page)
    assert ARTICLE[-1] in article.text and "pit stop" not in article.text


def test_a_topics_heading_over_prose_does_not_end_the_article():
    page = "\n\n".join(["Council approves budget", *ARTICLE[:3], "Topics", *ARTICLE[3:]])
    assert ARTICLE[-1] in extract(page).text


def test_a_capture_of_short_sentences_alone_reads_on_to_its_end():
    # a pasted article of three short paragraphs: the middle one is too short to be a paragraph by
    # itself ("short"), yet nothing but sentences follows the first, so the body is all of them
    content = ("Mira Vell has time to come to terms with the task ahead.\n\nShe will lead the choir in 2027.\n\n"
               "Do you think Vell will make a great conductor?\n")
    text = extract(content).text
    assert "She will lead the choir in 2027." in text
    assert text.endswith("Do you think Vell will make a great conductor?")


def test_short_sentences_before_page_furniture_are_not_all_taken():
    # the same short lines, then a share bar: the capture holds more than the article, so the
    # body does not read on through a short line after its end to the last sentence
    content = ("Mira Vell has time to come to terms with the task ahead.\n\nShe will lead the choir in 2027.\n\n"
               "Do you think Vell will make a great conductor?\n\nShare this article\n\nFacebook Twitter Email\n")
    text = extract(content).text
    assert "Share this article" not in text and "Facebook" not in text


# The same page as lynx and w3m dump it (lynx 2.9.0, w3m 0.5.3, -dump): lynx sets every line three
# columns in and a blockquote two more, w3m a blockquote four columns in.
LYNX_DUMP = '                            Council approves budget\n\n   The council approved the budget on Monday after a debate that lasted\n   well into the night, officials said. The vote was closer than expected.\n\n   Spending on schools rises by four percent while road repairs are\n   postponed until next year, the plan shows, and libraries keep their\n   hours.\n\n     We cannot keep borrowing to pay for the roads we already have, and\n     the reserves are there for the floods.\n\n   The mayor defended the plan, saying the city had to balance its books\n   after two difficult years in office and a long winter.\n\n   A final vote on the transport levy is expected next month, once the\n   committee has heard from the public at two meetings.\n'
W3M_DUMP = 'Council approves budget\n\nThe council approved the budget on Monday after a debate that lasted well into\nthe night, officials said. The vote was closer than expected.\n\nSpending on schools rises by four percent while road repairs are postponed\nuntil next year, the plan shows, and libraries keep their hours.\n\n    We cannot keep borrowing to pay for the roads we already have, and the\n    reserves are there for the floods.\n\nThe mayor defended the plan, saying the city had to balance its books after two\ndifficult years in office and a long winter.\n\nA final vote on the transport levy is expected next month, once the committee\nhas heard from the public at two meetings.\n\n'


@pytest.mark.parametrize("content", [LYNX_DUMP, W3M_DUMP], ids=["lynx", "w3m"])
def test_a_blockquote_is_indented_beyond_the_body_margin_not_from_the_edge(content):
    article = extract(content)
    blocks = [(b.kind, article.text[b.start : b.start + 20]) for b in article.blocks]
    quoted = [text for kind, text in blocks if kind == "blockquote"]
    assert quoted == ["We cannot keep borro"]  # only the quotation, not lynx's every paragraph
    assert sum(1 for kind, _ in blocks if kind == "paragraph") == 4
