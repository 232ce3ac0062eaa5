"""Where a text capture's headline, byline and date stand, by kind (each capture hand-written,
fictional outlets and people): a consent banner above the page, a weather widget beside the
menu, a kicker in capitals under the date, a section's trail over the headline, the date alone
above the headline, an update's date in the cluster with the first publication's above the
headline, the dates set after the story, a wire's credit line before its closing notes."""

from __future__ import annotations

from sidebyside.extract import warnings as warn
from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

BODY_EN = [
    "The council voted on Tuesday evening to close the old swimming baths on Harbour Road at the end "
    "of March, after engineers found that the roof over the main pool could no longer be repaired.",
    "Residents who have used the baths for decades packed the public gallery and several of them "
    "spoke before the vote, asking the council to keep the smaller teaching pool open at least.",
    "The leader of the council said the decision had been the hardest of her time in office, but "
    "that the cost of a new roof was more than the whole leisure budget for the next five years.",
    "A new pool is planned at the sports centre on the edge of town, though building work is not "
    "expected to begin before the spring of next year and the plans still need to be approved.",
    "Swimming clubs said they would have to share lanes at a pool twenty minutes away until then, "
    "and that some of their younger members would probably stop coming altogether in the meantime.",
]

BODY_SV = [
    "Kommunfullmäktige beslutade på tisdagskvällen att stänga det gamla badhuset vid Hamngatan i slutet "
    "av mars, sedan ingenjörer konstaterat att taket över den stora bassängen inte längre går att laga.",
    "Invånare som har badat där i årtionden fyllde läktaren och flera av dem talade innan beslutet "
    "fattades och bad kommunen att åtminstone hålla den mindre undervisningsbassängen öppen.",
    "Kommunstyrelsens ordförande sade att beslutet var det svåraste under hennes tid, men att ett nytt "
    "tak skulle kosta mer än hela fritidsbudgeten för de kommande fem åren tillsammans.",
    "Ett nytt bad planeras vid idrottsplatsen i utkanten av staden, men bygget väntas inte börja förrän "
    "under våren nästa år och planerna måste fortfarande godkännas av byggnadsnämnden.",
]


def _read(text: str, name: str = "page.txt"):
    return extract_text(Capture(source=Source(path=name, format="text"), content=text))


def _page(header: list[str], body: list[str], after: list[str]) -> str:
    return "\n\n".join([*header, *body, *after]) + "\n"


def test_a_consent_banner_above_the_page_leaves_the_header_to_the_article():
    page = _page(
        ["Vi använder cookies för att ge dig en bättre upplevelse på sajten, för att visa annonser som passar "
         "dig och för att analysera trafiken. Läs mer om hur vi gör i vår policy.",
         "Godkänn alla Hantera val",
         "SJÖSTADSBLADET Nyheter Sport Kultur Ekonomi",
         "Badhuset vid Hamngatan stängs i mars – taket går inte att laga",
         "Publicerad 2026-11-14 07:45 · Uppdaterad 2026-11-14 10:02"],
        BODY_SV,
        ["Text: Maja Lindqvist", "Mest läst", "Kontakta redaktionen"],
    )
    article = _read(page)
    assert article.title == "Badhuset vid Hamngatan stängs i mars – taket går inte att laga"
    assert (article.published or "")[:10] == "2026-11-14"
    assert "cookies" not in article.text


def test_a_paragraph_about_cookies_is_no_consent_banner():
    # (the story tells of cookies; it does not say "we use cookies" to the reader)
    body = [BODY_EN[0], "Shops on the high street said the new rules on browser cookies had cost them "
            "customers online, and that most people simply closed the banner without reading it.", *BODY_EN[1:]]
    page = _page(["Harbour Road baths to close after roof is found beyond repair", "By Jane Holloway",
                  "November 14, 2026"], body, ["Most read"])
    article = _read(page)
    assert "browser cookies" in article.text


def test_a_weather_widget_is_no_headline():
    page = _page(
        ["Kustposten.se", "Nyheter Sport Ekonomi Bil Hälsa Väder", "Hamnstad -3°C", "Kustposten › Nyheter › Lokalt",
         "Simhallen försvinner från centrum. „Det är en sorglig dag”",
         "Av Maja Lindqvist, reporter på lokalredaktionen", "Dela Facebook X Kopiera länk Kommentarer (12)"],
        # (the widget's town named in the story too)
        [BODY_SV[0].replace("vid Hamngatan", "vid Hamngatan i Hamnstad"), *BODY_SV[1:]],
        ["Mest läst"],
    )
    assert _read(page).title == "Simhallen försvinner från centrum. „Det är en sorglig dag”"


def test_a_headline_with_a_temperature_stays_the_headline():
    page = _page(["Heatwave pushes Seville to 44°C as schools close early", "By Jane Holloway",
                  "July 14, 2026"], BODY_EN, ["Most read"])
    assert _read(page).title == "Heatwave pushes Seville to 44°C as schools close early"


def test_a_kicker_in_capitals_under_the_date_leaves_the_headline_under_it():
    page = _page(
        ["El Correo del Valle Portada Nacional Deportes", "Toledo - 12 nov 2026 - 08:15 CET", "SANIDAD LOCAL",
         "La piscina municipal cierra en marzo porque el tejado ya no tiene arreglo",
         "Los bañistas tendrán que ir a la piscina de la comarca, a veinte minutos, hasta que se construya la nueva",
         "Compartir en Whatsapp Facebook X Copiar enlace",
         "Actualizado: 13 nov 2026 - 10:40 CET"],
        ["El pleno del ayuntamiento aprobó el martes por la noche cerrar la vieja piscina de la calle del "
         "Puerto a finales de marzo, después de que los técnicos concluyeran que el tejado no tiene arreglo.",
         "Los vecinos que llevan décadas usando las instalaciones llenaron la sala y varios de ellos "
         "intervinieron antes de la votación para pedir que al menos se mantenga abierta la piscina pequeña.",
         "La alcaldesa dijo que ha sido la decisión más difícil de su mandato, pero que un tejado nuevo "
         "costaría más que todo el presupuesto de deportes de los próximos cinco años juntos.",
         "Está prevista una piscina nueva junto al polideportivo, aunque las obras no empezarán antes de la "
         "primavera del año que viene y el proyecto todavía tiene que ser aprobado por la comisión."],
        ["Lo más visto"],
    )
    article = _read(page)
    assert article.title == "La piscina municipal cierra en marzo porque el tejado ya no tiene arreglo"
    # the update's date in the cluster; the first publication's above the kicker and headline
    assert (article.published or "")[:10] == "2026-11-12"


def test_a_blog_name_over_its_date_still_ends_the_header():
    # (a short line crediting no one above the date, not under it: the site's name, no kicker)
    page = _page(["Harbour Notes", "Sunday, November 15, 2026",
                  "Why the Harbour Road baths could not be saved, and what comes next"],
                 BODY_EN, ["Posted by Jane Holloway at 9:14 AM", "Newer Post Older Post Home"])
    assert _read(page).title == "Why the Harbour Road baths could not be saved, and what comes next"


def test_a_later_date_above_is_no_publication_date():
    # (today's date in the masthead, after the update: the update's day stays the answer)
    page = _page(
        ["The Harbour Courier", "Saturday 21 November 2026", "News Sport Opinion Culture",
         "Harbour Road baths to close after roof is found beyond repair",
         "Swimmers will have to travel twenty minutes to the next pool until a new one is built",
         "Share on Facebook X Email",
         "Updated November 14, 2026"],
        BODY_EN,
        ["Most read"],
    )
    assert (_read(page).published or "")[:10] == "2026-11-14"


def test_a_date_above_the_story_gives_no_warning():
    page = _page(["Harbour Road baths to close after roof is found beyond repair", "By Jane Holloway",
                  "November 14, 2026"], BODY_EN, ["Match info", "Saturday 21 November 2026 17:58", "Most read"])
    article = _read(page)
    assert (article.published or "")[:10] == "2026-11-14"
    assert warn.DATE_AFTER_ARTICLE not in article.warnings


def test_a_section_trail_is_no_headline():
    page = _page(
        ["The Harbour Courier News Opinion Sport", "Opinion · Swimming Baths",
         "Closing the baths was avoidable. Pretending the roof fell in on its own is not",
         "The council had ten years of warnings about the roof. It chose to spend the money on other things",
         "14 Nov 2026 08.00 GMT"],
        BODY_EN,
        ["Most read"],
    )
    assert _read(page).title == "Closing the baths was avoidable. Pretending the roof fell in on its own is not"


def test_the_date_alone_above_the_headline():
    # (the partner's kicker and the section's trail over the date are no headline; the line right
    # under the date is costed as a standfirst still, so this holds by the words it shares with
    # the story: a lighter cost there cost measured pages)
    page = _page(
        ["Accept all Manage preferences", "Harbour Business Weekly", "From our friends at the Coast Wire",
         "Leisure · Councils", "November 14, 2026 4:12 PM UTC · Updated November 14, 2026 6:40 PM UTC",
         "Harbour Road baths to close after roof is found beyond repair", "Share Save Print"],
        BODY_EN,
        ["More from Harbour Business Weekly"],
    )
    assert _read(page).title == "Harbour Road baths to close after roof is found beyond repair"


def test_a_labelled_date_after_the_story():
    page = _page(["Kustposten Nyheter Sport", "Badhuset vid Hamngatan stängs i mars efter beslut i fullmäktige",
                  "Autor: Maja Lindqvist"],
                 [p.replace("Kommunfullmäktige", "Rada miasta") for p in BODY_SV],
                 ["Data utworzenia: 14 listopada 2026, 09:20", "Data aktualizacji: 15 listopada 2026, 11:05",
                  "Polecamy"])
    assert (_read(page).published or "")[:10] == "2026-11-14"


def test_an_update_alone_after_the_story_is_no_publication_date():
    page = _page(["Harbour Road baths to close after roof is found beyond repair", "By Jane Holloway"],
                 BODY_EN, ["Last updated: 15 November 2026", "Most read"])
    article = _read(page)
    assert article.published is None
    assert warn.NO_DATE in article.warnings and warn.DATE_AFTER_ARTICLE not in article.warnings


def test_a_lone_date_line_after_the_story():
    page = _page(["Harbour Road baths to close after roof is found beyond repair", "By Jane Holloway"],
                 BODY_EN, ["Player ratings: how the council scored", "Match info", "Saturday 14 November 2026 17:58",
                           "About us Contact Privacy"])
    article = _read(page)
    assert (article.published or "")[:10] == "2026-11-14"
    assert warn.DATE_AFTER_ARTICLE in article.warnings  # (read where no date stands above: said so)


def test_several_dated_lines_after_the_story_say_nothing():
    # (a list of other stories, each with its date)
    page = _page(["Harbour Road baths to close after roof is found beyond repair", "By Jane Holloway"],
                 BODY_EN, ["More stories", "Pier reopens after repairs", "12 November 2026",
                           "Ferry fares to rise in January", "10 November 2026"])
    assert _read(page).published is None


def test_a_wire_credit_line_before_the_closing_notes():
    more = ["The baths opened in 1936 and were rebuilt once, after a fire in the winter of 1971, when the town "
            "raised half of the money itself through dances, raffles and a sponsored swim across the harbour.",
            "Local historians have asked that the tiled entrance hall, with its mosaic of a ship under sail, be "
            "kept when the building is sold, and the council said it would consider listing it before any sale.",
            "Staff at the baths will be offered jobs at the sports centre, the council said, though the union "
            "representing them said it had not yet been told how many of the posts would still exist next year."]
    body = [*BODY_EN, *more, "Reporting by Jane Holloway and Tom Reyes in Harbour Town; Editing by Sam Price",
            "Our Standards: The Coast Wire Trust Principles.",
            "This article was republished from Coast Wire under a content partnership. Harbour Weekly is not "
            "responsible for its content."]
    page = _page(["Harbour Road baths to close after roof is found beyond repair", "November 14, 2026"], body,
                 ["Sponsored content"])
    assert list(_read(page).authors) == ["Jane Holloway", "Tom Reyes"]
