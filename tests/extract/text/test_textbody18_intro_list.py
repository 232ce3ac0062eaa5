"""A body whose last paragraph introduces a list ("Here are the deals not to miss:") reads on
through the list, each item with the link and picture printed under it; a body whose last
paragraph ends a sentence does not take in a list of links below it."""

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source
from sidebyside.settings import DEFAULT

S = DEFAULT.extract.text

PARAGRAPHS = [
    "Black Friday for collectors: the offers not to miss",
    "Black Friday is upon us: for those who do not know it, the day after Thanksgiving opens the season of "
    "Christmas shopping in the United States, and shops cut their prices for a week or more.",
    "The tradition took hold in the sixties, when American shopkeepers offered special discounts to clear "
    "their stock, and in recent years it has spread to the rest of the world and to online shops.",
]
ITEMS = ["Star Fighter Bomber Building Set", "Electric Racing Track Overtake", "Box Set of Seven Films on Blu-Ray",
         "Portable Electronic Drum Kit with Seven Pads", "Time Machine Model Car, Scale 1:24", "Rock Opera Concert DVD"]


def _page(last: str) -> str:
    blocks = ["Home", "Films", *PARAGRAPHS, last]
    listed = []
    for n, item in enumerate(ITEMS):
        listed += [f"  • {item}", f"http://shop.example/{n}", f"[product-{n}]", ""]
    footer = ["Leave a comment", "You must be logged in to post a comment."]
    return "\n\n".join(blocks) + "\n\n" + "\n".join(listed) + "\n" + "\n\n".join(footer) + "\n"


def _body(text: str) -> str:
    article = extract_text(Capture(source=Source(path="page.txt", format="text"), content=text), S)
    return "\n".join(x for x in (article.lead, article.text) if x)


def test_the_list_the_last_paragraph_introduces_is_the_articles():
    body = _body(_page("So who are we to stay out of the race? Here are the offers for collectors of the "
                       "eighties and nineties not to miss on the big shops:"))
    assert "Star Fighter Bomber Building Set" in body
    assert "Rock Opera Concert DVD" in body
    assert "http://shop.example" not in body


def test_a_list_after_a_closing_sentence_is_not_taken_in():
    body = _body("So who are we to stay out of the race? The offers for collectors of the eighties and "
                 "nineties are on the big shops until Monday.")
    assert "until Monday" in body
    assert "Rock Opera Concert DVD" not in body
