"""A sidebar's teasers under the article, each under a link label the site marks with an arrow
("» Columns", its picture, a line of summary): the body ends above the first label, however
short the article. A German quotation opening with "»" glued to its first word, and a label
followed by more of the article than a teaser holds, end nothing."""

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source
from sidebyside.settings import DEFAULT

S = DEFAULT.extract.text
MENU = ["Home", "News", "Calendar", "Riders", "Results", "Videos", "Contact"]
ARTICLE = [
    "The cycling federation has published the calendar of the 2022 cup, with eleven rounds from March to "
    "December on the usual circuits and two new ones in the north.",
    "The opening round runs at Brekke Park on the second weekend of March, and the final again at the old "
    "harbour track, where the title was settled in the last lap a year ago.",
]
TEASERS = [
    "» Column by Finn Gaard", "[finn-gaard.jpg]",
    "Click on the picture of Finn to read his columns about the cup and the riders he has followed for years.",
    "» Power ranking", "[power-ranking.jpg]",
    "Click on the picture above to see how the riders are ranked this season, race by race and overall.",
    "» Preview of the harbour race", "[harbour-preview.jpg]",
    "Click to see the times of the races, the weather for the weekend and the tyres the teams will bring.",
]


def _body(blocks: list[str]) -> str:
    text = "\n\n".join(MENU + ["Cup calendar 2022"] + blocks + ["© Cycling News"]) + "\n"
    article = extract_text(Capture(source=Source(path="page.txt", format="text"), content=text), S)
    return "\n".join(x for x in (article.lead, article.text) if x)


def test_the_body_ends_above_the_marked_teasers():
    body = _body(ARTICLE + TEASERS)
    assert "eleven rounds" in body and "harbour track" in body
    assert "Power ranking" not in body and "read his columns" not in body


def test_a_german_quotation_ends_nothing():
    quotes = [f"»Wir fahren auf der Runde {n} zum ersten Mal bei Nacht«, sagte die Veranstalterin am Montag, "
              "und die Fahrer seien darüber froh, weil es im Sommer am Tag zu heiß sei." for n in range(1, 5)]
    body = _body(ARTICLE + quotes)
    assert all(q[:40] in body for q in quotes)


def test_a_label_over_more_of_the_article_ends_nothing():
    more = [
        "» The new circuits",
        "The first new circuit winds through the forest above Lise Moe's village, with a climb of two miles.",
        "The second runs along the river, flat and fast, and the organisers expect a sprint at its finish.",
        "Both were tested by the junior riders in the autumn, who praised the new surface of the roads.",
        "The federation said more circuits may join the calendar next year if the towns ask in time.",
    ]
    body = _body(ARTICLE + more + TEASERS[:3] + ["» Results", "» Riders"])
    assert "flat and fast" in body and "may join the calendar" in body
