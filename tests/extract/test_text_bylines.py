"""Who a text capture's byline credits: people, not the role or the outlet set beside them."""

from __future__ import annotations

import pytest

from sidebyside.extract.text import extract_text
from sidebyside.extract.byline_lines import byline_names
from sidebyside.extract.bylines import credited_people
from sidebyside.extract.text.meta import is_meta
from sidebyside.model import Capture, Source


@pytest.mark.parametrize(
    "line, names",
    [
        # an outlet set after the name without a comma, or as a part of the list
        ("By Tom Davies Associated Press", ["Tom Davies"]),
        ("By Mary Ann Smith Bloomberg News", ["Mary Ann Smith"]),
        ("By Jane Doe The Washington Post", ["Jane Doe"]),
        ("By Jane Doe CNN", ["Jane Doe"]),
        ("By Jane Doe CBS News", ["Jane Doe"]),
        ("By Jane Doe, CNN", ["Jane Doe"]),
        ("By JANE DOE, Associated Press", ["Jane Doe"]),
        ("By Jane Doe and John Roe, The Associated Press", ["Jane Doe", "John Roe"]),
        # a role glued on without a comma
        ("By Jane Doe Staff Writer", ["Jane Doe"]),
        # a credit to an outlet's staff credits the outlet
        ("By Harbour Courier Editorial Staff", ["Harbour Courier"]),
        # credentials after a name are not people
        ("By Rachel Lind, MS, RD", ["Rachel Lind"]),
        # co-authors in parentheses
        ("By Jane Doe (with John Roe)", ["Jane Doe", "John Roe"]),
        ("Par Martin Dupont (avec Claire Roux et Paul Henri)", ["Martin Dupont", "Claire Roux", "Paul Henri"]),
        # names that only look like it are kept whole
        ("By John F. Kennedy", ["John F. Kennedy"]),
        ("By Sarah E. Needham", ["Sarah E. Needham"]),
        ("Por Ana Gómez y Pedro Silva", ["Ana Gómez", "Pedro Silva"]),
        ("By Jane Doe III", ["Jane Doe III"]),
        ("By JANE DOE", ["Jane Doe"]),  # capitals read as a name, as on a page
        ("By Emily Post", ["Emily Post"]),
        # an outlet alone is who the page credits
        ("By Associated Press", ["Associated Press"]),
        # a sentence in parentheses is no byline
        ("By doing so (as we said)", []),
    ],
)
def test_byline_credits_people(line, names):
    assert byline_names(line) == names


def test_credited_people_keeps_each_person_once_and_drops_outlets():
    assert credited_people(["Jane Doe", "JANE DOE", "The Guardian", "BBC"]) == ["Jane Doe"]


def test_outlet_may_open_a_date_and_byline_cluster():
    line = ("Le Courrier | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | "
            "Par Martin Dupontel (avec Claire Rouxel et Paul Henriot)")
    assert len(line) > 120 and is_meta(line)
    # a name before a date alone is not enough: the cluster must credit someone
    assert not is_meta("Le Courrier | Une belle journée au bord du lac")


def test_long_cluster_gives_the_capture_its_authors():
    prose = ("Les députés ont adopté mardi à une large majorité le projet de loi, qui sera désormais "
             "examiné par le Sénat puis par le Conseil constitutionnel dans les semaines qui viennent. ")
    text = "\n\n".join([
        "Accueil > International",
        "Le projet de loi sur le renseignement adopté à l'Assemblée",
        "Le Courrier | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | "
        "Par Martin Dupontel (avec Claire Rouxel et Paul Henriot)",
        prose * 2, prose.replace("mardi", "lundi") * 2, prose.replace("Sénat", "gouvernement") * 2,
    ])
    article = extract_text(Capture(source=Source(path="cluster.txt", format="text"), content=text))
    assert list(article.authors) == ["Martin Dupontel", "Claire Rouxel", "Paul Henriot"]
    assert "Par Martin Dupontel" not in article.text


_PARAS = [
    "The harbour authority said on Tuesday that the new quay would open in the spring, after two years of delays "
    "caused by storms, a shortage of steel and a long dispute with the dock workers' union over night shifts.",
    "Engineers had warned as early as 2021 that the old timber piles could not carry the weight of modern container "
    "cranes, and the council voted the following year to replace them with a concrete deck on steel tubes.",
    "Fishermen who moor along the eastern wall welcomed the news but said the works had cost them a season of "
    "landings, since the boats were sent to a smaller harbour forty kilometres to the south for most of last year.",
    "The union's secretary said the dispute was settled in January, when the authority agreed to hire local crews "
    "for the final phase, and that her members were ready to work weekends to make up for the lost months.",
]


def _authors(header: str) -> tuple[str, ...]:
    text = "Quay to open in spring after two years of delays\n\n" + header + "\n\n" + "\n\n".join(_PARAS)
    return extract_text(Capture(source=Source(path="quay.txt", format="text"), content=text)).authors


@pytest.mark.parametrize(
    "header, authors",
    [
        # a name line beside the date is the byline
        ("Nov. 19, 2019 8:03 am ET\nMaria Lindqvist", ("Maria Lindqvist",)),
        # a line in capitals or opening with "The" stands there but credits no one
        ("FIND YOUR NEXT BOAT\nNov. 19, 2019 8:03 am ET", ()),
        ("Nov. 19, 2019 8:03 am ET\nThe Harbour Desk", ()),
        # "By" alone, the name under it, the outlet under that
        ("By\nMaria T. Lindqvist\n\n    Maria T. Lindqvist\n    The Harbour Courier\n\nNov. 19, 2019 8:03 am ET",
         ("Maria T. Lindqvist",)),
    ],
)
def test_bare_name_lines_credit_people_only(header, authors):
    assert _authors(header) == authors
