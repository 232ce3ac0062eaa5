"""One rule says whether a title block's segment names the site, for HTML titles and for a text
capture's headline line alike (sites.names_site)."""

from __future__ import annotations

import pytest

from sidebyside.extract.sites import host_keys, names_site
from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

HEADLINE = "Ferry service to resume after the harbour wall is rebuilt"
PARAS = [
    "The island's ferry will run again from the first of May, the port board said on Tuesday, after a winter "
    "in which storms tore a forty-metre gap in the old harbour wall and left the landing stage under water.",
    "Contractors worked through February to sink new steel piles behind the breach, and divers finished "
    "bolting the last concrete blocks into place last week, two weeks ahead of the schedule the board had set.",
    "Shopkeepers on the quay said the months without visitors had been the hardest they could remember, and "
    "several asked the board to waive the mooring fees for the small boats that kept the island supplied.",
]


def test_a_domain_names_the_site_by_its_registrable_name():
    assert names_site("www.bbc.co.uk", [], host_keys("www.bbc.co.uk"))
    assert names_site("harbourcourier.com", [], ["harbourcourier"])
    # another site's domain does not name this one, unless the segment is taken as the page's own
    assert not names_site("example.org", [], ["harbourcourier"])
    assert names_site("harbourcourier.com", [], [], own_domain=True)
    assert not names_site("Harbour Courier", [], [], own_domain=True)


@pytest.mark.parametrize(
    "masthead, headline, title",
    [
        # the masthead writes the name with "The", the title block without it (and the reverse)
        ("The Harbour Courier", f"{HEADLINE} - Harbour Courier", HEADLINE),
        ("Harbour Courier", f"{HEADLINE} – The Harbour Courier", HEADLINE),
        # accents and punctuation aside: the same name
        ("Le Café Parisien", f"{HEADLINE} - Le Cafe Parisien", HEADLINE),
        # a domain after a dot or a colon pair
        ("Home", f"{HEADLINE} :: www.harbourcourier.co.uk", HEADLINE),
        # a tail the page's first lines do not name stays
        ("The Harbour Courier", f"{HEADLINE} - Live Updates From the Quay", f"{HEADLINE} - Live Updates From the Quay"),
    ],
)
def test_a_text_headline_loses_the_name_its_masthead_states(masthead, headline, title):
    text = "\n\n".join((masthead, "Home | News | Sport | Culture", headline, "March 3, 2021", *PARAS))
    article = extract_text(Capture(source=Source(path="ferry.txt", format="text"), content=text))
    assert article.title == title
