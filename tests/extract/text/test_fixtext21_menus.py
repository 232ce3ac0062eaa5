"""A site's menu set above (or beside) the date of a text capture credits no one (issue 13,
precision): every word a section's name, or four capitalised words or more of which none is a
known given name; a person's name there, four words long too, is still credited. Invented pages."""

from __future__ import annotations

import pytest

from fixtext21_story import HEADLINE, article
from sidebyside.extract.names import menu_shaped


@pytest.mark.parametrize("menu", [
    "Nachrichten Politik Sport Kultur",  # every word a section's name
    "Zprávy Kraj Sport Kultura",
    "Politik Wirtschaft Sport",  # three words: the section names tell
    "Ratgeber Freizeit Reisen Garten",  # four capitalised words, no given name among them
])
def test_a_menu_above_the_date_credits_no_one(menu):
    page = article(f"{menu}\n6. Dezember 2026, 14:05")
    assert page.authors == ()
    assert page.title == HEADLINE
    assert page.published == "2026-12-06T14:05"


def test_a_menu_beside_the_date_credits_no_one():
    assert article("Nachrichten Politik Sport Kultur | 6. Dezember 2026, 14:05").authors == ()


@pytest.mark.parametrize("byline, authors", [
    ("Jana Pfeiffer", ("Jana Pfeiffer",)),
    ("Hans Peter Müller Schmidt", ("Hans Peter Müller Schmidt",)),  # four words, given names first
    ("Maria Fernanda Souza Lima", ("Maria Fernanda Souza Lima",)),
    ("Von Anna Maria de la Cruz", ("Anna Maria de la Cruz",)),
    ("Jana Pfeiffer | 6. Dezember 2026", ("Jana Pfeiffer",)),
])
def test_a_person_above_the_date_is_still_credited(byline, authors):
    header = byline if "2026" in byline else f"{byline}\n6. Dezember 2026, 14:05"
    assert article(header).authors == authors


def test_menu_shape():
    assert menu_shaped("Nachrichten Politik Sport Kultur")
    assert menu_shaped("Local News")
    assert not menu_shaped("Anna Maria de la Cruz")
    assert not menu_shaped("José Luis Ortega Vidal")  # a given name written with its accent
    assert not menu_shaped("Lukas Brenner Weidinger")  # three words: only the section names tell
    assert not menu_shaped("Jana Sport")  # one word a section's, not every one
