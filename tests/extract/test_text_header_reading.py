"""How the header of a text capture is read: dates in the page's language, a byline set after a
teaser paragraph, photo credits and bare names that are not the headline (captures written for
these tests, fictional outlets and people)."""

from __future__ import annotations

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

BODY_EN = (
    "The council voted on Tuesday to close the old river bridge to cars from next spring, after engineers "
    "found corrosion in three of its steel supports during a routine inspection last month.\n\n"
    "Buses, cyclists and pedestrians will still be able to cross while the repairs go ahead, which the "
    "council expects to take about eighteen months and to cost just under four million pounds.\n\n"
    "Shop owners on both banks said they feared losing customers, and asked the council to set up free "
    "parking near the bridge for the length of the works.\n\n"
    "The council said it would publish a detailed timetable for the closure before the end of the year."
)


def _article(text: str):
    return extract_text(Capture(source=Source(path="capture.txt", format="text"), content=text))


def test_byline_after_a_teaser_paragraph_is_read():
    text = (
        "Riverside Post\nNews\nSport\nLocal\n\n"
        "Old river bridge to close to cars for repairs\n\n"
        "Engineers found corrosion in three of the steel supports of the old river bridge during a routine "
        "inspection, and the council says the repairs will keep cars off the bridge for eighteen months.\n\n"
        "Published 14 November 2025, 10:20\n"
        "By Helen Marsh\n\n"
        + BODY_EN + "\n\nMost read\nTrain fares rise again\n© 2025 Riverside Post"
    )
    article = _article(text)
    assert article.authors == ("Helen Marsh",)
    assert (article.published or "").startswith("2025-11-14")
    assert "Helen Marsh" not in article.text


def test_numeric_dates_follow_the_language_of_the_page():
    body_pt = (
        "A câmara municipal aprovou na terça-feira o fechamento da velha ponte do rio para carros a partir da "
        "próxima primavera, depois que engenheiros encontraram corrosão em três dos seus suportes de aço.\n\n"
        "Ônibus, ciclistas e pedestres ainda poderão atravessar durante as obras, que devem durar cerca de "
        "dezoito meses e custar pouco menos de quatro milhões de reais.\n\n"
        "Comerciantes das duas margens disseram temer a perda de clientes e pediram estacionamento gratuito "
        "perto da ponte durante as obras."
    )
    text = "Jornal do Rio\n\nPonte velha será fechada para carros\n\nPor Ana Costa\n05/11/2025 10h20\n\n" + body_pt
    article = _article(text)
    assert article.language == "pt"
    assert (article.published or "")[:10] == "2025-11-05"  # the 5th of November, not May 11
    english = _article("Riverside Post\n\nOld river bridge to close\n\nBy Helen Marsh\n05/11/2025\n\n" + BODY_EN)
    assert (english.published or "")[:10] == "2025-05-11"  # an English page that names no region: May 11


def test_a_photo_credit_under_the_headline_is_not_the_headline():
    text = (
        "Riverside Post\nNews\nSport\n\n"
        "Old river bridge to close to cars for repairs\n"
        "Share\nFacebook\nEmail\n"
        "Cars queue on the old river bridge during the morning rush (AP)\n"
        "By Helen Marsh\n14 November 2025\n\n" + BODY_EN
    )
    assert _article(text).title == "Old river bridge to close to cars for repairs"


def test_a_date_glued_to_the_byline_is_not_part_of_the_name():
    text = "Riverside Post\n\nOld river bridge to close to cars for repairs\n\nby Helen Marsh14 Nov 2025\n\n" + BODY_EN
    assert _article(text).authors == ("Helen Marsh",)


def test_a_date_above_the_headline_and_a_byline_below_it():
    text = ("Riverside Post\nNews\nSport\n\n14 November 2025\n"
            "Old river bridge to close to cars for repairs\nHelen Marsh | Transport reporter\n\n" + BODY_EN)
    article = _article(text)
    assert article.title == "Old river bridge to close to cars for repairs"
    assert article.authors == ("Helen Marsh",)
    assert (article.published or "")[:10] == "2025-11-14"


def test_the_byline_under_a_standfirst_wins_over_a_masthead_date():
    menu = "\n".join(["Riverside Post", "Monday 17 November 2025", "Subscribe"] + ["News", "Sport", "Local", "Business",
                                                                                "Culture", "Travel", "Opinion", "Weather",
                                                                                "Podcasts", "Video"])
    text = (menu + "\n\nOld river bridge to close to cars for repairs\n"
            "Engineers found corrosion in three of the steel supports, and the council says the repairs will "
            "keep cars off the bridge for eighteen months.\n"
            "By Helen Marsh\nNov. 14, 2025 8:03 am\n\n" + BODY_EN)
    article = _article(text)
    assert article.title == "Old river bridge to close to cars for repairs"
    assert article.authors == ("Helen Marsh",)
    assert (article.published or "")[:10] == "2025-11-14"


def test_a_caption_ending_with_its_source_is_not_the_headline():
    text = ("Riverside Post\n\nOld river bridge to close to cars for repairs\n"
            "Updated: Fri., Nov. 14, 2025\n"
            "Cars queue on the old bridge during the morning rush. (riversidepost.example)\n"
            "Share\nEmail\nBy Helen Marsh\n\n" + BODY_EN)
    assert _article(text).title == "Old river bridge to close to cars for repairs"


def test_a_lead_sentence_opening_the_capture_is_body_not_headline():
    """A capture of the article's text alone whose first paragraph is a short lead sentence (as
    the ECB corpus's `ecb` texts): a headline seldom ends with a full stop."""
    for lead in ("The old river bridge will close to cars next spring.", "The old bridge shuts next spring."):
        article = _article(lead + "\n\n" + BODY_EN)
        assert article.title is None
        assert lead in " ".join(x for x in (article.lead, article.text) if x)
    headline = _article("Old river bridge to close to cars next spring\n\n" + BODY_EN)
    assert headline.title == "Old river bridge to close to cars next spring" and headline.lead is None


def test_a_byline_under_the_standfirst_when_the_date_stands_above_the_headline():
    text = ("Riverside Post\nNews\nSport\n\n14 November 2025\nOld river bridge to close to cars for repairs\n"
            "Engineers found corrosion in three of the steel supports of the old river bridge during a routine "
            "inspection, and the council says the repairs will keep cars off the bridge for eighteen months.\n"
            "By Helen Marsh\n\n" + BODY_EN)
    article = _article(text)
    assert article.title == "Old river bridge to close to cars for repairs"
    assert article.authors == ("Helen Marsh",)
    assert (article.published or "")[:10] == "2025-11-14"


def test_a_country_code_address_gives_an_english_capture_its_region():
    """The rule of HTML pages (dates.page_locale): 'en' on a .co.uk address reads 05/11 day first."""
    text = "Riverside Post\n\nOld river bridge to close\n\nBy Helen Marsh\n05/11/2025\n\n" + BODY_EN
    british = extract_text(Capture(source=Source(path="capture.txt", format="text",
                                                 url="https://www.riverside.co.uk/news/bridge"), content=text))
    assert (british.published or "")[:10] == "2025-11-05"
    assert (_article(text).published or "")[:10] == "2025-05-11"


def test_a_headline_printed_twice_at_two_indents_is_still_the_headline():
    """A breadcrumb list ending with the headline, then the headline: the shape of an image's
    alt text printed as a list item and then as its caption."""
    text = ("Riverside Post\n 1. Home\n 2. News\n 3. Old river bridge to close to cars for repairs\n\n"
            "Old river bridge to close to cars for repairs\n\nPublished November 14th, 2025 - 07:50 GMT\n\n" + BODY_EN)
    article = _article(text)
    assert article.title == "Old river bridge to close to cars for repairs"
    assert "Old river bridge to close" not in article.text


def test_a_name_beside_its_read_time_above_the_headline_is_the_byline():
    text = ("Riverside Post\nSign in\n\nHelen Marsh\n4 min read\n\n"
            "Old river bridge to close to cars for repairs\n\n" + BODY_EN)
    article = _article(text)
    assert article.title == "Old river bridge to close to cars for repairs"
    assert article.authors == ("Helen Marsh",)
