"""An article cut in two by a gallery or an advert block in a text capture: the part below the
block is the same story when it names the same people; an author's bio, other stories and the
readers' comments below the article are not."""

from __future__ import annotations

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source


def extract(content: str):
    return extract_text(Capture(source=Source(path="capture.txt", format="text"), content=content))


FIRST = [
    "After turning down a meeting with President Ferreira, coach Tavares said on Friday that he had been wrong "
    "to take the cup to the former president Moura in 2012, when he was still coaching the Lisbon club.",
    "Tavares, flanked by the club's directors, also handed Moura a replica of the trophy at the time.",
    "\"In 2012 I was wrong. He was not president then, but I went to his institute and sent my wishes on his "
    "birthday. I did not take a political stand,\" Tavares said at the press conference in Porto.",
]
GALLERY = [
    "The presidents' favourite clubs", "The presidents' favourite clubs", "My account", "Share", "Read more",
    "Back  See again", "Back", "Share", "• Facebook", "• Whatsapp", "• Twitter", "• Copy link", "Loading",
]
SECOND = [
    "The subject came up because Tavares was recently asked whether he would accept a meeting between the "
    "national team and Ferreira after a title win, as the league champions did last month.",
    "Even so, Tavares did not criticise the league or the federation, which invited Ferreira to the title "
    "party. The president-elect lifted the trophy with the players on the pitch in Lisbon.",
    "\"In 2012 I did it and I was wrong. What happened at the final is a matter of personal opinion,\" "
    "Tavares said, adding that Moura and Ferreira were both welcome at any match.",
]
FOOTER = ["Related topics", "• football", "• politics"]


def _capture(*parts: list[str]) -> str:
    return "\n\n".join(line for part in parts for line in part)


def test_the_second_part_after_a_gallery_is_kept():
    article = extract(_capture(["Tavares says he was wrong to take the cup to Moura"], FIRST, GALLERY, SECOND, FOOTER))
    assert FIRST[0][:40] in article.text
    assert SECOND[0][:40] in article.text and SECOND[2][:40] in article.text
    assert "Related topics" not in article.text


def test_other_stories_after_the_article_are_not_joined():
    others = [
        "Storms closed the northern motorway for six hours on Sunday as rivers burst their banks across the "
        "region, and emergency crews rescued dozens of drivers from their cars near Braga and Viana.",
        "Meteorologists at the national institute expect more rain on Tuesday, and the Minho valley "
        "authorities have opened three shelters in schools for families who had to leave their homes.",
        "Farmers in the Douro say the harvest is safe, though the vineyards near Régua lost their lower terraces.",
    ]
    article = extract(_capture(["Tavares says he was wrong"], FIRST, GALLERY, others, FOOTER))
    assert FIRST[0][:40] in article.text
    assert "Storms closed" not in article.text


def test_comments_below_a_gallery_are_not_joined():
    comments = ["12 comments", "jsilva says:", SECOND[0], "mcosta says:", SECOND[1]]
    article = extract(_capture(["Tavares says he was wrong"], FIRST, GALLERY, comments))
    assert SECOND[0][:40] not in article.text


def test_a_part_behind_a_long_stretch_of_other_things_is_not_joined():
    long_gap = [f"Headline of another story number {k}" for k in range(40)]
    article = extract(_capture(["Tavares says he was wrong"], FIRST, long_gap, SECOND))
    assert (FIRST[0][:40] in article.text) != (SECOND[0][:40] in article.text)
    assert "another story" not in article.text


def test_a_first_part_above_a_gallery_is_kept_when_the_second_is_longer():
    more = [p.replace("Tavares", "The coach Tavares") for p in SECOND]
    article = extract(_capture(["Tavares says he was wrong to take the cup to Moura"], FIRST, GALLERY,
                               SECOND, more, FOOTER))
    assert FIRST[0][:40] in article.text and SECOND[2][:40] in article.text


def test_a_dated_headline_between_keeps_the_previous_story_out():
    article = extract(_capture(["Storms close the motorway"], FIRST, GALLERY, ["Tavares says he was wrong",
                                                                              "By Ana Lima", "4 March 2024"],
                               SECOND, FOOTER))
    assert FIRST[0][:40] not in article.text
    assert SECOND[0][:40] in article.text
