"""A capture without blank lines: the long rows of a listing that open alike (a figure, then
one separator) stay one block under their title, the article's paragraphs apart (hand-written
text of one invented story)."""

from __future__ import annotations

from sidebyside.extract.text import extract_text
from sidebyside.extract.text.forms import row_head, with_blocks
from sidebyside.model import Capture, Source

ARTICLE = [
    "Six tall ships will sail into the harbour next Friday for the first festival since the old quay was rebuilt, the town council said on Thursday.",
    "The largest visitor, a three-masted barque, will be open for tours on Saturday and Sunday, and the crew will show children how the sails are set.",
    "Organisers expect thirty thousand visitors over the weekend. The harbour road will close to traffic from Friday evening until late on Sunday.",
    "\"People have waited a long time for this,\" said the harbour master. \"When the old quay closed we did not know if the ships would ever come back.\"",
]
LISTING = [
    "What's on this week",
    "Mon 24 June – Rock pool safari at Shell Bay, 10am. Join a ranger to find crabs and starfish, wellies advised for all ages.",
    "Mon 24 June – Quiz night at the Anchor Inn, 8pm. Teams of up to six people, with all proceeds going to the lifeboat station.",
    "Tue 25 June – Guided walk along the cliff path, 2pm. A gentle five-mile walk with views of the bay and a stop for tea.",
    "Wed 26 June – Farmers' market on the square, 9am. Local cheese, bread, fruit and flowers from farms around the county.",
    "Thu 27 June – Kayak taster sessions at the marina, 11am. All equipment provided, suitable for beginners over twelve.",
    "Fri 28 June – Festival opening parade, 6pm. Marching bands and giant puppets wind through the old town to the quay.",
]
MENU = ["Home", "News", "What's on", "Food and drink", "Family", "Outdoors", "Newsletter", "Contact", "About",
        "Advertise", "Privacy", "Terms", "Archive", "Search", "Subscribe", "Login"]


def test_row_head_needs_a_figure_then_a_separator() -> None:
    assert row_head(LISTING[1]) == " – "
    assert row_head(ARTICLE[0]) is None
    assert row_head("The mayor – who spoke for an hour – said little.") is None


def test_listing_rows_stay_together_under_their_title() -> None:
    text = "\n".join(MENU + ARTICLE + LISTING) + "\n"
    out = with_blocks(text, 0.05, 20, 40)
    blocks = out.split("\n\n")
    assert "\n".join(LISTING) in blocks  # the title and its rows, one block
    assert all(p in blocks for p in ARTICLE)  # each paragraph a block of its own


def _body(text: str) -> str:
    article = extract_text(Capture(source=Source(path="copy.txt", format="text"), content=text))
    return "\n\n".join(x for x in (article.lead, article.text) if x)


def test_without_blank_lines_the_body_is_read_as_with_them() -> None:
    spaced = "\n".join(MENU) + "\n\n" + "\n\n".join(ARTICLE) + "\n\n" + "\n".join(LISTING) + "\n"
    assert _body("\n".join(MENU + ARTICLE + LISTING) + "\n") == _body(spaced)
    assert "Six tall ships" in _body(spaced)


def test_rows_that_open_unalike_are_set_apart() -> None:
    rows = [x.replace(" – ", " | ", 1) if i % 2 else x for i, x in enumerate(LISTING)]
    out = with_blocks("\n".join(MENU + ARTICLE + rows) + "\n", 0.05, 20, 40)
    assert "\n".join(rows[1:3]) not in out.split("\n\n")
