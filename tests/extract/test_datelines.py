"""extract.datelines.read_dateline: the one reader of a wire dateline's parts, which the
comparison's readers of a place, a filing day and a sentence's opening ask; and dateline_source,
the source such a dateline credits in brackets, dash or not, read with the same parts."""

from __future__ import annotations

import pytest

from sidebyside.extract.datelines import dateline_source, read_dateline


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


@pytest.mark.parametrize("text, source", [
    ("WASHINGTON (Reuters) - The Senate voted.", "Reuters"),
    ("New Delhi, Nov 16 (PTI) President Rao spoke.", "PTI"),  # no dash
    ("(CNN)President Rao spoke.", "CNN"),  # no place, no space
    ("Kiel (dpa) - Der Hafen", "dpa"),
    ("PARIS (Agence France-Presse) - The talks resumed.", "Agence France-Presse"),
    ("  FRANKFURT (dpa-AFX) - Die Aktie stieg.", "dpa-AFX"),
])
def test_a_datelines_source(text, source):
    assert dateline_source(text) == source
    found = read_dateline(text.strip(), 0)  # the dashed form: the same source as its parts give
    assert found is None or text.strip()[slice(*found.source)] == source


@pytest.mark.parametrize("text", [
    "Ilse Marr (R) said no.",  # a sentence goes on in lower case
    "The draw placed them last (Group E) Brazil and Peru follow.",  # no dateline's place before it
    "AVG(entries) OVER status_window",  # a call, not a place and its source
    "(42) Comments",  # a count, no source
    "Reporting from the port (Reuters) The board met.",
])
def test_no_datelines_source(text):
    assert dateline_source(text) is None


def test_source_read_where_asked():
    text = "Headline here\nVarna, Nov 20 (PTI) The White House said."
    assert dateline_source(text, text.index("Varna")) == "PTI"
    assert dateline_source(text, 0) is None
