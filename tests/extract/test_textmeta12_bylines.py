"""A given name that is also a word ("Will", "Max", "Hope", "April") opens a byline's name when
the line is shaped as a person's name; the same word before a common noun names no one."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("header", ["{n}", "{n} | Nov 19, 2019 | Politics", "{n}\n\nStaff Writer"])
def test_a_byline_of_a_word_given_name_credits_the_person(header):
    for name, credited in (("Will Harris", ("Will Harris",)), ("Hope Street", ())):
        text = "\n\n".join(("Home | News | Sport", HEADLINE, header.format(n=name), "March 3, 2021", *PARAS))
        article = extract_text(Capture(source=Source(path="ferry.txt", format="text"), content=text))
        assert article.authors == credited
