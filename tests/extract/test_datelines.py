"""extract.datelines.read_dateline: the one reader of a wire dateline's parts, which the
comparison's readers of a place, a filing day and a sentence's opening ask."""

from __future__ import annotations

import pytest

from sidebyside.extract.datelines import read_dateline


def _parts(text: str, at: int = 0):
    found = read_dateline(text, at)
    if found is None:
        return None
    return text[slice(*found.place)], text[slice(*found.told)], text[slice(*found.source)], text[found.end:].split()[0]


@pytest.mark.parametrize("text, parts", [
    ("WASHINGTON (AP) — The Senate voted.", ("WASHINGTON", "", "AP", "The")),
    ("PARIS, 3 March — Le gouvernement a dit.", ("PARIS", "3 March", "", "Le")),
    ("ALVIK, June 2 (WNA) - Dock workers struck.", ("ALVIK", "June 2", "WNA", "Dock")),
    ("GAZA CITY, Jan. 5 — Israeli jets flew.", ("GAZA CITY", "Jan. 5", "", "Israeli")),
    ("PORTLAND, Ore., March 3, 2024 — A bridge fell.", ("PORTLAND", "Ore., March 3, 2024", "", "A")),
    ("Lemgo (dpa) - Der TBV hat gewonnen.", ("Lemgo", "", "dpa", "Der")),
    ("New Delhi, Nov 16 (PTI) - President Rao spoke.", ("New Delhi", "Nov 16", "PTI", "President")),
    ("AUENFELD – Die Fähre fährt nicht.", ("AUENFELD", "", "", "Die")),
])
def test_a_datelines_parts(text, parts):
    assert _parts(text) == parts


def test_read_where_asked():
    text = "Headline here\nMILANO (ANSA) - Il tribunale ha deciso."
    assert _parts(text, text.index("MILANO")) == ("MILANO", "", "ANSA", "Il")
    assert read_dateline(text, 0) is None


@pytest.mark.parametrize("text", [
    "Kassel - Zum Tod von Margarete Lind.",  # capitalised words and a dash alone: no source, no capitals
    "NATO, the alliance, said it would meet again.",  # no dash
    "The mayor - who spoke first - left.",  # a sentence, no place
    "WASHINGTON\n(AP) — The Senate voted.",  # the place and the source on two lines
    "BERLIN, a city that has seen many winters and many more summers - went dark.",  # too long a run told
])
def test_no_dateline(text):
    assert read_dateline(text, 0) is None
