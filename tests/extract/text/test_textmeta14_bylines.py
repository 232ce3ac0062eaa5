"""A byline naming an outlet whose name opens with "The" keeps the name whole; a chart's credit
line ("By The New York Times | Source: ...") credits no author."""

from __future__ import annotations

from sidebyside.extract.bylines import person_and_outlet
from sidebyside.extract.byline_lines import byline_names, chart_credit


def test_an_outlet_name_opening_with_the_is_not_cut_into_a_person_and_an_outlet():
    assert person_and_outlet("The Evening Harbour Times") == ["The Evening Harbour Times"]
    assert person_and_outlet("Jane Doe The Post") == ["Jane Doe", "The Post"]  # a person, then the outlet
    assert byline_names("By The Evening Harbour Times") == ["The Evening Harbour Times"]


def test_a_charts_credit_with_its_source_credits_no_author():
    assert chart_credit("By The Evening Harbour Times | Source: Port Authority")
    assert chart_credit("By Jane Doe | Source: Port Authority")
    assert not chart_credit("By Jane Doe | March 3, 2024")
    from sidebyside.extract.text import extract_text
    from sidebyside.model import Capture, Source

    para = ("Around two thousand dock workers stopped work at six on Monday morning in protest at a plan to "
            "replace crane drivers with remote-controlled cranes, leaving container ships waiting offshore.")
    text = "\n\n".join(("Dock workers walk out over automation plan", "Container traffic", "By Jane Doe | Source: Port Authority",
                        para, para.replace("Monday", "Tuesday"), para.replace("six", "seven")))
    assert extract_text(Capture(source=Source(path="p.txt", format="text"), content=text)).authors == ()


def _authors(byline: str) -> tuple[str, ...]:
    from sidebyside.extract.text import extract_text
    from sidebyside.model import Capture, Source

    para = ("Around two thousand dock workers stopped work at six on Monday morning in protest at a plan to "
            "replace crane drivers with remote-controlled cranes, leaving container ships waiting offshore.")
    text = "\n\n".join(("Noticias", "Aplicaciones móviles", "Dock workers walk out over automation plan", STANDFIRST,
                        byline, "La aplicación estará disponible en la tienda en once países de América Latina.",
                        para, para.replace("Monday", "Tuesday")))
    return extract_text(Capture(source=Source(path="p.txt", format="text"), content=text)).authors


# a standfirst the body starts with, the byline under it
STANDFIRST = ("La aplicación que minimiza el uso de datos y permite la carga de mensajes de forma más rápida "
              "llega a México y Venezuela.")


def test_a_name_under_a_lone_byline_label_below_the_standfirst_is_the_byline():
    assert _authors("por\nCésar Quintanilla\n1 de diciembre de 2017 3:00 AM PST") == ("César Quintanilla",)


def test_an_outlet_under_a_lone_byline_label_below_the_standfirst_is_no_person():
    assert _authors("por\nThe Harbour Courier\n1 de diciembre de 2017 3:00 AM PST") == ()
